// OutputFile: the one way Arwain writes a file a user named (an export, a report, a certificate, a
// subject-access export, a backup's copy): never replacing anything that is not a regular file.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

namespace arwain {

class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(arwain::OutputFile)
public:
    // `path` as the user gave it; "-" is standard output.
    explicit OutputFile(QString path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // A new or regular file (also one reached through symbolic links, which are kept) is written beside
    // its target, owner-only, and renamed over it by commit(): whole or not at all. A device, a pipe,
    // standard output or /dev/stdout and its kin (/dev/fd/N, /proc/self/fd/N) are written into
    // directly and never replaced. A folder, a disk device or a socket is refused.
    Result<void> open();
    QIODevice& device();
    // True when writing goes straight into the target (a device or a pipe): what is written cannot be
    // taken back.
    bool isStream() const { return m_direct != nullptr; }
    // Checks that everything was written (a full disk, /dev/full, a closed pipe), then puts the file in
    // place. Without it, a regular file's target is left as it was.
    Result<void> commit();
    // Gives up: a regular file's target is left as it was (what went into a device or a pipe stays).
    void cancel();
    // Open, write all of `bytes`, commit.
    static Result<void> write(const QString& path, const QByteArray& bytes);
    // The file actually written: `path` with its symbolic links followed (for a regular file).
    const QString& target() const { return m_target; }

    // Makes `dir` and any missing parents, each new one owner-only (0700): folders of certificates name
    // people. Existing folders are left as they are.
    static Result<void> makeFolder(const QString& dir);

private:
    Result<void> failure(const QString& why) const;

    QString m_path;
    QString m_target;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
};

} // namespace arwain
