// SessionDialog: the session form, checked by SessionService::validate.
#include "dialogs/SessionDialog.h"

#include "Workspace.h"
#include "dialogs/FormFields.h"
#include "services/CatalogueService.h"
#include "services/SessionService.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace arwain {

SessionDialog::SessionDialog(Workspace* workspace, const Session& session, QWidget* parent)
    : RecordDialog(workspace, session.id ? tr("Edit session") : tr("Add session"), parent),
      m_original(session)
{
    auto* form = new QWidget;
    auto* f = new QFormLayout(form);
    m_kind = named(new QComboBox, tr("Kind of session"));
    fillCombo<SessionKind>(m_kind, false);
    selectValue(m_kind, session.kind);
    m_date = arwain::dateEdit(session.date, tr("Date"));
    m_hasTime = named(new QCheckBox(tr("Starts at")), tr("Has a start time"));
    m_hasTime->setChecked(session.startTime.isValid());
    m_time = named(new QTimeEdit(session.startTime.isValid() ? session.startTime : QTime(9, 30)),
                   tr("Start time"));
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_time->setEnabled(m_hasTime->isChecked());
    connect(m_hasTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    m_title = lineEdit(session.title, tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Action learning set 3"));
    m_facilitator = lineEdit(session.facilitator, tr("Facilitator or speaker"));
    m_venue = named(new QComboBox, tr("Venue"));
    m_venue->setEditable(true);
    m_venue->addItems({QString(), tr("online")});
    m_venue->setCurrentText(session.venue);
    m_for = named(new QComboBox, tr("For"));
    m_for->addItem(tr("The whole cohort"), qint64(0));
    try {
        const Store& store = workspace->store();
        for (const Enrolment& e : store.enrolmentsInCohort(session.cohortId))
            if (e.status != Status::Waitlisted)
                if (const auto p = store.participantById(e.participantId))
                    m_for->addItem(tr("One-to-one: %1 %2").arg(p->givenName, p->familyName), p->id);
    } catch (const StorageError&) {
        // The list stays at "the whole cohort"; validation reports a database that cannot be read.
    }
    m_for->setCurrentIndex(std::max(0, m_for->findData(session.participantId)));
    auto* when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_hasTime);
    when->addWidget(m_time);
    when->addStretch();
    f->addRow(tr("&Kind:"), m_kind);
    f->addRow(tr("&Date:"), when);
    f->addRow(tr("&Title:"), m_title);
    f->addRow(tr("&Facilitator or speaker:"), m_facilitator);
    f->addRow(tr("&Venue:"), m_venue);
    f->addRow(tr("F&or:"), m_for);
    connect(m_time, &QTimeEdit::timeChanged, this, &SessionDialog::revalidate);
    finishLayout(form);
}

Session SessionDialog::session() const
{
    Session s = m_original;
    s.kind = comboValue(m_kind, SessionKind::TeachingDay);
    s.date = m_date->date();
    s.startTime = m_hasTime->isChecked() ? m_time->time() : QTime();
    s.title = m_title->text().trimmed();
    s.facilitator = m_facilitator->text().trimmed();
    s.venue = m_venue->currentText().trimmed();
    s.participantId = m_for->currentData().toLongLong();
    return s;
}

QString SessionDialog::validate() const
{
    return CatalogueService::describe(workspace()->sessions().validate(session()));
}

} // namespace arwain
