// Crash safety through the real window: a modified document is autosaved to a recovery copy; a
// designer that dies without its clean exit leaves the copy, and the next start offers it.
// Recovering restores the edit (modified, under the original name), discarding deletes it, a
// normal save or clean exit removes it, and a corrupt copy is reported and set aside.

#include "designertestutil.h"
#include "mesheditor.h"
#include "model/meshmodel.h"
#include "model/projectfile.h"
#include "recoverystore.h"

#include <QDir>
#include <QFile>
#include <QUndoStack>

using namespace p2pvpn;

class TestDesignerRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testutil::isolateSettings(m_config); }
    void init() { QDir(RecoveryStore::defaultDirectory()).removeRecursively(); }
    void recoverRestoresEdit_data();
    void recoverRestoresEdit();
    void discardDeletesCopy();
    void saveAndCleanExitRemoveCopy();
    void corruptCopyIsSetAside();

private:
    // Edits the document and waits for the autosave; *copy: the recovery copy's path.
    static void editAndAutosave(testutil::Window &w, QString *copy)
    {
        w->documents()->setAutosaveInterval(20);
        w->editor()->addLan(QPointF(0, 400));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(w->documents()->recovery()->currentFile()), 10000);
        *copy = w->documents()->recovery()->currentFile();
    }
    // The next start after a crash: a fresh window that opens its first document.
    struct Restart
    {
        ScriptedPrompter::Log log;
        std::unique_ptr<MainWindow> window;
        explicit Restart(bool recover)
        {
            auto prompter = std::make_unique<ScriptedPrompter>(&log);
            prompter->recover = recover;
            window = std::make_unique<MainWindow>(std::move(prompter));
            window->documents()->openInitial(QString());
        }
    };
    QTemporaryDir m_config;
};

void TestDesignerRecovery::recoverRestoresEdit_data()
{
    QTest::addColumn<bool>("titled");
    QTest::newRow("saved document") << true;
    QTest::newRow("untitled document") << false;
}

void TestDesignerRecovery::recoverRestoresEdit()
{
    QFETCH(bool, titled);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corp.p2pmesh"));
    QByteArray edited;
    QString copy;
    {
        testutil::Window w;
        if (titled) {
            w.prompter->nextFileName = path;
            QVERIFY(w->documents()->saveAs());
        }
        editAndAutosave(w, &copy);
        QVERIFY(!copy.isEmpty());
        edited = ProjectFile::toJson(w->model()->mesh());
    } // destroyed without closing: the clean exit never ran, as in a crash
    QVERIFY(QFile::exists(copy));

    Restart next(true);
    QCOMPARE(next.log.recoverQuestions,
             QStringList{titled ? QStringLiteral("corp.p2pmesh") : QStringLiteral("Untitled")});
    QVERIFY(next.log.errors.isEmpty());
    QCOMPARE(ProjectFile::toJson(next.window->model()->mesh()), edited);
    QVERIFY(next.window->documents()->isModified());
    QVERIFY(next.window->isWindowModified());
    QCOMPARE(next.window->documents()->filePath(), titled ? QFileInfo(path).absoluteFilePath() : QString());
    // The recovered document is protected again at once, by this designer's own copy.
    QVERIFY(QFile::exists(next.window->documents()->recovery()->currentFile()));
    QCOMPARE(RecoveryStore().orphans().size(), 0);

    if (titled) { // Save writes the original file and drops the copy
        QVERIFY(next.window->documents()->save());
        Mesh saved;
        QString error;
        QVERIFY2(ProjectFile::load(path, &saved, &error), qPrintable(error));
        QCOMPARE(ProjectFile::toJson(saved), edited);
        QVERIFY(QDir(RecoveryStore::defaultDirectory()).entryList(QDir::Files).isEmpty());
    }
}

void TestDesignerRecovery::discardDeletesCopy()
{
    QString copy;
    {
        testutil::Window w;
        editAndAutosave(w, &copy);
    }
    QVERIFY(QFile::exists(copy));
    {
        Restart next(false);
        QCOMPARE(next.log.recoverQuestions.size(), 1);
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!next.window->documents()->isModified());
    }
    Restart again(true); // nothing left to offer
    QVERIFY(again.log.recoverQuestions.isEmpty());
    QVERIFY(QDir(RecoveryStore::defaultDirectory()).entryList(QDir::Files).isEmpty());
}

void TestDesignerRecovery::saveAndCleanExitRemoveCopy()
{
    QTemporaryDir dir;
    testutil::Window w;
    w.prompter->nextFileName = dir.filePath(QStringLiteral("corp.p2pmesh"));
    QString copy;
    editAndAutosave(w, &copy);
    QVERIFY(QFile::exists(copy));
    QVERIFY(w->documents()->saveAs());
    QVERIFY(!QFile::exists(copy));

    copy.clear();
    editAndAutosave(w, &copy); // undoing back to the saved state drops it too
    w->undoStack()->undo();
    QVERIFY(!copy.isEmpty());
    QVERIFY(!w->documents()->isModified());
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(copy), 10000);

    copy.clear();
    editAndAutosave(w, &copy); // a clean exit with the changes discarded
    QVERIFY(QFile::exists(copy));
    w.prompter->saveChoice = Prompter::SaveChoice::Discard;
    QVERIFY(w->close());
    QCOMPARE(w.log.saveQuestions, 1);
    QVERIFY(!QFile::exists(copy));
    QVERIFY(QDir(RecoveryStore::defaultDirectory()).entryList(QDir::Files).isEmpty());
}

void TestDesignerRecovery::corruptCopyIsSetAside()
{
    const QString dir = RecoveryStore::defaultDirectory();
    QVERIFY(QDir().mkpath(dir));
    const QString copy = dir + QLatin1String("/broken.p2pmesh");
    QFile file(copy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": 1, \"lans\": [");
    file.close();

    Restart next(true);
    QCOMPARE(next.log.errors.size(), 1);
    QVERIFY2(next.log.errors.first().startsWith(QLatin1String("Could not recover")),
             qPrintable(next.log.errors.first()));
    QVERIFY(next.log.recoverQuestions.isEmpty());
    QVERIFY(!QFile::exists(copy));
    QVERIFY(QFile::exists(copy + QLatin1String(".bad")));
    QVERIFY(!next.window->documents()->isModified()); // the usual first document instead
    QVERIFY(next.window->model()->mesh().lans.size() > 0);
}

QTEST_MAIN(TestDesignerRecovery)
#include "tst_designer_recovery.moc"
