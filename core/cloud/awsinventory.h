#pragma once

// AwsInventory: what `aws ec2 describe-vpcs`, `describe-instances`, `describe-route-tables` and
// `describe-security-groups` print (the JSON a user saved), read into plain values. Only the fields the
// import needs are read; every one is checked, and an error names the file and the JSON path
// ("vpcs.json: Vpcs[1].CidrBlockAssociationSet[0].CidrBlock: ...").

#include "model/cidr.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace p2pvpn {

struct AwsVpc
{
    QString id;
    QList<Cidr> cidrs; // the primary block first, then every other block in state "associated"
    QString nameTag;   // raw tag value, possibly hostile
    bool isDefault = false;
};

struct AwsInstance
{
    QString id;
    QString vpcId;
    QString state; // "running", "stopped", "terminated"...
    QString publicIp;
    QString publicDnsName;
    QString primaryInterfaceId;   // device index 0
    QStringList securityGroupIds; // of the primary interface, else of the instance
    QString availabilityZone;
    bool gatewayTag = false; // tagged p2pvpn:gateway
};

struct AwsRouteTable
{
    QString id;
    QString vpcId;
};

struct AwsSecurityGroup
{
    QString id;
    QString vpcId;
    bool gatewayTag = false;
};

// One saved file: its name (for messages; empty when the user gave none) and its bytes.
struct AwsDocument
{
    QString name;
    QByteArray json;
    bool given() const { return !name.isEmpty(); }
};

class AwsInventory
{
    Q_DECLARE_TR_FUNCTIONS(AwsInventory)
public:
    static constexpr const char *gatewayTag = "p2pvpn:gateway";

    QList<AwsVpc> vpcs;
    QList<AwsInstance> instances;
    QList<AwsRouteTable> routeTables;
    QList<AwsSecurityGroup> securityGroups;
    bool haveInstances = false;
    bool haveRouteTables = false;
    bool haveSecurityGroups = false;

    // vpcs is required, the others optional. False with *error naming the file and JSON path.
    bool read(const AwsDocument &vpcs, const AwsDocument &instances, const AwsDocument &routeTables,
              const AwsDocument &securityGroups, QString *error);
    // Reads a file of at most 64 MiB into document (named by its path).
    static bool readFile(const QString &path, AwsDocument *document, QString *error);
};

} // namespace p2pvpn
