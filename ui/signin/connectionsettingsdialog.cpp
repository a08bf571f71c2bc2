#include "connectionsettingsdialog.h"

#include "ui/heightforwidthwindow.h"
#include "ui/help/guidedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ConnectionSettingsDialog::ConnectionSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_help(new QLabel(this))
    , m_endpointLabel(new QLabel(this))
    , m_authorityLabel(new QLabel(this))
    , m_tenantLabel(new QLabel(this))
    , m_clientIdLabel(new QLabel(this))
    , m_endpoint(new QLineEdit(this))
    , m_authority(new QLineEdit(this))
    , m_tenant(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_defaults(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_intro->setWordWrap(true);
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::RichText);
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // The app's own guide says how to register the app; it links on to Microsoft's steps.
    connect(m_help, &QLabel::linkActivated, this,
            [this] { GuideDialog::showTopic(this, GuideDialog::Topic::SignIn); });
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    // Each label is its field's buddy: its accelerator focuses the field, and the '&' shows as
    // an underline instead of a literal character.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setVerticalSpacing(10);
    // Room for the longest values usually typed: the default endpoint and a GUID.
    const int fieldWidth =
        std::max(fontMetrics().horizontalAdvance(u"https://api.partnercenter.microsoft.com"_s),
                 fontMetrics().horizontalAdvance(u"00000000-0000-0000-0000-000000000000"_s)) +
        fontMetrics().averageCharWidth() * 4;
    for (const auto &[label, edit] : rows()) {
        label->setBuddy(edit);
        edit->setMinimumWidth(fieldWidth);
        form->addRow(label, edit);
    }
    m_buttons->addButton(m_defaults, QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_help);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_endpoint, m_authority, m_tenant, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionSettingsDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The wrapped introduction and problems keep their lines at any width.
    HeightForWidthWindow::follow(this);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        // The client id is the partner's own; the defaults keep it.
        ConnectionSettings defaults;
        defaults.clientId = m_clientId->text();
        setSettings(defaults);
    });
    retranslate();
    setSettings({});
}

QList<std::pair<QLabel *, QLineEdit *>> ConnectionSettingsDialog::rows() const
{
    return {{m_endpointLabel, m_endpoint},
            {m_authorityLabel, m_authority},
            {m_tenantLabel, m_tenant},
            {m_clientIdLabel, m_clientId}};
}

QPushButton *ConnectionSettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ConnectionSettingsDialog::setSettings(const ConnectionSettings &settings)
{
    m_endpoint->setText(settings.endpoint.toString());
    m_authority->setText(settings.authority.toString());
    m_tenant->setText(settings.tenant);
    m_clientId->setText(settings.clientId);
    revalidate();
}

ConnectionSettings ConnectionSettingsDialog::settings() const
{
    ConnectionSettings s;
    s.endpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    s.authority = QUrl(m_authority->text().trimmed(), QUrl::StrictMode);
    s.tenant = m_tenant->text().trimmed();
    s.clientId = m_clientId->text().trimmed();
    return s;
}

void ConnectionSettingsDialog::revalidate()
{
    const QStringList problems = settings().validate();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    okButton()->setEnabled(problems.isEmpty());
    // A screen reader hears why OK cannot be pressed.
    okButton()->setAccessibleDescription(problems.join(u' '));
}

void ConnectionSettingsDialog::retranslate()
{
    setWindowTitle(tr("Connection settings"));
    m_intro->setText(tr("Sign in to Partner Center with your own app registration in Microsoft "
                        "Entra."));
    m_help->setText(u"<a href=\"#sign-in\">%1</a>"_s.arg(
        tr("How to register PartnerDesk in Microsoft Entra").toHtmlEscaped()));
    m_endpointLabel->setText(tr("Partner Center &endpoint:"));
    m_authorityLabel->setText(tr("Sign-in &authority:"));
    m_tenantLabel->setText(tr("&Tenant:", "Microsoft Entra tenant (directory)"));
    m_clientIdLabel->setText(tr("Application (&client) ID:"));
    m_tenant->setPlaceholderText(tr("organizations, contoso.onmicrosoft.com or a GUID"));
    m_clientId->setPlaceholderText(u"00000000-0000-0000-0000-000000000000"_s);
    m_defaults->setText(tr("Restore &defaults"));
    for (const auto &[label, edit] : rows())
        edit->setAccessibleName(label->text().remove(u'&').remove(u':'));
    revalidate();
}

void ConnectionSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
