#include "console.h"

#include <cstdio>

namespace {
void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString withNewline(const QString &line)
{
    return line.endsWith(u'\n') ? line : line + u'\n';
}
} // namespace

void Console::out(const QString &text)
{
    write(stdout, text);
}

void Console::err(const QString &text)
{
    write(stderr, text);
}

void Console::outLine(const QString &line)
{
    write(stdout, withNewline(line));
}

void Console::errLine(const QString &line)
{
    write(stderr, withNewline(line));
}
