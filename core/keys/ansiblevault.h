#pragma once

// AnsibleVault: encrypts a file's content in Ansible Vault's format 1.1 (AES256), so that Ansible decrypts
// it with the same password (`ansible-playbook --vault-password-file F`, `ansible-vault view`).

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace p2pvpn {

class AnsibleVault
{
    Q_DECLARE_TR_FUNCTIONS(AnsibleVault)
public:
    // Ansible strips a password file's surrounding whitespace; so does this.
    explicit AnsibleVault(const QByteArray &password) : m_password(password.trimmed()) {}
    // The password in a password file, refused when Ansible would read it differently: empty, or
    // executable (Ansible runs such a file as a script and takes its output).
    static std::optional<AnsibleVault> fromPasswordFile(const QString &path, QString *error);

    // "$ANSIBLE_VAULT;1.1;AES256\n" and the armoured text. The salt is derived from the password and the
    // content, so the same content gives the same bytes (exports stay reproducible); it reveals only that
    // two files are equal.
    QByteArray encrypt(const QByteArray &plaintext) const;

private:
    QByteArray m_password;
};

} // namespace p2pvpn
