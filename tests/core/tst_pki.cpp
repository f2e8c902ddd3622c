// Pki: certificate fields checked with libcrypto, re-issue keeping the key, bad input, tls-crypt key text,
// concurrent use. Against the openssl and openvpn programs: tst_pkiinterop.

#include "keys/pki.h"
#include "pkitest.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <thread>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

QByteArray publicKeyDer(X509 *cert)
{
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(X509_get0_pubkey(cert), &der);
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
}

QByteArray serialHex(X509 *cert)
{
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    char *hex = BN_bn2hex(bn);
    QByteArray result(hex);
    OPENSSL_free(hex);
    BN_free(bn);
    return result;
}

bool extensionCritical(X509 *cert, int nid)
{
    const int index = X509_get_ext_by_NID(cert, nid, -1);
    return index >= 0 && X509_EXTENSION_get_critical(X509_get_ext(cert, index)) == 1;
}

} // namespace

class TestPki : public QObject
{
    Q_OBJECT
private slots:
    void selfSignedFields_data();
    void selfSignedFields();
    void caFields();
    void invalidNames_data();
    void invalidNames();
    void freshMaterialEachTime();
    void createSignedRejectsBadCa_data();
    void createSignedRejectsBadCa();
    void reissueKeepsKey_data();
    void reissueKeepsKey();
    void reissueCa();
    void unreadableInput();
    void tlsCryptKeyFormat();
    void checkTlsCryptKey_data();
    void checkTlsCryptKey();
    void concurrentUse();
};

void TestPki::selfSignedFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("short") << QStringLiteral("gw");
    QTest::newRow("lan name") << QStringLiteral("eu-west-1");
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a'));
    QTest::newRow("non-ascii") << QStringLiteral("b\u00fcro-k\u00f6ln");
}

void TestPki::selfSignedFields()
{
    QFETCH(QString, name);
    QString error;
    const auto identity = Pki::createSelfSigned(name, &error);
    QVERIFY2(identity, qPrintable(error));
    QVERIFY(identity->certificatePem.startsWith("-----BEGIN CERTIFICATE-----\n"));
    QVERIFY(identity->privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    QCOMPARE(Pki::commonName(identity->certificatePem), name);

    const X509Ptr cert = parse(identity->certificatePem);
    QVERIFY(cert);
    QCOMPARE(X509_get_version(cert.get()), long(X509_VERSION_3));

    EVP_PKEY *key = X509_get0_pubkey(cert.get());
    QCOMPARE(EVP_PKEY_get_base_id(key), EVP_PKEY_EC);
    char group[64] = {};
    QVERIFY(EVP_PKEY_get_group_name(key, group, sizeof group, nullptr));
    QCOMPARE(QByteArray(group), QByteArray("prime256v1"));
    QCOMPARE(X509_get_signature_nid(cert.get()), NID_ecdsa_with_SHA256);

    // Valid now, for ten years.
    QVERIFY(X509_cmp_current_time(X509_get0_notBefore(cert.get())) < 0);
    int days = 0;
    int seconds = 0;
    QVERIFY(ASN1_TIME_diff(&days, &seconds, nullptr, X509_get0_notAfter(cert.get())));
    QVERIFY2(days == Pki::validityDays || (days == Pki::validityDays - 1 && seconds > 86000),
             qPrintable(QStringLiteral("%1 days %2 s").arg(days).arg(seconds)));

    // 128-bit positive serial.
    const QByteArray serial = serialHex(cert.get());
    QVERIFY2(!serial.startsWith('-') && serial.size() == 32, serial.constData());

    // Extensions: a leaf usable for both ends of a TLS tunnel.
    QCOMPARE(X509_check_ca(cert.get()), 0);
    QVERIFY(extensionCritical(cert.get(), NID_basic_constraints));
    QVERIFY(extensionCritical(cert.get(), NID_key_usage));
    QCOMPARE(X509_get_key_usage(cert.get()), quint32(KU_DIGITAL_SIGNATURE));
    QCOMPARE(X509_get_extended_key_usage(cert.get()) & (XKU_SSL_SERVER | XKU_SSL_CLIENT),
             quint32(XKU_SSL_SERVER | XKU_SSL_CLIENT));
    QCOMPARE(X509_check_purpose(cert.get(), X509_PURPOSE_SSL_SERVER, 0), 1);
    QCOMPARE(X509_check_purpose(cert.get(), X509_PURPOSE_SSL_CLIENT, 0), 1);
    QVERIFY(X509_get0_subject_key_id(cert.get()) != nullptr);

    // Self-signed by the key that comes with it.
    QCOMPARE(X509_verify(cert.get(), key), 1);
    QVERIFY(Pki::isSelfSigned(identity->certificatePem));
    const auto facts = Pki::inspect(identity->certificatePem, identity->privateKeyPem, {}, &error);
    QVERIFY2(facts, qPrintable(error));
    QVERIFY(facts->matchesKey);
    QVERIFY(facts->selfSigned);
    QVERIFY(!facts->isCa);
    QCOMPARE(facts->commonName, name);
    const QDateTime expected = QDateTime::currentDateTimeUtc().addDays(Pki::validityDays);
    QVERIFY2(qAbs(facts->notAfter.secsTo(expected)) < 3600,
             qPrintable(facts->notAfter.toString(Qt::ISODate)));
}

void TestPki::caFields()
{
    QString error;
    const auto ca = Pki::createCa(QStringLiteral("corp CA"), &error);
    QVERIFY2(ca, qPrintable(error));
    const X509Ptr cert = parse(ca->certificatePem);
    QVERIFY(cert);
    QCOMPARE(Pki::commonName(ca->certificatePem), QStringLiteral("corp CA"));
    QCOMPARE(X509_check_ca(cert.get()), 1);
    QCOMPARE(X509_get_pathlen(cert.get()), 0L);
    QVERIFY(extensionCritical(cert.get(), NID_basic_constraints));
    QCOMPARE(X509_get_key_usage(cert.get()), quint32(KU_KEY_CERT_SIGN | KU_CRL_SIGN));
    QCOMPARE(X509_get_signature_nid(cert.get()), NID_ecdsa_with_SHA256);
    QCOMPARE(X509_verify(cert.get(), X509_get0_pubkey(cert.get())), 1);
    QVERIFY(Pki::isSelfSigned(ca->certificatePem));
}

void TestPki::invalidNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a'));
}

void TestPki::invalidNames()
{
    QFETCH(QString, name);
    QString error;
    QVERIFY(!Pki::createSelfSigned(name, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!Pki::createCa(name, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    const auto ca = Pki::createCa(QStringLiteral("ca"), &error);
    QVERIFY(ca);
    QVERIFY(!Pki::createSigned(name, *ca, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Pki::createSelfSigned(name, nullptr)); // no error wanted: must not crash
}

void TestPki::freshMaterialEachTime()
{
    QString error;
    const auto first = Pki::createSelfSigned(QStringLiteral("gw"), &error);
    const auto second = Pki::createSelfSigned(QStringLiteral("gw"), &error);
    QVERIFY(first && second);
    QVERIFY(first->privateKeyPem != second->privateKeyPem);
    const X509Ptr a = parse(first->certificatePem);
    const X509Ptr b = parse(second->certificatePem);
    QVERIFY(serialHex(a.get()) != serialHex(b.get()));
    QVERIFY(publicKeyDer(a.get()) != publicKeyDer(b.get()));
    QVERIFY(Pki::sha256Fingerprint(first->certificatePem) != Pki::sha256Fingerprint(second->certificatePem));
}

void TestPki::createSignedRejectsBadCa_data()
{
    QTest::addColumn<Identity>("ca");
    QString error;
    const Identity leaf = *Pki::createSelfSigned(QStringLiteral("leaf"), &error);
    const Identity ca1 = *Pki::createCa(QStringLiteral("ca1"), &error);
    const Identity ca2 = *Pki::createCa(QStringLiteral("ca2"), &error);
    QTest::newRow("not a CA") << leaf;
    QTest::newRow("key of another CA") << Identity{ca1.certificatePem, ca2.privateKeyPem};
    QTest::newRow("unreadable certificate") << Identity{"garbage", ca1.privateKeyPem};
    QTest::newRow("unreadable key") << Identity{ca1.certificatePem, "garbage"};
    QTest::newRow("empty") << Identity{};
}

void TestPki::createSignedRejectsBadCa()
{
    QFETCH(Identity, ca);
    QString error;
    QVERIFY(!Pki::createSigned(QStringLiteral("gw"), ca, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QString good;
    const auto self = Pki::createSelfSigned(QStringLiteral("gw"), &good);
    QVERIFY(self);
    QVERIFY(!Pki::reissue(*self, QStringLiteral("gw"), &ca, &error));
    QVERIFY(!error.isEmpty());
}

void TestPki::reissueKeepsKey_data()
{
    QTest::addColumn<bool>("fromCa");
    QTest::addColumn<bool>("toCa");
    QTest::newRow("self-signed renamed") << false << false;
    QTest::newRow("self-signed to CA-signed") << false << true;
    QTest::newRow("CA-signed to self-signed") << true << false;
    QTest::newRow("CA-signed renamed") << true << true;
}

void TestPki::reissueKeepsKey()
{
    QFETCH(bool, fromCa);
    QFETCH(bool, toCa);
    QString error;
    const auto ca = Pki::createCa(QStringLiteral("mesh CA"), &error);
    QVERIFY(ca);
    const auto old = fromCa ? Pki::createSigned(QStringLiteral("old"), *ca, &error)
                            : Pki::createSelfSigned(QStringLiteral("old"), &error);
    QVERIFY(old);
    const auto renewed = Pki::reissue(*old, QStringLiteral("new"), toCa ? &*ca : nullptr, &error);
    QVERIFY2(renewed, qPrintable(error));

    QCOMPARE(renewed->privateKeyPem, old->privateKeyPem);
    const X509Ptr before = parse(old->certificatePem);
    const X509Ptr after = parse(renewed->certificatePem);
    QCOMPARE(publicKeyDer(after.get()), publicKeyDer(before.get()));
    QVERIFY(serialHex(after.get()) != serialHex(before.get()));
    QCOMPARE(Pki::commonName(renewed->certificatePem), QStringLiteral("new"));
    QCOMPARE(Pki::isSelfSigned(renewed->certificatePem), !toCa);
    QCOMPARE(Pki::isIssuedBy(renewed->certificatePem, ca->certificatePem), toCa);
    QCOMPARE(X509_check_ca(after.get()), 0);
    const auto facts = Pki::inspect(renewed->certificatePem, old->privateKeyPem, {}, &error);
    QVERIFY(facts && facts->matchesKey);

    // Only the key is needed: a lost certificate can be re-issued.
    QVERIFY(Pki::reissue(Identity{{}, old->privateKeyPem}, QStringLiteral("again"), nullptr, &error));
    QVERIFY(!Pki::reissue(Identity{old->certificatePem, "garbage"}, QStringLiteral("x"), nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestPki::reissueCa()
{
    QString error;
    const auto ca = Pki::createCa(QStringLiteral("old CA"), &error);
    QVERIFY(ca);
    const auto renewed = Pki::reissueCa(ca->privateKeyPem, QStringLiteral("new CA"), &error);
    QVERIFY2(renewed, qPrintable(error));
    const X509Ptr before = parse(ca->certificatePem);
    const X509Ptr after = parse(renewed->certificatePem);
    QCOMPARE(publicKeyDer(after.get()), publicKeyDer(before.get()));
    QCOMPARE(X509_check_ca(after.get()), 1);
    QCOMPARE(Pki::commonName(renewed->certificatePem), QStringLiteral("new CA"));
    QVERIFY(Pki::createSigned(QStringLiteral("gw"), *renewed, &error));
}

void TestPki::unreadableInput()
{
    for (const QByteArray &bad :
         {QByteArray(), QByteArray("garbage"),
          QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")}) {
        QVERIFY(Pki::commonName(bad).isEmpty());
        QVERIFY(Pki::sha256Fingerprint(bad).isEmpty());
        QVERIFY(!Pki::isSelfSigned(bad));
        QString problem;
        QVERIFY(!Pki::inspect(bad, {}, {}, &problem));
        QVERIFY(!problem.isEmpty());
        problem.clear();
        QVERIFY(!Pki::checkPrivateKey(bad, &problem));
        QVERIFY(!problem.isEmpty());
    }
}

void TestPki::tlsCryptKeyFormat()
{
    QString error;
    const QByteArray key = Pki::createTlsCryptKey(&error);
    QVERIFY2(!key.isEmpty(), qPrintable(error));
    QVERIFY(key.endsWith('\n'));
    const QList<QByteArray> lines = key.chopped(1).split('\n');
    QCOMPARE(lines.size(), 18);
    QCOMPARE(lines.first(), QByteArray("-----BEGIN OpenVPN Static key V1-----"));
    QCOMPARE(lines.last(), QByteArray("-----END OpenVPN Static key V1-----"));
    static const QRegularExpression hexLine(QStringLiteral("^[0-9a-f]{32}$"));
    QByteArray bytes;
    for (qsizetype i = 1; i <= 16; ++i) {
        QVERIFY2(hexLine.match(QString::fromLatin1(lines[i])).hasMatch(), lines[i].constData());
        bytes += QByteArray::fromHex(lines[i]);
    }
    QCOMPARE(bytes.size(), Pki::tlsCryptKeyBytes);
    QVERIFY(Pki::checkTlsCryptKey(key, &error));
    QVERIFY(Pki::createTlsCryptKey(&error) != key);
}

void TestPki::checkTlsCryptKey_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    const QByteArray good = Pki::createTlsCryptKey(nullptr);
    const QList<QByteArray> lines = good.split('\n');
    QTest::newRow("ours") << good << true;
    QTest::newRow("comments and CRLF")
        << QByteArray("#\n# 2048 bit OpenVPN static key\n#\n" + good).replace("\n", "\r\n") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("no end line") << QByteArray(good).replace("-----END OpenVPN Static key V1-----", "")
                                 << false;
    QTest::newRow("no begin line") << QByteArray(good).replace("-----BEGIN OpenVPN Static key V1-----", "")
                                   << false;
    QTest::newRow("line missing") << QByteArray(good).replace(lines[3] + '\n', "") << false;
    QTest::newRow("extra line") << QByteArray(good).replace(lines[3] + '\n',
                                                            lines[3] + '\n' + lines[3] + '\n')
                                << false;
    QTest::newRow("not hex") << QByteArray(good).replace(lines[2], QByteArray(32, 'z')) << false;
    QTest::newRow("text after the end") << good + "trailing\n" << false;
    QTest::newRow("a certificate") << Pki::createSelfSigned(QStringLiteral("x"), nullptr)->certificatePem
                                   << false;
}

void TestPki::checkTlsCryptKey()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QString problem;
    QCOMPARE(Pki::checkTlsCryptKey(text, &problem), valid);
    QCOMPARE(problem.isEmpty(), valid);
}

void TestPki::concurrentUse()
{
    // Several threads at once (as a parallel generator would): every result complete and distinct.
    constexpr int threads = 4;
    constexpr int perThread = 8;
    QList<Identity> identities[threads];
    QList<QByteArray> keys[threads];
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([t, &identities, &keys] {
            const auto ca = Pki::createCa(QStringLiteral("ca-%1").arg(t), nullptr);
            for (int i = 0; i < perThread; ++i) {
                const auto identity = i % 2 ? Pki::createSelfSigned(QStringLiteral("gw-%1").arg(i), nullptr)
                                            : Pki::createSigned(QStringLiteral("gw-%1").arg(i), *ca, nullptr);
                identities[t].append(identity.value_or(Identity{}));
                keys[t].append(Pki::createTlsCryptKey(nullptr));
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    QSet<QString> fingerprints;
    QSet<QByteArray> allKeys;
    for (int t = 0; t < threads; ++t) {
        for (int i = 0; i < perThread; ++i) {
            const Identity &identity = identities[t][i];
            const auto facts = Pki::inspect(identity.certificatePem, identity.privateKeyPem, {}, nullptr);
            QVERIFY(facts && facts->matchesKey);
            QCOMPARE(facts->commonName, QStringLiteral("gw-%1").arg(i));
            fingerprints.insert(Pki::sha256Fingerprint(identity.certificatePem));
            QVERIFY(Pki::checkTlsCryptKey(keys[t][i], nullptr));
            allKeys.insert(keys[t][i]);
        }
    }
    QCOMPARE(fingerprints.size(), threads * perThread);
    QCOMPARE(allKeys.size(), threads * perThread);
}

QTEST_GUILESS_MAIN(TestPki)
#include "tst_pki.moc"
