#include "detailsform.h"

#include <QFormLayout>
#include <QLabel>
#include <QResizeEvent>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

DetailsForm::DetailsForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
}

QLabel *DetailsForm::createValueLabel(Value kind, QWidget *parent)
{
    auto *value = new QLabel(parent);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(kind == Value::Text);
    // Mouse-selectable only: read-only values are not tab stops.
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    m_form->addRow(label, value);
    m_labels.append(label);
    m_values.append(value);
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
    setValueText(m_values.at(row), text);
    arrange();
}

void DetailsForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void DetailsForm::arrange()
{
    // QFormLayout's own WrapLongRows can leave an identifier a few pixels short of its width;
    // so when any row needs more than the form has, every label goes above its value (which
    // also keeps the rows looking alike).
    int labels = 0;
    int values = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (m_values.at(row)->isHidden())
            continue;
        labels = std::max(
            {labels, m_labels.at(row)->sizeHint().width(), m_labels.at(row)->minimumWidth()});
        values = qMax(values, m_values.at(row)->minimumSizeHint().width());
    }
    const int needed = labels + m_form->horizontalSpacing() + values;
    const auto policy = width() < needed ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows;
    if (policy != m_form->rowWrapPolicy())
        m_form->setRowWrapPolicy(policy);
}

void DetailsForm::setRowVisible(int row, bool visible)
{
    m_form->setRowVisible(row, visible);
}
