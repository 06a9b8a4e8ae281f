// Workspace: one open database in the app: its services, its undo history and whether it is read-only.
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace arwain {

class Store;
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
    Database& database() const { return *m_db; }
    Store& store() const { return *m_store; }
    CatalogueService& catalogue() const { return *m_catalogue; }
    EnrolmentService& enrolments() const { return *m_enrolments; }
    SessionService& sessions() const { return *m_sessions; }
    FeedbackService& feedback() const { return *m_feedback; }
    const Directory& directory() const { return *m_directory; }
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
    void changed(arwain::Database::Table table);
    void errorOccurred(const QString& message);
    void saved(const QString& path);

private:
    explicit Workspace(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<EnrolmentService> m_enrolments;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<FeedbackService> m_feedback;
    std::unique_ptr<Directory> m_directory;
    QUndoStack* m_undo = nullptr;
    bool m_background = false;
};

} // namespace arwain
