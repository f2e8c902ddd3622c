// AnsibleProject, the Ansible export: what it writes (and with which permissions), the same bytes for the
// same project, the files of removed gateways removed and nobody else's, folders it must not take over,
// user text Ansible reads back exactly (the real ansible-inventory), and Vault files the real ansible-vault
// decrypts to the plain export. The playbook itself runs against real gateways in netns_ansible.

#include "generate/ansibleproject.h"
#include "model/projectfile.h"
#include "testfiles.h"
#include "testmeshes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

// Every file below `root` (relative path → bytes), hidden ones included, symlinks not followed.
QMap<QString, QByteArray> tree(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), readAll(path));
    }
    return files;
}

// Runs a real Ansible client; its standard output, or a failure naming what it printed.
QByteArray runAnsible(const QString &program, const QStringList &arguments, const QString &home)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        qFatal("%s is not installed: installer/bootstrap.sh test installs it", qPrintable(program));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home); // no user configuration, no ~/.ansible left behind
    env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), home + QLatin1String("/tmp"));
    process.setProcessEnvironment(env);
    process.start(path, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

} // namespace

class TestAnsibleProject : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void writesItPrivately();
    void sameProjectSameBytes();
    void removesGoneGatewaysOnly();
    void refusesForeignFolder();
    void refusesOtherMeshsExport();
    void neverWritesThroughSymlink();
    void staleRemovalNeverFollowsSymlink();
    void refusesAFolderOthersMayChange();
    void userTextReadBackExactly();
    void vaultFilesDecryptToThePlainExport();
    void refusesUnsafePasswordFiles();
    void aliasedGatewaysGetTheirTranslation();

private:
    // Exports `mesh` (saved as dir/corp.p2pmesh, keys beside it) into dir/`folder`.
    GenerateResult exportMesh(const Mesh &mesh, const QString &folder = QStringLiteral("fleet"),
                              std::optional<AnsibleVault> vault = {})
    {
        GenerateRequest request;
        request.projectPath = m_dir->filePath(QStringLiteral("corp.p2pmesh"));
        request.mesh = mesh;
        QString error;
        if (!ProjectFile::save(request.projectPath, mesh, &error))
            qFatal("cannot save the test project: %s", qPrintable(error));
        AnsibleOptions options;
        options.outDir = m_dir->filePath(folder);
        options.vault = vault;
        return AnsibleProject::run(request, options);
    }
    QString out(const QString &relative = {}) const
    {
        return m_dir->filePath(relative.isEmpty() ? QStringLiteral("fleet")
                                                  : QLatin1String("fleet/") + relative);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAnsibleProject::writesItPrivately()
{
    const GenerateResult result = exportMesh(letterMesh(3));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.written, QStringList{out()});

    const QByteArray inventory = readAll(out(QStringLiteral("inventory.yml")));
    QVERIFY2(inventory.contains("\n    corp:\n"), inventory.constData()); // the mesh's group
    for (const char *lan : {"a", "b", "c"}) {
        QVERIFY2(inventory.contains(QByteArray("        ") + lan + ":\n"), inventory.constData());
        const QByteArray vars = readAll(out(QStringLiteral("host_vars/%1.yml").arg(QLatin1String(lan))));
        QVERIFY2(vars.contains(QByteArray("p2pvpn_lan: '") + lan + "'\n"), vars.constData());
        QCOMPARE(vars.count("  - name: "), 2); // its two tunnels in a full mesh of three
        QVERIFY(!vars.contains("PRIVATE KEY"));
    }
    QVERIFY(!inventory.contains("PRIVATE KEY"));
    QVERIFY(readAll(out(QStringLiteral("bundles/a/openvpn/corp-b.conf"))).contains("BEGIN PRIVATE KEY"));
    for (const QString &name : {QStringLiteral("site.yml"), QStringLiteral("ansible.cfg"),
                                QStringLiteral("roles/p2pvpn_gateway/tasks/main.yml"),
                                QStringLiteral("roles/p2pvpn_gateway/handlers/main.yml"),
                                QString::fromLatin1(AnsibleProject::markerName)})
        QVERIFY2(!readAll(out(name)).isEmpty(), qPrintable(name));

    // It holds private keys: every folder 0700, every file 0600, whatever the umask.
    QCOMPARE(modeOf(out()), 0700);
    QDirIterator it(out(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const bool folder = it.fileInfo().isDir();
        QCOMPARE(modeOf(path), folder ? 0700 : 0600);
        files += folder ? 0 : 1;
    }
    QVERIFY2(files > 15, qPrintable(QString::number(files)));
}

void TestAnsibleProject::sameProjectSameBytes()
{
    const Mesh mesh = letterMesh(4);
    QVERIFY(exportMesh(mesh).ok());
    const auto first = tree(out());
    // Into a second folder, from the same project and key store, and with Vault twice.
    QVERIFY(exportMesh(mesh, QStringLiteral("again")).ok());
    QCOMPARE(tree(m_dir->filePath(QStringLiteral("again"))), first);
    const AnsibleVault vault(QByteArrayLiteral("pw"));
    QVERIFY(exportMesh(mesh, QStringLiteral("v1"), vault).ok());
    QVERIFY(exportMesh(mesh, QStringLiteral("v2"), vault).ok());
    QCOMPARE(tree(m_dir->filePath(QStringLiteral("v2"))), tree(m_dir->filePath(QStringLiteral("v1"))));
    QVERIFY(tree(m_dir->filePath(QStringLiteral("v1"))) != first);
}

void TestAnsibleProject::removesGoneGatewaysOnly()
{
    Mesh mesh = letterMesh(3);
    QVERIFY(exportMesh(mesh).ok());
    QVERIFY(QFile::exists(out(QStringLiteral("bundles/a/openvpn/corp-c.conf"))));
    // The user's own file in the project (group_vars) is theirs: never removed.
    QVERIFY(QDir().mkpath(out(QStringLiteral("group_vars"))));
    writeFile(out(QStringLiteral("group_vars/all.yml")), "ansible_python_interpreter: /usr/bin/python3\n");

    mesh.removeLan(mesh.lanByName(QStringLiteral("c"))->id);
    const GenerateResult result = exportMesh(mesh);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!QFile::exists(out(QStringLiteral("host_vars/c.yml"))));
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("bundles/c"))));
    QVERIFY(!QFile::exists(out(QStringLiteral("bundles/a/openvpn/corp-c.conf"))));
    QVERIFY(QFile::exists(out(QStringLiteral("bundles/a/openvpn/corp-b.conf"))));
    QVERIFY(!readAll(out(QStringLiteral("inventory.yml"))).contains("        c:\n"));
    QCOMPARE(readAll(out(QStringLiteral("group_vars/all.yml"))),
             QByteArray("ansible_python_interpreter: /usr/bin/python3\n"));
}

void TestAnsibleProject::refusesForeignFolder()
{
    QVERIFY(QDir().mkpath(out()));
    writeFile(out(QStringLiteral("site.yml")), "- hosts: all\n");
    const GenerateResult result = exportMesh(letterMesh(2));
    QCOMPARE(result.failure, GenerateResult::Failure::Io);
    QVERIFY2(result.error.contains(out()) && result.error.contains(QLatin1String("not an Ansible export")),
             qPrintable(result.error));
    QCOMPARE(tree(out()), (QMap<QString, QByteArray>{{QStringLiteral("site.yml"), "- hosts: all\n"}}));
}

void TestAnsibleProject::refusesOtherMeshsExport()
{
    QVERIFY(exportMesh(letterMesh(2)).ok());
    const auto before = tree(out());
    Mesh other = letterMesh(2);
    other.name = QStringLiteral("branch");
    const GenerateResult result = exportMesh(other);
    QCOMPARE(result.failure, GenerateResult::Failure::Io);
    QVERIFY2(result.error.contains(QLatin1String("\"corp\"")) &&
                 result.error.contains(QLatin1String("\"branch\"")),
             qPrintable(result.error));
    QCOMPARE(tree(out()), before);
}

void TestAnsibleProject::neverWritesThroughSymlink()
{
    const Mesh mesh = letterMesh(2);
    QVERIFY(exportMesh(mesh).ok());
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    QVERIFY(QDir(out(QStringLiteral("bundles/a"))).removeRecursively());
    QVERIFY(QFile::link(elsewhere, out(QStringLiteral("bundles/a"))));

    const GenerateResult result = exportMesh(mesh);
    QCOMPARE(result.failure, GenerateResult::Failure::Io);
    QVERIFY2(result.error.contains(out(QStringLiteral("bundles/a"))) &&
                 result.error.contains(QLatin1String("symbolic link")),
             qPrintable(result.error));
    QVERIFY(tree(elsewhere).isEmpty());
}

// A gateway removed from the mesh: its old files are removed below the project only. With its folder
// swapped for a link, the export is refused and what the link points to keeps every file.
void TestAnsibleProject::staleRemovalNeverFollowsSymlink()
{
    Mesh mesh = letterMesh(3);
    QVERIFY(exportMesh(mesh).ok());
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere"));
    const auto victim = tree(out(QStringLiteral("bundles/c")));
    QVERIFY(!victim.isEmpty());
    for (auto it = victim.cbegin(); it != victim.cend(); ++it) {
        QVERIFY(QDir().mkpath(QFileInfo(QDir(elsewhere).filePath(it.key())).path()));
        writeFile(QDir(elsewhere).filePath(it.key()), "canary\n");
    }
    QVERIFY(QDir(out(QStringLiteral("bundles/c"))).removeRecursively());
    QVERIFY(QFile::link(elsewhere, out(QStringLiteral("bundles/c"))));

    mesh.removeLan(mesh.lanByName(QStringLiteral("c"))->id);
    const GenerateResult result = exportMesh(mesh);
    // What the link points to keeps every file: checked first, it is what matters most.
    QCOMPARE(tree(elsewhere).keys(), victim.keys());
    for (const QByteArray &content : tree(elsewhere))
        QCOMPARE(content, QByteArray("canary\n"));
    QCOMPARE(result.failure, GenerateResult::Failure::Io);
    QVERIFY2(result.error.contains(out(QStringLiteral("bundles/c"))) &&
                 result.error.contains(QLatin1String("symbolic link")),
             qPrintable(result.error));
}

// Others could edit the playbook or plant links: a group-writable folder is refused, not taken over.
void TestAnsibleProject::refusesAFolderOthersMayChange()
{
    QVERIFY(QDir().mkpath(out()));
    QVERIFY(QFile::setPermissions(out(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                             QFileDevice::WriteGroup | QFileDevice::ExeGroup));
    const GenerateResult result = exportMesh(letterMesh(2));
    QCOMPARE(result.failure, GenerateResult::Failure::Io);
    QVERIFY2(result.error.contains(out()) && result.error.contains(QLatin1String("chmod go-w")),
             qPrintable(result.error));
    QCOMPARE(tree(out()), (QMap<QString, QByteArray>{}));
}

// Commands are the user's shell text: Ansible must neither template "{{ }}" in them nor misread quotes.
void TestAnsibleProject::userTextReadBackExactly()
{
    Mesh mesh = letterMesh(2);
    Lan &a = mesh.lans.first();
    a.deploy.serviceManager = ServiceManager::Command;
    const QString restart =
        QStringLiteral("/usr/local/sbin/vpn restart \"{{ lookup('pipe', 'id') }}\" 'it''s' \\ #: - %{x} ü");
    a.deploy.restartCommand = restart;
    a.deploy.stopCommand = QStringLiteral("{% raw %}stop{% endraw %}");
    const GenerateResult result = exportMesh(mesh);
    QVERIFY2(result.ok(), qPrintable(result.error));

    const QByteArray json = runAnsible(
        QStringLiteral("ansible-inventory"),
        {QStringLiteral("-i"), out(QStringLiteral("inventory.yml")), QStringLiteral("--host"), a.name},
        m_dir->path());
    const QJsonObject vars = QJsonDocument::fromJson(json).object();
    QVERIFY2(!vars.isEmpty(), json.constData());
    // ansible-inventory shows a value Ansible will not template as {"__ansible_unsafe": text}.
    const auto unsafe = [&vars](const char *name) {
        return vars.value(QLatin1String(name)).toObject().value(QLatin1String("__ansible_unsafe")).toString();
    };
    QCOMPARE(unsafe("p2pvpn_restart_command"), restart);
    QCOMPARE(unsafe("p2pvpn_stop_command"), a.deploy.stopCommand);
    QCOMPARE(unsafe("p2pvpn_target_dir"), a.deploy.targetDir);
    QCOMPARE(vars.value(QLatin1String("p2pvpn_lan")).toString(), a.name);
    QCOMPARE(vars.value(QLatin1String("ansible_user")).toString(), a.ssh.user);
}

void TestAnsibleProject::vaultFilesDecryptToThePlainExport()
{
    const Mesh mesh = letterMesh(2);
    QVERIFY(exportMesh(mesh).ok());
    const QString password = m_dir->filePath(QStringLiteral("vault-password"));
    writeFile(password, "  a vault password\n"); // Ansible strips the whitespace around it
    QString error;
    const std::optional<AnsibleVault> vault = AnsibleVault::fromPasswordFile(password, &error);
    QVERIFY2(vault, qPrintable(error));
    QVERIFY(exportMesh(mesh, QStringLiteral("vault"), vault).ok());

    const QString relative = QStringLiteral("bundles/a/openvpn/corp-b.conf");
    const QByteArray encrypted = readAll(m_dir->filePath(QLatin1String("vault/") + relative));
    QVERIFY2(encrypted.startsWith("$ANSIBLE_VAULT;1.1;AES256\n"), encrypted.left(60).constData());
    QVERIFY(!encrypted.contains("PRIVATE KEY"));
    const QByteArray plain = readAll(out(relative));
    QVERIFY(plain.contains("BEGIN PRIVATE KEY"));
    QCOMPARE(runAnsible(QStringLiteral("ansible-vault"),
                        {QStringLiteral("view"), QStringLiteral("--vault-password-file"), password,
                         m_dir->filePath(QLatin1String("vault/") + relative)},
                        m_dir->path()),
             plain);
}

void TestAnsibleProject::refusesUnsafePasswordFiles()
{
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("pw"));
    QVERIFY(!AnsibleVault::fromPasswordFile(path, &error)); // missing
    QVERIFY2(error.contains(path), qPrintable(error));
    writeFile(path, " \n\t\n");
    error.clear();
    QVERIFY(!AnsibleVault::fromPasswordFile(path, &error)); // only whitespace: Ansible refuses it too
    QVERIFY2(error.contains(path), qPrintable(error));
    writeFile(path, "secret\n");
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    error.clear();
    QVERIFY(!AnsibleVault::fromPasswordFile(path, &error)); // Ansible would run it
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("executable")), qPrintable(error));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const std::optional<AnsibleVault> vault = AnsibleVault::fromPasswordFile(path, &error);
    QVERIFY2(vault, qPrintable(error));
    QCOMPARE(vault->encrypt("x"), AnsibleVault(QByteArrayLiteral("secret")).encrypt("x"));
}

// A gateway with aliased subnets gets install.sh's translation rules; the others are told they have none
// (so the role removes rules an earlier export left).
void TestAnsibleProject::aliasedGatewaysGetTheirTranslation()
{
    Mesh mesh = letterMesh(3);
    Lan &b = *mesh.lan(mesh.lanByName(QStringLiteral("b"))->id);
    b.subnets = mesh.lanByName(QStringLiteral("a"))->subnets;
    mesh.lan(mesh.lanByName(QStringLiteral("a"))->id)
        ->aliases.insert(b.subnets.first(), net("100.64.0.0/16"));
    b.aliases.insert(b.subnets.first(), net("100.65.0.0/16"));
    const GenerateResult result = exportMesh(mesh);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QByteArray nat = readAll(out(QStringLiteral("bundles/b/nat/nftables.nft")));
    QVERIFY2(nat.contains("ip daddr 100.65.0.0/16 dnat ip prefix to 10.1.0.0/16"), nat.constData());
    QVERIFY(readAll(out(QStringLiteral("host_vars/b.yml"))).contains("\np2pvpn_nat: true\n"));
    QVERIFY(readAll(out(QStringLiteral("host_vars/c.yml"))).contains("\np2pvpn_nat: false\n"));
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("bundles/c/nat"))));
    QVERIFY(readAll(out(QStringLiteral("roles/p2pvpn_gateway/handlers/main.yml"))).contains("nft, -f"));
}

QTEST_MAIN(TestAnsibleProject)
#include "tst_ansibleproject.moc"
