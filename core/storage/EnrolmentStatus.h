// EnrolmentStatus: one enrolment as the participants table needs it: whose, which programme, which
// status (a narrow row, so that a million of them are read quickly and held in little memory).
#pragma once

#include "domain/Records.h"

#include <QtGlobal>

namespace arwain {

struct EnrolmentStatus
{
    qint64 participantId = 0;
    qint64 programmeId = 0;
    Status status = Status::Enrolled;
};

} // namespace arwain
