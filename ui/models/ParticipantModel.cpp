// ParticipantModel: the participants table's columns and rows.
#include "models/ParticipantModel.h"

#include "Labels.h"
#include "Workspace.h"
#include "domain/Records.h"
#include "models/TableModel.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"
#include "storage/Database.h"

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
        auto list = directory.participants();
        if (!list) {
            error = list.error();
            return false;
        }
        rows.reserve(list.value().size());
        for (const ParticipantRow& p : list.value()) {
            const QString family = labels::familyName(p.person);
            // The search looks in the name (given, family or both), the email and the organisation;
            // line breaks keep a search from matching across two of them.
            QString search =
                p.person.givenName + u' ' + family + u'\n' + p.person.email + u'\n' + p.organisation;
            rows.append({p.person.id,
                         {p.person.givenName, family, p.person.email, p.organisation, labels::of(p.sector),
                          labels::of(p.region), labels::of(p.person.jobRole),
                          labels::of(p.person.preferredLanguage), p.programmes.join(u", "_s)},
                         p.programmeStatuses.join(u';'),
                         0,
                         search.toCaseFolded()});
        }
        return true;
    };
}

// ---- organisations

} // namespace arwain
