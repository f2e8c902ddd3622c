// The real `p2pvpn` binary, run with QProcess: every command, its --help, the exit codes
// (0 done, 1 the mesh has errors, 2 bad usage or unreadable file, message on stderr) and
// the promise that a failed command never writes the mesh file.

#include "model/mesh.h"
#include "model/projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pvpn;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result.append(QString::fromUtf8(s));
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

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

    void usageErrors_data();
    void usageErrors();
    void badFileNeverOverwritten_data();
    void badFileNeverOverwritten();

private:
    // Runs p2pvpn; "{dir}" in an argument becomes the test's temporary directory.
    Result run(const QStringList &arguments);
    Result run(std::initializer_list<const char *> arguments) { return run(strings(arguments)); }
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    Mesh loadMesh(const char *name);
    // m.p2pmesh with LANs a (10.1.0.0/16) and b (10.2.0.0/16).
    void makeTwoLanMesh(const char *topology = "full");

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

Result TestCli::run(const QStringList &arguments)
{
    QStringList expanded;
    for (const QString &a : arguments)
        expanded.append(QString(a).replace(QLatin1String("{dir}"), m_dir->path()));
    QProcess process;
    process.setProgram(QStringLiteral(P2PVPN_BINARY));
    process.setArguments(expanded);
    process.setWorkingDirectory(m_dir->path());
    process.start();
    Result result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("p2pvpn %1 did not finish normally").arg(expanded.join(QLatin1Char(' ')));
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Mesh TestCli::loadMesh(const char *name)
{
    Mesh mesh;
    QString error;
    if (!ProjectFile::load(path(name), &mesh, &error))
        qWarning("%s", qPrintable(error));
    return mesh;
}

void TestCli::makeTwoLanMesh(const char *topology)
{
    const QString file = path("m.p2pmesh");
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("init"), file, QStringLiteral("--topology"),
                      QString::fromLatin1(topology)},
          strings(
              {"add-lan", "{dir}/m.p2pmesh", "a", "--subnet", "10.1.0.0/16", "--endpoint", "a.example.com"}),
          strings({"add-lan", "{dir}/m.p2pmesh", "b", "--subnet", "10.2.0.0/16", "--endpoint",
                   "b.example.com"})}) {
        const Result r = run(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
}

// Verifies the exit code; on a mismatch the failure shows both output streams.
#define CHECK_RUN(result, code)                                                                              \
    do {                                                                                                     \
        const Result &r_ = (result);                                                                         \
        QVERIFY2(                                                                                            \
            r_.exitCode == (code),                                                                           \
            qPrintable(                                                                                      \
                QStringLiteral("exit %1, stdout: %2, stderr: %3").arg(r_.exitCode).arg(r_.out, r_.err)));    \
    } while (false)

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

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // must appear on stderr

    auto row = [](const char *name, std::initializer_list<const char *> arguments, const char *message) {
        QTest::newRow(name) << strings(arguments) << QString::fromUtf8(message);
    };
    const char *m = "{dir}/m.p2pmesh";
    row("unknown command", {"frobnicate"}, "unknown command \"frobnicate\"");
    row("unknown option", {"list", m, "--bogus"}, "bogus");
    row("missing file argument", {"list"}, "list expects FILE");
    row("extra argument", {"remove-lan", m, "a", "b"}, "remove-lan expects FILE NAME");
    row("option without value", {"add-lan", m, "c", "--subnet"}, "subnet");

    row("init: file exists", {"init", m}, "already exists");
    row("init: bad pool", {"init", "{dir}/n.p2pmesh", "--transit-pool", "10.254.0.1/16"},
        "did you mean 10.254.0.0/16?");
    row("init: port 0", {"init", "{dir}/n.p2pmesh", "--port-base", "0"}, "--port-base");
    row("init: port text", {"init", "{dir}/n.p2pmesh", "--port-base", "high"}, "--port-base");
    row("init: bad topology", {"init", "{dir}/n.p2pmesh", "--topology", "star"}, "--topology");
    row("init: bad name", {"init", "{dir}/n.p2pmesh", "--name", "My Mesh"}, "--name");
    row("init: name from file", {"init", "{dir}/My Mesh.p2pmesh"}, "set it with --name");

    row("add-lan: no subnet", {"add-lan", m, "c", "--endpoint", "c.example.com"}, "--subnet");
    row("add-lan: no endpoint", {"add-lan", m, "c", "--subnet", "10.3.0.0/16"}, "--endpoint");
    row("add-lan: host bits", {"add-lan", m, "c", "--subnet", "10.3.0.1/16", "--endpoint", "c.example.com"},
        "did you mean 10.3.0.0/16?");
    row("add-lan: bad mask",
        {"add-lan", m, "c", "--subnet", "10.3.0.0 255.0.255.0", "--endpoint", "c.example.com"}, "contiguous");
    row("add-lan: bad endpoint",
        {"add-lan", m, "c", "--subnet", "10.3.0.0/16", "--endpoint", "c_gw.example.com"}, "--endpoint");
    row("add-lan: duplicate name",
        {"add-lan", m, "a", "--subnet", "10.3.0.0/16", "--endpoint", "c.example.com"},
        "already has a LAN named a");
    row("add-lan: bad name",
        {"add-lan", m, "Office", "--subnet", "10.3.0.0/16", "--endpoint", "c.example.com"}, "Office");
    row("add-lan: ssh port",
        {"add-lan", m, "c", "--subnet", "10.3.0.0/16", "--endpoint", "c.example.com", "--ssh",
         "root@c.example.com:99999"},
        "--ssh");
    row("add-lan: ssh user",
        {"add-lan", m, "c", "--subnet", "10.3.0.0/16", "--endpoint", "c.example.com", "--ssh",
         "Root@c.example.com"},
        "--ssh");
    row("add-lan: target dir",
        {"add-lan", m, "c", "--subnet", "10.3.0.0/16", "--endpoint", "c.example.com", "--target-dir",
         "../etc"},
        "--target-dir");
    row("add-lan: service manager",
        {"add-lan", m, "c", "--subnet", "10.3.0.0/16", "--endpoint", "c.example.com", "--service-manager",
         "upstart"},
        "--service-manager");

    row("set-lan: unknown LAN", {"set-lan", m, "zz", "--endpoint", "z.example.com"}, "no LAN named zz");
    row("set-lan: rename onto other", {"set-lan", m, "a", "--name", "b"}, "already has a LAN named b");
    row("set-lan: bad subnet", {"set-lan", m, "a", "--subnet", "10.1.0.0/33"}, "prefix length");
    row("remove-lan: unknown", {"remove-lan", m, "zz"}, "no LAN named zz");
    row("link: unknown", {"link", m, "a", "zz"}, "no LAN named zz");
    row("link: same LAN", {"link", m, "a", "a"}, "two different LANs");
    row("unlink: not linked", {"unlink", m, "a", "b"}, "a and b are not linked");

    row("settings: bad pool", {"settings", m, "--transit-pool", "10.254.0.0/40"}, "--transit-pool");
    row("settings: transit-31", {"settings", m, "--transit-31", "maybe"}, "--transit-31");
    row("settings: port", {"settings", m, "--port-base", "65536"}, "--port-base");
    row("settings: topology", {"settings", m, "--topology", "ring"}, "--topology");
    row("settings: key mode", {"settings", m, "--key-mode", "psk"}, "--key-mode");
    row("settings: keepalive", {"settings", m, "--keepalive", "10"}, "--keepalive");
    row("settings: unreserve absent", {"settings", m, "--unreserve", "10.50.0.0/16"}, "is not reserved");
    row("settings: bad name", {"settings", m, "--name", "Prod!"}, "--name");
    row("settings: later option bad", {"settings", m, "--name", "prod", "--port-base", "0"}, "--port-base");

    row("check: missing file", {"check", "{dir}/missing.p2pmesh"}, "cannot open");
    row("list: missing file", {"list", "{dir}/missing.p2pmesh"}, "cannot open");
    row("import-cache: no --out", {"import-cache", "{dir}/cache.txt"}, "--out");
    row("import-cache: out exists", {"import-cache", "{dir}/cache.txt", "--out", m}, "already exists");
    row("import-cache: missing cache", {"import-cache", "{dir}/missing.txt", "--out", "{dir}/n.p2pmesh"},
        "cannot open");
    row("import-cache: bad line", {"import-cache", "{dir}/bad-cache.txt", "--out", "{dir}/n.p2pmesh"},
        "line 2: ");
}

// Bad usage: exit 2, the message on stderr, nothing on stdout, and no file written or changed.
void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    makeTwoLanMesh();
    writeFile(path("cache.txt"), "c c.example.com 10.3.0\n");
    writeFile(path("bad-cache.txt"), "c c.example.com 10.3.0\nd d.example.com\n");
    const QByteArray before = readAll(path("m.p2pmesh"));

    const Result r = run(arguments);
    CHECK_RUN(r, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(readAll(path("m.p2pmesh")), before);
    QVERIFY(!QFile::exists(path("n.p2pmesh")));
}

void TestCli::badFileNeverOverwritten_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    const QByteArray notJson("{\"format\": \"p2pvpn-mesh\", \"version\": 1, \"name\": \"m\", \"lans\": [");
    const QByteArray badField = QByteArray(
        "{\"format\": \"p2pvpn-mesh\", \"version\": 1, \"name\": \"m\", \"lans\": "
        "[{\"id\": 1, \"name\": \"a\", \"subnets\": [\"10.1.0.1/16\"], \"endpoint\": \"a.example.com\"}]}");
    const QByteArray newer("{\"format\": \"p2pvpn-mesh\", \"version\": 99, \"name\": \"m\", \"lans\": []}");
    struct Command
    {
        const char *name;
        std::initializer_list<const char *> arguments;
    };
    const Command commands[] = {
        {"add-lan",
         {"add-lan", "{dir}/m.p2pmesh", "c", "--subnet", "10.3.0.0/16", "--endpoint", "c.example.com"}},
        {"set-lan", {"set-lan", "{dir}/m.p2pmesh", "a", "--endpoint", "z.example.com"}},
        {"remove-lan", {"remove-lan", "{dir}/m.p2pmesh", "a"}},
        {"link", {"link", "{dir}/m.p2pmesh", "a", "b"}},
        {"unlink", {"unlink", "{dir}/m.p2pmesh", "a", "b"}},
        {"settings", {"settings", "{dir}/m.p2pmesh", "--name", "other"}},
        {"list", {"list", "{dir}/m.p2pmesh"}},
        {"check", {"check", "{dir}/m.p2pmesh"}},
    };
    for (const Command &c : commands) {
        QTest::addRow("%s, truncated", c.name)
            << strings(c.arguments) << notJson << QStringLiteral("not valid JSON");
        QTest::addRow("%s, bad subnet", c.name)
            << strings(c.arguments) << badField
            << QStringLiteral("lans[0].subnets[0]: 10.1.0.1/16 has host bits set");
        QTest::addRow("%s, newer version", c.name)
            << strings(c.arguments) << newer << QStringLiteral("version 99");
    }
}

void TestCli::badFileNeverOverwritten()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    writeFile(path("m.p2pmesh"), content);
    const Result r = run(arguments);
    CHECK_RUN(r, 2);
    QVERIFY2(r.err.contains(path("m.p2pmesh")) && r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(readAll(path("m.p2pmesh")), content);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
