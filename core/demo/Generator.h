// Generator: realistic, deterministic synthetic data at any size, for measuring Arwain at a nation's scale:
// organisations of every sector and region, cohorts of every programme over fifteen years, statuses in
// the shares the published reports show, deferrals resumed in a later cohort, full history, sessions
// with registers, feedback and network members. The same options and seed give the same data on the
// same day (the fifteen years end with the current one).
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <memory>

namespace arwain {

class Database;
class Store;

struct GeneratorOptions
{
    int participants = 200000;
    qint64 enrolments = 1000000;
    quint32 seed = 1;
};

struct GeneratorReport
{
    qint64 organisations = 0;
    qint64 participants = 0;
    qint64 cohorts = 0;
    qint64 enrolments = 0;
    qint64 history = 0;
    qint64 sessions = 0;
    qint64 attendance = 0;
    qint64 feedback = 0;
    qint64 network = 0;
    int firstYear = 0;
    int lastYear = 0;
};

class Generator
{
    Q_DECLARE_TR_FUNCTIONS(arwain::Generator)
public:
    // Enrolments made so far and in all; returning false cancels (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // A problem with the options (too few people for so many enrolments), or an empty string.
    static QString check(const GeneratorOptions& options);
    // Fills a database that holds no people or cohorts yet, in one transaction.
    static Result<GeneratorReport> fill(Store& store, const GeneratorOptions& options,
                                        const Progress& progress = {});
    // A new database file holding generated data; nothing is left behind on failure or cancel.
    static Result<GeneratorReport> createDatabase(const QString& path, const GeneratorOptions& options,
                                                  const Progress& progress = {});
};

} // namespace arwain
