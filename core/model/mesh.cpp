#include "model/mesh.h"

#include <algorithm>

namespace p2pvpn {

namespace {

// Character classes, by hand: the checker validates every LAN after every keystroke,
// and regular expressions cost far more than these loops.
bool isLowerOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}
bool isAsciiLetterOrDigit(QChar c)
{
    return isLowerOrDigit(c) || (c >= u'A' && c <= u'Z');
}

// [a-z0-9][a-z0-9-]{0,31}
bool isShortName(const QString &name)
{
    if (name.isEmpty() || name.size() > 32 || !isLowerOrDigit(name.front()))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) { return isLowerOrDigit(c) || c == u'-'; });
}

// One DNS label: letters, digits and inner hyphens, 1 to 63 characters.
bool isDnsLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    return std::all_of(label.cbegin(), label.cend(),
                       [](QChar c) { return isAsciiLetterOrDigit(c) || c == u'-'; });
}

// Whether a name's last label is a number (decimal, or hex with "0x"): inet_aton() and getaddrinfo() read
// "0x7f000001" or "127.0.0.0x1" as an IPv4 address, which would slip past the loopback and duplicate checks.
// No top-level domain is numeric, so such a name is never a DNS name.
bool endsInNumber(QStringView name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    const qsizetype dot = name.lastIndexOf(u'.');
    QStringView last = dot < 0 ? name : name.mid(dot + 1);
    const auto allOf = [](QStringView text, auto rule) {
        return std::all_of(text.cbegin(), text.cend(), rule);
    };
    if (last.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return allOf(last.mid(2), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        });
    return !last.isEmpty() && allOf(last, [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString validateShortName(const QString &name, const char *what)
{
    if (name.isEmpty())
        return QCoreApplication::translate("Lan", "%1 is empty")
            .arg(QCoreApplication::translate("Lan", what));
    if (!isShortName(name))
        return QCoreApplication::translate("Lan", "%1 \"%2\" is not allowed: use 1 to 32 of a-z, 0-9 and "
                                                  "'-', starting with a letter or digit")
            .arg(QCoreApplication::translate("Lan", what), displayText(name));
    return QString();
}

// A service command: the tunnel's name is appended to it on the same line (`sh -c "$CMD \"$1\""`), so a
// line break would run the name as a command of its own, and blank text would run only the name.
QString validateCommand(const QString &command, const char *what)
{
    if (command.trimmed().isEmpty() && !command.isEmpty())
        return QCoreApplication::translate("Lan", "%1 is only spaces")
            .arg(QCoreApplication::translate("Lan", what));
    const bool oneLine = std::none_of(command.cbegin(), command.cend(), [](QChar c) {
        const QChar::Category k = c.category();
        return k == QChar::Other_Control || k == QChar::Separator_Line || k == QChar::Separator_Paragraph;
    });
    if (!oneLine)
        return QCoreApplication::translate("Lan", "%1 \"%2\" must be one line without control characters; "
                                                  "the tunnel's name is added at its end")
            .arg(QCoreApplication::translate("Lan", what), displayText(command));
    return QString();
}
} // namespace

QList<Cidr> Lan::meshSubnets() const
{
    if (aliases.isEmpty())
        return subnets;
    QList<Cidr> result;
    result.reserve(subnets.size());
    for (const Cidr &subnet : subnets)
        result.append(meshSubnet(subnet));
    return result;
}

void Lan::pruneAliases()
{
    for (auto it = aliases.begin(); it != aliases.end();)
        it = subnets.contains(it.key()) ? std::next(it) : aliases.erase(it);
}

QString Lan::validateName(const QString &name)
{
    return validateShortName(name, QT_TRANSLATE_NOOP("Lan", "LAN name"));
}

QString Mesh::validateName(const QString &name)
{
    return validateShortName(name, QT_TRANSLATE_NOOP("Lan", "mesh name"));
}

QString Lan::validateEndpoint(const QString &endpoint)
{
    if (endpoint.isEmpty())
        return tr("endpoint is empty; give the public DNS name or IPv4 address peers dial");
    if (parseIpv4(endpoint, nullptr))
        return QString();
    const bool numeric = std::all_of(endpoint.cbegin(), endpoint.cend(),
                                     [](QChar c) { return c == u'.' || (c >= u'0' && c <= u'9'); });
    if (numeric)
        return tr("endpoint \"%1\" is not a valid IPv4 address").arg(displayText(endpoint));
    if (endpoint.size() > 253)
        return tr("endpoint is longer than 253 characters");
    if (endsInNumber(endpoint))
        return tr("endpoint \"%1\" is an IPv4 address in a form other than four decimal numbers (a resolver "
                  "reads hex, octal or shortened forms as an address); write it like 192.0.2.1")
            .arg(displayText(endpoint));
    for (QStringView label : QStringView(endpoint).tokenize(u'.'))
        if (!isDnsLabel(label))
            return tr("endpoint \"%1\" is not a valid DNS name or IPv4 address").arg(displayText(endpoint));
    return QString();
}

QString Lan::validateSshUser(const QString &user)
{
    // [a-z_][a-z0-9_.-]{0,31}
    const bool valid = !user.isEmpty() && user.size() <= 32 &&
                       ((user.front() >= u'a' && user.front() <= u'z') || user.front() == u'_') &&
                       std::all_of(user.cbegin(), user.cend(), [](QChar c) {
                           return isLowerOrDigit(c) || c == u'_' || c == u'.' || c == u'-';
                       });
    if (!valid)
        return tr("SSH user \"%1\" is not allowed: use 1 to 32 of a-z, 0-9, '_', '.' and '-', starting with "
                  "a "
                  "letter or '_'")
            .arg(displayText(user));
    return QString();
}

QString Lan::validateTargetDir(const QString &dir)
{
    // An absolute path of plain components: it is used in shell commands and file names on the gateway.
    auto plain = [](QChar c) {
        return isAsciiLetterOrDigit(c) || c == u'_' || c == u'.' || c == u'@' || c == u'+' || c == u'-';
    };
    bool valid = dir.size() > 1 && dir.size() <= 200 && dir.front() == u'/';
    bool dotsOnly = false;
    // One pass over the components between slashes.
    for (qsizetype i = 1, start = 1; valid && i <= dir.size(); ++i) {
        if (i < dir.size() && dir[i] != u'/') {
            valid = plain(dir[i]);
            continue;
        }
        const qsizetype length = i - start;
        const bool last = i == dir.size();
        valid = length > 0 || (last && i > 1); // no "//"; one trailing slash is fine
        if (length == 1 && dir[start] == u'.')
            dotsOnly = true;
        if (length == 2 && dir[start] == u'.' && dir[start + 1] == u'.')
            dotsOnly = true;
        start = i + 1;
    }
    if (!valid)
        return tr("target directory \"%1\" must be an absolute path of letters, digits and _ . @ + -")
            .arg(displayText(dir));
    if (dotsOnly)
        return tr("target directory \"%1\" must not contain \".\" or \"..\"").arg(displayText(dir));
    return QString();
}

QString Lan::validateRestartCommand(const QString &command)
{
    if (command.isEmpty())
        return tr(
            "restart command is empty: give the shell command that (re)starts a tunnel, or use systemd");
    return validateCommand(command, QT_TRANSLATE_NOOP("Lan", "restart command"));
}

QString Lan::validateStopCommand(const QString &command)
{
    return validateCommand(command, QT_TRANSLATE_NOOP("Lan", "stop command"));
}

bool AwsGateway::isAwsId(const QString &id, QLatin1String prefix)
{
    if (!id.startsWith(prefix) || id.size() <= prefix.size() + 1 || id.at(prefix.size()) != u'-')
        return false;
    const QStringView hex = QStringView(id).mid(prefix.size() + 1);
    return (hex.size() == 8 || hex.size() == 17) && std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

bool AwsGateway::isRegion(const QString &region)
{
    // "eu-west-1", "us-gov-west-1", "ap-southeast-2": letters in dash-separated words, then a number.
    const QList<QStringView> parts = QStringView(region).split(u'-');
    if (region.size() > 32 || parts.size() < 3 || parts.first().size() != 2)
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool last = i == parts.size() - 1;
        const QStringView part = parts[i];
        if (part.isEmpty() || part.size() > (last ? 2 : 16))
            return false;
        for (QChar c : part)
            if (last ? !(c >= u'0' && c <= u'9') : !(c >= u'a' && c <= u'z'))
                return false;
    }
    return true;
}

QString AwsGateway::validate() const
{
    auto bad = [](const char *what, const QString &value) {
        return tr("AWS %1 \"%2\" is not valid").arg(tr(what), displayText(value));
    };
    if (!region.isEmpty() && !isRegion(region))
        return bad(QT_TR_NOOP("region"), region);
    if (!vpcId.isEmpty() && !isAwsId(vpcId, QLatin1String("vpc")))
        return bad(QT_TR_NOOP("VPC ID"), vpcId);
    if (!instanceId.isEmpty() && !isAwsId(instanceId, QLatin1String("i")))
        return bad(QT_TR_NOOP("instance ID"), instanceId);
    if (!networkInterfaceId.isEmpty() && !isAwsId(networkInterfaceId, QLatin1String("eni")))
        return bad(QT_TR_NOOP("network interface ID"), networkInterfaceId);
    for (const QString &table : routeTableIds)
        if (!isAwsId(table, QLatin1String("rtb")))
            return bad(QT_TR_NOOP("route table ID"), table);
    if (!securityGroupId.isEmpty() && !isAwsId(securityGroupId, QLatin1String("sg")))
        return bad(QT_TR_NOOP("security group ID"), securityGroupId);
    return QString();
}

LanId Mesh::addLan(Lan newLan)
{
    newLan.id = nextLanId++;
    lans.insert(newLan.id, newLan);
    return newLan.id;
}

const Lan *Mesh::lan(LanId id) const
{
    const auto it = lans.constFind(id);
    return it == lans.cend() ? nullptr : &*it;
}

Lan *Mesh::lan(LanId id)
{
    const auto it = lans.find(id);
    return it == lans.end() ? nullptr : &*it;
}

const Lan *Mesh::lanByName(const QString &name) const
{
    for (const Lan &l : lans)
        if (l.name == name)
            return &l;
    return nullptr;
}

void Mesh::removeLan(LanId id)
{
    lans.remove(id);
    links.removeIf([id](const LinkKey &k) { return k.a == id || k.b == id; });
    allocations.removeIf([id](const auto &it) { return it.key().a == id || it.key().b == id; });
}

QList<LinkKey> Mesh::tunnels() const
{
    QList<LinkKey> result;
    if (topology == Topology::Full) {
        const QList<LanId> ids = lans.keys();
        result.reserve(ids.size() * (ids.size() - 1) / 2);
        for (qsizetype i = 0; i < ids.size(); ++i)
            for (qsizetype j = i + 1; j < ids.size(); ++j)
                result.append(LinkKey(ids[i], ids[j]));
    } else {
        for (const LinkKey &k : links)
            if (lans.contains(k.a) && lans.contains(k.b))
                result.append(k);
        std::sort(result.begin(), result.end());
    }
    return result;
}

qsizetype Mesh::tunnelCount() const
{
    if (topology == Topology::Full)
        return lans.size() * (lans.size() - 1) / 2;
    return tunnels().size();
}

bool Mesh::hasTunnel(const LinkKey &link) const
{
    if (link.a == link.b || !lans.contains(link.a) || !lans.contains(link.b))
        return false;
    return topology == Topology::Full || links.contains(link);
}

QString displayText(const QString &value, qsizetype maxLength)
{
    QString out;
    for (const QChar c : value) {
        if (out.size() >= maxLength) {
            out += QChar(0x2026); // …
            break;
        }
        if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (const QChar::Category k = c.category();
                 k == QChar::Other_Control || k == QChar::Other_Format || k == QChar::Separator_Line ||
                 k == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString toString(Topology t)
{
    return t == Topology::Full ? QStringLiteral("full") : QStringLiteral("manual");
}
QString toString(KeyMode m)
{
    return m == KeyMode::Fingerprint ? QStringLiteral("fingerprint") : QStringLiteral("ca");
}
QString toString(ServiceManager s)
{
    return s == ServiceManager::Systemd ? QStringLiteral("systemd") : QStringLiteral("command");
}

bool fromString(const QString &text, Topology *t)
{
    if (text == QLatin1String("full"))
        *t = Topology::Full;
    else if (text == QLatin1String("manual"))
        *t = Topology::Manual;
    else
        return false;
    return true;
}

bool fromString(const QString &text, KeyMode *m)
{
    if (text == QLatin1String("fingerprint"))
        *m = KeyMode::Fingerprint;
    else if (text == QLatin1String("ca"))
        *m = KeyMode::Ca;
    else
        return false;
    return true;
}

bool fromString(const QString &text, ServiceManager *s)
{
    if (text == QLatin1String("systemd"))
        *s = ServiceManager::Systemd;
    else if (text == QLatin1String("command"))
        *s = ServiceManager::Command;
    else
        return false;
    return true;
}

} // namespace p2pvpn
