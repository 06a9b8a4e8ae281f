// DataTables: the tables of the data model, as changes are announced for them: to the window (which
// reloads what shows them), to other connections, and in the audit log ("Enrolments").
#pragma once

#include <QObject>

namespace arwain {

class DataTables
{
    Q_GADGET
public:
    enum Table : int
    {
        Programmes,
        Cohorts,
        Organisations,
        Participants,
        Enrolments,
        Sessions,
        Attendance,
        Feedback,
        Network,
        Settings
    };
    Q_ENUM(Table)
};

} // namespace arwain
