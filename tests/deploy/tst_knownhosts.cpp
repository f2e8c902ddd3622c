// KnownHosts: OpenSSH known_hosts parsing, lookup and appending, checked against ssh-keygen's
// own reading of the same files, and against hostile input.

#include "deploy/knownhosts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace p2pvpn;

namespace {

struct Key
{
    QByteArray type;
    QByteArray base64;
    QByteArray blob() const { return QByteArray::fromBase64(base64); }
    QByteArray line() const { return type + ' ' + base64; }
};

QByteArray run(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess p;
    p.start(program, arguments);
    *ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return p.readAllStandardOutput();
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void matchPatternList_data();
    void matchPatternList();
    void hostName();
    void lookup_data();
    void lookup();
    void hashedEntriesFromSshKeygen();
    void malformedLinesAreSkipped_data();
    void malformedLinesAreSkipped();
    void hostileInputNeverBreaksParsing();
    void fingerprintMatchesSshKeygen();
    void appendIsReadBySshKeygen();
    void appendRefusesPatternCharacters_data();
    void appendRefusesPatternCharacters();
    void keyTypesInFileOrder();
    void load();

private:
    KnownHosts parse(const QByteArray &text) { return KnownHosts::parse(text); }

    QTemporaryDir m_dir;
    Key m_a, m_b, m_rsa;
};

void TestKnownHosts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto make = [&](const QString &name, const QString &type, Key *key) {
        const QString path = m_dir.filePath(name);
        bool ok = false;
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), QString(),
             QStringLiteral("-f"), path},
            &ok);
        QVERIFY2(ok, "ssh-keygen failed");
        QFile pub(path + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
        QVERIFY(fields.size() >= 2);
        *key = {fields[0], fields[1]};
    };
    make(QStringLiteral("a"), QStringLiteral("ed25519"), &m_a);
    make(QStringLiteral("b"), QStringLiteral("ed25519"), &m_b);
    make(QStringLiteral("rsa"), QStringLiteral("rsa"), &m_rsa);
}

void TestKnownHosts::matchPatternList_data()
{
    QTest::addColumn<QByteArray>("patterns");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << QByteArray("gw.example.org") << QByteArray("gw.example.org") << true;
    QTest::newRow("case-insensitive") << QByteArray("GW.Example.ORG") << QByteArray("gw.example.org") << true;
    QTest::newRow("other") << QByteArray("gw.example.org") << QByteArray("gw.example.com") << false;
    QTest::newRow("prefix only") << QByteArray("gw") << QByteArray("gw.example.org") << false;
    QTest::newRow("star") << QByteArray("*.example.org") << QByteArray("gw.example.org") << true;
    QTest::newRow("star needs the dot") << QByteArray("*.example.org") << QByteArray("example.org") << false;
    QTest::newRow("question mark") << QByteArray("gw?.example.org") << QByteArray("gw1.example.org") << true;
    QTest::newRow("question mark is one")
        << QByteArray("gw?.example.org") << QByteArray("gw12.example.org") << false;
    QTest::newRow("list") << QByteArray("a.org,b.org,10.0.0.1") << QByteArray("10.0.0.1") << true;
    QTest::newRow("negation wins") << QByteArray("*.example.org,!bad.example.org")
                                   << QByteArray("bad.example.org") << false;
    QTest::newRow("negation first") << QByteArray("!bad.example.org,*.example.org")
                                    << QByteArray("ok.example.org") << true;
    QTest::newRow("negation alone") << QByteArray("!bad.example.org") << QByteArray("ok.example.org")
                                    << false;
    QTest::newRow("port form") << QByteArray("[10.0.0.1]:2222") << QByteArray("[10.0.0.1]:2222") << true;
    QTest::newRow("port differs") << QByteArray("[10.0.0.1]:2222") << QByteArray("[10.0.0.1]:2223") << false;
    QTest::newRow("star matches ports")
        << QByteArray("[10.0.0.1]:*") << QByteArray("[10.0.0.1]:2223") << true;
    QTest::newRow("empty list") << QByteArray() << QByteArray("gw") << false;
    QTest::newRow("empty elements") << QByteArray(",,") << QByteArray("gw") << false;
    QTest::newRow("star alone") << QByteArray("*") << QByteArray("anything") << true;
    QTest::newRow("pathological stars")
        << QByteArray("*a*a*a*a*a*a*a*a*a*a*a*a*b") << QByteArray(4000, 'a') << false;
}

void TestKnownHosts::matchPatternList()
{
    QFETCH(QByteArray, patterns);
    QFETCH(QByteArray, name);
    QFETCH(bool, matches);
    QCOMPARE(KnownHosts::matchPatternList(patterns, name), matches);
}

void TestKnownHosts::hostName()
{
    QCOMPARE(KnownHosts::hostName(QStringLiteral("GW.example.org"), 22), QByteArray("gw.example.org"));
    QCOMPARE(KnownHosts::hostName(QStringLiteral("10.0.0.1"), 2222), QByteArray("[10.0.0.1]:2222"));
}

void TestKnownHosts::lookup_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("offered"); // base64
    QTest::addColumn<KnownHosts::Status>("status");
    QTest::addColumn<int>("line");

    const QByteArray a = m_a.base64, b = m_b.base64;
    const QString gw = QStringLiteral("gw.example.org");
    QTest::newRow("empty file") << QByteArray() << gw << 22 << a << KnownHosts::Status::Unknown << 0;
    QTest::newRow("match") << "gw.example.org " + m_a.line() + '\n'
                           << gw << 22 << a << KnownHosts::Status::Match << 1;
    QTest::newRow("match with comment and CRLF")
        << "# mine\r\n\r\n  gw.example.org " + m_a.line() + " the comment\r\n"
        << gw << 22 << a << KnownHosts::Status::Match << 3;
    QTest::newRow("CRLF right after the key") << "gw.example.org " + m_a.line() + "\r\n"
                                              << gw << 22 << a << KnownHosts::Status::Match << 1;
    QTest::newRow("other host") << "other.example.org " + m_a.line() + '\n'
                                << gw << 22 << a << KnownHosts::Status::Unknown << 0;
    QTest::newRow("changed") << "gw.example.org " + m_a.line() + '\n'
                             << gw << 22 << b << KnownHosts::Status::Changed << 1;
    QTest::newRow("changed, other key type") << "gw.example.org " + m_rsa.line() + '\n'
                                             << gw << 22 << a << KnownHosts::Status::Changed << 1;
    QTest::newRow("one of two keys matches")
        << "gw.example.org " + m_b.line() + "\ngw.example.org " + m_a.line() + '\n'
        << gw << 22 << a << KnownHosts::Status::Match << 2;
    QTest::newRow("port form") << "[gw.example.org]:2222 " + m_a.line() + '\n'
                               << gw << 2222 << a << KnownHosts::Status::Match << 1;
    QTest::newRow("port form, other port") << "[gw.example.org]:2222 " + m_a.line() + '\n'
                                           << gw << 2223 << b << KnownHosts::Status::Unknown << 0;
    QTest::newRow("plain name is port 22 only") << "gw.example.org " + m_a.line() + '\n'
                                                << gw << 2222 << b << KnownHosts::Status::Unknown << 0;
    QTest::newRow("wildcard") << "*.example.org " + m_a.line() + '\n'
                              << gw << 22 << b << KnownHosts::Status::Changed << 1;
    QTest::newRow("negated") << "*.example.org,!gw.example.org " + m_a.line() + '\n'
                             << gw << 22 << b << KnownHosts::Status::Unknown << 0;
    QTest::newRow("revoked") << "gw.example.org " + m_a.line() + "\n@revoked * " + m_a.line() + '\n'
                             << gw << 22 << a << KnownHosts::Status::Revoked << 2;
    QTest::newRow("revoked other key does not matter")
        << "@revoked * " + m_b.line() + "\ngw.example.org " + m_a.line() + '\n'
        << gw << 22 << a << KnownHosts::Status::Match << 2;
    QTest::newRow("cert-authority is no host key") << "@cert-authority *.example.org " + m_a.line() + '\n'
                                                   << gw << 22 << a << KnownHosts::Status::Unknown << 0;
    QTest::newRow("tabs") << "gw.example.org\t" + m_a.type + "\t\t" + a + '\n'
                          << gw << 22 << a << KnownHosts::Status::Match << 1;
}

void TestKnownHosts::lookup()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QByteArray, offered);
    QFETCH(KnownHosts::Status, status);
    QFETCH(int, line);
    const QByteArray blob = QByteArray::fromBase64(offered);
    const QByteArray type = blob.mid(4, int(blob.at(3)));
    const KnownHosts::Lookup result = parse(file).lookup(host, port, type, blob);
    QCOMPARE(result.status, status);
    QCOMPARE(result.line, line);
    if (status == KnownHosts::Status::Changed)
        QVERIFY(!result.knownBlob.isEmpty() && result.knownBlob != blob);
}

void TestKnownHosts::hashedEntriesFromSshKeygen()
{
    // ssh-keygen -H writes the hashed form; we must find the same hosts in it.
    const QString path = m_dir.filePath(QStringLiteral("hashed"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("gw.example.org " + m_a.line() + "\n[10.1.2.3]:2222 " + m_b.line() + '\n');
    file.close();
    bool ok = false;
    run(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), path}, &ok);
    QVERIFY(ok);
    KnownHosts hosts;
    QString error;
    QVERIFY(KnownHosts::load(path, &hosts, &error));
    QCOMPARE(hosts.entries().size(), 2);
    QVERIFY(hosts.entries().first().patterns.isEmpty());
    QCOMPARE(hosts.entries().first().hashSalt.size(), 20);
    QCOMPARE(hosts.lookup(QStringLiteral("gw.example.org"), 22, m_a.type, m_a.blob()).status,
             KnownHosts::Status::Match);
    QCOMPARE(hosts.lookup(QStringLiteral("GW.example.org"), 22, m_b.type, m_b.blob()).status,
             KnownHosts::Status::Changed);
    QCOMPARE(hosts.lookup(QStringLiteral("10.1.2.3"), 2222, m_b.type, m_b.blob()).status,
             KnownHosts::Status::Match);
    QCOMPARE(hosts.lookup(QStringLiteral("10.1.2.3"), 22, m_b.type, m_b.blob()).status,
             KnownHosts::Status::Unknown);
    QCOMPARE(hosts.lookup(QStringLiteral("gw2.example.org"), 22, m_a.type, m_a.blob()).status,
             KnownHosts::Status::Unknown);
}

void TestKnownHosts::malformedLinesAreSkipped_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::newRow("invalid base64") << QByteArray("gw.example.org ssh-ed25519 AAAA$$$$\n");
    QTest::newRow("type disagrees with key") << "gw.example.org ssh-rsa " + m_b.base64 + '\n';
    QTest::newRow("truncated key") << "gw.example.org ssh-ed25519 " + m_b.base64.left(8) + '\n';
    QTest::newRow("length past the end") << QByteArray("gw.example.org ssh-ed25519 /////w==\n");
    QTest::newRow("unknown marker") << "@trusted gw.example.org " + m_b.line() + '\n';
    QTest::newRow("marker only") << QByteArray("@revoked\n");
    QTest::newRow("two fields") << QByteArray("gw.example.org ssh-ed25519\n");
    QTest::newRow("bad hash") << "|1|notbase64!|x " + m_b.line() + '\n';
    QTest::newRow("hash with three parts") << "|1|YQ==|Yg==|Yw== " + m_b.line() + '\n';
    QTest::newRow("unknown hash scheme") << "|2|YQ==|Yg== " + m_b.line() + '\n';
    QTest::newRow("NUL bytes") << QByteArray("gw.example.org\0ssh-ed25519\0AAAA\n", 32);
    QTest::newRow("very long line") << "gw.example.org ssh-ed25519 " + QByteArray(200000, 'A') + '\n';
    QTest::newRow("blanks only") << QByteArray(" \t \t\n");
    QTest::newRow("no newline at end, garbage") << QByteArray("\xff\xfe\x00\x01", 4);
}

void TestKnownHosts::malformedLinesAreSkipped()
{
    QFETCH(QByteArray, bad);
    // Around a good line: the good one must still count, with its own line number.
    const QByteArray good = "gw.example.org " + m_a.line() + '\n';
    const QByteArray before = bad.endsWith('\n') ? bad : bad + '\n';
    const KnownHosts hosts = parse(before + good + bad);
    QCOMPARE(hosts.entries().size(), 1);
    const int expectedLine = int(before.count('\n')) + 1;
    QCOMPARE(hosts.lookup(QStringLiteral("gw.example.org"), 22, m_a.type, m_a.blob()).line, expectedLine);
    QCOMPARE(hosts.lookup(QStringLiteral("gw.example.org"), 22, m_b.type, m_b.blob()).status,
             KnownHosts::Status::Changed);
}

void TestKnownHosts::hostileInputNeverBreaksParsing()
{
    // Mutations of a valid file (flips, cuts, splices, repeats) with a fixed seed: parsing must
    // not crash, every entry it keeps must be self-consistent, and lookups must stay cheap.
    const QByteArray seed =
        "# comment\ngw.example.org,10.0.0.1 " + m_a.line() + "\n[h]:2222 " + m_rsa.line() + "\n@revoked * " +
        m_b.line() + "\n|1|c2FsdHNhbHRzYWx0c2FsdHNhbHQ=|aGFzaGhhc2hoYXNoaGFzaGhhc2g= " + m_b.line() + '\n';
    QRandomGenerator random(20240607);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 3000; ++round) {
        QByteArray data = seed;
        const int edits = 1 + int(random.bounded(8));
        for (int e = 0; e < edits && !data.isEmpty(); ++e) {
            const qsizetype at = qsizetype(random.bounded(quint32(data.size())));
            switch (random.bounded(5)) {
            case 0:
                data[at] = char(random.bounded(256));
                break;
            case 1:
                data.truncate(at);
                break;
            case 2:
                data.insert(at, data.mid(qsizetype(random.bounded(quint32(data.size()))), 40));
                break;
            case 3:
                data.insert(at, QByteArray(int(random.bounded(64)), "*,!|@[]: \t\n\0"[random.bounded(12)]));
                break;
            case 4:
                data.remove(at, qsizetype(random.bounded(20)));
                break;
            }
        }
        const KnownHosts hosts = parse(data);
        const int lines = int(data.count('\n')) + 1;
        for (const KnownHosts::Entry &entry : hosts.entries()) {
            QVERIFY(entry.line >= 1 && entry.line <= lines);
            QVERIFY(entry.keyBlob.size() >= 4 + entry.keyType.size());
            QCOMPARE(entry.keyBlob.mid(4, entry.keyType.size()), entry.keyType);
        }
        hosts.lookup(QStringLiteral("gw.example.org"), 22, m_a.type, m_a.blob());
        hosts.keyTypes(QStringLiteral("h"), 2222);
    }
    // Pure noise too.
    for (int round = 0; round < 200; ++round) {
        QByteArray noise(int(random.bounded(4096)), '\0');
        for (char &c : noise)
            c = char(random.bounded(256));
        parse(noise).lookup(QStringLiteral("gw"), 22, m_a.type, m_a.blob());
    }
    qInfo("parsed 3200 hostile inputs in %lld ms", timer.elapsed());
}

void TestKnownHosts::fingerprintMatchesSshKeygen()
{
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("rsa")}) {
        bool ok = false;
        const QByteArray out = run(QStringLiteral("ssh-keygen"),
                                   {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                    QStringLiteral("-f"), m_dir.filePath(name + QStringLiteral(".pub"))},
                                   &ok);
        QVERIFY(ok);
        const Key &key = name == QLatin1String("a") ? m_a : m_rsa;
        QCOMPARE(KnownHosts::fingerprint(key.blob()), QString::fromLatin1(out.split(' ').value(1)));
    }
}

void TestKnownHosts::appendIsReadBySshKeygen()
{
    const QString path = m_dir.filePath(QStringLiteral("new/sub/known_hosts"));
    QString error;
    QVERIFY2(KnownHosts::append(path, QStringLiteral("GW.example.org"), 22, m_a.type, m_a.blob(), &error),
             qPrintable(error));
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    // A file that does not end in a newline gets one before the new line.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("# no newline");
    file.close();
    QVERIFY2(KnownHosts::append(path, QStringLiteral("10.0.0.7"), 2222, m_b.type, m_b.blob(), &error),
             qPrintable(error));

    KnownHosts hosts;
    QVERIFY(KnownHosts::load(path, &hosts, &error));
    QCOMPARE(hosts.entries().size(), 2);
    QCOMPARE(hosts.lookup(QStringLiteral("gw.example.org"), 22, m_a.type, m_a.blob()).status,
             KnownHosts::Status::Match);
    QCOMPARE(hosts.lookup(QStringLiteral("10.0.0.7"), 2222, m_b.type, m_b.blob()).status,
             KnownHosts::Status::Match);
    for (const auto &[name, key] : {std::pair{QStringLiteral("gw.example.org"), m_a},
                                    std::pair{QStringLiteral("[10.0.0.7]:2222"), m_b}}) {
        bool ok = false;
        const QByteArray out =
            run(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), name, QStringLiteral("-f"), path}, &ok);
        QVERIFY2(ok, qPrintable(name));
        QVERIFY(out.contains(key.base64));
    }
}

void TestKnownHosts::appendRefusesPatternCharacters_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("comma") << QStringLiteral("a.org,b.org");
    QTest::newRow("negation") << QStringLiteral("!a.org");
    QTest::newRow("blank") << QStringLiteral("a.org ssh-ed25519");
    QTest::newRow("newline") << QStringLiteral("a.org\n* ssh-ed25519");
    QTest::newRow("empty") << QString();
}

void TestKnownHosts::appendRefusesPatternCharacters()
{
    QFETCH(QString, host);
    const QString path = m_dir.filePath(QStringLiteral("refused"));
    QString error;
    QVERIFY(!KnownHosts::append(path, host, 22, m_a.type, m_a.blob(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestKnownHosts::keyTypesInFileOrder()
{
    const KnownHosts hosts =
        parse("[h]:2222 " + m_rsa.line() + "\n@revoked [h]:2222 " + m_a.line() + "\n[h]:2222 " + m_b.line() +
              "\n[h]:2222 " + m_a.line() + "\nother " + m_a.line() + '\n');
    QCOMPARE(hosts.keyTypes(QStringLiteral("h"), 2222), (QList<QByteArray>{"ssh-rsa", "ssh-ed25519"}));
    QVERIFY(hosts.keyTypes(QStringLiteral("h"), 22).isEmpty());
}

void TestKnownHosts::load()
{
    KnownHosts hosts = parse("gw " + m_a.line());
    QString error;
    QVERIFY(KnownHosts::load(m_dir.filePath(QStringLiteral("does-not-exist")), &hosts, &error));
    QVERIFY(hosts.entries().isEmpty());
    // A known_hosts that exists but cannot be read must not pass for an empty one.
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("a-directory")));
    QVERIFY(!KnownHosts::load(m_dir.filePath(QStringLiteral("a-directory")), &hosts, &error));
    QVERIFY2(error.contains(QStringLiteral("a-directory")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
