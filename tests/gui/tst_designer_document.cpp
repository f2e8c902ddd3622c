// The document's life cycle through the real window: save, reopen and compare; a corrupt
// file is reported and the current document stays; unsaved-changes questions; first start;
// opening by drop; exporting the diagram.

#include "actions.h"
#include "designertestutil.h"
#include "diagramexporter.h"
#include "mesheditor.h"
#include "model/meshmodel.h"
#include "model/projectfile.h"
#include "recentfiles.h"

#include <QAction>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QUndoStack>
#include <QUrl>

using namespace p2pvpn;

class TestDesignerDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testutil::isolateSettings(m_config); }
    void saveReopenCompare();
    void corruptFileKeepsCurrent_data();
    void corruptFileKeepsCurrent();
    void unsavedChangesQuestion_data();
    void unsavedChangesQuestion();
    void firstStartOpensExample();
    void openByDrop();
    void exportDiagram_data();
    void exportDiagram();

private:
    static void editSomething(testutil::Window &w)
    {
        Lan office = *w->model()->lan(3);
        office.subnets.append(Cidr::parse(QStringLiteral("192.168.11.0/24")));
        office.notes = QStringLiteral("second floor too");
        w->editor()->updateLan(office);
        w->editor()->moveLans({{4, QPointF(420, 260)}});
        w->editor()->addLan(QPointF(0, 400));
    }
    QTemporaryDir m_config;
};

void TestDesignerDocument::saveReopenCompare()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corp.p2pmesh"));
    testutil::Window w;
    QVERIFY(!w->isWindowModified());
    editSomething(w);
    QVERIFY(w->isWindowModified());
    QVERIFY(w->windowTitle().contains(QLatin1String("[*]")));

    w.prompter->nextFileName = dir.filePath(QStringLiteral("corp")); // the extension is added
    w->actions()->saveAs->trigger();
    QVERIFY2(w.log.errors.isEmpty(), qPrintable(w.log.errors.join(QLatin1Char('\n'))));
    QVERIFY(QFile::exists(path));
    QCOMPARE(w->documents()->filePath(), path);
    QVERIFY(!w->isWindowModified());
    QVERIFY(w->windowTitle().startsWith(QLatin1String("corp.p2pmesh")));
    QCOMPARE(w->documents()->recentFiles()->files().value(0), path);

    testutil::Window other;
    QVERIFY(other->documents()->openFile(path));
    QCOMPARE(other->model()->mesh(), w->model()->mesh());
    QCOMPARE(other->scene()->tunnelItemCount(), w->scene()->tunnelItemCount());
    QVERIFY(!other->isWindowModified());

    // Save (not Save As) writes to the same file without asking.
    w->editor()->moveLans({{1, QPointF(-340, -200)}});
    w.prompter->nextFileName.clear();
    w->actions()->save->trigger();
    Mesh reread;
    QString error;
    QVERIFY(ProjectFile::load(path, &reread, &error));
    QCOMPARE(reread.lan(1)->position, QPointF(-340, -200));
}

void TestDesignerDocument::corruptFileKeepsCurrent_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // part of the message that names the problem
    QTest::newRow("not JSON") << QByteArray("{ \"format\": \"p2pvpn-mesh\", ") << QString();
    QTest::newRow("bad subnet") << QByteArray() << QStringLiteral("subnets");
    QTest::newRow("empty file") << QByteArray("") << QString();
}

void TestDesignerDocument::corruptFileKeepsCurrent()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.p2pmesh"));
    if (content.isEmpty() && !expected.isEmpty()) { // a valid file with one subnet broken
        Mesh mesh;
        QString error;
        QVERIFY(ProjectFile::load(QString::fromLatin1(DocumentController::examplePath), &mesh, &error));
        content = ProjectFile::toJson(mesh).replace("10.20.0.0/16", "10.20.0.0/99");
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    testutil::Window w;
    editSomething(w);
    const Mesh before = w->model()->mesh();
    const int commands = w->undoStack()->count();
    QVERIFY(!w->documents()->openFile(path));
    QCOMPARE(w.log.errors.size(), 1);
    QVERIFY(w.log.errors.first().contains(QLatin1String("broken.p2pmesh")));
    if (!expected.isEmpty())
        QVERIFY2(w.log.errors.first().contains(expected), qPrintable(w.log.errors.first()));
    QCOMPARE(w.log.saveQuestions, 0); // nothing was going to replace the document
    QCOMPARE(w->model()->mesh(), before);
    QCOMPARE(w->undoStack()->count(), commands);
    QVERIFY(w->isWindowModified());
    QVERIFY(w->documents()->filePath().isEmpty());
}

void TestDesignerDocument::unsavedChangesQuestion_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("replaced");
    QTest::newRow("cancel keeps the document") << int(Prompter::SaveChoice::Cancel) << false;
    QTest::newRow("discard replaces it") << int(Prompter::SaveChoice::Discard) << true;
}

void TestDesignerDocument::unsavedChangesQuestion()
{
    QFETCH(int, choice);
    QFETCH(bool, replaced);
    testutil::Window w;
    w->actions()->newFile->trigger(); // unmodified: no question
    QCOMPARE(w.log.saveQuestions, 0);
    QVERIFY(w->model()->mesh().lans.isEmpty());
    w->actions()->addLan->trigger();
    w.prompter->saveChoice = Prompter::SaveChoice(choice);
    w->actions()->newFile->trigger();
    QCOMPARE(w.log.saveQuestions, 1);
    QCOMPARE(w->model()->mesh().lans.isEmpty(), replaced);
    QCOMPARE(w->isWindowModified(), !replaced);

    // Closing the window asks the same question.
    if (!replaced) {
        QVERIFY(!w->close());
        QCOMPARE(w.log.saveQuestions, 2);
        QVERIFY(w->isVisible());
    }
}

void TestDesignerDocument::firstStartOpensExample()
{
    testutil::Window w;
    w->documents()->recentFiles()->clear();
    w->documents()->newDocument();
    w->documents()->openInitial(QString());
    QCOMPARE(w->model()->mesh().name, QStringLiteral("example"));
    QCOMPARE(w->model()->mesh().lans.size(), 4);
    QVERIFY(w->documents()->filePath().isEmpty()); // an untitled copy: Save asks where
    QVERIFY(!w->isWindowModified());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arg.p2pmesh"));
    Mesh mesh;
    mesh.name = QStringLiteral("from-argument");
    QString error;
    QVERIFY(ProjectFile::save(path, mesh, &error));
    w->documents()->openInitial(path);
    QCOMPARE(w->model()->mesh().name, QStringLiteral("from-argument"));
    QCOMPARE(w->documents()->filePath(), path);
}

void TestDesignerDocument::openByDrop()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.p2pmesh"));
    Mesh mesh;
    mesh.name = QStringLiteral("dropped");
    QString error;
    QVERIFY(ProjectFile::save(path, mesh, &error));

    testutil::Window w;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QWidget *viewport = w->view()->viewport();
    const QPointF at(viewport->rect().center());
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    QTRY_COMPARE(w->model()->mesh().name, QStringLiteral("dropped"));
    QCOMPARE(w->documents()->filePath(), path);
}

void TestDesignerDocument::exportDiagram_data()
{
    QTest::addColumn<bool>("svg");
    QTest::newRow("png") << false;
    QTest::newRow("svg") << true;
}

void TestDesignerDocument::exportDiagram()
{
    QFETCH(bool, svg);
    QTemporaryDir dir;
    const QString path = dir.filePath(svg ? QStringLiteral("mesh.svg") : QStringLiteral("mesh.png"));
    testutil::Window w;
    w->scene()->selectLans({1});
    w.prompter->nextFileName = path;
    (svg ? w->actions()->exportSvg : w->actions()->exportPng)->trigger();
    QVERIFY2(w.log.errors.isEmpty(), qPrintable(w.log.errors.join(QLatin1Char('\n'))));
    QVERIFY(QFile::exists(path));
    const QRectF content = w->scene()->contentRect();
    if (svg) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        for (const Lan &lan : w->model()->mesh().lans)
            QVERIFY2(text.contains(lan.name.toUtf8()), qPrintable(lan.name));
    } else {
        const QImage image(path);
        QVERIFY(!image.isNull());
        // Twice the content plus the margin, so it stays sharp when scaled.
        QCOMPARE(image.width(), qRound((content.width() + 80) * DiagramExporter::pngScale));
        QCOMPARE(image.height(), qRound((content.height() + 80) * DiagramExporter::pngScale));
    }
    QCOMPARE(w->scene()->selectedLanIds(), QList<LanId>{1}); // the selection survives the export
}

QTEST_MAIN(TestDesignerDocument)
#include "tst_designer_document.moc"
