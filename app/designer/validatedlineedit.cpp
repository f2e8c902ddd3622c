#include "validatedlineedit.h"

#include "icons.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace p2pvpn {

void markInvalid(QWidget *field, bool invalid)
{
    if (field->property("invalid").toBool() == invalid)
        return;
    field->setProperty("invalid", invalid);
    field->style()->unpolish(field); // re-evaluate the [invalid="true"] selector
    field->style()->polish(field);
    field->update();
}

QString validationStyleSheet(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QString error = dark ? QStringLiteral("#ff6b6b") : QStringLiteral("#c62828");
    const QString tint = dark ? QStringLiteral("#3a2426") : QStringLiteral("#fff4f4");
    return QStringLiteral("QLineEdit[invalid=\"true\"] { border: 1px solid %1; border-radius: 3px;"
                          " padding: 1px 2px; background: %2; }"
                          "QLabel[role=\"error\"] { color: %1; }")
        .arg(error, tint);
}

ValidatedLineEdit::ValidatedLineEdit(Validator validator, QWidget *parent)
    : QWidget(parent), m_validator(std::move(validator)), m_edit(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_errorIcon = m_edit->addAction(Icons::get("error"), QLineEdit::TrailingPosition);
    m_errorIcon->setVisible(false);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &ValidatedLineEdit::validate);
    connect(m_edit, &QLineEdit::editingFinished, this, &ValidatedLineEdit::finish);
}

void ValidatedLineEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void ValidatedLineEdit::setValue(const QString &value)
{
    m_committed = value;
    if (m_edit->text() != value) {
        m_edit->setText(value);
        if (!m_edit->hasFocus())
            m_edit->setCursorPosition(0); // show the start of long values
    }
    validate();
}

QString ValidatedLineEdit::value() const
{
    return m_edit->text().trimmed();
}

void ValidatedLineEdit::validate()
{
    m_error = m_validator ? m_validator(value()) : QString();
    const bool bad = !m_error.isEmpty();
    markInvalid(m_edit, bad);
    m_errorIcon->setVisible(bad);
    m_errorIcon->setToolTip(m_error);
    m_message->setText(m_error);
    m_message->setVisible(bad);
}

void ValidatedLineEdit::finish()
{
    validate();
    if (isValid() && value() != m_committed) {
        m_committed = value();
        emit committed(m_committed);
    }
}

void addProblemAndButtons(QBoxLayout *layout, QLabel *problem, QDialogButtonBox *buttons,
                          const QString &okText)
{
    problem->setProperty("role", QStringLiteral("error"));
    problem->setWordWrap(true);
    layout->addWidget(problem);
    layout->addStretch();
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    layout->addWidget(buttons);
}

} // namespace p2pvpn
