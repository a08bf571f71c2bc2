#include "customerlistpage.h"

#include "core/models/customerfilterproxy.h"
#include "core/models/customerlistloader.h"
#include "core/models/customerlistmodel.h"
#include "ui/customertableview.h"
#include "ui/headinglabel.h"
#include "ui/searchfield.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CustomerListPage::CustomerListPage(CustomerListModel *model, CustomerListLoader *loader,
                                   QWidget *parent)
    : TablePage(Kind::Page, parent)
    , m_model(model)
    , m_loader(loader)
    , m_proxy(new CustomerFilterProxy(model, this))
    , m_search(new SearchField(this))
    , m_count(new QLabel(this))
    , m_table(new CustomerTableView(m_proxy, this))
    , m_offboardAction(new QAction(this))
    , m_offboardButton(new QPushButton(this))
{
    m_search->setMinimumWidth(360);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addToolbarWidget(m_search, 1);
    addToolbarWidget(m_count);
    addToolbarButton(m_offboardButton);
    setContent(m_table);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_offboardAction);
    connect(m_offboardButton, &QPushButton::clicked, m_offboardAction, &QAction::trigger);
    connect(m_offboardAction, &QAction::triggered, this, [this] {
        if (const QList<Customer> customers = m_table->selectedCustomers(); !customers.isEmpty())
            emit offboardRequested(customers);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerListPage::updateOffboard);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateState();
    });
    connect(m_search, &SearchField::downPressed, this, [this] {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // The selected row, or the only one the search leaves.
        std::optional<Customer> customer = m_table->currentCustomer();
        if (!customer && m_proxy->rowCount() == 1)
            customer = m_proxy->customerAt(0);
        if (customer)
            emit customerActivated(*customer);
    });
    connect(this, &TablePage::refreshRequested, this, &CustomerListPage::refresh);
    connect(m_table, &CustomerTableView::customerActivated, this,
            &CustomerListPage::customerActivated);
    connect(this, &TablePage::stateButtonClicked, this, [this] {
        // The panel's one button: Clear search when nothing matches, otherwise load again.
        if (!m_error.isError() && !m_proxy->searchText().trimmed().isEmpty())
            m_search->clear();
        else
            refresh();
    });
    connect(m_loader, &CustomerListLoader::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_error = {};
            m_loadedSoFar = 0;
        }
        updateState();
    });
    connect(m_loader, &CustomerListLoader::pageLoaded, this, [this](int totalSoFar) {
        m_loadedSoFar = totalSoFar;
        updateState();
    });
    connect(m_loader, &CustomerListLoader::finished, this, [this](const ApiError &error) {
        m_error = error.kind() == ApiError::Kind::Cancelled ? ApiError() : error;
        updateState();
    });
    // The count is of both: the rows shown (the proxy) and all loaded (the model), which
    // changes alone when a customer the search hides is removed.
    for (const QAbstractItemModel *rows :
         {static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(model)}) {
        connect(rows, &QAbstractItemModel::rowsInserted, this, &CustomerListPage::updateState);
        connect(rows, &QAbstractItemModel::rowsRemoved, this, &CustomerListPage::updateState);
        connect(rows, &QAbstractItemModel::modelReset, this, &CustomerListPage::updateState);
    }

    retranslateUi();
}

const QAbstractItemModel &CustomerListPage::visibleRows() const
{
    return *m_proxy;
}

void CustomerListPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QString CustomerListPage::countText() const
{
    return m_count->text();
}

void CustomerListPage::refresh()
{
    m_loader->reload();
}

void CustomerListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    TablePage::changeEvent(event);
}

void CustomerListPage::retranslateUi()
{
    heading()->setText(tr("Customers"));
    m_search->setPlaceholderText(tr("Search by company, domain or Microsoft ID"));
    m_search->setAccessibleName(tr("Search customers"));
    refreshButton()->setText(tr("Refresh"));
    refreshButton()->setToolTip(tr("Load the customer list again from Partner Center (F5)"));
    m_table->setAccessibleName(tr("Customers"));
    updateState();
}

void CustomerListPage::updateOffboard()
{
    const int selected = m_table->selectedCount();
    // "0 selected" reads as an action on nothing: the count only once there is one.
    m_offboardAction->setText(selected > 0 ? tr("Off&board %Ln selected…", "", selected)
                                           : tr("Off&board selected…"));
    m_offboardAction->setEnabled(selected > 0);
    m_offboardAction->setToolTip(tr("Plan the offboarding of the selected customers: nothing is "
                                    "changed before you confirm"));
    m_offboardButton->setText(m_offboardAction->text());
    m_offboardButton->setEnabled(selected > 0);
    m_offboardButton->setToolTip(selected > 0 ? m_offboardAction->toolTip()
                                              : tr("Select customers first (Shift-click, "
                                                   "Ctrl-click, Ctrl+A)"));
    m_offboardButton->setAccessibleName(m_offboardButton->text().remove(u'&'));
}

void CustomerListPage::updateState()
{
    const int total = m_model->count();
    const int shown = m_proxy->rowCount();
    const bool loading = m_loader->isLoading();
    const bool filtered = !m_proxy->searchText().trimmed().isEmpty();

    QString count = tr("%Ln customer(s)", "", filtered ? shown : total);
    if (filtered)
        count = tr("%1 of %Ln", "shown customers of all loaded; %1 is \"5 customers\"", total)
                    .arg(count);
    // Nothing read yet is not "0 customers"; after a failure the state panel says what failed.
    if (loading && total == 0)
        count = tr("Loading…", "customer count before the first page arrives");
    else if (loading)
        count = tr("%1, loading…", "customer count while pages still arrive").arg(count);
    else if (m_error.isError() && total == 0)
        count.clear();
    m_count->setText(count);
    m_count->setAccessibleName(count);
    updateOffboard();

    // An error with rows already shown keeps the rows and says so above them.
    const bool errorWithRows = m_error.isError() && total > 0;
    setBanner(errorWithRows
                  ? tr("Not every customer could be loaded. %1").arg(m_error.userMessage())
                  : QString());

    if (shown > 0) {
        showContent();
    } else if (loading) {
        showState(StatePanel::Tone::Busy, tr("Loading customers…"),
                  tr("%Ln customer(s) loaded so far.", "", m_loadedSoFar));
    } else if (m_error.isError()) {
        showState(StatePanel::Tone::Error, tr("Customers could not be loaded"),
                  m_error.userMessage(), tr("Retry"));
    } else if (filtered) {
        showState(StatePanel::Tone::Info,
                  tr("No customer matches “%1”").arg(m_search->text().trimmed()),
                  tr("Search looks at the company name, the primary domain and the Microsoft "
                     "ID."),
                  tr("Clear search"));
    } else {
        showState(StatePanel::Tone::Info, tr("No customers yet"),
                  tr("Customers you have a reseller relationship with appear here. Use Refresh "
                     "to load the list again."),
                  tr("Refresh"));
    }
}
