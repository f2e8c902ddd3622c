#pragma once

// Test inputs shared by every test: networks and addresses from literals, one way to make a LAN and one
// sample mesh, and readable QCOMPARE output for the core's value types.

#include "model/cidr.h"
#include "model/mesh.h"

#include <QAnyStringView>
#include <QList>
#include <QTest>

namespace p2pvpn::test {

// Test inputs are known-good literals; a typo stops the test loudly instead of becoming an invalid Cidr.
Cidr net(QAnyStringView text);
quint32 ip(QAnyStringView text);

// A LAN as `p2pvpn add-lan` makes it: the given subnets, the endpoint (empty: "<name>.example.com"), and
// SSH to that endpoint.
Lan makeLan(QAnyStringView name, const QList<Cidr> &subnets, QAnyStringView endpoint = {});

// Mesh "corp" of LANs a, b, c... with 10.<i>.0.0/16 behind 192.0.2.<i>.
Mesh letterMesh(int count, Topology topology = Topology::Full, KeyMode keyMode = KeyMode::Fingerprint);

} // namespace p2pvpn::test

// Found by QTest through argument-dependent lookup.
namespace p2pvpn {
inline char *toString(const Cidr &c)
{
    return QTest::toString(c.isValid() ? c.toString() : QStringLiteral("(invalid)"));
}
inline char *toString(const LinkKey &k)
{
    return QTest::toString(QStringLiteral("%1-%2").arg(k.a).arg(k.b));
}
} // namespace p2pvpn
