#pragma once

// MeshModel: the editable mesh as a QObject. Every mutation goes through here
// and emits a fine-grained signal, so views can follow without rescanning. Which
// tunnels exist (every pair in a full mesh, the drawn links in a manual one) is
// decided here too: views mirror tunnelAdded/tunnelRemoved instead of applying the rule.

#include "model/mesh.h"

#include <QObject>

namespace p2pvpn {

class MeshModel : public QObject
{
    Q_OBJECT
public:
    explicit MeshModel(QObject *parent = nullptr);

    const Mesh &mesh() const { return m_mesh; }
    const Lan *lan(LanId id) const { return m_mesh.lan(id); }

    void reset(const Mesh &mesh); // replaces everything (open, new)

    LanId addLan(const Lan &lan);
    // Puts back a removed LAN with its ID, links and allocations (undo of removeLan).
    void restoreLan(const Lan &lan, const QList<LinkKey> &links,
                    const QMap<LinkKey, TunnelAllocation> &allocations);
    void updateLan(const Lan &lan); // replaces the LAN with the same ID
    void moveLan(LanId id, const QPointF &position);
    void removeLan(LanId id);

    void addLink(const LinkKey &link);
    void removeLink(const LinkKey &link);

    void setName(const QString &name);
    void setTopology(Topology topology);
    void setSettings(const MeshSettings &settings);
    void setAllocations(const QMap<LinkKey, TunnelAllocation> &allocations);

signals:
    void meshReset();
    void lanAdded(p2pvpn::LanId id);
    void lanChanged(p2pvpn::LanId id);
    void lanMoved(p2pvpn::LanId id);
    void lanRemoved(p2pvpn::LanId id);
    void linkAdded(const p2pvpn::LinkKey &link);
    void linkRemoved(const p2pvpn::LinkKey &link);
    // Mesh::tunnels() gained or lost one (LANs, links or the topology changed). They come after the
    // link signals and before lanRemoved/topologyChanged, with the model already in its new state.
    void tunnelAdded(const p2pvpn::LinkKey &tunnel);
    void tunnelRemoved(const p2pvpn::LinkKey &tunnel);
    void allocationsChanged(); // the stored transit nets and ports
    void nameChanged();
    void topologyChanged();
    void settingsChanged();
    void changed(); // after any of the above

private:
    QList<LinkKey> tunnelsOf(LanId id) const; // the tunnels at LAN `id`, in order

    Mesh m_mesh;
};

} // namespace p2pvpn
