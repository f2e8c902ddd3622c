// "Export Bundles…" through the real window: refused while the checker reports errors,
// otherwise the mesh is saved, the core exporter writes the chosen forms, the tunnels'
// allocations are kept in the document, and a second export does not renumber them.

#include "actions.h"
#include "bundleexportcontroller.h"
#include "designertestutil.h"
#include "generate/generatejob.h"
#include "keys/keystore.h"
#include "mesheditor.h"
#include "model/meshmodel.h"
#include "model/projectfile.h"
#include "saveblocker.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace p2pvpn;

class TestDesignerExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testutil::isolateSettings(m_config); }
    void refusedWhileErrors();
    void writesChosenForms_data();
    void writesChosenForms();
    void cancelledChoiceWritesNothing();
    void failedSaveKeepsTheDocumentModified();

private:
    QTemporaryDir m_config;
};

void TestDesignerExport::refusedWhileErrors()
{
    QTemporaryDir dir;
    testutil::Window w;
    Lan office = *w->model()->lan(3);
    office.subnets = {Cidr::parse(QStringLiteral("10.10.0.0/24"))}; // inside aws-us-east's 10.10.0.0/16
    w->editor()->updateLan(office);
    w.prompter->nextFileName = dir.filePath(QStringLiteral("m.p2pmesh"));
    w.prompter->exportChoice = ExportOptions{dir.filePath(QStringLiteral("out")), {}, true, true, true, {}};
    w->actions()->exportBundles->trigger();
    QCOMPARE(w.log.errors.size(), 1);
    QVERIFY2(w.log.errors.first().contains(QLatin1String("10.10.0.0/24")), qPrintable(w.log.errors.first()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("m.p2pmesh")))); // refused before saving
    QVERIFY(w.log.exportMessages.isEmpty());
}

void TestDesignerExport::writesChosenForms_data()
{
    QTest::addColumn<bool>("folders");
    QTest::addColumn<bool>("gatewayZips");
    QTest::addColumn<bool>("meshZip");
    QTest::newRow("a zip per gateway") << false << true << false;
    QTest::newRow("one zip") << false << false << true;
    QTest::newRow("everything") << true << true << true;
}

void TestDesignerExport::writesChosenForms()
{
    QFETCH(bool, folders);
    QFETCH(bool, gatewayZips);
    QFETCH(bool, meshZip);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("corp.p2pmesh"));
    const QString out = dir.filePath(QStringLiteral("bundles"));
    testutil::Window w;
    w.prompter->nextFileName = project; // the untitled example is saved first
    w.prompter->exportChoice = ExportOptions{out, {}, folders, gatewayZips, meshZip, {}};
    QVERIFY(w->model()->mesh().allocations.isEmpty());

    w->actions()->exportBundles->trigger();
    QVERIFY2(w.log.errors.isEmpty(), qPrintable(w.log.errors.join(QLatin1Char('\n'))));
    QCOMPARE(w->documents()->filePath(), project);
    QVERIFY(QFileInfo(KeyStore::directoryFor(project)).isDir());
    QCOMPARE(w.log.exportMessages.size(), 1);
    QVERIFY(w.log.exportMessages.first().contains(QLatin1String("4 gateway bundles")));

    const Mesh &mesh = w->model()->mesh();
    for (const Lan &lan : mesh.lans) {
        QCOMPARE(QFileInfo(QDir(out).filePath(lan.name)).isDir(), folders);
        const QString zip = QDir(out).filePath(lan.name + QLatin1String(".zip"));
        QCOMPARE(QFileInfo::exists(zip), gatewayZips);
        if (gatewayZips) {
            QFile file(zip);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(4) == QByteArray("PK\x03\x04", 4));
        }
    }
    const QString all = QDir(out).filePath(GenerateJob::meshZipName(mesh));
    QCOMPARE(QFileInfo::exists(all), meshZip);
    if (meshZip) {
        QFile file(all);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const Lan &lan : mesh.lans) // every gateway's folder is named in the zip's directory
            QVERIFY2(bytes.contains((lan.name + QLatin1Char('/')).toUtf8()), qPrintable(lan.name));
    }
    QCOMPARE(w->bundles()->lastWritten().isEmpty(), false);

    // The tunnels' transit nets and ports are now part of the saved document.
    QCOMPARE(mesh.allocations.size(), 6);
    QVERIFY(!w->isWindowModified());
    Mesh saved;
    QString error;
    QVERIFY(ProjectFile::load(project, &saved, &error));
    QCOMPARE(saved.allocations, mesh.allocations);

    // Exporting again, after adding a LAN, keeps every existing tunnel's numbers.
    const auto before = mesh.allocations;
    const LanId added = w->editor()->addLan(QPointF(0, 400));
    Lan lan = *w->model()->lan(added);
    lan.subnets = {Cidr::parse(QStringLiteral("10.30.0.0/16"))};
    lan.endpoint = QStringLiteral("vpn-new.example.com");
    w->editor()->updateLan(lan);
    w->actions()->exportBundles->trigger();
    QVERIFY2(w.log.errors.isEmpty(), qPrintable(w.log.errors.join(QLatin1Char('\n'))));
    QCOMPARE(w->model()->mesh().allocations.size(), 10);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(w->model()->mesh().allocations.value(it.key()), it.value());
}

void TestDesignerExport::cancelledChoiceWritesNothing()
{
    QTemporaryDir dir;
    testutil::Window w;
    w.prompter->nextFileName = dir.filePath(QStringLiteral("c.p2pmesh"));
    w.prompter->exportChoice.reset(); // the user cancels the export dialog
    QVERIFY(!w->bundles()->exportBundles());
    QVERIFY(w.log.exportMessages.isEmpty());
    QVERIFY(w.log.errors.isEmpty());
    QVERIFY(w->model()->mesh().allocations.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
}

// The bundles carry new tunnel numbers; when they cannot be saved into the project the user is told and
// the document stays modified with them, so closing asks to save instead of losing them.
void TestDesignerExport::failedSaveKeepsTheDocumentModified()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("corp.p2pmesh"));
    testutil::Window w;
    w.prompter->nextFileName = project;
    QVERIFY(w->documents()->save());
    const QByteArray before = [&] {
        QFile file(project);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    test::SaveBlocker blocked(project);
    if (!blocked.isActive())
        QSKIP(qPrintable(test::SaveBlocker::whyNot()));
    w.prompter->exportChoice = ExportOptions{dir.filePath(QStringLiteral("out")), {}, true, false, false, {}};

    QVERIFY(!w->bundles()->exportBundles());
    QCOMPARE(w.log.errors.size(), 1);
    QVERIFY2(w.log.errors.first().contains(project), qPrintable(w.log.errors.first()));
    QVERIFY(w.log.exportMessages.isEmpty()); // no "written, open the folder?" as if all went well
    QCOMPARE(w->model()->mesh().allocations.size(), 6);
    QVERIFY(w->documents()->isModified());
    QVERIFY(w->isWindowModified());

    blocked.release();
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before); // the failed save left the old file
    file.close();
    QVERIFY(w->documents()->save());
    QVERIFY(!w->documents()->isModified());
    Mesh saved;
    QString error;
    QVERIFY(ProjectFile::load(project, &saved, &error));
    QCOMPARE(saved.allocations, w->model()->mesh().allocations);
}

QTEST_MAIN(TestDesignerExport)
#include "tst_designer_export.moc"
