// OwnerOnly: QSaveFile with the owner-only mode set before anything is written.
#include "domain/OwnerOnly.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace arwain {

Result<void> writeOwnerOnly(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return fail(QCoreApplication::translate("arwain::OwnerOnly", "%1: cannot write: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace arwain
