#include "actions.h"

#include "icons.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoStack>

namespace p2pvpn {

QAction *Actions::make(const QString &text, const char *icon, const QString &tip)
{
    auto *action = new QAction(text, this);
    if (icon)
        action->setIcon(Icons::get(icon));
    if (!tip.isEmpty()) {
        action->setStatusTip(tip);
        action->setToolTip(tip);
    }
    return action;
}

Actions::Actions(QUndoStack *stack, QObject *parent) : QObject(parent)
{
    newFile = make(tr("&New"), "new", tr("Start a new, empty mesh"));
    newFile->setShortcut(QKeySequence::New);
    open = make(tr("&Open…"), "open", tr("Open a mesh file"));
    open->setShortcut(QKeySequence::Open);
    openExample = make(tr("Open &Example"), nullptr, tr("Open the bundled example mesh"));
    save = make(tr("&Save"), "save", tr("Save the mesh"));
    save->setShortcut(QKeySequence::Save);
    saveAs = make(tr("Save &As…"), "save-as", tr("Save the mesh under a new name"));
    saveAs->setShortcut(QKeySequence::SaveAs);
    exportPng = make(tr("Export Diagram as &PNG…"), "export-image", tr("Save a picture of the diagram"));
    exportSvg =
        make(tr("Export Diagram as S&VG…"), nullptr, tr("Save the diagram as a scalable vector drawing"));
    exportBundles = make(tr("Export &Bundles…"), "export-bundles",
                         tr("Write every gateway's OpenVPN configuration as zip bundles"));
    exportBundles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAnsible = make(tr("Export for A&nsible…"), nullptr,
                         tr("Write the mesh as an Ansible project: inventory, host variables and a role"));
    importAws =
        make(tr("Import from &AWS…"), nullptr, tr("Add or update one LAN per VPC from saved AWS CLI output"));
    closeDocument = make(tr("&Close"), nullptr, tr("Close the mesh"));
    closeDocument->setShortcut(QKeySequence::Close);
    quit = make(tr("&Quit"), nullptr, tr("Quit the designer"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setIcon(Icons::get("undo"));
    undo->setShortcut(QKeySequence::Undo);
    redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setIcon(Icons::get("redo"));
    redo->setShortcut(QKeySequence::Redo);
    addLan = make(tr("&Add LAN"), "add-lan", tr("Add a LAN to the mesh (or double-click empty canvas)"));
    addLan->setShortcut(QKeySequence(Qt::Key_Insert));
    addLanHere = make(tr("&Add LAN Here"), "add-lan");
    duplicate = make(tr("D&uplicate"), "duplicate", tr("Copy the selected LANs"));
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    remove = make(tr("&Delete"), "delete", tr("Delete the selected LANs and links"));
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    selectAll = make(tr("Select &All"), nullptr, tr("Select every LAN"));
    selectAll->setShortcut(QKeySequence::SelectAll);

    zoomIn = make(tr("Zoom &In"), "zoom-in", tr("Zoom in (Ctrl+wheel)"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomOut = make(tr("Zoom &Out"), "zoom-out", tr("Zoom out (Ctrl+wheel)"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomFit = make(tr("&Fit to Window"), "zoom-fit", tr("Show the whole mesh"));
    zoomFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    zoomReset = make(tr("&Actual Size"), nullptr, tr("Zoom to 100%"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    snapToGrid = make(tr("&Snap to Grid"), "grid", tr("Align moved LANs to the grid"));
    snapToGrid->setCheckable(true);
    snapToGrid->setChecked(true);
    snapToGrid->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));

    drawLinks =
        make(tr("Draw &Links"), "link", tr("Drag from one LAN to another to link them (manual topology)"));
    drawLinks->setCheckable(true);
    drawLinks->setShortcut(QKeySequence(Qt::Key_L));
    layoutCircle = make(tr("Arrange in a &Circle"), "layout-circle", tr("Place the LANs evenly on a circle"));
    layoutForce = make(tr("Arrange by &Links"), "layout-force",
                       tr("Place linked LANs near each other (force-directed)"));
    resolveOverlaps =
        make(tr("&Resolve Overlaps with Aliases"), nullptr,
             tr("Give every subnet that overlaps another LAN's an alias, so the LANs can be linked"));
    deploy = make(tr("&Deploy…"), "deploy", tr("Install the gateways' configurations over SSH"));
    deploy->setIconText(tr("Deploy"));
    deploy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
}

} // namespace p2pvpn
