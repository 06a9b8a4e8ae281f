// SaveDialog: a QFileDialog whose default suffix follows the chosen type, and a last check of the name.
#include "widgets/SaveDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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
    dialog.setDirectory(start.absolutePath());
    if (!suggested.isEmpty() && !start.isDir())
        dialog.selectFile(start.fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return withExtension(dialog.selectedFiles().constFirst(), types,
                         int(filters.indexOf(dialog.selectedNameFilter())));
}

} // namespace arwain
