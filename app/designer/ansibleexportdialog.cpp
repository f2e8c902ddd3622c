#include "ansibleexportdialog.h"

#include "keys/ansiblevault.h"
#include "validatedlineedit.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace p2pvpn {

AnsibleExportDialog::AnsibleExportDialog(const AnsibleExportChoice &choice, QWidget *parent)
    : QDialog(parent), m_folder(new QLineEdit(choice.outDir)),
      m_vaultFile(new QLineEdit(choice.vaultPasswordFile)), m_serial(new QSpinBox), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Export for Ansible"));
    setStyleSheet(validationStyleSheet(palette()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Writes an Ansible project: an inventory with a host per gateway, its tunnels in host_vars, "
           "the tunnel configurations and a role that installs them and restarts only the tunnels that "
           "changed. Run it with ansible-playbook -i inventory.yml site.yml."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(6);

    auto *form = new QFormLayout;
    form->addRow(tr("Folder:"), pathRow(m_folder, tr("Export for Ansible To"), true));
    m_vaultFile->setPlaceholderText(tr("None: configurations as 0600 files"));
    m_vaultFile->setToolTip(tr("The tunnel configurations hold the private keys. With a password file they "
                               "are encrypted with Ansible Vault; give the same file to ansible-playbook "
                               "with --vault-password-file."));
    form->addRow(tr("Vault password file:"), pathRow(m_vaultFile, tr("Vault Password File"), false));
    m_serial->setRange(0, 10000);
    m_serial->setSpecialValueText(tr("All at once"));
    m_serial->setValue(choice.serial);
    m_serial->setToolTip(tr("How many gateways a change to a running mesh updates at a time. A mesh that "
                            "runs nowhere yet goes to every gateway at once."));
    form->addRow(tr("Gateways changed at a time:"), m_serial);
    layout->addLayout(form);
    addProblemAndButtons(layout, m_problem, m_buttons, tr("Export"));

    for (QLineEdit *edit : {m_folder, m_vaultFile})
        connect(edit, &QLineEdit::textChanged, this, &AnsibleExportDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(600, sizeHint().height());
    validate();
}

QLayout *AnsibleExportDialog::pathRow(QLineEdit *edit, const QString &browseTitle, bool folder)
{
    auto *layout = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Browse…"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, browseTitle, folder] {
        const QString path = folder ? QFileDialog::getExistingDirectory(this, browseTitle, edit->text())
                                    : QFileDialog::getOpenFileName(this, browseTitle, edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return layout;
}

void AnsibleExportDialog::validate()
{
    QString vaultError;
    const QString vaultFile = m_vaultFile->text().trimmed();
    // The core's rule: a missing, empty or executable password file is refused.
    const bool badVault = !vaultFile.isEmpty() && !AnsibleVault::fromPasswordFile(vaultFile, &vaultError);
    const bool noFolder = m_folder->text().trimmed().isEmpty();
    const QString problem = noFolder ? tr("Choose a folder to write the Ansible project to.") : vaultError;
    markInvalid(m_folder, noFolder);
    markInvalid(m_vaultFile, badVault);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

AnsibleExportChoice AnsibleExportDialog::choice() const
{
    return {m_folder->text().trimmed(), m_vaultFile->text().trimmed(), m_serial->value()};
}

} // namespace p2pvpn
