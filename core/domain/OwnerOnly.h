// OwnerOnly: every file Arwain writes may hold personal data (names, emails, feedback), so only its
// owner may read or write it (mode 0600): databases, backups, exports, reports and certificates.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QFileDevice>

namespace arwain {

inline constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Writes `bytes` to `path` whole or not at all (beside it, then renamed), owner-only; or why not,
// naming the file.
Result<void> writeOwnerOnly(const QString& path, const QByteArray& bytes);

} // namespace arwain
