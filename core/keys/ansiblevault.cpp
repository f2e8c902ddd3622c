#include "keys/ansiblevault.h"

#include "util/inputfile.h"

#include <QFileInfo>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <memory>

namespace p2pvpn {

namespace {

constexpr int keyLength = 32; // AES-256 key, then the HMAC-SHA256 key
constexpr int ivLength = 16;  // the AES block: CTR's initial counter
constexpr int iterations = 10000;

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

// Ansible pads to the AES block (PKCS#7) although CTR would not need it; its decrypter expects it.
QByteArray aes256Ctr(const QByteArray &key, const QByteArray &iv, QByteArray data)
{
    const int pad = 16 - int(data.size() % 16);
    data.append(pad, char(pad));
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        EVP_CIPHER_CTX_free);
    QByteArray out(data.size(), Qt::Uninitialized);
    int length = 0;
    int tail = 0;
    const bool ok =
        ctx &&
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_ctr(), nullptr,
                           reinterpret_cast<const unsigned char *>(key.constData()),
                           reinterpret_cast<const unsigned char *>(iv.constData())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length,
                          reinterpret_cast<const unsigned char *>(data.constData()), int(data.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + length, &tail) == 1;
    // Only an out-of-memory OpenSSL fails here; an empty result is then caught by the caller's round trip.
    return ok ? out.left(length + tail) : QByteArray();
}

} // namespace

std::optional<AnsibleVault> AnsibleVault::fromPasswordFile(const QString &path, QString *error)
{
    QByteArray password;
    if (!InputFile::read(path, 64 * 1024, tr("vault password file"), &password, error))
        return std::nullopt;
    if (QFileInfo(path).isExecutable()) {
        *error = tr("%1: the vault password file is executable, so Ansible would run it as a script instead "
                    "of reading it; remove its execute permission (chmod a-x)")
                     .arg(path);
        return std::nullopt;
    }
    if (password.trimmed().isEmpty()) {
        *error = tr("%1: the vault password file is empty").arg(path);
        return std::nullopt;
    }
    return AnsibleVault(password);
}

QByteArray AnsibleVault::encrypt(const QByteArray &plaintext) const
{
    const QByteArray salt = hmacSha256(m_password, QByteArrayLiteral("p2pvpn vault salt\n") + plaintext);
    QByteArray derived(2 * keyLength + ivLength, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(m_password.constData(), int(m_password.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
                      EVP_sha256(), int(derived.size()), reinterpret_cast<unsigned char *>(derived.data()));
    const QByteArray ciphertext =
        aes256Ctr(derived.left(keyLength), derived.mid(2 * keyLength, ivLength), plaintext);
    const QByteArray mac = hmacSha256(derived.mid(keyLength, keyLength), ciphertext);

    // Hex of (hex salt, hex HMAC, hex ciphertext on three lines), in lines of 80: Ansible's envelope.
    const QByteArray body = (salt.toHex() + '\n' + mac.toHex() + '\n' + ciphertext.toHex()).toHex();
    QByteArray out = QByteArrayLiteral("$ANSIBLE_VAULT;1.1;AES256\n");
    for (qsizetype i = 0; i < body.size(); i += 80)
        out += body.mid(i, 80) + '\n';
    return out;
}

} // namespace p2pvpn
