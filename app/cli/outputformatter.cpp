#include "outputformatter.h"

#include "core/models/tablecsvwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth ranges (UAX #11), the ones a terminal draws two cells wide.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Tabs and line breaks inside a cell would break the table's alignment.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return text;
}

QString rawText(const QVariant &raw)
{
    if (raw.metaType().id() == QMetaType::QDateTime) {
        const QDateTime when = raw.toDateTime();
        return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
    }
    if (raw.metaType().id() == QMetaType::Bool)
        return raw.toBool() ? u"true"_s : u"false"_s;
    return raw.toString();
}

// A very long company name would push every other column off the screen; the table shows its
// start, JSON and CSV carry all of it.
constexpr int MaxTableColumnWidth = 60;

QString elided(const QString &text)
{
    if (OutputFormatter::displayWidth(text) <= MaxTableColumnWidth)
        return text;
    QString out;
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        const QString one = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        const int w = OutputFormatter::displayWidth(one);
        if (width + w > MaxTableColumnWidth - 1)
            break;
        out += one;
        width += w;
    }
    return out + u'…';
}

QString displayText(const OutputFormatter::Cell &cell)
{
    return elided(oneLine(cell.display.isEmpty() ? rawText(cell.raw) : cell.display));
}

} // namespace

std::optional<OutputFormatter::Format> OutputFormatter::parseFormat(const QString &name)
{
    if (name == "table"_L1)
        return Format::Table;
    if (name == "json"_L1)
        return Format::Json;
    if (name == "csv"_L1)
        return Format::Csv;
    return std::nullopt;
}

QStringList OutputFormatter::formatNames()
{
    return {u"table"_s, u"json"_s, u"csv"_s};
}

QString OutputFormatter::format(const QList<Column> &columns, const QList<Row> &rows) const
{
    switch (m_format) {
    case Format::Table:
        return table(columns, rows);
    case Format::Json:
        return json(columns, rows);
    case Format::Csv:
        return csv(columns, rows);
    }
    return {};
}

QList<OutputFormatter::Column> OutputFormatter::modelColumns(const QAbstractItemModel *model,
                                                             const QStringList &keys)
{
    QList<Column> columns;
    for (int c = 0; c < model->columnCount() && c < keys.size(); ++c)
        columns.append({keys.at(c), model->headerData(c, Qt::Horizontal).toString()});
    return columns;
}

OutputFormatter::Row OutputFormatter::modelRow(const QAbstractItemModel *model, int row,
                                               int rawRole)
{
    Row cells;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QModelIndex index = model->index(row, c);
        cells.append({index.data(rawRole), index.data(Qt::DisplayRole).toString()});
    }
    return cells;
}

int OutputFormatter::displayWidth(const QString &text)
{
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
        case QChar::Other_Control:
            break;
        default:
            width += isWide(c) ? 2 : 1;
        }
    }
    return width;
}

QString OutputFormatter::table(const QList<Column> &columns, const QList<Row> &rows) const
{
    QList<qsizetype> shown;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns.at(c).inTable)
            shown.append(c);
    }
    QList<int> widths;
    for (const qsizetype c : shown) {
        int width = displayWidth(columns.at(c).title);
        for (const Row &row : rows)
            width = std::max(width, displayWidth(displayText(row.value(c))));
        widths.append(width);
    }
    const auto line = [&](const auto &cellText) {
        QString text;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const QString cell = cellText(shown.at(i));
            text += cell;
            // No padding after the last column: no trailing blanks in the output.
            if (i + 1 < shown.size())
                text += QString(widths.at(i) - displayWidth(cell) + 2, u' ');
        }
        // An empty last cell would leave the padding of the one before it.
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString out = line([&](qsizetype c) { return columns.at(c).title; });
    QString rule;
    for (qsizetype i = 0; i < widths.size(); ++i)
        rule += QString(widths.at(i), u'-') + (i + 1 < widths.size() ? u"  "_s : QString());
    out += rule + u'\n';
    for (const Row &row : rows)
        out += line([&](qsizetype c) { return displayText(row.value(c)); });
    return out;
}

QString OutputFormatter::json(const QList<Column> &columns, const QList<Row> &rows) const
{
    QJsonArray array;
    for (const Row &row : rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QVariant raw = row.value(c).raw;
            if (raw.metaType().id() == QMetaType::QDateTime)
                object.insert(columns.at(c).key, raw.toDateTime().isValid()
                                                     ? QJsonValue(rawText(raw))
                                                     : QJsonValue(QJsonValue::Null));
            else
                object.insert(columns.at(c).key, QJsonValue::fromVariant(raw));
        }
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString OutputFormatter::csv(const QList<Column> &columns, const QList<Row> &rows) const
{
    QStringList fields;
    for (const Column &column : columns)
        fields.append(TableCsvWriter::field(column.key));
    QString out = fields.join(u',') + u"\r\n"_s;
    for (const Row &row : rows) {
        fields.clear();
        for (qsizetype c = 0; c < columns.size(); ++c)
            fields.append(TableCsvWriter::field(rawText(row.value(c).raw)));
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out;
}
