// ParticipantFilter: the participants table filtered by search text, sector, region, role, programme
// and status, or by the people behind a dashboard figure.
#pragma once

#include "models/SortForwardingProxy.h"
#include "models/TableModel.h"

#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace arwain {

class ParticipantFilter : public SortForwardingProxy
{
    Q_OBJECT
public:
    using SortForwardingProxy::SortForwardingProxy;
    QString text, sector, region, role, programme, status;
    std::optional<QSet<qint64>> only; // drill-down from the dashboard

    // Applies the fields above, at once; or, `inBackground` (a large file), with the rows tested on a
    // worker thread and the table changed once, when they all have been: the rows shown until then
    // stay, and typing goes on.
    void refresh(bool inBackground = false);
    // A refresh is being worked out on a worker thread.
    bool isFiltering() const { return m_filtering; }

Q_SIGNALS:
    void filteringChanged(bool filtering);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    // What a row is tested against (copied to the worker).
    struct Criteria
    {
        QString needle; // the search text, case-folded as the rows' search text is
        QString sector, region, role, programme, status;
        std::optional<QSet<qint64>> only;
    };
    static bool accepts(const Criteria& c, const TableModel::Row& r);
    void setFiltering(bool filtering);

    Criteria m_criteria;
    bool m_filtering = false;
    int m_generation = 0;         // the newest refresh; older results are dropped
    std::vector<char> m_accepted; // the worker's answer for each row of the rows it was given
    int m_acceptedVersion = -1;   // ... and the TableModel::rowsVersion() of those rows
};

} // namespace arwain
