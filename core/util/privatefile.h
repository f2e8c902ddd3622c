#pragma once

// PrivateFile: files only their owner may read (0600) in folders only the owner may enter (0700), for key
// material and other secrets. Writes are atomic; reads refuse links, non-regular and oversized files.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace p2pvpn {

class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)
public:
    static constexpr int fileMode = 0600;
    static constexpr int directoryMode = 0700;

    // Creates the folder 0700, or closes an existing one back to exactly 0700. *why gets the reason only
    // (the caller names the folder by what it is for: "key store ...").
    static bool makeDirectory(const QString &path, QString *why);
    // Reads a whole file, closing its permissions back to 0600 first; a missing file gives true with *exists
    // false. Never follows a final symlink.
    static bool read(const QString &path, QByteArray *data, bool *exists, QString *error,
                     qint64 maxSize = 1 << 20);
    // Writes under a temporary name in the same folder (created 0600) and renames it over the old file, so
    // a reader never sees half a file. Does not flush: see syncFileSystem().
    static bool write(const QString &path, const QByteArray &data, QString *error);
    // Removes a file; one that is not there is no error.
    static bool remove(const QString &path, QString *error);
    // One syncfs() for the file system of the folder: every file written and renamed there so far reaches
    // the disk. *why gets the reason only.
    static bool syncFileSystem(const QString &directory, QString *why);
    // Whether a file name is one write() left behind when interrupted (".NAME.tmp-PID-N").
    static bool isLeftover(const QString &fileName);
    // The system's text for an errno value.
    static QString systemError(int code);
};

// A private file open for appending records, each of which lands whole or not at all: many small records
// without rewriting the file each time.
class PrivateAppender
{
public:
    PrivateAppender() = default;
    ~PrivateAppender() { close(); }
    PrivateAppender(const PrivateAppender &) = delete;
    PrivateAppender &operator=(const PrivateAppender &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    // Opens (creating it 0600) the file at path; the folder must exist.
    bool open(const QString &path, QString *error);
    // Appends data, after firstRecordPrefix when the file is still empty. A write that fails part way is
    // cut off again, so the file never holds half a record.
    bool append(const QByteArray &data, QString *error, const QByteArray &firstRecordPrefix = QByteArray());
    void close();

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace p2pvpn
