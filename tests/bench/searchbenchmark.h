#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class CustomerFilterProxy;

// Types realistic queries into the Customers search letter by letter — a company name, a name
// with Czech or Polish diacritics, a domain fragment, a Microsoft ID fragment — clearing the
// search after each, and times every keystroke and every clearing.
class SearchBenchmark
{
public:
    // The queries are taken from the loaded rows, so any dataset serves. `settle` runs after
    // each keystroke, inside its time (e.g. a table that lays itself out and repaints).
    explicit SearchBenchmark(CustomerFilterProxy *proxy, std::function<void()> settle = {});

    void run();

    QStringList queries() const { return m_queries; }
    // Milliseconds per keystroke, and per clearing.
    QList<double> keystrokes() const { return m_keystrokes; }
    QList<double> clears() const { return m_clears; }

    // The p-th percentile (0..100) of samples, nearest rank.
    static double percentile(QList<double> samples, double p);

private:
    double timed(const QString &text);

    CustomerFilterProxy *m_proxy;
    std::function<void()> m_settle;
    QStringList m_queries;
    QList<double> m_keystrokes;
    QList<double> m_clears;
};
