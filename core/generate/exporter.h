#pragma once

// Exporter: writes a mesh's bundles: allocate, make or reuse (and prune) keys, then folders and zips, with
// progress and cancel. Applications use GenerateJob, which adds the checks and saving the project.

#include "generate/bundle.h"
#include "model/mesh.h"
#include "util/outputfolder.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace p2pvpn {

// Takes each gateway's bundle as it is made (e.g. into an Ansible project); false with *error stops.
using BundleSink = std::function<bool(const GatewayBundle &bundle, QString *error)>;

struct ExportOptions
{
    QString outDir;
    QString keyStoreDir;
    bool folders = true;      // outDir/<lan>/
    bool gatewayZips = false; // outDir/<lan>.zip
    bool meshZip = false;     // outDir/<mesh>.zip with every gateway
    BundleSink sink;          // also given every bundle, when set
};

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    // Called after each gateway; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit Exporter(const Mesh &mesh) : m_mesh(mesh) {}
    bool run(const ExportOptions &options, const Progress &progress, QString *error);
    // The mesh with its tunnel allocations; save it so the next export keeps them.
    const Mesh &mesh() const { return m_mesh; }
    QStringList writtenPaths() const { return m_written; }
    // "<mesh>.zip", unless a LAN has the mesh's name: then "<mesh>-all.zip" (more "-all" while a LAN has it).
    static QString meshZipName(const Mesh &mesh);

private:
    // Nothing in the output folder that a run would replace is foreign, or a symbolic link.
    bool checkTargets(const OutputFolder &out, const ExportOptions &options, QString *error) const;

    Mesh m_mesh;
    QStringList m_written;
};

} // namespace p2pvpn
