// Pki: certificate fields checked with libcrypto, fingerprints and chains cross-checked with the openssl
// program, tls-crypt keys against `openvpn --genkey secret`, and real openvpn handshakes on loopback.

#include "keys/pki.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <thread>

using namespace p2pvpn;

Q_DECLARE_METATYPE(p2pvpn::Identity)

namespace {

struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr parse(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return X509Ptr(cert);
}

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

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.output = process.readAll();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QList<QByteArray> keyLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            lines.append(line);
    }
    return lines;
}

Identity identityFor(const QString &kind, const QString &name)
{
    QString error;
    if (kind == QLatin1String("ca"))
        return *Pki::createCa(name, &error);
    if (kind == QLatin1String("signed"))
        return *Pki::createSigned(name, *Pki::createCa(QStringLiteral("test CA"), &error), &error);
    return *Pki::createSelfSigned(name, &error);
}

// A UDP port on loopback that is free right now (the openvpn server binds it a moment later).
quint16 freeUdpPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
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
    void signedVerifiesAgainstCa();
    void createSignedRejectsBadCa_data();
    void createSignedRejectsBadCa();
    void reissueKeepsKey_data();
    void reissueKeepsKey();
    void reissueCa();
    void fingerprintMatchesOpenssl_data();
    void fingerprintMatchesOpenssl();
    void unreadableInput();
    void tlsCryptKeyFormat();
    void tlsCryptKeyMatchesOpenvpn();
    void checkTlsCryptKey_data();
    void checkTlsCryptKey();
    void concurrentUse();
    void openvpnHandshake_data();
    void openvpnHandshake();
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

void TestPki::signedVerifiesAgainstCa()
{
    QString error;
    const auto ca = Pki::createCa(QStringLiteral("corp CA"), &error);
    const auto otherCa = Pki::createCa(QStringLiteral("corp CA"), &error); // same name, other key
    QVERIFY(ca && otherCa);
    const auto gw = Pki::createSigned(QStringLiteral("lan-1"), *ca, &error);
    QVERIFY2(gw, qPrintable(error));

    const X509Ptr cert = parse(gw->certificatePem);
    const X509Ptr caCert = parse(ca->certificatePem);
    const X509Ptr otherCert = parse(otherCa->certificatePem);
    QCOMPARE(Pki::commonName(gw->certificatePem), QStringLiteral("lan-1"));
    QCOMPARE(X509_NAME_cmp(X509_get_issuer_name(cert.get()), X509_get_subject_name(caCert.get())), 0);
    QCOMPARE(X509_verify(cert.get(), X509_get0_pubkey(caCert.get())), 1);
    QVERIFY(X509_verify(cert.get(), X509_get0_pubkey(otherCert.get())) != 1);
    QCOMPARE(X509_check_ca(cert.get()), 0);
    QCOMPARE(X509_get_extended_key_usage(cert.get()) & (XKU_SSL_SERVER | XKU_SSL_CLIENT),
             quint32(XKU_SSL_SERVER | XKU_SSL_CLIENT));
    QVERIFY(X509_get0_authority_key_id(cert.get()) != nullptr);
    QCOMPARE(
        ASN1_OCTET_STRING_cmp(X509_get0_authority_key_id(cert.get()), X509_get0_subject_key_id(caCert.get())),
        0);
    QVERIFY(Pki::isIssuedBy(gw->certificatePem, ca->certificatePem));
    QVERIFY(!Pki::isIssuedBy(gw->certificatePem, otherCa->certificatePem));
    QVERIFY(!Pki::isSelfSigned(gw->certificatePem));

    // The openssl program agrees, for both TLS roles.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl program is not installed (package openssl)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString caFile = writeFile(dir, QStringLiteral("ca.pem"), ca->certificatePem);
    const QString otherFile = writeFile(dir, QStringLiteral("other.pem"), otherCa->certificatePem);
    const QString certFile = writeFile(dir, QStringLiteral("gw.pem"), gw->certificatePem);
    for (const QString &purpose : {QStringLiteral("sslserver"), QStringLiteral("sslclient")}) {
        const Run ok = run(openssl, {QStringLiteral("verify"), QStringLiteral("-purpose"), purpose,
                                     QStringLiteral("-CAfile"), caFile, certFile});
        QVERIFY2(ok.exitCode == 0 && ok.output.contains(": OK"), ok.output.constData());
    }
    const Run wrong =
        run(openssl, {QStringLiteral("verify"), QStringLiteral("-CAfile"), otherFile, certFile});
    QVERIFY2(wrong.exitCode != 0, wrong.output.constData());
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

void TestPki::fingerprintMatchesOpenssl_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("self-signed") << QStringLiteral("self");
    QTest::newRow("CA") << QStringLiteral("ca");
    QTest::newRow("CA-signed") << QStringLiteral("signed");
}

void TestPki::fingerprintMatchesOpenssl()
{
    QFETCH(QString, kind);
    const Identity identity = identityFor(kind, QStringLiteral("gw"));
    const QString fingerprint = Pki::sha256Fingerprint(identity.certificatePem);
    static const QRegularExpression format(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    QVERIFY2(format.match(fingerprint).hasMatch(), qPrintable(fingerprint));

    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl program is not installed (package openssl)");
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("cert.pem"), identity.certificatePem);
    const Run result =
        run(openssl, {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                      QStringLiteral("-sha256"), QStringLiteral("-in"), file});
    QVERIFY2(result.exitCode == 0, result.output.constData());
    const QByteArray line = result.output.trimmed(); // "sha256 Fingerprint=AB:CD:..."
    QVERIFY2(line.contains('='), line.constData());
    QCOMPARE(QString::fromLatin1(line.mid(line.indexOf('=') + 1)), fingerprint);
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

void TestPki::tlsCryptKeyMatchesOpenvpn()
{
    const QString openvpn = QStandardPaths::findExecutable(
        QStringLiteral("openvpn"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (openvpn.isEmpty())
        QSKIP("openvpn is not installed (package openvpn)");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("static.key"));
    const Run result = run(openvpn, {QStringLiteral("--genkey"), QStringLiteral("secret"), file});
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QFile keyFile(file);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray theirs = keyFile.readAll();

    // Same structure, line for line, once openvpn's '#' comment lines are set aside.
    const QList<QByteArray> theirLines = keyLines(theirs);
    const QList<QByteArray> ourLines = keyLines(Pki::createTlsCryptKey(nullptr));
    QCOMPARE(ourLines.size(), theirLines.size());
    QCOMPARE(ourLines.first(), theirLines.first());
    QCOMPARE(ourLines.last(), theirLines.last());
    static const QRegularExpression hexLine(QStringLiteral("^[0-9a-f]+$"));
    for (qsizetype i = 1; i + 1 < ourLines.size(); ++i) {
        QCOMPARE(ourLines[i].size(), theirLines[i].size());
        QVERIFY(hexLine.match(QString::fromLatin1(theirLines[i])).hasMatch());
        QVERIFY(hexLine.match(QString::fromLatin1(ourLines[i])).hasMatch());
    }
    QString problem;
    QVERIFY2(Pki::checkTlsCryptKey(theirs, &problem), qPrintable(problem));
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

void TestPki::openvpnHandshake_data()
{
    QTest::addColumn<bool>("caMode");
    QTest::addColumn<bool>("spoiled"); // a wrong fingerprint / name: the handshake must be refused
    QTest::newRow("fingerprint") << false << false;
    QTest::newRow("CA and verify-x509-name") << true << false;
    QTest::newRow("wrong fingerprint") << false << true;
    QTest::newRow("wrong verify-x509-name") << true << true;
}

// Two real openvpn processes on loopback with `--dev null` (no tun device, no root) complete a TLS
// handshake with our certificates and tls-crypt key, exactly as the generated configs will use them.
void TestPki::openvpnHandshake()
{
    QFETCH(bool, caMode);
    QFETCH(bool, spoiled);
    const QString openvpn = QStandardPaths::findExecutable(
        QStringLiteral("openvpn"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (openvpn.isEmpty())
        QSKIP("openvpn is not installed (package openvpn)");

    QString error;
    const auto ca = Pki::createCa(QStringLiteral("mesh CA"), &error);
    QVERIFY(ca);
    const auto server = caMode ? Pki::createSigned(QStringLiteral("lan-a"), *ca, &error)
                               : Pki::createSelfSigned(QStringLiteral("lan-a"), &error);
    const auto client = caMode ? Pki::createSigned(QStringLiteral("lan-b"), *ca, &error)
                               : Pki::createSelfSigned(QStringLiteral("lan-b"), &error);
    QVERIFY2(server && client, qPrintable(error));
    const QByteArray tlsCrypt = Pki::createTlsCryptKey(&error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tlsCryptFile = writeFile(dir, QStringLiteral("tc.key"), tlsCrypt);
    const QString caFile = writeFile(dir, QStringLiteral("ca.crt"), ca->certificatePem);

    auto arguments = [&](const Identity &self, const Identity &peer, const QString &peerName,
                         const QString &tag) {
        QStringList args{QStringLiteral("--dev"),
                         QStringLiteral("null"),
                         QStringLiteral("--proto"),
                         QStringLiteral("udp"),
                         QStringLiteral("--verb"),
                         QStringLiteral("3"),
                         QStringLiteral("--cert"),
                         writeFile(dir, tag + QLatin1String(".crt"), self.certificatePem),
                         QStringLiteral("--key"),
                         writeFile(dir, tag + QLatin1String(".key"), self.privateKeyPem),
                         QStringLiteral("--tls-crypt"),
                         tlsCryptFile,
                         QStringLiteral("--connect-retry"),
                         QStringLiteral("1"),
                         QStringLiteral("--hand-window"),
                         QStringLiteral("10")};
        if (caMode) {
            args << QStringLiteral("--ca") << caFile << QStringLiteral("--verify-x509-name")
                 << (spoiled ? QStringLiteral("lan-z") : peerName) << QStringLiteral("name");
        } else {
            const Identity other = spoiled ? *Pki::createSelfSigned(peerName, nullptr) : peer;
            args << QStringLiteral("--peer-fingerprint") << Pki::sha256Fingerprint(other.certificatePem);
        }
        return args;
    };
    const quint16 port = freeUdpPort();
    QVERIFY(port != 0);
    QStringList serverArgs = arguments(*server, *client, QStringLiteral("lan-b"), QStringLiteral("server"));
    serverArgs << QStringLiteral("--tls-server") << QStringLiteral("--dh") << QStringLiteral("none")
               << QStringLiteral("--local") << QStringLiteral("127.0.0.1") << QStringLiteral("--lport")
               << QString::number(port);
    QStringList clientArgs = arguments(*client, *server, QStringLiteral("lan-a"), QStringLiteral("client"));
    clientArgs << QStringLiteral("--tls-client") << QStringLiteral("--nobind") << QStringLiteral("--remote")
               << QStringLiteral("127.0.0.1") << QString::number(port);

    QProcess serverProcess;
    QProcess clientProcess;
    // Stopped on every way out of this function, including a failed QVERIFY.
    const auto stop = qScopeGuard([&] {
        for (QProcess *p : {&serverProcess, &clientProcess}) {
            p->kill();
            p->waitForFinished(5000);
        }
    });
    for (QProcess *p : {&serverProcess, &clientProcess})
        p->setProcessChannelMode(QProcess::MergedChannels);
    serverProcess.start(openvpn, serverArgs);
    QVERIFY(serverProcess.waitForStarted());
    clientProcess.start(openvpn, clientArgs);
    QVERIFY(clientProcess.waitForStarted());

    const QByteArray done = "Initialization Sequence Completed";
    const QByteArray refused = "certificate verify failed";
    QByteArray serverLog;
    QByteArray clientLog;
    // Success: both ends complete. Refusal: openvpn names the failed check. Either comes within seconds;
    // the deadline only keeps a broken setup from hanging the test.
    const QDeadlineTimer deadline(30000);
    auto finished = [&] {
        if (spoiled)
            return serverLog.contains(refused) || clientLog.contains(refused);
        return serverLog.contains(done) && clientLog.contains(done);
    };
    while (!finished() && !deadline.hasExpired()) {
        serverProcess.waitForReadyRead(100);
        clientProcess.waitForReadyRead(100);
        serverLog += serverProcess.readAll();
        clientLog += clientProcess.readAll();
        if (serverProcess.state() == QProcess::NotRunning && clientProcess.state() == QProcess::NotRunning)
            break;
    }
    const QByteArray logs = "--- server ---\n" + serverLog + "--- client ---\n" + clientLog;
    if (spoiled) {
        QVERIFY2(!serverLog.contains(done) || !clientLog.contains(done), logs.constData());
        QVERIFY2(finished(), logs.constData());
    } else {
        QVERIFY2(finished(), logs.constData());
    }
}

QTEST_GUILESS_MAIN(TestPki)
#include "tst_pki.moc"
