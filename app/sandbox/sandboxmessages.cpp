#include "sandboxmessages.h"

#include <QFile>
#include <QHash>
#include <QMetaEnum>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Catalog
{
    QStringList languages;
    QHash<int, QStringList> texts; // by Message; one text per language
};

// Read once; a broken or incomplete file is a build mistake, caught by tst_sandboxmessages.
const Catalog &catalog()
{
    static const Catalog loaded = [] {
        Catalog c;
        QFile file(u":/sandbox/messages.tsv"_s);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("SandboxMessages: resources/sandbox/messages.tsv is not embedded");
        const QMetaEnum names = QMetaEnum::fromType<SandboxMessages::Message>();
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).chopped(1);
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QStringList cells = line.split(u'\t');
            const QString name = cells.takeFirst();
            if (c.languages.isEmpty()) {
                c.languages = cells;
                continue;
            }
            bool ok = false;
            const int value = names.keyToValue(name.toLatin1().constData(), &ok);
            if (ok)
                c.texts.insert(value, cells);
            else
                qWarning("SandboxMessages: unknown message %s", qPrintable(name));
        }
        return c;
    }();
    return loaded;
}

} // namespace

QStringList SandboxMessages::languages()
{
    return catalog().languages;
}

QString SandboxMessages::text(Message message, const QString &locale, const QStringList &args)
{
    const Catalog &c = catalog();
    const QString language = locale.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    const QStringList texts = c.texts.value(int(message));
    const qsizetype column = std::max<qsizetype>(0, c.languages.indexOf(language));
    QString result = texts.value(column);
    if (result.isEmpty())
        result = texts.value(0);
    for (const QString &arg : args)
        result = result.arg(arg);
    return result;
}
