// ParticipantFilter: the participants table filtered by search text, sector, region, role, programme
// and status, or by the people behind a dashboard figure.
#pragma once

#include "models/SortForwardingProxy.h"

#include <QSet>
#include <QString>

#include <optional>

namespace arwain {

class ParticipantFilter : public SortForwardingProxy
{
public:
    using SortForwardingProxy::SortForwardingProxy;
    QString text, sector, region, role, programme, status;
    std::optional<QSet<qint64>> only; // drill-down from the dashboard
    void refresh()
    {
        m_needle = text.toCaseFolded();
        invalidate(); // one layout change: removing 200,000 rows range by range takes seconds
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    QString m_needle; // the search text, case-folded as the rows' search text is
};

} // namespace arwain
