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
#include "testfiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace p2pvpn;

namespace {

// The document holds `count` tunnel allocations, is saved, and the project file holds the same ones.
void verifySavedAllocations(const testutil::Window &w, const QString &project, int count)
{
    QCOMPARE(w->model()->mesh().allocations.size(), count);
    QVERIFY(!w->isWindowModified());
    Mesh saved;
    QString error;
    QVERIFY2(ProjectFile::load(project, &saved, &error), qPrintable(error));
    QCOMPARE(saved.allocations, w->model()->mesh().allocations);
}

} // namespace

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
    void exportsForAnsible();
    void ansibleVaultEncryptsTheConfigs();
    void ansibleRefusesExecutablePasswordFile();
    void ansibleRefusesForeignFolder();

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

    w.prompter->ansibleChoice = AnsibleExportChoice{dir.filePath(QStringLiteral("ansible")), {}, 1};
    w->actions()->exportAnsible->trigger();
    QCOMPARE(w.log.errors.size(), 2);
    QVERIFY2(w.log.errors.last().contains(QLatin1String("10.10.0.0/24")), qPrintable(w.log.errors.last()));
    QVERIFY(!w.log.ansibleSuggestion); // refused before asking where
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("ansible"))));
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
    verifySavedAllocations(w, project, 6);

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

namespace {

// The tunnel configurations an Ansible export wrote for a gateway.
QStringList ansibleConfigs(const QString &out, const QString &lan)
{
    QDir dir(QDir(out).filePath(QStringLiteral("bundles/%1/openvpn").arg(lan)));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.conf")}, QDir::Files))
        paths.append(dir.filePath(name));
    return paths;
}

} // namespace

void TestDesignerExport::exportsForAnsible()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("corp.p2pmesh"));
    const QString out = dir.filePath(QStringLiteral("fleet"));
    testutil::Window w;
    w.prompter->nextFileName = project; // the untitled example is saved first
    w.prompter->ansibleChoice = AnsibleExportChoice{out, {}, 0};
    w->actions()->exportAnsible->trigger();
    QVERIFY2(w.log.errors.isEmpty(), qPrintable(w.log.errors.join(QLatin1Char('\n'))));
    QVERIFY(w.log.ansibleSuggestion);
    QCOMPARE(w.log.ansibleSuggestion->outDir,
             dir.filePath(w->model()->mesh().name + QLatin1String("-ansible"))); // beside the project
    QCOMPARE(w.log.exportTitles, QStringList{QStringLiteral("Ansible Project Exported")});
    QVERIFY2(w.log.exportMessages.first().contains(QLatin1String("4 gateways")),
             qPrintable(w.log.exportMessages.first()));
    QCOMPARE(w->bundles()->lastWritten(), QStringList{out});

    const Mesh &mesh = w->model()->mesh();
    const QByteArray inventory = test::readAll(QDir(out).filePath(QStringLiteral("inventory.yml")));
    for (const Lan &lan : mesh.lans) {
        QVERIFY2(inventory.contains(lan.name.toUtf8() + ':'), qPrintable(lan.name));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("host_vars/%1.yml").arg(lan.name))));
        const QStringList configs = ansibleConfigs(out, lan.name);
        QVERIFY2(!configs.isEmpty(), qPrintable(lan.name));
        for (const QString &config : configs) {
            QCOMPARE(test::modeOf(config), 0600);
            QVERIFY(test::readAll(config).contains("BEGIN PRIVATE KEY"));
        }
    }
    // serial 0: a change goes to every gateway at once.
    QVERIFY(test::readAll(QDir(out).filePath(QStringLiteral("site.yml"))).contains("default('100%')"));
    // The tunnels' numbers the configs carry are saved into the project.
    verifySavedAllocations(w, project, 6);

    // The same export twice gives the same bytes.
    const QByteArray hostVars =
        test::readAll(QDir(out).filePath(QStringLiteral("host_vars/%1.yml").arg(mesh.lans.first().name)));
    w->actions()->exportAnsible->trigger();
    QVERIFY2(w.log.errors.isEmpty(), qPrintable(w.log.errors.join(QLatin1Char('\n'))));
    QCOMPARE(
        test::readAll(QDir(out).filePath(QStringLiteral("host_vars/%1.yml").arg(mesh.lans.first().name))),
        hostVars);
    QCOMPARE(test::readAll(QDir(out).filePath(QStringLiteral("inventory.yml"))), inventory);
}

void TestDesignerExport::ansibleVaultEncryptsTheConfigs()
{
    QTemporaryDir dir;
    const QString password = dir.filePath(QStringLiteral("vault-password"));
    test::writeFile(password, "correct horse battery staple\n");
    const QString out = dir.filePath(QStringLiteral("fleet"));
    testutil::Window w;
    w.prompter->nextFileName = dir.filePath(QStringLiteral("corp.p2pmesh"));
    w.prompter->ansibleChoice = AnsibleExportChoice{out, password, 1};
    w->actions()->exportAnsible->trigger();
    QVERIFY2(w.log.errors.isEmpty(), qPrintable(w.log.errors.join(QLatin1Char('\n'))));
    int configs = 0;
    for (const Lan &lan : w->model()->mesh().lans)
        for (const QString &config : ansibleConfigs(out, lan.name)) {
            const QByteArray text = test::readAll(config);
            QVERIFY2(text.startsWith("$ANSIBLE_VAULT;1.1;AES256\n"), qPrintable(config));
            QVERIFY(!text.contains("PRIVATE KEY"));
            ++configs;
        }
    QCOMPARE(configs, 12); // two ends of six tunnels
}

// Ansible would run an executable password file as a script: refused, before anything is written.
void TestDesignerExport::ansibleRefusesExecutablePasswordFile()
{
    QTemporaryDir dir;
    const QString password = dir.filePath(QStringLiteral("vault-password"));
    test::writeFile(password, "secret\n");
    QVERIFY(QFile::setPermissions(password, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString out = dir.filePath(QStringLiteral("fleet"));
    testutil::Window w;
    w.prompter->nextFileName = dir.filePath(QStringLiteral("corp.p2pmesh"));
    w.prompter->ansibleChoice = AnsibleExportChoice{out, password, 1};
    QVERIFY(!w->bundles()->exportForAnsible());
    QCOMPARE(w.log.errors.size(), 1);
    QVERIFY2(w.log.errors.first().startsWith(QLatin1String("Export for Ansible: ")),
             qPrintable(w.log.errors.first()));
    QVERIFY2(w.log.errors.first().contains(password), qPrintable(w.log.errors.first()));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(w.log.exportMessages.isEmpty());
}

// A folder that holds someone else's files is not taken over; they stay as they were.
void TestDesignerExport::ansibleRefusesForeignFolder()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("fleet"));
    QVERIFY(QDir().mkpath(out));
    const QString theirs = QDir(out).filePath(QStringLiteral("inventory.yml"));
    test::writeFile(theirs, "all: {}\n");
    testutil::Window w;
    w.prompter->nextFileName = dir.filePath(QStringLiteral("corp.p2pmesh"));
    w.prompter->ansibleChoice = AnsibleExportChoice{out, {}, 1};
    QVERIFY(!w->bundles()->exportForAnsible());
    QCOMPARE(w.log.errors.size(), 1);
    QVERIFY2(w.log.errors.first().contains(QLatin1String("not an Ansible export")),
             qPrintable(w.log.errors.first()));
    QCOMPARE(test::readAll(theirs), QByteArray("all: {}\n"));
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("inventory.yml")});
    QVERIFY(w.log.exportMessages.isEmpty());
}

QTEST_MAIN(TestDesignerExport)
#include "tst_designer_export.moc"
