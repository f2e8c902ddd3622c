// Cidr: strict parsing (with helpful errors), formatting and the arithmetic the checker relies on.

#include "model/cidr.h"
#include "testmeshes.h"

#include <QTest>

using p2pvpn::Cidr;

using p2pvpn::test::ip;
using p2pvpn::test::net;

class TestCidr : public QObject
{
    Q_OBJECT
private slots:
    void parseGood_data();
    void parseGood();
    void parseBad_data();
    void parseBad();
    void parseDefaultPrefix_data();
    void parseDefaultPrefix();
    void parseIpv4_data();
    void parseIpv4();
    void format_data();
    void format();
    void fromAddressClearsHostBits();
    void invalidIsEmpty();
    void containsAddress_data();
    void containsAddress();
    void containsAndOverlaps_data();
    void containsAndOverlaps();
    void size_data();
    void size();
    void isPrivate_data();
    void isPrivate();
    void ordering();
};

void TestCidr::parseGood_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *input, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromLatin1(expected);
    };
    row("slash /16", "10.1.0.0/16", "10.1.0.0/16");
    row("slash /24", "192.168.10.0/24", "192.168.10.0/24");
    row("slash /0", "0.0.0.0/0", "0.0.0.0/0");
    row("slash /32", "10.1.2.3/32", "10.1.2.3/32");
    row("slash /31", "10.254.0.2/31", "10.254.0.2/31");
    row("bare address is /32", "10.1.2.3", "10.1.2.3/32");
    row("zero octets", "0.0.0.0/8", "0.0.0.0/8");
    row("top of range", "255.255.255.255/32", "255.255.255.255/32");
    row("surrounding spaces", "  10.1.0.0/16 \t", "10.1.0.0/16");
    row("spaces round slash", "10.1.0.0 / 16", "10.1.0.0/16");
    row("plain mask /16", "10.1.0.0 255.255.0.0", "10.1.0.0/16");
    row("plain mask /24", "192.168.1.0 255.255.255.0", "192.168.1.0/24");
    row("plain mask /27", "192.168.1.32 255.255.255.224", "192.168.1.32/27");
    row("plain mask /32", "10.1.2.3 255.255.255.255", "10.1.2.3/32");
    row("plain mask /0", "0.0.0.0 0.0.0.0", "0.0.0.0/0");
    row("plain mask with tab", "10.1.0.0\t255.255.0.0", "10.1.0.0/16");
}

void TestCidr::parseGood()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error = QStringLiteral("stale");
    const Cidr c = Cidr::parse(input, &error);
    QVERIFY2(c.isValid(), qPrintable(error));
    QCOMPARE(c.toString(), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error)); // a success clears an earlier error
    QCOMPARE(Cidr::parse(c.toString()), c);       // the formatted text parses back to the same value
}

void TestCidr::parseBad_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message"); // a part the error message must contain

    auto row = [](const char *name, const char *input, const char *message) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(message);
    };
    row("host bits /16", "10.1.2.3/16", "10.1.2.3/16 has host bits set; did you mean 10.1.0.0/16?");
    row("host bits /24", "192.168.1.1/24", "did you mean 192.168.1.0/24?");
    row("host bits /31", "10.0.0.1/31", "did you mean 10.0.0.0/31?");
    row("host bits /0", "1.0.0.0/0", "did you mean 0.0.0.0/0?");
    row("host bits via mask", "10.1.2.3 255.255.0.0", "did you mean 10.1.0.0/16?");
    row("non-contiguous mask", "10.1.0.0 255.0.255.0", "contiguous");
    row("non-contiguous mask low bit", "10.0.0.0 255.255.255.253", "contiguous");
    row("inverted mask", "10.0.0.0 0.0.255.255", "contiguous");
    row("mask not an address", "10.1.0.0 255.255.0", "invalid netmask");
    row("mask with junk", "10.1.0.0 255.255.0.0 x", "invalid netmask");
    row("leading zero octet", "010.1.0.0/16", "not an IPv4 address");
    row("leading zero last octet", "10.1.0.00/16", "not an IPv4 address");
    row("leading zero in mask", "10.1.0.0 255.255.00.0", "invalid netmask");
    row("octet 256", "10.256.0.0/16", "not an IPv4 address");
    row("octet 1000", "10.1000.0.0/16", "not an IPv4 address");
    row("negative octet", "10.-1.0.0/16", "not an IPv4 address");
    row("prefix 33", "10.1.0.0/33", "invalid prefix length \"33\"");
    row("prefix -1", "10.1.0.0/-1", "invalid prefix length");
    row("prefix +8", "10.0.0.0/+8", "invalid prefix length");
    row("prefix empty", "10.1.0.0/", "invalid prefix length");
    row("prefix not a number", "10.1.0.0/x", "invalid prefix length");
    row("two slashes", "10.1.0.0/16/8", "invalid prefix length");
    row("three octets", "10.1.0/24", "not an IPv4 address");
    row("five octets", "10.1.0.0.0/24", "not an IPv4 address");
    row("empty octet", "10..0.0/16", "not an IPv4 address");
    row("letters", "ten.one.zero.zero/16", "not an IPv4 address");
    row("hex", "0x0a.1.0.0/16", "not an IPv4 address");
    row("non-ascii digits", "１０.1.0.0/16", "not an IPv4 address");
    row("ipv6", "fd00::/8", "not an IPv4 address");
    row("empty", "", "empty");
    row("only spaces", "   ", "empty");
}

void TestCidr::parseBad()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    QString error;
    const Cidr c = Cidr::parse(input, &error);
    QVERIFY2(!c.isValid(), qPrintable(c.toString()));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!Cidr::parse(input).isValid()); // no error pointer: same verdict, no crash
}

void TestCidr::parseDefaultPrefix_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("defaultPrefix");
    QTest::addColumn<QString>("expected"); // empty: must fail

    QTest::newRow("bare address takes default")
        << QStringLiteral("10.1.2.0") << 24 << QStringLiteral("10.1.2.0/24");
    QTest::newRow("explicit prefix wins")
        << QStringLiteral("10.1.0.0/16") << 24 << QStringLiteral("10.1.0.0/16");
    QTest::newRow("plain mask wins") << QStringLiteral("10.1.0.0 255.255.0.0") << 24
                                     << QStringLiteral("10.1.0.0/16");
    QTest::newRow("host bits under default") << QStringLiteral("10.1.2.5") << 24 << QString();
}

void TestCidr::parseDefaultPrefix()
{
    QFETCH(QString, input);
    QFETCH(int, defaultPrefix);
    QFETCH(QString, expected);
    QString error;
    const Cidr c = Cidr::parse(input, defaultPrefix, &error);
    QCOMPARE(c.toString(), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestCidr::parseIpv4_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("address");

    QTest::newRow("zero") << QStringLiteral("0.0.0.0") << true << 0u;
    QTest::newRow("ten") << QStringLiteral("10.1.2.3") << true << 0x0a010203u;
    QTest::newRow("all ones") << QStringLiteral("255.255.255.255") << true << 0xffffffffu;
    QTest::newRow("leading zero") << QStringLiteral("10.01.2.3") << false << 0u;
    QTest::newRow("256") << QStringLiteral("10.1.2.256") << false << 0u;
    QTest::newRow("trailing dot") << QStringLiteral("10.1.2.3.") << false << 0u;
    QTest::newRow("space inside") << QStringLiteral("10.1. 2.3") << false << 0u;
    QTest::newRow("prefix") << QStringLiteral("10.1.2.3/32") << false << 0u;
}

void TestCidr::parseIpv4()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(quint32, address);
    quint32 parsed = 0xdeadbeef;
    QCOMPARE(p2pvpn::parseIpv4(input, &parsed), valid);
    if (valid) {
        QCOMPARE(parsed, address);
        QCOMPARE(p2pvpn::formatIpv4(parsed), input);
    }
}

void TestCidr::format_data()
{
    QTest::addColumn<Cidr>("cidr");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("netmask");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");

    auto row = [](const char *input, const char *network, const char *mask, const char *first,
                  const char *last) {
        QTest::newRow(input) << net(input) << QString::fromLatin1(input) << QString::fromLatin1(network)
                             << QString::fromLatin1(mask) << QString::fromLatin1(first)
                             << QString::fromLatin1(last);
    };
    row("10.1.0.0/16", "10.1.0.0", "255.255.0.0", "10.1.0.0", "10.1.255.255");
    row("192.168.1.32/27", "192.168.1.32", "255.255.255.224", "192.168.1.32", "192.168.1.63");
    row("10.254.0.4/30", "10.254.0.4", "255.255.255.252", "10.254.0.4", "10.254.0.7");
    row("10.254.0.2/31", "10.254.0.2", "255.255.255.254", "10.254.0.2", "10.254.0.3");
    row("10.1.2.3/32", "10.1.2.3", "255.255.255.255", "10.1.2.3", "10.1.2.3");
    row("0.0.0.0/0", "0.0.0.0", "0.0.0.0", "0.0.0.0", "255.255.255.255");
    row("128.0.0.0/1", "128.0.0.0", "128.0.0.0", "128.0.0.0", "255.255.255.255");
}

void TestCidr::format()
{
    QFETCH(Cidr, cidr);
    QFETCH(QString, text);
    QFETCH(QString, network);
    QFETCH(QString, netmask);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QCOMPARE(cidr.toString(), text);
    QCOMPARE(cidr.networkString(), network);
    QCOMPARE(cidr.netmaskString(), netmask);
    QCOMPARE(p2pvpn::formatIpv4(cidr.first()), first);
    QCOMPARE(p2pvpn::formatIpv4(cidr.last()), last);
    QCOMPARE(Cidr::parse(network + QLatin1Char(' ') + netmask), cidr);
}

void TestCidr::fromAddressClearsHostBits()
{
    QCOMPARE(Cidr::fromAddress(ip("10.1.2.3"), 16), net("10.1.0.0/16"));
    QCOMPARE(Cidr::fromAddress(ip("10.1.2.3"), 32), net("10.1.2.3/32"));
    QCOMPARE(Cidr::fromAddress(ip("10.1.2.3"), 0), net("0.0.0.0/0"));
    QVERIFY(!Cidr::fromAddress(ip("10.1.2.3"), 33).isValid());
    QVERIFY(!Cidr::fromAddress(ip("10.1.2.3"), -1).isValid());
}

void TestCidr::invalidIsEmpty()
{
    const Cidr invalid;
    QVERIFY(!invalid.isValid());
    QVERIFY(invalid.toString().isEmpty());
    QVERIFY(invalid != net("0.0.0.0/0"));
}

void TestCidr::containsAddress_data()
{
    QTest::addColumn<Cidr>("cidr");
    QTest::addColumn<quint32>("address");
    QTest::addColumn<bool>("contains");

    auto row = [](const char *cidr, const char *address, bool contains) {
        QTest::addRow("%s has %s", cidr, address) << net(cidr) << ip(address) << contains;
    };
    row("10.1.0.0/16", "10.1.0.0", true);
    row("10.1.0.0/16", "10.1.255.255", true);
    row("10.1.0.0/16", "10.0.255.255", false);
    row("10.1.0.0/16", "10.2.0.0", false);
    row("10.1.2.3/32", "10.1.2.3", true);
    row("10.1.2.3/32", "10.1.2.4", false);
    row("0.0.0.0/0", "255.255.255.255", true);
    row("128.0.0.0/1", "127.255.255.255", false);
}

void TestCidr::containsAddress()
{
    QFETCH(Cidr, cidr);
    QFETCH(quint32, address);
    QFETCH(bool, contains);
    QCOMPARE(cidr.contains(address), contains);
}

void TestCidr::containsAndOverlaps_data()
{
    QTest::addColumn<Cidr>("a");
    QTest::addColumn<Cidr>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("overlap");

    auto row = [](const char *a, const char *b, bool aContainsB, bool overlap) {
        QTest::addRow("%s vs %s", a, b) << net(a) << net(b) << aContainsB << overlap;
    };
    row("10.1.0.0/16", "10.1.0.0/16", true, true);
    row("10.1.0.0/16", "10.1.2.0/24", true, true);
    row("10.1.0.0/16", "10.1.255.255/32", true, true);
    row("10.1.2.0/24", "10.1.0.0/16", false, true);
    row("10.1.0.0/17", "10.1.128.0/17", false, false); // adjacent halves
    row("10.1.0.0/16", "10.2.0.0/16", false, false);
    row("10.1.0.0/16", "10.0.255.255/32", false, false);
    row("10.0.0.0/8", "11.0.0.0/8", false, false);
    row("0.0.0.0/0", "192.168.1.0/24", true, true);
    row("192.168.1.0/24", "0.0.0.0/0", false, true);
    row("255.255.255.255/32", "255.255.255.254/31", false, true);
}

void TestCidr::containsAndOverlaps()
{
    QFETCH(Cidr, a);
    QFETCH(Cidr, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, overlap);
    QCOMPARE(a.contains(b), aContainsB);
    QCOMPARE(a.overlaps(b), overlap);
    QCOMPARE(b.overlaps(a), overlap); // symmetric
}

void TestCidr::size_data()
{
    QTest::addColumn<Cidr>("cidr");
    QTest::addColumn<quint64>("size");

    QTest::newRow("/0") << net("0.0.0.0/0") << Q_UINT64_C(4294967296);
    QTest::newRow("/1") << net("0.0.0.0/1") << Q_UINT64_C(2147483648);
    QTest::newRow("/8") << net("10.0.0.0/8") << Q_UINT64_C(16777216);
    QTest::newRow("/16") << net("10.1.0.0/16") << Q_UINT64_C(65536);
    QTest::newRow("/24") << net("10.1.2.0/24") << Q_UINT64_C(256);
    QTest::newRow("/30") << net("10.1.2.4/30") << Q_UINT64_C(4);
    QTest::newRow("/31") << net("10.1.2.4/31") << Q_UINT64_C(2);
    QTest::newRow("/32") << net("10.1.2.4/32") << Q_UINT64_C(1);
}

void TestCidr::size()
{
    QFETCH(Cidr, cidr);
    QFETCH(quint64, size);
    QCOMPARE(cidr.size(), size);
    QCOMPARE(quint64(cidr.last()) - cidr.first() + 1, size);
}

void TestCidr::isPrivate_data()
{
    QTest::addColumn<Cidr>("cidr");
    QTest::addColumn<bool>("isPrivate");

    auto row = [](const char *cidr, bool isPrivate) { QTest::newRow(cidr) << net(cidr) << isPrivate; };
    row("10.0.0.0/8", true);
    row("10.255.255.255/32", true);
    row("9.255.255.255/32", false);
    row("11.0.0.0/32", false);
    row("10.0.0.0/7", false); // larger than the block
    row("172.15.255.0/24", false);
    row("172.16.0.0/12", true);
    row("172.16.0.0/16", true);
    row("172.31.255.0/24", true);
    row("172.32.0.0/16", false);
    row("172.0.0.0/11", false); // holds 172.16.0.0/12 and more
    row("192.167.255.0/24", false);
    row("192.168.0.0/16", true);
    row("192.168.255.255/32", true);
    row("192.169.0.0/16", false);
    row("192.168.0.0/15", false);
    row("100.64.0.0/10", false); // carrier-grade NAT is not RFC 1918
    row("169.254.0.0/16", false);
    row("0.0.0.0/0", false);
}

void TestCidr::isPrivate()
{
    QFETCH(Cidr, cidr);
    QFETCH(bool, isPrivate);
    QCOMPARE(cidr.isPrivate(), isPrivate);
}

void TestCidr::ordering()
{
    // By network, then by prefix: a container sorts before what it contains.
    QList<Cidr> list{net("10.2.0.0/16"), net("10.1.2.0/24"), net("10.1.0.0/16"), net("10.0.0.0/8")};
    std::sort(list.begin(), list.end());
    const QList<Cidr> expected{net("10.0.0.0/8"), net("10.1.0.0/16"), net("10.1.2.0/24"), net("10.2.0.0/16")};
    QCOMPARE(list, expected);
}

QTEST_GUILESS_MAIN(TestCidr)
#include "tst_cidr.moc"
