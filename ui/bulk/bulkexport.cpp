#include "bulkexport.h"

#include "core/bulk/bulkreport.h"
#include "ui/messageboxes.h"

#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

void BulkExport::chooseFile(QWidget *parent, const QString &title, const QString &defaultName,
                            const std::function<void(const QString &)> &save)
{
    auto *dialog = new QFileDialog(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;JSON files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(defaultName);
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(u"json"_s) ? u"json"_s : u"csv"_s);
    });
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, save);
    dialog->open();
}

bool BulkExport::write(QMainWindow *window, const QString &path, const QJsonObject &json,
                       const QList<QStringList> &rows)
{
    QString error;
    if (!BulkReport::write(path, json, rows, &error)) {
        MessageBoxes::critical(
            window, tr("Export failed"),
            tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    window->statusBar()->showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}
