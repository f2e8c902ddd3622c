#pragma once

// GenerateJob: "generate this project", the one job behind `p2pvpn generate`, `p2pvpn deploy`, and the
// designer's Export Bundles and Deploy. Refuses a mesh with errors, allocates, makes or reuses keys, drops
// the keys of LANs and tunnels that no longer exist, writes the bundles and saves the new tunnel
// allocations into the project file. Safe to run off the GUI thread.

#include "check/checker.h"
#include "generate/exporter.h"
#include "model/mesh.h"

#include <QCoreApplication>
#include <QStringList>

namespace p2pvpn {

struct GenerateRequest
{
    QString projectPath; // the project file the mesh came from; new allocations are saved into it
    Mesh mesh;
    QString outDir;
    QString keyStoreDir;      // empty: KeyStore::directoryFor(projectPath)
    bool folders = true;      // outDir/<lan>/
    bool gatewayZips = false; // outDir/<lan>.zip
    bool meshZip = false;     // outDir/<mesh>.zip with every gateway
    BundleSink sink;          // also given every bundle, when set
};

struct GenerateResult
{
    enum class Failure
    {
        None,
        MeshHasErrors,   // nothing written; `errors` lists them
        Io,              // a bundle or key could not be written; `error` names the path and the reason
        Cancelled,       // progress said stop
        ProjectNotSaved, // bundles written, but the new allocations could not be saved into the project
    };
    Failure failure = Failure::None;
    QString error;         // for people: what failed and where
    QList<Finding> errors; // MeshHasErrors
    // The mesh with its allocations. When bundles were written (None, ProjectNotSaved) they carry these
    // numbers, so the caller must keep them: the designer puts them in its document.
    Mesh mesh;
    bool allocationsChanged = false;
    QStringList written; // folders and zips, in order

    bool ok() const { return failure == Failure::None; }
    bool bundlesWritten() const { return failure == Failure::None || failure == Failure::ProjectNotSaved; }
};

class GenerateJob
{
    Q_DECLARE_TR_FUNCTIONS(GenerateJob)
public:
    // Called after each gateway with (done, total); return false to cancel.
    using Progress = Exporter::Progress;

    static GenerateResult run(const GenerateRequest &request, const Progress &progress = {});
    // "<mesh>.zip", unless a LAN has the mesh's name: then "<mesh>-all.zip" (more "-all" while a LAN has it).
    static QString meshZipName(const Mesh &mesh) { return Exporter::meshZipName(mesh); }
};

} // namespace p2pvpn
