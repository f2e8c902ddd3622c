#include "recoverystore.h"

#include "model/projectfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace p2pvpn {

namespace {

const QLatin1String originSuffix(".origin"); // sidecar: the original document's path
const QLatin1String lockSuffix(".lock");
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A lock that is only stale when its process is gone, however old it is.
std::unique_ptr<QLockFile> lockFor(const QString &file)
{
    auto lock = std::make_unique<QLockFile>(file + lockSuffix);
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory) : m_dir(directory) {}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/recovery");
}

QString RecoveryStore::fileFor(const QString &originalPath) const
{
    // One copy per document: a second designer on the same file finds the copy locked.
    const QString name =
        originalPath.isEmpty()
            ? QStringLiteral("untitled-%1").arg(QCoreApplication::applicationPid())
            : QString::fromLatin1(QCryptographicHash::hash(originalPath.toUtf8(), QCryptographicHash::Sha256)
                                      .toHex()
                                      .left(24));
    return m_dir + QLatin1Char('/') + name + QLatin1String(ProjectFile::extension);
}

bool RecoveryStore::write(const Mesh &mesh, const QString &originalPath, QString *error)
{
    const QString file = fileFor(originalPath);
    if (file != m_file) {
        remove();
        if (!QDir().mkpath(m_dir)) {
            *error = tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(m_dir));
            return false;
        }
        QFile::setPermissions(m_dir, ownerOnly | QFileDevice::ExeOwner);
        auto lock = lockFor(file);
        if (!lock->tryLock(0)) {
            *error = tr("%1: in use by another designer").arg(QDir::toNativeSeparators(file));
            return false;
        }
        m_lock = std::move(lock);
        m_file = file;
    }
    QSaveFile origin(m_file + originSuffix);
    if (!origin.open(QIODevice::WriteOnly) || origin.write(originalPath.toUtf8()) < 0 || !origin.commit()) {
        *error =
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(origin.fileName()), origin.errorString());
        return false;
    }
    QFile::setPermissions(origin.fileName(), ownerOnly);
    if (!ProjectFile::save(m_file, mesh, error))
        return false;
    QFile::setPermissions(m_file, ownerOnly);
    return true;
}

void RecoveryStore::remove()
{
    if (m_file.isEmpty())
        return;
    QFile::remove(m_file);
    QFile::remove(m_file + originSuffix);
    m_lock.reset(); // unlocks and deletes the lock file
    m_file.clear();
}

QList<RecoveryStore::Entry> RecoveryStore::orphans() const
{
    QList<Entry> entries;
    const QString pattern = QLatin1Char('*') + QLatin1String(ProjectFile::extension);
    const QFileInfoList files = QDir(m_dir).entryInfoList({pattern}, QDir::Files);
    for (const QFileInfo &info : files) {
        const QString file = info.absoluteFilePath();
        if (!lockFor(file)->tryLock(0))
            continue; // its designer is still running (this one included)
        Entry entry{file, QString(), info.lastModified()};
        QFile origin(file + originSuffix);
        if (origin.open(QIODevice::ReadOnly))
            entry.originalPath = QString::fromUtf8(origin.readAll());
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

void RecoveryStore::discard(const Entry &entry)
{
    QFile::remove(entry.file);
    QFile::remove(entry.file + originSuffix);
}

void RecoveryStore::setAside(const Entry &entry)
{
    const QString bad = entry.file + QLatin1String(".bad");
    QFile::remove(bad);
    QFile::remove(bad + originSuffix);
    QFile::rename(entry.file, bad);
    QFile::rename(entry.file + originSuffix, bad + originSuffix);
}

} // namespace p2pvpn
