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
    // earlier run wrote it (it holds our marker file); anything else is an error. A folder that already
    // holds exactly the bundle is left as it is (*changed false); otherwise the new folder keeps the
    // unchanged files, with their times, and replaces the old one in one step.
    static bool write(const GatewayBundle &bundle, const QString &outDir, QString *error);
    static bool write(const GatewayBundle &bundle, const OutputFolder &out, QString *error,
                      bool *changed = nullptr);
    // Whether write() may replace what is at <name> (and its temporary names) in out: nothing there, or
    // a folder an earlier run wrote; never a symbolic link.
    static bool checkTarget(const OutputFolder &out, const QString &name, QString *error);
    static constexpr const char *markerName = ".p2pvpn-bundle";
    // Bundle files are a few KiB; a larger file found in an earlier folder is replaced unread.
    static constexpr qint64 maxKeptFileBytes = 1 << 20;
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
    // Copies every entry of an archive (its bytes, e.g. from gatewayArchive()) as it is, without
    // compressing it again; source names it in messages.
    bool addArchive(const QByteArray &archive, const QString &source, QString *error);
    // Records in the comment what the archive holds (contentDigest()), so a later run can leave it as it is.
    void setDigest(const QByteArray &digest) { m_digest = digest; }
    // Writes the archive into place atomically; without commit() nothing replaces the target.
    bool commit(QString *error);
    // Whether open() may replace what is at <name> in out: nothing, or an archive this tool wrote.
    static bool checkTarget(const OutputFolder &out, const QString &name, QString *error);
    // The digest an archive this tool wrote at <name> records, or empty (none, or not one of ours).
    static QByteArray storedDigest(const OutputFolder &out, const QString &name);
    // SHA-256 (hex) of the parts, each length and bytes.
    static QByteArray sha256Hex(const QList<QByteArray> &parts);
    // SHA-256 (hex) of the bundle's names, modes and bytes: equal digests, equal archives.
    static QByteArray contentDigest(const GatewayBundle &bundle);
    // The bundle's archive, made in memory (with its digest): the caller writes it with writeArchive().
    static QByteArray gatewayArchive(const GatewayBundle &bundle, QString *error);
    // Puts archive bytes at <name> in out in one step (refused like open() where not ours).
    static bool writeArchive(const OutputFolder &out, const QString &name, const QByteArray &archive,
                             QString *error);
    // The zip comment that marks the archives this tool writes; a digest line may follow it.
    static constexpr const char *comment = "p2pvpn gateway bundles";

private:
    QString failureReason(int zipError) const;
    // Adds the bundle's entries to zip; where names the archive in messages.
    static bool addEntries(QuaZip *zip, const GatewayBundle &bundle, const QString &where, QString *error);

    OutputFolder m_out;
    QString m_name;        // the archive's final name in m_out
    QString m_partialName; // written here, renamed over m_name on commit
    QString m_path;        // m_out's path of m_name, for messages
    QFile m_file;          // m_partialName, opened without following links
    QByteArray m_digest;
    std::unique_ptr<QuaZip> m_zip;
};

} // namespace p2pvpn
