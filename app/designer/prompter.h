#pragma once

// Prompter: every question the designer asks the user in a modal dialog (save
// changes? which file? this failed). Tests install a scripted one so nothing
// blocks; the application uses DialogPrompter.

#include <QCoreApplication>
#include <QString>

class QDateTime;
class QWidget;

namespace p2pvpn {

struct ExportOptions;
struct SshHostKey;

// Export for Ansible: the folder, the Vault password file (empty: plain 0600 files) and the gateways a
// change updates at a time (0: all).
struct AnsibleExportChoice
{
    QString outDir;
    QString vaultPasswordFile;
    int serial = 1;
};

class Prompter
{
public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~Prompter() = default;
    virtual SaveChoice askToSave(const QString &documentName) = 0;
    // `problem` names what went wrong and where; `title` says what was being done.
    virtual void showError(const QString &title, const QString &problem) = 0;
    // File choosers; `filter` as for QFileDialog. An empty result means cancelled.
    virtual QString openFileName(const QString &title, const QString &directory, const QString &filter) = 0;
    virtual QString saveFileName(const QString &title, const QString &suggestion, const QString &filter) = 0;
    // Bundle export: edits *options (pre-filled); false when cancelled.
    virtual bool chooseExport(ExportOptions *options, const QString &meshZipName) = 0;
    // Export for Ansible: edits *choice (pre-filled); false when cancelled.
    virtual bool chooseAnsibleExport(AnsibleExportChoice *choice) = 0;
    // After an export titled `title`: `message` says what was written; true to open the folder.
    virtual bool askOpenFolder(const QString &title, const QString &message) = 0;
    // Deploy: a gateway's SSH host key seen for the first time; true to trust it (the default is no).
    virtual bool askHostKey(const QString &gateway, const SshHostKey &key) = 0;
    // A passphrase or password, read without echo; false when cancelled.
    virtual bool askSecret(const QString &title, const QString &label, QByteArray *secret) = 0;
    // At start: unsaved changes to `documentName` survived a crash; true to recover, false to discard them.
    virtual bool askToRecover(const QString &documentName, const QDateTime &savedAt) = 0;
};

class DialogPrompter : public Prompter
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompter)
public:
    explicit DialogPrompter(QWidget *parent) : m_parent(parent) {}
    SaveChoice askToSave(const QString &documentName) override;
    void showError(const QString &title, const QString &problem) override;
    QString openFileName(const QString &title, const QString &directory, const QString &filter) override;
    QString saveFileName(const QString &title, const QString &suggestion, const QString &filter) override;
    bool chooseExport(ExportOptions *options, const QString &meshZipName) override;
    bool chooseAnsibleExport(AnsibleExportChoice *choice) override;
    bool askOpenFolder(const QString &title, const QString &message) override;
    bool askHostKey(const QString &gateway, const SshHostKey &key) override;
    bool askSecret(const QString &title, const QString &label, QByteArray *secret) override;
    bool askToRecover(const QString &documentName, const QDateTime &savedAt) override;

private:
    QWidget *m_parent;
};

} // namespace p2pvpn
