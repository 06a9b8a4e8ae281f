// ParticipantTable: every participant as the participants page shows them, held in little memory and
// never changed once read, so that a worker thread may search or sort it while the window shows it.
#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

namespace arwain {

class Directory;

// A nation's people as rows of cells (a QVariant a cell, a string of their own for each, and a
// case-folded copy of the text a search looks in) cost too much memory. Here each person is one string of
// their own text (names and email) and small numbers pointing at what many people share: their
// organisation with its sector and region, their job role and language, and the programmes they took.
class ParticipantTable
{
public:
    enum Column
    {
        GivenName,
        FamilyName,
        Email,
        Organisation,
        Sector,
        Region,
        Role,
        Language,
        Programmes,
        ColumnCount
    };

    // Every participant, in order of id, with the labels of the interface's language.
    static Result<std::shared_ptr<const ParticipantTable>> read(const Directory& directory);

    int size() const { return int(m_people.size()); }
    qint64 id(int row) const { return m_people[size_t(row)].id; }
    // A column's text as shown.
    QString cell(int row, int column) const;
    // "TMDP:completed" for each of the person's enrolments, in the order they were made, joined by ';'.
    QString enrolments(int row) const;
    // For a search: which organisations' names hold `needle` (case-folded), one test per organisation
    // rather than one per person.
    std::vector<char> organisationsContaining(const QString& needle) const;
    // Whether `needle` (case-folded) is in the person's name ("given family"), email or organisation
    // (`organisations`: the answer of organisationsContaining for the same needle).
    bool contains(int row, const QString& needle, const std::vector<char>& organisations) const;
    // Sorts `order` (rows of this table) by a column's text in the interface's language (the Welsh
    // alphabet in Welsh). Rows that tie come in name order — family name, then given name, ascending
    // whichever way the column runs — so the Joneses of a family-name sort are in given-name order.
    void sort(std::vector<int>& order, int column, Qt::SortOrder direction) const;

private:
    struct Person
    {
        qint64 id = 0;
        QString text;            // given ' ' family '\n' email
        qint32 given = 0;        // the given name's length in text
        qint32 family = 0;       // the family name's length in text
        qint32 organisation = 0; // index into m_organisations; 0: none
        qint32 enrolments = 0;   // index into m_enrolments; 0: none
        quint8 role = 0;         // the JobRole, an index into m_roles
        quint8 language = 0;     // the Language, an index into m_languages
    };
    struct Shared
    {
        QString organisation, sector, region; // as shown
    };
    struct Taken
    {
        QString programmes; // "TMDP, MMDP": distinct codes in order of enrolment
        QString statuses;   // "TMDP:completed;MMDP:enrolled"
    };
    // Which shared value a row shows in a column, for columns whose values many rows share (-1: the
    // row's own text).
    int sharedIndex(int row, int column) const;
    QString sharedText(int column, int index) const;

    // Each row's place in name order (family name, given name, id), made at the first sort.
    const std::vector<int>& nameRank() const;

    std::vector<Person> m_people;
    mutable std::once_flag m_rankOnce;
    mutable std::vector<int> m_rank;
    QList<Shared> m_organisations;
    QList<Taken> m_enrolments;
    QStringList m_roles, m_languages;
};

} // namespace arwain
