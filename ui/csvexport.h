#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QMainWindow;
class QWidget;

// Export to CSV as every table of the app does it: a save dialog that does not block, then the
// rows as shown (TableCsvWriter), and a message naming the file when it cannot be written.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // Asks where to save, starting in Documents with defaultName, then calls save(path).
    static void chooseFile(QWidget *parent, const QString &defaultName,
                           const std::function<void(const QString &path)> &save);
    // Writes rows to path and says so in the window's status bar (`written`, with %1 for the
    // file); false, after saying why, when the file cannot be written.
    static bool write(QMainWindow *window, const QAbstractItemModel &rows, const QString &path,
                      const QString &written);
};
