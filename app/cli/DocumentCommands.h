// DocumentCommands: the two commands that draw documents with Qt Gui (report, certificates), named once
// for both programs. arwain-cli links no Qt Gui, so that every other command starts in half the time
// (docs/performance.md); it hands these two to arwain-cli-documents, beside it, which runs them.
#pragma once

#include <QtGlobal>

namespace arwain::cli {

struct DocumentCommand
{
    const char* name;
    const char* context; // the tr() context of the class that runs it
    const char* summary;
};

inline constexpr DocumentCommand kReportCommand{
    "report", "arwain::cli::ReportCommand",
    QT_TRANSLATE_NOOP("arwain::cli::ReportCommand",
                      "the annual report for a reporting year, as HTML or PDF")};
inline constexpr DocumentCommand kCertificatesCommand{
    "certificates", "arwain::cli::CertificatesCommand",
    QT_TRANSLATE_NOOP("arwain::cli::CertificatesCommand", "completion certificates (PDF) for a cohort")};

// The program beside arwain-cli that runs them.
inline constexpr char kDocumentsProgram[] = "arwain-cli-documents";

} // namespace arwain::cli
