#include "commands.h"

#include <QSet>

namespace p2pvpn {

AddLanCommand::AddLanCommand(MeshModel *model, const Lan &lan, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_lan(lan)
{
    m_lan.id = 0;
    setText(tr("Add LAN %1").arg(lan.name));
}

void AddLanCommand::redo()
{
    if (m_lan.id == 0)
        m_lan.id = m_model->addLan(m_lan);
    else
        m_model->restoreLan(m_lan, {}, {}); // keep the ID, so later commands still find it
}

void AddLanCommand::undo()
{
    m_model->removeLan(m_lan.id);
}

RemoveLansCommand::RemoveLansCommand(MeshModel *model, const QList<LanId> &ids, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_ids(ids)
{
    if (ids.size() == 1 && model->lan(ids.first()))
        setText(tr("Delete LAN %1").arg(model->lan(ids.first())->name));
    else
        setText(tr("Delete %n LAN(s)", nullptr, int(ids.size())));
}

void RemoveLansCommand::redo()
{
    const Mesh &mesh = m_model->mesh();
    m_removed.clear();
    for (LanId id : std::as_const(m_ids)) {
        const Lan *lan = mesh.lan(id);
        if (!lan)
            continue;
        Removed removed{*lan, {}, {}};
        for (const LinkKey &link : mesh.links)
            if (link.a == id || link.b == id)
                removed.links.append(link);
        for (auto it = mesh.allocations.cbegin(); it != mesh.allocations.cend(); ++it)
            if (it.key().a == id || it.key().b == id)
                removed.allocations.insert(it.key(), it.value());
        m_removed.append(removed);
    }
    for (const Removed &removed : std::as_const(m_removed))
        m_model->removeLan(removed.lan.id);
}

void RemoveLansCommand::undo()
{
    // A link between two removed LANs comes back with the second of them, when both ends exist.
    QSet<LanId> removedIds, restored;
    for (const Removed &removed : std::as_const(m_removed))
        removedIds.insert(removed.lan.id);
    for (const Removed &removed : std::as_const(m_removed)) {
        restored.insert(removed.lan.id);
        auto ready = [&](const LinkKey &k) {
            const LanId other = k.a == removed.lan.id ? k.b : k.a;
            return !removedIds.contains(other) || restored.contains(other);
        };
        QList<LinkKey> links;
        for (const LinkKey &k : removed.links)
            if (ready(k))
                links.append(k);
        QMap<LinkKey, TunnelAllocation> allocations;
        for (auto it = removed.allocations.cbegin(); it != removed.allocations.cend(); ++it)
            if (ready(it.key()))
                allocations.insert(it.key(), it.value());
        m_model->restoreLan(removed.lan, links, allocations);
    }
}

UpdateLanCommand::UpdateLanCommand(MeshModel *model, const Lan &before, const Lan &after,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_before(before), m_after(after)
{
    setText(tr("Edit LAN %1").arg(after.name));
}

void UpdateLanCommand::redo()
{
    m_model->updateLan(m_after);
}

void UpdateLanCommand::undo()
{
    m_model->updateLan(m_before);
}

MoveLansCommand::MoveLansCommand(MeshModel *model, const QHash<LanId, QPointF> &from,
                                 const QHash<LanId, QPointF> &to, bool mergeable, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_from(from), m_to(to), m_mergeable(mergeable)
{
    if (to.size() == 1 && model->lan(to.cbegin().key()))
        setText(tr("Move LAN %1").arg(model->lan(to.cbegin().key())->name));
    else
        setText(tr("Move %n LAN(s)", nullptr, int(to.size())));
}

void MoveLansCommand::redo()
{
    apply(m_to);
}

void MoveLansCommand::undo()
{
    apply(m_from);
}

bool MoveLansCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveLansCommand *>(other);
    if (!move->m_mergeable || move->m_to.size() != m_to.size())
        return false;
    for (auto it = move->m_to.cbegin(); it != move->m_to.cend(); ++it)
        if (!m_to.contains(it.key()))
            return false;
    m_to = move->m_to;
    setObsolete(m_to == m_from); // dragged back to where it started: nothing to undo
    return true;
}

void MoveLansCommand::apply(const QHash<LanId, QPointF> &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_model->moveLan(it.key(), it.value());
}

AddLinkCommand::AddLinkCommand(MeshModel *model, const LinkKey &link, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_link(link)
{
    const Lan *a = model->lan(link.a);
    const Lan *b = model->lan(link.b);
    setText(tr("Link %1 and %2").arg(a ? a->name : QString(), b ? b->name : QString()));
}

void AddLinkCommand::redo()
{
    m_model->addLink(m_link);
}

void AddLinkCommand::undo()
{
    m_model->removeLink(m_link);
}

RemoveLinksCommand::RemoveLinksCommand(MeshModel *model, const QList<LinkKey> &links, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_links(links)
{
    setText(tr("Remove %n link(s)", nullptr, int(links.size())));
}

void RemoveLinksCommand::redo()
{
    for (const LinkKey &link : std::as_const(m_links))
        m_model->removeLink(link);
}

void RemoveLinksCommand::undo()
{
    for (const LinkKey &link : std::as_const(m_links))
        m_model->addLink(link);
}

} // namespace p2pvpn
