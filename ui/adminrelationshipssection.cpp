#include "adminrelationshipssection.h"

#include "core/api/clock.h"
#include "core/customer/customerstate.h"
#include "core/job/terminateadminrelationshipsjob.h"
#include "core/models/adminrelationshipmodel.h"
#include "ui/adminrelationshiptableview.h"
#include "ui/headinglabel.h"
#include "ui/messageboxes.h"
#include "ui/outcomelabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Part = CustomerState::Part;

AdminRelationshipsSection::AdminRelationshipsSection(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AdminRelationshipModel(this))
    , m_heading(new HeadingLabel(this, HeadingLabel::Level::Section))
    , m_intro(new QLabel(this))
    , m_delegatedAccess(new QLabel(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_table(new AdminRelationshipTableView(m_model, this))
    , m_terminate(new QPushButton(this))
    , m_terminateAll(new QPushButton(this))
    , m_outcome(new OutcomeLabel(this))
{
    for (QLabel *label : {m_intro, m_delegatedAccess, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->hide();

    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_retry, 0, Qt::AlignTop);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_terminate);
    actions->addWidget(m_terminateAll);
    actions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_delegatedAccess);
    layout->addLayout(status);
    layout->addWidget(m_table);
    layout->addLayout(actions);
    layout->addWidget(m_outcome);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_state)
            m_state->refresh(Part::AdminRelationships);
    });
    connect(m_terminate, &QPushButton::clicked, this,
            &AdminRelationshipsSection::terminateSelected);
    connect(m_terminateAll, &QPushButton::clicked, this, &AdminRelationshipsSection::terminateAll);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdminRelationshipsSection::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            &AdminRelationshipsSection::updateButtons);
    retranslateUi();
}

void AdminRelationshipsSection::setState(std::shared_ptr<CustomerState> state)
{
    if (m_state)
        disconnect(m_state.get(), nullptr, this, nullptr);
    // A termination still running reports into the previous customer's state, not here.
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = nullptr;
    ++m_generation;
    m_followUpPending = false;
    m_state = std::move(state);
    m_model->setState(m_state.get());
    m_outcome->setScope({m_state.get(), {}});
    if (m_state) {
        connect(m_state.get(), &CustomerState::loadStateChanged, this,
                &AdminRelationshipsSection::updateView);
        connect(m_state.get(), &CustomerState::adminRelationshipsChanged, this,
                &AdminRelationshipsSection::updateView);
        connect(m_state.get(), &CustomerState::customerChanged, this,
                &AdminRelationshipsSection::updateView);
    }
    updateView();
}

bool AdminRelationshipsSection::isTerminating() const
{
    return m_job && m_job->isRunning();
}

QString AdminRelationshipsSection::statusText() const
{
    return m_status->text();
}

QString AdminRelationshipsSection::delegatedAccessText() const
{
    return m_delegatedAccess->text();
}

QString AdminRelationshipsSection::outcomeText() const
{
    return m_outcome->text();
}

void AdminRelationshipsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminRelationshipsSection::retranslateUi()
{
    m_heading->setText(tr("Admin relationships"));
    m_intro->setText(tr("Granular delegated admin privileges (GDAP) give your organisation admin "
                        "roles in the customer's tenant. Removing the reseller relationship does "
                        "not end them: terminate them here."));
    m_retry->setText(tr("Retry"));
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setAccessibleDescription(tr("Read the admin relationships again"));
    m_table->setAccessibleName(tr("Admin relationships"));
    m_terminate->setText(tr("Terminate…", "end the selected admin relationship"));
    m_terminate->setAccessibleName(m_terminate->text());
    m_terminateAll->setText(tr("Terminate all…", "end every active admin relationship"));
    m_terminateAll->setAccessibleName(m_terminateAll->text());
    updateView();
}

void AdminRelationshipsSection::updateView()
{
    const CustomerState *state = m_state.get();
    QString text;
    bool failed = false;
    bool rows = false;
    if (state && !state->graph()) {
        text = tr("The admin relationships cannot be read: PartnerDesk is not connected to "
                  "Microsoft Graph.");
    } else if (state) {
        const bool hasData = state->hasData(Part::AdminRelationships);
        const int active = int(state->activeAdminRelationships().size());
        rows = hasData && !state->adminRelationships().isEmpty();
        if (state->loadState(Part::AdminRelationships) == CustomerState::LoadState::Failed) {
            failed = true;
            text = tr("The admin relationships could not be read from Microsoft Graph. %1",
                      "%1 says why")
                       .arg(state->error(Part::AdminRelationships).userMessage());
            if (rows)
                text += u"\n"_s + tr("The list below is as last read.");
        } else if (!hasData) {
            text = tr("Reading the admin relationships from Microsoft Graph…");
        } else if (!rows) {
            text = tr("No admin relationships: Microsoft Graph lists none with this customer's "
                      "tenant.");
        } else if (active > 0) {
            text = tr("%Ln active admin relationship(s) give your organisation admin access to "
                      "this customer's tenant.",
                      "", active);
        } else if (const int ending = endingCount(*state); ending > 0) {
            // Not "none gives access" while Graph still ends them: that takes minutes.
            text = tr("%Ln admin relationship(s) being terminated: Microsoft Graph ends them "
                      "over a few minutes, and the list follows.",
                      "", ending);
        } else {
            text = tr("No admin relationship is active: none gives your organisation admin "
                      "access any more.");
        }
        // Graph ends a termination over minutes: look again, after a read, until none is ending.
        if (endingCount(*state) > 0 && !m_followUpPending &&
            state->loadState(Part::AdminRelationships) != CustomerState::LoadState::Loading) {
            m_followUpPending = true;
            state->clock()->callAfter(FollowUpInterval, this, [this, generation = m_generation] {
                if (generation != m_generation)
                    return;
                m_followUpPending = false;
                if (m_state && endingCount(*m_state) > 0)
                    m_state->refresh(Part::AdminRelationships);
            });
        }
    }
    Palette::setOutcome(m_status, failed ? Palette::Outcome::Failure : Palette::Outcome::Neutral,
                        text);
    m_retry->setVisible(failed);
    m_table->setVisible(rows);

    // Legacy DAP is a property of the reseller relationship, read with the profile.
    const bool dap = state && state->customer().allowDelegatedAccess;
    m_delegatedAccess->setVisible(state != nullptr);
    m_delegatedAccess->setText(
        dap ? tr("Legacy delegated admin privileges (DAP): on. They end with the reseller "
                 "relationship.")
            : tr("Legacy delegated admin privileges (DAP): off."));
    updateButtons();
}

int AdminRelationshipsSection::endingCount(const CustomerState &state)
{
    const QList<AdminRelationship> &all = state.adminRelationships();
    return int(std::count_if(all.cbegin(), all.cend(),
                             [](const AdminRelationship &r) { return r.isEnding(); }));
}

void AdminRelationshipsSection::updateButtons()
{
    const AdminRelationship *current = m_table->currentRelationship();
    const bool idle = m_state && m_state->graph() && !isTerminating();
    const bool canOne = idle && current && current->canTerminate();
    const int active = m_state ? int(m_state->activeAdminRelationships().size()) : 0;
    m_terminate->setEnabled(canOne);
    m_terminateAll->setEnabled(idle && active > 0);
    // Why a button is unavailable, for the tooltip and a screen reader.
    const QString oneWhy = isTerminating() ? tr("A termination is in progress.")
                           : !current      ? tr("Select an active admin relationship first.")
                           : !current->canTerminate()
                               ? tr("Only an active admin relationship can be terminated; this "
                                    "one is %1.")
                                     .arg(current->statusText())
                               : QString();
    m_terminate->setToolTip(oneWhy);
    m_terminate->setAccessibleDescription(oneWhy);
    const QString allWhy = isTerminating() ? tr("A termination is in progress.")
                           : active == 0   ? tr("No admin relationship is active.")
                                           : QString();
    m_terminateAll->setToolTip(allWhy);
    m_terminateAll->setAccessibleDescription(allWhy);
}

void AdminRelationshipsSection::terminateSelected()
{
    const AdminRelationship *current = m_table->currentRelationship();
    if (current && current->canTerminate())
        confirmAndTerminate({*current});
}

void AdminRelationshipsSection::terminateAll()
{
    if (m_state)
        confirmAndTerminate(m_state->activeAdminRelationships());
}

void AdminRelationshipsSection::confirmAndTerminate(const QList<AdminRelationship> &relationships)
{
    if (relationships.isEmpty() || isTerminating() || !m_state || !m_state->graph())
        return;
    const int n = int(relationships.size());
    const QString company = m_state->customer().companyName();
    QString title;
    QString text;
    if (n == 1) {
        const AdminRelationship &r = relationships.first();
        title = tr("Terminate admin relationship");
        text = tr("Terminate the admin relationship “%1” with %2?", "%1 relationship, %2 company")
                   .arg(r.displayName, company) +
               u"\n\n"_s +
               tr("Your organisation loses the roles it grants in the customer's tenant: %1.")
                   .arg(QLocale().createSeparatedList(r.roleNames()));
    } else {
        title = tr("Terminate all admin relationships");
        QStringList names;
        // Each with the roles it grants: what is lost is said before the click.
        for (const AdminRelationship &r : relationships)
            names.append(
                u"• %1 (%2)"_s.arg(r.displayName, QLocale().createSeparatedList(r.roleNames())));
        text = tr("Terminate %Ln admin relationship(s) with %1?", "%1 is the company name", n)
                   .arg(company) +
               u"\n\n"_s + names.join(u'\n') + u"\n\n"_s +
               tr("Your organisation loses every role they grant in the customer's tenant.");
    }
    text += u"\n\n"_s + tr("This cannot be undone: only a new relationship that the customer "
                           "approves gives the access back.");
    const std::shared_ptr<CustomerState> state = m_state;
    MessageBoxes::question(
        this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, state, relationships](MessageBoxes::Button answer) {
            // Answered for the customer it was asked about, and only once.
            if (answer == QMessageBox::Yes && !isTerminating() && state == m_state)
                terminate(relationships);
        },
        tr("Terminate", "confirm ending admin relationships"));
}

void AdminRelationshipsSection::terminate(const QList<AdminRelationship> &relationships)
{
    m_job = new TerminateAdminRelationshipsJob(m_state, m_context.audit, relationships, this);
    m_job->setAutoDelete(true);
    connect(m_job, &Job::finished, this, &AdminRelationshipsSection::showResult);
    const int n = int(relationships.size());
    m_outcome->showOutcome({m_state.get(), {}}, Palette::Outcome::Neutral, [n] {
        return tr("Requesting the termination of %Ln admin relationship(s)…", "", n);
    });
    m_job->start();
    updateButtons();
}

void AdminRelationshipsSection::showResult(const JobResult &result)
{
    // The job has read the relationships back: the table shows Graph's status, whatever the
    // answer was. The words name each relationship that did not end as asked.
    const QList<JobItem> items = result.items;
    const int done = result.succeeded();
    const Palette::Outcome outcome = result.unknown() > 0 ? Palette::Outcome::Uncertain
                                     : result.ok()        ? Palette::Outcome::Success
                                                          : Palette::Outcome::Failure;
    m_outcome->showOutcome({m_state.get(), {}}, outcome, [items, done] {
        QStringList lines;
        if (done > 0)
            lines.append(tr("✓ Termination requested for %Ln admin relationship(s); Microsoft "
                            "Graph ends them within minutes and the status above follows.",
                            "", done));
        for (const JobItem &item : items) {
            if (item.outcomeUnknown())
                lines.append(tr("⚠ “%1”: it is not known whether the termination was "
                                "requested. %2 Check its status above before trying again.",
                                "%1 relationship name, %2 the error")
                                 .arg(item.name, item.error.summary()));
            else if (item.outcome == JobItem::Outcome::Cancelled)
                lines.append(tr("“%1” was not terminated: stopped.").arg(item.name));
            else if (!item.succeeded())
                lines.append(tr("✗ “%1” was not terminated. %2", "%1 relationship name, %2 why")
                                 .arg(item.name, item.error.userMessage()));
        }
        return lines.join(u'\n');
    });
    // Nobody knows what Graph did: read once more, so the table shows its word.
    if (result.unknown() > 0 && m_state)
        m_state->refresh(Part::AdminRelationships);
    updateButtons();
}
