// AwsImport and AwsInventory on JSON shaped like AWS's documented describe-* output (tests/cloud/aws/):
// several VPCs, secondary and disassociated blocks, missing tags, a VPC without a gateway, hostile tag
// values; re-import that updates without renumbering; bad and foreign JSON named by file and path.

#include "cloud/awsimport.h"
#include "generate/allocator.h"
#include "model/projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace p2pvpn;

Q_DECLARE_METATYPE(p2pvpn::AwsGateway)

namespace {

AwsDocument fixture(const char *name)
{
    AwsDocument document;
    QString error;
    if (!AwsInventory::readFile(QStringLiteral(P2PVPN_AWS_FIXTURES "/%1").arg(QLatin1String(name)), &document,
                                &error))
        qFatal("%s", qPrintable(error));
    document.name = QLatin1String(name); // shorter messages
    return document;
}

struct Files
{
    const char *vpcs = "vpcs.json";
    const char *instances = "instances.json";
    const char *tables = "route-tables.json";
    const char *groups = "security-groups.json";
};

AwsInventory inventory(const Files &files = {})
{
    auto doc = [](const char *name) { return name ? fixture(name) : AwsDocument(); };
    AwsInventory result;
    QString error;
    if (!result.read(doc(files.vpcs), doc(files.instances), doc(files.tables), doc(files.groups), &error))
        qFatal("%s", qPrintable(error));
    return result;
}

const Lan *byVpc(const Mesh &mesh, const char *vpc)
{
    for (const Lan &lan : mesh.lans)
        if (lan.aws.vpcId == QLatin1String(vpc))
            return &lan;
    return nullptr;
}

QStringList cidrs(const QList<Cidr> &list)
{
    QStringList out;
    for (const Cidr &c : list)
        out.append(c.toString());
    return out;
}

} // namespace

class TestAwsImport : public QObject
{
    Q_OBJECT
private slots:
    void importsEveryVpc_data();
    void importsEveryVpc();
    void importedMeshIsCheckedAndSaved();
    void reimportUpdatesWithoutRenumbering();
    void adoptsLanTypedByHand();
    void gatewayChoice_data();
    void gatewayChoice();
    void badJson_data();
    void badJson();
    void lanName_data();
    void lanName();
    void regionOfZone_data();
    void regionOfZone();
};

void TestAwsImport::importsEveryVpc_data()
{
    QTest::addColumn<QString>("vpc");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("subnets");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<AwsGateway>("aws");
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    // Secondary block in, disassociated block out; the ENI of device 0; the group tagged p2pvpn:gateway.
    QTest::newRow("gateway with everything")
        << s("vpc-0a1b2c3d4e5f60001") << s("prod-east") << QStringList{s("10.10.0.0/16"), s("10.11.0.0/16")}
        << s("198.51.100.10")
        << AwsGateway{s("eu-west-1"),
                      s("vpc-0a1b2c3d4e5f60001"),
                      s("i-0aaaaaaaaaaaa0001"),
                      s("eni-0aaaaaaaaaaaa0001"),
                      {s("rtb-0aaaaaaaaaaaa0001"), s("rtb-0aaaaaaaaaaaa0002")},
                      s("sg-0aaaaaaaaaaaa0001")};
    // A hostile Name tag: only [a-z0-9-] survives, 32 at most; a block being disassociated is left out;
    // the gateway has only a DNS name.
    QTest::newRow("hostile name, DNS endpoint")
        << s("vpc-0a1b2c3d4e5f60002") << s("touch-tmp-p2pvpn-pwned-etc-passw")
        << QStringList{s("10.30.0.0/16")} << s("vpn.west.example.com")
        << AwsGateway{s("eu-central-1"),          s("vpc-0a1b2c3d4e5f60002"),   s("i-0bbbbbbbbbbbb0001"),
                      s("eni-0bbbbbbbbbbbb0001"), {s("rtb-0bbbbbbbbbbbb0001")}, s("sg-0bbbbbbbbbbbb0001")};
    // No tags at all: named by its ID; no instance tagged: no gateway, no endpoint.
    QTest::newRow("untagged default VPC without gateway")
        << s("vpc-0a1b2c3d4e5f60003") << s("vpc-0a1b2c3d4e5f60003") << QStringList{s("172.31.0.0/16")}
        << QString() << AwsGateway{QString(), s("vpc-0a1b2c3d4e5f60003"),   QString(),
                                   QString(), {s("rtb-0cccccccccccc0001")}, QString()};
    // The same name after cleaning as the first VPC: made unique; only a terminated instance is tagged.
    QTest::newRow("name taken, only a terminated gateway")
        << s("vpc-1a2b3c4d") << s("prod-east-2") << QStringList{s("10.20.0.0/16")} << QString()
        << AwsGateway{QString(), s("vpc-1a2b3c4d"), QString(), QString(), {}, QString()};
}

void TestAwsImport::importsEveryVpc()
{
    QFETCH(QString, vpc);
    QFETCH(QString, name);
    QFETCH(QStringList, subnets);
    QFETCH(QString, endpoint);
    QFETCH(AwsGateway, aws);
    Mesh mesh;
    AwsImportReport report;
    QString error;
    QVERIFY2(AwsImport::apply(&mesh, inventory(), {}, &report, &error), qPrintable(error));
    QCOMPARE(mesh.lans.size(), 4);
    QCOMPARE(report.added.size(), 4);
    const Lan *lan = byVpc(mesh, vpc.toLatin1().constData());
    QVERIFY(lan);
    QCOMPARE(lan->name, name);
    QVERIFY(Lan::validateName(lan->name).isEmpty());
    QCOMPARE(cidrs(lan->subnets), subnets);
    QCOMPARE(lan->endpoint, endpoint);
    QCOMPARE(lan->aws.region, aws.region);
    QCOMPARE(lan->aws.instanceId, aws.instanceId);
    QCOMPARE(lan->aws.networkInterfaceId, aws.networkInterfaceId);
    QCOMPARE(lan->aws.routeTableIds, aws.routeTableIds);
    QCOMPARE(lan->aws.securityGroupId, aws.securityGroupId);
    QVERIFY(lan->aws == aws);
    QVERIFY(lan->aws.validate().isEmpty());
}

void TestAwsImport::importedMeshIsCheckedAndSaved()
{
    Mesh mesh;
    AwsImportReport report;
    QString error;
    QVERIFY(AwsImport::apply(&mesh, inventory(), {}, &report, &error));
    // The two VPCs without a gateway are named in the notes, and the default VPC is pointed out.
    const QString notes = report.notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QLatin1String("vpc-0a1b2c3d4e5f60003): no instance is tagged p2pvpn:gateway")),
             qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("prod-east-2 (vpc-1a2b3c4d): no instance is tagged")),
             qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("default VPC")), qPrintable(notes));
    // Laid out: no two LANs on one spot.
    QSet<std::pair<double, double>> spots;
    for (const Lan &lan : std::as_const(mesh.lans))
        spots.insert({lan.position.x(), lan.position.y()});
    QCOMPARE(spots.size(), mesh.lans.size());
    // Round trip through the project file keeps every AWS field.
    Mesh loaded;
    QVERIFY2(ProjectFile::fromJson(ProjectFile::toJson(mesh), &loaded, &error), qPrintable(error));
    QVERIFY(loaded == mesh);
}

void TestAwsImport::reimportUpdatesWithoutRenumbering()
{
    Mesh mesh;
    AwsImportReport report;
    QString error;
    QVERIFY(AwsImport::apply(&mesh, inventory(), {}, &report, &error));
    mesh.lan(byVpc(mesh, "vpc-0a1b2c3d4e5f60001")->id)->name = QStringLiteral("east"); // renamed by the user
    for (Lan &lan : mesh.lans)
        if (lan.endpoint.isEmpty())
            lan.endpoint = QStringLiteral("192.0.2.%1").arg(lan.id);
    QVERIFY2(Allocator::allocate(&mesh, &error), qPrintable(error));
    const Mesh before = mesh;

    // The same files again: nothing changes.
    QVERIFY(AwsImport::apply(&mesh, inventory(), {}, &report, &error));
    QVERIFY(report.added.isEmpty());
    QVERIFY(report.changed.isEmpty());
    QCOMPARE(report.unchanged.size(), 4);
    QVERIFY(mesh == before);

    // Later: a new secondary block and a new public IP in the first VPC; two VPCs not in the file.
    QVERIFY(
        AwsImport::apply(&mesh, inventory({"vpcs-later.json", "instances-later.json"}), {}, &report, &error));
    QCOMPARE(report.added.size(), 0);
    QCOMPARE(report.changed.size(), 1);
    QCOMPARE(report.unchanged.size(), 1);
    const AwsImportReport::Entry &changed = report.changed.first();
    QCOMPARE(changed.vpcId, QStringLiteral("vpc-0a1b2c3d4e5f60001"));
    QCOMPARE(changed.details, (QStringList{QStringLiteral("subnets + 10.13.0.0/16"),
                                           QStringLiteral("endpoint 198.51.100.10 -> 198.51.100.99")}));
    const Lan *east = byVpc(mesh, "vpc-0a1b2c3d4e5f60001");
    QCOMPARE(east->name, QStringLiteral("east")); // the user's name stays, not AWS's new Name tag
    QCOMPARE(cidrs(east->subnets),
             (QStringList{QStringLiteral("10.10.0.0/16"), QStringLiteral("10.11.0.0/16"),
                          QStringLiteral("10.13.0.0/16")}));
    QCOMPARE(mesh.lans.keys(), before.lans.keys());
    QCOMPARE(mesh.allocations, before.allocations);                          // no tunnel renumbered
    QVERIFY(*byVpc(mesh, "vpc-1a2b3c4d") == *byVpc(before, "vpc-1a2b3c4d")); // not in the file: left alone
}

// Before the first import the VPC was typed in by hand: same name, holds the primary block. It becomes
// the VPC's LAN (ID, links and tunnels kept) instead of getting a twin "prod-east-2".
void TestAwsImport::adoptsLanTypedByHand()
{
    Mesh mesh;
    Lan typed;
    typed.name = QStringLiteral("prod-east");
    typed.subnets = {Cidr::parse(QStringLiteral("10.10.0.0/16"))};
    typed.endpoint = QStringLiteral("192.0.2.1");
    const LanId id = mesh.addLan(typed);
    AwsImportReport report;
    QString error;
    QVERIFY2(AwsImport::apply(&mesh, inventory(), {}, &report, &error), qPrintable(error));
    QCOMPARE(mesh.lans.size(), 4);
    QCOMPARE(report.changed.size(), 1);
    QCOMPARE(report.changed.first().lan, id);
    const Lan *lan = mesh.lan(id);
    QCOMPARE(lan->aws.vpcId, QStringLiteral("vpc-0a1b2c3d4e5f60001"));
    QCOMPARE(lan->endpoint, QStringLiteral("198.51.100.10"));
    QCOMPARE(cidrs(lan->subnets),
             (QStringList{QStringLiteral("10.10.0.0/16"), QStringLiteral("10.11.0.0/16")}));
    QVERIFY(mesh.lanByName(QStringLiteral("prod-east-2"))); // the other "prod east" VPC
}

void TestAwsImport::gatewayChoice_data()
{
    QTest::addColumn<QString>("vpc");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("chosen") << QStringLiteral("vpc-1a2b3c4d") << QStringLiteral("i-0cccccccccccc0002")
                            << QString();
    QTest::newRow("unknown VPC") << QStringLiteral("vpc-99999999") << QStringLiteral("i-0cccccccccccc0002")
                                 << QStringLiteral("the VPCs file has no such VPC");
    QTest::newRow("unknown instance") << QStringLiteral("vpc-1a2b3c4d") << QStringLiteral("i-12345678")
                                      << QStringLiteral("the instances file has no such instance");
    QTest::newRow("instance in another VPC")
        << QStringLiteral("vpc-1a2b3c4d") << QStringLiteral("i-0aaaaaaaaaaaa0001")
        << QStringLiteral("the instance is in vpc-0a1b2c3d4e5f60001, not in vpc-1a2b3c4d");
}

void TestAwsImport::gatewayChoice()
{
    QFETCH(QString, vpc);
    QFETCH(QString, instance);
    QFETCH(QString, error);
    Mesh mesh;
    AwsImportReport report;
    QString problem;
    AwsImportOptions options;
    options.gateway.insert(vpc, instance);
    const bool ok = AwsImport::apply(&mesh, inventory(), options, &report, &problem);
    QCOMPARE(ok, error.isEmpty());
    if (!ok) {
        QVERIFY2(problem.contains(error), qPrintable(problem));
        QVERIFY(mesh.lans.isEmpty()); // all or nothing
        return;
    }
    const Lan *lan = byVpc(mesh, vpc.toLatin1().constData());
    QCOMPARE(lan->aws.instanceId, instance);
    QCOMPARE(lan->endpoint, QStringLiteral("203.0.113.40"));
    QCOMPARE(lan->aws.region, QStringLiteral("us-west-2")); // from a local zone
    QVERIFY(report.notes.join(QLatin1Char('\n')).contains(QLatin1String("i-0cccccccccccc0002 is stopped")));
}

void TestAwsImport::badJson_data()
{
    QTest::addColumn<int>("which"); // 0 vpcs, 1 instances, 2 route tables, 3 security groups
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fragments");
    const auto row = [](const char *name, int which, const QByteArray &json,
                        std::initializer_list<const char *> fragments) {
        QStringList list;
        for (const char *f : fragments)
            list.append(QString::fromUtf8(f));
        QTest::newRow(name) << which << json << list;
    };
    const QByteArray vpc = R"j({"VpcId": "vpc-0a1b2c3d4e5f60001", "CidrBlock": "10.10.0.0/16"})j";
    row("syntax error", 0, "{\n  \"Vpcs\": [\n    {,}\n  ]\n}",
        {"file.json: not valid JSON", "line 3, column 6"});
    row("top level array", 0, "[]", {"file.json:", "top level must be a JSON object"});
    row("foreign: instances as VPCs", 0, fixture("instances.json").json,
        {"file.json: Vpcs: missing", "describe-vpcs"});
    row("foreign: VPCs as instances", 1, fixture("vpcs.json").json,
        {"Reservations: missing", "describe-instances"});
    row("Vpcs not a list", 0, R"j({"Vpcs": {}})j", {"Vpcs: expected a list"});
    row("VPC not an object", 0, R"j({"Vpcs": ["vpc-1"]})j", {"Vpcs[0]: expected an object"});
    row("VPC ID missing", 0, R"j({"Vpcs": [{"CidrBlock": "10.0.0.0/16"}]})j", {"Vpcs[0].VpcId: missing"});
    row("VPC ID hostile", 0, R"j({"Vpcs": [{"VpcId": "vpc-$(reboot)", "CidrBlock": "10.0.0.0/16"}]})j",
        {"Vpcs[0].VpcId:", "not an AWS ID", "vpc-0123456789abcdef0"});
    row("CIDR host bits", 0,
        "{\"Vpcs\": [" + vpc + R"j(, {"VpcId": "vpc-22222222", "CidrBlock": "10.2.0.1/16"}]})j",
        {"Vpcs[1].CidrBlock:", "did you mean 10.2.0.0/16?"});
    row("association state missing", 0,
        R"j({"Vpcs": [{"VpcId": "vpc-11111111", "CidrBlock": "10.0.0.0/16", "CidrBlockAssociationSet": [{"CidrBlock": "10.0.0.0/16", "CidrBlockState": {"State": "associated"}}, {"CidrBlock": "10.1.0.0/16"}]}]})j",
        {"Vpcs[0].CidrBlockAssociationSet[1].CidrBlockState: missing"});
    row("tag without key", 0,
        R"j({"Vpcs": [{"VpcId": "vpc-11111111", "CidrBlock": "10.0.0.0/16", "Tags": [{"Value": "x"}]}]})j",
        {"Vpcs[0].Tags[0].Key: missing"});
    row("tag value not a string", 0,
        R"j({"Vpcs": [{"VpcId": "vpc-11111111", "CidrBlock": "10.0.0.0/16", "Tags": [{"Key": "Name", "Value": 7}]}]})j",
        {"Vpcs[0].Tags[0].Value: expected a string"});
    row("VPC listed twice", 0, "{\"Vpcs\": [" + vpc + ", " + vpc + "]}", {"Vpcs[1].VpcId:", "listed twice"});
    row("instance ID hostile", 1, R"j({"Reservations": [{"Instances": [{"InstanceId": "i-1; rm -rf /"}]}]})j",
        {"Reservations[0].Instances[0].InstanceId:", "not an AWS ID"});
    row("instances not a list", 1, R"j({"Reservations": [{"Instances": 3}]})j",
        {"Reservations[0].Instances: expected a list"});
    row("ENI ID bad", 1,
        R"j({"Reservations": [{"Instances": [{"InstanceId": "i-11111111", "NetworkInterfaces": [{"NetworkInterfaceId": "../eni"}]}]}]})j",
        {"Reservations[0].Instances[0].NetworkInterfaces[0].NetworkInterfaceId:", "not an AWS ID"});
    row("device index fraction", 1,
        R"j({"Reservations": [{"Instances": [{"InstanceId": "i-11111111", "NetworkInterfaces": [{"NetworkInterfaceId": "eni-11111111", "Attachment": {"DeviceIndex": 0.5}}]}]}]})j",
        {"NetworkInterfaces[0].Attachment.DeviceIndex:", "whole number"});
    row("route table without VPC", 2, R"j({"RouteTables": [{"RouteTableId": "rtb-11111111"}]})j",
        {"RouteTables[0].VpcId: missing"});
    row("foreign: groups as route tables", 2, fixture("security-groups.json").json,
        {"RouteTables: missing", "describe-route-tables"});
    row("group ID bad", 3, R"j({"SecurityGroups": [{"GroupId": "sg-XYZ12345"}]})j",
        {"SecurityGroups[0].GroupId:", "not an AWS ID"});
}

void TestAwsImport::badJson()
{
    QFETCH(int, which);
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fragments);
    AwsDocument docs[4] = {fixture("vpcs.json"), {}, {}, {}};
    docs[which] = AwsDocument{QStringLiteral("file.json"), json};
    AwsInventory inventory;
    QString error;
    QVERIFY(!inventory.read(docs[0], docs[1], docs[2], docs[3], &error));
    QVERIFY2(error.startsWith(QLatin1String("file.json: ")), qPrintable(error));
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(error.contains(fragment), qPrintable(error + QLatin1String(" | lacks: ") + fragment));
    QVERIFY(inventory.vpcs.isEmpty()); // never half-read
}

void TestAwsImport::lanName_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("Prod East") << QStringLiteral("prod-east");
    QTest::newRow("shell") << QStringLiteral("$(reboot)`id`;|&") << QStringLiteral("reboot-id");
    QTest::newRow("path") << QStringLiteral("../../../etc/shadow") << QStringLiteral("etc-shadow");
    QTest::newRow("quotes and newline") << QStringLiteral("a'b\"c\nd") << QStringLiteral("a-b-c-d");
    QTest::newRow("escape sequence") << QStringLiteral("\x1b]0;owned\x07x") << QStringLiteral("0-owned-x");
    QTest::newRow("bidi override") << QString::fromUtf8("\u202Eabc") << QStringLiteral("abc");
    QTest::newRow("non-ASCII only") << QString::fromUtf8("東京") << QStringLiteral("vpc-11111111");
    QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("vpc-11111111");
    QTest::newRow("dashes only") << QStringLiteral("---") << QStringLiteral("vpc-11111111");
    QTest::newRow("long") << QString(500, QLatin1Char('x')) << QString(32, QLatin1Char('x'));
    QTest::newRow("taken") << QStringLiteral("Taken") << QStringLiteral("taken-2");
    QTest::newRow("taken, long") << QString(40, QLatin1Char('t')) + QLatin1String("aken")
                                 << QString(30, QLatin1Char('t')) + QLatin1String("-2");
}

void TestAwsImport::lanName()
{
    QFETCH(QString, tag);
    QFETCH(QString, name);
    Mesh mesh;
    Lan taken;
    taken.name = QStringLiteral("taken");
    mesh.addLan(taken);
    taken.name = QString(32, QLatin1Char('t'));
    mesh.addLan(taken);
    const QString made = AwsImport::lanName(tag, QStringLiteral("vpc-11111111"), mesh, 0);
    QCOMPARE(made, name);
    QVERIFY2(Lan::validateName(made).isEmpty(), qPrintable(made));
}

void TestAwsImport::regionOfZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("region");
    QTest::newRow("zone") << QStringLiteral("eu-west-1a") << QStringLiteral("eu-west-1");
    QTest::newRow("gov") << QStringLiteral("us-gov-west-1b") << QStringLiteral("us-gov-west-1");
    QTest::newRow("local zone") << QStringLiteral("us-west-2-lax-1a") << QStringLiteral("us-west-2");
    QTest::newRow("wavelength") << QStringLiteral("us-east-1-wl1-bos-wlz-1") << QStringLiteral("us-east-1");
    QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("junk") << QStringLiteral("$(x)-y-1a") << QStringLiteral("");
}

void TestAwsImport::regionOfZone()
{
    QFETCH(QString, zone);
    QFETCH(QString, region);
    QCOMPARE(AwsImport::regionOfZone(zone), region);
}

QTEST_GUILESS_MAIN(TestAwsImport)
#include "tst_awsimport.moc"
