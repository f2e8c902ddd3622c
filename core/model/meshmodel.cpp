#include "model/meshmodel.h"

namespace p2pvpn {

MeshModel::MeshModel(QObject *parent) : QObject(parent) {}

void MeshModel::reset(const Mesh &mesh)
{
    m_mesh = mesh;
    emit meshReset();
    emit changed();
}

QList<LinkKey> MeshModel::tunnelsOf(LanId id) const
{
    QList<LinkKey> tunnels;
    if (m_mesh.topology == Topology::Full) {
        for (auto it = m_mesh.lans.keyBegin(); it != m_mesh.lans.keyEnd(); ++it)
            if (*it != id)
                tunnels.append(LinkKey(id, *it));
        return tunnels;
    }
    for (const LinkKey &link : std::as_const(m_mesh.links))
        if ((link.a == id || link.b == id) && m_mesh.hasTunnel(link))
            tunnels.append(link);
    std::sort(tunnels.begin(), tunnels.end()); // a QSet's order would differ from run to run
    return tunnels;
}

LanId MeshModel::addLan(const Lan &lan)
{
    const LanId id = m_mesh.addLan(lan);
    emit lanAdded(id);
    for (const LinkKey &tunnel : tunnelsOf(id))
        emit tunnelAdded(tunnel);
    emit changed();
    return id;
}

void MeshModel::restoreLan(const Lan &lan, const QList<LinkKey> &links,
                           const QMap<LinkKey, TunnelAllocation> &allocations)
{
    Q_ASSERT(!m_mesh.lans.contains(lan.id));
    m_mesh.lans.insert(lan.id, lan);
    m_mesh.nextLanId = qMax(m_mesh.nextLanId, lan.id + 1);
    for (const LinkKey &link : links)
        m_mesh.links.insert(link);
    m_mesh.allocations.insert(allocations);
    emit lanAdded(lan.id);
    for (const LinkKey &link : links)
        emit linkAdded(link);
    for (const LinkKey &tunnel : tunnelsOf(lan.id))
        emit tunnelAdded(tunnel);
    if (!allocations.isEmpty())
        emit allocationsChanged();
    emit changed();
}

void MeshModel::updateLan(const Lan &lan)
{
    Lan *existing = m_mesh.lan(lan.id);
    if (!existing || *existing == lan)
        return;
    const bool onlyMoved = [&] {
        Lan moved = *existing;
        moved.position = lan.position;
        return moved == lan;
    }();
    *existing = lan;
    emit onlyMoved ? lanMoved(lan.id) : lanChanged(lan.id);
    emit changed();
}

void MeshModel::moveLan(LanId id, const QPointF &position)
{
    Lan *existing = m_mesh.lan(id);
    if (!existing || existing->position == position)
        return;
    existing->position = position;
    emit lanMoved(id);
    emit changed();
}

void MeshModel::removeLan(LanId id)
{
    if (!m_mesh.lan(id))
        return;
    QList<LinkKey> gone;
    for (const LinkKey &link : std::as_const(m_mesh.links))
        if (link.a == id || link.b == id)
            gone.append(link);
    std::sort(gone.begin(), gone.end());
    const QList<LinkKey> tunnels = tunnelsOf(id); // listed while the LAN is there, reported once it has gone
    const qsizetype allocationsBefore = m_mesh.allocations.size();
    m_mesh.removeLan(id);
    for (const LinkKey &link : std::as_const(gone))
        emit linkRemoved(link);
    for (const LinkKey &tunnel : std::as_const(tunnels))
        emit tunnelRemoved(tunnel);
    emit lanRemoved(id);
    if (m_mesh.allocations.size() != allocationsBefore)
        emit allocationsChanged();
    emit changed();
}

void MeshModel::addLink(const LinkKey &link)
{
    if (link.a == link.b || !m_mesh.lan(link.a) || !m_mesh.lan(link.b) || m_mesh.links.contains(link))
        return;
    m_mesh.links.insert(link);
    emit linkAdded(link);
    if (m_mesh.topology == Topology::Manual)
        emit tunnelAdded(link);
    emit changed();
}

void MeshModel::removeLink(const LinkKey &link)
{
    if (!m_mesh.links.remove(link))
        return;
    emit linkRemoved(link);
    if (m_mesh.topology == Topology::Manual)
        emit tunnelRemoved(link);
    emit changed();
}

void MeshModel::setName(const QString &name)
{
    if (m_mesh.name == name)
        return;
    m_mesh.name = name;
    emit nameChanged();
    emit changed();
}

void MeshModel::setTopology(Topology topology)
{
    if (m_mesh.topology == topology)
        return;
    m_mesh.topology = topology;
    // Drawn links are tunnels either way; every other pair comes (full) or goes (manual).
    const auto signal = topology == Topology::Full ? &MeshModel::tunnelAdded : &MeshModel::tunnelRemoved;
    const QList<LanId> ids = m_mesh.lans.keys();
    for (qsizetype i = 0; i < ids.size(); ++i)
        for (qsizetype j = i + 1; j < ids.size(); ++j)
            if (const LinkKey pair(ids[i], ids[j]); !m_mesh.links.contains(pair))
                emit(this->*signal)(pair);
    emit topologyChanged();
    emit changed();
}

void MeshModel::setSettings(const MeshSettings &settings)
{
    if (m_mesh.settings == settings)
        return;
    m_mesh.settings = settings;
    emit settingsChanged();
    emit changed();
}

void MeshModel::setAllocations(const QMap<LinkKey, TunnelAllocation> &allocations)
{
    if (m_mesh.allocations == allocations)
        return;
    m_mesh.allocations = allocations;
    emit allocationsChanged();
    emit changed();
}

} // namespace p2pvpn
