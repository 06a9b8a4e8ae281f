// ServerAddress: which PostgreSQL connections Arwain accepts, and how it shows them (never a password).
#include "storage/postgres/ServerAddress.h"
#include "storage/Dialect.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace arwain;
using namespace Qt::StringLiterals;

TEST(ServerAddress, AFullConnectionIsReadAndShownAgainWithoutChange)
{
    auto a = ServerAddress::parse(
        u"postgresql://ann@db.example.org:5433/team?sslmode=verify-full&connect_timeout=10"_s);
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_EQ(a.value().host, u"db.example.org"_s);
    EXPECT_EQ(a.value().port, 5433);
    EXPECT_EQ(a.value().user, u"ann"_s);
    EXPECT_EQ(a.value().database, u"team"_s);
    EXPECT_EQ(a.value().options, u"sslmode=verify-full;connect_timeout=10"_s);
    EXPECT_EQ(a.value().toString(),
              u"postgresql://ann@db.example.org:5433/team?sslmode=verify-full&connect_timeout=10"_s);
}

TEST(ServerAddress, TheDefaultServerLeavesHostPortAndLoginToLibpq)
{
    auto a = ServerAddress::parse(u"postgres:///arwain"_s);
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_TRUE(a.value().host.isEmpty());
    EXPECT_EQ(a.value().port, -1);
    EXPECT_TRUE(a.value().user.isEmpty());
    EXPECT_EQ(a.value().toString(), u"postgresql:///arwain"_s);
}

TEST(ServerAddress, WelshNamesAreTakenAsTyped)
{
    auto a = ServerAddress::parse(u"postgresql://siân@gweinydd.cymru/tîm_arwain?sslmode=require"_s);
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_EQ(a.value().user, u"siân"_s);
    EXPECT_EQ(a.value().database, u"tîm_arwain"_s);
    EXPECT_EQ(a.value().toString(), u"postgresql://siân@gweinydd.cymru/tîm_arwain?sslmode=require"_s);
}

TEST(ServerAddress, PasswordsMissingDatabasesAndUnknownParametersAreRefused)
{
    for (const QString& uri :
         {u"postgresql://ann:secret@db/team"_s, u"postgresql://db/team?password=secret"_s}) {
        auto a = ServerAddress::parse(uri);
        ASSERT_FALSE(a.ok()) << uri.toStdString();
        EXPECT_TRUE(a.error().contains(u"never given in the connection"_s)) << a.error().toStdString();
        EXPECT_FALSE(a.error().contains(u"secret"_s)); // a password is never repeated back
    }
    auto none = ServerAddress::parse(u"postgresql://db.example.org"_s);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().contains(u"no database named"_s)) << none.error().toStdString();
    auto unknown = ServerAddress::parse(u"postgresql://db/team?sslmod=require"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(u"unknown connection parameter \"sslmod\""_s))
        << unknown.error().toStdString();
}

TEST(ServerAddress, OnlyConnectionUrisAreServersEverythingElseIsAFile)
{
    EXPECT_TRUE(Dialect::isServerLocation(u"postgresql://db/team"_s));
    EXPECT_TRUE(Dialect::isServerLocation(u"PostgreSQL://db/team"_s));
    EXPECT_TRUE(Dialect::isServerLocation(u"postgres:///team"_s));
    EXPECT_FALSE(Dialect::isServerLocation(u"/home/siân/postgresql/team.arwain"_s));
    EXPECT_FALSE(Dialect::isServerLocation(u"team.arwain"_s));
}
