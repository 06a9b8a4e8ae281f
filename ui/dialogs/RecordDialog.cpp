// Dialogs: forms whose validation is the core's (CatalogueService::validate), shown as the user types.
#include "dialogs/RecordDialog.h"

#include "services/CatalogueService.h"
#include "domain/Clock.h"
#include "services/Directory.h"
#include "Labels.h"
#include "Workspace.h"
#include "storage/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

template <typename E> void fillCombo(QComboBox* box, bool withBlank)
{
    if (withBlank)
        box->addItem(QCoreApplication::translate("arwain::Dialogs", "(not recorded)"), QString());
    for (const auto& [value, words] : Terms<E>::list)
        box->addItem(labels::of(value), toText(value));
}
template void fillCombo<Sector>(QComboBox*, bool);
template void fillCombo<Region>(QComboBox*, bool);
template void fillCombo<JobRole>(QComboBox*, bool);
template void fillCombo<Language>(QComboBox*, bool);
template void fillCombo<DeliveryMode>(QComboBox*, bool);
template void fillCombo<Reason>(QComboBox*, bool);
template void fillCombo<Status>(QComboBox*, bool);

namespace {

template <typename E> E comboValue(const QComboBox* box, E fallback)
{
    return fromText<E>(box->currentData().toString()).value_or(fallback);
}

template <typename E> void selectValue(QComboBox* box, E value)
{
    const int i = box->findData(toText(value));
    box->setCurrentIndex(std::max(i, 0));
}

QDateEdit* dateEdit(const QDate& date, const QString& name)
{
    auto* edit = new QDateEdit(date.isValid() ? date : Clock::today());
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setAccessibleName(name);
    return edit;
}

QLineEdit* lineEdit(const QString& text, const QString& name)
{
    auto* edit = new QLineEdit(text);
    edit->setAccessibleName(name);
    return edit;
}

template <typename W> W* named(W* widget, const QString& name)
{
    widget->setAccessibleName(name);
    return widget;
}

} // namespace

// ---- RecordDialog

RecordDialog::RecordDialog(Workspace* workspace, const QString& title, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(title);
}

void RecordDialog::finishLayout(QWidget* form)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form);
    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems with the form"));
    m_problems->setTextFormat(Qt::PlainText);
    // Red that reads on light and dark palettes alike.
    QPalette warn = m_problems->palette();
    const bool dark = warn.color(QPalette::Window).lightness() < 128;
    warn.setColor(QPalette::WindowText, dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x00, 0x20));
    m_problems->setPalette(warn);
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    // Every edit re-checks the form.
    for (auto* e : findChildren<QLineEdit*>())
        connect(e, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
    for (auto* c : findChildren<QComboBox*>())
        connect(c, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
    for (auto* d : findChildren<QDateEdit*>())
        connect(d, &QDateEdit::dateChanged, this, &RecordDialog::revalidate);
    for (auto* s : findChildren<QSpinBox*>())
        connect(s, &QSpinBox::valueChanged, this, &RecordDialog::revalidate);
    for (auto* b : findChildren<QCheckBox*>())
        connect(b, &QCheckBox::toggled, this, &RecordDialog::revalidate);
    revalidate();
}

QString RecordDialog::problems() const
{
    return validate();
}

void RecordDialog::revalidate()
{
    const QString p = validate();
    m_problems->setText(p);
    m_problems->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

// ---- CohortDialog

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
            m_programme->addItem(p.code + u" — "_s + p.name, p.id);
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

QString CohortDialog::validate() const
{
    return CatalogueService::describe(workspace()->catalogue().validate(cohort()));
}

// ---- ParticipantDialog

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

QString ParticipantDialog::validate() const
{
    return CatalogueService::describe(workspace()->catalogue().validate(participant()));
}

// ---- OrganisationDialog

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

QString OrganisationDialog::validate() const
{
    return CatalogueService::describe(workspace()->catalogue().validate(organisation()));
}

// ---- EnrolDialog

EnrolDialog::EnrolDialog(Workspace* workspace, qint64 cohortId, QWidget* parent) : QDialog(parent)
{
    const auto cohort = workspace->directory().cohort(cohortId);
    const QString code = cohort && cohort.value() ? cohort.value()->code : QString();
    setWindowTitle(tr("Enrol in %1").arg(code));
    m_people = new QStandardItemModel(this);
    QSet<qint64> already;
    if (auto rows = workspace->directory().enrolmentsInCohort(cohortId))
        for (const EnrolmentRow& r : rows.value())
            already.insert(r.person.id);
    if (auto people = workspace->directory().participants()) {
        for (const ParticipantRow& p : people.value()) {
            if (already.contains(p.person.id))
                continue;
            QString text = p.person.givenName + u' ' + p.person.familyName;
            if (!p.person.email.isEmpty())
                text += u" — "_s + p.person.email;
            if (!p.organisation.isEmpty())
                text += u" — "_s + p.organisation;
            auto* item = new QStandardItem(text);
            item->setData(p.person.id, Qt::UserRole);
            item->setEditable(false);
            m_people->appendRow(item);
        }
    }
    if (cohort && cohort.value() && cohort.value()->capacity)
        if (auto taken = workspace->directory().placesTaken(cohortId))
            m_free = std::max(0, *cohort.value()->capacity - taken.value());
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_people);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortLocaleAware(true);
    m_filter->sort(0);
    m_search = lineEdit(QString(), tr("Search people"));
    m_search->setPlaceholderText(tr("Search by name, email or organisation"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_list = named(new QListView, tr("People to enrol"));
    m_list->setModel(m_filter);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumSize(520, 320);
    m_date = dateEdit(Clock::today(), tr("Enrolment date"));
    m_date->setMaximumDate(Clock::today());
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnrolDialog::updateSummary);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    auto* dateRow = new QFormLayout;
    dateRow->addRow(tr("Enrolment &date:"), m_date);
    layout->addLayout(dateRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    updateSummary();
}

QList<qint64> EnrolDialog::chosen() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex& i : rows)
        ids << i.data(Qt::UserRole).toLongLong();
    return ids;
}

QDate EnrolDialog::date() const
{
    return m_date->date();
}

void EnrolDialog::updateSummary()
{
    const int n = int(chosen().size());
    QString text = tr("%n selected.", nullptr, n);
    if (m_free >= 0) {
        text += u' ' + tr("%n place(s) free.", nullptr, m_free);
        if (n > m_free)
            text += u' ' + tr("%n will go on the waitlist.", nullptr, n - m_free);
    }
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0);
}

// ---- StatusDialog

StatusDialog::StatusDialog(Workspace* workspace, Status to, qint64 cohortId, int count, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(to == Status::Deferred ? tr("Defer %n enrolment(s)", nullptr, count)
                                          : tr("Withdraw %n enrolment(s)", nullptr, count));
    auto* f = new QFormLayout;
    m_reason = named(new QComboBox, tr("Reason"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    fillCombo<Reason>(m_reason, false);
    m_date = dateEdit(Clock::today(), tr("Date"));
    m_date->setMaximumDate(Clock::today());
    m_note = lineEdit(QString(), tr("Note"));
    f->addRow(tr("&Reason:"), m_reason);
    f->addRow(tr("&Date:"), m_date);
    f->addRow(tr("&Note:"), m_note);
    if (to == Status::Deferred && count == 1) {
        m_resume = named(new QComboBox, tr("Resume in"));
        m_resume->addItem(tr("Not yet"), 0);
        if (auto later = workspace->directory().laterCohorts(cohortId))
            for (const Cohort& c : later.value())
                m_resume->addItem(c.code + u" (" + dateText(c.startDate) + u')', c.id);
        f->addRow(tr("Resume &in:"), m_resume);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(to == Status::Deferred ? tr("&Defer") : tr("&Withdraw"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QComboBox::currentIndexChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason() != Reason::Unset); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(f);
    layout->addWidget(m_buttons);
}

Reason StatusDialog::reason() const
{
    return comboValue(m_reason, Reason::Unset);
}

QDate StatusDialog::date() const
{
    return m_date->date();
}

QString StatusDialog::note() const
{
    return m_note->text().trimmed();
}

qint64 StatusDialog::resumeCohort() const
{
    return m_resume ? m_resume->currentData().toLongLong() : 0;
}

} // namespace arwain
