// Manual topology through the real widgets: switch the mesh to manual links in the
// settings panel, draw a link by dragging from one LAN to another, select and delete it.
// A finding about a tunnel flags its edge, not its LANs.

#include "actions.h"
#include "designertestutil.h"
#include "findingspanel.h"
#include "livechecker.h"
#include "mesheditor.h"
#include "meshsettingspanel.h"
#include "model/meshmodel.h"
#include "tunnelitem.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace p2pvpn;

class TestDesignerLinks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testutil::isolateSettings(m_config); }
    void drawLinkByMouse_data();
    void drawLinkByMouse();
    void selectAndDeleteLink();
    void fullMeshDrawsEveryPair();
    void tunnelFindingFlagsTheEdge();

private:
    static void switchToManual(testutil::Window &w)
    {
        QComboBox *box = w->settingsPanel()->topologyBox();
        w->settingsDock()->raise();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down); // the way a user picks the next entry
        QVERIFY(w->model()->mesh().topology == Topology::Manual);
    }
    static void dragBetween(testutil::Window &w, LanId from, LanId to)
    {
        QWidget *viewport = w->view()->viewport();
        const QPoint a = w.lanPoint(from), b = w.lanPoint(to);
        QTest::mousePress(viewport, Qt::LeftButton, {}, a);
        for (int step = 1; step <= 6; ++step)
            QTest::mouseMove(viewport, a + (b - a) * step / 6);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, b);
    }
    QTemporaryDir m_config;
};

void TestDesignerLinks::drawLinkByMouse_data()
{
    QTest::addColumn<LanId>("from");
    QTest::addColumn<LanId>("to");
    QTest::newRow("left to right") << LanId(1) << LanId(2);
    QTest::newRow("diagonal, larger ID first") << LanId(4) << LanId(1);
}

void TestDesignerLinks::drawLinkByMouse()
{
    QFETCH(LanId, from);
    QFETCH(LanId, to);
    testutil::Window w;
    QVERIFY(!w->actions()->drawLinks->isEnabled()); // full mesh: nothing to draw
    switchToManual(w);
    QCOMPARE(w->scene()->tunnelItemCount(), 0);
    QVERIFY(w->actions()->drawLinks->isEnabled());
    w->actions()->drawLinks->trigger();
    QVERIFY(w->scene()->linkMode());
    const QPointF fromPos = w->model()->lan(from)->position;

    dragBetween(w, from, to);
    const LinkKey link(from, to);
    QVERIFY(w->model()->mesh().links.contains(link));
    QCOMPARE(w->model()->mesh().links.size(), 1);
    QVERIFY(w->scene()->tunnelItem(link));
    QCOMPARE(w->model()->lan(from)->position, fromPos); // in link mode a drag does not move the LAN

    // Dropping on empty canvas or on the LAN itself draws nothing.
    QWidget *viewport = w->view()->viewport();
    const QPoint a = w.lanPoint(from);
    QTest::mousePress(viewport, Qt::LeftButton, {}, a);
    QTest::mouseMove(viewport, a + QPoint(5, 200));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, a + QPoint(5, 200));
    QCOMPARE(w->model()->mesh().links.size(), 1);

    w->actions()->undo->trigger();
    QVERIFY(w->model()->mesh().links.isEmpty());
    QVERIFY(!w->scene()->tunnelItem(link));
    w->actions()->redo->trigger();
    QVERIFY(w->scene()->tunnelItem(link));

    QTest::keyClick(viewport, Qt::Key_Escape); // leaves link drawing
    QVERIFY(!w->scene()->linkMode());
    QVERIFY(!w->actions()->drawLinks->isChecked());
}

void TestDesignerLinks::selectAndDeleteLink()
{
    testutil::Window w;
    switchToManual(w);
    w->actions()->drawLinks->trigger();
    dragBetween(w, 1, 3);
    dragBetween(w, 3, 4);
    QCOMPARE(w->model()->mesh().links.size(), 2);
    QTRY_VERIFY(
        std::none_of(w->checker()->findings().begin(), w->checker()->findings().end(), [](const Finding &f) {
            return f.code == QLatin1String("lan-unreachable") && f.lans.contains(3);
        }));
    w->actions()->drawLinks->trigger();
    QVERIFY(!w->scene()->linkMode());

    // Click the middle of the 1-3 edge, then Delete.
    const QPoint middle = (w.lanPoint(1) + w.lanPoint(3)) / 2;
    QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, {}, middle);
    QCOMPARE(w->scene()->selectedLinks(), QList<LinkKey>{LinkKey(1, 3)});
    QVERIFY(w->actions()->remove->isEnabled());
    w->actions()->remove->trigger();
    QCOMPARE(w->model()->mesh().links, QSet<LinkKey>{LinkKey(3, 4)});
    QVERIFY(!w->scene()->tunnelItem(LinkKey(1, 3)));
    w->actions()->undo->trigger();
    QVERIFY(w->model()->mesh().links.contains(LinkKey(1, 3)));
}

void TestDesignerLinks::fullMeshDrawsEveryPair()
{
    testutil::Window w;
    QCOMPARE(w->scene()->tunnelItemCount(), 6);
    w->actions()->addLan->trigger();
    QCOMPARE(w->scene()->tunnelItemCount(), 10);
    // Implied tunnels cannot be picked: a click on one selects nothing.
    const QPoint middle = (w.lanPoint(1) + w.lanPoint(3)) / 2;
    QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, {}, middle);
    QVERIFY(w->scene()->selectedLinks().isEmpty());
}

void TestDesignerLinks::tunnelFindingFlagsTheEdge()
{
    testutil::Window w;
    // Numbers kept from an earlier export for aws-us-east to office (1-3), outside the transit pool.
    const LinkKey stale(1, 3);
    w->checker()->checkNow(); // nothing pending: the allocations alone must bring the next check
    w->model()->setAllocations(
        {{stale, TunnelAllocation{Cidr::parse(QStringLiteral("10.99.0.0/30")), 1194, 1194}}});
    TunnelItem *edge = w->scene()->tunnelItem(stale);
    QTRY_COMPARE(edge->flagLevel(), Flag::Level::Warning);
    QVERIFY2(edge->toolTip().contains(QLatin1String("to renumber")), qPrintable(edge->toolTip()));
    QCOMPARE(w->scene()->tunnelItem(LinkKey(1, 2))->flagLevel(), Flag::Level::None);
    QCOMPARE(w->scene()->lanItem(1)->flagLevel(), Flag::Level::None); // the tunnel's finding, not its LANs'

    // Clicking the finding brings the tunnel into view.
    w->view()->centreOn(w->scene()->lansRect({2}).adjusted(-2000, -2000, -1900, -1900));
    QTreeWidget *list = w->findingsPanel()->list();
    const QList<QTreeWidgetItem *> rows =
        list->findItems(QStringLiteral("tunnel-renumbered"), Qt::MatchExactly, 2);
    QCOMPARE(rows.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(rows.first()).center());
    const QRectF visible = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(edge->sceneBoundingRect().center()));

    // A pool that holds the kept numbers again (an undoable settings edit) clears the flag.
    MeshSettings settings = w->model()->mesh().settings;
    settings.transitPool = Cidr::parse(QStringLiteral("10.99.0.0/24"));
    w->editor()->setSettings(settings);
    QTRY_COMPARE(edge->flagLevel(), Flag::Level::None);
    QVERIFY(edge->toolTip().isEmpty());
    w->actions()->undo->trigger();
    QTRY_COMPARE(edge->flagLevel(), Flag::Level::Warning);
}

QTEST_MAIN(TestDesignerLinks)
#include "tst_designer_links.moc"
