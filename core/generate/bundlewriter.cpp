#include "generate/bundlewriter.h"

#include "util/writefully.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

#include <openssl/evp.h>

#include <QBuffer>

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

// Bundle files are a few KiB each, mostly keys in base64. A small window and hash table compress them
// as well as the defaults do, and zlib then sets up far less state for each of thousands of entries.
// memLevel 8 (zlib's default) is twice as fast as smaller hash tables on these entries.
constexpr int compressionLevel = 1;
constexpr int windowBits = -12; // raw deflate, 4 KiB window
constexpr int memoryLevel = 8;

QString commentFor(const QByteArray &digest)
{
    return digest.isEmpty() ? QLatin1String(ZipWriter::comment)
                            : QLatin1String(ZipWriter::comment) + QLatin1String("\nsha256 ") +
                                  QString::fromLatin1(digest);
}

// The archive's comment, read from its end-of-central-directory record. (QuaZip's own getComment() looks
// in the wrong place in a zip64 archive, which a mesh of 300 LANs, with over 65,535 entries, makes.)
std::optional<QString> archiveComment(const OutputFolder &out, const QString &name)
{
    QString ignored;
    const int fd = out.openFile(name, O_RDONLY | O_NONBLOCK, 0, &ignored);
    if (fd < 0)
        return std::nullopt;
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return std::nullopt;
    }
    constexpr qint64 recordSize = 22; // the record without its comment, which is at most 65,535 bytes
    const qint64 tail = qMin(file.size(), recordSize + 0xffff);
    if (tail < recordSize || !file.seek(file.size() - tail))
        return std::nullopt;
    const QByteArray end = file.read(tail);
    for (qsizetype at = end.size() - recordSize; at >= 0; --at) {
        const auto byte = [&end, at](int i) { return quint32(quint8(end[at + i])); };
        const quint32 length = byte(20) | byte(21) << 8;
        if (end.mid(at, 4) == QByteArray("PK\x05\x06", 4) && at + recordSize + length == end.size())
            return QString::fromUtf8(end.mid(at + recordSize));
    }
    return std::nullopt;
}

// The digest in a comment this tool wrote, empty for none; false for a comment that is not ours.
bool digestOf(const QString &comment, QByteArray *digest)
{
    digest->clear();
    const QString ours = QLatin1String(ZipWriter::comment);
    if (comment == ours)
        return true;
    const QString prefix = ours + QLatin1String("\nsha256 ");
    if (!comment.startsWith(prefix))
        return false;
    *digest = comment.mid(prefix.size()).toLatin1();
    return true;
}

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

bool BundleFolderWriter::checkTarget(const OutputFolder &out, const QString &name, QString *error)
{
    const QString partial = QStringLiteral(".%1.partial").arg(name);
    const QString old = QStringLiteral(".%1.old").arg(name);
    // The tool never makes links: one at these names was planted, and its target is none of our business.
    for (const QString &item : {name, partial, old}) {
        if (out.kind(item) == OutputFolder::Kind::SymLink) {
            *error = OutputFolder::symlinkRefused(out.filePath(item));
            return false;
        }
    }
    const OutputFolder::Kind existing = out.kind(name);
    if (existing != OutputFolder::Kind::Missing &&
        (existing != OutputFolder::Kind::Directory ||
         out.kind(name + QLatin1Char('/') + QLatin1String(markerName)) != OutputFolder::Kind::File)) {
        *error = tr("%1 exists and was not written by p2pvpn; choose another output folder")
                     .arg(out.filePath(name));
        return false;
    }
    return true;
}

bool BundleFolderWriter::write(const GatewayBundle &bundle, const QString &outDir, QString *error)
{
    OutputFolder out;
    return out.open(outDir, error) && write(bundle, out, error);
}

namespace {

// Every folder the files' paths pass through ("openvpn" for "openvpn/a.conf").
QSet<QString> foldersOf(const QList<BundleFile> &files)
{
    QSet<QString> folders;
    for (const BundleFile &f : files)
        for (qsizetype slash = f.path.indexOf(QLatin1Char('/')); slash > 0;
             slash = f.path.indexOf(QLatin1Char('/'), slash + 1))
            folders.insert(f.path.first(slash));
    return folders;
}

// Whether the earlier run's copy of f can stay: the same bytes and mode, and a file no other name shares.
bool isKept(const OutputFolder::Tree &old, const BundleFile &f)
{
    const auto it = old.constFind(f.path);
    return it != old.cend() && it->kind == OutputFolder::Kind::File && it->complete && it->links == 1 &&
           it->mode == f.unixMode() && it->content == f.content;
}

// Whether the folder holds exactly the files (and their folders, 0700), nothing more and nothing else.
bool isUnchanged(const OutputFolder::Tree &old, const QList<BundleFile> &files)
{
    const QSet<QString> folders = foldersOf(files);
    if (old.size() != files.size() + folders.size())
        return false;
    for (const QString &folder : folders) {
        const auto it = old.constFind(folder);
        if (it == old.cend() || it->kind != OutputFolder::Kind::Directory || it->mode != 0700)
            return false;
    }
    return std::all_of(files.begin(), files.end(), [&old](const BundleFile &f) { return isKept(old, f); });
}

} // namespace

bool BundleFolderWriter::write(const GatewayBundle &bundle, const OutputFolder &out, QString *error,
                               bool *changed)
{
    if (changed)
        *changed = true;
    if (QString bad; hasUnsafePath(bundle, &bad)) {
        *error =
            tr("refusing to write \"%1\": not a plain path inside the output folder").arg(displayText(bad));
        return false;
    }
    const QString finalName = bundle.name;
    const QString partialName = QStringLiteral(".%1.partial").arg(bundle.name);
    const QString oldName = QStringLiteral(".%1.old").arg(bundle.name);
    if (!checkTarget(out, finalName, error))
        return false;
    QList<BundleFile> files = bundle.files;
    files.append(
        BundleFile{QLatin1String(markerName), QByteArray("p2pvpn gateway bundle\n"), BundleFile::Kind::Text});
    // What the earlier run wrote is looked at first: an unchanged bundle is not written again (its files
    // keep their times), and a changed one takes its unchanged files over as they are.
    OutputFolder::Tree old;
    const bool replacing = out.kind(finalName) == OutputFolder::Kind::Directory;
    if (replacing && !out.readTree(finalName, maxKeptFileBytes, &old, error))
        return false;
    if (replacing && isUnchanged(old, files)) {
        if (changed)
            *changed = false;
        return true;
    }
    if (!out.removeTree(partialName, error) || !out.makeDirectory(partialName, error))
        return false;
    // On any failure (a full disk...) the half-written copy goes and the previous folder stays as it was.
    auto abandon = [&](const QString &message) {
        *error = message;
        QString ignored;
        out.removeTree(partialName, &ignored);
        return false;
    };
    for (const BundleFile &f : std::as_const(files)) {
        const QString path = partialName + QLatin1Char('/') + f.path;
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        if (QString why; !out.makeDirectory(path.first(slash), &why))
            return abandon(tr("%1; the previous bundle is unchanged").arg(why));
        // A second name for the unchanged file; where the file system has none, it is written again.
        if (QString ignored; isKept(old, f) && out.link(finalName + QLatin1Char('/') + f.path, path, &ignored))
            continue;
        // Created with its final mode, so a key is never readable by others, not even briefly.
        if (QString why; !out.writeNewFile(path, f.content, f.unixMode(), &why))
            return abandon(tr("%1; the previous bundle is unchanged").arg(why));
    }
    if (!out.removeTree(oldName, error))
        return abandon(*error);
    if (replacing && !out.rename(finalName, oldName, error))
        return abandon(*error);
    if (!out.rename(partialName, finalName, error)) {
        if (QString ignored; replacing)
            out.rename(oldName, finalName, &ignored);
        return abandon(*error);
    }
    QString ignored; // the new bundle is in place; a leftover .old goes on the next run
    out.removeTree(oldName, &ignored);
    return true;
}

bool ZipWriter::checkTarget(const OutputFolder &out, const QString &name, QString *error)
{
    for (const QString &item : {name, name + QLatin1String(".partial")}) {
        if (out.kind(item) == OutputFolder::Kind::SymLink) {
            *error = OutputFolder::symlinkRefused(out.filePath(item));
            return false;
        }
    }
    const OutputFolder::Kind existing = out.kind(name);
    if (existing == OutputFolder::Kind::Missing)
        return true;
    // Opened without following links and non-blocking, so nothing planted there can hang or redirect us.
    QByteArray ignoredDigest;
    const std::optional<QString> found =
        existing == OutputFolder::Kind::File ? archiveComment(out, name) : std::nullopt;
    const bool ours = found && digestOf(*found, &ignoredDigest);
    if (!ours)
        *error = tr("%1 is not an archive this version of p2pvpn wrote; move or remove it, or choose another "
                    "output folder")
                     .arg(out.filePath(name));
    return ours;
}

QByteArray ZipWriter::storedDigest(const OutputFolder &out, const QString &name)
{
    QByteArray digest;
    const std::optional<QString> found =
        out.kind(name) == OutputFolder::Kind::File ? archiveComment(out, name) : std::nullopt;
    if (!found || !digestOf(*found, &digest))
        return {};
    return digest;
}

QByteArray ZipWriter::sha256Hex(const QList<QByteArray> &parts)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return {};
    for (const QByteArray &part : parts) {
        const quint64 size = quint64(part.size()); // length first: no two lists of parts hash alike
        EVP_DigestUpdate(context.get(), &size, sizeof size);
        EVP_DigestUpdate(context.get(), part.constData(), size_t(part.size()));
    }
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), hash, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(hash), int(length)).toHex();
}

QByteArray ZipWriter::contentDigest(const GatewayBundle &bundle)
{
    QList<QByteArray> parts{bundle.name.toUtf8()};
    for (const BundleFile &f : sortedFiles(bundle))
        parts << f.path.toUtf8() << QByteArray::number(f.unixMode(), 8) << f.content;
    return sha256Hex(parts);
}

QByteArray ZipWriter::gatewayArchive(const GatewayBundle &bundle, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    const QString where = bundle.name + QLatin1String(".zip");
    {
        QuaZip zip(&buffer);
        zip.setUtf8Enabled(true);
        zip.setAutoClose(false);
        if (!zip.open(QuaZip::mdCreate) || !addEntries(&zip, bundle, where, error))
            return {};
        zip.setComment(commentFor(contentDigest(bundle)));
        zip.close();
        if (zip.getZipError() != 0) {
            *error = tr("cannot create the zip archive %1 (error %2)").arg(where).arg(zip.getZipError());
            return {};
        }
    }
    return buffer.data();
}

bool ZipWriter::writeArchive(const OutputFolder &out, const QString &name, const QByteArray &archive,
                             QString *error)
{
    const QString partial = name + QLatin1String(".partial");
    if (!checkTarget(out, name, error) || !out.removeTree(partial, error))
        return false;
    // Private from the start (it holds keys); rename() replaces the old archive in one step.
    if (!out.writeNewFile(partial, archive, 0600, error) || !out.rename(partial, name, error)) {
        *error = tr("%1; the previous archive is unchanged").arg(*error);
        QString ignored;
        out.removeTree(partial, &ignored);
        return false;
    }
    return true;
}

ZipWriter::ZipWriter() = default;

ZipWriter::~ZipWriter()
{
    if (m_zip && m_zip->isOpen()) { // not committed: leave nothing behind
        m_zip->close();
        QString ignored;
        m_out.removeTree(m_partialName, &ignored);
    }
}

bool ZipWriter::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    OutputFolder out;
    return out.open(info.path(), error) && open(out, info.fileName(), error);
}

bool ZipWriter::open(const OutputFolder &out, const QString &name, QString *error)
{
    m_out = out;
    m_name = name;
    m_partialName = name + QLatin1String(".partial");
    m_path = out.filePath(name);
    if (!checkTarget(out, name, error) || !out.removeTree(m_partialName, error))
        return false;
    // The archive holds keys: create it private before anything is written to it.
    const int fd = out.openFile(m_partialName, O_RDWR | O_CREAT | O_EXCL, 0600, error);
    if (fd < 0)
        return false;
    // Buffered, as the archive is written in many small pieces; commit() flushes and checks the result.
    if (!m_file.open(fd, QIODevice::ReadWrite, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = tr("cannot write %1: %2").arg(out.filePath(m_partialName), m_file.errorString());
        return false;
    }
    m_zip = std::make_unique<QuaZip>(&m_file);
    m_zip->setUtf8Enabled(true);
    m_zip->setAutoClose(false); // commit() flushes the file itself, to see a late write fail
    if (!m_zip->open(QuaZip::mdCreate)) {
        *error = tr("cannot create the zip archive %1 (error %2)").arg(m_path).arg(m_zip->getZipError());
        m_zip.reset();
        QString ignored;
        out.removeTree(m_partialName, &ignored);
        return false;
    }
    return true;
}

bool ZipWriter::add(const GatewayBundle &bundle, QString *error)
{
    if (!addEntries(m_zip.get(), bundle, m_path, error)) {
        if (m_zip->getZipError() != 0)
            *error = tr("%1: %2").arg(*error, failureReason(m_zip->getZipError()));
        return false;
    }
    return true;
}

bool ZipWriter::addEntries(QuaZip *zip, const GatewayBundle &bundle, const QString &where, QString *error)
{
    if (QString bad; hasUnsafePath(bundle, &bad)) {
        *error = tr("refusing to add \"%1\" to %2: not a plain path inside the archive")
                     .arg(displayText(bad), where);
        return false;
    }
    // A fixed time stamp keeps archives byte-identical for the same input.
    static const QDateTime stamp(QDate(2000, 1, 1), QTime(0, 0));
    for (const BundleFile &f : sortedFiles(bundle)) {
        QuaZipNewInfo info(bundle.name + QLatin1Char('/') + f.path);
        info.dateTime = stamp;
        info.setPermissions(permissionsFor(f.unixMode()));
        QuaZipFile entry(zip);
        const bool added = entry.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, compressionLevel,
                                      false, windowBits, memoryLevel) &&
                           entry.write(f.content) == f.content.size();
        entry.close();
        if (!added || entry.getZipError() != 0) {
            *error = tr("cannot add %1 to %2").arg(info.name, where);
            return false;
        }
    }
    return true;
}

QString ZipWriter::failureReason(int zipError) const
{
    // QuaZip's writes lose errno; a failed write with next to nothing free is a full disk.
    const QStorageInfo disk(m_out.path());
    const QString reason = disk.isValid() && disk.bytesAvailable() < 64 * 1024
                               ? QString::fromLocal8Bit(strerror(ENOSPC))
                               : tr("zip error %1").arg(zipError);
    return tr("%1; the previous archive is unchanged").arg(reason);
}

bool ZipWriter::addArchive(const QByteArray &archive, const QString &path, QString *error)
{
    QBuffer file;
    file.setData(archive);
    file.open(QIODevice::ReadOnly);
    QuaZip source(&file);
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
    m_zip->setComment(commentFor(m_digest));
    m_zip->close();
    const int zipError = m_zip->getZipError();
    const bool written = zipError == 0 && m_file.flush();
    m_file.close();
    m_zip.reset();
    // rename() replaces the old archive in one step, so a reader never sees half of one.
    if (!written || !m_out.rename(m_partialName, m_name, error)) {
        if (!written)
            *error = tr("cannot write %1: %2").arg(m_path, failureReason(zipError));
        QString ignored;
        m_out.removeTree(m_partialName, &ignored);
        return false;
    }
    return true;
}

} // namespace p2pvpn
