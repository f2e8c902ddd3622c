// The command line as a library: commands run in-process and return their exit code; --help and bad usage
// end the command, never the process (a caller such as a test or a future shell keeps running).

#include "cli.h"
#include "terminal.h"

#include <QTest>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

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

    // All the CLI prints (a gateway's relayed output too) passes this writer: no raw control character
    // reaches the terminal, newline and tab stay, and a character split between two writes survives.
    void writerEscapesControlCharacters()
    {
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        FILE *stream = ::fdopen(fds[1], "w");
        QVERIFY(stream);
        {
            cli::EscapingWriter writer(stream);
            QTextStream out(&writer);
            out << "gw: " << QStringLiteral("\x1b]0;owned\x07\x1b[2J\u009b\u202e\tend") << '\n';
            out.flush();
            const QByteArray e = QStringLiteral("\u00e9").toUtf8(); // two bytes, written one at a time
            QCOMPARE(writer.write(e.left(1)), qint64(1));
            QCOMPARE(writer.write(e.mid(1) + "\r\n"), qint64(3));
        }
        ::fclose(stream);
        QByteArray got(4096, '\0');
        const ssize_t n = ::read(fds[0], got.data(), size_t(got.size()));
        ::close(fds[0]);
        QVERIFY(n > 0);
        got.truncate(n);
        QCOMPARE(QString::fromUtf8(got),
                 QStringLiteral("gw: \\u001b]0;owned\\u0007\\u001b[2J\\u009b\\u202e\tend\n"
                                "\u00e9\\u000d\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_clilibrary.moc"
