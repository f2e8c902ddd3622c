#pragma once

// KeyStore: a mesh's private key material (gateway keys and certificates, the mesh CA, tls-crypt keys) in a
// directory beside the project file (dir 0700, files 0600). Created on first use, reused afterwards,
// replaced only by rotate*. Thread-safe; loaded material is cached for the life of the object, so use one
// KeyStore per directory at a time.

#include "keys/pki.h"
#include "model/mesh.h"
#include "util/privatefile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace p2pvpn {

class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)
public:
    explicit KeyStore(const QString &directory);
    ~KeyStore(); // flushes written files to disk (best effort; call sync() to see errors)
    KeyStore(const KeyStore &) = delete;
    KeyStore &operator=(const KeyStore &) = delete;

    static QString directoryFor(const QString &projectPath); // "/x/corp.p2pmesh" -> "/x/corp.p2pmesh.keys"
    QString directory() const { return m_directory; }

    // File names inside the store (stable: existing stores depend on them).
    static QString gatewayKeyFileName(LanId id);  // gateway-<id>.key
    static QString gatewayCertFileName(LanId id); // gateway-<id>.crt
    static QString tunnelKeysFileName(); // tunnels.keys: every tunnel's tls-crypt key (see TunnelKeysFile)
    static QString caKeyFileName();      // ca.key
    static QString caCertFileName();     // ca.crt
    // The CA certificate's common name for a mesh name ("corp" -> "corp CA").
    static QString caCommonName(const QString &meshName);

    // Gateway identity of LAN `id`. Fingerprint mode: self-signed. CA mode: signed by the mesh CA (created on
    // demand with the name last given to ca(), else "mesh CA"). If the stored certificate's CN differs from
    // commonName (LAN renamed), was made for the other mode (or an older CA) or ends within 90 days, the
    // certificate is re-issued for the SAME key.
    std::optional<Identity> gateway(LanId id, const QString &commonName, KeyMode mode, QString *error);
    // The mesh CA (CA mode only). When the mesh was renamed, the CA certificate is re-issued for the same
    // key, and gateway() then re-issues the gateway certificates under it.
    std::optional<Identity> ca(const QString &meshName, QString *error);
    // The tls-crypt key text of a tunnel (OpenVPN static key V1).
    std::optional<QByteArray> tlsCryptKey(const LinkKey &tunnel, QString *error);

    bool rotateGateway(LanId id, QString *error);   // next gateway() call makes a new key
    bool rotateTunnelsOf(LanId id, QString *error); // tls-crypt keys of that LAN's tunnels
    bool rotateAll(QString *error);                 // every gateway and tunnel key, not the CA
    bool rotateCa(QString *error);                  // new CA key; gateway certificates follow, keys stay
    // Removes material of LANs/tunnels that no longer exist in the mesh (and leftovers of interrupted
    // writes).
    bool prune(const QList<LanId> &lans, const QList<LinkKey> &tunnels, QString *error);

    // Files are written without a flush each; this flushes all of them at once. The destructor calls it too,
    // but only this call reports a failure.
    bool sync(QString *error);

private:
    struct CachedGateway
    {
        Identity identity;
        QString commonName;
        KeyMode mode;
        QByteArray caCertificatePem; // the CA it was checked against (CA mode)
    };

    QString path(const QString &fileName) const;
    bool ensureDirectory(QString *error);
    // Reads a store file; a missing file gives true with *exists false.
    bool readFile(const QString &fileName, QByteArray *data, bool *exists, QString *error,
                  qint64 maxSize = 1 << 20) const;
    bool writeFile(const QString &fileName, const QByteArray &data, QString *error);
    bool removeFile(const QString &fileName, QString *error);
    QString damaged(const QString &fileName, const QString &problem) const;
    std::optional<Identity> caLocked(const QString *meshName, QString *error);
    bool loadTunnelKeys(QString *error);
    bool appendTunnelKey(const LinkKey &tunnel, const QByteArray &key, QString *error);
    bool rewriteTunnelKeys(QString *error);

    mutable QMutex m_mutex;
    QString m_directory;
    bool m_directoryReady = false;
    bool m_dirty = false;
    QString m_meshName; // last name given to ca()
    std::optional<Identity> m_ca;
    QString m_caCommonName;
    QHash<LanId, CachedGateway> m_gateways;
    QHash<LinkKey, QByteArray> m_tunnels; // all of tunnels.keys once m_tunnelsLoaded
    bool m_tunnelsLoaded = false;
    PrivateAppender m_tunnelFile; // tunnels.keys, open for appending
};

} // namespace p2pvpn
