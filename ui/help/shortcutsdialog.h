#pragma once

#include <QDialog>
#include <QList>

class QTreeWidget;

// Help → Keyboard shortcuts: every key the window answers to. Read from the window itself —
// its menus' shortcuts, and each QShortcut that names what it does in its whatsThis — plus the
// keys the widgets bring, so the list cannot promise a key that does nothing.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group;
        QString what;
        QString keys; // as the platform writes them: "Ctrl+E"
    };

    explicit ShortcutsDialog(QWidget *window);

    // What the list shows for `window`, in the current language.
    static QList<Entry> entries(const QWidget *window);
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QWidget *m_window;
    QTreeWidget *m_list;
};
