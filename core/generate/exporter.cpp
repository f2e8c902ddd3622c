#include "generate/exporter.h"

#include "generate/bundlewriter.h"
#include "generate/generator.h"
#include "keys/keystore.h"

#include <future>

namespace p2pvpn {

QString Exporter::meshZipName(const Mesh &mesh)
{
    // Each gateway's zip is "<lan>.zip": add "-all" until no LAN has the name, so that a mesh "corp"
    // with LANs "corp" and "corp-all" gets "corp-all-all.zip" instead of a clash.
    QString base = mesh.name;
    while (mesh.lanByName(base))
        base += QLatin1String("-all");
    return base + QLatin1String(".zip");
}

bool Exporter::checkTargets(const OutputFolder &out, const ExportOptions &options, QString *error) const
{
    for (const Lan &lan : m_mesh.lans) {
        if (!Lan::validateName(lan.name).isEmpty())
            continue; // never a path: the writers refuse it with the reason
        if ((options.folders && !BundleFolderWriter::checkTarget(out, lan.name, error)) ||
            (options.gatewayZips && !ZipWriter::checkTarget(out, lan.name + QLatin1String(".zip"), error)))
            return false;
    }
    return !options.meshZip || ZipWriter::checkTarget(out, meshZipName(m_mesh), error);
}

bool Exporter::run(const ExportOptions &options, const Progress &progress, QString *error)
{
    m_written.clear();
    KeyStore keys(options.keyStoreDir);
    Generator generator(m_mesh, &keys);
    // Keys made now must be on disk before any bundle that carries them is.
    if (!generator.prepare(error))
        return false;
    // The mesh passed its checks: the output folder is opened (created 0700, or checked: ours, private)
    // once, and everything in it is reached from there. What is in the way is refused before any bundle
    // is written.
    OutputFolder out;
    const bool writesFiles = options.folders || options.gatewayZips || options.meshZip;
    if (writesFiles && (!out.open(options.outDir, error) || !checkTargets(out, options, error)))
        return false;
    // Keys of LANs and tunnels that are gone would otherwise stay on disk for ever.
    if (!keys.prune(generator.gateways(), generator.mesh().tunnels(), error) || !keys.sync(error))
        return false;
    m_mesh = generator.mesh();

    ZipWriter meshZip;
    if (options.meshZip && !meshZip.open(out, meshZipName(m_mesh), error))
        return false;

    // One gateway at a time, so memory stays at one bundle however large the mesh.
    const QList<LanId> gateways = generator.gateways();
    int done = 0;
    for (LanId id : gateways) {
        const GatewayBundle bundle = generator.bundle(id);
        // The gateway's own zip is compressed on a second core while this one writes the folder;
        // the mesh zip then takes its entries as they are instead of compressing them again.
        QString zipError;
        std::future<bool> gatewayZip;
        const QString zipName = bundle.name + QLatin1String(".zip");
        if (options.gatewayZips)
            gatewayZip = std::async(std::launch::async, [&bundle, &out, &zipName, &zipError] {
                ZipWriter zip;
                return zip.open(out, zipName, &zipError) && zip.add(bundle, &zipError) &&
                       zip.commit(&zipError);
            });
        const bool folderWritten = !options.folders || BundleFolderWriter::write(bundle, out, error);
        if (gatewayZip.valid() && !gatewayZip.get() && folderWritten) {
            *error = zipError;
            return false;
        }
        if (!folderWritten || (options.sink && !options.sink(bundle, error)))
            return false;
        if (options.meshZip &&
            !(options.gatewayZips ? meshZip.addArchive(zipName, error) : meshZip.add(bundle, error)))
            return false;
        if (options.folders)
            m_written.append(out.filePath(bundle.name));
        if (options.gatewayZips)
            m_written.append(out.filePath(zipName));
        if (progress && !progress(++done, int(gateways.size()))) {
            *error = tr("cancelled");
            return false;
        }
    }
    if (options.meshZip) {
        if (!meshZip.commit(error))
            return false;
        m_written.append(out.filePath(meshZipName(m_mesh)));
    }
    return true;
}

} // namespace p2pvpn
