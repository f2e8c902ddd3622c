#pragma once

// Writes gateway bundles to disk: a folder per gateway (replaced whole, so no
// stale tunnel survives a regeneration) and deterministic zips that keep the
// file modes (keys 0600, scripts 0755).

#include "generate/bundle.h"

#include <QCoreApplication>
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
    static constexpr const char *markerName = ".p2pvpn-bundle";
};

class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    ZipWriter();
    ~ZipWriter();
    bool open(const QString &path, QString *error);
    // Adds the bundle's files under "<bundle.name>/".
    bool add(const GatewayBundle &bundle, QString *error);
    // Copies every entry of another archive as it is, without compressing it again.
    bool addArchive(const QString &path, QString *error);
    // Writes the archive into place atomically; without commit() nothing replaces the target.
    bool commit(QString *error);

private:
    QString failureReason(int zipError) const;

    QString m_path;        // the archive's final name
    QString m_partialPath; // written here, renamed over m_path on commit
    std::unique_ptr<QuaZip> m_zip;
};

} // namespace p2pvpn
