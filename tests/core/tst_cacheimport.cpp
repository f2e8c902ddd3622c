// CacheImport: the ancestor's cache.txt ("name fqdn subnet", a bare subnet meaning /24)
// becomes a mesh; the first bad line stops the import with "line N: ..." and no output.

#include "check/checker.h"
#include "model/cacheimport.h"
#include "testfiles.h"
#include "testmeshes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pvpn;
using p2pvpn::test::strings;

namespace {

// "name endpoint subnet,subnet ssh-host", one entry per LAN in ID order.
QStringList describe(const Mesh &mesh)
{
    QStringList result;
    for (const Lan &lan : mesh.lans) {
        QStringList subnets;
        for (const Cidr &c : lan.subnets)
            subnets.append(c.toString());
        result.append(QStringList{lan.name, lan.endpoint, subnets.join(QLatin1Char(',')), lan.ssh.host}.join(
            QLatin1Char(' ')));
    }
    return result;
}

Mesh sentinelMesh()
{
    Mesh mesh;
    mesh.name = QStringLiteral("sentinel");
    return mesh;
}

} // namespace

class TestCacheImport : public QObject
{
    Q_OBJECT
private slots:
    void good_data();
    void good();
    void bad_data();
    void bad();
    void importedMeshIsUsable();
    void loadFromFile();
    void loadMissingFile();
    void loadRefusesWhatIsTooLarge();
    void manyLines();
};

void TestCacheImport::good_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("lans");

    auto row = [](const char *name, const QByteArray &text, std::initializer_list<const char *> lans) {
        QTest::newRow(name) << text << strings(lans);
    };
    row("bare subnet is /24", "office vpn.example.com 10.1.2.0\n",
        {"office vpn.example.com 10.1.2.0/24 vpn.example.com"});
    row("three-octet shorthand", "office vpn.example.com 10.1.2\n",
        {"office vpn.example.com 10.1.2.0/24 vpn.example.com"});
    row("explicit prefix", "dc 203.0.113.5 172.20.0.0/20\n", {"dc 203.0.113.5 172.20.0.0/20 203.0.113.5"});
    row("no final newline", "dc 203.0.113.5 10.3.0", {"dc 203.0.113.5 10.3.0.0/24 203.0.113.5"});
    row("upper-case name lowered", "Office-1 vpn.example.com 10.1.2\n",
        {"office-1 vpn.example.com 10.1.2.0/24 vpn.example.com"});
    row("comments and blank lines",
        "# P2P-VPN cache\n\n   \noffice vpn.example.com 10.1.2\n  # indented comment\n\ndc 203.0.113.5 "
        "10.3.0\n",
        {"office vpn.example.com 10.1.2.0/24 vpn.example.com", "dc 203.0.113.5 10.3.0.0/24 203.0.113.5"});
    row("tabs and runs of spaces", "office\tvpn.example.com    10.1.2\n",
        {"office vpn.example.com 10.1.2.0/24 vpn.example.com"});
    row("windows line endings", "a a.example.com 10.1.1\r\nb b.example.com 10.1.2\r\n",
        {"a a.example.com 10.1.1.0/24 a.example.com", "b b.example.com 10.1.2.0/24 b.example.com"});
}

void TestCacheImport::good()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, lans);
    Mesh mesh = sentinelMesh();
    QString error;
    QVERIFY2(CacheImport::fromText(text, &mesh, &error), qPrintable(error));
    QCOMPARE(describe(mesh).join(QLatin1String(" | ")), lans.join(QLatin1String(" | ")));
    QCOMPARE(mesh.name, QStringLiteral("imported"));
    QCOMPARE(mesh.nextLanId, LanId(lans.size() + 1));
}

void TestCacheImport::bad_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("fragments");

    auto row = [](const char *name, const QByteArray &text, std::initializer_list<const char *> fragments) {
        QTest::newRow(name) << text << strings(fragments);
    };
    row("two fields", "office vpn.example.com\n", {"line 1:", "three fields", "found 2"});
    row("four fields", "office vpn.example.com 10.1.2.0 255.255.255.0\n", {"line 1:", "found 4"});
    row("line number counts comments", "# header\n\na a.example.com 10.1.1\nb b.example.com 10.1.300\n",
        {"line 4:", "not an IPv4 address"});
    row("host bits under /24", "office vpn.example.com 10.1.2.5\n", {"line 1:", "did you mean 10.1.2.0/24?"});
    row("host bits with prefix", "office vpn.example.com 10.1.2.0/16\n",
        {"line 1:", "did you mean 10.1.0.0/16?"});
    row("two-octet shorthand", "office vpn.example.com 10.1\n", {"line 1:", "not an IPv4 address"});
    row("bad name", "my_office vpn.example.com 10.1.2\n", {"line 1:", "my_office"});
    row("duplicate name", "a a.example.com 10.1.1\nA b.example.com 10.1.2\n",
        {"line 2:", "the name a appears twice"});
    row("bad endpoint", "a -a.example.com 10.1.1\n", {"line 1:", "endpoint"});
    row("only comments", "# nothing here\n\n", {"no LANs found"});
    row("empty", "", {"no LANs found"});
}

void TestCacheImport::bad()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, fragments);
    Mesh mesh = sentinelMesh();
    QString error;
    QVERIFY(!CacheImport::fromText(text, &mesh, &error));
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(error.contains(fragment), qPrintable(error + QLatin1String(" | lacks: ") + fragment));
    QVERIFY(mesh == sentinelMesh());
}

// The ancestor put every LAN in a /24 with distinct names: the result must check clean and
// have its nodes spread out for the diagram.
void TestCacheImport::importedMeshIsUsable()
{
    Mesh mesh;
    QString error;
    QVERIFY2(CacheImport::fromText("a a.example.com 10.1.1\nb b.example.com 10.1.2\nc c.example.com 10.1.3\n",
                                   &mesh, &error),
             qPrintable(error));
    const QList<Finding> findings = Checker::check(mesh);
    for (const Finding &f : findings)
        qWarning("%s: %s", qPrintable(f.code), qPrintable(f.message));
    QVERIFY(findings.isEmpty());
    QSet<QPair<double, double>> positions;
    for (const Lan &lan : mesh.lans)
        positions.insert({lan.position.x(), lan.position.y()});
    QCOMPARE(positions.size(), mesh.lans.size());
}

void TestCacheImport::loadFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cache.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a a.example.com 10.1.1\nb b.example.com 10.1.2.7\n");
    file.close();
    Mesh mesh = sentinelMesh();
    QString error;
    QVERIFY(!CacheImport::load(path, &mesh, &error));
    QVERIFY2(error.startsWith(path + QLatin1String(": line 2: ")), qPrintable(error));
    QVERIFY(mesh == sentinelMesh());
}

void TestCacheImport::loadMissingFile()
{
    QTemporaryDir dir;
    Mesh mesh = sentinelMesh();
    QString error;
    QVERIFY(!CacheImport::load(dir.filePath(QStringLiteral("missing.txt")), &mesh, &error));
    QVERIFY2(error.contains(QLatin1String("cannot open")), qPrintable(error));
    QVERIFY(mesh == sentinelMesh());
}

// The whole file or nothing: a cache.txt past the limit is refused, never imported up to the limit.
void TestCacheImport::loadRefusesWhatIsTooLarge()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line("a a.example.com 10.1.1\n");
    QVERIFY(file.write(line) == line.size());
    QVERIFY(file.write(QByteArray(CacheImport::maxFileSize, '#')) == CacheImport::maxFileSize);
    file.close();
    Mesh mesh;
    QString error;
    QVERIFY(!CacheImport::load(path, &mesh, &error));
    QVERIFY2(error.contains(QLatin1String("larger than 16 MiB")), qPrintable(error));
    QVERIFY(mesh.lans.isEmpty());
}

// 40,000 LANs import (the duplicate-name check used to make this quadratic: 13 s).
void TestCacheImport::manyLines()
{
    QByteArray text;
    for (int i = 0; i < 40000; ++i)
        text += QStringLiteral("lan%1 gw%1.example.com 10.%2.%3.0/24\n")
                    .arg(i)
                    .arg(i / 256)
                    .arg(i % 256)
                    .toLatin1();
    text += "lan7 again.example.com 10.200.0.0/24\n";
    Mesh mesh;
    QString error;
    QVERIFY(!CacheImport::fromText(text, &mesh, &error));
    QVERIFY2(error.contains(QLatin1String("line 40001")) && error.contains(QLatin1String("lan7")),
             qPrintable(error));
    text.chop(text.size() - text.lastIndexOf("lan7 again"));
    QVERIFY2(CacheImport::fromText(text, &mesh, &error), qPrintable(error));
    QCOMPARE(mesh.lans.size(), 40000);
}

QTEST_GUILESS_MAIN(TestCacheImport)
#include "tst_cacheimport.moc"
