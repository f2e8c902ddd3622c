#include "exportbundlesdialog.h"

#include "validatedlineedit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace p2pvpn {

ExportBundlesDialog::ExportBundlesDialog(const ExportOptions &options, const QString &meshZipName,
                                         QWidget *parent)
    : QDialog(parent), m_options(options), m_folder(new QLineEdit(options.outDir)),
      m_folders(new QCheckBox(tr("A folder per gateway"))),
      m_gatewayZips(new QCheckBox(tr("A zip file per gateway"))),
      m_meshZip(new QCheckBox(tr("One zip file with every gateway (%1)").arg(meshZipName))),
      m_problem(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Export Bundles"));
    setStyleSheet(validationStyleSheet(palette()));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Each gateway's bundle holds its OpenVPN tunnel configurations with the keys inline, "
                      "an install script and a README. Keys stay in the key store beside the mesh file."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(6);

    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Browse…"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder:"), folderRow);
    auto *forms = new QVBoxLayout;
    forms->setSpacing(4);
    forms->addWidget(m_folders);
    forms->addWidget(m_gatewayZips);
    forms->addWidget(m_meshZip);
    form->addRow(tr("Write:"), forms);
    layout->addLayout(form);
    addProblemAndButtons(layout, m_problem, m_buttons, tr("Export"));

    m_folders->setChecked(options.folders);
    m_gatewayZips->setChecked(options.gatewayZips);
    m_meshZip->setChecked(options.meshZip);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Export Bundles To"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    for (QCheckBox *box : {m_folders, m_gatewayZips, m_meshZip})
        connect(box, &QCheckBox::toggled, this, &ExportBundlesDialog::validate);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportBundlesDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
    validate();
}

void ExportBundlesDialog::validate()
{
    QString problem;
    if (m_folder->text().trimmed().isEmpty())
        problem = tr("Choose a folder to write the bundles to.");
    else if (!m_folders->isChecked() && !m_gatewayZips->isChecked() && !m_meshZip->isChecked())
        problem = tr("Choose at least one form to write.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    markInvalid(m_folder, m_folder->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ExportOptions ExportBundlesDialog::options() const
{
    ExportOptions options = m_options;
    options.outDir = m_folder->text().trimmed();
    options.folders = m_folders->isChecked();
    options.gatewayZips = m_gatewayZips->isChecked();
    options.meshZip = m_meshZip->isChecked();
    return options;
}

} // namespace p2pvpn
