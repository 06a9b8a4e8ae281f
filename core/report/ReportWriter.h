// ReportWriter: writes the annual report's headings, sentences, tables and charts from ReportFigures,
// in English or Welsh: numbers under ten as words, singular and plural right, and programmes without
// a cohort in the year left out rather than reported as 0%.
#pragma once

#include "i18n/Translation.h"
#include "report/ReportDocument.h"
#include "report/ReportFigures.h"

namespace arwain {

class ReportWriter
{
public:
    explicit ReportWriter(const ReportFigures& figures);

    ReportDocument write() const;

    // The sentences about one programme's completions, or empty when it had no cohort in the year.
    QString completionParagraph(const QString& programmeCode) const;
    QString feedbackSentence(const QString& programmeCode) const;

private:
    QString name(const Programme& p) const;
    QString nameOf(const QString& code) const;
    QString list(QStringList items) const;
    QString rateText(const std::optional<qint64>& rate) const;
    QString definitionText() const;
    const StatsRow* row(const StatsResult& result, const QString& code) const;

    void summary(ReportDocument& doc) const;
    void programmes(ReportDocument& doc) const;
    void sessions(ReportDocument& doc) const;
    void network(ReportDocument& doc) const;
    void comparison(ReportDocument& doc) const;
    void trend(ReportDocument& doc) const;
    void method(ReportDocument& doc) const;
    QString attendanceSentence(const QString& programmeCode) const;

    const ReportFigures& m_f;
    Translation m_t;
};

} // namespace arwain
