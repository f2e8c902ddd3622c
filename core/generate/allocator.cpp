#include "generate/allocator.h"

#include "check/checker.h"

#include <QHash>
#include <QSet>

namespace p2pvpn {

namespace {

// Hands out the lowest free UDP port of one gateway, from the mesh's base upwards.
class PortPool
{
public:
    explicit PortPool(int base) : m_next(base), m_base(base) {}
    bool isFree(int port) const { return port >= m_base && port <= 65535 && !m_used.contains(port); }
    void claim(int port) { m_used.insert(port); }
    int take()
    {
        while (m_next <= 65535 && m_used.contains(m_next))
            ++m_next;
        if (m_next > 65535)
            return 0;
        m_used.insert(m_next);
        return m_next;
    }

private:
    QSet<int> m_used;
    int m_next;
    int m_base;
};

} // namespace

bool Allocator::allocate(Mesh *mesh, QString *error)
{
    const MeshSettings &s = mesh->settings;
    const QList<LinkKey> tunnels = mesh->tunnels();
    const int blockSize = Checker::transitBlockSize(s);
    const int blockPrefix = s.transitSlash31 ? 31 : 30;
    if (!s.transitPool.isValid() || s.transitPool.prefix() > blockPrefix) {
        *error = tr("the transit pool %1 is too small for even one tunnel").arg(s.transitPool.toString());
        return false;
    }

    QMap<LinkKey, TunnelAllocation> result;
    QSet<quint32> usedTransit;
    QHash<LanId, PortPool> ports;
    auto portsOf = [&](LanId id) -> PortPool & {
        auto it = ports.find(id);
        if (it == ports.end())
            it = ports.insert(id, PortPool(s.portBase));
        return *it;
    };

    // Keep what is still valid: inside the pool, the right size, nothing claimed twice.
    QList<LinkKey> pending;
    for (const LinkKey &tunnel : tunnels) {
        const auto old = mesh->allocations.constFind(tunnel);
        const bool keep = old != mesh->allocations.cend() && old->transit.prefix() == blockPrefix &&
                          s.transitPool.contains(old->transit) &&
                          !usedTransit.contains(old->transit.network()) &&
                          portsOf(tunnel.a).isFree(old->portA) && portsOf(tunnel.b).isFree(old->portB);
        if (!keep) {
            pending.append(tunnel);
            continue;
        }
        usedTransit.insert(old->transit.network());
        portsOf(tunnel.a).claim(old->portA);
        portsOf(tunnel.b).claim(old->portB);
        result.insert(tunnel, *old);
    }

    quint64 cursor = s.transitPool.first();
    const quint64 poolEnd = quint64(s.transitPool.last()) + 1;
    for (const LinkKey &tunnel : std::as_const(pending)) {
        while (cursor < poolEnd && usedTransit.contains(quint32(cursor)))
            cursor += blockSize;
        if (cursor >= poolEnd) {
            *error = tr("the transit pool %1 has no room for %2 tunnels; choose a larger pool")
                         .arg(s.transitPool.toString())
                         .arg(tunnels.size());
            return false;
        }
        TunnelAllocation allocation;
        allocation.transit = Cidr::fromAddress(quint32(cursor), blockPrefix);
        usedTransit.insert(quint32(cursor));
        allocation.portA = portsOf(tunnel.a).take();
        allocation.portB = portsOf(tunnel.b).take();
        if (!allocation.portA || !allocation.portB) {
            const LanId full = allocation.portA ? tunnel.b : tunnel.a;
            *error = tr("LAN %1 needs more UDP ports than there are from %2 to 65535; lower the port base")
                         .arg(mesh->lan(full) ? mesh->lan(full)->name : QString::number(full))
                         .arg(s.portBase);
            return false;
        }
        result.insert(tunnel, allocation);
    }
    mesh->allocations = result;
    return true;
}

} // namespace p2pvpn
