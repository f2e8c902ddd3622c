// MeshModel: every mutation emits exactly its fine-grained signals (and `changed`), a no-op
// emits nothing, and removing then restoring a LAN puts everything back. The tunnel signals
// follow the topology rule (every pair in a full mesh, the drawn links in a manual one), so a
// view that mirrors them always holds exactly Mesh::tunnels().

#include "model/meshmodel.h"
#include "testmeshes.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace p2pvpn;
using p2pvpn::test::makeLan;
using p2pvpn::test::net;

using ModelAction = std::function<void(MeshModel &)>;
Q_DECLARE_METATYPE(ModelAction)
Q_DECLARE_METATYPE(p2pvpn::Topology)

namespace {

// LANs a(1), b(2), c(3); links a-b and b-c; an allocation for a-b.
Mesh fixtureMesh(Topology topology = Topology::Full)
{
    Mesh mesh;
    mesh.topology = topology;
    mesh.addLan(makeLan("a", {net("10.1.0.0/16")}));
    mesh.addLan(makeLan("b", {net("10.2.0.0/16")}));
    mesh.addLan(makeLan("c", {net("10.3.0.0/16")}));
    mesh.links = {LinkKey(1, 2), LinkKey(2, 3)};
    mesh.allocations.insert(LinkKey(1, 2), TunnelAllocation{net("10.254.0.0/30"), 1194, 1194});
    return mesh;
}

// One QSignalSpy per MeshModel signal; log() lists every emission as "signal(args)", sorted.
class Spies
{
public:
    explicit Spies(MeshModel *model)
    {
        add(model, "meshReset", &MeshModel::meshReset);
        add(model, "lanAdded", &MeshModel::lanAdded);
        add(model, "lanChanged", &MeshModel::lanChanged);
        add(model, "lanMoved", &MeshModel::lanMoved);
        add(model, "lanRemoved", &MeshModel::lanRemoved);
        add(model, "linkAdded", &MeshModel::linkAdded);
        add(model, "linkRemoved", &MeshModel::linkRemoved);
        add(model, "tunnelAdded", &MeshModel::tunnelAdded);
        add(model, "tunnelRemoved", &MeshModel::tunnelRemoved);
        add(model, "allocationsChanged", &MeshModel::allocationsChanged);
        add(model, "nameChanged", &MeshModel::nameChanged);
        add(model, "topologyChanged", &MeshModel::topologyChanged);
        add(model, "settingsChanged", &MeshModel::settingsChanged);
        add(model, "changed", &MeshModel::changed);
    }

    bool allValid() const
    {
        return std::all_of(m_spies.cbegin(), m_spies.cend(),
                           [](const auto &s) { return s.second->isValid(); });
    }

    QStringList log() const
    {
        QStringList result;
        for (const auto &[name, spy] : m_spies)
            for (const QList<QVariant> &arguments : *spy)
                result.append(name + QLatin1Char('(') + describe(arguments) + QLatin1Char(')'));
        result.sort();
        return result;
    }

private:
    template <typename Signal> void add(MeshModel *model, const char *name, Signal signal)
    {
        m_spies.emplace_back(QString::fromLatin1(name), std::make_unique<QSignalSpy>(model, signal));
    }

    static QString describe(const QList<QVariant> &arguments)
    {
        if (arguments.isEmpty())
            return QString();
        const QVariant &v = arguments.first();
        if (v.metaType() == QMetaType::fromType<LinkKey>()) {
            const LinkKey k = v.value<LinkKey>();
            return QStringLiteral("%1-%2").arg(k.a).arg(k.b);
        }
        return v.toString();
    }

    std::vector<std::pair<QString, std::unique_ptr<QSignalSpy>>> m_spies;
};

} // namespace

class TestMeshModel : public QObject
{
    Q_OBJECT
private slots:
    void emitsSignals_data();
    void emitsSignals();
    void tunnelSignalsOrder();
    void tunnelMirrorFollowsModel_data();
    void tunnelMirrorFollowsModel();
    void removeLanDropsLinksAndAllocations();
    void removeThenRestoreIsIdentity();
    void restoreLanRaisesNextId();
    void idsAreNeverReused();
    void updateLanKeepsId();
};

void TestMeshModel::emitsSignals_data()
{
    QTest::addColumn<Topology>("topology"); // of the fixture the action starts from
    QTest::addColumn<ModelAction>("action");
    QTest::addColumn<QStringList>("expected");

    auto rowIn = [](Topology topology, const char *name, ModelAction action,
                    std::initializer_list<const char *> expected) {
        QStringList list;
        for (const char *s : expected)
            list.append(QString::fromLatin1(s));
        QTest::newRow(name) << topology << action << list;
    };
    auto row = [&rowIn](const char *name, ModelAction action, std::initializer_list<const char *> expected) {
        rowIn(Topology::Full, name, std::move(action), expected);
    };
    auto manualRow = [&rowIn](const char *name, ModelAction action,
                              std::initializer_list<const char *> expected) {
        rowIn(Topology::Manual, name, std::move(action), expected);
    };
    const ModelAction restoreB = [](MeshModel &m) {
        const Lan lan = *m.lan(2);
        const Mesh before = m.mesh();
        m.removeLan(2);
        m.restoreLan(lan, {LinkKey(1, 2), LinkKey(2, 3)},
                     {{LinkKey(1, 2), before.allocations.value(LinkKey(1, 2))}});
    };
    auto editLan = [](LanId id, std::function<void(Lan &)> edit) {
        return [=](MeshModel &m) {
            Lan lan = *m.lan(id);
            edit(lan);
            m.updateLan(lan);
        };
    };

    row("reset", [](MeshModel &m) { m.reset(Mesh()); }, {"meshReset()", "changed()"});
    // Full mesh: a new LAN gets a tunnel to each of the three others.
    row("addLan", [](MeshModel &m) { m.addLan(makeLan("d", {net("10.4.0.0/16")})); },
        {"lanAdded(4)", "tunnelAdded(1-4)", "tunnelAdded(2-4)", "tunnelAdded(3-4)", "changed()"});
    manualRow("manual: addLan", [](MeshModel &m) { m.addLan(makeLan("d", {net("10.4.0.0/16")})); },
              {"lanAdded(4)", "changed()"});

    row("updateLan name", editLan(1, [](Lan &l) { l.name = QStringLiteral("a2"); }),
        {"lanChanged(1)", "changed()"});
    row("updateLan subnets", editLan(2, [](Lan &l) { l.subnets.append(net("10.20.0.0/16")); }),
        {"lanChanged(2)", "changed()"});
    row("updateLan ssh", editLan(2, [](Lan &l) { l.ssh.useSudo = true; }), {"lanChanged(2)", "changed()"});
    row("updateLan only position", editLan(1, [](Lan &l) { l.position = QPointF(5, 6); }),
        {"lanMoved(1)", "changed()"});
    row("updateLan position and notes",
        editLan(1,
                [](Lan &l) {
                    l.position = QPointF(5, 6);
                    l.notes = QStringLiteral("moved");
                }),
        {"lanChanged(1)", "changed()"});
    row("updateLan identical", editLan(1, [](Lan &) {}), {});
    row("updateLan unknown id",
        [](MeshModel &m) {
            Lan lan = makeLan("z", {net("10.9.0.0/16")});
            lan.id = 42;
            m.updateLan(lan);
        },
        {});

    row("moveLan", [](MeshModel &m) { m.moveLan(2, QPointF(100, -50)); }, {"lanMoved(2)", "changed()"});
    row("moveLan same place", [](MeshModel &m) { m.moveLan(2, m.lan(2)->position); }, {});
    row("moveLan unknown id", [](MeshModel &m) { m.moveLan(42, QPointF(1, 1)); }, {});

    row("removeLan with two links", [](MeshModel &m) { m.removeLan(2); },
        {"lanRemoved(2)", "linkRemoved(1-2)", "linkRemoved(2-3)", "tunnelRemoved(1-2)", "tunnelRemoved(2-3)",
         "allocationsChanged()", "changed()"});
    row("removeLan with one link", [](MeshModel &m) { m.removeLan(3); },
        {"lanRemoved(3)", "linkRemoved(2-3)", "tunnelRemoved(1-3)", "tunnelRemoved(2-3)", "changed()"});
    manualRow("manual: removeLan with two links", [](MeshModel &m) { m.removeLan(2); },
              {"lanRemoved(2)", "linkRemoved(1-2)", "linkRemoved(2-3)", "tunnelRemoved(1-2)",
               "tunnelRemoved(2-3)", "allocationsChanged()", "changed()"});
    manualRow("manual: removeLan with one link", [](MeshModel &m) { m.removeLan(3); },
              {"lanRemoved(3)", "linkRemoved(2-3)", "tunnelRemoved(2-3)", "changed()"});
    row("removeLan unknown id", [](MeshModel &m) { m.removeLan(42); }, {});
    row("restoreLan", restoreB,
        {"lanAdded(2)", "lanRemoved(2)", "linkAdded(1-2)", "linkAdded(2-3)", "linkRemoved(1-2)",
         "linkRemoved(2-3)", "tunnelAdded(1-2)", "tunnelAdded(2-3)", "tunnelRemoved(1-2)",
         "tunnelRemoved(2-3)", "allocationsChanged()", "allocationsChanged()", "changed()", "changed()"});
    manualRow("manual: restoreLan", restoreB,
              {"lanAdded(2)", "lanRemoved(2)", "linkAdded(1-2)", "linkAdded(2-3)", "linkRemoved(1-2)",
               "linkRemoved(2-3)", "tunnelAdded(1-2)", "tunnelAdded(2-3)", "tunnelRemoved(1-2)",
               "tunnelRemoved(2-3)", "allocationsChanged()", "allocationsChanged()", "changed()",
               "changed()"});

    // A drawn link is a tunnel of its own only in manual topology; a full mesh has them all already.
    row("addLink new", [](MeshModel &m) { m.addLink(LinkKey(1, 3)); }, {"linkAdded(1-3)", "changed()"});
    row("addLink reversed order", [](MeshModel &m) { m.addLink(LinkKey(3, 1)); },
        {"linkAdded(1-3)", "changed()"});
    manualRow("manual: addLink", [](MeshModel &m) { m.addLink(LinkKey(3, 1)); },
              {"linkAdded(1-3)", "tunnelAdded(1-3)", "changed()"});
    row("addLink existing", [](MeshModel &m) { m.addLink(LinkKey(1, 2)); }, {});
    row("addLink existing reversed", [](MeshModel &m) { m.addLink(LinkKey(2, 1)); }, {});
    manualRow("manual: addLink existing", [](MeshModel &m) { m.addLink(LinkKey(2, 1)); }, {});
    row("addLink to itself", [](MeshModel &m) { m.addLink(LinkKey(1, 1)); }, {});
    row("addLink unknown LAN", [](MeshModel &m) { m.addLink(LinkKey(1, 42)); }, {});
    manualRow("manual: addLink unknown LAN", [](MeshModel &m) { m.addLink(LinkKey(1, 42)); }, {});
    row("removeLink existing", [](MeshModel &m) { m.removeLink(LinkKey(2, 1)); },
        {"linkRemoved(1-2)", "changed()"});
    manualRow("manual: removeLink", [](MeshModel &m) { m.removeLink(LinkKey(2, 1)); },
              {"linkRemoved(1-2)", "tunnelRemoved(1-2)", "changed()"});
    row("removeLink absent", [](MeshModel &m) { m.removeLink(LinkKey(1, 3)); }, {});
    manualRow("manual: removeLink absent", [](MeshModel &m) { m.removeLink(LinkKey(1, 3)); }, {});

    row("setName", [](MeshModel &m) { m.setName(QStringLiteral("other")); }, {"nameChanged()", "changed()"});
    row("setName same", [](MeshModel &m) { m.setName(m.mesh().name); }, {});
    // Switching keeps the drawn links' tunnels (1-2, 2-3) and adds or drops every other pair.
    row("setTopology manual", [](MeshModel &m) { m.setTopology(Topology::Manual); },
        {"tunnelRemoved(1-3)", "topologyChanged()", "changed()"});
    manualRow("manual: setTopology full", [](MeshModel &m) { m.setTopology(Topology::Full); },
              {"tunnelAdded(1-3)", "topologyChanged()", "changed()"});
    manualRow("manual: setTopology full, no links",
              [](MeshModel &m) {
                  m.removeLink(LinkKey(1, 2));
                  m.removeLink(LinkKey(2, 3));
                  QSignalSpy added(&m, &MeshModel::tunnelAdded);
                  m.setTopology(Topology::Full);
                  QCOMPARE(added.count(), 3);
              },
              {"linkRemoved(1-2)", "linkRemoved(2-3)", "tunnelRemoved(1-2)", "tunnelRemoved(2-3)",
               "tunnelAdded(1-2)", "tunnelAdded(1-3)", "tunnelAdded(2-3)", "topologyChanged()", "changed()",
               "changed()", "changed()"});
    row("setTopology same", [](MeshModel &m) { m.setTopology(Topology::Full); }, {});
    row("setSettings port",
        [](MeshModel &m) {
            MeshSettings s = m.mesh().settings;
            s.portBase = 2000;
            m.setSettings(s);
        },
        {"settingsChanged()", "changed()"});
    row("setSettings reserved",
        [](MeshModel &m) {
            MeshSettings s = m.mesh().settings;
            s.reservedRanges.append(net("10.99.0.0/16"));
            m.setSettings(s);
        },
        {"settingsChanged()", "changed()"});
    row("setSettings same", [](MeshModel &m) { m.setSettings(m.mesh().settings); }, {});
    row("setAllocations", [](MeshModel &m) { m.setAllocations({}); }, {"allocationsChanged()", "changed()"});
    row("setAllocations same", [](MeshModel &m) { m.setAllocations(m.mesh().allocations); }, {});
}

void TestMeshModel::emitsSignals()
{
    QFETCH(Topology, topology);
    QFETCH(ModelAction, action);
    QFETCH(QStringList, expected);

    MeshModel model;
    model.reset(fixtureMesh(topology));
    Spies spies(&model);
    QVERIFY(spies.allValid());
    action(model);
    expected.sort();
    QCOMPARE(spies.log().join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')));
}

// A view adds an edge after its two nodes and removes it before either; each signal finds the
// model in its new state already.
void TestMeshModel::tunnelSignalsOrder()
{
    MeshModel model;
    model.reset(fixtureMesh());
    QStringList order;
    connect(&model, &MeshModel::lanAdded, this, [&](LanId id) {
        order.append(QStringLiteral("lan+%1").arg(id));
        QVERIFY(model.lan(id));
    });
    connect(&model, &MeshModel::lanRemoved, this,
            [&](LanId id) { order.append(QStringLiteral("lan-%1").arg(id)); });
    connect(&model, &MeshModel::tunnelAdded, this, [&](const LinkKey &k) {
        order.append(QStringLiteral("tunnel+%1-%2").arg(k.a).arg(k.b));
        QVERIFY(model.mesh().hasTunnel(k));
    });
    connect(&model, &MeshModel::tunnelRemoved, this, [&](const LinkKey &k) {
        order.append(QStringLiteral("tunnel-%1-%2").arg(k.a).arg(k.b));
        QVERIFY(!model.mesh().hasTunnel(k));
    });
    connect(&model, &MeshModel::topologyChanged, this, [&] { order.append(QStringLiteral("topology")); });
    model.addLan(makeLan("d", {net("10.4.0.0/16")}));
    model.removeLan(1);
    model.setTopology(Topology::Manual);
    QCOMPARE(order.join(QLatin1Char(' ')),
             QStringLiteral("lan+4 tunnel+1-4 tunnel+2-4 tunnel+3-4 tunnel-1-2 tunnel-1-3 tunnel-1-4 lan-1 "
                            "tunnel-2-4 tunnel-3-4 topology"));
}

void TestMeshModel::tunnelMirrorFollowsModel_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 4; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

// Random edits; a set kept only from tunnelAdded/tunnelRemoved (as the canvas keeps its edges) always
// equals Mesh::tunnels(), and no tunnel is added twice or removed while absent.
void TestMeshModel::tunnelMirrorFollowsModel()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    MeshModel model;
    model.reset(fixtureMesh(Topology::Manual));
    QSet<LinkKey> mirror(model.mesh().links.cbegin(), model.mesh().links.cend());
    bool consistent = true;
    connect(&model, &MeshModel::tunnelAdded, this, [&](const LinkKey &k) {
        consistent = consistent && !mirror.contains(k);
        mirror.insert(k);
    });
    connect(&model, &MeshModel::tunnelRemoved, this,
            [&](const LinkKey &k) { consistent = consistent && mirror.remove(k); });
    auto someLan = [&] {
        const QList<LanId> ids = model.mesh().lans.keys();
        return ids.isEmpty() ? 1 : ids[random.bounded(int(ids.size()))];
    };
    QList<std::pair<Lan, QList<LinkKey>>> removed; // for restoreLan
    for (int step = 0; step < 300; ++step) {
        switch (random.bounded(6)) {
        case 0:
            model.addLan(makeLan("x", {net("10.9.0.0/16")}));
            break;
        case 1: {
            const LanId id = someLan();
            if (const Lan *lan = model.lan(id)) {
                QList<LinkKey> links;
                for (const LinkKey &k : model.mesh().links)
                    if (k.a == id || k.b == id)
                        links.append(k);
                removed.append({*lan, links});
                model.removeLan(id);
            }
            break;
        }
        case 2:
            if (!removed.isEmpty()) {
                auto [lan, links] = removed.takeLast();
                links.removeIf([&](const LinkKey &k) { return !model.lan(k.a == lan.id ? k.b : k.a); });
                model.restoreLan(lan, links, {});
            }
            break;
        case 3:
            model.addLink(LinkKey(someLan(), someLan()));
            break;
        case 4:
            model.removeLink(LinkKey(someLan(), someLan()));
            break;
        case 5:
            model.setTopology(random.bounded(2) ? Topology::Full : Topology::Manual);
            break;
        }
        const QList<LinkKey> tunnels = model.mesh().tunnels();
        QVERIFY2(consistent, qPrintable(QStringLiteral("step %1").arg(step)));
        QCOMPARE(mirror, QSet<LinkKey>(tunnels.cbegin(), tunnels.cend()));
    }
}

void TestMeshModel::removeLanDropsLinksAndAllocations()
{
    MeshModel model;
    model.reset(fixtureMesh());
    // A view that reacts to linkRemoved must already see the link gone from the model.
    // Edges go before their node, and `changed` comes last.
    QList<bool> linkGoneWhenSignalled;
    QStringList order;
    connect(&model, &MeshModel::linkRemoved, this, [&](const LinkKey &k) {
        linkGoneWhenSignalled.append(!model.mesh().links.contains(k));
        order.append(QStringLiteral("link"));
    });
    connect(&model, &MeshModel::lanRemoved, this, [&] { order.append(QStringLiteral("lan")); });
    connect(&model, &MeshModel::changed, this, [&] { order.append(QStringLiteral("changed")); });
    model.removeLan(2);
    QCOMPARE(linkGoneWhenSignalled, (QList<bool>{true, true}));
    QCOMPARE(order.join(QLatin1Char(' ')), QStringLiteral("link link lan changed"));
    QVERIFY(!model.lan(2));
    QVERIFY(model.mesh().links.isEmpty());
    QVERIFY(model.mesh().allocations.isEmpty());
    QCOMPARE(model.mesh().lans.keys(), (QList<LanId>{1, 3}));
}

void TestMeshModel::removeThenRestoreIsIdentity()
{
    MeshModel model;
    model.reset(fixtureMesh());
    const Mesh before = model.mesh();
    const Lan lan = *model.lan(2);
    QList<LinkKey> links;
    QMap<LinkKey, TunnelAllocation> allocations;
    for (const LinkKey &k : before.links)
        if (k.a == 2 || k.b == 2)
            links.append(k);
    for (auto it = before.allocations.cbegin(); it != before.allocations.cend(); ++it)
        if (it.key().a == 2 || it.key().b == 2)
            allocations.insert(it.key(), it.value());

    model.removeLan(2);
    QVERIFY(model.mesh() != before);
    model.restoreLan(lan, links, allocations);
    QVERIFY(model.mesh() == before);
}

void TestMeshModel::restoreLanRaisesNextId()
{
    MeshModel model;
    model.reset(fixtureMesh());
    Lan lan = makeLan("x", {net("10.7.0.0/16")});
    lan.id = 7;
    model.restoreLan(lan, {}, {});
    QCOMPARE(model.mesh().nextLanId, 8);
    QCOMPARE(model.addLan(makeLan("y", {net("10.8.0.0/16")})), 8);
}

void TestMeshModel::idsAreNeverReused()
{
    MeshModel model;
    model.reset(fixtureMesh());
    model.removeLan(3);
    const LanId id = model.addLan(makeLan("d", {net("10.4.0.0/16")}));
    QCOMPARE(id, 4);
    QCOMPARE(model.lan(id)->name, QStringLiteral("d"));
}

void TestMeshModel::updateLanKeepsId()
{
    MeshModel model;
    model.reset(fixtureMesh());
    Lan lan = *model.lan(1);
    lan.name = QStringLiteral("renamed");
    model.updateLan(lan);
    QCOMPARE(model.lan(1)->name, QStringLiteral("renamed"));
    QCOMPARE(model.mesh().lans.size(), 3);
}

QTEST_GUILESS_MAIN(TestMeshModel)
#include "tst_meshmodel.moc"
