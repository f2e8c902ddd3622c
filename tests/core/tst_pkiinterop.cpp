// Pki against the real tools: chains and fingerprints cross-checked with the openssl program, tls-crypt
// keys against `openvpn --genkey secret`, and real openvpn handshakes on loopback.

#include "keys/pki.h"
#include "pkitest.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

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

class TestPkiInterop : public QObject
{
    Q_OBJECT
private slots:
    void signedVerifiesAgainstCa();
    void fingerprintMatchesOpenssl_data();
    void fingerprintMatchesOpenssl();
    void tlsCryptKeyMatchesOpenvpn();
    void openvpnHandshake_data();
    void openvpnHandshake();
};

void TestPkiInterop::signedVerifiesAgainstCa()
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

void TestPkiInterop::fingerprintMatchesOpenssl_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("self-signed") << QStringLiteral("self");
    QTest::newRow("CA") << QStringLiteral("ca");
    QTest::newRow("CA-signed") << QStringLiteral("signed");
}

void TestPkiInterop::fingerprintMatchesOpenssl()
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

void TestPkiInterop::tlsCryptKeyMatchesOpenvpn()
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

void TestPkiInterop::openvpnHandshake_data()
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
void TestPkiInterop::openvpnHandshake()
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

QTEST_GUILESS_MAIN(TestPkiInterop)
#include "tst_pkiinterop.moc"
