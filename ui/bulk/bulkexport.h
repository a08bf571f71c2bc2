#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

class QMainWindow;
class QWidget;

// Export of a bulk plan or report: a save dialog that does not block and offers CSV or JSON,
// then the file written as BulkReport writes it (the CLI's --report format), said in the
// window's status bar, or why not in a message.
class BulkExport
{
    Q_DECLARE_TR_FUNCTIONS(BulkExport)

public:
    static void chooseFile(QWidget *parent, const QString &title, const QString &defaultName,
                           const std::function<void(const QString &path)> &save);
    // JSON for a path ending in .json, else CSV; false, after saying why, when not written.
    static bool write(QMainWindow *window, const QString &path, const QJsonObject &json,
                      const QList<QStringList> &rows);
};
