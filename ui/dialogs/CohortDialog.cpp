// CohortDialog: the cohort form, checked by CatalogueService::validate.
#include "dialogs/CohortDialog.h"

#include "Labels.h"

#include "Workspace.h"
#include "dialogs/FormFields.h"
#include "dialogs/RecordDialog.h"
#include "domain/Records.h"
#include "services/CatalogueService.h"
#include "services/Directory.h"

#include "widgets/DateField.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace arwain {

CohortDialog::CohortDialog(Workspace* workspace, const Cohort& cohort, QWidget* parent)
    : RecordDialog(workspace, cohort.id ? tr("Edit cohort %1").arg(cohort.code) : tr("Add cohort"), parent),
      m_original(cohort)
{
    auto* form = new QWidget;
    auto* f = new QFormLayout(form);
    m_code = lineEdit(cohort.code, tr("Code"));
    m_code->setPlaceholderText(tr("e.g. TMDP-2025-1"));
    m_programme = named(new QComboBox, tr("Programme"));
    if (auto programmes = workspace->directory().programmes())
        for (const Programme& p : programmes.value())
            m_programme->addItem(p.code + u" — "_s + labels::programmeName(p), p.id);
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(cohort.programmeId)));
    m_title = lineEdit(cohort.title, tr("Title"));
    m_start = dateEdit(cohort.startDate, tr("Start date"));
    m_hasEnd = named(new QCheckBox(tr("Has an end date")), tr("Has an end date"));
    m_hasEnd->setChecked(cohort.id == 0 || cohort.endDate.isValid());
    m_end =
        dateEdit(cohort.endDate.isValid() ? cohort.endDate : m_start->date().addMonths(8), tr("End date"));
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    m_end->setEnabled(m_hasEnd->isChecked());
    m_mode = named(new QComboBox, tr("Delivery mode"));
    fillCombo<DeliveryMode>(m_mode, true);
    selectValue(m_mode, cohort.deliveryMode);
    m_venue = lineEdit(cohort.venue, tr("Venue"));
    m_region = named(new QComboBox, tr("Region"));
    fillCombo<Region>(m_region, true);
    selectValue(m_region, cohort.region);
    m_provider = lineEdit(cohort.provider, tr("Provider"));
    m_partner = lineEdit(cohort.partner, tr("Partner"));
    m_capacity = named(new QSpinBox, tr("Capacity"));
    m_capacity->setRange(0, 9999);
    m_capacity->setSpecialValueText(tr("no limit"));
    m_capacity->setValue(cohort.capacity.value_or(0));
    m_headcount = named(new QSpinBox, tr("Headcount"));
    m_headcount->setRange(0, 100000);
    m_headcount->setSpecialValueText(tr("none (people are named)"));
    m_headcount->setValue(cohort.headcount.value_or(0));
    f->addRow(tr("&Code:"), m_code);
    f->addRow(tr("&Programme:"), m_programme);
    f->addRow(tr("&Title:"), m_title);
    f->addRow(tr("&Start date:"), m_start);
    f->addRow(m_hasEnd);
    f->addRow(tr("&End date:"), m_end);
    f->addRow(tr("&Delivery mode:"), m_mode);
    f->addRow(tr("&Venue:"), m_venue);
    f->addRow(tr("&Region:"), m_region);
    f->addRow(tr("Pro&vider:"), m_provider);
    f->addRow(tr("P&artner:"), m_partner);
    f->addRow(tr("Ca&pacity:"), m_capacity);
    f->addRow(tr("&Headcount:"), m_headcount);
    // Each field is named by its CSV column, so the core's problems are shown with the field's label.
    m_code->setObjectName(u"code"_s);
    m_programme->setObjectName(u"programme"_s);
    m_title->setObjectName(u"title"_s);
    m_start->setObjectName(u"start_date"_s);
    m_end->setObjectName(u"end_date"_s);
    m_mode->setObjectName(u"delivery_mode"_s);
    m_venue->setObjectName(u"venue"_s);
    m_region->setObjectName(u"region"_s);
    m_provider->setObjectName(u"provider"_s);
    m_partner->setObjectName(u"partner"_s);
    m_capacity->setObjectName(u"capacity"_s);
    m_headcount->setObjectName(u"headcount"_s);
    finishLayout(form);
}

Cohort CohortDialog::cohort() const
{
    Cohort c = m_original;
    c.code = m_code->text().trimmed();
    c.programmeId = m_programme->currentData().toLongLong();
    c.title = m_title->text().trimmed();
    c.startDate = m_start->date();
    c.endDate = m_hasEnd->isChecked() ? m_end->date() : QDate();
    c.deliveryMode = comboValue(m_mode, DeliveryMode::Unset);
    c.venue = m_venue->text().trimmed();
    c.region = comboValue(m_region, Region::Unset);
    c.provider = m_provider->text().trimmed();
    c.partner = m_partner->text().trimmed();
    c.capacity = m_capacity->value() > 0 ? std::optional<int>(m_capacity->value()) : std::nullopt;
    c.headcount = m_headcount->value() > 0 ? std::optional<int>(m_headcount->value()) : std::nullopt;
    return c;
}

FieldErrors CohortDialog::validate() const
{
    return workspace()->catalogue().validate(cohort());
}

} // namespace arwain
