#include "model/projectfile.h"

#include "model/jsonreader.h"
#include "util/inputfile.h"
#include "util/writefully.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace p2pvpn {

namespace {

using Reader = JsonReader;
using ReadError = JsonReadError;

const QString formatTag = QStringLiteral("p2pvpn-mesh");

QJsonArray cidrArray(const QList<Cidr> &list)
{
    QJsonArray array;
    for (const Cidr &c : list)
        array.append(c.toString());
    return array;
}

QJsonObject linkObject(const LinkKey &k)
{
    return QJsonObject{{QStringLiteral("a"), k.a}, {QStringLiteral("b"), k.b}};
}

Lan readLan(const Reader &r)
{
    Lan lan;
    lan.id = r.integer(QStringLiteral("id"), 0, true, 1);
    lan.name = r.string(QStringLiteral("name"), QString(), true);
    lan.subnets = r.cidrs(QStringLiteral("subnets"), true);
    // Absent in files written before aliases, and for LANs without any.
    const Reader aliases = r.object(QStringLiteral("aliases"));
    for (const QString &key : aliases.keys()) {
        QString problem;
        const Cidr subnet = Cidr::parse(key, &problem);
        if (!subnet.isValid())
            aliases.fail(key, problem);
        if (!lan.subnets.contains(subnet))
            aliases.fail(key, ProjectFile::tr("not one of the LAN's subnets"));
        lan.aliases.insert(subnet, aliases.cidr(key, Cidr(), true));
    }
    lan.endpoint = r.string(QStringLiteral("endpoint"), QString(), true);
    const Reader ssh = r.object(QStringLiteral("ssh"));
    lan.ssh.host = ssh.string(QStringLiteral("host"));
    lan.ssh.port = ssh.integer(QStringLiteral("port"), 22, false, 1, 65535);
    lan.ssh.user = ssh.string(QStringLiteral("user"), lan.ssh.user);
    lan.ssh.keyFile = ssh.string(QStringLiteral("keyFile"));
    lan.ssh.useAgent = ssh.boolean(QStringLiteral("useAgent"), lan.ssh.useAgent);
    lan.ssh.useSudo = ssh.boolean(QStringLiteral("useSudo"), lan.ssh.useSudo);
    const Reader deploy = r.object(QStringLiteral("deploy"));
    lan.deploy.targetDir = deploy.string(QStringLiteral("targetDir"), lan.deploy.targetDir);
    lan.deploy.serviceManager =
        deploy.enumeration(QStringLiteral("serviceManager"), lan.deploy.serviceManager, "systemd, command");
    lan.deploy.restartCommand = deploy.string(QStringLiteral("restartCommand"));
    lan.deploy.stopCommand = deploy.string(QStringLiteral("stopCommand"));
    const Reader position = r.object(QStringLiteral("position"));
    auto coordinate = [&position](const QString &key) {
        const QJsonValue v = position.value(key, false);
        if (!v.isUndefined() && !v.isDouble())
            position.fail(key, ProjectFile::tr("expected a number"));
        return v.toDouble();
    };
    lan.position = QPointF(coordinate(QStringLiteral("x")), coordinate(QStringLiteral("y")));
    lan.notes = r.string(QStringLiteral("notes"));
    // Absent in files written before the AWS import, and for LANs outside AWS.
    const Reader aws = r.object(QStringLiteral("aws"));
    lan.aws.region = aws.string(QStringLiteral("region"));
    lan.aws.vpcId = aws.string(QStringLiteral("vpcId"));
    lan.aws.instanceId = aws.string(QStringLiteral("instanceId"));
    lan.aws.networkInterfaceId = aws.string(QStringLiteral("networkInterfaceId"));
    lan.aws.routeTableIds = aws.strings(QStringLiteral("routeTableIds"));
    lan.aws.securityGroupId = aws.string(QStringLiteral("securityGroupId"));
    return lan;
}

LinkKey readLinkKey(const Reader &r, const Mesh &mesh)
{
    const int a = r.integer(QStringLiteral("a"), 0, true, 1);
    const int b = r.integer(QStringLiteral("b"), 0, true, 1);
    for (auto [key, id] : {std::pair{QStringLiteral("a"), a}, std::pair{QStringLiteral("b"), b}})
        if (!mesh.lans.contains(id))
            r.fail(key, ProjectFile::tr("no LAN has the ID %1").arg(id));
    if (a == b)
        r.fail(QStringLiteral("b"), ProjectFile::tr("a link needs two different LANs"));
    return LinkKey(a, b);
}

Mesh readMesh(const Reader &root)
{
    const QString format = root.string(QStringLiteral("format"), QString(), true);
    if (format != formatTag)
        root.fail(QStringLiteral("format"),
                  ProjectFile::tr("this is not a P2P-VPN mesh file (expected \"%1\")").arg(formatTag));
    const int version = root.integer(QStringLiteral("version"), 0, true, 1);
    if (version > ProjectFile::formatVersion)
        root.fail(QStringLiteral("version"),
                  ProjectFile::tr("the file has format version %1, but this program reads up to version %2; "
                                  "open it with a newer P2P-VPN Mesh Designer")
                      .arg(version)
                      .arg(ProjectFile::formatVersion));

    Mesh mesh;
    mesh.name = root.string(QStringLiteral("name"), QString(), true);
    mesh.topology = root.enumeration(QStringLiteral("topology"), mesh.topology, "full, manual");

    const Reader s = root.object(QStringLiteral("settings"));
    MeshSettings &settings = mesh.settings;
    settings.transitPool = s.cidr(QStringLiteral("transitPool"), settings.transitPool);
    settings.transitSlash31 = s.boolean(QStringLiteral("transitSlash31"), settings.transitSlash31);
    settings.portBase = s.integer(QStringLiteral("portBase"), settings.portBase, false, 1, 65535);
    settings.keyMode = s.enumeration(QStringLiteral("keyMode"), settings.keyMode, "fingerprint, ca");
    settings.dataCiphers = s.string(QStringLiteral("dataCiphers"), settings.dataCiphers);
    settings.keepaliveInterval =
        s.integer(QStringLiteral("keepaliveInterval"), settings.keepaliveInterval, false, 1, 86400);
    settings.keepaliveTimeout =
        s.integer(QStringLiteral("keepaliveTimeout"), settings.keepaliveTimeout, false, 1, 86400);
    settings.reservedRanges = s.cidrs(QStringLiteral("reservedRanges"));
    settings.aliasPool = s.cidr(QStringLiteral("aliasPool"), settings.aliasPool);

    const QJsonArray lans = root.array(QStringLiteral("lans"), true);
    for (qsizetype i = 0; i < lans.size(); ++i) {
        const Reader r = Reader::element(lans, i, QStringLiteral("lans"));
        const Lan lan = readLan(r);
        if (mesh.lans.contains(lan.id))
            r.fail(QStringLiteral("id"), ProjectFile::tr("the ID %1 is used by another LAN too").arg(lan.id));
        mesh.lans.insert(lan.id, lan);
    }
    const int highestId = mesh.lans.isEmpty() ? 0 : mesh.lans.lastKey();
    mesh.nextLanId = root.integer(QStringLiteral("nextLanId"), highestId + 1, false, 1);
    if (mesh.nextLanId <= highestId)
        root.fail(
            QStringLiteral("nextLanId"),
            ProjectFile::tr("%1 is not above the highest LAN ID %2").arg(mesh.nextLanId).arg(highestId));

    const QJsonArray links = root.array(QStringLiteral("links"));
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Reader r = Reader::element(links, i, QStringLiteral("links"));
        const LinkKey key = readLinkKey(r, mesh);
        if (mesh.links.contains(key))
            r.fail(QStringLiteral("b"), ProjectFile::tr("this link is listed twice"));
        mesh.links.insert(key);
    }

    const QJsonArray tunnels = root.array(QStringLiteral("tunnels"));
    for (qsizetype i = 0; i < tunnels.size(); ++i) {
        const Reader r = Reader::element(tunnels, i, QStringLiteral("tunnels"));
        const LinkKey key = readLinkKey(r, mesh);
        if (mesh.allocations.contains(key))
            r.fail(QStringLiteral("b"), ProjectFile::tr("this tunnel is listed twice"));
        TunnelAllocation allocation;
        allocation.transit = r.cidr(QStringLiteral("transit"), Cidr(), true);
        if (allocation.transit.prefix() < 30)
            r.fail(QStringLiteral("transit"),
                   ProjectFile::tr("a tunnel's transit network must be a /30 or /31"));
        allocation.portA = r.integer(QStringLiteral("portA"), 0, true, 1, 65535);
        allocation.portB = r.integer(QStringLiteral("portB"), 0, true, 1, 65535);
        mesh.allocations.insert(key, allocation);
    }
    return mesh;
}

} // namespace

QByteArray ProjectFile::toJson(const Mesh &mesh)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatTag);
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("name"), mesh.name);
    root.insert(QStringLiteral("topology"), toString(mesh.topology));
    root.insert(QStringLiteral("nextLanId"), mesh.nextLanId);

    const MeshSettings &s = mesh.settings;
    QJsonObject settings{{QStringLiteral("transitPool"), s.transitPool.toString()},
                         {QStringLiteral("transitSlash31"), s.transitSlash31},
                         {QStringLiteral("portBase"), s.portBase},
                         {QStringLiteral("keyMode"), toString(s.keyMode)},
                         {QStringLiteral("dataCiphers"), s.dataCiphers},
                         {QStringLiteral("keepaliveInterval"), s.keepaliveInterval},
                         {QStringLiteral("keepaliveTimeout"), s.keepaliveTimeout},
                         {QStringLiteral("reservedRanges"), cidrArray(s.reservedRanges)}};
    // Written only when changed, so files of meshes without aliases stay as they were.
    if (s.aliasPool != MeshSettings().aliasPool)
        settings.insert(QStringLiteral("aliasPool"), s.aliasPool.toString());
    root.insert(QStringLiteral("settings"), settings);

    QJsonArray lans;
    for (const Lan &lan : mesh.lans) {
        QJsonObject object{
            {QStringLiteral("id"), lan.id},
            {QStringLiteral("name"), lan.name},
            {QStringLiteral("subnets"), cidrArray(lan.subnets)},
            {QStringLiteral("endpoint"), lan.endpoint},
            {QStringLiteral("ssh"), QJsonObject{{QStringLiteral("host"), lan.ssh.host},
                                                {QStringLiteral("port"), lan.ssh.port},
                                                {QStringLiteral("user"), lan.ssh.user},
                                                {QStringLiteral("keyFile"), lan.ssh.keyFile},
                                                {QStringLiteral("useAgent"), lan.ssh.useAgent},
                                                {QStringLiteral("useSudo"), lan.ssh.useSudo}}},
            {QStringLiteral("deploy"),
             QJsonObject{{QStringLiteral("targetDir"), lan.deploy.targetDir},
                         {QStringLiteral("serviceManager"), toString(lan.deploy.serviceManager)},
                         {QStringLiteral("restartCommand"), lan.deploy.restartCommand},
                         {QStringLiteral("stopCommand"), lan.deploy.stopCommand}}},
            {QStringLiteral("position"),
             QJsonObject{{QStringLiteral("x"), lan.position.x()}, {QStringLiteral("y"), lan.position.y()}}},
            {QStringLiteral("notes"), lan.notes}};
        if (!lan.aliases.isEmpty()) {
            QJsonObject aliases;
            for (auto it = lan.aliases.cbegin(); it != lan.aliases.cend(); ++it)
                aliases.insert(it.key().toString(), it.value().toString());
            object.insert(QStringLiteral("aliases"), aliases);
        }
        // Only AWS LANs carry the key, so files without any stay byte for byte as they were.
        if (!lan.aws.isEmpty())
            object.insert(QStringLiteral("aws"),
                          QJsonObject{{QStringLiteral("region"), lan.aws.region},
                                      {QStringLiteral("vpcId"), lan.aws.vpcId},
                                      {QStringLiteral("instanceId"), lan.aws.instanceId},
                                      {QStringLiteral("networkInterfaceId"), lan.aws.networkInterfaceId},
                                      {QStringLiteral("routeTableIds"),
                                       QJsonArray::fromStringList(lan.aws.routeTableIds)},
                                      {QStringLiteral("securityGroupId"), lan.aws.securityGroupId}});
        lans.append(object);
    }
    root.insert(QStringLiteral("lans"), lans);

    QList<LinkKey> sortedLinks(mesh.links.cbegin(), mesh.links.cend());
    std::sort(sortedLinks.begin(), sortedLinks.end());
    QJsonArray links;
    for (const LinkKey &k : sortedLinks)
        links.append(linkObject(k));
    root.insert(QStringLiteral("links"), links);

    QJsonArray tunnels;
    for (auto it = mesh.allocations.cbegin(); it != mesh.allocations.cend(); ++it) {
        QJsonObject t = linkObject(it.key());
        t.insert(QStringLiteral("transit"), it->transit.toString());
        t.insert(QStringLiteral("portA"), it->portA);
        t.insert(QStringLiteral("portB"), it->portB);
        tunnels.append(t);
    }
    root.insert(QStringLiteral("tunnels"), tunnels);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProjectFile::fromJson(const QByteArray &json, Mesh *mesh, QString *error)
{
    QJsonObject root;
    if (!JsonReader::parseObject(json, &root, error))
        return false;
    try {
        *mesh = readMesh(Reader(root, QString()));
    } catch (const ReadError &e) {
        *error = e.message;
        return false;
    }
    return true;
}

bool ProjectFile::load(const QString &path, Mesh *mesh, QString *error)
{
    // A mesh file is small; refuse anything absurd before reading it into memory.
    QByteArray json;
    if (!InputFile::read(path, maxFileSize, tr("mesh file"), &json, error))
        return false;
    QString problem;
    if (!fromJson(json, mesh, &problem)) {
        *error = path + QLatin1String(": ") + problem;
        return false;
    }
    return true;
}

bool ProjectFile::save(const QString &path, const Mesh &mesh, QString *error)
{
    QSaveFile file(path);
    // Unbuffered: a write that fails part way (disk full) then reports the system's reason.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = toJson(mesh);
    // QSaveFile::commit() (Qt 6.4) ignores a failure of its own final flush and would
    // replace the old file with a truncated one (disk full); flush and check first.
    if (!writeFully(file, data) || !file.flush() || !file.commit()) {
        *error = tr("cannot write %1: %2; the previous file is unchanged").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace p2pvpn
