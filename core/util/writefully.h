#pragma once

// writeFully: writes all of a buffer to a file opened Unbuffered, so that a write failing part way
// (a full disk) sets the system's reason ("No space left on device") as the file's errorString().

#include <QByteArray>
#include <QFileDevice>

namespace p2pvpn {

inline bool writeFully(QFileDevice &file, const QByteArray &data)
{
    // Qt reports a short write as success without a reason; writing the rest then fails with errno.
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace p2pvpn
