#include "tsfile.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

QString TsMessage::label() const
{
    QString result = context + u" / \""_s + source + u'"';
    if (!comment.isEmpty())
        result += u" ("_s + comment + u')';
    return result;
}

TsFile TsFile::read(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "TS"_L1) {
                ts.language = xml.attributes().value("language"_L1).toString();
            } else if (name == "context"_L1) {
                context.clear();
            } else if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (name == "source"_L1) {
                message.source = xml.readElementText();
            } else if (name == "comment"_L1) {
                message.comment = xml.readElementText();
            } else if (name == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.translation = xml.readElementText();
            } else if (name == "numerusform"_L1) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

const TsMessage *TsFile::find(const QString &context, const QString &source,
                              const QString &comment) const
{
    for (const TsMessage &m : messages) {
        if (m.context == context && m.source == source && m.comment == comment)
            return &m;
    }
    return nullptr;
}
