// Fuzzes ProjectFile::fromJson: never crash; a refused file says why; a loaded mesh survives the checker
// and saves and loads back to the same mesh.
#include "check/checker.h"
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
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Mesh mesh;
    QString error;
    if (!ProjectFile::fromJson(json, &mesh, &error)) {
        require(!error.isEmpty());
        require(mesh == Mesh()); // all or nothing
        return 0;
    }
    Checker::check(mesh);
    Mesh again;
    require(ProjectFile::fromJson(ProjectFile::toJson(mesh), &again, &error));
    require(again == mesh);
    return 0;
}
