#pragma once

// Layout: places LAN nodes on the diagram (circle, force-directed). Pure
// geometry on the mesh's positions, shared by the designer and the CLI import.

#include "model/mesh.h"

namespace p2pvpn {

class Layout
{
public:
    static constexpr double nodeSpacing = 260.0; // room for one node card and a gap

    static QMap<LanId, QPointF> circle(const Mesh &mesh);
    // Spring embedder over the tunnels, started from the current positions; deterministic.
    static QMap<LanId, QPointF> forceDirected(const Mesh &mesh, int iterations = 300);
    // A free spot for a new LAN, right of everything else.
    static QPointF freeSpot(const Mesh &mesh);

    static void circle(Mesh *mesh) { apply(mesh, circle(*mesh)); }
    static void apply(Mesh *mesh, const QMap<LanId, QPointF> &positions);
};

} // namespace p2pvpn
