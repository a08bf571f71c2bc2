#include "mainwindow.h"

#include "api/partnercenterclient.h"
#include "customerpage.h"
#include "customerspage.h"
#include "customertableview.h"
#include "embeddedsandbox.h"
#include "i18n/languagemanager.h"
#include "languagemenu.h"
#include "messageboxes.h"
#include "models/customerlistloader.h"
#include "models/customerlistmodel.h"
#include "models/customersession.h"
#include "removalresultdialog.h"
#include "tablecsvwriter.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_model(new CustomerListModel(this))
    , m_loader(new CustomerListLoader(context.client, m_model, this))
    , m_stack(new QStackedWidget(this))
    , m_customers(new CustomersPage(m_model, m_loader, this))
    , m_customer(new CustomerPage(context, this))
    , m_connection(new QLabel(this))
    , m_user(new QLabel(this))
{
    setWindowIcon(QIcon(u":/icons/partnerdesk.svg"_s));
    m_stack->addWidget(m_customers);
    m_stack->addWidget(m_customer);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_user);
    createMenus();

    setMinimumSize(900, 600);
    resize(1200, 760);
    QSettings settings(u"PartnerDesk"_s, u"PartnerDesk"_s);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());

    connect(m_customers, &CustomersPage::customerActivated, this, &MainWindow::openCustomer);
    connect(m_customer, &CustomerPage::backRequested, this, &MainWindow::showCustomers);
    connect(m_customer, &CustomerPage::customerRemoved, this, &MainWindow::onCustomerRemoved);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::retranslateUi);
    connect(context.languages, &LanguageManager::languageChanged, this,
            [this](const QString &code) {
                // Partner Center answers its own messages in the UI language too.
                m_context.client->setLocaleTag(m_context.languages->localeTag());
                QSettings(u"PartnerDesk"_s, u"PartnerDesk"_s).setValue(u"language"_s, code);
            });
    m_context.client->setLocaleTag(m_context.languages->localeTag());
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    m_loader->reload();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
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
    m_viewMenu->addSeparator();
    m_languageMenu = new LanguageMenu(m_context.languages, m_viewMenu);
    m_viewMenu->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_about->setMenuRole(QAction::AboutRole);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings(u"PartnerDesk"_s, u"PartnerDesk"_s).setValue(u"window/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    const bool onCustomer = m_stack->currentWidget() == m_customer;
    const QString company = m_customer->session()->customer().companyName();
    setWindowTitle(onCustomer ? tr("%1 — PartnerDesk", "window title: customer — app").arg(company)
                              : tr("Customers — PartnerDesk", "window title"));
    m_fileMenu->setTitle(tr("&File"));
    m_export->setText(tr("&Export to CSV…"));
    m_export->setEnabled(!onCustomer);
    m_export->setToolTip(tr("Save the customers as currently filtered to a CSV file"));
    m_resetSandbox->setText(tr("&Reset sandbox…"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refresh->setText(tr("&Refresh"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About PartnerDesk"));

    if (m_context.sandbox) {
        m_connection->setText(tr("Sandbox"));
        m_connection->setToolTip(tr("Demo data on this computer (%1). Nothing reaches Partner "
                                    "Center.")
                                     .arg(m_context.client->baseUrl().toString()));
    } else {
        m_connection->setText(m_context.client->baseUrl().host());
        m_connection->setToolTip(m_context.client->baseUrl().toString());
    }
    const TokenClaims &claims = m_context.claims;
    m_user->setText(claims.isValid() ? tr("Signed in as %1 · %2", "user, roles")
                                           .arg(claims.displayName(), claims.roleSummary())
                                     : tr("Signed in with an access token"));
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
    QString error;
    if (TableCsvWriter::writeFile(m_customers->visibleRows(), path, &error)) {
        statusBar()->showMessage(
            tr("Exported %n customer(s) to %1", "", m_customers->visibleRows().rowCount())
                .arg(QDir::toNativeSeparators(path)),
            8000);
        return true;
    }
    MessageBoxes::critical(
        this, tr("Export failed"),
        tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

void MainWindow::exportCsv()
{
    auto *dialog =
        new QFileDialog(this, tr("Export to CSV"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(tr("customers.csv", "default export file name"));
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::exportCsvTo);
    dialog->open();
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

void MainWindow::about()
{
    MessageBoxes::information(
        this, tr("About PartnerDesk"),
        tr("PartnerDesk %1\n\nEnds reseller relationships with Microsoft CSP customers, "
           "clearing what blocks them first.")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::onCustomerRemoved(const Customer &customer)
{
    m_model->removeCustomer(customer.id);
    showCustomers();
    if (m_result)
        m_result->deleteLater();
    m_result = new RemovalResultDialog(customer, m_context.client, this);
    m_result->setAttribute(Qt::WA_DeleteOnClose);
    m_result->show();
}
