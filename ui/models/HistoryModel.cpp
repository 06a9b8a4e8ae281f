// HistoryModel: a person's status history table.
#include "models/HistoryModel.h"

#include "Labels.h"
#include "Workspace.h"
#include "domain/Records.h"
#include "models/TableModel.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"

using namespace Qt::StringLiterals;

namespace arwain {

HistoryModel::HistoryModel(Workspace* workspace, QObject* parent)
    : TableModel(workspace, {DataTables::Enrolments}, parent)
{
}

void HistoryModel::setParticipant(qint64 id)
{
    m_person = id;
    reload();
}

QStringList HistoryModel::headers() const
{
    return {tr("Recorded"), tr("Cohort"), tr("Effective"), tr("From"),
            tr("To"),       tr("Reason"), tr("Note"),      tr("Kind")};
}

TableModel::Loader HistoryModel::loader() const
{
    return [person = m_person](const Directory& directory, QList<Row>& rows, QString& error) {
        if (person == 0)
            return true;
        auto list = directory.historyOfParticipant(person);
        if (!list) {
            error = list.error();
            return false;
        }
        for (const HistoryRow& h : list.value())
            rows.append(
                {.id = h.change.id,
                 .cells = {h.change.recordedAt.toString(u"yyyy-MM-dd HH:mm"_s), h.cohortCode,
                           h.change.effectiveDate, h.change.from ? labels::of(*h.change.from) : QString(),
                           labels::of(h.change.to), labels::of(h.change.reason), h.change.note,
                           labels::of(h.change.kind)}});
        return true;
    };
}

// ---- network

} // namespace arwain
