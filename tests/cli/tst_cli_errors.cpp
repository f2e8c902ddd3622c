// The real `p2pvpn` binary on bad usage and bad files: exit code 2, the message on stderr naming the
// problem, and a failed command never writes the mesh file.

#include "clitest.h"
#include "model/projectfile.h"
#include "testfiles.h"

#include <QFile>
#include <QTest>

using namespace p2pvpn;
using namespace p2pvpn::test;

class TestCliErrors : public QObject, public test::CliFixture
{
    Q_OBJECT
private slots:
    void init() { fresh(); }

    void usageErrors_data();
    void usageErrors();
    void badFileNeverOverwritten_data();
    void badFileNeverOverwritten();
};

void TestCliErrors::usageErrors_data()
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

    row("add-lan: restart command on two lines",
        {"add-lan", m, "c", "--subnet", "10.3.0.0/16", "--endpoint", "c.example.com", "--service-manager",
         "command", "--restart-command", "rc-service openvpn.$1\nreboot"},
        "--restart-command");
    row("set-lan: stop command with a control character",
        {"set-lan", m, "a", "--stop-command", "stop\x1b[2J"}, "--stop-command");
    row("check: a device", {"check", "/dev/zero"}, "/dev/zero is not a regular file");
    row("check: a folder", {"check", "{dir}"}, "is a folder, not a mesh file");
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
void TestCliErrors::usageErrors()
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

void TestCliErrors::badFileNeverOverwritten_data()
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

void TestCliErrors::badFileNeverOverwritten()
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

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
