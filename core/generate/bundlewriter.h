#pragma once

// Writes gateway bundles to disk: a folder per gateway (replaced whole, so no
// stale tunnel survives a regeneration) and deterministic zips that keep the
// file modes (keys 0600, scripts 0755). Only what an earlier run wrote is ever
// replaced, and nothing is reached through a symbolic link (see OutputFolder).

#include "generate/bundle.h"
#include "util/outputfolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

class QuaZip;

namespace p2pvpn {

class BundleFolderWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    // Writes outDir/<bundle.name>/. An existing folder of that name is replaced only if an
    // earlier run wrote it (it holds our marker file); anything else is an error.
    static bool write(const GatewayBundle &bundle, const QString &outDir, QString *error);
    static bool write(const GatewayBundle &bundle, const OutputFolder &out, QString *error);
    // Whether write() may replace what is at <name> (and its temporary names) in out: nothing there, or
    // a folder an earlier run wrote; never a symbolic link.
    static bool checkTarget(const OutputFolder &out, const QString &name, QString *error);
    static constexpr const char *markerName = ".p2pvpn-bundle";
};

class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    ZipWriter();
    ~ZipWriter();
    // Starts the archive <name> in out (written under "<name>.partial" until commit()). An existing
    // <name> is replaced only if this tool wrote it (its zip comment says so).
    bool open(const OutputFolder &out, const QString &name, QString *error);
    // The same for a path: its folder is opened (and checked) as an OutputFolder.
    bool open(const QString &path, QString *error);
    // Adds the bundle's files under "<bundle.name>/".
    bool add(const GatewayBundle &bundle, QString *error);
    // Copies every entry of another archive in the same folder as it is, without compressing it again.
    bool addArchive(const QString &name, QString *error);
    // Writes the archive into place atomically; without commit() nothing replaces the target.
    bool commit(QString *error);
    // Whether open() may replace what is at <name> in out: nothing, or an archive this tool wrote.
    static bool checkTarget(const OutputFolder &out, const QString &name, QString *error);
    // The zip comment that marks the archives this tool writes.
    static constexpr const char *comment = "p2pvpn gateway bundles";

private:
    QString failureReason(int zipError) const;

    OutputFolder m_out;
    QString m_name;        // the archive's final name in m_out
    QString m_partialName; // written here, renamed over m_name on commit
    QString m_path;        // m_out's path of m_name, for messages
    QFile m_file;          // m_partialName, opened without following links
    std::unique_ptr<QuaZip> m_zip;
};

} // namespace p2pvpn
