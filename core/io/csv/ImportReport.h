// ImportReport: what an import read, wrote or would write, and every bad row.
#pragma once

#include <QStringList>

namespace arwain {

struct ImportReport
{
    int rows = 0;      // data rows read
    int added = 0;     // rows written
    int unchanged = 0; // rows already in the database with the same values
    int organisationsCreated = 0;
    QStringList errors; // "FILE:LINE: column: message", at most kMaxErrors
    int moreErrors = 0; // errors beyond those listed
    bool written = false;
    bool ok() const { return errors.isEmpty(); }
};

} // namespace arwain
