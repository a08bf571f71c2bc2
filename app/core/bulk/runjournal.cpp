#include "runjournal.h"

#include "core/api/clock.h"
#include "core/bulk/journalline.h"
#include "core/bulk/runjournalreader.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {
// Waits until what was written to fd is on the disk, not only in the page cache.
bool syncToDisk(int fd)
{
#if defined(Q_OS_WIN)
    return ::_commit(fd) == 0;
#elif defined(Q_OS_DARWIN)
    // macOS's fsync() leaves the data in the drive's cache; F_FULLFSYNC does not.
    return ::fcntl(fd, F_FULLFSYNC) == 0 || ::fsync(fd) == 0;
#else
    // fdatasync also writes the file size, which every append changes.
    return ::fdatasync(fd) == 0;
#endif
}

// A new file is only found after a power loss once its folder's entry is on the disk too.
void syncDirectory(const QString &path)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path) // NTFS journals its directory entries itself
#endif
}
} // namespace

RunJournal::RunJournal(Clock *clock)
    : m_clock(clock)
{
}

RunJournal::~RunJournal() = default;

bool RunJournal::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool RunJournal::create(const QString &path, const RunRecord &started)
{
    m_file.close();
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
        return fail(m_file.errorString());
    m_sequence = 0;
    if (!append(started))
        return false;
    syncDirectory(folder);
    return true;
}

bool RunJournal::resume(const QString &path)
{
    m_file.close();
    const JournalScan scan = RunJournalReader::read(path);
    if (!scan.error.isEmpty())
        return fail(scan.error);
    if (scan.records.isEmpty() || scan.records.constFirst().type != RunRecord::Type::RunStarted)
        return fail(tr("The file is not the journal of a run."));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return fail(m_file.errorString());
    // Whatever follows the last whole line is a record torn by the crash: gone, so that the
    // next record starts on a line of its own.
    if (m_file.size() != scan.validLength && (!m_file.resize(scan.validLength) || !syncFile()))
        return fail(m_file.errorString());
    if (!m_file.seek(scan.validLength))
        return fail(m_file.errorString());
    m_sequence = scan.records.constLast().sequence;
    return append(RunRecord::runResumed());
}

bool RunJournal::append(RunRecord record)
{
    if (!m_file.isOpen())
        return fail(tr("The journal is not open."));
    record.sequence = ++m_sequence;
    if (!record.time.isValid())
        record.time = m_clock->now().toUTC();
    const QByteArray line = JournalLine::encode(record.toJson());
    const qint64 end = m_file.pos();
    // One write of the whole line: a crash leaves a prefix of it at worst, which the reader
    // sees as torn.
    if (m_file.write(line) != line.size() || !syncFile()) {
        const QString error = m_file.errorString();
        // Half a line left behind (a full disk) would swallow the next record: take it back.
        if (m_file.resize(end))
            m_file.seek(end);
        --m_sequence;
        return fail(error);
    }
    m_error.clear();
    return true;
}

bool RunJournal::syncFile()
{
    return syncToDisk(m_file.handle());
}
