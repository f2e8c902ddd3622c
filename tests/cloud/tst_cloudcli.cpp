// The real `p2pvpn` binary's import-aws and export-terraform: what they print, their exit codes (2 for
// bad usage or a bad file, with the file and JSON path on stderr) and that a failed import never
// writes the mesh file.

#include "model/projectfile.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
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

QString fixture(const char *name)
{
    return QStringLiteral(P2PVPN_AWS_FIXTURES "/%1").arg(QLatin1String(name));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCloudCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importThenReimport();
    void badUsage_data();
    void badUsage();
    void exportTerraform();

private:
    Result run(const QStringList &arguments);
    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCloudCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Result TestCloudCli::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("P2PVPN_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(P2PVPN_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCloudCli::importThenReimport()
{
    const QString mesh = path("corp.p2pmesh");
    const QStringList all{QStringLiteral("--instances"),       fixture("instances.json"),
                          QStringLiteral("--route-tables"),    fixture("route-tables.json"),
                          QStringLiteral("--security-groups"), fixture("security-groups.json")};
    Result r =
        run(QStringList{QStringLiteral("import-aws"), mesh, QStringLiteral("--vpcs"), fixture("vpcs.json")} +
            all);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(
        r.out.contains(QLatin1String("added prod-east (vpc-0a1b2c3d4e5f60001): 10.10.0.0/16, 10.11.0.0/16; "
                                     "endpoint 198.51.100.10; gateway i-0aaaaaaaaaaaa0001\n")),
        qPrintable(r.out));
    // "LANs" once the English plural forms hold this string, "LAN(s)" until then.
    QVERIFY2(r.out.contains(
                 QRegularExpression(QStringLiteral("\\n4 LAN(s|\\(s\\)) added, 0 changed, 0 left alone\\n"))),
             qPrintable(r.out));
    QVERIFY(r.out.contains(
        QLatin1String("note: prod-east-2 (vpc-1a2b3c4d): no instance is tagged p2pvpn:gateway")));
    QVERIFY(r.out.contains(QLatin1String("created ")));
    // Two VPCs have no gateway, so no endpoint: the checker says so at once.
    QVERIFY2(r.err.contains(QLatin1String("the mesh now has 2 errors")), qPrintable(r.err));
    Mesh loaded;
    QString error;
    QVERIFY2(ProjectFile::load(mesh, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.lans.size(), 4);
    QCOMPARE(loaded.name, QStringLiteral("corp"));

    // Later files; the terminated gateway's VPC gets one chosen by hand.
    r = run({QStringLiteral("import-aws"), mesh, QStringLiteral("--vpcs"), fixture("vpcs-later.json"),
             QStringLiteral("--instances"), fixture("instances-later.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(
        r.out.contains(QLatin1String("changed prod-east (vpc-0a1b2c3d4e5f60001): subnets + 10.13.0.0/16; "
                                     "endpoint 198.51.100.10 -> 198.51.100.99\n")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(
                 QRegularExpression(QStringLiteral("\\n0 LAN(s|\\(s\\)) added, 1 changed, 1 left alone\\n"))),
             qPrintable(r.out));
    Mesh again;
    QVERIFY(ProjectFile::load(mesh, &again, &error));
    QCOMPARE(again.lans.keys(), loaded.lans.keys());
}

void TestCloudCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "import-aws FILE"
    QTest::addColumn<QString>("message");
    QTest::newRow("no --vpcs") << QStringList() << QStringLiteral("import-aws needs --vpcs JSON");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--vpcs"),
                                                 QStringLiteral("/nonexistent/vpcs.json")}
                                  << QStringLiteral("cannot open /nonexistent/vpcs.json");
    QTest::newRow("foreign file") << QStringList{QStringLiteral("--vpcs"), fixture("route-tables.json")}
                                  << fixture("route-tables.json") + QLatin1String(": Vpcs: missing");
    QTest::newRow("bad gateway option")
        << QStringList{QStringLiteral("--vpcs"),  fixture("vpcs.json"),        QStringLiteral("--instances"),
                       fixture("instances.json"), QStringLiteral("--gateway"), QStringLiteral("vpc-1a2b3c4d")}
        << QStringLiteral("--gateway: expected VPC-ID=INSTANCE-ID");
    QTest::newRow("gateway without instances")
        << QStringList{QStringLiteral("--vpcs"), fixture("vpcs.json"), QStringLiteral("--gateway"),
                       QStringLiteral("vpc-1a2b3c4d=i-0cccccccccccc0002")}
        << QStringLiteral("--gateway needs --instances");
    QTest::newRow("bad region") << QStringList{QStringLiteral("--vpcs"), fixture("vpcs.json"),
                                               QStringLiteral("--region"), QStringLiteral("mars-1")}
                                << QStringLiteral("--region: \"mars-1\" is not an AWS region");
}

void TestCloudCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString mesh = path("corp.p2pmesh");
    const Result r = run(QStringList{QStringLiteral("import-aws"), mesh} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(mesh)); // nothing written
}

void TestCloudCli::exportTerraform()
{
    const QString mesh = path("corp.p2pmesh");
    Result r = run({QStringLiteral("import-aws"), mesh, QStringLiteral("--vpcs"), fixture("vpcs.json"),
                    QStringLiteral("--instances"), fixture("instances.json"),
                    QStringLiteral("--route-tables"), fixture("route-tables.json")});
    QCOMPARE(r.exitCode, 0);
    // Two LANs lack an endpoint: refused with exit status 1 and the checker's errors.
    r = run({QStringLiteral("export-terraform"), mesh, QStringLiteral("--out"), path("tf")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("endpoint-invalid")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path("tf/p2pvpn.tf")));
    for (const char *lan : {"vpc-0a1b2c3d4e5f60003", "prod-east-2"})
        QCOMPARE(run({QStringLiteral("set-lan"), mesh, QLatin1String(lan), QStringLiteral("--endpoint"),
                      QStringLiteral("203.0.113.%1").arg(lan[0] == 'v' ? 3 : 4)})
                     .exitCode,
                 0);
    const QByteArray before = readAll(mesh);
    r = run({QStringLiteral("export-terraform"), mesh, QStringLiteral("--out"), path("tf")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(
        QLatin1String("set source_dest_check = false in the aws_instance of gateway prod-east")));
    QVERIFY(r.out.contains(
        QLatin1String("no AWS gateway instance, left out: vpc-0a1b2c3d4e5f60003, prod-east-2")));
    const QByteArray hcl = readAll(path("tf/p2pvpn.tf"));
    QVERIFY(hcl.contains("resource \"aws_route\" \"prod-east_rt1_10_20_0_0_16\""));
    // The tunnels it numbered are saved, so generate numbers them the same.
    QVERIFY(readAll(mesh) != before);
    Mesh saved;
    QString error;
    QVERIFY(ProjectFile::load(mesh, &saved, &error));
    QCOMPARE(saved.allocations.size(), 6);
}

QTEST_GUILESS_MAIN(TestCloudCli)
#include "tst_cloudcli.moc"
