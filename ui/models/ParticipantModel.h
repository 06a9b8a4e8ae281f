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

    explicit ParticipantModel(Workspace* session, QObject* parent = nullptr);
    ~ParticipantModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorts every row, shown or not, in the interface's language.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setBatchSize(int rows) { m_batch = rows; }
    // Shows every row: filters must see them all, not only the first batch.
    void fetchAll();
    int totalRows() const { return m_rows.table ? m_rows.table->size() : 0; }
    Rows rows() const { return m_rows; }
    // Changes whenever the rows are replaced or put in another order.
    int rowsVersion() const { return m_rowsVersion; }
    qint64 idFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromId(qint64 id) const;
    void reload();
    const QString& lastError() const { return m_error; }
    // Whether a read or a sort is under way on a worker thread (the rows shown are the last ones).
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    int tableRow(int shownRow) const { return (*m_rows.order)[size_t(shownRow)]; }
    bool inBackground() const;
    void setBusy(bool busy);
    void sortInBackground(Rows rows);
    void apply(Result<Rows> rows);
    static Rows sorted(Rows rows, int column, Qt::SortOrder order);

    Workspace* m_session;
    Rows m_rows;
    QStringList m_headers;
    int m_shown = 0;
    int m_batch = 500;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_error;
    bool m_busy = false;
    bool m_reading = false; // a read (not only a sort) is under way
    int m_generation = 0;   // the newest worker job; older results are dropped
    int m_rowsVersion = 0;
};

} // namespace arwain
