#pragma once

// Helpers shared by the hardening tests: trees and zip listings. Meshes, file modes and running the CLI
// come from tests/support.

#include "runcli.h"
#include "testfiles.h"
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

namespace p2pvpn::hardening {

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
