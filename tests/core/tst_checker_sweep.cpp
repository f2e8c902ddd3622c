// Checker: the sort-and-sweep that finds overlapping subnets must report exactly the LAN pairs a naive
// all-pairs comparison finds, on random meshes dense and sparse in overlaps.

#include "check/checker.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace p2pvpn;

class TestCheckerSweep : public QObject
{
    Q_OBJECT
private slots:
    void sweepMatchesAllPairs_data();
    void sweepMatchesAllPairs();
};

void TestCheckerSweep::sweepMatchesAllPairs_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("lanCount");
    QTest::newRow("dense 60") << 1u << 60;
    QTest::newRow("dense 300") << 2u << 300;
    QTest::newRow("sparse 300") << 3u << 300;
}

// The sort-and-sweep must report exactly the LAN pairs a naive all-pairs comparison finds.
void TestCheckerSweep::sweepMatchesAllPairs()
{
    QFETCH(quint32, seed);
    QFETCH(int, lanCount);
    QRandomGenerator random(seed);
    const bool sparse = QByteArray(QTest::currentDataTag()).startsWith("sparse");

    Mesh mesh;
    for (int i = 0; i < lanCount; ++i) {
        Lan l;
        l.name = QStringLiteral("lan%1").arg(i);
        l.endpoint = QStringLiteral("gw%1.example.com").arg(i);
        const int subnetCount = 1 + int(random.bounded(3));
        for (int s = 0; s < subnetCount; ++s) {
            const int prefix = sparse ? 24 + int(random.bounded(9)) : 12 + int(random.bounded(13));
            l.subnets.append(Cidr::fromAddress(0x0a000000u | random.bounded(0x00fe0000u), prefix));
        }
        mesh.addLan(l);
    }

    QSet<LinkKey> naive;
    for (const Lan &x : std::as_const(mesh.lans))
        for (const Lan &y : std::as_const(mesh.lans))
            if (x.id < y.id)
                for (const Cidr &cx : x.subnets)
                    for (const Cidr &cy : y.subnets)
                        if (cx.overlaps(cy))
                            naive.insert(LinkKey(x.id, y.id));

    QSet<LinkKey> swept;
    for (const Finding &f : Checker::check(mesh)) {
        if (f.code != QLatin1String("subnet-overlap"))
            continue;
        for (LanId x : f.lans)
            for (LanId y : f.lans)
                if (x != y)
                    swept.insert(LinkKey(x, y));
    }
    QVERIFY(!naive.isEmpty()); // the data must exercise the sweep
    QCOMPARE(swept.size(), naive.size());
    QCOMPARE(swept, naive);
}

QTEST_GUILESS_MAIN(TestCheckerSweep)
#include "tst_checker_sweep.moc"
