#pragma once

#include <chrono>

// How hard the client tries before it reports a failure.
struct RetryPolicy
{
    int maxAttempts = 5;                           // per logical request, first try included
    std::chrono::milliseconds initialBackoff{500}; // doubled after every failed attempt
    std::chrono::milliseconds maxBackoff{60'000};
    std::chrono::milliseconds transferTimeout{30'000}; // per attempt
};
