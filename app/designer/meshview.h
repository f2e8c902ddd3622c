#pragma once

// MeshView: the window onto the canvas. Zoom (Ctrl+wheel, keys, fit), pan
// (middle button or Space+drag), rubber-band selection, the dotted grid, context
// menus and dropped mesh files. Editing gestures belong to MeshScene.

#include <QGraphicsView>

class QMimeData;

namespace p2pvpn {

class MeshScene;

class MeshView : public QGraphicsView
{
    Q_OBJECT
public:
    enum class MenuKind
    {
        Canvas,
        Lan,
        Link
    };
    static constexpr double minZoom = 0.02;
    static constexpr double maxZoom = 4.0;

    explicit MeshView(MeshScene *scene, QWidget *parent = nullptr);

    double zoom() const { return transform().m11(); }
    // The first local file in `mime` that looks like a mesh, or an empty string.
    static QString meshFileIn(const QMimeData *mime);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void zoomToFit();
    void centreOn(const QRectF &rect);

signals:
    void zoomChanged(double zoom);
    void contextMenuRequested(p2pvpn::MeshView::MenuKind kind, const QPoint &globalPos,
                              const QPointF &scenePos);
    void fileDropped(const QString &path);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void zoomBy(double factor, const QPoint &anchor);
    void setZoom(double zoom);
    void stopPanning();
    void restoreCursor(); // the cursor of the current mode: open hand, crosshair or arrow
    void drawGrid(QPainter *painter, const QRectF &rect);

    MeshScene *m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace p2pvpn
