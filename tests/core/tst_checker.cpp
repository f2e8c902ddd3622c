// Checker: every finding code has a row that must fire and a close row that must not.
// Each row edits a clean two-LAN mesh and states the checker's whole answer: the findings
// with the code under test (severity and involved LANs) and the codes of all other findings.

#include "check/checker.h"
#include "model/projectfile.h"
#include "testfiles.h"
#include "testmeshes.h"

#include <QTest>

#include <functional>

using namespace p2pvpn;
using p2pvpn::test::makeLan;
using p2pvpn::test::net;
using p2pvpn::test::strings;

using MeshEdit = std::function<void(Mesh &)>;
Q_DECLARE_METATYPE(MeshEdit)

namespace {

// Two LANs, a = 10.1.0.0/16 and b = 10.2.0.0/16, full topology, default settings: checks clean.
Mesh cleanMesh()
{
    Mesh mesh;
    mesh.name = QStringLiteral("test");
    mesh.addLan(makeLan("a", {net("10.1.0.0/16")}, "a.example.com"));
    mesh.addLan(makeLan("b", {net("10.2.0.0/16")}, "b.example.com"));
    return mesh;
}

Lan &lan(Mesh &mesh, const char *name)
{
    for (Lan &l : mesh.lans)
        if (l.name == QLatin1String(name))
            return l;
    qFatal("test mesh has no LAN %s", name);
}

// Edits for the rows, so each row reads as one line.
MeshEdit setSubnets(const char *name, QList<Cidr> subnets)
{
    return [=](Mesh &m) { lan(m, name).subnets = subnets; };
}
MeshEdit addSubnet(const char *name, const char *subnet)
{
    return [=](Mesh &m) { lan(m, name).subnets.append(net(subnet)); };
}
MeshEdit setEndpoint(const char *name, const char *endpoint)
{
    return [=](Mesh &m) { lan(m, name).endpoint = QString::fromUtf8(endpoint); };
}
MeshEdit renameLan(const char *name, const char *newName)
{
    return [=](Mesh &m) { lan(m, name).name = QString::fromUtf8(newName); };
}
MeshEdit addLan(const char *name, const char *subnet, const char *endpoint)
{
    return [=](Mesh &m) { m.addLan(makeLan(name, {net(subnet)}, endpoint)); };
}
MeshEdit both(MeshEdit first, MeshEdit second)
{
    return [=](Mesh &m) {
        first(m);
        second(m);
    };
}
// Three LANs (c = 10.3.0.0/16) in manual topology with the given links between named LANs.
MeshEdit manual(QList<QPair<const char *, const char *>> links)
{
    return [=](Mesh &m) {
        m.addLan(makeLan("c", {net("10.3.0.0/16")}, "c.example.com"));
        m.topology = Topology::Manual;
        for (const auto &[x, y] : links)
            m.links.insert(LinkKey(lan(m, x).id, lan(m, y).id));
    };
}
MeshEdit settings(std::function<void(MeshSettings &)> edit)
{
    return [=](Mesh &m) { edit(m.settings); };
}
// Numbers kept from an earlier export for the tunnel between two named LANs.
MeshEdit allocate(const char *x, const char *y, const char *transit, int portX = 1194, int portY = 1194)
{
    return [=](Mesh &m) {
        const LinkKey k(lan(m, x).id, lan(m, y).id);
        const bool xFirst = k.a == lan(m, x).id;
        m.allocations.insert(k,
                             TunnelAllocation{net(transit), xFirst ? portX : portY, xFirst ? portY : portX});
    };
}
// LAN b uses the "command" service manager with these commands.
MeshEdit commands(const char *restart, const char *stop)
{
    return [=](Mesh &m) {
        lan(m, "b").deploy.serviceManager = ServiceManager::Command;
        lan(m, "b").deploy.restartCommand = QString::fromUtf8(restart);
        lan(m, "b").deploy.stopCommand = QString::fromUtf8(stop);
    };
}

// "error:a,b": severity and the sorted names of the involved LANs, then "|a-b,b-c" for tunnels.
QString describe(const Mesh &mesh, const Finding &f)
{
    const auto name = [&mesh](LanId id) {
        return mesh.lan(id) ? mesh.lan(id)->name : QStringLiteral("#%1").arg(id);
    };
    QStringList names, tunnels;
    for (LanId id : f.lans)
        names.append(name(id));
    for (const LinkKey &k : f.links)
        tunnels.append(name(k.a) + QLatin1Char('-') + name(k.b));
    names.sort();
    tunnels.sort();
    return toString(f.severity) + QLatin1Char(':') + names.join(QLatin1Char(',')) +
           (tunnels.isEmpty() ? QString() : QLatin1Char('|') + tunnels.join(QLatin1Char(',')));
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT
private slots:
    void cleanMeshIsClean();
    void findings_data();
    void findings();
    void messagesNameThePlace_data();
    void messagesNameThePlace();
    void builtinReservedRanges();
    void counts();
    void bundledExampleChecksClean();
};

void TestChecker::cleanMeshIsClean()
{
    const QList<Finding> findings = Checker::check(cleanMesh());
    for (const Finding &f : findings)
        qWarning("%s: %s", qPrintable(f.code), qPrintable(f.message));
    QVERIFY(findings.isEmpty());
}

void TestChecker::findings_data()
{
    QTest::addColumn<MeshEdit>("edit");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected"); // describe() of each finding with `code`; empty: must not fire
    QTest::addColumn<QStringList>("others");   // codes of all other findings

    using Strings = std::initializer_list<const char *>;
    auto fires = [](const char *name, MeshEdit edit, const char *code, Strings expected,
                    Strings others = {}) {
        QTest::newRow(name) << edit << QString::fromLatin1(code) << strings(expected) << strings(others);
    };
    auto silent = [](const char *name, MeshEdit edit, const char *code, Strings others = {}) {
        QTest::newRow(name) << edit << QString::fromLatin1(code) << QStringList() << strings(others);
    };

    // subnet-overlap: between LANs, by sort and sweep.
    fires("overlap: nested", setSubnets("b", {net("10.1.128.0/17")}), "subnet-overlap", {"error:a,b"});
    fires("overlap: identical", setSubnets("b", {net("10.1.0.0/16")}), "subnet-overlap", {"error:a,b"});
    fires("overlap: three share one",
          both(setSubnets("b", {net("10.1.0.0/16")}), addLan("c", "10.1.0.0/16", "c.example.com")),
          "subnet-overlap", {"error:a,b,c"});
    fires("overlap: container holds two",
          both(setSubnets("a", {net("10.0.0.0/8")}), addLan("c", "10.200.0.0/16", "c.example.com")),
          "subnet-overlap", {"error:a,b", "error:a,c"}, {"transit-overlap"});
    fires("overlap: second subnet", addSubnet("b", "10.1.7.0/24"), "subnet-overlap", {"error:a,b"});
    fires("overlap: single address", setSubnets("b", {net("10.1.255.255/32")}), "subnet-overlap",
          {"error:a,b"});
    silent("overlap: adjacent halves",
           both(setSubnets("a", {net("10.1.0.0/17")}), setSubnets("b", {net("10.1.128.0/17")})),
           "subnet-overlap");
    silent("overlap: next address", setSubnets("b", {net("10.2.0.0/32")}), "subnet-overlap");

    // subnet-duplicate: within one LAN.
    fires("duplicate: listed twice", addSubnet("a", "10.1.0.0/16"), "subnet-duplicate", {"error:a"});
    fires("duplicate: nested in own LAN", addSubnet("a", "10.1.4.0/24"), "subnet-duplicate", {"error:a"});
    silent("duplicate: two disjoint", addSubnet("a", "10.3.0.0/16"), "subnet-duplicate");

    // transit-overlap: a LAN subnet and the transit pool (10.254.0.0/16 by default).
    fires("transit: subnet in pool", setSubnets("b", {net("10.254.3.0/24")}), "transit-overlap", {"error:b"});
    fires("transit: pool in subnet", settings([](MeshSettings &s) { s.transitPool = net("10.1.5.0/24"); }),
          "transit-overlap", {"error:a"});
    silent("transit: just below pool", setSubnets("b", {net("10.253.255.0/24")}), "transit-overlap");
    silent("transit: just above pool", setSubnets("b", {net("10.255.0.0/24")}), "transit-overlap");

    // reserved-overlap: built-in ranges (warning for Docker's bridge) and the mesh's own.
    fires("reserved: docker bridge", setSubnets("b", {net("172.17.5.0/24")}), "reserved-overlap",
          {"warning:b"});
    fires("reserved: holds docker bridge", setSubnets("b", {net("172.16.0.0/12")}), "reserved-overlap",
          {"warning:b"});
    fires("reserved: loopback", setSubnets("b", {net("127.0.0.0/8")}), "reserved-overlap", {"error:b"},
          {"subnet-not-private"});
    fires("reserved: link-local", setSubnets("b", {net("169.254.10.0/24")}), "reserved-overlap", {"error:b"},
          {"subnet-not-private"});
    fires("reserved: this network", setSubnets("b", {net("0.1.0.0/16")}), "reserved-overlap", {"error:b"},
          {"subnet-not-private"});
    fires("reserved: multicast", setSubnets("b", {net("239.1.0.0/16")}), "reserved-overlap", {"error:b"},
          {"subnet-not-private"});
    fires("reserved: class E", setSubnets("b", {net("250.0.0.0/8")}), "reserved-overlap", {"error:b"},
          {"subnet-not-private"});
    fires("reserved: transit pool in docker",
          settings([](MeshSettings &s) { s.transitPool = net("172.17.0.0/24"); }), "reserved-overlap",
          {"warning:"});
    fires("reserved: user range",
          settings([](MeshSettings &s) { s.reservedRanges = {net("10.2.128.0/20")}; }), "reserved-overlap",
          {"error:b"});
    fires("reserved: user range holds two",
          settings([](MeshSettings &s) { s.reservedRanges = {net("10.0.0.0/14")}; }), "reserved-overlap",
          {"error:a", "error:b"});
    silent("reserved: next to docker", setSubnets("b", {net("172.18.0.0/16")}), "reserved-overlap");
    silent("reserved: below docker", setSubnets("b", {net("172.16.255.0/24")}), "reserved-overlap");
    silent("reserved: user range elsewhere",
           settings([](MeshSettings &s) { s.reservedRanges = {net("10.3.0.0/16")}; }), "reserved-overlap");

    // subnet-not-private.
    fires("public: CGNAT", setSubnets("b", {net("100.64.0.0/16")}), "subnet-not-private", {"warning:b"});
    fires("public: 172.32", setSubnets("b", {net("172.32.0.0/16")}), "subnet-not-private", {"warning:b"});
    fires("public: 172.15", setSubnets("b", {net("172.15.0.0/16")}), "subnet-not-private", {"warning:b"});
    fires("public: larger than 10/8", setSubnets("b", {net("10.0.0.0/7")}), "subnet-not-private",
          {"warning:b"}, {"subnet-overlap", "transit-overlap"});
    silent("public: 172.31", setSubnets("b", {net("172.31.0.0/16")}), "subnet-not-private");
    silent("public: 192.168", setSubnets("b", {net("192.168.255.0/24")}), "subnet-not-private");

    // lan-no-subnet.
    fires("no subnet", setSubnets("b", {}), "lan-no-subnet", {"error:b"});
    silent("no subnet: one /32", setSubnets("b", {net("10.2.0.1/32")}), "lan-no-subnet");

    // endpoint-in-subnet: an IPv4 endpoint inside any LAN's subnet.
    fires("endpoint in other LAN", setEndpoint("b", "10.1.2.3"), "endpoint-in-subnet", {"error:a,b"});
    fires("endpoint in own LAN", setEndpoint("a", "10.1.0.1"), "endpoint-in-subnet", {"error:a"});
    fires("endpoint is a /32 subnet",
          both(setSubnets("b", {net("10.2.0.5/32")}), setEndpoint("a", "10.2.0.5")), "endpoint-in-subnet",
          {"error:a,b"});
    silent("endpoint just below subnet", setEndpoint("b", "10.0.255.255"), "endpoint-in-subnet");
    silent("endpoint public", setEndpoint("b", "198.51.100.7"), "endpoint-in-subnet");

    // name-duplicate.
    fires("name duplicate", renameLan("b", "a"), "name-duplicate", {"error:a,a"});
    silent("name differs by one char", renameLan("b", "a0"), "name-duplicate");

    // lan-name-invalid.
    fires("lan name uppercase", renameLan("b", "Office"), "lan-name-invalid", {"error:Office"});
    fires("lan name leading dash", renameLan("b", "-b"), "lan-name-invalid", {"error:-b"});
    fires("lan name underscore", renameLan("b", "b_1"), "lan-name-invalid", {"error:b_1"});
    fires("lan name 33 chars", renameLan("b", "b23456789012345678901234567890123"), "lan-name-invalid",
          {"error:b23456789012345678901234567890123"});
    fires("lan name empty", renameLan("b", ""), "lan-name-invalid", {"error:"});
    silent("lan name 32 chars", renameLan("b", "b2345678901234567890123456789012"), "lan-name-invalid");
    silent("lan name digit first", renameLan("b", "0b-x"), "lan-name-invalid");

    // mesh-name-invalid.
    fires("mesh name with space", [](Mesh &m) { m.name = QStringLiteral("my mesh"); }, "mesh-name-invalid",
          {"error:"});
    fires("mesh name empty", [](Mesh &m) { m.name.clear(); }, "mesh-name-invalid", {"error:"});
    silent(
        "mesh name with dash", [](Mesh &m) { m.name = QStringLiteral("my-mesh"); }, "mesh-name-invalid");

    // endpoint-invalid.
    fires("endpoint empty", setEndpoint("b", ""), "endpoint-invalid", {"error:b"});
    fires("endpoint octet 256", setEndpoint("b", "198.51.100.256"), "endpoint-invalid", {"error:b"});
    fires("endpoint three octets", setEndpoint("b", "198.51.100"), "endpoint-invalid", {"error:b"});
    fires("endpoint underscore", setEndpoint("b", "vpn_b.example.com"), "endpoint-invalid", {"error:b"});
    fires("endpoint label dash", setEndpoint("b", "-vpn.example.com"), "endpoint-invalid", {"error:b"});
    fires("endpoint with port", setEndpoint("b", "vpn.example.com:1194"), "endpoint-invalid", {"error:b"});
    silent("endpoint dashed name", setEndpoint("b", "vpn-b1.example.com"), "endpoint-invalid");
    silent("endpoint address", setEndpoint("b", "198.51.100.255"), "endpoint-invalid");

    // endpoint-duplicate (names compare case-insensitively).
    fires("endpoint duplicate", setEndpoint("b", "a.example.com"), "endpoint-duplicate", {"error:a,b"});
    fires("endpoint duplicate case", setEndpoint("b", "A.Example.COM"), "endpoint-duplicate", {"error:a,b"});
    fires("endpoint duplicate address",
          both(setEndpoint("a", "198.51.100.1"), setEndpoint("b", "198.51.100.1")), "endpoint-duplicate",
          {"error:a,b"});
    silent("endpoint other domain", setEndpoint("b", "a.example.org"), "endpoint-duplicate");

    // transit-pool-too-small: full mesh of n LANs needs n(n-1)/2 blocks of 4 (or 2 with /31).
    fires("pool /29 for 3 tunnels",
          both(addLan("c", "10.3.0.0/16", "c.example.com"),
               settings([](MeshSettings &s) { s.transitPool = net("10.254.0.0/29"); })),
          "transit-pool-too-small", {"error:"});
    silent("pool /30 for 1 tunnel", settings([](MeshSettings &s) { s.transitPool = net("10.254.0.0/30"); }),
           "transit-pool-too-small");
    silent("pool /29 with /31 transit",
           both(addLan("c", "10.3.0.0/16", "c.example.com"), settings([](MeshSettings &s) {
                    s.transitPool = net("10.254.0.0/29");
                    s.transitSlash31 = true;
                })),
           "transit-pool-too-small");
    silent("pool /29 for 2 drawn links", both(manual({{"a", "b"}, {"b", "c"}}), settings([](MeshSettings &s) {
                                                  s.transitPool = net("10.254.0.0/29");
                                              })),
           "transit-pool-too-small");
    fires("pool unset", settings([](MeshSettings &s) { s.transitPool = Cidr(); }), "transit-pool-invalid",
          {"error:"});
    silent("pool /32 is set", settings([](MeshSettings &s) { s.transitPool = net("10.254.0.0/32"); }),
           "transit-pool-invalid", {"transit-pool-too-small"});

    // port-range-overflow: each gateway takes one port per tunnel from the base.
    fires("ports run past 65535",
          both(addLan("c", "10.3.0.0/16", "c.example.com"),
               settings([](MeshSettings &s) { s.portBase = 65535; })),
          "port-range-overflow", {"error:"});
    fires("port base 0", settings([](MeshSettings &s) { s.portBase = 0; }), "port-range-overflow",
          {"error:"});
    fires("port base 65536", settings([](MeshSettings &s) { s.portBase = 65536; }), "port-range-overflow",
          {"error:"});
    silent("ports end at 65535",
           both(addLan("c", "10.3.0.0/16", "c.example.com"),
                settings([](MeshSettings &s) { s.portBase = 65534; })),
           "port-range-overflow");
    silent("port base 65535, one tunnel", settings([](MeshSettings &s) { s.portBase = 65535; }),
           "port-range-overflow");
    fires("ports: manual hub",
          both(manual({{"a", "b"}, {"b", "c"}}), settings([](MeshSettings &s) { s.portBase = 65535; })),
          "port-range-overflow", {"error:"});
    silent("ports: manual, one link each",
           both(manual({{"a", "b"}}), settings([](MeshSettings &s) { s.portBase = 65535; })),
           "port-range-overflow", {"lan-unreachable"});

    // settings-invalid: data ciphers and keepalive.
    fires("ciphers with ;",
          settings([](MeshSettings &s) { s.dataCiphers = QStringLiteral("AES-256-GCM;BF-CBC"); }),
          "settings-invalid", {"error:"});
    fires("ciphers trailing :",
          settings([](MeshSettings &s) { s.dataCiphers = QStringLiteral("AES-256-GCM:"); }),
          "settings-invalid", {"error:"});
    fires("ciphers empty", settings([](MeshSettings &s) { s.dataCiphers.clear(); }), "settings-invalid",
          {"error:"});
    fires("keepalive interval 0", settings([](MeshSettings &s) { s.keepaliveInterval = 0; }),
          "settings-invalid", {"error:"});
    fires("keepalive timeout = interval",
          settings([](MeshSettings &s) { s.keepaliveTimeout = s.keepaliveInterval; }), "settings-invalid",
          {"error:"});
    // OpenVPN 2.6 refuses an unknown name at start-up; a CBC one costs DCO.
    fires("ciphers typo",
          settings([](MeshSettings &s) { s.dataCiphers = QStringLiteral("AES-256-GCM:AES-256-GMC"); }),
          "settings-invalid", {"error:"});
    fires("ciphers CFB", settings([](MeshSettings &s) { s.dataCiphers = QStringLiteral("AES-256-CFB"); }),
          "settings-invalid", {"error:"});
    fires("ciphers CBC", settings([](MeshSettings &s) { s.dataCiphers = QStringLiteral("AES-256-CBC"); }),
          "data-cipher-cbc", {"warning:"});
    silent("ciphers AEAD only",
           settings([](MeshSettings &s) { s.dataCiphers = QStringLiteral("aes-128-gcm"); }),
           "data-cipher-cbc");
    silent("ciphers single",
           settings([](MeshSettings &s) { s.dataCiphers = QStringLiteral("CHACHA20-POLY1305"); }),
           "settings-invalid");
    silent("keepalive timeout just longer", settings([](MeshSettings &s) {
               s.keepaliveInterval = 1;
               s.keepaliveTimeout = 2;
           }),
           "settings-invalid");

    // ssh-invalid: user, host, port.
    fires("ssh user uppercase", [](Mesh &m) { lan(m, "b").ssh.user = QStringLiteral("Admin"); },
          "ssh-invalid", {"error:b"});
    fires("ssh host bad", [](Mesh &m) { lan(m, "b").ssh.host = QStringLiteral("bad host"); }, "ssh-invalid",
          {"error:b"});
    fires("ssh port 0", [](Mesh &m) { lan(m, "b").ssh.port = 0; }, "ssh-invalid", {"error:b"});
    fires("ssh port 65536", [](Mesh &m) { lan(m, "b").ssh.port = 65536; }, "ssh-invalid", {"error:b"});
    silent(
        "ssh user underscore", [](Mesh &m) { lan(m, "b").ssh.user = QStringLiteral("_deploy.x-1"); },
        "ssh-invalid");
    silent(
        "ssh host address", [](Mesh &m) { lan(m, "b").ssh.host = QStringLiteral("10.9.9.9"); },
        "ssh-invalid");
    silent(
        "ssh port 65535", [](Mesh &m) { lan(m, "b").ssh.port = 65535; }, "ssh-invalid");

    // target-dir-invalid.
    fires("target dir relative",
          [](Mesh &m) { lan(m, "b").deploy.targetDir = QStringLiteral("etc/openvpn"); }, "target-dir-invalid",
          {"error:b"});
    fires("target dir dot-dot",
          [](Mesh &m) { lan(m, "b").deploy.targetDir = QStringLiteral("/etc/../root"); },
          "target-dir-invalid", {"error:b"});
    fires("target dir space", [](Mesh &m) { lan(m, "b").deploy.targetDir = QStringLiteral("/etc/open vpn"); },
          "target-dir-invalid", {"error:b"});
    fires("target dir root only", [](Mesh &m) { lan(m, "b").deploy.targetDir = QStringLiteral("/"); },
          "target-dir-invalid", {"error:b"});
    silent(
        "target dir trailing slash",
        [](Mesh &m) { lan(m, "b").deploy.targetDir = QStringLiteral("/opt/ovpn-2.6/"); },
        "target-dir-invalid");

    // Service manager "command": a restart command is needed, a stop command wanted; each one line.
    fires("command: no restart", commands("", "stop"), "restart-command-missing", {"error:b"});
    silent("command: both given", commands("/opt/ovpn/restart", "/opt/ovpn/stop"), "restart-command-missing");
    silent(
        "systemd: none needed", [](Mesh &) {}, "restart-command-missing");
    fires("command: no stop", commands("restart", ""), "stop-command-missing", {"warning:b"});
    fires("command: two lines", commands("restart\nreboot", "stop"), "service-command-invalid", {"error:b"});
    fires("command: blank", commands("  ", "stop"), "service-command-invalid", {"error:b"});
    fires("command: blank stop", commands("restart", " "), "service-command-invalid", {"error:b"});
    silent("command: quoted path", commands("'/opt/my tools/restart' --now", "stop"),
           "service-command-invalid");

    // tunnel-renumbered: numbers kept from an earlier export that the next one cannot keep.
    silent("kept: fits", allocate("a", "b", "10.254.0.4/30", 1194, 65535), "tunnel-renumbered");
    fires("renumbered: outside the pool", allocate("a", "b", "10.99.0.0/30"), "tunnel-renumbered",
          {"warning:|a-b"});
    fires(
        "renumbered: /30 in /31 mode",
        both(allocate("a", "b", "10.254.0.0/30"), settings([](MeshSettings &s) { s.transitSlash31 = true; })),
        "tunnel-renumbered", {"warning:|a-b"});
    fires("renumbered: port below base",
          both(allocate("a", "b", "10.254.0.0/30"), settings([](MeshSettings &s) { s.portBase = 2000; })),
          "tunnel-renumbered", {"warning:|a-b"});
    fires("renumbered: shared transit",
          both(both(addLan("c", "10.3.0.0/16", "c.example.com"), allocate("a", "b", "10.254.0.0/30")),
               allocate("a", "c", "10.254.0.0/30", 1195, 1194)),
          "tunnel-renumbered", {"warning:|a-c"});
    fires("renumbered: a gateway's port twice",
          both(both(addLan("c", "10.3.0.0/16", "c.example.com"), allocate("a", "b", "10.254.0.0/30")),
               allocate("a", "c", "10.254.0.4/30")),
          "tunnel-renumbered", {"warning:|a-c"});
    fires("renumbered: one finding for all",
          both(both(addLan("c", "10.3.0.0/16", "c.example.com"), allocate("a", "b", "10.9.0.0/30")),
               both(allocate("a", "c", "10.9.0.4/30", 1195, 1194),
                    allocate("b", "c", "10.9.0.8/30", 1195, 1195))),
          "tunnel-renumbered", {"warning:|a-b,a-c,b-c"});
    silent("not a tunnel: undrawn pair",
           both(manual({{"a", "b"}, {"b", "c"}}), allocate("a", "c", "10.99.0.0/30")), "tunnel-renumbered");

    // lan-unreachable: manual topology only; the smaller group is reported.
    fires("manual: one LAN cut off", manual({{"a", "b"}}), "lan-unreachable", {"error:c"});
    fires("manual: no links", manual({}), "lan-unreachable", {"error:b", "error:c"});
    silent("manual: chain reaches all", manual({{"a", "b"}, {"b", "c"}}), "lan-unreachable");
    silent(
        "full: no links needed",
        [](Mesh &m) { m.addLan(makeLan("c", {net("10.3.0.0/16")}, "c.example.com")); }, "lan-unreachable");

    // mesh-too-small.
    fires("one LAN", [](Mesh &m) { m.removeLan(2); }, "mesh-too-small", {"warning:"});
    fires("no LANs",
          [](Mesh &m) {
              m.removeLan(1);
              m.removeLan(2);
          },
          "mesh-too-small", {"warning:"});
    silent(
        "two LANs", [](Mesh &) {}, "mesh-too-small");
}

void TestChecker::findings()
{
    QFETCH(MeshEdit, edit);
    QFETCH(QString, code);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, others);

    Mesh mesh = cleanMesh();
    edit(mesh);
    QStringList got;
    QStringList gotOthers;
    for (const Finding &f : Checker::check(mesh)) {
        QVERIFY2(!f.message.isEmpty(), qPrintable(f.code));
        QVERIFY2(QSet<LanId>(f.lans.cbegin(), f.lans.cend()).size() == f.lans.size(),
                 qPrintable(f.message)); // each LAN once
        (f.code == code ? got : gotOthers).append(f.code == code ? describe(mesh, f) : f.code);
    }
    got.sort();
    gotOthers.sort();
    expected.sort();
    others.sort();
    // Joined, so that a failure shows both whole lists.
    const QString separator = QStringLiteral(" | ");
    QCOMPARE(got.join(separator), expected.join(separator));
    QCOMPARE(gotOthers.join(separator), others.join(separator));
}

void TestChecker::messagesNameThePlace_data()
{
    QTest::addColumn<MeshEdit>("edit");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("fragments");

    auto row = [](const char *name, MeshEdit edit, const char *code,
                  std::initializer_list<const char *> fragments) {
        QTest::newRow(name) << edit << QString::fromLatin1(code) << strings(fragments);
    };
    row("overlap", setSubnets("b", {net("10.1.128.0/17")}), "subnet-overlap",
        {"10.1.0.0/16", "10.1.128.0/17", "a", "b"});
    row("transit", setSubnets("b", {net("10.254.3.0/24")}), "transit-overlap",
        {"10.254.3.0/24", "10.254.0.0/16"});
    row("docker", setSubnets("b", {net("172.17.5.0/24")}), "reserved-overlap",
        {"172.17.5.0/24", "172.17.0.0/16", "Docker"});
    row("endpoint", setEndpoint("b", "10.1.2.3"), "endpoint-in-subnet", {"10.1.2.3", "10.1.0.0/16"});
    row("pool too small", both(addLan("c", "10.3.0.0/16", "c.example.com"), settings([](MeshSettings &s) {
                                   s.transitPool = net("10.254.0.0/29");
                               })),
        "transit-pool-too-small", {"10.254.0.0/29", "holds 2", "needs 3"});
    row("ports", both(addLan("c", "10.3.0.0/16", "c.example.com"), settings([](MeshSettings &s) {
                          s.portBase = 65535;
                      })),
        "port-range-overflow", {"2 UDP ports", "65535"});
    row("unreachable", manual({{"a", "b"}}), "lan-unreachable", {"c cannot reach a, b"});
    row("renumbered", allocate("a", "b", "10.99.0.0/30"), "tunnel-renumbered",
        {"a–b", "/30", "10.254.0.0/16"});
    row("renumbered: many",
        [](Mesh &m) {
            for (const char *name : {"c", "d", "e"})
                addLan(name, "10.9.0.0/16", "x.example.com")(m);
            for (const LinkKey &k : m.tunnels())
                m.allocations.insert(k, TunnelAllocation{net("10.99.0.0/30"), 1194, 1194});
        },
        "tunnel-renumbered", {"a–b, a–c, a–d and 7 more"});
    row("restart missing", commands("", "stop"), "restart-command-missing", {"LAN b", "restart command"});
    row("stop missing", commands("restart", ""), "stop-command-missing", {"LAN b", "stop command"});
}

void TestChecker::messagesNameThePlace()
{
    QFETCH(MeshEdit, edit);
    QFETCH(QString, code);
    QFETCH(QStringList, fragments);

    Mesh mesh = cleanMesh();
    edit(mesh);
    bool seen = false;
    for (const Finding &f : Checker::check(mesh)) {
        if (f.code != code)
            continue;
        seen = true;
        for (const QString &fragment : std::as_const(fragments))
            QVERIFY2(f.message.contains(fragment),
                     qPrintable(f.message + QLatin1String(" lacks ") + fragment));
    }
    QVERIFY(seen);
}

void TestChecker::builtinReservedRanges()
{
    QStringList ranges;
    for (const ReservedRange &r : Checker::builtinReservedRanges()) {
        QVERIFY(r.range.isValid());
        QVERIFY(!r.description.isEmpty());
        ranges.append(r.range.toString());
    }
    for (const char *required :
         {"0.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.17.0.0/16", "224.0.0.0/4"})
        QVERIFY2(ranges.contains(QLatin1String(required)), required);
}

void TestChecker::counts()
{
    Mesh mesh = cleanMesh();
    lan(mesh, "b").subnets = {net("10.1.0.0/16"), net("100.64.0.0/16")}; // one error, one warning
    const QList<Finding> findings = Checker::check(mesh);
    QCOMPARE(Checker::errorCount(findings), 1);
    QCOMPARE(Checker::warningCount(findings), 1);
    QCOMPARE(toString(Finding::Severity::Error), QStringLiteral("error"));
    QCOMPARE(toString(Finding::Severity::Warning), QStringLiteral("warning"));
}

void TestChecker::bundledExampleChecksClean()
{
    const QString path = QStringLiteral(P2PVPN_EXAMPLES_DIR "/example.p2pmesh");
    Mesh mesh;
    QString error;
    QVERIFY2(ProjectFile::load(path, &mesh, &error), qPrintable(error));
    QVERIFY(mesh.lans.size() >= 4);
    const QList<Finding> findings = Checker::check(mesh);
    for (const Finding &f : findings)
        qWarning("%s: %s", qPrintable(f.code), qPrintable(f.message));
    QVERIFY(findings.isEmpty());
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
