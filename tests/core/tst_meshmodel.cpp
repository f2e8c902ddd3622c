// MeshModel: every mutation emits exactly its fine-grained signals (and `changed`), a no-op
// emits nothing, and removing then restoring a LAN puts everything back.

#include "model/meshmodel.h"
#include "testmeshes.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace p2pvpn;
using p2pvpn::test::makeLan;
using p2pvpn::test::net;

using ModelAction = std::function<void(MeshModel &)>;
Q_DECLARE_METATYPE(ModelAction)

namespace {

// LANs a(1), b(2), c(3); links a-b and b-c; an allocation for a-b.
Mesh fixtureMesh()
{
    Mesh mesh;
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
    void removeLanDropsLinksAndAllocations();
    void removeThenRestoreIsIdentity();
    void restoreLanRaisesNextId();
    void idsAreNeverReused();
    void updateLanKeepsId();
};

void TestMeshModel::emitsSignals_data()
{
    QTest::addColumn<ModelAction>("action");
    QTest::addColumn<QStringList>("expected");

    auto row = [](const char *name, ModelAction action, std::initializer_list<const char *> expected) {
        QStringList list;
        for (const char *s : expected)
            list.append(QString::fromLatin1(s));
        QTest::newRow(name) << action << list;
    };
    auto editLan = [](LanId id, std::function<void(Lan &)> edit) {
        return [=](MeshModel &m) {
            Lan lan = *m.lan(id);
            edit(lan);
            m.updateLan(lan);
        };
    };

    row("reset", [](MeshModel &m) { m.reset(Mesh()); }, {"meshReset()", "changed()"});
    row("addLan", [](MeshModel &m) { m.addLan(makeLan("d", {net("10.4.0.0/16")})); },
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
        {"lanRemoved(2)", "linkRemoved(1-2)", "linkRemoved(2-3)", "changed()"});
    row("removeLan with one link", [](MeshModel &m) { m.removeLan(3); },
        {"lanRemoved(3)", "linkRemoved(2-3)", "changed()"});
    row("removeLan unknown id", [](MeshModel &m) { m.removeLan(42); }, {});
    row("restoreLan",
        [](MeshModel &m) {
            const Lan lan = *m.lan(2);
            const Mesh before = m.mesh();
            m.removeLan(2);
            m.restoreLan(lan, {LinkKey(1, 2), LinkKey(2, 3)},
                         {{LinkKey(1, 2), before.allocations.value(LinkKey(1, 2))}});
        },
        {"lanAdded(2)", "lanRemoved(2)", "linkAdded(1-2)", "linkAdded(2-3)", "linkRemoved(1-2)",
         "linkRemoved(2-3)", "changed()", "changed()"});

    row("addLink new", [](MeshModel &m) { m.addLink(LinkKey(1, 3)); }, {"linkAdded(1-3)", "changed()"});
    row("addLink reversed order", [](MeshModel &m) { m.addLink(LinkKey(3, 1)); },
        {"linkAdded(1-3)", "changed()"});
    row("addLink existing", [](MeshModel &m) { m.addLink(LinkKey(1, 2)); }, {});
    row("addLink existing reversed", [](MeshModel &m) { m.addLink(LinkKey(2, 1)); }, {});
    row("addLink to itself", [](MeshModel &m) { m.addLink(LinkKey(1, 1)); }, {});
    row("addLink unknown LAN", [](MeshModel &m) { m.addLink(LinkKey(1, 42)); }, {});
    row("removeLink existing", [](MeshModel &m) { m.removeLink(LinkKey(2, 1)); },
        {"linkRemoved(1-2)", "changed()"});
    row("removeLink absent", [](MeshModel &m) { m.removeLink(LinkKey(1, 3)); }, {});

    row("setName", [](MeshModel &m) { m.setName(QStringLiteral("other")); }, {"nameChanged()", "changed()"});
    row("setName same", [](MeshModel &m) { m.setName(m.mesh().name); }, {});
    row("setTopology manual", [](MeshModel &m) { m.setTopology(Topology::Manual); },
        {"topologyChanged()", "changed()"});
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
    row("setAllocations", [](MeshModel &m) { m.setAllocations({}); }, {"changed()"});
    row("setAllocations same", [](MeshModel &m) { m.setAllocations(m.mesh().allocations); }, {});
}

void TestMeshModel::emitsSignals()
{
    QFETCH(ModelAction, action);
    QFETCH(QStringList, expected);

    MeshModel model;
    model.reset(fixtureMesh());
    Spies spies(&model);
    QVERIFY(spies.allValid());
    action(model);
    expected.sort();
    QCOMPARE(spies.log().join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')));
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
