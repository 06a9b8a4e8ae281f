<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Attendance: people by sessions</source>
        <translation>Presenoldeb: pobl yn ôl sesiynau</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Nodi'n bresennol</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Nodi'n absennol</translation>
    </message>
    <message>
        <source>Mark excused</source>
        <translation>Nodi wedi'i esgusodi</translation>
    </message>
    <message>
        <source>Clear attendance</source>
        <translation>Clirio'r presenoldeb</translation>
    </message>
    <message>
        <source>This cell takes no mark: the session does not apply to this person.</source>
        <translation>Nid oes marc yn y gell hon: nid yw'r sesiwn yn berthnasol i'r person hwn.</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Newid presenoldeb</translation>
    </message>
    <message>
        <source>The pasted column has %1 lines but only %2 people are below the current cell; nothing was pasted.</source>
        <translation>Mae gan y golofn a ludwyd %1 llinell ond dim ond %2 o bobl sydd o dan y gell hon; ni ludwyd dim.</translation>
    </message>
    <message>
        <source>Line %1 of the pasted text, "%2", is not present, absent or excused (P, A or E); nothing was pasted.</source>
        <translation>Nid yw llinell %1 o'r testun a ludwyd, "%2", yn bresennol, yn absennol nac wedi'i esgusodi (P, A neu E); ni ludwyd dim.</translation>
    </message>
    <message>
        <source>Nothing to paste here.</source>
        <translation>Dim i'w ludo yma.</translation>
    </message>
    <message>
        <source>Paste attendance</source>
        <translation>Gludo presenoldeb</translation>
    </message>
    <message>
        <source>%1 pasted marks fell on sessions that do not apply to the person and were left out.</source>
        <translation>Roedd %1 o'r marciau a ludwyd ar sesiynau nad ydynt yn berthnasol i'r person, ac fe'u gadawyd allan.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>teaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALS</source>
        <comment>action learning set</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>webinar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attendance could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 present, %2 absent, %3 excused, %4 not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>meets it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>below it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>eto i ddod</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P</source>
        <comment>present</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E</source>
        <comment>excused</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2), %3: %4 present of %5 counted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendance summary</source>
        <translation>Crynodeb presenoldeb</translation>
    </message>
    <message>
        <source>Attendance message</source>
        <translation>Neges presenoldeb</translation>
    </message>
    <message>
        <source>Mark those who meet the rule as &amp;completed…</source>
        <translation>Nodi'r rhai sy'n bodloni'r rheol wedi &amp;cwblhau…</translation>
    </message>
    <message>
        <source>Shows who meets the programme's attendance rule and, once you confirm, records them as completed in one step you can undo</source>
        <translation>Yn dangos pwy sy'n bodloni rheol presenoldeb y rhaglen ac, ar ôl i chi gadarnhau, yn eu cofnodi wedi cwblhau mewn un cam y gallwch ei ddadwneud</translation>
    </message>
    <message>
        <source>Keys: arrows move · P present · A absent · E excused · Space cycles · Delete clears · Ctrl+V pastes a column · Ctrl+Z undoes</source>
        <translation>Bysellau: saethau i symud · P presennol · A absennol · E wedi'i esgusodi · Bylchwr i newid · Delete i glirio · Ctrl+V i ludo colofn · Ctrl+Z i ddadwneud</translation>
    </message>
    <message>
        <source>No sessions yet. Add them on the Sessions tab; their registers then appear here.</source>
        <translation>Dim sesiynau eto. Ychwanegwch nhw ar y tab Sesiynau; bydd eu cofrestrau'n ymddangos yma wedyn.</translation>
    </message>
    <message>
        <source>Attendance of the cohort: %1 (%2 present of %3 counted; excused sessions and registers not yet taken are left out).</source>
        <translation>Presenoldeb y garfan: %1 (%2 yn bresennol o %3 a gyfrifwyd; gadewir allan sesiynau wedi'u hesgusodi a chofrestrau heb eu cymryd eto).</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>dim wedi'i gofnodi</translation>
    </message>
    <message>
        <source>The programme has no attendance rule.</source>
        <translation>Nid oes gan y rhaglen reol presenoldeb.</translation>
    </message>
    <message>
        <source>Rule: %1. Meet it: %2; below it: %3; not decided yet: %4.</source>
        <translation>Rheol: %1. Yn ei bodloni: %2; oddi tani: %3; heb benderfynu eto: %4.</translation>
    </message>
    <message>
        <source>These %1 people meet the rule (%2) and are still enrolled:

%3

Mark them as completed on %4? You can undo this in one step.</source>
        <translation>Mae'r %1 o bobl hyn yn bodloni'r rheol (%2) ac yn dal wedi'u cofrestru:

%3

Eu nodi wedi cwblhau ar %4? Gallwch ddadwneud hyn mewn un cam.</translation>
    </message>
    <message>
        <source>Note: %1 sessions the rule counts are still to come.</source>
        <translation>Sylwch: mae %1 o'r sesiynau y mae'r rheol yn eu cyfrif eto i ddod.</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Nodi wedi cwblhau</translation>
    </message>
    <message>
        <source>met the attendance rule: %1</source>
        <translation>wedi bodloni'r rheol presenoldeb: %1</translation>
    </message>
    <message>
        <source>Mark %1 people who meet the attendance rule as completed</source>
        <translation>Nodi %1 o bobl sy'n bodloni'r rheol presenoldeb wedi cwblhau</translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message>
        <source>Break down by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>Rôl swydd</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Break down by:</source>
        <translation>&amp;Dadansoddi yn ôl:</translation>
    </message>
    <message>
        <source>Double-click a row to see the people behind it.</source>
        <translation>Cliciwch ddwywaith ar res i weld y bobl y tu ôl iddi.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi cwblhau</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Wedi gohirio</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi tynnu'n ôl</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Cyfradd cwblhau</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Edit cohort %1</source>
        <translation>Golygu carfan %1</translation>
    </message>
    <message>
        <source>Add cohort</source>
        <translation>Ychwanegu carfan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. TMDP-2025-1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has an end date</source>
        <translation>Mae ganddi ddyddiad gorffen</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no limit</source>
        <translation>dim terfyn</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (people are named)</source>
        <translation>dim (mae pobl wedi'u henwi)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Cod:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Rhaglen:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Dyddiad &amp;dechrau:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Dyddiad &amp;gorffen:</translation>
    </message>
    <message>
        <source>&amp;Delivery mode:</source>
        <translation>&amp;Dull cyflwyno:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Rhanbarth:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Darparwr:</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;pasiti:</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>&amp;Nifer:</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Completion rate by programme</source>
        <translation>Cyfradd cwblhau fesul rhaglen</translation>
    </message>
    <message>
        <source>Status mix per cohort</source>
        <translation>Statws fesul carfan</translation>
    </message>
    <message>
        <source>Completion-rate trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback questions by programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completion rate: %1</source>
        <translation>Cyfradd cwblhau: %1</translation>
    </message>
    <message>
        <source>Completion rate (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Cyfradd cwblhau</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 completed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed / attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation>ar y gweill</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>wedi gohirio</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wedi tynnu'n ôl</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>ar y rhestr aros</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Completion-rate trend by reporting year</source>
        <translation>Tuedd y gyfradd cwblhau fesul blwyddyn adrodd</translation>
    </message>
    <message>
        <source>Completion rate: %1. Years still under way are not shown.</source>
        <translation>Cyfradd cwblhau: %1. Ni ddangosir blynyddoedd sydd heb ddod i ben.</translation>
    </message>
    <message>
        <source>%1, %2: %3%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met needs: very well or quite well ÷ answers; others: yes ÷ answers. Programmes with fewer than %1 responses are withheld.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met needs: very well or quite well ÷ answers; others: yes ÷ answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met needs</source>
        <translation>Wedi diwallu anghenion</translation>
    </message>
    <message>
        <source>Met expectations</source>
        <translation>Wedi bodloni disgwyliadau</translation>
    </message>
    <message>
        <source>Learned something usable</source>
        <translation>Wedi dysgu rhywbeth defnyddiol</translation>
    </message>
    <message>
        <source>Relevant to role</source>
        <translation>Perthnasol i'r rôl</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Byddai'n argymell</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No feedback in this period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme (responses of participants)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per cent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <source>Reporting year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Programme filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All programmes</source>
        <translation>Pob rhaglen</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All regions</source>
        <translation>Pob rhanbarth</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sectors</source>
        <translation>Pob sector</translation>
    </message>
    <message>
        <source>Job role filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All roles</source>
        <translation>Pob rôl</translation>
    </message>
    <message>
        <source>Delivery mode filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any delivery mode</source>
        <translation>Unrhyw ddull cyflwyno</translation>
    </message>
    <message>
        <source>Completion-rate definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation>Wedi'i gyhoeddi</translation>
    </message>
    <message>
        <source>Excluding deferrals</source>
        <translation>Heb ohiriadau</translation>
    </message>
    <message>
        <source>Finished only</source>
        <translation>Wedi gorffen yn unig</translation>
    </message>
    <message>
        <source>As &amp;at</source>
        <translation>&amp;Ar</translation>
    </message>
    <message>
        <source>Figures as at a past date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As at date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Blwyddyn:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Diffiniad:</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Allforio'r &amp;siart…</translation>
    </message>
    <message>
        <source>Export &amp;figures…</source>
        <translation>Allforio'r &amp;ffigurau…</translation>
    </message>
    <message>
        <source>Completion rate: %1</source>
        <translation>Cyfradd cwblhau: %1</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Pob blwyddyn</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dyddiadau…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures by programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charts and tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart or table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rates by programme</source>
        <translation>&amp;Cyfraddau fesul rhaglen</translation>
    </message>
    <message>
        <source>&amp;Status by cohort</source>
        <translation>&amp;Statws fesul carfan</translation>
    </message>
    <message>
        <source>&amp;Trend over years</source>
        <translation>&amp;Tuedd dros y blynyddoedd</translation>
    </message>
    <message>
        <source>Feedback &amp;questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region, sector, &amp;role</source>
        <translation>Rhanbarth, sector, &amp;rôl</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>&amp;Ffigurau</translation>
    </message>
    <message>
        <source>Feedback &amp;&amp; &amp;network</source>
        <translation>Adborth a'r &amp;rhwydwaith</translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Yn cyfrifo'r ffigurau…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>definition: %1</source>
        <translation>diffiniad: %1</translation>
    </message>
    <message>
        <source>as at %1</source>
        <translation>ar %1</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Carfanau</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi cwblhau</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Wedi gohirio</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi tynnu'n ôl</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Ar y rhestr aros</translation>
    </message>
    <message>
        <source>Completion rate %</source>
        <translation>Cyfradd cwblhau %</translation>
    </message>
    <message>
        <source>Eventual completion %</source>
        <translation>Cwblhau yn y pen draw %</translation>
    </message>
    <message>
        <source>%1: fewer than %2 responses, so they are withheld (a setting of this database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message numerus="yes">
        <source>%1: %n attended</source>
        <translation>
            <numerusform>%1: %n wedi mynychu</numerusform>
            <numerusform>%1: %n wedi mynychu</numerusform>
            <numerusform>%1: %n wedi mynychu</numerusform>
            <numerusform>%1: %n wedi mynychu</numerusform>
            <numerusform>%1: %n wedi mynychu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: completion rate %2</source>
        <translation>%1: cyfradd cwblhau %2</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>cyfranogwr</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>wedi mynychu</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>wedi cwblhau</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>wedi gohirio</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wedi tynnu'n ôl</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>ar y gweill</translation>
    </message>
    <message>
        <source>single sessions: people attend, so there is no completion rate</source>
        <translation>sesiynau unigol: mae pobl yn mynychu, felly nid oes cyfradd cwblhau</translation>
    </message>
    <message>
        <source>%1 of them a headcount (counted, not named)</source>
        <translation>%1 ohonynt yn gyfrif pennau (wedi'u cyfrif, heb eu henwi)</translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n wedi mynychu</numerusform>
            <numerusform>%n wedi mynychu</numerusform>
            <numerusform>%n wedi mynychu</numerusform>
            <numerusform>%n wedi mynychu</numerusform>
            <numerusform>%n wedi mynychu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s) or session(s)</source>
        <translation>
            <numerusform>%n o garfanau neu sesiynau</numerusform>
            <numerusform>%n o garfanau neu sesiynau</numerusform>
            <numerusform>%n o garfanau neu sesiynau</numerusform>
            <numerusform>%n o garfanau neu sesiynau</numerusform>
            <numerusform>%n o garfanau neu sesiynau</numerusform>
        </translation>
    </message>
    <message>
        <source>named attendees</source>
        <translation>mynychwyr wedi'u henwi</translation>
    </message>
    <message>
        <source>Eventual completion %1 (%2 of %3 people)</source>
        <translation>Cwblhau yn y pen draw %1 (%2 o %3 o bobl)</translation>
    </message>
    <message>
        <source>No enrolments match these filters in this period.</source>
        <translation>Nid oes cofrestriadau'n cyfateb i'r hidlwyr hyn yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Attendance at the sessions held: present ÷ (present + absent); excused sessions and blank registers are left out.</source>
        <translation>Presenoldeb yn y sesiynau a gynhaliwyd: presennol ÷ (presennol + absennol); gadewir allan sesiynau wedi'u hesgusodi a chofrestrau gwag.</translation>
    </message>
    <message>
        <source>%1: attendance %2</source>
        <translation>%1: presenoldeb %2</translation>
    </message>
    <message>
        <source>No attendance rule for this programme.</source>
        <translation>Dim rheol presenoldeb ar gyfer y rhaglen hon.</translation>
    </message>
    <message>
        <source>Rule: %1. %2 of %3 people meet it; %4 not decided yet (registers blank or sessions to come).</source>
        <translation>Rheol: %1. Mae %2 o %3 o bobl yn ei bodloni; %4 heb benderfynu eto (cofrestrau gwag neu sesiynau i ddod).</translation>
    </message>
    <message>
        <source>Rule: %1. %2 of %3 people meet it.</source>
        <translation>Rheol: %1. Mae %2 o %3 o bobl yn ei bodloni.</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presenoldeb</translation>
    </message>
    <message numerus="yes">
        <source>%1 present of %2 counted · %n session(s) held</source>
        <translation>
            <numerusform>%1 yn bresennol o %2 a gyfrifwyd · %n o sesiynau wedi'u cynnal</numerusform>
            <numerusform>%1 yn bresennol o %2 a gyfrifwyd · %n o sesiynau wedi'u cynnal</numerusform>
            <numerusform>%1 yn bresennol o %2 a gyfrifwyd · %n o sesiynau wedi'u cynnal</numerusform>
            <numerusform>%1 yn bresennol o %2 a gyfrifwyd · %n o sesiynau wedi'u cynnal</numerusform>
            <numerusform>%1 yn bresennol o %2 a gyfrifwyd · %n o sesiynau wedi'u cynnal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Cannot undo "%1": %2</source>
        <translation>Ni ellir dadwneud "%1": %2</translation>
    </message>
</context>
<context>
    <name>EnrolCommand</name>
    <message numerus="yes">
        <source>Enrol %n participant(s)</source>
        <translation>
            <numerusform>Cofrestru %n o gyfranogwyr</numerusform>
            <numerusform>Cofrestru %n o gyfranogwyr</numerusform>
            <numerusform>Cofrestru %n o gyfranogwyr</numerusform>
            <numerusform>Cofrestru %n o gyfranogwyr</numerusform>
            <numerusform>Cofrestru %n o gyfranogwyr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in %1</source>
        <translation>Cofrestru yn %1</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name, email or organisation</source>
        <translation>Chwilio yn ôl enw, e-bost neu sefydliad</translation>
    </message>
    <message>
        <source>People to enrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolment date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Cofrestru</translation>
    </message>
    <message>
        <source>Enrolment &amp;date:</source>
        <translation>&amp;Dyddiad cofrestru:</translation>
    </message>
    <message numerus="yes">
        <source>%n selected.</source>
        <translation>
            <numerusform>%n wedi'u dewis.</numerusform>
            <numerusform>%n wedi'u dewis.</numerusform>
            <numerusform>%n wedi'u dewis.</numerusform>
            <numerusform>%n wedi'u dewis.</numerusform>
            <numerusform>%n wedi'u dewis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free.</source>
        <translation>
            <numerusform>%n o leoedd yn rhydd.</numerusform>
            <numerusform>%n o leoedd yn rhydd.</numerusform>
            <numerusform>%n o leoedd yn rhydd.</numerusform>
            <numerusform>%n o leoedd yn rhydd.</numerusform>
            <numerusform>%n o leoedd yn rhydd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will go on the waitlist.</source>
        <translation>
            <numerusform>Bydd %n yn mynd ar y rhestr aros.</numerusform>
            <numerusform>Bydd %n yn mynd ar y rhestr aros.</numerusform>
            <numerusform>Bydd %n yn mynd ar y rhestr aros.</numerusform>
            <numerusform>Bydd %n yn mynd ar y rhestr aros.</numerusform>
            <numerusform>Bydd %n yn mynd ar y rhestr aros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolmentModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Dyddiad statws</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Resumes</source>
        <translation>Yn ailgychwyn</translation>
    </message>
    <message>
        <source>Resumed in</source>
        <translation>Ailgychwynnwyd yn</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Edit feedback response</source>
        <translation>Golygu ymateb adborth</translation>
    </message>
    <message>
        <source>Add feedback responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How well did it meet your needs?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did it meet your expectations?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did you learn something you can use in practice?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Was it relevant to your role?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Would you recommend it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met &amp;needs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met &amp;expectations:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Learned something usable:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Relevant to role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Would re&amp;commend:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responses saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record this response and clear the form for the next one (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 saved; enter the next response, or close.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Feedback by programme</source>
        <translation>Adborth yn ôl rhaglen</translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Aelodau'r rhwydwaith</translation>
    </message>
    <message>
        <source>Feedback for the year and filters chosen (with a region, sector or role, only named responses can be placed). Met needs: very well or quite well ÷ answers; other rates: yes ÷ answers; response rate: responses ÷ participants. Double-click a row, or press Enter on it, to read the responses and comments behind it.</source>
        <translation>Adborth ar gyfer y flwyddyn a'r hidlwyr a ddewiswyd (gyda rhanbarth, sector neu rôl, dim ond ymatebion wedi'u henwi y gellir eu lleoli). Diwallu anghenion: yn dda iawn neu'n eithaf da ÷ atebion; cyfraddau eraill: ie ÷ atebion; cyfradd ymateb: ymatebion ÷ cyfranogwyr. Cliciwch ddwywaith ar res, neu pwyswch Enter arni, i ddarllen yr ymatebion a'r sylwadau y tu ôl iddi.</translation>
    </message>
    <message>
        <source>Compassionate leadership network: %1 members at the end of the period</source>
        <translation>Rhwydwaith arweinyddiaeth dosturiol: %1 aelod ar ddiwedd y cyfnod</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ymatebion</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Cyfradd ymateb</translation>
    </message>
    <message>
        <source>Met needs</source>
        <translation>Wedi diwallu anghenion</translation>
    </message>
    <message>
        <source>Met expectations</source>
        <translation>Wedi bodloni disgwyliadau</translation>
    </message>
    <message>
        <source>Learned something usable</source>
        <translation>Wedi dysgu rhywbeth defnyddiol</translation>
    </message>
    <message>
        <source>Relevant to role</source>
        <translation>Perthnasol i'r rôl</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Byddai'n argymell</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>llai na %1</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback actions</source>
        <translation>Camau adborth</translation>
    </message>
    <message>
        <source>Add responses…</source>
        <translation>Ychwanegu ymatebion…</translation>
    </message>
    <message>
        <source>Type in responses one after another (Save and next: Ctrl+Return)</source>
        <translation>Teipio ymatebion y naill ar ôl y llall (Cadw a'r nesaf: Ctrl+Return)</translation>
    </message>
    <message>
        <source>Edit response…</source>
        <translation>Golygu ymateb…</translation>
    </message>
    <message>
        <source>Delete response</source>
        <translation>Dileu ymateb</translation>
    </message>
    <message>
        <source>Import survey…</source>
        <translation>Mewnforio arolwg…</translation>
    </message>
    <message>
        <source>Read a survey tool's export, matching its questions and answers to Arwain's</source>
        <translation>Darllen allforiad offeryn arolwg, gan baru ei gwestiynau a'i atebion â rhai Arwain</translation>
    </message>
    <message>
        <source>Feedback figures of the cohort</source>
        <translation>Ffigurau adborth y garfan</translation>
    </message>
    <message>
        <source>The response could not be read: %1</source>
        <translation>Nid oedd modd darllen yr ymateb: %1</translation>
    </message>
    <message>
        <source>No feedback yet. Type responses in with "Add responses…", or import a survey export with "Import survey…".</source>
        <translation>Dim adborth eto. Teipiwch ymatebion gydag "Ychwanegu ymatebion…", neu mewnforiwch allforiad arolwg gyda "Mewnforio arolwg…".</translation>
    </message>
    <message>
        <source>Feedback from fewer than %1 participants: the figures are withheld (a setting of this database).</source>
        <translation>Adborth gan lai na %1 o gyfranogwyr: cedwir y ffigurau'n ôl (un o osodiadau'r gronfa ddata hon).</translation>
    </message>
    <message>
        <source>Feedback from %1 of %2 participants. Met needs %3 · met expectations %4 · learned something usable %5 · relevant to role %6 · would recommend %7</source>
        <translation>Adborth gan %1 o %2 o gyfranogwyr. Wedi diwallu anghenion %3 · wedi bodloni disgwyliadau %4 · wedi dysgu rhywbeth defnyddiol %5 · yn berthnasol i'r rôl %6 · byddai'n ei hargymell %7</translation>
    </message>
    <message>
        <source>The feedback could not be read: %1</source>
        <translation>Nid oedd modd darllen yr adborth: %1</translation>
    </message>
    <message>
        <source>Add feedback response</source>
        <translation>Ychwanegu ymateb adborth</translation>
    </message>
    <message>
        <source>Edit feedback response</source>
        <translation>Golygu ymateb adborth</translation>
    </message>
    <message>
        <source>Delete feedback response</source>
        <translation>Dileu ymateb adborth</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Recorded</source>
        <translation>Cofnodwyd</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Yn effeithiol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Mewnforio CSV</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Dewiswch ffeil CSV i'w mewnforio.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Preview (first 200 rows):</source>
        <translation>Rhagolwg (y 200 rhes gyntaf):</translation>
    </message>
    <message>
        <source>Problems (nothing is imported until there are none):</source>
        <translation>Problemau (ni chaiff dim ei fewnforio nes nad oes rhai):</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>Cafwyd %n o broblemau. Ni chaiff dim ei fewnforio nes bod y ffeil wedi'i chywiro.</numerusform>
            <numerusform>Cafwyd %n o broblemau. Ni chaiff dim ei fewnforio nes bod y ffeil wedi'i chywiro.</numerusform>
            <numerusform>Cafwyd %n o broblemau. Ni chaiff dim ei fewnforio nes bod y ffeil wedi'i chywiro.</numerusform>
            <numerusform>Cafwyd %n o broblemau. Ni chaiff dim ei fewnforio nes bod y ffeil wedi'i chywiro.</numerusform>
            <numerusform>Cafwyd %n o broblemau. Ni chaiff dim ei fewnforio nes bod y ffeil wedi'i chywiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is good: %1 row(s) to add, %2 already there unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new organisation(s) will be created.</source>
        <translation>
            <numerusform>Caiff %n o sefydliadau newydd eu creu.</numerusform>
            <numerusform>Caiff %n o sefydliadau newydd eu creu.</numerusform>
            <numerusform>Caiff %n o sefydliadau newydd eu creu.</numerusform>
            <numerusform>Caiff %n o sefydliadau newydd eu creu.</numerusform>
            <numerusform>Caiff %n o sefydliadau newydd eu creu.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 row(s) into %2; %3 were already there. Undo history was cleared.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>course</source>
        <translation>cwrs</translation>
    </message>
    <message>
        <source>single session</source>
        <translation>sesiwn unigol</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ar-lein</translation>
    </message>
    <message>
        <source>face-to-face</source>
        <translation>wyneb yn wyneb</translation>
    </message>
    <message>
        <source>blended</source>
        <translation>cyfunol</translation>
    </message>
    <message>
        <source>local authority</source>
        <translation>awdurdod lleol</translation>
    </message>
    <message>
        <source>third sector</source>
        <translation>trydydd sector</translation>
    </message>
    <message>
        <source>independent provider</source>
        <translation>darparwr annibynnol</translation>
    </message>
    <message>
        <source>NHS</source>
        <translation>GIG</translation>
    </message>
    <message>
        <source>other</source>
        <translation>arall</translation>
    </message>
    <message>
        <source>North Wales</source>
        <translation>Gogledd Cymru</translation>
    </message>
    <message>
        <source>Mid Wales</source>
        <translation>Canolbarth Cymru</translation>
    </message>
    <message>
        <source>West Wales</source>
        <translation>Gorllewin Cymru</translation>
    </message>
    <message>
        <source>South West Wales</source>
        <translation>De-orllewin Cymru</translation>
    </message>
    <message>
        <source>South East Wales</source>
        <translation>De-ddwyrain Cymru</translation>
    </message>
    <message>
        <source>All Wales</source>
        <translation>Cymru gyfan</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>ymarferydd</translation>
    </message>
    <message>
        <source>first-line manager</source>
        <translation>rheolwr llinell gyntaf</translation>
    </message>
    <message>
        <source>middle manager</source>
        <translation>rheolwr canol</translation>
    </message>
    <message>
        <source>senior manager</source>
        <translation>uwch reolwr</translation>
    </message>
    <message>
        <source>director</source>
        <translation>cyfarwyddwr</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>ar y rhestr aros</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>wedi cofrestru</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>wedi cwblhau</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>wedi mynychu</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>wedi gohirio</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wedi tynnu'n ôl</translation>
    </message>
    <message>
        <source>work pressures</source>
        <translation>pwysau gwaith</translation>
    </message>
    <message>
        <source>health</source>
        <translation>iechyd</translation>
    </message>
    <message>
        <source>caring responsibilities</source>
        <translation>cyfrifoldebau gofalu</translation>
    </message>
    <message>
        <source>changed role</source>
        <translation>newid rôl</translation>
    </message>
    <message>
        <source>left organisation</source>
        <translation>wedi gadael y sefydliad</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personol</translation>
    </message>
    <message>
        <source>created</source>
        <translation>crëwyd</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>mewnforiwyd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>newidiwyd</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>dadwnaed</translation>
    </message>
    <message>
        <source>teaching day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>action learning set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guest speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>webinar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>very well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quite well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not very well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not at all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ymunodd</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gadawodd</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Search network members (Ctrl+F)</source>
        <translation>Chwilio aelodau'r rhwydwaith (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of the compassionate leadership network</source>
        <translation>
            <numerusform>%n o aelodau'r rhwydwaith arweinyddiaeth dosturiol</numerusform>
            <numerusform>%n o aelodau'r rhwydwaith arweinyddiaeth dosturiol</numerusform>
            <numerusform>%n o aelodau'r rhwydwaith arweinyddiaeth dosturiol</numerusform>
            <numerusform>%n o aelodau'r rhwydwaith arweinyddiaeth dosturiol</numerusform>
            <numerusform>%n o aelodau'r rhwydwaith arweinyddiaeth dosturiol</numerusform>
        </translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Aelodau'r rhwydwaith</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ychwanegu sefydliad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Rhanbarth:</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Search organisations (Ctrl+F)</source>
        <translation>Chwilio sefydliadau (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Ychwanegu sefydliad…</translation>
    </message>
    <message>
        <source>Edit organisation…</source>
        <translation>Golygu sefydliad…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Sefydliadau</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ychwanegu sefydliad</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ychwanegu cyfranogwr</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>Rôl swydd</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Enw cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Cyfenw:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-bost:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>&amp;Job role:</source>
        <translation>&amp;Rôl swydd:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Dewis iaith:</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>Rôl swydd</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Rhaglenni</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Search by name, email or organisation (Ctrl+F)</source>
        <translation>Chwilio yn ôl enw, e-bost neu sefydliad (Ctrl+F)</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Pob sector</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All regions</source>
        <translation>Pob rhanbarth</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All roles</source>
        <translation>Pob rôl</translation>
    </message>
    <message>
        <source>Job role filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All programmes</source>
        <translation>Pob rhaglen</translation>
    </message>
    <message>
        <source>Programme filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Ychwanegu cyfranogwr…</translation>
    </message>
    <message>
        <source>Edit participant…</source>
        <translation>Golygu cyfranogwr…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Choose a participant to see their enrolments and history.</source>
        <translation>Dewiswch gyfranogwr i weld eu cofrestriadau a'u hanes.</translation>
    </message>
    <message>
        <source>Participant details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolments of the participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status history of the participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolments and history of the participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolments or history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enrolments</source>
        <translation>&amp;Cofrestriadau</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <source>Drill-down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;everyone</source>
        <translation>Dangos &amp;pawb</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n person(s) behind: %1</source>
        <translation>
            <numerusform>Yn dangos y %n o bobl y tu ôl i: %1</numerusform>
            <numerusform>Yn dangos y %n o bobl y tu ôl i: %1</numerusform>
            <numerusform>Yn dangos y %n o bobl y tu ôl i: %1</numerusform>
            <numerusform>Yn dangos y %n o bobl y tu ôl i: %1</numerusform>
            <numerusform>Yn dangos y %n o bobl y tu ôl i: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>mae'n well ganddynt %1</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ychwanegu cyfranogwr</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonEnrolmentModel</name>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Dyddiad statws</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Resumes</source>
        <translation>Yn ailgychwyn</translation>
    </message>
    <message>
        <source>Resumed in</source>
        <translation>Ailgychwynnwyd yn</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>A single session: people attend it, so there is no completion rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>under way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 people in progress; the rate so far is %2%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attended</source>
        <translation>wedi mynychu</translation>
    </message>
    <message>
        <source>Programmes and cohorts</source>
        <translation>Rhaglenni a charfanau</translation>
    </message>
    <message>
        <source>Cohort details</source>
        <translation>Manylion y garfan</translation>
    </message>
    <message>
        <source>Cohort actions</source>
        <translation>Camau'r garfan</translation>
    </message>
    <message>
        <source>Enrolment actions</source>
        <translation>Camau cofrestru</translation>
    </message>
    <message>
        <source>Add cohort…</source>
        <translation>Ychwanegu carfan…</translation>
    </message>
    <message>
        <source>Add a cohort to this programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit cohort…</source>
        <translation>Golygu carfan…</translation>
    </message>
    <message>
        <source>Change this cohort's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrol…</source>
        <translation>Cofrestru…</translation>
    </message>
    <message>
        <source>Enrol one or more people in this cohort (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Nodi wedi cwblhau</translation>
    </message>
    <message>
        <source>Record the selected enrolments as completed (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defer…</source>
        <translation>Gohirio…</translation>
    </message>
    <message>
        <source>Defer the selected enrolments, with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Tynnu'n ôl…</translation>
    </message>
    <message>
        <source>Withdraw the selected enrolments, with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a place</source>
        <translation>Rhoi lle</translation>
    </message>
    <message>
        <source>Move the selected people from the waitlist into the cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert last change</source>
        <translation>Dadwneud y newid olaf</translation>
    </message>
    <message>
        <source>Undo the last status change of the selected enrolment; the correction is kept in its history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter enrolments by name, email or organisation (Ctrl+F)</source>
        <translation>Hidlo cofrestriadau yn ôl enw, e-bost neu sefydliad (Ctrl+F)</translation>
    </message>
    <message>
        <source>Enrolments of the cohort</source>
        <translation>Cofrestriadau'r garfan</translation>
    </message>
    <message>
        <source>Cohort tabs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolments, sessions, attendance or feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;nrolments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme / cohort</source>
        <translation>Rhaglen / carfan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Completed / attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deferred</source>
        <translation>Wedi gohirio</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi tynnu'n ôl</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Cyfradd %</translation>
    </message>
    <message>
        <source>Participants: everyone enrolled, waitlisted excluded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programmes could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;&lt;br&gt;Choose a cohort to see its enrolments, or add a cohort.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;&lt;br&gt;Dewiswch garfan i weld ei chofrestriadau, neu ychwanegwch garfan.</translation>
    </message>
    <message>
        <source>Choose a programme or cohort on the left.</source>
        <translation>Dewiswch raglen neu garfan ar y chwith.</translation>
    </message>
    <message>
        <source>The cohort could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>provider: %1</source>
        <translation>darparwr: %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>gyda %1</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 o %2 lle wedi'u llenwi</translation>
    </message>
    <message>
        <source>headcount %1</source>
        <translation>nifer %1</translation>
    </message>
    <message>
        <source>%1 participants · %2 %3 · %4 deferred · %5 withdrawn · %6 in progress · %7 waitlisted</source>
        <translation>%1 cyfranogwr · %2 %3 · %4 wedi gohirio · %5 wedi tynnu'n ôl · %6 ar y gweill · %7 ar y rhestr aros</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>wedi cwblhau</translation>
    </message>
    <message>
        <source>Completion rate %1%: %2</source>
        <translation>Cyfradd cwblhau %1%: %2</translation>
    </message>
    <message>
        <source>Mark attended</source>
        <translation>Nodi wedi mynychu</translation>
    </message>
    <message>
        <source>Add cohort</source>
        <translation>Ychwanegu carfan</translation>
    </message>
    <message>
        <source>Edit cohort %1</source>
        <translation>Golygu carfan %1</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Gohirio</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tynnu'n ôl</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Problems with the form</source>
        <translation>Problemau gyda'r ffurflen</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Published</source>
        <translation>Wedi'i gyhoeddi</translation>
    </message>
    <message>
        <source>Excluding deferrals</source>
        <translation>Heb ohiriadau</translation>
    </message>
    <message>
        <source>Finished only</source>
        <translation>Wedi gorffen yn unig</translation>
    </message>
    <message>
        <source>show every figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback percentages from fewer responses than this are withheld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annual report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Blwyddyn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Completion rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withhold feedback under:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welsh and English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each person's preferred language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save certificates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completion certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>La&amp;nguages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n completed)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Everyone who completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, as at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the report as &lt;a href="%1"&gt;%2&lt;/a&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Saving certificates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n certificate(s) in &lt;a href="%1"&gt;%2&lt;/a&gt;.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Save the certificates in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <source>Feedback responses: %1</source>
        <translation>Ymatebion adborth: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) behind the figures of %1, with their comments.</source>
        <translation>
            <numerusform>%n o ymatebion y tu ôl i ffigurau %1, gyda'u sylwadau.</numerusform>
            <numerusform>%n o ymatebion y tu ôl i ffigurau %1, gyda'u sylwadau.</numerusform>
            <numerusform>%n o ymatebion y tu ôl i ffigurau %1, gyda'u sylwadau.</numerusform>
            <numerusform>%n o ymatebion y tu ôl i ffigurau %1, gyda'u sylwadau.</numerusform>
            <numerusform>%n o ymatebion y tu ôl i ffigurau %1, gyda'u sylwadau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponsesTable</name>
    <message>
        <source>Feedback responses</source>
        <translation>Ymatebion adborth</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(heb ei ganfod)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>dienw</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Met needs</source>
        <translation>Wedi diwallu anghenion</translation>
    </message>
    <message>
        <source>Met expectations</source>
        <translation>Wedi bodloni disgwyliadau</translation>
    </message>
    <message>
        <source>Learned usable</source>
        <translation>Wedi dysgu rhywbeth defnyddiol</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Perthnasol</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Byddai'n argymell</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
</context>
<context>
    <name>RevertCommand</name>
    <message>
        <source>Revert last change</source>
        <translation>Dadwneud y newid olaf</translation>
    </message>
    <message>
        <source>nothing to restore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Golygu sesiwn</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ychwanegu sesiwn</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has a start time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>e.g. Action learning set 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator or speaker</source>
        <translation>Hwylusydd neu siaradwr</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ar-lein</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ar gyfer</translation>
    </message>
    <message>
        <source>The whole cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-to-one: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Facilitator or speaker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Session actions</source>
        <translation>Camau sesiwn</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Ychwanegu sesiwn…</translation>
    </message>
    <message>
        <source>Add a session to this cohort (Ctrl+Shift+N)</source>
        <translation>Ychwanegu sesiwn at y garfan hon (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Golygu sesiwn…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Dileu sesiwn</translation>
    </message>
    <message>
        <source>Delete the session and its register (undo puts both back)</source>
        <translation>Dileu'r sesiwn a'i chofrestr (mae dadwneud yn rhoi'r ddwy yn ôl)</translation>
    </message>
    <message>
        <source>Take register</source>
        <translation>Cymryd y gofrestr</translation>
    </message>
    <message>
        <source>Open this session's column of the attendance grid (Enter)</source>
        <translation>Agor colofn y sesiwn hon yn y grid presenoldeb (Enter)</translation>
    </message>
    <message>
        <source>Sessions of the cohort</source>
        <translation>Sesiynau'r garfan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Facilitator or speaker</source>
        <translation>Hwylusydd neu siaradwr</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ar gyfer</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>whole cohort</source>
        <translation>y garfan gyfan</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>eto i ddod</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 o %3)</translation>
    </message>
    <message>
        <source>register not taken</source>
        <translation>cofrestr heb ei chymryd</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ar-lein</translation>
    </message>
    <message>
        <source>No sessions yet: add the teaching days, action learning sets, speakers and coaching of this cohort with "Add session…".</source>
        <translation>Dim sesiynau eto: ychwanegwch ddiwrnodau addysgu, setiau dysgu gweithredol, siaradwyr a hyfforddiant y garfan hon gydag "Ychwanegu sesiwn…".</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ychwanegu sesiwn</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>Nid oedd modd darllen y sesiwn: %1</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Golygu sesiwn</translation>
    </message>
    <message>
        <source>Delete session of %1</source>
        <translation>Dileu sesiwn %1</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message numerus="yes">
        <source>Defer %n enrolment(s)</source>
        <translation>
            <numerusform>Gohirio %n o gofrestriadau</numerusform>
            <numerusform>Gohirio %n o gofrestriadau</numerusform>
            <numerusform>Gohirio %n o gofrestriadau</numerusform>
            <numerusform>Gohirio %n o gofrestriadau</numerusform>
            <numerusform>Gohirio %n o gofrestriadau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n enrolment(s)</source>
        <translation>
            <numerusform>Tynnu %n o gofrestriadau'n ôl</numerusform>
            <numerusform>Tynnu %n o gofrestriadau'n ôl</numerusform>
            <numerusform>Tynnu %n o gofrestriadau'n ôl</numerusform>
            <numerusform>Tynnu %n o gofrestriadau'n ôl</numerusform>
            <numerusform>Tynnu %n o gofrestriadau'n ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Dewiswch reswm…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Resume in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Resume &amp;in:</source>
        <translation>&amp;Ailgychwyn yn:</translation>
    </message>
    <message>
        <source>&amp;Defer</source>
        <translation>&amp;Gohirio</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tynnu'n ôl</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a survey export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Survey file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guess from the file's headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember the mapping as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Leaderful Action end-of-programme survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remember as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which column holds each question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What each answer means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers in the file and their meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file; problems found in it are listed here with their lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Survey export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 columns read. Check the columns and answers, then Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meaning of "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported. Fix these and import again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 responses added; %2 rows already recorded or empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain</name>
    <message>
        <source>%1: %2; the file was not changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::AttendanceStats</name>
    <message>
        <source>teaching days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>action learning sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guest speaker sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coaching sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>workshops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>webinars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least %1% of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such cohort</source>
        <translation>dim carfan o'r fath</translation>
    </message>
    <message>
        <source>the cohort's programme is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no programme with code %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::CatalogueService</name>
    <message>
        <source>required</source>
        <translation>gofynnol</translation>
    </message>
    <message>
        <source>a code has no spaces</source>
        <translation>nid oes bylchau mewn cod</translation>
    </message>
    <message>
        <source>programme %1 already exists</source>
        <translation>mae rhaglen %1 yn bodoli eisoes</translation>
    </message>
    <message>
        <source>organisation %1 already exists</source>
        <translation>mae sefydliad %1 yn bodoli eisoes</translation>
    </message>
    <message>
        <source>cohort %1 already exists</source>
        <translation>mae carfan %1 yn bodoli eisoes</translation>
    </message>
    <message>
        <source>no such programme</source>
        <translation>dim rhaglen o'r fath</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>mae'r dyddiad gorffen %1 cyn y dyddiad dechrau %2</translation>
    </message>
    <message>
        <source>capacity must be a whole number above 0</source>
        <translation>rhaid i'r capasiti fod yn rhif cyfan uwchlaw 0</translation>
    </message>
    <message>
        <source>headcount cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 places are already taken; capacity cannot be %2</source>
        <translation>mae %1 lle wedi'u llenwi eisoes; ni all y capasiti fod yn %2</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>nid yw %1 yn gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>%1 is already used by %2 %3</source>
        <translation>mae %2 %3 yn defnyddio %1 eisoes</translation>
    </message>
    <message>
        <source>no such organisation</source>
        <translation>dim sefydliad o'r fath</translation>
    </message>
    <message>
        <source>no such participant</source>
        <translation>dim cyfranogwr o'r fath</translation>
    </message>
    <message>
        <source>the date left %1 is before the date joined %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cohort has enrolments, sessions or feedback; it cannot be removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the participant has enrolments, feedback or network membership; they cannot be removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>people belong to this organisation; it cannot be removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already a member of the network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database could not be read: %1</source>
        <translation>nid oedd modd darllen y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>a percentage from 1 to 100, or none</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::Certificates</name>
    <message>
        <source>Certificate of completion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is to certify that</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has completed the</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no cohort %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has no programme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That person has not completed %1, so there is no certificate to make.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody has completed %1 yet, so there are no certificates to make.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot make this folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::CsvReader</name>
    <message>
        <source>%1:1: the file is empty; a header row is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: not UTF-8 text; save the file as "CSV UTF-8"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: malformed quoting: a quote inside an unquoted cell, or text after a closing quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: a quoted cell is never closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::Database</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; it was not overwritten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an Arwain database (the file is empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an Arwain database (not an SQLite file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: you cannot write to this file; open it read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged or unreadable (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an Arwain database (an SQLite file of another program)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>made by a newer version of Arwain (file format %1; this version reads up to %2); please update Arwain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uses an older file format (%1); open it for writing once to upgrade it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot back up before upgrading (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: upgrading the file failed (%2); it is unchanged, and a copy is in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: backup failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table %1 row %2 refers to a missing row of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot check: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot start writing: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the upgraded data breaks a link between tables</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::Demo</name>
    <message>
        <source>the demo data could not be built: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::Dialogs</name>
    <message>
        <source>(not recorded)</source>
        <translation>(heb ei gofnodi)</translation>
    </message>
</context>
<context>
    <name>arwain::EnrolmentService</name>
    <message>
        <source>the date is missing or not a real date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>mae'r dyddiad %1 yn y dyfodol</translation>
    </message>
    <message>
        <source>the date %1 is before the enrolment's last change (%2)</source>
        <translation>mae'r dyddiad %1 cyn newid olaf y cofrestriad (%2)</translation>
    </message>
    <message>
        <source>only a deferred enrolment can be resumed; this one is %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this deferral has already been resumed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such cohort</source>
        <translation>dim carfan o'r fath</translation>
    </message>
    <message>
        <source>a deferral from %1 resumes in a later cohort of the same programme; %2 is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such participant</source>
        <translation>dim cyfranogwr o'r fath</translation>
    </message>
    <message>
        <source>%1 is already in cohort %2 (%3)</source>
        <translation>mae %1 yng ngharfan %2 eisoes (%3)</translation>
    </message>
    <message>
        <source>no such enrolment</source>
        <translation>dim cofrestriad o'r fath</translation>
    </message>
    <message>
        <source>a change to %1 needs a reason: %2</source>
        <translation>mae angen rheswm i newid i %1: %2</translation>
    </message>
    <message>
        <source>there is no change to revert: the enrolment is as it was first recorded</source>
        <translation>nid oes newid i'w ddadwneud: mae'r cofrestriad fel y'i cofnodwyd gyntaf</translation>
    </message>
    <message>
        <source>the deferral has been resumed in cohort %1; revert that enrolment first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reverted the change to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 enrolment needs a reason (%2); use "other" when it is not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the enrolment it continues does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the enrolment has changed since it was made; revert its changes first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another enrolment resumes this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enrolment %1 has no history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enrolment %1 is %2 but its history says %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cohort %1 is full (capacity %2); the enrolment stays on the waitlist</source>
        <translation>mae carfan %1 yn llawn (capasiti %2); mae'r cofrestriad yn aros ar y rhestr aros</translation>
    </message>
</context>
<context>
    <name>arwain::Exporter</name>
    <message>
        <source>could not write the file: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::FeedbackService</name>
    <message>
        <source>no such cohort</source>
        <translation>dim carfan o'r fath</translation>
    </message>
    <message>
        <source>no such participant</source>
        <translation>dim cyfranogwr o'r fath</translation>
    </message>
    <message>
        <source>a response needs at least one answer or a comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database could not be read: %1</source>
        <translation>nid oedd modd darllen y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>the response no longer exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the response is already there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cohort: no such cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the threshold is a number of responses from 0 (never withhold) to 100</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::Importer</name>
    <message>
        <source>"%1" is not a %2 (expected %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already recorded with different values; change it in the app (or with arwain-cli status) rather than by import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required</source>
        <translation>gofynnol</translation>
    </message>
    <message>
        <source>no cohort with code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no participant with email %1 (import participants first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>organisation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>nid yw %1 yn gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>participant %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>participant %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no programme with code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cohort %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no enrolment in %2 to continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the enrolment of %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session of %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cohort %1 has no session on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not enrolled in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attendance of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network membership of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown column (a %1 file has: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the column appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1 cells, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 appears twice in the file (first on line %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: import cancelled; nothing was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a time of day (expected HH:MM, e.g. 09:30)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cohort %1 has %2 sessions on %3; give the session_time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::Lifecycle</name>
    <message>
        <source>the enrolment is already %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be %2: %3 is final (use "revert last change" to correct a mistake)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a deferred enrolment cannot be %1: it is resumed by enrolling in a later cohort of the same programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a waitlisted enrolment cannot be %1: it must be enrolled first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an enrolled enrolment cannot be %1: a place once given is not taken back to the waitlist</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::MainWindow</name>
    <message>
        <source>Arwain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only: this file is open for viewing. Nothing can be changed.</source>
        <translation>Darllen yn unig: mae'r ffeil hon ar agor i'w gweld. Ni ellir newid dim.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Hysbysiad darllen yn unig</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Programmes &amp; cohorts</source>
        <translation>Rhaglenni a charfanau</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Sefydliadau</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rhwydwaith</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Newydd…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Open &amp;read-only…</source>
        <translation>Agor i'w &amp;ddarllen yn unig…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Agor &amp;diweddar</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Mewnforio CSV…</translation>
    </message>
    <message>
        <source>&amp;Export current view…</source>
        <translation>&amp;Allforio'r olwg hon…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Copi &amp;wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Canfod</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <source>&amp;Programmes &amp;&amp; cohorts</source>
        <translation>&amp;Rhaglenni a charfanau</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants</source>
        <translation>&amp;Cyfranogwyr</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Sefydliadau</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Rh&amp;wydwaith</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>The language changes when Arwain next starts.</source>
        <translation>Bydd yr iaith yn newid y tro nesaf y bydd Arwain yn dechrau.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;CSV formats</source>
        <translation>Fformatau &amp;CSV</translation>
    </message>
    <message>
        <source>&amp;About Arwain</source>
        <translation>&amp;Ynghylch Arwain</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Arwain&lt;/h1&gt;&lt;p&gt;Leadership programmes, cohorts and completion rates.&lt;/p&gt;&lt;p&gt;There is no database open yet.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Agor y gronfa ddata &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>Fictional people in the programmes of 2022 to 2026, with the figures of the published 2024-to-2025 report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation>Creu cronfa ddata &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Agor cronfa ddata sy'n bodoli…</translation>
    </message>
    <message>
        <source>The file was upgraded; the previous version is kept as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read-only</source>
        <translation>darllen yn unig</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>darllen ac ysgrifennu</translation>
    </message>
    <message>
        <source>%1 — Arwain</source>
        <translation>%1 — Arwain</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cronfa ddata newydd</translation>
    </message>
    <message>
        <source>Arwain databases (*.arwain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose a new name (Arwain never overwrites a database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Agor i'w darllen yn unig</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Agor cronfa ddata</translation>
    </message>
    <message>
        <source>Arwain databases (*.arwain);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export current view</source>
        <translation>Allforio'r olwg hon</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page has no table to export.</source>
        <translation>Nid oes tabl i'w allforio ar y dudalen hon.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>Yn allforio %n o resi…</numerusform>
            <numerusform>Yn allforio %n o resi…</numerusform>
            <numerusform>Yn allforio %n o resi…</numerusform>
            <numerusform>Yn allforio %n o resi…</numerusform>
            <numerusform>Yn allforio %n o resi…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported the view to %1</source>
        <translation>Allforiwyd yr olwg i %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copi wrth gefn</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gwnaed copi wrth gefn yn %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;CSV files are UTF-8 with a header row; columns in any order. Required columns are in bold. Dates are YYYY-MM-DD or DD/MM/YYYY.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV formats</source>
        <translation>Fformatau CSV</translation>
    </message>
    <message>
        <source>About Arwain</source>
        <translation>Ynghylch Arwain</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Arwain&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Arwain (Welsh: to lead) tracks leadership-development programmes in social care.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::ReportWriter</name>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>before a vowel</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed ÷ everyone enrolled in the year's cohorts (the published method)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed ÷ everyone enrolled except those who deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed ÷ those who finished: completed or withdrew</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>In %1, %2 took part in one %3 cohort.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In %1, %2 took part across %3 %4 cohorts.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n deferral(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still in progress</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>They completed the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They did not complete it, with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 completed the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Of these, %1 completed the programme, with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, resulting in a completion rate of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; there is no completion rate yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rate is the same as in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is up from %1 in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is down from %1 in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We gathered feedback from %1 of %2 participants</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>; with fewer than %n responses, its percentages are not shown.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 said it met their needs very well or quite well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 said it met their expectations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 said they learned something they could use in practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 said it was relevant to their current or future role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 would recommend it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Across %1, attendance was %2 (present ÷ sessions marked present or absent).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 of %2 participants met the attendance rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cohort counts in %1, so there are no programme figures for it yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 took part in our development programmes; %2 completed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n people attended our sessions and events.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) gave feedback.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people belonged to the compassionate leadership network at the end of the year.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Development programmes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completion rate by programme, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programmes at a glance, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Carfanau</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi cwblhau</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Wedi gohirio</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi tynnu'n ôl</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Cyfradd cwblhau</translation>
    </message>
    <message>
        <source>Completion rate: %1.</source>
        <translation type="unfinished">Cyfradd cwblhau: %1.</translation>
    </message>
    <message>
        <source>Sessions and events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In %1, %2 attended %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 attended “%2” on %3, counted at the session rather than named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compassionate leadership network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the end of %1, the network had no members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the end of %1, the network had %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>It had no members a year earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is %1 more than a year earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is %1 fewer than a year earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is the same as a year earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compared with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants and completion rates, %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change (points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single sessions and events have no completion rate; a dash means no figure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completion rate over the reporting years that have ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completion rate by reporting year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About these figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reporting year runs from 1 April to 31 March. A cohort counts in the year that holds its end date, or its start date if it has no end date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eventual completion counts people who deferred and later completed the same programme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statuses are as they stood on %1, rebuilt from each enrolment's history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statuses are as recorded on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single sessions and events count the people who attended, including people counted at the session but not named; they have no completion rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback: “met needs” counts very well or quite well; the other questions count yes; the response rate is responses ÷ participants.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Feedback percentages from fewer than %n responses are not shown, to protect the people who answered.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No feedback figures are withheld for small numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared with Arwain on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leadership development annual report %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures from Arwain as at %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::SessionService</name>
    <message>
        <source>no such cohort</source>
        <translation>dim carfan o'r fath</translation>
    </message>
    <message>
        <source>required</source>
        <translation>gofynnol</translation>
    </message>
    <message>
        <source>a one-to-one session is for someone enrolled in the cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this person already has a session on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cohort already has a session on %1; give each session on one day its own start time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database could not be read: %1</source>
        <translation>nid oedd modd darllen y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>the session no longer exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a session stays with its cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>others' attendance is recorded for this session; clear it before making the session one-to-one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session is already there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an enrolment this session's register names no longer exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the person is not enrolled in this session's cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this one-to-one session is for someone else</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::Statistics</name>
    <message>
        <source>completed ÷ everyone enrolled in the cohorts, waitlisted excluded (the published method)</source>
        <translation>wedi cwblhau ÷ pawb a gofrestrwyd yn y carfanau, heb y rhestr aros (y dull a gyhoeddwyd)</translation>
    </message>
    <message>
        <source>completed ÷ (everyone enrolled − deferred)</source>
        <translation>wedi cwblhau ÷ (pawb a gofrestrwyd − wedi gohirio)</translation>
    </message>
    <message>
        <source>completed ÷ (completed + withdrawn)</source>
        <translation>wedi cwblhau ÷ (wedi cwblhau + wedi tynnu'n ôl)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>no programme with code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>figures "as at" a date need the status history</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::StatsFormat</name>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting period: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As at: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completion rate (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No enrolments in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Carfanau</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi cwblhau</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Wedi gohirio</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi tynnu'n ôl</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Ar y rhestr aros</translation>
    </message>
    <message>
        <source>Completion rate %</source>
        <translation>Cyfradd cwblhau %</translation>
    </message>
    <message>
        <source>Eventual completion %</source>
        <translation>Cwblhau yn y pen draw %</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met needs: very well or quite well ÷ answers; other rates: yes ÷ answers; response rate: responses ÷ participants.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows with fewer than %1 responses are not shown as percentages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>llai na %1</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ymatebion</translation>
    </message>
    <message>
        <source>Response rate %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met needs %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met expectations %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learned usable %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relevant %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Would recommend %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2's participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single sessions (%1): completed means attended, and there is no completion rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headcounts: %1 were counted at a session, not named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only: %1 (anonymous responses cannot be placed by region, sector or role)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate: present ÷ (present + absent); excused sessions and registers not yet taken are left out. Sessions before someone joined or after they left do not apply to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cohorts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — sessions: %2; attendance: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rule: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate %</source>
        <translation>Cyfradd %</translation>
    </message>
    <message>
        <source>Meets rule</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::SurveyImporter</name>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this column of the mapping is not in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the mapping names no question column of this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such cohort</source>
        <translation>dim carfan o'r fath</translation>
    </message>
    <message>
        <source>no participant with email %1 (leave it blank for an anonymous response)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not in the mapping's answers for this question</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>arwain::SurveyMapping</name>
    <message>
        <source>How well did it meet your needs?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did it meet your expectations?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did you learn something you can use in practice?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Was it relevant to your role?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Would you recommend it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email address (for a named response)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
</context>
<context>
    <name>arwain::Translation</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 per cent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::XlsxWriter</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write the workbook</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli</name>
    <message>
        <source>usage: arwain-cli COMMAND [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'arwain-cli COMMAND --help' describes a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arwain-cli: '%1' is not available in this version yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arwain-cli: unknown command '%1'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::AttendanceCommand</name>
    <message>
        <source>attendance per person: sessions attended, applicable, rate, attendance rule met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one cohort (its code, e.g. NDP-2024-1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every cohort of a programme starting in --year (its code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reporting year by its first year (2024: 2024 to 2025)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table, csv or json (default table)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either --cohort CODE, or --programme CODE with --year Y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no cohort with code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write the figures</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::BackupCommand</name>
    <message>
        <source>write a consistent copy of the database to FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::CertificatesCommand</name>
    <message>
        <source>completion certificates (PDF) for a cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cohort (its code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder to write them in (made if missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only this person (their email address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>both (Welsh and English side by side, the default), preferred (each person's preferred language), en or cy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name the cohort: --cohort CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name the folder: -o DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang: '%1' is not both, preferred, en or cy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no participant with the email address %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %n certificate(s) to %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>arwain::cli::CheckCommand</name>
    <message>
        <source>check the database for damage and inconsistencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>arwain::cli::Command</name>
    <message>
        <source>usage: %1 [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try 'arwain-cli %1 --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Upgraded %1 to the current file format; the previous file is kept as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1: '%2' is not a %3 (expected %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--by: '%1' is not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format: '%1' is not table, csv or json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1: '%2' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--year: '%1' is not a year; name a reporting year by its first year, e.g. 2024 for 2024 to 2025</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1: '%2' is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reporting year by its first year (2024: 1 April 2024 to 31 March 2025); default: all years together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count cohorts ending on or after this date (instead of --year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count cohorts ending on or before this date (instead of --year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only this programme (its code, e.g. TMDP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only participants from organisations in this region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only participants from organisations in this sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only participants with this job role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only cohorts with this delivery mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme, cohort, year, region, sector or role (default programme)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published, excluding-deferrals or finished-only (default published)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the figures as they stood at the end of this date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either --year or --from/--to, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--definition: '%1' is not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang: '%1' is not en or cy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::DemoCommand</name>
    <message>
        <source>create a new database holding the fictional demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1 with the demo data (every person in it is fictional).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::ExportCommand</name>
    <message>
        <source>export a KIND (or stats) as CSV or XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write to FILE (.csv, or .xlsx for a workbook); default: standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>begin the CSV with a UTF-8 byte-order mark, for Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a kind; KIND is one of %2 or stats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 applies to 'export stats' only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::FeedbackCommand</name>
    <message>
        <source>feedback rates: met needs, expectations, recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reporting year by its first year (2024: 2024 to 2025)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only this programme (its code, e.g. NDP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only named participants from organisations in this region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only named participants from organisations in this sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only named participants with this job role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme, cohort, year, region, sector or role (default programme)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show rows with fewer than N responses as "fewer than N" (default: the database's setting; 0 shows all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same as --suppress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table, csv or json (default table)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write the figures</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::ImportCommand</name>
    <message>
        <source>import a CSV file, all or nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the file and report, writing nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a kind of file; KIND is one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking and importing… %1 of %2 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was imported: fix the rows above and import the whole file again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file is good; %2 row(s) would be added, %3 are already there (nothing was written: dry run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: imported %2 row(s) into %3; %4 were already there unchanged</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Created %n new organisation(s) (sector and region left empty).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>arwain::cli::ImportSurveyCommand</name>
    <message>
        <source>import a survey tool's export into a cohort's feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cohort the responses are about (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use the mapping saved under NAME (see survey-mappings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the mapping from a JSON file (as --show-mapping prints it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remember the mapping under NAME when the import succeeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the mapping that would be used, and the answer words found in the file, as JSON; import nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the file and report, writing nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--cohort CODE is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give --mapping or --mapping-file, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no cohort with code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no mapping is saved under '%1' (none are saved yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no mapping is saved under '%1'; saved: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was imported: correct the mapping (--show-mapping prints it) or the file, and import the whole file again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file is good; %2 response(s) would be added to %3, %4 are already there (nothing was written: dry run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: imported %2 response(s) into %3; %4 were already there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping is saved as '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a mapping: %2 at character %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a mapping: it needs a "columns" object (see --show-mapping)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::InitCommand</name>
    <message>
        <source>create a new, empty database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1 with the built-in programmes and reasons.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::ReportCommand</name>
    <message>
        <source>the annual report for a reporting year, as HTML or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reporting year by its first year (2024: 2024 to 2025); default: the last year that has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>en or cy (default: the language arwain-cli speaks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>html or pdf (default: from the file's extension, else html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write to FILE (default: HTML on standard output)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published, excluding-deferrals or finished-only (default published)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the figures as they stood at the end of this date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>withhold feedback percentages from fewer than N responses (default: the database's setting; 0 shows all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same as --suppress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--definition: '%1' is not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format: '%1' is not html or pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PDF needs a file: give -o FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::SettingsCommand</name>
    <message>
        <source>show or change the database's settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>withhold feedback figures of fewer than N responses everywhere (0: never)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--suppress: '%1' is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suppress: feedback figures of fewer than %1 responses are withheld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suppress: 0 (feedback figures are never withheld)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::StatsCommand</name>
    <message>
        <source>participants, completions and completion rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table, csv or json (default table)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write the figures</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::StatusCommand</name>
    <message>
        <source>enrol, or change an enrolment's status (enrolled, completed/attended, deferred, withdrawn, revert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date the change took effect (default today)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why (needed to defer or withdraw): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a note kept with the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a status; use enrolled, completed (or attended), deferred, withdrawn or revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--date: '%1' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--reason: '%1' is not a reason (expected %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no participant with email %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no cohort with code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in cohort %2; enrol them first with status 'enrolled'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cohort %2 is full; %3 is on the waitlist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 enrolled in %3%4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, resuming their deferral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2: %3 → %4 (%5)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>arwain::cli::SurveyMappingsCommand</name>
    <message>
        <source>list the saved survey mappings, or print one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the mapping saved under NAME as JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no mapping is saved under '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No survey mappings are saved yet: import-survey --save-as NAME saves one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Arwain: leadership-programme tracker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the file read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start on a page: dashboard, programmes, participants, organisations, network or reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start on a cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start on a cohort's tab: enrolments, sessions, attendance or feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start importing this CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this reporting year on the dashboard (2024: 2024 to 2025)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database to open</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>