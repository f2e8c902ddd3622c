#pragma once

// DiagramExporter: writes the canvas (every LAN and tunnel, no selection marks,
// no grid) to a PNG image or an SVG drawing.

#include <QCoreApplication>
#include <QString>

namespace p2pvpn {

class MeshScene;

class DiagramExporter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)
public:
    static constexpr double pngScale = 2.0; // crisp on high-density screens and in documents

    static bool exportPng(MeshScene *scene, const QString &path, QString *error);
    static bool exportSvg(MeshScene *scene, const QString &path, const QString &title, QString *error);
};

} // namespace p2pvpn
