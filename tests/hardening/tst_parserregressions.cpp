// Inputs the fuzzers (tests/fuzz/) found to misbehave, kept as data rows so every build checks them,
// and, in the sanitizer build (installer/bootstrap.sh sanitize), under ASan and UBSan.

#include "model/cacheimport.h"
#include "model/cidr.h"
#include "model/projectfile.h"

#include <QTest>

using namespace p2pvpn;

class TestParserRegressions : public QObject
{
    Q_OBJECT

private slots:
    void projectFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty: loads
        const QByteArray head = R"({"format": "p2pvpn-mesh", "version": 1, "name": "m", "lans": [], )";
        // fuzz_projectfile: a number beyond every integer was converted to one before its range was checked
        // (undefined behaviour, reported by UBSan).
        QTest::newRow("number far beyond int")
            << head +
                   R"("settings": {"keepaliveTimeout": 3088888888888888888888888888888888888888888888888888888888888888888888888888888888888}})"
            << QStringLiteral("settings.keepaliveTimeout: expected a whole number from 1 to 86400");
        QTest::newRow("huge negative")
            << head + R"("settings": {"portBase": -1e308}})"
            << QStringLiteral("settings.portBase: expected a whole number from 1 to 65535");
        QTest::newRow("just above int")
            << head + R"("nextLanId": 2147483648})"
            << QStringLiteral("nextLanId: expected a whole number from 1 to 2147483647");
        QTest::newRow("fraction") << head + R"("settings": {"portBase": 1194.5}})"
                                  << QStringLiteral(
                                         "settings.portBase: expected a whole number from 1 to 65535");
        QTest::newRow("largest int") << head + R"("nextLanId": 2147483647})" << QString();
        QTest::newRow("minus zero is zero")
            << head + R"("settings": {"portBase": -0}})"
            << QStringLiteral("settings.portBase: expected a whole number from 1 to 65535");
    }
    void projectFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Mesh mesh;
        QString problem;
        const bool loaded = ProjectFile::fromJson(json, &mesh, &problem);
        QCOMPARE(loaded, error.isEmpty());
        QCOMPARE(problem, error);
    }

    void cidr_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parsed"); // empty: refused
        QTest::newRow("prefix") << QStringLiteral("10.1.0.0/16") << QStringLiteral("10.1.0.0/16");
        QTest::newRow("prefix beyond int") << QStringLiteral("10.0.0.0/99999999999999999999") << QString();
        QTest::newRow("octet beyond int") << QStringLiteral("99999999999.0.0.0/8") << QString();
        QTest::newRow("non-ASCII digits") << QStringLiteral("\u0661\u0660.0.0.0/8") << QString();
        QTest::newRow("trailing newline") << QStringLiteral("10.0.0.0/8\n") << QStringLiteral("10.0.0.0/8");
        QTest::newRow("newline inside")
            << QStringLiteral("10.0.0.0\n255.0.0.0") << QStringLiteral("10.0.0.0/8");
        QTest::newRow("NUL") << QStringLiteral("10.0.0.0/8") + QChar(0) << QString();
    }
    void cidr()
    {
        QFETCH(QString, text);
        QFETCH(QString, parsed);
        QString error;
        const Cidr c = Cidr::parse(text, &error);
        QCOMPARE(c.toString(), parsed);
        QCOMPARE(error.isEmpty(), !parsed.isEmpty());
    }

    void cacheImport_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error"); // empty: imports
        QTest::newRow("ancestor") << QByteArray("hq vpn.example.com 10.1.2\nbr vpn2.example.com 10.1.3\n")
                                  << QString();
        QTest::newRow("NUL in a name")
            << QByteArray("h\0q vpn.example.com 10.1.2\n", 27)
            << QStringLiteral("line 1: LAN name \"h\\u0000q\" is not allowed: use 1 to 32 of "
                              "a-z, 0-9 and '-', starting with a letter or digit");
        QTest::newRow("invalid UTF-8")
            << QByteArray("h\xff vpn.example.com 10.1.2\n")
            << QStringLiteral("line 1: LAN name \"h\ufffd\" is not allowed: use 1 to 32 of "
                              "a-z, 0-9 and '-', starting with a letter or digit");
    }
    void cacheImport()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        Mesh mesh;
        QString problem;
        QCOMPARE(CacheImport::fromText(text, &mesh, &problem), error.isEmpty());
        QCOMPARE(problem, error);
    }
};

QTEST_GUILESS_MAIN(TestParserRegressions)
#include "tst_parserregressions.moc"
