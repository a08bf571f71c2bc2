#include "customerlistimport.h"

#include "core/bulk/csvreader.h"
#include "core/models/customerlistmodel.h"
#include "core/models/searchtext.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>
#include <QUuid>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {
// The columns an entry can come from, most exact first: a row that has several uses the first.
enum class Column { CustomerId, MicrosoftId, Domain };

// "Microsoft ID", "ID Microsoftu", "tenantId" -> "microsoftid", "idmicrosoftu", "tenantid".
QString headerKey(QStringView title)
{
    QString key;
    const QString folded = SearchText::fold(title.trimmed().toString());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

// Column titles in English (the CLI's CSV keys among them) and the Customers page's own titles
// in every shipped language, so its CSV export imports back whatever language wrote it.
const QHash<QString, Column> &knownHeaders()
{
    static const QHash<QString, Column> headers = [] {
        QHash<QString, Column> map;
        for (const char *name : {"id", "customerid"})
            map.insert(QString::fromLatin1(name), Column::CustomerId);
        for (const char *name : {"microsoftid", "tenantid", "tenant", "directoryid"})
            map.insert(QString::fromLatin1(name), Column::MicrosoftId);
        for (const char *name : {"domain", "primarydomain", "domainname", "defaultdomain"})
            map.insert(QString::fromLatin1(name), Column::Domain);
        const std::array titles{
            std::pair{CustomerListModel::MicrosoftIdColumn, Column::MicrosoftId},
            std::pair{CustomerListModel::DomainColumn, Column::Domain},
        };
        for (const auto &[modelColumn, column] : titles) {
            const QStringList translations = CustomerListModel::columnTitles(modelColumn);
            for (const QString &title : translations)
                map.insert(headerKey(title), column);
        }
        return map;
    }();
    return headers;
}

bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    return std::all_of(label.begin(), label.end(),
                       [](QChar c) { return c.isLetterOrNumber() || c == u'-'; });
}

bool isDomainName(QStringView domain)
{
    const QList<QStringView> labels = domain.split(u'.');
    return labels.size() >= 2 && domain.size() <= 253 &&
           std::all_of(labels.begin(), labels.end(), isDomainLabel);
}

// What a malformed entry looks like instead, when that is clear.
QString lookalike(QStringView text)
{
    if (text.contains(u'@'))
        return CustomerListImport::tr("an e-mail address");
    if (text.contains("://"_L1))
        return CustomerListImport::tr("a web address");
    return {};
}

QString unquoted(QStringView text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.sliced(1, text.size() - 2).trimmed();
    return text.toString();
}

bool isComment(QStringView line)
{
    return line.trimmed().startsWith(u'#');
}
} // namespace

CustomerListImport CustomerListImport::fromFile(const QString &path)
{
    QFile file(path);
    CustomerListImport import;
    if (!file.open(QIODevice::ReadOnly)) {
        import.m_error = tr("The file %1 could not be read: %2").arg(path, file.errorString());
        return import;
    }
    if (file.size() > MaxFileSize) {
        import.m_error = tr("The file %1 is too large for a list of customers (%2 MB at most).")
                             .arg(path)
                             .arg(MaxFileSize / (1024 * 1024));
        return import;
    }
    return fromData(file.readAll());
}

CustomerListImport CustomerListImport::fromData(const QByteArray &data)
{
    CustomerListImport import;
    // A byte-order mark says UTF-8, UTF-16 (a spreadsheet's "Unicode text") or UTF-32, and is
    // dropped; without one the file is read as UTF-8.
    const auto encoding = QStringConverter::encodingForData(data).value_or(QStringConverter::Utf8);
    QStringDecoder decode(encoding);
    const QString text = decode(data);

    QList<QStringView> lines;
    for (const QStringView line : QStringView(text).split(u'\n'))
        lines.append(line.endsWith(u'\r') ? line.chopped(1) : line);
    const auto first = std::find_if(lines.cbegin(), lines.cend(), [](QStringView line) {
        return !line.trimmed().isEmpty() && !isComment(line);
    });
    if (first == lines.cend())
        return import;
    const bool csv = !CsvReader::sniffDelimiter(*first).isNull() ||
                     knownHeaders().contains(headerKey(unquoted(*first)));
    if (csv)
        import.readCsv(text, *first);
    else
        import.readList(lines);
    return import;
}

void CustomerListImport::readList(const QList<QStringView> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        // Nothing an entry holds contains "#", so the rest of the line is a comment.
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line = line.first(hash);
        const QString entry = unquoted(line);
        if (!entry.isEmpty())
            add(int(i + 1), entry);
    }
}

void CustomerListImport::readCsv(QStringView text, QStringView header)
{
    QChar delimiter = CsvReader::sniffDelimiter(header);
    if (delimiter.isNull())
        delimiter = u',';
    const QList<CsvReader::Record> records = CsvReader::read(text, delimiter);
    auto record = records.cbegin();
    const auto skipped = [](const CsvReader::Record &r) {
        const bool blank = std::all_of(r.fields.cbegin(), r.fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        return blank || isComment(r.fields.constFirst());
    };
    while (record != records.cend() && skipped(*record))
        ++record;
    if (record == records.cend())
        return;

    // The usable columns, most exact first.
    QList<std::pair<Column, qsizetype>> columns;
    QStringList titles;
    for (qsizetype i = 0; i < record->fields.size(); ++i) {
        const auto known = knownHeaders().constFind(headerKey(record->fields.at(i)));
        if (known == knownHeaders().cend())
            continue;
        columns.append({*known, i});
        titles.append(record->fields.at(i).trimmed());
    }
    if (columns.isEmpty()) {
        m_error = tr("The first row (%1) names no column of primary domains, customer IDs or "
                     "Microsoft IDs.")
                      .arg(record->fields.join(u", "_s));
        return;
    }
    std::stable_sort(columns.begin(), columns.end());
    m_column = titles.join(u", "_s);

    for (++record; record != records.cend(); ++record) {
        if (skipped(*record))
            continue;
        QString value;
        for (const auto &[column, index] : columns) {
            value = unquoted(record->fields.value(index));
            if (!value.isEmpty())
                break;
        }
        if (value.isEmpty()) {
            m_issues.append({ImportIssue::Kind::Malformed, record->line,
                             record->fields.join(delimiter), 0,
                             tr("nothing in the column %1").arg(m_column)});
            continue;
        }
        if (record->unterminated) {
            m_issues.append({ImportIssue::Kind::Malformed, record->line, value, 0,
                             tr("a quote is not closed")});
            continue;
        }
        add(record->line, value);
    }
}

void CustomerListImport::add(int line, const QString &text)
{
    Entry entry{line, text, {}, Entry::Kind::Domain};
    const QUuid id = QUuid::fromString(text);
    if (!id.isNull()) {
        entry.kind = Entry::Kind::Id;
        entry.key = id.toString(QUuid::WithoutBraces);
    } else {
        entry.key = text.toLower();
        if (entry.key.endsWith(u'.'))
            entry.key.chop(1);
        if (!isDomainName(entry.key)) {
            m_issues.append({ImportIssue::Kind::Malformed, line, text, 0, lookalike(text)});
            return;
        }
    }
    const int earlierLine = m_lineOf.value(entry.key);
    if (earlierLine > 0) {
        m_issues.append({ImportIssue::Kind::Duplicate, line, text, earlierLine, {}});
        return;
    }
    m_lineOf.insert(entry.key, line);
    m_entries.append(entry);
}
