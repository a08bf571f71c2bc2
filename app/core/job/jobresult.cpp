#include "jobresult.h"

#include <algorithm>

int JobResult::count(JobItem::Outcome outcome) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [outcome](const JobItem &item) { return item.outcome == outcome; }));
}
