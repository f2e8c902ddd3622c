// PrivateFile and PrivateAppender: folders closed to 0700 and files to 0600 whatever they were, reads that
// refuse what is not a plain file of a sane size, atomic writes that leave nothing behind, and appends
// that are whole or absent. Every error names the path it is about.

#include "testfiles.h"
#include "util/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

bool writePlain(const QString &path, const QByteArray &data, int mode)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size() &&
           ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

// Lays out one case in dir: "file" (0644 "old"), "folder" (0755), "link" (to file), "big" (2 KiB).
void prepare(const QDir &dir)
{
    QVERIFY(writePlain(dir.filePath(QStringLiteral("file")), "old", 0644));
    QVERIFY(dir.mkdir(QStringLiteral("folder")));
    QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("folder")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                      QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("file")), dir.filePath(QStringLiteral("link"))));
    QVERIFY(writePlain(dir.filePath(QStringLiteral("big")), QByteArray(2048, 'x'), 0600));
}

} // namespace

class TestPrivateFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void makeDirectory_data();
    void makeDirectory();
    void read_data();
    void read();
    void write_data();
    void write();
    void remove_data();
    void remove();
    void isLeftover_data();
    void isLeftover();
    void appender();
    void appenderRefusesWhatItCannotOpen();
    void syncFileSystem();

private:
    QString path(const QString &name) const { return name.isEmpty() ? QString() : m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    mode_t m_umask = 0;
};

void TestPrivateFile::init()
{
    // A permissive umask: the modes must come from the code, not from the umask.
    m_umask = ::umask(0);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    prepare(QDir(m_dir->path()));
}

void TestPrivateFile::cleanup()
{
    m_dir.reset();
    ::umask(m_umask);
}

void TestPrivateFile::makeDirectory_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("why"); // part of the reason when it fails

    QTest::newRow("new") << QStringLiteral("new") << true << QString();
    QTest::newRow("existing 0755, closed again") << QStringLiteral("folder") << true << QString();
    QTest::newRow("no path") << QString() << false << QStringLiteral("no directory given");
    QTest::newRow("a file in the way")
        << QStringLiteral("file") << false << QStringLiteral("not a directory");
    QTest::newRow("parent missing") << QStringLiteral("missing/new") << false
                                    << QStringLiteral("cannot create the directory");
}

void TestPrivateFile::makeDirectory()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QFETCH(QString, why);
    QString reason;
    QCOMPARE(PrivateFile::makeDirectory(path(name), &reason), ok);
    if (ok) {
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
        QCOMPARE(modeOf(path(name)), 0700);
    } else {
        QVERIFY2(reason.contains(why), qPrintable(reason));
    }
}

void TestPrivateFile::read_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("maxSize");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("why"); // part of the error when it fails

    QTest::newRow("0644 file, closed to 0600")
        << QStringLiteral("file") << qint64(1 << 20) << true << true << QByteArray("old") << QString();
    QTest::newRow("missing") << QStringLiteral("none") << qint64(1 << 20) << true << false << QByteArray()
                             << QString();
    QTest::newRow("at the size limit")
        << QStringLiteral("big") << qint64(2048) << true << true << QByteArray(2048, 'x') << QString();
    QTest::newRow("over the size limit")
        << QStringLiteral("big") << qint64(2047) << false << true << QByteArray()
        << QStringLiteral("too large (2048 bytes, at most 2047)");
    QTest::newRow("a folder") << QStringLiteral("folder") << qint64(1 << 20) << false << true << QByteArray()
                              << QStringLiteral("not a regular file");
    // A link is never followed: it could point at anyone's file.
    QTest::newRow("a symlink") << QStringLiteral("link") << qint64(1 << 20) << false << false << QByteArray()
                               << QStringLiteral("cannot read");
}

void TestPrivateFile::read()
{
    QFETCH(QString, name);
    QFETCH(qint64, maxSize);
    QFETCH(bool, ok);
    QFETCH(bool, exists);
    QFETCH(QByteArray, data);
    QFETCH(QString, why);
    QByteArray got = "unchanged";
    bool found = !exists;
    QString error;
    QCOMPARE(PrivateFile::read(path(name), &got, &found, &error, maxSize), ok);
    if (ok) {
        QCOMPARE(found, exists);
        if (exists) {
            QCOMPARE(got, data);
            QCOMPARE(modeOf(path(name)), 0600);
        }
    } else {
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY2(error.contains(path(name)), qPrintable(error));
    }
}

void TestPrivateFile::write_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");

    QTest::newRow("new file") << QStringLiteral("new") << true;
    QTest::newRow("over a 0644 file") << QStringLiteral("file") << true;
    // The link itself is replaced; the file it pointed at stays as it was.
    QTest::newRow("over a symlink") << QStringLiteral("link") << true;
    QTest::newRow("folder missing") << QStringLiteral("missing/new") << false;
    QTest::newRow("over a folder") << QStringLiteral("folder") << false;
}

void TestPrivateFile::write()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    const QStringList before =
        QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QString error;
    QCOMPARE(PrivateFile::write(path(name), "secret\n", &error), ok);
    if (ok) {
        QCOMPARE(readAll(path(name)), QByteArray("secret\n"));
        QCOMPARE(modeOf(path(name)), 0600);
        if (name != QLatin1String("file"))
            QCOMPARE(readAll(path(QStringLiteral("file"))), QByteArray("old"));
    } else {
        QVERIFY2(error.contains(path(name)), qPrintable(error));
    }
    // No temporary file is left behind, whatever happened.
    QStringList after = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    after.removeAll(name);
    QStringList expected = before;
    expected.removeAll(name);
    QCOMPARE(after, expected);
}

void TestPrivateFile::remove_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");

    QTest::newRow("a file") << QStringLiteral("file") << true;
    QTest::newRow("missing") << QStringLiteral("none") << true;
    QTest::newRow("a symlink, not its target") << QStringLiteral("link") << true;
    QTest::newRow("a folder") << QStringLiteral("folder") << false;
}

void TestPrivateFile::remove()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QString error;
    QCOMPARE(PrivateFile::remove(path(name), &error), ok);
    if (ok) {
        QCOMPARE(modeOf(path(name)), -1);
        QCOMPARE(readAll(path(QStringLiteral("file"))).isEmpty(), name == QLatin1String("file"));
    } else {
        QVERIFY2(error.contains(path(name)), qPrintable(error));
        QVERIFY(QFileInfo::exists(path(name)));
    }
}

void TestPrivateFile::isLeftover_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("leftover");

    QTest::newRow("write()'s temporary name") << QStringLiteral(".tunnels.keys.tmp-123-4") << true;
    QTest::newRow("plain file") << QStringLiteral("tunnels.keys") << false;
    QTest::newRow("hidden file") << QStringLiteral(".notes") << false;
    QTest::newRow("marker without the dot") << QStringLiteral("ca.key.tmp-1-1") << false;
}

void TestPrivateFile::isLeftover()
{
    QFETCH(QString, name);
    QFETCH(bool, leftover);
    QCOMPARE(PrivateFile::isLeftover(name), leftover);
}

void TestPrivateFile::appender()
{
    const QString file = path(QStringLiteral("records"));
    QString error;
    {
        PrivateAppender appender;
        QVERIFY(!appender.isOpen());
        QVERIFY2(appender.open(file, &error), qPrintable(error));
        QCOMPARE(modeOf(file), 0600);
        // The prefix goes only in front of the first record of an empty file.
        QVERIFY2(appender.append("one\n", &error, "# header\n"), qPrintable(error));
        QVERIFY2(appender.append("two\n", &error, "# header\n"), qPrintable(error));
    }
    QCOMPARE(readAll(file), QByteArray("# header\none\ntwo\n"));

    // An existing file someone opened up is closed to 0600 again and appended to.
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    PrivateAppender again;
    QVERIFY2(again.open(file, &error), qPrintable(error));
    QCOMPARE(modeOf(file), 0600);
    QVERIFY2(again.append("three\n", &error, "# header\n"), qPrintable(error));
    again.close();
    QVERIFY(!again.isOpen());
    QCOMPARE(readAll(file), QByteArray("# header\none\ntwo\nthree\n"));
}

void TestPrivateFile::appenderRefusesWhatItCannotOpen()
{
    QString error;
    PrivateAppender appender;
    QVERIFY(!appender.open(path(QStringLiteral("missing/records")), &error));
    QVERIFY2(error.contains(path(QStringLiteral("missing/records"))), qPrintable(error));
    QVERIFY(!appender.isOpen());
    error.clear();
    QVERIFY(!appender.append("lost\n", &error));
    QVERIFY(!error.isEmpty());
    // A link is not followed to the file it points at.
    QVERIFY(!appender.open(path(QStringLiteral("link")), &error));
    QCOMPARE(readAll(path(QStringLiteral("file"))), QByteArray("old"));
}

void TestPrivateFile::syncFileSystem()
{
    QString why;
    QVERIFY2(PrivateFile::syncFileSystem(m_dir->path(), &why), qPrintable(why));
    QVERIFY(!PrivateFile::syncFileSystem(path(QStringLiteral("missing")), &why));
    QVERIFY(!why.isEmpty());
}

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
