#pragma once

#include <QString>

class QAbstractItemModel;
class QIODevice;

// Writes a table model to CSV as the user sees it: the rows the (filtered, sorted) model holds,
// its translated header row, display text. RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM
// so Excel reads Czech and Polish names correctly.
class TableCsvWriter
{
public:
    static bool write(const QAbstractItemModel &model, QIODevice &device, QString *error = nullptr);
    static bool writeFile(const QAbstractItemModel &model, const QString &path,
                          QString *error = nullptr);
    // One field, quoted only when it has to be.
    static QString field(const QString &text);
};
