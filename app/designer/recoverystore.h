#pragma once

// RecoveryStore: crash-recovery copies of unsaved documents. A running designer keeps at most one
// copy and holds a lock beside it; copies whose designer is gone (crashed) are the orphans offered
// at the next start.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace p2pvpn {

struct Mesh;

class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)
public:
    struct Entry
    {
        QString file;         // the copy (a .p2pmesh file)
        QString originalPath; // the document it belongs to; empty for an untitled one
        QDateTime savedAt;
    };

    explicit RecoveryStore(const QString &directory = defaultDirectory());
    ~RecoveryStore(); // releases the lock but keeps the copy: only a clean exit removes it
    static QString defaultDirectory();

    // Writes (replaces) this designer's copy of `mesh`, the document at `originalPath`.
    bool write(const Mesh &mesh, const QString &originalPath, QString *error);
    void remove(); // this designer's copy, if any
    QString currentFile() const { return m_file; }

    // Copies left by designers that are no longer running, newest first.
    QList<Entry> orphans() const;
    static void discard(const Entry &entry);
    static void setAside(const Entry &entry); // keeps an unreadable copy as <file>.bad for inspection

private:
    QString fileFor(const QString &originalPath) const;

    QString m_dir;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace p2pvpn
