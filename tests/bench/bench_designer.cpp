// bench_designer: the designer's speed on big meshes, through the real window.
//  - opening a 200-LAN full mesh (19,900 tunnels) from disk until the first frame is painted
//  - one frame of dragging a LAN in that mesh (mouse event, model update, repaint)
//  - the checker plus the canvas flag update after one edit, at 1,000 LANs
// Prints the figures and the targets; exits 0 either way (timings are not assertions).

#include "documentcontroller.h"
#include "exporter.h"
#include "lanitem.h"
#include "layout.h"
#include "livechecker.h"
#include "mainwindow.h"
#include "mesheditor.h"
#include "meshmodel.h"
#include "meshscene.h"
#include "plurals.h"
#include "projectfile.h"

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
    bool askOpenFolder(const QString &) override { return false; }
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

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit()); // keep the user's recent files out of it
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("p2pvpn-bench"));
    EnglishPlurals plurals;
    QApplication::installTranslator(&plurals);

    QTemporaryDir dir;
    const QString bigFile = dir.filePath(QStringLiteral("big.p2pmesh"));
    QString error;
    if (!ProjectFile::save(bigFile, makeMesh(200, Topology::Full), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    MainWindow window(std::make_unique<SilentPrompter>());
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();

    // 1. Open: read, rebuild the scene, check, and paint the first frame.
    QElapsedTimer timer;
    timer.start();
    window.documents()->openFile(bigFile);
    QApplication::processEvents(); // the checker and the fit-to-window run from the event loop
    window.view()->viewport()->repaint();
    const double openMs = timer.nsecsElapsed() / 1e6;
    std::printf("open 200-LAN full mesh (%lld tunnels): %.0f ms (target < 2000 ms)\n",
                qlonglong(window.scene()->tunnelItemCount()), openMs);

    // 2. Drag one LAN with the mouse at a readable zoom, repainting after every move.
    MeshView *view = window.view();
    view->resetZoom();
    const LanId dragged = 1;
    view->centerOn(window.scene()->lanItem(dragged));
    QApplication::processEvents();
    view->viewport()->repaint();
    QWidget *viewport = view->viewport();
    const QPoint start = view->mapFromScene(window.scene()->lanItem(dragged)->pos());
    timer.restart();
    viewport->update();
    viewport->repaint();
    std::printf("repaint the whole view at 100%% zoom: %.2f ms\n", timer.nsecsElapsed() / 1e6);
    sendMouse(viewport, QEvent::MouseButtonPress, start, Qt::LeftButton);
    QList<double> frames;
    for (int i = 1; i <= 120; ++i) {
        const QPoint pos = start + QPoint(i * 3 % 300, i * 2 % 200);
        timer.restart();
        sendMouse(viewport, QEvent::MouseMove, pos, Qt::LeftButton);
        QApplication::processEvents();
        viewport->repaint();
        frames.append(timer.nsecsElapsed() / 1e6);
    }
    sendMouse(viewport, QEvent::MouseButtonRelease, start + QPoint(120 * 3 % 300, 120 * 2 % 200),
              Qt::NoButton);
    std::printf("drag one LAN (199 edges move), 100%% zoom: median %.2f ms, worst %.2f ms per frame (target "
                "< 16 ms)\n",
                median(frames), *std::max_element(frames.begin(), frames.end()));
    std::printf("  undo steps for the whole drag: %d\n", window.undoStack()->count());

    // The same drag zoomed out so that all 19,900 edges are on screen.
    view->zoomToFit();
    QApplication::processEvents();
    viewport->repaint();
    const QPoint start2 = view->mapFromScene(window.scene()->lanItem(dragged)->pos());
    sendMouse(viewport, QEvent::MouseButtonPress, start2, Qt::LeftButton);
    frames.clear();
    for (int i = 1; i <= 60; ++i) {
        timer.restart();
        sendMouse(viewport, QEvent::MouseMove, start2 + QPoint(i % 40, i % 30), Qt::LeftButton);
        QApplication::processEvents();
        viewport->repaint();
        frames.append(timer.nsecsElapsed() / 1e6);
    }
    sendMouse(viewport, QEvent::MouseButtonRelease, start2, Qt::NoButton);
    std::printf("drag one LAN, whole mesh in view (%.0f%% zoom): median %.2f ms, worst %.2f ms per frame\n",
                view->zoom() * 100, median(frames), *std::max_element(frames.begin(), frames.end()));
    timer.restart();
    viewport->update();
    viewport->repaint();
    std::printf("repaint the whole view with all 19,900 edges in it: %.2f ms\n", timer.nsecsElapsed() / 1e6);

    // 3. Checker + flags at 1,000 LANs: an edit that creates a clash, then one that removes it.
    for (Topology topology : {Topology::Manual, Topology::Full}) {
        if (topology == Topology::Full) {
            // A full mesh of 1,000 LANs has 499,500 tunnels; time the checker alone, without drawing them.
            Mesh mesh = makeMesh(1000, Topology::Full);
            QList<double> times;
            for (int i = 0; i < 10; ++i) {
                timer.restart();
                const QList<Finding> findings = Checker::check(mesh);
                times.append(timer.nsecsElapsed() / 1e6);
            }
            std::printf("checker alone, 1,000-LAN full mesh (499,500 tunnels): median %.2f ms\n",
                        median(times));
            Mesh manual = makeMesh(1000, Topology::Manual);
            times.clear();
            for (int i = 0; i < 10; ++i) {
                timer.restart();
                const QList<Finding> findings = Checker::check(manual);
                times.append(timer.nsecsElapsed() / 1e6);
            }
            std::printf("checker alone, 1,000-LAN manual chain: median %.2f ms\n", median(times));
            continue;
        }
        window.model()->reset(makeMesh(1000, topology));
        window.checker()->checkNow();
        QApplication::processEvents();
        QList<double> times;
        bool flagged = false;
        for (int i = 0; i < 20; ++i) {
            Lan lan = *window.model()->lan(500);
            lan.subnets = {i % 2 == 0 ? window.model()->lan(10)->subnets.first()
                                      : Cidr::fromAddress(0xc0a80000u, 24)};
            window.model()->updateLan(lan);
            timer.restart();
            window.checker()->checkNow(); // runs the checker, diffs the flags, restyles the changed cards
            times.append(timer.nsecsElapsed() / 1e6);
            const bool clash = i % 2 == 0;
            flagged = flagged || (clash && window.scene()->lanItem(500)->flagLevel() == Flag::Level::Error);
            QApplication::processEvents();
        }
        std::printf(
            "checker + flag update after an edit, 1,000 LANs (manual chain): median %.2f ms, worst %.2f ms "
            "(target < 5 ms)%s\n",
            median(times), *std::max_element(times.begin(), times.end()), flagged ? "" : " [flags missing!]");
    }
    return 0;
}
