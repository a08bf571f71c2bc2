#include "activitymodel.h"

#include "core/activity/reverselinereader.h"
#include "core/audit/auditaction.h"
#include "core/display/displayformat.h"
#include "core/display/displaynames.h"
#include "core/domain/subscriptionstatus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {
// The first block is about a screenful, so the newest rows show at once; then larger blocks.
constexpr qint64 FirstBlock = 32 * 1024;
constexpr qint64 Block = 1024 * 1024;

// Where the log's whole lines end: a line still being written by another process is left for
// readAppended() to pick up once it is whole.
qint64 wholeLinesEnd(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    qint64 end = file.size();
    while (end > 0) {
        const qint64 from = qMax<qint64>(0, end - 4096);
        file.seek(from);
        const QByteArray tail = file.read(end - from);
        const qsizetype newline = tail.lastIndexOf('\n');
        if (newline >= 0)
            return from + newline + 1;
        end = from;
    }
    return 0;
}

bool isSubscriptionAction(const QString &name)
{
    const auto action = AuditAction::fromName(name);
    return action == AuditAction::SuspendSubscription ||
           action == AuditAction::ReactivateSubscription ||
           action == AuditAction::CancelSubscription ||
           action == AuditAction::ChangeSubscriptionStatus;
}

QString statusText(const AuditEntry &entry, const QString &status)
{
    if (status.isEmpty() || !isSubscriptionAction(entry.action))
        return status;
    return DisplayNames::subscriptionStatus(SubscriptionStatus::fromWire(status));
}
} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        readAppended();
        watch(); // a file replaced under the same name is watched anew
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watch();
        readAppended();
    });
}

ActivityModel::~ActivityModel()
{
    stopScan();
}

void ActivityModel::stopScan()
{
    if (!m_thread)
        return;
    m_stop->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ActivityModel::open(const QString &path)
{
    stopScan();
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    endResetModel();
    m_path = path;
    m_parser = ActivityRowParser();
    m_damaged = 0;
    m_end = wholeLinesEnd(path);
    watch();
    if (m_end == 0) {
        finishScan(0);
        return;
    }
    if (!std::exchange(m_loading, true))
        emit loadingChanged(true);

    // The worker reads lines [0, m_end) backwards; readAppended() takes those after m_end. Its
    // blocks are posted to this object, so one left over from an earlier open() is recognised
    // by its stop flag, which that open() has set.
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_stop = stop;
    m_thread = QThread::create([this, stop, path, end = m_end] {
        ReverseLineReader reader(path, end);
        ActivityRowParser parser;
        int damaged = 0;
        qint64 block = FirstBlock;
        if (reader.open()) {
            while (!reader.atStart() && !stop->load()) {
                const QList<QByteArray> lines = reader.previousLines(block);
                block = Block;
                QList<ActivityRow> rows;
                rows.reserve(lines.size());
                for (const QByteArray &line : lines) {
                    if (std::optional<ActivityRow> row = parser.parse(line))
                        rows.append(std::move(*row));
                    else
                        ++damaged;
                }
                QMetaObject::invokeMethod(
                    this,
                    [this, stop, rows = std::move(rows)]() mutable {
                        if (!stop->load())
                            appendOlder(std::move(rows));
                    },
                    Qt::QueuedConnection);
            }
        }
        damaged += reader.skippedLines();
        QMetaObject::invokeMethod(
            this,
            [this, stop, damaged] {
                if (!stop->load())
                    finishScan(damaged);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void ActivityModel::appendOlder(QList<ActivityRow> rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(std::move(rows));
    endInsertRows();
}

void ActivityModel::finishScan(int damaged)
{
    m_damaged += damaged;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
#ifdef __GLIBC__
        // The worker's parsing left a third of the peak as free heap between the rows it
        // made; hand it back to the system rather than keep it for the app's lifetime.
        malloc_trim(0);
#endif
    }
    if (std::exchange(m_loading, false))
        emit loadingChanged(false);
}

void ActivityModel::watch()
{
    if (m_path.isEmpty())
        return;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(folder) && QFileInfo::exists(folder))
        m_watcher.addPath(folder);
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void ActivityModel::readAppended()
{
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const qint64 size = file.size();
    if (size < m_end) {
        // Shorter than what was read: replaced or emptied, so what the rows say is gone.
        open(m_path);
        return;
    }
    if (size == m_end || !file.seek(m_end))
        return;
    QByteArray data = file.read(size - m_end);
    const qsizetype last = data.lastIndexOf('\n');
    if (last < 0)
        return; // a line still being written
    data.truncate(last + 1);
    m_end += data.size();

    QList<ActivityRow> rows;
    for (const QByteArray &line : data.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (std::optional<ActivityRow> row = m_parser.parse(line))
            rows.append(std::move(*row));
        else
            ++m_damaged;
    }
    if (rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(rows.size() - 1));
    for (ActivityRow &row : rows)
        m_rows.prepend(std::move(row)); // the newest ends up first
    endInsertRows();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::outcomeText(AuditEntry::Outcome outcome)
{
    switch (outcome) {
    case AuditEntry::Outcome::Attempted:
        return tr("Attempted", "result of a change in the activity log: sent, answer not yet in");
    case AuditEntry::Outcome::Succeeded:
        return tr("Succeeded", "result of a change in the activity log");
    case AuditEntry::Outcome::Failed:
        return tr("Failed", "result of a change in the activity log");
    case AuditEntry::Outcome::Refused:
        return tr("Refused", "result of a change in the activity log: not sent, refused here");
    case AuditEntry::Outcome::Cancelled:
        return tr("Cancelled", "result of a change in the activity log: stopped by the user");
    case AuditEntry::Outcome::Unknown:
        return tr("Not known", "result of a change in the activity log: its answer was lost and "
                               "reading it back failed; it may or may not have been made");
    }
    return {};
}

QString ActivityModel::displayText(const AuditEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return DisplayFormat::dateTime(entry.time);
    case CustomerColumn:
        return entry.customerName.isEmpty() ? entry.customerId : entry.customerName;
    case ActionColumn:
        return AuditAction::displayName(entry.action);
    case ItemColumn:
        return entry.itemName.isEmpty() ? entry.itemId : entry.itemName;
    case ChangeColumn: {
        const QString from = statusText(entry, entry.oldStatus);
        const QString to = statusText(entry, entry.newStatus);
        if (from.isEmpty() || to.isEmpty())
            return from + to;
        return tr("%1 → %2", "a status change: old → new").arg(from, to);
    }
    case ResultColumn:
        return outcomeText(entry.outcome);
    case DetailsColumn:
        if (entry.errorCode.isEmpty())
            return entry.errorMessage;
        return tr("%1 (code %2)", "an error message and its code")
            .arg(entry.errorMessage, entry.errorCode);
    case CorrelationIdColumn:
        return entry.correlationId;
    case UserColumn:
        return entry.user;
    }
    return {};
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_rows.at(index.row()).entry;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CustomerColumn) {
            QStringList lines;
            for (const QString &line : {entry.customerName, entry.customerDomain, entry.customerId})
                if (!line.isEmpty())
                    lines.append(line);
            return lines.join(u'\n');
        }
        if (index.column() == ItemColumn)
            return entry.itemId;
        return displayText(entry, index.column());
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toMSecsSinceEpoch();
        case ActionColumn:
            return entry.action;
        case ResultColumn:
            return AuditEntry::outcomeToText(entry.outcome);
        default:
            return displayText(entry, index.column());
        }
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time", "column of the activity log");
    case CustomerColumn:
        return tr("Customer", "column of the activity log");
    case ActionColumn:
        return tr("Action", "column of the activity log");
    case ItemColumn:
        return tr("Item", "column of the activity log: the subscription or order changed");
    case ChangeColumn:
        return tr("Change", "column of the activity log: old status → new status");
    case ResultColumn:
        return tr("Result", "column of the activity log");
    case DetailsColumn:
        return tr("Details", "column of the activity log: the error, if any");
    case CorrelationIdColumn:
        return tr("Correlation ID", "column of the activity log");
    case UserColumn:
        return tr("User", "column of the activity log: who was signed in");
    }
    return {};
}
