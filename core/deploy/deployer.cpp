#include "deploy/deployer.h"

#include "deploy/sshcommand.h"
#include "model/installprotocol.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>

#include <cstring>

namespace p2pvpn {

namespace {

// Exit statuses of the install command when sudo cannot run; its stderr then starts with sudoMarker.
constexpr int exitSudoMissing = 98;
constexpr int exitSudoRefused = 97;
const QByteArray sudoMarker = QByteArrayLiteral("p2pvpn: sudo: ");

const QString stagePrefix = QStringLiteral("/tmp/p2pvpn-stage-");

// A fresh, unguessable name; SFTP's mkdir refuses anything that exists, as mktemp -d would.
QString newStageDir()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString name = stagePrefix;
    for (int i = 0; i < 12; ++i)
        name += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return name;
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

DeployState stateFor(SshSession::Error error)
{
    switch (error) {
    case SshSession::Error::Unreachable:
        return DeployState::Unreachable;
    case SshSession::Error::Cancelled:
        return DeployState::Cancelled;
    default:
        return DeployState::Failed;
    }
}

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

QString toString(DeployState state)
{
    switch (state) {
    case DeployState::Waiting:
        return QStringLiteral("waiting");
    case DeployState::Connecting:
        return QStringLiteral("connecting");
    case DeployState::Uploading:
        return QStringLiteral("uploading");
    case DeployState::Installing:
        return QStringLiteral("installing");
    case DeployState::Done:
        return QStringLiteral("done");
    case DeployState::Unchanged:
        return QStringLiteral("unchanged");
    case DeployState::FailedRolledBack:
        return QStringLiteral("failed-rolled-back");
    case DeployState::Failed:
        return QStringLiteral("failed");
    case DeployState::Unreachable:
        return QStringLiteral("unreachable");
    case DeployState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool isFinal(DeployState state)
{
    return state >= DeployState::Done;
}

struct Deployer::Job
{
    DeployTarget target;
    DeployResult result;
    SshSession *session = nullptr; // while it exists, for cancel()
};

Deployer::Deployer(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<p2pvpn::DeployState>();
    qRegisterMetaType<p2pvpn::DeployResult>();
    qRegisterMetaType<p2pvpn::SshHostKey>();
}

Deployer::~Deployer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
    }
    cancel(); // the second time: abort
    m_pool.waitForDone();
    for (QByteArray &secret : m_passphrases)
        explicit_bzero(secret.data(), size_t(secret.size()));
}

QList<DeployTarget> Deployer::targets(const Mesh &mesh, const QString &bundleRoot, const QStringList &names,
                                      QString *error)
{
    for (const QString &name : names)
        if (!mesh.lanByName(name)) {
            *error = tr("the mesh has no LAN named %1").arg(name);
            return {};
        }
    QList<DeployTarget> list;
    for (const Lan &lan : mesh.lans) {
        if (!names.isEmpty() && !names.contains(lan.name))
            continue;
        list.append({lan.name, QDir(bundleRoot).filePath(lan.name),
                     lan.ssh.host.isEmpty() ? lan.endpoint : lan.ssh.host, lan.ssh, lan.deploy});
    }
    return list;
}

QString Deployer::defaultAppKnownHostsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/p2pvpn/known_hosts");
}

QString Deployer::installCommand(const DeployTarget &target, const QString &stageDir, bool dryRun)
{
    const QString stage = shellQuote(stageDir);
    QString command = QStringLiteral("cd / || exit 1; ");
    QStringList words;
    if (target.ssh.useSudo) {
        // Never prompts: a sudo that wants a password fails here with its own message.
        command += QStringLiteral(
                       "command -v sudo >/dev/null 2>&1 || { rm -rf -- %1; echo '%2missing' >&2; exit %3; }; "
                       "e=$(sudo -n true 2>&1) || { rm -rf -- %1; printf '%2%s\\n' \"$e\" >&2; exit %4; }; ")
                       .arg(stage, QString::fromLatin1(sudoMarker))
                       .arg(exitSudoMissing)
                       .arg(exitSudoRefused);
        words << QStringLiteral("sudo") << QStringLiteral("-n");
    }
    // sudo resets the environment; env sets it for the script whether or not sudo is used.
    words << QStringLiteral("env") << QStringLiteral("P2PVPN_TARGET_DIR=") + target.deploy.targetDir;
    if (target.deploy.serviceManager == ServiceManager::Command) {
        words << QStringLiteral("P2PVPN_SERVICE_RESTART=") + target.deploy.restartCommand;
        if (!target.deploy.stopCommand.isEmpty())
            words << QStringLiteral("P2PVPN_SERVICE_STOP=") + target.deploy.stopCommand;
    }
    words << QStringLiteral("sh") << stageDir + QStringLiteral("/install.sh");
    if (dryRun)
        words << QStringLiteral("--dry-run");
    // The script writes to a file, not to the connection: if the connection breaks, it still
    // finishes (or rolls back) instead of dying on a broken pipe. Then the stage goes.
    const QString logFile = shellQuote(stageDir + QStringLiteral("/install.log"));
    // Stages older than an hour were abandoned (a broken connection); they may hold keys.
    return command +
           QStringLiteral("%1 >%2 2>&1 </dev/null; s=$?; cat %2; rm -rf -- %3; "
                          "find /tmp -maxdepth 1 -name 'p2pvpn-stage-*' -user \"$(id -u)\" -mmin +60 "
                          "-exec rm -rf -- {} + 2>/dev/null; exit $s")
               .arg(shellJoin(words), logFile, stage);
}

bool Deployer::start(const QList<DeployTarget> &targets, const Options &options)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_running)
            return false;
        m_options = options;
        m_jobs.clear();
        for (const DeployTarget &t : targets) {
            auto job = std::make_shared<Job>();
            job->target = t;
            job->result.gateway = t.name;
            job->result.dryRun = options.dryRun;
            m_jobs.append(job);
        }
        m_running = !m_jobs.isEmpty();
        m_cancelled = false;
        m_remaining = int(m_jobs.size());
    }
    if (m_jobs.isEmpty()) {
        QMetaObject::invokeMethod(this, &Deployer::finished, Qt::QueuedConnection);
        return true;
    }
    m_pool.setMaxThreadCount(qMax(1, options.jobs));
    for (const std::shared_ptr<Job> &job : std::as_const(m_jobs))
        m_pool.start([this, job] { run(*job); });
    return true;
}

bool Deployer::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    return m_running;
}

void Deployer::cancel()
{
    QMutexLocker lock(&m_mutex);
    // The first cancel lets each gateway stop at its next step and remove its staging directory;
    // a second one drops connections that hang.
    const bool again = m_cancelled;
    m_cancelled = true;
    for (const std::shared_ptr<Job> &job : std::as_const(m_jobs))
        if (job->session) {
            if (again)
                job->session->abort();
            else
                job->session->cancel();
        }
    m_answered.wakeAll();
}

QList<DeployResult> Deployer::results() const
{
    QMutexLocker lock(&m_mutex);
    QList<DeployResult> list;
    for (const std::shared_ptr<Job> &job : m_jobs)
        list.append(job->result);
    return list;
}

void Deployer::answerHostKey(const QString &gateway, bool accept)
{
    QMutexLocker lock(&m_mutex);
    if (gateway != m_askedGateway || m_hasAnswer)
        return;
    m_hasAnswer = true;
    m_answerYes = accept;
    m_answered.wakeAll();
}

void Deployer::answerSecret(const QString &gateway, const QByteArray &secret)
{
    QMutexLocker lock(&m_mutex);
    if (gateway != m_askedGateway || m_hasAnswer)
        return;
    m_hasAnswer = true;
    m_answerYes = !secret.isEmpty();
    m_answerSecret = secret;
    m_answered.wakeAll();
}

bool Deployer::ask(const Job &job, Question question, const QVariant &subject, QByteArray *secret)
{
    QMutexLocker askLock(&m_askMutex);
    const QMetaMethod signal =
        question == Question::HostKey      ? QMetaMethod::fromSignal(&Deployer::hostKeyQuestion)
        : question == Question::Passphrase ? QMetaMethod::fromSignal(&Deployer::passphraseQuestion)
                                           : QMetaMethod::fromSignal(&Deployer::passwordQuestion);
    if (!isSignalConnected(signal))
        return false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelled)
            return false;
        m_askedGateway = job.target.name;
        m_hasAnswer = false;
        m_answerYes = false;
        m_answerSecret.clear();
    }
    switch (question) {
    case Question::HostKey:
        post([this, name = job.target.name, key = subject.value<SshHostKey>()] {
            emit hostKeyQuestion(name, key);
        });
        break;
    case Question::Passphrase:
        post([this, name = job.target.name, file = subject.toString()] {
            emit passphraseQuestion(name, file);
        });
        break;
    case Question::Password:
        post([this, name = job.target.name, target = subject.toString()] {
            emit passwordQuestion(name, target);
        });
        break;
    }
    QMutexLocker lock(&m_mutex);
    while (!m_hasAnswer && !m_cancelled)
        m_answered.wait(&m_mutex);
    const bool yes = m_hasAnswer && m_answerYes && !m_cancelled;
    if (secret && yes)
        *secret = m_answerSecret;
    if (!m_answerSecret.isEmpty())
        explicit_bzero(m_answerSecret.data(), size_t(m_answerSecret.size()));
    m_answerSecret.clear();
    m_askedGateway.clear();
    return yes;
}

void Deployer::setState(Job &job, DeployState state)
{
    {
        QMutexLocker lock(&m_mutex);
        job.result.state = state;
    }
    post([this, name = job.target.name, state] { emit stateChanged(name, state); });
}

void Deployer::log(const Job &job, const QString &line)
{
    post([this, name = job.target.name, line] { emit logLine(name, line); });
}

void Deployer::finish(Job &job, DeployState state, const QString &message)
{
    DeployResult copy;
    {
        QMutexLocker lock(&m_mutex);
        job.result.state = state;
        job.result.message = message;
        copy = job.result;
    }
    log(job, QStringLiteral("%1: %2").arg(toString(state), message));
    post([this, name = job.target.name, state, copy] {
        emit stateChanged(name, state);
        emit gatewayFinished(copy);
    });
    // Counted down only after this gateway's signals went out, so finished() comes last.
    bool last;
    {
        QMutexLocker lock(&m_mutex);
        last = --m_remaining == 0;
        if (last) {
            m_running = false;
            for (QByteArray &secret : m_passphrases)
                explicit_bzero(secret.data(), size_t(secret.size()));
            m_passphrases.clear();
        }
    }
    if (last)
        post([this] { emit finished(); });
}

void Deployer::run(Job &job)
{
    const DeployTarget &t = job.target;
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelled) {
            lock.unlock();
            return finish(job, DeployState::Cancelled, tr("cancelled before it started"));
        }
    }
    if (!QFileInfo(QDir(t.bundleDir).filePath(QStringLiteral("install.sh"))).isFile())
        return finish(job, DeployState::Failed,
                      tr("the bundle %1 has no install.sh; generate the bundles first").arg(t.bundleDir));
    if (t.deploy.serviceManager == ServiceManager::Command && t.deploy.restartCommand.isEmpty())
        return finish(job, DeployState::Failed,
                      tr("%1 uses the service manager \"command\" but has no restart command").arg(t.name));

    setState(job, DeployState::Connecting);
    SshSession session;
    {
        QMutexLocker lock(&m_mutex);
        job.session = &session;
        if (m_cancelled)
            session.abort();
    }
    const auto detach = qScopeGuard([&] {
        QMutexLocker lock(&m_mutex);
        job.session = nullptr;
    });

    SshSession::Prompts prompts;
    prompts.acceptNewHostKey = [&](const SshHostKey &key) {
        log(job, tr("the host key of %1 is not known yet: %2 %3")
                     .arg(session.target(), key.type, key.fingerprint));
        bool yes = false;
        switch (m_options.newHostKeys) {
        case HostKeyPolicy::AcceptNew:
            yes = true;
            break;
        case HostKeyPolicy::RefuseNew:
            break;
        case HostKeyPolicy::Ask:
            yes = ask(job, Question::HostKey, QVariant::fromValue(key), nullptr);
            break;
        }
        log(job, yes ? tr("host key accepted and recorded") : tr("host key not accepted"));
        return yes;
    };
    prompts.keyPassphrase = [&](const QString &keyFile) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_passphrases.contains(keyFile))
                return m_passphrases.value(keyFile);
        }
        QByteArray secret;
        if (ask(job, Question::Passphrase, keyFile, &secret)) {
            QMutexLocker lock(&m_mutex);
            m_passphrases.insert(keyFile, secret);
        }
        return secret;
    };
    prompts.password = [&] {
        QByteArray secret;
        ask(job, Question::Password, session.target(), &secret);
        return secret;
    };

    SshSession::Settings settings;
    settings.host = t.host;
    settings.port = t.ssh.port;
    settings.user = t.ssh.user;
    settings.useAgent = t.ssh.useAgent;
    settings.agentSocket = m_options.agentSocket;
    settings.keyFile = expandHome(t.ssh.keyFile);
    settings.userKnownHostsFile = m_options.userKnownHostsFile;
    settings.appKnownHostsFile = m_options.appKnownHostsFile;
    settings.timeoutMs = m_options.timeoutMs;

    log(job, tr("connecting to %1@%2:%3").arg(t.ssh.user, t.host).arg(t.ssh.port));
    if (!session.connect(settings, prompts)) {
        {
            QMutexLocker lock(&m_mutex);
            job.result.hostKeyUnknown = session.error() == SshSession::Error::HostKeyUnknown;
        }
        return finish(job, stateFor(session.error()), session.errorString());
    }
    log(job, tr("connected; host key %1 %2").arg(session.hostKey().type, session.hostKey().fingerprint));

    const QString stage = newStageDir();
    log(job, tr("staging in %1").arg(stage));
    setState(job, DeployState::Uploading);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    qint64 lastDone = -1;
    const auto onProgress = [&](qint64 done, qint64 total) {
        // Every percent or tenth of a second is enough for a progress bar.
        if (done == total || lastDone < 0 || (done - lastDone) * 100 >= total ||
            sinceProgress.elapsed() >= 100) {
            lastDone = done;
            sinceProgress.restart();
            post([this, name = t.name, done, total] { emit progress(name, done, total); });
        }
    };
    const auto removeStage = [&] {
        SshSession::ExecResult ignored;
        session.exec(QStringLiteral("rm -rf -- ") + shellQuote(stage), &ignored, false);
    };
    if (!session.upload(t.bundleDir, stage, onProgress)) {
        const SshSession::Error error = session.error();
        const QString message =
            error == SshSession::Error::Cancelled
                ? tr("cancelled during the upload; nothing was installed")
                : tr("upload failed, nothing was installed: %1").arg(session.errorString());
        if (error == SshSession::Error::Remote || error == SshSession::Error::Cancelled)
            removeStage();
        return finish(job, stateFor(error), message);
    }
    if (session.isCancelled()) {
        removeStage();
        return finish(job, DeployState::Cancelled, tr("cancelled after the upload; nothing was installed"));
    }
    setState(job, DeployState::Installing);
    install(job, session, stage);
}

bool Deployer::install(Job &job, SshSession &session, const QString &stage)
{
    const DeployTarget &t = job.target;
    const bool dryRun = m_options.dryRun;
    log(job,
        dryRun ? tr("comparing with what is installed (install.sh --dry-run)") : tr("running install.sh"));
    SshSession::ExecResult r;
    // A running install is never cut off: it either completes or restores the old configs.
    const bool ran = session.exec(installCommand(t, stage, dryRun), &r, dryRun);
    // The login may print to stderr first ("Could not chdir to home directory ...").
    const qsizetype marker = r.err.startsWith(sudoMarker) ? 0 : r.err.indexOf('\n' + sudoMarker);
    if (ran && marker >= 0 && (r.exitStatus == exitSudoMissing || r.exitStatus == exitSudoRefused)) {
        const QString detail =
            QString::fromUtf8(r.err.mid(r.err.indexOf(sudoMarker) + sudoMarker.size())).trimmed();
        if (r.exitStatus == exitSudoMissing)
            finish(
                job, DeployState::Failed,
                tr("%1 has no sudo; install it, or connect as root and turn sudo off").arg(session.target()));
        else
            finish(
                job, DeployState::Failed,
                tr("sudo on %1 wants a password (%2); allow %3 to run sudo without a password (NOPASSWD), or "
                   "connect as root and turn sudo off")
                    .arg(session.target(), detail, t.ssh.user));
        return false;
    }
    if (!ran) {
        if (session.error() == SshSession::Error::ConnectionLost && !dryRun)
            finish(job, DeployState::Failed,
                   tr("the connection to %1 was lost while install.sh ran; the script goes on by itself and "
                      "puts "
                      "the previous configs back if a tunnel fails; check the gateway")
                       .arg(session.target()));
        else
            finish(job, stateFor(session.error()), session.errorString());
        return false;
    }
    const QStringList output = lines(r.out) + lines(r.err);
    for (const QString &line : output)
        log(job, line);
    const InstallProtocol::Report report = InstallProtocol::parse(output);
    {
        QMutexLocker lock(&m_mutex);
        job.result.added = report.added;
        job.result.changed = report.changed;
        job.result.removed = report.removed;
        job.result.unchanged = report.unchanged;
    }
    const QStringList &other = report.other;
    const QString detail =
        other.isEmpty()
            ? QString()
            : QStringLiteral(": ") + other.mid(qMax(0, other.size() - 3)).join(QLatin1String("; "));
    if (r.exitStatus == InstallProtocol::Done) {
        const bool nothing = report.changesNothing();
        const QString counts = tr("%1 added, %2 changed, %3 removed, %4 unchanged")
                                   .arg(report.added.size())
                                   .arg(report.changed.size())
                                   .arg(report.removed.size())
                                   .arg(report.unchanged.size());
        if (dryRun)
            finish(job, nothing ? DeployState::Unchanged : DeployState::Done,
                   tr("dry run: would be %1").arg(counts));
        else
            finish(job, nothing ? DeployState::Unchanged : DeployState::Done, counts);
        return true;
    }
    if (r.exitStatus == InstallProtocol::RolledBack && !dryRun) {
        finish(job, DeployState::FailedRolledBack,
               tr("a tunnel failed to start on %1; the previous configs were restored and the old tunnels "
                  "restarted%2")
                   .arg(session.target(), detail));
        return false;
    }
    finish(job, DeployState::Failed,
           tr("install.sh on %1 ended with exit status %2%3")
               .arg(session.target())
               .arg(r.exitStatus)
               .arg(detail));
    return false;
}

} // namespace p2pvpn
