// EnrolmentModel: a cohort's enrolments table.
#include "models/EnrolmentModel.h"

#include "Labels.h"
#include "Workspace.h"
#include "domain/Records.h"
#include "models/TableModel.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"

namespace arwain {

EnrolmentModel::EnrolmentModel(Workspace* workspace, QObject* parent)
    : TableModel(workspace, {DataTables::Enrolments, DataTables::Participants, DataTables::Organisations},
                 parent)
{
}

void EnrolmentModel::setCohort(qint64 cohortId)
{
    m_cohort = cohortId;
    reload();
}

QStringList EnrolmentModel::headers() const
{
    return {tr("Name"),   tr("Email"), tr("Organisation"), tr("Status"),    tr("Status date"),
            tr("Reason"), tr("Note"),  tr("Resumes"),      tr("Resumed in")};
}

TableModel::Loader EnrolmentModel::loader() const
{
    return [cohort = m_cohort](const Directory& directory, QList<Row>& rows, QString& error) {
        if (cohort == 0)
            return true;
        auto list = directory.enrolmentsInCohort(cohort);
        if (!list) {
            error = list.error();
            return false;
        }
        for (const EnrolmentRow& e : list.value())
            rows.append(
                {.id = e.enrolment.id,
                 .cells = {labels::personName(e.person), e.person.email, e.organisation,
                           labels::status(e.enrolment.status, e.kind), e.enrolment.statusDate,
                           labels::of(e.enrolment.reason), e.enrolment.note, e.continuesCohort, e.resumedIn},
                 .filterKey = toText(e.enrolment.status),
                 .version = e.enrolment.version});
        return true;
    };
}

// ---- a person's enrolments

} // namespace arwain
