#include "mainwindow.h"

#include "actions.h"
#include "awsimportcontroller.h"
#include "bundleexportcontroller.h"
#include "deploycontroller.h"
#include "diagramexporter.h"
#include "documentcontroller.h"
#include "findingspanel.h"
#include "icons.h"
#include "lanitem.h"
#include "livechecker.h"
#include "mesheditor.h"
#include "meshscene.h"
#include "meshsettingspanel.h"
#include "model/meshmodel.h"
#include "prompter.h"
#include "propertiespanel.h"
#include "recentfiles.h"
#include "tunnelitem.h"
#include "util/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace p2pvpn {

namespace {

const char languageKey[] = "language";
const char geometryKey[] = "mainWindow/geometry";
const char stateKey[] = "mainWindow/state";

} // namespace

MainWindow::MainWindow(std::unique_ptr<Prompter> prompter, QWidget *parent)
    : QMainWindow(parent), m_model(new MeshModel(this)), m_stack(new QUndoStack(this)),
      m_checker(new LiveChecker(m_model, this)), m_editor(new MeshEditor(m_model, m_stack, this))
{
    Icons::initResources();
    if (!prompter)
        prompter = std::make_unique<DialogPrompter>(this);
    m_documents = new DocumentController(m_model, m_stack, std::move(prompter), this);
    m_bundles = new BundleExportController(m_model, m_checker, m_documents, this, this);
    m_deploy = new DeployController(m_model, m_checker, m_documents, this, this);
    m_scene = new MeshScene(m_model, m_checker, this);
    m_view = new MeshView(m_scene, this);
    m_actions = new Actions(m_stack, this);

    setCentralWidget(m_view);
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/app/p2pvpn-designer.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    connectActions();
    resize(1400, 900);
    restoreLayout();

    updateTitle();
    updateSummary();
    updateActionStates();
}

MainWindow::~MainWindow()
{
    // Children are deleted in ~QWidget, when this is no longer a MainWindow: the undo stack's last
    // cleanChanged() would then call our slots on a half-destroyed object (UBSan reports it).
    m_stack->blockSignals(true);
    // The scene's items read the model while they go; delete it first.
    delete m_view;
    delete m_scene;
}

void MainWindow::createDocks()
{
    m_properties = new PropertiesPanel(m_model, m_editor, this);
    m_propertiesDock = new QDockWidget(tr("Properties"), this);
    m_propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    m_propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);

    m_settings = new MeshSettingsPanel(m_model, m_editor, this);
    m_settingsDock = new QDockWidget(tr("Mesh Settings"), this);
    m_settingsDock->setObjectName(QStringLiteral("settingsDock"));
    m_settingsDock->setWidget(m_settings);
    addDockWidget(Qt::RightDockWidgetArea, m_settingsDock);
    tabifyDockWidget(m_propertiesDock, m_settingsDock);
    m_propertiesDock->raise();

    m_findings = new FindingsPanel(m_checker, m_model, this);
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);

    // The right-hand panels run the full height; the findings sit under the canvas only.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({m_propertiesDock}, {370}, Qt::Horizontal);
    resizeDocks({m_findingsDock}, {170}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    Actions *a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a->newFile, a->open});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(a->openExample);
    file->addSeparator();
    file->addActions({a->save, a->saveAs});
    file->addSeparator();
    file->addActions({a->exportPng, a->exportSvg, a->exportBundles, a->exportAnsible});
    file->addSeparator();
    file->addAction(a->importAws);
    file->addSeparator();
    file->addActions({a->closeDocument, a->quit});
    rebuildRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a->undo, a->redo});
    edit->addSeparator();
    edit->addActions({a->addLan, a->duplicate, a->remove});
    edit->addSeparator();
    edit->addAction(a->selectAll);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions({a->zoomIn, a->zoomOut, a->zoomFit, a->zoomReset});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(a->snapToGrid);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_propertiesDock->toggleViewAction(), m_settingsDock->toggleViewAction(),
                            m_findingsDock->toggleViewAction()});
    m_viewMenu->addSeparator();
    createLanguageMenu(m_viewMenu->addMenu(tr("&Language")));

    QMenu *mesh = menuBar()->addMenu(tr("&Mesh"));
    mesh->addActions({a->addLan, a->drawLinks});
    mesh->addSeparator();
    mesh->addActions({a->layoutCircle, a->layoutForce});
    mesh->addSeparator();
    mesh->addAction(a->resolveOverlaps);
    mesh->addSeparator();
    mesh->addActions({a->exportBundles, a->exportAnsible, a->deploy});
}

void MainWindow::createLanguageMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("languageMenu"));
    QList<std::pair<QString, QString>> languages = {{QString(), tr("System Default")}};
    for (const QString &code : Translations::available()) {
        // Each name in its own language, so a user can find theirs whatever the current one is. Locale
        // data names English after a country ("American English"); ours is just the source text.
        QString name =
            code == QLatin1String("en") ? QStringLiteral("English") : QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "français" as a menu entry
        languages.append({code, name.isEmpty() ? code : name});
    }
    const QString current = QSettings().value(QLatin1String(languageKey)).toString();
    auto *group = new QActionGroup(menu);
    for (const auto &[code, name] : std::as_const(languages)) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        QSettings().setValue(QLatin1String(languageKey), action->data().toString());
        statusBar()->showMessage(tr("The language changes when the designer is started again."), 10000);
    });
}

void MainWindow::createToolBar()
{
    Actions *a = m_actions;
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(22, 22));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addActions({a->newFile, a->open, a->save});
    bar->addSeparator();
    bar->addActions({a->undo, a->redo});
    bar->addSeparator();
    bar->addActions({a->addLan, a->duplicate, a->remove, a->drawLinks});
    bar->addSeparator();
    bar->addActions({a->layoutCircle, a->layoutForce});
    bar->addSeparator();
    bar->addActions({a->zoomOut, a->zoomFit, a->zoomIn, a->snapToGrid});
    bar->addSeparator();
    bar->addActions({a->exportPng, a->exportBundles, a->deploy});
    // The actions that define the tool carry their names; the rest are familiar icons.
    for (QAction *action : {a->addLan, a->drawLinks, a->exportBundles, a->deploy})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_viewMenu->addAction(bar->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    auto *findings = new QWidget(this);
    auto *layout = new QHBoxLayout(findings);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(5);
    m_summaryIcon = new QLabel(findings);
    m_summary = new QLabel(findings);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    layout->addWidget(m_summaryIcon);
    layout->addWidget(m_summary);
    m_countLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(48);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(findings);
    statusBar()->addPermanentWidget(m_zoomLabel);
    m_zoomLabel->setText(tr("%1%").arg(qRound(m_view->zoom() * 100)));
}

void MainWindow::connectActions()
{
    Actions *a = m_actions;
    DocumentController *d = m_documents;
    connect(a->newFile, &QAction::triggered, d, &DocumentController::newDocument);
    connect(a->open, &QAction::triggered, d, &DocumentController::open);
    connect(a->openExample, &QAction::triggered, d, &DocumentController::openExample);
    connect(a->save, &QAction::triggered, d, &DocumentController::save);
    connect(a->saveAs, &QAction::triggered, d, &DocumentController::saveAs);
    connect(a->closeDocument, &QAction::triggered, d, &DocumentController::newDocument);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->exportPng, &QAction::triggered, this, [this] { exportDiagram(false); });
    connect(a->exportSvg, &QAction::triggered, this, [this] { exportDiagram(true); });
    connect(a->exportBundles, &QAction::triggered, m_bundles, &BundleExportController::exportBundles);
    connect(a->exportAnsible, &QAction::triggered, m_bundles, &BundleExportController::exportForAnsible);
    auto *aws = new AwsImportController(m_model, m_stack, this, this);
    connect(a->importAws, &QAction::triggered, aws, &AwsImportController::importFromAws);
    connect(aws, &AwsImportController::imported, m_editor, &MeshEditor::lansCreated); // selects them
    connect(m_bundles, &BundleExportController::exported, this, [this](const QStringList &paths) {
        statusBar()->showMessage(tr("%n file(s) and folder(s) written", nullptr, int(paths.size())), 8000);
    });
    connect(a->deploy, &QAction::triggered, m_deploy, &DeployController::openDialog);
    connect(m_deploy, &DeployController::resultsChanged, this,
            [this] { m_scene->setDeployBadges(m_deploy->badges()); });
    connect(d, &DocumentController::documentChanged, this, &MainWindow::updateTitle);
    connect(d->recentFiles(), &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);

    connect(a->addLan, &QAction::triggered, m_editor, qOverload<>(&MeshEditor::addLan));
    connect(a->addLanHere, &QAction::triggered, this, [this] { m_editor->addLan(m_contextPos); });
    connect(a->duplicate, &QAction::triggered, this,
            [this] { m_editor->duplicateLans(m_scene->selectedLanIds()); });
    connect(a->remove, &QAction::triggered, this,
            [this] { m_editor->remove(m_scene->selectedLanIds(), m_scene->selectedLinks()); });
    connect(a->selectAll, &QAction::triggered, this,
            [this] { m_scene->selectLans(m_model->mesh().lans.keys()); });
    connect(m_editor, &MeshEditor::lansCreated, this, [this](const QList<LanId> &ids) {
        m_scene->selectLans(ids);
        const QRectF rect = m_scene->lansRect(ids);
        if (!m_view->mapToScene(m_view->viewport()->rect()).boundingRect().contains(rect))
            m_view->centreOn(rect);
    });

    connect(a->zoomIn, &QAction::triggered, m_view, &MeshView::zoomIn);
    connect(a->zoomOut, &QAction::triggered, m_view, &MeshView::zoomOut);
    connect(a->zoomFit, &QAction::triggered, m_view, &MeshView::zoomToFit);
    connect(a->zoomReset, &QAction::triggered, m_view, &MeshView::resetZoom);
    connect(a->snapToGrid, &QAction::toggled, m_scene, &MeshScene::setSnapToGrid);
    connect(a->drawLinks, &QAction::toggled, m_scene, &MeshScene::setLinkMode);
    connect(m_scene, &MeshScene::linkModeChanged, a->drawLinks, &QAction::setChecked);
    connect(m_scene, &MeshScene::linkModeChanged, this, [this](bool on) {
        if (on)
            statusBar()->showMessage(
                tr("Drag from one LAN to another to link them. Esc leaves link drawing."));
        else
            statusBar()->clearMessage();
    });
    connect(a->layoutCircle, &QAction::triggered, this, [this] {
        m_editor->applyLayout(MeshEditor::LayoutKind::Circle);
        m_view->zoomToFit();
    });
    connect(a->layoutForce, &QAction::triggered, this, [this] {
        m_editor->applyLayout(MeshEditor::LayoutKind::ForceDirected);
        m_view->zoomToFit();
    });
    connect(a->resolveOverlaps, &QAction::triggered, this, &MainWindow::resolveOverlaps);
    m_findings->setResolveAction(a->resolveOverlaps);

    connect(m_scene, &MeshScene::moveRequested, m_editor, &MeshEditor::moveLans);
    connect(m_scene, &MeshScene::linkRequested, m_editor, &MeshEditor::addLink);
    connect(m_scene, &MeshScene::addLanRequested, m_editor, qOverload<const QPointF &>(&MeshEditor::addLan));
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        m_properties->setSelection(m_scene->selectedLanIds(), m_scene->selectedLinks());
        updateActionStates();
    });
    connect(m_view, &MeshView::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view, &MeshView::fileDropped, d, &DocumentController::openFile);
    connect(m_view, &MeshView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); });
    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::showFinding);
    connect(m_checker, &LiveChecker::findingsChanged, this, &MainWindow::updateSummary);
    connect(m_model, &MeshModel::changed, this, &MainWindow::updateActionStates);
    connect(m_model, &MeshModel::meshReset, this, [this] {
        if (m_shownOnce)
            QTimer::singleShot(0, m_view, &MeshView::zoomToFit);
    });
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — P2P-VPN Mesh Designer").arg(m_documents->displayName()));
    setWindowModified(m_documents->isModified());
    setWindowFilePath(m_documents->filePath());
}

void MainWindow::updateSummary()
{
    const qsizetype errors = m_checker->errorCount();
    const qsizetype warnings = m_checker->warningCount();
    QString text;
    if (errors == 0 && warnings == 0)
        text = tr("No problems");
    else if (warnings == 0)
        text = tr("%n error(s)", nullptr, int(errors));
    else if (errors == 0)
        text = tr("%n warning(s)", nullptr, int(warnings));
    else
        text = tr("%1, %2").arg(tr("%n error(s)", nullptr, int(errors)),
                                tr("%n warning(s)", nullptr, int(warnings)));
    m_summary->setText(text);
    const char *icon = errors ? "error" : warnings ? "warning" : "ok";
    m_summaryIcon->setPixmap(Icons::get(icon).pixmap(16, 16));
    m_findingsDock->setWindowTitle(errors + warnings ? tr("Findings (%1)").arg(errors + warnings)
                                                     : tr("Findings"));
}

void MainWindow::updateActionStates()
{
    const bool anyLan = !m_scene->selectedLanIds().isEmpty();
    const bool anySelection = anyLan || !m_scene->selectedLinks().isEmpty();
    m_actions->duplicate->setEnabled(anyLan);
    m_actions->remove->setEnabled(anySelection);
    const bool manual = m_model->mesh().topology == Topology::Manual;
    m_actions->drawLinks->setEnabled(manual);
    m_actions->drawLinks->setToolTip(manual ? m_actions->drawLinks->statusTip()
                                            : tr("Draw Links: switch the mesh to manual topology first "
                                                 "(Mesh Settings)"));
    const Mesh &mesh = m_model->mesh();
    m_countLabel->setText(tr("%n LAN(s)", nullptr, int(mesh.lans.size())) + QStringLiteral(" · ") +
                          tr("%n tunnel(s)", nullptr, int(mesh.tunnelCount())));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_documents->recentFiles()->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QString(), QFileInfo(path).fileName()));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_documents, [this, path] { m_documents->openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, m_documents->recentFiles(),
            &RecentFiles::clear);
}

void MainWindow::showContextMenu(MeshView::MenuKind kind, const QPoint &globalPos, const QPointF &scenePos)
{
    m_contextPos = scenePos;
    QMenu menu(this);
    switch (kind) {
    case MeshView::MenuKind::Canvas:
        menu.addAction(m_actions->addLanHere);
        menu.addSeparator();
        menu.addActions({m_actions->selectAll, m_actions->zoomFit});
        menu.addSeparator();
        menu.addActions({m_actions->layoutCircle, m_actions->layoutForce});
        break;
    case MeshView::MenuKind::Lan:
        menu.addActions({m_actions->duplicate, m_actions->remove});
        if (m_model->mesh().topology == Topology::Manual) {
            menu.addSeparator();
            menu.addAction(m_actions->drawLinks);
        }
        break;
    case MeshView::MenuKind::Link:
        menu.addAction(m_actions->remove);
        break;
    }
    menu.exec(globalPos);
}

void MainWindow::showFinding(const QList<LanId> &lans, const QList<LinkKey> &links)
{
    m_scene->selectLans(lans);
    QRectF rect = m_scene->lansRect(lans);
    for (const LinkKey &link : links) {
        if (TunnelItem *edge = m_scene->tunnelItem(link)) {
            if (edge->flags() & QGraphicsItem::ItemIsSelectable)
                edge->setSelected(true);
            rect = rect.united(edge->sceneBoundingRect());
        }
    }
    m_view->centreOn(rect);
}

void MainWindow::resolveOverlaps()
{
    QString error;
    const QList<AliasChoice> chosen = m_editor->resolveOverlaps(&error);
    if (!error.isEmpty()) {
        m_documents->prompter()->showError(tr("Resolve Overlaps with Aliases"), error);
        return;
    }
    if (chosen.isEmpty()) {
        statusBar()->showMessage(tr("No subnet overlaps another LAN's without an alias"), 8000);
        return;
    }
    QList<LanId> lans;
    for (const AliasChoice &c : chosen)
        if (!lans.contains(c.lan))
            lans.append(c.lan);
    m_scene->selectLans(lans);
    statusBar()->showMessage(
        tr("%n alias(es) added; the other LANs reach these subnets by them (undo to take "
           "them back)",
           nullptr, int(chosen.size())),
        10000);
}

void MainWindow::exportDiagram(bool svg)
{
    const QString base = m_documents->filePath().isEmpty()
                             ? QDir::home().filePath(m_model->mesh().name)
                             : QFileInfo(m_documents->filePath()).absolutePath() + QLatin1Char('/') +
                                   QFileInfo(m_documents->filePath()).completeBaseName();
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString path = m_documents->prompter()->saveFileName(
        svg ? tr("Export Diagram as SVG") : tr("Export Diagram as PNG"), base + suffix,
        svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    QString error;
    const bool ok = svg ? DiagramExporter::exportSvg(m_scene, path, m_model->mesh().name, &error)
                        : DiagramExporter::exportPng(m_scene, path, &error);
    if (!ok)
        m_documents->prompter()->showError(tr("Could not export the diagram"), error);
    else
        statusBar()->showMessage(tr("Diagram saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_documents->maybeSave()) {
        m_documents->discardRecovery(); // a clean exit: saved or deliberately discarded
        saveLayout();
        event->accept();
    } else
        event->ignore();
}

// Window geometry and the docks' and toolbar's places (they have object names) survive a restart.
void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(geometryKey), saveGeometry());
    settings.setValue(QLatin1String(stateKey), saveState());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QLatin1String(geometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(stateKey)).toByteArray());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        QTimer::singleShot(0, m_view, &MeshView::zoomToFit); // once the view has its real size
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!MeshView::meshFileIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = MeshView::meshFileIn(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Opening may ask to save first; do it after the drop has finished.
    QTimer::singleShot(0, m_documents, [this, path] { m_documents->openFile(path); });
}

} // namespace p2pvpn
