#pragma once

// Small meshes shared by the generation tests.

#include "model/mesh.h"

namespace p2pvpn::test {

inline Lan makeLan(const QString &name, const QStringList &subnets, const QString &endpoint)
{
    Lan lan;
    lan.name = name;
    for (const QString &s : subnets)
        lan.subnets.append(Cidr::parse(s));
    lan.endpoint = endpoint;
    lan.ssh.host = endpoint;
    return lan;
}

// LANs named a, b, c... with subnets 10.<i>.0.0/16 and endpoints 192.0.2.<i>.
inline Mesh letterMesh(int count, Topology topology = Topology::Full)
{
    Mesh mesh;
    mesh.name = QStringLiteral("corp");
    mesh.topology = topology;
    for (int i = 1; i <= count; ++i)
        mesh.addLan(makeLan(QString(QChar(u'a' + i - 1)), {QStringLiteral("10.%1.0.0/16").arg(i)},
                            QStringLiteral("192.0.2.%1").arg(i)));
    return mesh;
}

} // namespace p2pvpn::test
