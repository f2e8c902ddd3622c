// `p2pvpn deploy`: generate (or take) the gateway bundles and install them over SSH.

#include "cli.h"
#include "clioptions.h"
#include "terminal.h"

#include "deploy/deployer.h"
#include "generate/generatejob.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstring>

namespace p2pvpn {

using cli::InterruptWatcher;
using cli::option;

int Cli::deploy(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto gateway =
        option({QStringLiteral("gateway")}, tr("Deploy only this LAN's gateway; repeatable."), tr("NAME"));
    const auto dryRun =
        option({QStringLiteral("dry-run")}, tr("Only list what each gateway would add, change and remove."));
    const auto acceptNew =
        option({QStringLiteral("accept-new-host-keys")},
               tr("Trust and record host keys seen for the first time (changed keys are always "
                  "refused)."));
    const auto jobs =
        option({QStringLiteral("jobs")}, tr("Gateways to work on at the same time (default 8)."), tr("N"));
    const auto bundles =
        option({QStringLiteral("bundles")},
               tr("Deploy bundles generated before (DIR/<lan>/) instead of generating them now."), tr("DIR"));
    const auto keys = option({QStringLiteral("keys")},
                             tr("Key store folder (default: FILE.keys beside the mesh file)."), tr("DIR"));
    const auto knownHosts =
        option({QStringLiteral("known-hosts")},
               tr("The app's known hosts file (default: %1).").arg(Deployer::defaultAppKnownHostsFile()),
               tr("FILE"));
    const auto askPassword = option({QStringLiteral("ask-password")},
                                    tr("Ask on the terminal for an SSH password when no key is accepted."));
    p.addOptions({gateway, dryRun, acceptNew, jobs, bundles, keys, knownHosts, askPassword});
    if (const std::optional<int> stop = parse(p, arguments, command("deploy"), 1))
        return *stop;
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;

    Deployer::Options options;
    options.dryRun = p.isSet(dryRun);
    options.newHostKeys =
        p.isSet(acceptNew) ? Deployer::HostKeyPolicy::AcceptNew : Deployer::HostKeyPolicy::RefuseNew;
    options.appKnownHostsFile =
        p.isSet(knownHosts) ? p.value(knownHosts) : Deployer::defaultAppKnownHostsFile();
    if (p.isSet(jobs)) {
        bool ok = false;
        options.jobs = p.value(jobs).toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 256)
            return usageError(tr("--jobs: \"%1\" is not a number from 1 to 256").arg(p.value(jobs)));
    }

    // Fresh bundles in a private folder that goes away afterwards (they hold private keys).
    QTemporaryDir generated;
    QString bundleRoot = p.value(bundles);
    QString error;
    if (!p.isSet(bundles)) {
        if (!generated.isValid())
            return usageError(tr("cannot create a temporary folder: %1").arg(generated.errorString()));
        GenerateRequest request;
        request.projectPath = path;
        request.mesh = mesh;
        request.outDir = bundleRoot = generated.path();
        request.keyStoreDir = p.value(keys);
        const GenerateResult result = GenerateJob::run(request);
        if (!result.ok()) {
            printError(result.error);
            return result.failure == GenerateResult::Failure::MeshHasErrors ? Findings : Usage;
        }
        mesh = result.mesh;
    }
    const QList<DeployTarget> targets = Deployer::targets(mesh, bundleRoot, p.values(gateway), &error);
    if (!error.isEmpty())
        return usageError(error);

    Deployer deployer;
    QEventLoop loop;
    QObject::connect(&deployer, &Deployer::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deployer, &Deployer::logLine, &loop, [this](const QString &gw, const QString &line) {
        m_out << gw << ": " << line << Qt::endl;
    });
    QObject::connect(&deployer, &Deployer::passphraseQuestion, &loop,
                     [&deployer](const QString &gw, const QString &keyFile) {
                         QByteArray secret =
                             cli::readSecret(tr("Passphrase for %1 (for %2): ").arg(keyFile, gw));
                         deployer.answerSecret(gw, secret);
                         explicit_bzero(secret.data(), size_t(secret.size()));
                     });
    if (p.isSet(askPassword))
        QObject::connect(&deployer, &Deployer::passwordQuestion, &loop,
                         [&deployer](const QString &gw, const QString &target) {
                             QByteArray secret = cli::readSecret(tr("Password for %1: ").arg(target));
                             deployer.answerSecret(gw, secret);
                             explicit_bzero(secret.data(), size_t(secret.size()));
                         });

    // Ctrl-C cancels cleanly; a second one drops hanging connections.
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [this, &deployer] {
        m_err << tr("p2pvpn: cancelling (press Ctrl-C again to drop the connections)") << Qt::endl;
        deployer.cancel();
    });

    if (!deployer.start(targets, options))
        return usageError(tr("cannot start the deployment"));
    loop.exec();

    bool allGood = true;
    bool unknownKeys = false;
    m_out << (options.dryRun ? tr("dry run:") : tr("deployment:")) << '\n';
    for (const DeployResult &r : deployer.results()) {
        m_out << "  " << r.gateway << ": " << toString(r.state) << ": " << r.message << '\n';
        if (options.dryRun && (r.state == DeployState::Done || r.state == DeployState::Unchanged)) {
            for (const QString &name : r.added)
                m_out << "    add " << name << '\n';
            for (const QString &name : r.changed)
                m_out << "    change " << name << '\n';
            for (const QString &name : r.removed)
                m_out << "    remove " << name << '\n';
        }
        allGood = allGood && (r.state == DeployState::Done || r.state == DeployState::Unchanged);
        unknownKeys = unknownKeys || r.hostKeyUnknown;
    }
    if (unknownKeys && !p.isSet(acceptNew))
        m_out << tr("Compare the fingerprints above with the gateways' own (ssh-keygen -lf "
                    "/etc/ssh/ssh_host_ed25519_key.pub on each), then run again with --accept-new-host-keys.")
              << '\n';
    m_out.flush();
    return allGood ? Ok : Findings;
}

} // namespace p2pvpn
