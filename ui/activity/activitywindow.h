#pragma once

#include "ui/urlopener.h"

#include <QMainWindow>

class ActivityFilter;
class ActivityFilterBar;
class ActivityModel;
class ActivityTableView;
class HeadingLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class StatePanel;

// View → Activity: the audit log — every change ever made from this computer — as a table
// with search, filters, Export CSV… and Open data folder. Opens at once on a log of any length
// and follows it while open.
class ActivityWindow : public QMainWindow
{
    Q_OBJECT

public:
    // auditLogPath: the log to show; its folder is the data folder.
    explicit ActivityWindow(const QString &auditLogPath, QWidget *parent = nullptr);

    // Writes the entries as filtered and sorted; false with a message shown on failure.
    bool exportCsvTo(const QString &path);
    void setUrlOpener(UrlOpener::Function opener) { m_openUrl = std::move(opener); }

    ActivityModel *model() const { return m_model; }
    ActivityFilter *filter() const { return m_filter; }
    ActivityTableView *tableView() const { return m_table; }
    ActivityFilterBar *filterBar() const { return m_filters; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    StatePanel *statePanel() const { return m_state; }
    QLabel *countLabel() const { return m_count; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void exportCsv();
    void openDataFolder();

    ActivityModel *m_model;
    ActivityFilter *m_filter;
    HeadingLabel *m_heading;
    QLabel *m_intro;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    ActivityFilterBar *m_filters;
    QStackedWidget *m_stack;
    ActivityTableView *m_table;
    StatePanel *m_state;
    QLabel *m_damaged;
    UrlOpener::Function m_openUrl = UrlOpener::system();
};
