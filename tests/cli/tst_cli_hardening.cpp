// The real `p2pvpn` against crafted input (issue 17's small items): nothing it prints drives the terminal,
// OpenVPN's own refusals are caught by `check`, no file is written through a dangling symbolic link, the
// mesh zip never collides with a gateway's, and a huge value is never echoed whole.

#include "clitest.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <functional>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

// The first raw control character other than newline and tab, as "U+001B at 12", or empty.
QString rawControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i].category() == QChar::Other_Control && text[i] != u'\n' && text[i] != u'\t')
            return QStringLiteral("U+%1 at %2").arg(text[i].unicode(), 4, 16, QLatin1Char('0')).arg(i);
    return QString();
}

} // namespace

class TestCliHardening : public QObject, public test::CliFixture
{
    Q_OBJECT
private slots:
    void init() { fresh(); }

    void noRawControlCharacters_data();
    void noRawControlCharacters();
    void dataCiphersOpenVpnRefuses();
    void cbcCipherWarned();
    void nonDottedEndpointsRefused_data();
    void nonDottedEndpointsRefused();
    void noWriteThroughDanglingSymlink_data();
    void noWriteThroughDanglingSymlink();
    void meshZipNeverCollides();
    void hugeValuesShortened_data();
    void hugeValuesShortened();

private:
    // m.p2pmesh from makeTwoLanMesh(), then `edit` applied to its JSON (what no CLI command would write).
    void craft(const std::function<void(QJsonObject &)> &edit);
};

void TestCliHardening::craft(const std::function<void(QJsonObject &)> &edit)
{
    makeTwoLanMesh();
    QJsonObject root = QJsonDocument::fromJson(readAll(path("m.p2pmesh"))).object();
    QVERIFY(!root.isEmpty());
    edit(root);
    writeFile(path("m.p2pmesh"), QJsonDocument(root).toJson());
}

void TestCliHardening::noRawControlCharacters_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const char *command : {"list", "settings", "check"})
        QTest::newRow(command) << strings({command, "{dir}/m.p2pmesh"});
    QTest::newRow("check --json") << strings({"check", "{dir}/m.p2pmesh", "--json"});
}

// A project from elsewhere may carry escape sequences where the loader takes free text (an old file's
// mesh name, an endpoint, the data ciphers, a LAN's notes): what the commands print shows them escaped.
void TestCliHardening::noRawControlCharacters()
{
    QFETCH(QStringList, arguments);
    craft([](QJsonObject &root) {
        const QString title = QStringLiteral("\x1b]0;owned\x07\x1b[2J\u009b2J");
        root[QStringLiteral("name")] = QStringLiteral("corp") + title;
        QJsonObject settings = root[QStringLiteral("settings")].toObject();
        settings[QStringLiteral("dataCiphers")] = QStringLiteral("AES-256-GCM") + title;
        root[QStringLiteral("settings")] = settings;
        QJsonArray lans = root[QStringLiteral("lans")].toArray();
        QJsonObject lan = lans.at(0).toObject();
        lan[QStringLiteral("endpoint")] = title + QStringLiteral(".example.com");
        lan[QStringLiteral("notes")] = title;
        lans[0] = lan;
        root[QStringLiteral("lans")] = lans;
    });
    const Result r = run(arguments);
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    QVERIFY2(rawControl(r.out).isEmpty(), qPrintable(rawControl(r.out) + QLatin1Char(' ') + r.out));
    QVERIFY2(rawControl(r.err).isEmpty(), qPrintable(rawControl(r.err) + QLatin1Char(' ') + r.err));
    QVERIFY2((r.out + r.err).contains(QLatin1String("\\u001b")), qPrintable(r.out + r.err));
}

void TestCliHardening::dataCiphersOpenVpnRefuses()
{
    makeTwoLanMesh();
    const QByteArray before = readAll(path("m.p2pmesh"));
    // The command line refuses a typo and names it; the file stays as it was.
    Result r = run({"settings", "{dir}/m.p2pmesh", "--data-ciphers", "AES-256-GCM:AES-256-GMC"});
    CHECK_RUN(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("--data-ciphers")) &&
                 r.err.contains(QLatin1String("\"AES-256-GMC\"")),
             qPrintable(r.err));
    QCOMPARE(readAll(path("m.p2pmesh")), before);
    // A project file carrying one fails `check` (and so generate), naming the entry.
    QJsonObject root = QJsonDocument::fromJson(before).object();
    QJsonObject settings = root[QStringLiteral("settings")].toObject();
    settings[QStringLiteral("dataCiphers")] = QStringLiteral("AES-256-GCM:BF-CBC:CHACHA20-POLY1305");
    root[QStringLiteral("settings")] = settings;
    writeFile(path("m.p2pmesh"), QJsonDocument(root).toJson());
    r = run({"check", "{dir}/m.p2pmesh"});
    CHECK_RUN(r, 1);
    QVERIFY2(r.out.contains(QLatin1String("error: settings-invalid:")) &&
                 r.out.contains(QLatin1String("\"BF-CBC\"")),
             qPrintable(r.out));
    // Names are matched as OpenSSL does, whatever their case.
    CHECK_RUN(run({"settings", "{dir}/m.p2pmesh", "--data-ciphers", "aes-128-gcm:ChaCha20-Poly1305"}), 0);
}

void TestCliHardening::cbcCipherWarned()
{
    makeTwoLanMesh();
    CHECK_RUN(run({"settings", "{dir}/m.p2pmesh", "--data-ciphers", "AES-256-GCM:AES-256-CBC"}), 0);
    const Result r = run({"check", "{dir}/m.p2pmesh"});
    CHECK_RUN(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("warning: data-cipher-cbc:")) &&
                 r.out.contains(QLatin1String("AES-256-CBC")) && r.out.contains(QLatin1String("DCO")),
             qPrintable(r.out));
}

void TestCliHardening::nonDottedEndpointsRefused_data()
{
    QTest::addColumn<QString>("endpoint");
    for (const char *endpoint : {"0x7f000001", "0X7F000001", "2130706433", "127.1", "0x7f.1", "127.0.0.0x1",
                                 "0177.0.0.1", "10.1.0.1.", "gw.example.0x1", "gw.example.123"})
        QTest::newRow(endpoint) << QString::fromLatin1(endpoint);
}

// A resolver reads these as addresses (loopback, an own-subnet or a peer's one), so they must not pass as
// DNS names past the checks that compare IPv4 endpoints.
void TestCliHardening::nonDottedEndpointsRefused()
{
    QFETCH(QString, endpoint);
    makeTwoLanMesh();
    const QByteArray before = readAll(path("m.p2pmesh"));
    const Result r = run(QStringList{QStringLiteral("set-lan"), path("m.p2pmesh"), QStringLiteral("a"),
                                     QStringLiteral("--endpoint"), endpoint});
    CHECK_RUN(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("endpoint")), qPrintable(r.err));
    QCOMPARE(readAll(path("m.p2pmesh")), before);
    // Real names that merely hold digits stay fine.
    CHECK_RUN(run({"set-lan", "{dir}/m.p2pmesh", "a", "--endpoint", "0x7f.vpn1.example.com"}), 0);
}

void TestCliHardening::noWriteThroughDanglingSymlink_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("init") << strings({"init", "{dir}/m.p2pmesh"});
    QTest::newRow("import-cache") << strings({"import-cache", "{dir}/cache.txt", "--out", "{dir}/m.p2pmesh"});
}

void TestCliHardening::noWriteThroughDanglingSymlink()
{
    QFETCH(QStringList, arguments);
    writeFile(path("cache.txt"), "berlin vpn-ber.example.com 10.1.1\nparis 198.51.100.9 10.1.2.0\n");
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("elsewhere")));
    const QString target = path("elsewhere/planted.p2pmesh");
    QVERIFY(QFile::link(target, path("m.p2pmesh")));
    const Result refused = run(arguments);
    CHECK_RUN(refused, 2);
    QVERIFY2(refused.err.contains(QLatin1String("symbolic link")) &&
                 refused.err.contains(QLatin1String("--force")),
             qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QFileInfo(path("m.p2pmesh")).isSymLink());
    // --force is the user saying so.
    CHECK_RUN(run(arguments + QStringList{QStringLiteral("--force")}), 0);
}

// The mesh zip is "<mesh>-all.zip" when a LAN has the mesh's name; a LAN named that too must not make
// every `generate --zip` fail after `check` passed.
void TestCliHardening::meshZipNeverCollides()
{
    for (const QStringList &arguments : {strings({"init", "{dir}/m.p2pmesh", "--name", "corp"}),
                                         strings({"add-lan", "{dir}/m.p2pmesh", "corp", "--subnet",
                                                  "10.1.0.0/16", "--endpoint", "a.example.com"}),
                                         strings({"add-lan", "{dir}/m.p2pmesh", "corp-all", "--subnet",
                                                  "10.2.0.0/16", "--endpoint", "b.example.com"})})
        CHECK_RUN(run(arguments), 0);
    CHECK_RUN(run({"check", "{dir}/m.p2pmesh"}), 0);
    const Result r = run({"generate", "{dir}/m.p2pmesh", "--out", "{dir}/out", "--zip"});
    CHECK_RUN(r, 0);
    for (const char *zip : {"out/corp.zip", "out/corp-all.zip", "out/corp-all-all.zip"})
        QVERIFY2(QFileInfo(path(zip)).isFile(), zip);
}

void TestCliHardening::hugeValuesShortened_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason"); // must still be named, after the shortened value
    // 128 kB: Linux refuses one argument of 128 KiB (MAX_ARG_STRLEN) before p2pvpn could see it.
    const QString huge(128 * 1000, QLatin1Char('x'));
    QTest::newRow("unknown command") << QStringList{huge} << QString();
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("m.p2pmesh"),
                                                   QStringLiteral("--") + huge}
                                    << QString();
    QTest::newRow("option value") << QStringList{QStringLiteral("init"), QStringLiteral("n.p2pmesh"),
                                                 QStringLiteral("--topology"), huge}
                                  << QString();
    // A file operation's failure keeps the system's reason at the end.
    QTest::newRow("file name") << QStringList{QStringLiteral("check"), huge}
                               << QString::fromLocal8Bit(std::strerror(ENAMETOOLONG));
}

void TestCliHardening::hugeValuesShortened()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    makeTwoLanMesh();
    const Result r = run(arguments);
    CHECK_RUN(r, 2);
    QVERIFY2(r.err.size() < 4096, qPrintable(QStringLiteral("%1 characters on stderr").arg(r.err.size())));
    QVERIFY2(r.err.startsWith(QLatin1String("p2pvpn: ")), qPrintable(r.err.left(200)));
    QVERIFY2(r.err.contains(QChar(0x2026)), qPrintable(r.err)); // marks where it was shortened
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
