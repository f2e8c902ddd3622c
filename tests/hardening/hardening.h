#pragma once

// Helpers shared by the hardening tests: small meshes, file modes, zip listings, running the CLI.

#include "model/mesh.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStringList>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <sys/stat.h>

namespace p2pvpn::hardening {

inline Lan makeLan(const QString &name, const QString &subnet, const QString &endpoint)
{
    Lan lan;
    lan.name = name;
    lan.subnets = {Cidr::parse(subnet)};
    lan.endpoint = endpoint;
    lan.ssh.host = endpoint;
    return lan;
}

// LANs a, b, c... with 10.<i>.0.0/16 behind 192.0.2.<i>, fully meshed.
inline Mesh letterMesh(int count, KeyMode mode = KeyMode::Fingerprint)
{
    Mesh mesh;
    mesh.name = QStringLiteral("corp");
    mesh.settings.keyMode = mode;
    for (int i = 1; i <= count; ++i)
        mesh.addLan(makeLan(QString(QChar(u'a' + i - 1)), QStringLiteral("10.%1.0.0/16").arg(i),
                            QStringLiteral("192.0.2.%1").arg(i)));
    return mesh;
}

// Permission bits of a path (without following a final symlink), -1 if it does not exist.
inline int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Every file and folder below dir, relative, hidden ones included.
inline QStringList treeOf(const QString &dir)
{
    QStringList result;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        result.append(QDir(dir).relativeFilePath(it.next()));
    result.sort();
    return result;
}

struct ZipEntry
{
    QByteArray content;
    int unixMode = -1; // from the entry's external attributes (full st_mode: type and permissions)
    int madeBy = -1;   // host system of the entry's "version made by" (3: Unix)
};

// The entries of a zip archive by name; an empty map if it cannot be read.
inline QMap<QString, ZipEntry> readZip(const QString &path)
{
    QMap<QString, ZipEntry> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return {};
        ZipEntry entry;
        entry.unixMode = int(info.externalAttr >> 16);
        entry.madeBy = info.versionCreated >> 8;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        entry.content = file.readAll();
        entries.insert(info.name, entry);
    }
    return entries;
}

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real p2pvpn binary (path compiled in as P2PVPN_CLI).
inline CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(P2PVPN_CLI), arguments);
    CliResult result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace p2pvpn::hardening
