// SshSession against real sshd processes: exec, upload, host-key checks, authentication, cancel.

#include "deploy/knownhosts.h"
#include "deploy/sshcommand.h"
#include "deploy/sshsession.h"
#include "testsshd.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>
#include <sys/stat.h>

using namespace p2pvpn;
using namespace p2pvpn::test;

class TestSshSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void execRoundTrip_data();
    void execRoundTrip();
    void quotedValuesArriveIntact_data();
    void quotedValuesArriveIntact();
    void uploadKeepsTreeAndModes();
    void unknownHostKeyRefusedWithoutAcceptance();
    void acceptedHostKeyIsRecordedAndTrusted();
    void userKnownHostsIsTrusted_data();
    void userKnownHostsIsTrusted();
    void changedHostKeyAlwaysRefused_data();
    void changedHostKeyAlwaysRefused();
    void revokedHostKeyRefused();
    void wrongCredentialsGiveClearError_data();
    void wrongCredentialsGiveClearError();
    void agentAuthentication();
    void encryptedKeyAsksPassphrase();
    void unreachable();
    void cancelAndAbort_data();
    void cancelAndAbort();

private:
    SshSession::Settings settings() const;
    bool connectTrusted(SshSession &session);
    QString path(const QString &name) const { return m_work->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_keys; // client keys, shared by every test
    std::unique_ptr<QTemporaryDir> m_work; // per test: known_hosts files, trees
    std::unique_ptr<TestSshd> m_sshd;
};

void TestSshSession::initTestCase()
{
    if (const QString reason = TestSshd::skipReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_keys = std::make_unique<QTemporaryDir>();
    QVERIFY(m_keys->isValid());
    QString error;
    QVERIFY2(generateKey(m_keys->filePath(QStringLiteral("id")), QString(), &error), qPrintable(error));
    QVERIFY2(generateKey(m_keys->filePath(QStringLiteral("other")), QString(), &error), qPrintable(error));
    QVERIFY2(generateKey(m_keys->filePath(QStringLiteral("locked")), QStringLiteral("open sesame"), &error),
             qPrintable(error));
}

void TestSshSession::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_sshd = std::make_unique<TestSshd>();
    QString error;
    QVERIFY2(m_sshd->start(
                 {m_keys->filePath(QStringLiteral("id.pub")), m_keys->filePath(QStringLiteral("locked.pub"))},
                 &error),
             qPrintable(error));
}

void TestSshSession::cleanup()
{
    if (QTest::currentTestFailed() && m_sshd)
        qWarning().noquote() << "sshd log:\n" << m_sshd->log();
    m_sshd.reset();
    m_work.reset();
}

SshSession::Settings TestSshSession::settings() const
{
    SshSession::Settings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_sshd->port();
    s.user = QStringLiteral("root");
    s.useAgent = false; // never the real user's agent
    s.keyFile = m_keys->filePath(QStringLiteral("id"));
    s.userKnownHostsFile = path(QStringLiteral("user_known_hosts")); // never the real ~/.ssh
    s.appKnownHostsFile = path(QStringLiteral("app_known_hosts"));
    s.timeoutMs = 20000;
    return s;
}

bool TestSshSession::connectTrusted(SshSession &session)
{
    SshSession::Prompts prompts;
    prompts.acceptNewHostKey = [](const SshHostKey &) { return true; };
    const bool ok = session.connect(settings(), prompts);
    if (!ok)
        qWarning().noquote() << session.errorString();
    return ok;
}

void TestSshSession::execRoundTrip_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("success") << QStringLiteral("echo hello") << 0 << QByteArray("hello\n") << QByteArray();
    QTest::newRow("status and both streams") << QStringLiteral("printf out; printf err >&2; exit 7") << 7
                                             << QByteArray("out") << QByteArray("err");
    QTest::newRow("large output") << QStringLiteral("head -c 300000 /dev/zero | tr '\\0' x") << 0
                                  << QByteArray(300000, 'x') << QByteArray();
    QTest::newRow("missing program") << QStringLiteral("no-such-program-p2pvpn") << 127 << QByteArray()
                                     << QByteArray("no-such-program-p2pvpn");
}

void TestSshSession::execRoundTrip()
{
    QFETCH(QString, command);
    QFETCH(int, status);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    SshSession session;
    QVERIFY(connectTrusted(session));
    SshSession::ExecResult r;
    QVERIFY2(session.exec(command, &r), qPrintable(session.errorString()));
    QCOMPARE(r.exitStatus, status);
    QCOMPARE(r.out, out);
    QVERIFY2(r.err.contains(err), r.err.constData());
    // The session stays usable.
    QVERIFY(session.exec(QStringLiteral("true"), &r));
    QCOMPARE(r.exitStatus, 0);
}

void TestSshSession::quotedValuesArriveIntact_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("quote") << QStringLiteral("it's");
    QTest::newRow("substitution") << QStringLiteral("$(touch /tmp/p2pvpn-pwned) `id` ${HOME}");
    QTest::newRow("separators") << QStringLiteral("a; rm -rf /x && b || c | d & e");
    QTest::newRow("newline") << QStringLiteral("line1\nline2'\n");
    QTest::newRow("backslashes") << QStringLiteral("\\' \\\\ \\n");
    QTest::newRow("unicode") << QStringLiteral("Zürich – 東京");
    QTest::newRow("option-like") << QStringLiteral("-n");
    QTest::newRow("empty") << QString();
}

void TestSshSession::quotedValuesArriveIntact()
{
    QFETCH(QString, value);
    SshSession session;
    QVERIFY(connectTrusted(session));
    SshSession::ExecResult r;
    QVERIFY(session.exec(QStringLiteral("printf '%s' ") + shellQuote(value), &r));
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(QString::fromUtf8(r.out), value);
}

void TestSshSession::uploadKeepsTreeAndModes()
{
    const QString local = path(QStringLiteral("tree"));
    QVERIFY(QDir().mkpath(local + QStringLiteral("/sub/deeper")));
    QVERIFY(QDir().mkpath(local + QStringLiteral("/readonly")));
    auto write = [&](const QString &name, const QByteArray &data, int mode) {
        QFile f(local + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        QCOMPARE(::chmod(QFile::encodeName(f.fileName()).constData(), mode_t(mode)), 0);
    };
    write(QStringLiteral("install.sh"), "#!/bin/sh\necho hi\n", 0755);
    write(QStringLiteral("secret"), "s3cret\n", 0600);
    write(QStringLiteral("empty"), QByteArray(), 0640);
    write(QStringLiteral("sub/deeper/big"), QByteArray(200000, 'b'), 0644);
    write(QStringLiteral("readonly/file"), "r\n", 0444);
    QCOMPARE(::chmod(QFile::encodeName(local + QStringLiteral("/sub")).constData(), 0750), 0);
    QCOMPARE(::chmod(QFile::encodeName(local + QStringLiteral("/readonly")).constData(), 0555), 0);

    SshSession session;
    QVERIFY(connectTrusted(session));
    const QString remote = path(QStringLiteral("remote"));
    QList<qint64> seen;
    QVERIFY2(session.upload(local, remote,
                            [&](qint64 done, qint64 total) {
                                QCOMPARE(total, qint64(18 + 7 + 200000 + 2));
                                seen.append(done);
                            }),
             qPrintable(session.errorString()));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), qint64(18 + 7 + 200000 + 2));

    // The same listing on both sides: path, type, mode, content hash (here sshd runs locally).
    const QString list = QStringLiteral("cd %1 && find . -mindepth 1 -printf '%p %y %m\\n' | sort && find . "
                                        "-type f -exec sha256sum {} + | sort");
    bool ok = false;
    const QByteArray expected =
        runProgram(QStringLiteral("sh"), {QStringLiteral("-c"), list.arg(shellQuote(local))}, &ok);
    QVERIFY(ok);
    const QByteArray actual =
        runProgram(QStringLiteral("sh"), {QStringLiteral("-c"), list.arg(shellQuote(remote))}, &ok);
    QVERIFY(ok);
    QVERIFY(expected.contains("./readonly d 555"));
    QCOMPARE(actual, expected);
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(remote).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, 0700u);

    // Like mktemp -d: an existing directory (or a planted symlink) is never reused.
    SshSession again;
    QVERIFY(connectTrusted(again));
    QVERIFY(!again.upload(local, remote));
    QCOMPARE(again.error(), SshSession::Error::Remote);
    QVERIFY(QFile::link(path(QStringLiteral("tree")), path(QStringLiteral("planted"))));
    QVERIFY(!again.upload(local, path(QStringLiteral("planted"))));
}

void TestSshSession::unknownHostKeyRefusedWithoutAcceptance()
{
    SshSession session;
    QVERIFY(!session.connect(settings()));
    QCOMPARE(session.error(), SshSession::Error::HostKeyUnknown);
    const QString fingerprint = KnownHosts::fingerprint(m_sshd->hostKeyBlob());
    QVERIFY2(session.errorString().contains(fingerprint), qPrintable(session.errorString()));
    QVERIFY(!QFile::exists(path(QStringLiteral("app_known_hosts"))));

    // Asked, and the answer is no.
    SshHostKey asked;
    SshSession::Prompts prompts;
    prompts.acceptNewHostKey = [&](const SshHostKey &key) {
        asked = key;
        return false;
    };
    SshSession again;
    QVERIFY(!again.connect(settings(), prompts));
    QCOMPARE(again.error(), SshSession::Error::HostKeyUnknown);
    QCOMPARE(asked.fingerprint, fingerprint);
    QCOMPARE(asked.port, m_sshd->port());
    QVERIFY(!QFile::exists(path(QStringLiteral("app_known_hosts"))));
}

void TestSshSession::acceptedHostKeyIsRecordedAndTrusted()
{
    SshHostKey asked;
    int questions = 0;
    SshSession::Prompts prompts;
    prompts.acceptNewHostKey = [&](const SshHostKey &key) {
        asked = key;
        ++questions;
        return true;
    };
    {
        SshSession session;
        QVERIFY2(session.connect(settings(), prompts), qPrintable(session.errorString()));
    }
    QCOMPARE(questions, 1);
    // The fingerprint is the one OpenSSH's own tool prints for the server's key.
    bool ok = false;
    const QByteArray keygen =
        runProgram(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                    QStringLiteral("-f"), m_sshd->hostPublicKeyFile()},
                   &ok);
    QVERIFY(ok);
    QCOMPARE(QString::fromUtf8(keygen.split(' ').value(1)), asked.fingerprint);
    QCOMPARE(asked.type, QStringLiteral("ssh-ed25519"));

    // OpenSSH's ssh-keygen finds the recorded line under the name ssh would use.
    const QString name = QStringLiteral("[127.0.0.1]:%1").arg(m_sshd->port());
    const QByteArray found = runProgram(
        QStringLiteral("ssh-keygen"),
        {QStringLiteral("-F"), name, QStringLiteral("-f"), path(QStringLiteral("app_known_hosts"))}, &ok);
    QVERIFY2(ok, found.constData());
    QVERIFY(found.contains(m_sshd->hostKeyBlob().toBase64()));
    QCOMPARE(QFile::permissions(path(QStringLiteral("app_known_hosts"))),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                 QFileDevice::WriteUser);

    // Next time the key is known: no question.
    SshSession session;
    QVERIFY2(session.connect(settings(), prompts), qPrintable(session.errorString()));
    QCOMPARE(questions, 1);
}

void TestSshSession::userKnownHostsIsTrusted_data()
{
    QTest::addColumn<bool>("hashed");
    QTest::newRow("plain") << false;
    QTest::newRow("hashed by ssh-keygen -H") << true;
}

void TestSshSession::userKnownHostsIsTrusted()
{
    QFETCH(bool, hashed);
    const QString file = path(QStringLiteral("user_known_hosts"));
    QFile hostPub(m_sshd->hostPublicKeyFile());
    QVERIFY(hostPub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = hostPub.readAll().split(' ');
    QFile known(file);
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write("# other hosts\nexample.org ssh-ed25519 "
                "AAAAC3NzaC1lZDI1NTE5AAAAIBvL8v9b/lF8OkCgHtzPlH0Gj5T4yWq7RSqd2RjhQ0d4\n");
    known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd->port()).toUtf8() + fields[0] + ' ' + fields[1] +
                '\n');
    known.close();
    if (hashed) {
        bool ok = false;
        QString error;
        runProgram(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), file}, &ok,
                   &error);
        QVERIFY2(ok, qPrintable(error));
        QFile check(file);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QVERIFY(!check.readAll().contains("127.0.0.1"));
    }
    SshSession session;
    QVERIFY2(session.connect(settings()), qPrintable(session.errorString()));
    QVERIFY(!QFile::exists(path(QStringLiteral("app_known_hosts"))));
}

void TestSshSession::changedHostKeyAlwaysRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("in the user's known_hosts") << QStringLiteral("user_known_hosts");
    QTest::newRow("in the app's known_hosts") << QStringLiteral("app_known_hosts");
}

void TestSshSession::changedHostKeyAlwaysRefused()
{
    QFETCH(QString, file);
    // The host was known with another key.
    QString error;
    QVERIFY2(generateKey(path(QStringLiteral("old_host_key")), QString(), &error), qPrintable(error));
    QFile oldPub(path(QStringLiteral("old_host_key.pub")));
    QVERIFY(oldPub.open(QIODevice::ReadOnly));
    const QByteArray oldBlob = QByteArray::fromBase64(oldPub.readAll().split(' ').value(1));
    QVERIFY(KnownHosts::append(path(file), QStringLiteral("127.0.0.1"), m_sshd->port(), "ssh-ed25519",
                               oldBlob, &error));

    int questions = 0;
    SshSession::Prompts prompts;
    prompts.acceptNewHostKey = [&](const SshHostKey &) {
        ++questions;
        return true; // even a yes must not let a changed key through
    };
    SshSession session;
    QVERIFY(!session.connect(settings(), prompts));
    QCOMPARE(session.error(), SshSession::Error::HostKeyChanged);
    QCOMPARE(questions, 0);
    const QString message = session.errorString();
    QVERIFY2(message.contains(QStringLiteral("CHANGED")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("[127.0.0.1]:%1").arg(m_sshd->port())), qPrintable(message));
    QVERIFY2(message.contains(KnownHosts::fingerprint(oldBlob)), qPrintable(message));
    QVERIFY2(message.contains(KnownHosts::fingerprint(m_sshd->hostKeyBlob())), qPrintable(message));
    QVERIFY2(message.contains(path(file)), qPrintable(message));
}

void TestSshSession::revokedHostKeyRefused()
{
    QFile known(path(QStringLiteral("user_known_hosts")));
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write("@revoked * ssh-ed25519 " + m_sshd->hostKeyBlob().toBase64() + '\n');
    known.close();
    SshSession::Prompts prompts;
    prompts.acceptNewHostKey = [](const SshHostKey &) { return true; };
    SshSession session;
    QVERIFY(!session.connect(settings(), prompts));
    QCOMPARE(session.error(), SshSession::Error::HostKeyRevoked);
}

void TestSshSession::wrongCredentialsGiveClearError_data()
{
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("key not authorized")
        << QStringLiteral("other") << QByteArray() << QStringLiteral("not accepted");
    QTest::newRow("no such key file")
        << QStringLiteral("missing") << QByteArray() << QStringLiteral("no such file");
    QTest::newRow("wrong password") << QString() << QByteArray("wrong password")
                                    << QStringLiteral("password");
    QTest::newRow("nothing to offer") << QString() << QByteArray() << QStringLiteral("nothing");
}

void TestSshSession::wrongCredentialsGiveClearError()
{
    QFETCH(QString, keyFile);
    QFETCH(QByteArray, password);
    QFETCH(QString, mentions);
    // Known host: the failure must be about credentials only.
    QString error;
    QVERIFY(KnownHosts::append(path(QStringLiteral("app_known_hosts")), QStringLiteral("127.0.0.1"),
                               m_sshd->port(), "ssh-ed25519", m_sshd->hostKeyBlob(), &error));
    SshSession::Settings s = settings();
    s.keyFile = keyFile.isEmpty() ? QString() : m_keys->filePath(keyFile);
    SshSession::Prompts prompts;
    if (!password.isEmpty())
        prompts.password = [password] { return password; };
    SshSession session;
    QVERIFY(!session.connect(s, prompts));
    QCOMPARE(session.error(), SshSession::Error::AuthFailed);
    const QString message = session.errorString();
    QVERIFY2(
        message.contains(QStringLiteral("authentication to root@127.0.0.1:%1 failed").arg(m_sshd->port())),
        qPrintable(message));
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(!message.contains(QString::fromUtf8(password)) || password.isEmpty(),
             "the password leaked into the message");
}

void TestSshSession::agentAuthentication()
{
    // Our own agent: never the user's.
    const QString socket = path(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY(agent.waitForStarted());
    const auto stopAgent = qScopeGuard([&] {
        agent.kill();
        agent.waitForFinished();
    });
    QTRY_VERIFY(QFile::exists(socket));
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral("ssh-add"), {m_keys->filePath(QStringLiteral("id"))});
    QVERIFY(add.waitForFinished());
    QCOMPARE(add.exitCode(), 0);

    SshSession::Settings s = settings();
    s.keyFile.clear();
    s.useAgent = true;
    s.agentSocket = socket;
    SshSession::Prompts prompts;
    prompts.acceptNewHostKey = [](const SshHostKey &) { return true; };
    SshSession session;
    QVERIFY2(session.connect(s, prompts), qPrintable(session.errorString()));
    SshSession::ExecResult r;
    QVERIFY(session.exec(QStringLiteral("id -u"), &r));
    QCOMPARE(r.out, QByteArray("0\n"));
}

void TestSshSession::encryptedKeyAsksPassphrase()
{
    SshSession::Settings s = settings();
    s.keyFile = m_keys->filePath(QStringLiteral("locked"));
    QStringList askedFor;
    QByteArray answer = "wrong";
    SshSession::Prompts prompts;
    prompts.acceptNewHostKey = [](const SshHostKey &) { return true; };
    prompts.keyPassphrase = [&](const QString &file) {
        askedFor.append(file);
        return answer;
    };
    {
        SshSession session;
        QVERIFY(!session.connect(s, prompts));
        QCOMPARE(session.error(), SshSession::Error::AuthFailed);
        QVERIFY2(session.errorString().contains(QStringLiteral("passphrase")),
                 qPrintable(session.errorString()));
    }
    QCOMPARE(askedFor, QStringList{s.keyFile});
    answer = "open sesame";
    SshSession session;
    QVERIFY2(session.connect(s, prompts), qPrintable(session.errorString()));
    QCOMPARE(askedFor.size(), 2);

    // A key the server would not take is not unlocked at all.
    QFile::remove(m_sshd->dir() + QStringLiteral("/authorized_keys"));
    QFile empty(m_sshd->dir() + QStringLiteral("/authorized_keys"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    SshSession refused;
    QVERIFY(!refused.connect(s, prompts));
    QCOMPARE(refused.error(), SshSession::Error::AuthFailed);
    QCOMPARE(askedFor.size(), 2);
}

void TestSshSession::unreachable()
{
    SshSession::Settings s = settings();
    const int port = m_sshd->port();
    m_sshd->stop();
    s.port = port;
    SshSession session;
    QVERIFY(!session.connect(s));
    QCOMPARE(session.error(), SshSession::Error::Unreachable);
    QVERIFY2(session.errorString().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
             qPrintable(session.errorString()));
}

void TestSshSession::cancelAndAbort_data()
{
    QTest::addColumn<bool>("abort");
    QTest::addColumn<bool>("interruptible");
    QTest::newRow("cancel an interruptible command") << false << true;
    QTest::newRow("abort an interruptible command") << true << true;
    QTest::newRow("cancel waits for a non-interruptible command") << false << false;
    QTest::newRow("abort waits for a non-interruptible command") << true << false;
}

void TestSshSession::cancelAndAbort()
{
    QFETCH(bool, abort);
    QFETCH(bool, interruptible);
    SshSession session;
    QVERIFY(connectTrusted(session));
    QThread *canceller = QThread::create([&] {
        QThread::msleep(300);
        if (abort)
            session.abort();
        else
            session.cancel();
    });
    canceller->start();
    SshSession::ExecResult r;
    // Unless interrupted, this runs to the end and succeeds.
    const bool ok = session.exec(QStringLiteral("sleep 2; echo finished"), &r, interruptible);
    canceller->wait();
    delete canceller;
    if (interruptible) {
        QVERIFY(!ok);
        QCOMPARE(session.error(), SshSession::Error::Cancelled);
        QVERIFY(!r.out.contains("finished"));
    } else {
        QVERIFY2(ok, qPrintable(session.errorString()));
        QCOMPARE(r.out, QByteArray("finished\n"));
    }
    QVERIFY(!session.exec(QStringLiteral("true"), &r));
    QCOMPARE(session.error(), SshSession::Error::Cancelled);
    if (!abort) {
        // After a cancel the connection is still there for cleaning up.
        QVERIFY2(session.exec(QStringLiteral("echo cleaned"), &r, false), qPrintable(session.errorString()));
        QCOMPARE(r.out, QByteArray("cleaned\n"));
    }
}

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
