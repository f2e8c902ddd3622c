#pragma once

// ValidatedLineEdit: a line edit that checks its text as the user types with a
// core validator, marks itself and says why when the text is bad, and emits
// committed() only for a good, changed value when editing finishes.

#include <QWidget>

#include <functional>

class QBoxLayout;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QAction;

namespace p2pvpn {

class ValidatedLineEdit : public QWidget
{
    Q_OBJECT
public:
    // Returns an empty string for an acceptable value, else the reason it is not.
    using Validator = std::function<QString(const QString &)>;

    explicit ValidatedLineEdit(Validator validator = {}, QWidget *parent = nullptr);

    void setValue(const QString &value); // from the model: shows it and clears any error
    QString value() const;
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QLineEdit *lineEdit() const { return m_edit; }
    void setPlaceholderText(const QString &text);

signals:
    void committed(const QString &value);

private:
    void validate();
    void finish();

    Validator m_validator;
    QLineEdit *m_edit;
    QLabel *m_message;
    QAction *m_errorIcon;
    QString m_committed;
    QString m_error;
};

// Marks `field` (any widget) as invalid or not, so the panels' style sheet draws it in the error colour.
void markInvalid(QWidget *field, bool invalid);
// The style sheet the panels use for fields marked invalid and for error messages.
QString validationStyleSheet(const QPalette &palette);
// The foot of a dialog that validates as you type: `problem` (an error label saying what stops OK), a
// stretch, then `buttons` with OK renamed `okText`.
void addProblemAndButtons(QBoxLayout *layout, QLabel *problem, QDialogButtonBox *buttons,
                          const QString &okText);

} // namespace p2pvpn
