// The LAN field validators, hand-written for speed, against their stated rules.

#include "model/mesh.h"

#include <QTest>

using namespace p2pvpn;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void targetDir_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << "/etc/openvpn/server" << true;
        QTest::newRow("trailing slash") << "/etc/openvpn/server/" << true;
        QTest::newRow("plain characters") << "/opt/vpn_1/a.b@c+d-e" << true;
        QTest::newRow("dot inside a name") << "/a/.hidden" << true;
        QTest::newRow("root only") << "/" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("relative") << "etc/openvpn" << false;
        QTest::newRow("double slash") << "/etc//openvpn" << false;
        QTest::newRow("dot component") << "/etc/./openvpn" << false;
        QTest::newRow("dot-dot component") << "/etc/../root" << false;
        QTest::newRow("ends in dot-dot") << "/etc/.." << false;
        QTest::newRow("space") << "/etc/open vpn" << false;
        QTest::newRow("semicolon") << "/etc;rm" << false;
        QTest::newRow("quote") << "/etc/'x" << false;
        QTest::newRow("newline") << "/etc/x\ny" << false;
        QTest::newRow("non-ASCII") << QStringLiteral("/etc/\u00e9") << false;
        QTest::newRow("too long") << QString(QStringLiteral("/") + QString(200, u'a')) << false;
    }
    void targetDir()
    {
        QFETCH(QString, dir);
        QFETCH(bool, valid);
        const QString problem = Lan::validateTargetDir(dir);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid)
            QVERIFY2(problem.contains(QStringLiteral("target directory")), qPrintable(problem));
    }

    void endpoint_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("valid");
        QTest::newRow("address") << "203.0.113.5" << true;
        QTest::newRow("dns name") << "vpn-1.east.Example.com" << true;
        QTest::newRow("single label") << "gateway" << true;
        QTest::newRow("trailing dot") << "vpn.example.com." << false;
        QTest::newRow("label starts with hyphen") << "-vpn.example.com" << false;
        QTest::newRow("label ends with hyphen") << "vpn-.example.com" << false;
        QTest::newRow("label of 64") << QString(QString(64, u'a') + QStringLiteral(".com")) << false;
        QTest::newRow("label of 63") << QString(QString(63, u'a') + QStringLiteral(".com")) << true;
        QTest::newRow("octet too big") << "10.0.0.256" << false;
        QTest::newRow("three octets") << "10.0.0" << false;
        QTest::newRow("leading zero") << "10.0.0.01" << false;
        QTest::newRow("shell") << "a.com;reboot" << false;
        QTest::newRow("space") << "a .com" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("non-ASCII") << QStringLiteral("b\u00fccher.de") << false;
        // Forms a resolver reads as an IPv4 address, past the checks of dotted ones.
        QTest::newRow("hex") << "0x7f000001" << false;
        QTest::newRow("hex, last label") << "127.0.0.0x1" << false;
        QTest::newRow("numeric last label") << "gw.example.123" << false;
        QTest::newRow("hex-looking inner label") << "0x7f.example.com" << true;
        QTest::newRow("not hex after 0x") << "0xgateway" << true;
    }
    void endpoint()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, valid);
        QCOMPARE(Lan::validateEndpoint(endpoint).isEmpty(), valid);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("lan");
        QTest::addColumn<bool>("sshUser");
        QTest::newRow("lower and digits") << "office-2" << true << true;
        QTest::newRow("starts with digit") << "2nd" << true << false;
        QTest::newRow("underscore") << "_deploy" << false << true;
        QTest::newRow("dot") << "a.b" << false << true;
        QTest::newRow("upper case") << "Office" << false << false;
        QTest::newRow("32 characters") << QString(32, u'a') << true << true;
        QTest::newRow("33 characters") << QString(33, u'a') << false << false;
        QTest::newRow("starts with hyphen") << "-x" << false << false;
        QTest::newRow("dollar") << "a$b" << false << false;
        QTest::newRow("empty") << "" << false << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, lan);
        QFETCH(bool, sshUser);
        QCOMPARE(Lan::validateName(name).isEmpty(), lan);
        QCOMPARE(Mesh::validateName(name).isEmpty(), lan);
        QCOMPARE(Lan::validateSshUser(name).isEmpty(), sshUser);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
