// OneSpelling: each table's text columns read whole and rewritten where NFC differs, one row at a time under
// a savepoint, so that a row that would collide with another (the same email address spelt two ways) is
// left for check() without undoing the rest. Plain SQL: the same on both engines.
#include "storage/OneSpelling.h"

#include "domain/Parsing.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace arwain::migrations {

namespace {

struct TextColumns
{
    QString select; // id first, then the text columns
    QString update; // the text columns, then the id
};

const TextColumns kTexts[] = {
    {u"SELECT id, name, welsh_name FROM programme"_s,
     u"UPDATE programme SET name = ?, welsh_name = ? WHERE id = ?"_s},
    {u"SELECT id, name FROM organisation"_s, u"UPDATE organisation SET name = ? WHERE id = ?"_s},
    {u"SELECT id, code, title, venue, provider, partner FROM cohort"_s,
     u"UPDATE cohort SET code = ?, title = ?, venue = ?, provider = ?, partner = ? WHERE id = ?"_s},
    {u"SELECT id, given_name, family_name, email, job_role FROM participant"_s,
     u"UPDATE participant SET given_name = ?, family_name = ?, email = ?, job_role = ? WHERE id = ?"_s},
    {u"SELECT id, note FROM enrolment"_s, u"UPDATE enrolment SET note = ? WHERE id = ?"_s},
    {u"SELECT id, note FROM status_history"_s, u"UPDATE status_history SET note = ? WHERE id = ?"_s},
    {u"SELECT id, title, facilitator, venue FROM session"_s,
     u"UPDATE session SET title = ?, facilitator = ?, venue = ? WHERE id = ?"_s},
    {u"SELECT id, comment FROM feedback"_s, u"UPDATE feedback SET comment = ? WHERE id = ?"_s},
};

const QString kParticipant = u"SELECT id, given_name, family_name, organisation_id, job_role, "
                             "preferred_language, anonymised FROM participant WHERE id = ?"_s;

// Whether two people are one record written twice: every field the same once in NFC.
bool sameInEveryField(const QSqlDatabase& db, qint64 a, qint64 b)
{
    QSqlQuery first = sql::exec(db, kParticipant, {a});
    QSqlQuery second = sql::exec(db, kParticipant, {b});
    if (!first.next() || !second.next())
        return false;
    for (int c = 1; c < 7; ++c)
        if (toNfc(first.value(c).toString()) != toNfc(second.value(c).toString()))
            return false;
    return true;
}

// `duplicate`'s enrolments, feedback, sessions, network membership and log entries become `keeper`'s, and
// `duplicate` goes. Throws StorageError when they cannot (both enrolled in one cohort, say).
void merge(const QSqlDatabase& db, qint64 keeper, qint64 duplicate)
{
    for (const QString& statement :
         {u"UPDATE enrolment SET participant_id = ? WHERE participant_id = ?"_s,
          u"UPDATE feedback SET participant_id = ? WHERE participant_id = ?"_s,
          u"UPDATE session SET participant_id = ? WHERE participant_id = ?"_s,
          u"UPDATE network_member SET participant_id = ? WHERE participant_id = ?"_s,
          u"UPDATE audit SET participant_id = ? WHERE participant_id = ?"_s})
        sql::exec(db, statement, {keeper, duplicate});
    sql::exec(db, u"DELETE FROM participant WHERE id = ?"_s, {duplicate});
}

} // namespace

void normaliseTexts(const QSqlDatabase& db)
{
    for (const TextColumns& t : kTexts) {
        // Read whole first: rows are rewritten while no statement of the table is still reading it.
        QList<QVariantList> changed;
        QSqlQuery q = sql::exec(db, t.select);
        const int columns = q.record().count();
        while (q.next()) {
            QVariantList row;
            bool differs = false;
            for (int c = 1; c < columns; ++c) {
                const QVariant v = q.value(c);
                differs = differs || (!v.isNull() && toNfc(v.toString()) != v.toString());
                row << v;
            }
            if (differs)
                changed << (row << q.value(0));
        }
        q.finish();
        const bool people = t.select.endsWith(u"FROM participant"_s);
        for (const QVariantList& row : std::as_const(changed)) {
            sql::exec(db, u"SAVEPOINT one_spelling"_s);
            try {
                sql::exec(db, t.update, row); // sql::bindable puts each text in NFC
                sql::exec(db, u"RELEASE SAVEPOINT one_spelling"_s);
                continue;
            } catch (const StorageError&) {
                sql::exec(db, u"ROLLBACK TO SAVEPOINT one_spelling"_s);
            }
            // Only a person's email address can collide (the other unique texts are codes and names, which
            // check() reports). The same person entered twice is merged; two people are left alone.
            const qint64 id = row.last().toLongLong();
            const QVariant keeper =
                people ? sql::scalar(db, u"SELECT id FROM participant WHERE email = ? AND id <> ?"_s,
                                     {normaliseEmail(row.at(2).toString()), id})
                       : QVariant();
            if (!keeper.isNull() && sameInEveryField(db, keeper.toLongLong(), id)) {
                try {
                    merge(db, keeper.toLongLong(), id);
                } catch (const StorageError&) {
                    sql::exec(db, u"ROLLBACK TO SAVEPOINT one_spelling"_s);
                }
            }
            sql::exec(db, u"RELEASE SAVEPOINT one_spelling"_s);
        }
    }
}

QStringList spellingProblems(const QSqlDatabase& db)
{
    QStringList problems;
    QHash<QString, qint64> byEmail;
    QSqlQuery q = sql::exec(db, u"SELECT id, given_name, family_name, email FROM participant ORDER BY id"_s);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        bool nfc = true;
        for (int c = 1; c <= 3; ++c)
            nfc = nfc && toNfc(q.value(c).toString()) == q.value(c).toString();
        if (!nfc)
            problems << QCoreApplication::translate("arwain::Database",
                                                    "participant %1: a name or email address is not in one "
                                                    "spelling (Unicode NFC)")
                            .arg(id);
        if (q.value(3).isNull())
            continue;
        const QString email = normaliseEmail(q.value(3).toString());
        if (const qint64 earlier = byEmail.value(email); earlier != 0)
            problems << QCoreApplication::translate("arwain::Database",
                                                    "participants %1 and %2 have one email address written "
                                                    "two ways (%3); they differ in other fields too, so "
                                                    "they were not merged: edit one of them")
                            .arg(earlier)
                            .arg(id)
                            .arg(email);
        else
            byEmail.insert(email, id);
    }
    return problems;
}

} // namespace arwain::migrations
