// OrganisationDialog: the organisation form, checked by CatalogueService::validate.
#include "dialogs/OrganisationDialog.h"

#include "Workspace.h"
#include "dialogs/FormFields.h"
#include "dialogs/RecordDialog.h"
#include "domain/Records.h"
#include "services/CatalogueService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace arwain {

OrganisationDialog::OrganisationDialog(Workspace* workspace, const Organisation& organisation,
                                       QWidget* parent)
    : RecordDialog(workspace, organisation.id ? tr("Edit %1").arg(organisation.name) : tr("Add organisation"),
                   parent),
      m_original(organisation)
{
    auto* form = new QWidget;
    auto* f = new QFormLayout(form);
    m_name = lineEdit(organisation.name, tr("Name"));
    m_sector = named(new QComboBox, tr("Sector"));
    fillCombo<Sector>(m_sector, true);
    selectValue(m_sector, organisation.sector);
    m_region = named(new QComboBox, tr("Region"));
    fillCombo<Region>(m_region, true);
    selectValue(m_region, organisation.region);
    f->addRow(tr("&Name:"), m_name);
    f->addRow(tr("&Sector:"), m_sector);
    f->addRow(tr("&Region:"), m_region);
    // Each field is named by its CSV column, so the core's problems are shown with the field's label.
    m_name->setObjectName(u"name"_s);
    m_sector->setObjectName(u"sector"_s);
    m_region->setObjectName(u"region"_s);
    finishLayout(form);
}

Organisation OrganisationDialog::organisation() const
{
    Organisation o = m_original;
    o.name = m_name->text().trimmed();
    o.sector = comboValue(m_sector, Sector::Unset);
    o.region = comboValue(m_region, Region::Unset);
    return o;
}

FieldErrors OrganisationDialog::validate() const
{
    return workspace()->catalogue().validate(organisation());
}

} // namespace arwain
