// Database: creation, refusing foreign, damaged and newer files untouched, migration with backup,
// transactions that leave nothing behind.
#include "storage/Database.h"
#include "TestSupport.h"
#include "domain/Records.h"
#include "services/CatalogueService.h"
#include "services/SessionService.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"
#include "storage/CohortTally.h"
#include "storage/Dialect.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace arwain;
using namespace arwain::test;

namespace {

QByteArray fingerprint(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void rawSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        c.setDatabaseName(path);
        ASSERT_TRUE(c.open());
        for (const QString& s : statements) {
            QSqlQuery q(c);
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

// Enough rows that the file has several b-tree pages to damage.
void fillWithOrganisations(Database& db)
{
    Store store(db);
    CatalogueService cat(store);
    for (int i = 0; i < 300; ++i)
        ASSERT_TRUE(
            cat.save(Organisation{0, u"Organisation %1"_s.arg(i), Sector::ThirdSector, Region::MidWales}));
}

class DatabaseFiles : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }

    void expectRefusedUntouched(const QString& file, const QString& words)
    {
        const QByteArray before = fingerprint(file);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        for (auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
            auto db = Database::open(file, access);
            ASSERT_FALSE(db.ok());
            EXPECT_TRUE(db.error().contains(words)) << db.error().toStdString();
            EXPECT_TRUE(db.error().contains(u"the file was not changed"_s)) << db.error().toStdString();
        }
        EXPECT_EQ(fingerprint(file), before);
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }
};

} // namespace

TEST_F(DatabaseFiles, NewDatabaseIsOwnerOnlyWithCurrentSchemaAndBuiltIns)
{
    auto db = Database::create(path(u"new.arwain"_s));
    ASSERT_TRUE(db.ok()) << s(db.error());
    EXPECT_EQ(db.value()->schemaVersion(), Database::kSchemaVersion);
    const auto perms = QFile(path(u"new.arwain"_s)).permissions();
    EXPECT_TRUE(perms & QFile::ReadOwner);
    EXPECT_FALSE(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
    Store store(*db.value());
    QStringList codes;
    for (const Programme& p : store.programmes())
        codes << p.code;
    EXPECT_EQ(codes, (QStringList{u"TMDP"_s, u"MMDP"_s, u"AMMP"_s, u"NDP"_s, u"ICL"_s, u"WSH"_s}));
    EXPECT_EQ(store.programmeByCode(u"ICL"_s)->kind, ProgrammeKind::SingleSession);
    EXPECT_EQ(store.programmeByCode(u"TMDP"_s)->welshName, u"Rhaglen Datblygu Rheolwyr Tîm"_s);
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    EXPECT_EQ(q.value(0).toString(), u"wal"_s);
    ASSERT_TRUE(q.exec(u"SELECT COUNT(*) FROM reason"_s) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 7);
}

TEST_F(DatabaseFiles, CreateNeverOverwrites)
{
    QFile f(path(u"precious.arwain"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    auto db = Database::create(path(u"precious.arwain"_s));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(u"already exists"_s));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("keep me"));
}

TEST_F(DatabaseFiles, MissingFileIsReported)
{
    auto db = Database::open(path(u"nowhere.arwain"_s));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(u"no such file"_s));
    EXPECT_FALSE(QFile::exists(path(u"nowhere.arwain"_s)));
}

TEST_F(DatabaseFiles, TextFileIsRefusedUntouched)
{
    QFile f(path(u"notes.csv"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("given_name,family_name\nSiân,Jones\n");
    f.close();
    expectRefusedUntouched(path(u"notes.csv"_s), u"not an Arwain database (not an SQLite file)"_s);
}

TEST_F(DatabaseFiles, EmptyFileIsRefusedUntouched)
{
    QFile f(path(u"empty.arwain"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto db = Database::open(path(u"empty.arwain"_s));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(u"the file is empty"_s));
    EXPECT_EQ(QFile(path(u"empty.arwain"_s)).size(), 0);
}

TEST_F(DatabaseFiles, AnotherProgramsSqliteFileIsRefusedUntouched)
{
    rawSql(path(u"other.db"_s), {u"CREATE TABLE t(x)"_s, u"INSERT INTO t VALUES (1)"_s});
    expectRefusedUntouched(path(u"other.db"_s), u"an SQLite file of another program"_s);
}

TEST_F(DatabaseFiles, NewerFileIsRefusedUntouched)
{
    {
        auto db = Database::create(path(u"future.arwain"_s));
        ASSERT_TRUE(db.ok());
    }
    rawSql(path(u"future.arwain"_s), {u"PRAGMA user_version = 99"_s});
    expectRefusedUntouched(path(u"future.arwain"_s), u"made by a newer version of Arwain (file format 99"_s);
}

TEST_F(DatabaseFiles, DamagedFileIsRefusedUntouched)
{
    {
        auto db = Database::create(path(u"damaged.arwain"_s));
        ASSERT_TRUE(db.ok());
        fillWithOrganisations(*db.value());
    }
    QFile f(path(u"damaged.arwain"_s));
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_GT(f.size(), 8192);
    f.seek(4096); // the b-tree pages after the header page
    f.write(QByteArray(8192, '\xA5'));
    f.close();
    expectRefusedUntouched(path(u"damaged.arwain"_s), u"damaged"_s);
}

TEST_F(DatabaseFiles, TruncatedFileIsRefusedUntouched)
{
    {
        auto db = Database::create(path(u"cut.arwain"_s));
        ASSERT_TRUE(db.ok());
        fillWithOrganisations(*db.value());
    }
    QFile f(path(u"cut.arwain"_s));
    ASSERT_TRUE(f.resize(f.size() / 2));
    expectRefusedUntouched(path(u"cut.arwain"_s), u"damaged"_s);
}

TEST_F(DatabaseFiles, ZeroedHeaderIsRefusedUntouched)
{
    {
        auto db = Database::create(path(u"zeroed.arwain"_s));
        ASSERT_TRUE(db.ok());
        fillWithOrganisations(*db.value());
    }
    QFile f(path(u"zeroed.arwain"_s));
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.write(QByteArray(100, '\0')); // SQLite's 100-byte header, gone
    f.close();
    expectRefusedUntouched(path(u"zeroed.arwain"_s), u"not an Arwain database"_s);
}

TEST_F(DatabaseFiles, ADirectoryIsRefused)
{
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"folder.arwain"_s));
    for (auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        auto db = Database::open(path(u"folder.arwain"_s), access);
        ASSERT_FALSE(db.ok());
        EXPECT_TRUE(db.error().contains(u"not a file"_s)) << db.error().toStdString();
    }
    EXPECT_TRUE(QDir(path(u"folder.arwain"_s)).isEmpty());
}

TEST_F(DatabaseFiles, OlderFileIsBackedUpThenMigratedKeepingItsData)
{
    {
        auto db = Database::create(path(u"old.arwain"_s), 1);
        ASSERT_TRUE(db.ok());
        EXPECT_EQ(db.value()->schemaVersion(), 1);
        // Written as version 1 wrote it: today's services expect today's tables.
        QSqlQuery q(db.value()->connection());
        ASSERT_TRUE(q.exec(u"INSERT INTO organisation(name, sector, region) "
                           "VALUES ('Cyngor Gwynedd', 'local authority', 'North Wales')"_s))
            << s(q.lastError().text());
    }
    auto ro = Database::open(path(u"old.arwain"_s), Database::Access::ReadOnly);
    ASSERT_FALSE(ro.ok());
    EXPECT_TRUE(ro.error().contains(u"older file format"_s));

    auto db = Database::open(path(u"old.arwain"_s));
    ASSERT_TRUE(db.ok()) << s(db.error());
    EXPECT_EQ(db.value()->schemaVersion(), Database::kSchemaVersion);
    const QString backup = db.value()->migrationBackup();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_TRUE(backup.contains(u".v1-backup-"_s));
    Store store(*db.value());
    EXPECT_EQ(store.organisationByName(u"cyngor gwynedd"_s)->region, Region::NorthWales);

    // The backup is the version-1 file as it was.
    db.value().reset();
    QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
    c.setDatabaseName(backup);
    ASSERT_TRUE(c.open());
    {
        QSqlQuery q(c);
        ASSERT_TRUE(q.exec(u"PRAGMA user_version"_s) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
        ASSERT_TRUE(q.exec(u"SELECT COUNT(*) FROM organisation"_s) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
    }
    c.close();
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"backup"_s);
}

TEST_F(DatabaseFiles, VersionTwoSessionsAndMarksSurviveTheUpgradeAndADayMayHoldTwoSessions)
{
    {
        auto db = Database::create(path(u"v2.arwain"_s), 2);
        ASSERT_TRUE(db.ok());
        QSqlDatabase c = db.value()->connection();
        QSqlQuery q(c);
        for (
            const QString& statement :
            {u"INSERT INTO cohort(id, code, programme_id, start_date) VALUES (1, 'NDP-2024-1', 4, '2024-05-15')"_s,
             u"INSERT INTO participant(id, given_name, family_name, email) VALUES (1, 'Llŷr', 'Tudur', 'l@x.cymru')"_s,
             u"INSERT INTO enrolment(id, participant_id, cohort_id, status, status_date) "
             "VALUES (1, 1, 1, 'enrolled', '2024-05-01')"_s,
             u"INSERT INTO session(id, cohort_id, date, kind, title) "
             "VALUES (7, 1, '2024-06-01', 'action learning set', 'Set 1')"_s,
             u"INSERT INTO attendance(session_id, enrolment_id, mark) VALUES (7, 1, 'excused')"_s})
            ASSERT_TRUE(q.exec(statement)) << s(q.lastError().text());
    }
    auto db = Database::open(path(u"v2.arwain"_s));
    ASSERT_TRUE(db.ok()) << s(db.error());
    Store store(*db.value());
    SessionService sessions(store);
    const auto kept = sessions.sessions().sessionById(7);
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->title, u"Set 1"_s);
    EXPECT_EQ(kept->kind, SessionKind::ActionLearningSet);
    EXPECT_FALSE(kept->startTime.isValid());
    EXPECT_EQ(sessions.sessions().attendanceOf(7, 1)->mark, AttendanceMark::Excused);
    // The old one-session-a-day limit is gone: a second session that day with its own time.
    Session afternoon{0, 1, QDate(2024, 6, 1), SessionKind::GuestSpeaker, u"Guest"_s, QTime(14, 0), {}, {}};
    EXPECT_TRUE(sessions.save(afternoon).ok());
    Session again{0, 1, QDate(2024, 6, 1), SessionKind::GuestSpeaker, u"Same slot"_s, QTime(14, 0), {}, {}};
    const auto refused = sessions.save(again);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"already has a session"_s)) << s(refused.error());
    auto problems = db.value()->check();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems.value().isEmpty());
}

namespace {
// The rows of every table of a database file, read with plain SQL (any schema version).
QMap<QString, int> rowCounts(const QString& file)
{
    QMap<QString, int> counts;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"counts"_s);
        c.setDatabaseName(file);
        c.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (c.open()) {
            QSqlQuery tables(c);
            tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit'"_s);
            while (tables.next()) {
                QSqlQuery n(c);
                n.exec(u"SELECT COUNT(*) FROM "_s + tables.value(0).toString());
                counts[tables.value(0).toString()] = n.next() ? n.value(0).toInt() : -1;
            }
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(u"counts"_s);
    return counts;
}

class EarlierVersion : public ::testing::TestWithParam<int>
{
};
} // namespace

// tests/data/schema-vN.arwain: the demo database as the Arwain of file format N wrote it (N = 2: built
// from commit 09d1383^, the last of format 2; N = 3: built from e1264d9, the last of format 3). Format 1
// never left a development machine (the first commit already wrote 2); the test above covers it.
TEST_P(EarlierVersion, FixtureUpgradesWithEveryRowAndTheDemoFiguresKept)
{
    const int version = GetParam();
    QTemporaryDir dir;
    const QString file = dir.filePath(u"old.arwain"_s);
    ASSERT_TRUE(QFile::copy(QStringLiteral(ARWAIN_TEST_DATA "/schema-v%1.arwain").arg(version), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QMap<QString, int> before = rowCounts(file);
    ASSERT_GT(before.value(u"enrolment"_s), 500);

    auto db = Database::open(file);
    ASSERT_TRUE(db.ok()) << s(db.error());
    EXPECT_EQ(db.value()->schemaVersion(), Database::kSchemaVersion);
    EXPECT_TRUE(db.value()->migrationBackup().contains(QStringLiteral(".v%1-backup-").arg(version)));
    auto problems = db.value()->check();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems.value().isEmpty()) << s(problems.value().join(u"; "_s));

    // Every row of every table is still there; tables a later format added may hold their defaults.
    const QMap<QString, int> after = rowCounts(file);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        EXPECT_EQ(after.value(it.key()), it.value()) << s(it.key());

    // The published figures of the demo come out the same.
    Store store(*db.value());
    StatsQuery q;
    q.year = 2024;
    auto figures = Statistics(store).compute(q);
    ASSERT_TRUE(figures.ok()) << s(figures.error());
    QMap<QString, std::optional<qint64>> rates;
    for (const StatsRow& r : figures.value().rows)
        rates[r.key] = r.rate;
    EXPECT_EQ(rates.value(u"TMDP"_s), 8889);
    EXPECT_EQ(rates.value(u"MMDP"_s), 8667);
    // The upgrade itself is the first entry of the audit log.
    const auto log = store.auditEntries({}, 10);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().action, u"file.upgrade"_s);
    EXPECT_EQ(log.first().detail,
              QStringLiteral("file format %1 to %2").arg(version).arg(Database::kSchemaVersion));
    // And its records can be edited at once: rows carry their first version.
    auto person = store.participants().first();
    EXPECT_EQ(person.version, 1);
    person.jobRole = JobRole::Director;
    EXPECT_TRUE(CatalogueService(store).save(person).ok());
}

INSTANTIATE_TEST_SUITE_P(Fixtures, EarlierVersion, ::testing::Values(2, 3),
                         [](const ::testing::TestParamInfo<int>& i) {
                             return "Format" + std::to_string(i.param);
                         });

TEST_F(DbTest, FailedWorkLeavesNothingBehind)
{
    auto r = db->write([&]() -> Result<void> {
        store->insertOrganisation(Organisation{0, u"Half written"_s, Sector::Other, Region::Unset});
        return fail(u"a later step failed"_s);
    });
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(store->organisationByName(u"Half written"_s).has_value());

    auto storageFailure = db->write([&]() -> Result<void> {
        store->insertOrganisation(Organisation{0, u"Also half written"_s, Sector::Other, Region::Unset});
        store->insertOrganisation(Organisation{0, u"Also half written"_s, Sector::Other, Region::Unset});
        return {};
    });
    EXPECT_FALSE(storageFailure.ok());
    EXPECT_TRUE(storageFailure.error().contains(u"nothing was changed"_s));
    EXPECT_FALSE(store->organisationByName(u"Also half written"_s).has_value());
}

// A write keeps its statement journals in memory (a large import wrote them to a temporary file, a
// system call per page); reads afterwards, an export's sorting among them, spill to files as before.
TEST_F(DbTest, AWriteJournalsItsStatementsInMemoryAndPutsTheDefaultBackAfter)
{
    // SQLite's setting, so a file's (whichever engine the other tests run on).
    db.reset();
    store.reset();
    auto file = Database::create(path(u"journal.arwain"_s));
    ASSERT_TRUE(file.ok()) << s(file.error());
    db = file.take();
    store = std::make_unique<Store>(*db);
    auto setting = [&] {
        QSqlQuery q(db->connection());
        return q.exec(u"PRAGMA temp_store"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    EXPECT_EQ(setting(), 0); // SQLite's default: as it was built (temporary files)
    int during = -1;
    ASSERT_TRUE(db->write([&]() -> Result<void> {
        during = setting();
        store->insertOrganisation(Organisation{0, u"Ynys Môn"_s, Sector::Other, Region::NorthWales});
        return {};
    }));
    EXPECT_EQ(during, 2); // memory
    EXPECT_EQ(setting(), 0);
    EXPECT_FALSE(db->write([&]() -> Result<void> {
                       during = setting();
                       return fail(u"a later step failed"_s);
                   }).ok());
    EXPECT_EQ(during, 2);
    EXPECT_EQ(setting(), 0);
}

TEST_F(DbTest, ChangeSignalsGoOutOnlyAfterCommit)
{
    QList<Database::Table> seen;
    QObject::connect(db.get(), &Database::changed, [&](Database::Table t) { seen << t; });
    ASSERT_TRUE(catalogue->save(Organisation{0, u"Porth"_s, Sector::ThirdSector, Region::SouthEastWales}));
    EXPECT_EQ(seen, QList<Database::Table>{Database::Organisations});
    seen.clear();
    (void)db->write([&]() -> Result<void> {
        store->insertOrganisation(Organisation{0, u"Rolled back"_s, Sector::Other, Region::Unset});
        return fail(u"no"_s);
    });
    EXPECT_TRUE(seen.isEmpty());
}

TEST_F(DbTest, ReadOnlyDatabaseRefusesEveryWrite)
{
    db.reset();
    auto ro = Database::open(location(), Database::Access::ReadOnly);
    ASSERT_TRUE(ro.ok()) << s(ro.error());
    EXPECT_TRUE(ro.value()->isReadOnly());
    Store roStore(*ro.value());
    auto saved = CatalogueService(roStore).save(Organisation{0, u"Nope"_s, Sector::Other, Region::Unset});
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"read-only"_s));
}

TEST_F(DbTest, BackupIsAConsistentOwnerOnlyCopy)
{
    if (db->dialect().isServer()) {
        // A server's database is backed up by its administrators (pg_dump), never by one user's app.
        auto refused = db->backupTo(path(u"copy.arwain"_s));
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().contains(u"pg_dump"_s)) << s(refused.error());
        EXPECT_FALSE(QFile::exists(path(u"copy.arwain"_s)));
        return;
    }
    ASSERT_TRUE(
        catalogue->save(Organisation{0, u"Tŷ Seren"_s, Sector::IndependentProvider, Region::NorthWales}));
    const QString copy = path(u"copy.arwain"_s);
    ASSERT_TRUE(db->backupTo(copy).ok());
    EXPECT_FALSE(QFile(copy).permissions() & (QFile::ReadGroup | QFile::ReadOther));
    auto again = db->backupTo(copy);
    EXPECT_FALSE(again.ok());
    auto opened = Database::open(copy, Database::Access::ReadOnly);
    ASSERT_TRUE(opened.ok()) << s(opened.error());
    Store copyStore(*opened.value());
    EXPECT_TRUE(copyStore.organisationByName(u"Tŷ Seren"_s).has_value());
    auto problems = opened.value()->check();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems.value().isEmpty());
}

TEST_F(DbTest, ASecondConnectionOpensADatabaseThatIsInUse)
{
    // The app keeps its connection open while a background import opens another.
    ASSERT_TRUE(
        catalogue->save(Organisation{0, u"Cyngor Gwynedd"_s, Sector::LocalAuthority, Region::NorthWales}));
    auto second = Database::open(location());
    ASSERT_TRUE(second.ok()) << s(second.error());
    Store other(*second.value());
    EXPECT_TRUE(other.organisationByName(u"Cyngor Gwynedd"_s).has_value());
    auto reader = Database::open(location(), Database::Access::ReadOnly);
    ASSERT_TRUE(reader.ok()) << s(reader.error());
}

TEST_F(DbTest, OnlyTheNewestThreeUpgradeBackupsAreKept)
{
    const QString file = path();
    const QStringList stamps = {u"20240101-090000"_s, u"20250101-090000"_s, u"20230101-090000"_s,
                                u"20260101-090000"_s, u"20251231-235959"_s};
    for (const QString& stamp : stamps) {
        QFile f(file + u".v1-backup-"_s + stamp);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    QFile unrelated(file + u".before-restore-20200101-000000"_s);
    ASSERT_TRUE(unrelated.open(QIODevice::WriteOnly));
    unrelated.close();
    Database::pruneUpgradeBackups(file);
    QStringList left = QDir(dir.path()).entryList({u"test.arwain.v*"_s}, QDir::Files, QDir::Name);
    EXPECT_EQ(left, (QStringList{u"test.arwain.v1-backup-20250101-090000"_s,
                                 u"test.arwain.v1-backup-20251231-235959"_s,
                                 u"test.arwain.v1-backup-20260101-090000"_s}));
    EXPECT_TRUE(QFile::exists(unrelated.fileName())); // only upgrade backups are pruned
}

TEST_F(DatabaseFiles, AVersion4FileGetsEachCohortsCountsFromItsEnrolments)
{
    Clock::setFixed(kToday);
    {
        auto db = Database::create(path(u"v4.arwain"_s), 4);
        ASSERT_TRUE(db.ok()) << s(db.error());
        Store store(*db.value());
        CatalogueService catalogue(store);
        EnrolmentService enrolments(store);
        Cohort c;
        c.code = u"TMDP-2024-1"_s;
        c.programmeId = store.programmeByCode(u"TMDP"_s)->id;
        c.startDate = QDate(2024, 4, 17);
        c.endDate = QDate(2024, 11, 28);
        const qint64 cohort = catalogue.save(c).value().id;
        for (const QString& given : {u"Siân"_s, u"Llŷr"_s, u"Gwenllïan"_s}) {
            Participant p;
            p.givenName = given;
            p.familyName = u"Jones"_s;
            p.email = given.left(1) + u"@example.org"_s;
            const qint64 e =
                enrolments.enrol(catalogue.save(p).value().id, cohort, QDate(2024, 4, 1)).value().id;
            if (given != u"Llŷr"_s) {
                ASSERT_TRUE(enrolments.changeStatus(e, Status::Completed, QDate(2024, 11, 28)));
            }
        }
    }
    auto db = Database::open(path(u"v4.arwain"_s));
    ASSERT_TRUE(db.ok()) << s(db.error());
    EXPECT_TRUE(db.value()->check().value().isEmpty()) << s(db.value()->check().value().join(u"; "_s));
    const QList<CohortTally> tallies = Store(*db.value()).cohortTallies();
    ASSERT_EQ(tallies.size(), 1);
    EXPECT_EQ(tallies.first().completed, 2);
    EXPECT_EQ(tallies.first().enrolled, 1);
    EXPECT_EQ(tallies.first().waitlisted + tallies.first().deferred + tallies.first().withdrawn, 0);
    Clock::reset();
}

TEST_F(DbTest, CheckFindsKeptCountsThatDifferFromTheEnrolments)
{
    const qint64 cohort = addCohort(u"MMDP-2024-1"_s, u"MMDP"_s, QDate(2024, 5, 1), QDate(2025, 2, 1));
    ASSERT_TRUE(enrolments->enrol(addPerson(u"Siân"_s, u"Hughes"_s, u"sian@example.org"_s), cohort,
                                  QDate(2024, 4, 1)));
    EXPECT_TRUE(db->check().value().isEmpty());
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(u"UPDATE cohort_tally SET completed = completed + 1"_s)) << s(q.lastError().text());
    const QStringList problems = db->check().value();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first(), u"cohort MMDP-2024-1: its kept counts differ from its enrolments"_s);
}
