// Deploy speed: one gateway alone versus 20 gateways in parallel, each a real local sshd.
// Target (issue 5): 20 in parallel take less than 3 times as long as one.
// Needs root (it starts sshd). Usage: bench_deploy [rounds]

#include "deploy/deployer.h"
#include "deploy/sshcommand.h"
#include "testsshd.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

constexpr int gatewayCount = 20;

struct Bench
{
    QTemporaryDir work;
    std::vector<std::unique_ptr<TestSshd>> servers;
    QList<DeployTarget> targets;
    Deployer::Options options;
};

// A gateway of a 20-LAN full mesh holds 19 tunnel ends of a few KiB each.
QMap<QString, QByteArray> configs(int gateway)
{
    QMap<QString, QByteArray> out;
    for (int peer = 0; peer < gatewayCount; ++peer)
        if (peer != gateway)
            out.insert(QStringLiteral("gw%1-gw%2").arg(gateway).arg(peer),
                       QByteArray("# tunnel\n") + QByteArray(4096, 'k') + '\n');
    return out;
}

bool setUp(Bench &bench, QString *error)
{
    const QString key = bench.work.filePath(QStringLiteral("id"));
    if (!generateKey(key, QString(), error))
        return false;
    for (int i = 0; i < gatewayCount; ++i) {
        auto sshd = std::make_unique<TestSshd>();
        if (!sshd->start({key + QStringLiteral(".pub")}, error))
            return false;
        const QString root = bench.work.filePath(QStringLiteral("gw%1").arg(i));
        if (!writeBundle(root + QStringLiteral("/bundle"), configs(i), error) ||
            !QDir().mkpath(root + QStringLiteral("/services")) ||
            !writeServiceScripts(root + QStringLiteral("/services"), error))
            return false;
        DeployTarget t;
        t.name = QStringLiteral("gw%1").arg(i);
        t.bundleDir = root + QStringLiteral("/bundle");
        t.host = QStringLiteral("127.0.0.1");
        t.ssh.port = sshd->port();
        t.ssh.user = QStringLiteral("root");
        t.ssh.useAgent = false;
        t.ssh.keyFile = key;
        t.deploy.targetDir = root + QStringLiteral("/target");
        t.deploy.serviceManager = ServiceManager::Command;
        t.deploy.restartCommand =
            shellJoin({QStringLiteral("sh"), root + QStringLiteral("/services/restart.sh")});
        t.deploy.stopCommand = shellJoin({QStringLiteral("sh"), root + QStringLiteral("/services/stop.sh")});
        bench.targets.append(t);
        bench.servers.push_back(std::move(sshd));
    }
    bench.options.jobs = gatewayCount;
    bench.options.newHostKeys = Deployer::HostKeyPolicy::AcceptNew;
    bench.options.userKnownHostsFile = bench.work.filePath(QStringLiteral("user_known_hosts"));
    bench.options.appKnownHostsFile = bench.work.filePath(QStringLiteral("app_known_hosts"));
    return true;
}

// One full deploy (every config new, every tunnel restarted); milliseconds, or -1 on failure.
double deployOnce(Bench &bench, const QList<DeployTarget> &targets)
{
    for (const DeployTarget &t : targets)
        QDir(t.deploy.targetDir).removeRecursively();
    Deployer deployer;
    QEventLoop loop;
    QObject::connect(&deployer, &Deployer::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    if (!deployer.start(targets, bench.options))
        return -1;
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    for (const DeployResult &r : deployer.results())
        if (r.state != DeployState::Done) {
            std::fprintf(stderr, "%s: %s: %s\n", qPrintable(r.gateway), qPrintable(toString(r.state)),
                         qPrintable(r.message));
            return -1;
        }
    return ms;
}

// CPU milliseconds used so far by this process (the client side).
double clientCpuMs()
{
    rusage usage;
    ::getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// CPU milliseconds used by the servers' finished sessions (sshd, shells, install scripts).
double serverCpuMs(const Bench &bench)
{
    const double tick = 1000.0 / double(::sysconf(_SC_CLK_TCK));
    double total = 0;
    for (const auto &sshd : bench.servers) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(sshd->pid()));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        // utime stime cutime cstime are fields 14-17 of the line, 12-15 after the name.
        for (int i = 11; i <= 14 && i < f.size(); ++i)
            total += f[i].toDouble() * tick;
    }
    return total;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Figures
{
    double one = 0, all = 0, oneMin = 0, oneMax = 0, allMin = 0, allMax = 0, clientCpu = 0, serverCpu = 0;
};

bool measure(Bench &bench, int rounds, Figures *f)
{
    std::vector<double> one, all;
    const double client0 = clientCpuMs(), server0 = serverCpuMs(bench);
    for (int round = 0; round < rounds; ++round) {
        const double a = deployOnce(bench, {bench.targets.first()});
        const double b = deployOnce(bench, bench.targets);
        if (a < 0 || b < 0)
            return false;
        one.push_back(a);
        all.push_back(b);
    }
    const int deploys = rounds * (gatewayCount + 1);
    f->clientCpu = (clientCpuMs() - client0) / deploys;
    f->serverCpu = (serverCpuMs(bench) - server0) / deploys;
    f->one = median(one);
    f->all = median(all);
    f->oneMin = *std::min_element(one.begin(), one.end());
    f->oneMax = *std::max_element(one.begin(), one.end());
    f->allMin = *std::min_element(all.begin(), all.end());
    f->allMax = *std::max_element(all.begin(), all.end());
    return true;
}

void print(const char *title, const Figures &f)
{
    const int cpus = QThread::idealThreadCount();
    // All 20 "gateways" share this machine's CPUs; real ones each bring their own.
    const double floor = gatewayCount * (f.clientCpu + f.serverCpu) / cpus;
    std::printf("%s\n", title);
    std::printf("  1 gateway:               median %7.1f ms (min %.1f, max %.1f)\n", f.one, f.oneMin,
                f.oneMax);
    std::printf("  %d gateways in parallel: median %7.1f ms (min %.1f, max %.1f)\n", gatewayCount, f.all,
                f.allMin, f.allMax);
    std::printf("  ratio %.2f (target: below 3.00) %s\n", f.all / f.one,
                f.all < 3 * f.one ? "met" : "MISSED");
    std::printf(
        "  CPU per gateway: %.1f ms deploying side, %.1f ms gateway side (sshd, shells, install.sh); the %d\n"
        "  local gateways alone need %.0f ms of this machine's %d CPUs\n",
        f.clientCpu, f.serverCpu, gatewayCount, floor, cpus);
}

void setRestart(Bench &bench, const QString &command)
{
    for (int i = 0; i < bench.targets.size(); ++i)
        bench.targets[i].deploy.restartCommand =
            command.isEmpty()
                ? shellJoin({QStringLiteral("sh"), QFileInfo(bench.targets[i].bundleDir).path() +
                                                       QStringLiteral("/services/restart.sh")})
                : command;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString reason = TestSshd::skipReason(); !reason.isEmpty()) {
        std::printf("bench_deploy: skipped: %s\n", qPrintable(reason));
        return 0;
    }
    const int rounds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    Bench bench;
    QString error;
    if (!setUp(bench, &error)) {
        std::fprintf(stderr, "bench_deploy: %s\n", qPrintable(error));
        return 1;
    }
    // Warm-up: records the host keys, fills caches.
    if (deployOnce(bench, bench.targets) < 0)
        return 1;

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().trimmed() : QByteArray("?");
    std::printf("bench_deploy: %d rounds; each gateway gets %d new 4 KiB configs and restarts %d tunnels; "
                "%d CPUs, load %s\n",
                rounds, gatewayCount - 1, gatewayCount - 1, QThread::idealThreadCount(), load.constData());

    // A: the restart command is a small script, so all gateway work is CPU on this machine.
    Figures cpu;
    setRestart(bench, QString());
    if (!measure(bench, rounds, &cpu))
        return 1;
    print("A. restarts as scripts: every gateway's work runs on this machine's CPUs", cpu);

    // B: a restart takes 50 ms of waiting, as a real tunnel (re)start does on its own gateway.
    Figures wait;
    setRestart(bench, QStringLiteral("sh -c 'sleep 0.05' restart"));
    if (!measure(bench, rounds, &wait))
        return 1;
    print("B. restarts wait 50 ms each, like real tunnel starts on their own gateways", wait);
    return 0;
}
