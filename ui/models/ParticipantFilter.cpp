// ParticipantFilter: which participants pass the search text, the filters and a drill-down; at a
// nation's size worked out on a worker thread (too long for the UI thread).
#include "models/ParticipantFilter.h"

#include "domain/Records.h"
#include "models/ParticipantModel.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace arwain {

bool ParticipantFilter::accepts(const Criteria& c, const ParticipantTable& table, int row,
                                const std::vector<char>& organisations)
{
    // Read straight from the table: a keystroke filters 200,000 rows.
    if (c.only && !c.only->contains(table.id(row)))
        return false;
    auto differs = [&](int column, const QString& wanted) {
        return !wanted.isEmpty() && table.cell(row, column) != wanted;
    };
    if (differs(ParticipantModel::Sector, c.sector) || differs(ParticipantModel::Region, c.region) ||
        differs(ParticipantModel::Role, c.role))
        return false;
    if (!c.programme.isEmpty() || !c.status.isEmpty()) {
        const QStringList enrolments = table.enrolments(row).split(u';');
        const bool any = std::any_of(enrolments.cbegin(), enrolments.cend(), [&](const QString& e) {
            const QString code = e.section(u':', 0, 0), st = e.section(u':', 1);
            return (c.programme.isEmpty() || code == c.programme) && (c.status.isEmpty() || st == c.status);
        });
        if (!any)
            return false;
    }
    return c.needle.isEmpty() || table.contains(row, c.needle, organisations);
}

bool ParticipantFilter::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const auto* model = qobject_cast<const ParticipantModel*>(sourceModel());
    if (!model || parent.isValid())
        return false;
    // The worker's answer while the rows are the ones it was given; otherwise (rows read again or
    // sorted since) the row is tested here.
    if (m_acceptedVersion == model->rowsVersion() && size_t(row) < m_accepted.size())
        return m_accepted[size_t(row)] != 0;
    const ParticipantModel::Rows rows = model->rows();
    if (!rows.table)
        return false;
    if (m_organisationsOf != rows.table) {
        m_organisationsOf = rows.table;
        m_organisations = rows.table->organisationsContaining(m_criteria.needle);
    }
    return accepts(m_criteria, *rows.table, (*rows.order)[size_t(row)], m_organisations);
}

void ParticipantFilter::refresh(bool inBackground)
{
    Criteria c{text.toCaseFolded(), sector, region, role, programme, status, only};
    auto* model = qobject_cast<ParticipantModel*>(sourceModel());
    const int generation = ++m_generation;
    m_organisationsOf.reset(); // worked out again for the new search text
    if (!inBackground || !model) {
        m_criteria = std::move(c);
        m_acceptedVersion = -1;
        setFiltering(false);
        invalidate(); // one layout change: removing 200,000 rows range by range takes seconds
        return;
    }
    const int version = model->rowsVersion();
    const ParticipantModel::Rows rows = model->rows();
    setFiltering(true);
    auto* watcher = new QFutureWatcher<std::vector<char>>(this);
    connect(watcher, &QFutureWatcher<std::vector<char>>::finished, this,
            [this, watcher, generation, version, c] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // a newer refresh is under way
                m_criteria = c;
                m_organisationsOf.reset();
                m_accepted = watcher->result();
                m_acceptedVersion = version; // if the rows changed meanwhile, they are tested here
                setFiltering(false);
                invalidate();
            });
    watcher->setFuture(QtConcurrent::run([rows, c] {
        if (!rows.table)
            return std::vector<char>();
        const std::vector<char> organisations = rows.table->organisationsContaining(c.needle);
        std::vector<char> accepted(rows.order->size());
        for (size_t i = 0; i < accepted.size(); ++i)
            accepted[i] = accepts(c, *rows.table, (*rows.order)[i], organisations) ? 1 : 0;
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
