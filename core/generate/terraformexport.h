#pragma once

// TerraformExport: the AWS side of a mesh as Terraform HCL, for teams that manage AWS as code: an
// aws_route per route table and remote subnet (through the gateway's ENI), an
// aws_vpc_security_group_ingress_rule per peer port, and variables for the IDs (defaulting to the
// imported ones). The gateways' aws_instance resources stay the user's: the file and the result say to set
// source_dest_check = false there. Deterministic and laid out as `terraform fmt` lays it out.

#include "model/mesh.h"

#include <QCoreApplication>
#include <QStringList>

namespace p2pvpn {

struct TerraformResult
{
    bool ok = false;
    bool meshHasErrors = false;
    QString error;
    QString written;             // the .tf file
    QStringList sourceDestCheck; // the LANs whose aws_instance needs source_dest_check = false
    QStringList skipped;         // LANs without an AWS gateway
    Mesh mesh;                   // with tunnel allocations: save it so generate numbers tunnels the same
};

class TerraformExport
{
    Q_DECLARE_TR_FUNCTIONS(TerraformExport)
public:
    static constexpr const char *fileName = "p2pvpn.tf";

    // Checks and allocates the mesh, then writes outDir/p2pvpn.tf (atomically).
    static TerraformResult run(const Mesh &mesh, const QString &outDir);
    // The HCL for a mesh whose tunnels are allocated.
    static QByteArray render(const Mesh &mesh);
};

} // namespace p2pvpn
