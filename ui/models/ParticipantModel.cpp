// ParticipantModel: the participants table's columns and rows.
#include "models/ParticipantModel.h"

#include "Labels.h"
#include "Workspace.h"
#include "domain/Records.h"
#include "models/TableModel.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"
#include "storage/Database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace arwain {

ParticipantModel::ParticipantModel(Workspace* session, QObject* parent)
    : TableModel(session, {Database::Participants, Database::Organisations, Database::Enrolments}, parent)
{
    setWholeTable(true);
    reload();
}

QStringList ParticipantModel::headers() const
{
    return {tr("Given name"), tr("Family name"), tr("Email"),    tr("Organisation"), tr("Sector"),
            tr("Region"),     tr("Job role"),    tr("Language"), tr("Programmes")};
}

TableModel::Loader ParticipantModel::loader() const
{
    return [](const Directory& directory, QList<Row>& rows, QString& error) {
        // Texts that many rows share (a sector's label, "TMDP, MMDP") are held once: a copy of a
        // QString shares its characters, so 200,000 rows keep a few thousand of them, not a million.
        QSet<QString> shared;
        auto once = [&shared](const QString& text) {
            auto known = shared.constFind(text);
            return known != shared.cend() ? *known : *shared.insert(text);
        };
        auto done = directory.eachParticipant([&](const ParticipantRow& p) {
            const QString family = labels::familyName(p.person);
            // The search looks in the name (given, family or both), the email and the organisation;
            // line breaks keep a search from matching across two of them.
            QString search =
                p.person.givenName + u' ' + family + u'\n' + p.person.email + u'\n' + p.organisation;
            rows.append(
                {p.person.id,
                 {p.person.givenName, family, p.person.email, p.organisation, once(labels::of(p.sector)),
                  once(labels::of(p.region)), once(labels::of(p.person.jobRole)),
                  once(labels::of(p.person.preferredLanguage)), once(p.programmes.join(u", "_s))},
                 once(p.programmeStatuses.join(u';')),
                 0,
                 std::move(search).toCaseFolded()});
        });
        if (!done) {
            error = done.error();
            return false;
        }
        return true;
    };
}

// ---- organisations

} // namespace arwain
