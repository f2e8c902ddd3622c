// Benchmark: generating and zipping full meshes of 10 to 200 LANs (keys
// included), against what the ancestor's method (the openssl program making a
// 2048-bit DH and an RSA-2048 key and certificate per gateway) costs.
// Prints figures; asserts nothing. Usage: bench_generate [max-lans] [--no-ancestor]

#include "generate/exporter.h"
#include "model/mesh.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace p2pvpn;

namespace {

Mesh fullMesh(int lans)
{
    Mesh mesh;
    mesh.name = QStringLiteral("bench");
    mesh.settings.transitPool = Cidr::parse(QStringLiteral("100.64.0.0/14"));
    for (int i = 0; i < lans; ++i) {
        Lan lan;
        lan.name = QStringLiteral("lan%1").arg(i);
        lan.subnets = {Cidr::fromAddress((10u << 24) | (quint32(i) << 16), 16)};
        lan.endpoint = QStringLiteral("gw%1.example.net").arg(i);
        mesh.addLan(lan);
    }
    return mesh;
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// Seconds a command takes, run in dir.
double timeCommand(const QString &program, const QStringList &arguments, const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return -1;
    return seconds(timer);
}

QString ratio(double ours, double baseline)
{
    return baseline > 0 ? QString::number(ours / baseline, 'f', 2) + QLatin1Char('x') : QStringLiteral("n/a");
}

// The work for one size, in the child; returns the time with new keys, -1 on failure.
double measureChild(int lans, const QString &base, QTextStream &out)
{
    QTemporaryDir dir(base + QLatin1String("/bench-XXXXXX"));
    ExportOptions options;
    options.keyStoreDir = dir.filePath(QStringLiteral("keys"));
    options.outDir = dir.filePath(QStringLiteral("out"));
    QString error;
    auto run = [&](const Mesh &mesh, const ExportOptions &o) {
        QElapsedTimer timer;
        timer.start();
        Exporter exporter(mesh);
        if (!exporter.run(o, {}, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return -1.0;
        }
        return seconds(timer);
    };
    Exporter first(fullMesh(lans));
    QElapsedTimer timer;
    timer.start();
    if (!first.run(options, {}, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return -1;
    }
    const double cold = seconds(timer);
    const Mesh mesh = first.mesh();
    // Nothing changed: nothing is written. One LAN's endpoint changed: its peers' tunnels to it change.
    const double unchanged = run(mesh, options);
    Mesh moved = mesh;
    moved.lans.first().endpoint = QStringLiteral("moved.example.net");
    const double oneLan = run(moved, options);
    // Every file written again (the folders removed first), against copying the same folders.
    QDir(options.outDir).removeRecursively();
    const double rewrite = run(mesh, options);
    const double copy = timeCommand(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral("out"),
                                                          QStringLiteral("copy")},
                                    dir.path());

    ExportOptions zipped = options;
    zipped.outDir = dir.filePath(QStringLiteral("zips"));
    zipped.folders = false;
    zipped.gatewayZips = zipped.meshZip = true;
    const double zip = run(mesh, zipped);
    const double zipUnchanged = run(mesh, zipped);
    const double infoZip = timeCommand(QStringLiteral("zip"), {QStringLiteral("-1"), QStringLiteral("-qr"),
                                                              QStringLiteral("info.zip"), QStringLiteral("out")},
                                       dir.path());
    const int tunnels = lans * (lans - 1) / 2;
    out << QStringLiteral("%1 LANs  %2 tunnels  %3 files | new keys %4 s | unchanged %5 s | one LAN changed "
                          "%6 s | all files written %7 s, cp -a %8 s: %9")
               .arg(lans, 4)
               .arg(tunnels, 6)
               .arg(tunnels * 2, 6)
               .arg(cold, 0, 'f', 3)
               .arg(unchanged, 0, 'f', 3)
               .arg(oneLan, 0, 'f', 3)
               .arg(rewrite, 0, 'f', 3)
               .arg(copy, 0, 'f', 3)
               .arg(ratio(rewrite, copy))
        << Qt::endl;
    out << QStringLiteral("      zips (per gateway + whole mesh) %1 s, zip -1 -r of the folders %2 s: %3 | "
                          "zips unchanged %4 s | peak RSS %5 MiB")
               .arg(zip, 0, 'f', 3)
               .arg(infoZip, 0, 'f', 3)
               .arg(ratio(zip, infoZip))
               .arg(zipUnchanged, 0, 'f', 3)
               .arg(peakRssMiB())
        << Qt::endl;
    return cold;
}

// One size, measured in a child process so that its peak memory is its own.
// Returns the time to generate with new keys (the child reports it through a pipe).
double measure(int lans, const QString &base, QTextStream &out)
{
    int channel[2];
    if (pipe(channel) != 0)
        return -1;
    const pid_t child = fork();
    if (child == 0) {
        ::close(channel[0]);
        const double cold = measureChild(lans, base, out);
        // _exit skips destructors: measureChild has removed its folders already.
        if (cold < 0 || write(channel[1], &cold, sizeof cold) != sizeof cold)
            _exit(1);
        _exit(0);
    }
    ::close(channel[1]);
    double cold = -1;
    if (read(channel[0], &cold, sizeof cold) != sizeof cold)
        cold = -1;
    ::close(channel[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return cold;
}

double runOpenssl(const QStringList &arguments, const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.start(QStringLiteral("openssl"), arguments);
    openssl.waitForFinished(-1);
    return seconds(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int maxLans = args.size() > 1 && args[1].toInt() > 0 ? args[1].toInt() : 200;
    const bool ancestor = !args.contains(QStringLiteral("--no-ancestor"));
    QTextStream out(stdout);
    out << "P2P-VPN Mesh Designer: bundle generation, full mesh, fingerprint mode, on "
        << QThread::idealThreadCount() << " core(s)" << Qt::endl;
    // Figures for the program's own work come from a tmpfs; this VM's disk creates files slowly
    // (about 0.7 ms each), so the same run on disk is printed too, for the 100-LAN case.
    const QString tmpfs =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    out << "output and key store on " << tmpfs << Qt::endl;
    QMap<int, double> generation;
    for (int lans : {10, 50, 100, 200, 300})
        if (lans <= maxLans)
            generation.insert(lans, measure(lans, tmpfs, out));
    out << "output and key store on " << QDir::tempPath() << " (disk)" << Qt::endl;
    measure(qMin(100, maxLans), QDir::tempPath(), out);

    if (!ancestor)
        return 0;
    // The ancestor: one DH group for the mesh plus an RSA key and self-signed certificate per gateway.
    QTemporaryDir dir;
    const double dh = runOpenssl(
        {QStringLiteral("dhparam"), QStringLiteral("-out"), QStringLiteral("dh.pem"), QStringLiteral("2048")},
        dir.path());
    const int sample = 10;
    double rsa = 0;
    for (int i = 0; i < sample; ++i)
        rsa += runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=gw%1").arg(i), QStringLiteral("-days"), QStringLiteral("3650"),
                           QStringLiteral("-keyout"), QStringLiteral("k%1.pem").arg(i),
                           QStringLiteral("-out"), QStringLiteral("c%1.pem").arg(i)},
                          dir.path());
    const double perGateway = rsa / sample;
    out << QStringLiteral(
               "ancestor method: DH 2048 %1 s, RSA-2048 key + certificate %2 s per gateway (mean of %3)")
               .arg(dh, 0, 'f', 2)
               .arg(perGateway, 0, 'f', 3)
               .arg(sample)
        << Qt::endl;
    for (int lans : {10, 50, 100, 200})
        if (lans <= maxLans)
            out << QStringLiteral("%1 gateways: ancestor's keys alone %2 s; ours, keys and every bundle %3 "
                                  "s: %4x faster")
                       .arg(lans, 3)
                       .arg(dh + lans * perGateway, 0, 'f', 2)
                       .arg(generation.value(lans), 0, 'f', 3)
                       .arg((dh + lans * perGateway) / generation.value(lans), 0, 'f', 0)
                << Qt::endl;
    return 0;
}
