// The real `p2pvpn` binary, run with QProcess: every command, its --help, the exit codes
// (0 done, 1 the mesh has errors, 2 bad usage or unreadable file, message on stderr) and
// the promise that a failed command never writes the mesh file.

#include "clitest.h"
#include "model/mesh.h"
#include "model/projectfile.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pvpn;
using p2pvpn::test::readAll;

using namespace p2pvpn::test;

class TestCli : public QObject, public test::CliFixture
{
    Q_OBJECT
private slots:
    void init() { fresh(); }

    void version();
    void topLevelHelp_data();
    void topLevelHelp();
    void commandHelp_data();
    void commandHelp();

    void initDefaults();
    void initOptions();
    void initForce();
    void addLan();
    void addLanOverlapSavesWithNote();
    void setLan();
    void removeLanDropsLinks();
    void linkAndUnlink();
    void list();
    void checkExitCodes_data();
    void checkExitCodes();
    void checkJson();
    void checkBundledExample();
    void settingsShow();
    void settingsChange();
    void importCache();
    void aliases();
};

void TestCli::version()
{
    const Result r = run({"--version"});
    CHECK_RUN(r, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("p2pvpn " P2PVPN_VERSION));
    QVERIFY(r.err.isEmpty());
}

void TestCli::topLevelHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("--help") << strings({"--help"}) << 0;
    QTest::newRow("-h") << strings({"-h"}) << 0;
    QTest::newRow("help") << strings({"help"}) << 0;
    QTest::newRow("no arguments") << QStringList() << 2;
}

void TestCli::topLevelHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result r = run(arguments);
    CHECK_RUN(r, exitCode);
    // Help asked for goes to stdout; help as the answer to bad usage goes to stderr.
    const QString help = exitCode == 0 ? r.out : r.err;
    QVERIFY((exitCode == 0 ? r.err : r.out).isEmpty());
    QVERIFY(help.startsWith(QLatin1String("Usage: p2pvpn COMMAND")));
    for (const char *command : {"init", "add-lan", "set-lan", "remove-lan", "link", "unlink", "list", "check",
                                "settings", "import-cache", "import-aws", "export-terraform"})
        QVERIFY2(help.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), command);
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option"); // one option its help must list
    auto row = [](const char *command, const char *option) {
        QTest::newRow(command) << QString::fromLatin1(command) << QString::fromLatin1(option);
    };
    row("init", "--transit-pool");
    row("add-lan", "--subnet");
    row("set-lan", "--name");
    row("remove-lan", "--help");
    row("link", "--help");
    row("unlink", "--help");
    row("list", "--help");
    row("check", "--json");
    row("settings", "--reserve");
    row("import-cache", "--out");
    row("import-aws", "--route-tables");
    row("export-terraform", "--out");
    row("set-lan", "--alias");
    row("resolve-overlaps", "--help");
    row("addresses", "--csv");
}

void TestCli::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Result r = run(QStringList{command, flag});
        CHECK_RUN(r, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: p2pvpn %1 ").arg(command)), qPrintable(r.out));
        QVERIFY2(r.out.contains(option), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }
}

void TestCli::initDefaults()
{
    CHECK_RUN(run({"init", "{dir}/office-net.p2pmesh"}), 0);
    const Mesh mesh = loadMesh("office-net.p2pmesh");
    Mesh expected;
    expected.name = QStringLiteral("office-net"); // from the file's name
    QVERIFY(mesh == expected);
}

void TestCli::initOptions()
{
    CHECK_RUN(run({"init", "{dir}/m.p2pmesh", "--name", "prod", "--transit-pool", "10.99.0.0/20",
                   "--port-base", "40000", "--topology", "manual"}),
              0);
    const Mesh mesh = loadMesh("m.p2pmesh");
    QCOMPARE(mesh.name, QStringLiteral("prod"));
    QCOMPARE(mesh.settings.transitPool.toString(), QStringLiteral("10.99.0.0/20"));
    QCOMPARE(mesh.settings.portBase, 40000);
    QCOMPARE(toString(mesh.topology), QStringLiteral("manual"));
}

void TestCli::initForce()
{
    CHECK_RUN(run({"init", "{dir}/m.p2pmesh", "--name", "first"}), 0);
    const Result refused = run({"init", "{dir}/m.p2pmesh", "--name", "second"});
    CHECK_RUN(refused, 2);
    QVERIFY(refused.err.contains(QLatin1String("already exists")));
    QCOMPARE(loadMesh("m.p2pmesh").name, QStringLiteral("first"));
    CHECK_RUN(run({"init", "{dir}/m.p2pmesh", "--name", "second", "--force"}), 0);
    QCOMPARE(loadMesh("m.p2pmesh").name, QStringLiteral("second"));
}

void TestCli::addLan()
{
    CHECK_RUN(run({"init", "{dir}/m.p2pmesh"}), 0);
    CHECK_RUN(run({"add-lan",
                   "{dir}/m.p2pmesh",
                   "office",
                   "--subnet",
                   "192.168.10.0/24",
                   "--subnet",
                   "192.168.11.0 255.255.255.0",
                   "--endpoint",
                   "vpn.example.com",
                   "--ssh",
                   "deploy@gw.example.com:2222",
                   "--ssh-key",
                   "/root/.ssh/id_ed25519",
                   "--sudo",
                   "--target-dir",
                   "/opt/ovpn",
                   "--service-manager",
                   "command",
                   "--restart-command",
                   "rc-tunnel restart",
                   "--stop-command",
                   "rc-tunnel stop",
                   "--notes",
                   "head office"}),
              0);
    const Result second =
        run({"add-lan", "{dir}/m.p2pmesh", "dc", "--subnet", "10.3.0.0/16", "--endpoint", "203.0.113.5"});
    CHECK_RUN(second, 0);
    QVERIFY2(second.err.isEmpty(), qPrintable(second.err)); // a clean mesh draws no note

    const Mesh mesh = loadMesh("m.p2pmesh");
    QCOMPARE(mesh.lans.keys(), (QList<LanId>{1, 2}));
    const Lan &office = mesh.lans[1];
    QCOMPARE(office.name, QStringLiteral("office"));
    QCOMPARE(office.subnets.size(), 2);
    QCOMPARE(office.subnets[1].toString(), QStringLiteral("192.168.11.0/24"));
    QCOMPARE(office.endpoint, QStringLiteral("vpn.example.com"));
    QCOMPARE(office.ssh.user, QStringLiteral("deploy"));
    QCOMPARE(office.ssh.host, QStringLiteral("gw.example.com"));
    QCOMPARE(office.ssh.port, 2222);
    QCOMPARE(office.ssh.keyFile, QStringLiteral("/root/.ssh/id_ed25519"));
    QVERIFY(office.ssh.useSudo);
    QCOMPARE(office.deploy.targetDir, QStringLiteral("/opt/ovpn"));
    QCOMPARE(toString(office.deploy.serviceManager), QStringLiteral("command"));
    QCOMPARE(office.deploy.restartCommand, QStringLiteral("rc-tunnel restart"));
    QCOMPARE(office.deploy.stopCommand, QStringLiteral("rc-tunnel stop"));
    QCOMPARE(office.notes, QStringLiteral("head office"));
    const Lan &dc = mesh.lans[2];
    QCOMPARE(dc.ssh.host, QStringLiteral("203.0.113.5")); // SSH defaults to the endpoint
    QCOMPARE(dc.ssh.user, QStringLiteral("root"));
    QVERIFY(dc.position != office.position); // placed apart on the diagram
}

// Edits are saved even when they leave the mesh inconsistent, with a note on stderr.
void TestCli::addLanOverlapSavesWithNote()
{
    makeTwoLanMesh();
    const Result r =
        run({"add-lan", "{dir}/m.p2pmesh", "c", "--subnet", "10.1.128.0/17", "--endpoint", "c.example.com"});
    CHECK_RUN(r, 0);
    QVERIFY2(r.err.contains(QLatin1String("1 error")) && r.err.contains(QLatin1String("p2pvpn check")),
             qPrintable(r.err));
    QVERIFY(loadMesh("m.p2pmesh").lanByName(QStringLiteral("c")));
}

void TestCli::setLan()
{
    makeTwoLanMesh();
    CHECK_RUN(run({"set-lan", "{dir}/m.p2pmesh", "a", "--name", "alpha", "--subnet", "10.11.0.0/16",
                   "--subnet", "10.12.0.0/16", "--ssh", "admin@10.11.0.1", "--sudo"}),
              0);
    Mesh mesh = loadMesh("m.p2pmesh");
    const Lan *alpha = mesh.lanByName(QStringLiteral("alpha"));
    QVERIFY(alpha);
    QCOMPARE(alpha->id, 1); // same LAN, renamed
    QCOMPARE(alpha->subnets.size(), 2);
    QCOMPARE(alpha->subnets[0].toString(), QStringLiteral("10.11.0.0/16"));
    QCOMPARE(alpha->endpoint, QStringLiteral("a.example.com")); // untouched
    QCOMPARE(alpha->ssh.user, QStringLiteral("admin"));
    QCOMPARE(alpha->ssh.host, QStringLiteral("10.11.0.1"));
    QCOMPARE(alpha->ssh.port, 22);
    QVERIFY(alpha->ssh.useSudo);
    QVERIFY(!mesh.lanByName(QStringLiteral("a")));

    CHECK_RUN(run({"set-lan", "{dir}/m.p2pmesh", "alpha", "--no-sudo", "--endpoint", "198.51.100.1"}), 0);
    mesh = loadMesh("m.p2pmesh");
    QVERIFY(!mesh.lan(1)->ssh.useSudo);
    QCOMPARE(mesh.lan(1)->endpoint, QStringLiteral("198.51.100.1"));
    QCOMPARE(mesh.lan(1)->subnets.size(), 2);
}

void TestCli::removeLanDropsLinks()
{
    makeTwoLanMesh("manual");
    CHECK_RUN(
        run({"add-lan", "{dir}/m.p2pmesh", "c", "--subnet", "10.3.0.0/16", "--endpoint", "c.example.com"}),
        0);
    CHECK_RUN(run({"link", "{dir}/m.p2pmesh", "a", "b"}), 0);
    CHECK_RUN(run({"link", "{dir}/m.p2pmesh", "b", "c"}), 0);
    CHECK_RUN(run({"remove-lan", "{dir}/m.p2pmesh", "b"}), 0);
    const Mesh mesh = loadMesh("m.p2pmesh");
    QCOMPARE(mesh.lans.keys(), (QList<LanId>{1, 3}));
    QVERIFY(mesh.links.isEmpty());
    CHECK_RUN(
        run({"add-lan", "{dir}/m.p2pmesh", "d", "--subnet", "10.4.0.0/16", "--endpoint", "d.example.com"}),
        0);
    QVERIFY(loadMesh("m.p2pmesh").lan(4)); // IDs are not reused
}

void TestCli::linkAndUnlink()
{
    makeTwoLanMesh("manual");
    const Result linked = run({"link", "{dir}/m.p2pmesh", "b", "a"});
    CHECK_RUN(linked, 0);
    QVERIFY2(linked.err.isEmpty(), qPrintable(linked.err));
    QCOMPARE(loadMesh("m.p2pmesh").links, (QSet<LinkKey>{LinkKey(1, 2)}));
    CHECK_RUN(run({"unlink", "{dir}/m.p2pmesh", "a", "b"}), 0);
    QVERIFY(loadMesh("m.p2pmesh").links.isEmpty());

    // In a full mesh every pair is linked anyway: the link is kept, with a note.
    CHECK_RUN(run({"settings", "{dir}/m.p2pmesh", "--topology", "full"}), 0);
    const Result noted = run({"link", "{dir}/m.p2pmesh", "a", "b"});
    CHECK_RUN(noted, 0);
    QVERIFY2(noted.err.contains(QLatin1String("topology is full")), qPrintable(noted.err));
    QCOMPARE(loadMesh("m.p2pmesh").links.size(), 1);
}

void TestCli::list()
{
    makeTwoLanMesh("manual");
    CHECK_RUN(run({"set-lan", "{dir}/m.p2pmesh", "b", "--subnet", "10.2.0.0/16", "--subnet", "10.22.0.0/16"}),
              0);
    CHECK_RUN(run({"link", "{dir}/m.p2pmesh", "a", "b"}), 0);
    const Result r = run({"list", "{dir}/m.p2pmesh"});
    CHECK_RUN(r, 0);
    QCOMPARE(r.out, QStringLiteral("mesh m: 2 LANs, 1 tunnel, topology manual\n"
                                   "a\ta.example.com\t10.1.0.0/16\n"
                                   "b\tb.example.com\t10.2.0.0/16,10.22.0.0/16\n"
                                   "link a b\n"));
    QVERIFY(r.err.isEmpty());
}

void TestCli::checkExitCodes_data()
{
    QTest::addColumn<QStringList>("edit"); // a command run on the two-LAN mesh first, or empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines"); // lines stdout must contain

    QTest::newRow("clean") << QStringList() << 0 << strings({"m: 0 errors, 0 warnings"});
    QTest::newRow("overlap is an error")
        << strings({"set-lan", "{dir}/m.p2pmesh", "b", "--subnet", "10.1.2.0/24"}) << 1
        << strings({"error: subnet-overlap: ", "m: 1 error, 0 warnings"});
    QTest::newRow("only a warning") << strings(
                                           {"set-lan", "{dir}/m.p2pmesh", "b", "--subnet", "172.17.0.0/24"})
                                    << 0
                                    << strings({"warning: reserved-overlap: ", "m: 0 errors, 1 warning"});
    QTest::newRow("command without restart")
        << strings({"set-lan", "{dir}/m.p2pmesh", "b", "--service-manager", "command"}) << 1
        << strings({"error: restart-command-missing: ", "warning: stop-command-missing: ",
                    "m: 1 error, 1 warning"});
    QTest::newRow("unreachable in manual") << strings({"settings", "{dir}/m.p2pmesh", "--topology", "manual"})
                                           << 1 << strings({"error: lan-unreachable: "});
}

void TestCli::checkExitCodes()
{
    QFETCH(QStringList, edit);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);
    makeTwoLanMesh();
    if (!edit.isEmpty())
        CHECK_RUN(run(edit), 0);
    const Result r = run({"check", "{dir}/m.p2pmesh"});
    CHECK_RUN(r, exitCode);
    for (const QString &line : std::as_const(lines))
        QVERIFY2(r.out.contains(line), qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCli::checkJson()
{
    makeTwoLanMesh();
    CHECK_RUN(run({"add-lan", "{dir}/m.p2pmesh", "c", "--subnet", "10.1.0.0/16", "--subnet", "100.64.0.0/16",
                   "--endpoint", "c.example.com"}),
              0);
    const Result r = run({"check", "{dir}/m.p2pmesh", "--json"});
    CHECK_RUN(r, 1);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString() + r.out));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QLatin1String("mesh")).toString(), QStringLiteral("m"));
    QCOMPARE(root.value(QLatin1String("errors")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("warnings")).toInt(), 1);
    QStringList findings;
    for (const QJsonValue &v : root.value(QLatin1String("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        QStringList lans;
        for (const QJsonValue &lan : f.value(QLatin1String("lans")).toArray())
            lans.append(lan.toString());
        QVERIFY(!f.value(QLatin1String("message")).toString().isEmpty());
        findings.append(QStringLiteral("%1 %2 %3")
                            .arg(f.value(QLatin1String("severity")).toString(),
                                 f.value(QLatin1String("code")).toString(), lans.join(QLatin1Char(','))));
    }
    findings.sort();
    QCOMPARE(findings, strings({"error subnet-overlap a,c", "warning subnet-not-private c"}));
}

void TestCli::checkBundledExample()
{
    const Result r = run({"check", P2PVPN_EXAMPLES_DIR "/example.p2pmesh"});
    CHECK_RUN(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("0 errors, 0 warnings")), qPrintable(r.out));
}

void TestCli::settingsShow()
{
    makeTwoLanMesh();
    const Result r = run({"settings", "{dir}/m.p2pmesh"});
    CHECK_RUN(r, 0);
    QCOMPARE(r.out, QStringLiteral("name: m\n"
                                   "topology: full\n"
                                   "transit-pool: 10.254.0.0/16\n"
                                   "transit-31: no\n"
                                   "port-base: 1194\n"
                                   "key-mode: fingerprint\n"
                                   "data-ciphers: AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305\n"
                                   "keepalive: 10,60\n"
                                   "alias-pool: 100.64.0.0/10\n"
                                   "reserved: \n"));
}

void TestCli::settingsChange()
{
    makeTwoLanMesh();
    CHECK_RUN(run({"settings",     "{dir}/m.p2pmesh", "--name",     "prod",        "--transit-pool",
                   "10.99.0.0/20", "--transit-31",    "yes",        "--port-base", "40000",
                   "--topology",   "manual",          "--key-mode", "ca",          "--data-ciphers",
                   "AES-128-GCM",  "--keepalive",     "5,30",       "--reserve",   "10.50.0.0/16",
                   "--reserve",    "10.60.0.0/16"}),
              0);
    Mesh mesh = loadMesh("m.p2pmesh");
    QCOMPARE(mesh.name, QStringLiteral("prod"));
    QCOMPARE(toString(mesh.topology), QStringLiteral("manual"));
    const MeshSettings &s = mesh.settings;
    QCOMPARE(s.transitPool.toString(), QStringLiteral("10.99.0.0/20"));
    QVERIFY(s.transitSlash31);
    QCOMPARE(s.portBase, 40000);
    QCOMPARE(toString(s.keyMode), QStringLiteral("ca"));
    QCOMPARE(s.dataCiphers, QStringLiteral("AES-128-GCM"));
    QCOMPARE(s.keepaliveInterval, 5);
    QCOMPARE(s.keepaliveTimeout, 30);
    QCOMPARE(s.reservedRanges.size(), 2);
    QCOMPARE(mesh.lans.size(), 2); // LANs untouched

    CHECK_RUN(run({"settings", "{dir}/m.p2pmesh", "--unreserve", "10.50.0.0/16"}), 0);
    mesh = loadMesh("m.p2pmesh");
    QCOMPARE(mesh.settings.reservedRanges.size(), 1);
    QCOMPARE(mesh.settings.reservedRanges.first().toString(), QStringLiteral("10.60.0.0/16"));
}

void TestCli::importCache()
{
    writeFile(path("cache.txt"),
              "# from P2P-VPN\nberlin vpn-ber.example.com 10.1.1\nparis 198.51.100.9 10.1.2.0\n");
    const Result r = run({"import-cache", "{dir}/cache.txt", "--out", "{dir}/migrated.p2pmesh"});
    CHECK_RUN(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("imported 2 LANs")), qPrintable(r.out));
    const Mesh mesh = loadMesh("migrated.p2pmesh");
    QCOMPARE(mesh.name, QStringLiteral("migrated"));
    QCOMPARE(mesh.lans.size(), 2);
    QCOMPARE(mesh.lan(2)->subnets.first().toString(), QStringLiteral("10.1.2.0/24"));
    CHECK_RUN(run({"check", "{dir}/migrated.p2pmesh"}), 0);
}

// Overlapping subnets linked by aliases: given with --subnet CIDR=ALIAS or --alias, picked by
// resolve-overlaps, listed by addresses; bad ones refused with the reason.
void TestCli::aliases()
{
    makeTwoLanMesh();
    CHECK_RUN(run({"add-lan", "{dir}/m.p2pmesh", "c", "--subnet", "10.1.0.0/16=100.70.0.0/16", "--endpoint",
                   "c.example.com"}),
              0); // saved, with a note: a's 10.1.0.0/16 still clashes
    QCOMPARE(run({"check", "{dir}/m.p2pmesh"}).exitCode, 1);
    Result r = run({"resolve-overlaps", "{dir}/m.p2pmesh"});
    CHECK_RUN(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("a: 10.1.0.0/16 is reached as 100.64.0.0/16")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("1 alias added")), qPrintable(r.out));
    CHECK_RUN(run({"check", "{dir}/m.p2pmesh"}), 0);
    r = run({"resolve-overlaps", "{dir}/m.p2pmesh"});
    CHECK_RUN(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("nothing changed")), qPrintable(r.out));

    r = run({"addresses", "{dir}/m.p2pmesh", "--csv"});
    CHECK_RUN(r, 0);
    QCOMPARE(r.out, QStringLiteral("lan,subnet,reached_as\n"
                                   "a,10.1.0.0/16,100.64.0.0/16\n"
                                   "b,10.2.0.0/16,10.2.0.0/16\n"
                                   "c,10.1.0.0/16,100.70.0.0/16\n"));
    r = run({"list", "{dir}/m.p2pmesh"});
    QVERIFY2(r.out.contains(QLatin1String("c\tc.example.com\t10.1.0.0/16=100.70.0.0/16\n")),
             qPrintable(r.out));

    // --alias changes one subnet's alias, =none removes it; --subnet replaces subnets and aliases.
    const Cidr c10 = Cidr::parse(QStringLiteral("10.1.0.0/16"));
    CHECK_RUN(run({"set-lan", "{dir}/m.p2pmesh", "c", "--alias", "10.1.0.0/16=100.71.0.0/16"}), 0);
    QCOMPARE(loadMesh("m.p2pmesh").lanByName(QStringLiteral("c"))->aliases.value(c10),
             Cidr::parse(QStringLiteral("100.71.0.0/16")));
    CHECK_RUN(run({"set-lan", "{dir}/m.p2pmesh", "c", "--alias", "10.1.0.0/16=none"}), 0);
    QVERIFY(loadMesh("m.p2pmesh").lanByName(QStringLiteral("c"))->aliases.isEmpty());
    CHECK_RUN(run({"set-lan", "{dir}/m.p2pmesh", "a", "--subnet", "10.9.0.0/16"}), 0);
    QVERIFY(loadMesh("m.p2pmesh").lanByName(QStringLiteral("a"))->aliases.isEmpty());

    const QByteArray before = test::readAll(path("m.p2pmesh"));
    const QList<std::pair<QStringList, const char *>> refused{
        {strings({"set-lan", "{dir}/m.p2pmesh", "c", "--alias", "10.8.0.0/16=100.64.0.0/16"}),
         "10.8.0.0/16 is not one of the subnets of LAN c"},
        {strings({"set-lan", "{dir}/m.p2pmesh", "c", "--alias", "10.1.0.0/16"}), "SUBNET=ALIAS"},
        {strings({"set-lan", "{dir}/m.p2pmesh", "c", "--subnet", "10.1.0.0/16=100.64.0.1/16"}),
         "the alias of 10.1.0.0/16"},
        {strings({"settings", "{dir}/m.p2pmesh", "--alias-pool", "100.64.0.0/33"}), "--alias-pool"}};
    for (const auto &[args, message] : refused) {
        r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String(message)), qPrintable(r.err));
    }
    QCOMPARE(test::readAll(path("m.p2pmesh")), before); // nothing written

    // A pool with no room: refused, naming it, and the file stays as it was.
    CHECK_RUN(run({"set-lan", "{dir}/m.p2pmesh", "b", "--subnet", "10.1.0.0/16"}), 0);
    CHECK_RUN(run({"settings", "{dir}/m.p2pmesh", "--alias-pool", "100.70.0.0/16"}), 0);
    const QByteArray full = test::readAll(path("m.p2pmesh"));
    r = run({"resolve-overlaps", "{dir}/m.p2pmesh"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("100.70.0.0/16")), qPrintable(r.err));
    QCOMPARE(test::readAll(path("m.p2pmesh")), full);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
