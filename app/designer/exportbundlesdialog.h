#pragma once

// ExportBundlesDialog: where to write the gateway bundles and in which forms
// (a folder per gateway, a zip per gateway, one zip with every gateway).

#include "generate/exporter.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace p2pvpn {

class ExportBundlesDialog : public QDialog
{
    Q_OBJECT
public:
    ExportBundlesDialog(const ExportOptions &options, const QString &meshZipName, QWidget *parent = nullptr);
    ExportOptions options() const;

private:
    void validate();

    ExportOptions m_options;
    QLineEdit *m_folder;
    QCheckBox *m_folders;
    QCheckBox *m_gatewayZips;
    QCheckBox *m_meshZip;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace p2pvpn
