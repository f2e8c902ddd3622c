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

class TestCliHardening : public QObject, public test::CliFixture
{
    Q_OBJECT
private slots:
    void init() { fresh(); }

    void noWriteThroughDanglingSymlink_data();
    void noWriteThroughDanglingSymlink();
    void meshZipNeverCollides();

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

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
