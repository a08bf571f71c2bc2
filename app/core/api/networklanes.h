#pragma once

#include <QNetworkAccessManager>

#include <array>
#include <cstddef>

// The QNetworkAccessManagers one client sends through, taken in turn. Qt does each manager's
// HTTP work on one thread of its own and opens at most six connections to a host for it; over
// plain HTTP/1.1 (the loopback sandbox) that thread reads every answer's status line and
// headers one byte per system call. With a single manager a bulk run's answers queue behind
// each other there whatever its concurrency (tests/bench/bench_bulkoffboard measures it); two
// share the work.
class NetworkLanes
{
public:
    NetworkLanes();
    NetworkLanes(const NetworkLanes &) = delete;
    NetworkLanes &operator=(const NetworkLanes &) = delete;

    // The manager for the next request.
    QNetworkAccessManager *next();

private:
    std::array<QNetworkAccessManager, 2> m_managers;
    std::size_t m_next = 0;
};
