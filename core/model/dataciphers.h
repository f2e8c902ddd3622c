#pragma once

// The names OpenVPN 2.6 accepts in --data-ciphers, baked in as data (its `--show-ciphers` on Debian 12 with
// OpenSSL 3, AEAD and CBC modes), so that a typo fails the checker instead of a gateway's start-up.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace p2pvpn {

class DataCiphers
{
    Q_DECLARE_TR_FUNCTIONS(DataCiphers)
public:
    enum class Kind
    {
        Unknown,
        Aead, // keeps data channel offload (DCO)
        Cbc   // accepted, but OpenVPN turns DCO off for it
    };
    // Case-insensitive, as OpenSSL looks cipher names up.
    static Kind kind(QStringView name);
    // Empty, or why the ':'-separated list is not one OpenVPN 2.6 accepts, naming the first bad entry.
    static QString validate(const QString &list);
    // The list's CBC entries, for the checker's warning.
    static QStringList cbcEntries(const QString &list);
};

} // namespace p2pvpn
