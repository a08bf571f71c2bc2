#pragma once

#include "connection/appconnection.h"
#include "core/api/partnercenterclient.h"
#include "core/audit/auditlog.h"
#include "core/customer/customerstate.h"
#include "core/domain/customer.h"
#include "core/i18n/languagemanager.h"
#include "core/models/customerlistmodel.h"
#include "sandbox/sandboxserver.h"
#include "ui/customerpage.h"
#include "ui/mainwindow.h"
#include "ui/messageboxes.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

class AccountManager;
class Clock;
class QSettings;
class SecretStore;

// The window wired the way main() wires it — a LanguageManager, an AppConnection, the window on
// the connection — with the app's files (settings, sandbox state, audit log) in a temporary
// folder and message boxes that never block. Either on the demo data of an in-process sandbox
// (as main() with --endpoint and a token), or on the saved account (as main() without options:
// the embedded sandbox until someone signs in).
struct UiTestFixture
{
    UiTestFixture();
    ~UiTestFixture();

    SandboxServer server;
    QTemporaryDir dir;
    LanguageManager languages;
    std::unique_ptr<AppConnection> connection;
    std::unique_ptr<MainWindow> window;

    // The demo sandbox in this process, connected to with a token of `user`.
    bool start(const QString &user = QStringLiteral("admin"));
    // The account saved in settings(): the embedded sandbox, or Partner Center once signed in.
    // secrets and clock (which drives the sign-in) must outlive the fixture.
    bool startOnAccount(SecretStore *secrets, Clock *clock);

    // The window with the customer list loading.
    MainWindow *showWindow();
    bool waitForCustomers();

    PartnerCenterClient *client() const;
    // Windows run on the system clock: a test that makes a read fail on every attempt backs
    // off for a moment only between them.
    void backOffBriefly();
    AuditLog *audit() const;
    AccountManager *accounts() const { return m_accounts.get(); }
    QSettings *settings() const { return m_settings.get(); }

    // A customer, as the list has it.
    std::optional<Customer> customerNamed(const QString &name) const;
    // Opens a customer and waits until its page has loaded; nullptr if it did not.
    CustomerPage *openCustomer(const QString &name);
    SandboxCustomer *serverCustomer(const QString &id) { return server.store().customer(id); }
    // What the window's outcome labels say (every page and panel, shown or not); empty ones
    // left out.
    QStringList outcomes() const;

private:
    void prepare();

    AppContext m_context;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountManager> m_accounts;
};
