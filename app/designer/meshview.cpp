#include "meshview.h"

#include "lanitem.h"
#include "meshscene.h"
#include "model/projectfile.h"
#include "tunnelitem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace p2pvpn {

MeshView::MeshView(MeshScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(NoAnchor); // zoomBy() keeps the point under the cursor itself
    setResizeAnchor(AnchorViewCenter);
    // Moving one LAN of a big mesh dirties hundreds of long edges; one bounding rectangle is far
    // cheaper to clip against than the region of their union.
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setCacheMode(CacheBackground);
    setOptimizationFlag(DontSavePainterState); // every item sets the state it needs
    setFrameShape(QFrame::NoFrame);
    // An open canvas: pan by dragging (middle button or Space) or scrolling, no scroll bars.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    connect(scene, &MeshScene::linkModeChanged, this, &MeshView::restoreCursor);
    connect(scene, &MeshScene::frozenEdgesChanged, this, [this] {
        resetCachedContent();
        viewport()->update();
    });
}

QString MeshView::meshFileIn(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(ProjectFile::extension)))
            return url.toLocalFile();
    return QString();
}

void MeshView::zoomIn()
{
    zoomBy(1.25, viewport()->rect().center());
}

void MeshView::zoomOut()
{
    zoomBy(1 / 1.25, viewport()->rect().center());
}

void MeshView::resetZoom()
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    setZoom(1.0);
    centerOn(centre);
}

void MeshView::zoomToFit()
{
    QRectF content = m_scene->contentRect();
    if (content.isEmpty()) {
        resetZoom();
        centerOn(0, 0);
        return;
    }
    content.adjust(-40, -40, 40, 40);
    const QRectF area = viewport()->rect();
    const double zoom =
        qBound(minZoom, qMin(area.width() / content.width(), area.height() / content.height()), 1.0);
    setZoom(zoom);
    centerOn(content.center());
}

void MeshView::centreOn(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (rect.width() > visible.width() || rect.height() > visible.height()) {
        const QRectF padded = rect.adjusted(-60, -60, 60, 60);
        const QRectF area = viewport()->rect();
        setZoom(
            qBound(minZoom, qMin(area.width() / padded.width(), area.height() / padded.height()), maxZoom));
    }
    centerOn(rect.center());
}

void MeshView::setZoom(double zoom)
{
    zoom = qBound(minZoom, zoom, maxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(zoom);
}

void MeshView::zoomBy(double factor, const QPoint &anchor)
{
    const QPointF before = mapToScene(anchor);
    setZoom(zoom() * factor);
    // Keep the scene point under `anchor` where it was.
    const QPointF after = mapToScene(anchor);
    const QPointF shift = (after - before) * zoom();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(std::round(shift.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(std::round(shift.y())));
}

void MeshView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(1.15, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void MeshView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void MeshView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MeshView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        stopPanning();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void MeshView::stopPanning()
{
    m_panning = false;
    restoreCursor();
}

void MeshView::restoreCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else if (m_scene->linkMode())
        viewport()->setCursor(Qt::CrossCursor);
    else
        viewport()->unsetCursor();
}

void MeshView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        restoreCursor();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void MeshView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        restoreCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void MeshView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    m_panning = false;
    restoreCursor();
    QGraphicsView::focusOutEvent(event);
}

void MeshView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    MenuKind kind = MenuKind::Canvas;
    // The item under the cursor joins the selection (or becomes it) before its menu opens.
    for (QGraphicsItem *item : items(event->pos())) {
        if (item->type() == LanItem::Type) {
            kind = MenuKind::Lan;
        } else if (item->type() == TunnelItem::Type && (item->flags() & QGraphicsItem::ItemIsSelectable)) {
            kind = MenuKind::Link;
        } else {
            continue;
        }
        if (!item->isSelected()) {
            m_scene->clearSelection();
            item->setSelected(true);
        }
        break;
    }
    emit contextMenuRequested(kind, event->globalPos(), scenePos);
    event->accept();
}

void MeshView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const Theme &theme = m_scene->theme();
    painter->fillRect(rect, theme.canvas);
    drawGrid(painter, rect);
    if (m_scene->hasFrozenEdges())
        m_scene->paintFrozenEdges(painter, rect);
}

void MeshView::changeEvent(QEvent *event)
{
    // The desktop switched between light and dark (or the user's colours changed): the canvas follows.
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setTheme(Theme::fromPalette(QApplication::palette()));
        resetCachedContent(); // the cached background holds the old canvas colour and grid dots
    }
    QGraphicsView::changeEvent(event);
}

void MeshView::drawGrid(QPainter *painter, const QRectF &rect)
{
    const Theme &theme = m_scene->theme();
    // Dots every grid step, or every fifth (25th...) step when they would crowd.
    double step = MeshScene::gridSize;
    while (step * zoom() < 12)
        step *= 5;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QList<QPointF> dots;
    for (double x = left; x < rect.right(); x += step)
        for (double y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    QPen pen(theme.gridDot, 2);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->drawPoints(dots.constData(), int(dots.size()));
}

void MeshView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!meshFileIn(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void MeshView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!meshFileIn(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void MeshView::dropEvent(QDropEvent *event)
{
    const QString path = meshFileIn(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        emit fileDropped(path);
        return;
    }
    QGraphicsView::dropEvent(event);
}

} // namespace p2pvpn
