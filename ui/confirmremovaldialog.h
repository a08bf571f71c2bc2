#pragma once

#include "core/domain/customer.h"

#include <QDialog>

class HeadingLabel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The last look before "Remove reseller relationship": a warning, the four consequences from
// the seed, and the customer's primary domain typed to confirm. The destructive button stays
// disabled until it matches, and a line under the field says whether it does yet; Cancel is the
// default, but Enter in the field confirms once the domain matches (and does nothing before, so a
// typo does not close the dialog). It also says how many admin relationships (GDAP) the removal
// leaves in place and offers to terminate them after it, checked by default. Window-modal,
// opened with open().
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
    QString matchText() const;

    // The customer's active admin relationships: how many (the choice to terminate them shows
    // when there are any), or -1 when they could not be read (the dialog says so).
    void setActiveAdminRelationships(int count);
    QCheckBox *terminateBox() const { return m_terminate; }
    // Whether the admin relationships are to be terminated after the removal.
    bool terminatesAdminRelationships() const;
    QString adminRelationshipsText() const;

    // Tall enough for the wrapped texts at the minimum width: a window's minimum size does not
    // follow height-for-width on its own.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateMatch();

    Customer m_customer;
    QLabel *m_icon;
    HeadingLabel *m_heading;
    QLabel *m_intro;
    QList<QLabel *> m_consequences;
    QLabel *m_prompt;
    QLabel *m_domainText;
    QLineEdit *m_domain;
    QLabel *m_match;
    QLabel *m_adminRelationships;
    QCheckBox *m_terminate;
    int m_activeAdminRelationships = 0;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};
