#pragma once

// AwsScripts: the aws/apply.sh and aws/revert.sh of an AWS gateway's bundle. apply.sh turns off the
// instance's source/destination check, routes every remote subnet through the gateway's ENI in each of
// the VPC's route tables (create-route, or replace-route where another target has the destination) and
// opens each peer's UDP port in its security group; revert.sh undoes what still points at this gateway.
// The logic is the template templates/aws.sh; this class writes its plan, every value shell-quoted.

#include "generate/gatewayfiles.h"

namespace p2pvpn {

class AwsScripts
{
    Q_DECLARE_TR_FUNCTIONS(AwsScripts)
public:
    enum class Action
    {
        Apply,
        Revert
    };

    // Whether the LAN's gateway is known well enough (an instance) to have the scripts.
    static bool applies(const Lan &lan) { return !lan.aws.instanceId.isEmpty(); }
    static QByteArray render(Action action, const Mesh &mesh, const Lan &lan,
                             const QList<GatewayTunnel> &tunnels, const QList<Cidr> &remoteSubnets);
};

} // namespace p2pvpn
