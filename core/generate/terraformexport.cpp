#include "generate/terraformexport.h"

#include "check/checker.h"
#include "generate/allocator.h"
#include "generate/configrenderer.h"
#include "generate/generator.h"
#include "generate/routing.h"
#include "util/outputfolder.h"
#include "util/writefully.h"

#include <QDir>
#include <QSaveFile>

namespace p2pvpn {

namespace {

// An HCL string literal. Values are validated before (IDs, CIDRs, names), but "${" and "%{" would
// start a template, so they are escaped like quotes and backslashes.
QString hclString(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    out.replace(QLatin1String("${"), QLatin1String("$${"));
    out.replace(QLatin1String("%{"), QLatin1String("%%{"));
    out.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// A LAN name ([a-z0-9-]) as an identifier, which must not start with a digit. LAN names never hold '_',
// so "lan_" cannot collide with another LAN's identifier.
QString identifier(const QString &lanName)
{
    return lanName.front().isDigit() ? QLatin1String("lan_") + lanName : lanName;
}

QString regionAlias(const QString &region)
{
    return QString(region).replace(QLatin1Char('-'), QLatin1Char('_'));
}

// One block: a header and attribute lines, whose '=' line up as terraform fmt aligns them.
class Block
{
public:
    explicit Block(QString header) : m_header(std::move(header)) {}
    Block &set(const QString &key, const QString &expression)
    {
        m_attributes.append({key, expression});
        return *this;
    }
    QString text() const
    {
        qsizetype width = 0;
        for (const auto &[key, value] : m_attributes)
            width = qMax(width, key.size());
        QString out = m_header + QLatin1String(" {\n");
        for (const auto &[key, value] : m_attributes)
            out += QLatin1String("  ") + key.leftJustified(width) + QLatin1String(" = ") + value +
                   QLatin1Char('\n');
        return out + QLatin1String("}\n");
    }

private:
    QString m_header;
    QList<std::pair<QString, QString>> m_attributes;
};

} // namespace

QByteArray TerraformExport::render(const Mesh &mesh)
{
    const QMap<LanId, Routing::NextHops> routes = Routing::compute(mesh);
    QStringList blocks;
    QStringList regions, instances;
    for (const Lan &lan : mesh.lans) {
        if (!lan.aws.region.isEmpty() && !regions.contains(lan.aws.region))
            regions.append(lan.aws.region);
        if (!lan.aws.instanceId.isEmpty())
            instances.append(QStringLiteral("#   %1: %2").arg(lan.name, lan.aws.instanceId));
    }
    std::sort(regions.begin(), regions.end());

    QString head =
        tr("# P2P-VPN mesh \"%1\": the AWS side of its gateways (routes and security-group rules).\n"
           "# Written by p2pvpn export-terraform; export again after changing the mesh.\n")
            .arg(mesh.name);
    if (!instances.isEmpty())
        head +=
            tr("#\n# The gateway instances are not managed here. In the aws_instance resource of each, set\n"
               "#   source_dest_check = false\n"
               "# so that it may forward the other LANs' traffic:\n") +
            instances.join(QLatin1Char('\n')) + QLatin1Char('\n');
    blocks.append(head);
    blocks.append(
        QStringLiteral("terraform {\n  required_providers {\n    aws = {\n"
                       "      source  = \"hashicorp/aws\"\n      version = \">= 4.56\"\n    }\n  }\n}\n"));
    for (const QString &region : std::as_const(regions))
        blocks.append(Block(QStringLiteral("provider \"aws\""))
                          .set(QStringLiteral("alias"), hclString(regionAlias(region)))
                          .set(QStringLiteral("region"), hclString(region))
                          .text());

    for (const Lan &lan : mesh.lans) {
        const AwsGateway &aws = lan.aws;
        if (aws.instanceId.isEmpty())
            continue;
        const QString id = identifier(lan.name);
        const QString provider =
            aws.region.isEmpty() ? QString() : QLatin1String("aws.") + regionAlias(aws.region);
        auto resource = [&](const char *type, const QString &name) {
            Block block(QStringLiteral("resource \"%1\" \"%2\"").arg(QLatin1String(type), name));
            if (!provider.isEmpty())
                block.set(QStringLiteral("provider"), provider);
            return block;
        };
        auto variable = [&](const QString &name, const QString &description, const char *type,
                            const QString &value) {
            blocks.append(Block(QStringLiteral("variable \"%1\"").arg(name))
                              .set(QStringLiteral("description"), hclString(description))
                              .set(QStringLiteral("type"), QLatin1String(type))
                              .set(QStringLiteral("default"), value)
                              .text());
        };

        QList<Cidr> remoteSubnets;
        const Routing::NextHops hops = routes.value(lan.id);
        for (auto it = hops.cbegin(); it != hops.cend(); ++it)
            remoteSubnets.append(mesh.lan(it.key())->meshSubnets());
        if (!aws.networkInterfaceId.isEmpty() && !aws.routeTableIds.isEmpty()) {
            variable(
                id + QLatin1String("_network_interface_id"),
                tr("Primary network interface of gateway %1 (instance %2)").arg(lan.name, aws.instanceId),
                "string", hclString(aws.networkInterfaceId));
            QStringList tables;
            for (const QString &table : aws.routeTableIds)
                tables.append(hclString(table));
            variable(id + QLatin1String("_route_table_ids"),
                     tr("Route tables of VPC %1 (LAN %2)").arg(aws.vpcId, lan.name), "list(string)",
                     QLatin1Char('[') + tables.join(QLatin1String(", ")) + QLatin1Char(']'));
            for (qsizetype t = 0; t < aws.routeTableIds.size(); ++t)
                for (const Cidr &subnet : remoteSubnets) {
                    const QString cidrName = subnet.toString()
                                                 .replace(QLatin1Char('.'), QLatin1Char('_'))
                                                 .replace(QLatin1Char('/'), QLatin1Char('_'));
                    blocks.append(
                        resource("aws_route", QStringLiteral("%1_rt%2_%3").arg(id).arg(t).arg(cidrName))
                            .set(QStringLiteral("route_table_id"),
                                 QStringLiteral("var.%1_route_table_ids[%2]").arg(id).arg(t))
                            .set(QStringLiteral("destination_cidr_block"), hclString(subnet.toString()))
                            .set(QStringLiteral("network_interface_id"),
                                 QStringLiteral("var.%1_network_interface_id").arg(id))
                            .text());
                }
        }
        if (aws.securityGroupId.isEmpty())
            continue;
        variable(id + QLatin1String("_security_group_id"),
                 tr("Security group of gateway %1 (instance %2)").arg(lan.name, aws.instanceId), "string",
                 hclString(aws.securityGroupId));
        for (auto it = mesh.allocations.cbegin(); it != mesh.allocations.cend(); ++it) {
            if (it.key().a != lan.id && it.key().b != lan.id)
                continue;
            const bool isA = it.key().a == lan.id;
            const Lan &peer = *mesh.lan(isA ? it.key().b : it.key().a);
            const int port = isA ? it->portA : it->portB;
            const bool pinned = parseIpv4(peer.endpoint, nullptr);
            QString text =
                resource("aws_vpc_security_group_ingress_rule",
                         QStringLiteral("%1_from_%2").arg(id, peer.name))
                    .set(QStringLiteral("security_group_id"),
                         QStringLiteral("var.%1_security_group_id").arg(id))
                    .set(QStringLiteral("description"),
                         hclString(QLatin1String("p2pvpn ") +
                                   ConfigRenderer::tunnelName(mesh.name, peer.name)))
                    .set(QStringLiteral("ip_protocol"), hclString(QStringLiteral("udp")))
                    .set(QStringLiteral("from_port"), QString::number(port))
                    .set(QStringLiteral("to_port"), QString::number(port))
                    .set(QStringLiteral("cidr_ipv4"), hclString(pinned ? peer.endpoint + QLatin1String("/32")
                                                                       : QStringLiteral("0.0.0.0/0")))
                    .text();
            if (!pinned)
                text.prepend(tr("# %1 dials from %2, a DNS name: narrow cidr_ipv4 to its address.\n")
                                 .arg(peer.name, peer.endpoint));
            blocks.append(text);
        }
    }
    return blocks.join(QLatin1Char('\n')).toUtf8();
}

TerraformResult TerraformExport::run(const Mesh &input, const QString &outDir)
{
    TerraformResult result;
    result.mesh = input;
    const QList<Finding> findings = Checker::check(input);
    if (Checker::errorCount(findings)) {
        result.meshHasErrors = true;
        result.error = Generator::errorReport(findings);
        return result;
    }
    if (!Allocator::allocate(&result.mesh, &result.error))
        return result;
    for (const Lan &lan : std::as_const(result.mesh.lans))
        (lan.aws.instanceId.isEmpty() ? result.skipped : result.sourceDestCheck).append(lan.name);

    // Created 0700, or refused when other users could change the file before it is applied.
    OutputFolder out;
    if (!out.open(outDir, &result.error))
        return result;
    const QString path = out.filePath(QLatin1String(fileName));
    // QSaveFile would write through a link to its target.
    if (out.kind(QLatin1String(fileName)) == OutputFolder::Kind::SymLink) {
        result.error = OutputFolder::symlinkRefused(path);
        return result;
    }
    QSaveFile file(path);
    const QByteArray data = render(result.mesh);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeFully(file, data) ||
        !file.flush() || !file.commit()) {
        result.error = tr("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    result.written = path;
    result.ok = true;
    return result;
}

} // namespace p2pvpn
