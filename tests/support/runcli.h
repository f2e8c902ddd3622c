#pragma once

// Runs the real p2pvpn binary the way a user's shell would, for the tests of the command line.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace p2pvpn::test {

struct CliResult
{
    int exitCode = -1; // -1: it did not finish normally (crashed, or killed after the timeout)
    QByteArray out;    // with mergeChannels: stdout and stderr as they came
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

struct CliOptions
{
    QString workingDirectory; // empty: the test's own
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool mergeChannels = false;
    int timeoutMs = 120000;
};

// The binary's path, compiled in from the build.
QString cliPath();
CliResult runCli(const QStringList &arguments, const CliOptions &options = {});

} // namespace p2pvpn::test
