#pragma once

// Allocator: gives every tunnel a transit network and a UDP port on each end.
// Existing allocations are kept, so adding or removing a LAN never renumbers a
// running tunnel; allocations of tunnels that no longer exist are dropped.

#include "model/mesh.h"

#include <QCoreApplication>

namespace p2pvpn {

class Allocator
{
    Q_DECLARE_TR_FUNCTIONS(Allocator)
public:
    // Fills mesh->allocations for mesh->tunnels(). False (mesh untouched) when the pool or ports run out.
    static bool allocate(Mesh *mesh, QString *error);

    // Tunnel addresses inside a transit network: the tls-server end (LinkKey::a) and the tls-client end.
    static quint32 addressOfA(const Cidr &transit)
    {
        return transit.prefix() == 31 ? transit.first() : transit.first() + 1;
    }
    static quint32 addressOfB(const Cidr &transit) { return addressOfA(transit) + 1; }
};

} // namespace p2pvpn
