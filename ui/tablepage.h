#pragma once

#include "ui/statepanel.h"

#include <QWidget>

class HeadingLabel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

// The shape of every page that shows one table (Customers, a customer's Subscriptions and
// Purchases): an optional heading, a toolbar (the page's own widgets first, its buttons and
// Refresh last), a banner for an error while rows are still shown, and either the table (with
// the selected row's details beside or under it) or a state panel saying why there is none —
// loading, empty, failed — with the one button that helps.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    QPushButton *refreshButton() const { return m_refresh; }
    StatePanel *statePanel() const { return m_state; }
    QString bannerText() const;
    bool isShowingContent() const;

signals:
    void refreshRequested();
    // The state panel's button (Retry, Clear search, …).
    void stateButtonClicked();

protected:
    enum class Kind { Page, Section };

    // A Page has a heading and the window's margins; a Section sits in a customer's tab.
    explicit TablePage(Kind kind, QWidget *parent = nullptr);

    HeadingLabel *heading() const { return m_heading; }
    // The page's widgets, left to right, before the stretch.
    void addToolbarWidget(QWidget *widget, int stretch = 0);
    // The page's buttons, before Refresh.
    void addToolbarButton(QPushButton *button);
    // The table, and the details of its selected row (detailWidth wide when beside it). Call
    // last: the tab order follows the toolbar into the table.
    void setContent(QWidget *table, QWidget *details = nullptr, int detailWidth = 0);

    void showContent();
    void showState(StatePanel::Tone tone, const QString &title, const QString &text,
                   const QString &buttonText = {});
    // Hidden when empty.
    void setBanner(const QString &text);

private:
    HeadingLabel *m_heading = nullptr;
    QHBoxLayout *m_toolbar;
    // Toolbar widgets before the stretch; buttons and Refresh after it.
    int m_leading = 0;
    int m_trailing = 1;
    // The toolbar's focusable widgets in order, then the table.
    QList<QWidget *> m_tabChain;
    QPushButton *m_refresh;
    QLabel *m_banner;
    QStackedWidget *m_stack;
    QWidget *m_content = nullptr;
    StatePanel *m_state;
};
