#include "lanitem.h"

#include "icons.h"
#include "meshscene.h"
#include "model/meshmodel.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace p2pvpn {

namespace {
constexpr double headerHeight = 34;
constexpr double lineHeight = 18;
constexpr double padding = 8;
constexpr double radius = 8;
constexpr double halo = 5;
constexpr int maxSubnetLines = 4;

// The card's subnet lines: each subnet, and under an aliased one "→ alias", what the rest of the mesh uses.
QList<std::pair<QString, bool>> subnetTexts(const Lan &lan)
{
    QList<std::pair<QString, bool>> texts; // text, drawn subtle
    for (const Cidr &subnet : lan.subnets) {
        texts.append({subnet.toString(), false});
        if (lan.aliases.contains(subnet))
            texts.append({QStringLiteral("→ ") + lan.meshSubnet(subnet).toString(), true});
    }
    return texts;
}

int subnetLines(const Lan &lan)
{
    return qBound(1, int(subnetTexts(lan).size()), maxSubnetLines);
}
} // namespace

LanItem::LanItem(LanId id) : m_id(id)
{
    QGraphicsItem::setFlag(ItemIsSelectable);
    setCacheMode(DeviceCoordinateCache); // text is costly; cards repaint from the cache while edges move
    setZValue(10);
    setAcceptHoverEvents(false);
    m_card = QRectF(-width / 2, -45, width, 90);
}

MeshScene *LanItem::meshScene() const
{
    return static_cast<MeshScene *>(scene());
}

void LanItem::refresh()
{
    const MeshScene *s = meshScene();
    const Lan *lan = s ? s->model()->lan(m_id) : nullptr;
    const int lines = lan ? subnetLines(*lan) : 1;
    QStringList aliases;
    if (lan)
        for (auto it = lan->aliases.cbegin(); it != lan->aliases.cend(); ++it) {
            const quint32 host = quint32(qMin<quint64>(10, it.key().size() - 1)); // an example host offset
            aliases.append(tr("Other LANs reach %1 as %2: a host at %3 is %4 to them.")
                               .arg(it.key().toString(), it.value().toString(),
                                    formatIpv4(it.key().network() + host),
                                    formatIpv4(it.value().network() + host)));
        }
    if (aliases.join(QLatin1Char('\n')) != m_aliasTip) {
        m_aliasTip = aliases.join(QLatin1Char('\n'));
        updateToolTip();
    }
    const double height = headerHeight + padding + lines * lineHeight + 6 + lineHeight + padding;
    const QRectF card(-width / 2, -height / 2, width, height);
    if (card != m_card) {
        prepareGeometryChange();
        m_card = card;
    }
    update();
}

void LanItem::setFlag(const Flag &flag)
{
    if (m_level != flag.level) {
        m_level = flag.level;
        update();
    }
    QStringList lines;
    for (const QString &message : flag.messages)
        lines.append(QStringLiteral("• ") + message);
    m_findingsTip = lines.join(QLatin1Char('\n'));
    updateToolTip();
}

void LanItem::updateToolTip()
{
    QStringList parts;
    for (const QString &part : {m_findingsTip, m_aliasTip})
        if (!part.isEmpty())
            parts.append(part);
    setToolTip(parts.join(QLatin1String("\n\n")));
}

void LanItem::setLinkTarget(bool on)
{
    if (m_linkTarget != on) {
        m_linkTarget = on;
        update();
    }
}

QRectF LanItem::boundingRect() const
{
    return m_card.adjusted(-halo, -halo, halo, halo);
}

QPainterPath LanItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_card, radius, radius);
    return path;
}

void LanItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const MeshScene *s = meshScene();
    const Lan *lan = s ? s->model()->lan(m_id) : nullptr;
    if (!lan)
        return;
    const Theme &t = s->theme();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);

    const bool selected = isSelected();
    const QColor flagColor = m_level == Flag::Level::Error ? t.error : t.warning;
    const QColor headerColor = m_level == Flag::Level::Error     ? t.errorTint
                               : m_level == Flag::Level::Warning ? t.warningTint
                                                                 : t.nodeHeader;
    // The flag colour wins over the selection colour; selection shows as the halo around the card.
    QPen border(t.nodeBorder, 1);
    if (selected || m_linkTarget)
        border = QPen(t.accent, 2);
    if (m_level != Flag::Level::None)
        border = QPen(flagColor, 2);
    border.setCosmetic(lod < 1);

    QPainterPath card;
    card.addRoundedRect(m_card, radius, radius);

    if (lod < 0.3) { // far away: a coloured tile is all one can see
        painter->setPen(border);
        painter->setBrush(m_level == Flag::Level::None ? t.nodeHeader : flagColor);
        painter->drawPath(card);
        return;
    }

    if (selected || m_linkTarget) {
        QColor glow = t.accent;
        glow.setAlpha(m_level == Flag::Level::None ? 60 : 110);
        painter->setPen(Qt::NoPen);
        painter->setBrush(glow);
        painter->drawRoundedRect(m_card.adjusted(-halo + 1, -halo + 1, halo - 1, halo - 1), radius + 3,
                                 radius + 3);
    }

    painter->setPen(Qt::NoPen);
    painter->setBrush(t.nodeFill);
    painter->drawPath(card);
    const QRectF header(m_card.left(), m_card.top(), m_card.width(), headerHeight);
    painter->save();
    painter->setClipPath(card);
    painter->fillRect(header, headerColor);
    painter->setPen(QPen(t.nodeBorder, 0.6));
    painter->drawLine(header.bottomLeft(), header.bottomRight());
    painter->restore();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(border);
    painter->drawPath(card);

    // Header: icon, name, and a badge when the checker flags this LAN.
    const double left = m_card.left() + 12;
    const double badgeRoom = m_level == Flag::Level::None ? 0 : 24;
    Icons::get("lan").paint(painter, QRect(int(left), int(header.center().y() - 8), 16, 16));
    painter->setFont(t.titleFont);
    painter->setPen(t.nodeText);
    const QRectF nameRect(left + 24, header.top(), m_card.right() - left - 24 - 10 - badgeRoom, headerHeight);
    const QString name = lan->name.isEmpty() ? LanItem::tr("(unnamed)") : lan->name;
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(t.titleFont).elidedText(name, Qt::ElideRight, nameRect.width()));
    if (m_level != Flag::Level::None) {
        const QPointF c(m_card.right() - 18, header.center().y());
        painter->setPen(Qt::NoPen);
        painter->setBrush(flagColor);
        if (m_level == Flag::Level::Error) {
            painter->drawEllipse(c, 9, 9);
        } else {
            const QPolygonF triangle{c + QPointF(0, -9), c + QPointF(9.5, 7.5), c + QPointF(-9.5, 7.5)};
            painter->drawPolygon(triangle);
        }
        QFont bang = t.titleFont;
        bang.setPointSizeF(9);
        painter->setFont(bang);
        painter->setPen(m_level == Flag::Level::Error ? QColor(Qt::white) : QColor(0x20, 0x18, 0x00));
        painter->drawText(QRectF(c.x() - 9, c.y() - (m_level == Flag::Level::Error ? 9 : 7), 18, 18),
                          Qt::AlignCenter, QStringLiteral("!"));
    }

    // The last deployment's outcome: a round badge in the bottom-right corner.
    if (const DeployBadge badge = s->deployBadge(m_id); badge != DeployBadge::None) {
        const QRect where(int(m_card.right() - 26), int(m_card.bottom() - 26), 18, 18);
        Icons::get(badge == DeployBadge::Ok ? "ok" : "failed").paint(painter, where);
    }

    if (lod < 0.55) // text would be unreadable; the card shape and colour still tell the story
        return;

    // Body: subnets, then the endpoint.
    double y = header.bottom() + padding;
    const double textWidth = m_card.width() - 24;
    painter->setFont(t.monoFont);
    const QFontMetricsF mono(t.monoFont);
    const int shown = subnetLines(*lan);
    if (lan->subnets.isEmpty()) {
        QFont italic = t.bodyFont;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(t.nodeSubtle);
        painter->drawText(QRectF(left, y, textWidth, lineHeight), Qt::AlignVCenter, LanItem::tr("no subnet"));
    } else {
        const QList<std::pair<QString, bool>> texts = subnetTexts(*lan);
        const bool more = texts.size() > maxSubnetLines;
        for (int i = 0; i < shown; ++i) {
            auto [text, subtle] = texts[i];
            painter->setPen(subtle ? t.nodeSubtle : t.nodeText);
            if (more && i == shown - 1) {
                painter->setPen(t.nodeSubtle);
                painter->setFont(t.bodyFont);
                text = LanItem::tr("+%n more", nullptr, int(texts.size()) - (shown - 1));
            }
            painter->drawText(QRectF(left, y + i * lineHeight, textWidth, lineHeight), Qt::AlignVCenter,
                              mono.elidedText(text, Qt::ElideRight, textWidth));
        }
    }
    y += shown * lineHeight + 6;
    Icons::get("endpoint").paint(painter, QRect(int(left), int(y + lineHeight / 2 - 6), 12, 12));
    QFont endpointFont = t.bodyFont;
    endpointFont.setItalic(lan->endpoint.isEmpty());
    painter->setFont(endpointFont);
    painter->setPen(t.nodeSubtle);
    const QString endpoint = lan->endpoint.isEmpty() ? LanItem::tr("no endpoint") : lan->endpoint;
    const double endpointWidth = textWidth - 18 - (s->deployBadge(m_id) == DeployBadge::None ? 0 : 20);
    painter->drawText(QRectF(left + 18, y, endpointWidth, lineHeight), Qt::AlignVCenter,
                      QFontMetricsF(endpointFont).elidedText(endpoint, Qt::ElideMiddle, endpointWidth));
}

} // namespace p2pvpn
