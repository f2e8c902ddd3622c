#include "check/overlapresolver.h"

#include "check/checker.h"

#include <algorithm>

namespace p2pvpn {

QList<std::pair<LanId, Cidr>> OverlapResolver::unaliasedClashes(const Mesh &mesh)
{
    struct Entry
    {
        Cidr subnet;
        LanId lan;
        bool aliased;
    };
    QList<Entry> entries;
    for (const Lan &lan : mesh.lans)
        for (const Cidr &subnet : lan.subnets)
            entries.append({subnet, lan.id, lan.aliases.contains(subnet)});
    std::sort(entries.begin(), entries.end(),
              [](const Entry &x, const Entry &y) { return x.subnet < y.subnet; });
    // Sorted by start, a subnet can only overlap the ones after it that start before it ends.
    QList<std::pair<LanId, Cidr>> result;
    auto note = [&result](const Entry &e) {
        if (!e.aliased && !result.contains(std::pair{e.lan, e.subnet}))
            result.append({e.lan, e.subnet});
    };
    for (qsizetype i = 0; i < entries.size(); ++i)
        for (qsizetype j = i + 1; j < entries.size() && entries[j].subnet.first() <= entries[i].subnet.last();
             ++j)
            if (entries[i].lan != entries[j].lan) {
                note(entries[i]);
                note(entries[j]);
            }
    std::sort(result.begin(), result.end());
    return result;
}

Cidr OverlapResolver::firstFree(const Cidr &pool, int prefix, const QList<Cidr> &taken)
{
    if (!pool.isValid() || prefix < pool.prefix() || prefix > 32)
        return {};
    const quint64 size = quint64(1) << (32 - prefix);
    quint64 candidate = pool.first();
    const quint64 end = quint64(pool.last()) + 1;
    qsizetype from = 0; // taken ranges ending before the candidate are behind us for good
    while (candidate + size <= end) {
        const quint64 last = candidate + size - 1;
        while (from < taken.size() && taken[from].last() < candidate)
            ++from;
        quint64 blockedUntil = 0; // one past the last blocked address, 0 when free
        for (qsizetype i = from; i < taken.size() && taken[i].first() <= last; ++i)
            if (taken[i].last() >= candidate)
                blockedUntil = std::max(blockedUntil, quint64(taken[i].last()) + 1);
        if (!blockedUntil)
            return Cidr::fromAddress(quint32(candidate), prefix);
        candidate = (blockedUntil + size - 1) / size * size; // the next aligned network past the blocker
    }
    return {};
}

bool OverlapResolver::resolve(Mesh *mesh, QList<AliasChoice> *chosen, QString *error)
{
    chosen->clear();
    const QList<std::pair<LanId, Cidr>> clashes = unaliasedClashes(*mesh);
    if (clashes.isEmpty())
        return true;
    QList<Cidr> taken;
    for (const Lan &lan : std::as_const(mesh->lans)) {
        taken.append(lan.subnets);
        taken.append(lan.aliases.values());
        if (quint32 address = 0; parseIpv4(lan.endpoint, &address))
            taken.append(Cidr::fromAddress(address, 32));
    }
    taken.append(mesh->settings.transitPool);
    for (const ReservedRange &range : Checker::builtinReservedRanges())
        taken.append(range.range);
    taken.append(mesh->settings.reservedRanges);
    taken.removeIf([](const Cidr &c) { return !c.isValid(); });

    Mesh result = *mesh;
    for (const auto &[lanId, subnet] : clashes) {
        std::sort(taken.begin(), taken.end());
        const Cidr alias = firstFree(mesh->settings.aliasPool, subnet.prefix(), taken);
        if (!alias.isValid()) {
            *error = tr("the alias pool %1 has no free /%2 left for %3 of LAN %4; choose a larger pool in "
                        "the mesh settings")
                         .arg(mesh->settings.aliasPool.toString())
                         .arg(subnet.prefix())
                         .arg(subnet.toString(), mesh->lan(lanId)->name);
            chosen->clear();
            return false;
        }
        result.lan(lanId)->aliases.insert(subnet, alias);
        taken.append(alias);
        chosen->append({lanId, subnet, alias});
    }
    *mesh = result;
    return true;
}

} // namespace p2pvpn
