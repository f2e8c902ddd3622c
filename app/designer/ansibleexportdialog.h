#pragma once

// AnsibleExportDialog: where to write the Ansible project, whether to encrypt the tunnel
// configurations with Ansible Vault (and the password file), and how many gateways a change
// to a running mesh touches at a time.

#include "prompter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QSpinBox;

namespace p2pvpn {

class AnsibleExportDialog : public QDialog
{
    Q_OBJECT
public:
    AnsibleExportDialog(const AnsibleExportChoice &choice, QWidget *parent = nullptr);
    AnsibleExportChoice choice() const;

private:
    void validate();
    QLayout *pathRow(QLineEdit *edit, const QString &browseTitle, bool folder); // the edit and Browse…

    QLineEdit *m_folder;
    QLineEdit *m_vaultFile;
    QSpinBox *m_serial;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace p2pvpn
