#include "check/overlapsweep.h"

#include "check/overlapresolver.h"

#include <QVarLengthArray>

#include <algorithm>
#include <span>

namespace p2pvpn {

namespace {

using Severity = Finding::Severity;

// One network taking part in the overlap sweep, with who it belongs to.
struct Block
{
    enum class Kind
    {
        LanSubnet, // a LAN's real subnet
        Alias,     // the prefix the mesh reaches one of a LAN's subnets by
        Transit,
        Reserved,
        Endpoint
    };
    Cidr cidr;
    Kind kind;
    LanId lan = 0;        // LanSubnet, Alias, Endpoint
    int reserved = -1;    // Reserved: index into the reserved list
    bool aliased = false; // LanSubnet: the mesh reaches it by an alias
    Cidr subnet = {};     // Alias: the real subnet it stands for
};

using Group = std::span<const Block>;

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
        // size, every block's containers are on a stack at most 33 deep. Blocks of
        // the very same network form one group.
        std::sort(blocks.begin(), blocks.end(),
                  [](const Block &x, const Block &y) { return x.cidr < y.cidr; });
        QVarLengthArray<Group, 40> stack;
        for (qsizetype i = 0; i < blocks.size();) {
            qsizetype j = i + 1;
            while (j < blocks.size() && blocks[j].cidr == blocks[i].cidr)
                ++j;
            const Group group(blocks.constData() + i, size_t(j - i));
            i = j;
            while (!stack.isEmpty() && stack.last().front().cidr.last() < group.front().cidr.first())
                stack.removeLast();
            if (group.size() > 1)
                reportSame(group);
            for (const Group &container : std::as_const(stack))
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

    static QList<LanId> lansOf(Group group, Block::Kind kind = Block::Kind::LanSubnet)
    {
        QList<LanId> ids;
        for (const Block &b : group)
            if (b.kind == kind && !ids.contains(b.lan))
                ids.append(b.lan);
        return ids;
    }

    // The LANs of the networks in `group` that occupy address space in the mesh: real subnets and aliases.
    static QList<LanId> addressOwners(Group group)
    {
        QList<LanId> ids = lansOf(group);
        for (LanId id : lansOf(group, Block::Kind::Alias))
            if (!ids.contains(id))
                ids.append(id);
        return ids;
    }

    // Real subnets of different LANs may overlap when the mesh reaches both by aliases: each LAN's hosts
    // then see the other only under its alias. Of `a`'s and `b`'s real subnets, the LANs that clash.
    static QList<LanId> clashingLans(Group a, Group b)
    {
        QList<LanId> ids;
        for (const Block &x : a)
            for (const Block &y : b) {
                if (x.kind != Block::Kind::LanSubnet || y.kind != Block::Kind::LanSubnet || x.lan == y.lan ||
                    (x.aliased && y.aliased))
                    continue;
                for (LanId id : {x.lan, y.lan})
                    if (!ids.contains(id))
                        ids.append(id);
            }
        return ids;
    }

    // An alias overlapping any other network of the mesh (a real subnet, its own included, or an alias).
    void reportAliases(Group aliases, Group others, bool aliasPairs)
    {
        for (const Block &alias : aliases) {
            if (alias.kind != Block::Kind::Alias)
                continue;
            for (const Block &other : others) {
                if (&other == &alias ||
                    (other.kind != Block::Kind::LanSubnet && other.kind != Block::Kind::Alias))
                    continue;
                if (other.kind == Block::Kind::Alias &&
                    (!aliasPairs || (aliases.data() == others.data() && &other < &alias)))
                    continue; // each pair of aliases once
                add(Severity::Error, "alias-overlap",
                    other.kind == Block::Kind::Alias
                        ? Checker::tr("the alias %1 of %2 (LAN %3) overlaps the alias %4 of %5 (LAN %6)")
                              .arg(alias.cidr.toString(), alias.subnet.toString(), lanName(alias.lan),
                                   other.cidr.toString(), other.subnet.toString(), lanName(other.lan))
                        : Checker::tr("the alias %1 of %2 (LAN %3) overlaps %4 of LAN %5")
                              .arg(alias.cidr.toString(), alias.subnet.toString(), lanName(alias.lan),
                                   other.cidr.toString(), lanName(other.lan)),
                    alias.lan == other.lan ? QList<LanId>{alias.lan} : QList<LanId>{alias.lan, other.lan});
            }
        }
    }

    // Appended to an overlap of real subnets: the aliases that would resolve it, as resolve-overlaps picks
    // them (worked out once per check, and only when something clashes).
    QString aliasHint(const QList<LanId> &lans, Group a, Group b)
    {
        if (!m_proposalsMade) {
            m_proposalsMade = true;
            Mesh resolved = m_mesh;
            QList<AliasChoice> chosen;
            QString ignored;
            if (OverlapResolver::resolve(&resolved, &chosen, &ignored))
                for (const AliasChoice &c : std::as_const(chosen))
                    m_proposals.insert({c.lan, c.subnet}, c.alias);
        }
        QStringList steps;
        for (Group g : {a, b})
            for (const Block &x : g) {
                if (x.kind != Block::Kind::LanSubnet || x.aliased || !lans.contains(x.lan))
                    continue;
                const Cidr alias = m_proposals.value({x.lan, x.cidr});
                const QString step =
                    alias.isValid() ? Checker::tr("alias %1's %2 as %3")
                                          .arg(lanName(x.lan), x.cidr.toString(), alias.toString())
                                    : Checker::tr("alias %1's %2").arg(lanName(x.lan), x.cidr.toString());
                if (!steps.contains(step))
                    steps.append(step);
            }
        return Checker::tr("; to link them, %1 (p2pvpn resolve-overlaps does it)")
            .arg(steps.join(QLatin1String(", ")));
    }

    static const Block *find(Group group, Block::Kind kind)
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
    void reportSame(Group group)
    {
        const Cidr net = group.front().cidr;
        const QList<LanId> lans = lansOf(group);
        if (const QList<LanId> clashing = clashingLans(group, group); !clashing.isEmpty())
            add(Severity::Error, "subnet-overlap",
                Checker::tr("LANs %1 all use %2").arg(lanNames(clashing), net.toString()) +
                    aliasHint(clashing, group, group),
                clashing);
        reportAliases(group, group, true);
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
    void reportNested(Group outer, Group inner)
    {
        const Cidr outerNet = outer.front().cidr;
        const Cidr innerNet = inner.front().cidr;
        const QList<LanId> outerLans = lansOf(outer);
        const QList<LanId> innerLans = lansOf(inner);
        if (!outerLans.isEmpty() && !innerLans.isEmpty()) {
            if (const QList<LanId> clashing = clashingLans(outer, inner); !clashing.isEmpty()) {
                QList<LanId> outerClashing, innerClashing;
                for (LanId id : clashing) {
                    if (outerLans.contains(id))
                        outerClashing.append(id);
                    if (innerLans.contains(id))
                        innerClashing.append(id);
                }
                add(Severity::Error, "subnet-overlap",
                    Checker::tr("%1 (LAN %2) overlaps %3 (LAN %4)")
                            .arg(outerNet.toString(), lanNames(outerClashing), innerNet.toString(),
                                 lanNames(innerClashing)) +
                        aliasHint(clashing, outer, inner),
                    clashing);
            }
            for (LanId id : outerLans)
                if (innerLans.contains(id))
                    add(Severity::Error, "subnet-duplicate",
                        Checker::tr("LAN %1 lists both %2 and %3, which overlap")
                            .arg(lanName(id), outerNet.toString(), innerNet.toString()),
                        {id});
        }
        reportAliases(outer, inner, true);
        reportAliases(inner, outer, false);
        reportOthers(outer, inner);
        reportOthers(inner, outer);
    }

    // Overlaps that involve the transit pool, a reserved range or an endpoint.
    void reportOthers(Group a, Group b)
    {
        const QList<LanId> lansB = addressOwners(b);
        if (const Block *transit = find(a, Block::Kind::Transit)) {
            if (!lansB.isEmpty())
                add(Severity::Error, "transit-overlap",
                    Checker::tr("%1 of LAN %2 overlaps the transit pool %3")
                        .arg(b.front().cidr.toString(), lanNames(lansB), transit->cidr.toString()),
                    lansB);
        }
        for (const Block &r : a) {
            if (r.kind != Block::Kind::Reserved)
                continue;
            const ReservedRange &range = m_reserved[r.reserved];
            if (!lansB.isEmpty())
                add(range.severity, "reserved-overlap",
                    Checker::tr("%1 of LAN %2 overlaps %3 (%4)")
                        .arg(b.front().cidr.toString(), lanNames(lansB), range.range.toString(),
                             range.description),
                    lansB);
            if (find(b, Block::Kind::Transit))
                add(range.severity, "reserved-overlap",
                    Checker::tr("the transit pool %1 overlaps %2 (%3)")
                        .arg(b.front().cidr.toString(), range.range.toString(), range.description),
                    {});
        }
        if (a.front().cidr.prefix() <= b.front().cidr.prefix()) { // only a container holds an endpoint
            const QList<LanId> subnetOwners = addressOwners(a);
            for (LanId endpointOwner : lansOf(b, Block::Kind::Endpoint)) {
                if (subnetOwners.isEmpty())
                    continue;
                QList<LanId> involved{endpointOwner};
                for (LanId id : subnetOwners)
                    if (!involved.contains(id))
                        involved.append(id);
                add(Severity::Error, "endpoint-in-subnet",
                    Checker::tr(
                        "the endpoint %1 of LAN %2 lies inside %3 (LAN %4); peers must dial a public address")
                        .arg(b.front().cidr.networkString(), lanName(endpointOwner),
                             a.front().cidr.toString(), lanNames(subnetOwners)),
                    involved);
            }
        }
    }

    const Mesh &m_mesh;
    const QList<ReservedRange> &m_reserved;
    QList<Finding> &m_out;
    bool m_proposalsMade = false;
    QMap<std::pair<LanId, Cidr>, Cidr> m_proposals;
};

} // namespace

void checkOverlaps(const Mesh &mesh, const QList<ReservedRange> &reserved, QList<Finding> &out)
{
    QList<Block> blocks;
    for (const Lan &lan : mesh.lans) {
        for (const Cidr &subnet : lan.subnets)
            blocks.append(Block{.cidr = subnet,
                                .kind = Block::Kind::LanSubnet,
                                .lan = lan.id,
                                .aliased = lan.aliases.contains(subnet)});
        for (auto it = lan.aliases.cbegin(); it != lan.aliases.cend(); ++it)
            if (it.value().isValid())
                blocks.append(
                    Block{.cidr = it.value(), .kind = Block::Kind::Alias, .lan = lan.id, .subnet = it.key()});
        if (quint32 address = 0; parseIpv4(lan.endpoint, &address))
            blocks.append(
                Block{.cidr = Cidr::fromAddress(address, 32), .kind = Block::Kind::Endpoint, .lan = lan.id});
    }
    if (mesh.settings.transitPool.isValid())
        blocks.append(Block{.cidr = mesh.settings.transitPool, .kind = Block::Kind::Transit});
    for (int i = 0; i < reserved.size(); ++i)
        blocks.append(Block{.cidr = reserved[i].range, .kind = Block::Kind::Reserved, .reserved = i});
    OverlapSweep(mesh, reserved, out).run(blocks);
}

} // namespace p2pvpn
