#include "model/projectfile.h"

#include "util/inputfile.h"
#include "util/writefully.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <stdexcept>

namespace p2pvpn {

namespace {

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

// Thrown inside the reader; caught once in fromJson, which turns it into *error.
struct ReadError : std::runtime_error
{
    QString message;
    explicit ReadError(QString m) : std::runtime_error("read error"), message(std::move(m)) {}
};

// Reads one JSON object and knows where it is, so every error can name the place.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
public:
    Reader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    [[noreturn]] void fail(const QString &key, const QString &problem) const
    {
        throw ReadError(where(key) + QLatin1String(": ") + problem);
    }
    QString where(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    bool has(const QString &key) const { return m_object.contains(key); }

    QJsonValue value(const QString &key, bool required) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && required)
            fail(key, tr("missing"));
        return v;
    }

    QString string(const QString &key, const QString &fallback = QString(), bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return fallback;
        if (!v.isString())
            fail(key, tr("expected a string"));
        return v.toString();
    }

    int integer(const QString &key, int fallback, bool required = false, int min = INT_MIN,
                int max = INT_MAX) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble();
        // Range first: converting an out-of-range double to an integer is undefined behaviour.
        if (!v.isDouble() || !(d >= min && d <= max) || d != std::trunc(d))
            fail(key, tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return int(d);
    }

    bool boolean(const QString &key, bool fallback) const
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(key, tr("expected true or false"));
        return v.toBool();
    }

    QJsonArray array(const QString &key, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(key, tr("expected a list"));
        return v.toArray();
    }

    Reader object(const QString &key, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (!v.isUndefined() && !v.isObject())
            fail(key, tr("expected an object"));
        return Reader(v.toObject(), where(key));
    }

    static Reader element(const QJsonArray &array, qsizetype i, const QString &arrayPath)
    {
        const QString path = QStringLiteral("%1[%2]").arg(arrayPath).arg(i);
        if (!array.at(i).isObject())
            throw ReadError(path + QLatin1String(": ") + tr("expected an object"));
        return Reader(array.at(i).toObject(), path);
    }

    Cidr cidr(const QString &key, const Cidr &fallback, bool required = false) const
    {
        if (!has(key) && !required)
            return fallback;
        return parseCidr(string(key, QString(), true), where(key));
    }

    QList<Cidr> cidrs(const QString &key, bool required = false) const
    {
        const QJsonArray list = array(key, required);
        QList<Cidr> result;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(where(key)).arg(i);
            if (!list.at(i).isString())
                throw ReadError(path + QLatin1String(": ") + tr("expected a string such as \"10.1.0.0/16\""));
            result.append(parseCidr(list.at(i).toString(), path));
        }
        return result;
    }

    template <typename Enum> Enum enumeration(const QString &key, Enum fallback, const char *choices) const
    {
        if (!has(key))
            return fallback;
        Enum result = fallback;
        if (!fromString(string(key), &result))
            fail(key, tr("expected one of %1").arg(QLatin1String(choices)));
        return result;
    }

private:
    static Cidr parseCidr(const QString &text, const QString &path)
    {
        QString problem;
        const Cidr c = Cidr::parse(text, &problem);
        if (!c.isValid())
            throw ReadError(path + QLatin1String(": ") + problem);
        return c;
    }

    QJsonObject m_object;
    QString m_path;
};

Lan readLan(const Reader &r)
{
    Lan lan;
    lan.id = r.integer(QStringLiteral("id"), 0, true, 1);
    lan.name = r.string(QStringLiteral("name"), QString(), true);
    lan.subnets = r.cidrs(QStringLiteral("subnets"), true);
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
            position.fail(key, Reader::tr("expected a number"));
        return v.toDouble();
    };
    lan.position = QPointF(coordinate(QStringLiteral("x")), coordinate(QStringLiteral("y")));
    lan.notes = r.string(QStringLiteral("notes"));
    return lan;
}

LinkKey readLinkKey(const Reader &r, const Mesh &mesh)
{
    const int a = r.integer(QStringLiteral("a"), 0, true, 1);
    const int b = r.integer(QStringLiteral("b"), 0, true, 1);
    for (auto [key, id] : {std::pair{QStringLiteral("a"), a}, std::pair{QStringLiteral("b"), b}})
        if (!mesh.lans.contains(id))
            r.fail(key, Reader::tr("no LAN has the ID %1").arg(id));
    if (a == b)
        r.fail(QStringLiteral("b"), Reader::tr("a link needs two different LANs"));
    return LinkKey(a, b);
}

Mesh readMesh(const Reader &root)
{
    const QString format = root.string(QStringLiteral("format"), QString(), true);
    if (format != formatTag)
        root.fail(QStringLiteral("format"),
                  Reader::tr("this is not a P2P-VPN mesh file (expected \"%1\")").arg(formatTag));
    const int version = root.integer(QStringLiteral("version"), 0, true, 1);
    if (version > ProjectFile::formatVersion)
        root.fail(QStringLiteral("version"),
                  Reader::tr("the file has format version %1, but this program reads up to version %2; "
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

    const QJsonArray lans = root.array(QStringLiteral("lans"), true);
    for (qsizetype i = 0; i < lans.size(); ++i) {
        const Reader r = Reader::element(lans, i, QStringLiteral("lans"));
        const Lan lan = readLan(r);
        if (mesh.lans.contains(lan.id))
            r.fail(QStringLiteral("id"), Reader::tr("the ID %1 is used by another LAN too").arg(lan.id));
        mesh.lans.insert(lan.id, lan);
    }
    const int highestId = mesh.lans.isEmpty() ? 0 : mesh.lans.lastKey();
    mesh.nextLanId = root.integer(QStringLiteral("nextLanId"), highestId + 1, false, 1);
    if (mesh.nextLanId <= highestId)
        root.fail(QStringLiteral("nextLanId"),
                  Reader::tr("%1 is not above the highest LAN ID %2").arg(mesh.nextLanId).arg(highestId));

    const QJsonArray links = root.array(QStringLiteral("links"));
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Reader r = Reader::element(links, i, QStringLiteral("links"));
        const LinkKey key = readLinkKey(r, mesh);
        if (mesh.links.contains(key))
            r.fail(QStringLiteral("b"), Reader::tr("this link is listed twice"));
        mesh.links.insert(key);
    }

    const QJsonArray tunnels = root.array(QStringLiteral("tunnels"));
    for (qsizetype i = 0; i < tunnels.size(); ++i) {
        const Reader r = Reader::element(tunnels, i, QStringLiteral("tunnels"));
        const LinkKey key = readLinkKey(r, mesh);
        if (mesh.allocations.contains(key))
            r.fail(QStringLiteral("b"), Reader::tr("this tunnel is listed twice"));
        TunnelAllocation allocation;
        allocation.transit = r.cidr(QStringLiteral("transit"), Cidr(), true);
        if (allocation.transit.prefix() < 30)
            r.fail(QStringLiteral("transit"), Reader::tr("a tunnel's transit network must be a /30 or /31"));
        allocation.portA = r.integer(QStringLiteral("portA"), 0, true, 1, 65535);
        allocation.portB = r.integer(QStringLiteral("portB"), 0, true, 1, 65535);
        mesh.allocations.insert(key, allocation);
    }
    return mesh;
}

// "line 3, column 14" for a byte offset, as editors count.
QString lineAndColumn(const QByteArray &data, int offset)
{
    offset = qBound(0, offset, int(data.size()));
    const int line = int(data.left(offset).count('\n')) + 1;
    const int column = offset - int(data.lastIndexOf('\n', offset - 1));
    return ProjectFile::tr("line %1, column %2").arg(line).arg(column);
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
    root.insert(QStringLiteral("settings"),
                QJsonObject{{QStringLiteral("transitPool"), s.transitPool.toString()},
                            {QStringLiteral("transitSlash31"), s.transitSlash31},
                            {QStringLiteral("portBase"), s.portBase},
                            {QStringLiteral("keyMode"), toString(s.keyMode)},
                            {QStringLiteral("dataCiphers"), s.dataCiphers},
                            {QStringLiteral("keepaliveInterval"), s.keepaliveInterval},
                            {QStringLiteral("keepaliveTimeout"), s.keepaliveTimeout},
                            {QStringLiteral("reservedRanges"), cidrArray(s.reservedRanges)}});

    QJsonArray lans;
    for (const Lan &lan : mesh.lans) {
        lans.append(
            QJsonObject{{QStringLiteral("id"), lan.id},
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
                        {QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), lan.position.x()},
                                                                 {QStringLiteral("y"), lan.position.y()}}},
                        {QStringLiteral("notes"), lan.notes}});
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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it stopped at, except for trailing garbage.
        const int offset =
            parseError.error == QJsonParseError::GarbageAtEnd ? parseError.offset : parseError.offset - 1;
        *error = tr("not valid JSON at %1: %2").arg(lineAndColumn(json, offset), parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = tr("the file's top level must be a JSON object");
        return false;
    }
    try {
        *mesh = readMesh(Reader(document.object(), QString()));
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
