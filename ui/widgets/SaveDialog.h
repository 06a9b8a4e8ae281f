// SaveDialog: the one way Arwain asks where to save a file. The name always ends with the extension of
// a type on offer — the one chosen in the dialog when the typed name has none — so the type written
// (decided by the extension) is the type the user chose.
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace arwain {

// A kind of file on offer: its name in the dialog ("Excel workbook") and extension without the dot.
struct FileType
{
    QString label;
    QString extension;
};

// `path` with the extension of `types[chosen]` added, unless it already ends with one of `types`
// (any case): "figures2025" + Excel → "figures2025.xlsx"; "figures.csv" stays CSV.
QString withExtension(const QString& path, const QList<FileType>& types, int chosen);

// Asks where to save, starting at `suggested` (a file name or path; the home folder when relative).
// Returns the path to write, with its extension; empty when the user cancelled.
QString askSavePath(QWidget* parent, const QString& title, const QString& suggested,
                    const QList<FileType>& types);

} // namespace arwain
