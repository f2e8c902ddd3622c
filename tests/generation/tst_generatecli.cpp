// The `generate` and `rotate-keys` commands, run as the real p2pvpn binary.

#include "runcli.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pvpn::test;

class TestGenerateCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };

    Result p2pvpn(const QStringList &arguments)
    {
        CliOptions options;
        options.workingDirectory = m_dir.path();
        const CliResult run = runCli(arguments, options);
        return {run.exitCode, run.outText(), run.errText()};
    }

    QByteArray read(const QString &relative) const
    {
        QFile f(m_dir.filePath(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QByteArray block(const QByteArray &config, const char *tag)
    {
        const qsizetype from = config.indexOf(QByteArray("<") + tag + ">");
        const qsizetype to = config.indexOf(QByteArray("</") + tag + ">");
        return config.mid(from, to - from);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(p2pvpn({QStringLiteral("init"), QStringLiteral("m.p2pmesh"), QStringLiteral("--name"),
                         QStringLiteral("corp")})
                     .exitCode,
                 0);
        const char *lans[][3] = {{"a", "10.1.0.0/16", "192.0.2.1"},
                                 {"b", "10.2.0.0/20", "192.0.2.2"},
                                 {"c", "10.3.0.0/24", "192.0.2.3"}};
        for (auto &lan : lans)
            QCOMPARE(p2pvpn({QStringLiteral("add-lan"), QStringLiteral("m.p2pmesh"), QLatin1String(lan[0]),
                             QStringLiteral("--subnet"), QLatin1String(lan[1]), QStringLiteral("--endpoint"),
                             QLatin1String(lan[2])})
                         .exitCode,
                     0);
    }

    void generateWritesBundlesAndStoresAllocations()
    {
        const Result r = p2pvpn({QStringLiteral("generate"), QStringLiteral("m.p2pmesh"),
                                 QStringLiteral("--out"), QStringLiteral("out"), QStringLiteral("--zip")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *path :
             {"out/a/openvpn/corp-b.conf", "out/c/install.sh", "out/a.zip", "out/corp.zip", "m.p2pmesh.keys"})
            QVERIFY2(QFileInfo::exists(m_dir.filePath(QLatin1String(path))), path);
        QVERIFY(read(QStringLiteral("m.p2pmesh")).contains("\"transit\""));
        // Nothing secret on the terminal.
        QVERIFY(!r.out.contains(QStringLiteral("PRIVATE KEY")) &&
                !r.err.contains(QStringLiteral("PRIVATE KEY")));
        QVERIFY(!r.out.contains(QStringLiteral("Static key")));
    }

    void generateRefusesAMeshWithErrors()
    {
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("m.p2pmesh")),
                            m_dir.filePath(QStringLiteral("bad.p2pmesh"))));
        QCOMPARE(p2pvpn({QStringLiteral("set-lan"), QStringLiteral("bad.p2pmesh"), QStringLiteral("c"),
                         QStringLiteral("--subnet"), QStringLiteral("10.1.4.0/24")})
                     .exitCode,
                 0);
        const Result r = p2pvpn({QStringLiteral("generate"), QStringLiteral("bad.p2pmesh"),
                                 QStringLiteral("--out"), QStringLiteral("bad-out")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("subnet-overlap")) &&
                     r.err.contains(QStringLiteral("10.1.4.0/24")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bad-out"))));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --out") << QStringList{QStringLiteral("generate"), QStringLiteral("m.p2pmesh")}
                                  << "--out";
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("generate"), QStringLiteral("nope.p2pmesh"),
                           QStringLiteral("--out"), QStringLiteral("x")}
            << "nope.p2pmesh";
        QTest::newRow("rotate unknown LAN")
            << QStringList{QStringLiteral("rotate-keys"), QStringLiteral("m.p2pmesh"), QStringLiteral("zz")}
            << "zz";
        QTest::newRow("rotate too many")
            << QStringList{QStringLiteral("rotate-keys"), QStringLiteral("m.p2pmesh"), QStringLiteral("a"),
                           QStringLiteral("b")}
            << "FILE [LAN]";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result r = p2pvpn(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void rotatingOneLanChangesOnlyItsKeys()
    {
        const QByteArray abBefore = read(QStringLiteral("out/a/openvpn/corp-b.conf"));
        const QByteArray acBefore = read(QStringLiteral("out/a/openvpn/corp-c.conf"));
        const QByteArray baBefore = read(QStringLiteral("out/b/openvpn/corp-a.conf"));
        QCOMPARE(p2pvpn({QStringLiteral("rotate-keys"), QStringLiteral("m.p2pmesh"), QStringLiteral("b")})
                     .exitCode,
                 0);
        QCOMPARE(p2pvpn({QStringLiteral("generate"), QStringLiteral("m.p2pmesh"), QStringLiteral("--out"),
                         QStringLiteral("out")})
                     .exitCode,
                 0);
        const QByteArray abAfter = read(QStringLiteral("out/a/openvpn/corp-b.conf"));
        const QByteArray baAfter = read(QStringLiteral("out/b/openvpn/corp-a.conf"));
        QCOMPARE(read(QStringLiteral("out/a/openvpn/corp-c.conf")), acBefore); // untouched tunnel
        QCOMPARE(block(abAfter, "cert"), block(abBefore, "cert"));             // a keeps its certificate
        QVERIFY(block(baAfter, "cert") != block(baBefore, "cert"));            // b has a new one
        QVERIFY(block(baAfter, "key") != block(baBefore, "key"));
        QVERIFY(block(abAfter, "tls-crypt") != block(abBefore, "tls-crypt")); // a-b's tunnel key too
        QVERIFY(abAfter.contains(block(baAfter, "tls-crypt")));
    }

    // rotate-keys --ca: a new CA (and certificates under it); every gateway keeps its own key.
    void rotatingTheCaReissuesCertificatesUnderIt()
    {
        const QString file = QStringLiteral("ca.p2pmesh");
        QCOMPARE(
            p2pvpn({QStringLiteral("init"), file, QStringLiteral("--name"), QStringLiteral("ca")}).exitCode,
            0);
        for (const char *lan : {"a", "b"})
            QCOMPARE(p2pvpn({QStringLiteral("add-lan"), file, QLatin1String(lan), QStringLiteral("--subnet"),
                             QStringLiteral("10.%1.0.0/16").arg(lan[0] == 'a' ? 1 : 2),
                             QStringLiteral("--endpoint"),
                             QStringLiteral("192.0.2.%1").arg(lan[0] == 'a' ? 1 : 2)})
                         .exitCode,
                     0);
        const Result refused = p2pvpn({QStringLiteral("rotate-keys"), file, QStringLiteral("--ca")});
        QCOMPARE(refused.exitCode, 2); // fingerprint mode has no CA
        QVERIFY2(refused.err.contains(QLatin1String("fingerprint")), qPrintable(refused.err));
        QCOMPARE(
            p2pvpn({QStringLiteral("settings"), file, QStringLiteral("--key-mode"), QStringLiteral("ca")})
                .exitCode,
            0);
        const QStringList generate{QStringLiteral("generate"), file, QStringLiteral("--out"),
                                   QStringLiteral("ca-out")};
        QCOMPARE(p2pvpn(generate).exitCode, 0);
        const QByteArray before = read(QStringLiteral("ca-out/a/openvpn/ca-b.conf"));

        const Result rotated = p2pvpn({QStringLiteral("rotate-keys"), file, QStringLiteral("--ca")});
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
        QCOMPARE(p2pvpn(generate).exitCode, 0);
        const QByteArray after = read(QStringLiteral("ca-out/a/openvpn/ca-b.conf"));
        QVERIFY(!block(before, "ca").isEmpty());
        QVERIFY(block(after, "ca") != block(before, "ca"));
        QVERIFY(block(after, "cert") != block(before, "cert"));
        QCOMPARE(block(after, "key"), block(before, "key"));
        QCOMPARE(block(after, "tls-crypt"), block(before, "tls-crypt"));

        const Result withLan =
            p2pvpn({QStringLiteral("rotate-keys"), file, QStringLiteral("a"), QStringLiteral("--ca")});
        QCOMPARE(withLan.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestGenerateCli)
#include "tst_generatecli.moc"
