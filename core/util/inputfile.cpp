#include "util/inputfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace p2pvpn {

QString InputFile::sizeText(qint64 bytes)
{
    if (bytes >= (qint64(1) << 20) && bytes % (qint64(1) << 20) == 0)
        return tr("%1 MiB").arg(bytes >> 20);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes >> 10);
    return tr("%1 bytes").arg(bytes);
}

bool InputFile::read(const QString &path, qint64 maxSize, const QString &what, QByteArray *data,
                     QString *error)
{
    // Qt resources (":/examples/...") are built into the program: regular by construction, no file
    // descriptor.
    if (path.startsWith(QLatin1Char(':'))) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly)) {
            *error = tr("cannot open %1: %2").arg(path, resource.errorString());
            return false;
        }
        if (resource.size() > maxSize) {
            *error = tr("%1 is larger than %2; it is not a %3").arg(path, sizeText(maxSize), what);
            return false;
        }
        *data = resource.readAll();
        return true;
    }
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused right after.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        *error = tr("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = S_ISDIR(st.st_mode)
                     ? tr("%1 is a folder, not a %2").arg(path, what)
                     : tr("%1 is not a regular file (a device, pipe or socket), so it is not a %2")
                           .arg(path, what);
        return false;
    }
    if (st.st_size > maxSize) {
        ::close(fd);
        *error = tr("%1 is larger than %2; it is not a %3").arg(path, sizeText(maxSize), what);
        return false;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    // One byte past the limit tells a file that grew while being read.
    *data = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (data->size() > maxSize) {
        *error = tr("%1 is larger than %2; it is not a %3").arg(path, sizeText(maxSize), what);
        return false;
    }
    return true;
}

} // namespace p2pvpn
