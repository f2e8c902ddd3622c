// Fuzzes CacheImport::fromText (the ancestor's cache.txt): never crash; a refusal names its line; an
// import yields valid, unique LANs that the checker accepts as input and the project file round-trips.
#include "check/checker.h"
#include "model/cacheimport.h"
#include "model/projectfile.h"

#include <cstdlib>

using namespace p2pvpn;

static void require(bool condition)
{
    if (!condition)
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    Mesh mesh;
    QString error;
    if (!CacheImport::fromText(text, &mesh, &error)) {
        require(!error.isEmpty());
        require(mesh == Mesh());
        return 0;
    }
    require(!mesh.lans.isEmpty());
    for (const Lan &lan : std::as_const(mesh.lans)) {
        require(Lan::validateName(lan.name).isEmpty());
        require(Lan::validateEndpoint(lan.endpoint).isEmpty());
        require(lan.subnets.size() == 1 && lan.subnets.first().isValid());
        require(mesh.lanByName(lan.name) == &lan);
    }
    Checker::check(mesh);
    Mesh again;
    require(ProjectFile::fromJson(ProjectFile::toJson(mesh), &again, &error) && again == mesh);
    return 0;
}
