#pragma once

// TunnelItem: one tunnel between two LANs, drawn as a straight edge between the
// cards' centres. It holds the link key and the line; the scene moves its ends.

#include "livechecker.h"
#include "model/mesh.h"
#include "theme.h"

#include <QGraphicsItem>
#include <QPen>

namespace p2pvpn {

class TunnelItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    explicit TunnelItem(const LinkKey &link);

    const LinkKey &link() const { return m_link; }
    int type() const override { return Type; }

    void setEnds(const QPointF &a, const QPointF &b);
    const QLineF &line() const { return m_line; }
    Flag::Level flagLevel() const { return m_level; }
    // The pen an edge is drawn with; shared with the scene's batch drawing of frozen edges.
    static QPen pen(const Theme &theme, Flag::Level level, bool selected, bool dense);
    // The part of `line` inside `rect`, or a null line.
    static QLineF visiblePart(const QLineF &line, const QRectF &rect);
    void setFlag(const Flag &flag);
    // Thousands of edges (a large full mesh) are drawn thinner, lighter and without antialiasing.
    void setDense(bool dense);
    // Drawn links (manual topology) can be selected and deleted; implied ones (full mesh) cannot.
    void setEditable(bool editable);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    LinkKey m_link;
    QLineF m_line;
    Flag::Level m_level = Flag::Level::None;
    bool m_dense = false;
};

} // namespace p2pvpn
