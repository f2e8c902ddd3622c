#include "generate/gatewayfiles.h"

#include "generate/awsscripts.h"
#include "generate/configrenderer.h"
#include "model/installprotocol.h"
#include "util/shellquote.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace p2pvpn {

namespace {

// An endpoint that is an address can be pinned in firewall rules; a DNS name cannot.
QString peerCidr(const Lan &peer)
{
    return parseIpv4(peer.endpoint, nullptr) ? peer.endpoint + QLatin1String("/32") : QString();
}

} // namespace

GatewayFiles::GatewayFiles(const Mesh &mesh, const Lan &lan, const QList<GatewayTunnel> &tunnels,
                           const QList<Cidr> &remoteSubnets)
    : m_mesh(mesh), m_lan(lan), m_tunnels(tunnels), m_remoteSubnets(remoteSubnets)
{
}

QString GatewayFiles::sysctlPath(const QString &meshName)
{
    return QStringLiteral("sysctl/60-p2pvpn-%1.conf").arg(meshName);
}

QString GatewayFiles::natTable(const QString &meshName)
{
    // Mesh names are [a-z0-9-]; nft identifiers are safest without '-'.
    return QStringLiteral("p2pvpn_%1_nat").arg(QString(meshName).replace(QLatin1Char('-'), QLatin1Char('_')));
}

QList<BundleFile> GatewayFiles::files() const
{
    using Kind = BundleFile::Kind;
    QList<BundleFile> files{
        {QStringLiteral("install.sh"), installScript(), Kind::Script},
        {QStringLiteral("README.txt"), readme(), Kind::Text},
        {sysctlPath(m_mesh.name), sysctl(), Kind::Text},
        {QStringLiteral("firewall/nftables.nft"), nftables(), Kind::Text},
        {QStringLiteral("firewall/iptables.sh"), iptables(), Kind::Script},
        {QStringLiteral("aws/security-group-ingress.json"), awsJson(), Kind::Text},
        {QStringLiteral("aws/authorize-ingress.sh"), awsScript(), Kind::Script},
    };
    if (!m_lan.aliases.isEmpty()) {
        // install.sh applies the nftables form; the iptables form is for gateways run with iptables by hand.
        files.append({QStringLiteral("nat/nftables.nft"), natNftables(), Kind::Text});
        files.append({QStringLiteral("nat/iptables.sh"), natIptables(), Kind::Script});
    }
    if (AwsScripts::applies(m_lan))
        for (auto [name, action] : {std::pair{"aws/apply.sh", AwsScripts::Action::Apply},
                                    std::pair{"aws/revert.sh", AwsScripts::Action::Revert}})
            files.append({QLatin1String(name),
                          AwsScripts::render(action, m_mesh, m_lan, m_tunnels, m_remoteSubnets),
                          Kind::Script});
    return files;
}

QByteArray GatewayFiles::installScript() const
{
    // The exit statuses and report words come from the one place the deployer reads them from too.
    static const QByteArray script = [] {
        QFile file(QStringLiteral(":/templates/install.sh"));
        return file.open(QIODevice::ReadOnly) ? InstallProtocol::fillIn(file.readAll()) : QByteArray();
    }();
    Q_ASSERT(!script.isEmpty());
    // Names and the target directory are validated ([a-z0-9-], plain absolute path) before generation,
    // and land inside single quotes or comments.
    QByteArray out = script;
    out.replace("@MESH@", m_mesh.name.toUtf8());
    out.replace("@LAN@", m_lan.name.toUtf8());
    out.replace("@TARGET@", m_lan.deploy.targetDir.toUtf8());
    out.replace("@SOCKET_FOLDER@", QByteArray(ConfigRenderer::socketFolder().data()));
    out.replace("@NAT_TABLE@", natTable(m_mesh.name).toUtf8());
    return out;
}

QByteArray GatewayFiles::sysctl() const
{
    return QStringLiteral("# P2P-VPN mesh \"%1\": gateway %2 forwards between its LAN and the tunnels.\n"
                          "net.ipv4.ip_forward = 1\n")
        .arg(m_mesh.name, m_lan.name)
        .toUtf8();
}

QByteArray GatewayFiles::nftables() const
{
    QString out =
        tr("# P2P-VPN mesh \"%1\", gateway %2: rules to add to your nftables ruleset,\n"
           "# e.g. include this file from the input and forward chains of your inet filter table.\n")
            .arg(m_mesh.name, m_lan.name);
    out += QStringLiteral("# input chain:\n");
    for (const GatewayTunnel &t : m_tunnels) {
        const QString from = peerCidr(*t.peer);
        out += QStringLiteral("udp dport %1 %2accept comment \"p2pvpn %3\"\n")
                   .arg(t.localPort)
                   .arg(from.isEmpty() ? QString() : QStringLiteral("ip saddr %1 ").arg(from), t.tunnelName);
    }
    out += QStringLiteral("# forward chain:\n");
    out += QStringLiteral("iifname \"tun*\" accept comment \"p2pvpn %1\"\n").arg(m_mesh.name);
    out += QStringLiteral("oifname \"tun*\" accept comment \"p2pvpn %1\"\n").arg(m_mesh.name);
    return out.toUtf8();
}

QByteArray GatewayFiles::iptables() const
{
    QString out = QStringLiteral("#!/bin/sh\n");
    out += tr("# P2P-VPN mesh \"%1\", gateway %2: opens the tunnel ports and forwarding with iptables.\n"
              "# Idempotent: a rule is added only when it is missing.\n")
               .arg(m_mesh.name, m_lan.name);
    out += QStringLiteral("set -eu\nrule() { iptables -C \"$@\" 2>/dev/null || iptables -I \"$@\"; }\n");
    for (const GatewayTunnel &t : m_tunnels) {
        const QString from = peerCidr(*t.peer);
        out += QStringLiteral("rule INPUT -p udp --dport %1 %2-j ACCEPT -m comment --comment 'p2pvpn %3'\n")
                   .arg(t.localPort)
                   .arg(from.isEmpty() ? QString() : QStringLiteral("-s %1 ").arg(from), t.tunnelName);
    }
    out +=
        QStringLiteral("rule FORWARD -i tun+ -j ACCEPT -m comment --comment 'p2pvpn %1'\n").arg(m_mesh.name);
    out +=
        QStringLiteral("rule FORWARD -o tun+ -j ACCEPT -m comment --comment 'p2pvpn %1'\n").arg(m_mesh.name);
    return out.toUtf8();
}

QByteArray GatewayFiles::natNftables() const
{
    QString out =
        tr("# P2P-VPN mesh \"%1\", gateway %2: 1:1 translation of the subnets the mesh reaches by an\n"
           "# alias. Hosts keep their addresses; only traffic through the tunnels is translated.\n"
           "# install.sh applies it (nft -f nat/nftables.nft) and removes it when no alias is left.\n")
            .arg(m_mesh.name, m_lan.name);
    const QString table = natTable(m_mesh.name);
    // Declaring, deleting and redefining the table in one file replaces it atomically and idempotently.
    out += QStringLiteral("table ip %1\ndelete table ip %1\ntable ip %1 {\n").arg(table);
    out += QStringLiteral("    chain prerouting {\n"
                          "        type nat hook prerouting priority dstnat; policy accept;\n");
    for (auto it = m_lan.aliases.cbegin(); it != m_lan.aliases.cend(); ++it)
        out += QStringLiteral("        iifname \"tun*\" ip daddr %1 dnat ip prefix to %2\n")
                   .arg(it.value().toString(), it.key().toString());
    out += QStringLiteral("    }\n    chain postrouting {\n"
                          "        type nat hook postrouting priority srcnat; policy accept;\n");
    for (auto it = m_lan.aliases.cbegin(); it != m_lan.aliases.cend(); ++it)
        out += QStringLiteral("        oifname \"tun*\" ip saddr %1 snat ip prefix to %2\n")
                   .arg(it.key().toString(), it.value().toString());
    out += QStringLiteral("    }\n}\n");
    return out.toUtf8();
}

QByteArray GatewayFiles::natIptables() const
{
    QString out = QStringLiteral("#!/bin/sh\n");
    out +=
        tr("# P2P-VPN mesh \"%1\", gateway %2: the translations of nat/nftables.nft for iptables (NETMAP).\n"
           "# Idempotent: a rule is added only when it is missing.\n")
            .arg(m_mesh.name, m_lan.name);
    out += QStringLiteral(
        "set -eu\nrule() { iptables -t nat -C \"$@\" 2>/dev/null || iptables -t nat -A \"$@\"; }\n");
    for (auto it = m_lan.aliases.cbegin(); it != m_lan.aliases.cend(); ++it) {
        out += QStringLiteral(
                   "rule PREROUTING -i tun+ -d %1 -m comment --comment 'p2pvpn %3' -j NETMAP --to %2\n")
                   .arg(it.value().toString(), it.key().toString(), m_mesh.name);
        out += QStringLiteral(
                   "rule POSTROUTING -o tun+ -s %1 -m comment --comment 'p2pvpn %3' -j NETMAP --to %2\n")
                   .arg(it.key().toString(), it.value().toString(), m_mesh.name);
    }
    return out.toUtf8();
}

QByteArray GatewayFiles::awsJson() const
{
    // The IpPermissions form that `aws ec2 authorize-security-group-ingress --ip-permissions file://...`
    // takes.
    QJsonArray permissions;
    for (const GatewayTunnel &t : m_tunnels) {
        const QString from = peerCidr(*t.peer);
        permissions.append(QJsonObject{
            {QStringLiteral("IpProtocol"), QStringLiteral("udp")},
            {QStringLiteral("FromPort"), t.localPort},
            {QStringLiteral("ToPort"), t.localPort},
            {QStringLiteral("IpRanges"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("CidrIp"), from.isEmpty() ? QStringLiteral("0.0.0.0/0") : from},
                 {QStringLiteral("Description"), QStringLiteral("p2pvpn %1 from %2 (%3)")
                                                     .arg(t.tunnelName, t.peer->name, t.peer->endpoint)}}}}});
    }
    return QJsonDocument(permissions).toJson(QJsonDocument::Indented);
}

QByteArray GatewayFiles::awsScript() const
{
    QString out = QStringLiteral("#!/bin/sh\n");
    out += tr("# P2P-VPN mesh \"%1\", gateway %2: opens one UDP port per peer in the gateway's AWS security "
              "group.\n"
              "# Usage: sh authorize-ingress.sh sg-0123456789abcdef0   (needs the AWS CLI and credentials)\n")
               .arg(m_mesh.name, m_lan.name);
    // The imported group is the default; the ID is validated (sg-<hex>) and quoted.
    if (m_lan.aws.securityGroupId.isEmpty())
        out += QStringLiteral("set -eu\ngroup=${1:?usage: $0 SECURITY-GROUP-ID}\n");
    else
        out += QStringLiteral("set -eu\ngroup=${1:-%1}\n").arg(shellQuote(m_lan.aws.securityGroupId));
    out += QStringLiteral("resolve() { getent ahostsv4 \"$1\" | awk 'NR==1 { print $1 }'; }\n");
    for (const GatewayTunnel &t : m_tunnels) {
        QString from = peerCidr(*t.peer);
        if (from.isEmpty())
            from = QStringLiteral("\"$(resolve %1)/32\"").arg(t.peer->endpoint);
        out += QStringLiteral("aws ec2 authorize-security-group-ingress --group-id \"$group\" --protocol udp "
                              "--port %1 --cidr %2  # %3\n")
                   .arg(t.localPort)
                   .arg(from, t.tunnelName);
    }
    return out.toUtf8();
}

QByteArray GatewayFiles::readme() const
{
    QString out;
    out +=
        tr("P2P-VPN mesh \"%1\": bundle for gateway %2 (%3)\n").arg(m_mesh.name, m_lan.name, m_lan.endpoint);
    out += QString(72, QLatin1Char('=')) + QLatin1Char('\n');
    out += tr("\nThis folder holds every tunnel end of this gateway, keys included. Keep it private.\n");
    out += tr("\nInstall (as root, on the gateway, with OpenVPN 2.6 or later%1):\n    sh install.sh\n"
              "Preview what would change:\n    sh install.sh --dry-run\n")
               .arg(m_mesh.settings.keyMode == KeyMode::Ca ? tr("; 2.4 is enough in this mesh's CA mode")
                                                           : QString());
    out += tr("\nWhat must be done by hand\n-------------------------\n");
    out += tr("1. Open these UDP ports to the peers (firewall/nftables.nft, firewall/iptables.sh):\n");
    for (const GatewayTunnel &t : m_tunnels)
        out += tr("   - UDP %1 from %2 (%3)\n").arg(t.localPort).arg(t.peer->endpoint, t.peer->name);
    out += tr("2. Make the LAN's router (or the VPC route tables) send these networks to this gateway:\n");
    for (const Cidr &subnet : m_remoteSubnets)
        out += QStringLiteral("   - %1\n").arg(subnet.toString());
    if (!m_lan.aliases.isEmpty()) {
        out += tr("   The rest of the mesh reaches this LAN's overlapping subnets by aliases; install.sh\n"
                  "   translates them 1:1 (nat/nftables.nft). Hosts elsewhere use the alias address:\n");
        for (auto it = m_lan.aliases.cbegin(); it != m_lan.aliases.cend(); ++it)
            out += tr("   - %1 is reached as %2\n").arg(it.key().toString(), it.value().toString());
    }
    if (AwsScripts::applies(m_lan))
        out +=
            tr("3. On AWS (instance %1): sh aws/apply.sh turns off its source/destination check, adds the "
               "routes\n"
               "   above to the VPC's route tables through this gateway and opens the ports in its security\n"
               "   group. Preview with sh aws/apply.sh --dry-run; sh aws/revert.sh undoes it.\n")
                .arg(m_lan.aws.instanceId);
    else
        out +=
            tr("3. On AWS: disable the source/destination check of the gateway instance\n"
               "   (aws ec2 modify-instance-attribute --instance-id ID --no-source-dest-check) and open the "
               "ports\n"
               "   in its security group (aws/authorize-ingress.sh, or aws/security-group-ingress.json).\n");
    out += tr("\nTunnels\n-------\n");
    for (const GatewayTunnel &t : m_tunnels)
        out += tr("   %1: to %2 at %3, local UDP port %4, unit openvpn-server@%1\n")
                   .arg(t.tunnelName, t.peer->name, t.peer->endpoint)
                   .arg(t.localPort);
    return out.toUtf8();
}

} // namespace p2pvpn
