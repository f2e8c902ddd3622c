#pragma once

// TunnelKeysFile: the text of a key store's tunnels.keys, every tunnel's tls-crypt key after a
// "tunnel <a>-<b>" line (LAN IDs, smaller first). One file instead of thousands keeps a 100-LAN mesh's
// 4,950 keys fast to create and load; records are appended one by one as keys are made.

#include "model/mesh.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace p2pvpn {

class TunnelKeysFile
{
    Q_DECLARE_TR_FUNCTIONS(TunnelKeysFile)
public:
    // The comment line a file starts with.
    static QByteArray header();
    // One tunnel's record: its "tunnel A-B" line, then the key text (which ends in a newline).
    static QByteArray record(const LinkKey &tunnel, const QByteArray &key);
    // A whole file: the header, then every record in tunnel order.
    static QByteArray serialise(const QHash<LinkKey, QByteArray> &keys);
    // Reads a whole file; false with *problem (naming the line) when any part of it is not as written: a
    // line that is no tunnel of two IDs, a second key for a tunnel, a key that is not an OpenVPN static key
    // or has no end line.
    static bool parse(const QByteArray &data, QHash<LinkKey, QByteArray> *keys, QString *problem);
};

} // namespace p2pvpn
