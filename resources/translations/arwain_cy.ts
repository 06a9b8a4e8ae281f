<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
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
        <translation>diwrnod addysgu</translation>
    </message>
    <message>
        <source>action learning set</source>
        <translation>set dysgu gweithredol</translation>
    </message>
    <message>
        <source>guest speaker</source>
        <translation>siaradwr gwadd</translation>
    </message>
    <message>
        <source>coaching</source>
        <translation>hyfforddi</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>gweithdy</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>gweminar</translation>
    </message>
    <message>
        <source>present</source>
        <translation>yn bresennol</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>yn absennol</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>wedi'i esgusodi</translation>
    </message>
    <message>
        <source>very well</source>
        <translation>yn dda iawn</translation>
    </message>
    <message>
        <source>quite well</source>
        <translation>yn eithaf da</translation>
    </message>
    <message>
        <source>not very well</source>
        <translation>ddim yn dda iawn</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>ddim o gwbl</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(wedi'i wneud yn ddienw)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Yn dangos cymorth ar y dewisiadau.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Yn dangos cymorth, gan gynnwys dewisiadau Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Yn dangos gwybodaeth am y fersiwn.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Defnydd: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Dewisiadau:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argiau:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[dewisiadau]</translation>
    </message>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Dewis anhysbys '%1'.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Dewisiadau anhysbys: %1.</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>Gwerth ar goll ar ôl '%1'.</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>Gwerth annisgwyl ar ôl '%1'.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;anslo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cau heb gadw</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
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
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw'r cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i'r c&amp;yfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i'r cyf&amp;an</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi'r gorau iddi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Rhoi cynnig arall</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>arwain::AboutDialog</name>
    <message>
        <source>About Arwain</source>
        <translation>Ynghylch Arwain</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>dim un ar agor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Arwain&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Arwain (Welsh: to lead) tracks leadership-development programmes in social care.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Arwain&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Mae Arwain yn cadw cofnod o raglenni datblygu arweinyddiaeth ym maes gofal cymdeithasol.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;GNU General Public License, version 3 or later&lt;/a&gt;: you may share and change it; it comes with no warranty.&lt;/p&gt;&lt;p&gt;Data folder: %1&lt;br&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Meddalwedd rydd dan &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach&lt;/a&gt;: cewch ei rhannu a'i newid; nid oes gwarant gyda hi.&lt;/p&gt;&lt;p&gt;Ffolder data: %1&lt;br&gt;Cronfa ddata: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>arwain::AttendanceGrid</name>
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
    <message>
        <source>Names in the register</source>
        <translation>Enwau yn y gofrestr</translation>
    </message>
</context>
<context>
    <name>arwain::AttendanceModel</name>
    <message>
        <source>teaching</source>
        <translation>addysgu</translation>
    </message>
    <message>
        <source>ALS</source>
        <comment>action learning set</comment>
        <translation>SDG</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>siaradwr</translation>
    </message>
    <message>
        <source>coaching</source>
        <translation>hyfforddi</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>gweithdy</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>gweminar</translation>
    </message>
    <message>
        <source>The attendance could not be read: %1</source>
        <translation>Nid oedd modd darllen y presenoldeb: %1</translation>
    </message>
    <message>
        <source>%1 present, %2 absent, %3 excused, %4 not recorded</source>
        <translation>%1 yn bresennol, %2 yn absennol, %3 wedi'u hesgusodi, %4 heb eu cofnodi</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>heb ei benderfynu</translation>
    </message>
    <message>
        <source>meets it</source>
        <translation>yn ei bodloni</translation>
    </message>
    <message>
        <source>below it</source>
        <translation>islaw</translation>
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
        <translation>amherthnasol</translation>
    </message>
    <message>
        <source>P</source>
        <comment>present</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>%1, %2 %3: %4</source>
        <translation>%1, %2 %3: %4</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Cyfranogwr</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4 present of %5 counted</source>
        <translation>%1 (%2), %3: %4 yn bresennol o %5 a gyfrifwyd</translation>
    </message>
</context>
<context>
    <name>arwain::AttendanceStats</name>
    <message>
        <source>teaching days</source>
        <translation>diwrnodau addysgu</translation>
    </message>
    <message>
        <source>action learning sets</source>
        <translation>setiau dysgu gweithredol</translation>
    </message>
    <message>
        <source>guest speaker sessions</source>
        <translation>sesiynau siaradwyr gwadd</translation>
    </message>
    <message>
        <source>coaching sessions</source>
        <translation>sesiynau hyfforddi</translation>
    </message>
    <message>
        <source>workshops</source>
        <translation>gweithdai</translation>
    </message>
    <message>
        <source>webinars</source>
        <translation>gweminarau</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiynau</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>pob un o'r %1</translation>
    </message>
    <message>
        <source>at least %1% of %2</source>
        <translation>o leiaf %1% o'r %2</translation>
    </message>
    <message>
        <source>no such cohort</source>
        <translation>dim carfan o'r fath</translation>
    </message>
    <message>
        <source>the cohort's programme is missing</source>
        <translation>mae rhaglen y garfan ar goll</translation>
    </message>
    <message>
        <source>no programme with code %1</source>
        <translation>dim rhaglen â'r cod %1</translation>
    </message>
</context>
<context>
    <name>arwain::AttendanceTab</name>
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
    <name>arwain::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>Every change to this database: who made it, when, and what it was about. People who have been anonymised are no longer named here.</source>
        <translation>Pob newid i'r gronfa ddata hon: pwy a'i gwnaeth, pryd, ac am beth yr oedd. Nid yw pobl sydd wedi'u gwneud yn ddienw yn cael eu henwi yma mwyach.</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Ers</translation>
    </message>
    <message>
        <source>Filter: a name, a cohort, a user, an action…</source>
        <translation>Hidlo: enw, carfan, defnyddiwr, gweithred…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Hidlo:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>No changes since that date.</source>
        <translation>Dim newidiadau ers y dyddiad hwnnw.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Dim newidiadau eto.</translation>
    </message>
    <message>
        <source>Showing %1 of the newest %2 entries; choose a later “Since” date to narrow it.</source>
        <translation>Yn dangos %1 o'r %2 cofnod mwyaf newydd; dewiswch ddyddiad “Ers” diweddarach i'w gyfyngu.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown</source>
        <translation>
            <numerusform>%n o gofnodion yn cael eu dangos</numerusform>
            <numerusform>%n o gofnodion yn cael eu dangos</numerusform>
            <numerusform>%n o gofnodion yn cael eu dangos</numerusform>
            <numerusform>%n o gofnodion yn cael eu dangos</numerusform>
            <numerusform>%n o gofnodion yn cael eu dangos</numerusform>
        </translation>
    </message>
    <message>
        <source> (of %1)</source>
        <translation> (o %1)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
</context>
<context>
    <name>arwain::AuditLog</name>
    <message>
        <source>the audit log could not be read: %1</source>
        <translation>nid oedd modd darllen y log archwilio: %1</translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation>Ffeil wedi'i huwchraddio</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>Survey imported</source>
        <translation>Arolwg wedi'i fewnforio</translation>
    </message>
    <message>
        <source>Programme added</source>
        <translation>Rhaglen wedi'i hychwanegu</translation>
    </message>
    <message>
        <source>Programme edited</source>
        <translation>Rhaglen wedi'i golygu</translation>
    </message>
    <message>
        <source>Organisation added</source>
        <translation>Sefydliad wedi'i ychwanegu</translation>
    </message>
    <message>
        <source>Organisation edited</source>
        <translation>Sefydliad wedi'i olygu</translation>
    </message>
    <message>
        <source>Organisation removed</source>
        <translation>Sefydliad wedi'i dynnu</translation>
    </message>
    <message>
        <source>Organisation put back</source>
        <translation>Sefydliad wedi'i roi'n ôl</translation>
    </message>
    <message>
        <source>Cohort added</source>
        <translation>Carfan wedi'i hychwanegu</translation>
    </message>
    <message>
        <source>Cohort edited</source>
        <translation>Carfan wedi'i golygu</translation>
    </message>
    <message>
        <source>Cohort removed</source>
        <translation>Carfan wedi'i thynnu</translation>
    </message>
    <message>
        <source>Cohort put back</source>
        <translation>Carfan wedi'i rhoi'n ôl</translation>
    </message>
    <message>
        <source>Participant added</source>
        <translation>Cyfranogwr wedi'i ychwanegu</translation>
    </message>
    <message>
        <source>Participant edited</source>
        <translation>Cyfranogwr wedi'i olygu</translation>
    </message>
    <message>
        <source>Participant removed</source>
        <translation>Cyfranogwr wedi'i dynnu</translation>
    </message>
    <message>
        <source>Participant put back</source>
        <translation>Cyfranogwr wedi'i roi'n ôl</translation>
    </message>
    <message>
        <source>Participant anonymised</source>
        <translation>Cyfranogwr wedi'i wneud yn ddienw</translation>
    </message>
    <message>
        <source>Joined the network</source>
        <translation>Ymunodd â'r rhwydwaith</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Cofrestrwyd</translation>
    </message>
    <message>
        <source>Enrolment imported</source>
        <translation>Cofrestriad wedi'i fewnforio</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statws wedi newid</translation>
    </message>
    <message>
        <source>Change reverted</source>
        <translation>Newid wedi'i ddadwneud</translation>
    </message>
    <message>
        <source>Enrolment removed</source>
        <translation>Cofrestriad wedi'i dynnu</translation>
    </message>
    <message>
        <source>Session added</source>
        <translation>Sesiwn wedi'i hychwanegu</translation>
    </message>
    <message>
        <source>Session edited</source>
        <translation>Sesiwn wedi'i golygu</translation>
    </message>
    <message>
        <source>Session removed</source>
        <translation>Sesiwn wedi'i thynnu</translation>
    </message>
    <message>
        <source>Session put back</source>
        <translation>Sesiwn wedi'i rhoi'n ôl</translation>
    </message>
    <message>
        <source>Attendance marked</source>
        <translation>Presenoldeb wedi'i nodi</translation>
    </message>
    <message>
        <source>Feedback added</source>
        <translation>Adborth wedi'i ychwanegu</translation>
    </message>
    <message>
        <source>Feedback edited</source>
        <translation>Adborth wedi'i olygu</translation>
    </message>
    <message>
        <source>Feedback removed</source>
        <translation>Adborth wedi'i dynnu</translation>
    </message>
    <message>
        <source>Feedback put back</source>
        <translation>Adborth wedi'i roi'n ôl</translation>
    </message>
    <message>
        <source>Retention period set</source>
        <translation>Cyfnod cadw wedi'i osod</translation>
    </message>
    <message>
        <source>Small-number suppression set</source>
        <translation>Atal niferoedd bach wedi'i osod</translation>
    </message>
    <message>
        <source>Retention rule applied</source>
        <translation>Rheol cadw wedi'i chymhwyso</translation>
    </message>
    <message>
        <source>(anonymised person)</source>
        <translation>(person dienw)</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Dim cofnodion.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Synthetic data generated</source>
        <translation>Data synthetig wedi'u cynhyrchu</translation>
    </message>
</context>
<context>
    <name>arwain::BreakdownPanel</name>
    <message>
        <source>Break down by</source>
        <translation>Dadansoddi fesul</translation>
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
        <translation>Dadansoddiad</translation>
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
        <translation>ni all y nifer a gyfrifwyd fod yn negyddol</translation>
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
        <translation>mae'r dyddiad gadael %1 cyn y dyddiad ymuno %2</translation>
    </message>
    <message>
        <source>the cohort has enrolments, sessions or feedback; it cannot be removed</source>
        <translation>mae gan y garfan gofrestriadau, sesiynau neu adborth; ni ellir ei dileu</translation>
    </message>
    <message>
        <source>the participant has enrolments, feedback or network membership; they cannot be removed</source>
        <translation>mae gan y cyfranogwr gofrestriadau, adborth neu aelodaeth o'r rhwydwaith; ni ellir ei ddileu</translation>
    </message>
    <message>
        <source>people belong to this organisation; it cannot be removed</source>
        <translation>mae pobl yn perthyn i'r sefydliad hwn; ni ellir ei ddileu</translation>
    </message>
    <message>
        <source>already a member of the network</source>
        <translation>eisoes yn aelod o'r rhwydwaith</translation>
    </message>
    <message>
        <source>the database could not be read: %1</source>
        <translation>nid oedd modd darllen y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>a percentage from 1 to 100, or none</source>
        <translation>canran o 1 i 100, neu ddim</translation>
    </message>
</context>
<context>
    <name>arwain::Certificates</name>
    <message>
        <source>Certificate of completion</source>
        <translation>Tystysgrif cwblhau</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Mae hyn i dystio bod</translation>
    </message>
    <message>
        <source>has completed the</source>
        <translation>wedi cwblhau</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>ar %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>There is no cohort %1.</source>
        <translation>Nid oes carfan %1.</translation>
    </message>
    <message>
        <source>Cohort %1 has no programme.</source>
        <translation>Nid oes rhaglen gan garfan %1.</translation>
    </message>
    <message>
        <source>That person has not completed %1, so there is no certificate to make.</source>
        <translation>Nid yw'r person hwnnw wedi cwblhau %1, felly nid oes tystysgrif i'w gwneud.</translation>
    </message>
    <message>
        <source>Nobody has completed %1 yet, so there are no certificates to make.</source>
        <translation>Nid oes neb wedi cwblhau %1 eto, felly nid oes tystysgrifau i'w gwneud.</translation>
    </message>
</context>
<context>
    <name>arwain::CohortDialog</name>
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
        <translation>Cod</translation>
    </message>
    <message>
        <source>e.g. TMDP-2025-1</source>
        <translation>e.e. TMDP-2025-1</translation>
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
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation>Mae ganddi ddyddiad gorffen</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>Delivery mode</source>
        <translation>Dull cyflwyno</translation>
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
        <translation>Darparwr</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capasiti</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>dim terfyn</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Nifer a gyfrifwyd</translation>
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
    <name>arwain::CohortTreeModel</name>
    <message>
        <source>under way</source>
        <translation>ar y gweill</translation>
    </message>
    <message>
        <source>A single session: people attend it, so there is no completion rate</source>
        <translation>Sesiwn unigol: mae pobl yn ei mynychu, felly nid oes cyfradd cwblhau</translation>
    </message>
    <message>
        <source>%1 people in progress; the rate so far is %2%</source>
        <translation>%1 o bobl ar y gweill; y gyfradd hyd yma yw %2%</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>wedi mynychu</translation>
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
        <translation>Cyfranogwyr: pawb a gofrestrwyd, heb gynnwys y rhestr aros</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi cwblhau</translation>
    </message>
    <message>
        <source>Completed; for single sessions (ICL, WSH), attended</source>
        <translation>Wedi cwblhau; ar gyfer sesiynau unigol (ICL, WSH), wedi mynychu</translation>
    </message>
</context>
<context>
    <name>arwain::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Cysylltu â gweinydd</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>as your IT department named it</source>
        <translation>fel y'i henwyd gan eich adran TG</translation>
    </message>
    <message>
        <source>your computer login</source>
        <translation>eich mewngofnod cyfrifiadur</translation>
    </message>
    <message>
        <source>Use it when the server offers it</source>
        <translation>Ei ddefnyddio pan fydd y gweinydd yn ei gynnig</translation>
    </message>
    <message>
        <source>Always (refuse a server without it)</source>
        <translation>Bob amser (gwrthod gweinydd hebddo)</translation>
    </message>
    <message>
        <source>Always, and check the server's certificate</source>
        <translation>Bob amser, a gwirio tystysgrif y gweinydd</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porth:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Cronfa ddata:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Mewngofnod:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Amgryptio:</translation>
    </message>
    <message>
        <source>Arwain never asks for your password and never stores one. PostgreSQL takes it from your ~/.pgpass file or your organisation's sign-in; your IT department can set that up. Whether you may change the data is the server's to say: managers see it read-only.</source>
        <translation>Nid yw Arwain byth yn gofyn am eich cyfrinair nac yn cadw un. Mae PostgreSQL yn ei gymryd o'ch ffeil ~/.pgpass neu o fewngofnodi eich sefydliad; gall eich adran TG drefnu hynny. Y gweinydd sy'n penderfynu a gewch chi newid y data: mae rheolwyr yn ei weld i'w ddarllen yn unig.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;ysylltu</translation>
    </message>
</context>
<context>
    <name>arwain::CsvReader</name>
    <message>
        <source>%1:1: the file is empty; a header row is expected</source>
        <translation>%1:1: mae'r ffeil yn wag; disgwylir rhes pennawd</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: dim digon o gof</translation>
    </message>
    <message>
        <source>%1:%2: not UTF-8 text; save the file as "CSV UTF-8"</source>
        <translation>%1:%2: nid testun UTF-8; cadwch y ffeil fel "CSV UTF-8"</translation>
    </message>
    <message>
        <source>%1:%2: malformed quoting: a quote inside an unquoted cell, or text after a closing quote</source>
        <translation>%1:%2: dyfynnu gwallus: dyfynnod mewn cell heb ddyfynodau, neu destun ar ôl dyfynnod cau</translation>
    </message>
    <message>
        <source>%1:%2: a quoted cell is never closed</source>
        <translation>%1:%2: nid yw cell mewn dyfynodau byth yn cau</translation>
    </message>
</context>
<context>
    <name>arwain::DashboardCharts</name>
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
        <translation>Tuedd y gyfradd cwblhau</translation>
    </message>
    <message>
        <source>Completion rate: %1</source>
        <translation>Cyfradd cwblhau: %1</translation>
    </message>
    <message>
        <source>Completion rate (%1)</source>
        <translation>Cyfradd cwblhau (%1)</translation>
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
        <translation>%1: %2 (%3 o %4 wedi cwblhau)</translation>
    </message>
    <message>
        <source>completed / attended</source>
        <translation>wedi cwblhau / mynychu</translation>
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
        <translation>%1: %2 %3</translation>
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
        <translation>%1, %2: %3%</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: ni ellir ysgrifennu</translation>
    </message>
    <message>
        <source>Feedback questions by programme</source>
        <translation>Cwestiynau adborth fesul rhaglen</translation>
    </message>
    <message>
        <source>Met needs: very well or quite well ÷ answers; others: yes ÷ answers. Programmes with fewer than %1 responses are withheld.</source>
        <translation>Diwallu anghenion: yn dda iawn neu'n eithaf da ÷ atebion; eraill: ie ÷ atebion. Caiff rhaglenni â llai na %1 o ymatebion eu hatal.</translation>
    </message>
    <message>
        <source>Met needs: very well or quite well ÷ answers; others: yes ÷ answers.</source>
        <translation>Diwallu anghenion: yn dda iawn neu'n eithaf da ÷ atebion; eraill: ie ÷ atebion.</translation>
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
        <translation>%1 (%2 o %3)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No feedback in this period</source>
        <translation>Dim adborth yn y cyfnod hwn</translation>
    </message>
    <message>
        <source>Programme (responses of participants)</source>
        <translation>Rhaglen (ymatebion o'r cyfranogwyr)</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>Y cant</translation>
    </message>
    <message>
        <source>Status mix per cohort: the latest %1 of %2</source>
        <translation>Statws fesul carfan: y %1 diweddaraf o %2</translation>
    </message>
</context>
<context>
    <name>arwain::DashboardFilterBar</name>
    <message>
        <source>Reporting year</source>
        <translation>Blwyddyn adrodd</translation>
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
        <translation>Hidlydd rhaglen</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Pob rhaglen</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Hidlydd rhanbarth</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Pob rhanbarth</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Hidlydd sector</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Pob sector</translation>
    </message>
    <message>
        <source>Job role filter</source>
        <translation>Hidlydd rôl swydd</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Pob rôl</translation>
    </message>
    <message>
        <source>Delivery mode filter</source>
        <translation>Hidlydd dull cyflwyno</translation>
    </message>
    <message>
        <source>Any delivery mode</source>
        <translation>Unrhyw ddull cyflwyno</translation>
    </message>
    <message>
        <source>Completion-rate definition</source>
        <translation>Diffiniad y gyfradd cwblhau</translation>
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
        <translation>Ffigurau fel yr oeddent ar ddyddiad a fu</translation>
    </message>
    <message>
        <source>As at date</source>
        <translation>Dyddiad</translation>
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
    <message>
        <source>E&amp;xport figures…</source>
        <translation>Allfor&amp;io'r ffigurau…</translation>
    </message>
</context>
<context>
    <name>arwain::DashboardPage</name>
    <message>
        <source>Dashboard status</source>
        <translation>Statws y dangosfwrdd</translation>
    </message>
    <message>
        <source>Figures by programme</source>
        <translation>Ffigurau fesul rhaglen</translation>
    </message>
    <message>
        <source>Charts and tables</source>
        <translation>Siartiau a thablau</translation>
    </message>
    <message>
        <source>Chart or table</source>
        <translation>Siart neu dabl</translation>
    </message>
    <message>
        <source>&amp;Rates by programme</source>
        <translation>&amp;Cyfraddau fesul rhaglen</translation>
    </message>
    <message>
        <source>&amp;Status by cohort</source>
        <translation>Statws f&amp;esul carfan</translation>
    </message>
    <message>
        <source>&amp;Trend over years</source>
        <translation>&amp;Tuedd dros y blynyddoedd</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>Ffig&amp;urau</translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation>Ffigurau a siartiau</translation>
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
        <source>Cohorts</source>
        <translation>Carfanau</translation>
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
        <source>%1: cannot write: %2</source>
        <translation>%1: ni ellir ysgrifennu: %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Allforio'r siart</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Allforio'r ffigurau</translation>
    </message>
    <message>
        <source>Feedback &amp;&amp; &amp;network</source>
        <translation>Adborth a'r &amp;rhwydwaith</translation>
    </message>
    <message>
        <source>Feedback &amp;questions</source>
        <translation>Cwestiy&amp;nau adborth</translation>
    </message>
    <message>
        <source>%1: fewer than %2 responses, so they are withheld (a setting of this database).</source>
        <translation>%1: llai na %2 o ymatebion, felly maent wedi'u hatal (un o osodiadau'r gronfa ddata hon).</translation>
    </message>
    <message>
        <source>Region, sector, r&amp;ole</source>
        <translation>Rhanbarth, sector, rô&amp;l</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Delwedd PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Llun SVG</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Llyfr gwaith Excel</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Ffeil CSV</translation>
    </message>
</context>
<context>
    <name>arwain::DashboardTiles</name>
    <message>
        <source>%1: completion rate %2</source>
        <translation>%1: cyfradd cwblhau %2</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>cyfranogwyr</translation>
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
        <source>Eventual completion %1 (%2 of %3 people)</source>
        <translation>Cwblhau yn y pen draw %1 (%2 o %3 o bobl)</translation>
    </message>
    <message>
        <source>No enrolments match these filters in this period.</source>
        <translation>Nid oes cofrestriadau'n cyfateb i'r hidlwyr hyn yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>single sessions: people attend, so there is no completion rate</source>
        <translation>sesiynau unigol: mae pobl yn mynychu, felly nid oes cyfradd cwblhau</translation>
    </message>
    <message>
        <source>%1 of them a headcount (counted, not named)</source>
        <translation>%1 ohonynt yn gyfrif pennau (wedi'u cyfrif, heb eu henwi)</translation>
    </message>
    <message>
        <source>named attendees</source>
        <translation>mynychwyr wedi'u henwi</translation>
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
        <source>%1: %Ln attended</source>
        <translation>
            <numerusform>%1: %Ln wedi mynychu</numerusform>
            <numerusform>%1: %Ln wedi mynychu</numerusform>
            <numerusform>%1: %Ln wedi mynychu</numerusform>
            <numerusform>%1: %Ln wedi mynychu</numerusform>
            <numerusform>%1: %Ln wedi mynychu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln wedi mynychu</numerusform>
            <numerusform>%Ln wedi mynychu</numerusform>
            <numerusform>%Ln wedi mynychu</numerusform>
            <numerusform>%Ln wedi mynychu</numerusform>
            <numerusform>%Ln wedi mynychu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohort(s) or session(s)</source>
        <translation>
            <numerusform>%Ln o garfanau neu sesiynau</numerusform>
            <numerusform>%Ln o garfanau neu sesiynau</numerusform>
            <numerusform>%Ln o garfanau neu sesiynau</numerusform>
            <numerusform>%Ln o garfanau neu sesiynau</numerusform>
            <numerusform>%Ln o garfanau neu sesiynau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 present of %2 counted · %Ln session(s) held</source>
        <translation>
            <numerusform>%1 yn bresennol o %2 a gyfrifwyd · %Ln o sesiynau wedi'u cynnal</numerusform>
            <numerusform>%1 yn bresennol o %2 a gyfrifwyd · %Ln o sesiynau wedi'u cynnal</numerusform>
            <numerusform>%1 yn bresennol o %2 a gyfrifwyd · %Ln o sesiynau wedi'u cynnal</numerusform>
            <numerusform>%1 yn bresennol o %2 a gyfrifwyd · %Ln o sesiynau wedi'u cynnal</numerusform>
            <numerusform>%1 yn bresennol o %2 a gyfrifwyd · %Ln o sesiynau wedi'u cynnal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arwain::Database</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>nid yw gyrrwr SQLite Qt (QSQLITE) wedi'i osod</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: ni ellir agor: %2</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten</source>
        <translation>mae %1 yn bodoli eisoes; ni chafodd ei drosysgrifo</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: ni ellir creu: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: nid oes ffeil o'r fath</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: nid ffeil yw hon</translation>
    </message>
    <message>
        <source>not an Arwain database (the file is empty)</source>
        <translation>nid cronfa ddata Arwain (mae'r ffeil yn wag)</translation>
    </message>
    <message>
        <source>not an Arwain database (not an SQLite file)</source>
        <translation>nid cronfa ddata Arwain (nid ffeil SQLite)</translation>
    </message>
    <message>
        <source>%1: you cannot write to this file; open it read-only</source>
        <translation>%1: ni allwch ysgrifennu i'r ffeil hon; agorwch hi i'w darllen yn unig</translation>
    </message>
    <message>
        <source>damaged or unreadable (%1)</source>
        <translation>wedi'i difrodi neu'n annarllenadwy (%1)</translation>
    </message>
    <message>
        <source>not an Arwain database (an SQLite file of another program)</source>
        <translation>nid cronfa ddata Arwain (ffeil SQLite rhaglen arall)</translation>
    </message>
    <message>
        <source>made by a newer version of Arwain (file format %1; this version reads up to %2); please update Arwain</source>
        <translation>wedi'i gwneud gan fersiwn mwy newydd o Arwain (fformat ffeil %1; mae'r fersiwn hon yn darllen hyd at %2); diweddarwch Arwain</translation>
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation>wedi'i difrodi (%1)</translation>
    </message>
    <message>
        <source>uses an older file format (%1); open it for writing once to upgrade it</source>
        <translation>yn defnyddio fformat ffeil hŷn (%1); agorwch hi i ysgrifennu unwaith i'w huwchraddio</translation>
    </message>
    <message>
        <source>cannot back up before upgrading (%1)</source>
        <translation>ni ellir gwneud copi wrth gefn cyn uwchraddio (%1)</translation>
    </message>
    <message>
        <source>%1: upgrading the file failed (%2); it is unchanged, and a copy is in %3</source>
        <translation>%1: methodd uwchraddio'r ffeil (%2); nid yw wedi newid, ac mae copi yn %3</translation>
    </message>
    <message>
        <source>%1: backup failed: %2</source>
        <translation>%1: methodd y copi wrth gefn: %2</translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing row of %3</source>
        <translation>mae tabl %1 rhes %2 yn cyfeirio at res o %3 sydd ar goll</translation>
    </message>
    <message>
        <source>%1: cannot check: %2</source>
        <translation>%1: ni ellir gwirio: %2</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed</source>
        <translation>mae %1 ar agor i'w darllen yn unig; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>%1: cannot start writing: %2</source>
        <translation>%1: ni ellir dechrau ysgrifennu: %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>the upgraded data breaks a link between tables</source>
        <translation>mae'r data a uwchraddiwyd yn torri cyswllt rhwng tablau</translation>
    </message>
    <message>
        <source>%1: %2; the file was not changed</source>
        <translation>%1: %2; ni newidiwyd y ffeil</translation>
    </message>
    <message>
        <source>%1 is in use: waiting for another change to finish…</source>
        <translation>Mae %1 yn cael ei defnyddio: yn aros i newid arall orffen…</translation>
    </message>
    <message numerus="yes">
        <source>%1: another program has been changing this file for %n second(s) without finishing; nothing was changed. Try again when it is done.</source>
        <translation>
            <numerusform>%1: mae rhaglen arall wedi bod yn newid y ffeil hon am %n eiliad heb orffen; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.</numerusform>
            <numerusform>%1: mae rhaglen arall wedi bod yn newid y ffeil hon am %n eiliad heb orffen; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.</numerusform>
            <numerusform>%1: mae rhaglen arall wedi bod yn newid y ffeil hon am %n eiliad heb orffen; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.</numerusform>
            <numerusform>%1: mae rhaglen arall wedi bod yn newid y ffeil hon am %n eiliad heb orffen; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.</numerusform>
            <numerusform>%1: mae rhaglen arall wedi bod yn newid y ffeil hon am %n eiliad heb orffen; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the change is saved, but another program still has the file open, so the old text stays in its log until it closes; close it and run this again</source>
        <translation>%1: mae'r newid wedi'i gadw, ond mae gan raglen arall y ffeil ar agor, felly mae'r hen destun yn aros yn ei log nes iddi gau; caewch hi a rhedeg hyn eto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>ni ellir adfer %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it is damaged (%2)</source>
        <translation>ni ellir adfer %1: mae wedi'i ddifrodi (%2)</translation>
    </message>
    <message>
        <source>%1 was not replaced: %2</source>
        <translation>ni chafodd %1 ei disodli: %2</translation>
    </message>
    <message>
        <source>%1: cannot write beside it</source>
        <translation>%1: ni ellir ysgrifennu wrth ei hochr</translation>
    </message>
    <message>
        <source>%1: cannot put the backup in place; it is in %2</source>
        <translation>%1: ni ellir rhoi'r copi wrth gefn yn ei le; mae yn %2</translation>
    </message>
    <message>
        <source>cannot rename the finished copy</source>
        <translation>ni ellir ailenwi'r copi gorffenedig</translation>
    </message>
    <message>
        <source>This enrolment</source>
        <translation>y cofrestriad hwn</translation>
    </message>
    <message>
        <source>%1: cannot read: permission denied</source>
        <translation>%1: ni ellir darllen: dim caniatâd</translation>
    </message>
    <message>
        <source>cohort %1: its kept counts differ from its enrolments</source>
        <translation>carfan %1: mae'r cyfrifon a gedwir yn wahanol i'w chofrestriadau</translation>
    </message>
    <message>
        <source>%1 is a server database: its administrators back it up with pg_dump</source>
        <translation>Cronfa ddata ar weinydd yw %1: ei gweinyddwyr sy'n gwneud copi wrth gefn ohoni gyda pg_dump</translation>
    </message>
    <message>
        <source>%1: your login may only read this database (the server gives it the manager role); nothing was changed</source>
        <translation>%1: dim ond darllen y gronfa ddata hon y caiff eich mewngofnod (mae'r gweinydd yn rhoi rôl rheolwr iddo); ni newidiwyd dim</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed; on Debian it is the package libqt6sql6-psql</source>
        <translation>nid yw gyrrwr PostgreSQL Qt (QPSQL) wedi'i osod; ar Debian, y pecyn libqt6sql6-psql yw hwn</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2; nothing was changed</source>
        <translation>%1: ni ellir cysylltu: %2; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: ni ellir cysylltu: %2</translation>
    </message>
    <message>
        <source>a server database starts at format %1</source>
        <translation>mae cronfa ddata ar weinydd yn dechrau ar fformat %1</translation>
    </message>
    <message>
        <source>%1 already holds an Arwain database; nothing was changed</source>
        <translation>Mae cronfa ddata Arwain yn %1 yn barod; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>%1 already holds other tables; Arwain's are made only in an empty database; nothing was changed</source>
        <translation>Mae tablau eraill yn %1 yn barod; dim ond mewn cronfa ddata wag y gwneir tablau Arwain; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>%1: cannot create: %2; nothing was changed</source>
        <translation>%1: ni ellir creu: %2; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>%1: not an Arwain database (make one in an empty database with arwain-cli server-init); nothing was changed</source>
        <translation>%1: nid cronfa ddata Arwain (gwnewch un mewn cronfa ddata wag gydag arwain-cli server-init); ni newidiwyd dim</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Arwain (format %2; this version reads up to %3); please update Arwain</source>
        <translation>%1: fe'i gwnaed gan fersiwn mwy newydd o Arwain (fformat %2; mae'r fersiwn hon yn darllen hyd at %3); diweddarwch Arwain</translation>
    </message>
    <message>
        <source>%1: uses an older format (%2); open it for writing once to upgrade it</source>
        <translation>%1: mae'n defnyddio fformat hŷn (%2); agorwch hi i ysgrifennu unwaith i'w huwchraddio</translation>
    </message>
    <message>
        <source>%1: cannot open: %2; nothing was changed</source>
        <translation>%1: ni ellir agor: %2; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>%1: someone else's change (an import, perhaps) held the records this change needs for too long; nothing was changed. Try again in a moment.</source>
        <translation>%1: roedd newid rhywun arall (mewnforio, efallai) yn dal y cofnodion sydd eu hangen ar y newid hwn am ormod o amser; ni newidiwyd dim. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>%1: not a file, and not a PostgreSQL connection (postgresql://host/database)</source>
        <translation>%1: nid ffeil, ac nid cysylltiad PostgreSQL (postgresql://gweinydd/cronfa-ddata)</translation>
    </message>
    <message>
        <source>its format number (%1) is not one Arwain ever wrote, so it was changed by another program; restore a backup or ask whoever changed it</source>
        <translation>nid yw ei rhif fformat (%1) yn un a ysgrifennodd Arwain erioed, felly fe'i newidiwyd gan raglen arall; adferwch gopi wrth gefn neu holwch pwy a'i newidiodd</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in use by another program, which has kept it locked for %n second(s); nothing was changed. Try again when it is done.</source>
        <translation>
            <numerusform>Mae %1 yn cael ei defnyddio gan raglen arall, sydd wedi'i chloi ers %n eiliad; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.</numerusform>
            <numerusform>Mae %1 yn cael ei defnyddio gan raglen arall, sydd wedi'i chloi ers %n eiliad; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.</numerusform>
            <numerusform>Mae %1 yn cael ei defnyddio gan raglen arall, sydd wedi'i chloi ers %n eiliad; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.</numerusform>
            <numerusform>Mae %1 yn cael ei defnyddio gan raglen arall, sydd wedi'i chloi ers %n eiliad; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.</numerusform>
            <numerusform>Mae %1 yn cael ei defnyddio gan raglen arall, sydd wedi'i chloi ers %n eiliad; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in use by another program: waiting for it to finish…</source>
        <translation>Mae %1 yn cael ei defnyddio gan raglen arall: yn aros iddi orffen…</translation>
    </message>
    <message>
        <source>%1: its format number (%2) is not one Arwain ever wrote, so it was changed by something else; nothing was changed</source>
        <translation>%1: nid yw ei rhif fformat (%2) yn un a ysgrifennodd Arwain erioed, felly fe'i newidiwyd gan rywbeth arall; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>participant %1: a name or email address is not in one spelling (Unicode NFC)</source>
        <translation>cyfranogwr %1: nid yw enw neu gyfeiriad e-bost mewn un sillafiad (Unicode NFC)</translation>
    </message>
    <message>
        <source>participants %1 and %2 have one email address written two ways (%3); they differ in other fields too, so they were not merged: edit one of them</source>
        <translation>mae gan gyfranogwyr %1 a %2 un cyfeiriad e-bost wedi'i ysgrifennu mewn dwy ffordd (%3); maent yn wahanol mewn meysydd eraill hefyd, felly ni chawsant eu cyfuno: golygwch un ohonynt</translation>
    </message>
    <message>
        <source>it is in use by another program, which holds a lock on it</source>
        <translation>mae'n cael ei defnyddio gan raglen arall, sy'n ei chloi</translation>
    </message>
    <message>
        <source>a text of %1 characters is longer than any field holds (%2); nothing was saved</source>
        <translation>mae testun o %1 nod yn hwy nag y mae unrhyw faes yn ei ddal (%2); ni chadwyd dim</translation>
    </message>
    <message>
        <source>This record was changed by someone else while the command ran; nothing was saved. Run the command again.</source>
        <translation>Newidiwyd y cofnod hwn gan rywun arall tra oedd y gorchymyn yn rhedeg; ni chadwyd dim. Rhedwch y gorchymyn eto.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while the command ran; nothing was saved. Run the command again.</source>
        <translation>Newidiwyd %1 gan rywun arall tra oedd y gorchymyn yn rhedeg; ni chadwyd dim. Rhedwch y gorchymyn eto.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since it was shown; nothing was saved. The window now shows their change: make yours again if it is still needed.</source>
        <translation>Newidiwyd y cofnod hwn gan rywun arall ers iddo gael ei ddangos; ni chadwyd dim. Mae'r ffenestr bellach yn dangos eu newid nhw: gwnewch eich un chi eto os oes ei angen o hyd.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was shown; nothing was saved. The window now shows their change: make yours again if it is still needed.</source>
        <translation>Newidiwyd %1 gan rywun arall ers iddo gael ei ddangos; ni chadwyd dim. Mae'r ffenestr bellach yn dangos eu newid nhw: gwnewch eich un chi eto os oes ei angen o hyd.</translation>
    </message>
    <message>
        <source>%1 was not replaced: it is not a regular file</source>
        <translation>Ni ddisodlwyd %1: nid yw'n ffeil arferol</translation>
    </message>
    <message>
        <source>%1 was not replaced: another program has it open (the app, or a command still running); close it and restore again. Nothing was changed</source>
        <translation>Ni ddisodlwyd %1: mae rhaglen arall wedi'i hagor (yr ap, neu orchymyn sy'n dal i redeg); caewch hi ac adfer eto. Ni newidiwyd dim</translation>
    </message>
    <message>
        <source>%1 is a server database: its administrators restore it with pg_restore</source>
        <translation>Cronfa ddata ar weinydd yw %1: ei gweinyddwyr sy'n ei hadfer gyda pg_restore</translation>
    </message>
    <message>
        <source>%1 uses an older format (%2) that its administrator upgrades: the database's owner opens it once (arwain-cli check %1), then runs server-init again; nothing was changed</source>
        <translation>Mae %1 yn defnyddio fformat hŷn (%2) y mae ei gweinyddwr yn ei uwchraddio: mae perchennog y gronfa ddata yn ei hagor unwaith (arwain-cli check %1), yna'n rhedeg server-init eto; ni newidiwyd dim</translation>
    </message>
</context>
<context>
    <name>arwain::DatabaseCopy</name>
    <message>
        <source>%1 is open read-only; nothing was copied</source>
        <translation>Mae %1 ar agor i'w darllen yn unig; ni chopïwyd dim</translation>
    </message>
    <message>
        <source>%1 already holds data; a copy goes only into a new or empty database; nothing was copied</source>
        <translation>Mae data yn %1 yn barod; dim ond i gronfa ddata newydd neu wag yr aiff copi; ni chopïwyd dim</translation>
    </message>
    <message>
        <source>cancelled; nothing was copied</source>
        <translation>canslwyd; ni chopïwyd dim</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>rhesi: %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was copied</source>
        <translation>%1: %2; ni chopïwyd dim</translation>
    </message>
    <message>
        <source>%1; nothing was copied</source>
        <translation>%1; ni chopïwyd dim</translation>
    </message>
    <message>
        <source>%1 already exists; a copy goes into a new file; nothing was copied</source>
        <translation>Mae %1 yn bodoli'n barod; i ffeil newydd yr aiff copi; ni chopïwyd dim</translation>
    </message>
</context>
<context>
    <name>arwain::DateField</name>
    <message>
        <source>A date, written 2025-01-15 or 15/01/2025; Alt+Down opens a calendar</source>
        <translation>Dyddiad, wedi'i ysgrifennu 2025-01-15 neu 15/01/2025; mae Alt+Saeth i lawr yn agor calendr</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation>Calendr ar gyfer %1</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Dewis o galendr (Alt+Saeth i lawr)</translation>
    </message>
    <message>
        <source>%1: write a date, such as 2025-01-15 or 15/01/2025</source>
        <translation>%1: ysgrifennwch ddyddiad, fel 2025-01-15 neu 15/01/2025</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as 2025-01-15 or 15/01/2025</source>
        <translation>%1: nid yw “%2” yn ddyddiad; ysgrifennwch ef fel 2025-01-15 neu 15/01/2025</translation>
    </message>
    <message>
        <source>%1: %2 is before %3, the earliest this can be</source>
        <translation>%1: mae %2 cyn %3, y cynharaf y gall hwn fod</translation>
    </message>
    <message>
        <source>%1: %2 is after %3, the latest this can be</source>
        <translation>%1: mae %2 ar ôl %3, y diweddaraf y gall hwn fod</translation>
    </message>
</context>
<context>
    <name>arwain::Demo</name>
    <message>
        <source>the demo data could not be built: %1</source>
        <translation>nid oedd modd adeiladu'r data enghreifftiol: %1</translation>
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
    <name>arwain::EditCommand</name>
    <message>
        <source>Cannot undo "%1": %2</source>
        <translation>Ni ellir dadwneud "%1": %2</translation>
    </message>
</context>
<context>
    <name>arwain::EnrolCommand</name>
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
    <name>arwain::EnrolDialog</name>
    <message>
        <source>Enrol in %1</source>
        <translation>Cofrestru yn %1</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Chwilio am bobl</translation>
    </message>
    <message>
        <source>Search by name, email or organisation</source>
        <translation>Chwilio yn ôl enw, e-bost neu sefydliad</translation>
    </message>
    <message>
        <source>People to enrol</source>
        <translation>Pobl i'w cofrestru</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Dyddiad cofrestru</translation>
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
    <name>arwain::EnrolmentModel</name>
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
    <name>arwain::EnrolmentService</name>
    <message>
        <source>the date is missing or not a real date</source>
        <translation>mae'r dyddiad ar goll neu nid yw'n ddyddiad go iawn</translation>
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
        <translation>dim ond cofrestriad wedi'i ohirio y gellir ei ailddechrau; mae hwn yn %1</translation>
    </message>
    <message>
        <source>this deferral has already been resumed</source>
        <translation>mae'r gohiriad hwn wedi'i ailddechrau eisoes</translation>
    </message>
    <message>
        <source>no such cohort</source>
        <translation>dim carfan o'r fath</translation>
    </message>
    <message>
        <source>a deferral from %1 resumes in a later cohort of the same programme; %2 is not one</source>
        <translation>mae gohiriad o %1 yn ailddechrau mewn carfan ddiweddarach o'r un rhaglen; nid yw %2 yn un</translation>
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
        <translation>mae'r gohiriad wedi'i ailddechrau yng ngharfan %1; dadwneud y cofrestriad hwnnw yn gyntaf</translation>
    </message>
    <message>
        <source>reverted the change to %1</source>
        <translation>dadwnaed y newid i %1</translation>
    </message>
    <message>
        <source>a %1 enrolment needs a reason (%2); use "other" when it is not known</source>
        <translation>mae angen rheswm ar gofrestriad %1 (%2); defnyddiwch "other" pan nad yw'n hysbys</translation>
    </message>
    <message>
        <source>the enrolment it continues does not exist</source>
        <translation>nid yw'r cofrestriad y mae'n ei barhau yn bodoli</translation>
    </message>
    <message>
        <source>the enrolment has changed since it was made; revert its changes first</source>
        <translation>mae'r cofrestriad wedi newid ers ei wneud; dadwneud ei newidiadau yn gyntaf</translation>
    </message>
    <message>
        <source>another enrolment resumes this one</source>
        <translation>mae cofrestriad arall yn ailddechrau hwn</translation>
    </message>
    <message>
        <source>enrolment %1 has no history</source>
        <translation>nid oes hanes gan gofrestriad %1</translation>
    </message>
    <message>
        <source>enrolment %1 is %2 but its history says %3</source>
        <translation>mae cofrestriad %1 yn %2 ond mae ei hanes yn dweud %3</translation>
    </message>
    <message>
        <source>cohort %1 is full (capacity %2); the enrolment stays on the waitlist</source>
        <translation>mae carfan %1 yn llawn (capasiti %2); mae'r cofrestriad yn aros ar y rhestr aros</translation>
    </message>
    <message>
        <source>enrolment %1 continues enrolment %2, which is not the same person's deferral in the same programme</source>
        <translation>mae cofrestriad %1 yn parhau cofrestriad %2, nad yw'n ohiriad gan yr un person yn yr un rhaglen</translation>
    </message>
    <message>
        <source>The enrolment of %1 in %2</source>
        <translation>gofrestriad %1 yn %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>arwain::Exporter</name>
    <message>
        <source>could not write the file: %1</source>
        <translation>nid oedd modd ysgrifennu'r ffeil: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>canslwyd yr allforio</translation>
    </message>
</context>
<context>
    <name>arwain::FeedbackDialog</name>
    <message>
        <source>Edit feedback response</source>
        <translation>Golygu ymateb adborth</translation>
    </message>
    <message>
        <source>Add feedback responses</source>
        <translation>Ychwanegu ymatebion adborth</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Pwy atebodd</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Dienw</translation>
    </message>
    <message>
        <source>How well did it meet your needs?</source>
        <translation>Pa mor dda y diwallodd eich anghenion?</translation>
    </message>
    <message>
        <source>Did it meet your expectations?</source>
        <translation>A fodlonodd eich disgwyliadau?</translation>
    </message>
    <message>
        <source>Did you learn something you can use in practice?</source>
        <translation>A ddysgoch rywbeth y gallwch ei ddefnyddio yn eich gwaith?</translation>
    </message>
    <message>
        <source>Was it relevant to your role?</source>
        <translation>A oedd yn berthnasol i'ch rôl?</translation>
    </message>
    <message>
        <source>Would you recommend it?</source>
        <translation>A fyddech yn ei argymell?</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>&amp;Pwy atebodd:</translation>
    </message>
    <message>
        <source>Met &amp;needs:</source>
        <translation>Diwallu &amp;anghenion:</translation>
    </message>
    <message>
        <source>Met &amp;expectations:</source>
        <translation>Bodloni &amp;disgwyliadau:</translation>
    </message>
    <message>
        <source>&amp;Learned something usable:</source>
        <translation>Dysgu rhywbeth &amp;defnyddiol:</translation>
    </message>
    <message>
        <source>&amp;Relevant to role:</source>
        <translation>&amp;Perthnasol i'r rôl:</translation>
    </message>
    <message>
        <source>Would re&amp;commend:</source>
        <translation>Byddai'n &amp;argymell:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>S&amp;ylw:</translation>
    </message>
    <message>
        <source>Responses saved</source>
        <translation>Ymatebion wedi'u cadw</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Cadw a'r &amp;nesaf</translation>
    </message>
    <message>
        <source>Record this response and clear the form for the next one (Ctrl+Return)</source>
        <translation>Cofnodi'r ymateb hwn a chlirio'r ffurflen ar gyfer yr un nesaf (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Cadw a chau</translation>
    </message>
    <message>
        <source>%1 saved; enter the next response, or close.</source>
        <translation>Cadwyd %1; rhowch yr ymateb nesaf, neu caewch.</translation>
    </message>
</context>
<context>
    <name>arwain::FeedbackPanel</name>
    <message>
        <source>Feedback by programme</source>
        <translation>Adborth yn ôl rhaglen</translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Aelodau'r rhwydwaith</translation>
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
        <source>Feedback for the year and filters chosen (with a region, sector or role, only named responses can be placed). Met needs: very well or quite well ÷ answers; other rates: yes ÷ answers; response rate: responses ÷ participants. Double-click a row, or press Enter on it, to read the responses and comments behind it.</source>
        <translation>Adborth ar gyfer y flwyddyn a'r hidlwyr a ddewiswyd (gyda rhanbarth, sector neu rôl, dim ond ymatebion wedi'u henwi y gellir eu lleoli). Diwallu anghenion: yn dda iawn neu'n eithaf da ÷ atebion; cyfraddau eraill: ie ÷ atebion; cyfradd ymateb: ymatebion ÷ cyfranogwyr. Cliciwch ddwywaith ar res, neu pwyswch Enter arni, i ddarllen yr ymatebion a'r sylwadau y tu ôl iddi.</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>llai na %1</translation>
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
        <translation>mae angen o leiaf un ateb neu sylw ar ymateb</translation>
    </message>
    <message>
        <source>the database could not be read: %1</source>
        <translation>nid oedd modd darllen y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>the response no longer exists</source>
        <translation>nid yw'r ymateb yn bodoli mwyach</translation>
    </message>
    <message>
        <source>the response is already there</source>
        <translation>mae'r ymateb yno eisoes</translation>
    </message>
    <message>
        <source>cohort: no such cohort</source>
        <translation>cohort: nid oes carfan o'r fath</translation>
    </message>
    <message>
        <source>the threshold is a number of responses from 0 (never withhold) to 100</source>
        <translation>mae'r trothwy yn nifer o ymatebion o 0 (byth atal) i 100</translation>
    </message>
</context>
<context>
    <name>arwain::FeedbackTab</name>
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
    <message>
        <source>Comment of the chosen response</source>
        <translation>Sylw'r ymateb a ddewiswyd</translation>
    </message>
    <message>
        <source>Choose a response to read its comment here.</source>
        <translation>Dewiswch ymateb i ddarllen ei sylw yma.</translation>
    </message>
    <message>
        <source>This response has no comment.</source>
        <translation>Nid oes sylw gyda'r ymateb hwn.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Sylw: %1</translation>
    </message>
</context>
<context>
    <name>arwain::Generator</name>
    <message>
        <source>%1 cohort at %2</source>
        <translation>carfan %1 yn %2</translation>
    </message>
    <message>
        <source>--participants must be at least 1</source>
        <translation>rhaid i --participants fod yn 1 o leiaf</translation>
    </message>
    <message>
        <source>--enrolments cannot be negative</source>
        <translation>ni all --enrolments fod yn negyddol</translation>
    </message>
    <message>
        <source>%1 enrolments need more people than %2: each person is at most once in a cohort</source>
        <translation>mae %1 o gofrestriadau angen mwy o bobl na %2: mae pob person mewn carfan unwaith ar y mwyaf</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>wedi'i ganslo; ni ysgrifennwyd dim</translation>
    </message>
    <message>
        <source>%1 participants, %2 enrolments, seed %3</source>
        <translation>%1 o gyfranogwyr, %2 o gofrestriadau, hedyn %3</translation>
    </message>
    <message>
        <source>%1: nothing was created: %2</source>
        <translation>%1: ni chrëwyd dim: %2</translation>
    </message>
</context>
<context>
    <name>arwain::HistoryModel</name>
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
    <name>arwain::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Mewnforio CSV</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Math o ffeil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Rhagolwg o'r ffeil</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemau a gafwyd yn y ffeil</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Dewiswch ffeil CSV i'w mewnforio.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
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
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Yn gwirio %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Yn mewnforio %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: ni ellir darllen: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… a %n o broblemau eraill</numerusform>
            <numerusform>… a %n o broblemau eraill</numerusform>
            <numerusform>… a %n o broblemau eraill</numerusform>
            <numerusform>… a %n o broblemau eraill</numerusform>
            <numerusform>… a %n o broblemau eraill</numerusform>
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
        <translation>Mae'r ffeil yn iawn: %1 rhes i'w hychwanegu, %2 yno eisoes heb newid.</translation>
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
        <translation>Mae'r ffeil hon ar agor i'w darllen yn unig, felly ni ellir mewnforio dim.</translation>
    </message>
    <message>
        <source>Imported %1 row(s) into %2; %3 were already there. Undo history was cleared.</source>
        <translation>Mewnforiwyd %1 rhes i %2; roedd %3 yno eisoes. Cliriwyd yr hanes dadwneud.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Dim ffeil wedi'i dewis eto</translation>
    </message>
</context>
<context>
    <name>arwain::Importer</name>
    <message>
        <source>"%1" is not a %2 (expected %3)</source>
        <translation>nid yw "%1" yn %2 (disgwylir %3)</translation>
    </message>
    <message>
        <source>"%1" is not a date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>nid yw "%1" yn ddyddiad (disgwylir BBBB-MM-DD neu DD/MM/BBBB)</translation>
    </message>
    <message>
        <source>"%1" is not a whole number</source>
        <translation>nid yw "%1" yn rhif cyfan</translation>
    </message>
    <message>
        <source>%1 is already recorded with different values; change it in the app (or with arwain-cli status) rather than by import</source>
        <translation>mae %1 wedi'i gofnodi eisoes gyda gwerthoedd gwahanol; newidiwch ef yn yr ap (neu gydag arwain-cli status) yn hytrach na thrwy fewnforio</translation>
    </message>
    <message>
        <source>required</source>
        <translation>gofynnol</translation>
    </message>
    <message>
        <source>no cohort with code %1</source>
        <translation>dim carfan â'r cod %1</translation>
    </message>
    <message>
        <source>no participant with email %1 (import participants first)</source>
        <translation>dim cyfranogwr â'r e-bost %1 (mewnforiwch gyfranogwyr yn gyntaf)</translation>
    </message>
    <message>
        <source>programme %1</source>
        <translation>rhaglen %1</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>sefydliad %1</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>nid yw %1 yn gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>participant %1 %2</source>
        <translation>cyfranogwr %1 %2</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>cyfranogwr %1</translation>
    </message>
    <message>
        <source>no programme with code %1</source>
        <translation>dim rhaglen â'r cod %1</translation>
    </message>
    <message>
        <source>cohort %1</source>
        <translation>carfan %1</translation>
    </message>
    <message>
        <source>%1 has no enrolment in %2 to continue</source>
        <translation>nid oes gan %1 gofrestriad yn %2 i'w barhau</translation>
    </message>
    <message>
        <source>the enrolment of %1 in %2</source>
        <translation>cofrestriad %1 yn %2</translation>
    </message>
    <message>
        <source>the session of %1 on %2</source>
        <translation>sesiwn %1 ar %2</translation>
    </message>
    <message>
        <source>cohort %1 has no session on %2</source>
        <translation>nid oes gan garfan %1 sesiwn ar %2</translation>
    </message>
    <message>
        <source>%1 is not enrolled in %2</source>
        <translation>nid yw %1 wedi'i gofrestru yn %2</translation>
    </message>
    <message>
        <source>attendance of %1</source>
        <translation>presenoldeb %1</translation>
    </message>
    <message>
        <source>network membership of %1</source>
        <translation>aelodaeth %1 o'r rhwydwaith</translation>
    </message>
    <message>
        <source>unknown column (a %1 file has: %2)</source>
        <translation>colofn anhysbys (mae gan ffeil %1: %2)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>mae'r golofn yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>missing required column</source>
        <translation>colofn ofynnol ar goll</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>wedi'i ganslo</translation>
    </message>
    <message>
        <source>expected %1 cells, found %2</source>
        <translation>disgwylid %1 cell, cafwyd %2</translation>
    </message>
    <message>
        <source>%1 appears twice in the file (first on line %2)</source>
        <translation>mae %1 yn ymddangos ddwywaith yn y ffeil (yn gyntaf ar linell %2)</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was written</source>
        <translation>%1: canslwyd y mewnforio; ni ysgrifennwyd dim</translation>
    </message>
    <message>
        <source>"%1" is not a time of day (expected HH:MM, e.g. 09:30)</source>
        <translation>nid yw "%1" yn amser o'r dydd (disgwylir AA:MM, e.e. 09:30)</translation>
    </message>
    <message>
        <source>cohort %1 has %2 sessions on %3; give the session_time</source>
        <translation>mae gan garfan %1 %2 sesiwn ar %3; rhowch y session_time</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an enrolment disappeared during the import</source>
        <translation>diflannodd cofrestriad yn ystod y mewnforio</translation>
    </message>
</context>
<context>
    <name>arwain::Lifecycle</name>
    <message>
        <source>the enrolment is already %1</source>
        <translation>mae'r cofrestriad eisoes yn %1</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3 is final (use "revert last change" to correct a mistake)</source>
        <translation>ni all %1 fod yn %2: mae %3 yn derfynol (defnyddiwch "dadwneud y newid olaf" i gywiro camgymeriad)</translation>
    </message>
    <message>
        <source>a deferred enrolment cannot be %1: it is resumed by enrolling in a later cohort of the same programme</source>
        <translation>ni all cofrestriad wedi'i ohirio fod yn %1: caiff ei ailddechrau drwy gofrestru mewn carfan ddiweddarach o'r un rhaglen</translation>
    </message>
    <message>
        <source>a waitlisted enrolment cannot be %1: it must be enrolled first</source>
        <translation>ni all cofrestriad ar y rhestr aros fod yn %1: rhaid ei gofrestru yn gyntaf</translation>
    </message>
    <message>
        <source>an enrolled enrolment cannot be %1: a place once given is not taken back to the waitlist</source>
        <translation>ni all cofrestriad wedi'i gofrestru fod yn %1: nid yw lle a roddwyd yn mynd yn ôl i'r rhestr aros</translation>
    </message>
</context>
<context>
    <name>arwain::MainWindow</name>
    <message>
        <source>Arwain</source>
        <translation>Arwain</translation>
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
        <translation>G&amp;weld</translation>
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
        <source>&amp;Help</source>
        <translation>Cy&amp;morth</translation>
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
        <translation>&lt;h1&gt;Arwain&lt;/h1&gt;&lt;p&gt;Rhaglenni arweinyddiaeth, carfanau a chyfraddau cwblhau.&lt;/p&gt;&lt;p&gt;Nid oes cronfa ddata ar agor eto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Agor y gronfa ddata &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>Fictional people in the programmes of 2022 to 2026, with the figures of the published 2024-to-2025 report</source>
        <translation>Pobl ffug yn rhaglenni 2022 i 2026, gyda ffigurau'r adroddiad 2024 i 2025 a gyhoeddwyd</translation>
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
        <translation>Uwchraddiwyd y ffeil; cedwir y fersiwn flaenorol fel %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Dadwneud %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ailwneud %1</translation>
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
        <source>%1 already exists; choose a new name (Arwain never overwrites a database).</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw newydd (nid yw Arwain byth yn trosysgrifo cronfa ddata).</translation>
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
        <translation>Cronfeydd data Arwain (*.arwain);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Export current view</source>
        <translation>Allforio'r olwg hon</translation>
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
        <translation>%1: ni ellir ysgrifennu: %2</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Canslwyd yr allforio; ni ysgrifennwyd %1.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copi wrth gefn</translation>
    </message>
    <message>
        <source>&lt;p&gt;CSV files are UTF-8 with a header row; columns in any order. Required columns are in bold. Dates are YYYY-MM-DD or DD/MM/YYYY.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mae ffeiliau CSV yn UTF-8 gyda rhes pennawd; colofnau mewn unrhyw drefn. Mae'r colofnau gofynnol mewn print trwm. Mae dyddiadau ar ffurf BBBB-MM-DD neu DD/MM/BBBB.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CSV formats</source>
        <translation>Fformatau CSV</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>A&amp;droddiadau</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Fel y &amp;system</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Log archwilio…</translation>
    </message>
    <message>
        <source>Re&amp;tention…</source>
        <translation>&amp;Cadw…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Cysylltu â &amp;gweinydd…</translation>
    </message>
    <message>
        <source>Read-only: the server lets your login read this database, not change it (the manager role). Nothing can be changed.</source>
        <translation>Darllen yn unig: mae'r gweinydd yn gadael i'ch mewngofnod ddarllen y gronfa ddata hon, nid ei newid (rôl rheolwr). Ni ellir newid dim.</translation>
    </message>
    <message>
        <source>Arwain databases</source>
        <translation>Cronfeydd data Arwain</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Ffeiliau CSV</translation>
    </message>
    <message>
        <source>%1 (read-only) — Arwain</source>
        <translation>%1 (darllen yn unig) — Arwain</translation>
    </message>
    <message>
        <source>%1 was not imported: this database is open read-only.</source>
        <translation>Ni fewnforiwyd %1: mae'r gronfa ddata hon ar agor i'w darllen yn unig.</translation>
    </message>
</context>
<context>
    <name>arwain::NetworkModel</name>
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
    <name>arwain::NetworkPage</name>
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
    <name>arwain::OrganisationDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
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
    <name>arwain::OrganisationModel</name>
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
    <name>arwain::OrganisationsPage</name>
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
        <translation>Golygu %1</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ychwanegu sefydliad</translation>
    </message>
    <message>
        <source>Organisation actions</source>
        <translation>Camau ar sefydliadau</translation>
    </message>
</context>
<context>
    <name>arwain::OutputFile</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>ni ellir ysgrifennu i'r allbwn safonol: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: ni ellir ysgrifennu: %2</translation>
    </message>
    <message>
        <source>no file named to write to</source>
        <translation>ni enwyd ffeil i ysgrifennu iddi</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>ffolder yw hi</translation>
    </message>
    <message>
        <source>it is not a regular file (a disk device or a socket); nothing was written</source>
        <translation>nid ffeil arferol yw hi (dyfais ddisg neu soced); ni ysgrifennwyd dim</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>ni agorwyd y ffeil</translation>
    </message>
    <message>
        <source>%1: cannot make the folder: %2</source>
        <translation>%1: ni ellir gwneud y ffolder: %2</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>mae ffeil o'r enw hwnnw yn y ffordd</translation>
    </message>
</context>
<context>
    <name>arwain::Parsing</name>
    <message>
        <source>a line break at character %1; this field is one line</source>
        <translation>toriad llinell wrth nod %1; un llinell yw'r maes hwn</translation>
    </message>
    <message>
        <source>a control character (U+%1) at character %2</source>
        <translation>nod rheoli (U+%1) wrth nod %2</translation>
    </message>
    <message>
        <source>%1 characters long; this field holds at most %2</source>
        <translation>%1 nod o hyd; mae'r maes hwn yn dal %2 ar y mwyaf</translation>
    </message>
</context>
<context>
    <name>arwain::ParticipantDialog</name>
    <message>
        <source>Edit %1 %2</source>
        <translation>Golygu %1 %2</translation>
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
        <translation>enw@example.org</translation>
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
        <translation>Dewis iaith</translation>
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
    <name>arwain::ParticipantModel</name>
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
    <name>arwain::ParticipantsPage</name>
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
        <translation>Hidlydd sector</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Pob rhanbarth</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Hidlydd rhanbarth</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Pob rôl</translation>
    </message>
    <message>
        <source>Job role filter</source>
        <translation>Hidlydd rôl swydd</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Pob rhaglen</translation>
    </message>
    <message>
        <source>Programme filter</source>
        <translation>Hidlydd rhaglen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Hidlydd statws</translation>
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
        <translation>Manylion y cyfranogwr</translation>
    </message>
    <message>
        <source>Enrolments of the participant</source>
        <translation>Cofrestriadau'r cyfranogwr</translation>
    </message>
    <message>
        <source>Status history of the participant</source>
        <translation>Hanes statws y cyfranogwr</translation>
    </message>
    <message>
        <source>Enrolments and history of the participant</source>
        <translation>Cofrestriadau a hanes y cyfranogwr</translation>
    </message>
    <message>
        <source>Enrolments or history</source>
        <translation>Cofrestriadau neu hanes</translation>
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
        <translation>Golygu %1 %2</translation>
    </message>
    <message>
        <source>Drill-down</source>
        <translation>Manylion</translation>
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
        <source>Export all data held…</source>
        <translation>Allforio'r holl ddata a gedwir…</translation>
    </message>
    <message>
        <source>Everything Arwain holds about this person, as one JSON file (a subject access request)</source>
        <translation>Popeth y mae Arwain yn ei gadw am y person hwn, fel un ffeil JSON (cais gwrthrych am wybodaeth)</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Gwneud yn ddienw…</translation>
    </message>
    <message>
        <source>Erase this person's identity; their enrolments stay in the figures</source>
        <translation>Dileu hunaniaeth y person hwn; mae ei gofrestriadau'n aros yn y ffigurau</translation>
    </message>
    <message>
        <source>Export all data held about this person</source>
        <translation>Allforio'r holl ddata a gedwir am y person hwn</translation>
    </message>
    <message>
        <source>Anonymise %1 %2</source>
        <translation>Gwneud %1 %2 yn ddienw</translation>
    </message>
    <message>
        <source>&amp;Erase their identity</source>
        <translation>&amp;Dileu ei hunaniaeth</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Yn chwilio…</translation>
    </message>
    <message>
        <source>Work under way</source>
        <translation>Gwaith ar y gweill</translation>
    </message>
    <message>
        <source>Reading the participants…</source>
        <translation>Yn darllen y cyfranogwyr…</translation>
    </message>
    <message>
        <source>E&amp;nrolments</source>
        <translation>C&amp;ofrestriadau</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Participant actions</source>
        <translation>Camau ar gyfranogwyr</translation>
    </message>
</context>
<context>
    <name>arwain::PdfOutline</name>
    <message>
        <source>the PDF could not be given an outline (%1)</source>
        <translation>nid oedd modd rhoi amlinelliad i'r PDF (%1)</translation>
    </message>
</context>
<context>
    <name>arwain::PersonEnrolmentModel</name>
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
    <name>arwain::PrivacyService</name>
    <message>
        <source>no participant with the email address %1</source>
        <translation>dim cyfranogwr â'r cyfeiriad e-bost %1</translation>
    </message>
    <message>
        <source>that participant no longer exists</source>
        <translation>nid yw'r cyfranogwr hwnnw'n bodoli mwyach</translation>
    </message>
    <message>
        <source>this participant has already been anonymised</source>
        <translation>mae'r cyfranogwr hwn eisoes wedi'i wneud yn ddienw</translation>
    </message>
    <message>
        <source>%1 %2 &lt;%3&gt; will be erased: their name, email address and the notes about them. Kept, with no name: their enrolments (%4) with their history and attendance, so every figure stays the same; their organisation and job role; and their feedback responses (%5), no longer linked to them. This cannot be undone.</source>
        <translation>Caiff %1 %2 &lt;%3&gt; eu dileu: eu henw, eu cyfeiriad e-bost a'r nodiadau amdanynt. Yn aros, heb enw: eu cofrestriadau (%4) gyda'u hanes a'u presenoldeb, fel bod pob ffigur yr un fath; eu sefydliad a'u rôl swydd; a'u hymatebion adborth (%5), heb gysylltiad â nhw mwyach. Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>the retention period is a number of years from 0 (keep everyone) to 100</source>
        <translation>mae'r cyfnod cadw yn nifer o flynyddoedd o 0 (cadw pawb) i 100</translation>
    </message>
</context>
<context>
    <name>arwain::ProgrammesPage</name>
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
        <translation>Ychwanegu carfan at y rhaglen hon</translation>
    </message>
    <message>
        <source>Edit cohort…</source>
        <translation>Golygu carfan…</translation>
    </message>
    <message>
        <source>Change this cohort's details</source>
        <translation>Newid manylion y garfan hon</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>Cofrestru…</translation>
    </message>
    <message>
        <source>Enrol one or more people in this cohort (Ctrl+E)</source>
        <translation>Cofrestru un neu fwy o bobl yn y garfan hon (Ctrl+E)</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Nodi wedi cwblhau</translation>
    </message>
    <message>
        <source>Record the selected enrolments as completed (Ctrl+Shift+C)</source>
        <translation>Cofnodi bod y cofrestriadau a ddewiswyd wedi'u cwblhau (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Gohirio…</translation>
    </message>
    <message>
        <source>Defer the selected enrolments, with a reason</source>
        <translation>Gohirio'r cofrestriadau a ddewiswyd, gyda rheswm</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Tynnu'n ôl…</translation>
    </message>
    <message>
        <source>Withdraw the selected enrolments, with a reason</source>
        <translation>Tynnu'r cofrestriadau a ddewiswyd yn ôl, gyda rheswm</translation>
    </message>
    <message>
        <source>Give a place</source>
        <translation>Rhoi lle</translation>
    </message>
    <message>
        <source>Move the selected people from the waitlist into the cohort</source>
        <translation>Symud y bobl a ddewiswyd o'r rhestr aros i'r garfan</translation>
    </message>
    <message>
        <source>Revert last change</source>
        <translation>Dadwneud y newid olaf</translation>
    </message>
    <message>
        <source>Undo the last status change of the selected enrolment; the correction is kept in its history</source>
        <translation>Dadwneud newid statws olaf y cofrestriad a ddewiswyd; cedwir y cywiriad yn ei hanes</translation>
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
        <source>The programmes could not be read: %1</source>
        <translation>Nid oedd modd darllen y rhaglenni: %1</translation>
    </message>
    <message>
        <source>Choose a programme or cohort on the left.</source>
        <translation>Dewiswch raglen neu garfan ar y chwith.</translation>
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
        <source>attended</source>
        <translation>wedi mynychu</translation>
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
    <message>
        <source>The cohort could not be read.</source>
        <translation>Nid oedd modd darllen y garfan.</translation>
    </message>
    <message>
        <source>Cohort tabs</source>
        <translation>Tabiau'r garfan</translation>
    </message>
    <message>
        <source>Enrolments, sessions, attendance or feedback</source>
        <translation>Cofrestriadau, sesiynau, presenoldeb neu adborth</translation>
    </message>
    <message>
        <source>E&amp;nrolments</source>
        <translation>C&amp;ofrestriadau</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiynau</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>&amp;Presenoldeb</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>A&amp;dborth</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Choose a cohort to see its enrolments, or add a cohort.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Dewiswch garfan i weld ei chofrestriadau, neu ychwanegwch garfan.</translation>
    </message>
    <message>
        <source>Reading the programmes and cohorts…</source>
        <translation>Yn darllen y rhaglenni a'r carfanau…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Ychwanegu sesiwn…</translation>
    </message>
</context>
<context>
    <name>arwain::RecordDialog</name>
    <message>
        <source>Problems with the form</source>
        <translation>Problemau gyda'r ffurflen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>arwain::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
</context>
<context>
    <name>arwain::ReportWriter</name>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>before a vowel</comment>
        <translation>%1 ac %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>dim cyfranogwyr</numerusform>
            <numerusform>un cyfranogwr</numerusform>
            <numerusform>%n o gyfranogwyr</numerusform>
            <numerusform>%n o gyfranogwyr</numerusform>
            <numerusform>%n o gyfranogwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1, %2 took part in one %3 cohort.</source>
        <translation>Yn %1, cymerodd %2 ran mewn un garfan %3.</translation>
    </message>
    <message>
        <source>In %1, %2 took part across %3 %4 cohorts.</source>
        <translation>Yn %1, cymerodd %2 ran ar draws %3 o garfanau %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n deferral(s)</source>
        <translation>
            <numerusform>dim gohiriadau</numerusform>
            <numerusform>un gohiriad</numerusform>
            <numerusform>%n o ohiriadau</numerusform>
            <numerusform>%n o ohiriadau</numerusform>
            <numerusform>%n o ohiriadau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s)</source>
        <translation>
            <numerusform>dim achosion o dynnu'n ôl</numerusform>
            <numerusform>un achos o dynnu'n ôl</numerusform>
            <numerusform>%n achos o dynnu'n ôl</numerusform>
            <numerusform>%n achos o dynnu'n ôl</numerusform>
            <numerusform>%n achos o dynnu'n ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still in progress</source>
        <translation>
            <numerusform>%n yn dal ar y gweill</numerusform>
            <numerusform>%n yn dal ar y gweill</numerusform>
            <numerusform>%n yn dal ar y gweill</numerusform>
            <numerusform>%n yn dal ar y gweill</numerusform>
            <numerusform>%n yn dal ar y gweill</numerusform>
        </translation>
    </message>
    <message>
        <source>They completed the programme</source>
        <translation>Cwblhaodd y rhaglen</translation>
    </message>
    <message>
        <source>They did not complete it, with %1</source>
        <translation>Ni chwblhaodd y rhaglen, gyda %1</translation>
    </message>
    <message>
        <source>All %1 completed the programme</source>
        <translation>Cwblhaodd pob un o'r %1 y rhaglen</translation>
    </message>
    <message>
        <source>Of these, %1 completed the programme, with %2</source>
        <translation>O'r rhain, cwblhaodd %1 y rhaglen, gyda %2</translation>
    </message>
    <message>
        <source>, resulting in a completion rate of %1.</source>
        <translation>, gan roi cyfradd cwblhau o %1.</translation>
    </message>
    <message>
        <source>; there is no completion rate yet.</source>
        <translation>; nid oes cyfradd cwblhau eto.</translation>
    </message>
    <message>
        <source>The rate is the same as in %1.</source>
        <translation>Mae'r gyfradd yr un fath ag yn %1.</translation>
    </message>
    <message>
        <source>This is up from %1 in %2.</source>
        <translation>Mae hyn yn uwch na %1 yn %2.</translation>
    </message>
    <message>
        <source>This is down from %1 in %2.</source>
        <translation>Mae hyn yn is na %1 yn %2.</translation>
    </message>
    <message>
        <source>We gathered feedback from %1 of %2 participants</source>
        <translation>Casglwyd adborth gan %1 o'r %2 o gyfranogwyr</translation>
    </message>
    <message numerus="yes">
        <source>; with fewer than %n responses, its percentages are not shown.</source>
        <translation>
            <numerusform>; gyda llai na %n o ymatebion, ni ddangosir ei ganrannau.</numerusform>
            <numerusform>; gyda llai na %n o ymatebion, ni ddangosir ei ganrannau.</numerusform>
            <numerusform>; gyda llai na %n o ymatebion, ni ddangosir ei ganrannau.</numerusform>
            <numerusform>; gyda llai na %n o ymatebion, ni ddangosir ei ganrannau.</numerusform>
            <numerusform>; gyda llai na %n o ymatebion, ni ddangosir ei ganrannau.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 said it met their needs very well or quite well</source>
        <translation>dywedodd %1 ei fod wedi diwallu eu hanghenion yn dda iawn neu'n eithaf da</translation>
    </message>
    <message>
        <source>%1 said it met their expectations</source>
        <translation>dywedodd %1 ei fod wedi bodloni eu disgwyliadau</translation>
    </message>
    <message>
        <source>%1 said they learned something they could use in practice</source>
        <translation>dywedodd %1 eu bod wedi dysgu rhywbeth y gallent ei ddefnyddio yn eu gwaith</translation>
    </message>
    <message>
        <source>%1 said it was relevant to their current or future role</source>
        <translation>dywedodd %1 ei fod yn berthnasol i'w rôl bresennol neu yn y dyfodol</translation>
    </message>
    <message>
        <source>%1 would recommend it</source>
        <translation>byddai %1 yn ei argymell</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Across %1, attendance was %2 (present ÷ sessions marked present or absent).</source>
        <translation>Ar draws %1, roedd presenoldeb yn %2 (yn bresennol ÷ sesiynau a nodwyd yn bresennol neu'n absennol).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>dim sesiynau</numerusform>
            <numerusform>un sesiwn a gynhaliwyd</numerusform>
            <numerusform>%n o sesiynau a gynhaliwyd</numerusform>
            <numerusform>%n o sesiynau a gynhaliwyd</numerusform>
            <numerusform>%n o sesiynau a gynhaliwyd</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 participants met the attendance rule.</source>
        <translation>Bodlonodd %1 o'r %2 o gyfranogwyr y rheol bresenoldeb.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>No cohort counts in %1, so there are no programme figures for it yet.</source>
        <translation>Nid oes carfan yn cyfrif yn %1, felly nid oes ffigurau rhaglen ar ei chyfer eto.</translation>
    </message>
    <message>
        <source>%1 took part in our development programmes; %2 completed.</source>
        <translation>Cymerodd %1 ran yn ein rhaglenni datblygu; cwblhaodd %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) gave feedback.</source>
        <translation>
            <numerusform>Ni roddodd neb adborth.</numerusform>
            <numerusform>Rhoddodd un cyfranogwr adborth.</numerusform>
            <numerusform>Rhoddodd %n o gyfranogwyr adborth.</numerusform>
            <numerusform>Rhoddodd %n o gyfranogwyr adborth.</numerusform>
            <numerusform>Rhoddodd %n o gyfranogwyr adborth.</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>Yn %1:</translation>
    </message>
    <message>
        <source>Development programmes</source>
        <translation>Rhaglenni datblygu</translation>
    </message>
    <message>
        <source>Completion rate by programme, %1</source>
        <translation>Cyfradd cwblhau fesul rhaglen, %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Programmes at a glance, %1</source>
        <translation>Y rhaglenni ar yr olwg gyntaf, %1</translation>
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
        <translation>Cyfradd cwblhau: %1.</translation>
    </message>
    <message>
        <source>Sessions and events</source>
        <translation>Sesiynau a digwyddiadau</translation>
    </message>
    <message>
        <source>In %1, %2 attended %3.</source>
        <translation>Yn %1, mynychodd %2 %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>dim sesiynau</numerusform>
            <numerusform>un sesiwn</numerusform>
            <numerusform>%n o sesiynau</numerusform>
            <numerusform>%n o sesiynau</numerusform>
            <numerusform>%n o sesiynau</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attended “%2” on %3, counted at the session rather than named.</source>
        <translation>Mynychodd %1 “%2” ar %3, wedi'u cyfrif yn y sesiwn yn hytrach na'u henwi.</translation>
    </message>
    <message>
        <source>Compassionate leadership network</source>
        <translation>Rhwydwaith arweinyddiaeth dosturiol</translation>
    </message>
    <message>
        <source>At the end of %1, the network had no members.</source>
        <translation>Ar ddiwedd %1, nid oedd gan y rhwydwaith aelodau.</translation>
    </message>
    <message>
        <source>At the end of %1, the network had %2.</source>
        <translation>Ar ddiwedd %1, roedd gan y rhwydwaith %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>dim aelodau</numerusform>
            <numerusform>un aelod</numerusform>
            <numerusform>%n o aelodau</numerusform>
            <numerusform>%n o aelodau</numerusform>
            <numerusform>%n o aelodau</numerusform>
        </translation>
    </message>
    <message>
        <source>It had no members a year earlier.</source>
        <translation>Nid oedd ganddo aelodau flwyddyn ynghynt.</translation>
    </message>
    <message>
        <source>That is %1 more than a year earlier.</source>
        <translation>Mae hynny %1 yn fwy na blwyddyn ynghynt.</translation>
    </message>
    <message>
        <source>That is %1 fewer than a year earlier.</source>
        <translation>Mae hynny %1 yn llai na blwyddyn ynghynt.</translation>
    </message>
    <message>
        <source>That is the same as a year earlier.</source>
        <translation>Mae hynny yr un fath â blwyddyn ynghynt.</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>O'i gymharu â %1</translation>
    </message>
    <message>
        <source>Participants and completion rates, %1 and %2</source>
        <translation>Cyfranogwyr a chyfraddau cwblhau, %1 a %2</translation>
    </message>
    <message>
        <source>Participants %1</source>
        <translation>Cyfranogwyr %1</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Cyfradd %1</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Newid (pwyntiau)</translation>
    </message>
    <message>
        <source>Single sessions and events have no completion rate; a dash means no figure.</source>
        <translation>Nid oes cyfradd cwblhau gan sesiynau a digwyddiadau unigol; mae llinell doriad yn golygu nad oes ffigur.</translation>
    </message>
    <message>
        <source>Completion rate over the reporting years that have ended</source>
        <translation>Cyfradd cwblhau dros y blynyddoedd adrodd sydd wedi dod i ben</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 yn %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Completion rate by reporting year</source>
        <translation>Cyfradd cwblhau fesul blwyddyn adrodd</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>Am y ffigurau hyn</translation>
    </message>
    <message>
        <source>A reporting year runs from 1 April to 31 March. A cohort counts in the year that holds its end date, or its start date if it has no end date.</source>
        <translation>Mae blwyddyn adrodd yn rhedeg o 1 Ebrill i 31 Mawrth. Mae carfan yn cyfrif yn y flwyddyn sy'n cynnwys ei dyddiad gorffen, neu ei dyddiad dechrau os nad oes ganddi ddyddiad gorffen.</translation>
    </message>
    <message>
        <source>Eventual completion counts people who deferred and later completed the same programme.</source>
        <translation>Mae cwblhau yn y pen draw yn cyfrif pobl a ohiriodd ac a gwblhaodd yr un rhaglen yn ddiweddarach.</translation>
    </message>
    <message>
        <source>Statuses are as they stood on %1, rebuilt from each enrolment's history.</source>
        <translation>Mae'r statwsau fel yr oeddent ar %1, wedi'u hailadeiladu o hanes pob cofrestriad.</translation>
    </message>
    <message>
        <source>Statuses are as recorded on %1.</source>
        <translation>Mae'r statwsau fel y'u cofnodwyd ar %1.</translation>
    </message>
    <message>
        <source>Single sessions and events count the people who attended, including people counted at the session but not named; they have no completion rate.</source>
        <translation>Mae sesiynau a digwyddiadau unigol yn cyfrif y bobl a fynychodd, gan gynnwys pobl a gyfrifwyd yn y sesiwn heb eu henwi; nid oes ganddynt gyfradd cwblhau.</translation>
    </message>
    <message>
        <source>Feedback: “met needs” counts very well or quite well; the other questions count yes; the response rate is responses ÷ participants.</source>
        <translation>Adborth: mae “diwallu anghenion” yn cyfrif yn dda iawn neu'n eithaf da; mae'r cwestiynau eraill yn cyfrif ie; y gyfradd ymateb yw ymatebion ÷ cyfranogwyr.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback percentages from fewer than %n responses are not shown, to protect the people who answered.</source>
        <translation>
            <numerusform>Ni ddangosir canrannau adborth o lai na %n o ymatebion, er mwyn diogelu'r bobl a atebodd.</numerusform>
            <numerusform>Ni ddangosir canrannau adborth o lai na %n o ymatebion, er mwyn diogelu'r bobl a atebodd.</numerusform>
            <numerusform>Ni ddangosir canrannau adborth o lai na %n o ymatebion, er mwyn diogelu'r bobl a atebodd.</numerusform>
            <numerusform>Ni ddangosir canrannau adborth o lai na %n o ymatebion, er mwyn diogelu'r bobl a atebodd.</numerusform>
            <numerusform>Ni ddangosir canrannau adborth o lai na %n o ymatebion, er mwyn diogelu'r bobl a atebodd.</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback figures are withheld for small numbers.</source>
        <translation>Nid oes ffigurau adborth wedi'u hatal oherwydd niferoedd bach.</translation>
    </message>
    <message>
        <source>Prepared with Arwain on %1.</source>
        <translation>Paratowyd gydag Arwain ar %1.</translation>
    </message>
    <message>
        <source>Leadership development annual report %1</source>
        <translation>Adroddiad blynyddol datblygu arweinyddiaeth %1</translation>
    </message>
    <message>
        <source>Figures from Arwain as at %1</source>
        <translation>Ffigurau o Arwain fel yr oeddent ar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) attended our sessions and events.</source>
        <translation>
            <numerusform>Mynychodd %n o bobl ein sesiynau a'n digwyddiadau.</numerusform>
            <numerusform>Mynychodd %n o bobl ein sesiynau a'n digwyddiadau.</numerusform>
            <numerusform>Mynychodd %n o bobl ein sesiynau a'n digwyddiadau.</numerusform>
            <numerusform>Mynychodd %n o bobl ein sesiynau a'n digwyddiadau.</numerusform>
            <numerusform>Mynychodd %n o bobl ein sesiynau a'n digwyddiadau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) belonged to the compassionate leadership network at the end of the year.</source>
        <translation>
            <numerusform>Roedd %n o bobl yn perthyn i'r rhwydwaith arweinyddiaeth dosturiol ar ddiwedd y flwyddyn.</numerusform>
            <numerusform>Roedd %n o bobl yn perthyn i'r rhwydwaith arweinyddiaeth dosturiol ar ddiwedd y flwyddyn.</numerusform>
            <numerusform>Roedd %n o bobl yn perthyn i'r rhwydwaith arweinyddiaeth dosturiol ar ddiwedd y flwyddyn.</numerusform>
            <numerusform>Roedd %n o bobl yn perthyn i'r rhwydwaith arweinyddiaeth dosturiol ar ddiwedd y flwyddyn.</numerusform>
            <numerusform>Roedd %n o bobl yn perthyn i'r rhwydwaith arweinyddiaeth dosturiol ar ddiwedd y flwyddyn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>dim pobl</numerusform>
            <numerusform>un person</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message>
        <source>met their needs very well or quite well</source>
        <translation>wedi diwallu eu hanghenion yn dda iawn neu'n eithaf da</translation>
    </message>
    <message>
        <source>met their expectations</source>
        <translation>wedi bodloni eu disgwyliadau</translation>
    </message>
    <message>
        <source>taught them something they could use in practice</source>
        <translation>wedi dysgu rhywbeth iddynt y gallent ei ddefnyddio yn eu gwaith</translation>
    </message>
    <message>
        <source>was relevant to their current or future role</source>
        <translation>yn berthnasol i'w rôl bresennol neu yn y dyfodol</translation>
    </message>
    <message>
        <source>%1, all of whom said the programme %2</source>
        <translation>%1, a dywedodd pob un ohonynt fod y rhaglen %2</translation>
    </message>
    <message>
        <source>; all of them would recommend it.</source>
        <translation>; byddai pob un ohonynt yn ei hargymell.</translation>
    </message>
</context>
<context>
    <name>arwain::ReportsPage</name>
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
        <translation>dangos pob ffigur</translation>
    </message>
    <message>
        <source> responses</source>
        <translation> o ymatebion</translation>
    </message>
    <message>
        <source>Feedback percentages from fewer responses than this are withheld</source>
        <translation>Caiff canrannau adborth o lai o ymatebion na hyn eu hatal</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Adroddiad blynyddol</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Blwyddyn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>&amp;Completion rate:</source>
        <translation>&amp;Cyfradd cwblhau:</translation>
    </message>
    <message>
        <source>&amp;Withhold feedback under:</source>
        <translation>A&amp;tal adborth o dan:</translation>
    </message>
    <message>
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <source>Each person's preferred language</source>
        <translation>Dewis iaith pob person</translation>
    </message>
    <message>
        <source>&amp;Save certificates…</source>
        <translation>Cadw'r &amp;tystysgrifau…</translation>
    </message>
    <message>
        <source>Completion certificates</source>
        <translation>Tystysgrifau cwblhau</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>A&amp;r gyfer:</translation>
    </message>
    <message>
        <source>La&amp;nguages:</source>
        <translation>Ieith&amp;oedd:</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Rhagolwg o'r adroddiad</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n completed)</source>
        <translation>
            <numerusform>%1 (%n wedi cwblhau)</numerusform>
            <numerusform>%1 (%n wedi cwblhau)</numerusform>
            <numerusform>%1 (%n wedi cwblhau)</numerusform>
            <numerusform>%1 (%n wedi cwblhau)</numerusform>
            <numerusform>%1 (%n wedi cwblhau)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone who completed</source>
        <translation>Pawb a gwblhaodd</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Yn ysgrifennu'r adroddiad…</translation>
    </message>
    <message>
        <source>%1, as at %2.</source>
        <translation>%1, fel yr oedd ar %2.</translation>
    </message>
    <message>
        <source>Saved the report as &lt;a href="%1"&gt;%2&lt;/a&gt;.</source>
        <translation>Cadwyd yr adroddiad fel &lt;a href="%1"&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Cadw'r adroddiad fel PDF</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Cadw'r adroddiad fel HTML</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Argraffu'r adroddiad</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Anfonwyd %n o dudalennau i'r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n o dudalennau i'r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n o dudalennau i'r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n o dudalennau i'r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n o dudalennau i'r argraffydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving certificates…</source>
        <translation>Yn cadw'r tystysgrifau…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n certificate(s) in &lt;a href="%1"&gt;%2&lt;/a&gt;.</source>
        <translation>
            <numerusform>Cadwyd %n o dystysgrifau yn &lt;a href="%1"&gt;%2&lt;/a&gt;.</numerusform>
            <numerusform>Cadwyd %n o dystysgrifau yn &lt;a href="%1"&gt;%2&lt;/a&gt;.</numerusform>
            <numerusform>Cadwyd %n o dystysgrifau yn &lt;a href="%1"&gt;%2&lt;/a&gt;.</numerusform>
            <numerusform>Cadwyd %n o dystysgrifau yn &lt;a href="%1"&gt;%2&lt;/a&gt;.</numerusform>
            <numerusform>Cadwyd %n o dystysgrifau yn &lt;a href="%1"&gt;%2&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the certificates in</source>
        <translation>Cadw'r tystysgrifau yn</translation>
    </message>
    <message>
        <source>Save as HT&amp;ML…</source>
        <translation>Cadw fel HTM&amp;L…</translation>
    </message>
    <message>
        <source>Cohor&amp;t:</source>
        <translation>Carfa&amp;n:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Tudalen we</translation>
    </message>
</context>
<context>
    <name>arwain::ResponsesDialog</name>
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
    <name>arwain::ResponsesTable</name>
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
    <name>arwain::RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than it is needed. With a retention period set, people whose last enrolment ended more than that many years ago can be anonymised: their names, email addresses and notes go; their enrolments stay, with no name, so every figure stays the same.</source>
        <translation>Ni chedwir data personol yn hwy nag sydd ei angen. Gyda chyfnod cadw wedi'i osod, gellir gwneud yn ddienw bobl y daeth eu cofrestriad olaf i ben fwy na'r nifer hwnnw o flynyddoedd yn ôl: mae eu henwau, eu cyfeiriadau e-bost a'r nodiadau'n mynd; mae eu cofrestriadau'n aros, heb enw, felly mae pob ffigur yr un fath.</translation>
    </message>
    <message>
        <source>Keep everyone</source>
        <translation>Cadw pawb</translation>
    </message>
    <message>
        <source> years</source>
        <translation> blynedd</translation>
    </message>
    <message>
        <source>&amp;Keep records for:</source>
        <translation>&amp;Cadw cofnodion am:</translation>
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
        <source>&amp;Save period</source>
        <translation>&amp;Cadw'r cyfnod</translation>
    </message>
    <message>
        <source>&amp;Anonymise them…</source>
        <translation>&amp;Eu gwneud yn ddienw…</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Gwneud yn ddienw</translation>
    </message>
    <message>
        <source>&amp;Erase their identities</source>
        <translation>&amp;Dileu eu hunaniaeth</translation>
    </message>
    <message>
        <source>No retention period: everyone is kept.</source>
        <translation>Dim cyfnod cadw: cedwir pawb.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) whose last enrolment ended more than %1 years ago.</source>
        <translation>
            <numerusform>%n o bobl y daeth eu cofrestriad olaf i ben fwy na %1 mlynedd yn ôl.</numerusform>
            <numerusform>%n o bobl y daeth eu cofrestriad olaf i ben fwy na %1 mlynedd yn ôl.</numerusform>
            <numerusform>%n o bobl y daeth eu cofrestriad olaf i ben fwy na %1 mlynedd yn ôl.</numerusform>
            <numerusform>%n o bobl y daeth eu cofrestriad olaf i ben fwy na %1 mlynedd yn ôl.</numerusform>
            <numerusform>%n o bobl y daeth eu cofrestriad olaf i ben fwy na %1 mlynedd yn ôl.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be changed.</source>
        <translation>Mae'r ffeil ar agor i'w darllen yn unig: ni ellir newid dim.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)? Their names, email addresses and the notes about them are erased; their enrolments, attendance and feedback stay, with no name, so every figure stays the same. This cannot be undone.</source>
        <translation>
            <numerusform>Gwneud %n o bobl yn ddienw? Caiff eu henwau, eu cyfeiriadau e-bost a'r nodiadau amdanynt eu dileu; mae eu cofrestriadau, eu presenoldeb a'u hadborth yn aros, heb enw, felly mae pob ffigur yr un fath. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Gwneud %n o bobl yn ddienw? Caiff eu henwau, eu cyfeiriadau e-bost a'r nodiadau amdanynt eu dileu; mae eu cofrestriadau, eu presenoldeb a'u hadborth yn aros, heb enw, felly mae pob ffigur yr un fath. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Gwneud %n o bobl yn ddienw? Caiff eu henwau, eu cyfeiriadau e-bost a'r nodiadau amdanynt eu dileu; mae eu cofrestriadau, eu presenoldeb a'u hadborth yn aros, heb enw, felly mae pob ffigur yr un fath. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Gwneud %n o bobl yn ddienw? Caiff eu henwau, eu cyfeiriadau e-bost a'r nodiadau amdanynt eu dileu; mae eu cofrestriadau, eu presenoldeb a'u hadborth yn aros, heb enw, felly mae pob ffigur yr un fath. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Gwneud %n o bobl yn ddienw? Caiff eu henwau, eu cyfeiriadau e-bost a'r nodiadau amdanynt eu dileu; mae eu cofrestriadau, eu presenoldeb a'u hadborth yn aros, heb enw, felly mae pob ffigur yr un fath. Ni ellir dadwneud hyn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n person(s); their enrolments stay in the figures.</source>
        <translation>
            <numerusform>Gwnaed %n o bobl yn ddienw; mae eu cofrestriadau'n aros yn y ffigurau.</numerusform>
            <numerusform>Gwnaed %n o bobl yn ddienw; mae eu cofrestriadau'n aros yn y ffigurau.</numerusform>
            <numerusform>Gwnaed %n o bobl yn ddienw; mae eu cofrestriadau'n aros yn y ffigurau.</numerusform>
            <numerusform>Gwnaed %n o bobl yn ddienw; mae eu cofrestriadau'n aros yn y ffigurau.</numerusform>
            <numerusform>Gwnaed %n o bobl yn ddienw; mae eu cofrestriadau'n aros yn y ffigurau.</numerusform>
        </translation>
    </message>
    <message>
        <source>People who would be anonymised</source>
        <translation>Pobl a fyddai'n cael eu gwneud yn ddienw</translation>
    </message>
</context>
<context>
    <name>arwain::RevertCommand</name>
    <message>
        <source>Revert last change</source>
        <translation>Dadwneud y newid olaf</translation>
    </message>
    <message>
        <source>nothing to restore</source>
        <translation>dim i'w adfer</translation>
    </message>
</context>
<context>
    <name>arwain::SaveDialog</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>Mae %1 yn bodoli eisoes. Ei disodli?</translation>
    </message>
</context>
<context>
    <name>arwain::SavedNotice</name>
    <message>
        <source>Open folder</source>
        <translation>Agor y ffolder</translation>
    </message>
    <message>
        <source>Last file saved</source>
        <translation>Y ffeil olaf a gadwyd</translation>
    </message>
    <message>
        <source>Open the folder the file was saved in</source>
        <translation>Agor y ffolder y cadwyd y ffeil ynddo</translation>
    </message>
    <message>
        <source>Saved %1 in %2</source>
        <translation>Cadwyd %1 yn %2</translation>
    </message>
</context>
<context>
    <name>arwain::ServerAddress</name>
    <message>
        <source>%1: not a PostgreSQL connection (postgresql://host/database)</source>
        <translation>%1: nid cysylltiad PostgreSQL (postgresql://gweinydd/cronfa-ddata)</translation>
    </message>
    <message>
        <source>a password is never given in the connection; Arwain leaves it to PostgreSQL's own ~/.pgpass file or the PGPASSWORD variable</source>
        <translation>ni roddir cyfrinair byth yn y cysylltiad; mae Arwain yn ei adael i ffeil ~/.pgpass PostgreSQL ei hun neu'r newidyn PGPASSWORD</translation>
    </message>
    <message>
        <source>%1: no database named (postgresql://host/database)</source>
        <translation>%1: ni enwyd cronfa ddata (postgresql://gweinydd/cronfa-ddata)</translation>
    </message>
    <message>
        <source>%1: unknown connection parameter "%2"</source>
        <translation>%1: paramedr cysylltu anhysbys "%2"</translation>
    </message>
</context>
<context>
    <name>arwain::ServerRoles</name>
    <message>
        <source>%1 is a file: roles belong to server databases</source>
        <translation>Ffeil yw %1: mae rolau'n perthyn i gronfeydd data ar weinydd</translation>
    </message>
    <message>
        <source>%1: your login may not change this database</source>
        <translation>%1: ni chaiff eich mewngofnod newid y gronfa ddata hon</translation>
    </message>
    <message>
        <source>%1: the tables are there, but not the roles: %2; run server-init again once that is put right</source>
        <translation>%1: mae'r tablau yno, ond nid y rolau: %2; rhedwch server-init eto pan fydd hynny wedi'i gywiro</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2; ni newidiwyd dim</translation>
    </message>
</context>
<context>
    <name>arwain::SessionDialog</name>
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
        <translation>Math o sesiwn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Yn dechrau am</translation>
    </message>
    <message>
        <source>Has a start time</source>
        <translation>Mae ganddi amser dechrau</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Amser dechrau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>e.g. Action learning set 3</source>
        <translation>e.e. Set dysgu gweithredol 3</translation>
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
        <translation>Y garfan gyfan</translation>
    </message>
    <message>
        <source>One-to-one: %1 %2</source>
        <translation>Un i un: %1 %2</translation>
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
        <translation>&amp;Hwylusydd neu siaradwr:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>A&amp;r gyfer:</translation>
    </message>
    <message>
        <source>Date warning</source>
        <translation>Rhybudd am y dyddiad</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Sylwer: %1</translation>
    </message>
    <message>
        <source>%1 Add the session on this date anyway?</source>
        <translation>%1 Ychwanegu'r sesiwn ar y dyddiad hwn beth bynnag?</translation>
    </message>
    <message>
        <source>&amp;Add on this date</source>
        <translation>&amp;Ychwanegu ar y dyddiad hwn</translation>
    </message>
    <message>
        <source>&amp;Change the date</source>
        <translation>&amp;Newid y dyddiad</translation>
    </message>
    <message>
        <source>%1 Move the session to this date anyway?</source>
        <translation>%1 Symud y sesiwn i'r dyddiad hwn beth bynnag?</translation>
    </message>
    <message>
        <source>&amp;Move to this date</source>
        <translation>&amp;Symud i'r dyddiad hwn</translation>
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
        <translation>mae sesiwn un i un ar gyfer rhywun sydd wedi'i gofrestru yn y garfan</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>this person already has a session on %1</source>
        <translation>mae gan y person hwn sesiwn ar %1 eisoes</translation>
    </message>
    <message>
        <source>the cohort already has a session on %1; give each session on one day its own start time</source>
        <translation>mae gan y garfan sesiwn ar %1 eisoes; rhowch ei amser dechrau ei hun i bob sesiwn ar un diwrnod</translation>
    </message>
    <message>
        <source>the database could not be read: %1</source>
        <translation>nid oedd modd darllen y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>the session no longer exists</source>
        <translation>nid yw'r sesiwn yn bodoli mwyach</translation>
    </message>
    <message>
        <source>a session stays with its cohort</source>
        <translation>mae sesiwn yn aros gyda'i charfan</translation>
    </message>
    <message>
        <source>others' attendance is recorded for this session; clear it before making the session one-to-one</source>
        <translation>mae presenoldeb eraill wedi'i gofnodi ar gyfer y sesiwn hon; cliriwch ef cyn gwneud y sesiwn yn un i un</translation>
    </message>
    <message>
        <source>the session is already there</source>
        <translation>mae'r sesiwn yno eisoes</translation>
    </message>
    <message>
        <source>an enrolment this session's register names no longer exists</source>
        <translation>nid yw cofrestriad a enwir yng nghofrestr y sesiwn hon yn bodoli mwyach</translation>
    </message>
    <message>
        <source>the person is not enrolled in this session's cohort</source>
        <translation>nid yw'r person wedi'i gofrestru yng ngharfan y sesiwn hon</translation>
    </message>
    <message>
        <source>this one-to-one session is for someone else</source>
        <translation>mae'r sesiwn un i un hon ar gyfer rhywun arall</translation>
    </message>
    <message>
        <source>%1 is before %2 starts (%3).</source>
        <translation>Mae %1 cyn i %2 ddechrau (%3).</translation>
    </message>
    <message>
        <source>%1 is after %2 ends (%3).</source>
        <translation>Mae %1 ar ôl i %2 orffen (%3).</translation>
    </message>
</context>
<context>
    <name>arwain::SessionsTab</name>
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
        <translation>y dechrau</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>pob blwyddyn</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>no programme with code %1</source>
        <translation>dim rhaglen â'r cod %1</translation>
    </message>
    <message>
        <source>figures "as at" a date need the status history</source>
        <translation>mae angen hanes y statws ar ffigurau "fel yr oeddent" ar ddyddiad</translation>
    </message>
    <message>
        <source>these figures need every enrolment, which was not read</source>
        <translation>mae angen pob cofrestriad ar gyfer y ffigurau hyn, ac ni chawsant eu darllen</translation>
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
        <translation>Blwyddyn</translation>
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
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Reporting period: %1</source>
        <translation>Cyfnod adrodd: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Hidlyddion: %1</translation>
    </message>
    <message>
        <source>As at: %1</source>
        <translation>Fel yr oedd ar: %1</translation>
    </message>
    <message>
        <source>Completion rate (%1): %2</source>
        <translation>Cyfradd cwblhau (%1): %2</translation>
    </message>
    <message>
        <source>No enrolments in this period.</source>
        <translation>Dim cofrestriadau yn y cyfnod hwn.</translation>
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
        <translation>Ffigurau</translation>
    </message>
    <message>
        <source>Met needs: very well or quite well ÷ answers; other rates: yes ÷ answers; response rate: responses ÷ participants.</source>
        <translation>Diwallu anghenion: yn dda iawn neu'n eithaf da ÷ atebion; cyfraddau eraill: ie ÷ atebion; cyfradd ymateb: ymatebion ÷ cyfranogwyr.</translation>
    </message>
    <message>
        <source>Rows with fewer than %1 responses are not shown as percentages.</source>
        <translation>Ni ddangosir rhesi â llai na %1 o ymatebion fel canrannau.</translation>
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
        <translation>Cyfradd ymateb %</translation>
    </message>
    <message>
        <source>Met needs %</source>
        <translation>Diwallu anghenion %</translation>
    </message>
    <message>
        <source>Met expectations %</source>
        <translation>Bodloni disgwyliadau %</translation>
    </message>
    <message>
        <source>Learned usable %</source>
        <translation>Dysgu rhywbeth defnyddiol %</translation>
    </message>
    <message>
        <source>Relevant %</source>
        <translation>Perthnasol %</translation>
    </message>
    <message>
        <source>Would recommend %</source>
        <translation>Byddai'n argymell %</translation>
    </message>
    <message>
        <source>%1 of %2's participants</source>
        <translation>%1 o gyfranogwyr %2</translation>
    </message>
    <message>
        <source>Single sessions (%1): completed means attended, and there is no completion rate.</source>
        <translation>Sesiynau unigol (%1): mae wedi cwblhau yn golygu wedi mynychu, ac nid oes cyfradd cwblhau.</translation>
    </message>
    <message>
        <source>Headcounts: %1 were counted at a session, not named.</source>
        <translation>Niferoedd a gyfrifwyd: cyfrifwyd %1 mewn sesiwn, heb eu henwi.</translation>
    </message>
    <message>
        <source>Only: %1 (anonymous responses cannot be placed by region, sector or role)</source>
        <translation>Dim ond: %1 (ni ellir gosod ymatebion dienw fesul rhanbarth, sector na rôl)</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>heb ei benderfynu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>Rate: present ÷ (present + absent); excused sessions and registers not yet taken are left out. Sessions before someone joined or after they left do not apply to them.</source>
        <translation>Cyfradd: yn bresennol ÷ (yn bresennol + yn absennol); ni chynhwysir sesiynau wedi'u hesgusodi na chofrestrau heb eu cymryd eto. Nid yw sesiynau cyn i rywun ymuno nac ar ôl iddynt adael yn berthnasol iddynt.</translation>
    </message>
    <message>
        <source>No cohorts.</source>
        <translation>Dim carfanau.</translation>
    </message>
    <message>
        <source>%1 — sessions: %2; attendance: %3</source>
        <translation>%1 — sesiynau: %2; presenoldeb: %3</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>rheol: %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Cyfranogwr</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wedi mynychu</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Perthnasol</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Wedi'u hesgusodi</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb eu cofnodi</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Cyfradd %</translation>
    </message>
    <message>
        <source>Meets rule</source>
        <translation>Yn bodloni'r rheol</translation>
    </message>
</context>
<context>
    <name>arwain::StatusDialog</name>
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
        <translation>Ailddechrau yn</translation>
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
    <name>arwain::SurveyImportDialog</name>
    <message>
        <source>no answer</source>
        <translation>dim ateb</translation>
    </message>
    <message>
        <source>Import a survey export</source>
        <translation>Mewnforio allforiad arolwg</translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation>Ffeil arolwg</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapio</translation>
    </message>
    <message>
        <source>Guess from the file's headers</source>
        <translation>Dyfalu o benawdau'r ffeil</translation>
    </message>
    <message>
        <source>Remember the mapping as</source>
        <translation>Cofio'r mapio fel</translation>
    </message>
    <message>
        <source>e.g. Leaderful Action end-of-programme survey</source>
        <translation>e.e. arolwg diwedd rhaglen Leaderful Action</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mapio:</translation>
    </message>
    <message>
        <source>&amp;Remember as:</source>
        <translation>&amp;Cofio fel:</translation>
    </message>
    <message>
        <source>Which column holds each question</source>
        <translation>Pa golofn sy'n dal pob cwestiwn</translation>
    </message>
    <message>
        <source>What each answer means</source>
        <translation>Beth mae pob ateb yn ei olygu</translation>
    </message>
    <message>
        <source>Answers in the file and their meaning</source>
        <translation>Atebion yn y ffeil a'u hystyr</translation>
    </message>
    <message>
        <source>Answer in the file</source>
        <translation>Ateb yn y ffeil</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Yn golygu</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Canlyniadau'r mewnforio</translation>
    </message>
    <message>
        <source>Choose a file; problems found in it are listed here with their lines.</source>
        <translation>Dewiswch ffeil; rhestrir unrhyw broblemau ynddi yma gyda'u llinellau.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Survey export</source>
        <translation>Allforiad arolwg</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: ni ellir darllen: %2</translation>
    </message>
    <message>
        <source>%1 columns read. Check the columns and answers, then Import.</source>
        <translation>Darllenwyd %1 o golofnau. Gwiriwch y colofnau a'r atebion, yna Mewnforio.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nid yw yn y ffeil)</translation>
    </message>
    <message>
        <source>Meaning of "%1"</source>
        <translation>Ystyr "%1"</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(dewiswch)</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these and import again:</source>
        <translation>Ni fewnforiwyd dim. Cywirwch y rhain a mewnforio eto:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… a %1 arall</translation>
    </message>
    <message>
        <source>%1 responses added; %2 rows already recorded or empty.</source>
        <translation>Ychwanegwyd %1 o ymatebion; roedd %2 rhes wedi'u cofnodi eisoes neu'n wag.</translation>
    </message>
</context>
<context>
    <name>arwain::SurveyImporter</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: mae'r ffeil yn wag</translation>
    </message>
    <message>
        <source>this column of the mapping is not in the file</source>
        <translation>nid yw'r golofn hon o'r mapio yn y ffeil</translation>
    </message>
    <message>
        <source>the mapping names no question column of this file</source>
        <translation>nid yw'r mapio yn enwi unrhyw golofn cwestiwn yn y ffeil hon</translation>
    </message>
    <message>
        <source>no such cohort</source>
        <translation>dim carfan o'r fath</translation>
    </message>
    <message>
        <source>no participant with email %1 (leave it blank for an anonymous response)</source>
        <translation>dim cyfranogwr â'r e-bost %1 (gadewch yn wag ar gyfer ymateb dienw)</translation>
    </message>
    <message>
        <source>"%1" is not in the mapping's answers for this question</source>
        <translation>nid yw "%1" yn atebion y mapio ar gyfer y cwestiwn hwn</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file</source>
        <translation>
            <numerusform>%n o broblemau yn y ffeil</numerusform>
            <numerusform>%n o broblemau yn y ffeil</numerusform>
            <numerusform>%n o broblemau yn y ffeil</numerusform>
            <numerusform>%n o broblemau yn y ffeil</numerusform>
            <numerusform>%n o broblemau yn y ffeil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arwain::SurveyMapping</name>
    <message>
        <source>How well did it meet your needs?</source>
        <translation>Pa mor dda y diwallodd eich anghenion?</translation>
    </message>
    <message>
        <source>Did it meet your expectations?</source>
        <translation>A fodlonodd eich disgwyliadau?</translation>
    </message>
    <message>
        <source>Did you learn something you can use in practice?</source>
        <translation>A ddysgoch rywbeth y gallwch ei ddefnyddio yn eich gwaith?</translation>
    </message>
    <message>
        <source>Was it relevant to your role?</source>
        <translation>A oedd yn berthnasol i'ch rôl?</translation>
    </message>
    <message>
        <source>Would you recommend it?</source>
        <translation>A fyddech yn ei argymell?</translation>
    </message>
    <message>
        <source>Email address (for a named response)</source>
        <translation>Cyfeiriad e-bost (ar gyfer ymateb wedi'i enwi)</translation>
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
        <translation>dim un</translation>
    </message>
    <message>
        <source>one</source>
        <translation>un</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dau</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tri</translation>
    </message>
    <message>
        <source>four</source>
        <translation>pedwar</translation>
    </message>
    <message>
        <source>five</source>
        <translation>pump</translation>
    </message>
    <message>
        <source>six</source>
        <translation>chwech</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>saith</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>wyth</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>naw</translation>
    </message>
    <message>
        <source>%1 per cent</source>
        <translation>%1 y cant</translation>
    </message>
</context>
<context>
    <name>arwain::XlsxWriter</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: ni ellir creu'r llyfr gwaith</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation>%1: ni ellir ysgrifennu'r llyfr gwaith (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: no temporary folder (%2)</source>
        <translation>%1: ni ellir ysgrifennu'r llyfr gwaith: dim ffolder dros dro (%2)</translation>
    </message>
    <message>
        <source>row %1, column %2 holds %3 characters; a workbook cell holds at most %4 (Excel's limit). Export as CSV instead, or shorten it</source>
        <translation>mae rhes %1, colofn %2 yn dal %3 nod; mae cell llyfr gwaith yn dal %4 ar y mwyaf (terfyn Excel). Allforiwch fel CSV yn lle hynny, neu ei fyrhau</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>rhes %1, colofn %2: %3</translation>
    </message>
    <message>
        <source>%1: %2; nothing was written</source>
        <translation>%1: %2; ni ysgrifennwyd dim</translation>
    </message>
</context>
<context>
    <name>arwain::cli</name>
    <message>
        <source>usage: arwain-cli COMMAND [options]</source>
        <translation>defnydd: arwain-cli GORCHYMYN [dewisiadau]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <source>'arwain-cli COMMAND --help' describes a command.</source>
        <translation>Mae 'arwain-cli GORCHYMYN --help' yn disgrifio gorchymyn.</translation>
    </message>
    <message>
        <source>arwain-cli: unknown command '%1'</source>
        <translation>arwain-cli: gorchymyn anhysbys '%1'</translation>
    </message>
    <message>
        <source>arwain-cli: --wait: '%1' is not a number of seconds</source>
        <translation>arwain-cli: --wait: nid yw '%1' yn nifer o eiliadau</translation>
    </message>
</context>
<context>
    <name>arwain::cli::AnonymiseCommand</name>
    <message>
        <source>erase a person, keeping the figures their enrolments count in</source>
        <translation>dileu person, gan gadw'r ffigurau y mae ei gofrestriadau'n cyfrif ynddynt</translation>
    </message>
    <message>
        <source>say what would be erased and kept, and change nothing</source>
        <translation>dweud beth fyddai'n cael ei ddileu a'i gadw, heb newid dim</translation>
    </message>
    <message>
        <source>Nothing was changed (dry run).</source>
        <translation>Ni newidiwyd dim (rhediad prawf).</translation>
    </message>
    <message>
        <source>Erased. The person's name and email address are no longer in %1.</source>
        <translation>Wedi'i ddileu. Nid yw enw a chyfeiriad e-bost y person yn %1 mwyach.</translation>
    </message>
</context>
<context>
    <name>arwain::cli::AttendanceCommand</name>
    <message>
        <source>attendance per person: sessions attended, applicable, rate, attendance rule met</source>
        <translation>presenoldeb fesul person: sesiynau a fynychwyd, perthnasol, cyfradd, rheol presenoldeb wedi'i bodloni</translation>
    </message>
    <message>
        <source>one cohort (its code, e.g. NDP-2024-1)</source>
        <translation>un garfan (ei chod, e.e. NDP-2024-1)</translation>
    </message>
    <message>
        <source>every cohort of a programme starting in --year (its code)</source>
        <translation>pob carfan o raglen sy'n cyfrif yn --year (ei chod)</translation>
    </message>
    <message>
        <source>reporting year by its first year (2024: 2024 to 2025)</source>
        <translation>blwyddyn adrodd wrth ei blwyddyn gyntaf (2024: 2024 i 2025)</translation>
    </message>
    <message>
        <source>table, csv or json (default table)</source>
        <translation>table, csv neu json (rhagosodiad table)</translation>
    </message>
    <message>
        <source>give either --cohort CODE, or --programme CODE with --year Y</source>
        <translation>rhowch naill ai --cohort COD, neu --programme COD gyda --year B</translation>
    </message>
    <message>
        <source>no cohort with code %1</source>
        <translation>dim carfan â'r cod %1</translation>
    </message>
    <message>
        <source>could not write the figures</source>
        <translation>nid oedd modd ysgrifennu'r ffigurau</translation>
    </message>
</context>
<context>
    <name>arwain::cli::AuditCommand</name>
    <message>
        <source>who changed what, and when (newest first)</source>
        <translation>pwy newidiodd beth, a phryd (y mwyaf newydd yn gyntaf)</translation>
    </message>
    <message>
        <source>only changes on or after DATE (YYYY-MM-DD)</source>
        <translation>dim ond newidiadau ar DDYDDIAD neu wedyn (BBBB-MM-DD)</translation>
    </message>
    <message>
        <source>table, csv or json (default table)</source>
        <translation>table, csv neu json (rhagosodiad table)</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>nid oes modd ysgrifennu i'r allbwn safonol</translation>
    </message>
</context>
<context>
    <name>arwain::cli::BackupCommand</name>
    <message>
        <source>write a consistent copy of the database to FILE</source>
        <translation>ysgrifennu copi cyson o'r gronfa ddata i FFEIL</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Gwnaed copi wrth gefn o %1 yn %2.</translation>
    </message>
</context>
<context>
    <name>arwain::cli::CertificatesCommand</name>
    <message>
        <source>completion certificates (PDF) for a cohort</source>
        <translation>tystysgrifau cwblhau (PDF) ar gyfer carfan</translation>
    </message>
    <message>
        <source>the cohort (its code)</source>
        <translation>y garfan (ei chod)</translation>
    </message>
    <message>
        <source>the folder to write them in (made if missing)</source>
        <translation>y ffolder i'w hysgrifennu ynddi (caiff ei gwneud os nad yw'n bodoli)</translation>
    </message>
    <message>
        <source>only this person (their email address)</source>
        <translation>y person hwn yn unig (ei gyfeiriad e-bost)</translation>
    </message>
    <message>
        <source>both (Welsh and English side by side, the default), preferred (each person's preferred language), en or cy</source>
        <translation>both (Cymraeg a Saesneg ochr yn ochr, y rhagosodiad), preferred (dewis iaith pob person), en neu cy</translation>
    </message>
    <message>
        <source>name the cohort: --cohort CODE</source>
        <translation>enwch y garfan: --cohort COD</translation>
    </message>
    <message>
        <source>name the folder: -o DIR</source>
        <translation>enwch y ffolder: -o FFOLDER</translation>
    </message>
    <message>
        <source>--lang: '%1' is not both, preferred, en or cy</source>
        <translation>--lang: nid yw '%1' yn both, preferred, en na cy</translation>
    </message>
    <message>
        <source>there is no participant with the email address %1</source>
        <translation>nid oes cyfranogwr gyda'r cyfeiriad e-bost %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n certificate(s) to %1</source>
        <translation>
            <numerusform>Ysgrifennwyd %n o dystysgrifau i %1</numerusform>
            <numerusform>Ysgrifennwyd %n o dystysgrifau i %1</numerusform>
            <numerusform>Ysgrifennwyd %n o dystysgrifau i %1</numerusform>
            <numerusform>Ysgrifennwyd %n o dystysgrifau i %1</numerusform>
            <numerusform>Ysgrifennwyd %n o dystysgrifau i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>certificates are files in a folder: -o names the folder, not standard output</source>
        <translation>ffeiliau mewn ffolder yw tystysgrifau: mae -o yn enwi'r ffolder, nid yr allbwn safonol</translation>
    </message>
</context>
<context>
    <name>arwain::cli::CheckCommand</name>
    <message>
        <source>check the database for damage and inconsistencies</source>
        <translation>gwirio'r gronfa ddata am ddifrod ac anghysondebau</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: ni chafwyd problemau.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>Cafwyd %n o broblemau</numerusform>
            <numerusform>Cafwyd %n o broblemau</numerusform>
            <numerusform>Cafwyd %n o broblemau</numerusform>
            <numerusform>Cafwyd %n o broblemau</numerusform>
            <numerusform>Cafwyd %n o broblemau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arwain::cli::Command</name>
    <message>
        <source>usage: %1 [options]</source>
        <translation>defnydd: %1 [dewisiadau]</translation>
    </message>
    <message>
        <source>Try 'arwain-cli %1 --help'.</source>
        <translation>Rhowch gynnig ar 'arwain-cli %1 --help'.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 ar goll</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>arg annisgwyl '%1'</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… a %n o wallau eraill</numerusform>
            <numerusform>… a %n o wallau eraill</numerusform>
            <numerusform>… a %n o wallau eraill</numerusform>
            <numerusform>… a %n o wallau eraill</numerusform>
            <numerusform>… a %n o wallau eraill</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgraded %1 to the current file format; the previous file is kept as %2</source>
        <translation>Uwchraddiwyd %1 i'r fformat ffeil cyfredol; cedwir y ffeil flaenorol fel %2</translation>
    </message>
    <message>
        <source>--%1: '%2' is not a %3 (expected %4)</source>
        <translation>--%1: nid yw '%2' yn %3 (disgwylir %4)</translation>
    </message>
    <message>
        <source>--by: '%1' is not %2</source>
        <translation>--by: nid yw '%1' yn %2</translation>
    </message>
    <message>
        <source>--format: '%1' is not table, csv or json</source>
        <translation>--format: nid yw '%1' yn table, csv na json</translation>
    </message>
    <message>
        <source>--%1: '%2' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>--%1: nid yw '%2' yn ddyddiad (disgwylir BBBB-MM-DD neu DD/MM/BBBB)</translation>
    </message>
    <message>
        <source>--year: '%1' is not a year; name a reporting year by its first year, e.g. 2024 for 2024 to 2025</source>
        <translation>--year: nid yw '%1' yn flwyddyn; enwch flwyddyn adrodd wrth ei blwyddyn gyntaf, e.e. 2024 ar gyfer 2024 i 2025</translation>
    </message>
    <message>
        <source>--%1: '%2' is not a whole number</source>
        <translation>--%1: nid yw '%2' yn rhif cyfan</translation>
    </message>
    <message>
        <source>reporting year by its first year (2024: 1 April 2024 to 31 March 2025); default: all years together</source>
        <translation>blwyddyn adrodd wrth ei blwyddyn gyntaf (2024: 1 Ebrill 2024 i 31 Mawrth 2025); rhagosodiad: pob blwyddyn gyda'i gilydd</translation>
    </message>
    <message>
        <source>count cohorts ending on or after this date (instead of --year)</source>
        <translation>cyfrif carfanau sy'n gorffen ar y dyddiad hwn neu wedyn (yn lle --year)</translation>
    </message>
    <message>
        <source>count cohorts ending on or before this date (instead of --year)</source>
        <translation>cyfrif carfanau sy'n gorffen ar y dyddiad hwn neu cyn hynny (yn lle --year)</translation>
    </message>
    <message>
        <source>only this programme (its code, e.g. TMDP)</source>
        <translation>y rhaglen hon yn unig (ei chod, e.e. TMDP)</translation>
    </message>
    <message>
        <source>only participants from organisations in this region</source>
        <translation>dim ond cyfranogwyr o sefydliadau yn y rhanbarth hwn</translation>
    </message>
    <message>
        <source>only participants from organisations in this sector</source>
        <translation>dim ond cyfranogwyr o sefydliadau yn y sector hwn</translation>
    </message>
    <message>
        <source>only participants with this job role</source>
        <translation>dim ond cyfranogwyr â'r rôl swydd hon</translation>
    </message>
    <message>
        <source>only cohorts with this delivery mode</source>
        <translation>dim ond carfanau â'r dull cyflwyno hwn</translation>
    </message>
    <message>
        <source>programme, cohort, year, region, sector or role (default programme)</source>
        <translation>programme, cohort, year, region, sector neu role (rhagosodiad programme)</translation>
    </message>
    <message>
        <source>published, excluding-deferrals or finished-only (default published)</source>
        <translation>published, excluding-deferrals neu finished-only (rhagosodiad published)</translation>
    </message>
    <message>
        <source>the figures as they stood at the end of this date</source>
        <translation>y ffigurau fel yr oeddent ar ddiwedd y dyddiad hwn</translation>
    </message>
    <message>
        <source>give either --year or --from/--to, not both</source>
        <translation>rhowch naill ai --year neu --from/--to, nid y ddau</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>mae --to %1 cyn --from %2</translation>
    </message>
    <message>
        <source>--definition: '%1' is not %2</source>
        <translation>--definition: nid yw '%1' yn %2</translation>
    </message>
    <message>
        <source>--lang: '%1' is not en or cy</source>
        <translation>--lang: nid yw '%1' yn en nac yn cy</translation>
    </message>
    <message>
        <source>cannot start %1 (%2), which writes reports and certificates: reinstall Arwain</source>
        <translation>ni ellir cychwyn %1 (%2), sy'n ysgrifennu adroddiadau a thystysgrifau: gosodwch Arwain eto</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>ni ellir ysgrifennu i'r allbwn safonol: %1</translation>
    </message>
    <message>
        <source>the output was not written</source>
        <translation>ni ysgrifennwyd yr allbwn</translation>
    </message>
    <message>
        <source>-o names a file (or - for standard output)</source>
        <translation>mae -o yn enwi ffeil (neu - ar gyfer yr allbwn safonol)</translation>
    </message>
</context>
<context>
    <name>arwain::cli::CopyCommand</name>
    <message>
        <source>copy a whole database into a new file or an empty server database (all or nothing)</source>
        <translation>copïo cronfa ddata gyfan i ffeil newydd neu i gronfa ddata wag ar weinydd (y cyfan neu ddim)</translation>
    </message>
    <message>
        <source>Copying… %1 of %2 rows</source>
        <translation>Yn copïo… %1 o %2 rhes</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 into %3.</source>
        <translation>Copïwyd %1 rhes o %2 i %3.</translation>
    </message>
</context>
<context>
    <name>arwain::cli::DemoCommand</name>
    <message>
        <source>create a new database holding the fictional demo data</source>
        <translation>creu cronfa ddata newydd sy'n dal y data enghreifftiol ffug</translation>
    </message>
    <message>
        <source>Created %1 with the demo data (every person in it is fictional).</source>
        <translation>Crëwyd %1 gyda'r data enghreifftiol (mae pob person ynddi yn ffug).</translation>
    </message>
</context>
<context>
    <name>arwain::cli::ExportCommand</name>
    <message>
        <source>export a KIND (or stats) as CSV or XLSX</source>
        <translation>allforio MATH (neu stats) fel CSV neu XLSX</translation>
    </message>
    <message>
        <source>write to FILE (.csv, or .xlsx for a workbook); default: standard output</source>
        <translation>ysgrifennu i FFEIL (.csv, neu .xlsx ar gyfer llyfr gwaith); rhagosodiad: yr allbwn safonol</translation>
    </message>
    <message>
        <source>begin the CSV with a UTF-8 byte-order mark, for Excel</source>
        <translation>dechrau'r CSV gyda nod trefn beit UTF-8, ar gyfer Excel</translation>
    </message>
    <message>
        <source>'%1' is not a kind; KIND is one of %2 or stats</source>
        <translation>nid yw '%1' yn fath; mae MATH yn un o %2 neu stats</translation>
    </message>
    <message>
        <source>--%1 applies to 'export stats' only</source>
        <translation>mae --%1 yn berthnasol i 'export stats' yn unig</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Ysgrifennwyd %1.</translation>
    </message>
    <message>
        <source>could not write</source>
        <translation>nid oedd modd ysgrifennu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 rows</source>
        <translation>Yn allforio… %1 o %2 rhes</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>ni ellir ysgrifennu i'r allbwn safonol: %1</translation>
    </message>
    <message>
        <source>%1 or stats</source>
        <translation>%1 neu stats</translation>
    </message>
</context>
<context>
    <name>arwain::cli::FeedbackCommand</name>
    <message>
        <source>feedback rates: met needs, expectations, recommendation</source>
        <translation>cyfraddau adborth: diwallu anghenion, disgwyliadau, argymell</translation>
    </message>
    <message>
        <source>reporting year by its first year (2024: 2024 to 2025)</source>
        <translation>blwyddyn adrodd wrth ei blwyddyn gyntaf (2024: 2024 i 2025)</translation>
    </message>
    <message>
        <source>only this programme (its code, e.g. NDP)</source>
        <translation>y rhaglen hon yn unig (ei chod, e.e. NDP)</translation>
    </message>
    <message>
        <source>only named participants from organisations in this region</source>
        <translation>dim ond cyfranogwyr wedi'u henwi o sefydliadau yn y rhanbarth hwn</translation>
    </message>
    <message>
        <source>only named participants from organisations in this sector</source>
        <translation>dim ond cyfranogwyr wedi'u henwi o sefydliadau yn y sector hwn</translation>
    </message>
    <message>
        <source>only named participants with this job role</source>
        <translation>dim ond cyfranogwyr wedi'u henwi â'r rôl swydd hon</translation>
    </message>
    <message>
        <source>programme, cohort, year, region, sector or role (default programme)</source>
        <translation>programme, cohort, year, region, sector neu role (rhagosodiad programme)</translation>
    </message>
    <message>
        <source>show rows with fewer than N responses as "fewer than N" (default: the database's setting; 0 shows all)</source>
        <translation>dangos rhesi â llai na N o ymatebion fel "llai na N" (rhagosodiad: gosodiad y gronfa ddata; mae 0 yn dangos y cyfan)</translation>
    </message>
    <message>
        <source>the same as --suppress</source>
        <translation>yr un peth â --suppress</translation>
    </message>
    <message>
        <source>table, csv or json (default table)</source>
        <translation>table, csv neu json (rhagosodiad table)</translation>
    </message>
    <message>
        <source>could not write the figures</source>
        <translation>nid oedd modd ysgrifennu'r ffigurau</translation>
    </message>
</context>
<context>
    <name>arwain::cli::GenerateCommand</name>
    <message>
        <source>create a new database of synthetic data at any size (for measuring)</source>
        <translation>creu cronfa ddata newydd o ddata synthetig o unrhyw faint (i fesur)</translation>
    </message>
    <message>
        <source>how many people (default 200000)</source>
        <translation>faint o bobl (rhagosodiad 200000)</translation>
    </message>
    <message>
        <source>how many enrolments (default 1000000)</source>
        <translation>faint o gofrestriadau (rhagosodiad 1000000)</translation>
    </message>
    <message>
        <source>the same seed gives the same data (default 1)</source>
        <translation>mae'r un hedyn yn rhoi'r un data (rhagosodiad 1)</translation>
    </message>
    <message>
        <source>--participants: '%1' is not a number of people</source>
        <translation>--participants: nid yw '%1' yn nifer o bobl</translation>
    </message>
    <message>
        <source>--enrolments: '%1' is not a number of enrolments</source>
        <translation>--enrolments: nid yw '%1' yn nifer o gofrestriadau</translation>
    </message>
    <message>
        <source>--seed: '%1' is not a whole number from 0 to 4294967295</source>
        <translation>--seed: nid yw '%1' yn rhif cyfan o 0 i 4294967295</translation>
    </message>
    <message>
        <source>Generating… %1 of %2 enrolments</source>
        <translation>Yn cynhyrchu… %1 o %2 o gofrestriadau</translation>
    </message>
    <message>
        <source>Created %1 with synthetic data (every person in it is fictional), %2 to %3:</source>
        <translation>Crëwyd %1 gyda data synthetig (mae pob person ynddi yn ffuglennol), %2 i %3:</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>sefydliadau</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>cyfranogwyr</translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation>carfanau</translation>
    </message>
    <message>
        <source>enrolments</source>
        <translation>cofrestriadau</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>cofnodion hanes</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiynau</translation>
    </message>
    <message>
        <source>attendance marks</source>
        <translation>marciau presenoldeb</translation>
    </message>
    <message>
        <source>feedback responses</source>
        <translation>ymatebion adborth</translation>
    </message>
    <message>
        <source>network members</source>
        <translation>aelodau'r rhwydwaith</translation>
    </message>
</context>
<context>
    <name>arwain::cli::ImportCommand</name>
    <message>
        <source>import a CSV file, all or nothing</source>
        <translation>mewnforio ffeil CSV, y cyfan neu ddim</translation>
    </message>
    <message>
        <source>check the file and report, writing nothing</source>
        <translation>gwirio'r ffeil ac adrodd, heb ysgrifennu dim</translation>
    </message>
    <message>
        <source>'%1' is not a kind of file; KIND is one of %2</source>
        <translation>nid yw '%1' yn fath o ffeil; mae MATH yn un o %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: ni ellir darllen: %2</translation>
    </message>
    <message>
        <source>nothing was imported: fix the rows above and import the whole file again</source>
        <translation>ni fewnforiwyd dim: cywirwch y rhesi uchod a mewnforiwch y ffeil gyfan eto</translation>
    </message>
    <message>
        <source>%1: the file is good; %2 row(s) would be added, %3 are already there (nothing was written: dry run)</source>
        <translation>%1: mae'r ffeil yn iawn; byddai %2 rhes yn cael eu hychwanegu, mae %3 yno eisoes (ni ysgrifennwyd dim: rhediad prawf)</translation>
    </message>
    <message>
        <source>%1: imported %2 row(s) into %3; %4 were already there unchanged</source>
        <translation>%1: mewnforiwyd %2 rhes i %3; roedd %4 yno eisoes heb newid</translation>
    </message>
    <message numerus="yes">
        <source>Created %n new organisation(s) (sector and region left empty).</source>
        <translation>
            <numerusform>Crëwyd %n o sefydliadau newydd (sector a rhanbarth yn wag).</numerusform>
            <numerusform>Crëwyd %n o sefydliadau newydd (sector a rhanbarth yn wag).</numerusform>
            <numerusform>Crëwyd %n o sefydliadau newydd (sector a rhanbarth yn wag).</numerusform>
            <numerusform>Crëwyd %n o sefydliadau newydd (sector a rhanbarth yn wag).</numerusform>
            <numerusform>Crëwyd %n o sefydliadau newydd (sector a rhanbarth yn wag).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and importing… %1 rows</source>
        <translation>Yn gwirio ac yn mewnforio… %1 rhes</translation>
    </message>
    <message>
        <source>Checking and importing… %1 rows (%2 %)</source>
        <translation>Yn gwirio ac yn mewnforio… %1 rhes (%2 y cant)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 neu %2</translation>
    </message>
</context>
<context>
    <name>arwain::cli::ImportSurveyCommand</name>
    <message>
        <source>import a survey tool's export into a cohort's feedback</source>
        <translation>mewnforio allforiad offeryn arolwg i adborth carfan</translation>
    </message>
    <message>
        <source>the cohort the responses are about (required)</source>
        <translation>y garfan y mae'r ymatebion amdani (gofynnol)</translation>
    </message>
    <message>
        <source>use the mapping saved under NAME (see survey-mappings)</source>
        <translation>defnyddio'r mapio a gadwyd dan ENW (gweler survey-mappings)</translation>
    </message>
    <message>
        <source>read the mapping from a JSON file (as --show-mapping prints it)</source>
        <translation>darllen y mapio o ffeil JSON (fel y mae --show-mapping yn ei argraffu)</translation>
    </message>
    <message>
        <source>remember the mapping under NAME when the import succeeds</source>
        <translation>cofio'r mapio dan ENW pan fydd y mewnforio'n llwyddo</translation>
    </message>
    <message>
        <source>print the mapping that would be used, and the answer words found in the file, as JSON; import nothing</source>
        <translation>argraffu'r mapio a fyddai'n cael ei ddefnyddio, a geiriau'r atebion a gafwyd yn y ffeil, fel JSON; heb fewnforio dim</translation>
    </message>
    <message>
        <source>check the file and report, writing nothing</source>
        <translation>gwirio'r ffeil ac adrodd, heb ysgrifennu dim</translation>
    </message>
    <message>
        <source>--cohort CODE is required</source>
        <translation>mae angen --cohort COD</translation>
    </message>
    <message>
        <source>give --mapping or --mapping-file, not both</source>
        <translation>rhowch --mapping neu --mapping-file, nid y ddau</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: ni ellir darllen: %2</translation>
    </message>
    <message>
        <source>no cohort with code %1</source>
        <translation>dim carfan â'r cod %1</translation>
    </message>
    <message>
        <source>no mapping is saved under '%1' (none are saved yet)</source>
        <translation>nid oes mapio wedi'i gadw dan '%1' (nid oes dim wedi'u cadw eto)</translation>
    </message>
    <message>
        <source>no mapping is saved under '%1'; saved: %2</source>
        <translation>nid oes mapio wedi'i gadw dan '%1'; wedi'u cadw: %2</translation>
    </message>
    <message>
        <source>nothing was imported: correct the mapping (--show-mapping prints it) or the file, and import the whole file again</source>
        <translation>ni fewnforiwyd dim: cywirwch y mapio (mae --show-mapping yn ei argraffu) neu'r ffeil, a mewnforiwch y ffeil gyfan eto</translation>
    </message>
    <message>
        <source>%1: the file is good; %2 response(s) would be added to %3, %4 are already there (nothing was written: dry run)</source>
        <translation>%1: mae'r ffeil yn iawn; byddai %2 o ymatebion yn cael eu hychwanegu at %3, mae %4 yno eisoes (ni ysgrifennwyd dim: rhediad prawf)</translation>
    </message>
    <message>
        <source>%1: imported %2 response(s) into %3; %4 were already there</source>
        <translation>%1: mewnforiwyd %2 o ymatebion i %3; roedd %4 yno eisoes</translation>
    </message>
    <message>
        <source>The mapping is saved as '%1'.</source>
        <translation>Mae'r mapio wedi'i gadw fel '%1'.</translation>
    </message>
    <message>
        <source>%1: not a mapping: %2 at character %3</source>
        <translation>%1: nid mapio: %2 wrth nod %3</translation>
    </message>
    <message>
        <source>%1: not a mapping: it needs a "columns" object (see --show-mapping)</source>
        <translation>%1: nid mapio: mae angen gwrthrych "columns" arno (gweler --show-mapping)</translation>
    </message>
</context>
<context>
    <name>arwain::cli::InitCommand</name>
    <message>
        <source>create a new, empty database</source>
        <translation>creu cronfa ddata newydd, wag</translation>
    </message>
    <message>
        <source>Created %1 with the built-in programmes and reasons.</source>
        <translation>Crëwyd %1 gyda'r rhaglenni a'r rhesymau sydd wedi'u cynnwys.</translation>
    </message>
</context>
<context>
    <name>arwain::cli::ReportCommand</name>
    <message>
        <source>the annual report for a reporting year, as HTML or PDF</source>
        <translation>yr adroddiad blynyddol ar gyfer blwyddyn adrodd, fel HTML neu PDF</translation>
    </message>
    <message>
        <source>reporting year by its first year (2024: 2024 to 2025); default: the last year that has ended</source>
        <translation>blwyddyn adrodd wrth ei blwyddyn gyntaf (2024: 2024 i 2025); rhagosodiad: y flwyddyn olaf sydd wedi dod i ben</translation>
    </message>
    <message>
        <source>en or cy (default: the language arwain-cli speaks)</source>
        <translation>en neu cy (rhagosodiad: yr iaith y mae arwain-cli yn ei siarad)</translation>
    </message>
    <message>
        <source>html or pdf (default: from the file's extension, else html)</source>
        <translation>html neu pdf (rhagosodiad: o estyniad y ffeil, neu html)</translation>
    </message>
    <message>
        <source>write to FILE (default: HTML on standard output)</source>
        <translation>ysgrifennu i FFEIL (rhagosodiad: HTML ar yr allbwn safonol)</translation>
    </message>
    <message>
        <source>published, excluding-deferrals or finished-only (default published)</source>
        <translation>published, excluding-deferrals neu finished-only (rhagosodiad published)</translation>
    </message>
    <message>
        <source>the figures as they stood at the end of this date</source>
        <translation>y ffigurau fel yr oeddent ar ddiwedd y dyddiad hwn</translation>
    </message>
    <message>
        <source>withhold feedback percentages from fewer than N responses (default: the database's setting; 0 shows all)</source>
        <translation>atal canrannau adborth o lai na N o ymatebion (rhagosodiad: gosodiad y gronfa ddata; mae 0 yn dangos y cyfan)</translation>
    </message>
    <message>
        <source>the same as --suppress</source>
        <translation>yr un peth â --suppress</translation>
    </message>
    <message>
        <source>--definition: '%1' is not %2</source>
        <translation>--definition: nid yw '%1' yn %2</translation>
    </message>
    <message>
        <source>--format: '%1' is not html or pdf</source>
        <translation>--format: nid yw '%1' yn html nac yn pdf</translation>
    </message>
    <message>
        <source>a PDF needs a file: give -o FILE</source>
        <translation>mae angen ffeil ar gyfer PDF: rhowch -o FFEIL</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3)</source>
        <translation>Ysgrifennwyd %1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>arwain::cli::RestoreCommand</name>
    <message>
        <source>put a checked backup in place of DB (the file it replaces is kept)</source>
        <translation>rhoi copi wrth gefn wedi'i wirio yn lle DB (cedwir y ffeil y mae'n ei disodli)</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Adferwyd %1 i %2.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Cedwir y ffeil a ddisodlwyd fel %1.</translation>
    </message>
</context>
<context>
    <name>arwain::cli::RetentionCommand</name>
    <message>
        <source>who the retention rule would erase (settings --retention N); --apply erases them</source>
        <translation>pwy y byddai'r rheol gadw yn eu dileu (settings --retention N); mae --apply yn eu dileu</translation>
    </message>
    <message>
        <source>erase them now (otherwise only list them)</source>
        <translation>eu dileu nawr (fel arall, dim ond eu rhestru)</translation>
    </message>
    <message>
        <source>No retention rule is set (arwain-cli settings DB --retention YEARS sets one); nobody is due.</source>
        <translation>Nid oes rheol gadw wedi'i gosod (mae arwain-cli settings DB --retention BLYNYDDOEDD yn gosod un); nid oes neb i'w ddileu.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: people whose last enrolment ended more than %n year(s) ago.</source>
        <translation>
            <numerusform>Cadw: pobl y daeth eu cofrestriad olaf i ben fwy na %n mlynedd yn ôl.</numerusform>
            <numerusform>Cadw: pobl y daeth eu cofrestriad olaf i ben fwy na %n mlynedd yn ôl.</numerusform>
            <numerusform>Cadw: pobl y daeth eu cofrestriad olaf i ben fwy na %n mlynedd yn ôl.</numerusform>
            <numerusform>Cadw: pobl y daeth eu cofrestriad olaf i ben fwy na %n mlynedd yn ôl.</numerusform>
            <numerusform>Cadw: pobl y daeth eu cofrestriad olaf i ben fwy na %n mlynedd yn ôl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due for erasure.</source>
        <translation>
            <numerusform>%n o bobl i'w dileu.</numerusform>
            <numerusform>%n o bobl i'w dileu.</numerusform>
            <numerusform>%n o bobl i'w dileu.</numerusform>
            <numerusform>%n o bobl i'w dileu.</numerusform>
            <numerusform>%n o bobl i'w dileu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s); their enrolments stay in the figures.</source>
        <translation>
            <numerusform>Dilëwyd %n o bobl; mae eu cofrestriadau'n aros yn y ffigurau.</numerusform>
            <numerusform>Dilëwyd %n o bobl; mae eu cofrestriadau'n aros yn y ffigurau.</numerusform>
            <numerusform>Dilëwyd %n o bobl; mae eu cofrestriadau'n aros yn y ffigurau.</numerusform>
            <numerusform>Dilëwyd %n o bobl; mae eu cofrestriadau'n aros yn y ffigurau.</numerusform>
            <numerusform>Dilëwyd %n o bobl; mae eu cofrestriadau'n aros yn y ffigurau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arwain::cli::ServerGrantCommand</name>
    <message>
        <source>give a server login the coordinator or the manager role</source>
        <translation>rhoi rôl cydlynydd neu reolwr i fewngofnod ar weinydd</translation>
    </message>
    <message>
        <source>the role is coordinator or manager, not '%1'</source>
        <translation>coordinator neu manager yw'r rôl, nid '%1'</translation>
    </message>
    <message>
        <source>%1 is now a coordinator: reads and changes the data.</source>
        <translation>Mae %1 yn gydlynydd nawr: yn darllen ac yn newid y data.</translation>
    </message>
    <message>
        <source>%1 is now a manager: reads the data, changes nothing.</source>
        <translation>Mae %1 yn rheolwr nawr: yn darllen y data, yn newid dim.</translation>
    </message>
    <message>
        <source>coordinator or manager</source>
        <translation>coordinator neu manager</translation>
    </message>
</context>
<context>
    <name>arwain::cli::ServerInitCommand</name>
    <message>
        <source>make Arwain's tables and its coordinator and manager roles in an empty server database</source>
        <translation>gwneud tablau Arwain a'i rolau cydlynydd a rheolwr mewn cronfa ddata wag ar weinydd</translation>
    </message>
    <message>
        <source>%1 holds an Arwain database. Give each login a role with
  arwain-cli server-grant %1 LOGIN coordinator   (reads and changes; role %2)
  arwain-cli server-grant %1 LOGIN manager       (reads only; role %3)</source>
        <translation>Mae cronfa ddata Arwain yn %1. Rhowch rôl i bob mewngofnod gyda
  arwain-cli server-grant %1 MEWNGOFNOD coordinator   (darllen a newid; rôl %2)
  arwain-cli server-grant %1 MEWNGOFNOD manager       (darllen yn unig; rôl %3)</translation>
    </message>
</context>
<context>
    <name>arwain::cli::SettingsCommand</name>
    <message>
        <source>show or change the database's settings</source>
        <translation>dangos neu newid gosodiadau'r gronfa ddata</translation>
    </message>
    <message>
        <source>withhold feedback figures of fewer than N responses everywhere (0: never)</source>
        <translation>atal ffigurau adborth o lai na N o ymatebion ym mhobman (0: byth)</translation>
    </message>
    <message>
        <source>--suppress: '%1' is not a whole number</source>
        <translation>--suppress: nid yw '%1' yn rhif cyfan</translation>
    </message>
    <message>
        <source>suppress: feedback figures of fewer than %1 responses are withheld</source>
        <translation>suppress: caiff ffigurau adborth o lai na %1 o ymatebion eu hatal</translation>
    </message>
    <message>
        <source>suppress: 0 (feedback figures are never withheld)</source>
        <translation>suppress: 0 (nid yw ffigurau adborth byth yn cael eu hatal)</translation>
    </message>
    <message>
        <source>erase people whose last enrolment ended more than N years ago, when 'arwain-cli retention --apply' runs (0: keep everyone)</source>
        <translation>dileu pobl y daeth eu cofrestriad olaf i ben fwy na N mlynedd yn ôl, pan fydd 'arwain-cli retention --apply' yn rhedeg (0: cadw pawb)</translation>
    </message>
    <message>
        <source>--retention: '%1' is not a whole number</source>
        <translation>--retention: nid yw '%1' yn rhif cyfan</translation>
    </message>
    <message numerus="yes">
        <source>retention: people are erased %n year(s) after their last enrolment ended</source>
        <translation>
            <numerusform>retention: caiff pobl eu dileu %n mlynedd ar ôl i'w cofrestriad olaf ddod i ben</numerusform>
            <numerusform>retention: caiff pobl eu dileu %n mlynedd ar ôl i'w cofrestriad olaf ddod i ben</numerusform>
            <numerusform>retention: caiff pobl eu dileu %n mlynedd ar ôl i'w cofrestriad olaf ddod i ben</numerusform>
            <numerusform>retention: caiff pobl eu dileu %n mlynedd ar ôl i'w cofrestriad olaf ddod i ben</numerusform>
            <numerusform>retention: caiff pobl eu dileu %n mlynedd ar ôl i'w cofrestriad olaf ddod i ben</numerusform>
        </translation>
    </message>
    <message>
        <source>retention: 0 (everyone is kept)</source>
        <translation>retention: 0 (cedwir pawb)</translation>
    </message>
</context>
<context>
    <name>arwain::cli::StatsCommand</name>
    <message>
        <source>participants, completions and completion rates</source>
        <translation>cyfranogwyr, cwblhau a chyfraddau cwblhau</translation>
    </message>
    <message>
        <source>table, csv or json (default table)</source>
        <translation>table, csv neu json (rhagosodiad table)</translation>
    </message>
    <message>
        <source>could not write the figures</source>
        <translation>nid oedd modd ysgrifennu'r ffigurau</translation>
    </message>
</context>
<context>
    <name>arwain::cli::StatusCommand</name>
    <message>
        <source>enrol, or change an enrolment's status (enrolled, completed/attended, deferred, withdrawn, revert)</source>
        <translation>cofrestru, neu newid statws cofrestriad (enrolled, completed/attended, deferred, withdrawn, revert)</translation>
    </message>
    <message>
        <source>the date the change took effect (default today)</source>
        <translation>y dyddiad y daeth y newid i rym (rhagosodiad heddiw)</translation>
    </message>
    <message>
        <source>why (needed to defer or withdraw): %1</source>
        <translation>pam (angenrheidiol i ohirio neu dynnu'n ôl): %1</translation>
    </message>
    <message>
        <source>a note kept with the change</source>
        <translation>nodyn a gedwir gyda'r newid</translation>
    </message>
    <message>
        <source>'%1' is not a status; use enrolled, completed (or attended), deferred, withdrawn or revert</source>
        <translation>nid yw '%1' yn statws; defnyddiwch enrolled, completed (neu attended), deferred, withdrawn neu revert</translation>
    </message>
    <message>
        <source>--date: '%1' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>--date: nid yw '%1' yn ddyddiad (disgwylir BBBB-MM-DD neu DD/MM/BBBB)</translation>
    </message>
    <message>
        <source>--reason: '%1' is not a reason (expected %2)</source>
        <translation>--reason: nid yw '%1' yn rheswm (disgwylir %2)</translation>
    </message>
    <message>
        <source>no participant with email %1</source>
        <translation>dim cyfranogwr â'r e-bost %1</translation>
    </message>
    <message>
        <source>no cohort with code %1</source>
        <translation>dim carfan â'r cod %1</translation>
    </message>
    <message>
        <source>%1 is not in cohort %2; enrol them first with status 'enrolled'</source>
        <translation>nid yw %1 yng ngharfan %2; cofrestrwch nhw yn gyntaf gyda'r statws 'enrolled'</translation>
    </message>
    <message>
        <source>%1: cohort %2 is full; %3 is on the waitlist.</source>
        <translation>%1: mae carfan %2 yn llawn; mae %3 ar y rhestr aros.</translation>
    </message>
    <message>
        <source>%1: %2 enrolled in %3%4.</source>
        <translation>%1: %2 wedi'i gofrestru yn %3%4.</translation>
    </message>
    <message>
        <source>, resuming their deferral</source>
        <translation>, gan ailddechrau ei ohiriad</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 yn %2: %3</translation>
    </message>
    <message>
        <source>%1 in %2: %3 → %4 (%5)</source>
        <translation>%1 yn %2: %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>enrolled, completed, attended, deferred, withdrawn or revert</source>
        <translation>enrolled, completed, attended, deferred, withdrawn neu revert</translation>
    </message>
</context>
<context>
    <name>arwain::cli::SubjectExportCommand</name>
    <message>
        <source>everything held about a person, as JSON (a subject access request)</source>
        <translation>popeth a gedwir am berson, fel JSON (cais gwrthrych am wybodaeth)</translation>
    </message>
    <message>
        <source>write to FILE (default: standard output)</source>
        <translation>ysgrifennu i FFEIL (rhagosodiad: yr allbwn safonol)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Ysgrifennwyd %1.</translation>
    </message>
</context>
<context>
    <name>arwain::cli::SurveyMappingsCommand</name>
    <message>
        <source>list the saved survey mappings, or print one</source>
        <translation>rhestru'r mapiau arolwg a gadwyd, neu argraffu un</translation>
    </message>
    <message>
        <source>print the mapping saved under NAME as JSON</source>
        <translation>argraffu'r mapio a gadwyd dan ENW fel JSON</translation>
    </message>
    <message>
        <source>no mapping is saved under '%1'</source>
        <translation>nid oes mapio wedi'i gadw dan '%1'</translation>
    </message>
    <message>
        <source>No survey mappings are saved yet: import-survey --save-as NAME saves one.</source>
        <translation>Nid oes mapiau arolwg wedi'u cadw eto: mae import-survey --save-as ENW yn cadw un.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Arwain: leadership-programme tracker</source>
        <translation>Arwain: cofnodi rhaglenni arweinyddiaeth</translation>
    </message>
    <message>
        <source>Open the file read-only</source>
        <translation>Agor y ffeil i'w darllen yn unig</translation>
    </message>
    <message>
        <source>Start on a page: dashboard, programmes, participants, organisations, network or reports</source>
        <translation>Dechrau ar dudalen: dashboard, programmes, participants, organisations, network neu reports</translation>
    </message>
    <message>
        <source>Start on a cohort</source>
        <translation>Dechrau ar garfan</translation>
    </message>
    <message>
        <source>Start on a cohort's tab: enrolments, sessions, attendance or feedback</source>
        <translation>Dechrau ar dab carfan: enrolments, sessions, attendance neu feedback</translation>
    </message>
    <message>
        <source>Start importing this CSV file</source>
        <translation>Dechrau mewnforio'r ffeil CSV hon</translation>
    </message>
    <message>
        <source>The database to open</source>
        <translation>Y gronfa ddata i'w hagor</translation>
    </message>
    <message>
        <source>Show this reporting year on the dashboard and in the report (2024: 2024 to 2025)</source>
        <translation>Dangos y flwyddyn adrodd hon ar y dangosfwrdd ac yn yr adroddiad (2024: 2024 i 2025)</translation>
    </message>
    <message>
        <source>Walk through every page, print how long the window stopped painting at each step, and quit</source>
        <translation>Mynd trwy bob tudalen, argraffu am ba hyd y peidiodd y ffenestr â phaentio ym mhob cam, a gadael</translation>
    </message>
</context>
</TS>