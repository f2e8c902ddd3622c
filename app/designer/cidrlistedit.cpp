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
        [](const QString &value) {
            QString error;
            if (!value.isEmpty()) // an empty row is simply ignored
                Cidr::parse(value, &error);
            return error;
        },
        widget);
    edit->setPlaceholderText(tr("e.g. 10.1.0.0/16"));
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

void CidrListEdit::setCidrs(const QList<Cidr> &cidrs)
{
    // Rebuilding would throw away what the user is typing; only do it when the list differs.
    QList<Cidr> shown;
    bool rowsClean = true;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.edit->value().isEmpty() || !row.edit->isValid()) {
            rowsClean = false;
            continue;
        }
        shown.append(Cidr::parse(row.edit->value()));
    }
    m_committed = cidrs;
    if (rowsClean && shown == cidrs) {
        for (qsizetype i = 0; i < cidrs.size(); ++i)
            m_rows[i].edit->setValue(cidrs[i].toString()); // the canonical spelling
        return;
    }
    for (const Row &row : std::as_const(m_rows)) {
        row.widget->hide();
        row.widget->deleteLater(); // we may be inside one of its edit's signals
    }
    m_rows.clear();
    for (const Cidr &cidr : cidrs)
        m_rows.append(makeRow(cidr.toString()));
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
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.edit->isValid())
            return; // nothing invalid reaches the model
        if (!row.edit->value().isEmpty())
            cidrs.append(Cidr::parse(row.edit->value()));
    }
    if (cidrs != m_committed) {
        m_committed = cidrs;
        emit committed(cidrs);
    }
}

} // namespace p2pvpn
