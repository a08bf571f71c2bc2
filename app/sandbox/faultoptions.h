#pragma once

#include <QtGlobal>

// Random faults applied to /v1 requests; rates are probabilities in 0..1.
struct FaultOptions
{
    int latencyMs = 0;
    double throttleRate = 0;
    double errorRate = 0;
    double dropRate = 0;
    double malformedRate = 0;
    int retryAfterSeconds = 2;
    quint32 seed = 1;
    double loseAnswerRate = 0; // handled (a change applied), then closed without an answer
    double stallRate = 0;      // handled (a change applied), then never answered
};
