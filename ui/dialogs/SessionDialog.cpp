// SessionDialog: the session form, checked by SessionService::validate.
#include "dialogs/SessionDialog.h"

#include "Workspace.h"
#include "dialogs/FormFields.h"
#include "pages/PageWidgets.h"
#include "services/CatalogueService.h"
#include "services/Directory.h"
#include "services/SessionService.h"

#include "widgets/DateField.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
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
    m_venue->lineEdit()->setAccessibleName(tr("Venue"));
    m_for = named(new QComboBox, tr("For"));
    m_for->addItem(tr("The whole cohort"), qint64(0));
    // When the cohort cannot be read, the list stays at "the whole cohort"; saving reports why.
    if (const auto rows = workspace->directory().enrolmentsInCohort(session.cohortId))
        for (const EnrolmentRow& r : rows.value())
            if (r.enrolment.status != Status::Waitlisted && r.person.id != 0)
                m_for->addItem(tr("One-to-one: %1 %2").arg(r.person.givenName, r.person.familyName),
                               r.person.id);
    m_for->setCurrentIndex(std::max(0, m_for->findData(session.participantId)));
    auto* when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_hasTime);
    when->addWidget(m_time);
    when->addStretch();
    f->addRow(tr("&Kind:"), m_kind);
    // A row holding a layout gets no buddy from QFormLayout; the label names the date field itself, so
    // its mnemonic works and the ampersand is not shown.
    f->addRow(buddyLabel(tr("&Date:"), m_date), when);
    m_dateWarning = new QLabel;
    m_dateWarning->setWordWrap(true);
    m_dateWarning->setAccessibleName(tr("Date warning"));
    f->addRow(m_dateWarning);
    connect(m_date, &DateField::edited, this, [this] {
        const QString w = this->workspace()->sessions().dateWarning(this->session());
        m_dateWarning->setText(w.isEmpty() ? QString() : tr("Note: %1").arg(w));
        m_dateWarning->setVisible(!w.isEmpty());
    });
    Q_EMIT m_date->edited();
    f->addRow(tr("&Title:"), m_title);
    f->addRow(tr("&Facilitator or speaker:"), m_facilitator);
    f->addRow(tr("&Venue:"), m_venue);
    f->addRow(tr("F&or:"), m_for);
    connect(m_time, &QTimeEdit::timeChanged, this, &SessionDialog::revalidate);
    // Each field is named by its CSV column, so the core's problems are shown with the field's label.
    m_kind->setObjectName(u"kind"_s);
    m_date->setObjectName(u"date"_s);
    m_title->setObjectName(u"title"_s);
    m_facilitator->setObjectName(u"facilitator"_s);
    m_venue->setObjectName(u"venue"_s);
    m_for->setObjectName(u"for"_s);
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

bool SessionDialog::confirmed()
{
    const Session s = session();
    // Asked once, when the date is chosen: an existing session already outside its cohort is not asked
    // about again at every edit.
    if (m_original.id != 0 && s.date == m_original.date)
        return true;
    const QString warning = workspace()->sessions().dateWarning(s);
    if (warning.isEmpty())
        return true;
    const bool adding = m_original.id == 0;
    QMessageBox ask(QMessageBox::Question, windowTitle(),
                    adding ? tr("%1 Add the session on this date anyway?").arg(warning)
                           : tr("%1 Move the session to this date anyway?").arg(warning),
                    QMessageBox::NoButton, this);
    QPushButton* keep =
        ask.addButton(adding ? tr("&Add on this date") : tr("&Move to this date"), QMessageBox::AcceptRole);
    QPushButton* change = ask.addButton(tr("&Change the date"), QMessageBox::RejectRole);
    ask.setDefaultButton(change);
    ask.setEscapeButton(change);
    ask.exec();
    if (ask.clickedButton() == keep)
        return true;
    m_date->setFocus(Qt::OtherFocusReason);
    m_date->lineEdit()->selectAll();
    return false;
}

FieldErrors SessionDialog::validate() const
{
    return workspace()->sessions().validate(session());
}

} // namespace arwain
