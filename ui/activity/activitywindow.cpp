#include "activitywindow.h"

#include "core/activity/activityfilter.h"
#include "core/activity/activitymodel.h"
#include "ui/activity/activityfilterbar.h"
#include "ui/activity/activitytableview.h"
#include "ui/csvexport.h"
#include "ui/headinglabel.h"
#include "ui/messageboxes.h"
#include "ui/statepanel.h"
#include "ui/windowplacement.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ActivityWindow::ActivityWindow(const QString &auditLogPath, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ActivityModel(this))
    , m_filter(new ActivityFilter(m_model, this))
    , m_heading(new HeadingLabel(this))
    , m_intro(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_openFolder(new QPushButton(this))
    , m_filters(new ActivityFilterBar(m_filter, this))
    , m_stack(new QStackedWidget(this))
    , m_table(new ActivityTableView(m_filter, this))
    , m_state(new StatePanel(this))
    , m_damaged(new QLabel(this))
{
    setWindowFlag(Qt::Window);
    setWindowIcon(QIcon(u":/icons/partnerdesk.svg"_s));
    m_intro->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_damaged->setWordWrap(true);
    m_damaged->hide();

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_count);
    toolbar->addStretch();
    toolbar->addWidget(m_export);
    toolbar->addWidget(m_openFolder);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_state);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(toolbar);
    layout->addWidget(m_filters);
    layout->addWidget(m_damaged);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setTabOrder(m_search, m_export);
    setTabOrder(m_export, m_openFolder);
    setTabOrder(m_openFolder, m_filters);
    setTabOrder(m_filters->clearButton(), m_table);

    auto *close = new QAction(this);
    close->setShortcut(QKeySequence::Close);
    addAction(close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateState();
    });
    connect(m_filters, &ActivityFilterBar::changed, this, &ActivityWindow::updateState);
    connect(m_export, &QPushButton::clicked, this, &ActivityWindow::exportCsv);
    connect(m_openFolder, &QPushButton::clicked, this, &ActivityWindow::openDataFolder);
    connect(m_state, &StatePanel::buttonClicked, this, [this] {
        m_search->clear();
        m_filters->clear();
    });
    connect(m_model, &ActivityModel::loadingChanged, this, &ActivityWindow::updateState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ActivityWindow::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ActivityWindow::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ActivityWindow::updateState);

    // Inside the screen it opens on, as the main window: a 1024×640 screen gets less.
    WindowPlacement::place(this, {}, QSize(1100, 680), QSize(800, 500));
    retranslateUi();
    m_model->open(auditLogPath);
    updateState();
}

void ActivityWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void ActivityWindow::retranslateUi()
{
    setWindowTitle(tr("Activity — PartnerDesk", "window title"));
    m_heading->setText(tr("Activity"));
    m_intro->setText(tr("Every change made from this computer, newest first: what was changed, "
                        "for which customer, by whom, and what Partner Center answered."));
    m_search->setPlaceholderText(tr("Search by customer, item, error or ID"));
    m_search->setAccessibleName(tr("Search activity"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Save the entries as currently filtered to a CSV file"));
    m_openFolder->setText(tr("&Open data folder"));
    m_openFolder->setToolTip(tr("Show the folder that holds the audit log (%1)")
                                 .arg(QDir::toNativeSeparators(m_model->path())));
    m_table->setAccessibleName(tr("Activity"));
    updateState();
}

void ActivityWindow::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const bool loading = m_model->isLoading();
    const bool filtered = m_filter->isFiltered();

    QString count = tr("%Ln entry(s)", "in the activity log", filtered ? shown : total);
    if (filtered)
        count = tr("%1 of %Ln", "shown entries of all; %1 is \"5 entries\"", total).arg(count);
    if (loading)
        count = tr("%1, reading…", "entry count while the log is still being read").arg(count);
    m_count->setText(count);
    m_count->setAccessibleName(count);
    m_export->setEnabled(shown > 0);

    const int damaged = m_model->damagedLines();
    m_damaged->setVisible(damaged > 0);
    if (damaged > 0)
        m_damaged->setText(
            tr("%Ln line(s) of the log could not be read and are not shown.", "", damaged));

    if (shown > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    m_stack->setCurrentWidget(m_state);
    if (loading && total == 0) {
        m_state->setState(StatePanel::Tone::Busy, tr("Reading the activity log…"), QString());
    } else if (filtered) {
        m_state->setState(StatePanel::Tone::Info, tr("No entry matches the filters"),
                          tr("Search looks at the customer, the item, the error, the user and "
                             "the IDs."),
                          tr("Clear filters"));
    } else {
        m_state->setState(StatePanel::Tone::Info, tr("No activity yet"),
                          tr("Every change PartnerDesk makes — suspensions, cancellations, "
                             "removals — is recorded here with its result and correlation ID."));
    }
}

bool ActivityWindow::exportCsvTo(const QString &path)
{
    return CsvExport::write(this, *m_filter, path,
                            tr("Exported %Ln entry(s) to %1", "", m_filter->rowCount()));
}

void ActivityWindow::exportCsv()
{
    CsvExport::chooseFile(this, tr("activity.csv", "default export file name"),
                          [this](const QString &path) { exportCsvTo(path); });
}

void ActivityWindow::openDataFolder()
{
    const QString folder = QFileInfo(m_model->path()).absolutePath();
    QDir().mkpath(folder);
    if (!m_openUrl(QUrl::fromLocalFile(folder)))
        MessageBoxes::warning(
            this, tr("Open data folder"),
            tr("The folder %1 could not be opened.").arg(QDir::toNativeSeparators(folder)));
}
