// SshSession::upload: a local folder to a fresh remote one over SFTP, modes kept, never following a link.

#include "deploy/sshsession.h"

#include <QDir>
#include <QFile>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>
#include <sys/stat.h>

namespace p2pvpn {

namespace {

constexpr int sftpChunkSize = 32 * 1024; // below every SFTP server's packet limit

QString describeSftpError(int code)
{
    switch (code) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return SshSession::tr("no such file or directory");
    case SSH_FX_PERMISSION_DENIED:
        return SshSession::tr("permission denied");
    case SSH_FX_FILE_ALREADY_EXISTS:
        return SshSession::tr("already exists");
    case SSH_FX_WRITE_PROTECT:
        return SshSession::tr("read-only file system");
    case SSH_FX_NO_MEDIA:
        return SshSession::tr("no media");
    default:
        return SshSession::tr("SFTP error %1").arg(code);
    }
}

} // namespace

bool SshSession::upload(const QString &localDir, const QString &remoteDir, const Progress &progress)
{
    if (!m_session || m_error == Error::ConnectionLost)
        return fail(Error::ConnectionLost, tr("not connected to %1").arg(target()));
    if (m_cancelled.load())
        return fail(Error::Cancelled, tr("cancelled"));

    // List everything first: the total drives the progress, and a bad entry fails before any byte moves.
    struct Item
    {
        QString local;
        QString relative;
        bool directory;
        mode_t mode;
        qint64 size;
    };
    QList<Item> items;
    qint64 total = 0;
    struct stat top;
    if (::stat(QFile::encodeName(localDir).constData(), &top) != 0 || !S_ISDIR(top.st_mode))
        return fail(Error::Local, tr("the directory %1 does not exist").arg(localDir));
    QList<QString> pending{QString()};
    while (!pending.isEmpty()) {
        const QString relative = pending.takeFirst();
        const QDir dir(relative.isEmpty() ? localDir : localDir + QLatin1Char('/') + relative);
        if (!dir.exists())
            return fail(Error::Local, tr("the directory %1 does not exist").arg(dir.path()));
        const QStringList names =
            dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        for (const QString &name : names) {
            const QString rel = relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
            const QString local = dir.filePath(name);
            struct stat st;
            if (::lstat(QFile::encodeName(local).constData(), &st) != 0)
                return fail(Error::Local,
                            tr("cannot read %1: %2").arg(local, QString::fromLocal8Bit(strerror(errno))));
            if (S_ISDIR(st.st_mode)) {
                items.append({local, rel, true, mode_t(st.st_mode & 07777), 0});
                pending.append(rel);
            } else if (S_ISREG(st.st_mode)) {
                items.append({local, rel, false, mode_t(st.st_mode & 07777), qint64(st.st_size)});
                total += st.st_size;
            } else {
                return fail(
                    Error::Local,
                    tr("%1 is not a regular file or directory; a bundle holds only those").arg(local));
            }
        }
    }

    sftp_session sftp = sftp_new(m_session);
    if (!sftp)
        return failFromSession(tr("starting SFTP"));
    struct SftpGuard
    {
        sftp_session s;
        ~SftpGuard() { sftp_free(s); }
    } sftpGuard{sftp};
    if (sftp_init(sftp) != SSH_OK)
        return failFromSession(tr("starting SFTP"));

    auto sftpFail = [&](const QString &what, const QString &path) {
        if (m_cancelled.load() || !ssh_is_connected(m_session))
            return failFromSession(what.arg(path));
        return fail(
            Error::Remote,
            tr("%1 on %2: %3").arg(what.arg(path), target(), describeSftpError(sftp_get_error(sftp))));
    };

    // mkdir fails on anything that exists, a planted symlink included.
    if (sftp_mkdir(sftp, remoteDir.toUtf8().constData(), 0700) != SSH_OK)
        return sftpFail(tr("creating the directory %1"), remoteDir);
    qint64 done = 0;
    if (progress)
        progress(0, total);
    char buffer[sftpChunkSize];
    for (const Item &item : items) {
        if (m_cancelled.load())
            return fail(Error::Cancelled, tr("cancelled"));
        const QString remote = remoteDir + QLatin1Char('/') + item.relative;
        const QByteArray remotePath = remote.toUtf8();
        if (item.directory) {
            // Stays writable until its files are in; its own mode is set at the end.
            if (sftp_mkdir(sftp, remotePath.constData(), 0700) != SSH_OK)
                return sftpFail(tr("creating the directory %1"), remote);
            continue;
        }
        {
            QFile file(item.local);
            if (!file.open(QIODevice::ReadOnly))
                return fail(Error::Local, tr("cannot read %1: %2").arg(item.local, file.errorString()));
            // Created private, opened to its mode only once complete.
            sftp_file out = sftp_open(sftp, remotePath.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
            if (!out)
                return sftpFail(tr("creating %1"), remote);
            for (;;) {
                const qint64 n = file.read(buffer, sizeof buffer);
                if (n < 0) {
                    sftp_close(out);
                    return fail(Error::Local, tr("cannot read %1: %2").arg(item.local, file.errorString()));
                }
                if (n == 0)
                    break;
                if (m_cancelled.load() || sftp_write(out, buffer, size_t(n)) != n) {
                    sftp_close(out);
                    return sftpFail(tr("writing %1"), remote);
                }
                done += n;
                if (progress)
                    progress(done, total);
            }
            if (sftp_close(out) != SSH_OK)
                return sftpFail(tr("writing %1"), remote);
        }
        // Created 0600 (one round trip less for private files, which bundles mostly hold).
        if (item.mode != 0600 && sftp_chmod(sftp, remotePath.constData(), item.mode) != SSH_OK)
            return sftpFail(tr("setting the mode of %1"), remote);
    }
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        if (!it->directory || it->mode == 0700)
            continue;
        const QString remote = remoteDir + QLatin1Char('/') + it->relative;
        if (sftp_chmod(sftp, remote.toUtf8().constData(), it->mode) != SSH_OK)
            return sftpFail(tr("setting the mode of %1"), remote);
    }
    return true;
}

} // namespace p2pvpn
