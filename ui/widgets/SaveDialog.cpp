// SaveDialog: a QFileDialog whose default suffix follows the chosen type, and a last check of the name.
#include "widgets/SaveDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

QString filterOf(const FileType& type)
{
    return type.label + u" (*."_s + type.extension + u')';
}

} // namespace

QString withExtension(const QString& path, const QList<FileType>& types, int chosen)
{
    if (path.isEmpty() || types.isEmpty())
        return path;
    const QString name = QFileInfo(path).fileName();
    for (const FileType& t : types)
        if (name.endsWith(u'.' + t.extension, Qt::CaseInsensitive) && name.size() > t.extension.size() + 1)
            return path;
    const FileType& type = types.at(chosen >= 0 && chosen < types.size() ? chosen : 0);
    // "report." gets "pdf", not a second dot.
    return path.endsWith(u'.') ? QString(path + type.extension) : QString(path + u'.' + type.extension);
}

QString askSavePath(QWidget* parent, const QString& title, const QString& suggested,
                    const QList<FileType>& types)
{
    QFileDialog dialog(parent, title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    QStringList filters;
    for (const FileType& t : types)
        filters << filterOf(t);
    dialog.setNameFilters(filters);
    if (!types.isEmpty())
        dialog.setDefaultSuffix(types.first().extension);
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString& filter) {
        const int i = int(filters.indexOf(filter));
        if (i >= 0)
            dialog.setDefaultSuffix(types.at(i).extension);
    });
    const QFileInfo start(QDir::home(), suggested);
    const bool folder = suggested.isEmpty() || start.isDir();
    dialog.setDirectory(folder ? start.absoluteFilePath() : start.absolutePath());
    if (!folder)
        dialog.selectFile(start.fileName());
    for (;;) {
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return {};
        const QString chosen = dialog.selectedFiles().constFirst();
        const QString path = withExtension(chosen, types, int(filters.indexOf(dialog.selectedNameFilter())));
        // The dialog asked about replacing the name as typed; a file under the name with its extension
        // (a desktop's own dialog may not add it) is asked about here.
        if (path == chosen || !QFileInfo::exists(path))
            return path;
        const auto answer = QMessageBox::question(
            parent, title,
            QCoreApplication::translate("arwain::SaveDialog", "%1 already exists. Replace it?")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            return path;
    }
}

} // namespace arwain
