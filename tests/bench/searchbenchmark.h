#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class CustomerFilterProxy;

// Types realistic queries into the Customers search letter by letter — a company name, a name
// with Czech or Polish diacritics, a domain fragment, a Microsoft ID fragment — clearing the
// search after each, and times every keystroke and every clearing.
class SearchBenchmark
{
public:
    // The queries are taken from the loaded rows, so any dataset serves.
    explicit SearchBenchmark(CustomerFilterProxy *proxy);

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
    QStringList m_queries;
    QList<double> m_keystrokes;
    QList<double> m_clears;
};
