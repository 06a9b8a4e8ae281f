// Separate arwain-cli processes writing one database at the same time, as coordinators' scripts would: every
// operation is counted, and none that was reported done is lost. On a file and, in scripts/test's second
// run, on a PostgreSQL server.
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <iostream>

#include "CliSupport.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace clitest;

namespace {

using CliWriters = Cli;

// One writer: a shell loop over its list of status changes, each a separate arwain-cli process. Each line of
// its log is "NOTE <tab> EXIT <tab> STDERR" (the message on one line).
const char* const kWriterLoop = R"sh(
while read -r email cohort action reason note; do
  if [ "$reason" = - ]; then set -- ; else set -- --reason "$reason"; fi
  err=$("$CLI" status "$DB" "$email" "$cohort" "$action" "$@" --note "$note" 2>&1 >/dev/null)
  rc=$?
  printf '%s\t%s\t%s\n' "$note" "$rc" "$(printf '%s' "$err" | tr '\n' ' ')"
done < "$OPS" > "$LOG"
)sh";

// The reader: the cohort's figures, again and again until the writers are done. Each line of its log is
// "EXIT <tab> the cohort's CSV row".
const char* const kReaderLoop = R"sh(
while [ ! -e "$DONE" ]; do
  out=$("$CLI" stats "$DB" --by cohort --programme TMDP --format csv 2>&1)
  rc=$?
  printf '%s\t%s\n' "$rc" "$(printf '%s' "$out" | grep ',TMDP-2026-1,' | tr '\n' ' ')"
done > "$LOG"
)sh";

QProcess* startLoop(const char* script, const QStringList& env, QObject* parent)
{
    auto* p = new QProcess(parent);
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env)
        e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p->setProcessEnvironment(e);
    p->start(u"bash"_s, {u"-c"_s, QString::fromLatin1(script)});
    return p;
}

QStringList linesOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// How many status-history rows carry this note: 1 for a change reported done, 0 for one refused.
int rowsWithNote(QSqlDatabase& c, const QString& note)
{
    QSqlQuery q(c);
    q.prepare(u"SELECT count(*) FROM status_history WHERE note = ?"_s);
    q.addBindValue(note);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST_F(CliWriters, ThreeWriterProcessesAndAReaderLoseNoUpdate)
{
    const QString db = freshDemo();
    const qint64 auditBefore = countIn(db, u"SELECT count(*) FROM audit"_s);

    // The 18 people enrolled in TMDP-2026-1: few enough that the writers keep meeting on the same records.
    QStringList emails;
    for (const QString& line : run({u"export"_s, u"enrolments"_s, db}).out.split(u'\n'))
        if (line.contains(u",TMDP-2026-1,enrolled,"_s))
            emails << line.section(u',', 0, 0);
    ASSERT_EQ(emails.size(), 18);

    // Each writer's list of changes, drawn from a fixed seed so that a failure can be replayed. Many are
    // refused by the lifecycle (completing a withdrawn enrolment, reverting when nothing is left to revert):
    // that is the point, the refusals are counted and must say why.
    const int perWriter = qEnvironmentVariableIntValue("ARWAIN_WRITER_OPS") > 0
                              ? qEnvironmentVariableIntValue("ARWAIN_WRITER_OPS")
                              : 700;
    const int writers = 3;
    QRandomGenerator random(20261124);
    const QStringList actions{u"completed - "_s, u"deferred health "_s, u"withdrawn personal "_s,
                              u"revert - "_s, u"revert - "_s};
    QObject owner;
    QList<QProcess*> loops;
    for (int w = 0; w < writers; ++w) {
        QByteArray ops;
        for (int i = 0; i < perWriter; ++i) {
            const QString email = emails.at(int(random.bounded(emails.size())));
            const QString action = actions.at(int(random.bounded(actions.size())));
            ops += (email + u" TMDP-2026-1 "_s + action + u"w%1-%2\n"_s.arg(w).arg(i)).toUtf8();
        }
        const QString opsFile = file(u"ops-%1.txt"_s.arg(w), ops);
        loops << startLoop(kWriterLoop,
                           {u"CLI="_s + QStringLiteral(ARWAIN_CLI), u"DB="_s + db, u"OPS="_s + opsFile,
                            u"LOG="_s + file(u"writer-%1.log"_s.arg(w))},
                           &owner);
    }
    const QString done = file(u"writers-done"_s);
    QProcess* reader = startLoop(kReaderLoop,
                                 {u"CLI="_s + QStringLiteral(ARWAIN_CLI), u"DB="_s + db, u"DONE="_s + done,
                                  u"LOG="_s + file(u"reader.log"_s)},
                                 &owner);

    for (QProcess* loop : loops) {
        ASSERT_TRUE(loop->waitForFinished(15 * 60 * 1000)) << "a writer loop did not finish";
        ASSERT_EQ(loop->exitCode(), 0) << s(QString::fromUtf8(loop->readAllStandardError()));
    }
    file(u"writers-done"_s, "done");
    ASSERT_TRUE(reader->waitForFinished(60 * 1000));

    // Count every operation, and look for each in the file.
    QSqlDatabase c = connectDirectly(db, u"writers-count"_s);
    ASSERT_TRUE(c.open());
    int attempted = 0, doneOps = 0, refused = 0, failed = 0, lost = 0, phantom = 0;
    QStringList unclear;
    for (int w = 0; w < writers; ++w) {
        for (const QString& line : linesOf(dir.filePath(u"writer-%1.log"_s.arg(w)))) {
            const QStringList f = line.split(u'\t');
            ASSERT_EQ(f.size(), 3) << s(line);
            ++attempted;
            const int found = rowsWithNote(c, f.at(0));
            if (f.at(1) == u"0"_s) {
                ++doneOps;
                lost += found == 1 ? 0 : 1;
            } else if (f.at(1) == u"1"_s) {
                ++refused;
                phantom += found == 0 ? 0 : 1;
                // A refusal names the person and the cohort and says why in words: never the driver's text.
                const QString& err = f.at(2);
                if (!err.contains(u"in TMDP-2026-1: "_s) || err.contains(u"locked"_s) ||
                    err.contains(u"Unable to"_s) || err.contains(u"SQL"_s) || err.contains(u"driver"_s))
                    unclear << err;
            } else {
                ++failed;
                unclear << line;
            }
        }
    }
    c.close();
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"writers-count"_s);

    // The reader saw whole changes only: the cohort always has its 18 people, each counted once.
    int reads = 0, readFailures = 0, torn = 0;
    for (const QString& line : linesOf(dir.filePath(u"reader.log"_s))) {
        ++reads;
        const QStringList f = line.split(u'\t');
        if (f.size() != 2 || f.at(0) != u"0"_s) {
            ++readFailures;
            continue;
        }
        const QStringList cells = f.at(1).trimmed().split(u',');
        // participants, completed, deferred, withdrawn, in_progress
        if (cells.size() < 12 || cells.at(7) != u"18"_s ||
            cells.at(8).toInt() + cells.at(9).toInt() + cells.at(10).toInt() + cells.at(11).toInt() != 18)
            ++torn;
    }

    std::cout << "[ WRITERS  ] " << writers << " arwain-cli loops: attempted " << attempted << ", done "
              << doneOps << ", refused " << refused << " (clear message), failed " << failed << ", lost "
              << lost << "; reader: " << reads << " reads, " << readFailures << " failed, " << torn
              << " inconsistent" << std::endl;
    EXPECT_EQ(attempted, writers * perWriter);
    EXPECT_GT(doneOps, attempted / 4); // the lists are mostly changes that can be made
    EXPECT_EQ(failed, 0);
    EXPECT_EQ(lost, 0);
    EXPECT_EQ(phantom, 0) << "a change reported refused was written";
    EXPECT_TRUE(unclear.isEmpty()) << s(unclear.first());
    EXPECT_GT(reads, 0);
    EXPECT_EQ(readFailures, 0);
    EXPECT_EQ(torn, 0);

    // Every change done is one entry in the audit log, and the file passes every check.
    EXPECT_EQ(countIn(db, u"SELECT count(*) FROM audit"_s) - auditBefore, doneOps);
    const Outcome check = run({u"check"_s, db});
    EXPECT_EQ(check.exit, 0) << s(check.out + check.err);
}
