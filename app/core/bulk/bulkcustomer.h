#pragma once

#include "core/bulk/runrecord.h"
#include "core/bulk/runstate.h"
#include "core/customer/offboardplan.h"
#include "core/domain/apierror.h"
#include "core/domain/customer.h"
#include "core/job/jobitem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <optional>

// One customer of a bulk plan or run as BulkOffboardJob carries it: whom the list named, what
// was read and planned, how far the work is, and how it ended.
struct BulkCustomer
{
    Q_DECLARE_TR_FUNCTIONS(BulkCustomer)

public:
    enum class Stage {
        Waiting,  // not started (or never: the run was cancelled first)
        Reading,  // its state is being read and planned
        Running,  // the plan is being carried out
        Finished, // result is set
    };

    RunCustomer customer;
    Stage stage = Stage::Waiting;
    // The plan: what the run would end with (removed, prepared, unreadable). The run: how the
    // customer ended.
    std::optional<RunRecord::CustomerResult> result;
    OffboardPlan plan;
    bool planned = false;
    QString reason;  // why not removable (the blockers), or what failed
    QDateTime until; // when the last blocker ends, when every blocker says
    ApiError error;  // unreadable or failed
    int actionsDone = 0;
    // Finished in an earlier start of the journaled run; a resume leaves it as it was.
    bool fromJournal = false;

    Customer toCustomer() const;
    // As a run's earlier start finished it.
    void restore(const RunCustomerState &journaled);
    // The customer as the job reports it: Succeeded when removed (or, planning, when readable),
    // Refused when prepared only, Unknown, Cancelled, else Failed.
    JobItem item(bool planning) const;
    // The blockers as one line, and the latest date they end (invalid when one never says).
    static QString blockersText(const OffboardPlan &plan);
    static QDateTime blockersUntil(const OffboardPlan &plan);
    // Counts of the plan's actions, for the plan's columns.
    int count(OffboardPlan::ActionKind kind) const;
    // Subscriptions and software purchases the plan cancels.
    int cancelCount() const;
};

Q_DECLARE_METATYPE(BulkCustomer)
