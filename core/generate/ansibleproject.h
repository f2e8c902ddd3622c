#pragma once

// AnsibleProject: writes a mesh as a self-contained Ansible project for fleets run with Ansible:
// inventory.yml (a host per gateway, from its SSH settings), host_vars/<lan>.yml (its tunnels, service
// commands, folders; no key material), bundles/<lan>/ (the generator's tunnel configs, 0600, optionally
// Ansible-Vault encrypted, and the sysctl file), the p2pvpn_gateway role and site.yml. Takes the bundles
// from GenerateJob's bundle sink, so the config-writing rules stay in one place. Same project, same bytes.

#include "generate/bundle.h"
#include "generate/generatejob.h"
#include "keys/ansiblevault.h"
#include "model/mesh.h"
#include "util/outputfolder.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <optional>

namespace p2pvpn {

struct AnsibleOptions
{
    QString outDir;
    std::optional<AnsibleVault> vault; // set: configs encrypted with it; else plain 0600 files
    int serial = 1;                    // gateways at a time for a change to a running mesh (0: all)
};

class AnsibleProject
{
    Q_DECLARE_TR_FUNCTIONS(AnsibleProject)
public:
    AnsibleProject(const Mesh &mesh, const AnsibleOptions &options);

    // The whole export, as `p2pvpn export-ansible` and the designer run it: GenerateJob's checks, keys and
    // saved allocations, with the bundles going into the project instead of folders (request.outDir and
    // the folder/zip flags are ignored). On success `written` holds options.outDir.
    static GenerateResult run(GenerateRequest request, const AnsibleOptions &options,
                              const GenerateJob::Progress &progress = {});

    // Creates the folder (0700), or checks that it holds an earlier export of this mesh.
    bool begin(QString *error);
    // One gateway: host_vars/<lan>.yml and bundles/<lan>/.
    bool addGateway(const GatewayBundle &bundle, QString *error);
    // Inventory, playbook, role, README; removes the files of gateways that are gone.
    bool finish(QString *error);

    // The files written, relative to the folder, in order.
    const QStringList &written() const { return m_written; }
    // The inventory group of a mesh: its name, with '_' for '-' (Ansible's group names are identifiers).
    static QString groupName(const QString &meshName);
    static constexpr const char *markerName = ".p2pvpn-ansible";

private:
    bool writeFile(const QString &relativePath, const QByteArray &content, QString *error);
    bool makeFolders(const QString &relativePath, QString *error);
    QByteArray hostVars(const GatewayBundle &bundle) const;
    QByteArray inventory() const;
    QByteArray playbook() const;
    QByteArray marker() const;
    bool removeStale(QString *error);

    Mesh m_mesh;
    AnsibleOptions m_options;
    OutputFolder m_folder; // opened by begin()
    bool m_begun = false;
    QStringList m_written;
    QStringList m_previous; // what the earlier export wrote (its marker)
};

} // namespace p2pvpn
