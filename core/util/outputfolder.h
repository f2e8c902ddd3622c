#pragma once

// OutputFolder: a folder the tool writes generated files into (bundle folders, zips, an Ansible project),
// opened once and then worked in relative to that open folder. Nothing below it is ever reached through a
// symbolic link: removals delete a link itself, never what it points to; writes, renames and new folders
// refuse a link in any part of their path. A folder that other users may change is refused, since they
// could plant such links, or change the bundles before they are deployed, for the owner's (or root's) run.

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace p2pvpn {

class OutputFolder
{
    Q_DECLARE_TR_FUNCTIONS(OutputFolder)
public:
    enum class Kind
    {
        Missing,
        Directory,
        File, // a regular file
        SymLink,
        Other, // a FIFO, socket, device...
    };

    // One thing below a folder, as readTree() found it.
    struct TreeEntry
    {
        Kind kind = Kind::Missing;
        int mode = 0;         // permission bits
        qint64 links = 0;     // hard links to a file
        qint64 size = 0;      // of a file
        QByteArray content;   // of a file no larger than readTree()'s limit
        bool complete = true; // false for a file larger than the limit: content not read
    };
    using Tree = QHash<QString, TreeEntry>;

    OutputFolder() = default;
    OutputFolder(const OutputFolder &other); // shares the same open folder (a duplicated descriptor)
    OutputFolder &operator=(const OutputFolder &other);
    ~OutputFolder();

    // Creates the folder, and any missing parent, 0700 whatever the umask; or opens an existing one (the
    // user's own symlink to it is followed), which must be owned by this (effective) user and must not be
    // writable by group or others. *error names the folder, the reason and the fix.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_fd >= 0; }
    // The folder as given, and the path of something in it, for messages and for reading by name.
    QString path() const { return m_path; }
    QString filePath(const QString &relative) const;
    int descriptor() const { return m_fd; }

    // What is at relative, without following a final link (as lstat does).
    Kind kind(const QString &relative) const;
    // Removes relative and everything below it; a symbolic link, at any depth, is removed itself, never
    // what it points to. Nothing there is no error.
    bool removeTree(const QString &relative, QString *error) const;
    // Removes one file (or link); nothing there is no error.
    bool removeFile(const QString &relative, QString *error) const;
    // Removes a folder if it is empty; one that holds anything, or is missing, is left as it is.
    void removeEmptyFolder(const QString &relative) const;
    // Renames within the folder; a link at either name is renamed or replaced itself, never followed.
    bool rename(const QString &from, const QString &to, QString *error) const;
    // Creates relative and its missing parents, each exactly 0700; an existing part must be a real folder.
    bool makeDirectory(const QString &relative, QString *error) const;
    // Opens a file below the folder, following no link in any part of the path (O_NOFOLLOW and O_CLOEXEC
    // are added to flags). A file it creates gets exactly mode. -1, with *error, on failure.
    int openFile(const QString &relative, int flags, int mode, QString *error) const;
    // Creates a new file (never replacing anything) with exactly mode and writes data to it.
    bool writeNewFile(const QString &relative, const QByteArray &data, int mode, QString *error) const;

    // Everything below the folder relative, keyed by its path from there ("openvpn/a.conf"): folders, files
    // (read whole when at most maxFileBytes) and, never entered or read, links and others. Nothing is
    // followed or blocked on; relative itself must be a real folder.
    bool readTree(const QString &relative, qint64 maxFileBytes, Tree *tree, QString *error) const;
    // Makes to a second name of the file from (a hard link), so that it keeps its bytes and times; a link at
    // from is linked itself, never followed.
    bool link(const QString &from, const QString &to, QString *error) const;

    // The message for a symbolic link found where the tool writes or removes.
    static QString symlinkRefused(const QString &path);

private:
    // The folder that holds relative's last part, opened without following links, and that part's name.
    int openParent(const QString &relative, QByteArray *leaf, QString *error) const;

    QString m_path;
    int m_fd = -1;
};

} // namespace p2pvpn
