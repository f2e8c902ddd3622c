#pragma once

// Deployer: installs generated gateway bundles over SSH on many gateways at once (bounded jobs),
// each with its own state, progress, log and result. The GUI's Deploy dialog and `p2pvpn deploy`
// both drive it through its signals and answer slots.

#include "deploy/sshsession.h"
#include "model/mesh.h"

#include <QMap>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QWaitCondition>

#include <memory>

namespace p2pvpn {

// One gateway to deploy: where its bundle is and how to reach it.
struct DeployTarget
{
    QString name;      // the LAN's name
    QString bundleDir; // a generated bundle: install.sh, openvpn/*.conf, ...
    QString host;      // SSH host (the LAN's ssh.host, else its endpoint)
    SshSettings ssh;
    DeployOptions deploy;
};

enum class DeployState
{
    Waiting,
    Connecting,
    Uploading,
    Installing,
    // Final states:
    Done,
    Unchanged,
    FailedRolledBack, // a tunnel failed to start; the script put the previous configs back
    Failed,
    Unreachable,
    Cancelled,
};
QString toString(DeployState state); // "done", "failed-rolled-back", ...
bool isFinal(DeployState state);

struct DeployResult
{
    QString gateway;
    DeployState state = DeployState::Waiting;
    QString message;
    bool dryRun = false;
    bool hostKeyUnknown = false; // refused because the gateway's host key is not known yet
    // What the install script reported (in a dry run: what it would do).
    QStringList added, changed, removed, unchanged;
};

class Deployer : public QObject
{
    Q_OBJECT
public:
    enum class HostKeyPolicy
    {
        Ask,       // emit hostKeyQuestion and wait for answerHostKey(); refuse when nobody listens
        AcceptNew, // record unknown keys (changed keys are still refused)
        RefuseNew,
    };

    struct Options
    {
        bool dryRun = false;
        int jobs = 8; // gateways worked on at the same time
        HostKeyPolicy newHostKeys = HostKeyPolicy::Ask;
        QString userKnownHostsFile = SshSession::defaultUserKnownHostsFile();
        QString appKnownHostsFile; // trusted too; accepted keys are recorded here
        QString agentSocket;       // empty: $SSH_AUTH_SOCK
        int timeoutMs = 15000;
    };

    explicit Deployer(QObject *parent = nullptr);
    ~Deployer() override; // cancels and waits for the workers

    // The targets for the named LANs (all when names is empty); bundles in bundleRoot/<lan name>.
    static QList<DeployTarget> targets(const Mesh &mesh, const QString &bundleRoot, const QStringList &names,
                                       QString *error);
    // The app's own known_hosts, shared by the CLI and the designer: ~/.local/share/p2pvpn/known_hosts.
    static QString defaultAppKnownHostsFile();
    // "cd / && sudo -n env VAR=... sh STAGE/install.sh ..." with every value quoted; for tests and logs.
    static QString installCommand(const DeployTarget &target, const QString &stageDir, bool dryRun);

    // Starts in the background; false when a run is still going or options are unusable.
    bool start(const QList<DeployTarget> &targets, const Options &options);
    bool isRunning() const;
    // Stops cleanly: waiting gateways end cancelled, running ones stop at their next step and
    // remove their staging directory; an install script that already runs is left to finish (it
    // restores the old configs itself on failure). Calling it again drops hanging connections.
    void cancel();

    QList<DeployResult> results() const; // in the order given to start()

public slots:
    void answerHostKey(const QString &gateway, bool accept);
    void answerSecret(const QString &gateway, const QByteArray &secret); // empty: none

signals:
    void stateChanged(const QString &gateway, p2pvpn::DeployState state);
    void progress(const QString &gateway, qint64 done, qint64 total); // upload bytes
    void logLine(const QString &gateway, const QString &line);
    // Questions, one at a time; answer with the slots above.
    void hostKeyQuestion(const QString &gateway, const p2pvpn::SshHostKey &key);
    void passphraseQuestion(const QString &gateway, const QString &keyFile);
    void passwordQuestion(const QString &gateway, const QString &target);
    void gatewayFinished(const p2pvpn::DeployResult &result);
    void finished();

private:
    struct Job;
    enum class Question
    {
        HostKey,
        Passphrase,
        Password
    };

    // Workers run in a thread pool; every signal is delivered in the Deployer's own thread, in the
    // order it was sent, so listeners (a dialog, the CLI's event loop, a QSignalSpy) never race.
    template <typename Emit> void post(Emit &&emitSignal)
    {
        QMetaObject::invokeMethod(this, std::forward<Emit>(emitSignal), Qt::QueuedConnection);
    }
    void run(Job &job);
    void finish(Job &job, DeployState state, const QString &message);
    void setState(Job &job, DeployState state);
    void log(const Job &job, const QString &line);
    // Emits a question and waits for its answer (or a cancel); one question at a time.
    bool ask(const Job &job, Question question, const QVariant &subject, QByteArray *secret);
    bool install(Job &job, SshSession &session, const QString &stage);

    Options m_options;
    QList<std::shared_ptr<Job>> m_jobs;
    QThreadPool m_pool;

    mutable QMutex m_mutex; // guards everything below and the jobs' results and sessions
    bool m_running = false;
    bool m_cancelled = false;
    int m_remaining = 0;
    QMap<QString, QByteArray> m_passphrases; // per key file, for this run only; wiped at the end

    QMutex m_askMutex; // serialises questions
    QWaitCondition m_answered;
    QString m_askedGateway;
    bool m_hasAnswer = false;
    bool m_answerYes = false;
    QByteArray m_answerSecret;
};

} // namespace p2pvpn

Q_DECLARE_METATYPE(p2pvpn::DeployState)
Q_DECLARE_METATYPE(p2pvpn::DeployResult)
Q_DECLARE_METATYPE(p2pvpn::SshHostKey)
