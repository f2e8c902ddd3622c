#pragma once

// MeshEditor: turns user intents (add a LAN here, move these, link those) into
// undo commands on the stack. Views and panels call it; it is the only place
// that creates commands, and it keeps no state of its own besides the two pointers.

#include "check/overlapresolver.h"
#include "model/mesh.h"

#include <QHash>
#include <QObject>

class QUndoStack;

namespace p2pvpn {

class MeshModel;

class MeshEditor : public QObject
{
    Q_OBJECT
public:
    enum class LayoutKind
    {
        Circle,
        ForceDirected
    };

    MeshEditor(MeshModel *model, QUndoStack *stack, QObject *parent = nullptr);

    MeshModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_stack; }

    // Adds a LAN with a fresh name at `position` (or a free spot) and returns its ID.
    LanId addLan(const QPointF &position);
    LanId addLan();
    QList<LanId> duplicateLans(const QList<LanId> &ids);
    // Deletes LANs and links in one undo step.
    void remove(const QList<LanId> &lans, const QList<LinkKey> &links);
    void updateLan(const Lan &lan);
    void moveLans(const QHash<LanId, QPointF> &to);
    bool addLink(LanId a, LanId b);
    void removeLinks(const QList<LinkKey> &links);
    void setSettings(const MeshSettings &settings);
    void setTopology(Topology topology);
    void setMeshName(const QString &name);
    void applyLayout(LayoutKind kind);
    // Gives every subnet that overlaps another LAN's an alias (OverlapResolver), in one undo step. Returns
    // the aliases chosen; empty with *error set when the alias pool has no room.
    QList<AliasChoice> resolveOverlaps(QString *error);

    // "lan-3", or "office-copy-2" for a copy: a name no LAN in the mesh has.
    QString uniqueLanName(const QString &base) const;

signals:
    // After an edit that created LANs: the view selects them.
    void lansCreated(const QList<p2pvpn::LanId> &ids);

private:
    MeshModel *m_model;
    QUndoStack *m_stack;
};

} // namespace p2pvpn
