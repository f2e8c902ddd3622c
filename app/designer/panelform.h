#pragma once

// PanelForm: the shared look of the docked panels: a scrollable form of labelled
// rows grouped under section headings, with room for short hints.

#include <QScrollArea>

class QFormLayout;
class QLabel;

namespace p2pvpn {

class PanelForm : public QScrollArea
{
    Q_OBJECT
public:
    explicit PanelForm(QWidget *parent = nullptr);

    QLabel *addSection(const QString &title);
    void addRow(const QString &label, QWidget *field, const QString &hint = QString());
    void addWidget(QWidget *widget); // spans both columns
    // Shows or hides the row of `field` (given to addRow) with its label and hint.
    void setRowVisible(QWidget *field, bool visible);
    void finish(); // pushes everything to the top

private:
    QWidget *m_body;
    QFormLayout *m_form;
};

} // namespace p2pvpn
