// ReportDocument: a written report as a list of blocks (headings, paragraphs, lists, tables, charts),
// in one language, that ReportHtml and ReportPdf lay out. Every text in it is final, already translated.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace arwain {

struct ReportChart
{
    enum class Kind
    {
        Bars, // one bar per category (the first series)
        Lines // a line per series across the categories
    };
    Kind kind = Kind::Bars;
    QString title;
    QString description; // the figures in a sentence, for people who cannot see the chart
    QStringList categories;
    struct Series
    {
        QString name;
        QList<std::optional<double>> values; // per category; none: no figure
    };
    QList<Series> series;
    QString unit; // appended to axis labels ("%")
};

struct ReportBlock
{
    enum class Kind
    {
        Heading,
        Paragraph,
        Bullets,
        Table,
        Chart,
        Note // small print under a table or chart
    };
    Kind kind = Kind::Paragraph;
    int level = 1;      // headings: 1 (the title) to 3
    QString text;       // headings, paragraphs, notes, a table's caption
    QStringList items;  // bullets
    QStringList header; // tables: the first column is text, the others figures
    QList<QStringList> rows;
    ReportChart chart;
};

struct ReportDocument
{
    QString lang; // "en" or "cy"
    QString title;
    QString subtitle;
    QList<ReportBlock> blocks;

    void heading(int level, const QString& text) { add(ReportBlock::Kind::Heading, text).level = level; }
    void paragraph(const QString& text) { add(ReportBlock::Kind::Paragraph, text); }
    void note(const QString& text) { add(ReportBlock::Kind::Note, text); }
    void bullets(const QStringList& items) { add(ReportBlock::Kind::Bullets).items = items; }
    void table(const QString& caption, const QStringList& header, const QList<QStringList>& rows)
    {
        ReportBlock& b = add(ReportBlock::Kind::Table, caption);
        b.header = header;
        b.rows = rows;
    }
    void chart(const ReportChart& c) { add(ReportBlock::Kind::Chart).chart = c; }
    ReportBlock& add(ReportBlock::Kind kind, const QString& text = QString())
    {
        blocks.append(ReportBlock());
        blocks.last().kind = kind;
        blocks.last().text = text;
        return blocks.last();
    }
    // Every text of the document, one block per line: what a reader (or a test) reads.
    QString plainText() const;
};

} // namespace arwain
