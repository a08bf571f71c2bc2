#pragma once

#include "ui/outcomelabel.h"
#include "ui/palette.h"

#include <QWidget>

class DetailsForm;
class HeadingLabel;
class QBoxLayout;
class QGroupBox;
class QLabel;
class QVBoxLayout;

// The shape of the selected row's details beside or under a table (a subscription, a purchase):
// the item's name as heading, a placeholder while nothing is selected, label: value rows, and
// an action box with the outcome of the last action under it (an OutcomeLabel: it belongs to the
// customer and the item shown, and goes when either changes or the page is left). Under the table
// the panel is wide, and the rows and the action stand side by side to save the height the table
// needs.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    // Its width beside a table: about 45 characters (a status choice and its reason), and never
    // less than a whole subscription or order ID under its label.
    static int besideWidth(const QFontMetrics &metrics);

    QString resultText() const;
    OutcomeLabel *outcomeLabel() const { return m_result; }

protected:
    explicit DetailsPanel(QWidget *parent = nullptr);

    DetailsForm *form() const { return m_form; }
    QGroupBox *actionBox() const { return m_actionBox; }
    // Where the subclass puts its controls, inside the action box.
    QVBoxLayout *actionLayout() const { return m_actionLayout; }

    // With an item: its name as the heading and the details; without: the heading and the
    // placeholder.
    void showItem(const QString &name);
    void showNothing(const QString &heading, const QString &placeholder);
    // What the panel shows now (the customer's state and the selected item's id): an outcome
    // about anything else goes.
    void setOutcomeScope(const QObject *state, const QString &item);
    OutcomeLabel::Scope outcomeScope() const { return m_result->scope(); }
    // The last action's outcome (or what is being done), under the action box; shown only while
    // `about` is what the panel shows.
    void showOutcome(const OutcomeLabel::Scope &about, Palette::Outcome outcome,
                     OutcomeLabel::Wording wording);

    void resizeEvent(QResizeEvent *event) override;

private:
    HeadingLabel *m_name;
    QLabel *m_placeholder;
    QWidget *m_details;
    QBoxLayout *m_body;
    DetailsForm *m_form;
    QGroupBox *m_actionBox;
    QVBoxLayout *m_actionLayout;
    OutcomeLabel *m_result;
};
