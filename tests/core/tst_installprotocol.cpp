// InstallProtocol: report lines read exactly as install.sh writes them and nothing else (malformed lines
// are the script's messages, not tunnels), and the tokens of a script are filled with the statuses and
// words the deployer expects.

#include "model/installprotocol.h"

#include <QTest>

using namespace p2pvpn;

using Action = InstallProtocol::Action;
Q_DECLARE_METATYPE(p2pvpn::InstallProtocol::Action)

class TestInstallProtocol : public QObject
{
    Q_OBJECT

private slots:
    void parseLine_data();
    void parseLine();
    void malformedLine_data();
    void malformedLine();
    void lineReadsBack_data();
    void lineReadsBack();
    void parse_data();
    void parse();
    void fillIn_data();
    void fillIn();
};

void TestInstallProtocol::parseLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("tunnel");

    QTest::newRow("add") << QStringLiteral("add corp-b") << Action::Add << QStringLiteral("corp-b");
    QTest::newRow("change") << QStringLiteral("change corp-b") << Action::Change << QStringLiteral("corp-b");
    QTest::newRow("remove") << QStringLiteral("remove corp-c") << Action::Remove << QStringLiteral("corp-c");
    QTest::newRow("unchanged") << QStringLiteral("unchanged m-1") << Action::Unchanged
                               << QStringLiteral("m-1");
    QTest::newRow("digits and dashes")
        << QStringLiteral("add 9-a-b-0") << Action::Add << QStringLiteral("9-a-b-0");
}

void TestInstallProtocol::parseLine()
{
    QFETCH(QString, line);
    QFETCH(Action, action);
    QFETCH(QString, tunnel);
    Action gotAction = Action::Unchanged;
    QString gotTunnel;
    QVERIFY(InstallProtocol::parseLine(line, &gotAction, &gotTunnel));
    QCOMPARE(gotAction, action);
    QCOMPARE(gotTunnel, tunnel);
}

void TestInstallProtocol::malformedLine_data()
{
    QTest::addColumn<QString>("line");

    QTest::newRow("empty") << QString();
    QTest::newRow("action alone") << QStringLiteral("add");
    QTest::newRow("action and a blank") << QStringLiteral("add ");
    QTest::newRow("two blanks") << QStringLiteral("add  corp-b");
    QTest::newRow("three words") << QStringLiteral("add corp-b now");
    QTest::newRow("trailing blank") << QStringLiteral("add corp-b ");
    QTest::newRow("leading blank") << QStringLiteral(" add corp-b");
    QTest::newRow("tab") << QStringLiteral("add\tcorp-b");
    QTest::newRow("carriage return") << QStringLiteral("add corp-b\r");
    QTest::newRow("capitals in the action") << QStringLiteral("ADD corp-b");
    QTest::newRow("capitals in the name") << QStringLiteral("add Corp-B");
    QTest::newRow("unknown action") << QStringLiteral("added corp-b");
    QTest::newRow("action of another tool") << QStringLiteral("install corp-b");
    QTest::newRow("path as the name") << QStringLiteral("remove ../etc");
    QTest::newRow("underscore") << QStringLiteral("add corp_b");
    QTest::newRow("a message") << QStringLiteral("install.sh: tunnel corp-e failed to start; restoring");
    QTest::newRow("no action") << QStringLiteral("corp-b");
}

void TestInstallProtocol::malformedLine()
{
    QFETCH(QString, line);
    Action action = Action::Change;
    QString tunnel = QStringLiteral("untouched");
    QVERIFY(!InstallProtocol::parseLine(line, &action, &tunnel));
    QCOMPARE(action, Action::Change);
    QCOMPARE(tunnel, QStringLiteral("untouched"));
    QCOMPARE(InstallProtocol::parse({line}).other, line.isEmpty() ? QStringList() : QStringList{line});
}

void TestInstallProtocol::lineReadsBack_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("word");

    QTest::newRow("add") << Action::Add << QStringLiteral("add");
    QTest::newRow("change") << Action::Change << QStringLiteral("change");
    QTest::newRow("remove") << Action::Remove << QStringLiteral("remove");
    QTest::newRow("unchanged") << Action::Unchanged << QStringLiteral("unchanged");
}

void TestInstallProtocol::lineReadsBack()
{
    QFETCH(Action, action);
    QFETCH(QString, word);
    QCOMPARE(InstallProtocol::word(action), word);
    const QString line = InstallProtocol::line(action, QStringLiteral("corp-b"));
    QCOMPARE(line, word + QStringLiteral(" corp-b"));
    Action read = action == Action::Add ? Action::Remove : Action::Add;
    QString tunnel;
    QVERIFY(InstallProtocol::parseLine(line, &read, &tunnel));
    QCOMPARE(read, action);
    QCOMPARE(tunnel, QStringLiteral("corp-b"));
}

void TestInstallProtocol::parse_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("unchanged");
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<bool>("changesNothing");

    QTest::newRow("nothing") << QStringList() << QStringList() << QStringList() << QStringList()
                             << QStringList() << QStringList() << true;
    QTest::newRow("all unchanged") << QStringList{QStringLiteral("unchanged c-a"),
                                                  QStringLiteral("unchanged c-b")}
                                   << QStringList() << QStringList() << QStringList()
                                   << QStringList{QStringLiteral("c-a"), QStringLiteral("c-b")}
                                   << QStringList() << true;
    QTest::newRow("every action, in the printed order, with messages and empty lines between")
        << QStringList{QStringLiteral("add c-z"),
                       QStringLiteral("add c-a"),
                       QString(),
                       QStringLiteral("change c-b"),
                       QStringLiteral("warning: something"),
                       QStringLiteral("remove c-d"),
                       QStringLiteral("unchanged c-e"),
                       QStringLiteral("add  c-x")}
        << QStringList{QStringLiteral("c-z"), QStringLiteral("c-a")} << QStringList{QStringLiteral("c-b")}
        << QStringList{QStringLiteral("c-d")} << QStringList{QStringLiteral("c-e")}
        << QStringList{QStringLiteral("warning: something"), QStringLiteral("add  c-x")} << false;
    QTest::newRow("only a removal changes something")
        << QStringList{QStringLiteral("remove c-d")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("c-d")} << QStringList() << QStringList() << false;
    QTest::newRow("messages only") << QStringList{QStringLiteral("install.sh: unknown option -x")}
                                   << QStringList() << QStringList() << QStringList() << QStringList()
                                   << QStringList{QStringLiteral("install.sh: unknown option -x")} << true;
}

void TestInstallProtocol::parse()
{
    QFETCH(QStringList, lines);
    QFETCH(QStringList, added);
    QFETCH(QStringList, changed);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, unchanged);
    QFETCH(QStringList, other);
    QFETCH(bool, changesNothing);
    const InstallProtocol::Report report = InstallProtocol::parse(lines);
    QCOMPARE(report.added, added);
    QCOMPARE(report.changed, changed);
    QCOMPARE(report.removed, removed);
    QCOMPARE(report.unchanged, unchanged);
    QCOMPARE(report.other, other);
    QCOMPARE(report.changesNothing(), changesNothing);
}

void TestInstallProtocol::fillIn_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QByteArray>("filled");

    // Pinned: the statuses are documented in install.sh, and an admin's own automation may test for them.
    QTest::newRow("usage") << QByteArray("exit @EXIT_USAGE@") << QByteArray("exit 2");
    QTest::newRow("rolled back") << QByteArray("exit @EXIT_ROLLED_BACK@ ;; # @EXIT_ROLLED_BACK@")
                                 << QByteArray("exit 3 ;; # 3");
    QTest::newRow("report words")
        << QByteArray("echo \"@REPORT_ADD@ $t\"; @REPORT_CHANGE@ | @REPORT_REMOVE@) @REPORT_UNCHANGED@")
        << QByteArray("echo \"add $t\"; change | remove) unchanged");
    QTest::newRow("other tokens stay for the generator")
        << QByteArray("mesh='@MESH@' @LAN@ @EXIT_OTHER@ openvpn-server@$1")
        << QByteArray("mesh='@MESH@' @LAN@ @EXIT_OTHER@ openvpn-server@$1");
}

void TestInstallProtocol::fillIn()
{
    QFETCH(QByteArray, script);
    QFETCH(QByteArray, filled);
    QCOMPARE(InstallProtocol::fillIn(script), filled);
}

QTEST_GUILESS_MAIN(TestInstallProtocol)
#include "tst_installprotocol.moc"
