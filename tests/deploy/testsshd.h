#pragma once

// Helpers for the deployment tests: a real OpenSSH sshd of the test's own (host key, config and
// authorized_keys in a temp dir, listening on 127.0.0.1), key generation with ssh-keygen, and a
// fake gateway bundle whose install.sh follows the generator's contract.

#include "model/mesh.h"

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <sys/types.h>

namespace p2pvpn::test {

class TestSshd
{
public:
    TestSshd();
    ~TestSshd(); // stops the server and every session it forked

    // Why these tests cannot run here (not root, no sshd), or empty.
    static QString skipReason();

    // Starts on a free port; authorizedKeys are .pub files. extraConfig lines go into sshd_config;
    // environment ("NAME=value", no blanks) is set for every session.
    bool start(const QStringList &authorizedKeys, QString *error, const QStringList &extraConfig = {},
               const QStringList &environment = {});
    // Kills the server and its sessions at once (SIGKILL), like a machine that vanished.
    // May be called from any thread.
    void kill();
    void stop();

    int port() const { return m_port; }
    pid_t pid() const { return m_pid; } // the listener; 0 when stopped
    QString dir() const { return m_dir ? m_dir->path() : QString(); }
    QString hostPublicKeyFile() const { return dir() + QStringLiteral("/host_key.pub"); }
    QByteArray hostKeyBlob() const; // the decoded key of host_key.pub
    QString log() const;            // sshd's own log (-e), for failure messages

private:
    bool launch(QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    std::atomic<pid_t> m_pid{0};
    int m_port = 0;
};

// ssh-keygen -t type -N passphrase -f path; empty passphrase: unencrypted.
bool generateKey(const QString &path, const QString &passphrase, QString *error,
                 const QString &type = QStringLiteral("ed25519"));
// Runs a program, returns its stdout; *ok false (with stderr in *error) on a non-zero exit.
QByteArray runProgram(const QString &program, const QStringList &arguments, bool *ok,
                      QString *error = nullptr, const QByteArray &input = QByteArray());

// Writes a bundle: install.sh (the fake), openvpn/NAME.conf for each entry, keys/secret.key (0600 in
// a 0700 dir), and a padding file of paddingBytes when non-zero (to make uploads slow).
bool writeBundle(const QString &dir, const QMap<QString, QByteArray> &configs, QString *error,
                 qint64 paddingBytes = 0);

// Writes restart.sh and stop.sh into dir: they append "restart NAME" / "stop NAME" to
// dir/services.log; restart fails for every name listed in dir/fail.
bool writeServiceScripts(const QString &dir, QString *error);

// LAN number `index` of a test mesh, reached as root@127.0.0.1:sshPort with keyFile, installing into
// targetDir with the service scripts of servicesDir (see writeServiceScripts).
Lan localGatewayLan(const QString &name, int index, int sshPort, const QString &keyFile,
                    const QString &targetDir, const QString &servicesDir);

// The *.conf files of a directory, name -> contents.
QMap<QString, QByteArray> configsIn(const QString &dir);

} // namespace p2pvpn::test
