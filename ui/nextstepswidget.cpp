#include "nextstepswidget.h"

#include "core/api/partnercenterclient.h"
#include "ui/headinglabel.h"

#include <QClipboard>
#include <QCommandLinkButton>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

NextStepsWidget::NextStepsWidget(PartnerCenterClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_openUrl(UrlOpener::system())
    , m_heading(new HeadingLabel(this, HeadingLabel::Level::Section))
    , m_request(new QCommandLinkButton(this))
    , m_linkRow(new QWidget(this))
    , m_linkField(new QLineEdit(m_linkRow))
    , m_copy(new QPushButton(m_linkRow))
    , m_email(new QPushButton(m_linkRow))
    , m_status(new QLabel(this))
{
    m_linkField->setReadOnly(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout(m_linkRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_linkField, 1);
    row->addWidget(m_copy);
    row->addWidget(m_email);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_request);
    layout->addWidget(m_linkRow);
    layout->addWidget(m_status);

    connect(m_request, &QCommandLinkButton::clicked, this, &NextStepsWidget::fetchLink);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_link.toString());
        m_status->setText(tr("The invitation link is on the clipboard."));
    });
    connect(m_email, &QPushButton::clicked, this, [this] {
        if (!m_openUrl(mailtoUrl(m_recipient, m_link))) {
            // Copy is the way left: say so and put the keyboard on it.
            m_status->setText(tr("No e-mail program is set up on this computer, so no message "
                                 "was opened. Copy the link and paste it into a message."));
            m_copy->setFocus();
        } else {
            m_status->setText(tr("Your e-mail program was asked to open a new message with the "
                                 "invitation link."));
        }
    });
    retranslateUi();
}

void NextStepsWidget::fetchLink()
{
    if (m_call)
        return;
    m_error = {};
    m_status->setText(tr("Getting the invitation link…"));
    m_call = m_client->getInvitationLink(this, [this](const Result<QUrl> &result) {
        m_call = nullptr;
        // Only an https link goes into an e-mail: anything else is not what Partner Center
        // promises, and the customer would be asked to open it.
        if (result.ok() && result.value().scheme() == "https"_L1) {
            m_link = result.value();
            m_status->clear();
        } else if (result.ok()) {
            m_error = ApiError(ApiError::Kind::Unexpected,
                               tr("The invitation link is not an https:// address."));
        } else {
            m_error = result.error();
        }
        updateState();
    });
}

QString NextStepsWidget::statusText() const
{
    return m_status->text();
}

QUrl NextStepsWidget::mailtoUrl(const QString &recipient, const QUrl &link)
{
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(recipient);
    const auto encode = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    // Encoded by hand: a body full of "&", "=" and line breaks must survive every mail client.
    const QString subject = tr("Invitation to a reseller relationship");
    const QString body =
        tr("Hello,\n\nto let us manage your Microsoft subscriptions as your reseller, please "
           "open this link, sign in as a Global admin and accept the invitation:\n\n%1\n\n"
           "Thank you.")
            .arg(link.toString());
    url.setQuery(u"subject="_s + encode(subject) + u"&body="_s + encode(body), QUrl::StrictMode);
    return url;
}

void NextStepsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NextStepsWidget::retranslateUi()
{
    m_heading->setText(tr("Next steps"));
    m_request->setText(tr("Request or re-establish a relationship with a customer"));
    m_request->setDescription(tr("Get the invitation link to send to the customer."));
    m_request->setAccessibleName(m_request->text());
    m_linkField->setAccessibleName(tr("Invitation link"));
    m_copy->setText(tr("Copy", "copy the invitation link"));
    m_copy->setAccessibleName(tr("Copy invitation link"));
    m_email->setText(tr("Open e-mail"));
    m_email->setAccessibleName(tr("Open e-mail with the invitation link"));
    updateState();
}

void NextStepsWidget::updateState()
{
    m_linkRow->setVisible(!m_link.isEmpty());
    m_linkField->setText(m_link.toString());
    if (m_error.isError())
        m_status->setText(
            tr("The invitation link could not be fetched. %1").arg(m_error.userMessage()));
}
