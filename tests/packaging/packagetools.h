#pragma once

// Helpers shared by the packaging tests: run a system tool and keep its output, find the .deb under test.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace p2pvpn::test {

struct ToolRun
{
    QString command;
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool succeeded() const { return started && exitCode == 0; }
    // "program args: exit N" plus both streams, for failure messages.
    QByteArray report() const;
};

ToolRun runTool(const QString &program, const QStringList &args, const QString &workDir = QString(),
                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// The single .deb in the folder named by $P2PVPN_DEB_DIR (built by the packaging_build_deb fixture);
// empty with `error` set when there is none or more than one.
QString debUnderTest(QString *error);

} // namespace p2pvpn::test
