// Deployer against real sshd processes: parallel deploys of a fake bundle (its install.sh follows
// the generator's contract), redeploys, dry runs, a server killed mid-upload, a tunnel that fails to
// start, cancel, and the generator's own install.sh. Host keys, credentials and sudo: tst_deployaccess.

#include "deploy/deployer.h"
#include "deploy/knownhosts.h"
#include "deploytest.h"
#include "generate/exporter.h"
#include "testsshd.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace p2pvpn;
using namespace p2pvpn::test;

class TestDeployer : public DeployTest
{
    Q_OBJECT

private slots:
    void targetsFromMesh();
    void deployToThreeGatewaysInParallel();
    void redeployUnchangedDoesNothing();
    void dryRunListsChangesAndTouchesNothing();
    void sshdKilledDuringUploadLeavesOldConfigs();
    void failedTunnelTriggersRollback();
    void cancelStopsCleanly();
    void missingBundleFails();
    void generatedBundlesWithTheRealInstallScript();
};

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
