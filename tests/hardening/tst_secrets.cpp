// Secrets: private keys are 0600 in the key store (folder 0700), in generated folders and in zips (the
// entries' unix modes, and what `unzip` makes of them), whatever the umask; a bundle holds its own
// gateway's key and no other (never the CA key); the CLI never prints key material.

#include "generate/exporter.h"
#include "hardening.h"
#include "keys/keystore.h"
#include "model/projectfile.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace p2pvpn;
using namespace p2pvpn::hardening;
using namespace p2pvpn::test;

namespace {

bool holdsKeyMaterial(const QByteArray &content)
{
    return content.contains("PRIVATE KEY") || content.contains("OpenVPN Static key");
}

// The body lines of every PEM or static-key block in a key store file: the secret itself.
QList<QByteArray> secretLines(const QByteArray &content)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : content.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.size() >= 16 && !l.startsWith("-----") && !l.startsWith('#'))
            lines.append(l);
    }
    return lines;
}

// Every private-key block in a text (PEM "PRIVATE KEY" blocks), trimmed.
QList<QByteArray> privateKeyBlocks(const QByteArray &content)
{
    QList<QByteArray> blocks;
    static const QRegularExpression pem(
        QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----[^-]*-----END [A-Z ]*PRIVATE KEY-----"));
    for (auto it = pem.globalMatch(QString::fromLatin1(content)); it.hasNext();)
        blocks.append(it.next().captured().toLatin1().trimmed());
    return blocks;
}

ExportOptions allOutputs(const QTemporaryDir &root)
{
    ExportOptions options;
    options.outDir = root.filePath(QStringLiteral("out"));
    options.keyStoreDir = root.filePath(QStringLiteral("keys"));
    options.gatewayZips = options.meshZip = true;
    return options;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void keyStoreIsPrivate_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 000") << 0000;
        QTest::newRow("umask 022") << 0022;
        QTest::newRow("umask 077") << 0077;
    }
    void keyStoreIsPrivate()
    {
        QFETCH(int, mask);
        const UmaskGuard guard{mode_t(mask)};
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("corp.p2pmesh.keys"));
        QString error;
        {
            KeyStore store(dir);
            QVERIFY2(store.ca(QStringLiteral("corp"), &error), qPrintable(error));
            QVERIFY2(store.gateway(1, QStringLiteral("a"), KeyMode::Ca, &error), qPrintable(error));
            QVERIFY2(store.gateway(2, QStringLiteral("b"), KeyMode::Fingerprint, &error), qPrintable(error));
            QVERIFY2(store.tlsCryptKey(LinkKey(1, 2), &error), qPrintable(error));
            QVERIFY2(store.sync(&error), qPrintable(error));
        }
        QCOMPARE(modeOf(dir), 0700);
        const QStringList files = treeOf(dir);
        QCOMPARE(files.size(), 7); // ca.key/.crt, gateway-1/2.key/.crt, tunnel-1-2.key
        for (const QString &name : files)
            QVERIFY2(modeOf(QDir(dir).filePath(name)) == 0600, qPrintable(name));

        // A store someone opened up (copied without modes, chmod -R) is closed again on its next use.
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        for (const QString &name : files)
            QVERIFY(::chmod(QFile::encodeName(QDir(dir).filePath(name)).constData(), 0644) == 0);
        {
            KeyStore store(dir);
            QVERIFY2(store.ca(QStringLiteral("corp"), &error), qPrintable(error));
            QVERIFY2(store.gateway(1, QStringLiteral("a"), KeyMode::Ca, &error), qPrintable(error));
            QVERIFY2(store.gateway(2, QStringLiteral("b"), KeyMode::Fingerprint, &error), qPrintable(error));
            QVERIFY2(store.tlsCryptKey(LinkKey(1, 2), &error), qPrintable(error));
        }
        QCOMPARE(modeOf(dir), 0700);
        for (const QString &name : files)
            QVERIFY2(modeOf(QDir(dir).filePath(name)) == 0600, qPrintable(name));
    }

    void bundlesArePrivate_data()
    {
        QTest::addColumn<int>("mask");
        QTest::addColumn<KeyMode>("mode");
        QTest::newRow("fingerprint, umask 000") << 0000 << KeyMode::Fingerprint;
        QTest::newRow("ca, umask 000") << 0000 << KeyMode::Ca;
        QTest::newRow("fingerprint, umask 022") << 0022 << KeyMode::Fingerprint;
    }
    void bundlesArePrivate()
    {
        QFETCH(int, mask);
        QFETCH(KeyMode, mode);
        const UmaskGuard guard{mode_t(mask)};
        QTemporaryDir root;
        const ExportOptions options = allOutputs(root);
        Exporter exporter(letterMesh(3, Topology::Full, mode));
        QString error;
        QVERIFY2(exporter.run(options, {}, &error), qPrintable(error));

        // Folders: every file with key material 0600, every folder 0700.
        int secretFiles = 0;
        for (const QString &path : treeOf(options.outDir)) {
            const QString full = QDir(options.outDir).filePath(path);
            if (QFileInfo(full).isDir()) {
                QVERIFY2(modeOf(full) == 0700, qPrintable(path));
            } else if (path.endsWith(QLatin1String(".zip"))) {
                QVERIFY2(modeOf(full) == 0600, qPrintable(path));
            } else if (holdsKeyMaterial(readAll(full))) {
                QVERIFY2(modeOf(full) == 0600, qPrintable(path));
                ++secretFiles;
            }
        }
        QCOMPARE(secretFiles, 6); // two tunnel ends on each of three gateways

        // Zips: entries keep a Unix mode; those with key material are regular files 0600.
        int secretEntries = 0;
        for (const QString &zipName :
             {QStringLiteral("a.zip"), QStringLiteral("b.zip"), QStringLiteral("corp.zip")}) {
            const QMap<QString, ZipEntry> entries = readZip(QDir(options.outDir).filePath(zipName));
            QVERIFY(!entries.isEmpty());
            for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
                QVERIFY2(it->madeBy == 3, qPrintable(it.key())); // Unix, so unzip applies the modes
                if (holdsKeyMaterial(it->content)) {
                    QVERIFY2(it->unixMode == (S_IFREG | 0600),
                             qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(it->unixMode, 0, 8)));
                    ++secretEntries;
                }
            }
        }
        QCOMPARE(secretEntries, 2 + 2 + 6);

        // What a person's unzip makes of them.
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (unzip.isEmpty())
            QSKIP("unzip is not installed (installer/bootstrap.sh test installs it); the entry modes were "
                  "checked");
        const QString extracted = root.filePath(QStringLiteral("unzipped"));
        QProcess process;
        process.start(unzip, {QStringLiteral("-q"), QDir(options.outDir).filePath(QStringLiteral("corp.zip")),
                              QStringLiteral("-d"), extracted});
        QVERIFY(process.waitForFinished(60000) && process.exitCode() == 0);
        int extractedSecrets = 0;
        for (const QString &path : treeOf(extracted)) {
            const QString full = QDir(extracted).filePath(path);
            if (QFileInfo(full).isFile() && holdsKeyMaterial(readAll(full))) {
                QVERIFY2(modeOf(full) == 0600, qPrintable(path));
                ++extractedSecrets;
            }
        }
        QCOMPARE(extractedSecrets, 6);
    }

    // CA mode, set up through the CLI as a user would: each bundle carries its own gateway's key and no
    // other private key; the CA key appears nowhere, in folders or zips.
    void caKeyNeverInABundle()
    {
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("corp.p2pmesh"));
        QString error;
        QVERIFY2(ProjectFile::save(path, letterMesh(3), &error), qPrintable(error));
        QCOMPARE(
            runCli({QStringLiteral("settings"), path, QStringLiteral("--key-mode"), QStringLiteral("ca")})
                .exitCode,
            0);
        const QString out = root.filePath(QStringLiteral("out"));
        const CliResult generate =
            runCli({QStringLiteral("generate"), path, QStringLiteral("--out"), out, QStringLiteral("--zip")});
        QVERIFY2(generate.exitCode == 0, generate.err.constData());

        const QString keys = KeyStore::directoryFor(path);
        const QByteArray caKey = readAll(QDir(keys).filePath(KeyStore::caKeyFileName()));
        QVERIFY(caKey.contains("PRIVATE KEY"));
        const QList<QByteArray> caLines = secretLines(caKey);
        QVERIFY(!caLines.isEmpty());
        QMap<QString, QByteArray> ownKey; // LAN name -> its gateway key block
        for (int id = 1; id <= 3; ++id) {
            const QList<QByteArray> blocks =
                privateKeyBlocks(readAll(QDir(keys).filePath(KeyStore::gatewayKeyFileName(id))));
            QCOMPARE(blocks.size(), 1);
            ownKey.insert(QString(QChar(u'a' + id - 1)), blocks.first());
        }

        // Every file of every bundle, from the folders and from each zip, under "<lan>/...".
        QList<QPair<QString, QByteArray>> files;
        for (const QString &rel : treeOf(out)) {
            const QString full = QDir(out).filePath(rel);
            if (!QFileInfo(full).isFile())
                continue;
            if (rel.endsWith(QLatin1String(".zip"))) {
                const QMap<QString, ZipEntry> entries = readZip(full);
                QVERIFY2(!entries.isEmpty(), qPrintable(rel));
                for (auto it = entries.cbegin(); it != entries.cend(); ++it)
                    files.append({it.key(), it->content});
            } else {
                files.append({rel, readAll(full)});
            }
        }
        QVERIFY(files.size() > 30);
        int configs = 0;
        for (const auto &[name, content] : std::as_const(files)) {
            for (const QByteArray &line : caLines)
                QVERIFY2(!content.contains(line), qPrintable(name));
            const QString lan = name.section(QLatin1Char('/'), 0, 0);
            for (const QByteArray &block : privateKeyBlocks(content))
                QVERIFY2(block == ownKey.value(lan),
                         qPrintable(name + QLatin1String(": a private key that is not its gateway's")));
            if (name.contains(QLatin1String("/openvpn/"))) {
                QVERIFY2(content.contains("<ca>"), qPrintable(name));
                QVERIFY2(content.contains(ownKey.value(lan)), qPrintable(name));
                ++configs;
            }
        }
        QCOMPARE(configs, 3 * 6); // 6 tunnel ends, each in a folder, a gateway zip and the mesh zip
    }

    // No command prints key material, on stdout or stderr, whatever it does.
    void cliNeverPrintsKeyMaterial()
    {
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("corp.p2pmesh"));
        const QString out = root.filePath(QStringLiteral("out"));
        const QList<QStringList> session{
            {QStringLiteral("init"), path},
            {QStringLiteral("add-lan"), path, QStringLiteral("a"), QStringLiteral("--subnet"),
             QStringLiteral("10.1.0.0/16"), QStringLiteral("--endpoint"), QStringLiteral("192.0.2.1")},
            {QStringLiteral("add-lan"), path, QStringLiteral("b"), QStringLiteral("--subnet"),
             QStringLiteral("10.2.0.0/16"), QStringLiteral("--endpoint"), QStringLiteral("192.0.2.2")},
            {QStringLiteral("generate"), path, QStringLiteral("--out"), out, QStringLiteral("--zip")},
            {QStringLiteral("settings"), path, QStringLiteral("--key-mode"), QStringLiteral("ca")},
            {QStringLiteral("generate"), path, QStringLiteral("--out"), out, QStringLiteral("--zip")},
            {QStringLiteral("generate"), path, QStringLiteral("--out"), out}, // again: keys reused
            {QStringLiteral("check"), path},
            {QStringLiteral("check"), path, QStringLiteral("--json")},
            {QStringLiteral("list"), path},
            {QStringLiteral("settings"), path},
            {QStringLiteral("rotate-keys"), path, QStringLiteral("a")},
            {QStringLiteral("generate"), path, QStringLiteral("--out"), out},
            {QStringLiteral("rotate-keys"), path},
            {QStringLiteral("generate"), path, QStringLiteral("--out"), out, QStringLiteral("--zip")},
            {QStringLiteral("generate"), path, QStringLiteral("--out"), path}, // an error: out is a file
        };
        QByteArray printed;
        for (const QStringList &arguments : session) {
            const CliResult result = runCli(arguments);
            QVERIFY2(result.exitCode >= 0, qPrintable(arguments.join(QLatin1Char(' '))));
            printed += result.out + result.err;
        }
        QVERIFY(printed.contains("gateway bundle")); // the session did produce output
        QVERIFY(!printed.contains("PRIVATE") && !printed.contains("BEGIN") &&
                !printed.contains("Static key"));
        // Not a line of any key the store holds now (the last generation's), nor of the bundles.
        const QString keys = KeyStore::directoryFor(path);
        int checked = 0;
        for (const QString &name : treeOf(keys)) {
            if (name.endsWith(QLatin1String(".crt"))) // certificates are public
                continue;
            for (const QByteArray &line : secretLines(readAll(QDir(keys).filePath(name)))) {
                QVERIFY2(!printed.contains(line), qPrintable(name));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
