#pragma once

// AwsImportDialog: "Import from AWS…" asks for the saved `aws ec2 describe-*` files (VPCs required,
// instances, route tables and security groups optional) and an optional region. It only collects paths;
// AwsImportController reads and applies them.

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace p2pvpn {

class AwsImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum File
    {
        Vpcs,
        Instances,
        RouteTables,
        SecurityGroups,
        FileCount
    };

    explicit AwsImportDialog(QWidget *parent = nullptr);

    QString path(File file) const;
    void setPath(File file, const QString &path);
    QString region() const;

private:
    void updateOk();

    QLineEdit *m_paths[FileCount];
    QLineEdit *m_region;
    QPushButton *m_ok;
};

} // namespace p2pvpn
