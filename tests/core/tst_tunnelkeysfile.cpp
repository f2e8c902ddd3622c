// TunnelKeysFile: the tunnels.keys text reads back exactly as written, and every kind of damage (a second
// key for a tunnel, a bad tunnel line, a key cut short or without its end) is refused with the line named.

#include "keys/pki.h"
#include "keys/tunnelkeysfile.h"

#include <QHash>
#include <QTest>

using namespace p2pvpn;

using TunnelKeys = QHash<LinkKey, QByteArray>;

namespace {

// Real keys, made once: the parser checks each key's shape with Pki.
const QByteArray &key(int i)
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> made;
        for (int n = 0; n < 3; ++n)
            made.append(Pki::createTlsCryptKey(nullptr));
        return made;
    }();
    return keys.at(i);
}

QByteArray record(LanId a, LanId b, const QByteArray &keyText)
{
    return "tunnel " + QByteArray::number(a) + '-' + QByteArray::number(b) + '\n' + keyText;
}

// The key text without its last n lines (the end line among them).
QByteArray withoutLastLines(const QByteArray &keyText, int n)
{
    QByteArray text = keyText;
    for (int i = 0; i < n; ++i)
        text.truncate(text.lastIndexOf('\n', text.size() - 2) + 1);
    return text;
}

} // namespace

class TestTunnelKeysFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void damaged_data();
    void damaged();
    void serialiseReadsBack_data();
    void serialiseReadsBack();
    void recordIsTheTunnelLineAndTheKey();
};

void TestTunnelKeysFile::initTestCase()
{
    QVERIFY(!key(0).isEmpty() && !key(1).isEmpty() && !key(2).isEmpty());
    QVERIFY(key(0).endsWith("-----END OpenVPN Static key V1-----\n"));
}

void TestTunnelKeysFile::parse_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<TunnelKeys>("expected");

    QTest::newRow("empty") << QByteArray() << TunnelKeys();
    QTest::newRow("header only") << TunnelKeysFile::header() << TunnelKeys();
    QTest::newRow("one tunnel") << TunnelKeysFile::header() + record(1, 2, key(0))
                                << TunnelKeys{{{1, 2}, key(0)}};
    QTest::newRow("blank lines and comments between records")
        << TunnelKeysFile::header() + record(1, 2, key(0)) + "\n# a note\n\n" + record(2, 7, key(1))
        << TunnelKeys{{{1, 2}, key(0)}, {{2, 7}, key(1)}};
    QTest::newRow("records out of order")
        << record(3, 4, key(2)) + record(1, 3, key(0)) << TunnelKeys{{{3, 4}, key(2)}, {{1, 3}, key(0)}};
    QTest::newRow("no newline after the last key")
        << record(1, 2, key(0).chopped(1)) << TunnelKeys{{{1, 2}, key(0)}};
    QTest::newRow("large IDs") << record(99998, 99999, key(1)) << TunnelKeys{{{99998, 99999}, key(1)}};
}

void TestTunnelKeysFile::parse()
{
    QFETCH(QByteArray, data);
    QFETCH(TunnelKeys, expected);
    TunnelKeys keys;
    QString problem;
    QVERIFY2(TunnelKeysFile::parse(data, &keys, &problem), qPrintable(problem));
    QCOMPARE(keys, expected);
}

void TestTunnelKeysFile::damaged_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("problem"); // the start of the problem reported

    const QByteArray header = TunnelKeysFile::header();
    const int keyLines = int(key(0).count('\n'));
    const QString secondRecordLine = QString::number(2 + 1 + keyLines); // after the header and record one

    QTest::newRow("duplicate tunnel")
        << header + record(1, 2, key(0)) + record(1, 2, key(1))
        << QStringLiteral("line %1: a second key for tunnel 1-2").arg(secondRecordLine);
    QTest::newRow("duplicate tunnel, same key")
        << header + record(1, 2, key(0)) + record(1, 2, key(0))
        << QStringLiteral("line %1: a second key for tunnel 1-2").arg(secondRecordLine);
    const QString badId = QStringLiteral("line 2: not a tunnel of two LAN IDs, smaller first");
    QTest::newRow("bad id: larger first") << header + record(2, 1, key(0)) << badId;
    QTest::newRow("bad id: both the same") << header + record(3, 3, key(0)) << badId;
    QTest::newRow("bad id: zero") << header + record(0, 1, key(0)) << badId;
    QTest::newRow("bad id: negative") << header + "tunnel -1-2\n" + key(0) << badId;
    QTest::newRow("bad id: not a number") << header + "tunnel a-b\n" + key(0) << badId;
    QTest::newRow("bad id: no dash") << header + "tunnel 12\n" + key(0) << badId;
    QTest::newRow("bad id: one ID") << header + "tunnel 1-\n" + key(0) << badId;
    QTest::newRow("bad id: three IDs") << header + "tunnel 1-2-3\n" + key(0) << badId;
    QTest::newRow("bad id: nothing") << header + "tunnel \n" + key(0) << QStringLiteral("line 2: expected");
    QTest::newRow("a key without its tunnel line")
        << header + key(0) << QStringLiteral("line 2: expected \"tunnel A-B\"");
    QTest::newRow("garbage") << QByteArray("garbage\n") << QStringLiteral("line 1: expected \"tunnel A-B\"");
    QTest::newRow("truncated key: no end line")
        << header + record(1, 2, withoutLastLines(key(0), 1))
        << QStringLiteral("the key of tunnel 1-2 (line 2) has no end line");
    QTest::newRow("truncated key: half of it")
        << header + record(1, 2, key(0).first(key(0).size() / 2))
        << QStringLiteral("the key of tunnel 1-2 (line 2) has no end line");
    QTest::newRow("truncated key: lines missing before the end")
        << header + record(1, 2, withoutLastLines(key(0), 4) + "-----END OpenVPN Static key V1-----\n")
        << QStringLiteral("the key of tunnel 1-2 (line 2): ");
    QTest::newRow("tunnel line and nothing else")
        << header + "tunnel 1-2\n"
        << QStringLiteral("the key of tunnel 1-2 (line 2) has no end line");
    QTest::newRow("second record truncated")
        << header + record(1, 2, key(0)) + record(1, 3, withoutLastLines(key(1), 3))
        << QStringLiteral("the key of tunnel 1-3 (line %1) has no end line").arg(secondRecordLine);
}

void TestTunnelKeysFile::damaged()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, problem);
    TunnelKeys keys;
    QString reported;
    QVERIFY(!TunnelKeysFile::parse(data, &keys, &reported));
    QVERIFY2(reported.startsWith(problem), qPrintable(reported));
}

void TestTunnelKeysFile::serialiseReadsBack_data()
{
    QTest::addColumn<TunnelKeys>("keys");

    QTest::newRow("none") << TunnelKeys();
    QTest::newRow("one") << TunnelKeys{{{1, 2}, key(0)}};
    QTest::newRow("three") << TunnelKeys{{{2, 3}, key(0)}, {{1, 3}, key(1)}, {{1, 2}, key(2)}};
}

void TestTunnelKeysFile::serialiseReadsBack()
{
    QFETCH(TunnelKeys, keys);
    const QByteArray data = TunnelKeysFile::serialise(keys);
    QVERIFY(data.startsWith(TunnelKeysFile::header()));
    TunnelKeys read;
    QString problem;
    QVERIFY2(TunnelKeysFile::parse(data, &read, &problem), qPrintable(problem));
    QCOMPARE(read, keys);
    // Records in tunnel order, so that the same keys always give the same file.
    QList<LinkKey> tunnels = keys.keys();
    std::sort(tunnels.begin(), tunnels.end());
    QByteArray expected = TunnelKeysFile::header();
    for (const LinkKey &tunnel : std::as_const(tunnels))
        expected += record(tunnel.a, tunnel.b, keys.value(tunnel));
    QCOMPARE(data, expected);
}

void TestTunnelKeysFile::recordIsTheTunnelLineAndTheKey()
{
    // The store appends records one by one to a file that starts with the header.
    QCOMPARE(TunnelKeysFile::record({7, 3}, key(0)), "tunnel 3-7\n" + key(0));
    QVERIFY(TunnelKeysFile::header().startsWith('#'));
    QVERIFY(TunnelKeysFile::header().endsWith('\n'));
}

QTEST_GUILESS_MAIN(TestTunnelKeysFile)
#include "tst_tunnelkeysfile.moc"
