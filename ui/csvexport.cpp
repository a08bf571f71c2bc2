#include "csvexport.h"

#include "core/models/tablecsvwriter.h"
#include "ui/messageboxes.h"

#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

void CsvExport::chooseFile(QWidget *parent, const QString &defaultName,
                           const std::function<void(const QString &)> &save)
{
    auto *dialog =
        new QFileDialog(parent, tr("Export to CSV"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(defaultName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, save);
    dialog->open();
}

bool CsvExport::write(QMainWindow *window, const QAbstractItemModel &rows, const QString &path,
                      const QString &written)
{
    QString error;
    if (TableCsvWriter::writeFile(rows, path, &error)) {
        window->statusBar()->showMessage(written.arg(QDir::toNativeSeparators(path)), 8000);
        return true;
    }
    MessageBoxes::critical(
        window, tr("Export failed"),
        tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}
