#pragma once

// AwsImport: adds or updates one LAN per VPC of an AwsInventory. A LAN is matched by its VPC ID, so a
// re-import updates what changed (a new secondary CIDR, a new public IP) and keeps the LAN's ID, name,
// position and tunnel allocations: nothing is renumbered. The report says what was added, changed and
// left alone. No credentials are involved: the inventory is JSON the user saved.

#include "cloud/awsinventory.h"
#include "model/mesh.h"

#include <QCoreApplication>

namespace p2pvpn {

struct AwsImportOptions
{
    QString region;                 // overrides what the instances' availability zones say
    QMap<QString, QString> gateway; // VPC ID -> instance ID, instead of the p2pvpn:gateway tag
};

struct AwsImportReport
{
    struct Entry
    {
        LanId lan = 0;
        QString vpcId;
        QStringList details; // for people: what was set or changed
    };
    QList<Entry> added;
    QList<Entry> changed;
    QList<Entry> unchanged;
    QStringList notes; // what the user may want to fix (no gateway instance, no public address...)
};

class AwsImport
{
    Q_DECLARE_TR_FUNCTIONS(AwsImport)
public:
    // All or nothing: on failure *mesh is untouched and *error says why.
    static bool apply(Mesh *mesh, const AwsInventory &inventory, const AwsImportOptions &options,
                      AwsImportReport *report, QString *error);
    // A valid, unique LAN name from a Name tag (any text at all), else from the VPC ID.
    static QString lanName(const QString &nameTag, const QString &vpcId, const Mesh &mesh, LanId self);
    // "eu-west-1" from "eu-west-1a" (and from local zones such as "us-west-2-lax-1a"); empty if none.
    static QString regionOfZone(const QString &zone);
};

} // namespace p2pvpn
