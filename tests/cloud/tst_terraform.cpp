// export-terraform: the HCL is parsed by HashiCorp's own parser (@cdktf/hcl2json, run by node) and the
// resources and arguments in the JSON it returns are asserted; the layout is terraform fmt's and the
// output is deterministic. No real `terraform plan` runs here.

#include "generate/terraformexport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pvpn;

namespace {

Lan makeLan(const char *name, const char *subnet, const char *endpoint)
{
    Lan lan;
    lan.name = QLatin1String(name);
    lan.subnets.append(Cidr::parse(QLatin1String(subnet)));
    lan.endpoint = QLatin1String(endpoint);
    return lan;
}

AwsGateway gateway(const char *region, const char *hex, QStringList tables, bool group = true)
{
    const QString h = QLatin1String(hex);
    return AwsGateway{QLatin1String(region),   QLatin1String("vpc-") + h,
                      QLatin1String("i-") + h, QLatin1String("eni-") + h,
                      std::move(tables),       group ? QLatin1String("sg-") + h : QString()};
}

// east (2 route tables, eu-west-1), 2nd-vpc (a name that starts with a digit, us-east-1, no security
// group), office outside AWS with a DNS endpoint.
Mesh mesh()
{
    Mesh m;
    m.name = QStringLiteral("corp");
    Lan east = makeLan("east", "10.10.0.0/16", "198.51.100.10");
    east.aws = gateway("eu-west-1", "0aaaaaaaaaaaa0001",
                       {QStringLiteral("rtb-0aaaaaaaaaaaa0001"), QStringLiteral("rtb-0aaaaaaaaaaaa0002")});
    m.addLan(east);
    Lan second = makeLan("2nd-vpc", "10.20.0.0/16", "198.51.100.20");
    second.aws = gateway("us-east-1", "0bbbbbbbbbbbb0001", {QStringLiteral("rtb-0bbbbbbbbbbbb0001")}, false);
    m.addLan(second);
    m.addLan(makeLan("office", "192.168.50.0/24", "vpn.office.example.com"));
    return m;
}

} // namespace

class TestTerraform : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parsedByHcl();
    void resources_data();
    void resources();
    void laidOutAsTerraformFmt();
    void deterministic();
    void refusesMeshWithErrors();

private:
    QTemporaryDir m_dir;
    QString m_node;
    QByteArray m_hcl;
    QJsonObject m_json; // what HashiCorp's parser made of m_hcl
};

void TestTerraform::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty())
        m_node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    if (m_node.isEmpty())
        QFAIL("node is missing: install Debian's nodejs (installer/bootstrap.sh test does)");
    QVERIFY2(QFile::exists(QStringLiteral(P2PVPN_HCL2JSON_DIR "/node_modules/@cdktf/hcl2json/package.json")),
             "@cdktf/hcl2json is not installed; the hcl2json_setup test (a fixture of this one) installs it");
    QVERIFY(m_dir.isValid());
    const TerraformResult result = TerraformExport::run(mesh(), m_dir.filePath(QStringLiteral("tf")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.sourceDestCheck, (QStringList{QStringLiteral("east"), QStringLiteral("2nd-vpc")}));
    QCOMPARE(result.skipped, QStringList{QStringLiteral("office")});
    QFile file(result.written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_hcl = file.readAll();

    QProcess parser;
    parser.start(m_node, {QStringLiteral(P2PVPN_HCL2JSON_DIR "/parse.js"), result.written});
    QVERIFY(parser.waitForFinished(120000));
    const QByteArray errors = parser.readAllStandardError();
    QVERIFY2(parser.exitStatus() == QProcess::NormalExit && parser.exitCode() == 0, errors.constData());
    const QJsonDocument document = QJsonDocument::fromJson(parser.readAllStandardOutput());
    QVERIFY(document.isObject());
    m_json = document.object();
}

void TestTerraform::parsedByHcl()
{
    // The parser must also refuse broken HCL, or the test above proves nothing.
    const QString broken = m_dir.filePath(QStringLiteral("broken.tf"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_hcl.left(m_hcl.indexOf("resource \"aws_route\"") + 30));
    file.close();
    QProcess parser;
    parser.start(m_node, {QStringLiteral(P2PVPN_HCL2JSON_DIR "/parse.js"), broken});
    QVERIFY(parser.waitForFinished(120000));
    QCOMPARE(parser.exitCode(), 1);

    const QJsonObject providers = m_json.value(QLatin1String("provider")).toObject();
    const QJsonArray aws = providers.value(QLatin1String("aws")).toArray();
    QCOMPARE(aws.size(), 2);
    QCOMPARE(aws.at(0).toObject().value(QLatin1String("region")).toString(), QStringLiteral("eu-west-1"));
    QCOMPARE(aws.at(0).toObject().value(QLatin1String("alias")).toString(), QStringLiteral("eu_west_1"));
    QCOMPARE(aws.at(1).toObject().value(QLatin1String("region")).toString(), QStringLiteral("us-east-1"));
    const QJsonObject required = m_json.value(QLatin1String("terraform"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QLatin1String("required_providers"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(required.value(QLatin1String("aws")).toObject().value(QLatin1String("source")).toString(),
             QStringLiteral("hashicorp/aws"));

    const QJsonObject variables = m_json.value(QLatin1String("variable")).toObject();
    QCOMPARE(variables.keys(),
             (QStringList{QStringLiteral("east_network_interface_id"), QStringLiteral("east_route_table_ids"),
                          QStringLiteral("east_security_group_id"),
                          QStringLiteral("lan_2nd-vpc_network_interface_id"),
                          QStringLiteral("lan_2nd-vpc_route_table_ids")}));
    const auto variable = [&](const char *name) {
        return variables.value(QLatin1String(name)).toArray().at(0).toObject();
    };
    QCOMPARE(variable("east_route_table_ids").value(QLatin1String("default")).toArray(),
             (QJsonArray{QStringLiteral("rtb-0aaaaaaaaaaaa0001"), QStringLiteral("rtb-0aaaaaaaaaaaa0002")}));
    QCOMPARE(variable("east_route_table_ids").value(QLatin1String("type")).toString(),
             QStringLiteral("${list(string)}"));
    QCOMPARE(variable("east_network_interface_id").value(QLatin1String("default")).toString(),
             QStringLiteral("eni-0aaaaaaaaaaaa0001"));
    QCOMPARE(variable("east_security_group_id").value(QLatin1String("default")).toString(),
             QStringLiteral("sg-0aaaaaaaaaaaa0001"));
    // What the user must set on their own aws_instance.
    QVERIFY(m_hcl.contains("#   source_dest_check = false\n"));
    QVERIFY(m_hcl.contains("#   east: i-0aaaaaaaaaaaa0001\n"));
}

void TestTerraform::resources_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("arguments");
    const auto route = [](const char *name, const char *lan, int table, const char *destination,
                          const char *provider) {
        QTest::newRow(name)
            << QStringLiteral("aws_route") << QString::fromLatin1(name)
            << QJsonObject{
                   {QStringLiteral("provider"), QStringLiteral("${aws.%1}").arg(QLatin1String(provider))},
                   {QStringLiteral("route_table_id"),
                    QStringLiteral("${var.%1_route_table_ids[%2]}").arg(QLatin1String(lan)).arg(table)},
                   {QStringLiteral("destination_cidr_block"), QLatin1String(destination)},
                   {QStringLiteral("network_interface_id"),
                    QStringLiteral("${var.%1_network_interface_id}").arg(QLatin1String(lan))}};
    };
    route("east_rt0_10_20_0_0_16", "east", 0, "10.20.0.0/16", "eu_west_1");
    route("east_rt0_192_168_50_0_24", "east", 0, "192.168.50.0/24", "eu_west_1");
    route("east_rt1_10_20_0_0_16", "east", 1, "10.20.0.0/16", "eu_west_1");
    route("east_rt1_192_168_50_0_24", "east", 1, "192.168.50.0/24", "eu_west_1");
    route("lan_2nd-vpc_rt0_10_10_0_0_16", "lan_2nd-vpc", 0, "10.10.0.0/16", "us_east_1");
    route("lan_2nd-vpc_rt0_192_168_50_0_24", "lan_2nd-vpc", 0, "192.168.50.0/24", "us_east_1");
    const auto ingress = [](const char *name, int port, const char *cidr, const char *tunnel) {
        QTest::newRow(name) << QStringLiteral("aws_vpc_security_group_ingress_rule")
                            << QString::fromLatin1(name)
                            << QJsonObject{{QStringLiteral("provider"), QStringLiteral("${aws.eu_west_1}")},
                                           {QStringLiteral("security_group_id"),
                                            QStringLiteral("${var.east_security_group_id}")},
                                           {QStringLiteral("description"), QLatin1String(tunnel)},
                                           {QStringLiteral("ip_protocol"), QStringLiteral("udp")},
                                           {QStringLiteral("from_port"), port},
                                           {QStringLiteral("to_port"), port},
                                           {QStringLiteral("cidr_ipv4"), QLatin1String(cidr)}};
    };
    ingress("east_from_2nd-vpc", 1194, "198.51.100.20/32", "p2pvpn corp-2nd-vpc");
    ingress("east_from_office", 1195, "0.0.0.0/0", "p2pvpn corp-office"); // a DNS name cannot be pinned
}

void TestTerraform::resources()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(QJsonObject, arguments);
    const QJsonObject ofType = m_json.value(QLatin1String("resource")).toObject().value(type).toObject();
    // Exactly the resources of the table above: 6 routes, 2 ingress rules (2nd-vpc has no security group).
    QCOMPARE(ofType.size(), type == QLatin1String("aws_route") ? 6 : 2);
    const QJsonArray blocks = ofType.value(name).toArray();
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.at(0).toObject(), arguments);
}

void TestTerraform::laidOutAsTerraformFmt()
{
    // terraform fmt: two-space indents, '=' aligned in each run of attributes, one blank line between
    // blocks, no trailing spaces, one final newline.
    QVERIFY(m_hcl.endsWith("}\n") && !m_hcl.endsWith("\n\n"));
    QVERIFY(!m_hcl.contains("\n\n\n"));
    const QList<QByteArray> lines = m_hcl.split('\n');
    qsizetype runColumn = -1;
    int runIndent = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        QVERIFY2(!line.endsWith(' ') && !line.contains('\t'), line.constData());
        const int indent = int(line.size() - line.trimmed().size());
        QVERIFY2(line.trimmed().isEmpty() || line.startsWith('#') || indent % 2 == 0, line.constData());
        const qsizetype equals = line.indexOf(" = ");
        const bool attribute = equals > 0 && !line.startsWith('#') && !line.endsWith('{');
        if (!attribute) {
            runColumn = -1;
            continue;
        }
        if (runColumn >= 0 && indent == runIndent)
            QVERIFY2(equals == runColumn, line.constData());
        runColumn = equals;
        runIndent = indent;
    }
    // The longest key of a block has exactly one space before '='.
    QVERIFY(m_hcl.contains("\n  destination_cidr_block = \"10.20.0.0/16\"\n"));
    QVERIFY(m_hcl.contains("\n  provider               = aws.eu_west_1\n"));
}

void TestTerraform::deterministic()
{
    const QByteArray again =
        TerraformExport::render(TerraformExport::run(mesh(), m_dir.filePath(QStringLiteral("tf2"))).mesh);
    QCOMPARE(again, m_hcl);
}

void TestTerraform::refusesMeshWithErrors()
{
    Mesh bad = mesh();
    bad.lan(1)->aws.routeTableIds.append(QStringLiteral("rtb-\"; }"));
    const QString out = m_dir.filePath(QStringLiteral("refused"));
    const TerraformResult result = TerraformExport::run(bad, out);
    QVERIFY(!result.ok);
    QVERIFY(result.meshHasErrors);
    QVERIFY2(result.error.contains(QLatin1String("aws-invalid")), qPrintable(result.error));
    QVERIFY(!QFile::exists(out + QLatin1String("/p2pvpn.tf")));
}

QTEST_GUILESS_MAIN(TestTerraform)
#include "tst_terraform.moc"
