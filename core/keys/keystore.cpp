#include "keys/keystore.h"

#include "keys/tunnelkeysfile.h"
#include "util/privatefile.h"

#include <QDir>
#include <QMutexLocker>
#include <QSet>

namespace p2pvpn {

namespace {

constexpr qint64 maxTunnelKeysSize = qint64(1) << 30; // ~700 bytes a tunnel
const QString defaultMeshName = QStringLiteral("mesh");

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
    if (PrivateFile::isLeftover(name)) {
        result.kind = FileKind::Temporary;
    } else if (name.startsWith(QLatin1String("gateway-")) &&
               (name.endsWith(QLatin1String(".key")) || name.endsWith(QLatin1String(".crt")))) {
        if (parseId(QStringView(name).sliced(8, name.size() - 12), &result.lan))
            result.kind = FileKind::Gateway;
    }
    return result;
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
    m_tunnelFile.close();
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
    QString why;
    if (!PrivateFile::makeDirectory(m_directory, &why)) {
        if (error)
            *error = tr("key store %1: %2").arg(QDir::toNativeSeparators(m_directory), why);
        return false;
    }
    m_directoryReady = true;
    return true;
}

bool KeyStore::readFile(const QString &fileName, QByteArray *data, bool *exists, QString *error,
                        qint64 maxSize) const
{
    return PrivateFile::read(path(fileName), data, exists, error, maxSize);
}

bool KeyStore::writeFile(const QString &fileName, const QByteArray &data, QString *error)
{
    if (!ensureDirectory(error) || !PrivateFile::write(path(fileName), data, error))
        return false;
    m_dirty = true;
    return true;
}

bool KeyStore::removeFile(const QString &fileName, QString *error)
{
    if (!PrivateFile::remove(path(fileName), error))
        return false;
    m_dirty = true;
    return true;
}

bool KeyStore::sync(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_dirty)
        return true;
    QString why;
    if (!PrivateFile::syncFileSystem(m_directory, &why)) {
        if (error)
            *error = tr("cannot flush the key store %1 to disk: %2")
                         .arg(QDir::toNativeSeparators(m_directory), why);
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
    if (exists && !TunnelKeysFile::parse(data, &keys, &problem)) {
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
    // An existing file was checked by loadTunnelKeys().
    if (!m_tunnelFile.isOpen() &&
        (!ensureDirectory(error) || !m_tunnelFile.open(path(tunnelKeysFileName()), error)))
        return false;
    if (!m_tunnelFile.append(TunnelKeysFile::record(tunnel, key), error, TunnelKeysFile::header()))
        return false;
    m_dirty = true;
    return true;
}

bool KeyStore::rewriteTunnelKeys(QString *error)
{
    m_tunnelFile.close();
    if (m_tunnels.isEmpty())
        return removeFile(tunnelKeysFileName(), error);
    return writeFile(tunnelKeysFileName(), TunnelKeysFile::serialise(m_tunnels), error);
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
    m_tunnelFile.close();
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
