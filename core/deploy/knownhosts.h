#pragma once

// KnownHosts: an OpenSSH known_hosts file (plain, hashed and [host]:port names, wildcards, negation,
// @revoked). Parsing never fails: lines it cannot read are skipped, since the file may hold anything.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace p2pvpn {

class KnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(KnownHosts)
public:
    struct Entry
    {
        enum class Marker
        {
            None,
            Revoked,
            CertAuthority
        };
        Marker marker = Marker::None;
        QByteArray patterns; // comma-separated host patterns; empty for a hashed entry
        QByteArray hashSalt; // |1|salt|hash: HMAC-SHA1 of the host name keyed with the salt
        QByteArray hash;
        QByteArray keyType; // "ssh-ed25519", "ecdsa-sha2-nistp256", ...
        QByteArray keyBlob; // the decoded public key
        int line = 0;       // 1-based line in the file
    };

    enum class Status
    {
        Unknown, // no entry names this host
        Match,   // an entry names this host with this key
        Changed, // entries name this host, none with this key
        Revoked, // the key is marked @revoked
    };

    struct Lookup
    {
        Status status = Status::Unknown;
        int line = 0;         // the matching entry, or the first entry with another key
        QByteArray knownType; // for Changed: that entry's key
        QByteArray knownBlob;
    };

    // Parses the text of a known_hosts file. Never fails; unreadable lines are skipped.
    static KnownHosts parse(QByteArrayView data);
    // Reads a file. A missing file is empty and not an error; an unreadable one is.
    static bool load(const QString &path, KnownHosts *hosts, QString *error);
    // Appends "name type base64" (creating the file 0600 and its directory 0700 when missing).
    static bool append(const QString &path, const QString &host, int port, const QByteArray &keyType,
                       const QByteArray &keyBlob, QString *error);

    // The name OpenSSH records for a host: "host" on port 22, else "[host]:port".
    static QByteArray hostName(const QString &host, int port);
    // "SHA256:" and the unpadded base64 of the SHA-256 of the key, as OpenSSH prints it.
    static QString fingerprint(const QByteArray &keyBlob);
    // True when a comma-separated OpenSSH pattern list ('*', '?', '!negation') matches name.
    static bool matchPatternList(QByteArrayView patterns, QByteArrayView name);

    Lookup lookup(const QString &host, int port, const QByteArray &keyType, const QByteArray &keyBlob) const;
    // The key types recorded for the host (revoked and CA lines excluded), first seen first.
    QList<QByteArray> keyTypes(const QString &host, int port) const;

    const QList<Entry> &entries() const { return m_entries; }

private:
    bool names(const Entry &entry, const QByteArray &name) const;

    QList<Entry> m_entries;
};

} // namespace p2pvpn
