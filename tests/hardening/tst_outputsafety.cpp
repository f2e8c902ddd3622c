// The output folder cannot make a run touch anything outside it (issue 17, "High"): a symbolic link
// planted at a gateway's folder or at its temporary and old names is refused, and the directory it points
// to (holding a canary and a copy of the bundle marker) survives untouched; new output folders are 0700
// under umask 000; a folder other users may change (group/other-writable, owned by someone else) is
// refused with the fix; a zip the tool did not write is refused and left as it was. Each through the core
// (Exporter, BundleFolderWriter) and through the real `p2pvpn generate`.

#include "generate/bundlewriter.h"
#include "generate/exporter.h"
#include "hardening.h"
#include "model/projectfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace p2pvpn;
using namespace p2pvpn::hardening;
using namespace p2pvpn::test;

namespace {

// A directory outside the output folder that looks like a bundle of ours: what an attacker points at.
struct Victim
{
    QString path;
    explicit Victim(const QString &p) : path(p)
    {
        QDir().mkpath(path);
        writeFile(QDir(path).filePath(QStringLiteral("canary.txt")), "still here\n");
        writeFile(QDir(path).filePath(QLatin1String(BundleFolderWriter::markerName)),
                  "p2pvpn gateway bundle\n");
    }
    bool intact() const
    {
        return readAll(QDir(path).filePath(QStringLiteral("canary.txt"))) == "still here\n" &&
               treeOf(path) == (QStringList{QStringLiteral(".p2pvpn-bundle"), QStringLiteral("canary.txt")});
    }
};

ExportOptions optionsFor(const QTemporaryDir &root, bool zips = false)
{
    ExportOptions options;
    options.outDir = root.filePath(QStringLiteral("out"));
    options.keyStoreDir = root.filePath(QStringLiteral("keys"));
    options.gatewayZips = options.meshZip = zips;
    return options;
}

bool link(const QString &target, const QString &at)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(at).constData()) == 0;
}

// A real zip archive someone else made.
QByteArray foreignZip(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create %s", qPrintable(path));
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("holiday.jpg"))))
        qFatal("cannot add to %s", qPrintable(path));
    entry.write("not a bundle");
    entry.close();
    zip.close();
    return readAll(path);
}

QStringList generateArguments(const QString &project, const QString &out, bool zip = false)
{
    QStringList arguments{QStringLiteral("generate"), project, QStringLiteral("--out"), out};
    if (zip)
        arguments.append(QStringLiteral("--zip"));
    return arguments;
}

QString saveProject(const QTemporaryDir &root)
{
    const QString path = root.filePath(QStringLiteral("corp.p2pmesh"));
    QString error;
    if (!ProjectFile::save(path, letterMesh(2), &error))
        qFatal("%s", qPrintable(error));
    return path;
}

} // namespace

class TestOutputSafety : public QObject
{
    Q_OBJECT

private slots:
    void plantedLinkIsNeverFollowed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("cli");
        for (const char *name : {".a.partial", ".a.old", "a"}) {
            QTest::addRow("%s, core", name) << QString::fromLatin1(name) << false;
            QTest::addRow("%s, p2pvpn generate", name) << QString::fromLatin1(name) << true;
        }
    }
    // A previous run wrote the bundles; then a link appears at one of a gateway's names.
    void plantedLinkIsNeverFollowed()
    {
        QFETCH(QString, name);
        QFETCH(bool, cli);
        QTemporaryDir root;
        const ExportOptions options = optionsFor(root);
        const QString project = saveProject(root);
        QString error;
        Exporter first(letterMesh(2));
        QVERIFY2(first.run(options, {}, &error), qPrintable(error));
        const Victim victim(root.filePath(QStringLiteral("victim")));
        const QString planted = QDir(options.outDir).filePath(name);
        if (name == QLatin1String("a"))
            QVERIFY(QDir(planted).removeRecursively());
        QVERIFY(link(victim.path, planted));

        bool failed = false;
        if (cli) {
            const CliResult result = runCli(generateArguments(project, options.outDir));
            failed = result.exitCode == 2;
            error = result.errText();
        } else {
            Exporter again(first.mesh());
            failed = !again.run(options, {}, &error);
        }
        // First what matters most: nothing outside the output folder was touched.
        QVERIFY2(victim.intact(), qPrintable(QLatin1String("outside the output folder only [") +
                                             treeOf(victim.path).join(QLatin1Char(' ')) +
                                             QLatin1String("] is left; the run said: ") + error));
        QVERIFY2(failed && error.contains(planted) && error.contains(QLatin1String("symbolic link")),
                 qPrintable(error));
        QVERIFY(QFileInfo(planted).isSymLink()); // refused, not silently dropped: the user sees it
    }

    // Links inside a previous bundle of ours (a user's, or planted before the folder was made private) go
    // with it when it is replaced; what they point to stays.
    void linksInsideAnOldBundleAreRemovedNotFollowed()
    {
        QTemporaryDir root;
        const ExportOptions options = optionsFor(root);
        QString error;
        Exporter first(letterMesh(2));
        QVERIFY2(first.run(options, {}, &error), qPrintable(error));
        const Victim victim(root.filePath(QStringLiteral("victim")));
        const QString bundle = QDir(options.outDir).filePath(QStringLiteral("a"));
        QVERIFY(link(victim.path, bundle + QLatin1String("/openvpn/folder-link")));
        QVERIFY(link(QDir(victim.path).filePath(QStringLiteral("canary.txt")),
                     bundle + QLatin1String("/file-link")));
        Exporter again(first.mesh());
        QVERIFY2(again.run(options, {}, &error), qPrintable(error));
        QVERIFY(victim.intact());
        QCOMPARE(modeOf(bundle + QLatin1String("/openvpn/folder-link")), -1);
        QCOMPARE(modeOf(bundle + QLatin1String("/file-link")), -1);
        QVERIFY(!treeOf(options.outDir).contains(QStringLiteral(".a.old")));
    }

    // The folder writer alone, as its callers use it, on a link at the gateway's folder.
    void folderWriterRefusesALinkedBundle()
    {
        QTemporaryDir root;
        const Victim victim(root.filePath(QStringLiteral("victim")));
        const QString out = root.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(link(victim.path, QDir(out).filePath(QStringLiteral("a"))));
        GatewayBundle bundle{1, QStringLiteral("a"), {}, {}};
        bundle.files.append({QStringLiteral("README.txt"), QByteArray("read me\n"), BundleFile::Kind::Text});
        QString error;
        QVERIFY(!BundleFolderWriter::write(bundle, out, &error));
        QVERIFY2(error.contains(QDir(out).filePath(QStringLiteral("a"))), qPrintable(error));
        QVERIFY(victim.intact());
    }

    void newOutputFolderIsPrivate_data()
    {
        QTest::addColumn<bool>("cli");
        QTest::newRow("core") << false;
        QTest::newRow("p2pvpn generate") << true;
    }
    void newOutputFolderIsPrivate()
    {
        QFETCH(bool, cli);
        QTemporaryDir root;
        const QString project = saveProject(root);
        const QString parent = root.filePath(QStringLiteral("new"));
        ExportOptions options = optionsFor(root, true);
        options.outDir = parent + QLatin1String("/out");
        const UmaskGuard guard(0); // the child process inherits it
        if (cli) {
            const CliResult result = runCli(generateArguments(project, options.outDir, true));
            QVERIFY2(result.exitCode == 0, result.err.constData());
        } else {
            QString error;
            Exporter exporter(letterMesh(2));
            QVERIFY2(exporter.run(options, {}, &error), qPrintable(error));
        }
        QCOMPARE(modeOf(parent), 0700);
        QCOMPARE(modeOf(options.outDir), 0700);
        QCOMPARE(modeOf(QDir(options.outDir).filePath(QStringLiteral("a"))), 0700);
        QCOMPARE(modeOf(QDir(options.outDir).filePath(QStringLiteral("corp.zip"))), 0600);
    }

    void refusesAFolderOthersMayChange_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("otherOwner");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("cli");
        for (bool cli : {false, true}) {
            const char *how = cli ? "p2pvpn generate" : "core";
            QTest::addRow("group-writable, %s", how) << 0770 << false << QStringLiteral("chmod go-w") << cli;
            QTest::addRow("world-writable, %s", how) << 0757 << false << QStringLiteral("chmod go-w") << cli;
            QTest::addRow("sticky like /tmp, %s", how)
                << 01777 << false << QStringLiteral("chmod go-w") << cli;
            QTest::addRow("another user's, %s", how) << 0700 << true << QStringLiteral("another user") << cli;
        }
    }
    void refusesAFolderOthersMayChange()
    {
        QFETCH(int, mode);
        QFETCH(bool, otherOwner);
        QFETCH(QString, reason);
        QFETCH(bool, cli);
        if (otherOwner && ::geteuid() != 0)
            QSKIP("giving a folder to another user needs root");
        QTemporaryDir root;
        const QString project = saveProject(root);
        const ExportOptions options = optionsFor(root, true);
        QVERIFY(QDir().mkpath(options.outDir));
        QVERIFY(::chmod(QFile::encodeName(options.outDir).constData(), mode_t(mode)) == 0);
        if (otherOwner)
            QVERIFY(::chown(QFile::encodeName(options.outDir).constData(), 65534, 65534) == 0);
        QString error;
        if (cli) {
            const CliResult result = runCli(generateArguments(project, options.outDir, true));
            QCOMPARE(result.exitCode, 2);
            error = result.errText();
        } else {
            Exporter exporter(letterMesh(2));
            QVERIFY(!exporter.run(options, {}, &error));
        }
        QVERIFY2(error.contains(options.outDir) && error.contains(reason), qPrintable(error));
        QCOMPARE(treeOf(options.outDir), QStringList());
        QCOMPARE(modeOf(options.outDir), mode); // refused, not quietly "fixed"
    }

    void refusesAForeignZip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("cli");
        for (const char *name : {"a.zip", "corp.zip"}) {
            QTest::addRow("%s, core", name) << QString::fromLatin1(name) << false;
            QTest::addRow("%s, p2pvpn generate", name) << QString::fromLatin1(name) << true;
        }
    }
    void refusesAForeignZip()
    {
        QFETCH(QString, name);
        QFETCH(bool, cli);
        QTemporaryDir root;
        const QString project = saveProject(root);
        const ExportOptions options = optionsFor(root, true);
        QVERIFY(QDir().mkpath(options.outDir));
        const QString path = QDir(options.outDir).filePath(name);
        const QByteArray before = foreignZip(path);
        QString error;
        if (cli) {
            const CliResult result = runCli(generateArguments(project, options.outDir, true));
            QCOMPARE(result.exitCode, 2);
            error = result.errText();
        } else {
            Exporter exporter(letterMesh(2));
            QVERIFY(!exporter.run(options, {}, &error));
        }
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("move or remove it")),
                 qPrintable(error));
        QCOMPARE(readAll(path), before);
        QCOMPARE(treeOf(options.outDir), QStringList{name}); // refused before anything was written
    }

    // The tool's own archives are still replaced, and a link at an archive's name is refused.
    void ownZipsReplacedLinkedZipRefused()
    {
        QTemporaryDir root;
        const ExportOptions options = optionsFor(root, true);
        QString error;
        Exporter first(letterMesh(2));
        QVERIFY2(first.run(options, {}, &error), qPrintable(error));
        Exporter again(first.mesh());
        QVERIFY2(again.run(options, {}, &error), qPrintable(error));

        const QString target = root.filePath(QStringLiteral("elsewhere.zip"));
        const QByteArray before = foreignZip(target);
        const QString zip = QDir(options.outDir).filePath(QStringLiteral("b.zip"));
        QVERIFY(QFile::remove(zip));
        QVERIFY(link(target, zip));
        Exporter third(first.mesh());
        QVERIFY(!third.run(options, {}, &error));
        QVERIFY2(error.contains(zip) && error.contains(QLatin1String("symbolic link")), qPrintable(error));
        QCOMPARE(readAll(target), before);
    }
};

QTEST_GUILESS_MAIN(TestOutputSafety)
#include "tst_outputsafety.moc"
