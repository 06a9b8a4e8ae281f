<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>arwain::AuditDialog</name>
    <message numerus="yes">
        <source>%n entry(s) shown</source>
        <translation><numerusform>%n entry shown</numerusform><numerusform>%n entries shown</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::DashboardTiles</name>
    <message numerus="yes">
        <source>%1: %Ln attended</source>
        <translation><numerusform>%1: %Ln attended</numerusform><numerusform>%1: %Ln attended</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln attended</source>
        <translation><numerusform>%Ln attended</numerusform><numerusform>%Ln attended</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohort(s) or session(s)</source>
        <translation><numerusform>%Ln cohort or session</numerusform><numerusform>%Ln cohorts or sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 present of %2 counted · %Ln session(s) held</source>
        <translation><numerusform>%1 present of %2 counted · %Ln session held</numerusform><numerusform>%1 present of %2 counted · %Ln sessions held</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::Database</name>
    <message numerus="yes">
        <source>%1: another program has been changing this file for %n second(s) without finishing; nothing was changed. Try again when it is done.</source>
        <translation><numerusform>%1: another program has been changing this file for %n second without finishing; nothing was changed. Try again when it is done.</numerusform><numerusform>%1: another program has been changing this file for %n seconds without finishing; nothing was changed. Try again when it is done.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 is in use by another program, which has kept it locked for %n second(s); nothing was changed. Try again when it is done.</source>
        <translation><numerusform>%1 is in use by another program, which has kept it locked for %n second; nothing was changed. Try again when it is done.</numerusform><numerusform>%1 is in use by another program, which has kept it locked for %n seconds; nothing was changed. Try again when it is done.</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::EnrolCommand</name>
    <message numerus="yes">
        <source>Enrol %n participant(s)</source>
        <translation><numerusform>Enrol %n participant</numerusform><numerusform>Enrol %n participants</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::EnrolDialog</name>
    <message numerus="yes">
        <source>%n selected.</source>
        <translation><numerusform>%n selected.</numerusform><numerusform>%n selected.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free.</source>
        <translation><numerusform>%n place free.</numerusform><numerusform>%n places free.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n will go on the waitlist.</source>
        <translation><numerusform>%n will go on the waitlist.</numerusform><numerusform>%n will go on the waitlist.</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::ImportDialog</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation><numerusform>… and %n more problem</numerusform><numerusform>… and %n more problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing will be imported until the file is corrected.</source>
        <translation><numerusform>%n problem found. Nothing will be imported until the file is corrected.</numerusform><numerusform>%n problems found. Nothing will be imported until the file is corrected.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s) will be created.</source>
        <translation><numerusform>%n new organisation will be created.</numerusform><numerusform>%n new organisations will be created.</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::MainWindow</name>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation><numerusform>Exporting %n row…</numerusform><numerusform>Exporting %n rows…</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::NetworkPage</name>
    <message numerus="yes">
        <source>%n member(s) of the compassionate leadership network</source>
        <translation><numerusform>%n member of the compassionate leadership network</numerusform><numerusform>%n members of the compassionate leadership network</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::ParticipantsPage</name>
    <message numerus="yes">
        <source>Showing the %n person(s) behind: %1</source>
        <translation><numerusform>Showing the %n person behind: %1</numerusform><numerusform>Showing the %n people behind: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::ReportWriter</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deferral(s)</source>
        <translation><numerusform>%n deferral</numerusform><numerusform>%n deferrals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s)</source>
        <translation><numerusform>%n withdrawal</numerusform><numerusform>%n withdrawals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still in progress</source>
        <translation><numerusform>%n still in progress</numerusform><numerusform>%n still in progress</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; with fewer than %n responses, its percentages are not shown.</source>
        <translation><numerusform>; with fewer than %n responses, its percentages are not shown.</numerusform><numerusform>; with fewer than %n responses, its percentages are not shown.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation><numerusform>%n session held</numerusform><numerusform>%n sessions held</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) gave feedback.</source>
        <translation><numerusform>%n participant gave feedback.</numerusform><numerusform>%n participants gave feedback.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation><numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Feedback percentages from fewer than %n responses are not shown, to protect the people who answered.</source>
        <translation><numerusform>Feedback percentages from fewer than %n responses are not shown, to protect the people who answered.</numerusform><numerusform>Feedback percentages from fewer than %n responses are not shown, to protect the people who answered.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) attended our sessions and events.</source>
        <translation><numerusform>%n person attended our sessions and events.</numerusform><numerusform>%n people attended our sessions and events.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) belonged to the compassionate leadership network at the end of the year.</source>
        <translation><numerusform>%n person belonged to the compassionate leadership network at the end of the year.</numerusform><numerusform>%n people belonged to the compassionate leadership network at the end of the year.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::ReportsPage</name>
    <message numerus="yes">
        <source>%1 (%n completed)</source>
        <translation><numerusform>%1 (%n completed)</numerusform><numerusform>%1 (%n completed)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation><numerusform>Sent %n page to the printer.</numerusform><numerusform>Sent %n pages to the printer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n certificate(s) in &lt;a href="%1"&gt;%2&lt;/a&gt;.</source>
        <translation><numerusform>Saved %n certificate in &lt;a href="%1"&gt;%2&lt;/a&gt;.</numerusform><numerusform>Saved %n certificates in &lt;a href="%1"&gt;%2&lt;/a&gt;.</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::ResponsesDialog</name>
    <message numerus="yes">
        <source>%n response(s) behind the figures of %1, with their comments.</source>
        <translation><numerusform>%n response behind the figures of %1, with their comments.</numerusform><numerusform>%n responses behind the figures of %1, with their comments.</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::RetentionDialog</name>
    <message numerus="yes">
        <source>%n person(s) whose last enrolment ended more than %1 years ago.</source>
        <translation><numerusform>%n person whose last enrolment ended more than %1 years ago.</numerusform><numerusform>%n people whose last enrolment ended more than %1 years ago.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)? Their names, email addresses and the notes about them are erased; their enrolments, attendance and feedback stay, with no name, so every figure stays the same. This cannot be undone.</source>
        <translation><numerusform>Anonymise %n person? Their names, email addresses and the notes about them are erased; their enrolments, attendance and feedback stay, with no name, so every figure stays the same. This cannot be undone.</numerusform><numerusform>Anonymise %n people? Their names, email addresses and the notes about them are erased; their enrolments, attendance and feedback stay, with no name, so every figure stays the same. This cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n person(s); their enrolments stay in the figures.</source>
        <translation><numerusform>Anonymised %n person; their enrolments stay in the figures.</numerusform><numerusform>Anonymised %n people; their enrolments stay in the figures.</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::StatusDialog</name>
    <message numerus="yes">
        <source>Defer %n enrolment(s)</source>
        <translation><numerusform>Defer %n enrolment</numerusform><numerusform>Defer %n enrolments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n enrolment(s)</source>
        <translation><numerusform>Withdraw %n enrolment</numerusform><numerusform>Withdraw %n enrolments</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::SurveyImporter</name>
    <message numerus="yes">
        <source>%n problem(s) in the file</source>
        <translation><numerusform>%n problem in the file</numerusform><numerusform>%n problems in the file</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::cli::CertificatesCommand</name>
    <message numerus="yes">
        <source>Wrote %n certificate(s) to %1</source>
        <translation><numerusform>Wrote %n certificate to %1</numerusform><numerusform>Wrote %n certificates to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::cli::CheckCommand</name>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation><numerusform>%n problem found</numerusform><numerusform>%n problems found</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::cli::Command</name>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation><numerusform>… and %n more error</numerusform><numerusform>… and %n more errors</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::cli::ImportCommand</name>
    <message numerus="yes">
        <source>Created %n new organisation(s) (sector and region left empty).</source>
        <translation><numerusform>Created %n new organisation (sector and region left empty).</numerusform><numerusform>Created %n new organisations (sector and region left empty).</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::cli::RetentionCommand</name>
    <message numerus="yes">
        <source>Retention: people whose last enrolment ended more than %n year(s) ago.</source>
        <translation><numerusform>Retention: people whose last enrolment ended more than %n year ago.</numerusform><numerusform>Retention: people whose last enrolment ended more than %n years ago.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due for erasure.</source>
        <translation><numerusform>%n person due for erasure.</numerusform><numerusform>%n people due for erasure.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s); their enrolments stay in the figures.</source>
        <translation><numerusform>Erased %n person; their enrolments stay in the figures.</numerusform><numerusform>Erased %n people; their enrolments stay in the figures.</numerusform></translation>
    </message>
</context>
<context>
    <name>arwain::cli::SettingsCommand</name>
    <message numerus="yes">
        <source>retention: people are erased %n year(s) after their last enrolment ended</source>
        <translation><numerusform>retention: people are erased %n year after their last enrolment ended</numerusform><numerusform>retention: people are erased %n years after their last enrolment ended</numerusform></translation>
    </message>
</context>
</TS>