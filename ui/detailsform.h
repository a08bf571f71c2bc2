#pragma once

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

// Label: value rows for a details panel. Values are selectable with the mouse (an admin copies
// IDs into tickets) and never cut: text wraps at spaces; an identifier (a GUID, a domain, an
// e-mail address) has no spaces to wrap at, so it stays on one line and moves under its label
// when the row is too narrow for both.
class DetailsForm : public QWidget
{
    Q_OBJECT

public:
    enum class Value { Text, Identifier };

    explicit DetailsForm(QWidget *parent = nullptr);

    // Returns the row's number.
    int addRow(Value kind = Value::Text);
    // The label gets the locale's colon from the caller's text ("Offer:").
    void setLabel(int row, const QString &text);
    // An empty value shows a dash, so a missing date reads as "none", not as a layout gap.
    void setValue(int row, const QString &text);
    void setRowVisible(int row, bool visible);
    QLabel *valueLabel(int row) const { return m_values.at(row); }
    QLabel *label(int row) const { return m_labels.at(row); }
    int rowCount() const { return int(m_values.size()); }

    // A value label as the forms here make it; for forms laid out elsewhere (the profile).
    static QLabel *createValueLabel(Value kind, QWidget *parent);
    static void setValueText(QLabel *label, const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Labels beside their values when every row fits, above them when not.
    void arrange();

    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
};
