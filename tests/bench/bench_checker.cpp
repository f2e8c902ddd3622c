// Benchmark: how long Checker::check() takes for meshes of 100, 1,000 and 10,000 subnets
// (the target is under 10 ms at 10,000, so the designer can check after every keystroke); the
// manual ring also once exported, with every tunnel's numbers kept (which the checker reviews).
// Usage: bench_checker [--runs N] [SUBNETS...]; prints the median and the fastest run.

#include "check/checker.h"
#include "generate/allocator.h"

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace p2pvpn;

namespace {

// One /24 per LAN, laid out from 10.0.0.0 upwards; every 100th LAN also clashes with its
// neighbour, so the checker has findings to write, as it would while someone is typing.
Mesh makeMesh(int subnets, Topology topology)
{
    Mesh mesh;
    mesh.name = QStringLiteral("bench");
    mesh.topology = topology;
    mesh.settings.transitPool = Cidr::fromAddress(0x64400000u, 10); // 100.64.0.0/10: room for many tunnels
    for (int i = 0; i < subnets; ++i) {
        Lan lan;
        lan.name = QStringLiteral("lan%1").arg(i);
        lan.endpoint = QStringLiteral("gw%1.example.com").arg(i);
        const quint32 base = 0x0a000000u + quint32(i) * 256u;
        lan.subnets.append(Cidr::fromAddress(i % 100 == 99 ? base - 256u : base, 24));
        mesh.addLan(lan);
    }
    if (topology == Topology::Manual) // a ring: every LAN reachable, two tunnels per gateway
        for (LanId id = 1; id < mesh.nextLanId; ++id)
            mesh.links.insert(LinkKey(id, id + 1 < mesh.nextLanId ? id + 1 : 1));
    return mesh;
}

struct Timing
{
    double medianMs;
    double minMs;
    qsizetype findings;
};

Timing measure(const Mesh &mesh, int runs)
{
    std::vector<double> times;
    qsizetype findings = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        findings = Checker::check(mesh).size();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.front(), findings};
}

} // namespace

int main(int argc, char *argv[])
{
    int runs = 11;
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::atoi(argv[++i]);
        else
            sizes.push_back(std::atoi(argv[i]));
    }
    if (sizes.empty())
        sizes = {100, 1000, 10000};
    if (runs < 1 || std::any_of(sizes.begin(), sizes.end(), [](int n) { return n < 100 || n > 60000; })) {
        std::fprintf(stderr, "usage: bench_checker [--runs N] [SUBNETS...]  (100 to 60000 subnets)\n");
        return 2;
    }

    std::printf("Checker::check(), one /24 per LAN, 1%% of LANs clashing; median of %d runs\n", runs);
    std::printf("%8s  %-8s  %9s  %10s  %10s\n", "subnets", "topology", "findings", "median ms", "fastest ms");
    for (int n : sizes) {
        for (Topology topology : {Topology::Full, Topology::Manual}) {
            const Timing t = measure(makeMesh(n, topology), runs);
            std::printf("%8d  %-8s  %9lld  %10.3f  %10.3f\n", n, qPrintable(toString(topology)),
                        static_cast<long long>(t.findings), t.medianMs, t.minMs);
            if (t.findings == 0) {
                std::fprintf(stderr, "bench_checker: expected findings for the clashing LANs, got none\n");
                return 1;
            }
        }
        Mesh exported = makeMesh(n, Topology::Manual);
        QString error;
        if (!Allocator::allocate(&exported, &error)) {
            std::fprintf(stderr, "bench_checker: %s\n", qPrintable(error));
            return 1;
        }
        const Timing t = measure(exported, runs);
        std::printf("%8d  %-8s  %9lld  %10.3f  %10.3f\n", n, "exported", static_cast<long long>(t.findings),
                    t.medianMs, t.minMs);
    }
    return 0;
}
