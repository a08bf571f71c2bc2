#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
QString plainText(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    while (text.endsWith(u'…') || text.endsWith(u'.'))
        text.chop(1);
    return text;
}

void addMenuEntries(const QMenu *menu, const QString &path, QList<ShortcutsDialog::Entry> *out)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QMenu *sub = action->menu()) {
            addMenuEntries(sub, path + u" → "_s + plainText(sub->title()), out);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        for (const QKeySequence &key : keys)
            out->append({path, plainText(action->text()), key.toString(QKeySequence::NativeText)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
    , m_list(new QTreeWidget(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    resize(560, 460);
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    retranslateUi();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QWidget *window)
{
    QList<Entry> out;
    if (const QMenuBar *bar = window->findChild<QMenuBar *>()) {
        const QList<QAction *> menus = bar->actions();
        for (const QAction *action : menus) {
            if (const QMenu *menu = action->menu(); menu && action->isVisible())
                addMenuEntries(menu, plainText(menu->title()), &out);
        }
    }
    // Keys a page answers to on its own: its QShortcut says what it does in whatsThis.
    const QString pages = tr("Pages");
    const QList<QShortcut *> shortcuts = window->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts) {
        if (!shortcut->isEnabled() || shortcut->whatsThis().isEmpty())
            continue;
        const QList<QKeySequence> keys = shortcut->keys();
        for (const QKeySequence &key : keys)
            out.append({pages, shortcut->whatsThis(), key.toString(QKeySequence::NativeText)});
    }
    // Keys the widgets bring themselves.
    const auto key = [](QKeyCombination combination) {
        return QKeySequence(combination).toString(QKeySequence::NativeText);
    };
    out.append({pages, tr("Open the selected customer"), key(Qt::Key_Return)});
    out.append({pages, tr("Next section of a customer (Subscriptions, Purchases, Account)"),
                key(Qt::CTRL | Qt::Key_Tab)});
    out.append(
        {pages, tr("Previous section of a customer"), key(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    const QString everywhere = tr("Everywhere");
    out.append({everywhere, tr("Next control"), key(Qt::Key_Tab)});
    out.append({everywhere, tr("Previous control"), key(Qt::SHIFT | Qt::Key_Tab)});
    out.append({everywhere, tr("Open a menu, or use the control whose letter is underlined"),
                tr("Alt+letter", "the Alt key with the underlined letter")});
    return out;
}

void ShortcutsDialog::fill()
{
    m_list->clear();
    QString group;
    const QList<Entry> all = entries(m_window);
    for (const Entry &entry : all) {
        if (entry.group != group) {
            group = entry.group;
            auto *heading = new QTreeWidgetItem(m_list, {group});
            heading->setFirstColumnSpanned(true);
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
        }
        new QTreeWidgetItem(m_list, {entry.keys, entry.what});
    }
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    // The window's keys change as pages come and go; the list is read when it is shown.
    fill();
    QDialog::showEvent(event);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Key"), tr("Action")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    fill();
}
