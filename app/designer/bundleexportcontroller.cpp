#include "bundleexportcontroller.h"

#include "documentcontroller.h"
#include "generate/ansibleproject.h"
#include "generaterunner.h"
#include "livechecker.h"
#include "model/meshmodel.h"
#include "prompter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace p2pvpn {

BundleExportController::BundleExportController(MeshModel *model, LiveChecker *checker,
                                               DocumentController *documents, QWidget *dialogParent,
                                               QObject *parent)
    : QObject(parent), m_model(model), m_checker(checker), m_documents(documents),
      m_dialogParent(dialogParent)
{
}

bool BundleExportController::canExport() const
{
    return m_checker->errorCount() == 0;
}

bool BundleExportController::readyToExport()
{
    m_checker->checkNow();
    if (!canExport()) {
        QStringList errors;
        for (const Finding &finding : m_checker->findings())
            if (finding.isError())
                errors.append(QStringLiteral("• ") + finding.message);
        m_documents->prompter()->showError(
            tr("The mesh has %n error(s); fix them before exporting", nullptr, int(m_checker->errorCount())),
            errors.join(QLatin1Char('\n')));
        return false;
    }
    // The key store lives beside the mesh file, and the tunnels' numbers are kept in it.
    return (!m_documents->filePath().isEmpty() && !m_documents->isModified()) || m_documents->save();
}

void BundleExportController::offerFolder(const QString &title, const QString &message, const QString &folder)
{
    if (m_documents->prompter()->askOpenFolder(title, message))
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

bool BundleExportController::exportBundles()
{
    if (!readyToExport())
        return false;
    const QString project = m_documents->filePath();
    const Mesh mesh = m_model->mesh();

    ExportOptions options;
    options.outDir = QFileInfo(project).absoluteDir().filePath(mesh.name + QLatin1String("-bundles"));
    options.folders = false;
    options.gatewayZips = true;
    options.meshZip = false;
    if (!m_documents->prompter()->chooseExport(&options, GenerateJob::meshZipName(mesh)))
        return false;

    GenerateRequest request;
    request.outDir = options.outDir; // the key store stays beside the project: never the dialog's to change
    request.folders = options.folders;
    request.gatewayZips = options.gatewayZips;
    request.meshZip = options.meshZip;
    GenerateResult result;
    if (!GenerateRunner(m_model, m_documents, m_dialogParent).run(request, tr("Export Bundles"), &result))
        return false;
    m_written = result.written;
    emit exported(m_written);
    offerFolder(tr("Bundles Exported"),
                tr("%n gateway bundle(s) written to %1.", nullptr, int(mesh.lans.size()))
                    .arg(QDir::toNativeSeparators(options.outDir)),
                options.outDir);
    return true;
}

bool BundleExportController::exportForAnsible()
{
    if (!readyToExport())
        return false;
    const Mesh mesh = m_model->mesh();
    AnsibleExportChoice choice;
    choice.outDir =
        QFileInfo(m_documents->filePath()).absoluteDir().filePath(mesh.name + QLatin1String("-ansible"));
    Prompter *prompter = m_documents->prompter();
    if (!prompter->chooseAnsibleExport(&choice))
        return false;
    const QString title = tr("Export for Ansible");
    AnsibleOptions options;
    options.outDir = choice.outDir;
    options.serial = choice.serial;
    if (!choice.vaultPasswordFile.isEmpty()) {
        QString error;
        options.vault = AnsibleVault::fromPasswordFile(choice.vaultPasswordFile, &error);
        if (!options.vault) {
            prompter->showError(title, error);
            return false;
        }
    }
    GenerateResult result;
    const auto job = [&options](const GenerateRequest &request, const GenerateJob::Progress &progress) {
        return AnsibleProject::run(request, options, progress);
    };
    if (!GenerateRunner(m_model, m_documents, m_dialogParent).run({}, title, &result, job))
        return false;
    m_written = result.written;
    emit exported(m_written);
    offerFolder(tr("Ansible Project Exported"),
                tr("Ansible project for %n gateway(s) written to %1. Run it with: ansible-playbook -i "
                   "inventory.yml site.yml",
                   nullptr, int(mesh.lans.size()))
                    .arg(QDir::toNativeSeparators(options.outDir)),
                options.outDir);
    return true;
}

} // namespace p2pvpn
