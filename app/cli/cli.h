#pragma once

// Cli: the `p2pvpn` command line over the core. One method per command; each
// returns the process exit code (0 done, 1 findings with errors, 2 bad usage or file).

#include "model/mesh.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace p2pvpn {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum ExitCode
    {
        Ok = 0,
        Findings = 1,
        Usage = 2
    };

    Cli();
    int run(const QStringList &arguments);

private:
    struct Command
    {
        const char *name;
        const char *synopsis;
        const char *summary;
        int (Cli::*handler)(const QStringList &arguments);
    };
    static const QList<Command> &commands();

    int init(const QStringList &arguments);
    int addLan(const QStringList &arguments);
    int setLan(const QStringList &arguments);
    int removeLan(const QStringList &arguments);
    int link(const QStringList &arguments);
    int unlink(const QStringList &arguments);
    // Shared by link and unlink: loads FILE, finds LANs A and B, applies `edit`, saves.
    int editLink(const QStringList &arguments, const Command &command,
                 const std::function<bool(Mesh &, const Lan &, const Lan &)> &edit);
    int list(const QStringList &arguments);
    int check(const QStringList &arguments);
    int settings(const QStringList &arguments);
    int generate(const QStringList &arguments);
    int rotateKeys(const QStringList &arguments);
    int deploy(const QStringList &arguments); // clideploy.cpp
    int importCache(const QStringList &arguments);
    int importAws(const QStringList &arguments);       // clicloud.cpp
    int exportTerraform(const QStringList &arguments); // clicloud.cpp
    int exportAnsible(const QStringList &arguments);   // cliansible.cpp
    int resolveOverlaps(const QStringList &arguments); // clialias.cpp
    int addresses(const QStringList &arguments);       // clialias.cpp

    // Parses a command's options. Empty: go on with the command. Else the command is over with that exit
    // code:
    // --help printed (Ok) or bad usage reported (Usage). positionalCount -1: the command checks its own.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const Command &command,
                             int positionalCount);
    const Command &command(const char *name) const;
    bool loadMesh(const QString &path, Mesh *mesh);
    // Checks made by several commands; each reports its own usage error.
    const Lan *findLan(const Mesh &mesh, const QString &path, const QString &name); // null: no such LAN
    bool readPort(const QString &optionName, const QString &text, int *port);       // 1 to 65535
    int saveMesh(const QString &path, const Mesh &mesh);
    // Whether a new file may be written at path: not over an existing file, nor through a symbolic link
    // (even a dangling one, which would create its target somewhere else), unless forced.
    bool mayCreate(const QString &path, bool force);
    bool applyLanOptions(const QCommandLineParser &parser, Lan *lan, bool creating);
    // "CIDR" or "CIDR=ALIAS" (alias left invalid without '='); reports its own usage error.
    bool parseAliased(const QString &optionName, const QString &text, Cidr *subnet, Cidr *alias);
    int usageError(const QString &message); // printError(message), then Usage
    // "p2pvpn: MESSAGE" on stderr, a huge message (one quoting a 128 KB argument) shortened in its middle.
    void printError(const QString &message);
    void printTopLevelHelp(QTextStream &out);

    // The writers before the streams: a stream flushes into its writer when it is destroyed.
    cli::EscapingWriter m_outWriter{stdout};
    cli::EscapingWriter m_errWriter{stderr};
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace p2pvpn
