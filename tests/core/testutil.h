#pragma once

// Small helpers shared by the core tests: literal networks and addresses, and
// readable QCOMPARE failure output for the core's value types.

#include "model/cidr.h"
#include "model/mesh.h"

#include <QTest>

namespace testutil {

// Test inputs are known-good literals; a typo should stop the test loudly, not become an invalid Cidr.
inline p2pvpn::Cidr net(const char *text)
{
    QString error;
    const p2pvpn::Cidr c = p2pvpn::Cidr::parse(QString::fromLatin1(text), &error);
    if (!c.isValid())
        qFatal("bad test literal %s: %s", text, qPrintable(error));
    return c;
}

inline quint32 ip(const char *text)
{
    quint32 address = 0;
    if (!p2pvpn::parseIpv4(QString::fromLatin1(text), &address))
        qFatal("bad test address %s", text);
    return address;
}

} // namespace testutil

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
