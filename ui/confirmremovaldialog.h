#pragma once

#include "domain/customer.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// The last look before "Remove reseller relationship": the four consequences from the seed,
// and the customer's primary domain typed to confirm. The destructive button stays disabled
// until it matches; Cancel is the default. Window-modal, opened with open().
class ConfirmRemovalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConfirmRemovalDialog(const Customer &customer, QWidget *parent = nullptr);

    // Case-insensitive, surrounding spaces ignored.
    static bool matches(const QString &typed, const QString &domain);

    QLineEdit *domainField() const { return m_domain; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Customer m_customer;
    QLabel *m_intro;
    QLabel *m_consequences;
    QLabel *m_prompt;
    QLineEdit *m_domain;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};
