// CohortTreeModel: the programmes and, under each, its cohorts with their counts and completion rate.
// Rows are made as the view asks for them, so a tree of 40,000 cohorts costs no widgets or items.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "services/DirectoryRows.h"
#include "stats/StatsResult.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

namespace arwain {

class Services;

class CohortTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        People,
        Completed,
        Deferred,
        Withdrawn,
        Rate,
        ColumnCount
    };
    enum Role
    {
        CohortIdRole = Qt::UserRole + 1,
        ProgrammeIdRole,
        CountRole, // a count column's number
    };
    // One programme: its totals and its cohorts.
    struct Branch
    {
        Programme programme;
        StatsRow total;
        QList<CohortRow> cohorts;
    };

    using QAbstractItemModel::QAbstractItemModel;

    // Reads every programme with its cohorts and counts (the counts the database keeps; no recount).
    // It may run on a worker thread with a connection of its own.
    static Result<QList<Branch>> read(const Services& services);
    // Shows these branches; `today` decides which cohorts are still under way.
    void setBranches(QList<Branch> branches, const QDate& today);
    // The counts of a cohort as last read, or empty ones.
    StatsRow countsOf(qint64 cohortId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant programmeData(const Branch& b, int column, int role) const;
    QVariant cohortData(const Branch& b, const CohortRow& c, int column, int role) const;
    QVariant countData(const StatsRow& r, bool singleSession, bool underWay, int column, int role) const;

    QList<Branch> m_branches;
    QDate m_today;
};

} // namespace arwain
