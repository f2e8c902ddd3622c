// Fuzzes the AWS import on a describe-vpcs document (with the real instances fixture): never crash; a
// refused file names itself; an imported mesh has only valid LAN names and AWS IDs of AWS's shape, and
// importing the same files again changes nothing.
#include "cloud/awsimport.h"

#include <cstdlib>

using namespace p2pvpn;

static void require(bool condition)
{
    if (!condition)
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const AwsDocument vpcs{QStringLiteral("vpcs.json"),
                           QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))};
    AwsInventory inventory;
    QString error;
    if (!inventory.read(vpcs, {}, {}, {}, &error)) {
        require(error.startsWith(QLatin1String("vpcs.json: ")));
        require(inventory.vpcs.isEmpty());
        return 0;
    }
    Mesh mesh;
    AwsImportReport report;
    if (!AwsImport::apply(&mesh, inventory, {}, &report, &error))
        return 0;
    for (const Lan &lan : std::as_const(mesh.lans)) {
        require(Lan::validateName(lan.name).isEmpty());
        require(lan.aws.validate().isEmpty());
    }
    const Mesh first = mesh;
    require(AwsImport::apply(&mesh, inventory, {}, &report, &error));
    require(mesh == first && report.added.isEmpty() && report.changed.isEmpty());
    return 0;
}
