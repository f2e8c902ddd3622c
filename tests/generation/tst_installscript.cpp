// Runs the generated install.sh for real (POSIX sh) against a scratch target
// folder, with service commands that log instead of calling systemd.

#include "generate/exporter.h"
#include "model/installprotocol.h"
#include "testmeshes.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace p2pvpn;
using namespace p2pvpn::test;

class TestInstallScript : public QObject
{
    Q_OBJECT

    // A blank in every path: the service commands must reach the shell with their own quoting intact.
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/install script XXXXXX")};
    Mesh m_mesh;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void write(const QString &file, const QByteArray &content)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

    // Generates gateway a's bundle of the current mesh into out/.
    void generate()
    {
        ExportOptions options;
        options.outDir = path(QStringLiteral("out"));
        options.keyStoreDir = path(QStringLiteral("keys"));
        Exporter exporter(m_mesh);
        QString error;
        QVERIFY2(exporter.run(options, {}, &error), qPrintable(error));
        m_mesh = exporter.mesh();
    }

    struct Run
    {
        int exitCode;
        QStringList lines;
        QString errors;
    };

    Run install(const QStringList &arguments = {})
    {
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("P2PVPN_TARGET_DIR"), path(QStringLiteral("target")));
        env.insert(QStringLiteral("P2PVPN_SYSCTL_DIR"), path(QStringLiteral("sysctl")));
        env.insert(QStringLiteral("P2PVPN_SYSCTL_APPLY"), QStringLiteral("true"));
        env.insert(QStringLiteral("P2PVPN_SERVICE_RESTART"),
                   QStringLiteral("sh '%1' restart").arg(path(QStringLiteral("svc.sh"))));
        env.insert(QStringLiteral("P2PVPN_SERVICE_STOP"),
                   QStringLiteral("sh '%1' stop").arg(path(QStringLiteral("svc.sh"))));
        sh.setProcessEnvironment(env);
        sh.start(QStringLiteral("sh"), QStringList{path(QStringLiteral("out/a/install.sh"))} + arguments);
        if (!sh.waitForFinished(30000))
            return {-1, {}, QStringLiteral("timeout")};
        return {sh.exitCode(),
                QString::fromUtf8(sh.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                QString::fromUtf8(sh.readAllStandardError())};
    }

    QStringList serviceLog()
    {
        const QString text = QString::fromUtf8(read(path(QStringLiteral("service.log"))));
        QFile::remove(path(QStringLiteral("service.log")));
        return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        // A fake service manager: logs each call and fails for the tunnels listed in fail.txt.
        write(path(QStringLiteral("svc.sh")),
              QStringLiteral("echo \"$1 $2\" >> '%1'\n"
                             "if [ \"$1\" = restart ] && grep -qx \"$2\" '%2' 2>/dev/null; then exit 1; fi\n")
                  .arg(path(QStringLiteral("service.log")), path(QStringLiteral("fail.txt")))
                  .toUtf8());
        m_mesh = letterMesh(3);
    }

    void firstInstallAddsEveryTunnel()
    {
        generate();
        const Run run = install();
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QCOMPARE(run.lines, (QStringList{QStringLiteral("add corp-b"), QStringLiteral("add corp-c")}));
        QCOMPARE(serviceLog(),
                 (QStringList{QStringLiteral("restart corp-b"), QStringLiteral("restart corp-c")}));
        for (const char *t : {"corp-b", "corp-c"}) {
            const QString conf = path(QStringLiteral("target/%1.conf").arg(QLatin1String(t)));
            QCOMPARE(read(conf), read(path(QStringLiteral("out/a/openvpn/%1.conf").arg(QLatin1String(t)))));
            struct stat st
            {
            };
            QCOMPARE(::stat(QFile::encodeName(conf).constData(), &st), 0);
            QCOMPARE(int(st.st_mode & 0777), 0600);
        }
        QVERIFY(read(path(QStringLiteral("sysctl/60-p2pvpn-corp.conf"))).contains("net.ipv4.ip_forward = 1"));
    }

    void secondRunChangesNothing()
    {
        const Run run = install();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines,
                 (QStringList{QStringLiteral("unchanged corp-b"), QStringLiteral("unchanged corp-c")}));
        QVERIFY(serviceLog().isEmpty());
    }

    void dryRunListsAndTouchesNothing()
    {
        m_mesh.addLan(makeLan(QStringLiteral("d"), {net("10.4.0.0/16")}, QStringLiteral("192.0.2.4")));
        generate();
        const Run run = install({QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines, (QStringList{QStringLiteral("add corp-d"), QStringLiteral("unchanged corp-b"),
                                         QStringLiteral("unchanged corp-c")}));
        QVERIFY(!QFile::exists(path(QStringLiteral("target/corp-d.conf"))));
        QVERIFY(serviceLog().isEmpty());
        const Run real = install();
        QCOMPARE(real.exitCode, 0);
        QCOMPARE(serviceLog(), QStringList{QStringLiteral("restart corp-d")});
    }

    void removedTunnelIsStoppedAndDeleted()
    {
        m_mesh.removeLan(m_mesh.lanByName(QStringLiteral("c"))->id);
        generate();
        const Run run = install();
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY(run.lines.contains(QStringLiteral("remove corp-c")));
        QCOMPARE(serviceLog(), QStringList{QStringLiteral("stop corp-c")});
        QVERIFY(!QFile::exists(path(QStringLiteral("target/corp-c.conf"))));
    }

    void failedStartRollsBack()
    {
        const QByteArray oldB = read(path(QStringLiteral("target/corp-b.conf")));
        const QByteArray oldManifest = read(path(QStringLiteral("target/.p2pvpn-corp.tunnels")));
        QVERIFY(!oldB.isEmpty() && !oldManifest.isEmpty());
        // Change tunnel b (new keepalive) and add e; e fails to start.
        m_mesh.settings.keepaliveInterval = 15;
        m_mesh.addLan(makeLan(QStringLiteral("e"), {net("10.5.0.0/16")}, QStringLiteral("192.0.2.5")));
        generate();
        write(path(QStringLiteral("fail.txt")), "corp-e\n");
        const Run run = install();
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errors.contains(QStringLiteral("corp-e failed to start")), qPrintable(run.errors));
        QCOMPARE(read(path(QStringLiteral("target/corp-b.conf"))), oldB);
        QVERIFY(!QFile::exists(path(QStringLiteral("target/corp-e.conf"))));
        QCOMPARE(read(path(QStringLiteral("target/.p2pvpn-corp.tunnels"))), oldManifest);
        const QStringList log = serviceLog();
        QVERIFY2(log.contains(QStringLiteral("stop corp-e")), qPrintable(log.join(QLatin1Char(','))));
        QVERIFY(log.endsWith(QStringLiteral("restart corp-d")) ||
                log.contains(QStringLiteral("restart corp-b")));
        // After the cause is fixed, the same bundle installs.
        QFile::remove(path(QStringLiteral("fail.txt")));
        QCOMPARE(install().exitCode, 0);
        QVERIFY(QFile::exists(path(QStringLiteral("target/corp-e.conf"))));
    }

    void unknownOptionIsAnError()
    {
        const Run run = install({QStringLiteral("--frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errors.contains(QStringLiteral("--frobnicate")));
    }

    // What the script reports and how it ends are what the deployer reads (InstallProtocol).
    void reportFollowsTheProtocol()
    {
        static const QRegularExpression token(QStringLiteral("@[A-Z_]+@"));
        const QString script = QString::fromUtf8(read(path(QStringLiteral("out/a/install.sh"))));
        QVERIFY2(!token.match(script).hasMatch(), qPrintable(token.match(script).captured()));
        // One tunnel of each kind: e goes, f comes, b changes (a subnet more behind it), d stays.
        m_mesh.removeLan(m_mesh.lanByName(QStringLiteral("e"))->id);
        m_mesh.addLan(makeLan(QStringLiteral("f"), {net("10.6.0.0/16")}, QStringLiteral("192.0.2.6")));
        m_mesh.lan(m_mesh.lanByName(QStringLiteral("b"))->id)->subnets.append(net("10.22.0.0/16"));
        generate();
        const Run run = install({QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, int(InstallProtocol::Done));
        const InstallProtocol::Report report = InstallProtocol::parse(run.lines);
        QCOMPARE(report.added, QStringList{QStringLiteral("corp-f")});
        QCOMPARE(report.changed, QStringList{QStringLiteral("corp-b")});
        QCOMPARE(report.removed, QStringList{QStringLiteral("corp-e")});
        QCOMPARE(report.unchanged, QStringList{QStringLiteral("corp-d")});
        QVERIFY2(report.other.isEmpty(), qPrintable(report.other.join(QLatin1Char('\n'))));
        QCOMPARE(install({QStringLiteral("--frobnicate")}).exitCode, int(InstallProtocol::Usage));
    }
};

QTEST_GUILESS_MAIN(TestInstallScript)
#include "tst_installscript.moc"
