#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

// One record of a run journal as one line of JSON that checks itself: the object, then as its
// last member "check", the first 32 bits of the SHA-256 of the line up to that member. A line
// counts only when it is whole: its check matches and its line break is there. So a record torn
// by a crash or a power loss (cut short, zero-filled, or mixed with older sectors) is never
// mistaken for one, and each line is still plain JSON for jq.
class JournalLine
{
public:
    // The line, ending in '\n'. The record has at least one member and none named "check".
    static QByteArray encode(const QJsonObject &record);
    // The record of a line without its '\n'; nothing when the line is not a whole record.
    static std::optional<QJsonObject> decode(QByteArrayView line);
};
