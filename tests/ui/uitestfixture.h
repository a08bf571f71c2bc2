#pragma once

#include "core/api/partnercenterclient.h"
#include "core/api/statictokensource.h"
#include "core/api/systemclock.h"
#include "core/audit/auditlog.h"
#include "core/i18n/languagemanager.h"
#include "core/models/customerlistmodel.h"
#include "core/models/customersession.h"
#include "sandbox/sandboxserver.h"
#include "ui/appcontext.h"
#include "ui/customerpage.h"
#include "ui/mainwindow.h"
#include "ui/messageboxes.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The demo sandbox on loopback, a client and the window, wired the way main() wires them but
// with an audit log in a temporary folder and message boxes that never block.
struct UiTestFixture
{
    SandboxServer server;
    QTemporaryDir dir;
    std::unique_ptr<StaticTokenSource> tokens;
    std::unique_ptr<PartnerCenterClient> client;
    std::unique_ptr<AuditLog> audit;
    LanguageManager languages;
    AppContext context;
    std::unique_ptr<MainWindow> window;

    bool start(const QString &user = QStringLiteral("admin"))
    {
        // Settings (geometry, language) go to the temporary folder, not the user's.
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        MessageBoxes::setNonInteractive(true);
        MessageBoxes::clearShownMessages();
        if (!server.loadDemo() || server.start(0) == 0)
            return false;
        const QString token = server.issueAccessToken(user);
        tokens = std::make_unique<StaticTokenSource>(token);
        client = std::make_unique<PartnerCenterClient>(server.baseUrl(), tokens.get(),
                                                       SystemClock::instance());
        audit = std::make_unique<AuditLog>(dir.filePath(QStringLiteral("audit.jsonl")));
        languages.setLanguage(QStringLiteral("en"));
        context.client = client.get();
        context.clock = SystemClock::instance();
        context.languages = &languages;
        context.audit = audit.get();
        context.claims = TokenClaims::fromAccessToken(token);
        return true;
    }

    // The window with the customer list loaded.
    MainWindow *showWindow()
    {
        window = std::make_unique<MainWindow>(context);
        window->show();
        window->start();
        return window.get();
    }

    bool waitForCustomers()
    {
        return QTest::qWaitFor([this] { return window->customerModel()->count() > 0; }, 10000);
    }

    // A demo customer, as the list has it.
    std::optional<Customer> customerNamed(const QString &name) const
    {
        CustomerListModel *model = window->customerModel();
        for (int row = 0; row < model->count(); ++row) {
            if (model->customerAt(row)->companyName() == name)
                return *model->customerAt(row);
        }
        return std::nullopt;
    }

    // Opens a demo customer and waits until its page has loaded; nullptr if it did not.
    CustomerPage *openCustomer(const QString &name)
    {
        const auto customer = customerNamed(name);
        if (!customer)
            return nullptr;
        window->openCustomer(*customer);
        CustomerPage *page = window->customerPage();
        const bool loaded = QTest::qWaitFor(
            [page] { return page->session()->state() == CustomerSession::State::Loaded; }, 10000);
        return loaded ? page : nullptr;
    }

    SandboxCustomer *serverCustomer(const QString &id) { return server.store().customer(id); }
};
