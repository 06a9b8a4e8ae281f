// OwnerOnly: every file Arwain writes may hold personal data (names, emails, feedback), so only its
// owner may read or write it (mode 0600): databases, backups, exports, reports and certificates.
// Files a user names are written through io/OutputFile, which sets this mode.
#pragma once

#include <QFileDevice>

namespace arwain {

inline constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace arwain
