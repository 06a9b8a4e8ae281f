// TableModel: the one shape of every table in the app — rows read from a core service in one go,
// shown in batches, sorted in memory, reloaded when the core says a table changed.
#pragma once

#include "storage/Database.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace arwain {

class Workspace;

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
        qint64 id = 0;
        QVariantList cells; // QString, int or QDate per column
        QString filterKey;  // extra text for filter proxies
        qint64 version = 0; // the record's row version as read (an edit is checked against it)
    };

    TableModel(Workspace* session, QList<Database::Table> watched, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorts every row, fetched or not (locale-aware for names), so batches arrive in order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setBatchSize(int rows) { m_batch = rows; }
    // Shows every row: filters and sorting must see them all, not only the first batch.
    void fetchAll();
    static void fetchAllBehind(QAbstractItemModel* model);
    int totalRows() const { return int(m_rows.size()); }
    qint64 idFromIndex(const QModelIndex& index) const;
    qint64 versionFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromId(qint64 id) const;
    // Reads the rows again from the core.
    void reload();
    const QString& lastError() const { return m_error; }

protected:
    virtual QStringList headers() const = 0;
    virtual bool load(QList<Row>& rows, QString& error) const = 0;
    Workspace* workspace() const { return m_session; }

private:
    Workspace* m_session;
    QList<Row> m_rows;
    int m_shown = 0;
    int m_batch = 500;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_error;
    void sortRows();
};

} // namespace arwain
