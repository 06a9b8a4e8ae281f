// HistoryModel: every status change of one person's enrolments, newest first.
#pragma once

#include "models/TableModel.h"

#include <QList>

namespace arwain {

class Workspace;

// Every status change of one person's enrolments, newest first.
class HistoryModel : public TableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Recorded,
        Cohort,
        Effective,
        From,
        To,
        Reason,
        Note,
        Kind,
        ColumnCount
    };
    explicit HistoryModel(Workspace* workspace, QObject* parent = nullptr);
    void setParticipant(qint64 id);

protected:
    QStringList headers() const override;
    Loader loader() const override;

private:
    qint64 m_person = 0;
};

} // namespace arwain
