#include "panelform.h"

#include "validatedlineedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace p2pvpn {

PanelForm::PanelForm(QWidget *parent) : QScrollArea(parent), m_body(new QWidget), m_form(new QFormLayout)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(m_body);
    outer->setContentsMargins(14, 8, 14, 14);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(8);
    outer->addLayout(m_form);
    m_body->setStyleSheet(validationStyleSheet(palette()));
    setWidget(m_body);
}

QLabel *PanelForm::addSection(const QString &title)
{
    auto *label = new QLabel(title, m_body);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, m_form->rowCount() == 0 ? 4 : 14, 0, 2);
    m_form->addRow(label);
    return label;
}

void PanelForm::addRow(const QString &label, QWidget *field, const QString &hint)
{
    // A long (translated) item must not widen the whole panel past its dock; the tooltip shows it in full.
    if (auto *combo = qobject_cast<QComboBox *>(field)) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        const auto showCurrent = [combo] { combo->setToolTip(combo->currentText()); };
        connect(combo, &QComboBox::currentIndexChanged, combo, showCurrent);
        showCurrent();
    }
    if (hint.isEmpty()) {
        m_form->addRow(label, field);
        return;
    }
    auto *box = new QWidget(m_body);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *note = new QLabel(hint, box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);
    layout->addWidget(note);
    m_form->addRow(label, box);
}

void PanelForm::addWidget(QWidget *widget)
{
    m_form->addRow(widget);
}

void PanelForm::setRowVisible(QWidget *field, bool visible)
{
    // A row with a hint holds the field inside a box: the row is the box's.
    QWidget *rowField = field;
    while (rowField && m_form->indexOf(rowField) < 0)
        rowField = rowField->parentWidget();
    if (rowField)
        m_form->setRowVisible(rowField, visible);
}

void PanelForm::finish()
{
    static_cast<QVBoxLayout *>(m_body->layout())->addStretch(1);
}

} // namespace p2pvpn
