// aws/apply.sh and aws/revert.sh of an AWS gateway's bundle, run with Debian's real AWS CLI against
// FakeEc2 on 127.0.0.1: the exact EC2 requests (so the CLI's own parameter validation has passed), their
// idempotence, AWS's --dry-run, and that hostile IDs never reach a script.

#include "fakeec2.h"

#include "check/checker.h"
#include "generate/generator.h"
#include "keys/keystore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace p2pvpn;

namespace {

const QString instance = QStringLiteral("i-0aaaaaaaaaaaa0001");
const QString eni = QStringLiteral("eni-0aaaaaaaaaaaa0001");
const QString tableA = QStringLiteral("rtb-0aaaaaaaaaaaa0001");
const QString tableB = QStringLiteral("rtb-0aaaaaaaaaaaa0002");
const QString group = QStringLiteral("sg-0aaaaaaaaaaaa0001");

Lan makeLan(const char *name, QStringList subnets, const char *endpoint)
{
    Lan lan;
    lan.name = QLatin1String(name);
    for (const QString &s : subnets)
        lan.subnets.append(Cidr::parse(s));
    lan.endpoint = QLatin1String(endpoint);
    return lan;
}

// east is in AWS; west is reached by address, office by a DNS name (localhost, so getent resolves it).
Mesh awsMesh()
{
    Mesh mesh;
    mesh.name = QStringLiteral("corp");
    Lan east = makeLan("east", {QStringLiteral("10.10.0.0/16")}, "198.51.100.10");
    east.aws = AwsGateway{QStringLiteral("eu-west-1"),
                          QStringLiteral("vpc-0a1b2c3d4e5f60001"),
                          instance,
                          eni,
                          {tableA, tableB},
                          group};
    mesh.addLan(east);
    mesh.addLan(
        makeLan("west", {QStringLiteral("10.20.0.0/16"), QStringLiteral("10.21.0.0/16")}, "198.51.100.20"));
    mesh.addLan(makeLan("office", {QStringLiteral("192.168.50.0/24")}, "localhost"));
    return mesh;
}

Ec2Request req(const char *action, std::initializer_list<std::pair<const char *, QString>> parameters)
{
    Ec2Request r{QLatin1String(action), {}};
    for (const auto &[k, v] : parameters)
        r.parameters.insert(QLatin1String(k), v);
    return r;
}

QList<Ec2Request> sorted(QList<Ec2Request> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QString describe(const QList<Ec2Request> &list)
{
    QStringList lines;
    for (const Ec2Request &r : list) {
        QStringList p;
        for (auto it = r.parameters.cbegin(); it != r.parameters.cend(); ++it)
            p.append(it.key() + QLatin1Char('=') + it.value());
        lines.append(r.action + QLatin1Char(' ') + p.join(QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<Ec2Request> withDryRun(QList<Ec2Request> list)
{
    for (Ec2Request &r : list)
        if (r.action != QLatin1String("DescribeRouteTables"))
            r.parameters.insert(QStringLiteral("DryRun"), QStringLiteral("true"));
    return list;
}

} // namespace

class TestAwsScripts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void applyDryRunApplyAgainRevert();
    void failureIsReported();
    void hostileIdsNeverReachAScript_data();
    void hostileIdsNeverReachAScript();

private:
    // Runs one bundle script with the real aws CLI against the fake endpoint; returns its exit code.
    int run(const QString &script, const QStringList &arguments, QString *output);

    QString m_aws;
    QTemporaryDir m_dir;
    FakeEc2 m_ec2;
    QByteArray m_apply, m_revert;
};

void TestAwsScripts::initTestCase()
{
    // Debian's awscli 2 (a pip-installed v1 earlier in PATH would be a different program).
    m_aws = QFile::exists(QStringLiteral("/usr/bin/aws"))
                ? QStringLiteral("/usr/bin/aws")
                : QStandardPaths::findExecutable(QStringLiteral("aws"));
    if (m_aws.isEmpty())
        QFAIL("the AWS CLI (Debian package awscli) is missing; installer/bootstrap.sh test installs it");
    QProcess version;
    version.start(m_aws, {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(60000));
    const QByteArray text = version.readAllStandardOutput() + version.readAllStandardError();
    QVERIFY2(text.startsWith("aws-cli/2."), text.constData());
    QVERIFY(m_dir.isValid());
    QVERIFY(m_ec2.listen());

    KeyStore keys(m_dir.filePath(QStringLiteral("keys")));
    Generator generator(awsMesh(), &keys);
    QString error;
    QVERIFY2(generator.prepare(&error), qPrintable(error));
    for (const BundleFile &file : generator.bundle(1).files) {
        if (file.path == QLatin1String("aws/apply.sh"))
            m_apply = file.content;
        if (file.path == QLatin1String("aws/revert.sh"))
            m_revert = file.content;
    }
    QVERIFY(!m_apply.isEmpty() && !m_revert.isEmpty());
    // Peers outside AWS have no scripts.
    for (const BundleFile &file : generator.bundle(2).files)
        QVERIFY2(!file.path.endsWith(QLatin1String("apply.sh")), qPrintable(file.path));
    // Credentials are the CLI's business: the scripts never name one.
    for (const QByteArray &script : {m_apply, m_revert})
        for (const char *word : {"AWS_SECRET", "AWS_ACCESS_KEY", "--profile", "aws_secret"})
            QVERIFY2(!script.contains(word), word);
    for (const auto &[name, content] : {std::pair{"apply.sh", m_apply}, std::pair{"revert.sh", m_revert}}) {
        QFile file(m_dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
    }
}

int TestAwsScripts::run(const QString &script, const QStringList &arguments, QString *output)
{
    m_ec2.requests.clear();
    QProcess process;
    QProcessEnvironment env;
    // Fake credentials in the environment only; no profile, no instance metadata, no proxy.
    env.insert(QStringLiteral("PATH"), QFileInfo(m_aws).absolutePath() + QLatin1String(":/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("no-config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
               m_dir.filePath(QStringLiteral("no-credentials")));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
               QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("/bin/sh"), QStringList{m_dir.filePath(script)} + arguments +
                                                 QStringList{QStringLiteral("--endpoint-url"), m_ec2.url()});
    // The event loop must run meanwhile: it is what serves the fake endpoint.
    if (!finished.wait(240000)) {
        process.kill();
        process.waitForFinished();
    }
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestAwsScripts::applyDryRunApplyAgainRevert()
{
    // rtb A: a peering route to one of west's subnets (to be replaced); rtb B already routes office here.
    m_ec2.routeTables = {{tableA,
                          {{QStringLiteral("10.10.0.0/16"), QStringLiteral("local")},
                           {QStringLiteral("10.20.0.0/16"), QStringLiteral("pcx-0aaaaaaaaaaaa0001")}}},
                         {tableB,
                          {{QStringLiteral("10.10.0.0/16"), QStringLiteral("local")},
                           {QStringLiteral("192.168.50.0/24"), eni}}}};
    m_ec2.sourceDestCheck[instance] = true;
    const auto initialTables = m_ec2.routeTables;
    const QString west = QStringLiteral("198.51.100.20/32"), office = QStringLiteral("127.0.0.1/32");
    // Ports: east is the lower LAN ID of both its tunnels, so it takes the base ports in tunnel order.
    auto route = [](const char *action, const QString &table, const char *destination) {
        return req(action, {{"RouteTableId", table},
                            {"DestinationCidrBlock", QLatin1String(destination)},
                            {"NetworkInterfaceId", eni}});
    };
    auto authorize = [&](const char *port, const QString &cidr, const char *peer) {
        return req("AuthorizeSecurityGroupIngress",
                   {{"GroupId", group},
                    {"IpPermissions.1.IpProtocol", QStringLiteral("udp")},
                    {"IpPermissions.1.FromPort", QLatin1String(port)},
                    {"IpPermissions.1.ToPort", QLatin1String(port)},
                    {"IpPermissions.1.IpRanges.1.CidrIp", cidr},
                    {"IpPermissions.1.IpRanges.1.Description",
                     QStringLiteral("p2pvpn corp-%1").arg(QLatin1String(peer))}});
    };
    const QList<Ec2Request> describes{req("DescribeRouteTables", {{"RouteTableId.1", tableA}}),
                                      req("DescribeRouteTables", {{"RouteTableId.1", tableB}})};
    const Ec2Request modifyOff =
        req("ModifyInstanceAttribute",
            {{"InstanceId", instance}, {"SourceDestCheck.Value", QStringLiteral("false")}});
    const QList<Ec2Request> authorizations{authorize("1194", west, "west"),
                                           authorize("1195", office, "office")};
    const QList<Ec2Request> applyChanges = QList<Ec2Request>{modifyOff,
                                                             route("ReplaceRoute", tableA, "10.20.0.0/16"),
                                                             route("CreateRoute", tableA, "10.21.0.0/16"),
                                                             route("CreateRoute", tableA, "192.168.50.0/24"),
                                                             route("CreateRoute", tableB, "10.20.0.0/16"),
                                                             route("CreateRoute", tableB, "10.21.0.0/16")} +
                                           authorizations;
    QString out;

    // Dry run: every change reaches AWS with DryRun=true and nothing changes.
    QCOMPARE(run(QStringLiteral("apply.sh"), {QStringLiteral("--dry-run")}, &out), 0);
    QCOMPARE(describe(sorted(m_ec2.requests)), describe(sorted(describes + withDryRun(applyChanges))));
    QVERIFY2(out.contains(QLatin1String("would: 10.20.0.0/16 in ") + tableA + QLatin1String(" via ") + eni +
                          QLatin1String(" (was pcx-0aaaaaaaaaaaa0001)")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("unchanged: 192.168.50.0/24 in ") + tableB), qPrintable(out));
    QVERIFY(m_ec2.routeTables == initialTables);
    QVERIFY(m_ec2.sourceDestCheck[instance]);

    // Apply: exactly these requests.
    QCOMPARE(run(QStringLiteral("apply.sh"), {}, &out), 0);
    QCOMPARE(describe(sorted(m_ec2.requests)), describe(sorted(describes + applyChanges)));
    QVERIFY(!m_ec2.sourceDestCheck[instance]);
    for (const QString &table : {tableA, tableB})
        for (const char *destination : {"10.20.0.0/16", "10.21.0.0/16", "192.168.50.0/24"})
            QCOMPARE(m_ec2.routeTables[table].value(QLatin1String(destination)), eni);
    QCOMPARE(m_ec2.ingress.size(), 2);

    // Again: no route is made or replaced, the rules already exist; still exit 0.
    QCOMPARE(run(QStringLiteral("apply.sh"), {}, &out), 0);
    QCOMPARE(describe(sorted(m_ec2.requests)),
             describe(sorted(describes + QList<Ec2Request>{modifyOff} + authorizations)));
    QCOMPARE(out.count(QLatin1String("unchanged: ")), 8);

    // Revert: the ports closed, every route through this gateway deleted, the check back on.
    QCOMPARE(run(QStringLiteral("revert.sh"), {}, &out), 0);
    auto del = [](const QString &table, const char *destination) {
        return req("DeleteRoute",
                   {{"RouteTableId", table}, {"DestinationCidrBlock", QLatin1String(destination)}});
    };
    auto revoke = [&](const char *port, const QString &cidr) {
        // The CLI sends --protocol/--port/--cidr as one IpPermissions entry.
        return req("RevokeSecurityGroupIngress", {{"GroupId", group},
                                                  {"IpPermissions.1.IpProtocol", QStringLiteral("udp")},
                                                  {"IpPermissions.1.FromPort", QLatin1String(port)},
                                                  {"IpPermissions.1.ToPort", QLatin1String(port)},
                                                  {"IpPermissions.1.IpRanges.1.CidrIp", cidr}});
    };
    const QList<Ec2Request> revertRequests =
        describes +
        QList<Ec2Request>{revoke("1194", west),
                          revoke("1195", office),
                          del(tableA, "10.20.0.0/16"),
                          del(tableA, "10.21.0.0/16"),
                          del(tableA, "192.168.50.0/24"),
                          del(tableB, "10.20.0.0/16"),
                          del(tableB, "10.21.0.0/16"),
                          del(tableB, "192.168.50.0/24"),
                          req("ModifyInstanceAttribute",
                              {{"InstanceId", instance}, {"SourceDestCheck.Value", QStringLiteral("true")}})};
    QVERIFY2(describe(sorted(m_ec2.requests)) == describe(sorted(revertRequests)),
             qPrintable(describe(sorted(m_ec2.requests)) + QLatin1String("\n---\n") + out));
    QVERIFY(m_ec2.ingress.isEmpty());
    QVERIFY(m_ec2.sourceDestCheck[instance]);
    QCOMPARE(m_ec2.routeTables[tableA].keys(), QStringList{QStringLiteral("10.10.0.0/16")});

    // --keep-source-dest-check leaves the check alone (a NAT instance needs it off).
    QCOMPARE(run(QStringLiteral("revert.sh"), {QStringLiteral("--keep-source-dest-check")}, &out), 0);
    QVERIFY(std::none_of(m_ec2.requests.cbegin(), m_ec2.requests.cend(), [](const Ec2Request &r) {
        return r.action == QLatin1String("ModifyInstanceAttribute");
    }));
    QCOMPARE(run(QStringLiteral("apply.sh"), {QStringLiteral("--keep-source-dest-check")}, &out), 2);
}

void TestAwsScripts::failureIsReported()
{
    // A route table that no longer exists: the rest still runs, and the script says so and exits 1.
    m_ec2.routeTables = {{tableB, {}}};
    m_ec2.ingress.clear();
    QString out;
    QCOMPARE(run(QStringLiteral("apply.sh"), {}, &out), 1);
    QVERIFY2(out.contains(QLatin1String("failed: cannot read route table ") + tableA), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("InvalidRouteTableID.NotFound")), qPrintable(out));
    QCOMPARE(m_ec2.routeTables[tableB].size(), 3);
    QCOMPARE(m_ec2.ingress.size(), 2);
}

void TestAwsScripts::hostileIdsNeverReachAScript_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("instance") << QStringLiteral("instance") << QStringLiteral("i-1'; touch /tmp/x; '");
    QTest::newRow("eni") << QStringLiteral("eni") << QStringLiteral("eni-$(id)");
    QTest::newRow("route table") << QStringLiteral("table")
                                 << QStringLiteral("rtb-0aaaaaaaaaaaa0001\nreboot");
    QTest::newRow("group") << QStringLiteral("group") << QStringLiteral("sg-`id`");
    QTest::newRow("region") << QStringLiteral("region") << QStringLiteral("eu-west-1;id");
    QTest::newRow("upper case hex") << QStringLiteral("instance") << QStringLiteral("i-0AAAAAAAAAAAA0001");
}

void TestAwsScripts::hostileIdsNeverReachAScript()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Mesh mesh = awsMesh();
    AwsGateway &aws = mesh.lan(1)->aws;
    (field == QLatin1String("instance") ? aws.instanceId
     : field == QLatin1String("eni")    ? aws.networkInterfaceId
     : field == QLatin1String("group")  ? aws.securityGroupId
     : field == QLatin1String("region") ? aws.region
                                        : aws.routeTableIds[0]) = value;
    const QList<Finding> findings = Checker::check(mesh);
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.code == QLatin1String("aws-invalid") && f.isError();
    }));
    KeyStore keys(m_dir.filePath(QStringLiteral("keys")));
    Generator generator(mesh, &keys);
    QString error;
    QVERIFY(!generator.prepare(&error)); // nothing is generated
    QVERIFY2(error.contains(QLatin1String("aws-invalid")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAwsScripts)
#include "tst_awsscripts.moc"
