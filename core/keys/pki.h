#pragma once

// Pki: the gateway certificates, mesh CA and tls-crypt keys, made in-process with OpenSSL 3 libcrypto.
// Everything goes in and out as PEM / OpenVPN key text; every function is stateless and thread-safe.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace p2pvpn {

// A certificate and its private key (unencrypted PKCS#8), both as PEM text.
struct Identity
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    friend bool operator==(const Identity &, const Identity &) = default;
};

class Pki
{
    Q_DECLARE_TR_FUNCTIONS(Pki)
public:
    static constexpr int validityDays = 3650;
    static constexpr int tlsCryptKeyBytes = 256; // 2048 bits, as `openvpn --genkey secret`

    // Self-signed EC P-256 certificate: SHA-256 signature, CN = commonName, 10 years validity (backdated a
    // day for gateways whose clock runs behind), random 128-bit serial, basicConstraints CA:FALSE, keyUsage
    // digitalSignature, extendedKeyUsage serverAuth+clientAuth (usable as tls-server and tls-client).
    static std::optional<Identity> createSelfSigned(const QString &commonName, QString *error);
    // A mesh CA: CA:TRUE with pathlen 0, keyUsage keyCertSign+cRLSign.
    static std::optional<Identity> createCa(const QString &commonName, QString *error);
    // A gateway certificate (same fields as createSelfSigned) signed by `ca`.
    static std::optional<Identity> createSigned(const QString &commonName, const Identity &ca,
                                                QString *error);
    // A new gateway certificate for the key of `existing` (e.g. when a LAN is renamed): self-signed when ca
    // is null, else signed by *ca. New serial and validity; the public key stays the same. Only the private
    // key of `existing` is used, so a lost certificate can be re-issued too.
    static std::optional<Identity> reissue(const Identity &existing, const QString &commonName,
                                           const Identity *ca, QString *error);

    static QString commonName(const QByteArray &certificatePem); // empty on error
    // "AB:CD:...": SHA-256 over the DER certificate, upper-case hex pairs joined by ':' as OpenVPN's
    // peer-fingerprint expects. Empty on error.
    static QString sha256Fingerprint(const QByteArray &certificatePem);

    // What one parse tells about a certificate; the key store uses it to decide whether a stored
    // certificate still fits (name, mode, CA) without parsing it again for each question.
    struct CertificateFacts
    {
        QString commonName;
        QDateTime notAfter;       // UTC; invalid if unreadable
        bool isCa = false;        // basicConstraints CA:TRUE
        bool selfSigned = false;  // issuer == subject and its own key verifies the signature
        bool issuedByCa = false;  // issuer == the given CA's subject and the CA's key verifies the signature
        bool keyReadable = false; // the given private key parses
        bool matchesKey = false;  // the given private key belongs to the certificate
    };
    // Parses the certificate, and the private key / CA certificate when not empty. nullopt when the
    // certificate cannot be read, with *problem saying why.
    static std::optional<CertificateFacts> inspect(const QByteArray &certificatePem,
                                                   const QByteArray &privateKeyPem,
                                                   const QByteArray &caCertificatePem, QString *problem);
    static bool isSelfSigned(const QByteArray &certificatePem);
    static bool isIssuedBy(const QByteArray &certificatePem, const QByteArray &caCertificatePem);
    // Whether the PEM private key parses (unencrypted); else *problem gives OpenSSL's reason.
    static bool checkPrivateKey(const QByteArray &privateKeyPem, QString *problem);
    // A new self-signed CA certificate for the CA key of `existing` (the mesh was renamed, or ca.crt is
    // lost).
    static std::optional<Identity> reissueCa(const QByteArray &privateKeyPem, const QString &commonName,
                                             QString *error);

    // OpenVPN static key V1 text as used by tls-crypt: "-----BEGIN OpenVPN Static key V1-----", 16 lines
    // of 32 lower-case hex digits (2048 random bits from RAND_bytes), "-----END OpenVPN Static key V1-----".
    static QByteArray createTlsCryptKey(QString *error);
    // Whether `text` is such a key ('#' comment lines allowed, as OpenVPN allows); else *problem says why.
    static bool checkTlsCryptKey(const QByteArray &text, QString *problem);
};

} // namespace p2pvpn
