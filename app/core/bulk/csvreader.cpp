#include "csvreader.h"

QChar CsvReader::sniffDelimiter(QStringView headerLine)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (commas == 0 && semicolons == 0 && tabs == 0)
        return {};
    if (tabs >= commas && tabs >= semicolons)
        return u'\t';
    return semicolons > commas ? u';' : u',';
}

QList<CsvReader::Record> CsvReader::read(QStringView text, QChar delimiter)
{
    QList<Record> records;
    Record record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false; // anything in this record yet, so an empty line is no record
    int line = 1;
    record.line = 1;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        if (fieldStarted || !record.fields.isEmpty()) {
            endField();
            records.append(record);
        }
        record = Record();
        field.clear();
        fieldStarted = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (lineBreak) {
            // CRLF is one line end.
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            ++line;
        }
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(lineBreak ? QChar(u'\n') : c);
            }
            continue;
        }
        if (lineBreak) {
            endRecord();
            record.line = line;
        } else if (c == delimiter) {
            fieldStarted = true;
            endField();
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            fieldStarted = true;
            quoted = true;
            field.clear();
        } else {
            fieldStarted = true;
            field.append(c);
        }
    }
    record.unterminated = quoted;
    endRecord();
    return records;
}
