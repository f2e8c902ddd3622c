#include "cloud/awsinventory.h"

#include "model/jsonreader.h"
#include "model/mesh.h"
#include "util/inputfile.h"

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

// One describe-* document: its top-level list `key` (printed by `command`; for instances each element
// holds an `inner` list), every element read by `item`. Each ID once per file: a VPC listed twice would be
// two LANs fighting over one name.
template <typename T>
bool readList(const AwsDocument &document, const char *key, const char *command, const char *inner,
              const char *idKey, T (*item)(const JsonReader &), QList<T> *out, QString *error)
{
    QList<T> items;
    const bool ok = readDocument(
        document,
        [&](const JsonReader &root) {
            requireTop(root, key, command);
            QSet<QString> seen;
            const auto add = [&](const JsonReader &r) {
                items.append(item(r));
                if (seen.contains(items.last().id))
                    r.fail(QLatin1String(idKey), AwsInventory::tr("%1 is listed twice").arg(items.last().id));
                seen.insert(items.last().id);
            };
            forEach(root, QLatin1String(key), true, [&](const JsonReader &r) {
                if (inner)
                    forEach(r, QLatin1String(inner), true, add);
                else
                    add(r);
            });
        },
        error);
    if (ok)
        *out = items;
    return ok;
}

AwsRouteTable readRouteTable(const JsonReader &r)
{
    return AwsRouteTable{awsId(r, QStringLiteral("RouteTableId"), "rtb"),
                         awsId(r, QStringLiteral("VpcId"), "vpc")};
}

AwsSecurityGroup readSecurityGroup(const JsonReader &r)
{
    return AwsSecurityGroup{awsId(r, QStringLiteral("GroupId"), "sg"),
                            awsId(r, QStringLiteral("VpcId"), "vpc", false),
                            tag(r, QLatin1String(AwsInventory::gatewayTag))};
}

} // namespace

bool AwsInventory::read(const AwsDocument &vpcDoc, const AwsDocument &instanceDoc,
                        const AwsDocument &tableDoc, const AwsDocument &groupDoc, QString *error)
{
    AwsInventory result;
    result.haveInstances = instanceDoc.given();
    result.haveRouteTables = tableDoc.given();
    result.haveSecurityGroups = groupDoc.given();
    const bool ok =
        readList(vpcDoc, "Vpcs", "describe-vpcs", nullptr, "VpcId", readVpc, &result.vpcs, error) &&
        (!result.haveInstances || readList(instanceDoc, "Reservations", "describe-instances", "Instances",
                                           "InstanceId", readInstance, &result.instances, error)) &&
        (!result.haveRouteTables || readList(tableDoc, "RouteTables", "describe-route-tables", nullptr,
                                             "RouteTableId", readRouteTable, &result.routeTables, error)) &&
        (!result.haveSecurityGroups ||
         readList(groupDoc, "SecurityGroups", "describe-security-groups", nullptr, "GroupId",
                  readSecurityGroup, &result.securityGroups, error));
    if (ok)
        *this = result;
    return ok;
}

bool AwsInventory::readFile(const QString &path, AwsDocument *document, QString *error)
{
    // describe-* output of even a large account is a few MiB; refuse anything absurd before reading it.
    QByteArray json;
    if (!InputFile::read(path, qint64(64) << 20, tr("file saved from aws ec2 describe-*"), &json, error))
        return false;
    *document = AwsDocument{path, json};
    return true;
}

} // namespace p2pvpn
