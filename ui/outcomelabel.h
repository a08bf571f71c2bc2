#pragma once

#include "ui/palette.h"

#include <QLabel>
#include <QPointer>

#include <functional>

// The outcome of the last action on a page or panel (✓ / ⚠ / ✗, or what is being done). An
// outcome belongs to the customer and the item it was produced for, and goes by itself when the
// page moves on: another customer or item is shown, the customer's state is gone, or the page is
// left (hidden, as by switching a tab or going back to Customers after a reset or sign-out —
// not by minimising the window). Every page and panel shows its outcomes through one of these, so
// an outcome can never outlive what it was about.
class OutcomeLabel : public QLabel
{
    Q_OBJECT

public:
    // What an outcome is about: the customer's state (any QObject that lives as long as the
    // customer is shown) and an item of it (a subscription or order id; empty for the customer).
    struct Scope
    {
        const QObject *customer = nullptr;
        QString item;
        bool operator==(const Scope &other) const = default;
    };
    // Asked again after a language switch, so the outcome follows the language.
    using Wording = std::function<QString()>;

    explicit OutcomeLabel(QWidget *parent = nullptr);

    // What the page shows now. An outcome about anything else is cleared.
    void setScope(const Scope &scope);
    Scope scope() const { return m_scope; }
    // Shows an outcome about `about`; ignored unless that is what the page shows now (a job
    // finishing after the user moved on).
    void showOutcome(const Scope &about, Palette::Outcome outcome, Wording wording);
    void clear();
    bool hasOutcome() const { return bool(m_wording); }

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    Scope m_scope;
    QPointer<QObject> m_customer;
    Palette::Outcome m_outcome = Palette::Outcome::Neutral;
    Wording m_wording;
};
