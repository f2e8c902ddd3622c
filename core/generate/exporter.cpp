#include "generate/exporter.h"

#include "generate/bundlewriter.h"
#include "generate/generator.h"
#include "keys/keystore.h"

#include <QFile>
#include <QThread>

#include <deque>
#include <fcntl.h>
#include <future>
#include <unistd.h>

namespace p2pvpn {

namespace {

// One gateway's part of a run.
struct GatewayOutput
{
    GatewayBundle bundle;
    QByteArray digest;  // of the bundle (ZipWriter::contentDigest)
    QByteArray archive; // its zip, where one was made or read
    bool ok = true;
    QString error;
};

// Runs work for every id on all cores, a few ahead at a time (so memory stays at a few bundles), and
// gives the results to consume in the ids' order; stops at the first false from consume.
template<typename Work, typename Consume>
bool inOrder(const QList<LanId> &ids, Work work, Consume consume)
{
    const qsizetype ahead = qMax(2, 2 * QThread::idealThreadCount());
    std::deque<std::future<GatewayOutput>> running;
    qsizetype next = 0;
    while (next < ids.size() || !running.empty()) {
        while (next < ids.size() && qsizetype(running.size()) < ahead) {
            const LanId id = ids[next++];
            running.push_back(std::async(std::launch::async, [&work, id] { return work(id); }));
        }
        GatewayOutput result = running.front().get();
        running.pop_front();
        if (!consume(result))
            return false; // those still running finish (each on its own, atomically) as they are destroyed
    }
    return true;
}

// The gateway's folder and zip, each left as it is where it already holds the bundle.
bool writeGateway(const OutputFolder &out, const ExportOptions &options, GatewayOutput *result)
{
    if (options.folders && !BundleFolderWriter::write(result->bundle, out, &result->error))
        return false;
    const QString zipName = result->bundle.name + QLatin1String(".zip");
    if (!options.gatewayZips || ZipWriter::storedDigest(out, zipName) == result->digest)
        return true;
    result->archive = ZipWriter::gatewayArchive(result->bundle, &result->error);
    return !result->archive.isEmpty() && ZipWriter::writeArchive(out, zipName, result->archive, &result->error);
}

// The bytes of an archive in out, read without following links.
bool readArchive(const OutputFolder &out, const QString &name, QByteArray *bytes, QString *error)
{
    const int fd = out.openFile(name, O_RDONLY | O_NONBLOCK, 0, error);
    QFile file;
    if (fd < 0 || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        if (fd >= 0) {
            ::close(fd);
            *error = Exporter::tr("cannot read %1: %2").arg(out.filePath(name), file.errorString());
        }
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace

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

    // Gateways are independent: each core renders, compares and writes one, and the results are taken in
    // the gateways' order, so the mesh zip and the sink see them as before.
    const QList<LanId> gateways = generator.gateways();
    const int total = int(gateways.size()) * (options.meshZip ? 2 : 1);
    int done = 0;
    auto reportProgress = [&] {
        if (progress && !progress(++done, total)) {
            *error = tr("cancelled");
            return false;
        }
        return true;
    };
    QList<QByteArray> digests;
    const bool written = inOrder(
        gateways,
        [&](LanId id) {
            GatewayOutput result;
            result.bundle = generator.bundle(id);
            result.digest = ZipWriter::contentDigest(result.bundle);
            result.ok = writeGateway(out, options, &result);
            return result;
        },
        [&](GatewayOutput &result) {
            if (!result.ok || (options.sink && !options.sink(result.bundle, &result.error))) {
                *error = result.error;
                return false;
            }
            digests.append(result.bundle.name.toUtf8() + ' ' + result.digest);
            if (options.folders)
                m_written.append(out.filePath(result.bundle.name));
            if (options.gatewayZips)
                m_written.append(out.filePath(result.bundle.name + QLatin1String(".zip")));
            return reportProgress();
        });
    if (!written)
        return false;
    if (!options.meshZip)
        return true;

    // The mesh zip holds every gateway's entries as their own zips have them; it is made again only when
    // one of them changed.
    const QString meshName = meshZipName(m_mesh);
    const QByteArray meshDigest = ZipWriter::sha256Hex(digests);
    if (ZipWriter::storedDigest(out, meshName) != meshDigest) {
        ZipWriter meshZip;
        meshZip.setDigest(meshDigest);
        if (!meshZip.open(out, meshName, error))
            return false;
        const bool zipped = inOrder(
            gateways,
            [&](LanId id) {
                GatewayOutput result;
                const QString name = m_mesh.lan(id)->name;
                result.bundle.name = name;
                if (options.gatewayZips) {
                    result.ok = readArchive(out, name + QLatin1String(".zip"), &result.archive, &result.error);
                } else {
                    result.archive = ZipWriter::gatewayArchive(generator.bundle(id), &result.error);
                    result.ok = !result.archive.isEmpty();
                }
                return result;
            },
            [&](GatewayOutput &result) {
                if (!result.ok || !meshZip.addArchive(result.archive, result.bundle.name, &result.error)) {
                    *error = result.error;
                    return false;
                }
                return reportProgress();
            });
        if (!zipped || !meshZip.commit(error))
            return false;
    } else {
        done = total - 1;
        if (!reportProgress())
            return false;
    }
    m_written.append(out.filePath(meshName));
    return true;
}

} // namespace p2pvpn
