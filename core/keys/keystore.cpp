#include "keys/keystore.h"

#include <QDir>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace p2pvpn {

namespace {

constexpr mode_t directoryMode = 0700;
constexpr mode_t fileMode = 0600;
constexpr qint64 maxTunnelKeysSize = qint64(1) << 30; // ~700 bytes a tunnel
const QString defaultMeshName = QStringLiteral("mesh");
const QString tempMarker = QStringLiteral(".tmp-");

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

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

bool parseId(QStringView text, LanId *id)
{
    bool ok = false;
    *id = text.toInt(&ok);
    return ok && !text.startsWith(u'+') && !text.startsWith(u'-');
}

// What a store file is, from its name: gateway-<id>.key/.crt, a leftover temporary file, or neither.
struct FileKind
{
    enum
    {
        Other,
        Gateway,
        Temporary
    } kind = Other;
    LanId lan = 0;
};

FileKind classify(const QString &name)
{
    FileKind result;
    if (name.startsWith(QLatin1Char('.')) && name.contains(tempMarker)) {
        result.kind = FileKind::Temporary;
    } else if (name.startsWith(QLatin1String("gateway-")) &&
               (name.endsWith(QLatin1String(".key")) || name.endsWith(QLatin1String(".crt")))) {
        if (parseId(QStringView(name).sliced(8, name.size() - 12), &result.lan))
            result.kind = FileKind::Gateway;
    }
    return result;
}

const QByteArray tunnelKeysHeader =
    "# p2pvpn tls-crypt keys: one OpenVPN static key per tunnel, after a \"tunnel A-B\" line (LAN IDs).\n";
const QByteArray staticKeyEndLine = "-----END OpenVPN Static key V1-----";

QByteArray tunnelRecord(const LinkKey &tunnel, const QByteArray &key)
{
    return "tunnel " + QByteArray::number(tunnel.a) + '-' + QByteArray::number(tunnel.b) + '\n' + key;
}

// Reads tunnels.keys; false with *problem (naming the line) when any part of it is not as written.
bool parseTunnelKeys(const QByteArray &data, QHash<LinkKey, QByteArray> *keys, QString *problem)
{
    qsizetype pos = 0;
    int lineNumber = 0;
    int recordLine = 0;
    qsizetype keyStart = -1; // inside a record when >= 0
    LinkKey current;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        const QByteArrayView line = QByteArrayView(data).sliced(pos, end - pos).trimmed();
        ++lineNumber;
        if (keyStart < 0) {
            if (line.startsWith("tunnel ")) {
                const QByteArrayView ids = line.sliced(7);
                const qsizetype dash = ids.indexOf('-');
                bool okA = false;
                bool okB = false;
                const LanId a = dash > 0 ? ids.first(dash).toInt(&okA) : 0;
                const LanId b = dash > 0 ? ids.sliced(dash + 1).toInt(&okB) : 0;
                if (!okA || !okB || a <= 0 || b <= a) {
                    *problem =
                        KeyStore::tr("line %1: not a tunnel of two LAN IDs, smaller first").arg(lineNumber);
                    return false;
                }
                current = LinkKey(a, b);
                if (keys->contains(current)) {
                    *problem =
                        KeyStore::tr("line %1: a second key for tunnel %2-%3").arg(lineNumber).arg(a).arg(b);
                    return false;
                }
                keyStart = end + 1;
                recordLine = lineNumber;
            } else if (!line.isEmpty() && !line.startsWith('#')) {
                *problem = KeyStore::tr("line %1: expected \"tunnel A-B\"").arg(lineNumber);
                return false;
            }
        } else if (line == staticKeyEndLine) {
            QByteArray key = data.mid(keyStart, end - keyStart) + '\n';
            QString why;
            if (!Pki::checkTlsCryptKey(key, &why)) {
                *problem = KeyStore::tr("the key of tunnel %1-%2 (line %3): %4")
                               .arg(current.a)
                               .arg(current.b)
                               .arg(recordLine)
                               .arg(why);
                return false;
            }
            keys->insert(current, key);
            keyStart = -1;
        }
        pos = end + 1;
    }
    if (keyStart >= 0) {
        *problem = KeyStore::tr("the key of tunnel %1-%2 (line %3) has no end line")
                       .arg(current.a)
                       .arg(current.b)
                       .arg(recordLine);
        return false;
    }
    return true;
}

// A stored certificate that ends within this many days is re-issued (same key) on its next use, so a
// regeneration before then never hands out a certificate about to expire.
constexpr int renewalDays = 90;

bool expiresSoon(const Pki::CertificateFacts &facts)
{
    return !facts.notAfter.isValid() || facts.notAfter < QDateTime::currentDateTimeUtc().addDays(renewalDays);
}

} // namespace

KeyStore::KeyStore(const QString &directory) : m_directory(directory) {}

KeyStore::~KeyStore()
{
    closeTunnelFile();
    if (m_dirty)
        sync(nullptr);
}

QString KeyStore::directoryFor(const QString &projectPath)
{
    return projectPath + QLatin1String(".keys");
}

QString KeyStore::gatewayKeyFileName(LanId id)
{
    return QStringLiteral("gateway-%1.key").arg(id);
}
QString KeyStore::gatewayCertFileName(LanId id)
{
    return QStringLiteral("gateway-%1.crt").arg(id);
}
QString KeyStore::tunnelKeysFileName()
{
    return QStringLiteral("tunnels.keys");
}
QString KeyStore::caKeyFileName()
{
    return QStringLiteral("ca.key");
}
QString KeyStore::caCertFileName()
{
    return QStringLiteral("ca.crt");
}
QString KeyStore::caCommonName(const QString &meshName)
{
    return meshName + QLatin1String(" CA");
}

QString KeyStore::path(const QString &fileName) const
{
    return m_directory + QLatin1Char('/') + fileName;
}

QString KeyStore::damaged(const QString &fileName, const QString &problem) const
{
    return tr("%1 is damaged: %2. Restore it from a backup, or delete it to make new key material "
              "(every peer then needs its configuration regenerated).")
        .arg(QDir::toNativeSeparators(path(fileName)), problem);
}

bool KeyStore::ensureDirectory(QString *error)
{
    if (m_directoryReady)
        return true;
    const QByteArray dir = QFile::encodeName(m_directory);
    auto failed = [&](const QString &what) {
        if (error)
            *error = tr("key store %1: %2").arg(QDir::toNativeSeparators(m_directory), what);
        return false;
    };
    if (dir.isEmpty())
        return failed(tr("no directory given"));
    // Created 0700 from the start; the umask can only take bits away, which the chmod below puts back.
    if (::mkdir(dir.constData(), directoryMode) != 0 && errno != EEXIST)
        return failed(tr("cannot create the directory: %1").arg(systemError(errno)));
    struct stat st;
    if (::stat(dir.constData(), &st) != 0)
        return failed(systemError(errno));
    if (!S_ISDIR(st.st_mode))
        return failed(tr("not a directory"));
    // Exactly 0700: an existing store someone opened up is closed again.
    if ((st.st_mode & 07777) != directoryMode && ::chmod(dir.constData(), directoryMode) != 0)
        return failed(tr("cannot restrict the permissions to 0700: %1").arg(systemError(errno)));
    m_directoryReady = true;
    return true;
}

bool KeyStore::readFile(const QString &fileName, QByteArray *data, bool *exists, QString *error,
                        qint64 maxSize) const
{
    const QString fullPath = path(fileName);
    auto failed = [&](const QString &what) {
        if (error)
            *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(fullPath), what);
        return false;
    };
    Fd fd(::open(QFile::encodeName(fullPath).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (fd.fd < 0) {
        if (errno == ENOENT) {
            *exists = false;
            return true;
        }
        return failed(systemError(errno));
    }
    *exists = true;
    struct stat st;
    if (::fstat(fd.fd, &st) != 0)
        return failed(systemError(errno));
    if (!S_ISREG(st.st_mode))
        return failed(tr("not a regular file"));
    if (st.st_size > maxSize)
        return failed(tr("too large for a key file (%1 bytes)").arg(qint64(st.st_size)));
    // A file copied without its modes is closed again before its contents are used.
    if ((st.st_mode & 07777) != fileMode && ::fchmod(fd.fd, fileMode) != 0)
        return failed(tr("cannot restrict the permissions to 0600: %1").arg(systemError(errno)));
    data->resize(qsizetype(st.st_size));
    qsizetype done = 0;
    while (done < data->size()) {
        const ssize_t n = ::read(fd.fd, data->data() + done, size_t(data->size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failed(systemError(errno));
        if (n == 0)
            break;
        done += n;
    }
    data->truncate(done);
    return true;
}

bool KeyStore::writeFile(const QString &fileName, const QByteArray &data, QString *error)
{
    if (!ensureDirectory(error))
        return false;
    const QString finalPath = path(fileName);
    auto failed = [&](const QString &what) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(finalPath), what);
        return false;
    };
    // Written under a temporary name and renamed over the old file, so a reader never sees half a key.
    static std::atomic<quint64> counter{0};
    const QString tempPath = path(QLatin1Char('.') + fileName + tempMarker + QString::number(::getpid()) +
                                  QLatin1Char('-') + QString::number(counter.fetch_add(1)));
    const QByteArray tempName = QFile::encodeName(tempPath);
    Fd fd(::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, fileMode));
    if (fd.fd < 0)
        return failed(systemError(errno));
    auto abandon = [&](const QString &what) {
        const int saved = errno;
        ::close(fd.release());
        ::unlink(tempName.constData());
        errno = saved;
        return failed(what);
    };
    // Created 0600 (the umask can only remove bits); restore exactly 0600 before any byte is written.
    if (::fchmod(fd.fd, fileMode) != 0)
        return abandon(systemError(errno));
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd.fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return abandon(systemError(errno));
        done += n;
    }
    if (::close(fd.release()) != 0) {
        const int saved = errno;
        ::unlink(tempName.constData());
        return failed(systemError(saved));
    }
    if (::rename(tempName.constData(), QFile::encodeName(finalPath).constData()) != 0) {
        const int saved = errno;
        ::unlink(tempName.constData());
        return failed(systemError(saved));
    }
    m_dirty = true;
    return true;
}

bool KeyStore::removeFile(const QString &fileName, QString *error)
{
    const QString fullPath = path(fileName);
    if (::unlink(QFile::encodeName(fullPath).constData()) == 0 || errno == ENOENT) {
        m_dirty = true;
        return true;
    }
    if (error)
        *error = tr("cannot remove %1: %2").arg(QDir::toNativeSeparators(fullPath), systemError(errno));
    return false;
}

bool KeyStore::sync(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_dirty)
        return true;
    Fd fd(::open(QFile::encodeName(m_directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    // One syncfs() flushes every file written since the last sync, and the renames in the directory.
    if (fd.fd < 0 || ::syncfs(fd.fd) != 0) {
        if (error)
            *error = tr("cannot flush the key store %1 to disk: %2")
                         .arg(QDir::toNativeSeparators(m_directory), systemError(errno));
        return false;
    }
    m_dirty = false;
    return true;
}

std::optional<Identity> KeyStore::caLocked(const QString *meshName, QString *error)
{
    if (meshName)
        m_meshName = *meshName;
    // Without a name yet, any stored CA will do; a new one is named after the default mesh name.
    const QString wanted = m_meshName.isEmpty() ? QString() : caCommonName(m_meshName);
    if (m_ca && (wanted.isEmpty() || m_caCommonName == wanted))
        return m_ca;
    if (!ensureDirectory(error))
        return std::nullopt;

    Identity identity;
    bool keyExists = false;
    bool certExists = false;
    if (!readFile(caKeyFileName(), &identity.privateKeyPem, &keyExists, error) ||
        (keyExists && !readFile(caCertFileName(), &identity.certificatePem, &certExists, error)))
        return std::nullopt;
    const QString name = wanted.isEmpty() ? caCommonName(defaultMeshName) : wanted;

    if (!keyExists) {
        auto created = Pki::createCa(name, error);
        if (!created || !writeFile(caKeyFileName(), created->privateKeyPem, error) ||
            !writeFile(caCertFileName(), created->certificatePem, error))
            return std::nullopt;
        m_ca = created;
        m_caCommonName = name;
        return m_ca;
    }
    QString problem;
    const auto facts = certExists
                           ? Pki::inspect(identity.certificatePem, identity.privateKeyPem, {}, &problem)
                           : std::nullopt;
    QString keyProblem;
    if (!(facts && facts->keyReadable) && !Pki::checkPrivateKey(identity.privateKeyPem, &keyProblem)) {
        if (error)
            *error = damaged(caKeyFileName(), keyProblem);
        return std::nullopt;
    }
    bool reissue = !certExists;
    QString storedName;
    if (certExists) {
        if (!facts) {
            if (error)
                *error = damaged(caCertFileName(), problem);
            return std::nullopt;
        }
        if (!facts->matchesKey) {
            if (error)
                *error =
                    damaged(caCertFileName(), tr("it does not belong to the key in %1").arg(caKeyFileName()));
            return std::nullopt;
        }
        storedName = facts->commonName;
        reissue = !facts->isCa || !facts->selfSigned || (!wanted.isEmpty() && storedName != wanted) ||
                  expiresSoon(*facts);
    }
    const QString cn = wanted.isEmpty() && !storedName.isEmpty() ? storedName : name;
    if (reissue) {
        auto renewed = Pki::reissueCa(identity.privateKeyPem, cn, error);
        if (!renewed || !writeFile(caCertFileName(), renewed->certificatePem, error))
            return std::nullopt;
        identity = *renewed;
    }
    m_ca = identity;
    m_caCommonName = cn;
    return m_ca;
}

std::optional<Identity> KeyStore::ca(const QString &meshName, QString *error)
{
    QMutexLocker lock(&m_mutex);
    return caLocked(&meshName, error);
}

std::optional<Identity> KeyStore::gateway(LanId id, const QString &commonName, KeyMode mode, QString *error)
{
    QMutexLocker lock(&m_mutex);
    std::optional<Identity> ca;
    if (mode == KeyMode::Ca && !(ca = caLocked(nullptr, error)))
        return std::nullopt;
    const QByteArray caCert = ca ? ca->certificatePem : QByteArray();

    const auto cached = m_gateways.constFind(id);
    if (cached != m_gateways.cend() && cached->commonName == commonName && cached->mode == mode &&
        cached->caCertificatePem == caCert)
        return cached->identity;
    if (!ensureDirectory(error))
        return std::nullopt;

    const QString keyFile = gatewayKeyFileName(id);
    const QString certFile = gatewayCertFileName(id);
    Identity identity;
    bool keyExists = false;
    bool certExists = false;
    if (!readFile(keyFile, &identity.privateKeyPem, &keyExists, error) ||
        (keyExists && !readFile(certFile, &identity.certificatePem, &certExists, error)))
        return std::nullopt;

    if (!keyExists) {
        auto created =
            ca ? Pki::createSigned(commonName, *ca, error) : Pki::createSelfSigned(commonName, error);
        // Key first: a crash between the two writes leaves a key whose certificate is simply re-issued.
        if (!created || !writeFile(keyFile, created->privateKeyPem, error) ||
            !writeFile(certFile, created->certificatePem, error))
            return std::nullopt;
        identity = *created;
    } else {
        // One parse of each in the usual case; the key is parsed alone only when the certificate is missing
        // or unreadable, to tell which of the two files is damaged.
        QString problem;
        const auto facts =
            certExists ? Pki::inspect(identity.certificatePem, identity.privateKeyPem, caCert, &problem)
                       : std::nullopt;
        QString keyProblem;
        if (!(facts && facts->keyReadable) && !Pki::checkPrivateKey(identity.privateKeyPem, &keyProblem)) {
            if (error)
                *error = damaged(keyFile, keyProblem);
            return std::nullopt;
        }
        bool reissue = !certExists;
        if (certExists) {
            if (!facts) {
                if (error)
                    *error = damaged(certFile, problem);
                return std::nullopt;
            }
            if (!facts->matchesKey) {
                if (error)
                    *error = damaged(certFile, tr("it does not belong to the key in %1").arg(keyFile));
                return std::nullopt;
            }
            const bool fitsMode = ca ? facts->issuedByCa : facts->selfSigned;
            reissue = facts->commonName != commonName || facts->isCa || !fitsMode || expiresSoon(*facts);
        }
        if (reissue) {
            auto renewed = Pki::reissue(identity, commonName, ca ? &*ca : nullptr, error);
            if (!renewed || !writeFile(certFile, renewed->certificatePem, error))
                return std::nullopt;
            identity = *renewed;
        }
    }
    m_gateways.insert(id, CachedGateway{identity, commonName, mode, caCert});
    return identity;
}

bool KeyStore::loadTunnelKeys(QString *error)
{
    if (m_tunnelsLoaded)
        return true;
    QByteArray data;
    bool exists = false;
    if (!readFile(tunnelKeysFileName(), &data, &exists, error, maxTunnelKeysSize))
        return false;
    QHash<LinkKey, QByteArray> keys;
    QString problem;
    if (exists && !parseTunnelKeys(data, &keys, &problem)) {
        if (error)
            *error = damaged(tunnelKeysFileName(), problem);
        return false;
    }
    m_tunnels = std::move(keys);
    m_tunnelsLoaded = true;
    return true;
}

bool KeyStore::appendTunnelKey(const LinkKey &tunnel, const QByteArray &key, QString *error)
{
    const QString fullPath = path(tunnelKeysFileName());
    auto failed = [&](int code) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(fullPath), systemError(code));
        return false;
    };
    if (m_tunnelFd < 0) {
        if (!ensureDirectory(error))
            return false;
        // Created 0600 from the start (see writeFile); an existing file was checked by loadTunnelKeys().
        m_tunnelFd = ::open(QFile::encodeName(fullPath).constData(),
                            O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, fileMode);
        if (m_tunnelFd < 0 || ::fchmod(m_tunnelFd, fileMode) != 0) {
            const int code = errno;
            closeTunnelFile();
            return failed(code);
        }
    }
    const off_t before = ::lseek(m_tunnelFd, 0, SEEK_END);
    const QByteArray record = (before == 0 ? tunnelKeysHeader : QByteArray()) + tunnelRecord(tunnel, key);
    qsizetype done = 0;
    while (done < record.size()) {
        const ssize_t n = ::write(m_tunnelFd, record.constData() + done, size_t(record.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            // Leave no half record behind (it would make the whole file unreadable).
            const int code = errno;
            if (before >= 0 && ::ftruncate(m_tunnelFd, before) != 0)
                closeTunnelFile();
            return failed(code);
        }
        done += n;
    }
    m_dirty = true;
    return true;
}

bool KeyStore::rewriteTunnelKeys(QString *error)
{
    closeTunnelFile();
    if (m_tunnels.isEmpty())
        return removeFile(tunnelKeysFileName(), error);
    QList<LinkKey> tunnels = m_tunnels.keys();
    std::sort(tunnels.begin(), tunnels.end());
    QByteArray data = tunnelKeysHeader;
    data.reserve(tunnelKeysHeader.size() + tunnels.size() * 720);
    for (const LinkKey &tunnel : std::as_const(tunnels))
        data += tunnelRecord(tunnel, m_tunnels.value(tunnel));
    return writeFile(tunnelKeysFileName(), data, error);
}

void KeyStore::closeTunnelFile()
{
    if (m_tunnelFd >= 0)
        ::close(m_tunnelFd);
    m_tunnelFd = -1;
}

std::optional<QByteArray> KeyStore::tlsCryptKey(const LinkKey &tunnel, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (tunnel.a == tunnel.b) {
        if (error)
            *error = tr("a tunnel needs two different LANs (both are %1)").arg(tunnel.a);
        return std::nullopt;
    }
    if (!ensureDirectory(error) || !loadTunnelKeys(error))
        return std::nullopt;
    const auto found = m_tunnels.constFind(tunnel);
    if (found != m_tunnels.cend())
        return *found;
    const QByteArray key = Pki::createTlsCryptKey(error);
    if (key.isEmpty() || !appendTunnelKey(tunnel, key, error))
        return std::nullopt;
    m_tunnels.insert(tunnel, key);
    return key;
}

bool KeyStore::rotateGateway(LanId id, QString *error)
{
    QMutexLocker lock(&m_mutex);
    m_gateways.remove(id);
    // Key first: if the certificate's removal fails, the next gateway() still makes a new key.
    return removeFile(gatewayKeyFileName(id), error) && removeFile(gatewayCertFileName(id), error);
}

bool KeyStore::rotateTunnelsOf(LanId id, QString *error)
{
    QMutexLocker lock(&m_mutex);
    // A damaged tunnels.keys is reported, not rewritten: the other tunnels' keys must survive.
    if (!loadTunnelKeys(error))
        return false;
    const qsizetype before = m_tunnels.size();
    m_tunnels.removeIf([id](const auto &entry) { return entry.key().a == id || entry.key().b == id; });
    return m_tunnels.size() == before || rewriteTunnelKeys(error);
}

bool KeyStore::rotateAll(QString *error)
{
    QMutexLocker lock(&m_mutex);
    m_gateways.clear();
    m_tunnels.clear();
    m_tunnelsLoaded = true; // every tunnel key goes, so the old file need not be readable
    closeTunnelFile();
    if (!removeFile(tunnelKeysFileName(), error))
        return false;
    const QStringList names = QDir(m_directory).entryList(QDir::Files | QDir::Hidden);
    // Keys before certificates, for the same reason as in rotateGateway().
    for (const QString &name : names) {
        if (classify(name).kind == FileKind::Gateway && name.endsWith(QLatin1String(".key")) &&
            !removeFile(name, error))
            return false;
    }
    for (const QString &name : names) {
        if (classify(name).kind == FileKind::Gateway && !removeFile(name, error))
            return false;
    }
    return true;
}

bool KeyStore::rotateCa(QString *error)
{
    QMutexLocker lock(&m_mutex);
    m_ca.reset();
    m_caCommonName.clear();
    return removeFile(caKeyFileName(), error) && removeFile(caCertFileName(), error);
}

bool KeyStore::prune(const QList<LanId> &lans, const QList<LinkKey> &tunnels, QString *error)
{
    QMutexLocker lock(&m_mutex);
    const QSet<LanId> keepLans(lans.cbegin(), lans.cend());
    const QSet<LinkKey> keepTunnels(tunnels.cbegin(), tunnels.cend());
    m_gateways.removeIf([&keepLans](const auto &entry) { return !keepLans.contains(entry.key()); });
    const QStringList names = QDir(m_directory).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const FileKind file = classify(name);
        const bool stale = (file.kind == FileKind::Gateway && !keepLans.contains(file.lan)) ||
                           file.kind == FileKind::Temporary;
        if (stale && !removeFile(name, error))
            return false;
    }
    if (!loadTunnelKeys(error))
        return false;
    const qsizetype before = m_tunnels.size();
    m_tunnels.removeIf([&keepTunnels](const auto &entry) { return !keepTunnels.contains(entry.key()); });
    return m_tunnels.size() == before || rewriteTunnelKeys(error);
}

} // namespace p2pvpn
