// report and certificates in arwain-cli: handed over, arguments untouched, to arwain-cli-documents, which
// draws them with Qt Gui (see DocumentCommands.h). It sits beside arwain-cli in the build tree and in
// the library-programs folder when installed (ARWAIN_DOCUMENTS_FROM_BIN, relative to arwain-cli's own).
#include "Command.h"
#include "DocumentCommands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace arwain::cli {

namespace {

class HandedOverCommand : public Command
{
public:
    explicit HandedOverCommand(const DocumentCommand& c)
        : Command(QString::fromLatin1(c.name), QCoreApplication::translate(c.context, c.summary), {u"DB"_s})
    {
    }

    // Not parsed here: arwain-cli-documents parses it, and answers --help.
    int run(const QStringList&) override { return execute(); }

protected:
    int execute() override
    {
        const QString beside =
            QCoreApplication::applicationDirPath() + u'/' + QLatin1StringView(kDocumentsProgram);
        const QString installed = QCoreApplication::applicationDirPath() +
                                  u"/" ARWAIN_DOCUMENTS_FROM_BIN "/"_s + QLatin1StringView(kDocumentsProgram);
        const QString program = QFileInfo::exists(beside) ? beside : QDir::cleanPath(installed);
        // The line as typed (with --lang and --wait, which arwain-cli-documents reads again itself).
        std::vector<QByteArray> bytes;
        for (const QString& a : QCoreApplication::arguments())
            bytes.push_back(QFile::encodeName(a));
        std::vector<char*> argv;
        for (QByteArray& b : bytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        const QByteArray path = QFile::encodeName(program);
        out.flush();
        err.flush();
        ::execv(path.constData(), argv.data()); // returns only when it could not be started
        const int why = errno;
        return refuse(
            Command::tr("cannot start %1 (%2), which writes reports and certificates: "
                        "reinstall Arwain")
                .arg(QFileInfo(program).absoluteFilePath(), QString::fromLocal8Bit(std::strerror(why))));
    }
};

} // namespace

std::unique_ptr<Command> makeReport()
{
    return std::make_unique<HandedOverCommand>(kReportCommand);
}

std::unique_ptr<Command> makeCertificates()
{
    return std::make_unique<HandedOverCommand>(kCertificatesCommand);
}

} // namespace arwain::cli
