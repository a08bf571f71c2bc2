#pragma once

#include "core/job/jobitem.h"

#include <QList>
#include <QMetaType>

// How a job ended: every item it reported, in order, and whatever kept it from (all of) its
// work — a read that failed before anything was tried, or the cancel.
struct JobResult
{
    QList<JobItem> items;
    // Why the job stopped short; no error when it did all it set out to do (an item may still
    // have failed: see the items).
    ApiError error;
    bool cancelled = false;

    int count(JobItem::Outcome outcome) const;
    int succeeded() const { return count(JobItem::Outcome::Succeeded); }
    // Failed and refused items.
    int failed() const
    {
        return count(JobItem::Outcome::Failed) + count(JobItem::Outcome::Refused);
    }
    // Items the server may or may not have changed (JobItem::Outcome::Unknown).
    int unknown() const { return count(JobItem::Outcome::Unknown); }
    // Nothing failed or is of unknown outcome, nothing was cancelled, nothing stopped the job.
    bool ok() const { return !error.isError() && !cancelled && failed() == 0 && unknown() == 0; }
};

Q_DECLARE_METATYPE(JobResult)
