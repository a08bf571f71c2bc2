#include "uitestfixture.h"

#include "core/api/systemclock.h"
#include "core/auth/accountmanager.h"
#include "ui/outcomelabel.h"

#include <QSettings>

UiTestFixture::UiTestFixture() = default;

UiTestFixture::~UiTestFixture()
{
    // What holds the client goes first, then the client, then the account its tokens are from.
    window.reset();
    connection.reset();
}

void UiTestFixture::prepare()
{
    // Settings (geometry, language), the sandbox state and the audit log go to the temporary
    // folder, not the user's.
    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
    qputenv("PARTNERDESK_DATA_DIR", dir.filePath(QStringLiteral("data")).toUtf8());
    MessageBoxes::setNonInteractive(true);
    MessageBoxes::clearShownMessages();
    languages.setLanguage(QStringLiteral("en"));
    connection = std::make_unique<AppConnection>(SystemClock::instance());
    m_context.clock = SystemClock::instance();
    m_context.languages = &languages;
    m_context.connection = connection.get();
}

bool UiTestFixture::start(const QString &user)
{
    prepare();
    if (!server.loadDemo() || server.start(0) == 0)
        return false;
    QString error;
    return connection->connectToEndpoint(server.baseUrl(), server.issueAccessToken(user), &error);
}

bool UiTestFixture::startOnAccount(SecretStore *secrets, Clock *clock)
{
    prepare();
    m_settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_accounts = std::make_unique<AccountManager>(m_settings.get(), secrets, clock);
    QString error;
    if (!connection->connectToAccount(m_accounts.get(), &error))
        return false;
    connection->followAccount(m_accounts.get());
    m_context.clock = clock;
    m_context.accounts = m_accounts.get();
    return true;
}

MainWindow *UiTestFixture::showWindow()
{
    window = std::make_unique<MainWindow>(m_context);
    window->show();
    window->start();
    return window.get();
}

bool UiTestFixture::waitForCustomers()
{
    return QTest::qWaitFor([this] { return window->customerModel()->count() > 0; }, 10000);
}

void UiTestFixture::backOffBriefly()
{
    RetryPolicy policy = client()->retryPolicy();
    policy.initialBackoff = std::chrono::milliseconds(1);
    client()->setRetryPolicy(policy);
}

PartnerCenterClient *UiTestFixture::client() const
{
    return connection->client();
}

AuditLog *UiTestFixture::audit() const
{
    return connection->audit();
}

std::optional<Customer> UiTestFixture::customerNamed(const QString &name) const
{
    CustomerListModel *model = window->customerModel();
    for (int row = 0; row < model->count(); ++row) {
        if (model->customerAt(row)->companyName() == name)
            return *model->customerAt(row);
    }
    return std::nullopt;
}

CustomerPage *UiTestFixture::openCustomer(const QString &name)
{
    const auto customer = customerNamed(name);
    if (!customer)
        return nullptr;
    window->openCustomer(*customer);
    CustomerPage *page = window->customerPage();
    const bool loaded = QTest::qWaitFor(
        [page] { return page->state()->loadState() == CustomerState::LoadState::Loaded; }, 10000);
    return loaded ? page : nullptr;
}

QStringList UiTestFixture::outcomes() const
{
    QStringList texts;
    const QList<OutcomeLabel *> labels = window->findChildren<OutcomeLabel *>();
    for (const OutcomeLabel *label : labels) {
        if (!label->text().isEmpty())
            texts.append(label->text());
    }
    return texts;
}
