// ParticipantFilter: the participants table filtered by search text, sector, region, role, programme
// and status, or by the people behind a dashboard figure.
#pragma once

#include "models/ParticipantModel.h"
#include "models/SortForwardingProxy.h"

#include <QSet>
#include <QString>

#include <memory>
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
        QString needle; // the search text, case-folded
        QString sector, region, role, programme, status;
        std::optional<QSet<qint64>> only;
    };
    // `organisations`: the table's organisationsContaining(needle).
    static bool accepts(const Criteria& c, const ParticipantTable& table, int row,
                        const std::vector<char>& organisations);
    void setFiltering(bool filtering);

    Criteria m_criteria;
    // The organisations whose names hold the search text, for the table they were worked out for.
    mutable std::shared_ptr<const ParticipantTable> m_organisationsOf;
    mutable std::vector<char> m_organisations;
    bool m_filtering = false;
    int m_generation = 0;         // the newest refresh; older results are dropped
    std::vector<char> m_accepted; // the worker's answer for each row of the rows it was given
    int m_acceptedVersion = -1;   // ... and the ParticipantModel::rowsVersion() of those rows
};

} // namespace arwain
