// AboutDialog: what the version, licence and paths say (see AboutDialog.h).
#include "AboutDialog.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace arwain {

AboutDialog::AboutDialog(const QString& database, QWidget* parent)
    : QMessageBox(QMessageBox::NoIcon, tr("About Arwain"), QString(), QMessageBox::Ok, parent)
{
    setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    setTextFormat(Qt::RichText);
    const QString open =
        database.isEmpty() ? tr("none open") : QDir::toNativeSeparators(database).toHtmlEscaped();
    setText(tr("<p><b>Arwain</b> %1</p><p>Arwain (Welsh: to lead) tracks leadership-development "
               "programmes in social care.</p>")
                .arg(QApplication::applicationVersion().toHtmlEscaped()));
    setInformativeText(
        tr("<p>Free software under the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General "
           "Public License, version 3 or later</a>: you may share and change it; it comes with no "
           "warranty.</p><p>Data folder: %1<br>Database: %2</p>")
            .arg(QDir::toNativeSeparators(dataFolder()).toHtmlEscaped(), open));
    // The paths can be selected and copied; the licence link opens in the browser.
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setAttribute(Qt::WA_DeleteOnClose);
}

QString AboutDialog::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace arwain
