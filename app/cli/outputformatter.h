#pragma once

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// Turns a list into text: an aligned table for people, or JSON / CSV for scripts. The table
// shows translated titles and display text; JSON and CSV carry stable keys and raw values
// (wire status names, ISO dates, numbers), so a script does not break when the language
// changes.
class OutputFormatter
{
    Q_DECLARE_TR_FUNCTIONS(OutputFormatter)

public:
    enum class Format { Table, Json, Csv };

    struct Column
    {
        QString key;   // JSON key and CSV header
        QString title; // translated table header
        bool inTable = true;
    };
    struct Cell
    {
        QVariant raw;    // JSON / CSV
        QString display; // table; raw.toString() when empty
    };
    using Row = QList<Cell>;

    explicit OutputFormatter(Format format = Format::Table)
        : m_format(format)
    {
    }

    static std::optional<Format> parseFormat(const QString &name);
    static QStringList formatNames();

    QString format(const QList<Column> &columns, const QList<Row> &rows) const;

    // The columns of a table model, titled by its header, keyed by keys (one per column).
    static QList<Column> modelColumns(const QAbstractItemModel *model, const QStringList &keys);
    // One model row: rawRole for JSON / CSV, the display text for the table.
    static Row modelRow(const QAbstractItemModel *model, int row, int rawRole);

    // Terminal columns the text takes: East Asian wide characters count two, combining marks
    // and zero-width characters none.
    static int displayWidth(const QString &text);

private:
    QString table(const QList<Column> &columns, const QList<Row> &rows) const;
    QString json(const QList<Column> &columns, const QList<Row> &rows) const;
    QString csv(const QList<Column> &columns, const QList<Row> &rows) const;

    Format m_format;
};
