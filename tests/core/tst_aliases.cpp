// Aliases for overlapping subnets: when the checker lets real subnets overlap (both reached by aliases) and
// what an alias may not overlap; how resolve-overlaps picks aliases; the project file keeps them; the
// generator routes to aliases and puts the translation rules in the aliased gateway's bundle only.
// The translation itself runs on real nftables in netns_aliases_*.

#include "check/checker.h"
#include "check/overlapresolver.h"
#include "generate/generator.h"
#include "keys/keystore.h"
#include "model/projectfile.h"
#include "testfiles.h"
#include "testmeshes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

// a and b both 172.31.0.0/16 (two AWS default VPCs), c 10.3.0.0/16.
Mesh twins()
{
    Mesh mesh;
    mesh.name = QStringLiteral("corp");
    mesh.settings.transitPool = net("172.20.0.0/16"); // outside the 10/8 the tests nest in
    mesh.addLan(makeLan("a", {net("172.31.0.0/16")}));
    mesh.addLan(makeLan("b", {net("172.31.0.0/16")}));
    mesh.addLan(makeLan("c", {net("10.3.0.0/16")}));
    return mesh;
}

Lan &lan(Mesh &mesh, const char *name)
{
    for (Lan &l : mesh.lans)
        if (l.name == QLatin1String(name))
            return l;
    qFatal("no LAN %s", name);
}

void alias(Mesh &mesh, const char *name, const char *subnet, const char *as)
{
    lan(mesh, name).aliases.insert(net(subnet), net(as));
}

// "code:lans" of every finding, sorted, lans sorted by name.
QStringList findings(const Mesh &mesh, QStringList *messages = nullptr)
{
    QStringList out;
    for (const Finding &f : Checker::check(mesh)) {
        QStringList names;
        for (LanId id : f.lans)
            names.append(mesh.lan(id)->name);
        names.sort();
        out.append(f.code + QLatin1Char(':') + names.join(QLatin1Char(',')));
        if (messages)
            messages->append(f.message);
    }
    out.sort();
    return out;
}

} // namespace

class TestAliases : public QObject
{
    Q_OBJECT
private slots:
    void bothAliasedMayOverlap();
    void oneSideUnaliasedClashesAndSaysHow();
    void aliasMayOverlapNothing_data();
    void aliasMayOverlapNothing();
    void aliasMustFitItsSubnet();
    void resolverPicksFreeAliases();
    void resolverRefusesWhenThePoolIsFull();
    void projectFileKeepsAliases();
    void projectFileNamesABadAlias();
    void generatorRoutesToAliases();
};

void TestAliases::bothAliasedMayOverlap()
{
    Mesh mesh = twins();
    QCOMPARE(findings(mesh), strings({"subnet-overlap:a,b"}));
    alias(mesh, "a", "172.31.0.0/16", "100.64.0.0/16");
    alias(mesh, "b", "172.31.0.0/16", "100.65.0.0/16");
    QCOMPARE(findings(mesh), QStringList());
    // Nested real subnets too: c's 10.0.0.0/8 holds a's 10.9.0.0/16.
    lan(mesh, "c").subnets = {net("10.0.0.0/8")};
    lan(mesh, "a").subnets.append(net("10.9.0.0/16"));
    QCOMPARE(findings(mesh), strings({"subnet-overlap:a,c"}));
    alias(mesh, "c", "10.0.0.0/8", "100.0.0.0/8");
    QCOMPARE(findings(mesh), strings({"alias-overlap:a,c", "alias-overlap:b,c", "subnet-overlap:a,c"}));
    lan(mesh, "c").aliases.clear();
    alias(mesh, "c", "10.0.0.0/8", "30.0.0.0/8");
    alias(mesh, "a", "10.9.0.0/16", "100.66.0.0/16");
    QCOMPARE(findings(mesh), QStringList()); // an alias in public space is the user's choice
}

// a LAN's hosts see its twin's real range as their own: both need an alias, and the finding names them.
void TestAliases::oneSideUnaliasedClashesAndSaysHow()
{
    Mesh mesh = twins();
    alias(mesh, "a", "172.31.0.0/16", "100.64.0.0/16");
    QStringList messages;
    QCOMPARE(findings(mesh, &messages), strings({"subnet-overlap:a,b"}));
    QVERIFY2(messages.first().contains(QLatin1String("alias b's 172.31.0.0/16 as 100.65.0.0/16")),
             qPrintable(messages.first()));
}

void TestAliases::aliasMayOverlapNothing_data()
{
    QTest::addColumn<QString>("aliasOfA");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const char *as, std::initializer_list<const char *> expected) {
        QTest::newRow(name) << QString::fromLatin1(as) << strings(expected);
    };
    row("free", "100.64.0.0/16", {});
    row("another LAN's real subnet", "10.3.0.0/16", {"alias-overlap:a,c"});
    row("its own real subnet (and its twin's)", "172.31.0.0/16", {"alias-overlap:a", "alias-overlap:a,b"});
    row("the other twin's alias", "100.65.0.0/16", {"alias-overlap:a,b"});
    row("the transit pool", "172.20.0.0/16", {"transit-overlap:a"});
    row("loopback", "127.0.0.0/16", {"reserved-overlap:a"});
    row("an endpoint", "192.0.0.0/16", {"endpoint-in-subnet:a,b"});
}

void TestAliases::aliasMayOverlapNothing()
{
    QFETCH(QString, aliasOfA);
    QFETCH(QStringList, expected);
    Mesh mesh = twins();
    lan(mesh, "a").aliases.insert(net("172.31.0.0/16"), net(aliasOfA));
    alias(mesh, "b", "172.31.0.0/16", "100.65.0.0/16");
    lan(mesh, "b").endpoint = QStringLiteral("192.0.2.7");
    QCOMPARE(findings(mesh), expected);
}

void TestAliases::aliasMustFitItsSubnet()
{
    Mesh mesh = twins();
    alias(mesh, "a", "172.31.0.0/16", "100.64.0.0/24");
    alias(mesh, "b", "172.31.0.0/16", "100.65.0.0/16");
    QStringList messages;
    QCOMPARE(findings(mesh, &messages), strings({"alias-invalid:a"}));
    QVERIFY2(messages.first().contains(QLatin1String("/16")) &&
                 messages.first().contains(QLatin1String("100.64.0.0/24")),
             qPrintable(messages.first()));
    // An alias of a subnet the LAN no longer lists (Lan::pruneAliases() drops it).
    lan(mesh, "a").aliases = {{net("10.77.0.0/16"), net("100.70.0.0/16")}};
    QCOMPARE(findings(mesh), strings({"alias-invalid:a", "subnet-overlap:a,b"}));
    lan(mesh, "a").pruneAliases();
    QVERIFY(lan(mesh, "a").aliases.isEmpty());
}

void TestAliases::resolverPicksFreeAliases()
{
    Mesh mesh = twins();
    mesh.addLan(makeLan("d", {net("192.168.1.0/24")}));
    mesh.addLan(makeLan("e", {net("192.168.1.0/24"), net("192.168.9.0/24")}));
    // A LAN that (wrongly) uses the start of the alias pool: the resolver steps around it.
    mesh.addLan(makeLan("f", {net("100.64.0.0/15")}));
    QList<AliasChoice> chosen;
    QString error;
    QVERIFY2(OverlapResolver::resolve(&mesh, &chosen, &error), qPrintable(error));
    QStringList picks;
    for (const AliasChoice &c : chosen)
        picks.append(
            QStringLiteral("%1 %2=%3").arg(mesh.lan(c.lan)->name, c.subnet.toString(), c.alias.toString()));
    QCOMPARE(picks, strings({"a 172.31.0.0/16=100.66.0.0/16", "b 172.31.0.0/16=100.67.0.0/16",
                             "d 192.168.1.0/24=100.68.0.0/24", "e 192.168.1.0/24=100.68.1.0/24"}));
    QCOMPARE(findings(mesh), strings({"subnet-not-private:f"}));
    // Nothing left to resolve: a second run changes nothing.
    const Mesh before = mesh;
    QVERIFY(OverlapResolver::resolve(&mesh, &chosen, &error));
    QVERIFY(chosen.isEmpty());
    QCOMPARE(mesh == before, true);
}

void TestAliases::resolverRefusesWhenThePoolIsFull()
{
    Mesh mesh = twins();
    mesh.settings.aliasPool = net("100.64.0.0/16"); // room for one /16 only
    const Mesh before = mesh;
    QList<AliasChoice> chosen;
    QString error;
    QVERIFY(!OverlapResolver::resolve(&mesh, &chosen, &error));
    QVERIFY2(error.contains(QLatin1String("100.64.0.0/16")) && error.contains(QLatin1String("LAN b")),
             qPrintable(error));
    QCOMPARE(mesh == before, true);
    QVERIFY(chosen.isEmpty());
    QVERIFY(!OverlapResolver::firstFree(net("100.64.0.0/16"), 15, {}).isValid());
    QCOMPARE(
        OverlapResolver::firstFree(net("100.64.0.0/10"), 24, {net("100.64.0.0/23"), net("100.64.2.128/25")}),
        net("100.64.3.0/24"));
}

void TestAliases::projectFileKeepsAliases()
{
    Mesh mesh = twins();
    QVERIFY(!ProjectFile::toJson(mesh).contains("alias")); // files without aliases stay as they were
    alias(mesh, "a", "172.31.0.0/16", "100.64.0.0/16");
    mesh.settings.aliasPool = net("100.96.0.0/11");
    const QByteArray json = ProjectFile::toJson(mesh);
    Mesh loaded;
    QString error;
    QVERIFY2(ProjectFile::fromJson(json, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.lans, mesh.lans);
    QCOMPARE(loaded.settings.aliasPool, net("100.96.0.0/11"));
}

void TestAliases::projectFileNamesABadAlias()
{
    Mesh mesh = twins();
    alias(mesh, "a", "172.31.0.0/16", "100.64.0.0/16");
    const QByteArray good = ProjectFile::toJson(mesh);
    for (const auto &[from, to, place] :
         {std::tuple{"\"172.31.0.0/16\": \"100.64.0.0/16\"", "\"10.9.0.0/16\": \"100.64.0.0/16\"",
                     "aliases.10.9.0.0/16"},
          std::tuple{"\"172.31.0.0/16\": \"100.64.0.0/16\"", "\"172.31.0.0/16\": \"100.64.0.1/16\"",
                     "aliases.172.31.0.0/16"},
          std::tuple{"\"172.31.0.0/16\": \"100.64.0.0/16\"", "\"172.31.0.0/33\": \"100.64.0.0/16\"",
                     "aliases.172.31.0.0/33"}}) {
        QByteArray bad = good;
        bad.replace(from, to);
        QVERIFY(bad != good);
        Mesh loaded;
        QString error;
        QVERIFY(!ProjectFile::fromJson(bad, &loaded, &error));
        QVERIFY2(error.contains(QLatin1String(place)), qPrintable(error));
    }
}

void TestAliases::generatorRoutesToAliases()
{
    Mesh mesh = twins();
    alias(mesh, "a", "172.31.0.0/16", "100.64.0.0/16");
    alias(mesh, "b", "172.31.0.0/16", "100.65.0.0/16");
    QTemporaryDir dir;
    KeyStore keys(dir.filePath(QStringLiteral("corp.keys")));
    Generator generator(mesh, &keys);
    QString error;
    QVERIFY2(generator.prepare(&error), qPrintable(error));
    QMap<QString, QByteArray> files;
    for (LanId id : generator.gateways()) {
        const GatewayBundle bundle = generator.bundle(id);
        for (const BundleFile &f : bundle.files)
            files.insert(bundle.name + QLatin1Char('/') + f.path, f.content);
    }
    // Peers route to the aliases, never to the real (clashing) subnet.
    QVERIFY(
        files.value(QStringLiteral("c/openvpn/corp-a.conf")).contains("\nroute 100.64.0.0 255.255.0.0\n"));
    QVERIFY(
        files.value(QStringLiteral("b/openvpn/corp-a.conf")).contains("\nroute 100.64.0.0 255.255.0.0\n"));
    QVERIFY(
        files.value(QStringLiteral("a/openvpn/corp-b.conf")).contains("\nroute 100.65.0.0 255.255.0.0\n"));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (it.key().contains(QLatin1String("/openvpn/")))
            QVERIFY2(!it.value().contains("route 172.31.0.0"), qPrintable(it.key()));
    // The aliased gateways translate; c has nothing to translate.
    const QByteArray nat = files.value(QStringLiteral("a/nat/nftables.nft"));
    QVERIFY2(nat.contains("iifname \"tun*\" ip daddr 100.64.0.0/16 dnat ip prefix to 172.31.0.0/16\n"),
             nat.constData());
    QVERIFY2(nat.contains("oifname \"tun*\" ip saddr 172.31.0.0/16 snat ip prefix to 100.64.0.0/16\n"),
             nat.constData());
    QVERIFY(files.value(QStringLiteral("a/nat/iptables.sh")).contains("-j NETMAP --to 100.64.0.0/16"));
    QVERIFY(!files.contains(QStringLiteral("c/nat/nftables.nft")));
    QVERIFY(
        files.value(QStringLiteral("a/README.txt")).contains("172.31.0.0/16 is reached as 100.64.0.0/16"));
    QVERIFY(files.value(QStringLiteral("c/README.txt")).contains("   - 100.64.0.0/16\n"));
}

QTEST_MAIN(TestAliases)
#include "tst_aliases.moc"
