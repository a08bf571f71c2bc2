#pragma once

#include "core/bulk/importissue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// A file listing customers to work on, read: primary domains, customer IDs or Microsoft IDs,
// one per line, or a CSV with a header row (the Customers page's export, the CLI's CSV, a
// spreadsheet) whose column of IDs or domains is found by its title in English or any shipped
// language. Takes a byte-order mark (UTF-8, UTF-16), CRLF, blank lines, "#" comments and quotes.
// Bad lines become issues, never a failure of the whole file.
class CustomerListImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerListImport)

public:
    struct Entry
    {
        enum class Kind { Id, Domain }; // Id: a customer ID or a Microsoft ID (both GUIDs)
        int line = 0;                   // 1-based
        QString text;                   // as written, trimmed
        QString key;                    // lower case, without braces or a final dot
        Kind kind = Kind::Domain;
    };

    // Larger files are refused rather than read into memory (500 customers take ~20 KB).
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    static CustomerListImport fromFile(const QString &path);
    static CustomerListImport fromData(const QByteArray &data);

    // Set when nothing could be read: the file is missing or too large, or a CSV header names
    // no column to use. Entries and issues are then empty.
    QString error() const { return m_error; }
    // Valid entries in file order, each key once.
    const QList<Entry> &entries() const { return m_entries; }
    // Malformed and duplicate lines, in file order.
    const QList<ImportIssue> &issues() const { return m_issues; }
    // The CSV column the entries came from; empty for a plain list.
    QString column() const { return m_column; }

private:
    void readList(const QList<QStringView> &lines);
    void readCsv(QStringView text, QStringView header);
    void add(int line, const QString &text);

    QList<Entry> m_entries;
    QList<ImportIssue> m_issues;
    QString m_error;
    QString m_column;
    QHash<QString, int> m_lineOf; // entry key -> its line
};
