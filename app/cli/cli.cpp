// The command table, help, option parsing and the project load/save every command shares.

#include "cli.h"
#include "clioptions.h"

#include "check/checker.h"
#include "model/projectfile.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace p2pvpn {

using cli::given;
using cli::option;

Cli::Cli() : m_out(&m_outWriter), m_err(&m_errWriter) {}

const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> list{
        {"init", "FILE", QT_TR_NOOP("create a new, empty mesh file"), &Cli::init},
        {"add-lan", "FILE NAME", QT_TR_NOOP("add a LAN with its subnets and endpoint"), &Cli::addLan},
        {"set-lan", "FILE NAME", QT_TR_NOOP("change a LAN's name, subnets, endpoint or SSH access"),
         &Cli::setLan},
        {"remove-lan", "FILE NAME", QT_TR_NOOP("remove a LAN and its links"), &Cli::removeLan},
        {"link", "FILE A B", QT_TR_NOOP("draw a link between two LANs (manual topology)"), &Cli::link},
        {"unlink", "FILE A B", QT_TR_NOOP("remove the link between two LANs"), &Cli::unlink},
        {"list", "FILE", QT_TR_NOOP("list the LANs and links"), &Cli::list},
        {"check", "FILE", QT_TR_NOOP("check the mesh and print its findings"), &Cli::check},
        {"settings", "FILE", QT_TR_NOOP("show or change the mesh's settings"), &Cli::settings},
        {"generate", "FILE", QT_TR_NOOP("write every gateway's bundle (configs, keys, install script)"),
         &Cli::generate},
        {"deploy", "FILE",
         QT_TR_NOOP(
             "install the bundles on every (or each --gateway) gateway over SSH; exit status 1 unless each "
             "one ends done or unchanged"),
         &Cli::deploy},
        {"rotate-keys", "FILE [LAN] [--ca]", QT_TR_NOOP("replace the keys of one LAN, or of the whole mesh"),
         &Cli::rotateKeys},
        {"import-cache", "CACHE", QT_TR_NOOP("import the original P2P-VPN tool's cache.txt"),
         &Cli::importCache},
        {"import-aws", "FILE --vpcs JSON",
         QT_TR_NOOP("add or update one LAN per AWS VPC from saved \"aws ec2 describe-*\" output"),
         &Cli::importAws},
        {"export-terraform", "FILE --out DIR",
         QT_TR_NOOP("write the AWS routes and security-group rules of the mesh as Terraform"),
         &Cli::exportTerraform},
        {"export-ansible", "FILE --out DIR",
         QT_TR_NOOP("write the mesh as an Ansible project: inventory, host_vars, a role and site.yml"),
         &Cli::exportAnsible},
        {"resolve-overlaps", "FILE",
         QT_TR_NOOP("give every subnet that overlaps another LAN's an alias from the alias pool"),
         &Cli::resolveOverlaps},
        {"addresses", "FILE [--csv]",
         QT_TR_NOOP("print the address each LAN's subnets are reached by from the rest of the mesh"),
         &Cli::addresses},
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
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Ok;
    }
    for (const Command &c : commands())
        if (first == QLatin1String(c.name))
            return (this->*c.handler)(arguments.mid(1));
    return usageError(
        tr("unknown command \"%1\"; run \"p2pvpn --help\" for the list").arg(displayText(first)));
}

void Cli::printTopLevelHelp(QTextStream &out)
{
    out << tr(
        "Usage: p2pvpn COMMAND [OPTIONS]\n\nDesign serverless OpenVPN site-to-site meshes.\n\nCommands:\n");
    for (const Command &c : commands())
        out << QStringLiteral("  %1 %2\n      %3\n")
                   .arg(QLatin1String(c.name), QLatin1String(c.synopsis), tr(c.summary));
    out << tr(
        "\nRun \"p2pvpn COMMAND --help\" for a command's options. \"p2pvpn --version\" prints the version.\n"
        "Exit status: 0 done, 1 the mesh has errors, 2 bad usage or unreadable file.\n");
    out.flush();
}

int Cli::usageError(const QString &message)
{
    printError(message);
    return Usage;
}

void Cli::printError(const QString &message)
{
    // The head says what failed and the tail why (the system's reason comes last), so both stay.
    constexpr qsizetype head = 1024, tail = 512;
    const QString shown = message.size() <= head + tail
                              ? message
                              : message.left(head) + QChar(0x2026) + message.right(tail); // …
    m_err << tr("p2pvpn: %1").arg(shown) << Qt::endl;
}

std::optional<int> Cli::parse(QCommandLineParser &parser, const QStringList &arguments, const Command &c,
                              int positionalCount)
{
    parser.setApplicationDescription(tr(c.summary));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("p2pvpn")} + arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        // Qt's help text names the binary's full path; print our own head, Qt's option list.
        const QString text = parser.helpText();
        const qsizetype from = text.indexOf(QLatin1String("\nOptions:"));
        const qsizetype to = text.lastIndexOf(QLatin1String("\nArguments:"));
        m_out << tr("Usage: p2pvpn %1 %2 [OPTIONS]").arg(QLatin1String(c.name), QLatin1String(c.synopsis))
              << "\n\n"
              << tr(c.summary) << '\n'
              << text.mid(from, to < 0 ? -1 : to - from);
        m_out.flush();
        return Ok;
    }
    const int given = int(parser.positionalArguments().size()) - 1;
    if (positionalCount >= 0 && given != positionalCount) {
        return usageError(tr("%1 expects %2; see \"p2pvpn %1 --help\"")
                              .arg(QLatin1String(c.name), QLatin1String(c.synopsis)));
    }
    return std::nullopt;
}

const Lan *Cli::findLan(const Mesh &mesh, const QString &path, const QString &name)
{
    const Lan *lan = mesh.lanByName(name);
    if (!lan)
        usageError(tr("%1 has no LAN named %2").arg(path, displayText(name)));
    return lan;
}

bool Cli::readPort(const QString &optionName, const QString &text, int *port)
{
    if (cli::parsePort(text, port))
        return true;
    usageError(tr("%1: \"%2\" is not a port number 1 to 65535").arg(optionName, displayText(text)));
    return false;
}

bool Cli::loadMesh(const QString &path, Mesh *mesh)
{
    QString error;
    if (ProjectFile::load(path, mesh, &error))
        return true;
    usageError(error);
    return false;
}

bool Cli::mayCreate(const QString &path, const bool force)
{
    const QFileInfo info(path);
    if (force)
        return true;
    if (info.isSymLink() && !info.exists())
        usageError(tr("%1 is a symbolic link to %2, which does not exist; use --force to write there")
                       .arg(displayText(path, 256), displayText(info.symLinkTarget(), 256)));
    else if (info.exists())
        usageError(tr("%1 already exists; use --force to overwrite it").arg(displayText(path, 256)));
    else
        return true;
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
        m_err << tr("note: the mesh now has %n error(s); run \"p2pvpn check %1\" for details", nullptr,
                    int(errors))
                     .arg(path)
              << Qt::endl;
    return Ok;
}

} // namespace p2pvpn
