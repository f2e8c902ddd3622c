// A full disk during save or export: a clear error, and the previous project file, bundle folders and zips
// stay exactly as they were (or, for a gateway finished before the disk filled, are complete new ones);
// nothing half-written is left in their place. The disk is a small tmpfs mounted by the test (needs root,
// skipped with the reason otherwise) and filled up to a chosen number of free bytes.

#include "generate/exporter.h"
#include "hardening.h"
#include "keys/keystore.h"
#include "model/projectfile.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace p2pvpn;
using namespace p2pvpn::hardening;
using namespace p2pvpn::test;

namespace {

// A tmpfs of a few MiB on a fresh folder, unmounted (lazily, so it cannot fail) when the test ends.
class SmallDisk
{
public:
    bool mount(QString *why)
    {
        if (!m_base.isValid()) {
            *why = QStringLiteral("no temporary folder");
            return false;
        }
        m_path = m_base.filePath(QStringLiteral("disk"));
        QDir().mkpath(m_path);
        if (::mount("p2pvpn-test", QFile::encodeName(m_path).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    "size=4m,mode=0700") != 0) {
            *why = QStringLiteral("cannot mount a tmpfs (%1); run as root to test a full disk")
                       .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_mounted = true;
        return true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_path + QLatin1Char('/') + name; }

    // Fills the disk with a filler file, then frees `bytes` of it again.
    bool fillLeaving(qint64 bytes)
    {
        const QByteArray name = QFile::encodeName(filePath(QStringLiteral(".filler")));
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return false;
        const QByteArray chunk(64 * 1024, 'x');
        qint64 written = 0;
        for (;;) {
            const ssize_t n = ::write(fd, chunk.constData(), size_t(chunk.size()));
            if (n > 0) {
                written += n;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            break;
        }
        // Whole pages, from the end: tmpfs counts pages.
        const bool ok = written >= bytes && ::ftruncate(fd, written - bytes) == 0;
        ::close(fd);
        return ok;
    }

private:
    QTemporaryDir m_base;
    QString m_path;
    bool m_mounted = false;
};

// path -> mode and content hash, for every file and folder below dir.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> result;
    for (const QString &rel : treeOf(dir)) {
        const QString full = QDir(dir).filePath(rel);
        QByteArray entry = QByteArray::number(modeOf(full), 8);
        QFile file(full);
        if (QFileInfo(full).isFile() && file.open(QIODevice::ReadOnly))
            entry += ' ' + QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        result.insert(rel, entry);
    }
    return result;
}

// The part of a snapshot under one top-level item ("a/..." or "a.zip").
QMap<QString, QByteArray> itemOf(const QMap<QString, QByteArray> &all, const QString &item)
{
    QMap<QString, QByteArray> result;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (it.key() == item || it.key().startsWith(item + QLatin1Char('/')))
            result.insert(it.key(), it.value());
    return result;
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void projectSaveKeepsThePreviousFile_data()
    {
        QTest::addColumn<qint64>("free");
        QTest::newRow("no space") << qint64(0);
        QTest::newRow("one page") << qint64(4096);
        QTest::newRow("three pages") << qint64(3 * 4096);
    }
    void projectSaveKeepsThePreviousFile()
    {
        QFETCH(qint64, free);
        SmallDisk disk;
        if (QString why; !disk.mount(&why))
            QSKIP(qPrintable(why));
        const QString path = disk.filePath(QStringLiteral("corp.p2pmesh"));
        QString error;
        QVERIFY2(ProjectFile::save(path, letterMesh(2), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        QVERIFY(disk.fillLeaving(free));
        const Mesh bigger = letterMesh(60); // about 30 KiB of JSON
        QVERIFY(ProjectFile::toJson(bigger).size() > free + 4096);
        QVERIFY(!ProjectFile::save(path, bigger, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("the previous file is unchanged")),
                 qPrintable(error));
        QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        // QSaveFile's temporary file is gone too.
        QCOMPARE(treeOf(disk.path()),
                 (QStringList{QStringLiteral(".filler"), QStringLiteral("corp.p2pmesh")}));
        Mesh loaded;
        QVERIFY2(ProjectFile::load(path, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded, letterMesh(2));
    }

    // Regenerating after adding a LAN, with the disk filling up part way: every bundle folder and zip is
    // afterwards either exactly the previous one or exactly the complete new one; no partial leftovers.
    void exportKeepsThePreviousBundles_data()
    {
        // Free space as a share of what the new export takes on disk.
        QTest::addColumn<int>("percent");
        QTest::newRow("no space") << 0;
        QTest::newRow("10%") << 10;
        QTest::newRow("25%") << 25;
        QTest::newRow("29%") << 29; // these two fail in a gateway zip and in the mesh zip today
        QTest::newRow("32%") << 32;
    }
    void exportKeepsThePreviousBundles()
    {
        QFETCH(int, percent);
        SmallDisk disk;
        if (QString why; !disk.mount(&why))
            QSKIP(qPrintable(why));
        QTemporaryDir elsewhere;
        ExportOptions options;
        options.outDir = disk.filePath(QStringLiteral("out"));
        options.keyStoreDir = elsewhere.filePath(QStringLiteral("keys"));
        options.gatewayZips = options.meshZip = true;
        QString error;
        Exporter first(letterMesh(3));
        QVERIFY2(first.run(options, {}, &error), qPrintable(error));
        const QMap<QString, QByteArray> before = snapshot(options.outDir);

        // The complete new export, made on a disk with room (same keys: byte-identical output).
        Mesh grown = first.mesh();
        grown.addLan(makeLan(QStringLiteral("d"), {net("10.4.0.0/16")}, QStringLiteral("192.0.2.4")));
        ExportOptions reference = options;
        reference.outDir = elsewhere.filePath(QStringLiteral("reference"));
        Exporter complete(grown);
        QVERIFY2(complete.run(reference, {}, &error), qPrintable(error));
        const QMap<QString, QByteArray> after = snapshot(reference.outDir);
        qint64 needed = 0; // tmpfs takes whole pages
        for (const QString &rel : after.keys())
            needed += (QFileInfo(QDir(reference.outDir).filePath(rel)).size() + 4095) / 4096 * 4096;
        const qint64 free = needed * percent / 100 / 4096 * 4096;

        QVERIFY(disk.fillLeaving(free));
        Exporter failing(grown);
        const bool written = failing.run(options, {}, &error);
        const QMap<QString, QByteArray> now = snapshot(options.outDir);
        if (written) { // enough room after all (the previous bundles' space is freed as the new ones land)
            QVERIFY2(percent > 0, "an export onto a full disk succeeded");
            QCOMPARE(now, after);
            return;
        }
        QVERIFY2(error.contains(options.outDir) &&
                     error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
                 qPrintable(error));
        // Each item is the previous one or the complete new one; no partial folder or archive is left over.
        const QStringList items =
            QDir(options.outDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &item : items) {
            const QMap<QString, QByteArray> current = itemOf(now, item);
            QVERIFY2(current == itemOf(before, item) || current == itemOf(after, item),
                     qPrintable(item + QLatin1String(" is neither the previous nor the complete new one")));
        }
        // Nothing of the previous export is missing, and the mesh zip, written last, is still the previous
        // one.
        for (const QString &item : QDir(elsewhere.filePath(QStringLiteral("reference")))
                                       .entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
            QVERIFY2(items.contains(item) || item.startsWith(QLatin1Char('d')), qPrintable(item));
        QCOMPARE(itemOf(now, QStringLiteral("corp.zip")), itemOf(before, QStringLiteral("corp.zip")));
    }

    // The key store on the full disk: new keys cannot be written; the error says where, and no bundle is
    // touched.
    void keyStoreOnAFullDisk()
    {
        SmallDisk disk;
        if (QString why; !disk.mount(&why))
            QSKIP(qPrintable(why));
        ExportOptions options;
        options.outDir = disk.filePath(QStringLiteral("out"));
        options.keyStoreDir = disk.filePath(QStringLiteral("keys"));
        options.gatewayZips = true;
        QString error;
        Exporter first(letterMesh(2));
        QVERIFY2(first.run(options, {}, &error), qPrintable(error));
        const QMap<QString, QByteArray> outBefore = snapshot(options.outDir);
        const QMap<QString, QByteArray> keysBefore = snapshot(options.keyStoreDir);

        Mesh grown = first.mesh();
        grown.addLan(makeLan(QStringLiteral("c"), {net("10.3.0.0/16")}, QStringLiteral("192.0.2.3")));
        QVERIFY(disk.fillLeaving(0));
        Exporter failing(grown);
        QVERIFY(!failing.run(options, {}, &error));
        QVERIFY2(error.contains(options.keyStoreDir) &&
                     error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
                 qPrintable(error));
        QCOMPARE(snapshot(options.outDir), outBefore);
        QCOMPARE(snapshot(options.keyStoreDir), keysBefore); // no half key, no temporary file
    }

    // The same through the CLI: exit status 2 with the reason, nothing on stdout, the project file as it was.
    void cliGenerateOnAFullDisk()
    {
        SmallDisk disk;
        if (QString why; !disk.mount(&why))
            QSKIP(qPrintable(why));
        QTemporaryDir elsewhere;
        const QString path = elsewhere.filePath(QStringLiteral("corp.p2pmesh"));
        QString error;
        QVERIFY2(ProjectFile::save(path, letterMesh(3), &error), qPrintable(error));
        const QString out = disk.filePath(QStringLiteral("out"));
        const QStringList generate{QStringLiteral("generate"), path, QStringLiteral("--out"), out,
                                   QStringLiteral("--zip")};
        QCOMPARE(runCli(generate).exitCode, 0);
        const QMap<QString, QByteArray> before = snapshot(out);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray project = file.readAll();

        QVERIFY(disk.fillLeaving(0));
        QCOMPARE(runCli({QStringLiteral("rotate-keys"), path}).exitCode, 0); // every bundle changes
        const CliResult result = runCli(generate);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QByteArray());
        QVERIFY2(result.err.contains(std::strerror(ENOSPC)), result.err.constData());
        QCOMPARE(snapshot(out), before);
        QVERIFY(file.seek(0));
        QCOMPARE(file.readAll(), project);
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
