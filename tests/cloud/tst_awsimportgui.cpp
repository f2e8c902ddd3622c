// File > Import from AWS… in the real designer window (offscreen): the dialog is filled in and accepted
// as a user would, the VPCs arrive as LANs in one undo step, laid out, and the live checker flags the
// VPCs without a gateway at once; a bad file is refused with its JSON path and changes nothing.

#include "actions.h"
#include "awsimportcontroller.h"
#include "awsimportdialog.h"
#include "documentcontroller.h"
#include "livechecker.h"
#include "mainwindow.h"

#include "model/meshmodel.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace p2pvpn;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(P2PVPN_AWS_FIXTURES "/%1").arg(QLatin1String(name));
}

// Runs `act` on the next modal dialog of type T once it is shown.
template <typename T, typename F> void whenModal(F act)
{
    QTimer::singleShot(0, [act] {
        QTRY_VERIFY(qobject_cast<T *>(QApplication::activeModalWidget()));
        act(qobject_cast<T *>(QApplication::activeModalWidget()));
    });
}

} // namespace

class TestAwsImportGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importThroughTheMenu();
    void badFileChangesNothing();

private:
    QTemporaryDir m_settings;
};

void TestAwsImportGui::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_settings.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", (m_settings.path() + QLatin1String("/data")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("p2pvpn-tests"));
}

void TestAwsImportGui::importThroughTheMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.documents()->newDocument());
    // The action is in the File menu.
    QAction *import = window.actions()->importAws;
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.first()->menu()->actions().contains(import));

    QString shown;
    whenModal<AwsImportDialog>([&](AwsImportDialog *dialog) {
        dialog->setPath(AwsImportDialog::Vpcs, fixture("vpcs.json"));
        dialog->setPath(AwsImportDialog::Instances, fixture("instances.json"));
        dialog->setPath(AwsImportDialog::RouteTables, fixture("route-tables.json"));
        whenModal<QMessageBox>([&](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        dialog->accept();
    });
    import->trigger();
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QLatin1String("added prod-east (vpc-0a1b2c3d4e5f60001)")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("note: prod-east-2 (vpc-1a2b3c4d): no instance is tagged")),
             qPrintable(shown));

    const Mesh &mesh = window.model()->mesh();
    QCOMPARE(mesh.lans.size(), 4);
    QCOMPARE(mesh.lanByName(QStringLiteral("prod-east"))->aws.networkInterfaceId,
             QStringLiteral("eni-0aaaaaaaaaaaa0001"));
    QSet<std::pair<double, double>> spots;
    for (const Lan &lan : mesh.lans)
        spots.insert({lan.position.x(), lan.position.y()});
    QCOMPARE(spots.size(), 4); // laid out
    // Checked at once: the two VPCs without a gateway have no endpoint.
    QTRY_VERIFY(std::count_if(window.checker()->findings().cbegin(), window.checker()->findings().cend(),
                              [](const Finding &f) { return f.code == QLatin1String("endpoint-invalid"); }) ==
                2);
    // One undo step takes it all back.
    window.undoStack()->undo();
    QCOMPARE(window.model()->mesh().lans.size(), 0);
    window.undoStack()->redo();
    QCOMPARE(window.model()->mesh().lans.size(), 4);
    QCOMPARE(window.model()->mesh().lanByName(QStringLiteral("prod-east"))->id,
             mesh.lanByName(QStringLiteral("prod-east"))->id);
}

void TestAwsImportGui::badFileChangesNothing()
{
    MeshModel model;
    QUndoStack stack;
    AwsImportController controller(&model, &stack, nullptr);
    QString message;
    QVERIFY(!controller.importFiles({fixture("instances.json")}, QString(), &message));
    QVERIFY2(message.contains(QLatin1String("instances.json: Vpcs: missing")), qPrintable(message));
    QVERIFY(!controller.importFiles({fixture("vpcs.json")}, QStringLiteral("nowhere"), &message));
    QVERIFY2(message.contains(QLatin1String("--region")), qPrintable(message));
    QCOMPARE(stack.count(), 0);
    QVERIFY(model.mesh().lans.isEmpty());
    // The dialog's Import button waits for the VPCs file.
    AwsImportDialog dialog;
    QPushButton *importButton = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == AwsImportDialog::tr("&Import"))
            importButton = b;
    QVERIFY(importButton);
    QVERIFY(!importButton->isEnabled());
    dialog.setPath(AwsImportDialog::Vpcs, fixture("vpcs.json"));
    QVERIFY(importButton->isEnabled());
}

QTEST_MAIN(TestAwsImportGui)
#include "tst_awsimportgui.moc"
