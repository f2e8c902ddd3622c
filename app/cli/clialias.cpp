// Aliases for overlapping subnets: resolve-overlaps picks them, addresses prints who is reached how.

#include "cli.h"
#include "clioptions.h"

#include "check/overlapresolver.h"

#include <QCommandLineParser>

namespace p2pvpn {

using cli::option;

int Cli::resolveOverlaps(const QStringList &arguments)
{
    QCommandLineParser p;
    if (const std::optional<int> stop = parse(p, arguments, command("resolve-overlaps"), 1))
        return *stop;
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    QList<AliasChoice> chosen;
    QString error;
    if (!OverlapResolver::resolve(&mesh, &chosen, &error))
        return usageError(error);
    if (chosen.isEmpty()) {
        m_out << tr("no subnet overlaps another LAN's without an alias; nothing changed") << Qt::endl;
        return Ok;
    }
    if (const int saved = saveMesh(path, mesh); saved != Ok)
        return saved;
    for (const AliasChoice &c : std::as_const(chosen))
        m_out << tr("%1: %2 is reached as %3")
                     .arg(mesh.lan(c.lan)->name, c.subnet.toString(), c.alias.toString())
              << '\n';
    m_out << tr("%n alias(es) added; generate and deploy to put them on the gateways", nullptr,
                int(chosen.size()))
          << Qt::endl;
    return Ok;
}

int Cli::addresses(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto csv = option({QStringLiteral("csv")}, tr("Print comma-separated values with a header."));
    p.addOption(csv);
    if (const std::optional<int> stop = parse(p, arguments, command("addresses"), 1))
        return *stop;
    Mesh mesh;
    if (!loadMesh(p.positionalArguments().at(1), &mesh))
        return Usage;
    // A host at offset N in a subnet is reached from every other LAN at offset N in what it is reached as.
    if (p.isSet(csv))
        m_out << "lan,subnet,reached_as\n";
    for (const Lan &lan : std::as_const(mesh.lans))
        for (const Cidr &subnet : lan.subnets) {
            const QString as = lan.meshSubnet(subnet).toString();
            if (p.isSet(csv))
                m_out << lan.name << ',' << subnet.toString() << ',' << as << '\n';
            else
                m_out << lan.name << '\t' << subnet.toString() << '\t'
                      << (lan.aliases.contains(subnet) ? tr("reached as %1").arg(as)
                                                       : tr("reached as itself"))
                      << '\n';
        }
    m_out.flush();
    return Ok;
}

} // namespace p2pvpn
