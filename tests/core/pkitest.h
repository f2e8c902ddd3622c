#pragma once

// What the Pki tests share: certificates parsed with libcrypto itself, to check what Pki wrote.

#include "keys/pki.h"

#include <QByteArray>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

Q_DECLARE_METATYPE(p2pvpn::Identity)

namespace p2pvpn::test {

struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

inline X509Ptr parse(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return X509Ptr(cert);
}

} // namespace p2pvpn::test
