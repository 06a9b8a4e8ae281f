// EnrolmentStatus: one enrolment as the participants table needs it: whose, which programme, which
// status (a narrow row, so that a million of them are read quickly and held in little memory).
#pragma once

#include "domain/Records.h"

#include <QtGlobal>

namespace arwain {

// 16 bytes: a million of them are held while the participants table is read.
struct EnrolmentStatus
{
    qint64 participantId = 0;
    qint32 programmeId = 0; // programmes are a table of a few rows, numbered from 1
    Status status = Status::Enrolled;
};
static_assert(sizeof(EnrolmentStatus) == 16);

} // namespace arwain
