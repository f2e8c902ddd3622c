#pragma once

// GatewayFiles: everything in a gateway's bundle besides the OpenVPN configs:
// install script, forwarding sysctl, firewall rules, AWS security-group rules,
// and the README that says what must be done by hand.

#include "generate/bundle.h"
#include "model/mesh.h"

#include <QCoreApplication>

namespace p2pvpn {

// One tunnel as seen from one gateway.
struct GatewayTunnel
{
    QString tunnelName;
    const Lan *peer = nullptr;
    int localPort = 0;
};

class GatewayFiles
{
    Q_DECLARE_TR_FUNCTIONS(GatewayFiles)
public:
    GatewayFiles(const Mesh &mesh, const Lan &lan, const QList<GatewayTunnel> &tunnels,
                 const QList<Cidr> &remoteSubnets);
    QList<BundleFile> files() const;
    // The forwarding sysctl file in the bundle; installed as /etc/sysctl.d/<its file name>.
    static QString sysctlPath(const QString &meshName);
    // The nftables table that holds a gateway's 1:1 translations of its aliased subnets.
    static QString natTable(const QString &meshName);

private:
    QByteArray installScript() const;
    QByteArray sysctl() const;
    QByteArray nftables() const;
    QByteArray iptables() const;
    QByteArray natNftables() const;
    QByteArray natIptables() const;
    QByteArray awsJson() const;
    QByteArray awsScript() const;
    QByteArray readme() const;

    const Mesh &m_mesh;
    const Lan &m_lan;
    QList<GatewayTunnel> m_tunnels;
    QList<Cidr> m_remoteSubnets;
};

} // namespace p2pvpn
