// The .deb unpacked into a scratch root, as dpkg would install it: the packaged binaries run against the
// system's libraries only (no RPATH, nothing from the build tree), and the packaged p2pvpn works on the
// packaged example mesh.

#include "packagetools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using p2pvpn::test::runTool;

namespace {

const QString exampleMesh = QStringLiteral("usr/share/doc/p2pvpn-mesh-designer/examples/example.p2pmesh");

// The caller's environment without anything that could point the loader or Qt at the build tree.
QProcessEnvironment systemOnlyEnvironment()
{
    auto env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"LD_LIBRARY_PATH", "LD_PRELOAD", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH"})
        env.remove(QString::fromLatin1(name));
    return env;
}

} // namespace

class TestDebInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usesSystemLibrariesOnly_data();
    void usesSystemLibrariesOnly();
    void packagedCliRuns_data();
    void packagedCliRuns();

private:
    QTemporaryDir m_root;
};

void TestDebInstall::initTestCase()
{
    QString error;
    const QString deb = p2pvpn::test::debUnderTest(&error);
    QVERIFY2(!deb.isEmpty(), qPrintable(error));
    QVERIFY(m_root.isValid());
    const auto unpack = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, m_root.path()});
    QVERIFY2(unpack.succeeded(), unpack.report().constData());
}

void TestDebInstall::usesSystemLibrariesOnly_data()
{
    QTest::addColumn<QString>("binary");
    QTest::newRow("p2pvpn") << QStringLiteral("p2pvpn");
#ifdef P2PVPN_EXPECT_DESIGNER
    QTest::newRow("p2pvpn-designer") << QStringLiteral("p2pvpn-designer");
#endif
}

void TestDebInstall::usesSystemLibrariesOnly()
{
    QFETCH(QString, binary);
    const QString path = m_root.filePath(QStringLiteral("usr/bin/") + binary);
    QVERIFY2(QFileInfo(path).isExecutable(),
             qPrintable(path + QStringLiteral(" is missing or not executable")));

    const auto dynamic = runTool(QStringLiteral("readelf"), {QStringLiteral("-d"), path});
    QVERIFY2(dynamic.succeeded(), dynamic.report().constData());
    QVERIFY2(!dynamic.out.contains("(RPATH)") && !dynamic.out.contains("(RUNPATH)"),
             dynamic.report().constData());

    const auto ldd = runTool(QStringLiteral("ldd"), {path}, m_root.path(), systemOnlyEnvironment());
    QVERIFY2(ldd.succeeded(), ldd.report().constData());
    static const QRegularExpression resolved(QStringLiteral("=> (\\S+)"));
    auto it = resolved.globalMatch(QString::fromUtf8(ldd.out));
    int libraries = 0;
    while (it.hasNext()) {
        const QString library = it.next().captured(1);
        QVERIFY2(
            library.startsWith(QLatin1String("/lib/")) || library.startsWith(QLatin1String("/usr/lib/")),
            qPrintable(library + QStringLiteral(" is not a system library:\n") + QString::fromUtf8(ldd.out)));
        ++libraries;
    }
    QVERIFY2(libraries > 0, ldd.report().constData());
}

void TestDebInstall::packagedCliRuns_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); // a pattern for stdout

    const QString example = m_root.filePath(exampleMesh);
    QTest::newRow("version")
        << QStringList{QStringLiteral("--version")} << 0
        << QStringLiteral("^p2pvpn %1\\n$").arg(QRegularExpression::escape(QStringLiteral(P2PVPN_VERSION)));
    QTest::newRow("check the example") << QStringList{QStringLiteral("check"), example} << 0
                                       << QStringLiteral("^example: 0 error\\(s\\), 0 warning\\(s\\)\\n$");
    QTest::newRow("list the example")
        << QStringList{QStringLiteral("list"), example} << 0 << QStringLiteral("aws-us-east");
    QTest::newRow("check a missing file")
        << QStringList{QStringLiteral("check"), m_root.filePath(QStringLiteral("none.p2pmesh"))} << 2
        << QStringLiteral("^$");
}

void TestDebInstall::packagedCliRuns()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const auto run = runTool(m_root.filePath(QStringLiteral("usr/bin/p2pvpn")), args, m_root.path(),
                             systemOnlyEnvironment());
    QVERIFY2(run.started, run.report().constData());
    QVERIFY2(run.exitCode == exitCode, run.report().constData());
    QVERIFY2(QRegularExpression(output).match(QString::fromUtf8(run.out)).hasMatch(),
             run.report().constData());
}

QTEST_GUILESS_MAIN(TestDebInstall)
#include "tst_debinstall.moc"
