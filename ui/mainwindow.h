#pragma once

#include "core/domain/customer.h"
#include "ui/appcontext.h"
#include "ui/removalresultdialog.h"

#include <QMainWindow>
#include <QPointer>

class AccountActions;
class ActivityWindow;
class BulkOffboarding;
class ConnectionStatus;
class CustomerListLoader;
class CustomerListModel;
class CustomerPage;
class CustomerListPage;
class HelpMenu;
class LanguageMenu;
class PartnerCenterClient;
class QStackedWidget;

// The one window: Customers and a customer's page on a stack, the menus, and a status bar that
// says where the app is connected and who is signed in. With an AppConnection in the context it
// follows account switches: every object that holds the client is built anew, and Customers
// reloads.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the customer list (the first page shows as soon as it arrives).
    void start();
    void showCustomers();
    void openCustomer(const Customer &customer);
    // Writes the rows as currently filtered; false with a message shown on failure.
    bool exportCsvTo(const QString &path);
    // View → Activity: opens the Activity window, or raises it when open.
    void showActivity();
    ActivityWindow *activityWindow() const;
    QAction *activityAction() const { return m_activity; }

    CustomerListModel *customerModel() const { return m_model; }
    CustomerListPage *customersPage() const { return m_customers; }
    CustomerPage *customerPage() const { return m_customer; }
    RemovalResultDialog *resultDialog() const { return m_result; }
    QAction *exportAction() const { return m_export; }
    QAction *resetSandboxAction() const { return m_resetSandbox; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *searchAction() const { return m_search; }
    QMenu *fileMenu() const { return m_fileMenu; }
    HelpMenu *helpMenu() const { return m_helpMenu; }
    // The account actions exist only when the context has an AccountManager.
    AccountActions *accountActions() const { return m_account; }
    ConnectionStatus *connectionStatus() const { return m_status; }
    // Offboarding many customers: Offboard selected…, from a file, reports, the resume offer.
    BulkOffboarding *bulkOffboarding() const { return m_bulk; }
    PartnerCenterClient *client() const { return m_context.client; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // The pages, and the loader they share, on the current client.
    void createPages();
    void takeFromConnection();
    void updateHelpPaths();
    void onClientChanged();
    void updateStatus();
    void retranslateUi();
    void exportCsv();
    void resetSandbox();
    void refresh();
    // Ctrl+F from anywhere: back to Customers, into the search.
    void searchCustomers();
    void onCustomerRemoved(const Customer &customer, const QList<JobItem> &terminations, int kept);

    AppContext m_context;
    CustomerListModel *m_model;
    CustomerListLoader *m_loader = nullptr;
    QStackedWidget *m_stack;
    CustomerListPage *m_customers = nullptr;
    CustomerPage *m_customer = nullptr;
    ConnectionStatus *m_status;
    AccountActions *m_account = nullptr;
    QPointer<RemovalResultDialog> m_result;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QAction *m_export = nullptr;
    QAction *m_resetSandbox = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_search = nullptr;
    QAction *m_activity = nullptr;
    QPointer<ActivityWindow> m_activityWindow;
    BulkOffboarding *m_bulk;
};
