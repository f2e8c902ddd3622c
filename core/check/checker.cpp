#include "check/checker.h"

#include "check/overlapsweep.h"
#include "model/dataciphers.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <numeric>
#include <span>

namespace p2pvpn {

namespace {

using Severity = Finding::Severity;

// Values (names, endpoints) that several LANs share, found in one pass; in value order.
class SharedValues
{
public:
    explicit SharedValues(qsizetype expected) { m_first.reserve(expected); }
    void add(const QString &value, LanId id)
    {
        const auto first = m_first.constFind(value);
        if (first == m_first.cend()) {
            m_first.insert(value, id);
            return;
        }
        QList<LanId> &owners = m_shared[value];
        if (owners.isEmpty())
            owners.append(*first);
        owners.append(id);
    }
    const QMap<QString, QList<LanId>> &shared() const { return m_shared; }

private:
    QHash<QString, LanId> m_first;
    QMap<QString, QList<LanId>> m_shared;
};

class ConnectivityCheck
{
public:
    ConnectivityCheck(const Mesh &mesh, const QList<LinkKey> &tunnels) : m_mesh(mesh), m_tunnels(tunnels) {}

    // Groups of LANs that the drawn links connect, largest first.
    QList<QList<LanId>> components() const
    {
        // Union-find over positions in the sorted ID list (IDs can be sparse, positions are not).
        const QList<LanId> ids = m_mesh.lans.keys();
        auto position = [&ids](LanId id) {
            return qsizetype(std::lower_bound(ids.cbegin(), ids.cend(), id) - ids.cbegin());
        };
        QList<qsizetype> parent(ids.size());
        std::iota(parent.begin(), parent.end(), 0);
        auto root = [&parent](qsizetype i) {
            while (parent[i] != i)
                i = parent[i] = parent[parent[i]];
            return i;
        };
        for (const LinkKey &link : m_tunnels)
            parent[root(position(link.a))] = root(position(link.b));
        QList<qsizetype> groupOfRoot(ids.size(), -1);
        QList<QList<LanId>> result;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            qsizetype &group = groupOfRoot[root(i)];
            if (group < 0) {
                group = result.size();
                result.append(QList<LanId>());
            }
            result[group].append(ids[i]);
        }
        std::stable_sort(result.begin(), result.end(),
                         [](const QList<LanId> &x, const QList<LanId> &y) { return x.size() > y.size(); });
        return result;
    }

private:
    const Mesh &m_mesh;
    const QList<LinkKey> &m_tunnels;
};

QString names(const Mesh &mesh, const QList<LanId> &ids)
{
    QStringList list;
    for (LanId id : ids)
        list.append(mesh.lan(id) ? mesh.lan(id)->name : QString::number(id));
    return list.join(QLatin1String(", "));
}

// "a–b, a–c, b–c and 4 more": the first few of `tunnels` by their LANs' names.
QString tunnelNames(const Mesh &mesh, const QList<LinkKey> &tunnels)
{
    constexpr qsizetype shown = 3;
    QStringList list;
    for (qsizetype i = 0; i < qMin(shown, tunnels.size()); ++i)
        list.append(names(mesh, {tunnels[i].a}) + QChar(0x2013) + names(mesh, {tunnels[i].b}));
    const QString text = list.join(QLatin1String(", "));
    if (tunnels.size() <= shown)
        return text;
    return Checker::tr("%1 and %n more", nullptr, int(tunnels.size() - shown)).arg(text);
}

void checkServiceCommands(const Lan &lan, QList<Finding> &out)
{
    const DeployOptions &d = lan.deploy;
    if (const QString problem = Lan::validateRestartCommand(d.restartCommand); !problem.isEmpty())
        out.append(Finding{Severity::Error,
                           d.restartCommand.isEmpty() ? QStringLiteral("restart-command-missing")
                                                      : QStringLiteral("service-command-invalid"),
                           Checker::tr("LAN %1: %2").arg(lan.name, problem),
                           {lan.id},
                           {}});
    // Without one, install.sh falls back to systemctl, which a host without systemd does not have.
    if (d.stopCommand.isEmpty())
        out.append(
            Finding{Severity::Warning,
                    QStringLiteral("stop-command-missing"),
                    Checker::tr("LAN %1 has no stop command: a tunnel removed from the mesh would keep "
                                "running on its gateway until stopped by hand")
                        .arg(lan.name),
                    {lan.id},
                    {}});
    else if (const QString problem = Lan::validateStopCommand(d.stopCommand); !problem.isEmpty())
        out.append(Finding{Severity::Error,
                           QStringLiteral("service-command-invalid"),
                           Checker::tr("LAN %1: %2").arg(lan.name, problem),
                           {lan.id},
                           {}});
}

// Tunnel numbers kept from an earlier export that the next one cannot keep (the allocator keeps a
// tunnel's numbers only when they fit the settings and no earlier tunnel claimed them): those running
// tunnels get new ones, and stay down until both of their gateways are deployed again.
void checkStoredAllocations(const Mesh &mesh, QList<Finding> &out)
{
    const MeshSettings &s = mesh.settings;
    const int blockPrefix = s.transitSlash31 ? 31 : 30;
    QList<LinkKey> misfit, outOfRange, shared;
    // What the tunnels before this one claimed: transit networks, and (gateway, port) pairs as one number.
    QSet<quint32> usedTransit;
    QSet<quint64> usedPorts;
    usedTransit.reserve(mesh.allocations.size());
    usedPorts.reserve(mesh.allocations.size() * 2);
    const auto port = [](LanId lan, int p) { return quint64(quint32(lan)) << 32 | quint32(p); };
    const auto inRange = [&s](int p) { return p >= s.portBase && p <= 65535; };
    for (auto it = mesh.allocations.cbegin(); it != mesh.allocations.cend(); ++it) { // in tunnel order
        const LinkKey &tunnel = it.key();
        const TunnelAllocation &a = it.value();
        if (!mesh.hasTunnel(tunnel))
            continue; // dropped by the next export, not renumbered
        const quint64 portA = port(tunnel.a, a.portA), portB = port(tunnel.b, a.portB);
        if (a.transit.prefix() != blockPrefix || !s.transitPool.contains(a.transit))
            misfit.append(tunnel);
        else if (!inRange(a.portA) || !inRange(a.portB))
            outOfRange.append(tunnel);
        else if (usedTransit.contains(a.transit.network()) || usedPorts.contains(portA) ||
                 usedPorts.contains(portB))
            shared.append(tunnel);
        else {
            usedTransit.insert(a.transit.network());
            usedPorts.insert(portA);
            usedPorts.insert(portB);
        }
    }
    const auto report = [&](const QList<LinkKey> &tunnels, const QString &message) {
        out.append(Finding{Severity::Warning, QStringLiteral("tunnel-renumbered"), message, {}, tunnels});
    };
    // Worded so that one tunnel reads as well as several.
    if (!misfit.isEmpty())
        report(misfit,
               Checker::tr("%n tunnel(s) (%1) to renumber: the transit network each kept from an earlier "
                           "export is not a /%2 in the transit pool %3; the next export gives each a new "
                           "one, so deploy both of its gateways",
                           nullptr, int(misfit.size()))
                   .arg(tunnelNames(mesh, misfit))
                   .arg(blockPrefix)
                   .arg(s.transitPool.toString()));
    if (!outOfRange.isEmpty())
        report(outOfRange,
               Checker::tr("%n tunnel(s) (%1) to renumber: the UDP ports each kept from an earlier "
                           "export are not within %2 to 65535; the next export gives each new ones, "
                           "so deploy both of its gateways",
                           nullptr, int(outOfRange.size()))
                   .arg(tunnelNames(mesh, outOfRange))
                   .arg(s.portBase));
    if (!shared.isEmpty())
        report(shared,
               Checker::tr("%n tunnel(s) (%1) to renumber: each shares its transit network or a UDP port "
                           "with another tunnel; the next export gives each new numbers, so deploy both "
                           "of its gateways",
                           nullptr, int(shared.size()))
                   .arg(tunnelNames(mesh, shared)));
}

} // namespace

const QList<ReservedRange> &Checker::builtinReservedRanges()
{
    static const QList<ReservedRange> ranges = [] {
        auto range = [](const char *cidr, const char *description, Severity severity) {
            return ReservedRange{Cidr::parse(QString::fromLatin1(cidr)), tr(description), severity};
        };
        return QList<ReservedRange>{
            range("0.0.0.0/8", QT_TR_NOOP("\"this network\", not routable"), Severity::Error),
            range("127.0.0.0/8", QT_TR_NOOP("loopback"), Severity::Error),
            range("169.254.0.0/16", QT_TR_NOOP("link-local, used by cloud metadata services"),
                  Severity::Error),
            range("172.17.0.0/16", QT_TR_NOOP("Docker's default bridge"), Severity::Warning),
            range("224.0.0.0/4", QT_TR_NOOP("multicast"), Severity::Error),
            range("240.0.0.0/4", QT_TR_NOOP("reserved for future use and broadcast"), Severity::Error),
        };
    }();
    return ranges;
}

QList<Finding> Checker::check(const Mesh &mesh)
{
    QList<Finding> out;
    auto add = [&out](Severity severity, const char *code, const QString &message, QList<LanId> lans = {},
                      QList<LinkKey> links = {}) {
        out.append(Finding{severity, QString::fromLatin1(code), message, lans, links});
    };

    if (const QString problem = Mesh::validateName(mesh.name); !problem.isEmpty())
        add(Severity::Error, "mesh-name-invalid", problem);
    if (mesh.lans.size() < 2)
        add(Severity::Warning, "mesh-too-small",
            tr("the mesh has fewer than two LANs, so there is nothing to link"));

    // Per-LAN validity, names and endpoints.
    SharedValues byName(mesh.lans.size());
    SharedValues byEndpoint(mesh.lans.size());
    for (const Lan &lan : mesh.lans) {
        if (const QString problem = Lan::validateName(lan.name); !problem.isEmpty())
            add(Severity::Error, "lan-name-invalid", problem, {lan.id});
        byName.add(lan.name, lan.id);
        if (lan.subnets.isEmpty())
            add(Severity::Error, "lan-no-subnet", tr("LAN %1 has no subnet").arg(lan.name), {lan.id});
        for (auto it = lan.aliases.cbegin(); it != lan.aliases.cend(); ++it)
            if (!lan.subnets.contains(it.key()) || !it.value().isValid() ||
                it.value().prefix() != it.key().prefix())
                add(Severity::Error, "alias-invalid",
                    tr("LAN %1: the alias of %2 must be a network of the same size (/%3), not %4")
                        .arg(lan.name, it.key().toString())
                        .arg(it.key().prefix())
                        .arg(it.value().isValid() ? it.value().toString() : tr("(none)")),
                    {lan.id});
        for (const Cidr &subnet : lan.subnets)
            if (!subnet.isPrivate())
                add(Severity::Warning, "subnet-not-private",
                    tr("%1 of LAN %2 is not a private (RFC 1918) network").arg(subnet.toString(), lan.name),
                    {lan.id});
        if (const QString problem = Lan::validateEndpoint(lan.endpoint); !problem.isEmpty())
            add(Severity::Error, "endpoint-invalid", tr("LAN %1: %2").arg(lan.name, problem), {lan.id});
        else
            byEndpoint.add(lan.endpoint.toLower(), lan.id);
        if (!lan.ssh.user.isEmpty())
            if (const QString problem = Lan::validateSshUser(lan.ssh.user); !problem.isEmpty())
                add(Severity::Error, "ssh-invalid", tr("LAN %1: %2").arg(lan.name, problem), {lan.id});
        if (!lan.ssh.host.isEmpty())
            if (const QString problem = Lan::validateEndpoint(lan.ssh.host); !problem.isEmpty())
                add(Severity::Error, "ssh-invalid", tr("LAN %1: SSH host: %2").arg(lan.name, problem),
                    {lan.id});
        if (lan.ssh.port < 1 || lan.ssh.port > 65535)
            add(Severity::Error, "ssh-invalid",
                tr("LAN %1: SSH port %2 is not 1 to 65535").arg(lan.name).arg(lan.ssh.port), {lan.id});
        if (const QString problem = Lan::validateTargetDir(lan.deploy.targetDir); !problem.isEmpty())
            add(Severity::Error, "target-dir-invalid", tr("LAN %1: %2").arg(lan.name, problem), {lan.id});
        if (lan.deploy.serviceManager == ServiceManager::Command)
            checkServiceCommands(lan, out);
        // The IDs go into the gateway's aws/ scripts and the Terraform export.
        if (const QString problem = lan.aws.validate(); !problem.isEmpty())
            add(Severity::Error, "aws-invalid", tr("LAN %1: %2").arg(lan.name, problem), {lan.id});
    }
    for (auto it = byName.shared().cbegin(); it != byName.shared().cend(); ++it)
        add(Severity::Error, "name-duplicate",
            tr("%1 LANs are named %2").arg(it.value().size()).arg(it.key()), it.value());
    for (auto it = byEndpoint.shared().cbegin(); it != byEndpoint.shared().cend(); ++it)
        add(Severity::Error, "endpoint-duplicate",
            tr("LANs %1 share the endpoint %2; each needs its own gateway")
                .arg(names(mesh, it.value()), it.key()),
            it.value());

    // Overlaps: LAN subnets, transit pool, reserved ranges and endpoints in one sweep.
    QList<ReservedRange> reserved = builtinReservedRanges();
    for (const Cidr &range : mesh.settings.reservedRanges)
        reserved.append(ReservedRange{range, tr("reserved in this mesh's settings"), Severity::Error});
    checkOverlaps(mesh, reserved, out);

    // Transit pool and ports.
    const MeshSettings &s = mesh.settings;
    // Manual topology lists its drawn tunnels once for every check below that needs them.
    const bool manual = mesh.topology == Topology::Manual;
    const QList<LinkKey> drawn = manual ? mesh.tunnels() : QList<LinkKey>();
    const qsizetype tunnels = manual ? drawn.size() : mesh.tunnelCount();
    if (!s.transitPool.isValid()) {
        add(Severity::Error, "transit-pool-invalid", tr("the transit pool is not set"));
    } else if (s.transitPool.size() / transitBlockSize(s) < quint64(tunnels)) {
        add(Severity::Error, "transit-pool-too-small",
            tr("the transit pool %1 holds %2 tunnels, but the mesh needs %3; choose a larger pool")
                .arg(s.transitPool.toString())
                .arg(s.transitPool.size() / transitBlockSize(s))
                .arg(tunnels));
    }
    // Tunnels per gateway. A full mesh gives each n-1 without listing its n(n-1)/2 tunnels.
    int maxDegree = qMax(0, int(mesh.lans.size()) - 1);
    if (mesh.topology == Topology::Manual) {
        // Each LAN's tunnels, counted on the sorted list of drawn tunnel ends.
        QList<LanId> ends;
        ends.reserve(drawn.size() * 2);
        for (const LinkKey &link : drawn)
            ends << link.a << link.b;
        std::sort(ends.begin(), ends.end());
        maxDegree = 0;
        for (qsizetype i = 0, j = 0; i < ends.size(); i = j) {
            while (j < ends.size() && ends[j] == ends[i])
                ++j;
            maxDegree = qMax(maxDegree, int(j - i));
        }
    }
    if (s.transitPool.isValid() && s.portBase >= 1 && s.portBase <= 65535)
        checkStoredAllocations(mesh, out);
    if (s.portBase < 1 || s.portBase > 65535)
        add(Severity::Error, "port-range-overflow",
            tr("the UDP port base %1 is not 1 to 65535").arg(s.portBase));
    else if (s.portBase + maxDegree - 1 > 65535)
        add(Severity::Error, "port-range-overflow",
            tr("a gateway needs %1 UDP ports from %2, which runs past 65535; lower the port base")
                .arg(maxDegree)
                .arg(s.portBase));
    if (const QString problem = DataCiphers::validate(s.dataCiphers); !problem.isEmpty())
        add(Severity::Error, "settings-invalid", problem);
    else if (const QStringList cbc = DataCiphers::cbcEntries(s.dataCiphers); !cbc.isEmpty())
        add(Severity::Warning, "data-cipher-cbc",
            tr("data ciphers: CBC (%1) makes OpenVPN turn off data channel offload (DCO) on every tunnel; "
               "list only AEAD ciphers such as AES-256-GCM to keep it")
                .arg(cbc.join(QLatin1String(", "))));
    if (s.keepaliveInterval < 1 || s.keepaliveTimeout <= s.keepaliveInterval)
        add(Severity::Error, "settings-invalid",
            tr("keepalive: the timeout (%1 s) must be longer than the ping interval (%2 s), which must be at "
               "least 1 s")
                .arg(s.keepaliveTimeout)
                .arg(s.keepaliveInterval));

    // Manual topology: every LAN must reach every other through drawn links.
    if (mesh.topology == Topology::Manual && mesh.lans.size() > 1) {
        const QList<QList<LanId>> groups = ConnectivityCheck(mesh, drawn).components();
        for (qsizetype i = 1; i < groups.size(); ++i)
            add(Severity::Error, "lan-unreachable",
                tr("%1 cannot reach %2 through the drawn links; draw a link between them")
                    .arg(names(mesh, groups[i]), names(mesh, groups.first())),
                groups[i]);
    }
    return out;
}

qsizetype Checker::errorCount(const QList<Finding> &findings)
{
    return std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return f.isError(); });
}

qsizetype Checker::warningCount(const QList<Finding> &findings)
{
    return findings.size() - errorCount(findings);
}

QString toString(Finding::Severity severity)
{
    return severity == Finding::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace p2pvpn
