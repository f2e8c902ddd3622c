#include "model/dataciphers.h"

#include "model/mesh.h"

#include <algorithm>
#include <iterator>

namespace p2pvpn {

namespace {

// From `openvpn --show-ciphers` (2.6.14): the AEAD ciphers, and the CBC ones with 128-bit blocks. CFB/OFB
// modes and the deprecated 64-bit block ciphers are left out on purpose: no mesh should use them.
const char *const aeadCiphers[] = {
    "AES-128-GCM",  "AES-192-GCM",  "AES-256-GCM",       "ARIA-128-GCM",
    "ARIA-192-GCM", "ARIA-256-GCM", "CHACHA20-POLY1305",
};
const char *const cbcCiphers[] = {
    "AES-128-CBC",  "AES-192-CBC",      "AES-256-CBC",      "ARIA-128-CBC",     "ARIA-192-CBC",
    "ARIA-256-CBC", "CAMELLIA-128-CBC", "CAMELLIA-192-CBC", "CAMELLIA-256-CBC", "SM4-CBC",
};

template <std::size_t N> bool listed(const char *const (&names)[N], QStringView name)
{
    return std::any_of(std::begin(names), std::end(names), [&](const char *known) {
        return name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0;
    });
}

} // namespace

DataCiphers::Kind DataCiphers::kind(QStringView name)
{
    if (listed(aeadCiphers, name))
        return Kind::Aead;
    if (listed(cbcCiphers, name))
        return Kind::Cbc;
    return Kind::Unknown;
}

QString DataCiphers::validate(const QString &list)
{
    if (list.isEmpty())
        return tr("data ciphers: list at least one cipher, such as AES-256-GCM");
    for (QStringView entry : QStringView(list).split(u':')) {
        if (entry.isEmpty())
            return tr("data ciphers \"%1\": an empty entry; separate cipher names by a single ':'")
                .arg(displayText(list));
        if (kind(entry) == Kind::Unknown)
            return tr("data ciphers: \"%1\" is not a cipher OpenVPN 2.6 accepts in data-ciphers; use AEAD "
                      "ciphers such as AES-256-GCM, AES-128-GCM or CHACHA20-POLY1305")
                .arg(displayText(entry.toString()));
    }
    return QString();
}

QStringList DataCiphers::cbcEntries(const QString &list)
{
    QStringList result;
    for (QStringView entry : QStringView(list).split(u':'))
        if (kind(entry) == Kind::Cbc)
            result.append(entry.toString());
    return result;
}

} // namespace p2pvpn
