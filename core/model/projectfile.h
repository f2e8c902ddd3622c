#pragma once

// ProjectFile: reads and writes a mesh as a versioned JSON `.p2pmesh` file.
// Loading is all or nothing with an error that names the place; saving is atomic.
// The file never holds private keys (they live in the key store beside it).

#include "model/mesh.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace p2pvpn {

class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
public:
    static constexpr int formatVersion = 1;
    static constexpr const char *extension = ".p2pmesh";
    static constexpr qint64 maxFileSize = qint64(256) << 20; // what load() reads at most

    static QByteArray toJson(const Mesh &mesh);
    // On failure returns false, leaves *mesh untouched and sets *error ("lans[2].subnets[0]: ...").
    static bool fromJson(const QByteArray &json, Mesh *mesh, QString *error);

    static bool load(const QString &path, Mesh *mesh, QString *error);
    static bool save(const QString &path, const Mesh &mesh, QString *error);
};

} // namespace p2pvpn
