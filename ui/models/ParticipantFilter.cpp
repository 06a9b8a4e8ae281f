// ParticipantFilter: which participants pass the search text, the filters and a drill-down; at a
// nation's size worked out on a worker thread (200,000 rows took 190 ms on the UI thread).
#include "models/ParticipantFilter.h"

#include "domain/Records.h"
#include "models/ParticipantModel.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace arwain {

bool ParticipantFilter::accepts(const Criteria& c, const TableModel::Row& r)
{
    // Read straight from the rows: a keystroke filters 200,000 of them.
    if (c.only && !c.only->contains(r.id))
        return false;
    auto differs = [&r](int column, const QString& wanted) {
        return !wanted.isEmpty() && r.cells.at(column).toString() != wanted;
    };
    if (differs(ParticipantModel::Sector, c.sector) || differs(ParticipantModel::Region, c.region) ||
        differs(ParticipantModel::Role, c.role))
        return false;
    if (!c.programme.isEmpty() || !c.status.isEmpty()) {
        const QStringList enrolments = r.filterKey.split(u';');
        const bool any = std::any_of(enrolments.cbegin(), enrolments.cend(), [&](const QString& e) {
            const QString code = e.section(u':', 0, 0), st = e.section(u':', 1);
            return (c.programme.isEmpty() || code == c.programme) && (c.status.isEmpty() || st == c.status);
        });
        if (!any)
            return false;
    }
    return c.needle.isEmpty() || r.searchText.contains(c.needle);
}

bool ParticipantFilter::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const auto* table = qobject_cast<const TableModel*>(sourceModel());
    if (!table || parent.isValid())
        return false;
    // The worker's answer while the rows are the ones it was given; otherwise (rows read again or
    // sorted since) the row is tested here.
    if (m_acceptedVersion == table->rowsVersion() && size_t(row) < m_accepted.size())
        return m_accepted[size_t(row)] != 0;
    return accepts(m_criteria, table->rowAt(row));
}

void ParticipantFilter::refresh(bool inBackground)
{
    Criteria c{text.toCaseFolded(), sector, region, role, programme, status, only};
    auto* table = qobject_cast<TableModel*>(sourceModel());
    const int generation = ++m_generation;
    if (!inBackground || !table) {
        m_criteria = std::move(c);
        m_acceptedVersion = -1;
        setFiltering(false);
        invalidate(); // one layout change: removing 200,000 rows range by range takes seconds
        return;
    }
    const int version = table->rowsVersion();
    const QList<TableModel::Row> rows = table->rows();
    setFiltering(true);
    auto* watcher = new QFutureWatcher<std::vector<char>>(this);
    connect(watcher, &QFutureWatcher<std::vector<char>>::finished, this,
            [this, watcher, generation, version, c] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // a newer refresh is under way
                m_criteria = c;
                m_accepted = watcher->result();
                m_acceptedVersion = version; // if the rows changed meanwhile, they are tested here
                setFiltering(false);
                invalidate();
            });
    watcher->setFuture(QtConcurrent::run([rows, c] {
        std::vector<char> accepted(size_t(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i)
            accepted[size_t(i)] = accepts(c, rows.at(i)) ? 1 : 0;
        return accepted;
    }));
}

void ParticipantFilter::setFiltering(bool filtering)
{
    if (m_filtering == filtering)
        return;
    m_filtering = filtering;
    Q_EMIT filteringChanged(filtering);
}

} // namespace arwain
