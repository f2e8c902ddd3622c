#include "keys/pki.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QDateTime>

#include <cctype>
#include <memory>

namespace p2pvpn {

namespace {

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T *p) const { Free(p); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;

constexpr const char *curveName = "P-256";
constexpr int backdateSeconds = 24 * 60 * 60;
const QByteArray staticKeyBegin = QByteArrayLiteral("-----BEGIN OpenVPN Static key V1-----");
const QByteArray staticKeyEnd = QByteArrayLiteral("-----END OpenVPN Static key V1-----");

// The reason of the most recent OpenSSL error on this thread (the queue is per thread), and clears it.
QString takeOpensslError()
{
    unsigned long code = 0;
    unsigned long last = 0;
    while ((code = ERR_get_error()) != 0)
        last = code;
    if (last == 0)
        return Pki::tr("unknown OpenSSL error");
    char buffer[256];
    ERR_error_string_n(last, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

// Sets *error (when wanted) to "what: OpenSSL's reason" and returns nullopt, for one-line failure exits.
std::nullopt_t fail(QString *error, const QString &what, bool withOpenssl = true)
{
    const QString reason = withOpenssl ? takeOpensslError() : QString();
    if (error)
        *error = reason.isEmpty() ? what : what + QLatin1String(": ") + reason;
    return std::nullopt;
}

// Never prompts for a passphrase: an encrypted key is an error here, not a terminal dialogue.
int noPassword(char *, int, int, void *)
{
    return -1;
}

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

X509Ptr readCertificate(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, noPassword, nullptr) : nullptr);
}

PkeyPtr readPrivateKey(const QByteArray &pem)
{
    // OpenSSL 3.0's generic PEM reader tries every decoder (about 1 ms a key); asking for what we write,
    // an EC key in PKCS#8, is several times faster. Anything else still goes through the generic reader.
    EVP_PKEY *key = nullptr;
    OSSL_DECODER_CTX *ctx = OSSL_DECODER_CTX_new_for_pkey(&key, "PEM", "PrivateKeyInfo", "EC",
                                                          EVP_PKEY_KEYPAIR, nullptr, nullptr);
    if (ctx) {
        OSSL_DECODER_CTX_set_pem_password_cb(ctx, noPassword, nullptr);
        const auto *data = reinterpret_cast<const unsigned char *>(pem.constData());
        size_t length = size_t(pem.size());
        OSSL_DECODER_from_data(ctx, &data, &length);
        OSSL_DECODER_CTX_free(ctx);
    }
    if (key)
        return PkeyPtr(key);
    ERR_clear_error();
    BioPtr bio = memoryBio(pem);
    return PkeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassword, nullptr) : nullptr);
}

// The CA last used on this thread, parsed once: issuing a hundred gateway certificates, or checking them,
// would otherwise parse the same CA a hundred times. Thread-local, so Pki stays thread-safe.
struct ParsedCa
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    X509Ptr certificate;
    PkeyPtr privateKey;
};
thread_local ParsedCa lastCa;

X509 *cachedCaCertificate(const QByteArray &pem)
{
    if (!lastCa.certificate || lastCa.certificatePem != pem) {
        lastCa.certificate = readCertificate(pem);
        lastCa.certificatePem = lastCa.certificate ? pem : QByteArray();
        lastCa.privateKey.reset();
        lastCa.privateKeyPem.clear();
    }
    return lastCa.certificate.get();
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray certificatePem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

// A positive random serial of 128 bits (top bit cleared so it stays within 16 DER octets).
bool setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f;
    bytes[0] |= 0x40; // never zero, always full length
    BnPtr bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

QString subjectCommonName(X509 *cert)
{
    X509_NAME *name = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0) {
        ERR_clear_error();
        return {};
    }
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return result;
}

enum class Kind
{
    Leaf,
    Ca
};

// Builds and signs a certificate for `key`. issuerCert/issuerKey null: self-signed.
std::optional<Identity> issue(EVP_PKEY *key, const QString &commonName, Kind kind, X509 *issuerCert,
                              EVP_PKEY *issuerKey, QString *error)
{
    const QByteArray cn = commonName.toUtf8();
    if (cn.isEmpty())
        return fail(error, Pki::tr("the certificate name is empty"), false);
    if (commonName.size() > ub_common_name)
        return fail(error,
                    Pki::tr("the certificate name \"%1\" is longer than %2 characters")
                        .arg(commonName)
                        .arg(ub_common_name),
                    false);

    X509Ptr cert(X509_new());
    NamePtr subject(X509_NAME_new());
    if (!cert || !subject)
        return fail(error, Pki::tr("cannot allocate a certificate"));
    if (X509_NAME_add_entry_by_NID(subject.get(), NID_commonName, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()),
                                   -1, 0) != 1)
        return fail(error, Pki::tr("cannot use \"%1\" as a certificate name").arg(commonName));

    X509 *issuer = issuerCert ? issuerCert : cert.get();
    if (X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get()) ||
        !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -backdateSeconds) ||
        !X509_time_adj_ex(X509_getm_notAfter(cert.get()), Pki::validityDays, 0, nullptr) ||
        X509_set_subject_name(cert.get(), subject.get()) != 1 ||
        X509_set_issuer_name(cert.get(), issuerCert ? X509_get_subject_name(issuerCert) : subject.get()) !=
            1 ||
        X509_set_pubkey(cert.get(), key) != 1)
        return fail(error, Pki::tr("cannot fill in the certificate for \"%1\"").arg(commonName));

    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert.get(), nullptr, nullptr, 0);
    bool ok = addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash");
    if (issuerCert)
        ok = ok && addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
    if (kind == Kind::Ca) {
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
             addExtension(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature") &&
             addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth,clientAuth");
    }
    if (!ok)
        return fail(error, Pki::tr("cannot add the certificate extensions for \"%1\"").arg(commonName));

    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return fail(error, Pki::tr("cannot sign the certificate for \"%1\"").arg(commonName));

    Identity identity{certificatePem(cert.get()), privateKeyPem(key)};
    if (identity.certificatePem.isEmpty() || identity.privateKeyPem.isEmpty())
        return fail(error, Pki::tr("cannot encode the certificate for \"%1\"").arg(commonName));
    return identity;
}

PkeyPtr newKey(QString *error)
{
    PkeyPtr key(EVP_EC_gen(curveName));
    if (!key)
        fail(error, Pki::tr("cannot generate an EC %1 key").arg(QLatin1String(curveName)));
    return key;
}

// Parses (or takes from the cache) and checks a CA identity for signing: a CA certificate with its own key.
bool loadCa(const Identity &ca, X509 **cert, EVP_PKEY **key, QString *error)
{
    *cert = cachedCaCertificate(ca.certificatePem);
    if (!*cert) {
        fail(error, Pki::tr("cannot read the CA certificate"));
        return false;
    }
    if (!lastCa.privateKey || lastCa.privateKeyPem != ca.privateKeyPem) {
        PkeyPtr parsed = readPrivateKey(ca.privateKeyPem);
        if (!parsed) {
            fail(error, Pki::tr("cannot read the CA private key"));
            return false;
        }
        if (X509_check_ca(*cert) == 0) {
            fail(error, Pki::tr("the CA certificate \"%1\" is not a CA").arg(subjectCommonName(*cert)),
                 false);
            return false;
        }
        if (X509_check_private_key(*cert, parsed.get()) != 1) {
            fail(error, Pki::tr("the CA private key does not belong to the CA certificate"));
            return false;
        }
        lastCa.privateKey = std::move(parsed);
        lastCa.privateKeyPem = ca.privateKeyPem;
    }
    *key = lastCa.privateKey.get();
    return true;
}

} // namespace

std::optional<Identity> Pki::createSelfSigned(const QString &commonName, QString *error)
{
    PkeyPtr key = newKey(error);
    return key ? issue(key.get(), commonName, Kind::Leaf, nullptr, nullptr, error) : std::nullopt;
}

std::optional<Identity> Pki::createCa(const QString &commonName, QString *error)
{
    PkeyPtr key = newKey(error);
    return key ? issue(key.get(), commonName, Kind::Ca, nullptr, nullptr, error) : std::nullopt;
}

std::optional<Identity> Pki::createSigned(const QString &commonName, const Identity &ca, QString *error)
{
    X509 *caCert = nullptr;
    EVP_PKEY *caKey = nullptr;
    if (!loadCa(ca, &caCert, &caKey, error))
        return std::nullopt;
    PkeyPtr key = newKey(error);
    return key ? issue(key.get(), commonName, Kind::Leaf, caCert, caKey, error) : std::nullopt;
}

std::optional<Identity> Pki::reissue(const Identity &existing, const QString &commonName, const Identity *ca,
                                     QString *error)
{
    PkeyPtr key = readPrivateKey(existing.privateKeyPem);
    if (!key)
        return fail(error, tr("cannot read the private key of \"%1\"").arg(commonName));
    if (!ca)
        return issue(key.get(), commonName, Kind::Leaf, nullptr, nullptr, error);
    X509 *caCert = nullptr;
    EVP_PKEY *caKey = nullptr;
    if (!loadCa(*ca, &caCert, &caKey, error))
        return std::nullopt;
    return issue(key.get(), commonName, Kind::Leaf, caCert, caKey, error);
}

QString Pki::commonName(const QByteArray &certificatePem)
{
    const X509Ptr cert = readCertificate(certificatePem);
    ERR_clear_error();
    return cert ? subjectCommonName(cert.get()) : QString();
}

QString Pki::sha256Fingerprint(const QByteArray &certificatePem)
{
    const X509Ptr cert = readCertificate(certificatePem);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!cert || X509_digest(cert.get(), EVP_sha256(), digest, &length) != 1) {
        ERR_clear_error();
        return {};
    }
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), length).toHex(':').toUpper());
}

std::optional<Pki::CertificateFacts> Pki::inspect(const QByteArray &certificatePem,
                                                  const QByteArray &privateKeyPem,
                                                  const QByteArray &caCertificatePem, QString *problem)
{
    const X509Ptr cert = readCertificate(certificatePem);
    if (!cert) {
        if (problem)
            *problem = tr("not a readable PEM certificate (%1)").arg(takeOpensslError());
        return std::nullopt;
    }
    CertificateFacts facts;
    facts.commonName = subjectCommonName(cert.get());
    facts.isCa = X509_check_ca(cert.get()) != 0;
    struct tm notAfter = {};
    if (ASN1_TIME_to_tm(X509_get0_notAfter(cert.get()), &notAfter) == 1) {
        facts.notAfter = QDateTime(QDate(notAfter.tm_year + 1900, notAfter.tm_mon + 1, notAfter.tm_mday),
                                   QTime(notAfter.tm_hour, notAfter.tm_min, notAfter.tm_sec), Qt::UTC);
    }
    X509_NAME *issuer = X509_get_issuer_name(cert.get());
    facts.selfSigned = X509_NAME_cmp(issuer, X509_get_subject_name(cert.get())) == 0 &&
                       X509_verify(cert.get(), X509_get0_pubkey(cert.get())) == 1;
    if (!caCertificatePem.isEmpty()) {
        X509 *ca = cachedCaCertificate(caCertificatePem);
        facts.issuedByCa = ca && X509_NAME_cmp(issuer, X509_get_subject_name(ca)) == 0 &&
                           X509_verify(cert.get(), X509_get0_pubkey(ca)) == 1;
    }
    if (!privateKeyPem.isEmpty()) {
        const PkeyPtr key = readPrivateKey(privateKeyPem);
        facts.keyReadable = key != nullptr;
        facts.matchesKey = key && X509_check_private_key(cert.get(), key.get()) == 1;
    }
    ERR_clear_error();
    return facts;
}

bool Pki::isSelfSigned(const QByteArray &certificatePem)
{
    const auto facts = inspect(certificatePem, {}, {}, nullptr);
    return facts && facts->selfSigned;
}

bool Pki::isIssuedBy(const QByteArray &certificatePem, const QByteArray &caCertificatePem)
{
    const auto facts = inspect(certificatePem, {}, caCertificatePem, nullptr);
    return facts && facts->issuedByCa;
}

bool Pki::checkPrivateKey(const QByteArray &privateKeyPem, QString *problem)
{
    if (readPrivateKey(privateKeyPem))
        return true;
    if (problem)
        *problem = tr("not a readable unencrypted PEM private key (%1)").arg(takeOpensslError());
    return false;
}

std::optional<Identity> Pki::reissueCa(const QByteArray &privateKeyPem, const QString &commonName,
                                       QString *error)
{
    PkeyPtr key = readPrivateKey(privateKeyPem);
    if (!key)
        return fail(error, tr("cannot read the private key of \"%1\"").arg(commonName));
    return issue(key.get(), commonName, Kind::Ca, nullptr, nullptr, error);
}

QByteArray Pki::createTlsCryptKey(QString *error)
{
    unsigned char bytes[tlsCryptKeyBytes];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        fail(error, tr("cannot get random bytes for a tls-crypt key"));
        return {};
    }
    static constexpr char hexDigits[] = "0123456789abcdef";
    constexpr int bytesPerLine = 16;
    QByteArray text;
    text.reserve(staticKeyBegin.size() + staticKeyEnd.size() + 2 + tlsCryptKeyBytes / bytesPerLine * 33);
    text += staticKeyBegin;
    text += '\n';
    for (int i = 0; i < tlsCryptKeyBytes; ++i) {
        text += hexDigits[bytes[i] >> 4];
        text += hexDigits[bytes[i] & 0x0f];
        if (i % bytesPerLine == bytesPerLine - 1)
            text += '\n';
    }
    text += staticKeyEnd;
    text += '\n';
    OPENSSL_cleanse(bytes, sizeof bytes);
    return text;
}

bool Pki::checkTlsCryptKey(const QByteArray &text, QString *problem)
{
    auto bad = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    enum
    {
        Before,
        Inside,
        After
    } state = Before;
    int hexDigits = 0;
    int lineNumber = 0;
    for (QByteArray line : text.split('\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (state == Before) {
            if (line != staticKeyBegin)
                return bad(tr("line %1: expected \"%2\"").arg(lineNumber).arg(QLatin1String(staticKeyBegin)));
            state = Inside;
        } else if (state == Inside) {
            if (line == staticKeyEnd) {
                state = After;
                continue;
            }
            for (char c : std::as_const(line)) {
                if (!std::isxdigit(static_cast<unsigned char>(c)))
                    return bad(
                        tr("line %1: not a hexadecimal digit: '%2'").arg(lineNumber).arg(QLatin1Char(c)));
            }
            hexDigits += int(line.size());
        } else {
            return bad(tr("line %1: text after the end of the key").arg(lineNumber));
        }
    }
    if (state != After)
        return bad(state == Before ? tr("no \"%1\" line").arg(QLatin1String(staticKeyBegin))
                                   : tr("no \"%1\" line").arg(QLatin1String(staticKeyEnd)));
    if (hexDigits != 2 * tlsCryptKeyBytes)
        return bad(
            tr("the key has %1 hexadecimal digits instead of %2").arg(hexDigits).arg(2 * tlsCryptKeyBytes));
    return true;
}

} // namespace p2pvpn
