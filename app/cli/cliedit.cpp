// Commands that edit the mesh file: init, add-lan, set-lan, remove-lan, link, unlink.

#include "cli.h"
#include "clioptions.h"

#include "model/layout.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace p2pvpn {

using cli::given;
using cli::option;

int Cli::init(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto name =
        option({QStringLiteral("name")}, tr("Mesh name (default: the file's base name)."), tr("NAME"));
    const auto pool =
        option({QStringLiteral("transit-pool")}, tr("Pool for tunnel transit networks."), tr("CIDR"));
    const auto portBase =
        option({QStringLiteral("port-base")}, tr("First UDP port on each gateway."), tr("PORT"));
    const auto topology =
        option({QStringLiteral("topology")}, tr("full (every pair) or manual (drawn links)."), tr("MODE"));
    const auto force = option({QStringLiteral("force")}, tr("Overwrite an existing file."));
    p.addOptions({name, pool, portBase, topology, force});
    if (const std::optional<int> stop = parse(p, arguments, command("init"), 1))
        return *stop;
    const QString path = p.positionalArguments().at(1);
    if (!mayCreate(path, p.isSet(force)))
        return Usage;

    Mesh mesh;
    mesh.name = p.isSet(name) ? p.value(name) : QFileInfo(path).completeBaseName().toLower();
    if (const QString problem = Mesh::validateName(mesh.name); !problem.isEmpty())
        return usageError(problem + tr(" (set it with --name)"));
    if (p.isSet(pool)) {
        QString problem;
        mesh.settings.transitPool = Cidr::parse(p.value(pool), &problem);
        if (!mesh.settings.transitPool.isValid())
            return usageError(tr("--transit-pool: %1").arg(problem));
    }
    if (p.isSet(portBase) &&
        !readPort(QStringLiteral("--port-base"), p.value(portBase), &mesh.settings.portBase))
        return Usage;
    if (p.isSet(topology) && !fromString(p.value(topology), &mesh.topology))
        return usageError(
            tr("--topology: expected full or manual, not \"%1\"").arg(displayText(p.value(topology))));
    return saveMesh(path, mesh);
}

bool Cli::applyLanOptions(const QCommandLineParser &p, Lan *lan, bool creating)
{
    if (given(p, "name")) {
        lan->name = p.value(QStringLiteral("name"));
        if (const QString problem = Lan::validateName(lan->name); !problem.isEmpty())
            return usageError(tr("--name: %1").arg(problem)), false;
    }
    if (given(p, "subnet")) {
        lan->subnets.clear();
        lan->aliases.clear();
        for (const QString &text : p.values(QStringLiteral("subnet"))) {
            // CIDR, or CIDR=ALIAS: the prefix the rest of the mesh reaches it by.
            Cidr subnet, alias;
            if (!parseAliased(QStringLiteral("--subnet"), text, &subnet, &alias))
                return false;
            lan->subnets.append(subnet);
            if (alias.isValid())
                lan->aliases.insert(subnet, alias);
        }
    } else if (creating) {
        return usageError(tr("add-lan needs at least one --subnet CIDR")), false;
    }
    for (const QString &text : p.values(QStringLiteral("alias"))) {
        // SUBNET=ALIAS gives a listed subnet an alias; SUBNET=none takes it away.
        const QString subnetText = text.section(QLatin1Char('='), 0, 0);
        const bool none = text.section(QLatin1Char('='), 1) == QLatin1String("none");
        Cidr subnet, alias;
        if (!parseAliased(QStringLiteral("--alias"), none ? subnetText : text, &subnet, &alias))
            return false;
        if (!lan->subnets.contains(subnet))
            return usageError(tr("--alias: %1 is not one of the subnets of LAN %2")
                                  .arg(subnet.toString(), lan->name)),
                   false;
        if (none)
            lan->aliases.remove(subnet);
        else if (!alias.isValid())
            return usageError(tr("--alias: expected SUBNET=ALIAS (or SUBNET=none), not \"%1\"")
                                  .arg(displayText(text))),
                   false;
        else
            lan->aliases.insert(subnet, alias);
    }
    if (given(p, "endpoint")) {
        lan->endpoint = p.value(QStringLiteral("endpoint"));
        if (const QString problem = Lan::validateEndpoint(lan->endpoint); !problem.isEmpty())
            return usageError(tr("--endpoint: %1").arg(problem)), false;
    } else if (creating) {
        return usageError(tr("add-lan needs --endpoint HOST, the address peers dial")), false;
    }
    if (given(p, "ssh")) {
        // USER@HOST[:PORT]
        QString text = p.value(QStringLiteral("ssh"));
        const qsizetype at = text.indexOf(QLatin1Char('@'));
        if (at >= 0) {
            lan->ssh.user = text.left(at);
            text = text.mid(at + 1);
        }
        if (const qsizetype colon = text.lastIndexOf(QLatin1Char(':')); colon >= 0) {
            if (!readPort(QStringLiteral("--ssh"), text.mid(colon + 1), &lan->ssh.port))
                return false;
            text = text.left(colon);
        }
        lan->ssh.host = text;
        if (const QString problem = Lan::validateSshUser(lan->ssh.user); !problem.isEmpty())
            return usageError(tr("--ssh: %1").arg(problem)), false;
        if (const QString problem = Lan::validateEndpoint(lan->ssh.host); !problem.isEmpty())
            return usageError(tr("--ssh: host: %1").arg(problem)), false;
    }
    if (given(p, "ssh-key"))
        lan->ssh.keyFile = p.value(QStringLiteral("ssh-key"));
    if (given(p, "sudo"))
        lan->ssh.useSudo = true;
    if (given(p, "no-sudo"))
        lan->ssh.useSudo = false;
    if (given(p, "target-dir")) {
        lan->deploy.targetDir = p.value(QStringLiteral("target-dir"));
        if (const QString problem = Lan::validateTargetDir(lan->deploy.targetDir); !problem.isEmpty())
            return usageError(tr("--target-dir: %1").arg(problem)), false;
    }
    if (given(p, "service-manager") &&
        !fromString(p.value(QStringLiteral("service-manager")), &lan->deploy.serviceManager))
        return usageError(tr("--service-manager: expected systemd or command")), false;
    if (given(p, "restart-command")) {
        lan->deploy.restartCommand = p.value(QStringLiteral("restart-command"));
        // Empty clears it (the checker then says whether the service manager needs one).
        if (const QString problem = lan->deploy.restartCommand.isEmpty()
                                        ? QString()
                                        : Lan::validateRestartCommand(lan->deploy.restartCommand);
            !problem.isEmpty())
            return usageError(tr("--restart-command: %1").arg(problem)), false;
    }
    if (given(p, "stop-command")) {
        lan->deploy.stopCommand = p.value(QStringLiteral("stop-command"));
        if (const QString problem = Lan::validateStopCommand(lan->deploy.stopCommand); !problem.isEmpty())
            return usageError(tr("--stop-command: %1").arg(problem)), false;
    }
    if (given(p, "notes"))
        lan->notes = p.value(QStringLiteral("notes"));
    return true;
}

bool Cli::parseAliased(const QString &optionName, const QString &text, Cidr *subnet, Cidr *alias)
{
    QString problem;
    if (!Cidr::parseAliased(text, subnet, alias, &problem))
        return usageError(QStringLiteral("%1: %2").arg(optionName, problem)), false;
    return true;
}

static void addLanOptions(QCommandLineParser &p, bool renaming)
{
    if (renaming)
        p.addOption(option({QStringLiteral("name")}, Cli::tr("New name."), Cli::tr("NAME")));
    p.addOption(option({QStringLiteral("subnet")},
                       renaming ? Cli::tr("Subnet; repeat for several; replaces all current subnets. "
                                          "CIDR=ALIAS: the rest of the mesh reaches it as ALIAS.")
                                : Cli::tr("Subnet of the LAN; repeat for several. CIDR=ALIAS: the rest of "
                                          "the mesh reaches it as ALIAS (for subnets that overlap)."),
                       Cli::tr("CIDR[=ALIAS]")));
    p.addOption(option({QStringLiteral("alias")},
                       Cli::tr("Give a listed subnet an alias, the same-sized prefix the rest of the mesh "
                               "reaches it by (SUBNET=none removes it); repeat for several."),
                       Cli::tr("SUBNET=ALIAS")));
    p.addOption(option({QStringLiteral("endpoint")},
                       Cli::tr("Public DNS name or IPv4 address that peers dial."), Cli::tr("HOST")));
    p.addOption(option({QStringLiteral("ssh")}, Cli::tr("How to reach the gateway for deployment."),
                       Cli::tr("USER@HOST[:PORT]")));
    p.addOption(option({QStringLiteral("ssh-key")}, Cli::tr("Private key file for SSH (default: ssh-agent)."),
                       Cli::tr("FILE")));
    p.addOption(option({QStringLiteral("sudo")}, Cli::tr("Install with sudo (the SSH user is not root).")));
    p.addOption(option({QStringLiteral("no-sudo")}, Cli::tr("Install without sudo.")));
    p.addOption(
        option({QStringLiteral("target-dir")}, Cli::tr("Where configs go on the gateway."), Cli::tr("DIR")));
    p.addOption(option({QStringLiteral("service-manager")}, Cli::tr("systemd or command."), Cli::tr("KIND")));
    p.addOption(
        option({QStringLiteral("restart-command")},
               Cli::tr("Service manager \"command\": shell command that (re)starts a tunnel; gets its name."),
               Cli::tr("CMD")));
    p.addOption(
        option({QStringLiteral("stop-command")},
               Cli::tr("Service manager \"command\": shell command that stops a tunnel; gets its name."),
               Cli::tr("CMD")));
    p.addOption(option({QStringLiteral("notes")}, Cli::tr("Free notes."), Cli::tr("TEXT")));
}

int Cli::addLan(const QStringList &arguments)
{
    QCommandLineParser p;
    addLanOptions(p, false);
    if (const std::optional<int> stop = parse(p, arguments, command("add-lan"), 2))
        return *stop;
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    Lan lan;
    lan.name = p.positionalArguments().at(2);
    if (const QString problem = Lan::validateName(lan.name); !problem.isEmpty())
        return usageError(problem);
    if (mesh.lanByName(lan.name))
        return usageError(tr("%1 already has a LAN named %2").arg(path, lan.name));
    if (!applyLanOptions(p, &lan, true))
        return Usage;
    if (!given(p, "ssh"))
        lan.ssh.host = lan.endpoint;
    lan.position = Layout::freeSpot(mesh);
    mesh.addLan(lan);
    return saveMesh(path, mesh);
}

int Cli::setLan(const QStringList &arguments)
{
    QCommandLineParser p;
    addLanOptions(p, true);
    if (const std::optional<int> stop = parse(p, arguments, command("set-lan"), 2))
        return *stop;
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    const Lan *existing = findLan(mesh, path, p.positionalArguments().at(2));
    if (!existing)
        return Usage;
    Lan lan = *existing;
    if (!applyLanOptions(p, &lan, false))
        return Usage;
    if (const Lan *other = mesh.lanByName(lan.name); other && other->id != lan.id)
        return usageError(tr("%1 already has a LAN named %2").arg(path, lan.name));
    *mesh.lan(lan.id) = lan;
    return saveMesh(path, mesh);
}

int Cli::removeLan(const QStringList &arguments)
{
    QCommandLineParser p;
    if (const std::optional<int> stop = parse(p, arguments, command("remove-lan"), 2))
        return *stop;
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    const Lan *lan = findLan(mesh, path, p.positionalArguments().at(2));
    if (!lan)
        return Usage;
    mesh.removeLan(lan->id);
    return saveMesh(path, mesh);
}

int Cli::link(const QStringList &arguments)
{
    return editLink(arguments, command("link"), [this](Mesh &mesh, const Lan &a, const Lan &b) {
        if (mesh.topology == Topology::Full)
            m_err << tr("note: the mesh's topology is full, so every pair is linked anyway; the drawn link "
                        "is kept "
                        "for manual topology")
                  << Qt::endl;
        mesh.links.insert(LinkKey(a.id, b.id));
        return true;
    });
}

int Cli::unlink(const QStringList &arguments)
{
    return editLink(arguments, command("unlink"), [this](Mesh &mesh, const Lan &a, const Lan &b) {
        if (mesh.links.remove(LinkKey(a.id, b.id)))
            return true;
        usageError(tr("%1 and %2 are not linked").arg(a.name, b.name));
        return false;
    });
}

int Cli::editLink(const QStringList &arguments, const Command &c,
                  const std::function<bool(Mesh &, const Lan &, const Lan &)> &edit)
{
    QCommandLineParser p;
    if (const std::optional<int> stop = parse(p, arguments, c, 3))
        return *stop;
    const QStringList positional = p.positionalArguments();
    const QString path = positional.at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    const Lan *a = findLan(mesh, path, positional.at(2));
    const Lan *b = a ? findLan(mesh, path, positional.at(3)) : nullptr;
    if (!b)
        return Usage;
    if (a->id == b->id)
        return usageError(tr("a link needs two different LANs"));
    if (!edit(mesh, *a, *b))
        return Usage;
    return saveMesh(path, mesh);
}

} // namespace p2pvpn
