#include "deploy/knownhosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace p2pvpn {

namespace {

// Bounds that keep a hostile file from costing much: real lines are below 3 KiB (16384-bit RSA).
constexpr qsizetype maxLineLength = 64 * 1024;
constexpr qint64 maxFileSize = 64 * 1024 * 1024;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// Splits on runs of blanks; stops after maxFields fields (the comment is not needed).
QList<QByteArrayView> fields(QByteArrayView line, int maxFields)
{
    QList<QByteArrayView> out;
    qsizetype i = 0;
    while (i < line.size() && out.size() < maxFields) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        if (i == line.size())
            break;
        qsizetype end = i;
        while (end < line.size() && !isBlank(line[end]))
            ++end;
        out.append(line.sliced(i, end - i));
        i = end;
    }
    return out;
}

bool decodeBase64(QByteArrayView text, QByteArray *out)
{
    if (text.isEmpty())
        return false;
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = std::move(result.decoded);
    return !out->isEmpty();
}

// A key blob starts with its type as an SSH string; it must agree with the type field.
bool blobHasType(const QByteArray &blob, QByteArrayView type)
{
    if (blob.size() < 4)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(blob.constData());
    const quint32 length =
        (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (length > quint32(blob.size() - 4))
        return false;
    return QByteArrayView(blob).sliced(4, qsizetype(length)) == type;
}

// '*' any run, '?' any one character, ASCII case-insensitive. Iterative, O(pattern * name).
bool globMatch(QByteArrayView pattern, QByteArrayView name)
{
    qsizetype p = 0, n = 0, starP = -1, starN = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starN = n;
        } else if (p < pattern.size() && (pattern[p] == '?' || lower(pattern[p]) == lower(name[n]))) {
            ++p;
            ++n;
        } else if (starP >= 0) {
            p = starP + 1;
            n = ++starN;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

bool parseLine(QByteArrayView line, int number, KnownHosts::Entry *entry)
{
    if (line.size() > maxLineLength)
        return false;
    QList<QByteArrayView> f = fields(line, 5);
    if (f.isEmpty() || f.first().startsWith('#'))
        return false;
    if (f.first().startsWith('@')) {
        if (f.first() == "@revoked")
            entry->marker = KnownHosts::Entry::Marker::Revoked;
        else if (f.first() == "@cert-authority")
            entry->marker = KnownHosts::Entry::Marker::CertAuthority;
        else
            return false;
        f.removeFirst();
    }
    if (f.size() < 3)
        return false;
    const QByteArrayView hosts = f[0];
    if (hosts.startsWith("|1|")) {
        const QList<QByteArray> parts = hosts.sliced(3).toByteArray().split('|');
        if (parts.size() != 2 || !decodeBase64(parts[0], &entry->hashSalt) ||
            !decodeBase64(parts[1], &entry->hash))
            return false;
    } else if (hosts.startsWith('|')) {
        return false; // an unknown hashing scheme
    } else {
        entry->patterns = hosts.toByteArray();
    }
    entry->keyType = f[1].toByteArray();
    if (!decodeBase64(f[2], &entry->keyBlob) || !blobHasType(entry->keyBlob, f[1]))
        return false;
    entry->line = number;
    return true;
}

} // namespace

KnownHosts KnownHosts::parse(QByteArrayView data)
{
    KnownHosts hosts;
    qsizetype start = 0;
    int number = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArrayView line = data.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        ++number;
        Entry entry;
        if (parseLine(line, number, &entry))
            hosts.m_entries.append(std::move(entry));
        start = end + 1;
    }
    return hosts;
}

bool KnownHosts::load(const QString &path, KnownHosts *hosts, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        *hosts = KnownHosts();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the known hosts file %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > maxFileSize) {
        *error = tr("the known hosts file %1 is larger than 64 MiB; not reading it").arg(path);
        return false;
    }
    const QByteArray data = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("cannot read the known hosts file %1: %2").arg(path, file.errorString());
        return false;
    }
    *hosts = parse(data);
    return true;
}

QByteArray KnownHosts::hostName(const QString &host, int port)
{
    const QByteArray name = host.toLower().toUtf8();
    if (port == 22)
        return name;
    return '[' + name + "]:" + QByteArray::number(port);
}

QString KnownHosts::fingerprint(const QByteArray &keyBlob)
{
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::OmitTrailingEquals));
}

bool KnownHosts::matchPatternList(QByteArrayView patterns, QByteArrayView name)
{
    bool positive = false;
    qsizetype start = 0;
    while (start <= patterns.size()) {
        qsizetype end = patterns.indexOf(',', start);
        if (end < 0)
            end = patterns.size();
        QByteArrayView pattern = patterns.sliced(start, end - start);
        const bool negated = pattern.startsWith('!');
        if (negated)
            pattern = pattern.sliced(1);
        if (globMatch(pattern, name)) {
            if (negated)
                return false; // a negated match wins over every positive one
            positive = true;
        }
        start = end + 1;
    }
    return positive;
}

bool KnownHosts::names(const Entry &entry, const QByteArray &name) const
{
    if (entry.hashSalt.isEmpty() && entry.hash.isEmpty())
        return matchPatternList(entry.patterns, name);
    return QMessageAuthenticationCode::hash(name, entry.hashSalt, QCryptographicHash::Sha1) == entry.hash;
}

KnownHosts::Lookup KnownHosts::lookup(const QString &host, int port, const QByteArray &keyType,
                                      const QByteArray &keyBlob) const
{
    Q_UNUSED(keyType); // the blob names its own type
    const QByteArray name = hostName(host, port);
    Lookup result;
    const Entry *match = nullptr;
    const Entry *other = nullptr;
    for (const Entry &e : m_entries) {
        if (e.marker == Entry::Marker::CertAuthority || !names(e, name))
            continue;
        if (e.marker == Entry::Marker::Revoked) {
            if (e.keyBlob == keyBlob) {
                result.status = Status::Revoked;
                result.line = e.line;
                return result;
            }
            continue;
        }
        if (e.keyBlob == keyBlob) {
            if (!match)
                match = &e;
        } else if (!other) {
            other = &e;
        }
    }
    if (match) {
        result.status = Status::Match;
        result.line = match->line;
    } else if (other) {
        result.status = Status::Changed;
        result.line = other->line;
        result.knownType = other->keyType;
        result.knownBlob = other->keyBlob;
    }
    return result;
}

QList<QByteArray> KnownHosts::keyTypes(const QString &host, int port) const
{
    const QByteArray name = hostName(host, port);
    QList<QByteArray> types;
    for (const Entry &e : m_entries)
        if (e.marker == Entry::Marker::None && !types.contains(e.keyType) && names(e, name))
            types.append(e.keyType);
    return types;
}

bool KnownHosts::append(const QString &path, const QString &host, int port, const QByteArray &keyType,
                        const QByteArray &keyBlob, QString *error)
{
    // The name goes into a pattern field: a '*', ',' or blank in it would match other hosts.
    const QByteArray name = hostName(host, port);
    for (const char c : host.toUtf8())
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
              c == '-' || c == '_' || c == ':')) {
            *error =
                tr("cannot record a host key for \"%1\": the host name has characters a known hosts file "
                   "cannot hold")
                    .arg(host);
            return false;
        }
    if (host.isEmpty() || !blobHasType(keyBlob, keyType)) {
        *error = tr("cannot record a host key for \"%1\": the key is malformed").arg(host);
        return false;
    }
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            // mkpath() leaves the failed mkdir()'s errno: the system's reason (read-only, permission).
            *error = tr("cannot create the directory %1 for the known hosts file: %2")
                         .arg(info.absolutePath(), QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        QFile::setPermissions(info.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QByteArray line = name + ' ' + keyType + ' ' + keyBlob.toBase64() + '\n';
    {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.size() > 0 && existing.seek(existing.size() - 1) &&
            existing.read(1) != "\n")
            line.prepend('\n');
    }
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = tr("cannot write the known hosts file %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // One write with O_APPEND: concurrent appenders never interleave within a line.
    const ssize_t written = ::write(fd, line.constData(), size_t(line.size()));
    const int writeErrno = errno;
    const bool closed = ::close(fd) == 0;
    if (written != line.size() || !closed) {
        *error = tr("cannot write the known hosts file %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(written < 0 ? writeErrno : EIO)));
        return false;
    }
    return true;
}

} // namespace p2pvpn
