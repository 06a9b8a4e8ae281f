// OutputFile: what the path names is looked at first (stat), so that the atomic write (a temporary file
// renamed into place) only ever replaces a regular file.
#include "io/OutputFile.h"

#include "domain/OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The descriptor that /dev/stdout, /dev/stderr, /dev/fd/N or /proc/self/fd/N stand for, or -1. Written
// through the descriptor itself, as a shell's ">" would, so an append (">>") stays an append.
int descriptorNamed(const QString& path)
{
    if (path == u"-"_s || path == u"/dev/stdout"_s)
        return STDOUT_FILENO;
    if (path == u"/dev/stderr"_s)
        return STDERR_FILENO;
    static const QRegularExpression fd(u"^/(?:dev/fd|proc/self/fd)/(\\d{1,6})$"_s);
    const auto m = fd.match(path);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A path whose symbolic links lead nowhere yet: the name the last link points to (made on commit).
QString followLinks(const QString& path)
{
    QString p = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(p).constData(), &st) != 0 || !S_ISLNK(st.st_mode))
            return p;
        char buffer[4096];
        const ssize_t n = ::readlink(QFile::encodeName(p).constData(), buffer, sizeof buffer - 1);
        if (n <= 0)
            return p;
        const QString link = QFile::decodeName(QByteArray(buffer, int(n)));
        p = QDir::cleanPath(QDir::isAbsolutePath(link) ? link : QFileInfo(p).absolutePath() + u'/' + link);
    }
    return p;
}

} // namespace

OutputFile::OutputFile(QString path) : m_path(std::move(path)), m_target(m_path) {}

OutputFile::~OutputFile() = default;

Result<void> OutputFile::failure(const QString& why) const
{
    if (m_path == u"-"_s)
        return fail(tr("cannot write to standard output: %1").arg(why));
    return fail(tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(m_path), why));
}

Result<void> OutputFile::open()
{
    if (m_path.isEmpty())
        return fail(tr("no file named to write to"));
    if (const int fd = descriptorNamed(m_path); fd >= 0) {
        m_direct = std::make_unique<QFile>();
        if (!m_direct->open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
            return failure(m_direct->errorString());
        return {};
    }
    const QByteArray name = QFile::encodeName(m_path);
    struct stat st
    {
    };
    if (::stat(name.constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return failure(tr("it is a folder"));
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
            // A device (a terminal, /dev/null) or a named pipe: written into, never replaced.
            m_direct = std::make_unique<QFile>(m_path);
            if (!m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                return failure(m_direct->errorString());
            return {};
        }
        if (!S_ISREG(st.st_mode))
            return failure(tr("it is not a regular file (a disk device or a socket); nothing was written"));
        // An existing file, perhaps through links: its real place is written, the links stay links.
        m_target = QFileInfo(m_path).canonicalFilePath();
    } else if (errno == ENOENT) {
        m_target = followLinks(m_path);
    } else {
        return failure(systemError(errno));
    }
    m_save = std::make_unique<QSaveFile>(m_target);
    if (!m_save->open(QIODevice::WriteOnly) || !m_save->setPermissions(kOwnerOnly)) {
        const QString why = m_save->errorString();
        m_save.reset();
        return failure(why);
    }
    return {};
}

QIODevice& OutputFile::device()
{
    Q_ASSERT(m_save || m_direct);
    if (m_save)
        return *m_save;
    return *m_direct;
}

Result<void> OutputFile::commit()
{
    if (m_direct) {
        const bool flushed = m_direct->flush();
        const bool ok = flushed && m_direct->error() == QFileDevice::NoError;
        const QString why = m_direct->errorString();
        m_direct->close();
        m_direct.reset();
        if (!ok)
            return failure(why);
        return {};
    }
    if (!m_save)
        return failure(tr("the file was not opened"));
    const bool ok = m_save->commit();
    const QString why = m_save->errorString();
    m_save.reset();
    if (!ok)
        return failure(why);
    return {};
}

void OutputFile::cancel()
{
    if (m_save)
        m_save->cancelWriting();
    m_save.reset();
    m_direct.reset();
}

Result<void> OutputFile::write(const QString& path, const QByteArray& bytes)
{
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (file.device().write(bytes) != bytes.size()) {
        const QString why = file.device().errorString();
        return file.failure(why);
    }
    return file.commit();
}

Result<void> OutputFile::makeFolder(const QString& dir)
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QStringList parts = absolute.split(u'/', Qt::SkipEmptyParts);
    QString sofar;
    for (const QString& part : parts) {
        sofar += u'/' + part;
        const QByteArray name = QFile::encodeName(sofar);
        if (::mkdir(name.constData(), 0700) == 0)
            continue;
        const int error = errno;
        struct stat st
        {
        };
        if (error == EEXIST && ::stat(name.constData(), &st) == 0 && S_ISDIR(st.st_mode))
            continue;
        return fail(tr("%1: cannot make the folder: %2")
                        .arg(QDir::toNativeSeparators(sofar),
                             error == EEXIST ? tr("a file of that name is in the way") : systemError(error)));
    }
    return {};
}

} // namespace arwain
