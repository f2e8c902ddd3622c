#pragma once

// Theme: the canvas colours and fonts, derived from the application palette so the
// diagram reads well in light and dark desktops alike. One place to tune the look.

#include <QColor>
#include <QFont>
#include <QPalette>

namespace p2pvpn {

struct Theme
{
    QColor canvas; // background
    QColor gridDot;
    QColor nodeFill;
    QColor nodeHeader;
    QColor nodeBorder;
    QColor nodeText;
    QColor nodeSubtle; // secondary text (endpoint, labels)
    QColor accent;     // selection, link preview
    QColor edge;
    QColor edgeDense; // edges when there are thousands: lighter, so the nodes stay readable
    QColor error;
    QColor errorTint;
    QColor warning;
    QColor warningTint;
    QFont titleFont;
    QFont bodyFont;
    QFont monoFont;

    bool isDark() const { return canvas.lightness() < 128; }
    static Theme fromPalette(const QPalette &palette);
};

} // namespace p2pvpn
