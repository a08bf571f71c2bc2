#pragma once

#include <QSet>
#include <QWidget>

class ActivityFilter;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

// The Activity window's filters: customer (pick one the log names, or type part of a name, an
// ID or a domain), action, result and a date range. Sets them on the ActivityFilter as they
// change.
class ActivityFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityFilterBar(ActivityFilter *filter, QWidget *parent = nullptr);

    void clear();

    QComboBox *customerBox() const { return m_customer; }
    QComboBox *actionBox() const { return m_action; }
    QComboBox *resultBox() const { return m_result; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QDateEdit *fromDate() const { return m_from; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateEdit *toDate() const { return m_to; }
    QPushButton *clearButton() const { return m_clear; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addCustomers(int first, int last);
    void applyDates();

    ActivityFilter *m_filter;
    QLabel *m_customerLabel;
    QComboBox *m_customer;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_resultLabel;
    QComboBox *m_result;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QSet<QString> m_customerNames;
};
