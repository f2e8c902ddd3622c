// OutputFolder, the one way the generators remove, rename and write below an output folder: a tree with
// links (to folders and files, at every depth), a FIFO and nested folders is removed without touching what
// the links point to; a write, a new folder or a removal through a linked folder is refused with the path;
// "." and ".." never lead out of the folder.

#include "testfiles.h"
#include "util/outputfolder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

bool link(const QString &target, const QString &at)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(at).constData()) == 0;
}

} // namespace

class TestOutputFolder : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        m_victim = m_root->filePath(QStringLiteral("victim"));
        QVERIFY(QDir().mkpath(m_victim + QLatin1String("/sub")));
        writeFile(m_victim + QLatin1String("/canary.txt"), "still here\n");
        writeFile(m_victim + QLatin1String("/sub/deep.txt"), "still here\n");
        QString error;
        QVERIFY2(m_out.open(m_root->filePath(QStringLiteral("out")), &error), qPrintable(error));
    }

    void removeTreeNeverFollowsALink()
    {
        const QString tree = m_out.filePath(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(tree + QLatin1String("/a/b/c")));
        writeFile(tree + QLatin1String("/a/b/c/file"), "x");
        QVERIFY(link(m_victim, tree + QLatin1String("/folder-link")));
        QVERIFY(link(m_victim, tree + QLatin1String("/a/b/c/deep-folder-link")));
        QVERIFY(link(m_victim + QLatin1String("/canary.txt"), tree + QLatin1String("/a/file-link")));
        QVERIFY(link(QStringLiteral("/nonexistent"), tree + QLatin1String("/dangling")));
        QVERIFY(::mkfifo(QFile::encodeName(tree + QLatin1String("/a/fifo")).constData(), 0600) == 0);
        QString error;
        QVERIFY2(m_out.removeTree(QStringLiteral("tree"), &error), qPrintable(error));
        QCOMPARE(m_out.kind(QStringLiteral("tree")), OutputFolder::Kind::Missing);
        QVERIFY(victimIntact());
        QVERIFY2(m_out.removeTree(QStringLiteral("tree"), &error), "nothing there is no error");
    }

    void linkAtTheTopIsRemovedItself()
    {
        QVERIFY(link(m_victim, m_out.filePath(QStringLiteral("top"))));
        QCOMPARE(m_out.kind(QStringLiteral("top")), OutputFolder::Kind::SymLink);
        QString error;
        QVERIFY2(m_out.removeTree(QStringLiteral("top"), &error), qPrintable(error));
        QCOMPARE(modeOf(m_out.filePath(QStringLiteral("top"))), -1);
        QVERIFY(victimIntact());
    }

    void nothingThroughALinkedFolder()
    {
        const QString linked = m_out.filePath(QStringLiteral("linked"));
        QVERIFY(link(m_victim, linked));
        QString error;
        QVERIFY(!m_out.writeNewFile(QStringLiteral("linked/new.txt"), "x", 0600, &error));
        QVERIFY2(error.contains(linked) && error.contains(QLatin1String("symbolic link")), qPrintable(error));
        QVERIFY(!m_out.makeDirectory(QStringLiteral("linked/new"), &error));
        QVERIFY2(error.contains(linked) && error.contains(QLatin1String("symbolic link")), qPrintable(error));
        QVERIFY(!m_out.removeFile(QStringLiteral("linked/canary.txt"), &error));
        QVERIFY(!m_out.removeTree(QStringLiteral("linked/sub"), &error));
        QVERIFY(!m_out.rename(QStringLiteral("linked/canary.txt"), QStringLiteral("mine.txt"), &error));
        QVERIFY(m_out.openFile(QStringLiteral("linked/canary.txt"), O_RDONLY, 0, &error) < 0);
        QVERIFY(victimIntact());
        QVERIFY(!m_out.writeNewFile(QStringLiteral("../escaped.txt"), "x", 0600, &error));
        QVERIFY2(error.contains(QLatin1String("not a plain path")), qPrintable(error));
        QVERIFY(!m_out.removeTree(QStringLiteral("."), &error));
        QCOMPARE(modeOf(m_root->filePath(QStringLiteral("escaped.txt"))), -1);
    }

    void newFilesAndFoldersHaveExactModes()
    {
        const mode_t previous = ::umask(0);
        QString error;
        const bool made = m_out.makeDirectory(QStringLiteral("x/y"), &error) &&
                          m_out.writeNewFile(QStringLiteral("x/y/key"), "secret", 0600, &error);
        ::umask(077);
        const bool script = m_out.writeNewFile(QStringLiteral("x/run.sh"), "#!/bin/sh\n", 0755, &error);
        ::umask(previous);
        QVERIFY2(made && script, qPrintable(error));
        QCOMPARE(modeOf(m_out.filePath(QStringLiteral("x"))), 0700);
        QCOMPARE(modeOf(m_out.filePath(QStringLiteral("x/y"))), 0700);
        QCOMPARE(modeOf(m_out.filePath(QStringLiteral("x/y/key"))), 0600);
        QCOMPARE(modeOf(m_out.filePath(QStringLiteral("x/run.sh"))), 0755);
        QVERIFY(!m_out.writeNewFile(QStringLiteral("x/y/key"), "again", 0600, &error)); // never replaced
        QCOMPARE(readAll(m_out.filePath(QStringLiteral("x/y/key"))), QByteArray("secret"));
    }

private:
    bool victimIntact() const
    {
        return readAll(m_victim + QLatin1String("/canary.txt")) == "still here\n" &&
               readAll(m_victim + QLatin1String("/sub/deep.txt")) == "still here\n";
    }

    std::unique_ptr<QTemporaryDir> m_root;
    QString m_victim;
    OutputFolder m_out;
};

QTEST_GUILESS_MAIN(TestOutputFolder)
#include "tst_outputfolder.moc"
