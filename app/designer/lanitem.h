#pragma once

// LanItem: one LAN on the canvas, drawn as a card with its name, subnets and
// endpoint. It holds only the LAN's ID and what the checker says about it;
// the text comes from the model through the scene when it paints.

#include "livechecker.h"
#include "model/mesh.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace p2pvpn {

class MeshScene;

class LanItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(LanItem)
public:
    enum
    {
        Type = UserType + 1
    };
    static constexpr double width = 210;

    explicit LanItem(LanId id);

    LanId lanId() const { return m_id; }
    int type() const override { return Type; }

    // Re-reads the LAN's size-relevant data (number of subnets) and its aliases after a change.
    void refresh();
    void setFlag(const Flag &flag);
    Flag::Level flagLevel() const { return m_level; }
    void setLinkTarget(bool on); // highlighted as the end of a link being drawn

    QRectF cardRect() const { return m_card; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MeshScene *meshScene() const;
    void updateToolTip();

    LanId m_id;
    QRectF m_card;
    Flag::Level m_level = Flag::Level::None;
    bool m_linkTarget = false;
    QString m_findingsTip; // the flag's findings
    QString m_aliasTip;    // which addresses the other LANs use for its aliased subnets
};

} // namespace p2pvpn
