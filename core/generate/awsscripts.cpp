#include "generate/awsscripts.h"

#include "util/shellquote.h"

#include <QFile>

namespace p2pvpn {

QByteArray AwsScripts::render(Action action, const Mesh &mesh, const Lan &lan,
                              const QList<GatewayTunnel> &tunnels, const QList<Cidr> &remoteSubnets)
{
    static const QByteArray script = [] {
        QFile file(QStringLiteral(":/templates/aws.sh"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    Q_ASSERT(!script.isEmpty());
    const AwsGateway &aws = lan.aws;
    const bool apply = action == Action::Apply;

    // The checker has refused anything that is not an AWS ID, a CIDR or a [a-z0-9-] name before
    // generation; the values are quoted all the same, so a value can never become shell syntax.
    QStringList checkLines, routeLines, ingressLines;
    checkLines.append(QStringLiteral("source_dest_check %1").arg(shellQuote(aws.instanceId)));
    if (aws.networkInterfaceId.isEmpty())
        routeLines.append(tr("# No network interface is known for %1: no routes. Re-import with --instances.")
                              .arg(aws.instanceId));
    else if (aws.routeTableIds.isEmpty())
        routeLines.append(tr("# No route tables are known for %1: no routes. Re-import with --route-tables.")
                              .arg(aws.vpcId));
    else if (!remoteSubnets.isEmpty())
        for (const QString &table : aws.routeTableIds) {
            QStringList words{QStringLiteral("routes"), shellQuote(table),
                              shellQuote(aws.networkInterfaceId)};
            for (const Cidr &subnet : remoteSubnets)
                words.append(shellQuote(subnet.toString()));
            routeLines.append(words.join(QLatin1Char(' ')));
        }
    if (aws.securityGroupId.isEmpty())
        ingressLines.append(
            tr("# No security group is known for %1: no ingress rules. Re-import with --instances.")
                .arg(aws.instanceId));
    else
        for (const GatewayTunnel &t : tunnels)
            ingressLines.append(QStringLiteral("ingress %1 %2 %3 %4")
                                    .arg(shellQuote(aws.securityGroupId))
                                    .arg(t.localPort)
                                    .arg(shellQuote(t.peer->endpoint), shellQuote(t.tunnelName)));
    // Revert undoes in the opposite order: close the ports and take the routes away before the check returns.
    const QStringList plan =
        apply ? checkLines + routeLines + ingressLines : ingressLines + routeLines + checkLines;

    QByteArray out = script;
    out.replace("@ACTION@", apply ? "apply" : "revert");
    out.replace(
        "@SUMMARY@",
        (apply ? tr("turns off the instance's source/destination check, routes the other LANs through "
                    "this gateway in the VPC's route tables and opens the tunnel ports in its security "
                    "group.")
               : tr("undoes apply.sh: closes the tunnel ports, removes the routes that still go through "
                    "this gateway and turns the source/destination check back on."))
            .toUtf8());
    out.replace(
        "@EXTRA_USAGE@",
        apply ? QByteArray()
              : tr(",\n#            --keep-source-dest-check (the instance also does NAT and needs it off)")
                    .toUtf8());
    out.replace("@MESH@", mesh.name.toUtf8());
    out.replace("@LAN@", lan.name.toUtf8());
    out.replace("@REGION@", aws.region.toUtf8()); // validated: letters, digits, '-'
    out.replace("@PLAN@", plan.join(QLatin1Char('\n')).toUtf8());
    return out;
}

} // namespace p2pvpn
