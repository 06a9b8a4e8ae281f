// Store: the stores of every table together, and what their updates share (row versions, conflicts).
#include "storage/Store.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace arwain {

// The end of every UPDATE of an editable row: bumps its version, and matches only the version shown (when
// one is given). Binds: id, version, version.
const QString Store::kNextVersion =
    u"version = version + 1 WHERE id = ? AND (? = 0 OR version = ?) RETURNING version"_s;

qint64 Store::newVersion(QSqlQuery& q, const QString& what)
{
    if (q.next())
        return q.value(0).toLongLong();
    throw StorageError(conflictMessage(what), StorageError::Kind::Conflict);
}

QString Store::conflictMessage(const QString& what)
{
    if (Database::retry() == Database::Retry::RunAgain)
        return what.isEmpty() ? Database::tr("This record was changed by someone else while the command ran; "
                                             "nothing was saved. Run the command again.")
                              : Database::tr("%1 was changed by someone else while the command ran; nothing "
                                             "was saved. Run the command again.")
                                    .arg(what);
    return what.isEmpty()
               ? Database::tr(
                     "This record was changed by someone else since it was shown; nothing was saved. The "
                     "window now shows their change: make yours again if it is still needed.")
               : Database::tr("%1 was changed by someone else since it was shown; nothing was saved. The "
                              "window now shows their change: make yours again if it is still needed.")
                     .arg(what);
}

} // namespace arwain
