#pragma once

#include "core/activity/activityrow.h"

#include <QAbstractTableModel>
#include <QFileSystemWatcher>
#include <QList>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

// The audit log as a table, newest first: every change ever made from this computer. Opens at
// once however long the log is: a worker thread reads it from the end backwards and the rows
// arrive in blocks (the first screenful within milliseconds), one rowsInserted per block at the
// bottom. While open it follows the file: lines appended by this app or by partnerdesk-cli
// appear at the top. A damaged line is skipped and counted.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        CustomerColumn,
        ActionColumn,
        ItemColumn,
        ChangeColumn,
        ResultColumn,
        DetailsColumn,
        CorrelationIdColumn,
        UserColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        // The untranslated value: milliseconds since the epoch, wire names, names and IDs.
        SortRole = Qt::UserRole + 1,
    };

    explicit ActivityModel(QObject *parent = nullptr);
    ~ActivityModel() override;

    // Starts reading path (again). A missing file is an empty log that may appear later.
    void open(const QString &path);
    QString path() const { return m_path; }
    bool isLoading() const { return m_loading; }
    // Lines that are not entries (damaged by a crash or an editor), skipped.
    int damagedLines() const { return m_damaged; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ActivityRow &rowAt(int row) const { return m_rows.at(row); }
    const AuditEntry &entryAt(int row) const { return m_rows.at(row).entry; }

    // Reads the lines appended since the last read; the file watcher calls it, and so may
    // anyone who knows the file grew.
    void readAppended();

    static QString outcomeText(AuditEntry::Outcome outcome);

signals:
    void loadingChanged(bool loading);

private:
    struct Scan;

    void stopScan();
    void watch();
    void appendOlder(QList<ActivityRow> rows);
    void finishScan(int damaged);
    QString displayText(const AuditEntry &entry, int column) const;

    QString m_path;
    QList<ActivityRow> m_rows;  // newest first
    ActivityRowParser m_parser; // for appended lines, on this thread
    qint64 m_end = 0;           // where the appended lines start
    bool m_loading = false;
    int m_damaged = 0;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    QFileSystemWatcher m_watcher;
};
