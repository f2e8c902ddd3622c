#include "model/meshmodel.h"

namespace p2pvpn {

MeshModel::MeshModel(QObject *parent) : QObject(parent) {}

void MeshModel::reset(const Mesh &mesh)
{
    m_mesh = mesh;
    emit meshReset();
    emit changed();
}

LanId MeshModel::addLan(const Lan &lan)
{
    const LanId id = m_mesh.addLan(lan);
    emit lanAdded(id);
    emit changed();
    return id;
}

void MeshModel::restoreLan(const Lan &lan, const QList<LinkKey> &links,
                           const QMap<LinkKey, TunnelAllocation> &allocations)
{
    Q_ASSERT(!m_mesh.lans.contains(lan.id));
    m_mesh.lans.insert(lan.id, lan);
    m_mesh.nextLanId = qMax(m_mesh.nextLanId, lan.id + 1);
    emit lanAdded(lan.id);
    for (const LinkKey &link : links) {
        m_mesh.links.insert(link);
        emit linkAdded(link);
    }
    m_mesh.allocations.insert(allocations);
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
    m_mesh.removeLan(id);
    for (const LinkKey &link : std::as_const(gone))
        emit linkRemoved(link);
    emit lanRemoved(id);
    emit changed();
}

void MeshModel::addLink(const LinkKey &link)
{
    if (link.a == link.b || !m_mesh.lan(link.a) || !m_mesh.lan(link.b) || m_mesh.links.contains(link))
        return;
    m_mesh.links.insert(link);
    emit linkAdded(link);
    emit changed();
}

void MeshModel::removeLink(const LinkKey &link)
{
    if (!m_mesh.links.remove(link))
        return;
    emit linkRemoved(link);
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
    emit changed();
}

} // namespace p2pvpn
