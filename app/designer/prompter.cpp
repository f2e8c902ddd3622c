#include "prompter.h"

#include "exportbundlesdialog.h"

#include <QFileDialog>
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

bool DialogPrompter::askOpenFolder(const QString &message)
{
    QMessageBox box(QMessageBox::Information, tr("Bundles Exported"), message, QMessageBox::NoButton,
                    m_parent);
    QPushButton *open = box.addButton(tr("Open Folder"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(open);
    box.exec();
    return box.clickedButton() == open;
}

} // namespace p2pvpn
