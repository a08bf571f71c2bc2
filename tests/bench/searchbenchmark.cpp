#include "searchbenchmark.h"

#include "core/models/customerfilterproxy.h"
#include "core/models/customerlistmodel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace {
bool hasDiacritics(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x80; });
}
} // namespace

SearchBenchmark::SearchBenchmark(CustomerFilterProxy *proxy, std::function<void()> settle)
    : m_proxy(proxy)
    , m_settle(std::move(settle))
{
    const CustomerListModel *model = proxy->customerModel();
    const int rows = model->count();
    if (rows == 0)
        return;
    const auto text = [model](int row, int column) {
        return model->index(row, column).data(CustomerListModel::SortRole).toString();
    };
    // A company name as a user would type it.
    m_queries << text(rows / 3, CustomerListModel::CompanyNameColumn).left(24).toLower();
    // The first name with diacritics from the middle of the list on, typed with them.
    for (int i = 0; i < rows; ++i) {
        const QString name = text((rows / 2 + i) % rows, CustomerListModel::CompanyNameColumn);
        if (hasDiacritics(name)) {
            m_queries << name.left(12);
            break;
        }
    }
    // Part of a domain and the start of a Microsoft ID.
    const QString domain = text(2 * rows / 3, CustomerListModel::DomainColumn);
    m_queries << domain.mid(domain.size() > 16 ? 3 : 0, 12);
    m_queries << text(rows / 4, CustomerListModel::MicrosoftIdColumn).left(13);
}

double SearchBenchmark::timed(const QString &text)
{
    QElapsedTimer clock;
    clock.start();
    m_proxy->setSearchText(text);
    if (m_settle)
        m_settle();
    return clock.nsecsElapsed() / 1e6;
}

void SearchBenchmark::run()
{
    for (const QString &query : std::as_const(m_queries)) {
        for (int length = 1; length <= query.size(); ++length)
            m_keystrokes << timed(query.left(length));
        m_clears << timed(QString());
    }
}

double SearchBenchmark::percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * samples.size()));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}
