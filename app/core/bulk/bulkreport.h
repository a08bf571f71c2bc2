#pragma once

#include "core/bulk/bulkcustomer.h"
#include "core/bulk/runstate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// A bulk run's report and a bulk plan, as people and scripts read them. The report is rebuilt
// from the run's journal, so it is the same right after the run and any time later: per
// customer the result, why (and until when) it is not removed, and every action with its
// outcome and correlation ID. JSON and CSV carry stable keys and wire names; the translated
// texts are for the table and the window.
class BulkReport
{
    Q_DECLARE_TR_FUNCTIONS(BulkReport)

public:
    static QString resultText(RunRecord::CustomerResult result);
    // In the plan: what would happen to the customer.
    static QString plannedText(RunRecord::CustomerResult result);
    static QString actionResultText(RunActionState::Status status);
    // The customers no result covers: not started because the run stopped or was cancelled.
    static QString notStartedText();
    // Why a customer is not removed, and until when when that is known.
    static QString reasonText(const QString &reason, const QDateTime &until);
    // What the admin does next about a customer the run did not remove.
    static QString whatToDo(const RunCustomerState &customer);

    static QJsonObject runJson(const RunState &run);
    // One row per action (a customer without actions gets one row), with a header row.
    static QList<QStringList> runRows(const RunState &run);
    static QJsonObject planJson(const QList<BulkCustomer> &plan);
    static QList<QStringList> planRows(const QList<BulkCustomer> &plan);

    // RFC 4180, CRLF, UTF-8 with a BOM (as every CSV the app writes).
    static QByteArray csv(const QList<QStringList> &rows);
    // JSON for a path ending in .json, else CSV; false with error set when it cannot be written.
    static bool write(const QString &path, const QJsonObject &json, const QList<QStringList> &rows,
                      QString *error);
};
