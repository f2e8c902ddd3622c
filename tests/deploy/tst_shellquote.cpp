// shellQuote/shellJoin: every value comes out of a real POSIX shell exactly as it went in.

#include "deploy/sshcommand.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pvpn;

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void form_data();
    void form();
    void roundTrip_data();
    void roundTrip();
    void joinKeepsWordsApart();
    void nothingIsExecuted();

private:
    // Runs script with sh -c in a clean directory and returns its stdout.
    QByteArray sh(const QString &shell, const QString &script, const QString &cwd = QString());
};

QByteArray TestShellQuote::sh(const QString &shell, const QString &script, const QString &cwd)
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(shell, {QStringLiteral("-c"), script});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qWarning().noquote() << "shell failed:" << p.readAllStandardError();
    return p.readAllStandardOutput();
}

void TestShellQuote::form_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("'abc'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("one quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("only quotes") << QStringLiteral("''") << QStringLiteral("''\\'''\\'''");
}

void TestShellQuote::form()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QCOMPARE(shellQuote(value), quoted);
}

void TestShellQuote::roundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("/etc/openvpn/server");
    QTest::newRow("empty") << QString();
    QTest::newRow("blanks") << QStringLiteral("  two  spaces\tand a tab ");
    QTest::newRow("single quotes") << QStringLiteral("'it''s'");
    QTest::newRow("double quotes") << QStringLiteral("say \"hi\"");
    QTest::newRow("dollar forms") << QStringLiteral("$HOME ${PATH} $(id) $((1+1)) $1 $@ $*");
    QTest::newRow("backquotes") << QStringLiteral("`id` `rm -rf /`");
    QTest::newRow("backslashes") << QStringLiteral("\\ \\\\ \\' \\n \\");
    QTest::newRow("operators") << QStringLiteral("a;b&&c||d|e&f>g<h>>i<<j(k)l{m}n");
    QTest::newRow("globs") << QStringLiteral("* ? [a-z] ~ ~root");
    QTest::newRow("newlines") << QStringLiteral("one\ntwo\r\nthree\n");
    QTest::newRow("comment") << QStringLiteral("#not a comment");
    QTest::newRow("option-like") << QStringLiteral("-rf");
    QTest::newRow("assignment-like") << QStringLiteral("PATH=/evil");
    QTest::newRow("unicode") << QStringLiteral("Zürich – 東京 ✓");
    QTest::newRow("control characters") << QString::fromUtf8("\x01\x1b[31mred\x7f");
}

void TestShellQuote::roundTrip()
{
    QFETCH(QString, value);
    // dash (Debian's /bin/sh, what gateways run scripts with) and bash (the usual login shell).
    for (const QString &shell : {QStringLiteral("/bin/sh"), QStringLiteral("/bin/bash")}) {
        const QByteArray out = sh(shell, QStringLiteral("printf '%s' ") + shellQuote(value));
        QCOMPARE(QString::fromUtf8(out), value);
    }
}

void TestShellQuote::joinKeepsWordsApart()
{
    const QStringList words{QStringLiteral("a b"), QString(), QStringLiteral("'"), QStringLiteral("x\ny"),
                            QStringLiteral("$(id)")};
    const QByteArray out =
        sh(QStringLiteral("/bin/sh"), QStringLiteral("for w in ") + shellJoin(words) +
                                          QStringLiteral("; do printf '<%s>' \"$w\"; done"));
    QCOMPARE(out, QByteArray("<a b><><'><x\ny><$(id)>"));
    QCOMPARE(shellJoin({}), QString());
}

void TestShellQuote::nothingIsExecuted()
{
    // Values that would create a file if anything in them ran.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList attacks{QStringLiteral("$(touch pwned1)"),    QStringLiteral("`touch pwned2`"),
                              QStringLiteral("'; touch pwned3; '"), QStringLiteral("\"; touch pwned4; \""),
                              QStringLiteral("x\ntouch pwned5"),    QStringLiteral("'\\''; touch pwned6 #")};
    for (const QString &attack : attacks)
        sh(QStringLiteral("/bin/sh"),
           QStringLiteral("echo ") + shellQuote(attack) + QStringLiteral(" >/dev/null"), dir.path());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
