#include "generate/bundlewriter.h"
#include "generate/exporter.h"
#include "testfiles.h"
#include "testmeshes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

#include <sys/stat.h>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

GatewayBundle sampleBundle(const QString &name, bool withExtra)
{
    GatewayBundle b{1, name, {}, {}};
    b.files.append({QStringLiteral("openvpn/corp-b.conf"), QByteArray("secret\n"), BundleFile::Kind::Secret});
    b.files.append({QStringLiteral("install.sh"), QByteArray("#!/bin/sh\n"), BundleFile::Kind::Script});
    b.files.append({QStringLiteral("README.txt"), QByteArray("read me\n"), BundleFile::Kind::Text});
    if (withExtra)
        b.files.append(
            {QStringLiteral("openvpn/corp-old.conf"), QByteArray("stale\n"), BundleFile::Kind::Secret});
    return b;
}

// Inode and modification time of every file below dir, by relative path: what a rewrite would change.
QMap<QString, QPair<quint64, qint64>> fileStamps(const QString &dir)
{
    QMap<QString, QPair<quint64, qint64>> stamps;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) == 0)
            stamps.insert(QDir(dir).relativeFilePath(path),
                          {quint64(st.st_ino), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec});
    }
    return stamps;
}

// The paths whose inode or time differ between two fileStamps(), and those only in one of them.
QStringList changedPaths(const QMap<QString, QPair<quint64, qint64>> &before,
                         const QMap<QString, QPair<quint64, qint64>> &after)
{
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            changed.append(it.key());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            changed.append(it.key());
    changed.sort();
    return changed;
}

} // namespace

class TestBundleWriter : public QObject
{
    Q_OBJECT

private slots:
    void folderKeepsModesAndDropsStaleFiles()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(BundleFolderWriter::write(sampleBundle(QStringLiteral("a"), true), dir.path(), &error),
                 qPrintable(error));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a/openvpn/corp-b.conf"))), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a/install.sh"))), 0755);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a/README.txt"))), 0644);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a"))), 0700);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a/openvpn"))), 0700);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("a/openvpn/corp-old.conf"))));
        // Regenerating without the old tunnel removes its file.
        QVERIFY2(BundleFolderWriter::write(sampleBundle(QStringLiteral("a"), false), dir.path(), &error),
                 qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a/openvpn/corp-old.conf"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("a/openvpn/corp-b.conf"))));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("a")});
    }

    void refusesToReplaceAForeignFolder()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("a"));
        QFile precious(dir.filePath(QStringLiteral("a/precious.txt")));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("keep me");
        precious.close();
        QString error;
        QVERIFY(!BundleFolderWriter::write(sampleBundle(QStringLiteral("a"), false), dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("not written by p2pvpn")), qPrintable(error));
        QVERIFY(QFile::exists(precious.fileName()));
    }

    void zipIsDeterministicAndKeepsModes()
    {
        QTemporaryDir dir;
        QString error;
        for (const char *name : {"one.zip", "two.zip"}) {
            ZipWriter zip;
            QVERIFY2(zip.open(dir.filePath(QLatin1String(name)), &error), qPrintable(error));
            QVERIFY2(zip.add(sampleBundle(QStringLiteral("a"), false), &error), qPrintable(error));
            QVERIFY2(zip.add(sampleBundle(QStringLiteral("b"), false), &error), qPrintable(error));
            QVERIFY2(zip.commit(&error), qPrintable(error));
            QTest::qWait(1100); // a different wall-clock second must not change the bytes
        }
        QCOMPARE(sha256(dir.filePath(QStringLiteral("one.zip"))),
                 sha256(dir.filePath(QStringLiteral("two.zip"))));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("one.zip"))), 0600);

        QuaZip zip(dir.filePath(QStringLiteral("one.zip")));
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QMap<QString, QFileDevice::Permissions> modes;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFileInfo64 info;
            QVERIFY(zip.getCurrentFileInfo(&info));
            modes.insert(info.name, info.getPermissions());
        }
        QCOMPARE(modes.keys(),
                 (QStringList{QStringLiteral("a/README.txt"), QStringLiteral("a/install.sh"),
                              QStringLiteral("a/openvpn/corp-b.conf"), QStringLiteral("b/README.txt"),
                              QStringLiteral("b/install.sh"), QStringLiteral("b/openvpn/corp-b.conf")}));
        QVERIFY(!(modes.value(QStringLiteral("a/openvpn/corp-b.conf")) &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QVERIFY(modes.value(QStringLiteral("a/install.sh")) & QFileDevice::ExeOwner);
        QVERIFY(modes.value(QStringLiteral("a/README.txt")) & QFileDevice::ReadOther);
    }

    void unfinishedZipLeavesNoFile()
    {
        QTemporaryDir dir;
        QString error;
        {
            ZipWriter zip;
            QVERIFY(zip.open(dir.filePath(QStringLiteral("x.zip")), &error));
            QVERIFY(zip.add(sampleBundle(QStringLiteral("a"), false), &error));
        } // no commit
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.zip"))));
    }

    void exporterWritesFoldersAndZips()
    {
        QTemporaryDir dir;
        ExportOptions options;
        options.outDir = dir.filePath(QStringLiteral("out"));
        options.keyStoreDir = dir.filePath(QStringLiteral("keys"));
        options.gatewayZips = options.meshZip = true;
        Exporter exporter(letterMesh(3));
        QString error;
        QList<int> progress;
        QVERIFY2(exporter.run(
                     options,
                     [&](int done, int total) {
                         progress.append(done * 10 + total);
                         return true;
                     },
                     &error),
                 qPrintable(error));
        // Each gateway, then each gateway's part of the mesh zip.
        QCOMPARE(progress, (QList<int>{16, 26, 36, 46, 56, 66}));
        for (const char *path :
             {"a/install.sh", "b/openvpn/corp-c.conf", "a.zip", "b.zip", "c.zip", "corp.zip"})
            QVERIFY2(QFile::exists(QDir(options.outDir).filePath(QLatin1String(path))), path);
        QCOMPARE(exporter.mesh().allocations.size(), 3);
        QCOMPARE(modeOf(options.keyStoreDir), 0700);

        // Same input and keys: byte-identical archives.
        const QByteArray before = sha256(QDir(options.outDir).filePath(QStringLiteral("corp.zip")));
        Exporter again(exporter.mesh());
        QVERIFY2(again.run(options, {}, &error), qPrintable(error));
        QCOMPARE(sha256(QDir(options.outDir).filePath(QStringLiteral("corp.zip"))), before);

        // Cancelling stops after the first gateway.
        Exporter cancelled(exporter.mesh());
        options.outDir = dir.filePath(QStringLiteral("cancelled"));
        QVERIFY(!cancelled.run(
            options, [](int, int) { return false; }, &error));
        QVERIFY(!QFile::exists(QDir(options.outDir).filePath(QStringLiteral("corp.zip"))));
    }

    void zip64ArchiveIsRecognisedAsOurs()
    {
        // Over 65,535 entries (a 300-LAN mesh zip) make a zip64 archive; a second run must still know it.
        QTemporaryDir dir;
        GatewayBundle many{1, QStringLiteral("many"), {}, {}};
        for (int i = 0; i < 66000; ++i)
            many.files.append({QStringLiteral("f%1").arg(i), QByteArray::number(i), BundleFile::Kind::Text});
        QString error;
        OutputFolder out;
        QVERIFY2(out.open(dir.path(), &error), qPrintable(error));
        ZipWriter zip;
        zip.setDigest(ZipWriter::contentDigest(many));
        QVERIFY2(zip.open(out, QStringLiteral("many.zip"), &error) && zip.add(many, &error) && zip.commit(&error),
                 qPrintable(error));
        QVERIFY2(ZipWriter::checkTarget(out, QStringLiteral("many.zip"), &error), qPrintable(error));
        QCOMPARE(ZipWriter::storedDigest(out, QStringLiteral("many.zip")), ZipWriter::contentDigest(many));
        // A file that only ends like an archive, with a comment that is not ours, is still refused.
        writeFile(dir.filePath(QStringLiteral("other.zip")), QByteArray("PK\x05\x06", 4) + QByteArray(16, 0) +
                                                               QByteArray("\x05\x00", 2) + "hello");
        QVERIFY(!ZipWriter::checkTarget(out, QStringLiteral("other.zip"), &error));
        QVERIFY(ZipWriter::storedDigest(out, QStringLiteral("other.zip")).isEmpty());
    }

    void regenerateWritesOnlyWhatChanged()
    {
        QTemporaryDir dir;
        ExportOptions options;
        options.outDir = dir.filePath(QStringLiteral("out"));
        options.keyStoreDir = dir.filePath(QStringLiteral("keys"));
        options.gatewayZips = options.meshZip = true;
        Exporter first(letterMesh(3));
        QString error;
        QVERIFY2(first.run(options, {}, &error), qPrintable(error));
        const auto written = fileStamps(options.outDir);
        QVERIFY(written.contains(QStringLiteral("a/openvpn/corp-b.conf")));

        // Nothing changed: no file, folder or zip is written again.
        Exporter same(first.mesh());
        QVERIFY2(same.run(options, {}, &error), qPrintable(error));
        QCOMPARE(changedPaths(written, fileStamps(options.outDir)), QStringList());

        // What was damaged or added in a folder is put right, in that folder only; a removed zip returns.
        const QDir out(options.outDir);
        const QString readme = out.filePath(QStringLiteral("a/README.txt"));
        writeFile(readme, readAll(readme) + "edited by hand\n");
        writeFile(out.filePath(QStringLiteral("b/openvpn/stray.conf")), "stray\n");
        QVERIFY(QFile::remove(out.filePath(QStringLiteral("c.zip"))));
        Exporter repair(first.mesh());
        QVERIFY2(repair.run(options, {}, &error), qPrintable(error));
        QCOMPARE(changedPaths(written, fileStamps(options.outDir)),
                 (QStringList{QStringLiteral("a/README.txt"), QStringLiteral("c.zip")}));
        QVERIFY(!out.exists(QStringLiteral("b/openvpn/stray.conf")));
        QVERIFY(!readAll(readme).contains("edited by hand"));
        const auto repaired = fileStamps(options.outDir);

        // A new endpoint for c changes the tunnels to c in a and b, and nothing else in their folders.
        Mesh moved = first.mesh();
        moved.lans[moved.lanByName(QStringLiteral("c"))->id].endpoint = QStringLiteral("c2.example.net");
        Exporter change(moved);
        QVERIFY2(change.run(options, {}, &error), qPrintable(error));
        const QStringList changed = changedPaths(repaired, fileStamps(options.outDir));
        QVERIFY2(changed.contains(QStringLiteral("a/openvpn/corp-c.conf")), qPrintable(changed.join(QLatin1Char(' '))));
        QVERIFY2(changed.contains(QStringLiteral("b/openvpn/corp-c.conf")), qPrintable(changed.join(QLatin1Char(' '))));
        QVERIFY2(!changed.contains(QStringLiteral("a/openvpn/corp-b.conf")), qPrintable(changed.join(QLatin1Char(' '))));
        QVERIFY2(!changed.contains(QStringLiteral("a/.p2pvpn-bundle")), qPrintable(changed.join(QLatin1Char(' '))));
        for (const char *zip : {"a.zip", "b.zip", "corp.zip"})
            QVERIFY2(changed.contains(QLatin1String(zip)), zip);
        QVERIFY(!out.exists(QStringLiteral(".a.partial")) && !out.exists(QStringLiteral(".a.old")));

        // What the updates left is exactly what a run into an empty folder makes.
        ExportOptions fresh = options;
        fresh.outDir = dir.filePath(QStringLiteral("fresh"));
        Exporter scratch(change.mesh());
        QVERIFY2(scratch.run(fresh, {}, &error), qPrintable(error));
        const auto freshStamps = fileStamps(fresh.outDir);
        QCOMPARE(fileStamps(options.outDir).keys(), freshStamps.keys());
        for (const QString &path : freshStamps.keys()) {
            QCOMPARE(readAll(out.filePath(path)), readAll(QDir(fresh.outDir).filePath(path)));
            QCOMPARE(modeOf(out.filePath(path)), modeOf(QDir(fresh.outDir).filePath(path)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
