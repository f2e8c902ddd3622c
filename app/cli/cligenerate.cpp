// Commands that make files from the mesh: generate, rotate-keys, import-cache.

#include "cli.h"
#include "clioptions.h"

#include "generate/generatejob.h"
#include "keys/keystore.h"
#include "model/cacheimport.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace p2pvpn {

using cli::given;
using cli::option;

int Cli::generate(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto out = option({QStringLiteral("out")}, tr("Folder for the bundles (DIR/<lan>/)."), tr("DIR"));
    const auto zip =
        option({QStringLiteral("zip")}, tr("Also write DIR/<lan>.zip per gateway and DIR/<mesh>.zip."));
    const auto keys = option({QStringLiteral("keys")},
                             tr("Key store folder (default: FILE.keys beside the mesh file)."), tr("DIR"));
    p.addOptions({out, zip, keys});
    if (const std::optional<int> stop = parse(p, arguments, command("generate"), 1))
        return *stop;
    if (!p.isSet(out))
        return usageError(tr("generate needs --out DIR"));
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;

    GenerateRequest request;
    request.projectPath = path;
    request.mesh = mesh;
    request.outDir = p.value(out);
    request.keyStoreDir = p.value(keys);
    request.gatewayZips = request.meshZip = p.isSet(zip);
    const GenerateResult result = GenerateJob::run(request);
    for (const QString &written : result.written)
        m_out << written << '\n';
    if (!result.ok()) {
        printError(result.error);
        return result.failure == GenerateResult::Failure::MeshHasErrors ? Findings : Usage;
    }
    m_out << tr("%n gateway bundle(s) written; ", nullptr, int(result.mesh.lans.size()))
          << tr("%n tunnel(s)", nullptr, int(result.mesh.tunnelCount())) << Qt::endl;
    return Ok;
}

int Cli::rotateKeys(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto keys = option({QStringLiteral("keys")},
                             tr("Key store folder (default: FILE.keys beside the mesh file)."), tr("DIR"));
    const auto ca =
        option({QStringLiteral("ca")},
               tr("CA key mode: replace the mesh CA's key; every gateway certificate is then issued "
                  "anew under it (the gateways' own keys stay)."));
    p.addOptions({keys, ca});
    if (const std::optional<int> stop = parse(p, arguments, command("rotate-keys"), -1))
        return *stop;
    const QStringList positional = p.positionalArguments();
    if (positional.size() < 2 || positional.size() > 3)
        return usageError(tr("rotate-keys expects FILE [LAN]; see \"p2pvpn rotate-keys --help\""));
    const QString path = positional.at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    KeyStore store(p.isSet(keys) ? p.value(keys) : KeyStore::directoryFor(path));
    QString error;
    if (p.isSet(ca)) {
        if (positional.size() != 2)
            return usageError(tr("rotate-keys --ca replaces the mesh's CA: give no LAN"));
        if (mesh.settings.keyMode != KeyMode::Ca)
            return usageError(
                tr("%1 uses the fingerprint key mode, which has no CA; rotate the gateways' keys "
                   "instead")
                    .arg(path));
        if (!store.rotateCa(&error))
            return usageError(error);
        m_out << tr("a new mesh CA and every gateway certificate will be made on the next generate; then "
                    "deploy "
                    "every bundle")
              << Qt::endl;
    } else if (positional.size() == 3) {
        const Lan *lan = findLan(mesh, path, positional.at(2));
        if (!lan)
            return Usage;
        if (!store.rotateGateway(lan->id, &error) || !store.rotateTunnelsOf(lan->id, &error))
            return usageError(error);
        m_out << tr("new keys for %1 and its tunnels will be made on the next generate; then deploy the "
                    "changed "
                    "bundles")
                     .arg(lan->name)
              << Qt::endl;
    } else {
        if (!store.rotateAll(&error))
            return usageError(error);
        m_out << tr("every gateway and tunnel key will be made anew on the next generate; then deploy every "
                    "bundle")
              << Qt::endl;
    }
    return Ok;
}

int Cli::importCache(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto out = option({QStringLiteral("out")}, tr("The mesh file to write."), tr("FILE"));
    const auto force = option({QStringLiteral("force")}, tr("Overwrite an existing file."));
    p.addOptions({out, force});
    if (const std::optional<int> stop = parse(p, arguments, command("import-cache"), 1))
        return *stop;
    if (!p.isSet(out))
        return usageError(tr("import-cache needs --out FILE"));
    const QString target = p.value(out);
    if (!mayCreate(target, p.isSet(force)))
        return Usage;
    Mesh mesh;
    QString error;
    if (!CacheImport::load(p.positionalArguments().at(1), &mesh, &error))
        return usageError(error);
    const QString base = QFileInfo(target).completeBaseName().toLower();
    if (Mesh::validateName(base).isEmpty())
        mesh.name = base;
    m_out << tr("imported %n LAN(s) into %1", nullptr, int(mesh.lans.size())).arg(target) << Qt::endl;
    return saveMesh(target, mesh);
}

} // namespace p2pvpn
