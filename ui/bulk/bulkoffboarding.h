#pragma once

#include "core/bulk/runjournalstore.h"
#include "core/domain/customer.h"
#include "ui/appcontext.h"
#include "ui/bulk/bulkoffboardwindow.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class CustomerListLoader;
class CustomerListModel;
class CustomerListPage;
class QAction;
class QMenu;
class QWidget;

// Where the main window starts offboarding many customers: Offboard selected… on Customers,
// File → Offboard customers from a file…, View → Offboarding reports (every run's report,
// newest first), and at start — once the customer list is there — the offer to resume a run
// that did not finish (Resume, Later, or Discard, which ends it and keeps its journal).
class BulkOffboarding : public QObject
{
    Q_OBJECT

public:
    // context: the main window's, which follows account switches; it outlives this.
    BulkOffboarding(const AppContext *context, QWidget *window);

    // Adds File → Offboard customers from a file… (and the page's Offboard selected… before it)
    // and View → Offboarding reports.
    void addActions(QMenu *fileMenu, QAction *fileBefore, QMenu *viewMenu, QAction *viewBefore);
    // The Customers page (made anew on an account switch): its Offboard selected… and, the first
    // time its list has loaded, the resume offer.
    void attach(CustomerListPage *page, CustomerListModel *model, CustomerListLoader *loader);

    // Reads the file and plans its customers; false, after saying why, when it cannot be read.
    bool offboardFromFile(const QString &path);
    BulkOffboardWindow *offboard(const QList<Customer> &customers);
    // The resume offer, if a run is unfinished.
    void offerResume();
    BulkOffboardWindow *openReport(const QString &runId);
    // The last window opened.
    BulkOffboardWindow *window() const { return m_window; }
    QAction *fromFileAction() const { return m_fromFile; }
    QMenu *reportsMenu() const { return m_reports; }

    void retranslateUi();

private:
    BulkOffboardWindow *newWindow();
    void chooseFile();
    void fillReportsMenu();
    RunJournalStore store() const;
    // The window's client, clock, audit log and runs folder as they are now.
    BulkOffboardWindow::Setup setup() const;

    const AppContext *m_context;
    QWidget *m_parent;
    QPointer<CustomerListModel> m_model;
    QPointer<CustomerListLoader> m_loader;
    QPointer<CustomerListPage> m_page;
    QPointer<BulkOffboardWindow> m_window;
    QPointer<QMenu> m_fileMenu;
    QAction *m_fromFile = nullptr;
    QMenu *m_reports = nullptr;
    bool m_offered = false;
};
