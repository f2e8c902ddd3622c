// KeyStore: modes on disk, reuse across instances, what each rotation changes, damaged files reported by
// name and left alone, pruning, concurrent use. Certificates re-issued for the same key: tst_keystorecerts.

#include "keys/keystore.h"
#include "keystoretest.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <thread>

using namespace p2pvpn;
using namespace p2pvpn::test;

class TestKeyStore : public QObject
{
    Q_OBJECT
private slots:
    void directoryFor_data();
    void directoryFor();
    void modesOnDisk_data();
    void modesOnDisk();
    void existingStoreIsClosed();
    void reuseAcrossInstances_data();
    void reuseAcrossInstances();
    void rotation_data();
    void rotation();
    void damagedFile_data();
    void damagedFile();
    void damagedTunnelKeysAndRotation();
    void prune();
    void concurrentUse();
    void badInput();
};

void TestKeyStore::directoryFor_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("expected");
    QTest::newRow("absolute") << QStringLiteral("/x/corp.p2pmesh") << QStringLiteral("/x/corp.p2pmesh.keys");
    QTest::newRow("relative") << QStringLiteral("corp.p2pmesh") << QStringLiteral("corp.p2pmesh.keys");
    QTest::newRow("other extension") << QStringLiteral("/x/mesh.json") << QStringLiteral("/x/mesh.json.keys");
}

void TestKeyStore::directoryFor()
{
    QFETCH(QString, project);
    QFETCH(QString, expected);
    QCOMPARE(KeyStore::directoryFor(project), expected);
    QCOMPARE(KeyStore(expected).directory(), expected);
}

void TestKeyStore::modesOnDisk_data()
{
    QTest::addColumn<int>("umaskValue");
    QTest::newRow("umask 000") << 0000;
    QTest::newRow("umask 022") << 0022;
    QTest::newRow("umask 077") << 0077;
    QTest::newRow("umask 277") << 0277; // takes bits from 0700/0600 themselves
}

void TestKeyStore::modesOnDisk()
{
    QFETCH(int, umaskValue);
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString dir = KeyStore::directoryFor(parent.filePath(QStringLiteral("corp.p2pmesh")));
    {
        const mode_t old = ::umask(mode_t(umaskValue));
        const auto restore = qScopeGuard([old] { ::umask(old); });
        KeyStore store(dir);
        QString error;
        QVERIFY2(snapshot(store, KeyMode::Ca, &error), qPrintable(error));
        QVERIFY2(store.gateway(4, QStringLiteral("fp"), KeyMode::Fingerprint, &error), qPrintable(error));
        QVERIFY2(store.sync(&error), qPrintable(error));
    }
    QCOMPARE(modeOf(dir), 0700);
    const QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(files.size(), 2 + 2 * 4 + 1); // ca, four gateways, the tunnel keys; no temporary files left
    for (const QString &file : files)
        QVERIFY2(modeOf(dir + QLatin1Char('/') + file) == 0600, qPrintable(file));
}

void TestKeyStore::existingStoreIsClosed()
{
    // A store copied or unpacked with open modes is closed again when used.
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    QString error;
    {
        KeyStore store(dir);
        QVERIFY(store.tlsCryptKey({1, 2}, &error));
        QVERIFY(store.gateway(1, QStringLiteral("a"), KeyMode::Fingerprint, &error));
    }
    const QString keyFile = dir + QLatin1Char('/') + KeyStore::tunnelKeysFileName();
    QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(keyFile).constData(), 0644) == 0);
    QCOMPARE(modeOf(keyFile), 0644);
    KeyStore store(dir);
    QVERIFY2(store.tlsCryptKey({1, 2}, &error), qPrintable(error));
    QCOMPARE(modeOf(dir), 0700);
    QCOMPARE(modeOf(keyFile), 0600);
}

void TestKeyStore::reuseAcrossInstances_data()
{
    QTest::addColumn<KeyMode>("mode");
    QTest::newRow("fingerprint") << KeyMode::Fingerprint;
    QTest::newRow("ca") << KeyMode::Ca;
}

void TestKeyStore::reuseAcrossInstances()
{
    QFETCH(KeyMode, mode);
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    QString error;
    KeyStore first(dir);
    const auto made = snapshot(first, mode, &error);
    QVERIFY2(made, qPrintable(error));
    const auto again = snapshot(first, mode, &error); // from the cache
    QVERIFY2(again, qPrintable(error));
    KeyStore second(dir);
    const auto loaded = snapshot(second, mode, &error); // from disk
    QVERIFY2(loaded, qPrintable(error));

    for (const Snapshot *s : {&*again, &*loaded}) {
        QCOMPARE(s->gateways, made->gateways);
        QCOMPARE(s->tunnels, made->tunnels);
        QCOMPARE(s->ca, made->ca);
    }
    // What is returned is what is stored.
    for (LanId id : lanIds) {
        QCOMPARE(readAll(dir + QLatin1Char('/') + KeyStore::gatewayKeyFileName(id)),
                 made->gateways[id].privateKeyPem);
        QCOMPARE(readAll(dir + QLatin1Char('/') + KeyStore::gatewayCertFileName(id)),
                 made->gateways[id].certificatePem);
        QCOMPARE(Pki::commonName(made->gateways[id].certificatePem), nameOf(id));
        if (mode == KeyMode::Ca)
            QVERIFY(Pki::isIssuedBy(made->gateways[id].certificatePem, made->ca.certificatePem));
        else
            QVERIFY(Pki::isSelfSigned(made->gateways[id].certificatePem));
    }
    const QByteArray tunnelKeys = readAll(dir + QLatin1Char('/') + KeyStore::tunnelKeysFileName());
    for (const LinkKey &tunnel : allTunnels) {
        const QByteArray record =
            "tunnel " + QByteArray::number(tunnel.a) + '-' + QByteArray::number(tunnel.b) + '\n';
        QVERIFY(tunnelKeys.contains(record + made->tunnels[tunnel]));
        QVERIFY(Pki::checkTlsCryptKey(made->tunnels[tunnel], nullptr));
    }
    if (mode == KeyMode::Ca) {
        QCOMPARE(readAll(dir + QLatin1Char('/') + KeyStore::caKeyFileName()), made->ca.privateKeyPem);
        QCOMPARE(Pki::commonName(made->ca.certificatePem), QStringLiteral("corp CA"));
    } else {
        QVERIFY(!QFile::exists(dir + QLatin1Char('/') + KeyStore::caKeyFileName()));
    }
}

void TestKeyStore::rotation_data()
{
    QTest::addColumn<QString>("rotation");
    QTest::addColumn<KeyMode>("mode");
    QTest::addColumn<QList<int>>("newKeys");
    QTest::addColumn<QList<int>>("newCertificates");
    QTest::addColumn<QStringList>("newTunnelKeys");
    QTest::addColumn<bool>("newCa");
    const auto F = KeyMode::Fingerprint;
    const auto C = KeyMode::Ca;
    const QStringList all{QStringLiteral("1-2"), QStringLiteral("1-3"), QStringLiteral("2-3")};
    QTest::newRow("gateway 2") << "gateway 2" << F << QList<int>{2} << QList<int>{2} << QStringList()
                               << false;
    QTest::newRow("gateway 2, CA") << "gateway 2" << C << QList<int>{2} << QList<int>{2} << QStringList()
                                   << false;
    QTest::newRow("tunnels of 1") << "tunnels of 1" << F << QList<int>() << QList<int>()
                                  << QStringList{QStringLiteral("1-2"), QStringLiteral("1-3")} << false;
    QTest::newRow("tunnels of 3") << "tunnels of 3" << C << QList<int>() << QList<int>()
                                  << QStringList{QStringLiteral("1-3"), QStringLiteral("2-3")} << false;
    QTest::newRow("all") << "all" << F << lanIds << lanIds << all << false;
    QTest::newRow("all, CA kept") << "all" << C << lanIds << lanIds << all << false;
    QTest::newRow("CA") << "ca" << C << QList<int>() << lanIds << QStringList() << true;
}

void TestKeyStore::rotation()
{
    QFETCH(QString, rotation);
    QFETCH(KeyMode, mode);
    QFETCH(QList<int>, newKeys);
    QFETCH(QList<int>, newCertificates);
    QFETCH(QStringList, newTunnelKeys);
    QFETCH(bool, newCa);
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    QString error;
    KeyStore store(dir);
    const auto before = snapshot(store, mode, &error);
    QVERIFY2(before, qPrintable(error));

    bool ok = false;
    if (rotation == QLatin1String("gateway 2"))
        ok = store.rotateGateway(2, &error);
    else if (rotation == QLatin1String("tunnels of 1"))
        ok = store.rotateTunnelsOf(1, &error);
    else if (rotation == QLatin1String("tunnels of 3"))
        ok = store.rotateTunnelsOf(3, &error);
    else if (rotation == QLatin1String("all"))
        ok = store.rotateAll(&error);
    else if (rotation == QLatin1String("ca"))
        ok = store.rotateCa(&error);
    QVERIFY2(ok, qPrintable(error));

    // The rotating instance (its cache) and a fresh one (the disk) agree after the next use.
    const auto after = snapshot(store, mode, &error);
    QVERIFY2(after, qPrintable(error));
    KeyStore fresh(dir);
    const auto reloaded = snapshot(fresh, mode, &error);
    QVERIFY2(reloaded, qPrintable(error));
    QCOMPARE(reloaded->gateways, after->gateways);
    QCOMPARE(reloaded->tunnels, after->tunnels);
    QCOMPARE(reloaded->ca, after->ca);

    for (LanId id : lanIds) {
        const Identity &old = before->gateways[id];
        const Identity &now = after->gateways[id];
        QVERIFY2((old.privateKeyPem != now.privateKeyPem) == newKeys.contains(id), qPrintable(nameOf(id)));
        QVERIFY2((old.certificatePem != now.certificatePem) == newCertificates.contains(id),
                 qPrintable(nameOf(id)));
        if (mode == KeyMode::Ca)
            QVERIFY(Pki::isIssuedBy(now.certificatePem, after->ca.certificatePem));
        QVERIFY(Pki::inspect(now.certificatePem, now.privateKeyPem, {}, nullptr)->matchesKey);
    }
    for (const LinkKey &tunnel : allTunnels) {
        const QString name = QStringLiteral("%1-%2").arg(tunnel.a).arg(tunnel.b);
        QVERIFY2((before->tunnels[tunnel] != after->tunnels[tunnel]) == newTunnelKeys.contains(name),
                 qPrintable(name));
    }
    QCOMPARE(before->ca.privateKeyPem != after->ca.privateKeyPem, newCa);
}

void TestKeyStore::damagedFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("edit"); // replace (with contents), truncate, duplicate (the first record)
    QTest::addColumn<QByteArray>("contents");
    const QByteArray garbage = "this is not key material\n";
    const QString replace = QStringLiteral("replace");
    QTest::newRow("gateway key") << KeyStore::gatewayKeyFileName(1) << replace << garbage;
    QTest::newRow("gateway key, empty") << KeyStore::gatewayKeyFileName(1) << replace << QByteArray();
    QTest::newRow("gateway key, truncated")
        << KeyStore::gatewayKeyFileName(1) << QStringLiteral("truncate") << QByteArray();
    QTest::newRow("gateway certificate") << KeyStore::gatewayCertFileName(1) << replace << garbage;
    QTest::newRow("gateway certificate of another key")
        << KeyStore::gatewayCertFileName(1) << replace
        << Pki::createSelfSigned(QStringLiteral("lan-1"), nullptr)->certificatePem;
    QTest::newRow("tunnel keys") << KeyStore::tunnelKeysFileName() << replace << garbage;
    QTest::newRow("tunnel keys, truncated")
        << KeyStore::tunnelKeysFileName() << QStringLiteral("truncate") << QByteArray();
    QTest::newRow("tunnel keys, a key twice")
        << KeyStore::tunnelKeysFileName() << QStringLiteral("duplicate") << QByteArray();
    QTest::newRow("tunnel keys, a bad tunnel line")
        << KeyStore::tunnelKeysFileName() << replace << "tunnel 2-1\n" + Pki::createTlsCryptKey(nullptr);
    QTest::newRow("CA key") << KeyStore::caKeyFileName() << replace << garbage;
    QTest::newRow("CA certificate") << KeyStore::caCertFileName() << replace << garbage;
}

void TestKeyStore::damagedFile()
{
    QFETCH(QString, file);
    QFETCH(QString, edit);
    QFETCH(QByteArray, contents);
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    QString error;
    {
        KeyStore store(dir);
        QVERIFY2(snapshot(store, KeyMode::Ca, &error), qPrintable(error));
    }
    const QString path = dir + QLatin1Char('/') + file;
    const QByteArray original = readAll(path);
    if (edit == QLatin1String("truncate")) {
        contents = original.chopped(100);
    } else if (edit == QLatin1String("duplicate")) {
        const qsizetype first = original.indexOf("tunnel ");
        const qsizetype second = original.indexOf("tunnel ", first + 1);
        contents = original + original.mid(first, second - first);
    }
    QVERIFY(overwrite(path, contents));

    KeyStore store(dir);
    error.clear();
    QVERIFY(!snapshot(store, KeyMode::Ca, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QCOMPARE(readAll(path), contents); // left for the user to restore, never replaced
    // Asking again gives the same answer.
    QString second;
    QVERIFY(!snapshot(store, KeyMode::Ca, &second));
    QCOMPARE(second, error);
}

void TestKeyStore::damagedTunnelKeysAndRotation()
{
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    const QString path = dir + QLatin1Char('/') + KeyStore::tunnelKeysFileName();
    QString error;
    {
        KeyStore first(dir);
        QVERIFY2(snapshot(first, KeyMode::Fingerprint, &error), qPrintable(error));
    }
    QVERIFY(overwrite(path, "garbage\n"));

    // Rotating some tunnels would rewrite the file and lose the others: refused, file untouched.
    KeyStore store(dir);
    QVERIFY(!store.rotateTunnelsOf(1, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!store.prune(lanIds, {{1, 2}}, &error));
    QCOMPARE(readAll(path), QByteArray("garbage\n"));
    // Rotating everything replaces it, as asked.
    QVERIFY2(store.rotateAll(&error), qPrintable(error));
    QVERIFY2(snapshot(store, KeyMode::Fingerprint, &error), qPrintable(error));
    QVERIFY(readAll(path).startsWith("# p2pvpn tls-crypt keys"));
}

void TestKeyStore::prune()
{
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    QString error;
    KeyStore store(dir);
    const auto before = snapshot(store, KeyMode::Ca, &error);
    QVERIFY2(before, qPrintable(error));
    QVERIFY(overwrite(dir + QStringLiteral("/notes.txt"), "mine"));
    QVERIFY(overwrite(dir + QStringLiteral("/.tunnels.keys.tmp-1-1"), "left by a crash"));

    QVERIFY2(store.prune({1, 3}, {{1, 3}}, &error), qPrintable(error));
    QStringList remaining = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    remaining.sort();
    QStringList expected{KeyStore::caCertFileName(),       KeyStore::caKeyFileName(),
                         KeyStore::gatewayCertFileName(1), KeyStore::gatewayKeyFileName(1),
                         KeyStore::gatewayCertFileName(3), KeyStore::gatewayKeyFileName(3),
                         QStringLiteral("notes.txt"),      KeyStore::tunnelKeysFileName()};
    expected.sort();
    QCOMPARE(remaining, expected);

    // Kept material is unchanged; pruned material comes back new if the LAN returns.
    QCOMPARE(store.gateway(1, nameOf(1), KeyMode::Ca, &error), before->gateways[1]);
    const LinkKey kept(1, 3);
    const LinkKey pruned(2, 3);
    QCOMPARE(store.tlsCryptKey(kept, &error), before->tunnels[kept]);
    const auto returned = store.gateway(2, nameOf(2), KeyMode::Ca, &error);
    QVERIFY(returned);
    QVERIFY(returned->privateKeyPem != before->gateways[2].privateKeyPem);
    QVERIFY(store.tlsCryptKey(pruned, &error) != before->tunnels[pruned]);

    // Nothing to prune in a store that was never written.
    QVERIFY(KeyStore(parent.filePath(QStringLiteral("none"))).prune({}, {}, &error));
}

void TestKeyStore::concurrentUse()
{
    // Threads asking for the same material at once all get the same answer, stored once.
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("keys"));
    constexpr int threads = 4;
    constexpr int lans = 6;
    QList<QByteArray> seen[threads];
    {
        KeyStore store(dir);
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([t, &store, &seen] {
                for (LanId a = 1; a <= lans; ++a) {
                    const auto gw =
                        store.gateway(a, nameOf(a), t % 2 ? KeyMode::Ca : KeyMode::Fingerprint, nullptr);
                    seen[t].append(gw ? gw->privateKeyPem : QByteArray());
                    for (LanId b = a + 1; b <= lans; ++b)
                        seen[t].append(store.tlsCryptKey(LinkKey(a, b), nullptr).value_or(QByteArray()));
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
    }
    for (int t = 1; t < threads; ++t)
        QCOMPARE(seen[t], seen[0]);
    QVERIFY(!seen[0].contains(QByteArray()));
    KeyStore later(dir); // reads tunnels.keys back: a key written twice would be reported as damage
    QString error;
    for (LanId a = 1; a <= lans; ++a) {
        for (LanId b = a + 1; b <= lans; ++b)
            QVERIFY2(later.tlsCryptKey(LinkKey(a, b), &error), qPrintable(error));
    }
}

void TestKeyStore::badInput()
{
    QTemporaryDir parent;
    QString error;
    KeyStore store(parent.filePath(QStringLiteral("keys")));
    QVERIFY(!store.tlsCryptKey({4, 4}, &error));
    QVERIFY(!error.isEmpty());

    // The store's place is taken by a file: the error names it.
    const QString blocked = parent.filePath(QStringLiteral("blocked"));
    QVERIFY(overwrite(blocked, "x"));
    error.clear();
    QVERIFY(!KeyStore(blocked).gateway(1, QStringLiteral("a"), KeyMode::Fingerprint, &error));
    QVERIFY2(error.contains(blocked), qPrintable(error));
    QVERIFY(!KeyStore(blocked).tlsCryptKey({1, 2}, nullptr)); // no error wanted: must not crash
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
