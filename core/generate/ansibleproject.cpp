#include "generate/ansibleproject.h"

#include "generate/configrenderer.h"
#include "generate/gatewayfiles.h"
#include "model/cidr.h"
#include "util/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace p2pvpn {

namespace {

const QString natPath = QStringLiteral("nat/nftables.nft");

// The role and the module, as they are; "@SOCKET_FOLDER@" is filled in.
const char *const staticFiles[] = {
    "roles/p2pvpn_gateway/tasks/main.yml",    "roles/p2pvpn_gateway/handlers/main.yml",
    "roles/p2pvpn_gateway/defaults/main.yml", "roles/p2pvpn_gateway/meta/main.yml",
    "library/p2pvpn_tunnel_answers.py",
};

QByteArray resource(const QString &relativePath)
{
    QFile file(QStringLiteral(":/templates/ansible/") + relativePath);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    return opened ? file.readAll() : QByteArray();
}

// A YAML scalar Ansible reads back exactly. The user's free text (paths, shell commands) is tagged !unsafe
// so that a "{{" in it is never taken for a template.
QString yaml(const QString &text, bool unsafe = false)
{
    const QString tag = unsafe ? QStringLiteral("!unsafe ") : QString();
    const bool plain =
        std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c < u' ' || c == u'\x7f'; });
    if (plain)
        return tag + QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) +
               QLatin1Char('\'');
    // Control characters only survive in double quotes, escaped.
    QString out = tag + QLatin1Char('"');
    for (QChar c : text) {
        if (c < u' ' || c == u'\x7f')
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (c == u'"' || c == u'\\')
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString header(const QString &what, const QString &meshName)
{
    return AnsibleProject::tr("# %1 of P2P-VPN mesh \"%2\". Written by P2P-VPN Mesh Designer (p2pvpn "
                              "export-ansible):\n# export again instead of editing.\n")
        .arg(what, meshName);
}

// A path from an earlier export's marker that is safe to remove: relative, no "..", no empty part.
bool isOwnRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    });
}

} // namespace

AnsibleProject::AnsibleProject(const Mesh &mesh, const AnsibleOptions &options)
    : m_mesh(mesh), m_options(options)
{
}

QString AnsibleProject::groupName(const QString &meshName)
{
    return QString(meshName).replace(QLatin1Char('-'), QLatin1Char('_'));
}

GenerateResult AnsibleProject::run(GenerateRequest request, const AnsibleOptions &options,
                                   const GenerateJob::Progress &progress)
{
    AnsibleProject project(request.mesh, options);
    request.outDir = options.outDir;
    request.folders = request.gatewayZips = request.meshZip = false;
    // The folder is looked at once the mesh passed its checks, so a mesh with errors touches nothing.
    request.sink = [&project](const GatewayBundle &bundle, QString *error) {
        return project.begin(error) && project.addGateway(bundle, error);
    };
    GenerateResult result = GenerateJob::run(request, progress);
    if (result.failure == GenerateResult::Failure::None ||
        result.failure == GenerateResult::Failure::ProjectNotSaved) {
        QString error;
        if (!project.begin(&error) || !project.finish(&error)) {
            result.failure = GenerateResult::Failure::Io;
            result.error = error;
            return result;
        }
        result.written = QStringList{options.outDir};
    }
    return result;
}

bool AnsibleProject::begin(QString *error)
{
    if (m_begun)
        return true;
    const QString out = m_options.outDir;
    const QFileInfo info(out);
    if (info.exists() && !info.isDir()) {
        *error = tr("%1 is not a folder").arg(QDir::toNativeSeparators(out));
        return false;
    }
    if (info.exists() && !QDir(out).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        // Only an earlier export of this mesh is replaced; anything else is the user's.
        QByteArray text;
        bool exists = false;
        if (!PrivateFile::read(QDir(out).filePath(QLatin1String(markerName)), &text, &exists, error))
            return false;
        QString meshName;
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith("mesh "))
                meshName = QString::fromUtf8(line.mid(5));
            else if (line.startsWith("file "))
                m_previous.append(QString::fromUtf8(line.mid(5)));
        }
        if (!exists || meshName.isEmpty()) {
            *error = tr("%1 holds files that are not an Ansible export of this tool; choose an empty or new "
                        "folder")
                         .arg(QDir::toNativeSeparators(out));
            return false;
        }
        if (meshName != m_mesh.name) {
            *error = tr("%1 holds the Ansible export of mesh \"%2\", not \"%3\"; choose another folder")
                         .arg(QDir::toNativeSeparators(out), displayText(meshName), m_mesh.name);
            return false;
        }
    }
    // Created 0700 whatever the umask, or refused when others could change it (plant links, edit the
    // playbook); opened once so that stale files are removed below it without following any link.
    if (!m_folder.open(out, error))
        return false;
    // It holds private keys: owner only (an existing folder is closed to 0700 again).
    QString why;
    if (!PrivateFile::makeDirectory(out, &why)) {
        *error = tr("cannot use the folder %1: %2").arg(QDir::toNativeSeparators(out), why);
        return false;
    }
    m_begun = true;
    return true;
}

bool AnsibleProject::makeFolders(const QString &relativePath, QString *error)
{
    QString path = m_options.outDir;
    for (const QString &part : relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += QLatin1Char('/') + part;
        // Never written through: a link planted here could point anywhere.
        if (QFileInfo(path).isSymLink()) {
            *error = tr("%1 is a symbolic link; remove it (an export never writes through one)")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        QString why;
        if (!PrivateFile::makeDirectory(path, &why)) {
            *error = tr("cannot create the folder %1: %2").arg(QDir::toNativeSeparators(path), why);
            return false;
        }
    }
    return true;
}

bool AnsibleProject::writeFile(const QString &relativePath, const QByteArray &content, QString *error)
{
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    if (slash > 0 && !makeFolders(relativePath.first(slash), error))
        return false;
    // Written under a temporary name and renamed over: a link at the name is replaced, not followed.
    if (!PrivateFile::write(QDir(m_options.outDir).filePath(relativePath), content, error))
        return false;
    m_written.append(relativePath);
    return true;
}

bool AnsibleProject::addGateway(const GatewayBundle &bundle, QString *error)
{
    const QString folder = QStringLiteral("bundles/%1/").arg(bundle.name);
    for (const BundleTunnel &tunnel : bundle.tunnels) {
        const QString path = QStringLiteral("openvpn/%1.conf").arg(tunnel.name);
        const BundleFile *config = bundle.file(path);
        Q_ASSERT(config);
        const QByteArray content =
            m_options.vault ? m_options.vault->encrypt(config->content) : config->content;
        if (!writeFile(folder + path, content, error))
            return false;
    }
    const QString sysctl = GatewayFiles::sysctlPath(m_mesh.name);
    if (const BundleFile *file = bundle.file(sysctl);
        !file || !writeFile(folder + sysctl, file->content, error))
        return false;
    // Aliased subnets: the same translation rules install.sh applies.
    if (const BundleFile *nat = bundle.file(natPath);
        nat && !writeFile(folder + natPath, nat->content, error))
        return false;
    return writeFile(QStringLiteral("host_vars/%1.yml").arg(bundle.name), hostVars(bundle), error);
}

QByteArray AnsibleProject::hostVars(const GatewayBundle &bundle) const
{
    const Lan &lan = *m_mesh.lan(bundle.lan);
    const bool commands = lan.deploy.serviceManager == ServiceManager::Command;
    QString out = header(tr("Gateway %1").arg(lan.name), m_mesh.name);
    out += QStringLiteral("p2pvpn_lan: %1\n").arg(yaml(lan.name));
    out += QStringLiteral("p2pvpn_target_dir: %1\n").arg(yaml(lan.deploy.targetDir, true));
    out += QStringLiteral("p2pvpn_service_manager: %1\n").arg(yaml(toString(lan.deploy.serviceManager)));
    out += QStringLiteral("p2pvpn_restart_command: %1\n")
               .arg(yaml(commands ? lan.deploy.restartCommand : QString(), true));
    out += QStringLiteral("p2pvpn_stop_command: %1\n")
               .arg(yaml(commands ? lan.deploy.stopCommand : QString(), true));
    out += QStringLiteral("p2pvpn_routing: 'static'\n");
    out += QStringLiteral("p2pvpn_sysctl_file: %1\n").arg(yaml(GatewayFiles::sysctlPath(m_mesh.name)));
    out += QStringLiteral("p2pvpn_nat: %1\n")
               .arg(bundle.file(natPath) ? QStringLiteral("true") : QStringLiteral("false"));
    out += QStringLiteral("p2pvpn_nat_table: %1\n").arg(yaml(GatewayFiles::natTable(m_mesh.name)));
    out += bundle.tunnels.isEmpty() ? QStringLiteral("p2pvpn_tunnels: []\n")
                                    : QStringLiteral("p2pvpn_tunnels:\n");
    for (const BundleTunnel &t : bundle.tunnels) {
        out += QStringLiteral("  - name: %1\n").arg(yaml(t.name));
        out += QStringLiteral("    peer: %1\n").arg(yaml(t.peer));
        out += QStringLiteral("    peer_endpoint: %1\n").arg(yaml(t.peerEndpoint));
        out += QStringLiteral("    local_port: %1\n    remote_port: %2\n").arg(t.localPort).arg(t.remotePort);
        out += QStringLiteral("    local_address: %1\n").arg(yaml(formatIpv4(t.localAddress)));
        out += QStringLiteral("    remote_address: %1\n").arg(yaml(formatIpv4(t.remoteAddress)));
    }
    return out.toUtf8();
}

QByteArray AnsibleProject::inventory() const
{
    const QString group = groupName(m_mesh.name);
    QString out = header(tr("The gateways"), m_mesh.name);
    out += QStringLiteral("all:\n  children:\n    %1:\n      vars:\n        p2pvpn_mesh: %2\n      hosts:\n")
               .arg(group, yaml(m_mesh.name));
    if (m_mesh.lans.isEmpty())
        out += QStringLiteral("        {}\n");
    for (const Lan &lan : m_mesh.lans) {
        const SshSettings &ssh = lan.ssh;
        out += QStringLiteral("        %1:\n").arg(lan.name);
        out += QStringLiteral("          ansible_host: %1\n")
                   .arg(yaml(ssh.host.isEmpty() ? lan.endpoint : ssh.host));
        out += QStringLiteral("          ansible_port: %1\n").arg(ssh.port);
        out += QStringLiteral("          ansible_user: %1\n").arg(yaml(ssh.user));
        if (ssh.useSudo)
            out += QStringLiteral("          ansible_become: true\n");
        if (!ssh.keyFile.isEmpty())
            out +=
                QStringLiteral("          ansible_ssh_private_key_file: %1\n").arg(yaml(ssh.keyFile, true));
    }
    out += tr(
        "    # Filled while site.yml runs: the gateways of a mesh that runs nowhere yet, or of a change.\n");
    out += QStringLiteral("    %1_new_mesh: {}\n    %1_changes: {}\n").arg(group);
    return out.toUtf8();
}

QByteArray AnsibleProject::playbook() const
{
    const QString group = groupName(m_mesh.name);
    const QByteArray play = resource(QStringLiteral("play.yml"));
    auto fill = [&](const QString &title, const QString &hosts, const QString &serial) {
        QByteArray text = play;
        return text.replace("@TITLE@", title.toUtf8())
            .replace("@HOSTS@", hosts.toUtf8())
            .replace("@SERIAL@", serial.toUtf8());
    };
    const QString serial =
        m_options.serial > 0 ? QString::number(m_options.serial) : QStringLiteral("'100%'");
    QByteArray plays =
        fill(QStringLiteral("Bring up mesh %1").arg(m_mesh.name), group + QLatin1String("_new_mesh"),
             QStringLiteral("\"{{ p2pvpn_serial_new_mesh | default('100%') }}\""));
    plays += '\n' + fill(QStringLiteral("Change mesh %1").arg(m_mesh.name), group + QLatin1String("_changes"),
                         QStringLiteral("\"{{ p2pvpn_serial | default(%1) }}\"").arg(serial));
    QByteArray text = resource(QStringLiteral("site.yml"));
    return text.replace("@MESH@", m_mesh.name.toUtf8())
        .replace("@GROUP@", group.toUtf8())
        .replace("@PLAYS@\n", plays);
}

QByteArray AnsibleProject::marker() const
{
    QByteArray out = "# P2P-VPN Mesh Designer: an Ansible export, and the files it wrote (the next export "
                     "replaces them).\nmesh " +
                     m_mesh.name.toUtf8() + '\n';
    for (const QString &path : m_written)
        out += "file " + path.toUtf8() + '\n';
    return out;
}

bool AnsibleProject::removeStale(QString *error)
{
    const QSet<QString> current(m_written.cbegin(), m_written.cend());
    QStringList folders;
    for (const QString &path : std::as_const(m_previous)) {
        if (current.contains(path) || !isOwnRelativePath(path))
            continue;
        // Relative to the open folder: a link, at the name or at any folder on the way, is never followed.
        if (!m_folder.removeFile(path, error))
            return false;
        for (qsizetype slash = path.lastIndexOf(QLatin1Char('/')); slash > 0;
             slash = path.lastIndexOf(QLatin1Char('/'), slash - 1))
            folders.append(path.first(slash));
    }
    // Deepest first; rmdir() leaves a folder that still holds anything.
    std::sort(folders.begin(), folders.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(folders))
        m_folder.removeEmptyFolder(folder);
    return true;
}

bool AnsibleProject::finish(QString *error)
{
    for (const char *path : staticFiles) {
        QByteArray content = resource(QLatin1String(path));
        content.replace("@SOCKET_FOLDER@", QByteArray(ConfigRenderer::socketFolder().data()));
        if (!writeFile(QLatin1String(path), content, error))
            return false;
    }
    const QByteArray config = "# Read by ansible-playbook when run from this folder.\n[defaults]\n"
                              "inventory = inventory.yml\nroles_path = roles\nlibrary = library\n"
                              "interpreter_python = auto_silent\n\n[ssh_connection]\npipelining = True\n";
    const QString readme =
        tr("Ansible project for P2P-VPN mesh \"%1\", written by P2P-VPN Mesh Designer.\n\n"
           "    ansible-playbook -i inventory.yml site.yml                 install or update every gateway\n"
           "    ansible-playbook -i inventory.yml site.yml --check --diff  list the tunnels that would "
           "change\n\n"
           "bundles/ holds every gateway's tunnel configurations with their private keys: keep this folder "
           "private.%2\nExport again after every change to the mesh (p2pvpn export-ansible); do not edit the "
           "files.\n")
            .arg(m_mesh.name, m_options.vault ? tr(" They are encrypted with Ansible Vault: add "
                                                   "--vault-password-file FILE to ansible-playbook.")
                                              : QString());
    if (!writeFile(QStringLiteral("site.yml"), playbook(), error) ||
        !writeFile(QStringLiteral("inventory.yml"), inventory(), error) ||
        !writeFile(QStringLiteral("ansible.cfg"), config, error) ||
        !writeFile(QStringLiteral("README.txt"), readme.toUtf8(), error) || !removeStale(error))
        return false;
    // Last: until it is written, the earlier marker still names every file that may need removing.
    const QString markerPath = QDir(m_options.outDir).filePath(QLatin1String(markerName));
    return PrivateFile::write(markerPath, marker(), error);
}

} // namespace p2pvpn
