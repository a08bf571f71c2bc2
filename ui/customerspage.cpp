#include "customerspage.h"

#include "core/models/customerfilterproxy.h"
#include "core/models/customerlistloader.h"
#include "core/models/customerlistmodel.h"
#include "ui/customertableview.h"
#include "ui/headinglabel.h"
#include "ui/statepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

CustomersPage::CustomersPage(CustomerListModel *model, CustomerListLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_loader(loader)
    , m_proxy(new CustomerFilterProxy(model, this))
    , m_heading(new HeadingLabel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new CustomerTableView(m_proxy, this))
    , m_state(new StatePanel(this))
    , m_errorBanner(new QLabel(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(360);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0;"
                       " border-radius: 4px; padding: 6px 10px; }"));
    m_errorBanner->hide();

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_count);
    toolbar->addStretch();
    toolbar->addWidget(m_refresh);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_state);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addLayout(toolbar);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_search, m_refresh);
    setTabOrder(m_refresh, m_table);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateState();
    });
    connect(m_refresh, &QPushButton::clicked, this, &CustomersPage::refresh);
    connect(m_table, &CustomerTableView::customerActivated, this,
            &CustomersPage::customerActivated);
    connect(m_state, &StatePanel::buttonClicked, this, [this] {
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
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CustomersPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CustomersPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CustomersPage::updateState);

    retranslateUi();
}

const QAbstractItemModel &CustomersPage::visibleRows() const
{
    return *m_proxy;
}

void CustomersPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void CustomersPage::refresh()
{
    m_loader->reload();
}

void CustomersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomersPage::retranslateUi()
{
    m_heading->setText(tr("Customers"));
    m_search->setPlaceholderText(tr("Search by company, domain or Microsoft ID"));
    m_search->setAccessibleName(tr("Search customers"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Load the customer list again from Partner Center (F5)"));
    m_table->setAccessibleName(tr("Customers"));
    updateState();
}

void CustomersPage::updateState()
{
    const int total = m_model->count();
    const int shown = m_proxy->rowCount();
    const bool loading = m_loader->isLoading();
    const bool filtered = !m_proxy->searchText().trimmed().isEmpty();

    QString count = tr("%Ln customer(s)", "", filtered ? shown : total);
    if (filtered)
        count = tr("%1 of %Ln", "shown customers of all loaded; %1 is \"5 customers\"", total)
                    .arg(count);
    if (loading)
        count = tr("%1, loading…", "customer count while pages still arrive").arg(count);
    m_count->setText(count);
    m_count->setAccessibleName(count);

    // An error with rows already shown keeps the rows and says so above them.
    const bool errorWithRows = m_error.isError() && total > 0;
    m_errorBanner->setVisible(errorWithRows);
    if (errorWithRows)
        m_errorBanner->setText(
            tr("Not every customer could be loaded. %1").arg(m_error.userMessage()));

    if (shown > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    m_stack->setCurrentWidget(m_state);
    if (loading) {
        m_state->setState(StatePanel::Tone::Busy, tr("Loading customers…"),
                          tr("%Ln customer(s) loaded so far.", "", m_loadedSoFar));
    } else if (m_error.isError()) {
        m_state->setState(StatePanel::Tone::Error, tr("Customers could not be loaded"),
                          m_error.userMessage(), tr("Retry"));
    } else if (filtered) {
        m_state->setState(StatePanel::Tone::Info,
                          tr("No customer matches “%1”").arg(m_search->text().trimmed()),
                          tr("Search looks at the company name, the primary domain and the "
                             "Microsoft ID."),
                          tr("Clear search"));
    } else {
        m_state->setState(StatePanel::Tone::Info, tr("No customers yet"),
                          tr("Customers you have a reseller relationship with appear here. "
                             "Use Refresh to load the list again."),
                          tr("Refresh"));
    }
}
