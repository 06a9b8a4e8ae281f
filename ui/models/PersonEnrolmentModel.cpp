// PersonEnrolmentModel: a person's enrolments table.
#include "models/PersonEnrolmentModel.h"

#include "Labels.h"
#include "Workspace.h"
#include "domain/Records.h"
#include "models/TableModel.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"

namespace arwain {

PersonEnrolmentModel::PersonEnrolmentModel(Workspace* workspace, QObject* parent)
    : TableModel(workspace, {DataTables::Enrolments, DataTables::Cohorts}, parent)
{
}

void PersonEnrolmentModel::setParticipant(qint64 id)
{
    m_person = id;
    reload();
}

QStringList PersonEnrolmentModel::headers() const
{
    return {tr("Programme"), tr("Cohort"),  tr("Status"),    tr("Status date"),
            tr("Reason"),    tr("Resumes"), tr("Resumed in")};
}

TableModel::Loader PersonEnrolmentModel::loader() const
{
    return [person = m_person](const Directory& directory, QList<Row>& rows, QString& error) {
        if (person == 0)
            return true;
        auto list = directory.enrolmentsOfParticipant(person);
        if (!list) {
            error = list.error();
            return false;
        }
        for (const EnrolmentRow& e : list.value())
            rows.append({.id = e.enrolment.id,
                         .cells = {e.programmeCode, e.cohortCode, labels::status(e.enrolment.status, e.kind),
                                   e.enrolment.statusDate, labels::of(e.enrolment.reason), e.continuesCohort,
                                   e.resumedIn}});
        return true;
    };
}

// ---- a person's history

} // namespace arwain
