#include "bundleexportcontroller.h"

#include "documentcontroller.h"
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

bool BundleExportController::exportBundles()
{
    Prompter *prompter = m_documents->prompter();
    m_checker->checkNow();
    if (!canExport()) {
        QStringList errors;
        for (const Finding &finding : m_checker->findings())
            if (finding.isError())
                errors.append(QStringLiteral("• ") + finding.message);
        prompter->showError(
            tr("The mesh has %n error(s); fix them before exporting", nullptr, int(m_checker->errorCount())),
            errors.join(QLatin1Char('\n')));
        return false;
    }
    // The key store lives beside the mesh file, and the tunnels' numbers are kept in it.
    if ((m_documents->filePath().isEmpty() || m_documents->isModified()) && !m_documents->save())
        return false;
    const QString project = m_documents->filePath();
    const Mesh mesh = m_model->mesh();

    ExportOptions options;
    options.outDir = QFileInfo(project).absoluteDir().filePath(mesh.name + QLatin1String("-bundles"));
    options.folders = false;
    options.gatewayZips = true;
    options.meshZip = false;
    if (!prompter->chooseExport(&options, GenerateJob::meshZipName(mesh)))
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
    const QString message = tr("%n gateway bundle(s) written to %1.", nullptr, int(mesh.lans.size()))
                                .arg(QDir::toNativeSeparators(options.outDir));
    if (prompter->askOpenFolder(message))
        QDesktopServices::openUrl(QUrl::fromLocalFile(options.outDir));
    return true;
}

} // namespace p2pvpn
