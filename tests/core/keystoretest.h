#pragma once

// What the KeyStore tests share: a three-LAN mesh's whole store read through one KeyStore (a snapshot), to
// compare before and after, and overwriting a store file as damage or an outside tool would.

#include "keys/keystore.h"

#include <QFile>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

Q_DECLARE_METATYPE(p2pvpn::KeyMode)

namespace p2pvpn::test {

inline bool overwrite(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Everything a three-LAN mesh's store holds, read through one KeyStore.
struct Snapshot
{
    QMap<LanId, Identity> gateways;
    QMap<LinkKey, QByteArray> tunnels;
    Identity ca;
};

const QList<LanId> lanIds{1, 2, 3};
const QList<LinkKey> allTunnels{{1, 2}, {1, 3}, {2, 3}};

inline QString nameOf(LanId id)
{
    return QStringLiteral("lan-%1").arg(id);
}

inline std::optional<Snapshot> snapshot(KeyStore &store, KeyMode mode, QString *error)
{
    Snapshot result;
    if (mode == KeyMode::Ca) {
        const auto ca = store.ca(QStringLiteral("corp"), error);
        if (!ca)
            return std::nullopt;
        result.ca = *ca;
    }
    for (LanId id : lanIds) {
        const auto identity = store.gateway(id, nameOf(id), mode, error);
        if (!identity)
            return std::nullopt;
        result.gateways.insert(id, *identity);
    }
    for (const LinkKey &tunnel : allTunnels) {
        const auto key = store.tlsCryptKey(tunnel, error);
        if (!key)
            return std::nullopt;
        result.tunnels.insert(tunnel, *key);
    }
    return result;
}

} // namespace p2pvpn::test
