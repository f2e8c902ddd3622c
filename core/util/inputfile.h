#pragma once

// InputFile: reads a file the user named (a project, an old tool's cache.txt, saved cloud JSON). Follows the
// user's symlink, but refuses anything that is not a regular file before reading a byte (a FIFO would hang,
// /dev/zero would never end) and any file larger than the caller's limit, naming the file and the reason.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace p2pvpn {

class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
public:
    // `what` names the kind of file in messages ("mesh file"); maxSize in bytes. Qt resource paths (":/...")
    // are read as they are.
    static bool read(const QString &path, qint64 maxSize, const QString &what, QByteArray *data,
                     QString *error);
    // "256 MiB", "16 KiB": for the limits in messages.
    static QString sizeText(qint64 bytes);
};

} // namespace p2pvpn
