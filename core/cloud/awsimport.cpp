#include "cloud/awsimport.h"

#include "model/layout.h"

#include <algorithm>

namespace p2pvpn {

namespace {

QString cidrList(const QList<Cidr> &cidrs)
{
    QStringList texts;
    for (const Cidr &c : cidrs)
        texts.append(c.toString());
    return texts.join(QLatin1String(", "));
}

// The gateway of one VPC: chosen on the command line, else the one instance tagged p2pvpn:gateway.
const AwsInstance *findGateway(const AwsInventory &inventory, const AwsVpc &vpc,
                               const AwsImportOptions &options, QString *error)
{
    if (const auto chosen = options.gateway.constFind(vpc.id); chosen != options.gateway.cend()) {
        for (const AwsInstance &i : inventory.instances)
            if (i.id == *chosen) {
                if (i.vpcId != vpc.id)
                    *error = AwsImport::tr("--gateway %1=%2: the instance is in %3, not in %1")
                                 .arg(vpc.id, i.id, i.vpcId.isEmpty() ? AwsImport::tr("no VPC") : i.vpcId);
                return error->isEmpty() ? &i : nullptr;
            }
        *error =
            AwsImport::tr("--gateway %1=%2: the instances file has no such instance").arg(vpc.id, *chosen);
        return nullptr;
    }
    QList<const AwsInstance *> tagged;
    for (const AwsInstance &i : inventory.instances)
        if (i.vpcId == vpc.id && i.gatewayTag && i.state != QLatin1String("terminated") &&
            i.state != QLatin1String("shutting-down"))
            tagged.append(&i);
    if (tagged.size() > 1) {
        QStringList ids;
        for (const AwsInstance *i : tagged)
            ids.append(i->id);
        *error =
            AwsImport::tr("VPC %1 has %2 instances tagged %3 (%4); choose one with --gateway %1=INSTANCE-ID")
                .arg(vpc.id)
                .arg(tagged.size())
                .arg(QLatin1String(AwsInventory::gatewayTag), ids.join(QLatin1String(", ")));
        return nullptr;
    }
    return tagged.value(0, nullptr);
}

// The gateway's security group: one of its groups tagged p2pvpn:gateway in the groups file, else the one
// the LAN has if the gateway still has it (a re-import without the groups file keeps it), else its first.
QString chooseSecurityGroup(const AwsInventory &inventory, const AwsInstance &gateway, const QString &current)
{
    for (const AwsSecurityGroup &group : inventory.securityGroups)
        if (group.gatewayTag && gateway.securityGroupIds.contains(group.id))
            return group.id;
    if (gateway.securityGroupIds.contains(current))
        return current;
    return gateway.securityGroupIds.value(0);
}

// The LAN's subnets with the VPC's blocks: kept ones in their order, new ones appended, gone ones dropped.
QList<Cidr> mergedSubnets(const QList<Cidr> &current, const QList<Cidr> &vpc)
{
    QList<Cidr> result;
    for (const Cidr &c : current)
        if (vpc.contains(c))
            result.append(c);
    for (const Cidr &c : vpc)
        if (!result.contains(c))
            result.append(c);
    return result;
}

void describeChanges(const Lan &before, const Lan &after, QStringList *details)
{
    QList<Cidr> added, removed;
    for (const Cidr &c : after.subnets)
        if (!before.subnets.contains(c))
            added.append(c);
    for (const Cidr &c : before.subnets)
        if (!after.subnets.contains(c))
            removed.append(c);
    if (!added.isEmpty())
        details->append(AwsImport::tr("subnets + %1").arg(cidrList(added)));
    if (!removed.isEmpty())
        details->append(AwsImport::tr("subnets - %1").arg(cidrList(removed)));
    if (before.endpoint != after.endpoint)
        details->append(
            AwsImport::tr("endpoint %1 -> %2")
                .arg(before.endpoint.isEmpty() ? AwsImport::tr("(none)") : before.endpoint, after.endpoint));
    const AwsGateway &a = before.aws, &b = after.aws;
    auto field = [details](const char *what, const QString &from, const QString &to) {
        if (from != to)
            details->append(AwsImport::tr("%1 %2 -> %3")
                                .arg(AwsImport::tr(what), from.isEmpty() ? AwsImport::tr("(none)") : from,
                                     to.isEmpty() ? AwsImport::tr("(none)") : to));
    };
    field(QT_TR_NOOP("VPC"), a.vpcId, b.vpcId);
    field(QT_TR_NOOP("region"), a.region, b.region);
    field(QT_TR_NOOP("gateway instance"), a.instanceId, b.instanceId);
    field(QT_TR_NOOP("network interface"), a.networkInterfaceId, b.networkInterfaceId);
    field(QT_TR_NOOP("route tables"), a.routeTableIds.join(QLatin1Char(' ')),
          b.routeTableIds.join(QLatin1Char(' ')));
    field(QT_TR_NOOP("security group"), a.securityGroupId, b.securityGroupId);
}

// A LAN typed by hand before the first import: same name, no VPC yet, and it holds the VPC's primary block.
Lan *adoptable(Mesh &mesh, const QString &name, const Cidr &primary)
{
    for (Lan &lan : mesh.lans)
        if (lan.aws.vpcId.isEmpty() && lan.name == name && lan.subnets.contains(primary))
            return &lan;
    return nullptr;
}

} // namespace

QString AwsImport::regionOfZone(const QString &zone)
{
    // Words of letters, then the number: "eu", "west", "1" of "eu-west-1a" or "us-west-2-lax-1a".
    const QStringList parts = zone.split(QLatin1Char('-'));
    for (qsizetype i = 2; i < parts.size(); ++i) {
        QString number = parts[i];
        while (!number.isEmpty() && !number.back().isDigit())
            number.chop(1);
        if (number.isEmpty())
            continue;
        const QString region = (parts.mid(0, i) + QStringList{number}).join(QLatin1Char('-'));
        return AwsGateway::isRegion(region) ? region : QString();
    }
    return QString();
}

QString AwsImport::lanName(const QString &nameTag, const QString &vpcId, const Mesh &mesh, LanId self)
{
    // Lower case, every run of other characters one '-', at most 32: a tag cannot smuggle in a path,
    // quote or control character, because nothing but [a-z0-9-] survives.
    QString base;
    for (const QChar c : nameTag.toLower()) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (plain)
            base += c;
        else if (!base.isEmpty() && !base.endsWith(QLatin1Char('-')))
            base += QLatin1Char('-');
        if (base.size() >= 32)
            break;
    }
    base = base.left(32);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = vpcId.left(32);
    auto taken = [&](const QString &name) {
        const Lan *other = mesh.lanByName(name);
        return other && other->id != self;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        QString stem = base.left(32 - suffix.size());
        while (stem.endsWith(QLatin1Char('-')))
            stem.chop(1);
        name = stem + suffix;
    }
    return name;
}

bool AwsImport::apply(Mesh *target, const AwsInventory &inventory, const AwsImportOptions &options,
                      AwsImportReport *report, QString *error)
{
    if (!options.region.isEmpty() && !AwsGateway::isRegion(options.region)) {
        *error =
            tr("--region: \"%1\" is not an AWS region such as eu-west-1").arg(displayText(options.region));
        return false;
    }
    for (auto it = options.gateway.cbegin(); it != options.gateway.cend(); ++it)
        if (std::none_of(inventory.vpcs.cbegin(), inventory.vpcs.cend(),
                         [&](const AwsVpc &v) { return v.id == it.key(); })) {
            *error = tr("--gateway %1=%2: the VPCs file has no such VPC")
                         .arg(displayText(it.key()), displayText(it.value()));
            return false;
        }
    Mesh mesh = *target;
    AwsImportReport result;
    const bool wasEmpty = mesh.lans.isEmpty();
    for (const AwsVpc &vpc : inventory.vpcs) {
        Lan *lan = nullptr;
        for (Lan &candidate : mesh.lans)
            if (candidate.aws.vpcId == vpc.id)
                lan = &candidate;
        const QString tagName = lanName(vpc.nameTag, vpc.id, mesh, lan ? lan->id : 0);
        if (!lan)
            lan = adoptable(mesh, lanName(vpc.nameTag, vpc.id, Mesh(), 0),
                            vpc.cidrs.first()); // the name before uniquing
        const bool adding = !lan;
        Lan updated = adding ? Lan() : *lan;
        if (adding) {
            updated.name = tagName;
            updated.position = Layout::freeSpot(mesh);
        }
        updated.subnets = mergedSubnets(updated.subnets, vpc.cidrs);
        updated.aws.vpcId = vpc.id;
        const QString lanLabel = displayText(updated.name);
        if (inventory.haveInstances) {
            QString problem;
            const AwsInstance *gateway = findGateway(inventory, vpc, options, &problem);
            if (!problem.isEmpty()) {
                *error = problem;
                return false;
            }
            if (gateway) {
                updated.aws.instanceId = gateway->id;
                updated.aws.networkInterfaceId = gateway->primaryInterfaceId;
                updated.aws.securityGroupId =
                    chooseSecurityGroup(inventory, *gateway, updated.aws.securityGroupId);
                if (const QString zoneRegion = regionOfZone(gateway->availabilityZone); !zoneRegion.isEmpty())
                    updated.aws.region = zoneRegion;
                const QString endpoint =
                    !gateway->publicIp.isEmpty() ? gateway->publicIp : gateway->publicDnsName;
                if (endpoint.isEmpty())
                    result.notes.append(tr("%1: gateway %2 has no public address; set the endpoint by hand")
                                            .arg(lanLabel, gateway->id));
                else if (!Lan::validateEndpoint(endpoint).isEmpty())
                    result.notes.append(
                        tr("%1: gateway %2's public address \"%3\" is not usable; set the endpoint by hand")
                            .arg(lanLabel, gateway->id, displayText(endpoint)));
                else
                    updated.endpoint = endpoint;
                if (gateway->state != QLatin1String("running"))
                    result.notes.append(
                        tr("%1: gateway %2 is %3").arg(lanLabel, gateway->id, displayText(gateway->state)));
            } else if (updated.aws.instanceId.isEmpty()) {
                result.notes.append(tr("%1 (%2): no instance is tagged %3; tag the gateway or choose it with "
                                       "--gateway %2=INSTANCE-ID")
                                        .arg(lanLabel, vpc.id, QLatin1String(AwsInventory::gatewayTag)));
            } else {
                result.notes.append(
                    tr("%1: no instance is tagged %2 now; %3 stays the gateway")
                        .arg(lanLabel, QLatin1String(AwsInventory::gatewayTag), updated.aws.instanceId));
            }
        }
        if (inventory.haveRouteTables) {
            QStringList tables;
            for (const AwsRouteTable &table : inventory.routeTables)
                if (table.vpcId == vpc.id)
                    tables.append(table.id);
            std::sort(tables.begin(), tables.end());
            updated.aws.routeTableIds = tables;
        }
        if (!options.region.isEmpty())
            updated.aws.region = options.region;
        if (vpc.isDefault)
            result.notes.append(tr("%1 is a default VPC (%2): other default VPCs use the same block")
                                    .arg(lanLabel, cidrList(vpc.cidrs)));

        AwsImportReport::Entry entry{updated.id, vpc.id, {}};
        if (adding) {
            entry.lan = mesh.addLan(updated);
            entry.details.append(cidrList(updated.subnets));
            if (!updated.endpoint.isEmpty())
                entry.details.append(tr("endpoint %1").arg(updated.endpoint));
            if (!updated.aws.instanceId.isEmpty())
                entry.details.append(tr("gateway %1").arg(updated.aws.instanceId));
            result.added.append(entry);
        } else if (updated == *lan) {
            result.unchanged.append(entry);
        } else {
            describeChanges(*lan, updated, &entry.details);
            *lan = updated;
            result.changed.append(entry);
        }
    }
    if (wasEmpty && mesh.lans.size() > 1)
        Layout::circle(&mesh);
    *target = mesh;
    *report = result;
    return true;
}

} // namespace p2pvpn
