// bench_designer [--smoke]: the designer's speed on big meshes, through the real window.
//  - opening a 200-LAN full mesh (19,900 tunnels) from disk until the first frame is painted
//  - one frame of dragging a LAN in that mesh (mouse event, model update, undo merge, repaint)
//  - switching that mesh to manual links and back (every edge goes and comes, one tunnel signal each)
//  - the checker plus the canvas flag update after one edit, at 1,000 LANs
// Prints the figures next to the targets of issue 4; timings are never assertions.
// --smoke runs tiny sizes only, so ctest can check that the program still works.

#include "documentcontroller.h"
#include "generate/exporter.h"
#include "lanitem.h"
#include "livechecker.h"
#include "mainwindow.h"
#include "mesheditor.h"
#include "meshscene.h"
#include "model/layout.h"
#include "model/meshmodel.h"
#include "model/projectfile.h"
#include "util/translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace p2pvpn;

namespace {

class SilentPrompter : public Prompter
{
public:
    SaveChoice askToSave(const QString &) override { return SaveChoice::Discard; }
    void showError(const QString &title, const QString &problem) override
    {
        std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(problem));
    }
    QString openFileName(const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(const QString &, const QString &, const QString &) override { return {}; }
    bool chooseExport(ExportOptions *, const QString &) override { return false; }
    bool chooseAnsibleExport(AnsibleExportChoice *) override { return false; }
    bool askOpenFolder(const QString &, const QString &) override { return false; }
    bool askHostKey(const QString &, const SshHostKey &) override { return false; }
    bool askSecret(const QString &, const QString &, QByteArray *) override { return false; }
    bool askToRecover(const QString &, const QDateTime &) override { return false; }
};

Mesh makeMesh(int lans, Topology topology)
{
    Mesh mesh;
    mesh.name = QStringLiteral("bench");
    mesh.topology = topology;
    mesh.settings.transitPool = Cidr::fromAddress(0x64400000u, 10); // 100.64.0.0/10: room for 19,900 /30s
    for (int i = 0; i < lans; ++i) {
        Lan lan;
        lan.name = QStringLiteral("site-%1").arg(i);
        lan.subnets = {Cidr::fromAddress(0x0a000000u | (quint32(i) << 12), 20)};
        lan.endpoint = QStringLiteral("gw%1.example.net").arg(i);
        const LanId id = mesh.addLan(lan);
        if (topology == Topology::Manual && i > 0)
            mesh.links.insert(LinkKey(id - 1, id)); // a chain, so every LAN is reachable
    }
    Layout::circle(&mesh);
    return mesh;
}

void sendMouse(QWidget *target, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), target->mapToGlobal(QPointF(pos)),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double worst(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Drags `id` with the mouse in `frames` steps along `path`, repainting after every step; ms per frame.
QList<double> drag(MainWindow &window, LanId id, int frames, const std::function<QPoint(int)> &path)
{
    QWidget *viewport = window.view()->viewport();
    const QPoint start = window.view()->mapFromScene(window.scene()->lanItem(id)->pos());
    sendMouse(viewport, QEvent::MouseButtonPress, start, Qt::LeftButton);
    QList<double> times;
    QElapsedTimer timer;
    for (int i = 1; i <= frames; ++i) {
        timer.start();
        sendMouse(viewport, QEvent::MouseMove, start + path(i), Qt::LeftButton);
        QApplication::processEvents();
        viewport->repaint();
        times.append(elapsedMs(timer));
    }
    sendMouse(viewport, QEvent::MouseButtonRelease, start + path(frames), Qt::NoButton);
    QApplication::processEvents();
    return times;
}

double repaintMs(QWidget *viewport)
{
    QElapsedTimer timer;
    timer.start();
    viewport->update();
    viewport->repaint();
    return elapsedMs(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit()); // keep the user's recent files out of it
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("p2pvpn-bench"));
    Translations::install(app, QStringLiteral("en"));
    const bool smoke = QApplication::arguments().contains(QStringLiteral("--smoke"));
    const int bigLans = smoke ? 20 : 200;
    const int checkLans = smoke ? 100 : 1000;
    const int frames = smoke ? 5 : 120;

    QTemporaryDir dir;
    const QString bigFile = dir.filePath(QStringLiteral("big.p2pmesh"));
    QString error;
    if (!ProjectFile::save(bigFile, makeMesh(bigLans, Topology::Full), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(std::make_unique<SilentPrompter>());
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    MeshView *view = window.view();
    QWidget *viewport = view->viewport();

    // 1. Open: read, rebuild the scene, check, fit, and paint the first frame.
    QElapsedTimer timer;
    timer.start();
    if (!window.documents()->openFile(bigFile))
        return 1;
    QApplication::processEvents(); // the checker and the fit-to-window run from the event loop
    viewport->repaint();
    std::printf("open %d-LAN full mesh (%lld tunnels): %.0f ms (target < 2000 ms)\n", bigLans,
                qlonglong(window.scene()->tunnelItemCount()), elapsedMs(timer));

    // 2. Drag one LAN at 100 % zoom, then with the whole mesh in view.
    const LanId dragged = 1;
    view->resetZoom();
    view->centerOn(window.scene()->lanItem(dragged));
    QApplication::processEvents();
    std::printf("repaint the whole view at 100%% zoom: %.2f ms\n", repaintMs(viewport));
    QList<double> times =
        drag(window, dragged, frames, [](int i) { return QPoint(i * 3 % 300, i * 2 % 200); });
    std::printf("drag one LAN (%d edges move), 100%% zoom: median %.2f ms, worst %.2f ms per frame "
                "(target < 16 ms); undo steps: %d\n",
                bigLans - 1, median(times), worst(times), window.undoStack()->count());
    view->zoomToFit();
    QApplication::processEvents();
    std::printf("repaint the whole view with every edge in it (%.0f%% zoom): %.2f ms\n", view->zoom() * 100,
                repaintMs(viewport));
    times = drag(window, dragged, frames / 2, [](int i) { return QPoint(i % 40, i % 30); });
    std::printf("drag one LAN, whole mesh in view: median %.2f ms, worst %.2f ms per frame (the first frame "
                "draws the still edges once)\n",
                median(times), worst(times));

    // 3. Topology: the model reports each of the 19,900 implied tunnels gone, then back.
    const qsizetype fullEdges = window.scene()->tunnelItemCount();
    timer.restart();
    window.editor()->setTopology(Topology::Manual);
    QApplication::processEvents();
    viewport->repaint();
    const double toManual = elapsedMs(timer);
    const qsizetype manualEdges = window.scene()->tunnelItemCount();
    timer.restart();
    window.undoStack()->undo();
    QApplication::processEvents();
    viewport->repaint();
    std::printf("switch to manual links (%lld edges left) and back (%lld): %.0f ms and %.0f ms\n",
                qlonglong(manualEdges), qlonglong(window.scene()->tunnelItemCount()), toManual,
                elapsedMs(timer));
    const bool edgesRight = manualEdges == 0 && window.scene()->tunnelItemCount() == fullEdges;

    // 4. Checker + flags: each edit creates a clash between two LANs or removes it again.
    window.model()->reset(makeMesh(checkLans, Topology::Manual));
    window.checker()->checkNow();
    QApplication::processEvents();
    times.clear();
    bool flagged = true;
    const LanId editedId = checkLans / 2, otherId = 10;
    for (int i = 0; i < 20; ++i) {
        const bool clash = i % 2 == 0;
        Lan lan = *window.model()->lan(editedId);
        lan.subnets = {clash ? window.model()->lan(otherId)->subnets.first()
                             : Cidr::fromAddress(0xc0a80000u, 24)};
        window.model()->updateLan(lan);
        timer.restart();
        window.checker()->checkNow(); // runs the checker, diffs the flags, restyles the changed cards
        times.append(elapsedMs(timer));
        const Flag::Level expected = clash ? Flag::Level::Error : Flag::Level::None;
        flagged = flagged && window.scene()->lanItem(editedId)->flagLevel() == expected;
        QApplication::processEvents();
    }
    std::printf("checker + flag update after an edit, %d LANs (manual chain): median %.2f ms, worst %.2f ms "
                "(target < 5 ms)%s\n",
                checkLans, median(times), worst(times), flagged ? "" : "  [WRONG FLAGS]");
    times.clear();
    const Mesh manual = makeMesh(checkLans, Topology::Manual);
    for (int i = 0; i < 10; ++i) {
        timer.restart();
        const QList<Finding> findings = Checker::check(manual);
        times.append(elapsedMs(timer));
    }
    std::printf("  of which Checker::check alone: median %.2f ms\n", median(times));
    return flagged && edgesRight ? 0 : 1;
}
