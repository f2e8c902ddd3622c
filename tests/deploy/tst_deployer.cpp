// Deployer against real sshd processes: parallel deploys of a fake bundle (its install.sh follows
// the generator's contract), redeploys, dry runs, host keys, credentials, sudo, a server killed
// mid-upload, a tunnel that fails to start, cancel. Every path the remote shell sees has a blank
// and a quote in it, so quoting is tested on the way.

#include "deploy/deployer.h"
#include "deploy/knownhosts.h"
#include "deploy/sshcommand.h"
#include "generate/exporter.h"
#include "testsshd.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

struct Gateway
{
    std::unique_ptr<TestSshd> sshd;
    QString root; // bundle/, target/, services/
    DeployTarget target;

    QString targetDir() const { return root + QStringLiteral("/target"); }
    QString bundleDir() const { return root + QStringLiteral("/bundle"); }
    QString servicesDir() const { return root + QStringLiteral("/services"); }
    QStringList serviceLog() const
    {
        QFile file(servicesDir() + QStringLiteral("/services.log"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

QMap<QString, QByteArray> configsFor(const QString &gateway, const QStringList &peers,
                                     const QByteArray &version = "1")
{
    QMap<QString, QByteArray> configs;
    for (const QString &peer : peers)
        configs.insert(gateway + QLatin1Char('-') + peer,
                       "# " + gateway.toUtf8() + " to " + peer.toUtf8() + " v" + version + "\ndev tun\n");
    return configs;
}

} // namespace

class TestDeployer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void targetsFromMesh();
    void deployToThreeGatewaysInParallel();
    void redeployUnchangedDoesNothing();
    void dryRunListsChangesAndTouchesNothing();
    void unknownHostKeyRefusedWithoutAcceptance();
    void unknownHostKeyAskedAndAccepted();
    void changedHostKeyAlwaysRefused();
    void wrongCredentialsGiveClearError();
    void passphraseAskedOncePerKeyFile();
    void unreachableGateway();
    void sshdKilledDuringUploadLeavesOldConfigs();
    void failedTunnelTriggersRollback();
    void sudoAsRoot();
    void sudoWantingPasswordIsClearError();
    void cancelStopsCleanly();
    void missingBundleFails();
    void generatedBundlesWithTheRealInstallScript();

private:
    Gateway *addGateway(const QString &name, const QStringList &authorizedKeys = {});
    QList<DeployResult> deploy(const QList<Gateway *> &gateways, Deployer::Options options,
                               Deployer *deployer = nullptr);
    Deployer::Options options() const;
    static QString describe(const QList<DeployResult> &results);

    std::unique_ptr<QTemporaryDir> m_keys;
    std::unique_ptr<QTemporaryDir> m_work; // its path has a blank and a quote
    std::vector<std::unique_ptr<Gateway>> m_gateways;
    QString m_extraUser; // created by a test, removed in cleanup()
};

void TestDeployer::initTestCase()
{
    if (const QString reason = TestSshd::skipReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_keys = std::make_unique<QTemporaryDir>();
    QVERIFY(m_keys->isValid());
    QString error;
    for (const char *name : {"id", "other"})
        QVERIFY2(generateKey(m_keys->filePath(QLatin1String(name)), QString(), &error), qPrintable(error));
    QVERIFY2(generateKey(m_keys->filePath(QStringLiteral("locked")), QStringLiteral("s3same"), &error),
             qPrintable(error));
}

void TestDeployer::init()
{
    m_work =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/p2pvpn deploy 'test-XXXXXX"));
    QVERIFY(m_work->isValid());
}

void TestDeployer::cleanup()
{
    if (QTest::currentTestFailed())
        for (const auto &g : m_gateways)
            qWarning().noquote() << "sshd log of" << g->target.name << ":\n" << g->sshd->log();
    m_gateways.clear();
    m_work.reset();
    if (!m_extraUser.isEmpty()) {
        bool ok = false;
        runProgram(QStringLiteral("userdel"), {m_extraUser}, &ok);
        m_extraUser.clear();
    }
}

Gateway *TestDeployer::addGateway(const QString &name, const QStringList &authorizedKeys)
{
    auto g = std::make_unique<Gateway>();
    g->root = m_work->filePath(name);
    QString error;
    if (!QDir().mkpath(g->servicesDir()) || !writeServiceScripts(g->servicesDir(), &error)) {
        qWarning() << "cannot prepare" << g->root << error;
        return nullptr;
    }
    g->sshd = std::make_unique<TestSshd>();
    if (!g->sshd->start(authorizedKeys.isEmpty() ? QStringList{m_keys->filePath(QStringLiteral("id.pub"))}
                                                 : authorizedKeys,
                        &error)) {
        qWarning() << "cannot start sshd:" << error;
        return nullptr;
    }
    DeployTarget &t = g->target;
    t.name = name;
    t.bundleDir = g->bundleDir();
    t.host = QStringLiteral("127.0.0.1");
    t.ssh.port = g->sshd->port();
    t.ssh.user = QStringLiteral("root");
    t.ssh.useAgent = false; // never the real user's agent
    t.ssh.keyFile = m_keys->filePath(QStringLiteral("id"));
    t.deploy.targetDir = g->targetDir();
    t.deploy.serviceManager = ServiceManager::Command;
    t.deploy.restartCommand =
        shellJoin({QStringLiteral("sh"), g->servicesDir() + QStringLiteral("/restart.sh")});
    t.deploy.stopCommand = shellJoin({QStringLiteral("sh"), g->servicesDir() + QStringLiteral("/stop.sh")});
    m_gateways.push_back(std::move(g));
    return m_gateways.back().get();
}

Deployer::Options TestDeployer::options() const
{
    Deployer::Options o;
    o.jobs = 4;
    o.newHostKeys = Deployer::HostKeyPolicy::AcceptNew;
    o.userKnownHostsFile = m_work->filePath(QStringLiteral("user_known_hosts")); // never the real ~/.ssh
    o.appKnownHostsFile = m_work->filePath(QStringLiteral("app_known_hosts"));
    o.timeoutMs = 20000;
    return o;
}

QList<DeployResult> TestDeployer::deploy(const QList<Gateway *> &gateways, Deployer::Options options,
                                         Deployer *deployer)
{
    std::unique_ptr<Deployer> own;
    if (!deployer) {
        own = std::make_unique<Deployer>();
        deployer = own.get();
    }
    QList<DeployTarget> targets;
    for (Gateway *g : gateways)
        targets.append(g->target);
    QSignalSpy finished(deployer, &Deployer::finished);
    if (!deployer->start(targets, options))
        return {};
    if (!finished.wait(180000))
        qWarning() << "the deploy did not finish";
    return deployer->results();
}

QString TestDeployer::describe(const QList<DeployResult> &results)
{
    QStringList lines;
    for (const DeployResult &r : results)
        lines << QStringLiteral("%1: %2: %3").arg(r.gateway, toString(r.state), r.message);
    return lines.join(QLatin1Char('\n'));
}

void TestDeployer::targetsFromMesh()
{
    Mesh mesh;
    Lan a;
    a.name = QStringLiteral("office");
    a.endpoint = QStringLiteral("office.example.org");
    Lan b;
    b.name = QStringLiteral("aws");
    b.endpoint = QStringLiteral("203.0.113.7");
    b.ssh.host = QStringLiteral("10.9.9.9");
    b.ssh.port = 2222;
    mesh.addLan(a);
    mesh.addLan(b);
    QString error;
    QList<DeployTarget> all = Deployer::targets(mesh, QStringLiteral("/out"), {}, &error);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].name, QStringLiteral("office"));
    QCOMPARE(all[0].host, QStringLiteral("office.example.org"));
    QCOMPARE(all[0].bundleDir, QStringLiteral("/out/office"));
    QCOMPARE(all[1].host, QStringLiteral("10.9.9.9"));
    QCOMPARE(all[1].ssh.port, 2222);
    const QList<DeployTarget> one =
        Deployer::targets(mesh, QStringLiteral("/out"), {QStringLiteral("aws")}, &error);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one[0].name, QStringLiteral("aws"));
    QVERIFY(Deployer::targets(mesh, QStringLiteral("/out"), {QStringLiteral("nope")}, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
}

void TestDeployer::deployToThreeGatewaysInParallel()
{
    const QStringList names{QStringLiteral("gw-a"), QStringLiteral("gw-b"), QStringLiteral("gw-c")};
    QList<Gateway *> gateways;
    QString error;
    for (const QString &name : names) {
        Gateway *g = addGateway(name);
        QVERIFY(g);
        QStringList peers = names;
        peers.removeAll(name);
        QVERIFY2(writeBundle(g->bundleDir(), configsFor(name, peers), &error), qPrintable(error));
        gateways << g;
    }
    Deployer deployer;
    QSignalSpy states(&deployer, &Deployer::stateChanged);
    QSignalSpy progress(&deployer, &Deployer::progress);
    QSignalSpy logs(&deployer, &Deployer::logLine);
    QSignalSpy finishedGateways(&deployer, &Deployer::gatewayFinished);
    const QList<DeployResult> results = deploy(gateways, options(), &deployer);
    QCOMPARE(results.size(), 3);
    for (const DeployResult &r : results)
        QVERIFY2(r.state == DeployState::Done, qPrintable(describe(results)));
    QCOMPARE(finishedGateways.size(), 3);
    // results() keeps, in start() order, what each gateway's gatewayFinished reported.
    for (const QList<QVariant> &args : finishedGateways) {
        const DeployResult reported = args.at(0).value<DeployResult>();
        const qsizetype at = names.indexOf(reported.gateway);
        QVERIFY2(at >= 0, qPrintable(reported.gateway));
        QCOMPARE(toString(results[at].state), toString(reported.state));
        QCOMPARE(results[at].message, reported.message);
        QCOMPARE(results[at].added, reported.added);
    }

    QStringList stages;
    for (const QList<QVariant> &args : logs) {
        const QString line = args.at(1).toString();
        if (line.startsWith(QLatin1String("staging in ")))
            stages << line.mid(11);
    }
    QCOMPARE(stages.size(), 3);
    for (int i = 0; i < 3; ++i) {
        Gateway *g = gateways[i];
        const DeployResult &r = results[i];
        QCOMPARE(r.gateway, names[i]);
        const QMap<QString, QByteArray> expected = configsFor(
            names[i],
            QStringList(names).filter(QRegularExpression(QStringLiteral("^(?!%1$)").arg(names[i]))));
        QCOMPARE(configsIn(g->targetDir()), expected);
        QCOMPARE(r.added, QStringList(expected.keys()));
        QVERIFY(r.changed.isEmpty() && r.removed.isEmpty() && r.unchanged.isEmpty());
        QStringList restarts;
        for (const QString &name : expected.keys())
            restarts << QStringLiteral("restart ") + name;
        QCOMPARE(g->serviceLog(), restarts);

        // Each gateway went through every stage, with upload progress to the end.
        QStringList seen;
        for (const QList<QVariant> &args : states)
            if (args.at(0).toString() == names[i])
                seen << toString(args.at(1).value<DeployState>());
        QCOMPARE(seen, (QStringList{QStringLiteral("connecting"), QStringLiteral("uploading"),
                                    QStringLiteral("installing"), QStringLiteral("done")}));
        qint64 lastDone = -1, total = -2;
        for (const QList<QVariant> &args : progress)
            if (args.at(0).toString() == names[i]) {
                lastDone = args.at(1).toLongLong();
                total = args.at(2).toLongLong();
            }
        QCOMPARE(lastDone, total);
    }
    // The staging directories are gone.
    for (const QString &stage : stages) {
        QVERIFY2(stage.startsWith(QLatin1String("/tmp/p2pvpn-stage-")), qPrintable(stage));
        QVERIFY2(!QFileInfo::exists(stage), qPrintable(stage));
    }
    // Each new host key was recorded once.
    KnownHosts known;
    QVERIFY(KnownHosts::load(options().appKnownHostsFile, &known, &error));
    QCOMPARE(known.entries().size(), 3);
}

void TestDeployer::redeployUnchangedDoesNothing()
{
    Gateway *g = addGateway(QStringLiteral("gw"));
    QVERIFY(g);
    QString error;
    QVERIFY(writeBundle(g->bundleDir(),
                        configsFor(QStringLiteral("gw"), {QStringLiteral("x"), QStringLiteral("y")}),
                        &error));
    QList<DeployResult> results = deploy({g}, options());
    QVERIFY2(results.value(0).state == DeployState::Done, qPrintable(describe(results)));
    const QStringList servicesBefore = g->serviceLog();
    QCOMPARE(servicesBefore.size(), 2);
    QMap<QString, QDateTime> times;
    for (const QFileInfo &info : QDir(g->targetDir()).entryInfoList({QStringLiteral("*.conf")}))
        times.insert(info.fileName(), info.lastModified());
    QCOMPARE(times.size(), 2);

    QTest::qWait(1100); // so that a rewrite would show in the modification times
    results = deploy({g}, options());
    QVERIFY2(results.value(0).state == DeployState::Unchanged, qPrintable(describe(results)));
    QCOMPARE(results[0].unchanged, (QStringList{QStringLiteral("gw-x"), QStringLiteral("gw-y")}));
    QVERIFY(results[0].added.isEmpty() && results[0].changed.isEmpty() && results[0].removed.isEmpty());
    QCOMPARE(g->serviceLog(), servicesBefore); // nothing restarted
    for (const QFileInfo &info : QDir(g->targetDir()).entryInfoList({QStringLiteral("*.conf")}))
        QCOMPARE(info.lastModified(), times.value(info.fileName()));
}

void TestDeployer::dryRunListsChangesAndTouchesNothing()
{
    Gateway *g = addGateway(QStringLiteral("gw"));
    QVERIFY(g);
    QString error;
    const QStringList peers{QStringLiteral("keep"), QStringLiteral("change"), QStringLiteral("drop")};
    QVERIFY(writeBundle(g->bundleDir(), configsFor(QStringLiteral("gw"), peers), &error));
    QList<DeployResult> results = deploy({g}, options());
    QVERIFY2(results.value(0).state == DeployState::Done, qPrintable(describe(results)));
    const QMap<QString, QByteArray> installed = configsIn(g->targetDir());
    const QStringList services = g->serviceLog();

    QMap<QString, QByteArray> next =
        configsFor(QStringLiteral("gw"), {QStringLiteral("keep"), QStringLiteral("new")});
    next.insert(QStringLiteral("gw-change"), "# changed\n");
    QVERIFY(writeBundle(g->bundleDir(), next, &error));

    Deployer::Options dry = options();
    dry.dryRun = true;
    results = deploy({g}, dry);
    QVERIFY2(results.value(0).state == DeployState::Done, qPrintable(describe(results)));
    const DeployResult r = results[0];
    QVERIFY(r.dryRun);
    QCOMPARE(r.added, QStringList{QStringLiteral("gw-new")});
    QCOMPARE(r.changed, QStringList{QStringLiteral("gw-change")});
    QCOMPARE(r.removed, QStringList{QStringLiteral("gw-drop")});
    QCOMPARE(r.unchanged, QStringList{QStringLiteral("gw-keep")});
    QCOMPARE(configsIn(g->targetDir()), installed);
    QCOMPARE(g->serviceLog(), services);

    // The real deploy does exactly that.
    results = deploy({g}, options());
    QVERIFY2(results.value(0).state == DeployState::Done, qPrintable(describe(results)));
    QCOMPARE(results[0].added, r.added);
    QCOMPARE(results[0].changed, r.changed);
    QCOMPARE(results[0].removed, r.removed);
    QCOMPARE(configsIn(g->targetDir()), next);
    QCOMPARE(g->serviceLog().mid(services.size()),
             (QStringList{QStringLiteral("stop gw-drop"), QStringLiteral("restart gw-change"),
                          QStringLiteral("restart gw-new")}));
}

void TestDeployer::unknownHostKeyRefusedWithoutAcceptance()
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

void TestDeployer::unknownHostKeyAskedAndAccepted()
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

void TestDeployer::changedHostKeyAlwaysRefused()
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

void TestDeployer::wrongCredentialsGiveClearError()
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

void TestDeployer::passphraseAskedOncePerKeyFile()
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

void TestDeployer::unreachableGateway()
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

void TestDeployer::sshdKilledDuringUploadLeavesOldConfigs()
{
    Gateway *g = addGateway(QStringLiteral("gw"));
    QVERIFY(g);
    QString error;
    const QStringList peers{QStringLiteral("x"), QStringLiteral("y")};
    QVERIFY(writeBundle(g->bundleDir(), configsFor(QStringLiteral("gw"), peers), &error));
    QList<DeployResult> results = deploy({g}, options());
    QVERIFY2(results.value(0).state == DeployState::Done, qPrintable(describe(results)));
    const QMap<QString, QByteArray> old = configsIn(g->targetDir());
    const QStringList services = g->serviceLog();

    // New configs behind a large file, so that the upload is well under way when the server dies.
    QVERIFY(writeBundle(g->bundleDir(),
                        configsFor(QStringLiteral("gw"), {QStringLiteral("x"), QStringLiteral("z")}, "2"),
                        &error, 8 * 1024 * 1024));
    Deployer deployer;
    // The dead server cannot remove its staging directory; the test does (it is on this machine).
    QStringList stages;
    connect(&deployer, &Deployer::logLine, this, [&](const QString &, const QString &line) {
        if (line.startsWith(QLatin1String("staging in ")))
            stages << line.mid(11);
    });
    const auto removeStages = qScopeGuard([&] {
        for (const QString &stage : std::as_const(stages))
            if (stage.startsWith(QLatin1String("/tmp/p2pvpn-stage-")))
                QDir(stage).removeRecursively();
    });
    bool killed = false;
    qint64 killedAt = 0, total = 0;
    connect(
        &deployer, &Deployer::progress, this,
        [&](const QString &, qint64 done, qint64 all) {
            if (!killed && done > 0 && done < all) {
                killed = true;
                killedAt = done;
                total = all;
                g->sshd->kill();
            }
        },
        Qt::DirectConnection); // in the worker thread, in the middle of the upload
    results = deploy({g}, options(), &deployer);
    QVERIFY(killed);
    QVERIFY(killedAt > 0 && killedAt < total);
    QCOMPARE(toString(results.value(0).state), toString(DeployState::Failed));
    QVERIFY2(results[0].message.contains(QStringLiteral("nothing was installed")),
             qPrintable(results[0].message));
    QVERIFY2(results[0].message.contains(QStringLiteral("lost")), qPrintable(results[0].message));
    QCOMPARE(configsIn(g->targetDir()), old);
    QCOMPARE(g->serviceLog(), services);
}

void TestDeployer::failedTunnelTriggersRollback()
{
    Gateway *g = addGateway(QStringLiteral("gw"));
    QVERIFY(g);
    QString error;
    QVERIFY(writeBundle(g->bundleDir(),
                        configsFor(QStringLiteral("gw"), {QStringLiteral("a"), QStringLiteral("b")}),
                        &error));
    QList<DeployResult> results = deploy({g}, options());
    QVERIFY2(results.value(0).state == DeployState::Done, qPrintable(describe(results)));
    const QMap<QString, QByteArray> old = configsIn(g->targetDir());
    const int before = int(g->serviceLog().size());

    // a changes, c is new and will not start.
    QVERIFY(writeBundle(g->bundleDir(),
                        configsFor(QStringLiteral("gw"),
                                   {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, "2"),
                        &error));
    QFile fail(g->servicesDir() + QStringLiteral("/fail"));
    QVERIFY(fail.open(QIODevice::WriteOnly));
    fail.write("gw-c\n");
    fail.close();
    results = deploy({g}, options());
    QVERIFY2(results.value(0).state == DeployState::FailedRolledBack, qPrintable(describe(results)));
    QVERIFY2(results[0].message.contains(QStringLiteral("restored")), qPrintable(results[0].message));
    QCOMPARE(configsIn(g->targetDir()), old);
    const QStringList log = g->serviceLog().mid(before);
    // The new tunnels were tried, then the old ones are back and running.
    const qsizetype failedAt = log.indexOf(QStringLiteral("restart gw-c"));
    QVERIFY2(failedAt >= 0, qPrintable(log.join(QLatin1Char('|'))));
    const QStringList after = log.mid(failedAt + 1);
    QVERIFY2(after.contains(QStringLiteral("stop gw-c")), qPrintable(log.join(QLatin1Char('|'))));
    QVERIFY2(after.contains(QStringLiteral("restart gw-a")), qPrintable(log.join(QLatin1Char('|'))));

    // Once the tunnel starts, the same bundle deploys.
    QVERIFY(QFile::remove(fail.fileName()));
    results = deploy({g}, options());
    QVERIFY2(results.value(0).state == DeployState::Done, qPrintable(describe(results)));
    QCOMPARE(configsIn(g->targetDir()).size(), 3);
}

void TestDeployer::sudoAsRoot()
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

void TestDeployer::sudoWantingPasswordIsClearError()
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

void TestDeployer::cancelStopsCleanly()
{
    QList<Gateway *> gateways;
    QString error;
    for (const QString &name : {QStringLiteral("gw-a"), QStringLiteral("gw-b")}) {
        Gateway *g = addGateway(name);
        QVERIFY(g);
        QVERIFY(
            writeBundle(g->bundleDir(), configsFor(name, {QStringLiteral("x")}), &error, 8 * 1024 * 1024));
        gateways << g;
    }
    Deployer deployer;
    const QMetaObject::Connection canceller = connect(
        &deployer, &Deployer::progress, this,
        [&](const QString &, qint64 done, qint64 total) {
            if (done > 0 && done < total)
                deployer.cancel();
        },
        Qt::DirectConnection);
    QSignalSpy logs(&deployer, &Deployer::logLine);
    Deployer::Options o = options();
    o.jobs = 1; // the second gateway is still waiting when the cancel comes
    const QList<DeployResult> results = deploy(gateways, o, &deployer);
    QVERIFY(!deployer.isRunning());
    QCOMPARE(toString(results.value(0).state), toString(DeployState::Cancelled));
    QCOMPARE(toString(results.value(1).state), toString(DeployState::Cancelled));
    for (Gateway *g : gateways)
        QVERIFY(configsIn(g->targetDir()).isEmpty());
    // The half-uploaded stage was removed.
    QStringList stages;
    for (const QList<QVariant> &args : logs)
        if (args.at(1).toString().startsWith(QLatin1String("staging in ")))
            stages << args.at(1).toString().mid(11);
    QCOMPARE(stages.size(), 1);
    QVERIFY2(!QFileInfo::exists(stages[0]), qPrintable(stages[0]));
    // The deployer can run again afterwards.
    disconnect(canceller);
    const QList<DeployResult> again = deploy({gateways[1]}, options(), &deployer);
    QVERIFY2(again.value(0).state == DeployState::Done, qPrintable(describe(again)));
}

void TestDeployer::missingBundleFails()
{
    Gateway *g = addGateway(QStringLiteral("gw"));
    QVERIFY(g);
    const QList<DeployResult> results = deploy({g}, options());
    QCOMPARE(toString(results.value(0).state), toString(DeployState::Failed));
    QVERIFY2(results[0].message.contains(QStringLiteral("install.sh")), qPrintable(results[0].message));
}

void TestDeployer::generatedBundlesWithTheRealInstallScript()
{
    // The generator's install.sh, not the fake: deploy, redeploy, rollback. The checker allows no
    // blank in a target dir and the script splits service commands into words, so this test's paths
    // are plain; its sysctl file goes to a temp dir (through the sessions' environment, as the
    // deployer passes no such variable).
    QTemporaryDir plain;
    QVERIFY(plain.isValid());
    Mesh mesh;
    mesh.name = QStringLiteral("realmesh");
    const QStringList names{QStringLiteral("gw-a"), QStringLiteral("gw-b"), QStringLiteral("gw-c")};
    QList<Gateway *> gateways;
    QString error;
    for (int i = 0; i < names.size(); ++i) {
        auto g = std::make_unique<Gateway>();
        g->root = plain.filePath(names[i]);
        const QString services = g->servicesDir();
        QVERIFY(QDir().mkpath(services + QStringLiteral("/sysctl")));
        QVERIFY(writeServiceScripts(services, &error));
        g->sshd = std::make_unique<TestSshd>();
        QVERIFY2(g->sshd->start({m_keys->filePath(QStringLiteral("id.pub"))}, &error, {},
                                {QStringLiteral("P2PVPN_SYSCTL_DIR=") + services + QStringLiteral("/sysctl"),
                                 QStringLiteral("P2PVPN_SYSCTL_APPLY=true")}),
                 qPrintable(error));
        Lan lan;
        lan.name = names[i];
        lan.subnets = {Cidr::fromAddress(0x0a000000u | (quint32(i + 1) << 16), 24)};
        lan.endpoint = QStringLiteral("192.0.2.%1").arg(i + 1);
        lan.ssh.host = QStringLiteral("127.0.0.1");
        lan.ssh.port = g->sshd->port();
        lan.ssh.keyFile = m_keys->filePath(QStringLiteral("id"));
        lan.ssh.useAgent = false;
        lan.deploy.targetDir = g->targetDir();
        lan.deploy.serviceManager = ServiceManager::Command;
        lan.deploy.restartCommand = QStringLiteral("sh ") + services + QStringLiteral("/restart.sh");
        lan.deploy.stopCommand = QStringLiteral("sh ") + services + QStringLiteral("/stop.sh");
        mesh.addLan(lan);
        m_gateways.push_back(std::move(g));
        gateways << m_gateways.back().get();
    }
    ExportOptions exportOptions;
    exportOptions.outDir = m_work->filePath(QStringLiteral("bundles"));
    exportOptions.keyStoreDir = m_work->filePath(QStringLiteral("keys"));
    Exporter exporter(mesh);
    QVERIFY2(exporter.run(exportOptions, {}, &error), qPrintable(error));
    const QList<DeployTarget> targets = Deployer::targets(exporter.mesh(), exportOptions.outDir, {}, &error);
    QCOMPARE(targets.size(), 3);
    for (int i = 0; i < 3; ++i)
        gateways[i]->target = targets[i];
    auto serviceLog = [&](int i) { return gateways[i]->serviceLog(); };

    QList<DeployResult> results = deploy(gateways, options());
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(results.value(i).state == DeployState::Done, qPrintable(describe(results)));
        QCOMPARE(results[i].added.size(), 2); // a full mesh of three: two tunnels per gateway
        QCOMPARE(configsIn(gateways[i]->targetDir()),
                 configsIn(exportOptions.outDir + QLatin1Char('/') + names[i] + QStringLiteral("/openvpn")));
        QCOMPARE(serviceLog(i).size(), 2);
        QVERIFY(!QDir(gateways[i]->servicesDir() + QStringLiteral("/sysctl")).isEmpty());
    }

    results = deploy(gateways, options());
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(results.value(i).state == DeployState::Unchanged, qPrintable(describe(results)));
        QCOMPARE(serviceLog(i).size(), 2);
    }

    // A changed tunnel of gw-a that will not start: the script puts the old one back.
    const QString tunnel = results[0].unchanged.first();
    const QString bundled =
        exportOptions.outDir + QStringLiteral("/gw-a/openvpn/") + tunnel + QStringLiteral(".conf");
    QFile config(bundled);
    QVERIFY(config.open(QIODevice::Append));
    config.write("# changed\n");
    config.close();
    QFile fail(gateways[0]->servicesDir() + QStringLiteral("/fail"));
    QVERIFY(fail.open(QIODevice::WriteOnly));
    fail.write(tunnel.toUtf8() + '\n');
    fail.close();
    const QMap<QString, QByteArray> before = configsIn(gateways[0]->targetDir());
    results = deploy({gateways[0]}, options());
    QVERIFY2(results.value(0).state == DeployState::FailedRolledBack, qPrintable(describe(results)));
    QCOMPARE(configsIn(gateways[0]->targetDir()), before);
    QCOMPARE(serviceLog(0).mid(2),
             (QStringList{QStringLiteral("restart ") + tunnel, QStringLiteral("restart ") + tunnel}));
}

QTEST_GUILESS_MAIN(TestDeployer)
#include "tst_deployer.moc"
