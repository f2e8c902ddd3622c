#include "checker.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace p2pvpn {

namespace {

using Severity = Finding::Severity;

// One network taking part in the overlap sweep, with who it belongs to.
struct Block
{
    enum class Kind { LanSubnet, Transit, Reserved, Endpoint };
    Cidr cidr;
    Kind kind;
    LanId lan = 0;      // LanSubnet, Endpoint
    int reserved = -1;  // Reserved: index into the reserved list
};

class OverlapSweep
{
public:
    OverlapSweep(const Mesh &mesh, const QList<ReservedRange> &reserved, QList<Finding> &out)
        : m_mesh(mesh), m_reserved(reserved), m_out(out)
    {
    }

    void run(QList<Block> blocks)
    {
        // CIDR blocks either nest or are disjoint, so sorted by start and then by
        // size, every block's containers are on a stack at most 33 deep.
        std::sort(blocks.begin(), blocks.end(),
                  [](const Block &x, const Block &y) { return x.cidr < y.cidr; });
        QList<QList<Block>> stack;
        for (qsizetype i = 0; i < blocks.size();) {
            qsizetype j = i;
            QList<Block> group;
            while (j < blocks.size() && blocks[j].cidr == blocks[i].cidr)
                group.append(blocks[j++]);
            i = j;
            while (!stack.isEmpty() && stack.last().first().cidr.last() < group.first().cidr.first())
                stack.removeLast();
            reportSame(group);
            for (const QList<Block> &container : std::as_const(stack))
                reportNested(container, group);
            stack.append(group);
        }
    }

private:
    QString lanName(LanId id) const
    {
        const Lan *lan = m_mesh.lan(id);
        return lan ? lan->name : QString::number(id);
    }

    QString lanNames(const QList<LanId> &ids) const
    {
        QStringList names;
        for (LanId id : ids)
            names.append(lanName(id));
        return names.join(QLatin1String(", "));
    }

    static QList<LanId> lansOf(const QList<Block> &group, Block::Kind kind = Block::Kind::LanSubnet)
    {
        QList<LanId> ids;
        for (const Block &b : group)
            if (b.kind == kind && !ids.contains(b.lan))
                ids.append(b.lan);
        return ids;
    }

    static const Block *find(const QList<Block> &group, Block::Kind kind)
    {
        for (const Block &b : group)
            if (b.kind == kind)
                return &b;
        return nullptr;
    }

    void add(Severity severity, const char *code, const QString &message, const QList<LanId> &lans)
    {
        m_out.append(Finding{severity, QString::fromLatin1(code), message, lans, {}});
    }

    // Several owners of the very same network.
    void reportSame(const QList<Block> &group)
    {
        const Cidr net = group.first().cidr;
        const QList<LanId> lans = lansOf(group);
        if (lans.size() > 1)
            add(Severity::Error, "subnet-overlap",
                Checker::tr("LANs %1 all use %2").arg(lanNames(lans), net.toString()), lans);
        for (LanId id : lans) {
            const auto copies = std::count_if(group.begin(), group.end(), [id](const Block &b) {
                return b.kind == Block::Kind::LanSubnet && b.lan == id;
            });
            if (copies > 1)
                add(Severity::Error, "subnet-duplicate",
                    Checker::tr("LAN %1 lists %2 more than once").arg(lanName(id), net.toString()), {id});
        }
        reportOthers(group, group);
    }

    // `outer` contains `inner` (and they differ).
    void reportNested(const QList<Block> &outer, const QList<Block> &inner)
    {
        const Cidr outerNet = outer.first().cidr;
        const Cidr innerNet = inner.first().cidr;
        const QList<LanId> outerLans = lansOf(outer);
        const QList<LanId> innerLans = lansOf(inner);
        if (!outerLans.isEmpty() && !innerLans.isEmpty()) {
            QList<LanId> all = outerLans;
            for (LanId id : innerLans)
                if (!all.contains(id))
                    all.append(id);
            if (all.size() > 1)
                add(Severity::Error, "subnet-overlap",
                    Checker::tr("%1 (LAN %2) overlaps %3 (LAN %4)")
                        .arg(outerNet.toString(), lanNames(outerLans), innerNet.toString(), lanNames(innerLans)),
                    all);
            for (LanId id : outerLans)
                if (innerLans.contains(id))
                    add(Severity::Error, "subnet-duplicate",
                        Checker::tr("LAN %1 lists both %2 and %3, which overlap")
                            .arg(lanName(id), outerNet.toString(), innerNet.toString()),
                        {id});
        }
        reportOthers(outer, inner);
        reportOthers(inner, outer);
    }

    // Overlaps that involve the transit pool, a reserved range or an endpoint.
    void reportOthers(const QList<Block> &a, const QList<Block> &b)
    {
        const QList<LanId> lansB = lansOf(b);
        if (const Block *transit = find(a, Block::Kind::Transit)) {
            if (!lansB.isEmpty())
                add(Severity::Error, "transit-overlap",
                    Checker::tr("%1 of LAN %2 overlaps the transit pool %3")
                        .arg(b.first().cidr.toString(), lanNames(lansB), transit->cidr.toString()),
                    lansB);
        }
        for (const Block &r : a) {
            if (r.kind != Block::Kind::Reserved)
                continue;
            const ReservedRange &range = m_reserved[r.reserved];
            if (!lansB.isEmpty())
                add(range.severity, "reserved-overlap",
                    Checker::tr("%1 of LAN %2 overlaps %3 (%4)")
                        .arg(b.first().cidr.toString(), lanNames(lansB), range.range.toString(), range.description),
                    lansB);
            if (find(b, Block::Kind::Transit))
                add(range.severity, "reserved-overlap",
                    Checker::tr("the transit pool %1 overlaps %2 (%3)")
                        .arg(b.first().cidr.toString(), range.range.toString(), range.description),
                    {});
        }
        if (a.first().cidr.prefix() <= b.first().cidr.prefix()) { // only a container holds an endpoint
            const QList<LanId> subnetOwners = lansOf(a);
            for (LanId endpointOwner : lansOf(b, Block::Kind::Endpoint)) {
                if (subnetOwners.isEmpty())
                    continue;
                QList<LanId> involved{endpointOwner};
                for (LanId id : subnetOwners)
                    if (!involved.contains(id))
                        involved.append(id);
                add(Severity::Error, "endpoint-in-subnet",
                    Checker::tr("the endpoint %1 of LAN %2 lies inside %3 (LAN %4); peers must dial a public address")
                        .arg(b.first().cidr.networkString(), lanName(endpointOwner), a.first().cidr.toString(),
                             lanNames(subnetOwners)),
                    involved);
            }
        }
    }

    const Mesh &m_mesh;
    const QList<ReservedRange> &m_reserved;
    QList<Finding> &m_out;
};

class ConnectivityCheck
{
public:
    explicit ConnectivityCheck(const Mesh &mesh) : m_mesh(mesh) {}

    // Groups of LANs that the drawn links connect, largest first.
    QList<QList<LanId>> components() const
    {
        QHash<LanId, LanId> parent;
        for (LanId id : m_mesh.lans.keys())
            parent.insert(id, id);
        auto root = [&parent](LanId id) {
            while (parent.value(id) != id)
                id = parent[id] = parent.value(parent.value(id));
            return id;
        };
        for (const LinkKey &link : m_mesh.tunnels())
            parent[root(link.a)] = root(link.b);
        QMap<LanId, QList<LanId>> groups;
        for (LanId id : m_mesh.lans.keys())
            groups[root(id)].append(id);
        QList<QList<LanId>> result = groups.values();
        std::stable_sort(result.begin(), result.end(),
                         [](const QList<LanId> &x, const QList<LanId> &y) { return x.size() > y.size(); });
        return result;
    }

private:
    const Mesh &m_mesh;
};

QString names(const Mesh &mesh, const QList<LanId> &ids)
{
    QStringList list;
    for (LanId id : ids)
        list.append(mesh.lan(id) ? mesh.lan(id)->name : QString::number(id));
    return list.join(QLatin1String(", "));
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
            range("169.254.0.0/16", QT_TR_NOOP("link-local, used by cloud metadata services"), Severity::Error),
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
        add(Severity::Warning, "mesh-too-small", tr("the mesh has fewer than two LANs, so there is nothing to link"));

    // Per-LAN validity, names and endpoints.
    QHash<QString, QList<LanId>> byName;
    QHash<QString, QList<LanId>> byEndpoint;
    for (const Lan &lan : mesh.lans) {
        if (const QString problem = Lan::validateName(lan.name); !problem.isEmpty())
            add(Severity::Error, "lan-name-invalid", problem, {lan.id});
        byName[lan.name].append(lan.id);
        if (lan.subnets.isEmpty())
            add(Severity::Error, "lan-no-subnet", tr("LAN %1 has no subnet").arg(lan.name), {lan.id});
        for (const Cidr &subnet : lan.subnets)
            if (!subnet.isPrivate())
                add(Severity::Warning, "subnet-not-private",
                    tr("%1 of LAN %2 is not a private (RFC 1918) network").arg(subnet.toString(), lan.name),
                    {lan.id});
        if (const QString problem = Lan::validateEndpoint(lan.endpoint); !problem.isEmpty())
            add(Severity::Error, "endpoint-invalid", tr("LAN %1: %2").arg(lan.name, problem), {lan.id});
        else
            byEndpoint[lan.endpoint.toLower()].append(lan.id);
        if (!lan.ssh.user.isEmpty())
            if (const QString problem = Lan::validateSshUser(lan.ssh.user); !problem.isEmpty())
                add(Severity::Error, "ssh-invalid", tr("LAN %1: %2").arg(lan.name, problem), {lan.id});
        if (!lan.ssh.host.isEmpty())
            if (const QString problem = Lan::validateEndpoint(lan.ssh.host); !problem.isEmpty())
                add(Severity::Error, "ssh-invalid", tr("LAN %1: SSH host: %2").arg(lan.name, problem), {lan.id});
        if (lan.ssh.port < 1 || lan.ssh.port > 65535)
            add(Severity::Error, "ssh-invalid", tr("LAN %1: SSH port %2 is not 1 to 65535").arg(lan.name).arg(lan.ssh.port),
                {lan.id});
        if (const QString problem = Lan::validateTargetDir(lan.deploy.targetDir); !problem.isEmpty())
            add(Severity::Error, "target-dir-invalid", tr("LAN %1: %2").arg(lan.name, problem), {lan.id});
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        if (it.value().size() > 1)
            add(Severity::Error, "name-duplicate",
                tr("%1 LANs are named %2").arg(it.value().size()).arg(it.key()), it.value());
    for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it)
        if (it.value().size() > 1)
            add(Severity::Error, "endpoint-duplicate",
                tr("LANs %1 share the endpoint %2; each needs its own gateway").arg(names(mesh, it.value()), it.key()),
                it.value());

    // Overlaps: LAN subnets, transit pool, reserved ranges and endpoints in one sweep.
    QList<ReservedRange> reserved = builtinReservedRanges();
    for (const Cidr &range : mesh.settings.reservedRanges)
        reserved.append(ReservedRange{range, tr("reserved in this mesh's settings"), Severity::Error});
    QList<Block> blocks;
    for (const Lan &lan : mesh.lans) {
        for (const Cidr &subnet : lan.subnets)
            blocks.append(Block{subnet, Block::Kind::LanSubnet, lan.id});
        if (quint32 address = 0; parseIpv4(lan.endpoint, &address))
            blocks.append(Block{Cidr::fromAddress(address, 32), Block::Kind::Endpoint, lan.id});
    }
    if (mesh.settings.transitPool.isValid())
        blocks.append(Block{mesh.settings.transitPool, Block::Kind::Transit});
    for (int i = 0; i < reserved.size(); ++i)
        blocks.append(Block{reserved[i].range, Block::Kind::Reserved, 0, i});
    OverlapSweep(mesh, reserved, out).run(blocks);

    // Transit pool and ports.
    const MeshSettings &s = mesh.settings;
    const qsizetype tunnels = mesh.tunnelCount();
    if (!s.transitPool.isValid()) {
        add(Severity::Error, "transit-pool-invalid", tr("the transit pool is not set"));
    } else if (s.transitPool.size() / transitBlockSize(s) < quint64(tunnels)) {
        add(Severity::Error, "transit-pool-too-small",
            tr("the transit pool %1 holds %2 tunnels, but the mesh needs %3; choose a larger pool")
                .arg(s.transitPool.toString())
                .arg(s.transitPool.size() / transitBlockSize(s))
                .arg(tunnels));
    }
    QHash<LanId, int> degree;
    for (const LinkKey &link : mesh.tunnels()) {
        ++degree[link.a];
        ++degree[link.b];
    }
    const int maxDegree = degree.isEmpty() ? 0 : *std::max_element(degree.cbegin(), degree.cend());
    if (s.portBase < 1 || s.portBase > 65535)
        add(Severity::Error, "port-range-overflow", tr("the UDP port base %1 is not 1 to 65535").arg(s.portBase));
    else if (s.portBase + maxDegree - 1 > 65535)
        add(Severity::Error, "port-range-overflow",
            tr("a gateway needs %1 UDP ports from %2, which runs past 65535; lower the port base")
                .arg(maxDegree)
                .arg(s.portBase));
    static const QRegularExpression cipherRule(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9-]+(:[A-Za-z0-9-]+)*")));
    if (!cipherRule.match(s.dataCiphers).hasMatch())
        add(Severity::Error, "settings-invalid",
            tr("data ciphers \"%1\" must be cipher names separated by ':'").arg(displayText(s.dataCiphers)));
    if (s.keepaliveInterval < 1 || s.keepaliveTimeout <= s.keepaliveInterval)
        add(Severity::Error, "settings-invalid",
            tr("keepalive: the timeout (%1 s) must be longer than the ping interval (%2 s), which must be at least 1 s")
                .arg(s.keepaliveTimeout)
                .arg(s.keepaliveInterval));

    // Manual topology: every LAN must reach every other through drawn links.
    if (mesh.topology == Topology::Manual && mesh.lans.size() > 1) {
        const QList<QList<LanId>> groups = ConnectivityCheck(mesh).components();
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
