// The command line as a library: commands run in-process and return their exit code; --help and bad usage
// end the command, never the process (a caller such as a test or a future shell keeps running).

#include "cli.h"

#include <QTest>

using namespace p2pvpn;

class TestCliLibrary : public QObject
{
    Q_OBJECT
private slots:
    void exitCodesComeBack_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("check --help") << QStringList{QStringLiteral("check"), QStringLiteral("--help")} << 0;
        QTest::newRow("deploy --help")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("--help")} << 0;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--nope")} << 2;
        QTest::newRow("missing file") << QStringList{QStringLiteral("list")} << 2;
        QTest::newRow("unreadable file")
            << QStringList{QStringLiteral("list"), QStringLiteral("/nonexistent/m.p2pmesh")} << 2;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0;
    }
    void exitCodesComeBack()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QCOMPARE(Cli().run(QStringList{QStringLiteral("p2pvpn")} + arguments), exitCode);
        // Still here, and a second command runs too.
        QCOMPARE(Cli().run({QStringLiteral("p2pvpn"), QStringLiteral("init"), QStringLiteral("--help")}), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_clilibrary.moc"
