#include "generate/generatejob.h"

#include "generate/generator.h"
#include "keys/keystore.h"
#include "model/projectfile.h"

namespace p2pvpn {

GenerateResult GenerateJob::run(const GenerateRequest &request, const Progress &progress)
{
    GenerateResult result;
    result.mesh = request.mesh;
    const QList<Finding> findings = Checker::check(request.mesh);
    for (const Finding &finding : findings)
        if (finding.isError())
            result.errors.append(finding);
    if (!result.errors.isEmpty()) {
        result.failure = GenerateResult::Failure::MeshHasErrors;
        result.error = Generator::errorReport(findings);
        return result;
    }

    ExportOptions options;
    options.outDir = request.outDir;
    options.keyStoreDir =
        request.keyStoreDir.isEmpty() ? KeyStore::directoryFor(request.projectPath) : request.keyStoreDir;
    options.folders = request.folders;
    options.gatewayZips = request.gatewayZips;
    options.meshZip = request.meshZip;
    options.sink = request.sink;
    bool cancelled = false;
    Exporter exporter(request.mesh);
    const bool written = exporter.run(
        options,
        [&](int done, int total) {
            cancelled = progress && !progress(done, total);
            return !cancelled;
        },
        &result.error);
    if (!written) {
        result.failure = cancelled ? GenerateResult::Failure::Cancelled : GenerateResult::Failure::Io;
        return result;
    }
    result.mesh = exporter.mesh();
    result.written = exporter.writtenPaths();
    result.allocationsChanged = result.mesh.allocations != request.mesh.allocations;
    // The bundles carry the new tunnel numbers now: the project must keep them, or the next run renumbers
    // tunnels that are already running.
    if (result.allocationsChanged && !request.projectPath.isEmpty() &&
        !ProjectFile::save(request.projectPath, result.mesh, &result.error)) {
        result.failure = GenerateResult::Failure::ProjectNotSaved;
        result.error = tr("%1. The bundles were written, but the project does not record their new tunnel "
                          "numbers yet: save it before generating again")
                           .arg(result.error);
    }
    return result;
}

} // namespace p2pvpn
