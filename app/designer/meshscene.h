#pragma once

// MeshScene: the canvas. It follows the MeshModel's signals, keeping one LanItem
// per LAN and one TunnelItem per tunnel, and turns mouse gestures into requests
// (move these LANs, link these two, add a LAN here) that the MeshEditor executes.
// It never edits the model itself.

#include "livechecker.h"
#include "model/mesh.h"
#include "theme.h"

#include <QGraphicsScene>
#include <QHash>

class QGraphicsLineItem;

namespace p2pvpn {

class LanItem;
class MeshModel;
class TunnelItem;

// The last deployment's outcome for a LAN, shown as a badge on its card.
enum class DeployBadge
{
    None,
    Ok,     // done or unchanged
    Failed, // failed, rolled back, unreachable
};

class MeshScene : public QGraphicsScene
{
    Q_OBJECT
public:
    static constexpr double gridSize = 20;
    static constexpr qsizetype denseEdgeCount = 600;

    MeshScene(MeshModel *model, LiveChecker *checker, QObject *parent = nullptr);

    MeshModel *model() const { return m_model; }
    const Theme &theme() const { return m_theme; }
    void setTheme(const Theme &theme);

    LanItem *lanItem(LanId id) const { return m_lans.value(id); }
    TunnelItem *tunnelItem(const LinkKey &link) const { return m_tunnels.value(link); }
    qsizetype tunnelItemCount() const { return m_tunnels.size(); }

    QList<LanId> selectedLanIds() const;
    QList<LinkKey> selectedLinks() const;
    void selectLans(const QList<LanId> &ids);
    // The scene area of the cards of `ids`, for centring the view on them.
    QRectF lansRect(const QList<LanId> &ids) const;
    QRectF contentRect() const; // every card, no margin

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    // Link drawing: a drag from one LAN to another asks for a link (manual topology only).
    bool linkMode() const { return m_linkMode; }
    void setLinkMode(bool on);

    // While LANs are dragged, the edges that stay put are frozen: hidden as items and drawn
    // once into the view's cached background, so each frame repaints only what moves.
    // Deployment results, by LAN (given by the DeployController); an empty hash clears them.
    void setDeployBadges(const QHash<LanId, DeployBadge> &badges);
    DeployBadge deployBadge(LanId id) const { return m_deployBadges.value(id, DeployBadge::None); }

    bool hasFrozenEdges() const { return m_frozen; }
    // Cards paint from a pixmap cache on screen; exports turn it off to get vector output.
    void setCardCaching(bool on);
    void paintFrozenEdges(QPainter *painter, const QRectF &rect) const;

signals:
    void moveRequested(const QHash<p2pvpn::LanId, QPointF> &positions);
    void linkRequested(p2pvpn::LanId a, p2pvpn::LanId b);
    void addLanRequested(const QPointF &position);
    void linkModeChanged(bool on);
    void frozenEdgesChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void onTopologyChanged();
    void addLanItem(LanId id);
    void removeLanItem(LanId id);
    void addTunnelItem(const LinkKey &link);
    void removeTunnelItem(const LinkKey &link);
    void placeLan(LanId id);
    void updateDensity();
    void growSceneRect(const QRectF &rect);
    void onLanFlagsChanged(const QList<LanId> &ids);
    void onLinkFlagsChanged(const QList<LinkKey> &links);
    LanItem *lanItemAt(const QPointF &scenePos) const;
    QPointF snapped(const QPointF &point) const;
    void finishLinkDrag(const QPointF &scenePos);
    void cancelDrags();
    void freezeEdges(const QList<LanId> &moving);
    void thawEdges();

    MeshModel *m_model;
    LiveChecker *m_checker;
    Theme m_theme;
    QHash<LanId, LanItem *> m_lans;
    QHash<LinkKey, TunnelItem *> m_tunnels;
    QHash<LanId, DeployBadge> m_deployBadges;
    QHash<LanId, QList<TunnelItem *>> m_touching; // the edges to move with each LAN
    QGraphicsItem *m_edgeLayer;                   // parent of every TunnelItem
    QGraphicsItem *m_liveLayer;                   // while frozen: parent of the edges that move
    bool m_frozen = false;
    bool m_dense = false;
    bool m_snap = true;
    bool m_linkMode = false;

    // Drag state: where the selected LANs were when the drag started.
    QHash<LanId, QPointF> m_dragStart;
    LanId m_dragAnchor = 0;
    QPointF m_pressPos;
    bool m_dragging = false;
    // Link drawing state.
    QGraphicsLineItem *m_linkPreview = nullptr;
    LanId m_linkFrom = 0;
    LanItem *m_linkTarget = nullptr;
};

} // namespace p2pvpn
