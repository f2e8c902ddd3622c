#pragma once

// Small helpers over POSIX descriptors, shared by the util files that work with open folders and files.

#include <QByteArray>

#include <cerrno>
#include <unistd.h>

namespace p2pvpn {

// Closes a POSIX descriptor on every path out.
struct Fd
{
    int fd = -1;
    explicit Fd(int f) : fd(f) {}
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int release()
    {
        const int f = fd;
        fd = -1;
        return f;
    }
};

// Writes all of data; false with errno set when a write fails.
inline bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace p2pvpn
