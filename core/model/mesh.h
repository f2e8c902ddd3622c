#pragma once

// The mesh as plain values: LANs, drawn links, settings and the stored tunnel
// allocations. Everything that reads a mesh (checker, generator, project file,
// CLI) works on these; MeshModel wraps them with change signals for the GUI.

#include "model/cidr.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>

namespace p2pvpn {

using LanId = int; // stable for a LAN's lifetime, never reused within a mesh

// An unordered pair of LANs, stored with a < b.
struct LinkKey
{
    LanId a = 0;
    LanId b = 0;
    LinkKey() = default;
    LinkKey(LanId x, LanId y) : a(qMin(x, y)), b(qMax(x, y)) {}
    friend bool operator==(const LinkKey &, const LinkKey &) = default;
    friend auto operator<=>(const LinkKey &, const LinkKey &) = default;
};
inline size_t qHash(const LinkKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.a, key.b);
}

enum class Topology
{
    Full,
    Manual
};
enum class KeyMode
{
    Fingerprint,
    Ca
};
enum class ServiceManager
{
    Systemd,
    Command
};

struct SshSettings
{
    QString host; // empty: the LAN's endpoint
    int port = 22;
    QString user = QStringLiteral("root");
    QString keyFile; // empty: ssh-agent only
    bool useAgent = true;
    bool useSudo = false;
    friend bool operator==(const SshSettings &, const SshSettings &) = default;
};

struct DeployOptions
{
    QString targetDir = QStringLiteral("/etc/openvpn/server");
    ServiceManager serviceManager = ServiceManager::Systemd;
    // ServiceManager::Command: shell commands run with the tunnel name as last argument.
    QString restartCommand;
    QString stopCommand;
    friend bool operator==(const DeployOptions &, const DeployOptions &) = default;
};

// Where a LAN's gateway sits in AWS, as `p2pvpn import-aws` found it; empty for LANs outside AWS. The IDs
// end up in the gateway's aws/apply.sh and in Terraform, so validate() keeps them to AWS's own shapes.
struct AwsGateway
{
    Q_DECLARE_TR_FUNCTIONS(AwsGateway)
public:
    QString region;             // "eu-west-1"
    QString vpcId;              // "vpc-0123456789abcdef0": what a re-import matches the LAN by
    QString instanceId;         // the gateway instance, "i-..."
    QString networkInterfaceId; // its primary ENI, "eni-...": the routes' target
    QStringList routeTableIds;  // every route table of the VPC, "rtb-..."
    QString securityGroupId;    // "sg-..."

    bool isEmpty() const { return *this == AwsGateway(); }
    // Empty when every field that is set has its AWS shape, else what is wrong.
    QString validate() const;
    // prefix-hex (8 or 17 hex digits, as AWS makes them); region "xx-name-N".
    static bool isAwsId(const QString &id, QLatin1String prefix);
    static bool isRegion(const QString &region);
    friend bool operator==(const AwsGateway &, const AwsGateway &) = default;
};

struct Lan
{
    Q_DECLARE_TR_FUNCTIONS(Lan)
public:
    LanId id = 0;
    QString name;
    QList<Cidr> subnets;
    // Real subnet -> its alias: a prefix of the same size under which the rest of the mesh reaches it, so
    // LANs whose subnets overlap can be linked. The gateway translates 1:1 both ways (NETMAP); hosts keep
    // their addresses. Keys are always among `subnets`.
    QMap<Cidr, Cidr> aliases;
    QString endpoint; // what peers dial: a DNS name or an IPv4 address
    SshSettings ssh;
    DeployOptions deploy;
    QPointF position;
    QString notes;
    AwsGateway aws;

    // Each returns an empty string when the value is acceptable, else why not.
    static QString validateName(const QString &name);
    static QString validateEndpoint(const QString &endpoint);
    static QString validateSshUser(const QString &user);
    static QString validateTargetDir(const QString &dir);
    // ServiceManager::Command: shell text that deploy runs as root with the tunnel's name appended.
    // The restart command is required; the stop command may be empty (the checker warns about that).
    static QString validateRestartCommand(const QString &command);
    static QString validateStopCommand(const QString &command);

    // The networks the rest of the mesh routes to this LAN: each subnet, or its alias when it has one.
    QList<Cidr> meshSubnets() const;
    // What the rest of the mesh uses for `subnet`: its alias, or the subnet itself.
    Cidr meshSubnet(const Cidr &subnet) const { return aliases.value(subnet, subnet); }
    // Keeps the aliases of subnets still listed (after the subnets were edited).
    void pruneAliases();

    friend bool operator==(const Lan &, const Lan &) = default;
};

// The transit net and UDP ports of one tunnel; kept in the project so that
// regenerating never renumbers a running tunnel.
struct TunnelAllocation
{
    Cidr transit;
    int portA = 0; // port on the gateway of LinkKey::a
    int portB = 0;
    friend bool operator==(const TunnelAllocation &, const TunnelAllocation &) = default;
};

struct MeshSettings
{
    Cidr transitPool = Cidr::fromAddress(0x0afe0000, 16); // 10.254.0.0/16
    bool transitSlash31 = false;
    int portBase = 1194;
    KeyMode keyMode = KeyMode::Fingerprint;
    QString dataCiphers = QStringLiteral("AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305");
    int keepaliveInterval = 10; // seconds between pings
    int keepaliveTimeout = 60;  // seconds without traffic before restart
    QList<Cidr> reservedRanges; // user additions to the built-in reserved ranges
    // Where aliases for overlapping subnets are taken from: RFC 6598's shared address space by default,
    // which no LAN should use itself.
    Cidr aliasPool = Cidr::fromAddress(0x64400000, 10); // 100.64.0.0/10
    friend bool operator==(const MeshSettings &, const MeshSettings &) = default;
};

class Mesh
{
    Q_DECLARE_TR_FUNCTIONS(Mesh)
public:
    QString name = QStringLiteral("mesh");
    Topology topology = Topology::Full;
    MeshSettings settings;
    QMap<LanId, Lan> lans; // ordered by ID, so iteration is deterministic
    QSet<LinkKey> links;   // drawn links; used in manual topology
    QMap<LinkKey, TunnelAllocation> allocations;
    LanId nextLanId = 1;

    static QString validateName(const QString &name);

    // Adds a LAN with a fresh ID (lan.id is ignored) and returns the ID.
    LanId addLan(Lan lan);
    const Lan *lan(LanId id) const;
    Lan *lan(LanId id);
    const Lan *lanByName(const QString &name) const;
    // Removes the LAN, its links and its allocations.
    void removeLan(LanId id);

    // The tunnels to build: every pair in full topology, the drawn links in manual.
    QList<LinkKey> tunnels() const;
    qsizetype tunnelCount() const;
    bool hasTunnel(const LinkKey &link) const; // whether tunnels() holds it, without listing them

    friend bool operator==(const Mesh &, const Mesh &) = default;
};

// A user's value as it may appear inside a message: control, format and line-separator characters
// (newlines, escape sequences, bidi overrides) shown escaped, so a hostile value cannot break lines or drive
// a terminal, and a long value shortened with "…".
QString displayText(const QString &value, qsizetype maxLength = 64);

QString toString(Topology topology);
QString toString(KeyMode mode);
QString toString(ServiceManager manager);
bool fromString(const QString &text, Topology *topology);
bool fromString(const QString &text, KeyMode *mode);
bool fromString(const QString &text, ServiceManager *manager);

} // namespace p2pvpn
