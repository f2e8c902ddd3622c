#include "theme.h"

#include <QApplication>
#include <QFontDatabase>

namespace p2pvpn {

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

Theme Theme::fromPalette(const QPalette &palette)
{
    Theme t;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    t.canvas = dark ? mix(base, QColor(0, 0, 0), 0.25) : QColor(0xf4, 0xf6, 0xf9);
    t.gridDot = mix(t.canvas, text, dark ? 0.18 : 0.16);
    t.nodeFill = dark ? mix(base, text, 0.06) : QColor(Qt::white);
    t.accent = dark ? QColor(0x5a, 0xa2, 0xf5) : QColor(0x1f, 0x6f, 0xd6);
    t.nodeHeader = mix(t.nodeFill, t.accent, dark ? 0.22 : 0.10);
    t.nodeBorder = mix(t.nodeFill, text, dark ? 0.35 : 0.28);
    t.nodeText = text;
    t.nodeSubtle = mix(text, t.nodeFill, 0.38);
    t.edge = mix(t.canvas, dark ? QColor(0x8f, 0xa8, 0xc8) : QColor(0x5a, 0x6f, 0x8c), 0.85);
    t.edgeDense = mix(t.canvas, t.edge, 0.35);
    t.error = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x2b, 0x2b);
    t.errorTint = mix(t.nodeFill, t.error, dark ? 0.28 : 0.14);
    t.warning = dark ? QColor(0xf5, 0xb0, 0x41) : QColor(0xc7, 0x7c, 0x02);
    t.warningTint = mix(t.nodeFill, t.warning, dark ? 0.26 : 0.16);

    t.titleFont = QApplication::font();
    t.titleFont.setPointSizeF(10.5);
    t.titleFont.setBold(true);
    t.bodyFont = QApplication::font();
    t.bodyFont.setPointSizeF(9);
    t.monoFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    t.monoFont.setPointSizeF(9);
    return t;
}

} // namespace p2pvpn
