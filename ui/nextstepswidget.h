#pragma once

#include "core/api/pendingcall.h"
#include "core/domain/apierror.h"
#include "ui/urlopener.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class HeadingLabel;
class PartnerCenterClient;
class QCommandLinkButton;
class QLabel;
class QLineEdit;
class QPushButton;

// The seed's "Next steps": Request or re-establish a relationship with a customer. Fetches the
// partner's invitation link on demand and offers Copy and Open e-mail.
class NextStepsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit NextStepsWidget(PartnerCenterClient *client, QWidget *parent = nullptr);

    // Who the e-mail is addressed to, when known.
    void setRecipient(const QString &email) { m_recipient = email; }
    // How "Open e-mail" hands its mailto: URL to the desktop; tests catch it here.
    void setUrlOpener(UrlOpener::Function opener) { m_openUrl = std::move(opener); }
    void fetchLink();
    QUrl link() const { return m_link; }

    QCommandLinkButton *requestButton() const { return m_request; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *emailButton() const { return m_email; }
    QString statusText() const;
    QLabel *statusLabel() const { return m_status; }

    // mailto: with a subject and a body carrying the link, properly percent-encoded.
    static QUrl mailtoUrl(const QString &recipient, const QUrl &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    PartnerCenterClient *m_client;
    UrlOpener::Function m_openUrl;
    QPointer<PendingCall> m_call;
    QString m_recipient;
    QUrl m_link;
    ApiError m_error;
    HeadingLabel *m_heading;
    QCommandLinkButton *m_request;
    QWidget *m_linkRow;
    QLineEdit *m_linkField;
    QPushButton *m_copy;
    QPushButton *m_email;
    QLabel *m_status;
};
