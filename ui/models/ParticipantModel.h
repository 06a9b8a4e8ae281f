// ParticipantModel: every participant with their organisation, sector, region, role and programmes.
#pragma once

#include "domain/Result.h"
#include "models/ParticipantTable.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace arwain {

class Workspace;
template <typename Rows> class LazyRows;

// The one table of the app that holds a nation: the same shape as TableModel's tables (read at once,
// or on a worker thread for a large file; shown in batches; every row sorted; read again when the core
// says a table changed), over a ParticipantTable and the order its rows are shown in.
class ParticipantModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using enum ParticipantTable::Column;
    enum Role
    {
        IdRole = Qt::UserRole + 1, // as TableModel's
        FilterRole                 // the person's enrolments, "TMDP:completed;MMDP:enrolled"
    };
    // The rows as shown, for a filter that tests them on a worker thread: nothing in them changes.
    struct Rows
    {
        std::shared_ptr<const ParticipantTable> table;
        std::shared_ptr<const std::vector<int>> order; // table rows, in the order shown
    };

    explicit ParticipantModel(Workspace* workspace, QObject* parent = nullptr);
    ~ParticipantModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorts every row, shown or not, in the interface's language.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setBatchSize(int rows);
    // Shows every row: filters must see them all, not only the first batch.
    void fetchAll();
    int totalRows() const;
    Rows rows() const;
    // Changes whenever the rows are replaced or put in another order.
    int rowsVersion() const;
    qint64 idFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromId(qint64 id) const;
    void reload();
    const QString& lastError() const;
    // Whether a read or a sort is under way on a worker thread (the rows shown are the last ones).
    bool isBusy() const;

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    // The table row shown at `shownRow`.
    int tableRow(int shownRow) const;
    static Rows sorted(Rows rows, int column, Qt::SortOrder order);

    std::unique_ptr<LazyRows<Rows>> m_rows; // read, sorted, shown in batches
    QStringList m_headers;
};

} // namespace arwain
