#!/usr/bin/env python3
"""Fills arwain_cy.ts with the Welsh of the interface's words (run after lupdate; keeps what is there)."""
import sys
import xml.etree.ElementTree as ET

WELSH = {
    # menus and window
    "&File": "&Ffeil", "&Edit": "&Golygu", "&View": "&Gweld", "&Help": "&Cymorth",
    "&New…": "&Newydd…", "&Open…": "&Agor…", "Open &read-only…": "Agor i'w &ddarllen yn unig…",
    "Open &recent": "Agor &diweddar", "&Import CSV…": "&Mewnforio CSV…",
    "&Export current view…": "&Allforio'r olwg hon…", "&Back up…": "Copi &wrth gefn…", "&Quit": "&Gadael",
    "&Undo": "&Dadwneud", "&Redo": "&Ailwneud", "&Find": "&Canfod", "&Language": "&Iaith",
    "&CSV formats": "Fformatau &CSV", "&About Arwain": "&Ynghylch Arwain", "&Dashboard": "&Dangosfwrdd",
    "&Programmes && cohorts": "&Rhaglenni a charfanau", "Pa&rticipants": "&Cyfranogwyr",
    "&Organisations": "&Sefydliadau", "&Network": "Rh&wydwaith",
    "Dashboard": "Dangosfwrdd", "Programmes & cohorts": "Rhaglenni a charfanau", "Participants": "Cyfranogwyr",
    "Organisations": "Sefydliadau", "Network": "Rhwydwaith", "Pages": "Tudalennau",
    "Read-only: this file is open for viewing. Nothing can be changed.":
        "Darllen yn unig: mae'r ffeil hon ar agor i'w gweld. Ni ellir newid dim.",
    "Read-only notice": "Hysbysiad darllen yn unig",
    "read-only": "darllen yn unig", "read-write": "darllen ac ysgrifennu",
    "%1 — Arwain": "%1 — Arwain", "%1 (%2)": "%1 (%2)",
    "Open the &demo database": "Agor y gronfa ddata &enghreifftiol",
    "Create a &new database…": "Creu cronfa ddata &newydd…",
    "&Open an existing database…": "&Agor cronfa ddata sy'n bodoli…",
    "The language changes when Arwain next starts.": "Bydd yr iaith yn newid y tro nesaf y bydd Arwain yn dechrau.",
    "This page has no table to export.": "Nid oes tabl i'w allforio ar y dudalen hon.",
    "Exported the view to %1": "Allforiwyd yr olwg i %1", "Backed up to %1": "Gwnaed copi wrth gefn yn %1",
    "New database": "Cronfa ddata newydd", "Open database": "Agor cronfa ddata",
    "Open read-only": "Agor i'w darllen yn unig", "Export current view": "Allforio'r olwg hon",
    "Back up": "Copi wrth gefn", "CSV formats": "Fformatau CSV", "About Arwain": "Ynghylch Arwain",
    # programmes page
    "Add cohort…": "Ychwanegu carfan…", "Edit cohort…": "Golygu carfan…", "Enrol…": "Cofrestru…",
    "Mark completed": "Nodi wedi cwblhau", "Mark attended": "Nodi wedi mynychu", "Defer…": "Gohirio…",
    "Withdraw…": "Tynnu'n ôl…", "Give a place": "Rhoi lle", "Revert last change": "Dadwneud y newid olaf",
    "Programme / cohort": "Rhaglen / carfan", "People": "Pobl", "Completed": "Wedi cwblhau",
    "Deferred": "Wedi gohirio", "Withdrawn": "Wedi tynnu'n ôl", "Rate %": "Cyfradd %",
    "Choose a programme or cohort on the left.": "Dewiswch raglen neu garfan ar y chwith.",
    "Filter enrolments by name, email or organisation (Ctrl+F)":
        "Hidlo cofrestriadau yn ôl enw, e-bost neu sefydliad (Ctrl+F)",
    "Programmes and cohorts": "Rhaglenni a charfanau", "Cohort details": "Manylion y garfan",
    "Cohort actions": "Camau'r garfan", "Enrolment actions": "Camau cofrestru",
    "Enrolments of the cohort": "Cofrestriadau'r garfan", "attended": "wedi mynychu", "completed": "wedi cwblhau",
    "%1 to %2": "%1 i %2", "%1 of %2 places taken": "%1 o %2 lle wedi'u llenwi",
    "Completion rate %1%: %2": "Cyfradd cwblhau %1%: %2", "Defer": "Gohirio", "Withdraw": "Tynnu'n ôl",
    "Add cohort": "Ychwanegu carfan", "Edit cohort %1": "Golygu carfan %1",
    "%1 participants · %2 %3 · %4 deferred · %5 withdrawn · %6 in progress · %7 waitlisted":
        "%1 cyfranogwr · %2 %3 · %4 wedi gohirio · %5 wedi tynnu'n ôl · %6 ar y gweill · %7 ar y rhestr aros",
    "provider: %1": "darparwr: %1", "with %1": "gyda %1", "headcount %1": "nifer %1",
    "<b>%1</b> — %2<br><i>%3</i><br>Choose a cohort to see its enrolments, or add a cohort.":
        "<b>%1</b> — %2<br><i>%3</i><br>Dewiswch garfan i weld ei chofrestriadau, neu ychwanegwch garfan.",
    # tables
    "Name": "Enw", "Email": "E-bost", "Organisation": "Sefydliad", "Status": "Statws", "Status date": "Dyddiad statws",
    "Reason": "Rheswm", "Note": "Nodyn", "Resumes": "Yn ailgychwyn", "Resumed in": "Ailgychwynnwyd yn",
    "Given name": "Enw cyntaf", "Family name": "Cyfenw", "Sector": "Sector", "Region": "Rhanbarth",
    "Job role": "Rôl swydd", "Language": "Iaith", "Programmes": "Rhaglenni", "Programme": "Rhaglen",
    "Cohort": "Carfan", "Recorded": "Cofnodwyd", "Effective": "Yn effeithiol", "From": "O", "To": "I",
    "Kind": "Math", "Joined": "Ymunodd", "Left": "Gadawodd",
    # participants and others
    "All sectors": "Pob sector", "All regions": "Pob rhanbarth", "All roles": "Pob rôl",
    "All programmes": "Pob rhaglen", "Any status": "Unrhyw statws",
    "Add participant…": "Ychwanegu cyfranogwr…", "Edit participant…": "Golygu cyfranogwr…",
    "Add organisation…": "Ychwanegu sefydliad…", "Edit organisation…": "Golygu sefydliad…",
    "&Enrolments": "&Cofrestriadau", "&History": "&Hanes",
    "Search by name, email or organisation (Ctrl+F)": "Chwilio yn ôl enw, e-bost neu sefydliad (Ctrl+F)",
    "Search organisations (Ctrl+F)": "Chwilio sefydliadau (Ctrl+F)",
    "Search network members (Ctrl+F)": "Chwilio aelodau'r rhwydwaith (Ctrl+F)",
    "Choose a participant to see their enrolments and history.":
        "Dewiswch gyfranogwr i weld eu cofrestriadau a'u hanes.",
    "prefers %1": "mae'n well ganddynt %1", "Add participant": "Ychwanegu cyfranogwr",
    "Add organisation": "Ychwanegu sefydliad", "Search": "Chwilio",
    # dialogs
    "&Code:": "&Cod:", "&Programme:": "&Rhaglen:", "&Title:": "&Teitl:", "&Start date:": "Dyddiad &dechrau:",
    "Has an end date": "Mae ganddi ddyddiad gorffen", "&End date:": "Dyddiad &gorffen:",
    "&Delivery mode:": "&Dull cyflwyno:", "&Venue:": "&Lleoliad:", "&Region:": "&Rhanbarth:",
    "Pro&vider:": "&Darparwr:", "P&artner:": "&Partner:", "Ca&pacity:": "Ca&pasiti:", "&Headcount:": "&Nifer:",
    "no limit": "dim terfyn", "none (people are named)": "dim (mae pobl wedi'u henwi)",
    "&Given name:": "&Enw cyntaf:", "&Family name:": "&Cyfenw:", "&Email:": "&E-bost:",
    "&Organisation:": "&Sefydliad:", "&Job role:": "&Rôl swydd:", "Preferred &language:": "&Dewis iaith:",
    "(none)": "(dim)", "(not recorded)": "(heb ei gofnodi)", "&Name:": "&Enw:", "&Sector:": "&Sector:",
    "&Reason:": "&Rheswm:", "&Date:": "&Dyddiad:", "&Note:": "&Nodyn:", "Resume &in:": "&Ailgychwyn yn:",
    "Choose a reason…": "Dewiswch reswm…", "Not yet": "Ddim eto", "&Defer": "&Gohirio", "&Withdraw": "&Tynnu'n ôl",
    "&Enrol": "&Cofrestru", "Enrol in %1": "Cofrestru yn %1", "Enrolment &date:": "&Dyddiad cofrestru:",
    "Search by name, email or organisation": "Chwilio yn ôl enw, e-bost neu sefydliad",
    "Problems with the form": "Problemau gyda'r ffurflen",
    # import
    "Import CSV": "Mewnforio CSV", "&Kind:": "&Math:", "&Choose file…": "&Dewis ffeil…", "&Import": "&Mewnforio",
    "Preview (first 200 rows):": "Rhagolwg (y 200 rhes gyntaf):",
    "Problems (nothing is imported until there are none):":
        "Problemau (ni chaiff dim ei fewnforio nes nad oes rhai):",
    "Choose a CSV file to import.": "Dewiswch ffeil CSV i'w mewnforio.", "Line": "Llinell", "Cancel": "Canslo",
    # dashboard
    "&Year:": "&Blwyddyn:", "&Definition:": "&Diffiniad:", "Published": "Wedi'i gyhoeddi",
    "Excluding deferrals": "Heb ohiriadau", "Finished only": "Wedi gorffen yn unig", "As &at": "&Ar",
    "Export &chart…": "Allforio'r &siart…", "Export &figures…": "Allforio'r &ffigurau…",
    "&Rates by programme": "&Cyfraddau fesul rhaglen", "&Status by cohort": "&Statws fesul carfan",
    "&Trend over years": "&Tuedd dros y blynyddoedd", "Region, sector, &role": "Rhanbarth, sector, &rôl",
    "Fi&gures": "&Ffigurau", "All years": "Pob blwyddyn", "Dates…": "Dyddiadau…",
    "Any delivery mode": "Unrhyw ddull cyflwyno", "participants": "cyfranogwr", "in progress": "ar y gweill",
    "Completion rate": "Cyfradd cwblhau", "Show &everyone": "Dangos &pawb",
    "Working out the figures…": "Yn cyfrifo'r ffigurau…", "Completion rate: %1": "Cyfradd cwblhau: %1",
    "Completion rate by programme": "Cyfradd cwblhau fesul rhaglen", "Status mix per cohort": "Statws fesul carfan",
    "Completion-rate trend by reporting year": "Tuedd y gyfradd cwblhau fesul blwyddyn adrodd",
    "&Break down by:": "&Dadansoddi yn ôl:", "Double-click a row to see the people behind it.":
        "Cliciwch ddwywaith ar res i weld y bobl y tu ôl iddi.",
    "No enrolments match these filters in this period.":
        "Nid oes cofrestriadau'n cyfateb i'r hidlwyr hyn yn y cyfnod hwn.",
    "Cohorts": "Carfanau", "Waitlisted": "Ar y rhestr aros", "In progress": "Ar y gweill",
    "Completion rate %": "Cyfradd cwblhau %", "Eventual completion %": "Cwblhau yn y pen draw %",
    "definition: %1": "diffiniad: %1", "as at %1": "ar %1",
    "completed ÷ (everyone enrolled − deferred)": "wedi cwblhau ÷ (pawb a gofrestrwyd − wedi gohirio)",
    "completed ÷ (completed + withdrawn)": "wedi cwblhau ÷ (wedi cwblhau + wedi tynnu'n ôl)",
    "Eventual completion %1 (%2 of %3 people)": "Cwblhau yn y pen draw %1 (%2 o %3 o bobl)",
    "%1 · %2": "%1 · %2",
    # core messages shown in dialogs
    "a code has no spaces": "nid oes bylchau mewn cod",
    "programme %1 already exists": "mae rhaglen %1 yn bodoli eisoes",
    "organisation %1 already exists": "mae sefydliad %1 yn bodoli eisoes",
    "cohort %1 already exists": "mae carfan %1 yn bodoli eisoes",
    "no such programme": "dim rhaglen o'r fath", "no such organisation": "dim sefydliad o'r fath",
    "no such cohort": "dim carfan o'r fath", "no such participant": "dim cyfranogwr o'r fath",
    "no such enrolment": "dim cofrestriad o'r fath",
    "the end date %1 is before the start date %2": "mae'r dyddiad gorffen %1 cyn y dyddiad dechrau %2",
    "capacity must be a whole number above 0": "rhaid i'r capasiti fod yn rhif cyfan uwchlaw 0",
    "%1 places are already taken; capacity cannot be %2":
        "mae %1 lle wedi'u llenwi eisoes; ni all y capasiti fod yn %2",
    "%1 is not an email address": "nid yw %1 yn gyfeiriad e-bost",
    "%1 is already used by %2 %3": "mae %2 %3 yn defnyddio %1 eisoes",
    "the date %1 is in the future": "mae'r dyddiad %1 yn y dyfodol",
    "the date %1 is before the enrolment's last change (%2)": "mae'r dyddiad %1 cyn newid olaf y cofrestriad (%2)",
    "a change to %1 needs a reason: %2": "mae angen rheswm i newid i %1: %2",
    "cohort %1 is full (capacity %2); the enrolment stays on the waitlist":
        "mae carfan %1 yn llawn (capasiti %2); mae'r cofrestriad yn aros ar y rhestr aros",
    "there is no change to revert: the enrolment is as it was first recorded":
        "nid oes newid i'w ddadwneud: mae'r cofrestriad fel y'i cofnodwyd gyntaf",
    "the database could not be read: %1": "nid oedd modd darllen y gronfa ddata: %1",
    "Cannot undo \"%1\": %2": "Ni ellir dadwneud \"%1\": %2",
    "%1 is already in cohort %2 (%3)": "mae %1 yng ngharfan %2 eisoes (%3)",
    "Feedback && &network": "Adborth a'r &rhwydwaith",
    "Compassionate leadership network: %1 members at the end of the period":
        "Rhwydwaith arweinyddiaeth dosturiol: %1 aelod ar ddiwedd y cyfnod",
    "Responses": "Ymatebion", "Response rate": "Cyfradd ymateb", "Met needs": "Wedi diwallu anghenion",
    "Met expectations": "Wedi bodloni disgwyliadau", "Learned something usable": "Wedi dysgu rhywbeth defnyddiol",
    "Relevant to role": "Perthnasol i'r rôl", "Would recommend": "Byddai'n argymell",
    "Feedback for the reporting year and programme chosen (the region, sector and role filters do not apply to "
    "it). Met needs: very well or quite well ÷ answers; other rates: yes ÷ answers; response rate: responses ÷ "
    "participants.":
        "Adborth ar gyfer y flwyddyn adrodd a'r rhaglen a ddewiswyd (nid yw'r hidlwyr rhanbarth, sector a rôl yn "
        "berthnasol iddo). Wedi diwallu anghenion: yn dda iawn neu'n eithaf da ÷ atebion; cyfraddau eraill: ie ÷ "
        "atebion; cyfradd ymateb: ymatebion ÷ cyfranogwyr.",
    "Completion rate: %1. Years still under way are not shown.":
        "Cyfradd cwblhau: %1. Ni ddangosir blynyddoedd sydd heb ddod i ben.",
    # listed values
    "course": "cwrs", "single session": "sesiwn unigol", "online": "ar-lein", "face-to-face": "wyneb yn wyneb",
    "blended": "cyfunol", "local authority": "awdurdod lleol", "third sector": "trydydd sector",
    "independent provider": "darparwr annibynnol", "NHS": "GIG", "other": "arall", "North Wales": "Gogledd Cymru",
    "Mid Wales": "Canolbarth Cymru", "West Wales": "Gorllewin Cymru", "South West Wales": "De-orllewin Cymru",
    "South East Wales": "De-ddwyrain Cymru", "All Wales": "Cymru gyfan", "practitioner": "ymarferydd",
    "first-line manager": "rheolwr llinell gyntaf", "middle manager": "rheolwr canol",
    "senior manager": "uwch reolwr", "director": "cyfarwyddwr", "English": "Saesneg", "Welsh": "Cymraeg",
    "waitlisted": "ar y rhestr aros", "enrolled": "wedi cofrestru", "deferred": "wedi gohirio",
    "withdrawn": "wedi tynnu'n ôl", "work pressures": "pwysau gwaith", "health": "iechyd",
    "caring responsibilities": "cyfrifoldebau gofalu", "changed role": "newid rôl",
    "left organisation": "wedi gadael y sefydliad", "personal": "personol", "created": "crëwyd",
    "imported": "mewnforiwyd", "changed": "newidiwyd", "reverted": "dadwnaed",
    # core messages a coordinator meets most
    "required": "gofynnol", "not recorded": "heb ei gofnodi",
    "completed ÷ everyone enrolled in the cohorts, waitlisted excluded (the published method)":
        "wedi cwblhau ÷ pawb a gofrestrwyd yn y carfanau, heb y rhestr aros (y dull a gyhoeddwyd)",
    # sessions, registers and feedback of a cohort (issue 8)
    "Attendance: people by sessions": "Presenoldeb: pobl yn ôl sesiynau",
    "Mark present": "Nodi'n bresennol", "Mark absent": "Nodi'n absennol", "Mark excused": "Nodi wedi'i esgusodi",
    "Clear attendance": "Clirio'r presenoldeb",
    "This cell takes no mark: the session does not apply to this person.":
        "Nid oes marc yn y gell hon: nid yw'r sesiwn yn berthnasol i'r person hwn.",
    "Change attendance": "Newid presenoldeb",
    "The pasted column has %1 lines but only %2 people are below the current cell; nothing was pasted.":
        "Mae gan y golofn a ludwyd %1 llinell ond dim ond %2 o bobl sydd o dan y gell hon; ni ludwyd dim.",
    "Line %1 of the pasted text, \"%2\", is not present, absent or excused (P, A or E); nothing was pasted.":
        "Nid yw llinell %1 o'r testun a ludwyd, \"%2\", yn bresennol, yn absennol nac wedi'i esgusodi (P, A neu E); ni ludwyd dim.",
    "Nothing to paste here.": "Dim i'w ludo yma.", "Paste attendance": "Gludo presenoldeb",
    "%1 pasted marks fell on sessions that do not apply to the person and were left out.":
        "Roedd %1 o'r marciau a ludwyd ar sesiynau nad ydynt yn berthnasol i'r person, ac fe'u gadawyd allan.",
    "Attendance summary": "Crynodeb presenoldeb", "Attendance message": "Neges presenoldeb",
    "Mark those who meet the rule as &completed…": "Nodi'r rhai sy'n bodloni'r rheol wedi &cwblhau…",
    "Shows who meets the programme's attendance rule and, once you confirm, records them as completed in one step you can undo":
        "Yn dangos pwy sy'n bodloni rheol presenoldeb y rhaglen ac, ar ôl i chi gadarnhau, yn eu cofnodi wedi cwblhau mewn un cam y gallwch ei ddadwneud",
    "Keys: arrows move · P present · A absent · E excused · Space cycles · Delete clears · Ctrl+V pastes a column · Ctrl+Z undoes":
        "Bysellau: saethau i symud · P presennol · A absennol · E wedi'i esgusodi · Bylchwr i newid · Delete i glirio · Ctrl+V i ludo colofn · Ctrl+Z i ddadwneud",
    "No sessions yet. Add them on the Sessions tab; their registers then appear here.":
        "Dim sesiynau eto. Ychwanegwch nhw ar y tab Sesiynau; bydd eu cofrestrau'n ymddangos yma wedyn.",
    "Attendance of the cohort: %1 (%2 present of %3 counted; excused sessions and registers not yet taken are left out).":
        "Presenoldeb y garfan: %1 (%2 yn bresennol o %3 a gyfrifwyd; gadewir allan sesiynau wedi'u hesgusodi a chofrestrau heb eu cymryd eto).",
    "none recorded": "dim wedi'i gofnodi", "The programme has no attendance rule.": "Nid oes gan y rhaglen reol presenoldeb.",
    "Rule: %1. Meet it: %2; below it: %3; not decided yet: %4.":
        "Rheol: %1. Yn ei bodloni: %2; oddi tani: %3; heb benderfynu eto: %4.",
    "These %1 people meet the rule (%2) and are still enrolled:\n\n%3\n\nMark them as completed on %4? You can undo this in one step.":
        "Mae'r %1 o bobl hyn yn bodloni'r rheol (%2) ac yn dal wedi'u cofrestru:\n\n%3\n\nEu nodi wedi cwblhau ar %4? Gallwch ddadwneud hyn mewn un cam.",
    "Note: %1 sessions the rule counts are still to come.": "Sylwch: mae %1 o'r sesiynau y mae'r rheol yn eu cyfrif eto i ddod.",
    "Mark as completed": "Nodi wedi cwblhau", "met the attendance rule: %1": "wedi bodloni'r rheol presenoldeb: %1",
    "Mark %1 people who meet the attendance rule as completed": "Nodi %1 o bobl sy'n bodloni'r rheol presenoldeb wedi cwblhau",
    "%1: completion rate %2": "%1: cyfradd cwblhau %2",
    "single sessions: people attend, so there is no completion rate": "sesiynau unigol: mae pobl yn mynychu, felly nid oes cyfradd cwblhau",
    "%1 of them a headcount (counted, not named)": "%1 ohonynt yn gyfrif pennau (wedi'u cyfrif, heb eu henwi)",
    "named attendees": "mynychwyr wedi'u henwi",
    "Attendance at the sessions held: present ÷ (present + absent); excused sessions and blank registers are left out.":
        "Presenoldeb yn y sesiynau a gynhaliwyd: presennol ÷ (presennol + absennol); gadewir allan sesiynau wedi'u hesgusodi a chofrestrau gwag.",
    "%1: attendance %2": "%1: presenoldeb %2", "No attendance rule for this programme.": "Dim rheol presenoldeb ar gyfer y rhaglen hon.",
    "Rule: %1. %2 of %3 people meet it; %4 not decided yet (registers blank or sessions to come).":
        "Rheol: %1. Mae %2 o %3 o bobl yn ei bodloni; %4 heb benderfynu eto (cofrestrau gwag neu sesiynau i ddod).",
    "Rule: %1. %2 of %3 people meet it.": "Rheol: %1. Mae %2 o %3 o bobl yn ei bodloni.",
    "attendance": "presenoldeb",
    "Feedback by programme": "Adborth yn ôl rhaglen", "Network members": "Aelodau'r rhwydwaith",
    "Feedback for the year and filters chosen (with a region, sector or role, only named responses can be placed). Met needs: very well or quite well ÷ answers; other rates: yes ÷ answers; response rate: responses ÷ participants. Double-click a row, or press Enter on it, to read the responses and comments behind it.":
        "Adborth ar gyfer y flwyddyn a'r hidlwyr a ddewiswyd (gyda rhanbarth, sector neu rôl, dim ond ymatebion wedi'u henwi y gellir eu lleoli). Diwallu anghenion: yn dda iawn neu'n eithaf da ÷ atebion; cyfraddau eraill: ie ÷ atebion; cyfradd ymateb: ymatebion ÷ cyfranogwyr. Cliciwch ddwywaith ar res, neu pwyswch Enter arni, i ddarllen yr ymatebion a'r sylwadau y tu ôl iddi.",
    "fewer than %1": "llai na %1",
    "Feedback actions": "Camau adborth", "Add responses…": "Ychwanegu ymatebion…",
    "Type in responses one after another (Save and next: Ctrl+Return)": "Teipio ymatebion y naill ar ôl y llall (Cadw a'r nesaf: Ctrl+Return)",
    "Edit response…": "Golygu ymateb…", "Delete response": "Dileu ymateb", "Import survey…": "Mewnforio arolwg…",
    "Read a survey tool's export, matching its questions and answers to Arwain's":
        "Darllen allforiad offeryn arolwg, gan baru ei gwestiynau a'i atebion â rhai Arwain",
    "Feedback figures of the cohort": "Ffigurau adborth y garfan",
    "The response could not be read: %1": "Nid oedd modd darllen yr ymateb: %1",
    "No feedback yet. Type responses in with \"Add responses…\", or import a survey export with \"Import survey…\".":
        "Dim adborth eto. Teipiwch ymatebion gydag \"Ychwanegu ymatebion…\", neu mewnforiwch allforiad arolwg gyda \"Mewnforio arolwg…\".",
    "Feedback from fewer than %1 participants: the figures are withheld (a setting of this database).":
        "Adborth gan lai na %1 o gyfranogwyr: cedwir y ffigurau'n ôl (un o osodiadau'r gronfa ddata hon).",
    "Feedback from %1 of %2 participants. Met needs %3 · met expectations %4 · learned something usable %5 · relevant to role %6 · would recommend %7":
        "Adborth gan %1 o %2 o gyfranogwyr. Wedi diwallu anghenion %3 · wedi bodloni disgwyliadau %4 · wedi dysgu rhywbeth defnyddiol %5 · yn berthnasol i'r rôl %6 · byddai'n ei hargymell %7",
    "The feedback could not be read: %1": "Nid oedd modd darllen yr adborth: %1",
    "Add feedback response": "Ychwanegu ymateb adborth", "Edit feedback response": "Golygu ymateb adborth",
    "Delete feedback response": "Dileu ymateb adborth",
    "Feedback responses: %1": "Ymatebion adborth: %1", "Feedback responses": "Ymatebion adborth",
    "(not found)": "(heb ei ganfod)", "anonymous": "dienw", "Who": "Pwy", "Learned usable": "Wedi dysgu rhywbeth defnyddiol",
    "Relevant": "Perthnasol", "Comment": "Sylw",
    "Session actions": "Camau sesiwn", "Add session…": "Ychwanegu sesiwn…",
    "Add a session to this cohort (Ctrl+Shift+N)": "Ychwanegu sesiwn at y garfan hon (Ctrl+Shift+N)",
    "Edit session…": "Golygu sesiwn…", "Delete session": "Dileu sesiwn",
    "Delete the session and its register (undo puts both back)": "Dileu'r sesiwn a'i chofrestr (mae dadwneud yn rhoi'r ddwy yn ôl)",
    "Take register": "Cymryd y gofrestr",
    "Open this session's column of the attendance grid (Enter)": "Agor colofn y sesiwn hon yn y grid presenoldeb (Enter)",
    "Sessions of the cohort": "Sesiynau'r garfan", "Date": "Dyddiad", "Time": "Amser", "Title": "Teitl",
    "Facilitator or speaker": "Hwylusydd neu siaradwr", "Venue": "Lleoliad", "For": "Ar gyfer", "Attendance": "Presenoldeb",
    "whole cohort": "y garfan gyfan", "still to come": "eto i ddod", "%1% (%2 of %3)": "%1% (%2 o %3)",
    "register not taken": "cofrestr heb ei chymryd",
    "No sessions yet: add the teaching days, action learning sets, speakers and coaching of this cohort with \"Add session…\".":
        "Dim sesiynau eto: ychwanegwch ddiwrnodau addysgu, setiau dysgu gweithredol, siaradwyr a hyfforddiant y garfan hon gydag \"Ychwanegu sesiwn…\".",
    "Add session": "Ychwanegu sesiwn", "The session could not be read: %1": "Nid oedd modd darllen y sesiwn: %1",
    "Edit session": "Golygu sesiwn", "Delete session of %1": "Dileu sesiwn %1",
}

# Where a shorter form reads better in one place (narrow column headings).
IN_CONTEXT = {
    ("arwain::ProgrammesPage", "Completed"): "Cwblhau",
    ("arwain::ProgrammesPage", "Deferred"): "Gohirio",
    ("arwain::ProgrammesPage", "Withdrawn"): "Tynnu'n ôl",
    ("arwain::ProgrammesPage", "Rate %"): "Cyfradd %",
}

# Plural messages: Welsh "%n o …" reads right for every number, so one text fills every plural form.
NUMERUS = {
    "Showing the %n person(s) behind: %1": "Yn dangos y %n o bobl y tu ôl i: %1",
    "%n member(s) of the compassionate leadership network": "%n o aelodau'r rhwydwaith arweinyddiaeth dosturiol",
    "Enrol %n participant(s)": "Cofrestru %n o gyfranogwyr",
    "%n selected.": "%n wedi'u dewis.",
    "%n place(s) free.": "%n o leoedd yn rhydd.",
    "%n will go on the waitlist.": "Bydd %n yn mynd ar y rhestr aros.",
    "Defer %n enrolment(s)": "Gohirio %n o gofrestriadau",
    "Withdraw %n enrolment(s)": "Tynnu %n o gofrestriadau'n ôl",
    "%n problem(s) found. Nothing will be imported until the file is corrected.":
        "Cafwyd %n o broblemau. Ni chaiff dim ei fewnforio nes bod y ffeil wedi'i chywiro.",
    "%n new organisation(s) will be created.": "Caiff %n o sefydliadau newydd eu creu.",
    "Exporting %n row(s)…": "Yn allforio %n o resi…",
    "%1: %n attended": "%1: %n wedi mynychu",
    "%n attended": "%n wedi mynychu",
    "%n cohort(s) or session(s)": "%n o garfanau neu sesiynau",
    "%1 present of %2 counted · %n session(s) held": "%1 yn bresennol o %2 a gyfrifwyd · %n o sesiynau wedi'u cynnal",
    "%n response(s) behind the figures of %1, with their comments.": "%n o ymatebion y tu ôl i ffigurau %1, gyda'u sylwadau.",
}

def main(path):
    tree = ET.parse(path)
    done = 0
    for context in tree.getroot().iter("context"):
      name = context.findtext("name")
      for message in context.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes" and source in NUMERUS:
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            for form in forms:
                form.text = NUMERUS[source]
            translation.attrib.pop("type", None)
            done += 1
            continue
        welsh = IN_CONTEXT.get((name, source), WELSH.get(source))
        if welsh is not None and message.get("numerus") != "yes":
            translation.text = welsh
            translation.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{done} messages translated into Welsh")

main(sys.argv[1] if len(sys.argv) > 1 else "arwain_cy.ts")
