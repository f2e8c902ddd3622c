#include "cidrlistedit.h"

#include "icons.h"
#include "validatedlineedit.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace p2pvpn {

CidrListEdit::CidrListEdit(QWidget *parent)
    : QWidget(parent), m_rowsLayout(new QVBoxLayout), m_add(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_add->setIcon(Icons::get("add"));
    m_add->setText(tr("Add subnet"));
    m_add->setFlat(true);
    m_add->setCursor(Qt::PointingHandCursor);
    connect(m_add, &QPushButton::clicked, this, &CidrListEdit::addRow);
}

void CidrListEdit::setAddText(const QString &text)
{
    m_add->setText(text);
}

CidrListEdit::Row CidrListEdit::makeRow(const QString &text)
{
    auto *widget = new QWidget(this);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *edit = new ValidatedLineEdit(
        [this](const QString &value) {
            QString error;
            Cidr cidr, alias;
            if (value.isEmpty()) // an empty row is simply ignored
                return error;
            if (m_aliases)
                Cidr::parseAliased(value, &cidr, &alias, &error);
            else
                Cidr::parse(value, &error);
            return error;
        },
        widget);
    edit->setPlaceholderText(m_aliases
                                 ? tr("e.g. 10.1.0.0/16, or 172.31.0.0/16 = 100.64.0.0/16 with an alias")
                                 : tr("e.g. 10.1.0.0/16"));
    if (m_aliases)
        edit->setToolTip(
            tr("A subnet, or \"subnet = alias\": the same-sized network the other LANs reach it by, "
               "so that LANs whose subnets overlap can be linked"));
    edit->setValue(text);
    auto *remove = new QToolButton(widget);
    remove->setIcon(Icons::get("remove"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this network"));
    layout->addWidget(edit, 1);
    layout->addWidget(remove, 0, Qt::AlignTop);
    connect(edit, &ValidatedLineEdit::committed, this, &CidrListEdit::tryCommit);
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });
    m_rowsLayout->addWidget(widget);
    return Row{widget, edit};
}

void CidrListEdit::setAliasesAllowed(bool allowed)
{
    m_aliases = allowed;
}

QString CidrListEdit::rowText(const Cidr &cidr) const
{
    return m_committedAliases.contains(cidr)
               ? cidr.toString() + QLatin1String(" = ") + m_committedAliases.value(cidr).toString()
               : cidr.toString();
}

bool CidrListEdit::parseRows(QList<Cidr> *cidrs, QMap<Cidr, Cidr> *aliases) const
{
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.edit->isValid())
            return false;
        if (row.edit->value().isEmpty())
            continue;
        Cidr cidr, alias;
        Cidr::parseAliased(row.edit->value(), &cidr, &alias, nullptr);
        cidrs->append(cidr);
        if (alias.isValid())
            aliases->insert(cidr, alias);
    }
    return true;
}

void CidrListEdit::setCidrs(const QList<Cidr> &cidrs, const QMap<Cidr, Cidr> &aliases)
{
    // Rebuilding would throw away what the user is typing; only do it when the list differs.
    QList<Cidr> shown;
    QMap<Cidr, Cidr> shownAliases;
    const bool rowsClean =
        parseRows(&shown, &shownAliases) &&
        std::none_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.edit->value().isEmpty(); });
    m_committed = cidrs;
    m_committedAliases = aliases;
    if (rowsClean && shown == cidrs && shownAliases == aliases) {
        for (qsizetype i = 0; i < cidrs.size(); ++i)
            m_rows[i].edit->setValue(rowText(cidrs[i])); // the canonical spelling
        return;
    }
    for (const Row &row : std::as_const(m_rows)) {
        row.widget->hide();
        row.widget->deleteLater(); // we may be inside one of its edit's signals
    }
    m_rows.clear();
    for (const Cidr &cidr : cidrs)
        m_rows.append(makeRow(rowText(cidr)));
}

void CidrListEdit::addRow()
{
    const Row row = makeRow(QString());
    m_rows.append(row);
    row.edit->setFocus(Qt::OtherFocusReason);
}

void CidrListEdit::removeRow(QWidget *rowWidget)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].widget == rowWidget) {
            m_rows.takeAt(i);
            rowWidget->hide();
            rowWidget->deleteLater(); // we are inside its button's click
            break;
        }
    tryCommit();
}

void CidrListEdit::tryCommit()
{
    QList<Cidr> cidrs;
    QMap<Cidr, Cidr> aliases;
    if (!parseRows(&cidrs, &aliases))
        return; // nothing invalid reaches the model
    if (cidrs != m_committed || aliases != m_committedAliases) {
        m_committed = cidrs;
        m_committedAliases = aliases;
        emit committed(cidrs, aliases);
    }
}

} // namespace p2pvpn
