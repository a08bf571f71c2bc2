#pragma once

#include <QLabel>

// A one-line label that, when narrower than its text, ends it with "…" instead of being cut or
// pushing its neighbours off-screen. The whole text stays in text(), the tooltip and the
// accessible name.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};
