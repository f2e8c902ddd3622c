#include "deploycontroller.h"

#include "deploydialog.h"
#include "documentcontroller.h"
#include "generaterunner.h"
#include "livechecker.h"
#include "model/meshmodel.h"
#include "prompter.h"

#include <QTemporaryDir>

#include <cstring>

namespace p2pvpn {

DeployController::DeployController(MeshModel *model, LiveChecker *checker, DocumentController *documents,
                                   QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_model(model), m_checker(checker), m_documents(documents),
      m_dialogParent(dialogParent)
{
    // Results describe the mesh as it was deployed; any change makes them stale. That includes the
    // allocations generateBundles() writes back, with no guard needed: it runs before any run of its
    // dialog, and finds new numbers only after an edit (tunnels or settings), which cleared them already.
    connect(m_model, &MeshModel::changed, this, &DeployController::clearResults);
}

DeployController::~DeployController()
{
    m_deployer.reset(); // cancels and waits before the dialog goes
    delete m_dialog;
}

DeployDialog *DeployController::dialog() const
{
    return m_dialog;
}

bool DeployController::isRunning() const
{
    return m_deployer && m_deployer->isRunning();
}

QHash<LanId, DeployBadge> DeployController::badges() const
{
    QHash<LanId, DeployBadge> badges;
    for (auto it = m_results.cbegin(); it != m_results.cend(); ++it) {
        switch (it.value()) {
        case DeployState::Done:
        case DeployState::Unchanged:
            badges.insert(it.key(), DeployBadge::Ok);
            break;
        case DeployState::FailedRolledBack:
        case DeployState::Failed:
        case DeployState::Unreachable:
            badges.insert(it.key(), DeployBadge::Failed);
            break;
        default: // cancelled or not finished: nothing to tell
            break;
        }
    }
    return badges;
}

void DeployController::clearResults()
{
    if (m_results.isEmpty())
        return;
    m_results.clear();
    emit resultsChanged();
}

bool DeployController::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return true;
    }
    Prompter *prompter = m_documents->prompter();
    m_checker->checkNow();
    if (m_checker->errorCount() > 0) {
        QStringList errors;
        for (const Finding &finding : m_checker->findings())
            if (finding.isError())
                errors.append(QStringLiteral("• ") + finding.message);
        prompter->showError(
            tr("The mesh has %n error(s); fix them before deploying", nullptr, int(m_checker->errorCount())),
            errors.join(QLatin1Char('\n')));
        return false;
    }
    if (m_model->mesh().lans.isEmpty()) {
        prompter->showError(tr("Nothing to deploy"), tr("The mesh has no LANs yet."));
        return false;
    }
    // The key store lives beside the mesh file, and the tunnels' numbers are kept in it.
    if ((m_documents->filePath().isEmpty() || m_documents->isModified()) && !m_documents->save())
        return false;

    Mesh mesh;
    if (!generateBundles(&mesh))
        return false;
    QString error;
    m_targets = Deployer::targets(mesh, m_bundles->path(), {}, &error);
    if (!error.isEmpty()) {
        m_bundles.reset();
        prompter->showError(tr("Cannot deploy"), error);
        return false;
    }
    m_ids.clear();
    for (const Lan &lan : mesh.lans)
        m_ids.insert(lan.name, lan.id);

    m_deployer = std::make_unique<Deployer>();
    connectDeployer();
    m_dialog = new DeployDialog(mesh.name, m_targets, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &DeployDialog::startRequested, this, &DeployController::start);
    connect(m_dialog, &DeployDialog::cancelRequested, this, &DeployController::cancel);
    connect(m_dialog, &QDialog::finished, this, [this] {
        m_deployer.reset(); // never running here: the dialog only closes when idle
        m_bundles.reset();
        m_targets.clear();
    });
    m_dialog->open();
    return true;
}

bool DeployController::generateBundles(Mesh *mesh)
{
    Prompter *prompter = m_documents->prompter();
    // Fresh bundles in a private folder that goes away with the dialog (they hold private keys).
    m_bundles = std::make_unique<QTemporaryDir>();
    if (!m_bundles->isValid()) {
        prompter->showError(tr("Cannot deploy"),
                            tr("Cannot create a temporary folder: %1").arg(m_bundles->errorString()));
        m_bundles.reset();
        return false;
    }
    GenerateRequest request;
    request.outDir = m_bundles->path();
    GenerateResult result;
    const bool written =
        GenerateRunner(m_model, m_documents, m_dialogParent).run(request, tr("Deploy"), &result);
    if (!written) {
        m_bundles.reset();
        return false;
    }
    *mesh = result.mesh;
    return true;
}

void DeployController::connectDeployer()
{
    Deployer *d = m_deployer.get();
    connect(d, &Deployer::stateChanged, this, [this](const QString &gateway, DeployState state) {
        if (m_dialog)
            m_dialog->setState(gateway, state);
    });
    connect(d, &Deployer::progress, this, [this](const QString &gateway, qint64 done, qint64 total) {
        if (m_dialog)
            m_dialog->setProgress(gateway, done, total);
    });
    connect(d, &Deployer::logLine, this, [this](const QString &gateway, const QString &line) {
        if (m_dialog)
            m_dialog->appendLog(gateway, line);
    });
    connect(d, &Deployer::gatewayFinished, this, [this](const DeployResult &result) {
        if (m_dialog)
            m_dialog->setResult(result);
        if (!result.dryRun && m_ids.contains(result.gateway)) {
            m_results.insert(m_ids.value(result.gateway), result.state);
            emit resultsChanged();
        }
    });
    connect(d, &Deployer::finished, this, [this] {
        if (m_dialog)
            m_dialog->runFinished();
        emit runFinished();
    });
    connect(d, &Deployer::hostKeyQuestion, this, [this](const QString &gateway, const SshHostKey &key) {
        const bool trust = m_documents->prompter()->askHostKey(gateway, key);
        if (m_dialog)
            m_dialog->appendLog(gateway, trust ? tr("host key %1 trusted").arg(key.fingerprint)
                                               : tr("host key %1 refused").arg(key.fingerprint));
        if (m_deployer)
            m_deployer->answerHostKey(gateway, trust);
    });
    const auto answerSecret = [this](const QString &gateway, const QString &title, const QString &label) {
        QByteArray secret;
        if (!m_documents->prompter()->askSecret(title, label, &secret))
            secret.clear();
        if (m_deployer)
            m_deployer->answerSecret(gateway, secret);
        explicit_bzero(secret.data(), size_t(secret.size()));
    };
    connect(d, &Deployer::passphraseQuestion, this,
            [answerSecret](const QString &gateway, const QString &key) {
                answerSecret(gateway, tr("Key Passphrase"),
                             tr("Passphrase of the SSH key %1 (for gateway %2):").arg(key, gateway));
            });
    connect(d, &Deployer::passwordQuestion, this,
            [answerSecret](const QString &gateway, const QString &target) {
                answerSecret(gateway, tr("SSH Password"),
                             tr("Password of %1 (gateway %2):").arg(target, gateway));
            });
}

bool DeployController::start(const QStringList &gateways, bool dryRun)
{
    if (!m_deployer || m_deployer->isRunning())
        return false;
    QList<DeployTarget> targets;
    for (const DeployTarget &target : std::as_const(m_targets))
        if (gateways.isEmpty() || gateways.contains(target.name))
            targets.append(target);
    if (targets.isEmpty())
        return false;
    Deployer::Options options;
    options.dryRun = dryRun;
    options.newHostKeys = Deployer::HostKeyPolicy::Ask;
    options.appKnownHostsFile = Deployer::defaultAppKnownHostsFile(); // shared with `p2pvpn deploy`
    m_dryRun = dryRun;
    if (m_dialog)
        m_dialog->runStarted(gateways, dryRun);
    if (!m_deployer->start(targets, options)) {
        if (m_dialog)
            m_dialog->runFinished();
        m_documents->prompter()->showError(tr("Cannot deploy"), tr("The deployment could not start."));
        return false;
    }
    return true;
}

void DeployController::cancel()
{
    if (m_deployer)
        m_deployer->cancel();
}

} // namespace p2pvpn
