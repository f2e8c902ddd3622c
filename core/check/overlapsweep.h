#pragma once

// The checker's overlap findings: LAN subnets, their aliases, the transit pool, reserved ranges and endpoints
// in one sort and sweep, never by comparing all pairs. Real subnets of two LANs may overlap when the mesh
// reaches both by aliases; an alias may overlap nothing.

#include "check/checker.h"

namespace p2pvpn {

void checkOverlaps(const Mesh &mesh, const QList<ReservedRange> &reserved, QList<Finding> &out);

} // namespace p2pvpn
