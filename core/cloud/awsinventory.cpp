#include "cloud/awsinventory.h"

#include "model/jsonreader.h"
#include "model/mesh.h"

#include <QFile>
#include <QSet>

#include <functional>

namespace p2pvpn {

namespace {

// Checks an ID's shape at its JSON path; the IDs later reach shell scripts and Terraform.
QString awsId(const JsonReader &r, const QString &key, const char *prefix, bool required = true)
{
    const QString id = r.string(key, QString(), required);
    if ((required || !id.isEmpty()) && !AwsGateway::isAwsId(id, QLatin1String(prefix)))
        r.fail(key, AwsInventory::tr("\"%1\" is not an AWS ID of the form %2-0123456789abcdef0")
                        .arg(displayText(id), QLatin1String(prefix)));
    return id;
}

// The list at key, each element an object.
void forEach(const JsonReader &r, const QString &key, bool required,
             const std::function<void(const JsonReader &)> &f)
{
    const QJsonArray list = r.array(key, required);
    for (qsizetype i = 0; i < list.size(); ++i)
        f(JsonReader::element(list, i, r.where(key)));
}

// Tags: [{"Key": ..., "Value": ...}]; returns the value of `key` and whether it is there.
bool tag(const JsonReader &r, const QString &key, QString *value = nullptr)
{
    bool found = false;
    forEach(r, QStringLiteral("Tags"), false, [&](const JsonReader &t) {
        if (t.string(QStringLiteral("Key"), QString(), true) == key) {
            found = true;
            if (value)
                *value = t.string(QStringLiteral("Value"));
        }
    });
    return found;
}

// The top-level list a describe-* command prints; a foreign file gets told which command makes it.
void requireTop(const JsonReader &root, const char *key, const char *command)
{
    if (!root.has(QLatin1String(key)))
        root.fail(
            QLatin1String(key),
            AwsInventory::tr("missing; is this the output of \"aws ec2 %1\"?").arg(QLatin1String(command)));
}

AwsVpc readVpc(const JsonReader &r)
{
    AwsVpc vpc;
    vpc.id = awsId(r, QStringLiteral("VpcId"), "vpc");
    const Cidr primary = r.cidr(QStringLiteral("CidrBlock"), Cidr(), true);
    vpc.cidrs.append(primary);
    forEach(r, QStringLiteral("CidrBlockAssociationSet"), false, [&](const JsonReader &a) {
        const Cidr block = a.cidr(QStringLiteral("CidrBlock"), Cidr(), true);
        const QString state =
            a.object(QStringLiteral("CidrBlockState"), true).string(QStringLiteral("State"), QString(), true);
        // "associating", "disassociating", "disassociated", "failed": not (or no longer) part of the VPC.
        if (state == QLatin1String("associated") && !vpc.cidrs.contains(block))
            vpc.cidrs.append(block);
    });
    tag(r, QStringLiteral("Name"), &vpc.nameTag);
    vpc.isDefault = r.boolean(QStringLiteral("IsDefault"), false);
    return vpc;
}

AwsInstance readInstance(const JsonReader &r)
{
    AwsInstance instance;
    instance.id = awsId(r, QStringLiteral("InstanceId"), "i");
    instance.vpcId = awsId(r, QStringLiteral("VpcId"), "vpc", false);
    instance.state = r.object(QStringLiteral("State")).string(QStringLiteral("Name"));
    instance.publicIp = r.string(QStringLiteral("PublicIpAddress"));
    instance.publicDnsName = r.string(QStringLiteral("PublicDnsName"));
    instance.availabilityZone =
        r.object(QStringLiteral("Placement")).string(QStringLiteral("AvailabilityZone"));
    auto groups = [](const JsonReader &owner, const QString &key) {
        QStringList ids;
        forEach(owner, key, false,
                [&](const JsonReader &g) { ids.append(awsId(g, QStringLiteral("GroupId"), "sg")); });
        return ids;
    };
    forEach(r, QStringLiteral("NetworkInterfaces"), false, [&](const JsonReader &n) {
        const QString id = awsId(n, QStringLiteral("NetworkInterfaceId"), "eni");
        const int device =
            n.object(QStringLiteral("Attachment")).integer(QStringLiteral("DeviceIndex"), -1, false, 0, 1024);
        if (device == 0) {
            instance.primaryInterfaceId = id;
            instance.securityGroupIds = groups(n, QStringLiteral("Groups"));
        }
    });
    if (instance.securityGroupIds.isEmpty())
        instance.securityGroupIds = groups(r, QStringLiteral("SecurityGroups"));
    instance.gatewayTag = tag(r, QLatin1String(AwsInventory::gatewayTag));
    return instance;
}

bool readDocument(const AwsDocument &document, const std::function<void(const JsonReader &)> &read,
                  QString *error)
{
    QJsonObject root;
    QString problem;
    if (!JsonReader::parseObject(document.json, &root, &problem)) {
        *error = document.name + QLatin1String(": ") + problem;
        return false;
    }
    try {
        read(JsonReader(root, QString()));
    } catch (const JsonReadError &e) {
        *error = document.name + QLatin1String(": ") + e.message;
        return false;
    }
    return true;
}

} // namespace

bool AwsInventory::read(const AwsDocument &vpcDoc, const AwsDocument &instanceDoc,
                        const AwsDocument &tableDoc, const AwsDocument &groupDoc, QString *error)
{
    AwsInventory result;
    // Each ID once per file: a VPC listed twice would be two LANs fighting over one name.
    auto once = [](QSet<QString> &seen, const JsonReader &r, const QString &key, const QString &id) {
        if (seen.contains(id))
            r.fail(key, tr("%1 is listed twice").arg(id));
        seen.insert(id);
    };
    const bool ok = readDocument(
        vpcDoc,
        [&](const JsonReader &root) {
            requireTop(root, "Vpcs", "describe-vpcs");
            QSet<QString> seen;
            forEach(root, QStringLiteral("Vpcs"), true, [&](const JsonReader &r) {
                result.vpcs.append(readVpc(r));
                once(seen, r, QStringLiteral("VpcId"), result.vpcs.last().id);
            });
        },
        error);
    if (!ok)
        return false;
    if (instanceDoc.given()) {
        result.haveInstances = true;
        const bool read = readDocument(
            instanceDoc,
            [&](const JsonReader &root) {
                requireTop(root, "Reservations", "describe-instances");
                QSet<QString> seen;
                forEach(root, QStringLiteral("Reservations"), true, [&](const JsonReader &reservation) {
                    forEach(reservation, QStringLiteral("Instances"), true, [&](const JsonReader &r) {
                        result.instances.append(readInstance(r));
                        once(seen, r, QStringLiteral("InstanceId"), result.instances.last().id);
                    });
                });
            },
            error);
        if (!read)
            return false;
    }
    if (tableDoc.given()) {
        result.haveRouteTables = true;
        const bool read = readDocument(
            tableDoc,
            [&](const JsonReader &root) {
                requireTop(root, "RouteTables", "describe-route-tables");
                QSet<QString> seen;
                forEach(root, QStringLiteral("RouteTables"), true, [&](const JsonReader &r) {
                    result.routeTables.append(AwsRouteTable{awsId(r, QStringLiteral("RouteTableId"), "rtb"),
                                                            awsId(r, QStringLiteral("VpcId"), "vpc")});
                    once(seen, r, QStringLiteral("RouteTableId"), result.routeTables.last().id);
                });
            },
            error);
        if (!read)
            return false;
    }
    if (groupDoc.given()) {
        result.haveSecurityGroups = true;
        const bool read = readDocument(
            groupDoc,
            [&](const JsonReader &root) {
                requireTop(root, "SecurityGroups", "describe-security-groups");
                QSet<QString> seen;
                forEach(root, QStringLiteral("SecurityGroups"), true, [&](const JsonReader &r) {
                    result.securityGroups.append(AwsSecurityGroup{
                        awsId(r, QStringLiteral("GroupId"), "sg"),
                        awsId(r, QStringLiteral("VpcId"), "vpc", false), tag(r, QLatin1String(gatewayTag))});
                    once(seen, r, QStringLiteral("GroupId"), result.securityGroups.last().id);
                });
            },
            error);
        if (!read)
            return false;
    }
    *this = result;
    return true;
}

bool AwsInventory::readFile(const QString &path, AwsDocument *document, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    // describe-* output of even a large account is a few MiB; refuse anything absurd before reading it.
    constexpr qint64 maxSize = 64 * 1024 * 1024;
    if (file.size() > maxSize) {
        *error = tr("%1 is larger than 64 MiB; it is not the output of aws ec2 describe-*").arg(path);
        return false;
    }
    *document = AwsDocument{path, file.readAll()};
    return true;
}

} // namespace p2pvpn
