#include "generate/bundlewriter.h"
#include "generate/exporter.h"
#include "testfiles.h"
#include "testmeshes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

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
        QCOMPARE(progress, (QList<int>{13, 23, 33}));
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
};

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
