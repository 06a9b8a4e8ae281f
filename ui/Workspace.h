// Workspace: one open database in the app: its services, its undo history and whether it is read-only.
#pragma once

#include "domain/DataTables.h"
#include "domain/Result.h"

#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace arwain {

class Services;
class CatalogueService;
class EnrolmentService;
class SessionService;
class FeedbackService;
class Directory;

// The value of a read, or nothing when the record is missing or the read failed (then the failure
// has been reported to the user through the workspace).
template <typename T> std::optional<T> found(const Result<std::optional<T>>& r)
{
    return r ? r.value() : std::nullopt;
}

class Workspace : public QObject
{
    Q_OBJECT
public:
    ~Workspace() override;

    static Result<std::unique_ptr<Workspace>> open(const QString& path, bool readOnly);
    // A new file; with `demo`, filled with the demo data.
    static Result<std::unique_ptr<Workspace>> create(const QString& path, bool demo);

    const QString& path() const;
    bool isReadOnly() const;
    // The database's services: the app's one door to its data.
    Services& services() const { return *m_services; }
    CatalogueService& catalogue() const;
    EnrolmentService& enrolments() const;
    SessionService& sessions() const;
    FeedbackService& feedback() const;
    const Directory& directory() const;
    QUndoStack* undoStack() const { return m_undo; }
    // Whether whole-table reads (every participant, organisation, network member) run on a worker
    // thread so the window keeps painting: true for files of 16 MiB and more (tens of thousands of
    // enrolments); small files are read at once, which is quicker than a thread at that size.
    bool readsInBackground() const { return m_background; }
    void setReadsInBackground(bool background) { m_background = background; }

    // Undo commands report failures here (the state changed under them); the window shows them.
    void reportError(const QString& message) { Q_EMIT errorOccurred(message); }
    // A file the user asked for was written (the status bar says where, with "Open folder").
    void reportSaved(const QString& path) { Q_EMIT saved(path); }

Q_SIGNALS:
    void changed(arwain::DataTables::Table table);
    void errorOccurred(const QString& message);
    void saved(const QString& path);

private:
    explicit Workspace(std::unique_ptr<Services> services);

    std::unique_ptr<Services> m_services;
    QUndoStack* m_undo = nullptr;
    bool m_background = false;
};

} // namespace arwain
