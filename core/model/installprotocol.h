#pragma once

// InstallProtocol: what a gateway bundle's install.sh and the deployer that runs it agree on, its exit
// statuses and its report (one "add|change|remove|unchanged NAME" line per tunnel). The generator fills the
// script template's tokens from here; the deployer reads the report with parse().

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace p2pvpn {

class InstallProtocol
{
public:
    // How install.sh ends; any other status is a failure that promises nothing about the gateway's state.
    enum Exit : int
    {
        Done = 0,  // installed (with --dry-run: listed) every change
        Usage = 2, // an unknown option; nothing was done
        RolledBack =
            3, // a tunnel failed to start; the previous configs are back and the old tunnels restarted
    };

    // What the script did (with --dry-run: would do) to one tunnel.
    enum class Action
    {
        Add,
        Change,
        Remove,
        Unchanged
    };

    // The lines of a run, sorted by action, in the order the script printed them.
    struct Report
    {
        QStringList added, changed, removed, unchanged; // tunnel names
        QStringList other;                              // lines that are not report lines (messages)
        bool changesNothing() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    };

    // The word a report line starts with: "add", "change", "remove", "unchanged".
    static QString word(Action action);
    // One report line, without its newline: "add corp-b".
    static QString line(Action action, const QString &tunnel);
    // One line of output: true for a report line (the action's word, one blank, a tunnel name of a-z, 0-9
    // and '-'), else false and the outputs untouched.
    static bool parseLine(QStringView line, Action *action, QString *tunnel);
    // Every line of a run; empty lines are skipped.
    static Report parse(const QStringList &lines);
    // A script with the protocol's tokens filled in: @EXIT_USAGE@ and @EXIT_ROLLED_BACK@ become the statuses,
    // @REPORT_ADD@, @REPORT_CHANGE@, @REPORT_REMOVE@ and @REPORT_UNCHANGED@ the words. Other text stays.
    static QByteArray fillIn(QByteArray script);
};

} // namespace p2pvpn
