#include "mainwindow.h"

#include "connection/appconnection.h"
#include "core/api/partnercenterclient.h"
#include "core/audit/auditlog.h"
#include "core/auth/accountmanager.h"
#include "core/customer/customerstate.h"
#include "core/i18n/languagemanager.h"
#include "core/models/customerlistloader.h"
#include "core/models/customerlistmodel.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/accountactions.h"
#include "ui/activity/activitywindow.h"
#include "ui/bulk/bulkoffboarding.h"
#include "ui/connectionstatus.h"
#include "ui/csvexport.h"
#include "ui/customerlistpage.h"
#include "ui/customerpage.h"
#include "ui/customertableview.h"
#include "ui/help/helpmenu.h"
#include "ui/languagemenu.h"
#include "ui/messageboxes.h"
#include "ui/palette.h"
#include "ui/removalresultdialog.h"
#include "ui/signin/signincontroller.h"
#include "ui/windowplacement.h"

#include <QCloseEvent>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_model(new CustomerListModel(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new ConnectionStatus(this))
    , m_bulk(new BulkOffboarding(&m_context, this))
{
    if (m_context.connection)
        takeFromConnection();
    setWindowIcon(Palette::icon(Palette::Icon::App));
    createPages();
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_status);
    createMenus();

    const QSettings settings(u"PartnerDesk"_s, u"PartnerDesk"_s);
    WindowPlacement::place(this, settings.value(u"window/geometry"_s).toByteArray(),
                           QSize(1200, 760), QSize(900, 600));
    restoreState(settings.value(u"window/state"_s).toByteArray());

    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::retranslateUi);
    connect(context.languages, &LanguageManager::languageChanged, this,
            [this](const QString &code) {
                // Partner Center answers its own messages in the UI language too.
                const QString tag = m_context.languages->localeTag();
                if (m_context.connection)
                    m_context.connection->setLocaleTag(tag);
                else
                    m_context.client->setLocaleTag(tag);
                QSettings(u"PartnerDesk"_s, u"PartnerDesk"_s).setValue(u"language"_s, code);
            });
    if (m_context.connection) {
        m_context.connection->setLocaleTag(m_context.languages->localeTag());
        connect(m_context.connection, &AppConnection::clientChanged, this,
                &MainWindow::onClientChanged);
        connect(m_context.connection, &AppConnection::claimsChanged, m_status,
                &ConnectionStatus::setClaims);
        connect(m_context.connection, &AppConnection::connectFailed, this,
                [this](const QString &message) {
                    MessageBoxes::critical(this, tr("Cannot connect"), message);
                });
    } else {
        m_context.client->setLocaleTag(m_context.languages->localeTag());
    }
    updateStatus();
    retranslateUi();
}

void MainWindow::takeFromConnection()
{
    const AppConnection *connection = m_context.connection;
    m_context.client = connection->client();
    m_context.graph = connection->graph();
    m_context.sandbox = connection->sandbox();
    m_context.claims = connection->claims();
    m_context.audit = connection->audit();
}

void MainWindow::updateHelpPaths()
{
    m_helpMenu->setAuditLogPath(m_context.audit ? m_context.audit->filePath()
                                                : AuditLog::defaultPath());
    m_helpMenu->setDataFolder(AppConnection::dataDirectory());
}

void MainWindow::createPages()
{
    // Both pages exist before either joins the stack: its currentChanged() retranslates, which
    // reads both.
    m_loader = new CustomerListLoader(m_context.client, m_model, this);
    m_customers = new CustomerListPage(m_model, m_loader, this);
    m_customer = new CustomerPage(m_context, this);
    m_stack->addWidget(m_customers);
    m_stack->addWidget(m_customer);
    connect(m_customers, &CustomerListPage::customerActivated, this, &MainWindow::openCustomer);
    connect(m_customer, &CustomerPage::backRequested, this, &MainWindow::showCustomers);
    connect(m_customer, &CustomerPage::customerRemoved, this, &MainWindow::onCustomerRemoved);
    m_bulk->attach(m_customers, m_model, m_loader);
}

void MainWindow::onClientChanged()
{
    // Everything built on the old client goes: the pages with their sessions and workflows,
    // the loader, and a result dialog still offering the old connection's invitation link.
    delete m_result.data();
    CustomerListPage *oldCustomers = m_customers;
    CustomerPage *oldCustomer = m_customer;
    CustomerListLoader *oldLoader = m_loader;
    m_stack->removeWidget(oldCustomers);
    m_stack->removeWidget(oldCustomer);
    delete oldCustomers;
    delete oldCustomer;
    delete oldLoader;

    // The old connection's customers are not this one's, not even while its list loads.
    m_model->clear();
    takeFromConnection();
    createPages();
    m_resetSandbox->setVisible(m_context.sandbox != nullptr);
    updateHelpPaths();
    updateStatus();
    retranslateUi();
    showCustomers();
    m_loader->reload();
}

void MainWindow::updateStatus()
{
    const bool onAccount = m_context.accounts && m_context.connection &&
                           m_context.connection->kind() == AppConnection::Kind::PartnerCenter;
    m_status->setConnection(m_context.client->baseUrl(), m_context.sandbox != nullptr,
                            m_context.claims, onAccount ? m_context.accounts : nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    const bool restoring = m_account && m_context.connection &&
                           m_context.connection->kind() == AppConnection::Kind::PartnerCenter &&
                           !m_context.accounts->isSignedIn();
    if (!restoring) {
        m_loader->reload();
        return;
    }
    // Loading now would only say "not signed in" until the remembered sign-in is redeemed. A
    // successful restore switches the client (and reloads); a failed one shows why here.
    connect(
        m_context.accounts, &AccountManager::restoreFinished, this,
        [this](bool signedIn) {
            if (!signedIn)
                m_loader->reload();
        },
        Qt::SingleShotConnection);
    m_account->controller()->restoreAtStartup();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    if (m_context.accounts) {
        m_account = new AccountActions(m_context.accounts, m_context.clock, m_fileMenu, this);
        connect(m_account, &AccountActions::statusChanged, m_status, &ConnectionStatus::refresh);
    }
    m_export = m_fileMenu->addAction(QString(), this, &MainWindow::exportCsv);
    m_export->setShortcut(Qt::CTRL | Qt::Key_E);
    m_resetSandbox = m_fileMenu->addAction(QString(), this, &MainWindow::resetSandbox);
    m_resetSandbox->setVisible(m_context.sandbox != nullptr);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_refresh = m_viewMenu->addAction(QString(), this, &MainWindow::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_search = m_viewMenu->addAction(QString(), this, &MainWindow::searchCustomers);
    m_search->setShortcut(QKeySequence::Find);
    m_activity = m_viewMenu->addAction(QString(), this, &MainWindow::showActivity);
    m_activity->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    m_activity->setEnabled(m_context.audit != nullptr);
    m_bulk->addActions(m_fileMenu, m_resetSandbox, m_viewMenu, m_viewMenu->addSeparator());
    m_languageMenu = new LanguageMenu(m_context.languages, m_viewMenu);
    m_viewMenu->addMenu(m_languageMenu);

    m_helpMenu = new HelpMenu(this);
    menuBar()->addMenu(m_helpMenu);
    updateHelpPaths();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings(u"PartnerDesk"_s, u"PartnerDesk"_s);
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    const bool onCustomer = m_stack->currentWidget() == m_customer;
    const QString company =
        m_customer->state() ? m_customer->state()->customer().companyName() : QString();
    setWindowTitle(onCustomer ? tr("%1 — PartnerDesk", "window title: customer — app").arg(company)
                              : tr("Customers — PartnerDesk", "window title"));
    m_fileMenu->setTitle(tr("&File"));
    m_export->setText(tr("&Export to CSV…"));
    m_export->setEnabled(!onCustomer);
    m_export->setToolTip(tr("Save the customers as currently filtered to a CSV file"));
    m_resetSandbox->setText(tr("&Reset sandbox…"));
    if (m_account)
        m_account->retranslateUi();
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refresh->setText(tr("&Refresh"));
    m_search->setText(tr("&Search customers", "menu item: go to the Customers search field"));
    m_activity->setText(tr("&Activity", "menu item: the audit log as a table"));
    m_activity->setToolTip(tr("Every change made from this computer, with search and filters"));
    m_bulk->retranslateUi();
}

void MainWindow::showCustomers()
{
    m_stack->setCurrentWidget(m_customers);
    m_customers->tableView()->setFocus();
}

void MainWindow::openCustomer(const Customer &customer)
{
    m_customer->open(customer);
    m_stack->setCurrentWidget(m_customer);
    retranslateUi();
}

bool MainWindow::exportCsvTo(const QString &path)
{
    const QAbstractItemModel &rows = m_customers->visibleRows();
    return CsvExport::write(this, rows, path,
                            tr("Exported %Ln customer(s) to %1", "", rows.rowCount()));
}

void MainWindow::exportCsv()
{
    CsvExport::chooseFile(this, tr("customers.csv", "default export file name"),
                          [this](const QString &path) { exportCsvTo(path); });
}

ActivityWindow *MainWindow::activityWindow() const
{
    return m_activityWindow;
}

void MainWindow::showActivity()
{
    if (!m_activityWindow) {
        m_activityWindow = new ActivityWindow(m_context.audit->filePath(), this);
        m_activityWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_activityWindow->show();
    m_activityWindow->raise();
    m_activityWindow->activateWindow();
}

void MainWindow::resetSandbox()
{
    if (!m_context.sandbox)
        return;
    MessageBoxes::question(
        this, tr("Reset sandbox"),
        tr("Put the demo data back as it was? Every change made in the sandbox, removals "
           "included, is lost."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this](MessageBoxes::Button answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_context.sandbox->reset();
            showCustomers();
            m_loader->reload();
        },
        tr("Reset sandbox"));
}

void MainWindow::refresh()
{
    if (m_stack->currentWidget() == m_customer)
        m_customer->refresh();
    else
        m_customers->refresh();
}

void MainWindow::searchCustomers()
{
    showCustomers();
    m_customers->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_customers->searchField()->selectAll();
}

void MainWindow::onCustomerRemoved(const Customer &customer, const QList<JobItem> &terminations,
                                   int kept)
{
    m_model->removeCustomer(customer.id);
    showCustomers();
    if (m_result)
        m_result->deleteLater();
    m_result = new RemovalResultDialog(customer, m_context.client, this);
    m_result->setAdminRelationships(terminations, kept);
    m_result->setAttribute(Qt::WA_DeleteOnClose);
    m_result->show();
}
