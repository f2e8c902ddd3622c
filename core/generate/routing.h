#pragma once

// Routing: which tunnel each gateway sends each other LAN's traffic through.
// Full mesh: straight to the destination. Manual mesh: shortest path in hops
// over the drawn links, ties broken by the lowest neighbour ID, so the result
// is the same on every run.

#include "model/mesh.h"

namespace p2pvpn {

class Routing
{
public:
    // For `gateway`: destination LAN -> the neighbouring LAN whose tunnel carries it.
    // Unreachable destinations are absent.
    using NextHops = QMap<LanId, LanId>;

    static QMap<LanId, NextHops> compute(const Mesh &mesh);
};

} // namespace p2pvpn
