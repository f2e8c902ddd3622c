#include "tunnelitem.h"

#include "meshscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace p2pvpn {

namespace {
constexpr double hitHalfWidth = 5; // how close a click must be to pick a link

// Cuts `line` to `rect` (Liang-Barsky); false when nothing of it is inside. The raster engine
// walks a cosmetic line's whole length even where it is clipped away, so long edges of a big
// mesh are much cheaper to draw cut to what is exposed.
bool clipLine(QLineF *line, const QRectF &rect)
{
    const double dx = line->dx(), dy = line->dy();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line->x1() - rect.left(), rect.right() - line->x1(), line->y1() - rect.top(),
                         rect.bottom() - line->y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = qMax(t0, t);
        else
            t1 = qMin(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = line->p1();
    *line = QLineF(start + QPointF(dx, dy) * t0, start + QPointF(dx, dy) * t1);
    return true;
}
} // namespace

TunnelItem::TunnelItem(const LinkKey &link) : m_link(link)
{
    setZValue(0);
    setEditable(false);
    QGraphicsItem::setFlag(ItemUsesExtendedStyleOption); // paint() gets the exposed rectangle
}

void TunnelItem::setEnds(const QPointF &a, const QPointF &b)
{
    const QLineF line(a, b);
    if (line == m_line)
        return;
    prepareGeometryChange();
    m_line = line;
}

void TunnelItem::setFlag(const Flag &flag)
{
    if (m_level != flag.level) {
        m_level = flag.level;
        update();
    }
    setToolTip(flag.messages.join(QLatin1Char('\n')));
}

void TunnelItem::setDense(bool dense)
{
    if (m_dense != dense) {
        m_dense = dense;
        update();
    }
}

void TunnelItem::setEditable(bool editable)
{
    QGraphicsItem::setFlag(ItemIsSelectable, editable);
    setAcceptedMouseButtons(editable ? Qt::LeftButton : Qt::NoButton);
    if (!editable)
        setSelected(false);
}

QRectF TunnelItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2())
        .normalized()
        .adjusted(-hitHalfWidth, -hitHalfWidth, hitHalfWidth, hitHalfWidth);
}

QPainterPath TunnelItem::shape() const
{
    // A thin quadrilateral around the line: cheap to build, unlike a stroked path.
    QPainterPath path;
    const double length = m_line.length();
    if (length < 0.01) {
        path.addRect(boundingRect());
        return path;
    }
    const QPointF normal(-m_line.dy() / length * hitHalfWidth, m_line.dx() / length * hitHalfWidth);
    path.addPolygon(QPolygonF{m_line.p1() + normal, m_line.p2() + normal, m_line.p2() - normal,
                              m_line.p1() - normal, m_line.p1() + normal});
    return path;
}

bool TunnelItem::contains(const QPointF &point) const
{
    const double length = m_line.length();
    if (length < 0.01)
        return QLineF(m_line.p1(), point).length() <= hitHalfWidth;
    const QPointF d = m_line.p2() - m_line.p1();
    const double t = qBound(0.0, QPointF::dotProduct(point - m_line.p1(), d) / (length * length), 1.0);
    return QLineF(m_line.p1() + t * d, point).length() <= hitHalfWidth;
}

QPen TunnelItem::pen(const Theme &theme, Flag::Level level, bool selected, bool dense)
{
    QColor color = dense ? theme.edgeDense : theme.edge;
    double width = dense ? 1.0 : 1.6;
    if (level != Flag::Level::None) {
        color = level == Flag::Level::Error ? theme.error : theme.warning;
        width = 2.5;
    }
    if (selected) {
        color = theme.accent;
        width = 3;
    }
    QPen pen(color, width);
    pen.setCosmetic(true); // the same weight at every zoom
    return pen;
}

void TunnelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    QLineF visible = m_line;
    // A little beyond the exposed area, so the cut end is never drawn with a cap.
    const QRectF area = option->exposedRect.adjusted(-4, -4, 4, 4);
    if (!clipLine(&visible, area))
        return;
    const Theme &theme = static_cast<MeshScene *>(scene())->theme();
    painter->setRenderHint(QPainter::Antialiasing, !m_dense);
    painter->setPen(pen(theme, m_level, isSelected(), m_dense));
    painter->drawLine(visible);
}

QLineF TunnelItem::visiblePart(const QLineF &line, const QRectF &rect)
{
    QLineF part = line;
    return clipLine(&part, rect) ? part : QLineF();
}

} // namespace p2pvpn
