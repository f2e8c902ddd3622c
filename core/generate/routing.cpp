#include "generate/routing.h"

#include <QHash>
#include <QQueue>

namespace p2pvpn {

QMap<LanId, Routing::NextHops> Routing::compute(const Mesh &mesh)
{
    QMap<LanId, NextHops> result;
    const QList<LinkKey> tunnels = mesh.tunnels();
    if (mesh.topology == Topology::Full) {
        for (const LinkKey &t : tunnels) {
            result[t.a].insert(t.b, t.b);
            result[t.b].insert(t.a, t.a);
        }
        return result;
    }

    QHash<LanId, QList<LanId>> neighbours;
    for (const LinkKey &t : tunnels) {
        neighbours[t.a].append(t.b);
        neighbours[t.b].append(t.a);
    }
    for (QList<LanId> &list : neighbours)
        std::sort(list.begin(), list.end());

    // One breadth-first search per gateway; a node's first hop is inherited from the
    // node that discovered it, and neighbours are visited in ID order.
    for (LanId source : mesh.lans.keys()) {
        NextHops hops;
        QQueue<LanId> queue;
        queue.enqueue(source);
        QSet<LanId> seen{source};
        while (!queue.isEmpty()) {
            const LanId current = queue.dequeue();
            for (LanId next : neighbours.value(current)) {
                if (seen.contains(next))
                    continue;
                seen.insert(next);
                hops.insert(next, current == source ? next : hops.value(current));
                queue.enqueue(next);
            }
        }
        if (!hops.isEmpty())
            result.insert(source, hops);
    }
    return result;
}

} // namespace p2pvpn
