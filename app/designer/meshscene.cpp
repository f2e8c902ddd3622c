#include "meshscene.h"

#include "lanitem.h"
#include "model/meshmodel.h"
#include "tunnelitem.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPen>

#include <cmath>
#include <utility>

namespace p2pvpn {

namespace {
constexpr double sceneMargin = 1600; // room to pan and to drop new LANs around the content

// A parent that groups the edges so they can be hidden or shown in one call; draws nothing.
class LayerItem : public QGraphicsItem
{
public:
    explicit LayerItem(qreal z)
    {
        setFlag(ItemHasNoContents);
        setZValue(z);
    }
    QRectF boundingRect() const override { return QRectF(); }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};
} // namespace

MeshScene::MeshScene(MeshModel *model, LiveChecker *checker, QObject *parent)
    : QGraphicsScene(parent), m_model(model), m_checker(checker),
      m_theme(Theme::fromPalette(QApplication::palette())), m_edgeLayer(new LayerItem(0)),
      m_liveLayer(new LayerItem(1))
{
    addItem(m_edgeLayer);
    addItem(m_liveLayer);
    // Long edges span most of a BSP index's cells; with thousands of them a flat list is faster
    // to keep up to date while dragging, and painting only asks for what is on screen anyway.
    setItemIndexMethod(NoIndex);
    setBackgroundBrush(m_theme.canvas);

    // The model decides which tunnels exist; the scene mirrors its signals and applies no rule of its own.
    connect(model, &MeshModel::meshReset, this, &MeshScene::rebuild);
    connect(model, &MeshModel::lanAdded, this, &MeshScene::addLanItem);
    connect(model, &MeshModel::lanRemoved, this, &MeshScene::removeLanItem);
    connect(model, &MeshModel::lanChanged, this, [this](LanId id) {
        if (LanItem *item = m_lans.value(id))
            item->refresh();
    });
    connect(model, &MeshModel::lanMoved, this, &MeshScene::placeLan);
    connect(model, &MeshModel::tunnelAdded, this, [this](const LinkKey &tunnel) {
        addTunnelItem(tunnel);
        updateDensity();
    });
    connect(model, &MeshModel::tunnelRemoved, this, [this](const LinkKey &tunnel) {
        removeTunnelItem(tunnel);
        updateDensity();
    });
    connect(model, &MeshModel::topologyChanged, this, &MeshScene::onTopologyChanged);
    connect(checker, &LiveChecker::lanFlagsChanged, this, &MeshScene::onLanFlagsChanged);
    connect(checker, &LiveChecker::linkFlagsChanged, this, &MeshScene::onLinkFlagsChanged);
    rebuild();
}

void MeshScene::setTheme(const Theme &theme)
{
    m_theme = theme;
    setBackgroundBrush(m_theme.canvas);
    for (LanItem *item : std::as_const(m_lans))
        item->update();
    update();
}

void MeshScene::rebuild()
{
    cancelDrags();
    qDeleteAll(m_tunnels);
    m_tunnels.clear();
    m_touching.clear();
    qDeleteAll(m_lans);
    m_lans.clear();
    for (LanId id : m_model->mesh().lans.keys())
        addLanItem(id);
    const QList<LinkKey> tunnels = m_model->mesh().tunnels();
    m_tunnels.reserve(tunnels.size());
    m_dense = tunnels.size() > denseEdgeCount;
    for (const LinkKey &link : tunnels)
        addTunnelItem(link);
    onTopologyChanged();
    setSceneRect(contentRect().adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin));
}

void MeshScene::onTopologyChanged()
{
    // The tunnels have come and gone already; what changes here is whether edges are drawn links.
    const bool manual = m_model->mesh().topology == Topology::Manual;
    for (TunnelItem *edge : std::as_const(m_tunnels))
        edge->setEditable(manual);
    if (!manual)
        setLinkMode(false);
}

void MeshScene::addLanItem(LanId id)
{
    const Lan *lan = m_model->lan(id);
    if (!lan || m_lans.contains(id))
        return;
    auto *item = new LanItem(id);
    addItem(item);
    item->setPos(lan->position);
    item->refresh();
    item->setFlag(m_checker->lanFlag(id));
    m_lans.insert(id, item);
    growSceneRect(item->sceneBoundingRect());
}

void MeshScene::removeLanItem(LanId id)
{
    if (m_linkFrom == id || (m_linkTarget && m_linkTarget->lanId() == id))
        cancelDrags();
    m_dragStart.remove(id);
    // The model reports a LAN's tunnels gone before the LAN; an edge must never outlive its ends.
    const QList<TunnelItem *> touching = m_touching.value(id);
    for (TunnelItem *edge : touching)
        removeTunnelItem(edge->link());
    delete m_lans.take(id);
    m_touching.remove(id);
}

void MeshScene::addTunnelItem(const LinkKey &link)
{
    LanItem *a = m_lans.value(link.a);
    LanItem *b = m_lans.value(link.b);
    if (!a || !b || m_tunnels.contains(link))
        return;
    auto *edge = new TunnelItem(link);
    edge->setEnds(a->pos(), b->pos());
    edge->setDense(m_dense);
    edge->setEditable(m_model->mesh().topology == Topology::Manual);
    edge->setFlag(m_checker->linkFlag(link));
    edge->setParentItem(m_edgeLayer);
    m_tunnels.insert(link, edge);
    m_touching[link.a].append(edge);
    m_touching[link.b].append(edge);
}

void MeshScene::removeTunnelItem(const LinkKey &link)
{
    TunnelItem *edge = m_tunnels.take(link);
    if (!edge)
        return;
    m_touching[link.a].removeOne(edge);
    m_touching[link.b].removeOne(edge);
    delete edge;
}

void MeshScene::updateDensity()
{
    const bool dense = m_tunnels.size() > denseEdgeCount;
    if (dense == m_dense)
        return;
    m_dense = dense;
    for (TunnelItem *edge : std::as_const(m_tunnels))
        edge->setDense(dense);
}

void MeshScene::placeLan(LanId id)
{
    LanItem *item = m_lans.value(id);
    const Lan *lan = m_model->lan(id);
    if (!item || !lan)
        return;
    item->setPos(lan->position);
    // Only the edges at this LAN move; the thousands of others keep their geometry and cache.
    for (TunnelItem *edge : m_touching.value(id)) {
        const LinkKey &k = edge->link();
        edge->setEnds(m_lans.value(k.a)->pos(), m_lans.value(k.b)->pos());
    }
    growSceneRect(item->sceneBoundingRect());
}

void MeshScene::growSceneRect(const QRectF &rect)
{
    const QRectF wanted = rect.adjusted(-sceneMargin / 2, -sceneMargin / 2, sceneMargin / 2, sceneMargin / 2);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect().united(rect.adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin)));
}

void MeshScene::setDeployBadges(const QHash<LanId, DeployBadge> &badges)
{
    const QHash<LanId, DeployBadge> before = std::exchange(m_deployBadges, badges);
    for (auto it = m_lans.cbegin(); it != m_lans.cend(); ++it)
        if (before.value(it.key()) != badges.value(it.key()))
            it.value()->update();
}

void MeshScene::onLanFlagsChanged(const QList<LanId> &ids)
{
    for (LanId id : ids)
        if (LanItem *item = m_lans.value(id))
            item->setFlag(m_checker->lanFlag(id));
}

void MeshScene::onLinkFlagsChanged(const QList<LinkKey> &links)
{
    for (const LinkKey &link : links)
        if (TunnelItem *edge = m_tunnels.value(link))
            edge->setFlag(m_checker->linkFlag(link));
}

QList<LanId> MeshScene::selectedLanIds() const
{
    QList<LanId> ids;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == LanItem::Type)
            ids.append(static_cast<LanItem *>(item)->lanId());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<LinkKey> MeshScene::selectedLinks() const
{
    QList<LinkKey> links;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == TunnelItem::Type)
            links.append(static_cast<TunnelItem *>(item)->link());
    std::sort(links.begin(), links.end());
    return links;
}

void MeshScene::selectLans(const QList<LanId> &ids)
{
    QSignalBlocker blocker(this); // one selectionChanged for the whole change
    clearSelection();
    for (LanId id : ids)
        if (LanItem *item = m_lans.value(id))
            item->setSelected(true);
    blocker.unblock();
    emit selectionChanged();
}

QRectF MeshScene::lansRect(const QList<LanId> &ids) const
{
    QRectF rect;
    for (LanId id : ids)
        if (const LanItem *item = m_lans.value(id))
            rect = rect.united(item->sceneBoundingRect());
    return rect;
}

QRectF MeshScene::contentRect() const
{
    QRectF rect;
    for (const LanItem *item : m_lans)
        rect = rect.united(item->sceneBoundingRect());
    return rect;
}

void MeshScene::setCardCaching(bool on)
{
    for (LanItem *item : std::as_const(m_lans))
        item->setCacheMode(on ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
}

void MeshScene::setLinkMode(bool on)
{
    on = on && m_model->mesh().topology == Topology::Manual;
    if (on == m_linkMode)
        return;
    cancelDrags();
    m_linkMode = on;
    emit linkModeChanged(on);
}

QPointF MeshScene::snapped(const QPointF &point) const
{
    if (!m_snap)
        return QPointF(std::round(point.x()), std::round(point.y()));
    return QPointF(std::round(point.x() / gridSize) * gridSize, std::round(point.y() / gridSize) * gridSize);
}

LanItem *MeshScene::lanItemAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (item->type() == LanItem::Type)
            return static_cast<LanItem *>(item);
    return nullptr;
}

void MeshScene::cancelDrags()
{
    thawEdges();
    m_dragging = false;
    m_dragStart.clear();
    m_dragAnchor = 0;
    delete m_linkPreview;
    m_linkPreview = nullptr;
    m_linkFrom = 0;
    if (m_linkTarget)
        m_linkTarget->setLinkTarget(false);
    m_linkTarget = nullptr;
}

void MeshScene::freezeEdges(const QList<LanId> &moving)
{
    if (m_frozen || m_tunnels.size() < denseEdgeCount) // small meshes repaint fast enough as they are
        return;
    qsizetype movingEdges = 0;
    for (LanId id : moving)
        movingEdges += m_touching.value(id).size();
    if (movingEdges * 2 > m_tunnels.size())
        return; // most edges move: nothing to gain
    for (LanId id : moving)
        for (TunnelItem *edge : m_touching.value(id))
            edge->setParentItem(m_liveLayer);
    m_edgeLayer->setVisible(false);
    m_frozen = true;
    emit frozenEdgesChanged();
}

void MeshScene::thawEdges()
{
    if (!m_frozen)
        return;
    m_frozen = false;
    for (QGraphicsItem *edge : m_liveLayer->childItems())
        edge->setParentItem(m_edgeLayer);
    m_edgeLayer->setVisible(true);
    emit frozenEdgesChanged();
}

void MeshScene::paintFrozenEdges(QPainter *painter, const QRectF &rect) const
{
    // One drawLines() per style instead of one paint() per item: thousands of edges in a few ms.
    QHash<quint32, QList<QLineF>> byStyle;
    QHash<quint32, QPen> pens;
    for (QGraphicsItem *child : m_edgeLayer->childItems()) {
        const auto *edge = static_cast<const TunnelItem *>(child);
        if (!edge->boundingRect().intersects(rect))
            continue;
        const quint32 style =
            quint32(edge->flagLevel()) << 2 | quint32(edge->isSelected()) << 1 | quint32(m_dense);
        if (!pens.contains(style))
            pens.insert(style, TunnelItem::pen(m_theme, edge->flagLevel(), edge->isSelected(), m_dense));
        const QLineF part = TunnelItem::visiblePart(edge->line(), rect.adjusted(-4, -4, 4, 4));
        if (!part.isNull())
            byStyle[style].append(part);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, !m_dense);
    for (auto it = byStyle.cbegin(); it != byStyle.cend(); ++it) {
        painter->setPen(pens.value(it.key()));
        painter->drawLines(it.value().constData(), int(it.value().size()));
    }
    painter->restore();
}

void MeshScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        LanItem *lan = lanItemAt(event->scenePos());
        if (m_linkMode && lan) {
            m_linkFrom = lan->lanId();
            m_linkPreview = new QGraphicsLineItem(QLineF(lan->pos(), event->scenePos()));
            QPen pen(m_theme.accent, 2, Qt::DashLine);
            pen.setCosmetic(true);
            m_linkPreview->setPen(pen);
            m_linkPreview->setZValue(5);
            addItem(m_linkPreview);
            event->accept();
            return;
        }
        QGraphicsScene::mousePressEvent(event); // selection, rubber band
        if (lan && lan->isSelected()) {
            m_pressPos = event->scenePos();
            m_dragAnchor = lan->lanId();
            m_dragStart.clear();
            for (LanId id : selectedLanIds())
                if (const Lan *l = m_model->lan(id))
                    m_dragStart.insert(id, l->position);
        }
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void MeshScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkPreview) {
        LanItem *target = lanItemAt(event->scenePos());
        if (target && target->lanId() == m_linkFrom)
            target = nullptr;
        if (target != m_linkTarget) {
            if (m_linkTarget)
                m_linkTarget->setLinkTarget(false);
            m_linkTarget = target;
            if (m_linkTarget)
                m_linkTarget->setLinkTarget(true);
        }
        const QPointF from = m_lans.value(m_linkFrom)->pos();
        m_linkPreview->setLine(QLineF(from, target ? target->pos() : event->scenePos()));
        event->accept();
        return;
    }
    if (m_dragAnchor && (event->buttons() & Qt::LeftButton) && m_dragStart.contains(m_dragAnchor)) {
        const QPointF delta = event->scenePos() - m_pressPos;
        if (!m_dragging && delta.manhattanLength() < QApplication::startDragDistance())
            return;
        if (!m_dragging)
            freezeEdges(m_dragStart.keys());
        m_dragging = true;
        // Snap the grabbed LAN; the others keep their offsets to it.
        const QPointF anchorStart = m_dragStart.value(m_dragAnchor);
        const QPointF shift = snapped(anchorStart + delta) - anchorStart;
        QHash<LanId, QPointF> positions;
        for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it)
            positions.insert(it.key(), it.value() + shift);
        emit moveRequested(positions);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void MeshScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkPreview && event->button() == Qt::LeftButton) {
        finishLinkDrag(event->scenePos());
        event->accept();
        return;
    }
    thawEdges();
    m_dragging = false;
    m_dragAnchor = 0;
    m_dragStart.clear();
    QGraphicsScene::mouseReleaseEvent(event); // a release where the press was is a click: selection
}

void MeshScene::finishLinkDrag(const QPointF &scenePos)
{
    LanItem *target = lanItemAt(scenePos);
    const LanId from = m_linkFrom;
    cancelDrags();
    if (target && target->lanId() != from)
        emit linkRequested(from, target->lanId());
}

void MeshScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !lanItemAt(event->scenePos())) {
        emit addLanRequested(snapped(event->scenePos()));
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void MeshScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (m_linkPreview || m_dragging || m_linkMode)) {
        if (m_linkPreview || m_dragging)
            cancelDrags(); // first Escape: drop the gesture; next one: leave link mode
        else
            setLinkMode(false);
        event->accept();
        return;
    }
    QPointF step;
    switch (event->key()) {
    case Qt::Key_Left:
        step = QPointF(-1, 0);
        break;
    case Qt::Key_Right:
        step = QPointF(1, 0);
        break;
    case Qt::Key_Up:
        step = QPointF(0, -1);
        break;
    case Qt::Key_Down:
        step = QPointF(0, 1);
        break;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    const QList<LanId> ids = selectedLanIds();
    if (ids.isEmpty()) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    // Arrow keys nudge by one grid step (Shift: five); consecutive nudges merge into one undo step.
    const double distance = gridSize * (event->modifiers() & Qt::ShiftModifier ? 5 : 1);
    QHash<LanId, QPointF> positions;
    for (LanId id : ids)
        if (const Lan *lan = m_model->lan(id))
            positions.insert(id, lan->position + step * distance);
    emit moveRequested(positions);
    event->accept();
}

} // namespace p2pvpn
