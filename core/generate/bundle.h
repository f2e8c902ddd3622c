#pragma once

// GatewayBundle: the files one gateway needs, as relative paths with content
// and mode, before they are written to a folder or a zip.

#include "model/mesh.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace p2pvpn {

struct BundleFile
{
    enum class Kind
    {
        Secret,
        Text,
        Script
    };            // written 0600, 0644, 0755
    QString path; // relative, '/'-separated, e.g. "openvpn/corp-office.conf"
    QByteArray content;
    Kind kind = Kind::Text;

    int unixMode() const { return kind == Kind::Secret ? 0600 : kind == Kind::Script ? 0755 : 0644; }
};

// One of the gateway's tunnel ends, as an inventory describes it; its config is openvpn/<name>.conf.
struct BundleTunnel
{
    QString name; // "<mesh>-<peer>"
    QString peer;
    QString peerEndpoint;
    int localPort = 0;
    int remotePort = 0;
    quint32 localAddress = 0; // transit addresses
    quint32 remoteAddress = 0;
};

struct GatewayBundle
{
    LanId lan = 0;
    QString name; // the LAN's name: the bundle's folder
    QList<BundleFile> files;
    QList<BundleTunnel> tunnels; // in the order of their files

    const BundleFile *file(const QString &path) const
    {
        for (const BundleFile &f : files)
            if (f.path == path)
                return &f;
        return nullptr;
    }
};

} // namespace p2pvpn
