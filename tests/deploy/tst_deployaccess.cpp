// Deployer against real sshd processes, reaching the gateway: unknown and changed host keys, wrong
// credentials, key passphrases asked once, an unreachable gateway, sudo with and without a password.

#include "deploy/deployer.h"
#include "deploy/knownhosts.h"
#include "deploytest.h"
#include "testsshd.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace p2pvpn;
using namespace p2pvpn::test;

class TestDeployAccess : public DeployTest
{
    Q_OBJECT

private slots:
    void unknownHostKeyRefusedWithoutAcceptance();
    void unknownHostKeyAskedAndAccepted();
    void changedHostKeyAlwaysRefused();
    void wrongCredentialsGiveClearError();
    void passphraseAskedOncePerKeyFile();
    void unreachableGateway();
    void sudoAsRoot();
    void sudoWantingPasswordIsClearError();
};

void TestDeployAccess::unknownHostKeyRefusedWithoutAcceptance()
{
    Gateway *g = addGateway(QStringLiteral("gw"));
    QVERIFY(g);
    QString error;
    QVERIFY(writeBundle(g->bundleDir(), configsFor(QStringLiteral("gw"), {QStringLiteral("x")}), &error));
    const QString fingerprint = KnownHosts::fingerprint(g->sshd->hostKeyBlob());

    for (const auto policy : {Deployer::HostKeyPolicy::RefuseNew, Deployer::HostKeyPolicy::Ask}) {
        Deployer::Options o = options();
        o.newHostKeys = policy; // Ask with nobody listening: refused too
        const QList<DeployResult> results = deploy({g}, o);
        QCOMPARE(toString(results.value(0).state), toString(DeployState::Failed));
        QVERIFY2(results[0].message.contains(fingerprint), qPrintable(results[0].message));
        QVERIFY2(results[0].message.contains(QStringLiteral("not known")), qPrintable(results[0].message));
    }
    // Asked, and the answer is no.
    Deployer deployer;
    Deployer::Options o = options();
    o.newHostKeys = Deployer::HostKeyPolicy::Ask;
    int questions = 0;
    connect(&deployer, &Deployer::hostKeyQuestion, this, [&](const QString &gateway, const SshHostKey &key) {
        ++questions;
        QCOMPARE(key.fingerprint, fingerprint);
        deployer.answerHostKey(gateway, false);
    });
    const QList<DeployResult> results = deploy({g}, o, &deployer);
    QCOMPARE(questions, 1);
    QCOMPARE(toString(results.value(0).state), toString(DeployState::Failed));
    QVERIFY(configsIn(g->targetDir()).isEmpty());
    QVERIFY(!QFile::exists(o.appKnownHostsFile));
}

void TestDeployAccess::unknownHostKeyAskedAndAccepted()
{
    QList<Gateway *> gateways;
    QString error;
    for (const QString &name : {QStringLiteral("gw-a"), QStringLiteral("gw-b")}) {
        Gateway *g = addGateway(name);
        QVERIFY(g);
        QVERIFY(writeBundle(g->bundleDir(), configsFor(name, {QStringLiteral("x")}), &error));
        gateways << g;
    }
    Deployer deployer;
    Deployer::Options o = options();
    o.newHostKeys = Deployer::HostKeyPolicy::Ask;
    QStringList asked;
    // Answered later from the event loop, as a dialog would.
    connect(&deployer, &Deployer::hostKeyQuestion, this, [&](const QString &gateway, const SshHostKey &key) {
        asked << gateway + QLatin1Char(' ') + key.fingerprint;
        QTimer::singleShot(50, &deployer, [&deployer, gateway] { deployer.answerHostKey(gateway, true); });
    });
    QList<DeployResult> results = deploy(gateways, o, &deployer);
    for (const DeployResult &r : results)
        QVERIFY2(r.state == DeployState::Done, qPrintable(describe(results)));
    QCOMPARE(asked.size(), 2);
    for (Gateway *g : gateways)
        QVERIFY(asked.contains(g->target.name + QLatin1Char(' ') +
                               KnownHosts::fingerprint(g->sshd->hostKeyBlob())));
    // Recorded: the next deploy asks nothing.
    results = deploy(gateways, o, &deployer);
    for (const DeployResult &r : results)
        QVERIFY2(r.state == DeployState::Unchanged, qPrintable(describe(results)));
    QCOMPARE(asked.size(), 2);
}

void TestDeployAccess::changedHostKeyAlwaysRefused()
{
    Gateway *g = addGateway(QStringLiteral("gw"));
    QVERIFY(g);
    QString error;
    QVERIFY(writeBundle(g->bundleDir(), configsFor(QStringLiteral("gw"), {QStringLiteral("x")}), &error));
    QVERIFY(generateKey(m_work->filePath(QStringLiteral("old_key")), QString(), &error));
    QFile oldPub(m_work->filePath(QStringLiteral("old_key.pub")));
    QVERIFY(oldPub.open(QIODevice::ReadOnly));
    const QByteArray oldBlob = QByteArray::fromBase64(oldPub.readAll().split(' ').value(1));
    Deployer::Options o = options(); // AcceptNew: still refused
    QVERIFY(KnownHosts::append(o.appKnownHostsFile, QStringLiteral("127.0.0.1"), g->sshd->port(),
                               "ssh-ed25519", oldBlob, &error));
    Deployer deployer;
    QSignalSpy questions(&deployer, &Deployer::hostKeyQuestion);
    const QList<DeployResult> results = deploy({g}, o, &deployer);
    QCOMPARE(toString(results.value(0).state), toString(DeployState::Failed));
    const QString message = results[0].message;
    QVERIFY2(message.contains(QStringLiteral("CHANGED")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("[127.0.0.1]:%1").arg(g->sshd->port())), qPrintable(message));
    QVERIFY2(message.contains(KnownHosts::fingerprint(oldBlob)), qPrintable(message));
    QVERIFY2(message.contains(KnownHosts::fingerprint(g->sshd->hostKeyBlob())), qPrintable(message));
    QCOMPARE(questions.size(), 0);
    QVERIFY(configsIn(g->targetDir()).isEmpty());
}

void TestDeployAccess::wrongCredentialsGiveClearError()
{
    Gateway *g = addGateway(QStringLiteral("gw"));
    QVERIFY(g);
    QString error;
    QVERIFY(writeBundle(g->bundleDir(), configsFor(QStringLiteral("gw"), {QStringLiteral("x")}), &error));
    g->target.ssh.keyFile = m_keys->filePath(QStringLiteral("other"));
    Deployer deployer;
    QStringList asked;
    connect(&deployer, &Deployer::passwordQuestion, this, [&](const QString &gateway, const QString &target) {
        asked << target;
        deployer.answerSecret(gateway, "not the password");
    });
    const QList<DeployResult> results = deploy({g}, options(), &deployer);
    QCOMPARE(toString(results.value(0).state), toString(DeployState::Failed));
    const QString message = results[0].message;
    QVERIFY2(
        message.contains(QStringLiteral("authentication to root@127.0.0.1:%1 failed").arg(g->sshd->port())),
        qPrintable(message));
    QVERIFY2(message.contains(g->target.ssh.keyFile), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("password (not accepted)")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("not the password")));
    QCOMPARE(asked, QStringList{QStringLiteral("root@127.0.0.1:%1").arg(g->sshd->port())});
    QVERIFY(configsIn(g->targetDir()).isEmpty());
}

void TestDeployAccess::passphraseAskedOncePerKeyFile()
{
    QList<Gateway *> gateways;
    QString error;
    for (const QString &name : {QStringLiteral("gw-a"), QStringLiteral("gw-b")}) {
        Gateway *g = addGateway(name, {m_keys->filePath(QStringLiteral("locked.pub"))});
        QVERIFY(g);
        g->target.ssh.keyFile = m_keys->filePath(QStringLiteral("locked"));
        QVERIFY(writeBundle(g->bundleDir(), configsFor(name, {QStringLiteral("x")}), &error));
        gateways << g;
    }
    Deployer deployer;
    QStringList asked;
    connect(&deployer, &Deployer::passphraseQuestion, this,
            [&](const QString &gateway, const QString &keyFile) {
                asked << keyFile;
                deployer.answerSecret(gateway, "s3same");
            });
    const QList<DeployResult> results = deploy(gateways, options(), &deployer);
    for (const DeployResult &r : results)
        QVERIFY2(r.state == DeployState::Done, qPrintable(describe(results)));
    QCOMPARE(asked, QStringList{m_keys->filePath(QStringLiteral("locked"))});
}

void TestDeployAccess::unreachableGateway()
{
    Gateway *g = addGateway(QStringLiteral("gw"));
    QVERIFY(g);
    QString error;
    QVERIFY(writeBundle(g->bundleDir(), configsFor(QStringLiteral("gw"), {QStringLiteral("x")}), &error));
    g->sshd->stop();
    const QList<DeployResult> results = deploy({g}, options());
    QCOMPARE(toString(results.value(0).state), toString(DeployState::Unreachable));
    QVERIFY2(results[0].message.contains(QStringLiteral("127.0.0.1:%1").arg(g->target.ssh.port)),
             qPrintable(results[0].message));
}

void TestDeployAccess::sudoAsRoot()
{
    Gateway *g = addGateway(QStringLiteral("gw"));
    QVERIFY(g);
    QString error;
    QVERIFY(writeBundle(g->bundleDir(), configsFor(QStringLiteral("gw"), {QStringLiteral("x")}), &error));
    g->target.ssh.useSudo = true;
    const QList<DeployResult> results = deploy({g}, options());
    QVERIFY2(results.value(0).state == DeployState::Done, qPrintable(describe(results)));
    QCOMPARE(configsIn(g->targetDir()).size(), 1);
}

void TestDeployAccess::sudoWantingPasswordIsClearError()
{
    // A user of our own that may not sudo without a password; removed in cleanup().
    const QString user =
        QStringLiteral("p2pvpn-t%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
    bool ok = false;
    runProgram(QStringLiteral("useradd"),
               {QStringLiteral("-M"), QStringLiteral("-d"), QStringLiteral("/nonexistent"),
                QStringLiteral("-s"), QStringLiteral("/bin/sh"), user},
               &ok, &m_extraUser);
    QVERIFY2(ok, qPrintable(m_extraUser));
    m_extraUser = user;
    runProgram(QStringLiteral("usermod"), {QStringLiteral("-p"), QStringLiteral("*"), user},
               &ok); // not locked
    QVERIFY(ok);

    Gateway *g = addGateway(QStringLiteral("gw"));
    QVERIFY(g);
    // sshd reads authorized_keys as the user.
    QVERIFY(QFile::setPermissions(g->sshd->dir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                      QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(g->sshd->dir() + QStringLiteral("/authorized_keys"),
                                  QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString error;
    QVERIFY(writeBundle(g->bundleDir(), configsFor(QStringLiteral("gw"), {QStringLiteral("x")}), &error));
    g->target.ssh.user = user;
    g->target.ssh.useSudo = true;
    Deployer deployer;
    QSignalSpy logs(&deployer, &Deployer::logLine);
    const QList<DeployResult> results = deploy({g}, options(), &deployer);
    QCOMPARE(toString(results.value(0).state), toString(DeployState::Failed));
    const QString message = results[0].message;
    QVERIFY2(message.contains(QStringLiteral("sudo on %1@127.0.0.1").arg(user)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("password")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("NOPASSWD")), qPrintable(message));
    QVERIFY(configsIn(g->targetDir()).isEmpty());
    for (const QList<QVariant> &args : logs)
        if (args.at(1).toString().startsWith(QLatin1String("staging in ")))
            QVERIFY(!QFileInfo::exists(args.at(1).toString().mid(11)));
}

QTEST_GUILESS_MAIN(TestDeployAccess)
#include "tst_deployaccess.moc"
