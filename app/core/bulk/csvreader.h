#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

// Reads CSV as spreadsheets write it (RFC 4180): fields quoted or not, doubled quotes inside
// quotes, line breaks inside quoted fields, CRLF, LF or CR line ends. Each record keeps the
// number of the line it starts on, for messages a person can find in the file.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // 1-based
        QStringList fields;
        // A quote opened in this record is never closed: the fields run to the end of the file.
        bool unterminated = false;
    };

    // The separator a header line uses: ',' or, as spreadsheets in Czech and Polish save them,
    // ';' — or a tab; whichever occurs most outside quotes. A null QChar when there is none.
    static QChar sniffDelimiter(QStringView headerLine);

    static QList<Record> read(QStringView text, QChar delimiter);
};
