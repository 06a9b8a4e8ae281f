// EnrolmentModel: the enrolments of one cohort, with status, date, reason and where deferrals resume.
#pragma once

#include "models/TableModel.h"

#include <QList>

namespace arwain {

class Workspace;

// The enrolments of one cohort.
class EnrolmentModel : public TableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Email,
        Organisation,
        Status,
        StatusDate,
        Reason,
        Note,
        Resumes,
        ResumedIn,
        ColumnCount
    };
    explicit EnrolmentModel(Workspace* workspace, QObject* parent = nullptr);
    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohort; }

protected:
    QStringList headers() const override;
    Loader loader() const override;

private:
    qint64 m_cohort = 0;
};

} // namespace arwain
