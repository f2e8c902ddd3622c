// export-ansible: the mesh as an Ansible project, for fleets already run with Ansible.

#include "cli.h"
#include "clioptions.h"

#include "generate/ansibleproject.h"

#include <QCommandLineParser>

namespace p2pvpn {

using cli::option;

int Cli::exportAnsible(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto out = option({QStringLiteral("out")}, tr("Folder for the Ansible project."), tr("DIR"));
    const auto vault =
        option({QStringLiteral("vault-password-file")},
               tr("Encrypt the tunnel configurations (they hold the private keys) with Ansible "
                  "Vault, with the password in FILE; give the same file to ansible-playbook."),
               tr("FILE"));
    const auto serial =
        option({QStringLiteral("serial")},
               tr("Gateways changed at a time when the mesh already runs (default 1; 0: all at "
                  "once). A mesh that runs nowhere yet goes to every gateway at once."),
               tr("N"));
    const auto keys = option({QStringLiteral("keys")},
                             tr("Key store folder (default: FILE.keys beside the mesh file)."), tr("DIR"));
    p.addOptions({out, vault, serial, keys});
    if (const std::optional<int> stop = parse(p, arguments, command("export-ansible"), 1))
        return *stop;
    if (!p.isSet(out))
        return usageError(tr("export-ansible needs --out DIR"));
    AnsibleOptions options;
    options.outDir = p.value(out);
    if (p.isSet(serial)) {
        bool ok = false;
        options.serial = p.value(serial).toInt(&ok);
        if (!ok || options.serial < 0 || options.serial > 10000)
            return usageError(
                tr("--serial takes a number of gateways from 0 (all at once) to 10000, not \"%1\"")
                    .arg(displayText(p.value(serial))));
    }
    if (p.isSet(vault)) {
        QString error;
        options.vault = AnsibleVault::fromPasswordFile(p.value(vault), &error);
        if (!options.vault)
            return usageError(error);
    }
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;

    GenerateRequest request;
    request.projectPath = path;
    request.mesh = mesh;
    request.keyStoreDir = p.value(keys);
    const GenerateResult result = AnsibleProject::run(request, options);
    if (!result.ok()) {
        printError(result.error);
        return result.failure == GenerateResult::Failure::MeshHasErrors ? Findings : Usage;
    }
    m_out << options.outDir << '\n'
          << tr("Ansible project for %n gateway(s) written; run: ansible-playbook -i %1/inventory.yml "
                "%1/site.yml",
                nullptr, int(result.mesh.lans.size()))
                 .arg(options.outDir)
          << Qt::endl;
    return Ok;
}

} // namespace p2pvpn
