// `p2pvpn deploy`: the real binary against real sshd processes. HOME is a temp dir, so neither
// the user's ~/.ssh nor the app's data folder is touched.

#include "deploy/knownhosts.h"
#include "deploy/sshcommand.h"
#include "model/mesh.h"
#include "model/projectfile.h"
#include "runcli.h"
#include "testsshd.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace p2pvpn;
using namespace p2pvpn::test;

class TestDeployCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dryRunGeneratesAndLists();
    void unknownHostKeysNeedTheFlag();
    void bundlesAndGatewayFilter();
    void failedGatewayMeansExitStatusOne();
    void badUsage_data();
    void badUsage();

private:
    struct Run
    {
        int status = -1;
        QString out;
    };
    Run p2pvpn(const QStringList &arguments);
    QString meshFile() const { return m_work->filePath(QStringLiteral("mesh.p2pmesh")); }
    QString knownHosts() const { return m_work->filePath(QStringLiteral("known_hosts")); }
    QString targetDir(int i) const { return m_work->filePath(QStringLiteral("gw%1/target").arg(i)); }

    std::unique_ptr<QTemporaryDir> m_keys;
    std::unique_ptr<QTemporaryDir> m_work;
    std::vector<std::unique_ptr<TestSshd>> m_servers;
    QStringList m_names;
};

void TestDeployCli::initTestCase()
{
    if (const QString reason = TestSshd::skipReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_keys = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(generateKey(m_keys->filePath(QStringLiteral("id")), QString(), &error), qPrintable(error));
}

void TestDeployCli::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    Mesh mesh;
    mesh.name = QStringLiteral("testmesh");
    m_names = {QStringLiteral("gw-a"), QStringLiteral("gw-b"), QStringLiteral("gw-c")};
    for (int i = 0; i < m_names.size(); ++i) {
        auto sshd = std::make_unique<TestSshd>();
        QString error;
        QVERIFY2(sshd->start({m_keys->filePath(QStringLiteral("id.pub"))}, &error), qPrintable(error));
        const QString services = m_work->filePath(QStringLiteral("gw%1/services").arg(i));
        QVERIFY(QDir().mkpath(services));
        QVERIFY(writeServiceScripts(services, &error));
        mesh.addLan(localGatewayLan(m_names[i], i, sshd->port(), m_keys->filePath(QStringLiteral("id")),
                                    targetDir(i), services));
        m_servers.push_back(std::move(sshd));
    }
    QString error;
    QVERIFY2(ProjectFile::save(meshFile(), mesh, &error), qPrintable(error));
}

void TestDeployCli::cleanup()
{
    if (QTest::currentTestFailed())
        for (const auto &s : m_servers)
            qWarning().noquote() << s->log();
    m_servers.clear();
    m_work.reset();
}

TestDeployCli::Run TestDeployCli::p2pvpn(const QStringList &arguments)
{
    CliOptions options;
    options.environment.insert(QStringLiteral("HOME"), m_work->filePath(QStringLiteral("home")));
    options.environment.remove(QStringLiteral("XDG_DATA_HOME"));
    options.environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    options.mergeChannels = true;
    options.timeoutMs = 180000;
    const CliResult result = runCli(arguments, options);
    return {result.exitCode, result.outText()};
}

void TestDeployCli::dryRunGeneratesAndLists()
{
    const Run run =
        p2pvpn({QStringLiteral("deploy"), meshFile(), QStringLiteral("--dry-run"),
                QStringLiteral("--accept-new-host-keys"), QStringLiteral("--known-hosts"), knownHosts()});
    QVERIFY2(run.status == 0, qPrintable(run.out));
    // The generator's own install.sh compared its bundle with the empty target: every tunnel is new.
    for (const QString &name : m_names) {
        const qsizetype at =
            run.out.indexOf(QStringLiteral("  %1: done: dry run: would be 2 added").arg(name));
        QVERIFY2(at >= 0, qPrintable(run.out));
    }
    QCOMPARE(int(run.out.count(QRegularExpression(QStringLiteral("\\n    add \\S+")))), 6);
    for (int i = 0; i < m_names.size(); ++i)
        QVERIFY(!QFileInfo::exists(targetDir(i)));
    KnownHosts known;
    QString error;
    QVERIFY(KnownHosts::load(knownHosts(), &known, &error));
    QCOMPARE(known.entries().size(), 3);
}

void TestDeployCli::unknownHostKeysNeedTheFlag()
{
    QString error;
    QVERIFY(writeBundle(m_work->filePath(QStringLiteral("bundles/gw-a")), {{QStringLiteral("t1"), "x\n"}},
                        &error));
    const QStringList common{QStringLiteral("deploy"),        meshFile(),
                             QStringLiteral("--bundles"),     m_work->filePath(QStringLiteral("bundles")),
                             QStringLiteral("--gateway"),     QStringLiteral("gw-a"),
                             QStringLiteral("--known-hosts"), knownHosts()};
    Run run = p2pvpn(common);
    QCOMPARE(run.status, 1);
    QVERIFY2(run.out.contains(KnownHosts::fingerprint(m_servers[0]->hostKeyBlob())), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("--accept-new-host-keys")), qPrintable(run.out));
    QVERIFY(!QFileInfo::exists(targetDir(0)));
    run = p2pvpn(common + QStringList{QStringLiteral("--accept-new-host-keys")});
    QVERIFY2(run.status == 0, qPrintable(run.out));
    // Recorded: no flag needed any more.
    run = p2pvpn(common);
    QVERIFY2(run.status == 0, qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("gw-a: unchanged")), qPrintable(run.out));
}

void TestDeployCli::bundlesAndGatewayFilter()
{
    QString error;
    for (const QString &name : m_names)
        QVERIFY(writeBundle(
            m_work->filePath(QStringLiteral("bundles/") + name),
            {{name + QStringLiteral("-t1"), "one\n"}, {name + QStringLiteral("-t2"), "two\n"}}, &error));
    const Run run = p2pvpn(
        {QStringLiteral("deploy"), meshFile(), QStringLiteral("--bundles"),
         m_work->filePath(QStringLiteral("bundles")), QStringLiteral("--gateway"), QStringLiteral("gw-b"),
         QStringLiteral("--gateway"), QStringLiteral("gw-c"), QStringLiteral("--jobs"), QStringLiteral("2"),
         QStringLiteral("--accept-new-host-keys"), QStringLiteral("--known-hosts"), knownHosts()});
    QVERIFY2(run.status == 0, qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("  gw-b: done: 2 added")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("  gw-c: done: 2 added")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("gw-a:")));
    QVERIFY(!QFileInfo::exists(targetDir(0)));
    QCOMPARE(configsIn(targetDir(1)).keys(),
             (QStringList{QStringLiteral("gw-b-t1"), QStringLiteral("gw-b-t2")}));
    QCOMPARE(configsIn(targetDir(2)).size(), 2);
}

void TestDeployCli::failedGatewayMeansExitStatusOne()
{
    QString error;
    for (const QString &name : m_names)
        QVERIFY(writeBundle(m_work->filePath(QStringLiteral("bundles/") + name),
                            {{name + QStringLiteral("-t"), "t\n"}}, &error));
    m_servers[1]->stop();
    const Run run =
        p2pvpn({QStringLiteral("deploy"), meshFile(), QStringLiteral("--bundles"),
                m_work->filePath(QStringLiteral("bundles")), QStringLiteral("--accept-new-host-keys"),
                QStringLiteral("--known-hosts"), knownHosts()});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.out.contains(QStringLiteral("  gw-a: done")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("  gw-b: unreachable")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("  gw-c: done")), qPrintable(run.out));
}

void TestDeployCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("jobs zero") << QStringList{QStringLiteral("--jobs"), QStringLiteral("0")}
                               << QStringLiteral("--jobs");
    QTest::newRow("jobs text") << QStringList{QStringLiteral("--jobs"), QStringLiteral("many")}
                               << QStringLiteral("--jobs");
    QTest::newRow("unknown gateway") << QStringList{QStringLiteral("--gateway"), QStringLiteral("nope")}
                                     << QStringLiteral("nope");
}

void TestDeployCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = p2pvpn(
        QStringList{QStringLiteral("deploy"), meshFile(), QStringLiteral("--bundles"), m_work->path()} +
        arguments);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.out.contains(mentions), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestDeployCli)
#include "tst_deploycli.moc"
