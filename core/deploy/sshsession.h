#pragma once

// SshSession: one SSH connection to a gateway over libssh. Checks the host key against the user's
// and the app's known_hosts files, authenticates (agent, key file, password), uploads a directory
// tree by SFTP and runs commands. Blocking: use a session from one thread; cancel() and abort()
// from any thread.

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>

struct ssh_session_struct;

namespace p2pvpn {

// The key a server offered, as a person compares it with what the gateway's console prints.
struct SshHostKey
{
    QString host;
    int port = 22;
    QString type;        // "ssh-ed25519", ...
    QByteArray blob;     // the public key
    QString fingerprint; // "SHA256:..."
};

class SshSession
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)
public:
    enum class Error
    {
        None,
        Unreachable,    // no SSH server answered (DNS, refused, timeout, handshake)
        HostKeyUnknown, // not in any known_hosts file and not accepted
        HostKeyChanged, // known with another key: refused, always
        HostKeyRevoked,
        AuthFailed,
        ConnectionLost, // the connection broke after it was made
        Remote,         // the server refused an operation (SFTP status, channel)
        Local,          // a local file could not be read, a known_hosts file not read or written
        Cancelled,
    };

    struct Settings
    {
        QString host;
        int port = 22;
        QString user;
        bool useAgent = true;
        QString agentSocket;        // empty: $SSH_AUTH_SOCK
        QString keyFile;            // empty: none
        QString userKnownHostsFile; // usually defaultUserKnownHostsFile(); empty: none
        QString appKnownHostsFile;  // also trusted; where accepted keys are recorded
        int timeoutMs = 15000;      // connecting, and each blocking step
    };

    // Questions for a person. Each is called in the session's thread and may block; a missing
    // function means "no": unknown keys are refused, no passphrase or password is given.
    struct Prompts
    {
        std::function<bool(const SshHostKey &key)> acceptNewHostKey;
        std::function<QByteArray(const QString &keyFile)> keyPassphrase; // empty: none
        std::function<QByteArray()> password;                            // empty: none
    };

    struct ExecResult
    {
        int exitStatus = -1;
        QByteArray out;
        QByteArray err;
    };

    using Progress = std::function<void(qint64 done, qint64 total)>;

    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects, verifies the host key and authenticates.
    bool connect(const Settings &settings, const Prompts &prompts = {});
    // Runs a command through the login shell and waits for its exit status. A command that is not
    // interruptible runs even after cancel() and is waited for; only abort() cuts it off.
    bool exec(const QString &command, ExecResult *result, bool interruptible = true);
    // Creates remoteDir (0700; it must not exist yet, like mktemp -d) and copies the contents of
    // localDir into it, keeping the permission bits of everything below.
    bool upload(const QString &localDir, const QString &remoteDir, const Progress &progress = {});
    void disconnect();

    // Thread-safe. The running operation stops at its next step and every later interruptible
    // one fails with Error::Cancelled; the connection stays up for cleaning up.
    void cancel();
    // Thread-safe. cancel(), and drops the connection under any blocking wait, unless a
    // non-interruptible command is running.
    void abort();
    bool isCancelled() const { return m_cancelled.load(); }

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    const SshHostKey &hostKey() const { return m_hostKey; }
    QString target() const; // "user@host:port", for messages

    static QString defaultUserKnownHostsFile();

private:
    bool fail(Error error, const QString &message);
    bool failFromSession(const QString &what);
    bool verifyHostKey(const Prompts &prompts);
    bool authenticate(const Prompts &prompts);
    void setInterruptible(bool interruptible);
    bool cancelledNow() const; // cancelled while the running operation may be interrupted
    void tuneSocket();

    ssh_session_struct *m_session = nullptr;
    Settings m_settings;
    SshHostKey m_hostKey;
    Error m_error = Error::None;
    QString m_errorString;

    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_cancelMutex; // guards m_socket and m_interruptible against abort()
    int m_socket = -1;
    bool m_interruptible = true;
    bool m_aborted = false;
};

} // namespace p2pvpn
