#pragma once

// CidrListEdit: edits a list of IPv4 networks (a LAN's subnets, reserved ranges)
// as one row per network. Each row is checked with Cidr::parse as it is typed;
// the list is committed only when every row is good.

#include "model/cidr.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace p2pvpn {

class ValidatedLineEdit;

class CidrListEdit : public QWidget
{
    Q_OBJECT
public:
    explicit CidrListEdit(QWidget *parent = nullptr);

    void setCidrs(const QList<Cidr> &cidrs); // from the model
    qsizetype rowCount() const { return m_rows.size(); }
    ValidatedLineEdit *row(qsizetype index) const { return m_rows.value(index).edit; }
    QPushButton *addButton() const { return m_add; }
    void setAddText(const QString &text);

public slots:
    void addRow(); // an empty row with the cursor in it

signals:
    void committed(const QList<p2pvpn::Cidr> &cidrs);

private:
    struct Row
    {
        QWidget *widget;
        ValidatedLineEdit *edit;
    };
    Row makeRow(const QString &text);
    void removeRow(QWidget *rowWidget);
    void tryCommit();

    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<Row> m_rows;
    QList<Cidr> m_committed;
};

} // namespace p2pvpn
