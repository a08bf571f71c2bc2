#include "runjournalstore.h"

#include "core/bulk/runjournal.h"
#include "core/bulk/runjournalreader.h"

#include <QDir>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Suffix = u".jsonl"_s;
}

RunJournalStore::RunJournalStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString RunJournalStore::folderIn(const QString &dataFolder)
{
    return dataFolder + "/runs"_L1;
}

QString RunJournalStore::newRunId(const QDateTime &startedAt)
{
    return startedAt.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s) + u'-' +
           QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
}

QString RunJournalStore::pathOf(const QString &runId) const
{
    return m_folder + u'/' + runId + Suffix;
}

QStringList RunJournalStore::runIds() const
{
    QStringList ids;
    const QStringList files =
        QDir(m_folder).entryList({u"*"_s + Suffix}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files)
        ids.append(file.chopped(Suffix.size()));
    return ids;
}

std::optional<RunState> RunJournalStore::run(const QString &runId) const
{
    const JournalScan scan = RunJournalReader::read(pathOf(runId));
    return RunState::fromRecords(scan.records);
}

QList<RunState> RunJournalStore::runs() const
{
    QList<RunState> out;
    const QStringList ids = runIds();
    for (const QString &id : ids) {
        if (std::optional<RunState> state = run(id))
            out.append(std::move(*state));
    }
    return out;
}

std::optional<RunState> RunJournalStore::unfinishedRun() const
{
    const QStringList ids = runIds();
    for (auto id = ids.crbegin(); id != ids.crend(); ++id) {
        std::optional<RunState> state = run(*id);
        if (state && !state->isFinished())
            return state;
    }
    return std::nullopt;
}

bool RunJournalStore::discard(const QString &runId, Clock *clock, QString *error) const
{
    RunJournal journal(clock);
    if (journal.resume(pathOf(runId)) &&
        journal.append(RunRecord::runFinished(RunRecord::RunEnd::Cancelled)))
        return true;
    if (error)
        *error = journal.errorString();
    return false;
}
