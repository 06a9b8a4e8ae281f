// FeedbackDialog: the response form, checked by FeedbackService::validate. Combo boxes take the first
// letter of an answer ("v" very well, "y" yes), Tab moves on, Ctrl+Return saves and starts the next.
#include "dialogs/FeedbackDialog.h"

#include "Workspace.h"
#include "dialogs/FormFields.h"
#include "services/CatalogueService.h"
#include "services/Directory.h"
#include "services/FeedbackService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace arwain {

FeedbackDialog::FeedbackDialog(Workspace* workspace, const Feedback& response, QWidget* parent)
    : RecordDialog(workspace, response.id ? tr("Edit feedback response") : tr("Add feedback responses"),
                   parent),
      m_original(response)
{
    auto* form = new QWidget;
    auto* f = new QFormLayout(form);
    m_person = named(new QComboBox, tr("Who answered"));
    m_person->addItem(tr("Anonymous"), qint64(0));
    // When the cohort cannot be read: anonymous only; saving reports why.
    if (const auto rows = workspace->directory().enrolmentsInCohort(response.cohortId))
        for (const EnrolmentRow& r : rows.value())
            if (r.person.id != 0)
                m_person->addItem(r.person.givenName + u' ' + r.person.familyName, r.person.id);
    m_person->setCurrentIndex(std::max(0, m_person->findData(response.participantId)));
    m_metNeeds = named(new QComboBox, tr("How well did it meet your needs?"));
    fillCombo<MetNeeds>(m_metNeeds, true);
    selectValue(m_metNeeds, response.metNeeds);
    const QStringList questions = {tr("Did it meet your expectations?"),
                                   tr("Did you learn something you can use in practice?"),
                                   tr("Was it relevant to your role?"), tr("Would you recommend it?")};
    const YesNo values[] = {response.metExpectations, response.learnedUsable, response.relevant,
                            response.recommend};
    f->addRow(tr("&Who answered:"), m_person);
    f->addRow(tr("Met &needs:"), m_metNeeds);
    const QStringList labels = {tr("Met &expectations:"), tr("&Learned something usable:"),
                                tr("&Relevant to role:"), tr("Would re&commend:")};
    for (int i = 0; i < 4; ++i) {
        auto* box = named(new QComboBox, questions.at(i));
        fillCombo<YesNo>(box, true);
        selectValue(box, values[i]);
        box->setToolTip(questions.at(i));
        m_answers << box;
        f->addRow(labels.at(i), box);
    }
    m_metNeeds->setToolTip(m_metNeeds->accessibleName());
    m_comment = named(new QPlainTextEdit(response.comment), tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    f->addRow(tr("C&omment:"), m_comment);
    m_count = new QLabel;
    m_count->setAccessibleName(tr("Responses saved"));
    f->addRow(m_count);
    // Each field is named by its CSV column, so the core's problems are shown with the field's label.
    m_person->setObjectName(u"participant"_s);
    m_metNeeds->setObjectName(u"met_needs"_s);
    m_comment->setObjectName(u"comment"_s);
    finishLayout(form);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &FeedbackDialog::revalidate);
    if (response.id == 0) {
        m_next = buttons()->addButton(tr("Save and &next"), QDialogButtonBox::ActionRole);
        m_next->setToolTip(tr("Record this response and clear the form for the next one (Ctrl+Return)"));
        connect(m_next, &QPushButton::clicked, this, &FeedbackDialog::saveAndNext);
        // Like OK, it waits for a response worth saving.
        m_next->setEnabled(problems().isEmpty());
        connect(this, &RecordDialog::validityChanged, m_next, &QPushButton::setEnabled);
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
        connect(shortcut, &QShortcut::activated, this, &FeedbackDialog::saveAndNext);
        // The comment box would take Ctrl+Return as a new line; there it saves too.
        m_comment->installEventFilter(this);
        buttons()->button(QDialogButtonBox::Ok)->setText(tr("Save and close"));
    }
}

Feedback FeedbackDialog::response() const
{
    Feedback f = m_original;
    f.participantId = m_person->currentData().toLongLong();
    f.metNeeds = comboValue(m_metNeeds, MetNeeds::Unset);
    f.metExpectations = comboValue(m_answers.at(0), YesNo::Unset);
    f.learnedUsable = comboValue(m_answers.at(1), YesNo::Unset);
    f.relevant = comboValue(m_answers.at(2), YesNo::Unset);
    f.recommend = comboValue(m_answers.at(3), YesNo::Unset);
    f.comment = m_comment->toPlainText().trimmed();
    return f;
}

FieldErrors FeedbackDialog::validate() const
{
    return workspace()->feedback().validate(response());
}

bool FeedbackDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_comment && m_next && (event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            saveAndNext();
            return true;
        }
    }
    return RecordDialog::eventFilter(watched, event);
}

void FeedbackDialog::saveAndNext()
{
    if (!problems().isEmpty())
        return;
    Q_EMIT responseReady(response());
    ++m_saved;
    m_count->setText(tr("%1 saved; enter the next response, or close.").arg(m_saved));
    m_person->setCurrentIndex(0);
    m_metNeeds->setCurrentIndex(0);
    for (QComboBox* box : m_answers)
        box->setCurrentIndex(0);
    m_comment->clear();
    m_person->setFocus(Qt::TabFocusReason);
}

} // namespace arwain
