#include "check/checker.h"
#include "generate/allocator.h"
#include "testmeshes.h"

#include <QSet>
#include <QTest>

using namespace p2pvpn;
using namespace p2pvpn::test;

class TestAllocator : public QObject
{
    Q_OBJECT

    // Every tunnel has an allocation inside the pool, transit nets are unique, and no gateway uses a port
    // twice.
    static void verifyConsistent(const Mesh &mesh)
    {
        const QList<LinkKey> tunnels = mesh.tunnels();
        QCOMPARE(mesh.allocations.size(), tunnels.size());
        QSet<quint32> transits;
        QHash<LanId, QSet<int>> ports;
        for (const LinkKey &t : tunnels) {
            QVERIFY(mesh.allocations.contains(t));
            const TunnelAllocation &a = mesh.allocations[t];
            QVERIFY(mesh.settings.transitPool.contains(a.transit));
            QCOMPARE(a.transit.prefix(), mesh.settings.transitSlash31 ? 31 : 30);
            QVERIFY2(!transits.contains(a.transit.network()), qPrintable(a.transit.toString()));
            transits.insert(a.transit.network());
            QVERIFY(a.portA >= mesh.settings.portBase && a.portA <= 65535);
            QVERIFY(!ports[t.a].contains(a.portA));
            ports[t.a].insert(a.portA);
            QVERIFY(!ports[t.b].contains(a.portB));
            ports[t.b].insert(a.portB);
        }
    }

private slots:
    void allocatesEveryTunnel_data()
    {
        QTest::addColumn<int>("lans");
        QTest::addColumn<bool>("slash31");
        QTest::newRow("2 LANs /30") << 2 << false;
        QTest::newRow("5 LANs /30") << 5 << false;
        QTest::newRow("5 LANs /31") << 5 << true;
        QTest::newRow("30 LANs /31") << 30 << true;
    }
    void allocatesEveryTunnel()
    {
        QFETCH(int, lans);
        QFETCH(bool, slash31);
        Mesh mesh = letterMesh(qMin(lans, 26));
        for (int i = 27; i <= lans; ++i)
            mesh.addLan(makeLan(QStringLiteral("n%1").arg(i), {net(QStringLiteral("10.%1.0.0/16").arg(i))},
                                QStringLiteral("192.0.2.%1").arg(i)));
        mesh.settings.transitSlash31 = slash31;
        QString error;
        QVERIFY2(Allocator::allocate(&mesh, &error), qPrintable(error));
        verifyConsistent(mesh);
        // The first tunnel takes the pool's first block and the first port on both ends.
        const TunnelAllocation first = mesh.allocations.first();
        QCOMPARE(first.transit.network(), mesh.settings.transitPool.network());
        QCOMPARE(first.portA, mesh.settings.portBase);
        QCOMPARE(first.portB, mesh.settings.portBase);
    }

    void addingALanKeepsExistingTunnels()
    {
        Mesh mesh = letterMesh(4);
        QString error;
        QVERIFY(Allocator::allocate(&mesh, &error));
        const auto before = mesh.allocations;
        mesh.addLan(makeLan(QStringLiteral("e"), {net("10.5.0.0/16")}, QStringLiteral("192.0.2.5")));
        QVERIFY(Allocator::allocate(&mesh, &error));
        verifyConsistent(mesh);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(mesh.allocations.value(it.key()), it.value());
        QCOMPARE(mesh.allocations.size(), 10);
    }

    void removingALanKeepsTheOthers()
    {
        Mesh mesh = letterMesh(5);
        QString error;
        QVERIFY(Allocator::allocate(&mesh, &error));
        const auto before = mesh.allocations;
        const LanId removed = mesh.lanByName(QStringLiteral("b"))->id;
        mesh.removeLan(removed);
        QVERIFY(Allocator::allocate(&mesh, &error));
        verifyConsistent(mesh);
        for (auto it = mesh.allocations.cbegin(); it != mesh.allocations.cend(); ++it)
            QCOMPARE(it.value(), before.value(it.key()));
        // A LAN added afterwards reuses the freed resources without touching the rest.
        mesh.addLan(makeLan(QStringLiteral("f"), {net("10.6.0.0/16")}, QStringLiteral("192.0.2.6")));
        QVERIFY(Allocator::allocate(&mesh, &error));
        verifyConsistent(mesh);
    }

    void invalidStoredAllocationsAreRedone()
    {
        Mesh mesh = letterMesh(3);
        QString error;
        QVERIFY(Allocator::allocate(&mesh, &error));
        auto it = mesh.allocations.begin();
        const LinkKey firstKey = it.key();
        const TunnelAllocation first = it.value();
        ++it;
        it->transit = first.transit;                                   // claimed twice
        (++it)->transit = Cidr::parse(QStringLiteral("10.99.0.0/30")); // outside the pool
        QVERIFY(Allocator::allocate(&mesh, &error));
        verifyConsistent(mesh);
        QCOMPARE(mesh.allocations.value(firstKey), first);
    }

    void poolTooSmallFailsWithoutTouchingTheMesh()
    {
        Mesh mesh = letterMesh(5); // 10 tunnels need 40 addresses
        mesh.settings.transitPool = Cidr::parse(QStringLiteral("10.254.0.0/27"));
        const Mesh before = mesh;
        QString error;
        QVERIFY(!Allocator::allocate(&mesh, &error));
        QVERIFY2(error.contains(QStringLiteral("10.254.0.0/27")), qPrintable(error));
        QCOMPARE(mesh, before);
        // The checker says the same, as a finding.
        bool found = false;
        for (const Finding &f : Checker::check(mesh))
            found |= f.code == QLatin1String("transit-pool-too-small");
        QVERIFY(found);
        mesh.settings.transitSlash31 = true; // 10 x /31 fit in a /27
        QVERIFY2(Allocator::allocate(&mesh, &error), qPrintable(error));
    }

    void portsRunningOutFails()
    {
        Mesh mesh = letterMesh(4);
        mesh.settings.portBase = 65534; // 3 tunnels per gateway need 3 ports
        QString error;
        QVERIFY(!Allocator::allocate(&mesh, &error));
        QVERIFY2(error.contains(QStringLiteral("65534")), qPrintable(error));
    }

    void twoHundredLanFullMesh()
    {
        Mesh mesh;
        mesh.name = QStringLiteral("big");
        mesh.settings.transitPool = Cidr::parse(QStringLiteral("100.64.0.0/14"));
        for (int i = 0; i < 200; ++i)
            mesh.addLan(makeLan(QStringLiteral("lan%1").arg(i),
                                {net(QStringLiteral("10.%1.%2.0/24").arg(i / 200).arg(i % 200))},
                                QStringLiteral("198.18.%1.%2").arg(i / 250).arg(i % 250 + 1)));
        QString error;
        QVERIFY2(Allocator::allocate(&mesh, &error), qPrintable(error));
        QCOMPARE(mesh.allocations.size(), 19900);
        verifyConsistent(mesh);
        // Every gateway uses exactly 199 ports, the lowest ones.
        int highest = 0;
        for (const TunnelAllocation &a : std::as_const(mesh.allocations))
            highest = qMax(highest, qMax(a.portA, a.portB));
        QCOMPARE(highest, mesh.settings.portBase + 198);
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
