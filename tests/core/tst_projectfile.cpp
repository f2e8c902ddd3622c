// ProjectFile: lossless round trip, every kind of bad file rejected with an error that names
// the place (and the output mesh untouched), and saving that never damages the previous file.

#include "model/projectfile.h"
#include "testmeshes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/fsuid.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace p2pvpn;
using p2pvpn::test::makeLan;
using p2pvpn::test::net;

Q_DECLARE_METATYPE(p2pvpn::Mesh)

namespace {

using Strings = std::initializer_list<const char *>;

QStringList strings(Strings list)
{
    QStringList result;
    for (const char *s : list)
        result.append(QString::fromUtf8(s));
    return result;
}

// Two LANs, manual topology, one link with its tunnel allocation: small, but every list has an entry.
Mesh smallMesh()
{
    Mesh mesh;
    mesh.name = QStringLiteral("small");
    mesh.topology = Topology::Manual;
    mesh.addLan(makeLan("a", {net("10.1.0.0/16")}, "a.example.com"));
    mesh.addLan(makeLan("b", {net("10.2.0.0/16"), net("10.3.0.0/24")}, "198.51.100.2"));
    mesh.links.insert(LinkKey(1, 2));
    mesh.allocations.insert(LinkKey(1, 2), TunnelAllocation{net("10.254.0.0/30"), 1194, 1195});
    return mesh;
}

// Every field away from its default, gaps in the IDs, awkward text and coordinates.
Mesh richMesh()
{
    Mesh mesh;
    mesh.name = QStringLiteral("rich-mesh-2");
    mesh.topology = Topology::Manual;
    MeshSettings &s = mesh.settings;
    s.transitPool = net("10.99.0.0/20");
    s.transitSlash31 = true;
    s.portBase = 40000;
    s.keyMode = KeyMode::Ca;
    s.dataCiphers = QStringLiteral("AES-128-GCM");
    s.keepaliveInterval = 5;
    s.keepaliveTimeout = 31;
    s.reservedRanges = {net("192.168.99.0/24"), net("10.200.0.0/16")};

    Lan office = makeLan("office", {net("192.168.10.0/24"), net("192.168.11.0/24"), net("10.50.0.1/32")},
                         "vpn.office.example.com");
    office.ssh = SshSettings{QStringLiteral("10.50.0.1"),
                             2222,
                             QStringLiteral("deploy"),
                             QStringLiteral("/home/admin/.ssh/id_ed25519"),
                             false,
                             true};
    office.deploy = DeployOptions{QStringLiteral("/opt/ovpn-2.6/conf.d"), ServiceManager::Command,
                                  QStringLiteral("/usr/local/sbin/tunnel 'start' --quiet"),
                                  QStringLiteral("/usr/local/sbin/tunnel stop")};
    office.position = QPointF(0.1, -1e-7);
    office.notes = QStringLiteral("B\u00fcro \u2013 \u6771\u4eac\nline two \"quoted\" \\ backslash\ttab");
    mesh.addLan(office);
    Lan dc = makeLan("dc", {net("172.20.0.0/20")}, "203.0.113.5");
    dc.position = QPointF(12345.678, 98765.4321);
    mesh.addLan(dc);
    mesh.addLan(makeLan("gone", {net("10.77.0.0/16")}, "gone.example.com"));
    Lan cloud = makeLan("aws-eu-west-1-vpc-0123456789abcde", {net("10.20.0.0/16")}, "198.51.100.200");
    cloud.ssh.port = 65535;
    cloud.aws = AwsGateway{QStringLiteral("eu-west-1"),
                           QStringLiteral("vpc-0123456789abcdef0"),
                           QStringLiteral("i-0fedcba9876543210"),
                           QStringLiteral("eni-0a1b2c3d4e5f60718"),
                           {QStringLiteral("rtb-0aaaaaaaaaaaaaaaa"), QStringLiteral("rtb-11111111")},
                           QStringLiteral("sg-0bbbbbbbbbbbbbbbb")};
    mesh.addLan(cloud);
    mesh.removeLan(3);  // leaves a gap: IDs 1, 2, 4 and nextLanId 5
    mesh.nextLanId = 9; // higher than needed is allowed and must survive

    mesh.links = {LinkKey(1, 2), LinkKey(2, 4)};
    mesh.allocations.insert(LinkKey(1, 2), TunnelAllocation{net("10.99.0.0/31"), 40000, 40001});
    mesh.allocations.insert(LinkKey(2, 4), TunnelAllocation{net("10.99.0.2/31"), 65535, 1});
    return mesh;
}

// A mesh that is none of the above, to prove a failed load leaves the output alone.
Mesh sentinelMesh()
{
    Mesh mesh;
    mesh.name = QStringLiteral("sentinel");
    mesh.addLan(makeLan("keep", {net("10.9.0.0/16")}, "keep.example.com"));
    return mesh;
}

// Sets the value at a path such as "lans[1].subnets[0]" (an index one past the end
// appends); an undefined value removes it instead.
QJsonValue patch(const QJsonValue &node, QString path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    QString key;
    qsizetype index = -1;
    if (path.startsWith(QLatin1Char('['))) {
        const qsizetype close = path.indexOf(QLatin1Char(']'));
        index = path.mid(1, close - 1).toInt();
        path = path.mid(close + 1);
    } else {
        qsizetype end = 0;
        while (end < path.size() && path[end] != QLatin1Char('.') && path[end] != QLatin1Char('['))
            ++end;
        key = path.left(end);
        path = path.mid(end);
    }
    if (path.startsWith(QLatin1Char('.')))
        path = path.mid(1);
    const bool remove = path.isEmpty() && value.isUndefined();
    if (index >= 0) {
        QJsonArray array = node.toArray();
        if (remove)
            array.removeAt(index);
        else if (index == array.size())
            array.append(patch(QJsonValue(), path, value));
        else
            array[index] = patch(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (remove)
        object.remove(key);
    else
        object[key] = patch(object.value(key), path, value);
    return object;
}

QByteArray patched(const char *path, const QJsonValue &value)
{
    const QJsonObject base = QJsonDocument::fromJson(ProjectFile::toJson(smallMesh())).object();
    return QJsonDocument(patch(base, QString::fromLatin1(path), value).toObject()).toJson();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

// Restores a process limit when the test ends, however it ends.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // else the kernel kills us instead of failing write()
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool isActive() const { return m_active; }

private:
    rlimit m_saved{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_active = false;
};

// Root ignores directory permissions; acting as "nobody" for file access (this thread
// only, restored on scope exit) makes a read-only directory read-only for us too.
class FileAccessAsNobody
{
public:
    FileAccessAsNobody()
    {
        if (geteuid() == 0) {
            m_gid = setfsgid(65534);
            m_uid = setfsuid(65534);
            m_changed = true;
        }
    }
    // False when root could not drop its rights (no CAP_SETUID), so permissions still do not apply.
    bool isEffective() const { return geteuid() != 0 || setfsuid(uid_t(-1)) == 65534; }
    ~FileAccessAsNobody()
    {
        if (m_changed) {
            setfsuid(m_uid);
            setfsgid(m_gid);
        }
    }

private:
    int m_uid = 0;
    int m_gid = 0;
    bool m_changed = false;
};

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void roundTripThroughFile();
    void fileWithoutAwsStaysByteForByte();
    void badFile_data();
    void badFile();
    void everyTruncationFails();
    void loadNamesTheFile();
    void loadMissingFile();
    void saveFailingWriteKeepsOldFile();
    void saveIntoReadOnlyDirectoryKeepsOldFile();
    void saveIntoMissingDirectory();
};

void TestProjectFile::roundTrip_data()
{
    QTest::addColumn<Mesh>("mesh");
    QTest::newRow("default") << Mesh();
    QTest::newRow("small") << smallMesh();
    QTest::newRow("rich") << richMesh();
    Mesh lanWithoutSubnets = smallMesh();
    lanWithoutSubnets.lan(2)->subnets.clear();
    QTest::newRow("LAN without subnets") << lanWithoutSubnets;
}

void TestProjectFile::roundTrip()
{
    QFETCH(Mesh, mesh);
    const QByteArray json = ProjectFile::toJson(mesh);
    Mesh loaded = sentinelMesh();
    QString error;
    QVERIFY2(ProjectFile::fromJson(json, &loaded, &error), qPrintable(error));
    QVERIFY2(loaded == mesh, json.constData());
    QCOMPARE(ProjectFile::toJson(loaded), json); // stable output: saving again changes no byte
}

void TestProjectFile::roundTripThroughFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rich.p2pmesh"));
    QString error;
    QVERIFY2(ProjectFile::save(path, richMesh(), &error), qPrintable(error));
    Mesh loaded;
    QVERIFY2(ProjectFile::load(path, &loaded, &error), qPrintable(error));
    QVERIFY(loaded == richMesh());
    QVERIFY(readAll(path).contains("\"format\": \"p2pvpn-mesh\""));
}

// Files from before the AWS import open as they were, and saving them adds no key.
void TestProjectFile::fileWithoutAwsStaysByteForByte()
{
    const QByteArray old = ProjectFile::toJson(smallMesh());
    QVERIFY(!old.contains("\"aws\""));
    Mesh loaded;
    QString error;
    QVERIFY2(ProjectFile::fromJson(old, &loaded, &error), qPrintable(error));
    for (const Lan &lan : std::as_const(loaded.lans))
        QVERIFY(lan.aws.isEmpty());
    QCOMPARE(ProjectFile::toJson(loaded), old);
    // An AWS LAN writes its key, and only that LAN.
    const QByteArray rich = ProjectFile::toJson(richMesh());
    QCOMPARE(rich.count("\"aws\""), 1);
    QVERIFY(rich.contains("\"rtb-11111111\""));
}

void TestProjectFile::badFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fragments"); // each must appear in the error

    auto raw = [](const char *name, const QByteArray &json, Strings fragments) {
        QTest::newRow(name) << json << strings(fragments);
    };
    auto set = [](const char *name, const char *path, const QJsonValue &value, Strings fragments) {
        QTest::newRow(name) << patched(path, value) << strings(fragments);
    };
    auto remove = [](const char *name, const char *path, Strings fragments) {
        QTest::newRow(name) << patched(path, QJsonValue(QJsonValue::Undefined)) << strings(fragments);
    };
    const auto text = [](const char *s) { return QJsonValue(QString::fromUtf8(s)); };
    const QJsonValue link12(QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}});

    // Not JSON at all, or not the right shape.
    raw("syntax error", "{\n  \"format\": \"p2pvpn-mesh\",\n  \"version\": 1 oops\n}\n",
        {"not valid JSON", "line 3, column 16"});
    raw("syntax error on line 1", "{,}", {"not valid JSON", "line 1, column 2"});
    raw("empty file", "", {"not valid JSON", "line 1"});
    raw("binary junk", QByteArray("\x89PNG\r\n\x1a\n", 8), {"not valid JSON"});
    raw("top level array", "[]", {"top level must be a JSON object"});
    raw("top level array of mesh", "[" + ProjectFile::toJson(smallMesh()) + "]",
        {"top level must be a JSON object"});
    raw("top level string", "\"p2pvpn-mesh\"", {"not valid JSON"});
    raw("garbage after the object", "{}\n  x", {"not valid JSON", "line 2, column 3"});
    raw("unterminated string", "{\"name\": \"abc", {"not valid JSON", "line 1, column 14"});
    const QByteArray full = ProjectFile::toJson(smallMesh());
    raw("truncated", full.left(full.size() / 2), {"not valid JSON", "line"});

    // Format tag and version.
    set("wrong format tag", "format", text("p2pvpn-mesh-v2"), {"format:", "not a P2P-VPN mesh file"});
    set("format not a string", "format", 1, {"format:", "expected a string"});
    remove("format missing", "format", {"format:", "missing"});
    set("newer version", "version", 2, {"version:", "version 2", "newer"});
    set("version 0", "version", 0, {"version:", "whole number"});
    set("version fraction", "version", 1.5, {"version:", "whole number"});
    set("version as string", "version", text("1"), {"version:", "whole number"});
    remove("version missing", "version", {"version:", "missing"});

    // Top-level fields.
    set("name wrong type", "name", 5, {"name:", "expected a string"});
    remove("name missing", "name", {"name:", "missing"});
    set("topology unknown", "topology", text("star"), {"topology:", "full, manual"});
    set("lans not a list", "lans", QJsonObject(), {"lans:", "expected a list"});
    remove("lans missing", "lans", {"lans:", "missing"});
    set("links not a list", "links", 3, {"links:", "expected a list"});
    set("nextLanId not above ids", "nextLanId", 2, {"nextLanId:", "highest LAN ID 2"});

    // Settings.
    set("settings not an object", "settings", QJsonArray(), {"settings:", "expected an object"});
    set("transit pool host bits", "settings.transitPool", text("10.254.0.1/16"),
        {"settings.transitPool:", "did you mean 10.254.0.0/16?"});
    set("transit pool not a string", "settings.transitPool", 16,
        {"settings.transitPool:", "expected a string"});
    set("port base too high", "settings.portBase", 70000, {"settings.portBase:", "1 to 65535"});
    set("transit31 not bool", "settings.transitSlash31", text("yes"),
        {"settings.transitSlash31:", "true or false"});
    set("key mode unknown", "settings.keyMode", text("psk"), {"settings.keyMode:", "fingerprint, ca"});
    set("keepalive zero", "settings.keepaliveInterval", 0, {"settings.keepaliveInterval:", "whole number"});
    set("reserved range bad", "settings.reservedRanges[0]", text("300.0.0.0/8"),
        {"settings.reservedRanges[0]:", "not an IPv4 address"});

    // LANs.
    set("lan not an object", "lans[1]", text("b"), {"lans[1]:", "expected an object"});
    set("duplicate LAN id", "lans[1].id", 1, {"lans[1].id:", "the ID 1 is used by another LAN"});
    set("LAN id zero", "lans[0].id", 0, {"lans[0].id:", "whole number"});
    set("LAN id fraction", "lans[0].id", 1.25, {"lans[0].id:", "whole number"});
    remove("LAN id missing", "lans[1].id", {"lans[1].id:", "missing"});
    remove("LAN name missing", "lans[0].name", {"lans[0].name:", "missing"});
    remove("LAN subnets missing", "lans[1].subnets", {"lans[1].subnets:", "missing"});
    remove("LAN endpoint missing", "lans[1].endpoint", {"lans[1].endpoint:", "missing"});
    set("LAN name wrong type", "lans[0].name", QJsonArray(), {"lans[0].name:", "expected a string"});
    set("subnets not a list", "lans[1].subnets", text("10.2.0.0/16"),
        {"lans[1].subnets:", "expected a list"});
    set("subnet host bits", "lans[1].subnets[0]", text("10.2.0.1/16"),
        {"lans[1].subnets[0]:", "did you mean 10.2.0.0/16?"});
    set("second subnet bad", "lans[1].subnets[1]", text("10.3.0.0/40"),
        {"lans[1].subnets[1]:", "prefix length"});
    set("subnet not a string", "lans[0].subnets[0]", 10, {"lans[0].subnets[0]:", "expected a string"});
    set("ssh not an object", "lans[0].ssh", text("root@a"), {"lans[0].ssh:", "expected an object"});
    set("ssh port string", "lans[1].ssh.port", text("22"), {"lans[1].ssh.port:", "1 to 65535"});
    set("ssh port zero", "lans[1].ssh.port", 0, {"lans[1].ssh.port:", "1 to 65535"});
    set("sudo not bool", "lans[0].ssh.useSudo", text("yes"), {"lans[0].ssh.useSudo:", "true or false"});
    set("service manager unknown", "lans[0].deploy.serviceManager", text("init"),
        {"lans[0].deploy.serviceManager:", "systemd, command"});
    set("position x string", "lans[0].position.x", text("1"), {"lans[0].position.x:", "expected a number"});
    set("notes not a string", "lans[0].notes", false, {"lans[0].notes:", "expected a string"});
    set("aws not an object", "lans[1].aws", text("vpc-1"), {"lans[1].aws:", "expected an object"});
    set("aws instance not a string", "lans[1].aws.instanceId", 7,
        {"lans[1].aws.instanceId:", "expected a string"});
    set("aws route tables not a list", "lans[1].aws.routeTableIds", text("rtb-1"),
        {"lans[1].aws.routeTableIds:", "expected a list"});
    set("aws route table not a string", "lans[1].aws.routeTableIds[0]", QJsonObject(),
        {"lans[1].aws.routeTableIds[0]:", "expected a string"});

    // Links and tunnels.
    set("link to unknown LAN", "links[0].b", 99, {"links[0].b:", "no LAN has the ID 99"});
    set("link from unknown LAN", "links[0].a", 7, {"links[0].a:", "no LAN has the ID 7"});
    set("link to itself", "links[0].b", 1, {"links[0].b:", "two different LANs"});
    remove("link end missing", "links[0].a", {"links[0].a:", "missing"});
    set("link listed twice", "links[1]", link12, {"links[1].b:", "listed twice"});
    set("link listed twice reversed", "links[1]",
        QJsonObject{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 1}}, {"links[1].b:", "listed twice"});
    set("link not an object", "links[0]", QJsonArray{1, 2}, {"links[0]:", "expected an object"});
    set("tunnel to unknown LAN", "tunnels[0].a", 99, {"tunnels[0].a:", "no LAN has the ID 99"});
    set("tunnel transit too big", "tunnels[0].transit", text("10.254.0.0/29"),
        {"tunnels[0].transit:", "/30 or /31"});
    set("tunnel transit host bits", "tunnels[0].transit", text("10.254.0.1/30"),
        {"tunnels[0].transit:", "did you mean"});
    remove("tunnel transit missing", "tunnels[0].transit", {"tunnels[0].transit:", "missing"});
    set("tunnel port too high", "tunnels[0].portB", 65536, {"tunnels[0].portB:", "1 to 65535"});
    remove("tunnel port missing", "tunnels[0].portA", {"tunnels[0].portA:", "missing"});
}

void TestProjectFile::badFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fragments);
    Mesh mesh = sentinelMesh();
    QString error;
    QVERIFY(!ProjectFile::fromJson(json, &mesh, &error));
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(error.contains(fragment), qPrintable(error + QLatin1String(" | lacks: ") + fragment));
    QVERIFY(mesh == sentinelMesh()); // never half-loaded
}

void TestProjectFile::everyTruncationFails()
{
    const QByteArray full = ProjectFile::toJson(smallMesh());
    for (qsizetype length = 0; full.left(length).trimmed() != full.trimmed(); ++length) {
        Mesh mesh = sentinelMesh();
        QString error;
        QVERIFY2(!ProjectFile::fromJson(full.left(length), &mesh, &error),
                 qPrintable(QString::number(length)));
        QVERIFY(!error.isEmpty());
        QVERIFY(mesh == sentinelMesh());
    }
}

void TestProjectFile::loadNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.p2pmesh"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(patched("lans[1].subnets[0]", QStringLiteral("10.2.0.1/16")));
    file.close();
    Mesh mesh = sentinelMesh();
    QString error;
    QVERIFY(!ProjectFile::load(path, &mesh, &error));
    QVERIFY2(error.startsWith(path + QLatin1String(": lans[1].subnets[0]: ")), qPrintable(error));
    QVERIFY(mesh == sentinelMesh());
}

void TestProjectFile::loadMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.p2pmesh"));
    Mesh mesh = sentinelMesh();
    QString error;
    QVERIFY(!ProjectFile::load(path, &mesh, &error));
    QVERIFY2(error.contains(QLatin1String("cannot open")) && error.contains(path), qPrintable(error));
    QVERIFY(mesh == sentinelMesh());
}

// A write that fails half-way (file size limit, as on a full disk) must not touch the old file.
void TestProjectFile::saveFailingWriteKeepsOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mesh.p2pmesh"));
    QString error;
    QVERIFY2(ProjectFile::save(path, smallMesh(), &error), qPrintable(error));
    const QByteArray before = readAll(path);
    QVERIFY(ProjectFile::toJson(richMesh()).size() > 512);
    bool saved = true;
    {
        FileSizeLimit limit(512);
        QVERIFY(limit.isActive());
        saved = ProjectFile::save(path, richMesh(), &error);
    }
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("mesh.p2pmesh")});
}

void TestProjectFile::saveIntoReadOnlyDirectoryKeepsOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mesh.p2pmesh"));
    QString error;
    QVERIFY2(ProjectFile::save(path, smallMesh(), &error), qPrintable(error));
    const QByteArray before = readAll(path);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther |
                                          QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    bool saved = true;
    bool bound = true;
    {
        FileAccessAsNobody nobody;
        bound = nobody.isEffective();
        if (bound)
            saved = ProjectFile::save(path, richMesh(), &error);
    }
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!bound)
        QSKIP("running as root without CAP_SETUID: directory permissions cannot bind this process");
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readAll(path), before);
}

void TestProjectFile::saveIntoMissingDirectory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/mesh.p2pmesh"));
    QString error;
    QVERIFY(!ProjectFile::save(path, smallMesh(), &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
