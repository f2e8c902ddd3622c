#pragma once

// CidrListEdit: edits a list of IPv4 networks (a LAN's subnets, reserved ranges)
// as one row per network. Each row is checked with Cidr::parse as it is typed;
// the list is committed only when every row is good. With aliases allowed (a LAN's
// subnets), a row may also read "CIDR = ALIAS" (Cidr::parseAliased).

#include "model/cidr.h"

#include <QList>
#include <QMap>
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

    void setAliasesAllowed(bool allowed);
    // From the model; `aliases` maps some of `cidrs` to their aliases.
    void setCidrs(const QList<Cidr> &cidrs, const QMap<Cidr, Cidr> &aliases = {});
    qsizetype rowCount() const { return m_rows.size(); }
    ValidatedLineEdit *row(qsizetype index) const { return m_rows.value(index).edit; }
    QPushButton *addButton() const { return m_add; }
    void setAddText(const QString &text);

public slots:
    void addRow(); // an empty row with the cursor in it

signals:
    void committed(const QList<p2pvpn::Cidr> &cidrs, const QMap<p2pvpn::Cidr, p2pvpn::Cidr> &aliases);

private:
    struct Row
    {
        QWidget *widget;
        ValidatedLineEdit *edit;
    };
    Row makeRow(const QString &text);
    void removeRow(QWidget *rowWidget);
    void tryCommit();
    QString rowText(const Cidr &cidr) const;
    // The rows' networks and aliases; false when a row does not parse (empty rows are skipped).
    bool parseRows(QList<Cidr> *cidrs, QMap<Cidr, Cidr> *aliases) const;

    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<Row> m_rows;
    QList<Cidr> m_committed;
    QMap<Cidr, Cidr> m_committedAliases;
    bool m_aliases = false;
};

} // namespace p2pvpn
