#include "tablecsvwriter.h"

#include <QAbstractItemModel>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

QString TableCsvWriter::field(const QString &text)
{
    // RFC 4180: quote a field holding a separator, a quote or a line break; double the quotes.
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                             text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool TableCsvWriter::write(const QAbstractItemModel &model, QIODevice &device, QString *error)
{
    const int columns = model.columnCount();
    QByteArray out("\xEF\xBB\xBF");
    const auto appendLine = [&out](const QStringList &fields) {
        out += fields.join(u',').toUtf8();
        out += "\r\n";
    };
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header.append(field(model.headerData(column, Qt::Horizontal).toString()));
    appendLine(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < columns; ++column)
            fields.append(field(model.index(row, column).data().toString()));
        appendLine(fields);
    }
    if (device.write(out) != out.size()) {
        if (error)
            *error = device.errorString();
        return false;
    }
    return true;
}

bool TableCsvWriter::writeFile(const QAbstractItemModel &model, const QString &path, QString *error)
{
    // QSaveFile: an interrupted export never leaves half a file over an older one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!write(model, file, error))
        return false;
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
