#include "cli.h"

#include "model/cacheimport.h"
#include "check/checker.h"
#include "generate/generatejob.h"
#include "keys/keystore.h"
#include "model/layout.h"
#include "model/projectfile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace p2pvpn {

namespace {

QCommandLineOption option(const QStringList &names, const QString &description, const QString &valueName = QString())
{
    return QCommandLineOption(names, description, valueName);
}

// QCommandLineParser::isSet() warns about options a command does not define; the
// LAN options are shared by add-lan and set-lan, which define different sets.
bool given(const QCommandLineParser &p, const char *name)
{
    return p.optionNames().contains(QLatin1String(name));
}

QString lanLine(const Lan &lan)
{
    QStringList subnets;
    for (const Cidr &c : lan.subnets)
        subnets.append(c.toString());
    return QStringLiteral("%1\t%2\t%3").arg(lan.name, lan.endpoint, subnets.join(QLatin1Char(',')));
}

} // namespace

Cli::Cli() : m_out(stdout), m_err(stderr) {}

const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> list{
        {"init", "FILE", QT_TR_NOOP("create a new, empty mesh file"), &Cli::init},
        {"add-lan", "FILE NAME", QT_TR_NOOP("add a LAN with its subnets and endpoint"), &Cli::addLan},
        {"set-lan", "FILE NAME", QT_TR_NOOP("change a LAN's name, subnets, endpoint or SSH access"), &Cli::setLan},
        {"remove-lan", "FILE NAME", QT_TR_NOOP("remove a LAN and its links"), &Cli::removeLan},
        {"link", "FILE A B", QT_TR_NOOP("draw a link between two LANs (manual topology)"), &Cli::link},
        {"unlink", "FILE A B", QT_TR_NOOP("remove the link between two LANs"), &Cli::unlink},
        {"list", "FILE", QT_TR_NOOP("list the LANs and links"), &Cli::list},
        {"check", "FILE", QT_TR_NOOP("check the mesh and print its findings"), &Cli::check},
        {"settings", "FILE", QT_TR_NOOP("show or change the mesh's settings"), &Cli::settings},
        {"generate", "FILE", QT_TR_NOOP("write every gateway's bundle (configs, keys, install script)"),
         &Cli::generate},
        {"deploy", "FILE",
         QT_TR_NOOP("install the bundles on every (or each --gateway) gateway over SSH; exit status 1 unless each "
                    "one ends done or unchanged"),
         &Cli::deploy},
        {"rotate-keys", "FILE [LAN]", QT_TR_NOOP("replace the keys of one LAN, or of the whole mesh"), &Cli::rotateKeys},
        {"import-cache", "CACHE", QT_TR_NOOP("import the original P2P-VPN tool's cache.txt"), &Cli::importCache},
    };
    return list;
}

const Cli::Command &Cli::command(const char *name) const
{
    for (const Command &c : commands())
        if (qstrcmp(c.name, name) == 0)
            return c;
    Q_UNREACHABLE();
}

int Cli::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        // Without a command it is bad usage: the help then goes to stderr with exit code 2.
        printTopLevelHelp(first.isEmpty() ? m_err : m_out);
        return first.isEmpty() ? Usage : Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    for (const Command &c : commands())
        if (first == QLatin1String(c.name))
            return (this->*c.handler)(arguments.mid(1));
    return usageError(tr("unknown command \"%1\"; run \"p2pvpn --help\" for the list").arg(first));
}

void Cli::printTopLevelHelp(QTextStream &out)
{
    out << tr("Usage: p2pvpn COMMAND [OPTIONS]\n\nDesign serverless OpenVPN site-to-site meshes.\n\nCommands:\n");
    for (const Command &c : commands())
        out << QStringLiteral("  %1 %2\n      %3\n")
                   .arg(QLatin1String(c.name), QLatin1String(c.synopsis), tr(c.summary));
    out << tr("\nRun \"p2pvpn COMMAND --help\" for a command's options. \"p2pvpn --version\" prints the version.\n"
              "Exit status: 0 done, 1 the mesh has errors, 2 bad usage or unreadable file.\n");
    out.flush();
}

int Cli::usageError(const QString &message)
{
    m_err << tr("p2pvpn: %1").arg(message) << Qt::endl;
    return Usage;
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &arguments, const Command &c, int positionalCount)
{
    parser.setApplicationDescription(tr(c.summary));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("p2pvpn")} + arguments)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's help text names the binary's full path; print our own head, Qt's option list.
        const QString text = parser.helpText();
        const qsizetype from = text.indexOf(QLatin1String("\nOptions:"));
        const qsizetype to = text.lastIndexOf(QLatin1String("\nArguments:"));
        m_out << tr("Usage: p2pvpn %1 %2 [OPTIONS]").arg(QLatin1String(c.name), QLatin1String(c.synopsis)) << "\n\n"
              << tr(c.summary) << '\n' << text.mid(from, to < 0 ? -1 : to - from);
        m_out.flush();
        std::exit(Ok);
    }
    const int given = int(parser.positionalArguments().size()) - 1;
    if (positionalCount >= 0 && given != positionalCount) {
        usageError(tr("%1 expects %2; see \"p2pvpn %1 --help\"").arg(QLatin1String(c.name), QLatin1String(c.synopsis)));
        return false;
    }
    return true;
}

bool Cli::loadMesh(const QString &path, Mesh *mesh)
{
    QString error;
    if (ProjectFile::load(path, mesh, &error))
        return true;
    usageError(error);
    return false;
}

int Cli::saveMesh(const QString &path, const Mesh &mesh)
{
    QString error;
    if (!ProjectFile::save(path, mesh, &error))
        return usageError(error);
    // Edits are saved even when the mesh is not yet consistent (a half-built manual mesh);
    // say what is wrong so that a script's author sees it early.
    const QList<Finding> findings = Checker::check(mesh);
    if (const qsizetype errors = Checker::errorCount(findings))
        m_err << tr("note: the mesh now has %n error(s); run \"p2pvpn check %1\" for details", nullptr, int(errors))
                     .arg(path)
              << Qt::endl;
    return Ok;
}

int Cli::init(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto name = option({QStringLiteral("name")}, tr("Mesh name (default: the file's base name)."), tr("NAME"));
    const auto pool = option({QStringLiteral("transit-pool")}, tr("Pool for tunnel transit networks."), tr("CIDR"));
    const auto portBase = option({QStringLiteral("port-base")}, tr("First UDP port on each gateway."), tr("PORT"));
    const auto topology = option({QStringLiteral("topology")}, tr("full (every pair) or manual (drawn links)."),
                                 tr("MODE"));
    const auto force = option({QStringLiteral("force")}, tr("Overwrite an existing file."));
    p.addOptions({name, pool, portBase, topology, force});
    if (!parse(p, arguments, command("init"), 1))
        return Usage;
    const QString path = p.positionalArguments().at(1);
    if (QFileInfo::exists(path) && !p.isSet(force))
        return usageError(tr("%1 already exists; use --force to overwrite it").arg(path));

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
    if (p.isSet(portBase)) {
        bool ok = false;
        mesh.settings.portBase = p.value(portBase).toInt(&ok);
        if (!ok || mesh.settings.portBase < 1 || mesh.settings.portBase > 65535)
            return usageError(tr("--port-base: \"%1\" is not a port number 1 to 65535").arg(p.value(portBase)));
    }
    if (p.isSet(topology) && !fromString(p.value(topology), &mesh.topology))
        return usageError(tr("--topology: expected full or manual, not \"%1\"").arg(p.value(topology)));
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
        for (const QString &text : p.values(QStringLiteral("subnet"))) {
            QString problem;
            const Cidr subnet = Cidr::parse(text, &problem);
            if (!subnet.isValid())
                return usageError(tr("--subnet: %1").arg(problem)), false;
            lan->subnets.append(subnet);
        }
    } else if (creating) {
        return usageError(tr("add-lan needs at least one --subnet CIDR")), false;
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
            bool ok = false;
            lan->ssh.port = text.mid(colon + 1).toInt(&ok);
            if (!ok || lan->ssh.port < 1 || lan->ssh.port > 65535)
                return usageError(tr("--ssh: \"%1\" is not a port number 1 to 65535").arg(text.mid(colon + 1))), false;
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
    if (given(p, "restart-command"))
        lan->deploy.restartCommand = p.value(QStringLiteral("restart-command"));
    if (given(p, "stop-command"))
        lan->deploy.stopCommand = p.value(QStringLiteral("stop-command"));
    if (given(p, "notes"))
        lan->notes = p.value(QStringLiteral("notes"));
    return true;
}

static void addLanOptions(QCommandLineParser &p, bool renaming)
{
    if (renaming)
        p.addOption(option({QStringLiteral("name")}, Cli::tr("New name."), Cli::tr("NAME")));
    p.addOption(option({QStringLiteral("subnet")},
                       renaming ? Cli::tr("Subnet; repeat for several; replaces all current subnets.")
                                : Cli::tr("Subnet of the LAN; repeat for several."),
                       Cli::tr("CIDR")));
    p.addOption(option({QStringLiteral("endpoint")}, Cli::tr("Public DNS name or IPv4 address that peers dial."),
                       Cli::tr("HOST")));
    p.addOption(option({QStringLiteral("ssh")}, Cli::tr("How to reach the gateway for deployment."),
                       Cli::tr("USER@HOST[:PORT]")));
    p.addOption(option({QStringLiteral("ssh-key")}, Cli::tr("Private key file for SSH (default: ssh-agent)."),
                       Cli::tr("FILE")));
    p.addOption(option({QStringLiteral("sudo")}, Cli::tr("Install with sudo (the SSH user is not root).")));
    p.addOption(option({QStringLiteral("no-sudo")}, Cli::tr("Install without sudo.")));
    p.addOption(option({QStringLiteral("target-dir")}, Cli::tr("Where configs go on the gateway."), Cli::tr("DIR")));
    p.addOption(option({QStringLiteral("service-manager")}, Cli::tr("systemd or command."), Cli::tr("KIND")));
    p.addOption(option({QStringLiteral("restart-command")},
                       Cli::tr("Service manager \"command\": shell command that (re)starts a tunnel; gets its name."),
                       Cli::tr("CMD")));
    p.addOption(option({QStringLiteral("stop-command")},
                       Cli::tr("Service manager \"command\": shell command that stops a tunnel; gets its name."),
                       Cli::tr("CMD")));
    p.addOption(option({QStringLiteral("notes")}, Cli::tr("Free notes."), Cli::tr("TEXT")));
}

int Cli::addLan(const QStringList &arguments)
{
    QCommandLineParser p;
    addLanOptions(p, false);
    if (!parse(p, arguments, command("add-lan"), 2))
        return Usage;
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
    if (!parse(p, arguments, command("set-lan"), 2))
        return Usage;
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    const Lan *existing = mesh.lanByName(p.positionalArguments().at(2));
    if (!existing)
        return usageError(tr("%1 has no LAN named %2").arg(path, p.positionalArguments().at(2)));
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
    if (!parse(p, arguments, command("remove-lan"), 2))
        return Usage;
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    const Lan *lan = mesh.lanByName(p.positionalArguments().at(2));
    if (!lan)
        return usageError(tr("%1 has no LAN named %2").arg(path, p.positionalArguments().at(2)));
    mesh.removeLan(lan->id);
    return saveMesh(path, mesh);
}

int Cli::link(const QStringList &arguments)
{
    return editLink(arguments, command("link"), [this](Mesh &mesh, const Lan &a, const Lan &b) {
        if (mesh.topology == Topology::Full)
            m_err << tr("note: the mesh's topology is full, so every pair is linked anyway; the drawn link is kept "
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
    if (!parse(p, arguments, c, 3))
        return Usage;
    const QStringList positional = p.positionalArguments();
    const QString path = positional.at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    const Lan *a = mesh.lanByName(positional.at(2));
    const Lan *b = mesh.lanByName(positional.at(3));
    if (!a || !b)
        return usageError(tr("%1 has no LAN named %2").arg(path, a ? positional.at(3) : positional.at(2)));
    if (a->id == b->id)
        return usageError(tr("a link needs two different LANs"));
    if (!edit(mesh, *a, *b))
        return Usage;
    return saveMesh(path, mesh);
}

int Cli::list(const QStringList &arguments)
{
    QCommandLineParser p;
    if (!parse(p, arguments, command("list"), 1))
        return Usage;
    Mesh mesh;
    if (!loadMesh(p.positionalArguments().at(1), &mesh))
        return Usage;
    m_out << tr("mesh %1: %n LAN(s), ", nullptr, int(mesh.lans.size())).arg(mesh.name)
          << tr("%n tunnel(s), topology %1", nullptr, int(mesh.tunnelCount())).arg(toString(mesh.topology)) << '\n';
    for (const Lan &lan : mesh.lans)
        m_out << lanLine(lan) << '\n';
    for (const LinkKey &k : mesh.tunnels())
        m_out << tr("link %1 %2").arg(mesh.lan(k.a)->name, mesh.lan(k.b)->name) << '\n';
    m_out.flush();
    return Ok;
}

int Cli::check(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto json = option({QStringLiteral("json")}, tr("Print the findings as JSON."));
    p.addOption(json);
    if (!parse(p, arguments, command("check"), 1))
        return Usage;
    Mesh mesh;
    if (!loadMesh(p.positionalArguments().at(1), &mesh))
        return Usage;
    const QList<Finding> findings = Checker::check(mesh);
    if (p.isSet(json)) {
        QJsonArray list;
        for (const Finding &f : findings) {
            QJsonArray lans;
            for (LanId id : f.lans)
                lans.append(mesh.lan(id) ? mesh.lan(id)->name : QString::number(id));
            list.append(QJsonObject{{QStringLiteral("severity"), toString(f.severity)},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("lans"), lans}});
        }
        QJsonObject root{{QStringLiteral("mesh"), mesh.name},
                         {QStringLiteral("errors"), int(Checker::errorCount(findings))},
                         {QStringLiteral("warnings"), int(Checker::warningCount(findings))},
                         {QStringLiteral("findings"), list}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const Finding &f : findings)
            m_out << toString(f.severity) << ": " << f.code << ": " << displayText(f.message, f.message.size()) << '\n';
        m_out << tr("%1: %n error(s), ", nullptr, int(Checker::errorCount(findings))).arg(displayText(mesh.name))
              << tr("%n warning(s)", nullptr, int(Checker::warningCount(findings))) << '\n';
    }
    m_out.flush();
    return Checker::errorCount(findings) ? Findings : Ok;
}

int Cli::settings(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto name = option({QStringLiteral("name")}, tr("Mesh name."), tr("NAME"));
    const auto pool = option({QStringLiteral("transit-pool")}, tr("Pool for tunnel transit networks."), tr("CIDR"));
    const auto slash31 = option({QStringLiteral("transit-31")}, tr("Use /31 transit networks: yes or no."), tr("YES|NO"));
    const auto portBase = option({QStringLiteral("port-base")}, tr("First UDP port on each gateway."), tr("PORT"));
    const auto topology = option({QStringLiteral("topology")}, tr("full or manual."), tr("MODE"));
    const auto keyMode = option({QStringLiteral("key-mode")}, tr("fingerprint (OpenVPN 2.6) or ca (2.4+)."), tr("MODE"));
    const auto ciphers = option({QStringLiteral("data-ciphers")}, tr("OpenVPN data ciphers, ':'-separated."),
                                tr("LIST"));
    const auto keepalive = option({QStringLiteral("keepalive")}, tr("Ping interval and restart timeout."),
                                  tr("SECONDS,SECONDS"));
    const auto reserve = option({QStringLiteral("reserve")}, tr("Reserve a range no LAN may use; repeatable."),
                                tr("CIDR"));
    const auto unreserve = option({QStringLiteral("unreserve")}, tr("Drop a reserved range; repeatable."), tr("CIDR"));
    p.addOptions({name, pool, slash31, portBase, topology, keyMode, ciphers, keepalive, reserve, unreserve});
    if (!parse(p, arguments, command("settings"), 1))
        return Usage;
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    MeshSettings &s = mesh.settings;
    auto parseCidrOption = [&](const QCommandLineOption &o, const QString &text, Cidr *out) {
        QString problem;
        *out = Cidr::parse(text, &problem);
        if (!out->isValid())
            usageError(QStringLiteral("--%1: %2").arg(o.names().first(), problem));
        return out->isValid();
    };
    bool changed = false;
    if (p.isSet(name)) {
        if (const QString problem = Mesh::validateName(p.value(name)); !problem.isEmpty())
            return usageError(tr("--name: %1").arg(problem));
        mesh.name = p.value(name);
        changed = true;
    }
    if (p.isSet(pool) && !(changed = parseCidrOption(pool, p.value(pool), &s.transitPool)))
        return Usage;
    if (p.isSet(slash31)) {
        const QString v = p.value(slash31);
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return usageError(tr("--transit-31: expected yes or no"));
        s.transitSlash31 = v == QLatin1String("yes");
        changed = true;
    }
    if (p.isSet(portBase)) {
        bool ok = false;
        s.portBase = p.value(portBase).toInt(&ok);
        if (!ok || s.portBase < 1 || s.portBase > 65535)
            return usageError(tr("--port-base: \"%1\" is not a port number 1 to 65535").arg(p.value(portBase)));
        changed = true;
    }
    if (p.isSet(topology) && !(changed = fromString(p.value(topology), &mesh.topology)))
        return usageError(tr("--topology: expected full or manual"));
    if (p.isSet(keyMode) && !(changed = fromString(p.value(keyMode), &s.keyMode)))
        return usageError(tr("--key-mode: expected fingerprint or ca"));
    if (p.isSet(ciphers)) {
        s.dataCiphers = p.value(ciphers);
        changed = true;
    }
    if (p.isSet(keepalive)) {
        const QStringList parts = p.value(keepalive).split(QLatin1Char(','));
        bool ok1 = false, ok2 = false;
        if (parts.size() == 2) {
            s.keepaliveInterval = parts[0].toInt(&ok1);
            s.keepaliveTimeout = parts[1].toInt(&ok2);
        }
        if (!ok1 || !ok2)
            return usageError(tr("--keepalive: expected two numbers of seconds such as 10,60"));
        changed = true;
    }
    for (const QString &text : p.values(reserve)) {
        Cidr range;
        if (!parseCidrOption(reserve, text, &range))
            return Usage;
        if (!s.reservedRanges.contains(range))
            s.reservedRanges.append(range);
        changed = true;
    }
    for (const QString &text : p.values(unreserve)) {
        Cidr range;
        if (!parseCidrOption(unreserve, text, &range))
            return Usage;
        if (!s.reservedRanges.removeOne(range))
            return usageError(tr("--unreserve: %1 is not reserved").arg(range.toString()));
        changed = true;
    }
    if (changed)
        return saveMesh(path, mesh);
    QStringList reserved;
    for (const Cidr &c : s.reservedRanges)
        reserved.append(c.toString());
    m_out << "name: " << mesh.name << '\n'
          << "topology: " << toString(mesh.topology) << '\n'
          << "transit-pool: " << s.transitPool.toString() << '\n'
          << "transit-31: " << (s.transitSlash31 ? "yes" : "no") << '\n'
          << "port-base: " << s.portBase << '\n'
          << "key-mode: " << toString(s.keyMode) << '\n'
          << "data-ciphers: " << s.dataCiphers << '\n'
          << "keepalive: " << s.keepaliveInterval << ',' << s.keepaliveTimeout << '\n'
          << "reserved: " << reserved.join(QLatin1Char(',')) << '\n';
    m_out.flush();
    return Ok;
}

int Cli::generate(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto out = option({QStringLiteral("out")}, tr("Folder for the bundles (DIR/<lan>/)."), tr("DIR"));
    const auto zip = option({QStringLiteral("zip")}, tr("Also write DIR/<lan>.zip per gateway and DIR/<mesh>.zip."));
    const auto keys = option({QStringLiteral("keys")}, tr("Key store folder (default: FILE.keys beside the mesh file)."),
                             tr("DIR"));
    p.addOptions({out, zip, keys});
    if (!parse(p, arguments, command("generate"), 1))
        return Usage;
    if (!p.isSet(out))
        return usageError(tr("generate needs --out DIR"));
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;

    GenerateRequest request;
    request.projectPath = path;
    request.mesh = mesh;
    request.outDir = p.value(out);
    request.keyStoreDir = p.value(keys);
    request.gatewayZips = request.meshZip = p.isSet(zip);
    const GenerateResult result = GenerateJob::run(request);
    for (const QString &written : result.written)
        m_out << written << '\n';
    if (!result.ok()) {
        m_err << tr("p2pvpn: %1").arg(result.error) << Qt::endl;
        return result.failure == GenerateResult::Failure::MeshHasErrors ? Findings : Usage;
    }
    m_out << tr("%n gateway bundle(s) written; ", nullptr, int(result.mesh.lans.size()))
          << tr("%n tunnel(s)", nullptr, int(result.mesh.tunnelCount())) << Qt::endl;
    return Ok;
}

int Cli::rotateKeys(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto keys = option({QStringLiteral("keys")}, tr("Key store folder (default: FILE.keys beside the mesh file)."),
                             tr("DIR"));
    p.addOption(keys);
    if (!parse(p, arguments, command("rotate-keys"), -1))
        return Usage;
    const QStringList positional = p.positionalArguments();
    if (positional.size() < 2 || positional.size() > 3)
        return usageError(tr("rotate-keys expects FILE [LAN]; see \"p2pvpn rotate-keys --help\""));
    const QString path = positional.at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    KeyStore store(p.isSet(keys) ? p.value(keys) : KeyStore::directoryFor(path));
    QString error;
    if (positional.size() == 3) {
        const Lan *lan = mesh.lanByName(positional.at(2));
        if (!lan)
            return usageError(tr("%1 has no LAN named %2").arg(path, positional.at(2)));
        if (!store.rotateGateway(lan->id, &error) || !store.rotateTunnelsOf(lan->id, &error))
            return usageError(error);
        m_out << tr("new keys for %1 and its tunnels will be made on the next generate; then deploy the changed "
                    "bundles")
                     .arg(lan->name)
              << Qt::endl;
    } else {
        if (!store.rotateAll(&error))
            return usageError(error);
        m_out << tr("every gateway and tunnel key will be made anew on the next generate; then deploy every bundle")
              << Qt::endl;
    }
    return Ok;
}

int Cli::importCache(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto out = option({QStringLiteral("out")}, tr("The mesh file to write."), tr("FILE"));
    const auto force = option({QStringLiteral("force")}, tr("Overwrite an existing file."));
    p.addOptions({out, force});
    if (!parse(p, arguments, command("import-cache"), 1))
        return Usage;
    if (!p.isSet(out))
        return usageError(tr("import-cache needs --out FILE"));
    const QString target = p.value(out);
    if (QFileInfo::exists(target) && !p.isSet(force))
        return usageError(tr("%1 already exists; use --force to overwrite it").arg(target));
    Mesh mesh;
    QString error;
    if (!CacheImport::load(p.positionalArguments().at(1), &mesh, &error))
        return usageError(error);
    const QString base = QFileInfo(target).completeBaseName().toLower();
    if (Mesh::validateName(base).isEmpty())
        mesh.name = base;
    m_out << tr("imported %n LAN(s) into %1", nullptr, int(mesh.lans.size())).arg(target) << Qt::endl;
    return saveMesh(target, mesh);
}

} // namespace p2pvpn
