#include "model/cidr.h"

#include <QStringList>

#include <algorithm>

namespace p2pvpn {

bool parseIpv4(const QString &text, quint32 *address)
{
    // By hand rather than split(): the checker parses every endpoint after every keystroke.
    quint32 value = 0;
    int octets = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (octets < 4) {
        const qsizetype start = i;
        uint octet = 0;
        while (i < n && i - start < 4 && text[i] >= u'0' && text[i] <= u'9')
            octet = octet * 10 + (text[i++].unicode() - u'0');
        const qsizetype digits = i - start;
        if (digits == 0 || digits > 3 || octet > 255 || (digits > 1 && text[start] == u'0'))
            return false;
        value = (value << 8) | octet;
        ++octets;
        if (octets < 4) {
            if (i >= n || text[i] != u'.')
                return false;
            ++i;
        }
    }
    if (i != n)
        return false;
    if (address)
        *address = value;
    return true;
}

QString formatIpv4(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(a >> 24)
        .arg((a >> 16) & 0xff)
        .arg((a >> 8) & 0xff)
        .arg(a & 0xff);
}

static int prefixFromMask(quint32 mask)
{
    // A valid netmask is a run of ones followed by zeros.
    const quint32 inverted = ~mask;
    if ((inverted & (inverted + 1)) != 0)
        return -1;
    int prefix = 0;
    while (prefix < 32 && (mask & (0x80000000u >> prefix)))
        ++prefix;
    return prefix;
}

Cidr Cidr::fromAddress(quint32 network, int prefix)
{
    Cidr c;
    if (prefix < 0 || prefix > 32)
        return c;
    c.m_prefix = prefix;
    c.m_network = network & maskFor(prefix);
    return c;
}

Cidr Cidr::parse(const QString &text, QString *error)
{
    return parse(text, 32, error);
}

Cidr Cidr::parse(const QString &input, int defaultPrefix, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Cidr();
    };
    const QString text = input.simplified();
    if (text.isEmpty())
        return fail(tr("empty network; expected a CIDR such as 10.1.0.0/16"));

    QString addressPart = text;
    int prefix = defaultPrefix;
    if (const qsizetype slash = text.indexOf(QLatin1Char('/')); slash >= 0) {
        addressPart = text.left(slash).trimmed();
        const QString prefixPart = text.mid(slash + 1).trimmed();
        // Digits only: toInt() would also take a sign, and stops quietly at an embedded NUL.
        const bool digits = !prefixPart.isEmpty() && prefixPart.size() <= 2 &&
                            std::all_of(prefixPart.begin(), prefixPart.end(), [](QChar c) {
                                return c >= QLatin1Char('0') && c <= QLatin1Char('9');
                            });
        prefix = digits ? prefixPart.toInt() : -1;
        if (prefix < 0 || prefix > 32)
            return fail(
                tr("\"%1\" has an invalid prefix length \"%2\"; expected 0 to 32").arg(text, prefixPart));
    } else if (const qsizetype space = text.indexOf(QLatin1Char(' ')); space >= 0) {
        addressPart = text.left(space);
        const QString maskPart = text.mid(space + 1);
        quint32 mask = 0;
        if (!parseIpv4(maskPart, &mask))
            return fail(tr("\"%1\" has an invalid netmask \"%2\"").arg(text, maskPart));
        prefix = prefixFromMask(mask);
        if (prefix < 0)
            return fail(tr("\"%1\": %2 is not a valid netmask (its one-bits must be contiguous)")
                            .arg(text, maskPart));
    }
    quint32 address = 0;
    if (!parseIpv4(addressPart, &address))
        return fail(tr("\"%1\" is not an IPv4 address; expected four numbers 0-255 separated by dots")
                        .arg(addressPart));
    const Cidr network = fromAddress(address, prefix);
    if (network.m_network != address)
        return fail(tr("%1/%2 has host bits set; did you mean %3?")
                        .arg(formatIpv4(address))
                        .arg(prefix)
                        .arg(network.toString()));
    if (error)
        error->clear();
    return network;
}

bool Cidr::isPrivate() const
{
    static const Cidr rfc1918[] = {fromAddress(0x0a000000, 8), fromAddress(0xac100000, 12),
                                   fromAddress(0xc0a80000, 16)};
    for (const Cidr &block : rfc1918)
        if (block.contains(*this))
            return true;
    return false;
}

QString Cidr::toString() const
{
    if (!isValid())
        return QString();
    return formatIpv4(m_network) + QLatin1Char('/') + QString::number(m_prefix);
}

bool Cidr::parseAliased(const QString &text, Cidr *subnet, Cidr *alias, QString *error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    *alias = Cidr();
    *subnet = parse((equals < 0 ? text : text.left(equals)).trimmed(), error);
    if (!subnet->isValid())
        return false;
    if (equals < 0)
        return true;
    QString problem;
    *alias = parse(text.mid(equals + 1).trimmed(), &problem);
    if (!alias->isValid()) {
        if (error)
            *error = tr("the alias of %1: %2").arg(subnet->toString(), problem);
        return false;
    }
    if (alias->prefix() != subnet->prefix()) { // 1:1 translation maps host to host
        if (error)
            *error = tr("the alias of %1 must be a /%2 as well, not %3")
                         .arg(subnet->toString())
                         .arg(subnet->prefix())
                         .arg(alias->toString());
        *alias = Cidr();
        return false;
    }
    return true;
}

} // namespace p2pvpn
