#include "deploy/sshsession.h"

#include "deploy/knownhosts.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QStringList>

#include <libssh/libssh.h>

#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>

namespace p2pvpn {

namespace {

constexpr int chunkSize = 32 * 1024; // what one read of a command's output takes
constexpr int pollSliceMs = 100;     // how often blocking loops look at the cancel flag

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        explicit_bzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

// Host key algorithms for the types a known_hosts file records, so the server offers the key we know.
QByteArray hostKeyAlgorithms(const QList<QByteArray> &knownTypes)
{
    static const QList<QByteArray> defaults{"ssh-ed25519",         "ecdsa-sha2-nistp521",
                                            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp256",
                                            "rsa-sha2-512",        "rsa-sha2-256"};
    QList<QByteArray> list;
    for (const QByteArray &type : knownTypes) {
        if (type == "ssh-rsa")
            list << "rsa-sha2-512"
                 << "rsa-sha2-256";
        else if (defaults.contains(type))
            list << type;
    }
    for (const QByteArray &a : defaults)
        if (!list.contains(a))
            list << a;
    return list.join(',');
}

struct KeyFileContext
{
    const SshSession::Prompts *prompts;
    QString keyFile;
    bool asked = false;
};

// libssh asks for a key's passphrase through a C callback; hand it over, keep no copy.
int passphraseCallback(const char *, char *buf, size_t len, int, int, void *userdata)
{
    auto *context = static_cast<KeyFileContext *>(userdata);
    context->asked = true;
    if (!context->prompts->keyPassphrase)
        return -1;
    QByteArray passphrase = context->prompts->keyPassphrase(context->keyFile);
    if (passphrase.isEmpty() || size_t(passphrase.size()) >= len) {
        wipe(passphrase);
        return -1;
    }
    std::memcpy(buf, passphrase.constData(), size_t(passphrase.size()));
    buf[passphrase.size()] = '\0';
    wipe(passphrase);
    return 0;
}

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;

} // namespace

SshSession::SshSession()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
}

SshSession::~SshSession()
{
    disconnect();
}

QString SshSession::defaultUserKnownHostsFile()
{
    return QDir::homePath() + QLatin1String("/.ssh/known_hosts");
}

QString SshSession::target() const
{
    return QStringLiteral("%1@%2:%3").arg(m_settings.user, m_settings.host).arg(m_settings.port);
}

bool SshSession::fail(Error error, const QString &message)
{
    // A cancel makes operations fail; report it as what the user did, not as what broke.
    if (cancelledNow() && error != Error::HostKeyChanged && error != Error::HostKeyRevoked) {
        error = Error::Cancelled;
        if (m_error != Error::Cancelled)
            m_errorString = tr("cancelled");
    } else {
        m_errorString = message;
    }
    m_error = error;
    return false;
}

bool SshSession::failFromSession(const QString &what)
{
    const QString detail = QString::fromUtf8(ssh_get_error(m_session));
    if (ssh_is_connected(m_session) == 0)
        return fail(Error::ConnectionLost,
                    tr("%1: the connection to %2 was lost (%3)").arg(what, target(), detail));
    return fail(Error::Remote, tr("%1 on %2: %3").arg(what, target(), detail));
}

void SshSession::cancel()
{
    m_cancelled = true;
}

void SshSession::abort()
{
    QMutexLocker lock(&m_cancelMutex);
    m_cancelled = true;
    m_aborted = true;
    // Blocking libssh calls cannot be interrupted otherwise; the socket stays open until disconnect().
    if (m_interruptible && m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
}

void SshSession::setInterruptible(bool interruptible)
{
    QMutexLocker lock(&m_cancelMutex);
    m_interruptible = interruptible;
    if (interruptible && m_aborted && m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
}

bool SshSession::cancelledNow() const
{
    QMutexLocker lock(&m_cancelMutex);
    return m_cancelled.load() && m_interruptible;
}

void SshSession::tuneSocket()
{
    const int fd = ssh_get_fd(m_session);
    if (fd < 0)
        return;
    // Notice a vanished peer during long waits instead of hanging for the kernel's default hours.
    const int on = 1, idle = 30, interval = 10, count = 3;
    const unsigned userTimeout = unsigned(qMax(m_settings.timeoutMs, 30000));
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof userTimeout);
    QMutexLocker lock(&m_cancelMutex);
    m_socket = fd;
    if (m_aborted)
        ::shutdown(fd, SHUT_RDWR);
}

bool SshSession::connect(const Settings &settings, const Prompts &prompts)
{
    disconnect();
    m_settings = settings;
    m_error = Error::None;
    m_errorString.clear();
    m_hostKey = SshHostKey();
    if (m_cancelled.load())
        return fail(Error::Cancelled, tr("cancelled"));

    // Everything the check trusts is read before the server says anything.
    KnownHosts userHosts, appHosts;
    QString problem;
    if (!settings.userKnownHostsFile.isEmpty() &&
        !KnownHosts::load(settings.userKnownHostsFile, &userHosts, &problem))
        return fail(Error::Local, problem);
    if (!settings.appKnownHostsFile.isEmpty() &&
        !KnownHosts::load(settings.appKnownHostsFile, &appHosts, &problem))
        return fail(Error::Local, problem);
    QList<QByteArray> knownTypes = userHosts.keyTypes(settings.host, settings.port);
    for (const QByteArray &t : appHosts.keyTypes(settings.host, settings.port))
        if (!knownTypes.contains(t))
            knownTypes.append(t);

    m_session = ssh_new();
    if (!m_session)
        return fail(Error::Local, tr("cannot create an SSH session (out of memory)"));
    const QByteArray host = settings.host.toUtf8();
    const QByteArray user = settings.user.toUtf8();
    const QByteArray algorithms = hostKeyAlgorithms(knownTypes);
    const QByteArray agent = QFile::encodeName(settings.agentSocket);
    const unsigned port = unsigned(settings.port);
    const long timeoutSeconds = qMax(1L, long(settings.timeoutMs + 999) / 1000);
    const bool no = false, yes = true;
    // libssh must not read ~/.ssh/config or its own known_hosts: the mesh says how to connect.
    if (ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no) < 0 ||
        ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData()) < 0 ||
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port) < 0 ||
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData()) < 0 ||
        ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds) < 0 ||
        ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, "/dev/null") < 0 ||
        ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null") < 0 ||
        ssh_options_set(m_session, SSH_OPTIONS_HOSTKEYS, algorithms.constData()) < 0 ||
        ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &yes) < 0 ||
        (!agent.isEmpty() && ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT, agent.constData()) < 0))
        return fail(
            Error::Local,
            tr("invalid SSH settings for %1: %2").arg(target(), QString::fromUtf8(ssh_get_error(m_session))));

    // Non-blocking so that a cancel or the deadline ends a connect to a silent host.
    ssh_set_blocking(m_session, 0);
    const QDeadlineTimer deadline(settings.timeoutMs);
    int rc;
    while ((rc = ssh_connect(m_session)) == SSH_AGAIN) {
        if (m_cancelled.load())
            return fail(Error::Cancelled, tr("cancelled"));
        if (deadline.hasExpired())
            return fail(Error::Unreachable, tr("cannot connect to %1: no answer within %2 s")
                                                .arg(target())
                                                .arg(settings.timeoutMs / 1000.0));
        pollfd p{ssh_get_fd(m_session), POLLIN, 0};
        if (p.fd >= 0)
            ::poll(&p, 1, int(qMin<qint64>(pollSliceMs, qMax<qint64>(1, deadline.remainingTime()))));
        else
            ::poll(nullptr, 0, 10);
    }
    if (rc != SSH_OK)
        return fail(
            Error::Unreachable,
            tr("cannot connect to %1: %2").arg(target(), QString::fromUtf8(ssh_get_error(m_session))));
    ssh_set_blocking(m_session, 1);
    tuneSocket();

    if (!verifyHostKey(prompts))
        return false;
    if (!authenticate(prompts))
        return false;
    return true;
}

bool SshSession::verifyHostKey(const Prompts &prompts)
{
    ssh_key raw = nullptr;
    if (ssh_get_server_publickey(m_session, &raw) != SSH_OK)
        return failFromSession(tr("reading the host key"));
    KeyPtr key(raw);
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key.get(), &base64) != SSH_OK)
        return fail(Error::Remote, tr("cannot read the host key of %1").arg(target()));
    const QByteArray blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);
    m_hostKey.host = m_settings.host;
    m_hostKey.port = m_settings.port;
    m_hostKey.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    m_hostKey.blob = blob;
    m_hostKey.fingerprint = KnownHosts::fingerprint(blob);
    const QByteArray type = m_hostKey.type.toLatin1();

    // Read again: another session may have recorded this host since connect() began.
    struct Source
    {
        QString path;
        KnownHosts::Lookup lookup;
    };
    QList<Source> sources;
    for (const QString &path : {m_settings.userKnownHostsFile, m_settings.appKnownHostsFile}) {
        if (path.isEmpty())
            continue;
        KnownHosts hosts;
        QString problem;
        if (!KnownHosts::load(path, &hosts, &problem))
            return fail(Error::Local, problem);
        sources.append({path, hosts.lookup(m_settings.host, m_settings.port, type, blob)});
    }
    for (const Source &s : sources)
        if (s.lookup.status == KnownHosts::Status::Revoked)
            return fail(
                Error::HostKeyRevoked,
                tr("the host key of %1 (%2 %3) is marked as revoked in %4 line %5; refusing to connect")
                    .arg(target(), m_hostKey.type, m_hostKey.fingerprint, s.path)
                    .arg(s.lookup.line));
    for (const Source &s : sources)
        if (s.lookup.status == KnownHosts::Status::Match)
            return true;
    for (const Source &s : sources)
        if (s.lookup.status == KnownHosts::Status::Changed)
            return fail(
                Error::HostKeyChanged,
                tr("WARNING: the host key of %1 has CHANGED. Known: %2 %3 (%4 line %5). Offered now: %6 %7. "
                   "Someone may be intercepting the connection, or the gateway was reinstalled. Refusing "
                   "to connect; if the change is expected, delete that line and deploy again.")
                    .arg(QString::fromUtf8(KnownHosts::hostName(m_settings.host, m_settings.port)),
                         QString::fromLatin1(s.lookup.knownType), KnownHosts::fingerprint(s.lookup.knownBlob),
                         s.path)
                    .arg(s.lookup.line)
                    .arg(m_hostKey.type, m_hostKey.fingerprint));

    if (m_cancelled.load())
        return fail(Error::Cancelled, tr("cancelled"));
    if (!prompts.acceptNewHostKey || !prompts.acceptNewHostKey(m_hostKey))
        return fail(Error::HostKeyUnknown, tr("the host key of %1 is not known (%2 %3) and was not accepted")
                                               .arg(target(), m_hostKey.type, m_hostKey.fingerprint));
    if (m_settings.appKnownHostsFile.isEmpty())
        return true;
    QString problem;
    if (!KnownHosts::append(m_settings.appKnownHostsFile, m_settings.host, m_settings.port, type, blob,
                            &problem))
        return fail(Error::Local, problem);
    return true;
}

bool SshSession::authenticate(const Prompts &prompts)
{
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_ERROR)
        return failFromSession(tr("authenticating"));
    const int methods = ssh_userauth_list(m_session, nullptr);
    QStringList tried;

    if (m_settings.useAgent && (methods & SSH_AUTH_METHOD_PUBLICKEY)) {
        if (m_settings.agentSocket.isEmpty() && qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            tried << tr("ssh-agent (none running)");
        } else {
            rc = ssh_userauth_agent(m_session, nullptr);
            if (rc == SSH_AUTH_SUCCESS)
                return true;
            if (m_cancelled.load() || !ssh_is_connected(m_session))
                return failFromSession(tr("authenticating"));
            tried << tr("ssh-agent (no key accepted)");
        }
    }

    if (!m_settings.keyFile.isEmpty() && (methods & SSH_AUTH_METHOD_PUBLICKEY)) {
        const QByteArray path = QFile::encodeName(m_settings.keyFile);
        bool offered = true;
        // Offer the public half first, so a passphrase is asked only for a key the server takes.
        ssh_key pub = nullptr;
        if (ssh_pki_import_pubkey_file((path + ".pub").constData(), &pub) == SSH_OK) {
            KeyPtr pubKey(pub);
            rc = ssh_userauth_try_publickey(m_session, nullptr, pubKey.get());
            if (rc == SSH_AUTH_ERROR)
                return failFromSession(tr("authenticating"));
            if (rc != SSH_AUTH_SUCCESS) {
                tried << tr("key file %1 (not accepted)").arg(m_settings.keyFile);
                offered = false;
            }
        }
        if (offered) {
            KeyFileContext context{&prompts, m_settings.keyFile};
            ssh_key priv = nullptr;
            if (!QFile::exists(m_settings.keyFile)) {
                tried << tr("key file %1 (no such file)").arg(m_settings.keyFile);
            } else if (ssh_pki_import_privkey_file(path.constData(), nullptr, passphraseCallback, &context,
                                                   &priv) != SSH_OK) {
                tried << (context.asked
                              ? tr("key file %1 (no or wrong passphrase)").arg(m_settings.keyFile)
                              : tr("key file %1 (unreadable or not a private key)").arg(m_settings.keyFile));
            } else {
                KeyPtr key(priv);
                rc = ssh_userauth_publickey(m_session, nullptr, key.get());
                if (rc == SSH_AUTH_SUCCESS)
                    return true;
                if (rc == SSH_AUTH_ERROR)
                    return failFromSession(tr("authenticating"));
                tried << tr("key file %1 (not accepted)").arg(m_settings.keyFile);
            }
        }
    }

    if ((methods & SSH_AUTH_METHOD_PASSWORD) && prompts.password && !m_cancelled.load()) {
        QByteArray password = prompts.password();
        if (!password.isEmpty()) {
            password.append('\0');
            rc = ssh_userauth_password(m_session, nullptr, password.constData());
            wipe(password);
            if (rc == SSH_AUTH_SUCCESS)
                return true;
            if (rc == SSH_AUTH_ERROR)
                return failFromSession(tr("authenticating"));
            tried << tr("password (not accepted)");
        }
    }

    if (m_cancelled.load())
        return fail(Error::Cancelled, tr("cancelled"));
    QStringList accepted;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        accepted << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        accepted << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        accepted << QStringLiteral("keyboard-interactive");
    return fail(Error::AuthFailed,
                tr("authentication to %1 failed; tried: %2; the server accepts: %3")
                    .arg(target(),
                         tried.isEmpty() ? tr("nothing (no agent, key file or password given)")
                                         : tried.join(QLatin1String(", ")),
                         accepted.isEmpty() ? tr("nothing") : accepted.join(QLatin1String(", "))));
}

bool SshSession::exec(const QString &command, ExecResult *result, bool interruptible)
{
    *result = ExecResult();
    if (!m_session || m_error == Error::ConnectionLost)
        return fail(Error::ConnectionLost, tr("not connected to %1").arg(target()));
    if (command.contains(QChar(u'\0')))
        return fail(Error::Local, tr("refusing to run a command that contains a NUL character"));
    if (interruptible && m_cancelled.load())
        return fail(Error::Cancelled, tr("cancelled"));
    setInterruptible(interruptible);
    struct Restore
    {
        SshSession *s;
        ~Restore() { s->setInterruptible(true); }
    } restore{this};

    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel)
        return failFromSession(tr("opening a channel"));
    struct ChannelGuard
    {
        ssh_channel c;
        ~ChannelGuard()
        {
            if (ssh_channel_is_open(c))
                ssh_channel_close(c);
            ssh_channel_free(c);
        }
    } guard{channel};
    const QByteArray utf8 = command.toUtf8();
    if (ssh_channel_open_session(channel) != SSH_OK)
        return failFromSession(tr("opening a channel"));
    if (ssh_channel_request_exec(channel, utf8.constData()) != SSH_OK)
        return failFromSession(tr("starting a command"));

    char buffer[chunkSize];
    for (;;) {
        if (interruptible && m_cancelled.load())
            return fail(Error::Cancelled, tr("cancelled"));
        const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, pollSliceMs);
        if (n == SSH_ERROR)
            return failFromSession(tr("reading a command's output"));
        if (n > 0)
            result->out.append(buffer, n);
        const int e = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1);
        if (e == SSH_ERROR)
            return failFromSession(tr("reading a command's output"));
        if (e > 0)
            result->err.append(buffer, e);
        if (n <= 0 && e <= 0 && ssh_channel_is_eof(channel))
            break;
    }
    result->exitStatus = ssh_channel_get_exit_status(channel);
    if (result->exitStatus < 0)
        return failFromSession(tr("waiting for a command to end"));
    return true;
}

void SshSession::disconnect()
{
    {
        QMutexLocker lock(&m_cancelMutex);
        m_socket = -1;
    }
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
}

} // namespace p2pvpn
