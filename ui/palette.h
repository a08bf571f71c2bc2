#pragma once

#include "core/models/statetablemodel.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

class QLabel;
class QWidget;

// How the app looks beyond the platform's style, in one place: the colours of an outcome and of
// a status, the error banner, and the icons. Core keeps raw values and tones; only this decides
// what colour or icon they get. Colour is always a hint next to words (✓ / ✗, the status name),
// never the only signal.
class Palette
{
public:
    enum class Icon { App, Ready, Warning, Busy, Information, Copy, Done };

    static QColor success();
    static QColor failure();
    // The tint of a table cell with a tone (a subscription's status).
    static QColor tone(StateTableModel::Tone tone);

    static QColor uncertain();

    // Shows text as an outcome: green for success, red for failure, amber for a change that may
    // or may not have been made, the normal colour for a message that is none (e.g. "Sending…").
    enum class Outcome { Neutral, Success, Failure, Uncertain };
    static void setOutcome(QLabel *label, Outcome outcome, const QString &text);
    // A light red box around an error shown above content that is still there.
    static void styleAsErrorBanner(QLabel *label);

    static QIcon icon(Icon which, const QWidget *widget = nullptr);
    // The mark before a row that belongs under the row above it (an add-on under its base): a
    // tree's corner line, in the text's muted colour.
    static QIcon childRow();
    static QPixmap pixmap(Icon which, int size, const QWidget *widget);
};
