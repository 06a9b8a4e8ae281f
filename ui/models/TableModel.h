// TableModel: the one shape of every table in the app — rows read from a core service in one go
// (on a worker thread for large files), shown in batches, sorted in memory, reloaded when the core
// says a table changed.
#pragma once

#include "domain/DataTables.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>

namespace arwain {

class Workspace;
class Directory;
template <typename Rows> class LazyRows;

// Rows are read from a core service in one go and shown in batches (canFetchMore/fetchMore), so a
// large table opens at once. Each model reloads when the core says one of its tables changed.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FilterRole
    };
    struct Row
    {
        // Every member has its initialiser, so a loader names only the ones it fills (GCC warns of
        // -Wmissing-field-initializers for a member without one).
        qint64 id = 0;
        QVariantList cells{}; // QString, int or QDate per column
        QString filterKey{};  // extra text for filter proxies
        qint64 version = 0;   // the record's row version as read (an edit is checked against it)
        QString searchText{}; // case-folded text a search box looks in, made when the row is read
    };

    // Reads the rows through a Directory. It may run on a worker thread with its own connection, so
    // it must hold copies of what it needs (a cohort's id), never the model itself.
    using Loader = std::function<bool(const Directory& directory, QList<Row>& rows, QString& error)>;

    TableModel(Workspace* workspace, QList<DataTables::Table> watched, QObject* parent = nullptr);
    ~TableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorts every row, fetched or not (locale-aware for names), so batches arrive in order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setBatchSize(int rows);
    // Shows every row: filters and sorting must see them all, not only the first batch.
    void fetchAll();
    static void fetchAllBehind(QAbstractItemModel* model);
    int totalRows() const;
    // A row as read, for filters that look at many rows quickly (no index or QVariant per cell).
    const Row& rowAt(int row) const;
    // Every row as read (a shared copy, cheap), for a filter that looks at them on a worker thread, and
    // a number that changes whenever they are replaced or reordered.
    QList<Row> rows() const;
    int rowsVersion() const;
    qint64 idFromIndex(const QModelIndex& index) const;
    qint64 versionFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromId(qint64 id) const;
    // Reads the rows again from the core.
    void reload();
    const QString& lastError() const;
    // Whether a read or a sort is under way on a worker thread (the rows shown are the last ones).
    bool isBusy() const;

Q_SIGNALS:
    // A read or sort on a worker thread began (true) or its rows are in place (false).
    void busyChanged(bool busy);

protected:
    virtual QStringList headers() const = 0;
    virtual Loader loader() const = 0;
    Workspace* workspace() const;
    // Whole tables (every participant) are read and sorted on a worker thread when the workspace
    // says the file is large; a cohort's or a person's few rows are always read at once.
    void setWholeTable(bool whole);

private:
    static QList<Row> sorted(QList<Row> rows, int column, Qt::SortOrder order);

    std::unique_ptr<LazyRows<QList<Row>>> m_rows; // read, sorted, shown in batches
    QStringList m_headers;                        // asked for at every index; built once
};

} // namespace arwain
