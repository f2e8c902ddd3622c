#pragma once

// Cidr: an IPv4 network (address + prefix length) parsed strictly, with the
// arithmetic the checker and allocator need. A plain value type.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace p2pvpn {

// Parses a dotted-quad IPv4 address strictly (four decimal octets, no leading zeros).
bool parseIpv4(const QString &text, quint32 *address);
QString formatIpv4(quint32 address);

class Cidr
{
    Q_DECLARE_TR_FUNCTIONS(Cidr)
public:
    Cidr() = default;
    // Accepts "10.1.0.0/16", "10.1.0.0 255.255.0.0" and a bare address (a /32).
    // Host bits set is an error whose message suggests the network.
    static Cidr parse(const QString &text, QString *error = nullptr);
    // Like parse(), but a bare address means `defaultPrefix` (the ancestor's "/24" convention).
    static Cidr parse(const QString &text, int defaultPrefix, QString *error);
    static Cidr fromAddress(quint32 network, int prefix); // host bits are cleared
    // "CIDR" or "CIDR=ALIAS" (spaces around '=' allowed): a subnet and, after '=', the prefix the rest of the
    // mesh reaches it by (left invalid without '='), of the subnet's size. False with *error naming the part
    // that is wrong.
    static bool parseAliased(const QString &text, Cidr *subnet, Cidr *alias, QString *error);

    bool isValid() const { return m_prefix >= 0; }
    quint32 network() const { return m_network; }
    int prefix() const { return m_prefix; }
    quint32 netmask() const { return maskFor(m_prefix); }
    quint32 first() const { return m_network; }
    quint32 last() const { return m_network | ~netmask(); }
    quint64 size() const { return quint64(1) << (32 - m_prefix); }

    bool contains(quint32 address) const { return (address & netmask()) == m_network; }
    bool contains(const Cidr &other) const { return other.m_prefix >= m_prefix && contains(other.m_network); }
    bool overlaps(const Cidr &other) const { return contains(other) || other.contains(*this); }
    bool isPrivate() const; // inside RFC 1918 space

    QString toString() const; // "10.1.0.0/16"
    QString networkString() const { return formatIpv4(m_network); }
    QString netmaskString() const { return formatIpv4(netmask()); }

    static quint32 maskFor(int prefix) { return prefix == 0 ? 0u : ~quint32(0) << (32 - prefix); }

    friend bool operator==(const Cidr &, const Cidr &) = default;
    friend bool operator<(const Cidr &a, const Cidr &b)
    {
        return a.m_network != b.m_network ? a.m_network < b.m_network : a.m_prefix < b.m_prefix;
    }

private:
    quint32 m_network = 0;
    int m_prefix = -1;
};

} // namespace p2pvpn

Q_DECLARE_METATYPE(p2pvpn::Cidr)
