#pragma once

// OverlapResolver: gives every subnet that clashes with another LAN's an alias from the mesh's alias pool,
// so LANs whose subnets overlap can be linked (`p2pvpn resolve-overlaps`, the designer's "Resolve Overlaps
// with Aliases"). An alias is the next free network of the subnet's size in the pool: free of every real
// subnet, alias, the transit pool, reserved ranges and endpoints.

#include "model/mesh.h"

#include <QCoreApplication>

namespace p2pvpn {

struct AliasChoice
{
    LanId lan = 0;
    Cidr subnet;
    Cidr alias;
};

class OverlapResolver
{
    Q_DECLARE_TR_FUNCTIONS(OverlapResolver)
public:
    // Adds the aliases to *mesh and lists them (in LAN and subnet order); an empty list when nothing
    // clashes. False with *error, and the mesh unchanged, when the pool has no room.
    static bool resolve(Mesh *mesh, QList<AliasChoice> *chosen, QString *error);
    // The subnets that clash with another LAN's and have no alias yet.
    static QList<std::pair<LanId, Cidr>> unaliasedClashes(const Mesh &mesh);
    // The first network of `prefix` bits in `pool` that overlaps none of `taken` (sorted by start);
    // invalid when there is none.
    static Cidr firstFree(const Cidr &pool, int prefix, const QList<Cidr> &taken);
};

} // namespace p2pvpn
