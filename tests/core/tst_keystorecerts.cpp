// KeyStore certificates: re-issued for the same key when a LAN or the mesh is renamed, the key mode
// switches, a certificate is lost or about to expire; gateway certificates follow their CA.

#include "keys/keystore.h"
#include "keystoretest.h"
#include "testfiles.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pvpn;
using namespace p2pvpn::test;

class TestKeyStoreCerts : public QObject
{
    Q_OBJECT
private slots:
    void renameReissuesSameKey_data();
    void renameReissuesSameKey();
    void modeSwitchReissuesSameKey();
    void caRename();
    void gatewayBeforeCa();
    void lostCertificateIsReissued();
    void expiringCertificateIsRenewed_data();
    void expiringCertificateIsRenewed();
};

void TestKeyStoreCerts::renameReissuesSameKey_data()
{
    QTest::addColumn<KeyMode>("mode");
    QTest::newRow("fingerprint") << KeyMode::Fingerprint;
    QTest::newRow("ca") << KeyMode::Ca;
}

void TestKeyStoreCerts::renameReissuesSameKey()
{
    QFETCH(KeyMode, mode);
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    QString error;
    KeyStore store(dir);
    const auto old = store.gateway(7, QStringLiteral("office"), mode, &error);
    QVERIFY2(old, qPrintable(error));
    const auto renamed = store.gateway(7, QStringLiteral("hq"), mode, &error);
    QVERIFY2(renamed, qPrintable(error));
    QCOMPARE(renamed->privateKeyPem, old->privateKeyPem);
    QVERIFY(renamed->certificatePem != old->certificatePem);
    QCOMPARE(Pki::commonName(renamed->certificatePem), QStringLiteral("hq"));
    QVERIFY(Pki::inspect(renamed->certificatePem, old->privateKeyPem, {}, nullptr)->matchesKey);
    QVERIFY(Pki::sha256Fingerprint(renamed->certificatePem) != Pki::sha256Fingerprint(old->certificatePem));
    QCOMPARE(Pki::isSelfSigned(renamed->certificatePem), mode == KeyMode::Fingerprint);

    // Stored: a later run gets the re-issued certificate, and renaming back re-issues again.
    KeyStore later(dir);
    QCOMPARE(later.gateway(7, QStringLiteral("hq"), mode, &error), renamed);
    const auto back = later.gateway(7, QStringLiteral("office"), mode, &error);
    QVERIFY(back);
    QCOMPARE(back->privateKeyPem, old->privateKeyPem);
    QCOMPARE(Pki::commonName(back->certificatePem), QStringLiteral("office"));
}

void TestKeyStoreCerts::modeSwitchReissuesSameKey()
{
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    QString error;
    KeyStore store(dir);
    const auto fingerprint = store.gateway(1, QStringLiteral("a"), KeyMode::Fingerprint, &error);
    QVERIFY2(fingerprint, qPrintable(error));
    const auto ca = store.ca(QStringLiteral("corp"), &error);
    QVERIFY2(ca, qPrintable(error));

    KeyStore caRun(dir);
    const auto signedByCa = caRun.gateway(1, QStringLiteral("a"), KeyMode::Ca, &error);
    QVERIFY2(signedByCa, qPrintable(error));
    QCOMPARE(signedByCa->privateKeyPem, fingerprint->privateKeyPem);
    QVERIFY(Pki::isIssuedBy(signedByCa->certificatePem, ca->certificatePem));
    QVERIFY(!Pki::isSelfSigned(signedByCa->certificatePem));

    KeyStore fingerprintRun(dir);
    const auto selfSigned = fingerprintRun.gateway(1, QStringLiteral("a"), KeyMode::Fingerprint, &error);
    QVERIFY2(selfSigned, qPrintable(error));
    QCOMPARE(selfSigned->privateKeyPem, fingerprint->privateKeyPem);
    QVERIFY(Pki::isSelfSigned(selfSigned->certificatePem));
    // And stays so: no further re-issue while nothing changes.
    QCOMPARE(KeyStore(dir).gateway(1, QStringLiteral("a"), KeyMode::Fingerprint, &error), selfSigned);
}

void TestKeyStoreCerts::caRename()
{
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    QString error;
    KeyStore store(dir);
    const auto ca = store.ca(QStringLiteral("corp"), &error);
    QVERIFY2(ca, qPrintable(error));
    const auto gw = store.gateway(1, QStringLiteral("a"), KeyMode::Ca, &error);
    QVERIFY(gw);
    QCOMPARE(store.ca(QStringLiteral("corp"), &error), ca);

    const auto renamed = store.ca(QStringLiteral("acme"), &error);
    QVERIFY2(renamed, qPrintable(error));
    QCOMPARE(renamed->privateKeyPem, ca->privateKeyPem);
    QCOMPARE(Pki::commonName(renamed->certificatePem), QStringLiteral("acme CA"));
    const auto gwAfter = store.gateway(1, QStringLiteral("a"), KeyMode::Ca, &error);
    QVERIFY2(gwAfter, qPrintable(error));
    QCOMPARE(gwAfter->privateKeyPem, gw->privateKeyPem);
    QVERIFY(Pki::isIssuedBy(gwAfter->certificatePem, renamed->certificatePem));
    QVERIFY(!Pki::isIssuedBy(gwAfter->certificatePem, ca->certificatePem)); // issuer name moved on

    KeyStore later(dir);
    QCOMPARE(later.ca(QStringLiteral("acme"), &error), renamed);
    QCOMPARE(later.gateway(1, QStringLiteral("a"), KeyMode::Ca, &error), gwAfter);
}

void TestKeyStoreCerts::gatewayBeforeCa()
{
    // CA mode without asking for the CA first: one is made under the default name, and stays.
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    QString error;
    const auto gw = KeyStore(dir).gateway(1, QStringLiteral("a"), KeyMode::Ca, &error);
    QVERIFY2(gw, qPrintable(error));
    KeyStore later(dir);
    const auto gwLater = later.gateway(1, QStringLiteral("a"), KeyMode::Ca, &error);
    QCOMPARE(gwLater, gw);
    const auto ca = later.ca(QStringLiteral("mesh"), &error);
    QVERIFY(ca);
    QCOMPARE(Pki::commonName(ca->certificatePem), QStringLiteral("mesh CA"));
    QVERIFY(Pki::isIssuedBy(gw->certificatePem, ca->certificatePem));
    QCOMPARE(later.gateway(1, QStringLiteral("a"), KeyMode::Ca, &error), gw);
}

void TestKeyStoreCerts::lostCertificateIsReissued()
{
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    QString error;
    const auto gw = KeyStore(dir).gateway(1, QStringLiteral("a"), KeyMode::Fingerprint, &error);
    QVERIFY(gw);
    QVERIFY(QFile::remove(dir + QLatin1Char('/') + KeyStore::gatewayCertFileName(1)));
    const auto again = KeyStore(dir).gateway(1, QStringLiteral("a"), KeyMode::Fingerprint, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->privateKeyPem, gw->privateKeyPem);
    QVERIFY(Pki::isSelfSigned(again->certificatePem));
    QVERIFY(QFile::exists(dir + QLatin1Char('/') + KeyStore::gatewayCertFileName(1)));
}

void TestKeyStoreCerts::expiringCertificateIsRenewed_data()
{
    QTest::addColumn<KeyMode>("mode");
    QTest::addColumn<bool>("caCertificate"); // renew the CA's certificate, else a gateway's
    QTest::newRow("gateway (self-signed)") << KeyMode::Fingerprint << false;
    QTest::newRow("CA") << KeyMode::Ca << true;
}

// A certificate made elsewhere (by the openssl program) for the stored key, ending in 30 days: the next use
// re-issues it for ten years with the same key, and nothing else changes.
void TestKeyStoreCerts::expiringCertificateIsRenewed()
{
    QFETCH(KeyMode, mode);
    QFETCH(bool, caCertificate);
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl program is not installed (package openssl)");
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    QString error;
    std::optional<Snapshot> before;
    {
        KeyStore store(dir);
        before = snapshot(store, mode, &error);
        QVERIFY2(before, qPrintable(error));
    }
    const QString keyFile = dir + QLatin1Char('/') +
                            (caCertificate ? KeyStore::caKeyFileName() : KeyStore::gatewayKeyFileName(1));
    const QString certFile = dir + QLatin1Char('/') +
                             (caCertificate ? KeyStore::caCertFileName() : KeyStore::gatewayCertFileName(1));
    QStringList arguments{QStringLiteral("req"),     QStringLiteral("-x509"),
                          QStringLiteral("-config"), QStringLiteral("/dev/null"),
                          QStringLiteral("-key"),    keyFile,
                          QStringLiteral("-days"),   QStringLiteral("30"),
                          QStringLiteral("-out"),    certFile,
                          QStringLiteral("-subj")};
    if (caCertificate) {
        arguments << QStringLiteral("/CN=corp CA") << QStringLiteral("-addext")
                  << QStringLiteral("basicConstraints=critical,CA:TRUE");
    } else {
        // A self-signed leaf, as fingerprint mode expects: only its end date is wrong.
        arguments << QStringLiteral("/CN=lan-1") << QStringLiteral("-addext")
                  << QStringLiteral("basicConstraints=critical,CA:FALSE");
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, arguments);
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
    const QByteArray shortLived = readAll(certFile);
    const auto facts = Pki::inspect(shortLived, readAll(keyFile), {}, &error);
    QVERIFY2(facts && facts->matchesKey, qPrintable(error));
    QVERIFY(facts->notAfter < QDateTime::currentDateTimeUtc().addDays(31));
    QCOMPARE(facts->isCa, caCertificate);
    QVERIFY(facts->selfSigned);

    KeyStore store(dir);
    const auto after = snapshot(store, mode, &error);
    QVERIFY2(after, qPrintable(error));
    const Identity renewed = caCertificate ? after->ca : after->gateways[1];
    QVERIFY(renewed.certificatePem != shortLived);
    QCOMPARE(renewed.privateKeyPem, readAll(keyFile));
    QCOMPARE(readAll(certFile), renewed.certificatePem);
    const auto renewedFacts = Pki::inspect(renewed.certificatePem, renewed.privateKeyPem, {}, &error);
    QVERIFY(renewedFacts && renewedFacts->matchesKey);
    QVERIFY(renewedFacts->notAfter > QDateTime::currentDateTimeUtc().addDays(Pki::validityDays - 2));
    QCOMPARE(after->tunnels, before->tunnels);
    for (LanId id : lanIds)
        QCOMPARE(after->gateways[id].privateKeyPem, before->gateways[id].privateKeyPem);
    QCOMPARE(after->ca.privateKeyPem, before->ca.privateKeyPem);
}

QTEST_GUILESS_MAIN(TestKeyStoreCerts)
#include "tst_keystorecerts.moc"
