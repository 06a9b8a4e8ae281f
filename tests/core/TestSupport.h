// TestSupport: a fresh database in a temporary folder (or, with ARWAIN_TEST_SERVER set, on the PostgreSQL
// server that libpq's PG* variables name: see TestServer.h), services over it, and a fixed clock.
#pragma once

#include "domain/Clock.h"
#include "services/CatalogueService.h"
#include "services/EnrolmentService.h"
#include "services/FeedbackService.h"
#include "services/SessionService.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QBuffer>
#include <QTemporaryDir>

#include "QtPrinters.h"
#include "TestServer.h"

#include <gtest/gtest.h>

namespace arwain::test {

using namespace Qt::StringLiterals;

inline const QDateTime kToday(QDate(2026, 11, 23), QTime(10, 0));

class DbTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::setFixed(kToday);
        ASSERT_TRUE(dir.isValid());
        if (TestServer::wanted()) {
            auto made = server.makeDatabase();
            ASSERT_TRUE(made.ok()) << made.error().toStdString();
            m_location = made.value();
        } else {
            m_location = path();
        }
        auto created = Database::create(m_location);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        db = created.take();
        store = std::make_unique<Store>(*db);
        catalogue = std::make_unique<CatalogueService>(*store);
        enrolments = std::make_unique<EnrolmentService>(*store);
        sessions = std::make_unique<SessionService>(*store);
        feedback = std::make_unique<FeedbackService>(*store);
    }
    void TearDown() override
    {
        Clock::reset();
        feedback.reset();
        sessions.reset();
        enrolments.reset();
        catalogue.reset();
        store.reset();
        db.reset();
    }

    QString path(const QString& name = u"test.arwain"_s) const { return dir.filePath(name); }
    // Where the test's database is: the file path() or a server database's URI.
    const QString& location() const { return m_location; }

    qint64 addCohort(const QString& code, const QString& programme, QDate start, QDate end,
                     std::optional<int> capacity = std::nullopt)
    {
        Cohort c;
        c.code = code;
        c.programmeId = store->programmeByCode(programme)->id;
        c.startDate = start;
        c.endDate = end;
        c.capacity = capacity;
        auto saved = catalogue->save(c);
        EXPECT_TRUE(saved.ok()) << saved.error().toStdString();
        return saved.ok() ? saved.value().id : 0;
    }

    qint64 addPerson(const QString& given, const QString& family, const QString& email)
    {
        Participant p;
        p.givenName = given;
        p.familyName = family;
        p.email = email;
        auto saved = catalogue->save(p);
        EXPECT_TRUE(saved.ok()) << saved.error().toStdString();
        return saved.ok() ? saved.value().id : 0;
    }

    Status statusOf(qint64 enrolmentId) const { return store->enrolmentById(enrolmentId)->status; }

    QTemporaryDir dir;
    TestServer server; // declared before the database: dropped after it is closed
    QString m_location;
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
    std::unique_ptr<CatalogueService> catalogue;
    std::unique_ptr<EnrolmentService> enrolments;
    std::unique_ptr<SessionService> sessions;
    std::unique_ptr<FeedbackService> feedback;
};

inline std::string s(const QString& q)
{
    return q.toStdString();
}

} // namespace arwain::test
