#pragma once

#include <QDialog>

class HeadingLabel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The last look before a bulk run: what will change and how many (removals, suspensions,
// cancellations, terminations), Also terminate admin relationships (ticked), and the number of
// customers that will be removed typed to confirm. The run button stays disabled until the
// number matches; Cancel is the default, but Enter in the field confirms once it matches.
// Window-modal, opened with open().
class BulkConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    struct Counts
    {
        int removals = 0;
        int prepared = 0; // changed, but not removable yet
        int suspend = 0;
        int cancel = 0;
        int terminate = 0;
    };

    explicit BulkConfirmDialog(const Counts &counts, QWidget *parent = nullptr);

    bool terminateAdminRelationships() const;
    QLineEdit *countField() const { return m_count; }
    QCheckBox *terminateBox() const { return m_terminate; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Every line the dialog shows, for tests and screen readers.
    QStringList texts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateMatch();

    Counts m_counts;
    HeadingLabel *m_heading;
    QLabel *m_intro;
    QList<QLabel *> m_changes;
    QCheckBox *m_terminate;
    QLabel *m_prompt;
    QLineEdit *m_count;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};
