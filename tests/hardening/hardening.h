#pragma once

// Helpers shared by the hardening tests: file modes, trees and zip listings. Meshes and running the CLI
// come from tests/support (testmeshes.h, runcli.h).

#include "runcli.h"
#include "testmeshes.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QStringList>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <sys/stat.h>

namespace p2pvpn::hardening {

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

} // namespace p2pvpn::hardening
