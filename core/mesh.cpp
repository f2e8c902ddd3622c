#include "mesh.h"

#include <QRegularExpression>

namespace p2pvpn {

namespace {
// Every rule is anchored with anchoredPattern(), never "^...$": in a regular expression '$' also
// matches before a final newline, which would let "name\n" through into configs and scripts.
QRegularExpression anchored(const char *pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern)));
}

const QRegularExpression &nameRule()
{
    static const QRegularExpression rule = anchored("[a-z0-9][a-z0-9-]{0,31}");
    return rule;
}

QString validateShortName(const QString &name, const char *what)
{
    if (name.isEmpty())
        return QCoreApplication::translate("Lan", "%1 is empty").arg(QCoreApplication::translate("Lan", what));
    if (!nameRule().match(name).hasMatch())
        return QCoreApplication::translate(
                   "Lan", "%1 \"%2\" is not allowed: use 1 to 32 of a-z, 0-9 and '-', starting with a letter or digit")
            .arg(QCoreApplication::translate("Lan", what), displayText(name));
    return QString();
}
} // namespace

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
    static const QRegularExpression label = anchored("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    static const QRegularExpression numeric = anchored("[0-9.]+");
    if (numeric.match(endpoint).hasMatch())
        return tr("endpoint \"%1\" is not a valid IPv4 address").arg(displayText(endpoint));
    if (endpoint.size() > 253)
        return tr("endpoint is longer than 253 characters");
    const QStringList labels = endpoint.split(QLatin1Char('.'));
    for (const QString &part : labels)
        if (!label.match(part).hasMatch())
            return tr("endpoint \"%1\" is not a valid DNS name or IPv4 address").arg(displayText(endpoint));
    return QString();
}

QString Lan::validateSshUser(const QString &user)
{
    static const QRegularExpression rule = anchored("[a-z_][a-z0-9_.-]{0,31}");
    if (!rule.match(user).hasMatch())
        return tr("SSH user \"%1\" is not allowed: use 1 to 32 of a-z, 0-9, '_', '.' and '-', starting with a "
                  "letter or '_'")
            .arg(displayText(user));
    return QString();
}

QString Lan::validateTargetDir(const QString &dir)
{
    static const QRegularExpression rule = anchored("(/[A-Za-z0-9_.@+-]+)+/?");
    if (!rule.match(dir).hasMatch() || dir.size() > 200)
        return tr("target directory \"%1\" must be an absolute path of letters, digits and _ . @ + -")
                  .arg(displayText(dir));
    for (const QString &part : dir.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return tr("target directory \"%1\" must not contain \".\" or \"..\"").arg(displayText(dir));
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
        else if (const QChar::Category k = c.category(); k == QChar::Other_Control || k == QChar::Other_Format
                 || k == QChar::Separator_Line || k == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString toString(Topology t) { return t == Topology::Full ? QStringLiteral("full") : QStringLiteral("manual"); }
QString toString(KeyMode m) { return m == KeyMode::Fingerprint ? QStringLiteral("fingerprint") : QStringLiteral("ca"); }
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
