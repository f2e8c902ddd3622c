#include "diagramexporter.h"

#include "meshscene.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace p2pvpn {

namespace {
constexpr double margin = 40;
constexpr int maxPixels = 12000; // per side; huge meshes are scaled down to stay within memory

// Renders the scene without selection highlights, then puts the selection back.
void render(MeshScene *scene, QPainter *painter, const QRectF &target, const QRectF &source)
{
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    {
        const QSignalBlocker blocker(scene);
        scene->clearSelection();
    }
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    scene->setCardCaching(false); // draw text and shapes, not cached bitmaps
    scene->render(painter, target, source);
    scene->setCardCaching(true);
    const QSignalBlocker blocker(scene);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
}

QRectF sourceRect(const MeshScene *scene)
{
    const QRectF content = scene->contentRect();
    return content.isEmpty() ? QRectF(0, 0, 400, 300) : content.adjusted(-margin, -margin, margin, margin);
}
} // namespace

bool DiagramExporter::exportPng(MeshScene *scene, const QString &path, QString *error)
{
    const QRectF source = sourceRect(scene);
    double scale = pngScale;
    scale = qMin(scale, maxPixels / qMax(source.width(), source.height()));
    QImage image(qMax(1, qRound(source.width() * scale)), qMax(1, qRound(source.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = tr("the diagram is too large for an image of %1 × %2 pixels")
                     .arg(qRound(source.width() * scale))
                     .arg(qRound(source.height() * scale));
        return false;
    }
    image.fill(scene->theme().canvas);
    {
        QPainter painter(&image);
        render(scene, &painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    if (!image.save(path, "PNG")) {
        *error = tr("%1 could not be written; check the folder exists and is writable").arg(path);
        return false;
    }
    return true;
}

bool DiagramExporter::exportSvg(MeshScene *scene, const QString &path, const QString &title, QString *error)
{
    const QRectF source = sourceRect(scene);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setTitle(title);
    generator.setDescription(tr("P2P-VPN mesh diagram"));
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = tr("%1 could not be written; check the folder exists and is writable").arg(path);
        return false;
    }
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene->theme().canvas);
    render(scene, &painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        *error = tr("%1 could not be written; check the folder exists and is writable").arg(path);
        return false;
    }
    return true;
}

} // namespace p2pvpn
