#pragma once

// CacheImport: reads the ancestor P2P-VPN tool's cache.txt ("name fqdn subnet"
// per line, a bare subnet meaning /24) into a mesh, so its users can migrate.

#include "model/mesh.h"

#include <QCoreApplication>

namespace p2pvpn {

class CacheImport
{
    Q_DECLARE_TR_FUNCTIONS(CacheImport)
public:
    // Fails with "line N: ..." and leaves *mesh untouched on the first bad line.
    static bool fromText(const QByteArray &text, Mesh *mesh, QString *error);
    // Refuses a file over maxFileSize rather than importing only its beginning.
    static bool load(const QString &path, Mesh *mesh, QString *error);
    static constexpr qint64 maxFileSize = qint64(16) << 20;
};

} // namespace p2pvpn
