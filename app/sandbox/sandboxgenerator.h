#pragma once

#include <QDateTime>

class SandboxStore;

// Fills a store with a deterministic dataset (same seed, same data) for paging tests and
// benchmarks; fast enough for 100,000 customers.
class SandboxGenerator
{
public:
    static void generate(SandboxStore &store, int customers, quint32 seed, const QDateTime &now);
};
