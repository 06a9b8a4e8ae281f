// UndoCommands: every edit the app makes, as a QUndoCommand over the core services.
#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace arwain {

class Workspace;

// The base runs the edit; a failure is reported to the workspace and the command made obsolete, so
// the undo history only ever holds edits that happened.
class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(arwain::EditCommand)
public:
    EditCommand(Workspace* workspace, const QString& text) : QUndoCommand(text), m_workspace(workspace) {}
    void redo() final;
    void undo() final;
    bool succeeded() const { return !isObsolete(); }

protected:
    // Each returns an error message, or an empty string when done.
    virtual QString apply() = 0;
    virtual QString revert() = 0;
    Workspace* workspace() const { return m_workspace; }

private:
    Workspace* m_workspace;
};

// Adding (no `before`) or editing a cohort, participant or organisation.
template <typename T> class SaveCommand : public EditCommand
{
public:
    SaveCommand(Workspace* workspace, std::optional<T> before, T after, const QString& text)
        : EditCommand(workspace, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    const T& saved() const { return m_after; }

protected:
    QString apply() override;
    QString revert() override;

private:
    std::optional<T> m_before;
    T m_after;
};

using SaveCohortCommand = SaveCommand<Cohort>;
using SaveParticipantCommand = SaveCommand<Participant>;
using SaveOrganisationCommand = SaveCommand<Organisation>;

// Enrolling several people in a cohort; each may land on the waitlist or resume a deferral.
class EnrolCommand : public EditCommand
{
public:
    EnrolCommand(Workspace* workspace, QList<qint64> participants, qint64 cohortId, QDate date);
    const QList<Enrolment>& made() const { return m_made; }

protected:
    QString apply() override;
    QString revert() override;

private:
    QList<qint64> m_participants;
    qint64 m_cohort;
    QDate m_date;
    QList<qint64> m_ids; // kept across undo and redo so later commands still find them
    QList<Enrolment> m_made;
};

// The same status change for one or more enrolments (complete, withdraw, defer); a deferral may
// resume straight away in a later cohort.
class StatusCommand : public EditCommand
{
public:
    struct Change
    {
        Status to = Status::Completed;
        QDate date;
        Reason reason = Reason::Unset;
        QString note;
        qint64 resumeInCohort = 0;
    };
    StatusCommand(Workspace* workspace, QList<qint64> enrolments, Change change, const QString& text);

protected:
    QString apply() override;
    QString revert() override;

private:
    QList<qint64> m_enrolments;
    Change m_change;
    QList<qint64> m_done;
    qint64 m_resumeId = 0;
};

// "Revert last change" of one enrolment; undoing it makes the change again.
class RevertCommand : public EditCommand
{
public:
    RevertCommand(Workspace* workspace, qint64 enrolmentId);

protected:
    QString apply() override;
    QString revert() override;

private:
    qint64 m_enrolment;
    std::optional<StatusChange> m_reverted;
};

} // namespace arwain
