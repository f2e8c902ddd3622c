#pragma once

// Undo commands: every user edit of the mesh is one of these. They act on the
// MeshModel by LAN ID and link key only, never through graphics items, so they
// stay valid however the scene rebuilds itself.

#include "model/mesh.h"
#include "model/meshmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

namespace p2pvpn {

class AddLanCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddLanCommand)
public:
    AddLanCommand(MeshModel *model, const Lan &lan, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    LanId lanId() const { return m_lan.id; }

private:
    MeshModel *m_model;
    Lan m_lan; // id is 0 until the first redo assigns one
};

class RemoveLansCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveLansCommand)
public:
    RemoveLansCommand(MeshModel *model, const QList<LanId> &ids, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct Removed
    {
        Lan lan;
        QList<LinkKey> links;
        QMap<LinkKey, TunnelAllocation> allocations;
    };
    MeshModel *m_model;
    QList<LanId> m_ids;
    QList<Removed> m_removed;
};

class UpdateLanCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(UpdateLanCommand)
public:
    UpdateLanCommand(MeshModel *model, const Lan &before, const Lan &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MeshModel *m_model;
    Lan m_before;
    Lan m_after;
};

// Moves LANs. Consecutive moves of the same set of LANs merge into one step, so a
// drag (one command per mouse move) or a run of arrow-key nudges undoes at once.
class MoveLansCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveLansCommand)
public:
    enum
    {
        MergeId = 0x4d4f5645
    };
    MoveLansCommand(MeshModel *model, const QHash<LanId, QPointF> &from, const QHash<LanId, QPointF> &to,
                    bool mergeable = true, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeable ? MergeId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QHash<LanId, QPointF> &positions);
    MeshModel *m_model;
    QHash<LanId, QPointF> m_from;
    QHash<LanId, QPointF> m_to;
    bool m_mergeable;
};

class AddLinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddLinkCommand)
public:
    AddLinkCommand(MeshModel *model, const LinkKey &link, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MeshModel *m_model;
    LinkKey m_link;
};

class RemoveLinksCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveLinksCommand)
public:
    RemoveLinksCommand(MeshModel *model, const QList<LinkKey> &links, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MeshModel *m_model;
    QList<LinkKey> m_links;
};

// Sets one mesh-wide value (name, topology, settings) through the model's setter for it, e.g.
// SetMeshValueCommand(model, &MeshModel::setTopology, before, after, text). `text` names the step.
template <typename T, typename Arg = const T &> class SetMeshValueCommand : public QUndoCommand
{
public:
    using Setter = void (MeshModel::*)(Arg);
    SetMeshValueCommand(MeshModel *model, void (MeshModel::*setter)(Arg), T before, T after,
                        const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_model(model), m_setter(setter), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }
    void redo() override { (m_model->*m_setter)(m_after); }
    void undo() override { (m_model->*m_setter)(m_before); }

private:
    MeshModel *m_model;
    Setter m_setter;
    T m_before;
    T m_after;
};

} // namespace p2pvpn
