#include "packagetools.h"

#include <QDir>
#include <QProcess>

namespace p2pvpn::test {

QByteArray ToolRun::report() const
{
    QByteArray text = command.toUtf8();
    text += started ? QByteArray(": exit ") + QByteArray::number(exitCode) : QByteArray(": could not start");
    if (!out.isEmpty())
        text += "\n--- stdout\n" + out;
    if (!err.isEmpty())
        text += "\n--- stderr\n" + err;
    return text;
}

ToolRun runTool(const QString &program, const QStringList &args, const QString &workDir,
                const QProcessEnvironment &env)
{
    ToolRun run;
    run.command =
        QStringList(program).join(QLatin1Char(' ')) + QLatin1Char(' ') + args.join(QLatin1Char(' '));
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, args);
    if (!process.waitForStarted())
        return run;
    process.closeWriteChannel();
    process.waitForFinished(-1); // ctest's timeout bounds a hung tool
    run.started = true;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString debUnderTest(QString *error)
{
    const QString dirName = qEnvironmentVariable("P2PVPN_DEB_DIR");
    if (dirName.isEmpty()) {
        *error =
            QStringLiteral("P2PVPN_DEB_DIR is not set (run through ctest, which builds the package first)");
        return QString();
    }
    const QDir dir(dirName);
    const QStringList debs = dir.entryList({QStringLiteral("*.deb")}, QDir::Files);
    if (debs.size() != 1) {
        *error = QStringLiteral("expected one .deb in %1, found %2").arg(dirName).arg(debs.size());
        return QString();
    }
    return dir.filePath(debs.constFirst());
}

} // namespace p2pvpn::test
