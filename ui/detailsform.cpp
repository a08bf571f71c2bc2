#include "detailsform.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QResizeEvent>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

DetailsForm::DetailsForm(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(6);
}

QLabel *DetailsForm::createValueLabel(Value kind, QWidget *parent)
{
    auto *value = new QLabel(parent);
    value->setTextFormat(kind == Value::Links ? Qt::RichText : Qt::PlainText);
    value->setWordWrap(kind != Value::Identifier);
    // Mouse-selectable only: read-only values are not tab stops; links are.
    value->setTextInteractionFlags(kind == Value::Links ? Qt::TextBrowserInteraction
                                                        : Qt::TextSelectableByMouse);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return value;
}

void DetailsForm::setValueText(QLabel *label, const QString &text)
{
    label->setText(text.trimmed().isEmpty() ? u"—"_s : text);
}

int DetailsForm::addRow(Value kind)
{
    auto *label = new QLabel(this);
    QLabel *value = createValueLabel(kind, this);
    label->setBuddy(value);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (kind == Value::Links)
        value->installEventFilter(this);
    if (kind == Value::Identifier) {
        // Its width is this form's decision (beside or under the label), not a minimum that
        // would keep the whole panel from narrowing.
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_labels.append(label);
    m_values.append(value);
    m_kinds.append(kind);
    m_wrapped.clear();
    arrange();
    return int(m_values.size()) - 1;
}

void DetailsForm::setLabel(int row, const QString &text)
{
    m_labels.at(row)->setText(text);
    // Screen readers announce the value under its visible label.
    m_values.at(row)->setAccessibleName(QString(text).remove(u':').trimmed());
    arrange();
}

void DetailsForm::setValue(int row, const QString &text)
{
    if (m_kinds.at(row) == Value::Links) {
        // Plain text in a links row: shown as text, and no keyboard stop without a link.
        m_values.at(row)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        setValueText(m_values.at(row), text.toHtmlEscaped());
        arrange();
        return;
    }
    setValueText(m_values.at(row), text);
    // An identifier is never wrapped: should a narrow panel still cut it, the whole of it is a
    // hover away.
    if (m_kinds.at(row) == Value::Identifier)
        m_values.at(row)->setToolTip(text);
    arrange();
}

void DetailsForm::setLinks(int row, const QList<std::pair<QString, QString>> &keysAndNames)
{
    QStringList links;
    for (const auto &[key, name] : keysAndNames)
        links.append(u"<a href=\"%1\">%2</a>"_s.arg(key.toHtmlEscaped(), name.toHtmlEscaped()));
    // One per line: a name with commas of its own stays readable.
    setValueText(m_values.at(row), links.join(u"<br>"_s));
    m_values.at(row)->setTextInteractionFlags(links.isEmpty() ? Qt::TextSelectableByMouse
                                                              : Qt::TextBrowserInteraction);
    arrange();
}

void DetailsForm::setRowVisible(int row, bool visible)
{
    m_labels.at(row)->setVisible(visible);
    m_values.at(row)->setVisible(visible);
    arrange();
}

bool DetailsForm::eventFilter(QObject *watched, QEvent *event)
{
    // Tab into a label with links lands on the label itself, which shows no focus; one more Tab
    // would reach its first link. Go on to the first (or, backwards, the last) link once the
    // label has taken the focus, unless a link has it by then.
    const auto *label = qobject_cast<QLabel *>(watched);
    if (label && event->type() == QEvent::FocusIn) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason) {
            const bool forward = reason == Qt::TabFocusReason;
            QMetaObject::invokeMethod(
                this,
                [links = QPointer<QLabel>(const_cast<QLabel *>(label)), forward] {
                    if (!links || !links->hasFocus() || links->hasSelectedText())
                        return;
                    QKeyEvent key(QEvent::KeyPress, forward ? Qt::Key_Tab : Qt::Key_Backtab,
                                  forward ? Qt::NoModifier : Qt::ShiftModifier);
                    QCoreApplication::sendEvent(links, &key);
                },
                Qt::QueuedConnection);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DetailsForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void DetailsForm::arrange()
{
    int labelWidth = 0;
    for (const QLabel *label : std::as_const(m_labels)) {
        // A row that does not apply does not widen the labels' column.
        if (label->isHidden())
            continue;
        labelWidth = std::max({labelWidth, label->sizeHint().width(), label->minimumWidth()});
    }
    const int spacing = m_grid->horizontalSpacing();
    const int beside = width() - labelWidth - spacing;
    QList<int> wrapped;
    for (int row = 0; row < rowCount(); ++row) {
        const bool tooWide = m_kinds.at(row) == Value::Identifier &&
                             m_values.at(row)->minimumSizeHint().width() > beside;
        wrapped.append(tooWide ? 1 : 0);
    }
    if (wrapped == m_wrapped)
        return;
    m_wrapped = wrapped;
    for (int row = 0; row < rowCount(); ++row) {
        m_grid->removeWidget(m_labels.at(row));
        m_grid->removeWidget(m_values.at(row));
    }
    int line = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (wrapped.at(row)) {
            m_grid->addWidget(m_labels.at(row), line++, 0, 1, 2);
            m_grid->addWidget(m_values.at(row), line++, 0, 1, 2);
        } else {
            m_grid->addWidget(m_labels.at(row), line, 0);
            m_grid->addWidget(m_values.at(row), line++, 1);
        }
    }
}
