#include "util/outputfolder.h"

#include "util/posixfd.h"
#include "util/privatefile.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace p2pvpn {

namespace {

constexpr mode_t folderMode = PrivateFile::directoryMode;
// Opens a folder and never a link to one; O_NONBLOCK so that a FIFO planted at the name cannot hang us.
constexpr int folderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK;

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError(int code)
{
    return PrivateFile::systemError(code);
}

// Whether openat(dirFd, name, folderFlags) failed on a symbolic link: Linux says ELOOP, or ENOTDIR when
// O_DIRECTORY is given too.
bool failedOnLink(int dirFd, const char *name, int code)
{
    struct stat st;
    return code == ELOOP ||
           (code == ENOTDIR && ::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode));
}

// Creates each missing part of path 0700 (exactly: the umask may take bits away). Existing parts, links
// included, are the user's own path and are used as they are.
bool makePath(const QByteArray &path, int *code)
{
    for (qsizetype slash = path.indexOf('/', 1);; slash = path.indexOf('/', slash + 1)) {
        const QByteArray part = slash < 0 ? path : path.first(slash);
        if (!part.isEmpty() && !part.endsWith('/') && ::mkdir(part.constData(), folderMode) == 0) {
            Fd created(::open(part.constData(), folderFlags));
            if (created.fd < 0 || ::fchmod(created.fd, folderMode) != 0) {
                *code = errno;
                return false;
            }
        } else if (!part.isEmpty() && !part.endsWith('/') && errno != EEXIST) {
            // Some systems say EACCES or EROFS for a folder that exists where one may not create.
            const int saved = errno;
            struct stat st;
            if (::stat(part.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
                *code = saved;
                return false;
            }
        }
        if (slash < 0)
            return true;
    }
}

// The names in the open folder dirFd, "." and ".." left out.
bool listNames(int dirFd, QList<QByteArray> *names)
{
    const int copy = ::fcntl(dirFd, F_DUPFD_CLOEXEC, 0); // closedir() closes it
    DIR *dir = copy >= 0 ? ::fdopendir(copy) : nullptr;
    if (!dir) {
        if (copy >= 0)
            ::close(copy);
        return false;
    }
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names->append(name);
    }
    ::closedir(dir);
    return true;
}

// Removes name in the open folder dirFd and, for a folder, everything below it. A folder is opened with
// O_NOFOLLOW, so a link (even one swapped in meanwhile) is never entered: it is unlinked itself.
bool removeEntry(int dirFd, const QByteArray &name, const QString &shown, QString *error)
{
    Fd sub(::openat(dirFd, name.constData(), folderFlags));
    if (sub.fd < 0) {
        if (errno == ENOENT)
            return true;
        if (errno != ENOTDIR && errno != ELOOP) {
            const int code = errno; // before tr() can change it
            *error = OutputFolder::tr("cannot remove %1: %2").arg(display(shown), systemError(code));
            return false;
        }
        if (::unlinkat(dirFd, name.constData(), 0) != 0 && errno != ENOENT) {
            const int code = errno;
            *error = OutputFolder::tr("cannot remove %1: %2").arg(display(shown), systemError(code));
            return false;
        }
        return true;
    }
    // Names first, removal after: the listing is not disturbed by what is removed meanwhile.
    QList<QByteArray> children;
    if (!listNames(sub.fd, &children)) {
        const int code = errno;
        *error = OutputFolder::tr("cannot remove %1: %2").arg(display(shown), systemError(code));
        return false;
    }
    for (const QByteArray &child : std::as_const(children))
        if (!removeEntry(sub.fd, child, shown + QLatin1Char('/') + QFile::decodeName(child), error))
            return false;
    if (::unlinkat(dirFd, name.constData(), AT_REMOVEDIR) != 0 && errno != ENOENT) {
        const int code = errno;
        *error = OutputFolder::tr("cannot remove %1: %2").arg(display(shown), systemError(code));
        return false;
    }
    return true;
}

// Adds what is below the open folder dirFd to tree, under prefix.
bool readEntries(int dirFd, const QString &prefix, qint64 maxFileBytes, OutputFolder::Tree *tree, int *code)
{
    QList<QByteArray> names;
    if (!listNames(dirFd, &names)) {
        *code = errno;
        return false;
    }
    for (const QByteArray &name : std::as_const(names)) {
        const QString path = prefix + QFile::decodeName(name);
        struct stat st;
        if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            *code = errno;
            return false;
        }
        OutputFolder::TreeEntry entry;
        entry.mode = int(st.st_mode & 07777);
        entry.links = qint64(st.st_nlink);
        entry.size = qint64(st.st_size);
        if (S_ISDIR(st.st_mode)) {
            entry.kind = OutputFolder::Kind::Directory;
            Fd sub(::openat(dirFd, name.constData(), folderFlags));
            if (sub.fd < 0 || !readEntries(sub.fd, path + QLatin1Char('/'), maxFileBytes, tree, code)) {
                if (sub.fd < 0)
                    *code = errno;
                return false;
            }
        } else if (S_ISREG(st.st_mode)) {
            entry.kind = OutputFolder::Kind::File;
            entry.complete = entry.size <= maxFileBytes;
            if (entry.complete) {
                // Read through the same check: a file swapped for a link or FIFO meanwhile is not opened.
                Fd file(::openat(dirFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
                struct stat opened;
                if (file.fd < 0 || ::fstat(file.fd, &opened) != 0) {
                    *code = errno;
                    return false;
                }
                entry.size = qint64(opened.st_size);
                entry.complete = S_ISREG(opened.st_mode) && entry.size <= maxFileBytes;
                if (entry.complete) {
                    entry.content.resize(entry.size);
                    qsizetype done = 0;
                    while (done < entry.content.size()) {
                        const ssize_t n =
                            ::read(file.fd, entry.content.data() + done, size_t(entry.content.size() - done));
                        if (n < 0 && errno == EINTR)
                            continue;
                        if (n <= 0)
                            break;
                        done += n;
                    }
                    entry.content.truncate(done);
                }
            }
        } else {
            entry.kind = S_ISLNK(st.st_mode) ? OutputFolder::Kind::SymLink : OutputFolder::Kind::Other;
        }
        tree->insert(path, entry);
    }
    return true;
}

} // namespace

OutputFolder::OutputFolder(const OutputFolder &other)
    : m_path(other.m_path), m_fd(other.m_fd >= 0 ? ::fcntl(other.m_fd, F_DUPFD_CLOEXEC, 0) : -1)
{
}

OutputFolder &OutputFolder::operator=(const OutputFolder &other)
{
    if (this != &other) {
        OutputFolder copy(other);
        std::swap(m_path, copy.m_path);
        std::swap(m_fd, copy.m_fd);
    }
    return *this;
}

OutputFolder::~OutputFolder()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString OutputFolder::symlinkRefused(const QString &path)
{
    return tr("%1 is a symbolic link; remove it (p2pvpn never writes through or removes what a link points "
              "to)")
        .arg(display(path));
}

bool OutputFolder::open(const QString &path, QString *error)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_path = path;
    const QByteArray name = QFile::encodeName(path);
    if (name.isEmpty()) {
        *error = tr("no output folder given");
        return false;
    }
    if (int code = 0; !makePath(name, &code)) {
        *error = tr("cannot create the output folder %1: %2").arg(display(path), systemError(code));
        return false;
    }
    // The final part may be the user's own link to the folder; everything below it is reached from here.
    Fd fd(::open(name.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK));
    struct stat st;
    if (fd.fd < 0 || ::fstat(fd.fd, &st) != 0) {
        const int code = errno;
        *error = tr("cannot open the output folder %1: %2").arg(display(path), systemError(code));
        return false;
    }
    if (st.st_uid != ::geteuid()) {
        *error =
            tr("refusing the output folder %1: it belongs to another user (uid %2), who could change what "
               "is written there before it is used; choose a folder of your own")
                .arg(display(path))
                .arg(st.st_uid);
        return false;
    }
    if (st.st_mode & (S_IWGRP | S_IWOTH)) {
        *error = tr("refusing the output folder %1: other users may write to it (mode %2), so they could "
                    "change what is written there before it is used; make it private (chmod go-w %1) or "
                    "choose another folder")
                     .arg(display(path))
                     .arg(QString::number(st.st_mode & 07777, 8));
        return false;
    }
    m_fd = fd.release();
    return true;
}

QString OutputFolder::filePath(const QString &relative) const
{
    return QDir(m_path).filePath(relative);
}

int OutputFolder::openParent(const QString &relative, QByteArray *leaf, QString *error) const
{
    QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (m_fd < 0 || parts.isEmpty()) {
        *error = tr("cannot use %1: %2").arg(display(filePath(relative)), systemError(EBADF));
        return -1;
    }
    // Below the folder only: "." and ".." would lead out of it, or remove the folder itself.
    if (parts.contains(QLatin1String(".")) || parts.contains(QLatin1String(".."))) {
        *error =
            tr("refusing %1: not a plain path inside the output folder").arg(display(filePath(relative)));
        return -1;
    }
    *leaf = QFile::encodeName(parts.takeLast());
    Fd dir(::fcntl(m_fd, F_DUPFD_CLOEXEC, 0));
    QString walked = m_path;
    for (const QString &part : std::as_const(parts)) {
        walked = QDir(walked).filePath(part);
        Fd next(::openat(dir.fd, QFile::encodeName(part).constData(), folderFlags));
        if (next.fd < 0) {
            const int code = errno;
            *error = failedOnLink(dir.fd, QFile::encodeName(part).constData(), code)
                         ? symlinkRefused(walked)
                         : tr("cannot use %1: %2").arg(display(walked), systemError(code));
            return -1;
        }
        std::swap(dir.fd, next.fd);
    }
    return dir.release();
}

OutputFolder::Kind OutputFolder::kind(const QString &relative) const
{
    QByteArray leaf;
    QString ignored;
    Fd parent(openParent(relative, &leaf, &ignored));
    struct stat st;
    if (parent.fd < 0 || ::fstatat(parent.fd, leaf.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return Kind::Missing;
    if (S_ISLNK(st.st_mode))
        return Kind::SymLink;
    if (S_ISDIR(st.st_mode))
        return Kind::Directory;
    return S_ISREG(st.st_mode) ? Kind::File : Kind::Other;
}

bool OutputFolder::removeTree(const QString &relative, QString *error) const
{
    QByteArray leaf;
    Fd parent(openParent(relative, &leaf, error));
    return parent.fd >= 0 && removeEntry(parent.fd, leaf, filePath(relative), error);
}

bool OutputFolder::removeFile(const QString &relative, QString *error) const
{
    QByteArray leaf;
    Fd parent(openParent(relative, &leaf, error));
    if (parent.fd < 0)
        return false;
    if (::unlinkat(parent.fd, leaf.constData(), 0) != 0 && errno != ENOENT) {
        const int code = errno;
        *error = tr("cannot remove %1: %2").arg(display(filePath(relative)), systemError(code));
        return false;
    }
    return true;
}

void OutputFolder::removeEmptyFolder(const QString &relative) const
{
    QByteArray leaf;
    QString ignored;
    Fd parent(openParent(relative, &leaf, &ignored));
    if (parent.fd >= 0)
        ::unlinkat(parent.fd, leaf.constData(), AT_REMOVEDIR); // fails, harmlessly, unless it is empty
}

bool OutputFolder::rename(const QString &from, const QString &to, QString *error) const
{
    QByteArray fromLeaf, toLeaf;
    Fd fromParent(openParent(from, &fromLeaf, error));
    if (fromParent.fd < 0)
        return false;
    Fd toParent(openParent(to, &toLeaf, error));
    if (toParent.fd < 0)
        return false;
    if (::renameat(fromParent.fd, fromLeaf.constData(), toParent.fd, toLeaf.constData()) != 0) {
        const int code = errno;
        *error = tr("cannot rename %1 to %2: %3")
                     .arg(display(filePath(from)), display(filePath(to)), systemError(code));
        return false;
    }
    return true;
}

bool OutputFolder::readTree(const QString &relative, qint64 maxFileBytes, Tree *tree, QString *error) const
{
    QByteArray leaf;
    Fd parent(openParent(relative, &leaf, error));
    if (parent.fd < 0)
        return false;
    Fd dir(::openat(parent.fd, leaf.constData(), folderFlags));
    int code = dir.fd < 0 ? errno : 0;
    if (dir.fd >= 0 && readEntries(dir.fd, QString(), maxFileBytes, tree, &code))
        return true;
    *error = dir.fd < 0 && failedOnLink(parent.fd, leaf.constData(), code)
                 ? symlinkRefused(filePath(relative))
                 : tr("cannot read %1: %2").arg(display(filePath(relative)), systemError(code));
    return false;
}

bool OutputFolder::link(const QString &from, const QString &to, QString *error) const
{
    QByteArray fromLeaf, toLeaf;
    Fd fromParent(openParent(from, &fromLeaf, error));
    if (fromParent.fd < 0)
        return false;
    Fd toParent(openParent(to, &toLeaf, error));
    if (toParent.fd < 0)
        return false;
    if (::linkat(fromParent.fd, fromLeaf.constData(), toParent.fd, toLeaf.constData(), 0) != 0) {
        const int code = errno;
        *error = tr("cannot link %1 to %2: %3")
                     .arg(display(filePath(from)), display(filePath(to)), systemError(code));
        return false;
    }
    return true;
}

bool OutputFolder::makeDirectory(const QString &relative, QString *error) const
{
    QString walked;
    for (const QString &part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        walked = walked.isEmpty() ? part : walked + QLatin1Char('/') + part;
        QByteArray leaf;
        Fd parent(openParent(walked, &leaf, error));
        if (parent.fd < 0)
            return false;
        const bool created = ::mkdirat(parent.fd, leaf.constData(), folderMode) == 0;
        if (!created && errno != EEXIST) {
            const int code = errno;
            *error = tr("cannot create %1: %2").arg(display(filePath(walked)), systemError(code));
            return false;
        }
        Fd dir(::openat(parent.fd, leaf.constData(), folderFlags));
        if (dir.fd < 0) {
            const int code = errno;
            *error = failedOnLink(parent.fd, leaf.constData(), code)
                         ? symlinkRefused(filePath(walked))
                         : tr("cannot create %1: %2").arg(display(filePath(walked)), systemError(code));
            return false;
        }
        // Exactly 0700 whatever the umask; an existing folder is left as its owner set it.
        if (created && ::fchmod(dir.fd, folderMode) != 0) {
            const int code = errno;
            *error = tr("cannot create %1: %2").arg(display(filePath(walked)), systemError(code));
            return false;
        }
    }
    return true;
}

int OutputFolder::openFile(const QString &relative, int flags, int mode, QString *error) const
{
    QByteArray leaf;
    Fd parent(openParent(relative, &leaf, error));
    if (parent.fd < 0)
        return -1;
    Fd fd(::openat(parent.fd, leaf.constData(), flags | O_NOFOLLOW | O_CLOEXEC, mode_t(mode)));
    if (fd.fd < 0) {
        const int code = errno;
        *error = code == ELOOP ? symlinkRefused(filePath(relative))
                               : tr("cannot open %1: %2").arg(display(filePath(relative)), systemError(code));
        return -1;
    }
    // Created with mode, less the umask's bits: put back exactly mode before anything is written.
    if ((flags & O_CREAT) && ::fchmod(fd.fd, mode_t(mode)) != 0) {
        const int code = errno;
        *error = tr("cannot open %1: %2").arg(display(filePath(relative)), systemError(code));
        return -1;
    }
    return fd.release();
}

bool OutputFolder::writeNewFile(const QString &relative, const QByteArray &data, int mode,
                                QString *error) const
{
    Fd fd(openFile(relative, O_WRONLY | O_CREAT | O_EXCL, mode, error));
    if (fd.fd < 0)
        return false;
    if (!writeAll(fd.fd, data) || ::close(fd.release()) != 0) {
        const int code = errno;
        *error = tr("cannot write %1: %2").arg(display(filePath(relative)), systemError(code));
        return false;
    }
    return true;
}

} // namespace p2pvpn
