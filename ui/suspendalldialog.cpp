#include "suspendalldialog.h"

#include "core/job/suspendalljob.h"
#include "ui/headinglabel.h"
#include "ui/palette.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

SuspendAllDialog::SuspendAllDialog(std::shared_ptr<CustomerState> state, AuditLog *audit,
                                   QWidget *parent)
    : QDialog(parent)
    , m_state(std::move(state))
    , m_audit(audit)
    , m_heading(new HeadingLabel(this, HeadingLabel::Level::Section))
    , m_intro(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_items(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_suspend(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel))
    , m_retry(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_close(m_buttons->addButton(QDialogButtonBox::Close))
{
    setWindowModality(Qt::WindowModal);
    setMinimumSize(520, 380);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setText(m_state->customer().companyName());
    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_items->setWordWrap(true);
    m_items->setSelectionMode(QAbstractItemView::NoSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_buttons);

    connect(m_cancel, &QPushButton::clicked, this, &SuspendAllDialog::reject);
    connect(m_suspend, &QPushButton::clicked, this, &SuspendAllDialog::start);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_retry, &QPushButton::clicked, this, &SuspendAllDialog::start);
    retranslateUi();
}

void SuspendAllDialog::confirm()
{
    m_planned = SuspendAllJob::plannedItems(m_state->subscriptions());
    m_confirming = true;
    showPlanned();
    retranslateUi();
    m_suspend->setFocus();
    if (!isVisible())
        open();
}

void SuspendAllDialog::showPlanned()
{
    m_items->clear();
    for (const JobItem &planned : std::as_const(m_planned)) {
        const Subscription *s = m_state->subscription(planned.id);
        const Subscription *base =
            s && s->isAddOn() ? m_state->subscription(s->parentSubscriptionId) : nullptr;
        new QListWidgetItem(base ? tr("%1 — add-on of %2", "a subscription to be suspended")
                                       .arg(planned.name, base->displayName())
                                 : planned.name,
                            m_items);
    }
}

void SuspendAllDialog::start()
{
    if (std::exchange(m_confirming, false))
        m_items->clear();
    // A retry starts from the server's state again, so only what is still active is tried.
    m_done = m_total = m_succeeded = m_failed = m_unknown = 0;
    m_cancelled = m_finished = false;
    for (int row = m_items->count() - 1; row >= 0; --row) {
        if (!m_items->item(row)->data(Qt::UserRole).toBool())
            delete m_items->takeItem(row);
    }
    m_job = new SuspendAllJob(m_state, m_audit, this);
    m_job->setAutoDelete(true);
    connect(m_job, &Job::progress, this, [this](int done, int total) {
        m_done = done;
        m_total = total;
        retranslateUi();
    });
    connect(m_job, &Job::itemFinished, this, &SuspendAllDialog::onItemFinished);
    connect(m_job, &Job::finished, this, &SuspendAllDialog::onFinished);
    m_job->start();
    retranslateUi();
    if (!isVisible())
        open();
}

bool SuspendAllDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

QString SuspendAllDialog::summaryText() const
{
    return m_summary->text();
}

void SuspendAllDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SuspendAllDialog::reject()
{
    // Escape while running means "stop", not "hide and keep going unseen"; before the run it
    // means "don't".
    if (isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void SuspendAllDialog::retranslateUi()
{
    setWindowTitle(tr("Suspend all active subscriptions"));
    m_suspend->setText(tr("Suspend %Ln subscription(s)", "", int(m_planned.size())));
    m_suspend->setAccessibleName(m_suspend->text());
    m_progress->setVisible(!m_confirming);
    if (m_confirming) {
        showPlanned();
        m_intro->setText(
            tr("These %Ln active subscription(s) will be suspended, base subscriptions first, "
               "then their add-ons. New-commerce subscriptions are still billed while "
               "suspended.",
               "", int(m_planned.size())));
        m_summary->setText(m_planned.isEmpty() ? tr("No subscription is active. Nothing to do.")
                                               : QString());
        m_summary->setVisible(m_planned.isEmpty());
        updateButtons();
        return;
    }
    m_summary->setVisible(true);
    m_intro->setText(tr("Suspending every active subscription: base subscriptions first, then "
                        "their add-ons. Partner Center may ask us to slow down; that is handled "
                        "for you."));
    m_progress->setRange(0, qMax(1, m_total));
    m_progress->setValue(m_finished && m_total == 0 ? 1 : m_done);
    m_progress->setAccessibleName(tr("Progress"));
    m_retry->setText(tr("Retry failed"));
    m_retry->setAccessibleName(m_retry->text());
    if (!m_finished)
        m_summary->setText(
            m_total > 0
                ? tr("%1 of %Ln subscription(s) done…", "", m_total).arg(QLocale().toString(m_done))
                : tr("Reading the subscriptions…"));
    else if (m_cancelled)
        m_summary->setText(
            tr("Stopped. %Ln subscription(s) suspended; the rest are unchanged.", "", m_succeeded));
    else if (m_total == 0)
        m_summary->setText(tr("No subscription was active. Nothing to do."));
    else if (m_unknown > 0)
        // Not "Retry failed": what may have happened is checked, not sent again on a guess.
        m_summary->setText(tr("%1 suspended, %2 failed, %3 not known. Check the status of those "
                              "marked ⚠ in the Subscriptions list before trying again.")
                               .arg(tr("%Ln subscription(s)", "", m_succeeded),
                                    tr("%Ln subscription(s)", "", m_failed),
                                    tr("%Ln subscription(s)", "", m_unknown)));
    else if (m_failed == 0)
        m_summary->setText(tr("✓ Done: %Ln subscription(s) suspended.", "", m_succeeded));
    else
        m_summary->setText(tr("%1 suspended, %2 failed. Retry failed tries again what is still "
                              "active.")
                               .arg(tr("%Ln subscription(s)", "", m_succeeded),
                                    tr("%Ln subscription(s)", "", m_failed)));
    updateButtons();
}

void SuspendAllDialog::updateButtons()
{
    const bool running = isRunning();
    m_suspend->setVisible(m_confirming);
    m_suspend->setEnabled(!m_planned.isEmpty());
    m_close->setVisible(!m_confirming);
    if (m_confirming) {
        m_cancel->setVisible(true);
        m_retry->setVisible(false);
        m_suspend->setDefault(!m_planned.isEmpty());
        m_cancel->setDefault(m_planned.isEmpty());
        return;
    }
    m_suspend->setDefault(false);
    // Once nothing runs, Cancel has nothing to stop: Close (and Retry failed) remain.
    m_cancel->setVisible(running);
    m_retry->setVisible(m_finished && (m_failed > 0 || m_cancelled));
    m_close->setEnabled(!running);
    if (!running)
        m_close->setDefault(true);
}

void SuspendAllDialog::onItemFinished(const JobItem &result)
{
    // The outcome is a mark in the text and a colour: never colour alone.
    auto *item = new QListWidgetItem(m_items);
    item->setData(Qt::UserRole, result.succeeded());
    if (result.succeeded()) {
        item->setText(tr("✓ %1 — suspended").arg(result.name));
    } else if (result.outcomeUnknown()) {
        item->setText(tr("⚠ %1 — not known whether suspended: %2")
                          .arg(result.name, result.error.userMessage()));
        item->setForeground(Palette::uncertain());
    } else {
        item->setText(tr("✗ %1 — %2").arg(result.name, result.error.userMessage()));
        item->setForeground(Palette::failure());
    }
    m_items->scrollToItem(item);
}

void SuspendAllDialog::onFinished(const JobResult &result)
{
    m_succeeded = result.succeeded();
    m_failed = result.failed();
    m_unknown = result.unknown();
    m_cancelled = result.cancelled;
    m_finished = true;
    retranslateUi();
    emit runFinished();
}
