#include "bundleexportcontroller.h"

#include "documentcontroller.h"
#include "generate/exporter.h"
#include "keys/keystore.h"
#include "livechecker.h"
#include "model/meshmodel.h"
#include "prompter.h"

#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <atomic>

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
    options.keyStoreDir = KeyStore::directoryFor(project);
    options.folders = false;
    options.gatewayZips = true;
    options.meshZip = false;
    if (!prompter->chooseExport(&options, Exporter::meshZipName(mesh)))
        return false;
    options.keyStoreDir = KeyStore::directoryFor(project); // never the dialog's to change

    Exporter exporter(mesh);
    QString error;
    bool cancelled = false;
    const bool ok = runExporter(exporter, options, tr("Export Bundles"), m_dialogParent, &error, &cancelled);
    if (!ok) {
        if (!cancelled)
            prompter->showError(tr("Could not export the bundles"), error);
        return false;
    }
    // New tunnels got transit nets and ports: keep them, so the next export never renumbers them.
    if (exporter.mesh().allocations != m_model->mesh().allocations) {
        m_model->setAllocations(exporter.mesh().allocations);
        m_documents->save();
    }
    m_written = exporter.writtenPaths();
    emit exported(m_written);
    const QString message = tr("%n gateway bundle(s) written to %1.", nullptr, int(mesh.lans.size()))
                                .arg(QDir::toNativeSeparators(options.outDir));
    if (prompter->askOpenFolder(message))
        QDesktopServices::openUrl(QUrl::fromLocalFile(options.outDir));
    return true;
}

bool runExporter(Exporter &exporter, const ExportOptions &options, const QString &title, QWidget *parent,
                 QString *error, bool *cancelled)
{
    // Key generation and zipping take a while for big meshes: run them off the GUI thread.
    std::atomic<int> done = 0;
    std::atomic<bool> stop = false;
    bool ok = false;
    QProgressDialog progress(BundleExportController::tr("Writing gateway bundles…"),
                             BundleExportController::tr("Cancel"), 0, int(exporter.mesh().lans.size()),
                             parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&stop] { stop = true; });
    QThread *worker = QThread::create([&] {
        ok = exporter.run(
            options,
            [&](int gateways, int) {
                done = gateways;
                return !stop;
            },
            error);
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] { progress.setValue(done); });
    poll.start(50);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    poll.stop();
    progress.reset();
    *cancelled = stop;
    return ok;
}

} // namespace p2pvpn
