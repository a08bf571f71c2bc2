#include "customerfilterproxy.h"

#include "core/models/customerlistmodel.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

CustomerFilterProxy::CustomerFilterProxy(CustomerListModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
    , m_order(source)
{
    QAbstractProxyModel::setSourceModel(source);
    rebuild();
    connect(source, &QAbstractItemModel::rowsInserted, this, &CustomerFilterProxy::onRowsInserted);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &CustomerFilterProxy::onRowsAboutToBeRemoved);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &CustomerFilterProxy::onRowsRemoved);
    connect(source, &QAbstractItemModel::dataChanged, this, &CustomerFilterProxy::onDataChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &CustomerFilterProxy::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        rebuild();
        endResetModel();
    });
    // Switching the language installs new translators, which sends LanguageChange to the
    // application: the order follows the new language's collation.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

void CustomerFilterProxy::setSearchText(const QString &text)
{
    m_text = text;
    const QByteArray needle = CustomerSearchIndex::needle(text);
    if (needle == m_needle)
        return;
    // Typing on only narrows: the rows that did not match before are not looked at again.
    const bool narrow = isFiltered() && needle.contains(m_needle);
    relayout([&] {
        m_needle = needle;
        filter(narrow);
    });
}

void CustomerFilterProxy::filter(bool narrow)
{
    if (!isFiltered()) {
        std::vector<char>().swap(m_matches);
        std::vector<int>().swap(m_matching);
        return;
    }
    m_source->searchIndex().match(m_needle, m_matches, narrow);
    collectMatching(narrow ? m_matching : m_order.rows());
}

void CustomerFilterProxy::collectMatching(const std::vector<int> &rows)
{
    std::vector<int> matching;
    for (const int row : rows) {
        if (m_matches[row])
            matching.push_back(row);
    }
    m_matching.swap(matching);
}

void CustomerFilterProxy::rebuild()
{
    m_order.sort(m_order.column(), m_order.order(), m_order.locale());
    filter(false);
    updatePositions();
}

std::optional<Customer> CustomerFilterProxy::customerAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return std::nullopt;
    return m_source->customerAt(shown()[proxyRow]);
}

void CustomerFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_order.column() && order == m_order.order() && QLocale() == m_order.locale())
        return;
    relayout(
        [&] {
            m_order.sort(column, order, QLocale());
            m_source->setSortKeyHint(column, QLocale());
            if (isFiltered())
                collectMatching(m_order.rows());
        },
        VerticalSortHint);
}

bool CustomerFilterProxy::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() &&
        m_order.column() >= 0 && QLocale() != m_order.locale())
        sort(m_order.column(), m_order.order());
    return QAbstractProxyModel::eventFilter(watched, event);
}

QModelIndex CustomerFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CustomerFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex CustomerFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int CustomerFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shown().size());
}

int CustomerFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

bool CustomerFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant CustomerFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's; rows are numbered as shown.
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex CustomerFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_source->index(shown()[proxyIndex.row()], proxyIndex.column());
}

QModelIndex CustomerFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_position.size()))
        return {};
    const int row = m_position[sourceIndex.row()];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

void CustomerFilterProxy::updatePositions()
{
    m_position.assign(size_t(m_source->count()), -1);
    const std::vector<int> &rows = shown();
    for (int i = 0; i < int(rows.size()); ++i)
        m_position[rows[i]] = i;
}

void CustomerFilterProxy::relayout(const std::function<void()> &change,
                                   QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(index.isValid() ? shown()[index.row()] : -1);
    change();
    updatePositions();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = sourceRows[size_t(i)] < 0 ? -1 : m_position[sourceRows[size_t(i)]];
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void CustomerFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (last + 1 != m_source->count()) {
        // The model only appends; anything else is taken in from scratch.
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    const std::vector<int> added = m_order.sorted(first, last);
    std::vector<int> shownAdded;
    if (isFiltered()) {
        m_matches.resize(size_t(m_source->count()), 0);
        for (const int row : added) {
            m_matches[row] = m_source->searchIndex().matches(row, m_needle);
            if (m_matches[row])
                shownAdded.push_back(row);
        }
    }
    const std::vector<int> &newRows = isFiltered() ? shownAdded : added;
    const auto merge = [&] {
        m_order.add(added);
        if (isFiltered())
            m_order.merge(m_matching, shownAdded);
    };
    if (newRows.empty()) {
        merge();
        updatePositions();
        return;
    }
    // Rows landing in one place (the server sends them in this order, or a filter lets few
    // through) are one insertion; rows spread all over the order, one layout change.
    const std::vector<int> &rows = shown();
    const auto less = [this](int a, int b) { return m_order.less(a, b); };
    const auto at = std::upper_bound(rows.begin(), rows.end(), newRows.front(), less);
    if (at == std::upper_bound(at, rows.end(), newRows.back(), less)) {
        const int position = int(at - rows.begin());
        beginInsertRows({}, position, position + int(newRows.size()) - 1);
        merge();
        updatePositions();
        endInsertRows();
    } else {
        relayout(merge);
    }
}

void CustomerFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    m_removal = Removal::None;
    if (parent.isValid())
        return;
    std::vector<int> positions;
    for (int row = first; row <= last; ++row) {
        if (m_position[row] >= 0)
            positions.push_back(m_position[row]);
    }
    if (positions.empty())
        return;
    std::sort(positions.begin(), positions.end());
    if (positions.back() - positions.front() + 1 == int(positions.size())) {
        m_removal = Removal::Rows;
        beginRemoveRows({}, positions.front(), positions.back());
    } else {
        m_removal = Removal::Reset;
        beginResetModel();
    }
}

void CustomerFilterProxy::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    m_order.remove(first, last);
    if (isFiltered()) {
        m_matches.erase(m_matches.begin() + first, m_matches.begin() + last + 1);
        std::erase_if(m_matching, [first, last](int row) { return row >= first && row <= last; });
        for (int &row : m_matching) {
            if (row > last)
                row -= last - first + 1;
        }
    }
    updatePositions();
    if (m_removal == Removal::Rows)
        endRemoveRows();
    else if (m_removal == Removal::Reset)
        endResetModel();
    m_removal = Removal::None;
}

void CustomerFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // A customer refreshed in place may move, or start or stop matching.
    relayout([&] {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            m_order.update(row);
            if (isFiltered())
                m_matches[row] = m_source->searchIndex().matches(row, m_needle);
        }
        if (isFiltered())
            collectMatching(m_order.rows());
    });
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (const int shownRow = m_position[row]; shownRow >= 0)
            emit dataChanged(index(shownRow, 0), index(shownRow, columnCount() - 1));
    }
}
