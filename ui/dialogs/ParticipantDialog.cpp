// ParticipantDialog: the participant form, checked by CatalogueService::validate.
#include "dialogs/ParticipantDialog.h"

#include "Workspace.h"
#include "dialogs/FormFields.h"
#include "dialogs/RecordDialog.h"
#include "domain/Parsing.h"
#include "domain/Records.h"
#include "services/CatalogueService.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace arwain {

ParticipantDialog::ParticipantDialog(Workspace* workspace, const Participant& person, QWidget* parent)
    : RecordDialog(workspace,
                   person.id ? tr("Edit %1 %2").arg(person.givenName, person.familyName)
                             : tr("Add participant"),
                   parent),
      m_original(person)
{
    auto* form = new QWidget;
    auto* f = new QFormLayout(form);
    m_given = lineEdit(person.givenName, tr("Given name"));
    m_family = lineEdit(person.familyName, tr("Family name"));
    m_email = lineEdit(person.email, tr("Email"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_organisation = named(new QComboBox, tr("Organisation"));
    m_organisation->addItem(tr("(none)"), 0);
    if (auto orgs = workspace->directory().organisations())
        for (const OrganisationRow& o : orgs.value())
            m_organisation->addItem(o.organisation.name, o.organisation.id);
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(person.organisationId)));
    m_role = named(new QComboBox, tr("Job role"));
    fillCombo<JobRole>(m_role, true);
    selectValue(m_role, person.jobRole);
    m_language = named(new QComboBox, tr("Preferred language"));
    fillCombo<Language>(m_language, false);
    selectValue(m_language, person.preferredLanguage);
    f->addRow(tr("&Given name:"), m_given);
    f->addRow(tr("&Family name:"), m_family);
    f->addRow(tr("&Email:"), m_email);
    f->addRow(tr("&Organisation:"), m_organisation);
    f->addRow(tr("&Job role:"), m_role);
    f->addRow(tr("Preferred &language:"), m_language);
    // Each field is named by its CSV column, so the core's problems are shown with the field's label.
    m_given->setObjectName(u"given_name"_s);
    m_family->setObjectName(u"family_name"_s);
    m_email->setObjectName(u"email"_s);
    m_organisation->setObjectName(u"organisation"_s);
    m_role->setObjectName(u"job_role"_s);
    m_language->setObjectName(u"preferred_language"_s);
    finishLayout(form);
}

Participant ParticipantDialog::participant() const
{
    Participant p = m_original;
    p.givenName = m_given->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.email = normaliseEmail(m_email->text());
    p.organisationId = m_organisation->currentData().toLongLong();
    p.jobRole = comboValue(m_role, JobRole::Unset);
    p.preferredLanguage = comboValue(m_language, Language::English);
    return p;
}

FieldErrors ParticipantDialog::validate() const
{
    return workspace()->catalogue().validate(participant());
}

} // namespace arwain
