// One importer (ARWAIN_FUZZ_KIND) on any bytes, as a dry run over the demo database: never crashes, every
// problem names the file and line, and the database is left exactly as it was.
#include "FuzzSupport.h"
#include "io/csv/CsvKinds.h"
#include "io/csv/ImportReport.h"
#include "io/csv/Importer.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace {
// What the file holds as another program sees it, through a connection of the harness's own: SQLite's
// data_version moves there when any other connection (the importer's) commits, and the row counts show
// what a commit left. (data_version on the importer's own connection never moves for its own commits.)
QList<qint64> seenFromOutside(const QString& path)
{
    static QSqlDatabase outside = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
        db.setDatabaseName(path);
        if (!db.open())
            std::abort(); // the harness itself is broken
        return db;
    }();
    QList<qint64> seen;
    QSqlQuery q(outside);
    for (const char* statement :
         {"PRAGMA data_version", "SELECT count(*) FROM participant", "SELECT count(*) FROM enrolment",
          "SELECT count(*) FROM organisation", "SELECT count(*) FROM cohort", "SELECT count(*) FROM session",
          "SELECT count(*) FROM attendance", "SELECT count(*) FROM feedback", "SELECT count(*) FROM audit",
          "SELECT count(*) FROM status_history", "SELECT count(*) FROM network_member"}) {
        if (!q.exec(QString::fromLatin1(statement)) || !q.next())
            std::abort();
        seen << q.value(0).toLongLong();
    }
    return seen;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    arwain::fuzz::startQt();
    arwain::fuzz::demoStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    arwain::Store& store = arwain::fuzz::demoStore();
    QByteArray input = arwain::fuzz::bytes(data, size);
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    const QList<qint64> before = seenFromOutside(store.database().path());
    const auto report = arwain::Importer(store).run(arwain::CsvKind::ARWAIN_FUZZ_KIND, device,
                                                    QStringLiteral("fuzz.csv"), true);
    if (report) {
        if (report.value().written)
            __builtin_trap(); // a dry run writes nothing
        for (const QString& e : report.value().errors)
            if (!e.startsWith(QStringLiteral("fuzz.csv:")))
                __builtin_trap(); // every problem names the file and line
    }
    if (seenFromOutside(store.database().path()) != before)
        __builtin_trap();
    return 0;
}
