#pragma once

#include <QList>
#include <QWidget>

#include <utility>

class QGridLayout;
class QLabel;

// Label: value rows for a details panel. Values are selectable with the mouse (an admin copies
// IDs into tickets) and never cut: text wraps at spaces; an identifier (a GUID, a domain, an
// e-mail address) has no spaces to wrap at, so it stays on one line and moves under its label
// when the row is too narrow for both (only that row: the others keep their label beside them).
class DetailsForm : public QWidget
{
    Q_OBJECT

public:
    // Links: rich text whose links the panel handles (names of other items to go to); they are
    // reached with Tab as well as the mouse.
    enum class Value { Text, Identifier, Links };

    explicit DetailsForm(QWidget *parent = nullptr);

    // Returns the row's number.
    int addRow(Value kind = Value::Text);
    // The label gets the locale's colon from the caller's text ("Offer:").
    void setLabel(int row, const QString &text);
    // An empty value shows a dash, so a missing date reads as "none", not as a layout gap.
    void setValue(int row, const QString &text);
    // Links values: names, each a link to its key; an empty list shows a dash.
    void setLinks(int row, const QList<std::pair<QString, QString>> &keysAndNames);
    // A row that does not apply to the item shown (an add-on's base for a base) is hidden.
    void setRowVisible(int row, bool visible);
    QLabel *valueLabel(int row) const { return m_values.at(row); }
    QLabel *label(int row) const { return m_labels.at(row); }
    int rowCount() const { return int(m_values.size()); }

    // A value label as the forms here make it; for forms laid out elsewhere.
    static QLabel *createValueLabel(Value kind, QWidget *parent);
    static void setValueText(QLabel *label, const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Places every row: beside its label, or under it when an identifier does not fit.
    void arrange();

    QGridLayout *m_grid;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    QList<Value> m_kinds;
    // Which rows sit under their label now; -1 = not arranged yet.
    QList<int> m_wrapped;
};
