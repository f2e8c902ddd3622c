// Hostile names and values (shell metacharacters, quotes, newlines, "..", very long, non-ASCII, control
// characters): validation rejects them with a clear one-line message, the checker reports them, the
// generator refuses such a mesh before writing anything, a project file holding them still loads (so the
// user can fix it) while `p2pvpn generate` refuses with the findings listed, and what is generated from
// a valid mesh stays inside its folder and its zip root.

#include "check/checker.h"
#include "generate/bundlewriter.h"
#include "generate/exporter.h"
#include "hardening.h"
#include "model/projectfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace p2pvpn;
using namespace p2pvpn::hardening;
using namespace p2pvpn::test;

namespace {

struct Hostile
{
    const char *label;
    QString value;
};

QList<Hostile> hostileValues()
{
    return {
        {"semicolon", QStringLiteral("a;rm -rf /")},
        {"command substitution", QStringLiteral("$(touch /tmp/p2pvpn-pwned)")},
        {"backticks", QStringLiteral("`id`")},
        {"single quote", QStringLiteral("a'b")},
        {"double quote", QStringLiteral("a\"b")},
        {"newline", QStringLiteral("a\nb")},
        {"trailing newline", QStringLiteral("a\n")},
        {"leading newline", QStringLiteral("\na")},
        {"carriage return", QStringLiteral("a\rb")},
        {"line separator", QStringLiteral("a\u2028b")},
        {"dot dot", QStringLiteral("..")},
        {"parent path", QStringLiteral("../etc")},
        {"slash", QStringLiteral("a/b")},
        {"33 characters", QString(33, QLatin1Char('a'))},
        {"5000 characters", QString(5000, QLatin1Char('a'))},
        {"non-ASCII", QStringLiteral("caf\u00e9")},
        {"Cyrillic look-alike", QStringLiteral("\u0430bc")},
        {"bidi override", QStringLiteral("a\u202eb")},
        {"space", QStringLiteral("a b")},
        {"tab", QStringLiteral("a\tb")},
        {"escape sequence", QStringLiteral("a\x1b[2J")},
        {"NUL", QStringLiteral("a") + QChar(0) + QStringLiteral("b")},
        {"option", QStringLiteral("-oProxyCommand=sh")},
        {"glob", QStringLiteral("*")},
        {"pipe", QStringLiteral("a|b")},
        {"redirect", QStringLiteral("a>b")},
        {"tilde", QStringLiteral("~root")},
        {"empty", QString()},
    };
}

// What one field is called in messages, how to validate it alone, and how to put a value into a mesh.
struct Field
{
    const char *name;
    const char *messageWord; // the rejection message names the field
    const char *code;        // the checker's finding
    std::function<QString(const QString &)> validate;
    std::function<void(Mesh *, const QString &)> set;
    QStringList validLabels; // hostile rows that are in fact fine for this field
    std::function<QString(const QString &)> adapt = [](const QString &v) { return v; };
};

QList<Field> fields()
{
    auto lanA = [](Mesh *m) { return m->lan(1); };
    return {
        {"LAN name",
         "LAN name",
         "lan-name-invalid",
         &Lan::validateName,
         [=](Mesh *m, const QString &v) { lanA(m)->name = v; },
         {}},
        {"mesh name",
         "mesh name",
         "mesh-name-invalid",
         &Mesh::validateName,
         [](Mesh *m, const QString &v) { m->name = v; },
         {}},
        // 33 letters make a fine DNS label (up to 63).
        {"endpoint",
         "endpoint",
         "endpoint-invalid",
         &Lan::validateEndpoint,
         [=](Mesh *m, const QString &v) { lanA(m)->endpoint = v; },
         {QStringLiteral("33 characters")}},
        // An empty SSH host means "the endpoint", an empty user means "ask": both are fine in a mesh.
        {"SSH host",
         "endpoint",
         "ssh-invalid",
         &Lan::validateEndpoint,
         [=](Mesh *m, const QString &v) { lanA(m)->ssh.host = v; },
         {QStringLiteral("33 characters"), QStringLiteral("empty")}},
        {"SSH user",
         "SSH user",
         "ssh-invalid",
         &Lan::validateSshUser,
         [=](Mesh *m, const QString &v) { lanA(m)->ssh.user = v; },
         {}},
        // As a path component: "/a/b" and a 33-letter folder are fine.
        {"target directory",
         "target directory",
         "target-dir-invalid",
         &Lan::validateTargetDir,
         [=](Mesh *m, const QString &v) { lanA(m)->deploy.targetDir = v; },
         {QStringLiteral("slash"), QStringLiteral("33 characters")},
         [](const QString &v) { return QLatin1Char('/') + v; }},
    };
}

// Rows: field x hostile value, for the fields' validators and for the checker.
void addHostileRows(bool inMesh)
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    for (const Field &f : fields()) {
        for (const Hostile &h : hostileValues()) {
            if (f.validLabels.contains(QLatin1String(h.label)))
                continue;
            if (!inMesh && QByteArray(f.name) == "SSH host") // the same validator as the endpoint
                continue;
            if (inMesh && QByteArray(f.name) == "SSH user" && h.value.isEmpty())
                continue;
            QTest::addRow("%s: %s", f.name, h.label) << QString::fromLatin1(f.name) << f.adapt(h.value);
        }
    }
    // Settings that land in OpenVPN configs: no directive may ride along.
    if (inMesh)
        for (const char *ciphers :
             {"AES-256-GCM\nscript-security 2\nup /bin/sh", "AES-256-GCM\n", "AES-256-GCM\r\nverb 11",
              "AES-256-GCM up /bin/sh", "AES-256-GCM;reboot", "AES-256-GCM:", ":AES-256-GCM",
              "AES-256-GCM # x", "", "AES-256-GCM\u2028plugin x"})
            QTest::addRow("data ciphers: %s", QByteArray(ciphers).toPercentEncoding(" :").constData())
                << QStringLiteral("data ciphers") << QString::fromUtf8(ciphers);
}

const Field *fieldNamed(const QString &name)
{
    static const QList<Field> all = fields();
    for (const Field &f : all)
        if (QLatin1String(f.name) == name)
            return &f;
    return nullptr;
}

// Applies a row to a valid two-LAN mesh; returns the code the checker must report.
QString applyRow(Mesh *mesh, const QString &field, const QString &value)
{
    if (field == QLatin1String("data ciphers")) {
        mesh->settings.dataCiphers = value;
        return QStringLiteral("settings-invalid");
    }
    const Field *f = fieldNamed(field);
    f->set(mesh, value);
    return QLatin1String(f->code);
}

// A message a person can read: one line, no terminal control, not the whole 5000-character value.
void verifyClearMessage(const QString &message)
{
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.size() < 300, qPrintable(message.left(300)));
    for (QChar c : message)
        QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format &&
                     c.category() != QChar::Separator_Line && c.category() != QChar::Separator_Paragraph,
                 qPrintable(QStringLiteral("control character U+%1 in: %2")
                                .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                .arg(message)));
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void validationAcceptsOrdinaryValues()
    {
        QCOMPARE(Lan::validateName(QStringLiteral("aws-east-1")), QString());
        QCOMPARE(Mesh::validateName(QString(32, QLatin1Char('m'))), QString());
        QCOMPARE(Lan::validateEndpoint(QStringLiteral("vpn.east.example.com")), QString());
        QCOMPARE(Lan::validateEndpoint(QStringLiteral("198.51.100.7")), QString());
        QCOMPARE(Lan::validateSshUser(QStringLiteral("deploy_bot.1")), QString());
        QCOMPARE(Lan::validateTargetDir(QStringLiteral("/etc/openvpn/server")), QString());
        QVERIFY(Checker::errorCount(Checker::check(letterMesh(2))) == 0);
    }

    void validationRejects_data() { addHostileRows(false); }
    void validationRejects()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        const Field *f = fieldNamed(field);
        const QString message = f->validate(value);
        QVERIFY2(!message.isEmpty(), "accepted");
        QVERIFY2(message.contains(QLatin1String(f->messageWord)), qPrintable(message));
        verifyClearMessage(message);
    }

    void checkerReports_data() { addHostileRows(true); }
    void checkerReports()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Mesh mesh = letterMesh(2);
        const QString code = applyRow(&mesh, field, value);
        const QList<Finding> findings = Checker::check(mesh);
        const auto it =
            std::find_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.code == code; });
        QVERIFY2(it != findings.end(), qPrintable(code));
        QVERIFY(it->isError());
        if (field != QLatin1String("mesh name") && field != QLatin1String("data ciphers"))
            QVERIFY(it->lans.contains(1));
        verifyClearMessage(it->message);
    }

    // Refused before anything is written: no folder, zip or key store, inside or outside the output folder.
    void generatorRefuses_data() { addHostileRows(true); }
    void generatorRefuses()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Mesh mesh = letterMesh(2);
        const QString code = applyRow(&mesh, field, value);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        // The output folder is nested, so that a "../" escape would land inside root and be seen.
        ExportOptions options;
        options.outDir = root.filePath(QStringLiteral("deep/out"));
        options.keyStoreDir = root.filePath(QStringLiteral("deep/keys"));
        options.gatewayZips = options.meshZip = true;
        Exporter exporter(mesh);
        QString error;
        QVERIFY(!exporter.run(options, {}, &error));
        QVERIFY2(error.contains(code), qPrintable(error));
        QCOMPARE(treeOf(root.path()), QStringList());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/p2pvpn-pwned")));
    }

    // Behind the checker, the writers themselves refuse a bundle whose name or paths would leave their root.
    void writersRefuseUnsafePaths_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path");
        const QString ok = QStringLiteral("openvpn/corp-b.conf");
        QTest::newRow("name ..") << QStringLiteral("..") << ok;
        QTest::newRow("name ../x") << QStringLiteral("../x") << ok;
        QTest::newRow("name a/b") << QStringLiteral("a/b") << ok;
        QTest::newRow("name empty") << QString() << ok;
        QTest::newRow("name with newline") << QStringLiteral("a\n") << ok;
        QTest::newRow("path ../..") << QStringLiteral("a") << QStringLiteral("../../etc/passwd");
        QTest::newRow("path absolute") << QStringLiteral("a") << QStringLiteral("/etc/passwd");
        QTest::newRow("path inner ..") << QStringLiteral("a") << QStringLiteral("openvpn/../../x");
        QTest::newRow("path empty part") << QStringLiteral("a") << QStringLiteral("openvpn//x");
        QTest::newRow("path .") << QStringLiteral("a") << QStringLiteral("./x");
        QTest::newRow("path backslash") << QStringLiteral("a") << QStringLiteral("..\\..\\x");
        QTest::newRow("path control") << QStringLiteral("a") << QStringLiteral("x\x01");
        QTest::newRow("path empty") << QStringLiteral("a") << QString();
    }
    void writersRefuseUnsafePaths()
    {
        QFETCH(QString, name);
        QFETCH(QString, path);
        GatewayBundle bundle{1, name, {}, {}};
        bundle.files.append({QStringLiteral("README.txt"), QByteArray("read me\n"), BundleFile::Kind::Text});
        bundle.files.append({path, QByteArray("secret\n"), BundleFile::Kind::Secret});
        QTemporaryDir root;
        const QString out = root.filePath(QStringLiteral("deep/out"));
        QVERIFY(QDir().mkpath(out));
        QString error;
        QVERIFY(!BundleFolderWriter::write(bundle, out, &error));
        QVERIFY2(error.contains(QLatin1String("refusing")), qPrintable(error));
        verifyClearMessage(error);
        {
            ZipWriter zip;
            QVERIFY2(zip.open(QDir(out).filePath(QStringLiteral("z.zip")), &error), qPrintable(error));
            QVERIFY(!zip.add(bundle, &error));
            QVERIFY2(error.contains(QLatin1String("refusing")), qPrintable(error));
        } // not committed: the partial archive goes
        QCOMPARE(treeOf(root.path()), (QStringList{QStringLiteral("deep"), QStringLiteral("deep/out")}));
    }

    // Free-text fields are never rendered into a bundle, so they may hold anything.
    void freeTextNeverReachesABundle()
    {
        const QString marker = QStringLiteral("zz-marker-$(touch /tmp/p2pvpn-pwned)\n'\"`");
        Mesh mesh = letterMesh(2);
        mesh.lan(1)->notes = marker;
        mesh.lan(2)->ssh.keyFile = marker;
        QTemporaryDir root;
        ExportOptions options;
        options.outDir = root.filePath(QStringLiteral("out"));
        options.keyStoreDir = root.filePath(QStringLiteral("keys"));
        options.gatewayZips = options.meshZip = true;
        Exporter exporter(mesh);
        QString error;
        QVERIFY2(exporter.run(options, {}, &error), qPrintable(error));
        int files = 0;
        for (const QString &path : treeOf(options.outDir)) {
            QFile file(QDir(options.outDir).filePath(path));
            if (!file.open(QIODevice::ReadOnly))
                continue; // a folder
            QVERIFY2(!file.readAll().contains("zz-marker"), qPrintable(path));
            ++files;
        }
        QVERIFY(files > 10);
    }

    // Everything generated for a valid mesh (names at their limits) stays in its place: each gateway's
    // files in out/<lan>/ and in its zip under "<lan>/", the mesh zip's entries under one LAN's root.
    void outputStaysInsideItsRoot()
    {
        Mesh mesh;
        mesh.name = QString(32, QLatin1Char('m'));
        const QStringList names{QString(32, QLatin1Char('z')), QStringLiteral("0"), QStringLiteral("a-b-c-"),
                                QStringLiteral("9lives")};
        for (int i = 0; i < names.size(); ++i)
            mesh.addLan(makeLan(names[i], {net(QStringLiteral("10.%1.0.0/16").arg(i + 1))},
                                QStringLiteral("192.0.2.%1").arg(i + 1)));
        QTemporaryDir root;
        ExportOptions options;
        options.outDir = root.filePath(QStringLiteral("out"));
        options.keyStoreDir = root.filePath(QStringLiteral("keys"));
        options.gatewayZips = options.meshZip = true;
        Exporter exporter(mesh);
        QString error;
        QVERIFY2(exporter.run(options, {}, &error), qPrintable(error));

        QStringList expectedTop = names;
        for (const QString &n : names)
            expectedTop.append(n + QLatin1String(".zip"));
        expectedTop.append(mesh.name + QLatin1String(".zip"));
        expectedTop.sort();
        QCOMPARE(QDir(options.outDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 expectedTop);

        auto verifyEntryName = [](const QString &entry) {
            QVERIFY2(!entry.startsWith(QLatin1Char('/')) && !entry.contains(QLatin1Char('\\')),
                     qPrintable(entry));
            for (const QString &part : entry.split(QLatin1Char('/')))
                QVERIFY2(!part.isEmpty() && part != QLatin1String(".") && part != QLatin1String(".."),
                         qPrintable(entry));
        };
        const QString canonicalOut = QFileInfo(options.outDir).canonicalFilePath();
        QStringList meshZipExpected;
        for (const QString &lan : names) {
            QStringList folderFiles;
            for (const QString &path : treeOf(QDir(options.outDir).filePath(lan))) {
                const QFileInfo info(QDir(options.outDir).filePath(lan + QLatin1Char('/') + path));
                QVERIFY2(!info.isSymLink(), qPrintable(path));
                QVERIFY(info.canonicalFilePath().startsWith(canonicalOut + QLatin1Char('/') + lan +
                                                            QLatin1Char('/')));
                if (info.isFile() && info.fileName() != QLatin1String(".p2pvpn-bundle"))
                    folderFiles.append(lan + QLatin1Char('/') + path);
            }
            folderFiles.sort();
            const QMap<QString, ZipEntry> zip =
                readZip(QDir(options.outDir).filePath(lan + QLatin1String(".zip")));
            QVERIFY(!zip.isEmpty());
            for (const QString &entry : zip.keys()) {
                QVERIFY2(entry.startsWith(lan + QLatin1Char('/')), qPrintable(entry));
                verifyEntryName(entry);
            }
            // The zip holds exactly the folder's files (the marker file aside).
            QCOMPARE(zip.keys(), folderFiles);
            meshZipExpected += folderFiles;
        }
        meshZipExpected.sort();
        const QMap<QString, ZipEntry> meshZip =
            readZip(QDir(options.outDir).filePath(mesh.name + QLatin1String(".zip")));
        for (const QString &entry : meshZip.keys())
            verifyEntryName(entry);
        QCOMPARE(meshZip.keys(), meshZipExpected);
    }

    // A project file may hold hostile values (hand-edited, or from someone else): it loads, so the user can
    // fix it, but `p2pvpn check` lists every problem and `p2pvpn generate` refuses and writes nothing.
    void cliLoadsButRefusesToGenerate()
    {
        Mesh mesh = letterMesh(3);
        mesh.name = QStringLiteral("../up");
        mesh.lan(1)->name = QStringLiteral("a;rm -rf ~");
        mesh.lan(2)->endpoint = QStringLiteral("$(id).example.com");
        mesh.lan(2)->ssh.user = QStringLiteral("root\n");
        mesh.lan(3)->deploy.targetDir = QStringLiteral("/etc/openvpn/../../root/.ssh");
        mesh.lan(3)->ssh.host = QStringLiteral("gw\x1b]0;owned\x07");
        mesh.settings.dataCiphers = QStringLiteral("AES-256-GCM\nup /bin/sh");
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("hostile.p2pmesh"));
        QString error;
        QVERIFY2(ProjectFile::save(path, mesh, &error), qPrintable(error));
        Mesh loaded;
        QVERIFY2(ProjectFile::load(path, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded, mesh);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();

        const QStringList codes{QStringLiteral("mesh-name-invalid"),  QStringLiteral("lan-name-invalid"),
                                QStringLiteral("endpoint-invalid"),   QStringLiteral("ssh-invalid"),
                                QStringLiteral("target-dir-invalid"), QStringLiteral("settings-invalid")};
        const CliResult check = runCli({QStringLiteral("check"), path});
        QCOMPARE(check.exitCode, 1);
        for (const QString &code : codes)
            QVERIFY2(check.out.contains(code.toUtf8()), check.out.constData());
        QVERIFY2(!check.out.contains('\x1b') && !check.out.contains('\x07'),
                 check.out.toPercentEncoding(" :\n").constData());
        // One finding a line: every line of the report starts with its severity (or is the summary).
        const QList<QByteArray> lines = check.out.trimmed().split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(lines[i].startsWith("error: ") || lines[i].startsWith("warning: "),
                     lines[i].constData());

        const QString out = root.filePath(QStringLiteral("out"));
        const CliResult generate =
            runCli({QStringLiteral("generate"), path, QStringLiteral("--out"), out, QStringLiteral("--zip")});
        QCOMPARE(generate.exitCode, 1);
        for (const QString &code : codes)
            QVERIFY2(generate.err.contains(code.toUtf8()), generate.err.constData());
        QVERIFY(!generate.err.contains('\x1b'));
        QCOMPARE(generate.out, QByteArray());
        QCOMPARE(treeOf(root.path()), QStringList{QStringLiteral("hostile.p2pmesh")});
        QVERIFY(file.seek(0));
        QCOMPARE(file.readAll(), before);
    }

    // The CLI's editing commands refuse hostile values outright and leave the file alone.
    void cliEditsRefuse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString lanOptions = QStringLiteral("--subnet|10.9.0.0/16|--endpoint|192.0.2.9");
        auto row = [&](const char *name, const QString &args) {
            QTest::newRow(name) << args.split(QLatin1Char('|'));
        };
        row("add-lan name with ;", QStringLiteral("add-lan|FILE|x;reboot|") + lanOptions);
        row("add-lan name with newline", QStringLiteral("add-lan|FILE|x\n|") + lanOptions);
        row("add-lan name ..", QStringLiteral("add-lan|FILE|..|") + lanOptions);
        row("add-lan endpoint $()",
            QStringLiteral("add-lan|FILE|x|--subnet|10.9.0.0/16|--endpoint|$(reboot)"));
        row("add-lan ssh user option",
            QStringLiteral("add-lan|FILE|x|%1|--ssh|-oProxyCommand=sh@gw.example.com").arg(lanOptions));
        row("add-lan ssh user quote",
            QStringLiteral("add-lan|FILE|x|%1|--ssh|a'b@gw.example.com").arg(lanOptions));
        row("set-lan target dir ..", QStringLiteral("set-lan|FILE|a|--target-dir|/etc/../root"));
        row("set-lan target dir relative", QStringLiteral("set-lan|FILE|a|--target-dir|etc/openvpn"));
        row("set-lan target dir newline", QStringLiteral("set-lan|FILE|a|--target-dir|/etc/openvpn\n"));
        row("set-lan rename non-ASCII", QStringLiteral("set-lan|FILE|a|--name|caf\u00e9"));
        row("settings mesh name", QStringLiteral("settings|FILE|--name|$(reboot)"));
        row("init name", QStringLiteral("init|NEWFILE|--name|a b"));
    }
    void cliEditsRefuse()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("m.p2pmesh"));
        QString error;
        QVERIFY2(ProjectFile::save(path, letterMesh(2), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        arguments.replaceInStrings(QStringLiteral("NEWFILE"), root.filePath(QStringLiteral("new.p2pmesh")));
        arguments.replaceInStrings(QStringLiteral("FILE"), path);
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!result.err.contains('\x1b'));
        QVERIFY(file.seek(0));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(treeOf(root.path()), QStringList{QStringLiteral("m.p2pmesh")});
    }

    // Data ciphers on the command line: a hostile list is refused there (a project file carrying one is
    // refused by the checker, the rows above), so it never reaches a config.
    void cliCipherInjectionRefusedAtGenerate()
    {
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("m.p2pmesh"));
        QString error;
        QVERIFY2(ProjectFile::save(path, letterMesh(2), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        const CliResult set = runCli({QStringLiteral("settings"), path, QStringLiteral("--data-ciphers"),
                                      QStringLiteral("AES-256-GCM\nscript-security 2\nup /bin/sh")});
        QCOMPARE(set.exitCode, 2);
        QVERIFY2(set.err.contains("--data-ciphers"), set.err.constData());
        QVERIFY(file.seek(0));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
