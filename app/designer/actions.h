#pragma once

// Actions: every command of the designer's menus, toolbar and context menus, with
// its text, icon, shortcut and tip. Created in one place so the menus, toolbar and
// tests share the same objects; MainWindow connects them to the controllers.

#include <QObject>

class QAction;
class QUndoStack;

namespace p2pvpn {

class Actions : public QObject
{
    Q_OBJECT
public:
    Actions(QUndoStack *stack, QObject *parent);

    // File
    QAction *newFile;
    QAction *open;
    QAction *openExample;
    QAction *save;
    QAction *saveAs;
    QAction *exportPng;
    QAction *exportSvg;
    QAction *exportBundles;
    QAction *exportAnsible;
    QAction *importAws;
    QAction *closeDocument;
    QAction *quit;
    // Edit
    QAction *undo;
    QAction *redo;
    QAction *addLan;
    QAction *addLanHere; // context menu: at the clicked spot
    QAction *duplicate;
    QAction *remove;
    QAction *selectAll;
    // View
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomFit;
    QAction *zoomReset;
    QAction *snapToGrid;
    // Mesh
    QAction *drawLinks;
    QAction *layoutCircle;
    QAction *layoutForce;
    QAction *resolveOverlaps;
    QAction *deploy;

private:
    QAction *make(const QString &text, const char *icon, const QString &tip = QString());
};

} // namespace p2pvpn
