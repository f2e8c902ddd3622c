// Editing through the real widgets: add a LAN, type subnets (good and bad), see the
// checker's findings on the canvas and in the list, undo; move with the mouse; the
// restart and stop commands of the "command" service manager.

#include "actions.h"
#include "cidrlistedit.h"
#include "designertestutil.h"
#include "findingspanel.h"
#include "livechecker.h"
#include "mesheditor.h"
#include "model/meshmodel.h"
#include "propertiespanel.h"
#include "validatedlineedit.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

using namespace p2pvpn;

class TestDesignerEditing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testutil::isolateSettings(m_config); }
    void addLanClashFlaggedThenUndo();
    void invalidSubnetNeverReachesModel_data();
    void invalidSubnetNeverReachesModel();
    void invalidNameIsMarked();
    void serviceCommandFields();
    void dragMovesMergeIntoOneUndoStep();
    void deleteAndDuplicate();
    void doubleClickAddsLanAtSpot();
    void rubberBandSelectsSeveral();
    void zoomAndPan();
    void resolveOverlapsIsOneUndoStep();

private:
    static bool hasFinding(const LiveChecker *checker, const QString &code, LanId lan)
    {
        for (const Finding &f : checker->findings())
            if (f.code == code && f.lans.contains(lan))
                return true;
        return false;
    }
    QTemporaryDir m_config;
};

void TestDesignerEditing::addLanClashFlaggedThenUndo()
{
    testutil::Window w;
    const qsizetype lansBefore = w->model()->mesh().lans.size();
    w->actions()->addLan->trigger();
    QCOMPARE(w->model()->mesh().lans.size(), lansBefore + 1);
    const LanId added = w->model()->mesh().lans.lastKey();
    QCOMPARE(w->scene()->selectedLanIds(), QList<LanId>{added});
    PropertiesPanel *panel = w->propertiesPanel();
    QCOMPARE(panel->currentLan(), added);
    QCOMPARE(panel->nameEdit()->value(), w->model()->lan(added)->name);

    // aws-us-east (ID 1) already uses 10.10.0.0/16; the new LAN asks for a part of it.
    QVERIFY(w->scene()->lanItem(1)->flagLevel() == Flag::Level::None);
    QTest::mouseClick(panel->subnetsEdit()->addButton(), Qt::LeftButton);
    QCOMPARE(panel->subnetsEdit()->rowCount(), 1);
    QLineEdit *row = panel->subnetsEdit()->row(0)->lineEdit();
    QTest::keyClicks(row, QStringLiteral("10.10.64.0/18"));
    QVERIFY(panel->subnetsEdit()->row(0)->isValid());
    QTest::keyClick(row, Qt::Key_Return);
    QCOMPARE(w->model()->lan(added)->subnets, QList<Cidr>{Cidr::parse(QStringLiteral("10.10.64.0/18"))});

    QTRY_VERIFY(hasFinding(w->checker(), QStringLiteral("subnet-overlap"), added));
    QVERIFY(hasFinding(w->checker(), QStringLiteral("subnet-overlap"), 1));
    QCOMPARE(w->scene()->lanItem(added)->flagLevel(), Flag::Level::Error);
    QCOMPARE(w->scene()->lanItem(1)->flagLevel(), Flag::Level::Error);
    QVERIFY(w->scene()->lanItem(1)->toolTip().contains(QLatin1String("10.10.64.0/18")));
    QVERIFY(!w->findingsPanel()
                 ->list()
                 ->findItems(QStringLiteral("subnet-overlap"), Qt::MatchExactly, 2)
                 .isEmpty());
    QVERIFY(w->findingsSummary()->text().contains(QLatin1String("error")));

    // Clicking the finding selects both LANs it names.
    QTreeWidgetItem *item =
        w->findingsPanel()->list()->findItems(QStringLiteral("subnet-overlap"), Qt::MatchExactly, 2).first();
    QTreeWidget *list = w->findingsPanel()->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(w->scene()->selectedLanIds(), (QList<LanId>{1, added}));

    w->actions()->undo->trigger();
    QVERIFY(w->model()->lan(added)->subnets.isEmpty());
    QTRY_VERIFY(!hasFinding(w->checker(), QStringLiteral("subnet-overlap"), 1));
    QCOMPARE(w->scene()->lanItem(1)->flagLevel(), Flag::Level::None);
    QVERIFY(w->scene()->lanItem(1)->toolTip().isEmpty());
    QVERIFY(w->findingsPanel()
                ->list()
                ->findItems(QStringLiteral("subnet-overlap"), Qt::MatchExactly, 2)
                .isEmpty());

    w->actions()->redo->trigger();
    QTRY_COMPARE(w->scene()->lanItem(1)->flagLevel(), Flag::Level::Error);
}

void TestDesignerEditing::invalidSubnetNeverReachesModel_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("host bits set") << QStringLiteral("10.10.0.1/16");
    QTest::newRow("octet too large") << QStringLiteral("10.300.0.0/16");
    QTest::newRow("prefix too long") << QStringLiteral("10.0.0.0/33");
    QTest::newRow("not an address") << QStringLiteral("office-net");
    QTest::newRow("leading zero") << QStringLiteral("10.01.0.0/16");
}

void TestDesignerEditing::invalidSubnetNeverReachesModel()
{
    QFETCH(QString, typed);
    testutil::Window w;
    w->scene()->selectLans({3}); // office, 192.168.10.0/24
    PropertiesPanel *panel = w->propertiesPanel();
    QCOMPARE(panel->currentLan(), 3);
    const Lan before = *w->model()->lan(3);
    const int commands = w->undoStack()->count();

    ValidatedLineEdit *row = panel->subnetsEdit()->row(0);
    row->lineEdit()->selectAll();
    QTest::keyClicks(row->lineEdit(), typed);
    QVERIFY(!row->isValid());
    QVERIFY(!row->error().isEmpty());
    QVERIFY(row->lineEdit()->property("invalid").toBool());
    QTest::keyClick(row->lineEdit(), Qt::Key_Return);
    QCOMPARE(*w->model()->lan(3), before);
    QCOMPARE(w->undoStack()->count(), commands);

    // Fixing the text clears the mark and commits once.
    row->lineEdit()->selectAll();
    QTest::keyClicks(row->lineEdit(), QStringLiteral("192.168.20.0/24"));
    QVERIFY(row->isValid());
    QVERIFY(!row->lineEdit()->property("invalid").toBool());
    QTest::keyClick(row->lineEdit(), Qt::Key_Return);
    QCOMPARE(w->model()->lan(3)->subnets, QList<Cidr>{Cidr::parse(QStringLiteral("192.168.20.0/24"))});
    QCOMPARE(w->undoStack()->count(), commands + 1);
}

void TestDesignerEditing::invalidNameIsMarked()
{
    testutil::Window w;
    w->scene()->selectLans({2});
    ValidatedLineEdit *name = w->propertiesPanel()->nameEdit();
    name->lineEdit()->selectAll();
    QTest::keyClicks(name->lineEdit(), QStringLiteral("EU West"));
    QVERIFY(!name->isValid());
    QVERIFY(name->error().contains(QLatin1String("EU West")));
    QTest::keyClick(name->lineEdit(), Qt::Key_Return);
    QCOMPARE(w->model()->lan(2)->name, QStringLiteral("aws-eu-west"));
    QCOMPARE(w->undoStack()->count(), 0);
}

void TestDesignerEditing::serviceCommandFields()
{
    testutil::Window w;
    w->propertiesDock()->raise();
    w->scene()->selectLans({3}); // office, systemd
    PropertiesPanel *panel = w->propertiesPanel();
    ValidatedLineEdit *restart = panel->restartCommandEdit();
    ValidatedLineEdit *stop = panel->stopCommandEdit();
    QVERIFY(!restart->isVisibleTo(panel) && !stop->isVisibleTo(panel)); // systemd needs neither

    QComboBox *box = panel->serviceManagerBox();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down); // the way a user picks the next entry
    QVERIFY(w->model()->lan(3)->deploy.serviceManager == ServiceManager::Command);
    QVERIFY(restart->isVisibleTo(panel) && stop->isVisibleTo(panel));
    // No restart command yet: the field says so at once, and the checker reports it.
    QVERIFY(!restart->isValid());
    QVERIFY2(restart->error().contains(QLatin1String("restart command")), qPrintable(restart->error()));
    QVERIFY(stop->isValid()); // optional, but warned about
    QTRY_VERIFY(hasFinding(w->checker(), QStringLiteral("restart-command-missing"), 3));
    QVERIFY(hasFinding(w->checker(), QStringLiteral("stop-command-missing"), 3));
    QCOMPARE(w->scene()->lanItem(3)->flagLevel(), Flag::Level::Error);

    // A control character (as a pasted line break brings) is refused and never reaches the model.
    QTest::keyClicks(restart->lineEdit(), QStringLiteral("/usr/local/sbin/tunnel"));
    restart->lineEdit()->insert(QString(QChar(0x07)));
    QTest::keyClick(restart->lineEdit(), Qt::Key_Return);
    QVERIFY(!restart->isValid());
    QVERIFY(w->model()->lan(3)->deploy.restartCommand.isEmpty());

    restart->lineEdit()->selectAll();
    QTest::keyClicks(restart->lineEdit(), QStringLiteral("/usr/local/sbin/tunnel restart"));
    QVERIFY(restart->isValid());
    QTest::keyClick(restart->lineEdit(), Qt::Key_Return);
    QCOMPARE(w->model()->lan(3)->deploy.restartCommand, QStringLiteral("/usr/local/sbin/tunnel restart"));
    QTest::keyClicks(stop->lineEdit(), QStringLiteral("/usr/local/sbin/tunnel stop"));
    QTest::keyClick(stop->lineEdit(), Qt::Key_Return);
    QCOMPARE(w->model()->lan(3)->deploy.stopCommand, QStringLiteral("/usr/local/sbin/tunnel stop"));
    QTRY_COMPARE(w->scene()->lanItem(3)->flagLevel(), Flag::Level::None);
    QCOMPARE(w->undoStack()->count(), 3); // the service manager, then each command

    w->actions()->undo->trigger();
    w->actions()->undo->trigger();
    QVERIFY(w->model()->lan(3)->deploy.restartCommand.isEmpty());
    QCOMPARE(restart->value(), QString());
    QTRY_VERIFY(hasFinding(w->checker(), QStringLiteral("restart-command-missing"), 3));
    w->actions()->undo->trigger();
    QVERIFY(w->model()->lan(3)->deploy.serviceManager == ServiceManager::Systemd);
    QVERIFY(!restart->isVisibleTo(panel));
}

void TestDesignerEditing::dragMovesMergeIntoOneUndoStep()
{
    testutil::Window w;
    QWidget *viewport = w->view()->viewport();
    const QPointF original = w->model()->lan(1)->position;

    auto drag = [&](const QPoint &by) {
        const QPoint start = w.lanPoint(1);
        QTest::mousePress(viewport, Qt::LeftButton, {}, start);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(viewport, start + by * step / 5);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + by);
    };
    const double zoom = w->view()->zoom();
    drag(QPoint(int(100 * zoom), int(60 * zoom)));
    const QPointF afterFirst = w->model()->lan(1)->position;
    QVERIFY(afterFirst != original);
    QCOMPARE(w->undoStack()->count(), 1);
    // Snap to grid is on: the moved LAN lands on the grid.
    QCOMPARE(std::fmod(afterFirst.x(), MeshScene::gridSize), 0.0);
    QCOMPARE(std::fmod(afterFirst.y(), MeshScene::gridSize), 0.0);

    drag(QPoint(int(-40 * zoom), int(120 * zoom)));
    QVERIFY(w->model()->lan(1)->position != afterFirst);
    QCOMPARE(w->undoStack()->count(), 1); // the second move of the same LAN merged into the first

    QTest::keyClick(viewport, Qt::Key_Right);
    QCOMPARE(w->undoStack()->count(), 1);

    w->actions()->undo->trigger();
    QCOMPARE(w->model()->lan(1)->position, original);
    QCOMPARE(w->scene()->lanItem(1)->pos(), original);
    QVERIFY(!w->isWindowModified());
}

void TestDesignerEditing::deleteAndDuplicate()
{
    testutil::Window w;
    const Mesh original = w->model()->mesh();
    w->scene()->selectLans({3, 4});
    w->actions()->duplicate->trigger();
    QCOMPARE(w->model()->mesh().lans.size(), original.lans.size() + 2);
    QVERIFY(w->model()->mesh().lanByName(QStringLiteral("office-copy")));
    QVERIFY(w->model()->mesh().lanByName(QStringLiteral("datacenter-copy")));
    QCOMPARE(w->undoStack()->count(), 1);
    // The copies use the same subnets: the checker says so.
    const LanId copy = w->model()->mesh().lanByName(QStringLiteral("office-copy"))->id;
    QTRY_VERIFY(hasFinding(w->checker(), QStringLiteral("subnet-overlap"), copy));

    w->scene()->selectLans({1, 3});
    w->actions()->remove->trigger();
    QVERIFY(!w->model()->lan(1) && !w->model()->lan(3));
    QVERIFY(!w->scene()->lanItem(1));
    QCOMPARE(w->scene()->tunnelItemCount(), qsizetype(4 * 3 / 2));
    w->actions()->undo->trigger();
    w->actions()->undo->trigger();
    QCOMPARE(w->model()->mesh().lans, original.lans); // IDs are never reused, so nextLanId stays ahead
    QCOMPARE(w->scene()->tunnelItemCount(), qsizetype(6));
}

void TestDesignerEditing::doubleClickAddsLanAtSpot()
{
    testutil::Window w;
    QWidget *viewport = w->view()->viewport();
    // Between the two upper LANs there is empty canvas.
    const QPoint spot = (w.lanPoint(1) + w.lanPoint(2)) / 2 + QPoint(0, -60);
    QVERIFY(!w->scene()->itemAt(w->view()->mapToScene(spot), QTransform()) ||
            w->scene()->itemAt(w->view()->mapToScene(spot), QTransform())->type() != LanItem::Type);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, spot);
    QCOMPARE(w->model()->mesh().lans.size(), 5);
    const Lan &added = w->model()->mesh().lans.last();
    QCOMPARE(added.name, QStringLiteral("lan-1"));
    const QPointF scenePos = w->view()->mapToScene(spot);
    QVERIFY(QLineF(added.position, scenePos).length() <= MeshScene::gridSize);
    QCOMPARE(w->scene()->selectedLanIds(), QList<LanId>{added.id});
    QCOMPARE(w->undoStack()->count(), 1);
}

void TestDesignerEditing::rubberBandSelectsSeveral()
{
    testutil::Window w;
    QWidget *viewport = w->view()->viewport();
    // From above-left of office (3) to below-right of datacenter (4), starting on empty canvas.
    const QRectF cards = w->scene()->lansRect({3, 4});
    const QPoint from = w->view()->mapFromScene(cards.topLeft() + QPointF(-30, -30));
    const QPoint to = w->view()->mapFromScene(cards.bottomRight() + QPointF(30, 30));
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 8; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / 8);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(w->scene()->selectedLanIds(), (QList<LanId>{3, 4}));
    QVERIFY(w->actions()->duplicate->isEnabled());
    // Ctrl+click adds a third.
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, w.lanPoint(1));
    QCOMPARE(w->scene()->selectedLanIds(), (QList<LanId>{1, 3, 4}));
}

void TestDesignerEditing::zoomAndPan()
{
    testutil::Window w;
    MeshView *view = w->view();
    QWidget *viewport = view->viewport();
    const double fitted = view->zoom();

    // Ctrl+wheel zooms in and keeps the scene point under the cursor where it was.
    const QPoint cursor = w.lanPoint(2);
    const QPointF under = view->mapToScene(cursor);
    QWheelEvent wheel(QPointF(cursor), QPointF(viewport->mapToGlobal(cursor)), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &wheel);
    QVERIFY(view->zoom() > fitted * 1.2);
    QVERIFY(QLineF(view->mapToScene(cursor), under).length() < 2 / view->zoom());

    w->actions()->zoomOut->trigger();
    w->actions()->zoomOut->trigger();
    QVERIFY(view->zoom() < fitted);
    w->actions()->zoomFit->trigger();
    const QRectF visible = view->mapToScene(viewport->rect()).boundingRect();
    QVERIFY(visible.contains(w->scene()->contentRect()));

    // Middle-button drag pans by the distance dragged.
    w->actions()->zoomReset->trigger();
    const QPointF centre = view->mapToScene(viewport->rect().center());
    QTest::mousePress(viewport, Qt::MiddleButton, {}, QPoint(400, 300));
    QTest::mouseMove(viewport, QPoint(300, 250));
    QTest::mouseRelease(viewport, Qt::MiddleButton, {}, QPoint(300, 250));
    const QPointF moved = view->mapToScene(viewport->rect().center()) - centre;
    QVERIFY2(qAbs(moved.x() - 100) <= 1 && qAbs(moved.y() - 50) <= 1,
             qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    // Space + left drag pans too, and does not start a rubber band or move anything.
    const Mesh before = w->model()->mesh();
    QTest::keyPress(viewport, Qt::Key_Space);
    QTest::mousePress(viewport, Qt::LeftButton, {}, QPoint(300, 250));
    QTest::mouseMove(viewport, QPoint(350, 250));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(350, 250));
    QTest::keyRelease(viewport, Qt::Key_Space);
    QVERIFY(qAbs(view->mapToScene(viewport->rect().center()).x() - (centre.x() + 50)) <= 1);
    QCOMPARE(w->model()->mesh(), before);
}

// Two LANs on the same subnet (as two AWS default VPCs are): Mesh > Resolve Overlaps with Aliases gives
// both an alias in one undo step, the clash flags go, the cards grow a line for the alias.
void TestDesignerEditing::resolveOverlapsIsOneUndoStep()
{
    testutil::Window w;
    Lan office = *w->model()->lan(3);
    office.subnets = w->model()->lan(1)->subnets; // aws-us-east's 10.10.0.0/16
    w->editor()->updateLan(office);
    QTRY_VERIFY(hasFinding(w->checker(), QStringLiteral("subnet-overlap"), 3));
    const int undoBefore = w->undoStack()->index();
    const qreal cardBefore = w->scene()->lanItem(3)->boundingRect().height();

    w->actions()->resolveOverlaps->trigger();
    QVERIFY(w.log.errors.isEmpty());
    QCOMPARE(w->undoStack()->index(), undoBefore + 1);
    QCOMPARE(w->model()->lan(1)->aliases.size(), 1);
    QCOMPARE(w->model()->lan(3)->aliases.size(), 1);
    QVERIFY(w->model()->lan(1)->aliases.first() != w->model()->lan(3)->aliases.first());
    w->checker()->checkNow();
    QVERIFY(!hasFinding(w->checker(), QStringLiteral("subnet-overlap"), 3));
    QCOMPARE(w->scene()->lanItem(3)->flagLevel(), Flag::Level::None);
    QVERIFY(w->scene()->lanItem(3)->boundingRect().height() > cardBefore); // "→ alias" under the subnet
    const QString alias = w->model()->lan(3)->aliases.first().toString();
    QVERIFY2(w->scene()->lanItem(3)->toolTip().contains(QLatin1String("reach 10.10.0.0/16 as ") + alias),
             qPrintable(w->scene()->lanItem(3)->toolTip()));
    QCOMPARE(w->scene()->selectedLanIds().size(), 2);

    // Typed in the Properties panel: "subnet = alias" sets (or changes) the alias.
    w->scene()->selectLans({3});
    QLineEdit *row = w->propertiesPanel()->subnetsEdit()->row(0)->lineEdit();
    QCOMPARE(row->text(), QStringLiteral("10.10.0.0/16 = ") + alias);
    row->selectAll();
    QTest::keyClicks(row, QStringLiteral("10.10.0.0/16=100.90.0.0"));
    QVERIFY(!w->propertiesPanel()->subnetsEdit()->row(0)->isValid()); // host bits set: not yet
    QTest::keyClicks(row, QStringLiteral("/16"));
    QVERIFY(w->propertiesPanel()->subnetsEdit()->row(0)->isValid());
    QTest::keyClick(row, Qt::Key_Return);
    QCOMPARE(w->model()->lan(3)->aliases.value(Cidr::parse(QStringLiteral("10.10.0.0/16"))),
             Cidr::parse(QStringLiteral("100.90.0.0/16")));

    // Editing the subnet away drops its alias with it.
    Lan edited = *w->model()->lan(3);
    edited.subnets = {Cidr::parse(QStringLiteral("10.77.0.0/16"))};
    w->editor()->updateLan(edited);
    QVERIFY(w->model()->lan(3)->aliases.isEmpty());

    w->undoStack()->undo();
    w->undoStack()->undo();
    w->undoStack()->undo();
    QVERIFY(w->model()->lan(1)->aliases.isEmpty());
    QVERIFY(w->model()->lan(3)->aliases.isEmpty());
    w->checker()->checkNow();
    QVERIFY(hasFinding(w->checker(), QStringLiteral("subnet-overlap"), 3));
}

QTEST_MAIN(TestDesignerEditing)
#include "tst_designer_editing.moc"
