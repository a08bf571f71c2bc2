#pragma once

#include "core/customer/removalblocker.h"
#include "ui/urlopener.h"

#include <QWidget>

class CustomerState;
class QVBoxLayout;

// What still blocks the removal, one row per blocker: what it is, why, a button that goes and
// clears it, and for what is cleared in Azure a button that opens the Azure portal there.
// Rebuilt from the customer's state whenever its readiness changes, never kept separately.
class BlockerChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit BlockerChecklist(QWidget *parent = nullptr);

    void setState(CustomerState *state);

    int rowCount() const;
    // Tests see the address instead of a browser starting.
    void setUrlOpener(UrlOpener::Function opener) { m_openUrl = std::move(opener); }
    // What opening a link said, when it could not be opened; empty otherwise.
    QString linkStatus() const { return m_linkStatus; }

signals:
    void actionRequested(const RemovalBlocker &blocker);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    QWidget *createRow(const RemovalBlocker &blocker);
    static QString actionText(const RemovalBlocker &blocker);
    void openLink(const QUrl &url);

    CustomerState *m_state = nullptr;
    UrlOpener::Function m_openUrl;
    QString m_linkStatus;
    QVBoxLayout *m_rows;
};
