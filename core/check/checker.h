#pragma once

// Checker: finds what is wrong with a mesh (clashing subnets, reserved ranges,
// bad names, unreachable LANs...). Fast enough to run after every keystroke:
// overlaps are found by one sort and sweep, never by comparing all pairs.

#include "model/mesh.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace p2pvpn {

struct Finding
{
    enum class Severity
    {
        Error,
        Warning
    };
    Severity severity = Severity::Error;
    QString code;    // stable, for scripts and tests: "subnet-overlap", ...
    QString message; // translated, for people
    QList<LanId> lans;
    QList<LinkKey> links;

    bool isError() const { return severity == Severity::Error; }
};

struct ReservedRange
{
    Cidr range;
    QString description;
    Finding::Severity severity;
};

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Checker)
public:
    static QList<Finding> check(const Mesh &mesh);
    // Ranges no LAN may use (loopback, link-local, Docker's bridge...), before the mesh's own additions.
    static const QList<ReservedRange> &builtinReservedRanges();
    // Addresses one tunnel takes from the transit pool: 4 (/30) or 2 (/31).
    static int transitBlockSize(const MeshSettings &settings) { return settings.transitSlash31 ? 2 : 4; }

    static qsizetype errorCount(const QList<Finding> &findings);
    static qsizetype warningCount(const QList<Finding> &findings);
};

QString toString(Finding::Severity severity);

} // namespace p2pvpn
