// arwain-mime-probe FILE...: prints the MIME type the desktop's shared-mime-info database gives each
// file, as a file manager would see it (Qt reads the same database: XDG_DATA_DIRS/mime). Used by
// check-package.sh on the installed package's file type.
#include <QCoreApplication>
#include <QMimeDatabase>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QMimeDatabase mime;
    for (const QString& file : QCoreApplication::arguments().mid(1))
        out << mime.mimeTypeForFile(file).name() << '\n';
    return 0;
}
