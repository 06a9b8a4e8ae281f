// PersonEnrolmentModel: one person's enrolments across programmes.
#pragma once

#include "models/TableModel.h"

#include <QList>

namespace arwain {

class Workspace;

// The enrolments of one person, across programmes.
class PersonEnrolmentModel : public TableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Programme,
        Cohort,
        Status,
        StatusDate,
        Reason,
        Resumes,
        ResumedIn,
        ColumnCount
    };
    explicit PersonEnrolmentModel(Workspace* workspace, QObject* parent = nullptr);
    void setParticipant(qint64 id);

protected:
    QStringList headers() const override;
    Loader loader() const override;

private:
    qint64 m_person = 0;
};

} // namespace arwain
