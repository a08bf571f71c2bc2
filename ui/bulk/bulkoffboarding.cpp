#include "bulkoffboarding.h"

#include "connection/appconnection.h"
#include "core/api/clock.h"
#include "core/bulk/customerdirectory.h"
#include "core/bulk/customerlistimport.h"
#include "core/customer/customerstate.h"
#include "core/models/customerlistloader.h"
#include "core/models/customerlistmodel.h"
#include "ui/customerlistpage.h"
#include "ui/messageboxes.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {
// The newest runs the View menu lists; older ones stay in the runs folder.
constexpr int ReportsListed = 12;
} // namespace

BulkOffboarding::BulkOffboarding(const AppContext *context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_parent(window)
{
}

BulkOffboardWindow::Setup BulkOffboarding::setup() const
{
    PartnerCenterClient *client = m_context->client;
    Clock *clock = m_context->clock;
    AppConnection *connection = m_context->connection;
    GraphClient *graph = connection ? connection->graph() : nullptr;
    return {client, clock, m_context->audit,
            [client, clock, graph](const Customer &customer) {
                auto state = CustomerState::create(client, clock, customer);
                state->setGraph(graph);
                return state;
            },
            connection ? connection->runsFolder()
                       : RunJournalStore::folderIn(AppConnection::dataDirectory())};
}

void BulkOffboarding::addActions(QMenu *fileMenu, QAction *fileBefore, QMenu *viewMenu,
                                 QAction *viewBefore)
{
    m_fromFile = new QAction(this);
    connect(m_fromFile, &QAction::triggered, this, &BulkOffboarding::chooseFile);
    fileMenu->insertAction(fileBefore, m_fromFile);
    m_fileMenu = fileMenu;
    if (m_page)
        fileMenu->insertAction(m_fromFile, m_page->offboardAction());
    m_reports = new QMenu(viewMenu);
    viewMenu->insertMenu(viewBefore, m_reports);
    // Read when opened: the runs folder is not read at start.
    connect(m_reports, &QMenu::aboutToShow, this, &BulkOffboarding::fillReportsMenu);
    retranslateUi();
}

void BulkOffboarding::attach(CustomerListPage *page, CustomerListModel *model,
                             CustomerListLoader *loader)
{
    m_page = page;
    m_model = model;
    m_loader = loader;
    // Offboard selected… in the File menu too, before From a file…; it goes with its page.
    if (m_fileMenu)
        m_fileMenu->insertAction(m_fromFile, page->offboardAction());
    connect(page, &CustomerListPage::offboardRequested, this,
            [this](const QList<Customer> &customers) { offboard(customers); });
    connect(loader, &CustomerListLoader::finished, this, [this](const ApiError &error) {
        if (!error.isError() && !m_offered)
            offerResume();
    });
}

RunJournalStore BulkOffboarding::store() const
{
    return RunJournalStore(setup().runsFolder);
}

BulkOffboardWindow *BulkOffboarding::newWindow()
{
    m_window = new BulkOffboardWindow(setup(), m_parent);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    // The customers a run removed leave the Customers list, as a single removal does.
    connect(m_window, &BulkOffboardWindow::runFinished, this, [this](const QString &runId) {
        const std::optional<RunState> run = store().run(runId);
        for (const RunCustomerState &c : run ? run->customers() : QList<RunCustomerState>()) {
            if (m_model && c.result == RunRecord::CustomerResult::Removed)
                m_model->removeCustomer(c.customer.customerId);
        }
    });
    m_window->show();
    return m_window;
}

BulkOffboardWindow *BulkOffboarding::offboard(const QList<Customer> &customers)
{
    QList<RunCustomer> list;
    for (const Customer &customer : customers) {
        RunCustomer c = CustomerDirectory::runCustomer(customer);
        c.spec = c.domain.isEmpty() ? c.customerId : c.domain;
        list.append(c);
    }
    BulkOffboardWindow *window = newWindow();
    window->plan(list);
    return window;
}

void BulkOffboarding::chooseFile()
{
    auto *dialog =
        new QFileDialog(m_parent, tr("Offboard customers from a file"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Customer lists (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &BulkOffboarding::offboardFromFile);
    dialog->open();
}

bool BulkOffboarding::offboardFromFile(const QString &path)
{
    const QString title = tr("Offboard customers from a file");
    const CustomerListImport list = CustomerListImport::fromFile(path);
    QString problem = list.error();
    // Matched against the list on screen: while it loads, a customer not there yet would be
    // called unknown.
    if (problem.isEmpty() && (!m_model || !m_loader || m_loader->isLoading()))
        problem = tr("The customer list is still loading. Try again once it has loaded.");
    const ImportResolution resolution =
        problem.isEmpty() ? CustomerDirectory::of(*m_model).resolve(list) : ImportResolution{};
    if (problem.isEmpty() && resolution.customers.isEmpty())
        problem = tr("The file names no customer of yours: %Ln line(s) left out.", "",
                     int(resolution.issues.size()));
    if (!problem.isEmpty()) {
        MessageBoxes::warning(
            m_parent, title,
            tr("%1 could not be used: %2").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    newWindow()->plan(resolution.customers, resolution.issues);
    return true;
}

void BulkOffboarding::offerResume()
{
    m_offered = true;
    const std::optional<RunState> run = store().unfinishedRun();
    if (!run)
        return;
    const QString runId = run->runId();
    const int total = int(run->customers().size());
    const QString text =
        tr("The offboarding run started %1 did not finish: %2 of %Ln customer(s) removed, %3 "
           "left. Resume it now? Every customer left is read again first; nothing that took "
           "effect is sent again.",
           "", total)
            .arg(QLocale().toString(run->startedAt().toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(run->count(RunRecord::CustomerResult::Removed)),
                 QLocale().toString(run->remaining().size()));
    MessageBoxes::choose(
        m_parent, tr("Resume offboarding?"),
        text + u"\n\n"_s +
            tr("Later asks again at the next start. Discard ends the run as it is; its report "
               "and the audit log keep everything it did."),
        {{QMessageBox::Yes, tr("Resume")},
         {QMessageBox::No, tr("Later")},
         {QMessageBox::Discard, tr("Discard")}},
        QMessageBox::Yes, [this, runId](MessageBoxes::Button answer) {
            const std::optional<RunState> now = store().run(runId);
            if (!now || now->isFinished())
                return;
            if (answer == QMessageBox::Yes) {
                newWindow()->resume(*now);
            } else if (answer == QMessageBox::Discard) {
                QString error;
                if (!store().discard(runId, setup().clock, &error))
                    MessageBoxes::critical(m_parent, tr("Resume offboarding?"),
                                           tr("The run could not be ended: %1").arg(error));
            }
        });
}

BulkOffboardWindow *BulkOffboarding::openReport(const QString &runId)
{
    // A run still going is shown where it runs: a second window could resume it twice.
    const QList<BulkOffboardWindow *> open = m_parent->findChildren<BulkOffboardWindow *>();
    for (BulkOffboardWindow *window : open) {
        if (window->runId() == runId && window->phase() == BulkOffboardWindow::Phase::Running) {
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    const std::optional<RunState> run = store().run(runId);
    if (!run)
        return nullptr;
    BulkOffboardWindow *window = newWindow();
    window->showReport(*run);
    return window;
}

void BulkOffboarding::fillReportsMenu()
{
    m_reports->clear();
    const QList<RunState> runs = store().runs();
    for (auto run = runs.crbegin(); run != runs.crend() && run - runs.crbegin() < ReportsListed;
         ++run) {
        const int total = int(run->customers().size());
        QString text =
            tr("%1 — %2 of %Ln customer(s) removed", "a run's start and result", total)
                .arg(QLocale().toString(run->startedAt().toLocalTime(), QLocale::ShortFormat),
                     QLocale().toString(run->count(RunRecord::CustomerResult::Removed)));
        if (!run->isFinished())
            text = tr("%1 (not finished)").arg(text);
        const QString runId = run->runId();
        m_reports->addAction(text, this, [this, runId] { openReport(runId); });
    }
    if (runs.isEmpty())
        m_reports->addAction(tr("No offboarding run yet"))->setEnabled(false);
}

void BulkOffboarding::retranslateUi()
{
    if (m_fromFile) {
        m_fromFile->setText(tr("Offboard customers from a &file…"));
        m_fromFile->setToolTip(tr("Plan the offboarding of the customers a file lists: primary "
                                  "domains, customer IDs or Microsoft IDs"));
    }
    if (m_reports)
        m_reports->setTitle(tr("Offboarding &reports"));
}
