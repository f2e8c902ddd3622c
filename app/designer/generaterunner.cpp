#include "generaterunner.h"

#include "documentcontroller.h"
#include "model/meshmodel.h"
#include "prompter.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace p2pvpn {

bool GenerateRunner::run(GenerateRequest request, const QString &title, GenerateResult *result,
                         const Job &job)
{
    request.projectPath = m_documents->filePath();
    request.mesh = m_model->mesh();
    *result = runInBackground(request, title, job ? job : Job(&GenerateJob::run));
    Prompter *prompter = m_documents->prompter();
    switch (result->failure) {
    case GenerateResult::Failure::None:
    case GenerateResult::Failure::ProjectNotSaved:
        keepAllocations(*result, title);
        return result->ok();
    case GenerateResult::Failure::MeshHasErrors: {
        QStringList errors;
        for (const Finding &finding : std::as_const(result->errors))
            errors.append(QStringLiteral("• ") + finding.message);
        prompter->showError(
            tr("The mesh has %n error(s); fix them first", nullptr, int(result->errors.size())),
            errors.join(QLatin1Char('\n')));
        return false;
    }
    case GenerateResult::Failure::Io:
        prompter->showError(tr("%1: could not write the files").arg(title), result->error);
        return false;
    case GenerateResult::Failure::Cancelled:
        return false;
    }
    return false;
}

void GenerateRunner::keepAllocations(const GenerateResult &result, const QString &title)
{
    if (!result.allocationsChanged)
        return;
    // Not an undo step: the bundles already carry these numbers, undoing them would renumber running tunnels.
    m_model->setAllocations(result.mesh.allocations);
    if (result.failure == GenerateResult::Failure::ProjectNotSaved) {
        m_documents->markUnsaved();
        m_documents->prompter()->showError(
            tr("%1: the project was not saved").arg(title),
            tr("The bundles were written, but saving their new tunnel numbers into the project "
               "failed:\n%1\n\n"
               "The document keeps them and stays modified; save it (or Save As) before you close it.")
                .arg(result.error));
    }
}

GenerateResult GenerateRunner::runInBackground(const GenerateRequest &request, const QString &title,
                                               const Job &job)
{
    // Key generation and zipping take a while for big meshes: run them off the GUI thread.
    std::atomic<int> done = 0;
    std::atomic<bool> stop = false;
    GenerateResult result;
    QProgressDialog progress(tr("Writing gateway bundles…"), tr("Cancel"), 0, int(request.mesh.lans.size()),
                             m_dialogParent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&stop] { stop = true; });
    QThread *worker = QThread::create([&] {
        result = job(request, [&](int gateways, int) {
            done = gateways;
            return !stop;
        });
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
    return result;
}

} // namespace p2pvpn
