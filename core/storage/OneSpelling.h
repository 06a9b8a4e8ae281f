// OneSpelling: every text of a database in Unicode NFC, so that one name has one spelling ("Siân" with a
// precomposed â or with a + combining circumflex). New text is normalised where it is bound (sql::bindable);
// this brings older databases into line (the step to format 6 on both engines) and finds what could not be.
#pragma once

#include <QStringList>

class QSqlDatabase;

namespace arwain::migrations {

// Rewrites every text not in NFC, inside the caller's transaction. Two people whose email addresses become
// the same are merged only when every field agrees (their enrolments, feedback, sessions and log entries
// move to one); otherwise both are left as they are, for check() to report. Throws StorageError.
void normaliseTexts(const QSqlDatabase& db);

// What normaliseTexts could not put right: people whose text is not in NFC, and email addresses that are
// one address written two ways.
QStringList spellingProblems(const QSqlDatabase& db);

} // namespace arwain::migrations
