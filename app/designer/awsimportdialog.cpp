#include "awsimportdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace p2pvpn {

AwsImportDialog::AwsImportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import from AWS"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the JSON that the AWS CLI printed; this program never asks for AWS "
                                "credentials. Each VPC becomes a LAN; importing again updates them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const char *labels[FileCount] = {QT_TR_NOOP("&VPCs (describe-vpcs):"),
                                     QT_TR_NOOP("&Instances (describe-instances):"),
                                     QT_TR_NOOP("&Route tables (describe-route-tables):"),
                                     QT_TR_NOOP("&Security groups (describe-security-groups):")};
    for (int i = 0; i < FileCount; ++i) {
        m_paths[i] = new QLineEdit(this);
        m_paths[i]->setPlaceholderText(i == Vpcs ? tr("required") : tr("optional"));
        // Room for a typical path; the labels alone would squeeze the fields.
        m_paths[i]->setMinimumWidth(m_paths[i]->fontMetrics().averageCharWidth() * 40);
        auto *browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this, i] {
            const QString chosen = QFileDialog::getOpenFileName(
                this, tr("Choose a JSON file"), m_paths[i]->text(), tr("JSON (*.json);;All files (*)"));
            if (!chosen.isEmpty())
                m_paths[i]->setText(chosen);
        });
        connect(m_paths[i], &QLineEdit::textChanged, this, &AwsImportDialog::updateOk);
        auto *row = new QHBoxLayout;
        row->addWidget(m_paths[i], 1);
        row->addWidget(browse);
        auto *label = new QLabel(tr(labels[i]), this);
        label->setBuddy(m_paths[i]);
        form->addRow(label, row);
    }
    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(tr("from the instances' availability zones"));
    form->addRow(tr("Re&gion:"), m_region);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateOk();
}

QString AwsImportDialog::path(File file) const
{
    return m_paths[file]->text().trimmed();
}
void AwsImportDialog::setPath(File file, const QString &path)
{
    m_paths[file]->setText(path);
}
QString AwsImportDialog::region() const
{
    return m_region->text().trimmed();
}

void AwsImportDialog::updateOk()
{
    m_ok->setEnabled(!path(Vpcs).isEmpty());
}

} // namespace p2pvpn
