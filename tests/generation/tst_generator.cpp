#include "check/checker.h"
#include "generate/configrenderer.h"
#include "generate/generator.h"
#include "keys/keystore.h"
#include "keys/pki.h"
#include "testmeshes.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

QMap<QString, QByteArray> filesOf(const GatewayBundle &bundle)
{
    QMap<QString, QByteArray> files;
    for (const BundleFile &f : bundle.files)
        files.insert(f.path, f.content);
    return files;
}

// Every bundle's files, keyed "<lan>/<path>".
QMap<QString, QByteArray> generateAll(const Mesh &mesh, KeyStore *keys, Mesh *allocated = nullptr)
{
    Generator generator(mesh, keys);
    QString error;
    if (!generator.prepare(&error))
        qFatal("prepare failed: %s", qPrintable(error));
    QMap<QString, QByteArray> all;
    for (LanId id : generator.gateways()) {
        const GatewayBundle bundle = generator.bundle(id);
        for (const BundleFile &f : bundle.files)
            all.insert(bundle.name + QLatin1Char('/') + f.path, f.content);
    }
    if (allocated)
        *allocated = generator.mesh();
    return all;
}

QStringList directiveValues(const QByteArray &config, const QString &directive)
{
    QStringList values;
    for (const QByteArray &line : config.split('\n'))
        if (line.startsWith(directive.toUtf8() + ' '))
            values.append(QString::fromUtf8(line.mid(directive.size() + 1)));
    return values;
}

QByteArray inlineBlock(const QByteArray &config, const char *tag)
{
    const QByteArray open = QByteArray("<") + tag + ">\n";
    const QByteArray close = QByteArray("</") + tag + ">";
    const qsizetype from = config.indexOf(open);
    const qsizetype to = config.indexOf(close);
    return from < 0 || to < 0 ? QByteArray()
                              : config.mid(from + open.size(), to - from - open.size()).trimmed();
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void refusesWhileTheCheckerReportsErrors()
    {
        Mesh mesh = letterMesh(3);
        mesh.lan(2)->subnets = {Cidr::parse(QStringLiteral("10.1.128.0/17"))}; // inside a's 10.1.0.0/16
        KeyStore keys(m_dir.filePath(QStringLiteral("refuse.keys")));
        Generator generator(mesh, &keys);
        QString error;
        QVERIFY(!generator.prepare(&error));
        QVERIFY2(error.contains(QStringLiteral("subnet-overlap")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("10.1.128.0/17")), qPrintable(error));
    }

    void tunnelEndsMirrorEachOther()
    {
        Mesh mesh = letterMesh(3);
        mesh.lan(3)->subnets.append(Cidr::parse(QStringLiteral("172.20.16.0/20")));
        KeyStore keys(m_dir.filePath(QStringLiteral("mirror.keys")));
        Mesh allocated;
        const auto all = generateAll(mesh, &keys, &allocated);

        const QByteArray ab = all.value(QStringLiteral("a/openvpn/corp-b.conf"));
        const QByteArray ba = all.value(QStringLiteral("b/openvpn/corp-a.conf"));
        QVERIFY(!ab.isEmpty() && !ba.isEmpty());
        // The lower LAN ID serves, the other end is the client.
        QVERIFY(ab.contains("\ntls-server\n") && ab.contains("\ndh none\n"));
        QVERIFY(ba.contains("\ntls-client\n") && !ba.contains("tls-server"));
        // Addresses and ports are mirrored.
        const QStringList ifA =
            directiveValues(ab, QStringLiteral("ifconfig")).first().split(QLatin1Char(' '));
        const QStringList ifB =
            directiveValues(ba, QStringLiteral("ifconfig")).first().split(QLatin1Char(' '));
        QCOMPARE(ifA.value(0), ifB.value(1));
        QCOMPARE(ifA.value(1), ifB.value(0));
        const TunnelAllocation alloc = allocated.allocations.value(LinkKey(1, 2));
        QCOMPARE(directiveValues(ab, QStringLiteral("lport")), QStringList{QString::number(alloc.portA)});
        QCOMPARE(directiveValues(ab, QStringLiteral("remote")),
                 QStringList{QStringLiteral("192.0.2.2 %1").arg(alloc.portB)});
        QCOMPARE(directiveValues(ba, QStringLiteral("remote")),
                 QStringList{QStringLiteral("192.0.2.1 %1").arg(alloc.portA)});
        // Each end pins the other's certificate, and both carry the same tls-crypt key.
        QCOMPARE(directiveValues(ab, QStringLiteral("peer-fingerprint")),
                 QStringList{Pki::sha256Fingerprint(inlineBlock(ba, "cert"))});
        QCOMPARE(directiveValues(ba, QStringLiteral("peer-fingerprint")),
                 QStringList{Pki::sha256Fingerprint(inlineBlock(ab, "cert"))});
        QCOMPARE(inlineBlock(ab, "tls-crypt"), inlineBlock(ba, "tls-crypt"));
        QVERIFY(inlineBlock(ab, "tls-crypt").startsWith("-----BEGIN OpenVPN Static key V1-----"));
        QVERIFY(inlineBlock(ab, "key").contains("PRIVATE KEY"));
        QVERIFY(!ab.contains("<ca>"));
        QCOMPARE(directiveValues(ab, QStringLiteral("data-ciphers")),
                 QStringList{QStringLiteral("AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305")});
        // Routes: every subnet of the peer, with its real mask.
        QCOMPARE(directiveValues(all.value(QStringLiteral("a/openvpn/corp-c.conf")), QStringLiteral("route")),
                 (QStringList{QStringLiteral("10.3.0.0 255.255.0.0"),
                              QStringLiteral("172.20.16.0 255.255.240.0")}));
    }

    void manualMeshRoutesThroughNeighbours()
    {
        Mesh mesh = letterMesh(4, Topology::Manual); // chain a-b-c-d
        mesh.links = {LinkKey(1, 2), LinkKey(2, 3), LinkKey(3, 4)};
        KeyStore keys(m_dir.filePath(QStringLiteral("manual.keys")));
        const auto all = generateAll(mesh, &keys);
        QVERIFY(!all.contains(QStringLiteral("a/openvpn/corp-c.conf")));
        QCOMPARE(directiveValues(all.value(QStringLiteral("a/openvpn/corp-b.conf")), QStringLiteral("route")),
                 (QStringList{QStringLiteral("10.2.0.0 255.255.0.0"), QStringLiteral("10.3.0.0 255.255.0.0"),
                              QStringLiteral("10.4.0.0 255.255.0.0")}));
        QCOMPARE(
            directiveValues(all.value(QStringLiteral("b/openvpn/corp-c.conf")), QStringLiteral("route")),
            (QStringList{QStringLiteral("10.3.0.0 255.255.0.0"), QStringLiteral("10.4.0.0 255.255.0.0")}));
        QCOMPARE(directiveValues(all.value(QStringLiteral("b/openvpn/corp-a.conf")), QStringLiteral("route")),
                 QStringList{QStringLiteral("10.1.0.0 255.255.0.0")});
    }

    void caModeUsesNamesAndNeverShipsTheCaKey()
    {
        Mesh mesh = letterMesh(3);
        mesh.settings.keyMode = KeyMode::Ca;
        const QString storeDir = m_dir.filePath(QStringLiteral("ca.keys"));
        KeyStore keys(storeDir);
        const auto all = generateAll(mesh, &keys);
        const QByteArray ab = all.value(QStringLiteral("a/openvpn/corp-b.conf"));
        QCOMPARE(directiveValues(ab, QStringLiteral("verify-x509-name")),
                 QStringList{QStringLiteral("b name")});
        QVERIFY(!ab.contains("peer-fingerprint"));
        const QByteArray caCert = inlineBlock(ab, "ca");
        QVERIFY(caCert.contains("BEGIN CERTIFICATE"));
        QString error;
        const auto ca = keys.ca(mesh.name, &error);
        QVERIFY2(ca, qPrintable(error));
        QCOMPARE(caCert, ca->certificatePem.trimmed());
        const QByteArray caKey = ca->privateKeyPem.trimmed();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            QVERIFY2(!it.value().contains(caKey), qPrintable(it.key()));
    }

    void regenerationIsStableAndAddingALanChangesOnlyWhatItMust()
    {
        Mesh mesh = letterMesh(3);
        KeyStore keys(m_dir.filePath(QStringLiteral("stable.keys")));
        Mesh allocated;
        const auto first = generateAll(mesh, &keys, &allocated);
        QCOMPARE(generateAll(allocated, &keys), first); // same input, same bytes, keys reused

        allocated.addLan(makeLan(QStringLiteral("d"), {net("10.4.0.0/16")}, QStringLiteral("192.0.2.4")));
        const auto second = generateAll(allocated, &keys);
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            if (it.key().contains(QLatin1String("/openvpn/")))
                QVERIFY2(second.value(it.key()) == it.value(),
                         qPrintable(it.key() + QLatin1String(" changed")));
        }
        QStringList added;
        for (auto it = second.cbegin(); it != second.cend(); ++it)
            if (!first.contains(it.key()) && it.key().contains(QLatin1String("/openvpn/")))
                added.append(it.key());
        QCOMPARE(
            added,
            (QStringList{QStringLiteral("a/openvpn/corp-d.conf"), QStringLiteral("b/openvpn/corp-d.conf"),
                         QStringLiteral("c/openvpn/corp-d.conf"), QStringLiteral("d/openvpn/corp-a.conf"),
                         QStringLiteral("d/openvpn/corp-b.conf"), QStringLiteral("d/openvpn/corp-c.conf")}));
    }

    void manualMeshAddingALanChangesOnlyRouteLines()
    {
        Mesh mesh = letterMesh(3, Topology::Manual);
        mesh.links = {LinkKey(1, 2), LinkKey(2, 3)};
        KeyStore keys(m_dir.filePath(QStringLiteral("manualadd.keys")));
        Mesh allocated;
        const auto first = generateAll(mesh, &keys, &allocated);
        const LanId d =
            allocated.addLan(makeLan(QStringLiteral("d"), {net("10.4.0.0/16")}, QStringLiteral("192.0.2.4")));
        allocated.links.insert(LinkKey(3, d));
        const auto second = generateAll(allocated, &keys);
        static const QRegularExpression routeLine(QStringLiteral("^route .*\\n"),
                                                  QRegularExpression::MultilineOption);
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            if (!it.key().contains(QLatin1String("/openvpn/")))
                continue;
            // Outside the route lines, nothing differs; a->b now also carries d's subnet.
            QCOMPARE(QString::fromUtf8(second.value(it.key())).remove(routeLine),
                     QString::fromUtf8(it.value()).remove(routeLine));
        }
        QVERIFY(second.value(QStringLiteral("a/openvpn/corp-b.conf")).contains("route 10.4.0.0 255.255.0.0"));
        QVERIFY(!first.value(QStringLiteral("a/openvpn/corp-b.conf")).contains("route 10.4.0.0"));
    }

    void bundleHoldsTheGatewayFiles()
    {
        KeyStore keys(m_dir.filePath(QStringLiteral("files.keys")));
        Generator generator(letterMesh(3), &keys);
        QString error;
        QVERIFY2(generator.prepare(&error), qPrintable(error));
        const GatewayBundle bundle = generator.bundle(1);
        const auto files = filesOf(bundle);
        for (const char *path :
             {"install.sh", "README.txt", "sysctl/60-p2pvpn-corp.conf", "firewall/nftables.nft",
              "firewall/iptables.sh", "aws/security-group-ingress.json", "aws/authorize-ingress.sh"})
            QVERIFY2(files.contains(QLatin1String(path)), path);
        for (const BundleFile &f : bundle.files) {
            if (f.path.startsWith(QLatin1String("openvpn/")))
                QCOMPARE(f.unixMode(), 0600);
            if (f.path.endsWith(QLatin1String(".sh")))
                QCOMPARE(f.unixMode(), 0755);
        }
        const QString readme = QString::fromUtf8(files.value(QStringLiteral("README.txt")));
        QVERIFY(readme.contains(QStringLiteral("10.2.0.0/16")) &&
                readme.contains(QStringLiteral("10.3.0.0/16")));
        QVERIFY(readme.contains(QStringLiteral("source/destination check")));
        QVERIFY(
            files.value(QStringLiteral("sysctl/60-p2pvpn-corp.conf")).contains("net.ipv4.ip_forward = 1"));
        const QByteArray aws = files.value(QStringLiteral("aws/security-group-ingress.json"));
        QVERIFY(aws.contains("\"CidrIp\": \"192.0.2.2/32\"") && aws.contains("\"CidrIp\": \"192.0.2.3/32\""));
        QVERIFY(files.value(QStringLiteral("install.sh")).contains("mesh='corp'"));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
