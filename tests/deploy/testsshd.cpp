#include "testsshd.h"

#include "model/installprotocol.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace p2pvpn::test {

namespace {

const QString sshdProgram = QStringLiteral("/usr/sbin/sshd");

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// Every process below root (sshd's session children call setsid(), so process groups do not help).
QList<pid_t> descendants(pid_t root)
{
    QMap<pid_t, QList<pid_t>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children[pid_t(fields[1].toInt())].append(pid);
    }
    QList<pid_t> out;
    QList<pid_t> queue{root};
    while (!queue.isEmpty()) {
        const pid_t p = queue.takeFirst();
        for (pid_t c : children.value(p)) {
            out.append(c);
            queue.append(c);
        }
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
               QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    if (!QFile::setPermissions(path, permissions)) {
        *error = QStringLiteral("cannot chmod %1").arg(path);
        return false;
    }
    return true;
}

constexpr auto mode0644 =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto mode0755 = mode0644 | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
constexpr auto mode0600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

TestSshd::TestSshd() = default;

TestSshd::~TestSshd()
{
    stop();
}

QString TestSshd::skipReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root to start sshd (it must switch users and use /run/sshd)");
    if (!QFileInfo(sshdProgram).isExecutable())
        return QStringLiteral("needs %1 (package openssh-server)").arg(sshdProgram);
    return QString();
}

QByteArray runProgram(const QString &program, const QStringList &arguments, bool *ok, QString *error,
                      const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(60000);
    *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!*ok && error)
        *error = QStringLiteral("%1 %2 failed: %3%4")
                     .arg(program, arguments.join(QLatin1Char(' ')),
                          QString::fromUtf8(process.readAllStandardError()), process.errorString());
    return process.readAllStandardOutput();
}

bool generateKey(const QString &path, const QString &passphrase, QString *error, const QString &type)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    bool ok = false;
    runProgram(QStringLiteral("ssh-keygen"),
               {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), passphrase,
                QStringLiteral("-C"), QStringLiteral("p2pvpn-test"), QStringLiteral("-f"), path},
               &ok, error);
    return ok;
}

bool TestSshd::start(const QStringList &authorizedKeys, QString *error, const QStringList &extraConfig,
                     const QStringList &environment)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/p2pvpn-sshd-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temp dir: %1").arg(m_dir->errorString());
        return false;
    }
    if (!generateKey(dir() + QStringLiteral("/host_key"), QString(), error))
        return false;
    QByteArray authorized;
    for (const QString &file : authorizedKeys) {
        QFile pub(file);
        if (!pub.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file);
            return false;
        }
        authorized += pub.readAll();
    }
    if (!writeFile(dir() + QStringLiteral("/authorized_keys"), authorized, mode0600, error))
        return false;
    // sshd's privilege separation needs this directory (systemd would create it).
    ::mkdir("/run/sshd", 0755);

    for (int attempt = 0; attempt < 10; ++attempt) {
        m_port = freePort();
        QStringList config{
            QStringLiteral("Port %1").arg(m_port),
            QStringLiteral("ListenAddress 127.0.0.1"),
            QStringLiteral("HostKey %1/host_key").arg(dir()),
            QStringLiteral("PidFile %1/sshd.pid").arg(dir()),
            QStringLiteral("AuthorizedKeysFile %1/authorized_keys").arg(dir()),
            QStringLiteral("StrictModes no"),
            QStringLiteral("PermitRootLogin yes"),
            QStringLiteral("PasswordAuthentication yes"),
            QStringLiteral("KbdInteractiveAuthentication no"),
            QStringLiteral("UsePAM no"),
            QStringLiteral("Subsystem sftp internal-sftp"),
            QStringLiteral("LogLevel VERBOSE"),
            QStringLiteral("MaxStartups 100"),
            // bash reads ~/.bashrc for every command sshd runs; this machine's root .bashrc is slow
            // and not what these tests are about.
            // sshd takes the first SetEnv line only.
            QStringLiteral("SetEnv HOME=%1 %2").arg(dir(), environment.join(QLatin1Char(' '))),
        };
        config += extraConfig;
        if (!writeFile(dir() + QStringLiteral("/sshd_config"), config.join(QLatin1Char('\n')).toUtf8() + '\n',
                       mode0600, error))
            return false;
        if (launch(error))
            return true;
        if (!error->contains(QLatin1String("Address already in use")))
            return false;
    }
    return false;
}

bool TestSshd::launch(QString *error)
{
    const QString logFile = dir() + QStringLiteral("/sshd.log");
    QFile::remove(logFile);
    m_process.setStandardErrorFile(logFile);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    // If the test dies, so does its server.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(sshdProgram, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                                  dir() + QStringLiteral("/sshd_config")});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start sshd: %1").arg(m_process.errorString());
        return false;
    }
    m_pid = pid_t(m_process.processId());
    const QByteArray ready = QStringLiteral("Server listening on 127.0.0.1 port %1.").arg(m_port).toUtf8();
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (log().toUtf8().contains(ready))
            return true;
        if (m_process.state() != QProcess::Running || m_process.waitForFinished(20)) {
            m_pid = 0;
            *error = QStringLiteral("sshd exited: %1").arg(log());
            return false;
        }
    }
    *error = QStringLiteral("sshd did not start listening: %1").arg(log());
    stop();
    return false;
}

void TestSshd::kill()
{
    const pid_t root = m_pid.exchange(0);
    if (root > 0) {
        // Stop the listener first so it forks nothing new, then everything it forked.
        ::kill(root, SIGSTOP);
        for (int round = 0; round < 3; ++round)
            for (pid_t pid : descendants(root))
                ::kill(pid, SIGKILL);
        ::kill(root, SIGKILL);
    }
    // QProcess may only be touched from its own thread; elsewhere the signals are all.
    if (QThread::currentThread() == m_process.thread() && m_process.state() != QProcess::NotRunning)
        m_process.waitForFinished(10000);
}

void TestSshd::stop()
{
    kill();
}

QByteArray TestSshd::hostKeyBlob() const
{
    QFile file(hostPublicKeyFile());
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
    return fields.size() >= 2 ? QByteArray::fromBase64(fields[1]) : QByteArray();
}

QString TestSshd::log() const
{
    QFile file(dir() + QStringLiteral("/sshd.log"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

bool writeBundle(const QString &dir, const QMap<QString, QByteArray> &configs, QString *error,
                 qint64 paddingBytes)
{
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir + QStringLiteral("/openvpn")) || !QDir().mkpath(dir + QStringLiteral("/keys"))) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    QFile script(QStringLiteral(P2PVPN_FAKE_INSTALL_SH));
    if (!script.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(script.fileName());
        return false;
    }
    if (!writeFile(dir + QStringLiteral("/install.sh"), InstallProtocol::fillIn(script.readAll()), mode0755,
                   error))
        return false;
    for (auto it = configs.cbegin(); it != configs.cend(); ++it)
        if (!writeFile(dir + QStringLiteral("/openvpn/%1.conf").arg(it.key()), it.value(), mode0644, error))
            return false;
    if (!writeFile(dir + QStringLiteral("/keys/secret.key"), QByteArrayLiteral("not really a key\n"),
                   mode0600, error))
        return false;
    QFile::setPermissions(dir + QStringLiteral("/keys"), mode0600 | QFileDevice::ExeOwner);
    if (paddingBytes > 0) {
        QByteArray padding(paddingBytes, '\0');
        for (qint64 i = 0; i < paddingBytes; ++i)
            padding[i] = char((i * 7919) % 251);
        if (!writeFile(dir + QStringLiteral("/padding.bin"), padding, mode0644, error))
            return false;
    }
    return true;
}

Lan localGatewayLan(const QString &name, int index, int sshPort, const QString &keyFile,
                    const QString &targetDir, const QString &servicesDir)
{
    Lan lan;
    lan.name = name;
    lan.subnets = {Cidr::fromAddress(0x0a000000u | (quint32(index + 1) << 16), 24)};
    lan.endpoint = QStringLiteral("192.0.2.%1").arg(index + 1);
    lan.ssh.host = QStringLiteral("127.0.0.1");
    lan.ssh.port = sshPort;
    lan.ssh.user = QStringLiteral("root");
    lan.ssh.keyFile = keyFile;
    lan.ssh.useAgent = false;
    lan.deploy.targetDir = targetDir;
    lan.deploy.serviceManager = ServiceManager::Command;
    lan.deploy.restartCommand = QStringLiteral("sh ") + servicesDir + QStringLiteral("/restart.sh");
    lan.deploy.stopCommand = QStringLiteral("sh ") + servicesDir + QStringLiteral("/stop.sh");
    return lan;
}

bool writeServiceScripts(const QString &dir, QString *error)
{
    const QByteArray restart =
        "#!/bin/sh\n"
        "dir=$(dirname \"$0\")\n"
        "echo \"restart $1\" >>\"$dir/services.log\"\n"
        "if [ -f \"$dir/fail\" ] && grep -qx -- \"$1\" \"$dir/fail\"; then exit 1; fi\n"
        "exit 0\n";
    const QByteArray stop = "#!/bin/sh\n"
                            "echo \"stop $1\" >>\"$(dirname \"$0\")/services.log\"\n";
    return writeFile(dir + QStringLiteral("/restart.sh"), restart, mode0755, error) &&
           writeFile(dir + QStringLiteral("/stop.sh"), stop, mode0755, error);
}

QMap<QString, QByteArray> configsIn(const QString &dir)
{
    QMap<QString, QByteArray> out;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.conf")}, QDir::Files);
    for (const QString &name : names) {
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.insert(name.chopped(5), file.readAll());
    }
    return out;
}

} // namespace p2pvpn::test
