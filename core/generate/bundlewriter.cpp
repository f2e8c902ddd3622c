#include "generate/bundlewriter.h"

#include "util/writefully.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace p2pvpn {

namespace {

QFileDevice::Permissions permissionsFor(int mode)
{
    QFileDevice::Permissions p;
    if (mode & 0400)
        p |= QFileDevice::ReadOwner | QFileDevice::ReadUser;
    if (mode & 0200)
        p |= QFileDevice::WriteOwner | QFileDevice::WriteUser;
    if (mode & 0100)
        p |= QFileDevice::ExeOwner | QFileDevice::ExeUser;
    if (mode & 0040)
        p |= QFileDevice::ReadGroup;
    if (mode & 0010)
        p |= QFileDevice::ExeGroup;
    if (mode & 0004)
        p |= QFileDevice::ReadOther;
    if (mode & 0001)
        p |= QFileDevice::ExeOther;
    return p;
}

const QFileDevice::Permissions privateDir = permissionsFor(0700);

// Bundle files are a few KiB each, mostly keys in base64. A small window and hash table compress them
// as well as the defaults do, and zlib then sets up far less state for each of thousands of entries.
constexpr int compressionLevel = 1;
constexpr int windowBits = -12; // raw deflate, 4 KiB window
constexpr int memoryLevel = 3;

QList<BundleFile> sortedFiles(const GatewayBundle &bundle)
{
    QList<BundleFile> files = bundle.files;
    std::sort(files.begin(), files.end(),
              [](const BundleFile &x, const BundleFile &y) { return x.path < y.path; });
    return files;
}

// "a/b/c": no empty, "." or ".." part, no backslash or control character, so it cannot leave its root.
bool isPlainRelativePath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.begin(), parts.end(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..") ||
               std::any_of(part.begin(), part.end(), [](QChar c) {
                   return c == QLatin1Char('\\') || c.category() == QChar::Other_Control;
               });
    });
}

// Second line of defence behind the checker: a bundle whose name or file paths could leave the output
// folder or the zip root ("..", absolute, empty parts, backslashes, control characters) is never written.
bool hasUnsafePath(const GatewayBundle &bundle, QString *offending)
{
    *offending = bundle.name;
    if (!Lan::validateName(bundle.name).isEmpty())
        return true;
    for (const BundleFile &f : bundle.files) {
        *offending = bundle.name + QLatin1Char('/') + f.path;
        if (!isPlainRelativePath(f.path))
            return true;
    }
    return false;
}

} // namespace

bool BundleFolderWriter::write(const GatewayBundle &bundle, const QString &outDir, QString *error)
{
    if (QString bad; hasUnsafePath(bundle, &bad)) {
        *error =
            tr("refusing to write \"%1\": not a plain path inside the output folder").arg(displayText(bad));
        return false;
    }
    QDir out(outDir);
    const QString finalPath = out.filePath(bundle.name);
    const QString partialPath = out.filePath(QStringLiteral(".%1.partial").arg(bundle.name));
    const QString oldPath = out.filePath(QStringLiteral(".%1.old").arg(bundle.name));
    if (QFileInfo::exists(finalPath) &&
        !QFileInfo::exists(QDir(finalPath).filePath(QLatin1String(markerName)))) {
        *error = tr("%1 exists and was not written by p2pvpn; choose another output folder").arg(finalPath);
        return false;
    }
    QDir(partialPath).removeRecursively();
    if (!out.mkdir(QFileInfo(partialPath).fileName(), privateDir)) {
        *error = tr("cannot create %1").arg(partialPath);
        return false;
    }
    // On any failure (a full disk...) the half-written copy goes and the previous folder stays as it was.
    auto abandon = [&](const QString &message) {
        *error = message;
        QDir(partialPath).removeRecursively();
        return false;
    };
    QList<BundleFile> files = bundle.files;
    files.append(
        BundleFile{QLatin1String(markerName), QByteArray("p2pvpn gateway bundle\n"), BundleFile::Kind::Text});
    for (const BundleFile &f : std::as_const(files)) {
        const QString path = QDir(partialPath).filePath(f.path);
        const QString dir = QFileInfo(path).path();
        if (!QFileInfo::exists(dir) && !QDir().mkpath(dir))
            return abandon(tr("cannot create %1").arg(dir));
        QFile::setPermissions(dir, permissionsFor(0700));
        QFile file(path);
        // Created with its final mode, so a key is never readable by others, not even briefly.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered,
                       permissionsFor(f.unixMode())) ||
            !writeFully(file, f.content)) {
            return abandon(
                tr("cannot write %1: %2; the previous bundle is unchanged").arg(path, file.errorString()));
        }
    }
    QDir(oldPath).removeRecursively();
    const bool replacing = QFileInfo::exists(finalPath);
    if (replacing && !out.rename(bundle.name, QFileInfo(oldPath).fileName()))
        return abandon(tr("cannot replace %1").arg(finalPath));
    if (!out.rename(QFileInfo(partialPath).fileName(), bundle.name)) {
        if (replacing)
            out.rename(QFileInfo(oldPath).fileName(), bundle.name);
        return abandon(tr("cannot create %1").arg(finalPath));
    }
    QDir(oldPath).removeRecursively();
    return true;
}

ZipWriter::ZipWriter() = default;

ZipWriter::~ZipWriter()
{
    if (m_zip && m_zip->isOpen()) { // not committed: leave nothing behind
        m_zip->close();
        QFile::remove(m_partialPath);
    }
}

bool ZipWriter::open(const QString &path, QString *error)
{
    m_path = path;
    m_partialPath = path + QLatin1String(".partial");
    // The archive holds keys: create it private before anything is written to it.
    QFile::remove(m_partialPath);
    QFile placeholder(m_partialPath);
    if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissionsFor(0600))) {
        *error = tr("cannot write %1: %2").arg(m_partialPath, placeholder.errorString());
        return false;
    }
    placeholder.close();
    m_zip = std::make_unique<QuaZip>(m_partialPath);
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate)) {
        *error = tr("cannot create the zip archive %1 (error %2)").arg(path).arg(m_zip->getZipError());
        QFile::remove(m_partialPath);
        return false;
    }
    return true;
}

bool ZipWriter::add(const GatewayBundle &bundle, QString *error)
{
    if (QString bad; hasUnsafePath(bundle, &bad)) {
        *error = tr("refusing to add \"%1\" to %2: not a plain path inside the archive")
                     .arg(displayText(bad), m_path);
        return false;
    }
    // A fixed time stamp keeps archives byte-identical for the same input.
    static const QDateTime stamp(QDate(2000, 1, 1), QTime(0, 0));
    for (const BundleFile &f : sortedFiles(bundle)) {
        QuaZipNewInfo info(bundle.name + QLatin1Char('/') + f.path);
        info.dateTime = stamp;
        info.setPermissions(permissionsFor(f.unixMode()));
        QuaZipFile entry(m_zip.get());
        if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, compressionLevel, false,
                        windowBits, memoryLevel) ||
            entry.write(f.content) != f.content.size()) {
            *error = tr("cannot add %1 to %2: %3").arg(info.name, m_path, failureReason(entry.getZipError()));
            return false;
        }
        entry.close();
        if (entry.getZipError() != 0) {
            *error = tr("cannot add %1 to %2: %3").arg(info.name, m_path, failureReason(entry.getZipError()));
            return false;
        }
    }
    return true;
}

QString ZipWriter::failureReason(int zipError) const
{
    // QuaZip's writes lose errno; a failed write with next to nothing free is a full disk.
    const QStorageInfo disk(QFileInfo(m_partialPath).absolutePath());
    const QString reason = disk.isValid() && disk.bytesAvailable() < 64 * 1024
                               ? QString::fromLocal8Bit(strerror(ENOSPC))
                               : tr("zip error %1").arg(zipError);
    return tr("%1; the previous archive is unchanged").arg(reason);
}

bool ZipWriter::addArchive(const QString &path, QString *error)
{
    QuaZip source(path);
    if (!source.open(QuaZip::mdUnzip)) {
        *error = tr("cannot read the zip archive %1 (error %2)").arg(path).arg(source.getZipError());
        return false;
    }
    for (bool more = source.goToFirstFile(); more; more = source.goToNextFile()) {
        QuaZipFileInfo64 info;
        source.getCurrentFileInfo(&info);
        if (!isPlainRelativePath(info.name)) {
            *error = tr("refusing to add \"%1\" to %2: not a plain path inside the archive")
                         .arg(displayText(info.name), m_path);
            return false;
        }
        QuaZipFile in(&source);
        int method = 0, level = 0;
        if (!in.open(QIODevice::ReadOnly, &method, &level, true)) {
            *error = tr("cannot read %1 in %2").arg(info.name, path);
            return false;
        }
        const QByteArray compressed = in.readAll();
        in.close();
        QuaZipNewInfo newInfo(info);
        newInfo.uncompressedSize = info.uncompressedSize;
        QuaZipFile out(m_zip.get());
        if (!out.open(QIODevice::WriteOnly, newInfo, nullptr, info.crc, method, level, true) ||
            out.write(compressed) != compressed.size()) {
            *error = tr("cannot add %1 to %2: %3").arg(info.name, m_path, failureReason(out.getZipError()));
            return false;
        }
        out.close(); // in raw mode this records the given size and CRC
        if (out.getZipError() != 0) {
            *error = tr("cannot add %1 to %2: %3").arg(info.name, m_path, failureReason(out.getZipError()));
            return false;
        }
    }
    return true;
}

bool ZipWriter::commit(QString *error)
{
    m_zip->close();
    const bool written = m_zip->getZipError() == 0;
    // rename() replaces the old archive in one step, so a reader never sees half of one.
    if (!written ||
        ::rename(QFile::encodeName(m_partialPath).constData(), QFile::encodeName(m_path).constData()) != 0) {
        *error = tr("cannot write %1: %2")
                     .arg(m_path, written ? QString::fromLocal8Bit(strerror(errno))
                                          : failureReason(m_zip->getZipError()));
        QFile::remove(m_partialPath);
        return false;
    }
    return true;
}

} // namespace p2pvpn
