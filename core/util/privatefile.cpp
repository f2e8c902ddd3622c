#include "util/privatefile.h"

#include "util/posixfd.h"

#include <QDir>
#include <QFile>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace p2pvpn {

namespace {

constexpr mode_t directoryMode = PrivateFile::directoryMode;
constexpr mode_t fileMode = PrivateFile::fileMode;
const QString tempMarker = QStringLiteral(".tmp-");

QString cannotWrite(const QString &path, const QString &what)
{
    return PrivateFile::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), what);
}

} // namespace

QString PrivateFile::systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

bool PrivateFile::isLeftover(const QString &fileName)
{
    return fileName.startsWith(QLatin1Char('.')) && fileName.contains(tempMarker);
}

bool PrivateFile::makeDirectory(const QString &path, QString *why)
{
    const QByteArray dir = QFile::encodeName(path);
    auto failed = [&](const QString &what) {
        if (why)
            *why = what;
        return false;
    };
    if (dir.isEmpty())
        return failed(tr("no directory given"));
    // Created 0700 from the start; the umask can only take bits away, which the chmod below puts back.
    if (::mkdir(dir.constData(), directoryMode) != 0 && errno != EEXIST)
        return failed(tr("cannot create the directory: %1").arg(systemError(errno)));
    struct stat st;
    if (::stat(dir.constData(), &st) != 0)
        return failed(systemError(errno));
    if (!S_ISDIR(st.st_mode))
        return failed(tr("not a directory"));
    // Exactly 0700: an existing folder someone opened up is closed again.
    if ((st.st_mode & 07777) != directoryMode && ::chmod(dir.constData(), directoryMode) != 0)
        return failed(tr("cannot restrict the permissions to 0700: %1").arg(systemError(errno)));
    return true;
}

bool PrivateFile::read(const QString &path, QByteArray *data, bool *exists, QString *error, qint64 maxSize)
{
    auto failed = [&](const QString &what) {
        if (error)
            *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), what);
        return false;
    };
    Fd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (fd.fd < 0) {
        if (errno == ENOENT) {
            *exists = false;
            return true;
        }
        return failed(systemError(errno));
    }
    *exists = true;
    struct stat st;
    if (::fstat(fd.fd, &st) != 0)
        return failed(systemError(errno));
    if (!S_ISREG(st.st_mode))
        return failed(tr("not a regular file"));
    if (st.st_size > maxSize)
        return failed(tr("too large (%1 bytes, at most %2)").arg(qint64(st.st_size)).arg(maxSize));
    // A file copied without its modes is closed again before its contents are used.
    if ((st.st_mode & 07777) != fileMode && ::fchmod(fd.fd, fileMode) != 0)
        return failed(tr("cannot restrict the permissions to 0600: %1").arg(systemError(errno)));
    data->resize(qsizetype(st.st_size));
    qsizetype done = 0;
    while (done < data->size()) {
        const ssize_t n = ::read(fd.fd, data->data() + done, size_t(data->size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failed(systemError(errno));
        if (n == 0)
            break;
        done += n;
    }
    data->truncate(done);
    return true;
}

bool PrivateFile::write(const QString &path, const QByteArray &data, QString *error)
{
    auto failed = [&](const QString &what) {
        if (error)
            *error = cannotWrite(path, what);
        return false;
    };
    // Written under a temporary name and renamed over the old file, so a reader never sees half a key.
    static std::atomic<quint64> counter{0};
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString tempPath = path.first(slash + 1) + QLatin1Char('.') + path.sliced(slash + 1) + tempMarker +
                             QString::number(::getpid()) + QLatin1Char('-') +
                             QString::number(counter.fetch_add(1));
    const QByteArray tempName = QFile::encodeName(tempPath);
    Fd fd(::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, fileMode));
    if (fd.fd < 0)
        return failed(systemError(errno));
    auto abandon = [&](const QString &what) {
        const int saved = errno;
        ::close(fd.release());
        ::unlink(tempName.constData());
        errno = saved;
        return failed(what);
    };
    // Created 0600 (the umask can only remove bits); restore exactly 0600 before any byte is written.
    if (::fchmod(fd.fd, fileMode) != 0)
        return abandon(systemError(errno));
    if (!writeAll(fd.fd, data))
        return abandon(systemError(errno));
    if (::close(fd.release()) != 0) {
        const int saved = errno;
        ::unlink(tempName.constData());
        return failed(systemError(saved));
    }
    if (::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int saved = errno;
        ::unlink(tempName.constData());
        return failed(systemError(saved));
    }
    return true;
}

bool PrivateFile::remove(const QString &path, QString *error)
{
    if (::unlink(QFile::encodeName(path).constData()) == 0 || errno == ENOENT)
        return true;
    if (error)
        *error = tr("cannot remove %1: %2").arg(QDir::toNativeSeparators(path), systemError(errno));
    return false;
}

bool PrivateFile::syncFileSystem(const QString &directory, QString *why)
{
    Fd fd(::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    // One syncfs() flushes every file written since the last sync, and the renames in the directory.
    if (fd.fd < 0 || ::syncfs(fd.fd) != 0) {
        if (why)
            *why = systemError(errno);
        return false;
    }
    return true;
}

bool PrivateAppender::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    // Created 0600 from the start (see PrivateFile::write); an existing file is closed to 0600 again.
    m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
                  fileMode);
    if (m_fd < 0 || ::fchmod(m_fd, fileMode) != 0) {
        const int code = errno;
        close();
        if (error)
            *error = cannotWrite(path, PrivateFile::systemError(code));
        return false;
    }
    return true;
}

bool PrivateAppender::append(const QByteArray &data, QString *error, const QByteArray &firstRecordPrefix)
{
    if (m_fd < 0) {
        if (error)
            *error = cannotWrite(m_path, PrivateFile::systemError(EBADF));
        return false;
    }
    const off_t before = ::lseek(m_fd, 0, SEEK_END);
    const QByteArray record = (before == 0 ? firstRecordPrefix : QByteArray()) + data;
    if (!writeAll(m_fd, record)) {
        // Leave no half record behind (it would make the whole file unreadable).
        const int code = errno;
        if (before >= 0 && ::ftruncate(m_fd, before) != 0)
            close();
        if (error)
            *error = cannotWrite(m_path, PrivateFile::systemError(code));
        return false;
    }
    return true;
}

void PrivateAppender::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace p2pvpn
