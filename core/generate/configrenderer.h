#pragma once

// ConfigRenderer: the text of one tunnel end's OpenVPN configuration, every key
// inline, so that one file carries the whole tunnel end.

#include "model/mesh.h"

#include <QByteArray>

namespace p2pvpn {

struct TunnelEnd
{
    QString meshName;
    QString localName;
    QString peerName;
    QString peerEndpoint;
    bool tlsServer = false;
    quint32 localAddress = 0;
    quint32 remoteAddress = 0;
    int localPort = 0;
    int remotePort = 0;
    QList<Cidr> routes; // every subnet reached through this tunnel
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QString peerFingerprint; // fingerprint mode
    QByteArray caPem;        // CA mode
    QByteArray tlsCryptKey;
};

class ConfigRenderer
{
public:
    // "<mesh>-<peer>": the file's base name and the openvpn-server@ unit's instance.
    static QString tunnelName(const QString &meshName, const QString &peerName)
    {
        return meshName + QLatin1Char('-') + peerName;
    }
    // The root-only folder, relative to the configs' folder, that holds every tunnel end's management
    // socket: OpenVPN creates the socket world-writable, so the folder is what keeps others out.
    static QLatin1String socketFolder() { return QLatin1String(".p2pvpn-sockets"); }
    // "<socketFolder>/<tunnel>.sock", relative to the configs' folder like the status file.
    static QString socketPath(const QString &tunnelName)
    {
        return socketFolder() + QLatin1Char('/') + tunnelName + QLatin1String(".sock");
    }
    static QByteArray render(const TunnelEnd &end, const MeshSettings &settings);
};

} // namespace p2pvpn
