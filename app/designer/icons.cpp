#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

// Resources compiled into a static library need an explicit initialisation.
static void initDesignerResources()
{
    Q_INIT_RESOURCE(icons);
    Q_INIT_RESOURCE(designer);
}

namespace p2pvpn {

namespace {

// Draws an SVG whose strokes say "currentColor" in the palette's text colour, so
// the same icon reads on light and dark desktops; accent colours stay as drawn.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QByteArray &svg) : m_svg(svg) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(coloured(mode));
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(painter->opacity() * 0.45);
        renderer.render(painter, QRectF(rect));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QColor colour = textColour(mode);
        const QString key = QStringLiteral("%1x%2@%3/%4/%5")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scale)
                                .arg(int(mode))
                                .arg(colour.rgba());
        auto it = m_cache.constFind(key);
        if (it != m_cache.cend())
            return *it;
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaletteIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("p2pvpn-palette-svg"); }

private:
    static QColor textColour(QIcon::Mode mode)
    {
        const QPalette palette = QApplication::palette();
        return palette.color(QPalette::Active,
                             mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
    }

    QByteArray coloured(QIcon::Mode mode) const
    {
        QByteArray svg = m_svg;
        return svg.replace("currentColor", textColour(mode).name().toLatin1());
    }

    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

void Icons::initResources()
{
    static const bool initialised = [] {
        initDesignerResources();
        return true;
    }();
    Q_UNUSED(initialised);
}

QIcon Icons::get(const char *name)
{
    initResources();
    static QHash<QByteArray, QIcon> cache;
    const QByteArray key(name);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QFile file(QLatin1String(":/icons/") + QLatin1String(name) + QLatin1String(".svg"));
        QIcon icon;
        if (file.open(QIODevice::ReadOnly))
            icon = QIcon(new PaletteIconEngine(file.readAll()));
        else
            qWarning("p2pvpn: no icon named %s", name);
        it = cache.insert(key, icon);
    }
    return *it;
}

} // namespace p2pvpn
