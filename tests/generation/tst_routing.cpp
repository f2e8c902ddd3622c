#include "generate/routing.h"
#include "testmeshes.h"

#include <QTest>

using namespace p2pvpn;
using namespace p2pvpn::test;

using LinkList = QList<std::pair<const char *, const char *>>;

class TestRouting : public QObject
{
    Q_OBJECT

    static LanId id(const Mesh &mesh, const char *name) { return mesh.lanByName(QLatin1String(name))->id; }

    static Mesh manual(int lans, const LinkList &links)
    {
        Mesh mesh = letterMesh(lans, Topology::Manual);
        for (auto [a, b] : links)
            mesh.links.insert(LinkKey(id(mesh, a), id(mesh, b)));
        return mesh;
    }

private slots:
    void fullMeshGoesDirect()
    {
        const Mesh mesh = letterMesh(4);
        const auto routes = Routing::compute(mesh);
        for (const Lan &from : mesh.lans) {
            QCOMPARE(routes.value(from.id).size(), 3);
            for (auto it = routes.value(from.id).cbegin(); it != routes.value(from.id).cend(); ++it)
                QCOMPARE(it.value(), it.key());
        }
    }

    void manualShortestPaths_data()
    {
        QTest::addColumn<int>("lans");
        QTest::addColumn<LinkList>("links");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("nextHop");
        const LinkList chain{{"a", "b"}, {"b", "c"}, {"c", "d"}};
        QTest::newRow("chain a->d via b") << 4 << chain << "a"
                                          << "d"
                                          << "b";
        QTest::newRow("chain d->a via c") << 4 << chain << "d"
                                          << "a"
                                          << "c";
        QTest::newRow("chain b->d via c") << 4 << chain << "b"
                                          << "d"
                                          << "c";
        QTest::newRow("chain neighbour direct") << 4 << chain << "c"
                                                << "d"
                                                << "d";
        // Square a-b-c-d-a: a reaches c in two hops through b or d; the lower ID (b) wins.
        const LinkList square{{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "a"}};
        QTest::newRow("square tie to lower id") << 4 << square << "a"
                                                << "c"
                                                << "b";
        QTest::newRow("square tie from d") << 4 << square << "d"
                                           << "b"
                                           << "a";
        // A shortcut beats a longer path even through a lower ID.
        const LinkList shortcut{{"a", "b"}, {"b", "c"}, {"c", "e"}, {"a", "d"}, {"d", "e"}};
        QTest::newRow("fewest hops") << 5 << shortcut << "a"
                                     << "e"
                                     << "d";
    }
    void manualShortestPaths()
    {
        QFETCH(int, lans);
        QFETCH(LinkList, links);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, nextHop);
        const Mesh mesh = manual(lans, links);
        const auto routes = Routing::compute(mesh);
        const LanId source = mesh.lanByName(from)->id;
        QCOMPARE(routes.value(source).size(), mesh.lans.size() - 1);
        QCOMPARE(routes.value(source).value(mesh.lanByName(to)->id), mesh.lanByName(nextHop)->id);
    }

    void unreachableLansHaveNoRoute()
    {
        const Mesh mesh = manual(4, {{"a", "b"}, {"c", "d"}});
        const auto routes = Routing::compute(mesh);
        QVERIFY(!routes.value(id(mesh, "a")).contains(id(mesh, "c")));
        QCOMPARE(routes.value(id(mesh, "a")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
