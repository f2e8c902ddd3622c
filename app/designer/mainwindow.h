#pragma once

// MainWindow: the shell. It owns the document's model and undo stack, creates the
// controllers, canvas and panels, lays out menus, toolbar, docks and status bar,
// and connects them. Behaviour lives in the parts, not here.

#include "meshview.h"
#include "model/mesh.h"
#include "prompter.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QUndoStack;

namespace p2pvpn {

class Actions;
class BundleExportController;
class DeployController;
class DocumentController;
class FindingsPanel;
class LiveChecker;
class MeshEditor;
class MeshModel;
class MeshScene;
class MeshSettingsPanel;
class PropertiesPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `prompter` asks the user things (nullptr: real dialogs); tests pass a scripted one.
    explicit MainWindow(std::unique_ptr<Prompter> prompter = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    MeshModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_stack; }
    LiveChecker *checker() const { return m_checker; }
    MeshEditor *editor() const { return m_editor; }
    DocumentController *documents() const { return m_documents; }
    BundleExportController *bundles() const { return m_bundles; }
    DeployController *deployer() const { return m_deploy; }
    MeshScene *scene() const { return m_scene; }
    MeshView *view() const { return m_view; }
    Actions *actions() const { return m_actions; }
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    MeshSettingsPanel *settingsPanel() const { return m_settings; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    QLabel *findingsSummary() const { return m_summary; }
    QDockWidget *propertiesDock() const { return m_propertiesDock; }
    QDockWidget *settingsDock() const { return m_settingsDock; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createLanguageMenu(QMenu *menu);
    void createToolBar();
    void saveLayout() const;
    void restoreLayout();
    void createStatusBar();
    void connectActions();
    void updateTitle();
    void updateSummary();
    void updateActionStates();
    void rebuildRecentMenu();
    void showContextMenu(MeshView::MenuKind kind, const QPoint &globalPos, const QPointF &scenePos);
    void showFinding(const QList<LanId> &lans, const QList<LinkKey> &links);
    void exportDiagram(bool svg);
    void resolveOverlaps();

    MeshModel *m_model;
    QUndoStack *m_stack;
    LiveChecker *m_checker;
    MeshEditor *m_editor;
    DocumentController *m_documents;
    BundleExportController *m_bundles;
    DeployController *m_deploy;
    MeshScene *m_scene;
    MeshView *m_view;
    Actions *m_actions;
    PropertiesPanel *m_properties = nullptr;
    MeshSettingsPanel *m_settings = nullptr;
    FindingsPanel *m_findings = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QDockWidget *m_settingsDock = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_summaryIcon = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QPointF m_contextPos;
    bool m_shownOnce = false;
};

} // namespace p2pvpn
