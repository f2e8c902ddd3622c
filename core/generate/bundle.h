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

struct GatewayBundle
{
    LanId lan = 0;
    QString name; // the LAN's name: the bundle's folder
    QList<BundleFile> files;
};

} // namespace p2pvpn
