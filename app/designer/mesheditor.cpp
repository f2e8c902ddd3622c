#include "mesheditor.h"

#include "commands.h"
#include "model/layout.h"
#include "model/meshmodel.h"

#include <QUndoStack>

namespace p2pvpn {

MeshEditor::MeshEditor(MeshModel *model, QUndoStack *stack, QObject *parent)
    : QObject(parent), m_model(model), m_stack(stack)
{
}

namespace {
// `base` if free (unless numbering is forced), else base-2, base-3...; cut to fit Lan::validateName's 32.
QString freeName(const Mesh &mesh, const QString &base, int firstNumber)
{
    constexpr qsizetype maxLength = 32;
    auto candidate = [&](int n) {
        const QString suffix = n == 0 ? QString() : QLatin1Char('-') + QString::number(n);
        return base.left(maxLength - suffix.size()) + suffix;
    };
    if (firstNumber > 1 && !mesh.lanByName(candidate(0)))
        return candidate(0);
    for (int n = firstNumber;; ++n)
        if (!mesh.lanByName(candidate(n)))
            return candidate(n);
}
} // namespace

QString MeshEditor::uniqueLanName(const QString &base) const
{
    // New LANs are numbered from 1 ("lan-1"); copies keep the name with "-copy" when it is free.
    const bool numbered = base == QLatin1String("lan");
    return freeName(m_model->mesh(), base, numbered ? 1 : 2);
}

LanId MeshEditor::addLan(const QPointF &position)
{
    Lan lan;
    lan.name = uniqueLanName(QStringLiteral("lan"));
    lan.position = position;
    auto *command = new AddLanCommand(m_model, lan);
    m_stack->push(command);
    emit lansCreated({command->lanId()});
    return command->lanId();
}

LanId MeshEditor::addLan()
{
    return addLan(Layout::freeSpot(m_model->mesh()));
}

QList<LanId> MeshEditor::duplicateLans(const QList<LanId> &ids)
{
    QList<Lan> copies;
    for (LanId id : ids)
        if (const Lan *lan = m_model->lan(id))
            copies.append(*lan);
    if (copies.isEmpty())
        return {};
    auto *macro = new QUndoCommand(tr("Duplicate %n LAN(s)", nullptr, int(copies.size())));
    QList<AddLanCommand *> adds;
    // Names are chosen one after another, so reserve each one before naming the next.
    Mesh scratch = m_model->mesh();
    for (Lan copy : std::as_const(copies)) {
        const QString base =
            copy.name.endsWith(QLatin1String("-copy")) ? copy.name : copy.name + QLatin1String("-copy");
        const QString name = freeName(scratch, base, 2);
        copy.name = name;
        copy.position += QPointF(Layout::nodeSpacing / 4, Layout::nodeSpacing / 4);
        scratch.addLan(copy);
        adds.append(new AddLanCommand(m_model, copy, macro));
    }
    m_stack->push(macro);
    QList<LanId> created;
    for (const AddLanCommand *add : std::as_const(adds))
        created.append(add->lanId());
    emit lansCreated(created);
    return created;
}

void MeshEditor::remove(const QList<LanId> &lans, const QList<LinkKey> &links)
{
    QList<LinkKey> ownLinks; // links that go with a removed LAN are restored by its command
    for (const LinkKey &link : links)
        if (!lans.contains(link.a) && !lans.contains(link.b))
            ownLinks.append(link);
    if (lans.isEmpty() && ownLinks.isEmpty())
        return;
    if (lans.isEmpty()) {
        m_stack->push(new RemoveLinksCommand(m_model, ownLinks));
    } else if (ownLinks.isEmpty()) {
        m_stack->push(new RemoveLansCommand(m_model, lans));
    } else {
        auto *macro = new QUndoCommand(tr("Delete selection"));
        new RemoveLinksCommand(m_model, ownLinks, macro);
        new RemoveLansCommand(m_model, lans, macro);
        m_stack->push(macro);
    }
}

void MeshEditor::updateLan(const Lan &edited)
{
    Lan lan = edited;
    lan.pruneAliases(); // a subnet edited away takes its alias with it
    const Lan *before = m_model->lan(lan.id);
    if (!before || *before == lan)
        return;
    m_stack->push(new UpdateLanCommand(m_model, *before, lan));
}

QList<AliasChoice> MeshEditor::resolveOverlaps(QString *error)
{
    Mesh mesh = m_model->mesh();
    QList<AliasChoice> chosen;
    if (!OverlapResolver::resolve(&mesh, &chosen, error) || chosen.isEmpty())
        return chosen;
    m_stack->beginMacro(tr("Resolve overlaps with %n alias(es)", nullptr, int(chosen.size())));
    QList<LanId> changed;
    for (const AliasChoice &c : std::as_const(chosen))
        if (!changed.contains(c.lan))
            changed.append(c.lan);
    for (LanId id : std::as_const(changed))
        m_stack->push(new UpdateLanCommand(m_model, *m_model->lan(id), *mesh.lan(id)));
    m_stack->endMacro();
    return chosen;
}

void MeshEditor::moveLans(const QHash<LanId, QPointF> &to)
{
    QHash<LanId, QPointF> from, target;
    bool moved = false;
    for (auto it = to.cbegin(); it != to.cend(); ++it)
        if (const Lan *lan = m_model->lan(it.key())) {
            from.insert(it.key(), lan->position);
            target.insert(it.key(), it.value());
            moved = moved || lan->position != it.value();
        }
    if (moved)
        m_stack->push(new MoveLansCommand(m_model, from, target));
}

bool MeshEditor::addLink(LanId a, LanId b)
{
    const LinkKey link(a, b);
    if (a == b || !m_model->lan(a) || !m_model->lan(b) || m_model->mesh().links.contains(link))
        return false;
    m_stack->push(new AddLinkCommand(m_model, link));
    return true;
}

void MeshEditor::removeLinks(const QList<LinkKey> &links)
{
    QList<LinkKey> present;
    for (const LinkKey &link : links)
        if (m_model->mesh().links.contains(link))
            present.append(link);
    if (!present.isEmpty())
        m_stack->push(new RemoveLinksCommand(m_model, present));
}

void MeshEditor::setSettings(const MeshSettings &settings)
{
    const MeshSettings &before = m_model->mesh().settings;
    if (before != settings)
        m_stack->push(new SetMeshValueCommand(m_model, &MeshModel::setSettings, before, settings,
                                              tr("Change mesh settings")));
}

void MeshEditor::setTopology(Topology topology)
{
    const Topology before = m_model->mesh().topology;
    if (before != topology)
        m_stack->push(new SetMeshValueCommand(m_model, &MeshModel::setTopology, before, topology,
                                              topology == Topology::Full ? tr("Switch to full mesh")
                                                                         : tr("Switch to manual links")));
}

void MeshEditor::setMeshName(const QString &name)
{
    const QString before = m_model->mesh().name;
    if (before != name)
        m_stack->push(new SetMeshValueCommand(m_model, &MeshModel::setName, before, name,
                                              tr("Rename mesh to %1").arg(name)));
}

void MeshEditor::applyLayout(LayoutKind kind)
{
    const Mesh &mesh = m_model->mesh();
    const QMap<LanId, QPointF> positions =
        kind == LayoutKind::Circle ? Layout::circle(mesh) : Layout::forceDirected(mesh);
    QHash<LanId, QPointF> from, to;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        if (const Lan *lan = mesh.lan(it.key()); lan && lan->position != it.value()) {
            from.insert(it.key(), lan->position);
            to.insert(it.key(), it.value());
        }
    if (to.isEmpty())
        return;
    auto *command = new MoveLansCommand(m_model, from, to, false);
    command->setText(kind == LayoutKind::Circle ? tr("Arrange in a circle") : tr("Arrange by links"));
    m_stack->push(command);
}

} // namespace p2pvpn
