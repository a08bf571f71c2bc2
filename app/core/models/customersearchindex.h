#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct Customer;

// What search as you type looks at: every row's company name, primary domain and Microsoft ID,
// case- and accent-folded, as UTF-8, one row after the other in one buffer. A search is one
// memchr()-driven pass over a few MB instead of 100,000 QString::contains() calls.
class CustomerSearchIndex
{
public:
    // What the user typed, trimmed and folded like the rows' text.
    static QByteArray needle(const QString &typed);

    int count() const { return int(m_start.size()); }
    void append(const Customer &customer);
    // Appends a row of another index as it is (a batch made ready on another thread).
    void append(const CustomerSearchIndex &other, int row);
    void replace(int row, const Customer &customer);
    void remove(int row);
    void clear();
    // The folded text of a row, fields separated by U+001F.
    QString text(int row) const;

    // matches[row] = whether the row's text contains needle, for every row; with `narrow`, only
    // the rows matched before are looked at (a needle containing the old one matches no other).
    void match(const QByteArray &needle, std::vector<char> &matches, bool narrow) const;
    bool matches(int row, const QByteArray &needle) const;

private:
    static void appendRowText(const Customer &customer, std::vector<char> &out);
    qsizetype end(int row) const;

    // Each row's text ends in U+001E, and fields are separated by U+001F: characters nobody
    // types, so a match never spans two fields or two rows.
    std::vector<char> m_text;
    std::vector<qsizetype> m_start;
};
