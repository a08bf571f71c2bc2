#pragma once

#include "core/auth/devicecodeflow.h"

#include <QDialog>

#include <functional>

class Clock;
class QDialogButtonBox;
class QLabel;
class QPushButton;

// Shows the device code while DeviceCodeFlow polls: the code, the page to enter it on, Copy and
// Open browser, and how long the code stays valid (counted down on the injected Clock). Cancel
// stops the flow. On failure it stays open with the reason and offers Try again.
class DeviceCodeDialog : public QDialog
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &url)>;

    DeviceCodeDialog(DeviceCodeFlow *flow, Clock *clock, QWidget *parent = nullptr);

    // QDesktopServices::openUrl by default; tests put a recorder here.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    QLabel *codeLabel() const { return m_code; }
    QLabel *uriLabel() const { return m_uri; }
    QLabel *countdownLabel() const { return m_countdown; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const;

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCode();
    void showFailure(DeviceCodeFlow::Failure reason, const QString &message);
    void tick();
    void updateCountdown();

    DeviceCodeFlow *m_flow;
    Clock *m_clock;
    UrlOpener m_openUrl;
    QLabel *m_intro;
    QLabel *m_code;
    QLabel *m_uri;
    QLabel *m_countdown;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_retry;
    QDialogButtonBox *m_buttons;
    bool m_failed = false;
    quint64 m_tickGeneration = 0;
};
