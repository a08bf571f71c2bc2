#pragma once

#include <QCoreApplication>
#include <QString>

// Something wrong with one line of an imported customer list. Never fatal: the line is left
// out and the rest of the list goes on; the admin sees every issue with its line number.
struct ImportIssue
{
    Q_DECLARE_TR_FUNCTIONS(ImportIssue)

public:
    enum class Kind {
        Malformed,    // not a primary domain, customer ID or Microsoft ID
        Duplicate,    // the same entry as an earlier line
        Unknown,      // no customer of the partner has it
        SameCustomer, // another entry for a customer an earlier line named already
    };

    Kind kind = Kind::Malformed;
    int line = 0;        // 1-based
    QString text;        // the entry as written
    int earlierLine = 0; // Duplicate, SameCustomer: the line that named it first
    QString detail;      // Malformed: what is wrong; SameCustomer: the customer

    // "Line 7: “contoso” is not a primary domain, customer ID or Microsoft ID.", translated.
    QString message() const;
};
