#include "prompter.h"

#include "ansibleexportdialog.h"
#include "deploy/sshsession.h"
#include "exportbundlesdialog.h"

#include <QDateTime>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace p2pvpn {

Prompter::SaveChoice DialogPrompter::askToSave(const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to \"%1\" before closing?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

void DialogPrompter::showError(const QString &title, const QString &problem)
{
    QMessageBox box(QMessageBox::Critical, title, title, QMessageBox::Ok, m_parent);
    box.setInformativeText(problem);
    box.exec();
}

QString DialogPrompter::openFileName(const QString &title, const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(m_parent, title, directory, filter);
}

QString DialogPrompter::saveFileName(const QString &title, const QString &suggestion, const QString &filter)
{
    return QFileDialog::getSaveFileName(m_parent, title, suggestion, filter);
}

bool DialogPrompter::chooseExport(ExportOptions *options, const QString &meshZipName)
{
    ExportBundlesDialog dialog(*options, meshZipName, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *options = dialog.options();
    return true;
}

bool DialogPrompter::chooseAnsibleExport(AnsibleExportChoice *choice)
{
    AnsibleExportDialog dialog(*choice, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *choice = dialog.choice();
    return true;
}

bool DialogPrompter::askOpenFolder(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Information, title, message, QMessageBox::NoButton, m_parent);
    QPushButton *open = box.addButton(tr("Open Folder"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(open);
    box.exec();
    return box.clickedButton() == open;
}

bool DialogPrompter::askHostKey(const QString &gateway, const SshHostKey &key)
{
    QMessageBox box(QMessageBox::Warning, tr("Unknown Host Key"),
                    tr("The SSH server of gateway \"%1\" is not known yet.").arg(gateway),
                    QMessageBox::NoButton, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("Host: %1\nPort: %2\nKey type: %3\nFingerprint: %4\n\nCompare the fingerprint with the gateway's "
           "own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on it) before trusting it. A trusted key "
           "is "
           "remembered for the designer and the p2pvpn command.")
            .arg(key.host)
            .arg(key.port)
            .arg(key.type, key.fingerprint));
    QPushButton *trust = box.addButton(tr("Trust and Connect"), QMessageBox::AcceptRole);
    QPushButton *refuse = box.addButton(tr("Refuse"), QMessageBox::RejectRole);
    box.setDefaultButton(refuse);
    box.setEscapeButton(refuse);
    box.exec();
    return box.clickedButton() == trust;
}

bool DialogPrompter::askSecret(const QString &title, const QString &label, QByteArray *secret)
{
    bool ok = false;
    QString text = QInputDialog::getText(m_parent, title, label, QLineEdit::Password, QString(), &ok);
    *secret = text.toUtf8();
    text.fill(QLatin1Char(' '));
    return ok;
}

bool DialogPrompter::askToRecover(const QString &documentName, const QDateTime &savedAt)
{
    QMessageBox box(
        QMessageBox::Question, tr("Recover Unsaved Changes"),
        tr("The designer did not close properly. Recover the unsaved changes to \"%1\"?").arg(documentName),
        QMessageBox::NoButton, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Autosaved %1. Discarding deletes this copy for good.")
                               .arg(QLocale().toString(savedAt, QLocale::ShortFormat)));
    QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    return box.clickedButton() == recover;
}

} // namespace p2pvpn
