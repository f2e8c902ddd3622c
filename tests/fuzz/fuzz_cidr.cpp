// Fuzzes Cidr::parse (both overloads) and parseIpv4: never crash, and whatever parses must print and
// parse back to itself with no host bits set.
#include "model/cidr.h"

#include <cstdlib>

using p2pvpn::Cidr;

static void require(bool condition)
{
    if (!condition)
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const Cidr plain = Cidr::parse(text, &error);
    const Cidr withDefault = Cidr::parse(text, int(size % 33), &error);
    for (const Cidr &c : {plain, withDefault}) {
        if (!c.isValid())
            continue;
        require(c.prefix() >= 0 && c.prefix() <= 32);
        require((c.network() & ~c.netmask()) == 0);
        require(c.first() <= c.last() && c.contains(c) && c.overlaps(c));
        QString again;
        require(Cidr::parse(c.toString(), &again) == c && again.isEmpty());
        require(Cidr::parse(c.networkString() + QLatin1Char(' ') + c.netmaskString(), &again) == c);
    }
    if (!withDefault.isValid())
        require(!error.isEmpty()); // every refusal says why
    quint32 address = 0;
    if (p2pvpn::parseIpv4(text, &address))
        require(p2pvpn::formatIpv4(address) == text);
    return 0;
}
