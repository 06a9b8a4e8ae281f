#!/usr/bin/env python3
"""Fills arwain_cy.ts with the Welsh of the interface's words (run after lupdate; keeps what is there)."""
import sys
import xml.etree.ElementTree as ET

WELSH = {
    # File > Connect to server…
    "Read-only: the server lets your login read this database, not change it (the manager role). Nothing can be changed.":
        "Darllen yn unig: mae'r gweinydd yn gadael i'ch mewngofnod ddarllen y gronfa ddata hon, nid ei newid (rôl rheolwr). Ni ellir newid dim.",
    "Connect to server": "Cysylltu â gweinydd", "Connect to &server…": "Cysylltu â &gweinydd…",
    "this computer": "y cyfrifiadur hwn", "as your IT department named it": "fel y'i henwyd gan eich adran TG",
    "your computer login": "eich mewngofnod cyfrifiadur",
    "Use it when the server offers it": "Ei ddefnyddio pan fydd y gweinydd yn ei gynnig",
    "Always (refuse a server without it)": "Bob amser (gwrthod gweinydd hebddo)",
    "Always, and check the server's certificate": "Bob amser, a gwirio tystysgrif y gweinydd",
    "&Server:": "&Gweinydd:", "&Port:": "&Porth:", "&Database:": "&Cronfa ddata:", "&Login:": "&Mewngofnod:",
    "&Encryption:": "&Amgryptio:", "&Connect": "C&ysylltu",
    "Arwain never asks for your password and never stores one. PostgreSQL takes it from your ~/.pgpass file or your organisation's sign-in; your IT department can set that up. Whether you may change the data is the server's to say: managers see it read-only.":
        "Nid yw Arwain byth yn gofyn am eich cyfrinair nac yn cadw un. Mae PostgreSQL yn ei gymryd o'ch ffeil ~/.pgpass neu o fewngofnodi eich sefydliad; gall eich adran TG drefnu hynny. Y gweinydd sy'n penderfynu a gewch chi newid y data: mae rheolwyr yn ei weld i'w ddarllen yn unig.",
    # copying a whole database
    "%1 is open read-only; nothing was copied": "Mae %1 ar agor i'w darllen yn unig; ni chopïwyd dim",
    "%1 already holds data; a copy goes only into a new or empty database; nothing was copied":
        "Mae data yn %1 yn barod; dim ond i gronfa ddata newydd neu wag yr aiff copi; ni chopïwyd dim",
    "cancelled; nothing was copied": "canslwyd; ni chopïwyd dim",
    "rows: %1": "rhesi: %1",
    "%1: %2; nothing was copied": "%1: %2; ni chopïwyd dim",
    "%1; nothing was copied": "%1; ni chopïwyd dim",
    "%1 already exists; a copy goes into a new file; nothing was copied":
        "Mae %1 yn bodoli'n barod; i ffeil newydd yr aiff copi; ni chopïwyd dim",
    "copy a whole database into a new file or an empty server database (all or nothing)":
        "copïo cronfa ddata gyfan i ffeil newydd neu i gronfa ddata wag ar weinydd (y cyfan neu ddim)",
    "Copying… %1 of %2 rows": "Yn copïo… %1 o %2 rhes",
    "Copied %1 rows from %2 into %3.": "Copïwyd %1 rhes o %2 i %3.",
    # a team's server (PostgreSQL)
    "%1 is a server database: its administrators back it up with pg_dump":
        "Cronfa ddata ar weinydd yw %1: ei gweinyddwyr sy'n gwneud copi wrth gefn ohoni gyda pg_dump",
    "%1: your login may only read this database (the server gives it the manager role); nothing was changed":
        "%1: dim ond darllen y gronfa ddata hon y caiff eich mewngofnod (mae'r gweinydd yn rhoi rôl rheolwr iddo); ni newidiwyd dim",
    "%1: someone else's change (an import, perhaps) held the records this change needs for too long; nothing was changed. Try again in a moment.":
        "%1: roedd newid rhywun arall (mewnforio, efallai) yn dal y cofnodion sydd eu hangen ar y newid hwn am ormod o amser; ni newidiwyd dim. Rhowch gynnig arall arni mewn munud.",
    "the Qt PostgreSQL driver (QPSQL) is not installed; on Debian it is the package libqt6sql6-psql":
        "nid yw gyrrwr PostgreSQL Qt (QPSQL) wedi'i osod; ar Debian, y pecyn libqt6sql6-psql yw hwn",
    "%1: cannot connect: %2; nothing was changed": "%1: ni ellir cysylltu: %2; ni newidiwyd dim",
    "%1: cannot connect: %2": "%1: ni ellir cysylltu: %2",
    "a server database starts at format %1": "mae cronfa ddata ar weinydd yn dechrau ar fformat %1",
    "%1 already holds an Arwain database; nothing was changed":
        "Mae cronfa ddata Arwain yn %1 yn barod; ni newidiwyd dim",
    "%1 already holds other tables; Arwain's are made only in an empty database; nothing was changed":
        "Mae tablau eraill yn %1 yn barod; dim ond mewn cronfa ddata wag y gwneir tablau Arwain; ni newidiwyd dim",
    "%1: cannot create: %2; nothing was changed": "%1: ni ellir creu: %2; ni newidiwyd dim",
    "%1: not an Arwain database (make one in an empty database with arwain-cli server-init); nothing was changed":
        "%1: nid cronfa ddata Arwain (gwnewch un mewn cronfa ddata wag gydag arwain-cli server-init); ni newidiwyd dim",
    "%1: made by a newer version of Arwain (format %2; this version reads up to %3); please update Arwain":
        "%1: fe'i gwnaed gan fersiwn mwy newydd o Arwain (fformat %2; mae'r fersiwn hon yn darllen hyd at %3); diweddarwch Arwain",
    "%1: uses an older format (%2); open it for writing once to upgrade it":
        "%1: mae'n defnyddio fformat hŷn (%2); agorwch hi i ysgrifennu unwaith i'w huwchraddio",
    "%1: cannot open: %2; nothing was changed": "%1: ni ellir agor: %2; ni newidiwyd dim",
    "%1: not a PostgreSQL connection (postgresql://host/database)":
        "%1: nid cysylltiad PostgreSQL (postgresql://gweinydd/cronfa-ddata)",
    "a password is never given in the connection; Arwain leaves it to PostgreSQL's own ~/.pgpass file or the PGPASSWORD variable":
        "ni roddir cyfrinair byth yn y cysylltiad; mae Arwain yn ei adael i ffeil ~/.pgpass PostgreSQL ei hun neu'r newidyn PGPASSWORD",
    "%1: no database named (postgresql://host/database)":
        "%1: ni enwyd cronfa ddata (postgresql://gweinydd/cronfa-ddata)",
    "%1: unknown connection parameter \"%2\"": "%1: paramedr cysylltu anhysbys \"%2\"",
    "%1 is a file: roles belong to server databases": "Ffeil yw %1: mae rolau'n perthyn i gronfeydd data ar weinydd",
    "%1: your login may not change this database": "%1: ni chaiff eich mewngofnod newid y gronfa ddata hon",
    "%1: the tables are there, but not the roles: %2; run server-init again once that is put right":
        "%1: mae'r tablau yno, ond nid y rolau: %2; rhedwch server-init eto pan fydd hynny wedi'i gywiro",
    "%1: %2; nothing was changed": "%1: %2; ni newidiwyd dim",
    "give a server login the coordinator or the manager role": "rhoi rôl cydlynydd neu reolwr i fewngofnod ar weinydd",
    "the role is coordinator or manager, not '%1'": "coordinator neu manager yw'r rôl, nid '%1'",
    "%1 is now a coordinator: reads and changes the data.": "Mae %1 yn gydlynydd nawr: yn darllen ac yn newid y data.",
    "%1 is now a manager: reads the data, changes nothing.": "Mae %1 yn rheolwr nawr: yn darllen y data, yn newid dim.",
    "make Arwain's tables and its coordinator and manager roles in an empty server database":
        "gwneud tablau Arwain a'i rolau cydlynydd a rheolwr mewn cronfa ddata wag ar weinydd",
    "%1 holds an Arwain database. Give each login a role with\n  arwain-cli server-grant %1 LOGIN coordinator   (reads and changes; role %2)\n  arwain-cli server-grant %1 LOGIN manager       (reads only; role %3)":
        "Mae cronfa ddata Arwain yn %1. Rhowch rôl i bob mewngofnod gyda\n  arwain-cli server-grant %1 MEWNGOFNOD coordinator   (darllen a newid; rôl %2)\n  arwain-cli server-grant %1 MEWNGOFNOD manager       (darllen yn unig; rôl %3)",
    "Status mix per cohort: the latest %1 of %2": "Statws fesul carfan: y %1 diweddaraf o %2",
    "cannot start %1 (%2), which writes reports and certificates: reinstall Arwain":
        "ni ellir cychwyn %1 (%2), sy'n ysgrifennu adroddiadau a thystysgrifau: gosodwch Arwain eto",
    # menus and window
    "&File": "&Ffeil", "&Edit": "&Golygu", "&View": "G&weld", "&Help": "Cy&morth",
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
    "&Enrolments": "&Cofrestriadau", "&History": "&Hanes", "H&istory": "&Hanes",
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
    "Export &chart…": "Allforio'r &siart…", "E&xport figures…": "Allfor&io'r ffigurau…",
    "&Rates by programme": "&Cyfraddau fesul rhaglen", "&Status by cohort": "Statws f&esul carfan",
    "&Trend over years": "&Tuedd dros y blynyddoedd", "Region, sector, r&ole": "Rhanbarth, sector, rô&l",
    "Fi&gures": "Ffig&urau", "All years": "Pob blwyddyn", "Dates…": "Dyddiadau…",
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
    "%1: %Ln attended": "%1: %Ln wedi mynychu",
    "%Ln attended": "%Ln wedi mynychu",
    "%Ln cohort(s) or session(s)": "%Ln o garfanau neu sesiynau",
    "%1 present of %2 counted · %Ln session(s) held": "%1 yn bresennol o %2 a gyfrifwyd · %Ln o sesiynau wedi'u cynnal",
    "%n response(s) behind the figures of %1, with their comments.": "%n o ymatebion y tu ôl i ffigurau %1, gyda'u sylwadau.",
}

WELSH.update({
    # the annual report
    ", ": ", ", "%1 and %2": "%1 a %2",
    "completed ÷ everyone enrolled in the year's cohorts (the published method)":
        "wedi cwblhau ÷ pawb a gofrestrwyd yng ngharfanau'r flwyddyn (y dull a gyhoeddwyd)",
    "completed ÷ everyone enrolled except those who deferred":
        "wedi cwblhau ÷ pawb a gofrestrwyd ac eithrio'r rhai a ohiriodd",
    "completed ÷ those who finished: completed or withdrew":
        "wedi cwblhau ÷ y rhai a orffennodd: wedi cwblhau neu wedi tynnu'n ôl",
    "In %1, %2 took part in one %3 cohort.": "Yn %1, cymerodd %2 ran mewn un garfan %3.",
    "In %1, %2 took part across %3 %4 cohorts.": "Yn %1, cymerodd %2 ran ar draws %3 o garfanau %4.",
    "They completed the programme": "Cwblhaodd y rhaglen",
    "They did not complete it, with %1": "Ni chwblhaodd y rhaglen, gyda %1",
    "All %1 completed the programme": "Cwblhaodd pob un o'r %1 y rhaglen",
    "Of these, %1 completed the programme, with %2": "O'r rhain, cwblhaodd %1 y rhaglen, gyda %2",
    ", resulting in a completion rate of %1.": ", gan roi cyfradd cwblhau o %1.",
    "; there is no completion rate yet.": "; nid oes cyfradd cwblhau eto.",
    "The rate is the same as in %1.": "Mae'r gyfradd yr un fath ag yn %1.",
    "This is up from %1 in %2.": "Mae hyn yn uwch na %1 yn %2.",
    "This is down from %1 in %2.": "Mae hyn yn is na %1 yn %2.",
    "We gathered feedback from %1 of %2 participants": "Casglwyd adborth gan %1 o'r %2 o gyfranogwyr",
    "%1 said it met their needs very well or quite well":
        "dywedodd %1 ei fod wedi diwallu eu hanghenion yn dda iawn neu'n eithaf da",
    "%1 said it met their expectations": "dywedodd %1 ei fod wedi bodloni eu disgwyliadau",
    "%1 said they learned something they could use in practice":
        "dywedodd %1 eu bod wedi dysgu rhywbeth y gallent ei ddefnyddio yn eu gwaith",
    "%1 said it was relevant to their current or future role":
        "dywedodd %1 ei fod yn berthnasol i'w rôl bresennol neu yn y dyfodol",
    "%1 would recommend it": "byddai %1 yn ei argymell",
    "met their needs very well or quite well": "wedi diwallu eu hanghenion yn dda iawn neu'n eithaf da",
    "met their expectations": "wedi bodloni eu disgwyliadau",
    "taught them something they could use in practice": "wedi dysgu rhywbeth iddynt y gallent ei ddefnyddio yn eu gwaith",
    "was relevant to their current or future role": "yn berthnasol i'w rôl bresennol neu yn y dyfodol",
    "%1, all of whom said the programme %2": "%1, a dywedodd pob un ohonynt fod y rhaglen %2",
    "; all of them would recommend it.": "; byddai pob un ohonynt yn ei hargymell.",
    "%1: %2.": "%1: %2.",
    "Across %1, attendance was %2 (present ÷ sessions marked present or absent).":
        "Ar draws %1, roedd presenoldeb yn %2 (yn bresennol ÷ sesiynau a nodwyd yn bresennol neu'n absennol).",
    "%1 of %2 participants met the attendance rule.": "Bodlonodd %1 o'r %2 o gyfranogwyr y rheol bresenoldeb.",
    "No cohort counts in %1, so there are no programme figures for it yet.":
        "Nid oes carfan yn cyfrif yn %1, felly nid oes ffigurau rhaglen ar ei chyfer eto.",
    "%1 took part in our development programmes; %2 completed.":
        "Cymerodd %1 ran yn ein rhaglenni datblygu; cwblhaodd %2.",
    "In %1:": "Yn %1:",
    "Development programmes": "Rhaglenni datblygu",
    "Completion rate by programme, %1": "Cyfradd cwblhau fesul rhaglen, %1",
    "%1 %2": "%1 %2",
    "Programmes at a glance, %1": "Y rhaglenni ar yr olwg gyntaf, %1",
    "Completion rate: %1.": "Cyfradd cwblhau: %1.",
    "Sessions and events": "Sesiynau a digwyddiadau",
    "In %1, %2 attended %3.": "Yn %1, mynychodd %2 %3.",
    "%1 attended “%2” on %3, counted at the session rather than named.":
        "Mynychodd %1 “%2” ar %3, wedi'u cyfrif yn y sesiwn yn hytrach na'u henwi.",
    "Compassionate leadership network": "Rhwydwaith arweinyddiaeth dosturiol",
    "At the end of %1, the network had no members.": "Ar ddiwedd %1, nid oedd gan y rhwydwaith aelodau.",
    "At the end of %1, the network had %2.": "Ar ddiwedd %1, roedd gan y rhwydwaith %2.",
    "It had no members a year earlier.": "Nid oedd ganddo aelodau flwyddyn ynghynt.",
    "That is %1 more than a year earlier.": "Mae hynny %1 yn fwy na blwyddyn ynghynt.",
    "That is %1 fewer than a year earlier.": "Mae hynny %1 yn llai na blwyddyn ynghynt.",
    "That is the same as a year earlier.": "Mae hynny yr un fath â blwyddyn ynghynt.",
    "Compared with %1": "O'i gymharu â %1",
    "Participants and completion rates, %1 and %2": "Cyfranogwyr a chyfraddau cwblhau, %1 a %2",
    "Participants %1": "Cyfranogwyr %1",
    "Rate %1": "Cyfradd %1",
    "Change (points)": "Newid (pwyntiau)",
    "Single sessions and events have no completion rate; a dash means no figure.":
        "Nid oes cyfradd cwblhau gan sesiynau a digwyddiadau unigol; mae llinell doriad yn golygu nad oes ffigur.",
    "Completion rate over the reporting years that have ended":
        "Cyfradd cwblhau dros y blynyddoedd adrodd sydd wedi dod i ben",
    "Trend": "Tuedd",
    "%1 in %2": "%1 yn %2",
    "%1: %2": "%1: %2",
    "Completion rate by reporting year": "Cyfradd cwblhau fesul blwyddyn adrodd",
    "About these figures": "Am y ffigurau hyn",
    "A reporting year runs from 1 April to 31 March. A cohort counts in the year that holds its end date, or its start date if it has no end date.":
        "Mae blwyddyn adrodd yn rhedeg o 1 Ebrill i 31 Mawrth. Mae carfan yn cyfrif yn y flwyddyn sy'n cynnwys ei dyddiad gorffen, neu ei dyddiad dechrau os nad oes ganddi ddyddiad gorffen.",
    "Eventual completion counts people who deferred and later completed the same programme.":
        "Mae cwblhau yn y pen draw yn cyfrif pobl a ohiriodd ac a gwblhaodd yr un rhaglen yn ddiweddarach.",
    "Statuses are as they stood on %1, rebuilt from each enrolment's history.":
        "Mae'r statwsau fel yr oeddent ar %1, wedi'u hailadeiladu o hanes pob cofrestriad.",
    "Statuses are as recorded on %1.": "Mae'r statwsau fel y'u cofnodwyd ar %1.",
    "Single sessions and events count the people who attended, including people counted at the session but not named; they have no completion rate.":
        "Mae sesiynau a digwyddiadau unigol yn cyfrif y bobl a fynychodd, gan gynnwys pobl a gyfrifwyd yn y sesiwn heb eu henwi; nid oes ganddynt gyfradd cwblhau.",
    "Feedback: “met needs” counts very well or quite well; the other questions count yes; the response rate is responses ÷ participants.":
        "Adborth: mae “diwallu anghenion” yn cyfrif yn dda iawn neu'n eithaf da; mae'r cwestiynau eraill yn cyfrif ie; y gyfradd ymateb yw ymatebion ÷ cyfranogwyr.",
    "No feedback figures are withheld for small numbers.": "Nid oes ffigurau adborth wedi'u hatal oherwydd niferoedd bach.",
    "Prepared with Arwain on %1.": "Paratowyd gydag Arwain ar %1.",
    "Leadership development annual report %1": "Adroddiad blynyddol datblygu arweinyddiaeth %1",
    "Figures from Arwain as at %1": "Ffigurau o Arwain fel yr oeddent ar %1",
    "Page %1 of %2": "Tudalen %1 o %2",
    # data protection
    "(anonymised)": "(wedi'i wneud yn ddienw)",
    "cannot rename the finished copy": "ni ellir ailenwi'r copi gorffenedig",
    "the retention period is a number of years from 0 (keep everyone) to 100": "mae'r cyfnod cadw yn nifer o flynyddoedd o 0 (cadw pawb) i 100",
    "who the retention rule would erase (settings --retention N); --apply erases them": "pwy y byddai'r rheol gadw yn eu dileu (settings --retention N); mae --apply yn eu dileu",
    "erase them now (otherwise only list them)": "eu dileu nawr (fel arall, dim ond eu rhestru)",
    "No retention rule is set (arwain-cli settings DB --retention YEARS sets one); nobody is due.": "Nid oes rheol gadw wedi'i gosod (mae arwain-cli settings DB --retention BLYNYDDOEDD yn gosod un); nid oes neb i'w ddileu.",
    "erase people whose last enrolment ended more than N years ago, when 'arwain-cli retention --apply' runs (0: keep everyone)": "dileu pobl y daeth eu cofrestriad olaf i ben fwy na N mlynedd yn ôl, pan fydd 'arwain-cli retention --apply' yn rhedeg (0: cadw pawb)",
    "--retention: '%1' is not a whole number": "--retention: nid yw '%1' yn rhif cyfan",
    "retention: 0 (everyone is kept)": "retention: 0 (cedwir pawb)",
    "enrolment %1 continues enrolment %2, which is not the same person's deferral in the same programme":
        "mae cofrestriad %1 yn parhau cofrestriad %2, nad yw'n ohiriad gan yr un person yn yr un rhaglen",
    "%1 cannot be restored: %2": "ni ellir adfer %1: %2",
    "%1 cannot be restored: it is damaged (%2)": "ni ellir adfer %1: mae wedi'i ddifrodi (%2)",
    "%1 was not replaced: %2": "ni chafodd %1 ei disodli: %2",
    "%1: cannot write beside it": "%1: ni ellir ysgrifennu wrth ei hochr",
    "%1: cannot put the backup in place; it is in %2": "%1: ni ellir rhoi'r copi wrth gefn yn ei le; mae yn %2",
    "put a checked backup in place of DB (the file it replaces is kept)": "rhoi copi wrth gefn wedi'i wirio yn lle DB (cedwir y ffeil y mae'n ei disodli)",
    "Restored %1 into %2.": "Adferwyd %1 i %2.",
    "The file it replaced is kept as %1.": "Cedwir y ffeil a ddisodlwyd fel %1.",
    "%1: the change is saved, but another program still has the file open, so the old text stays in its log until it closes; close it and run this again":
        "%1: mae'r newid wedi'i gadw, ond mae gan raglen arall y ffeil ar agor, felly mae'r hen destun yn aros yn ei log nes iddi gau; caewch hi a rhedeg hyn eto",
    "Export all data held…": "Allforio'r holl ddata a gedwir…",
    "Everything Arwain holds about this person, as one JSON file (a subject access request)":
        "Popeth y mae Arwain yn ei gadw am y person hwn, fel un ffeil JSON (cais gwrthrych am wybodaeth)",
    "Anonymise…": "Gwneud yn ddienw…",
    "Erase this person's identity; their enrolments stay in the figures": "Dileu hunaniaeth y person hwn; mae ei gofrestriadau'n aros yn y ffigurau",
    "Export all data held about this person": "Allforio'r holl ddata a gedwir am y person hwn",
    "JSON (*.json)": "JSON (*.json)", "Anonymise %1 %2": "Gwneud %1 %2 yn ddienw",
    "&Erase their identity": "&Dileu ei hunaniaeth",
    "no participant with the email address %1": "dim cyfranogwr â'r cyfeiriad e-bost %1",
    "that participant no longer exists": "nid yw'r cyfranogwr hwnnw'n bodoli mwyach",
    "%1 %2 <%3> will be erased: their name, email address and the notes about them. Kept, with no name: their enrolments (%4) with their history and attendance, so every figure stays the same; their organisation and job role; and their feedback responses (%5), no longer linked to them. This cannot be undone.":
        "Caiff %1 %2 <%3> eu dileu: eu henw, eu cyfeiriad e-bost a'r nodiadau amdanynt. Yn aros, heb enw: eu cofrestriadau (%4) gyda'u hanes a'u presenoldeb, fel bod pob ffigur yr un fath; eu sefydliad a'u rôl swydd; a'u hymatebion adborth (%5), heb gysylltiad â nhw mwyach. Ni ellir dadwneud hyn.",
    "this participant has already been anonymised": "mae'r cyfranogwr hwn eisoes wedi'i wneud yn ddienw",
    "erase a person, keeping the figures their enrolments count in": "dileu person, gan gadw'r ffigurau y mae ei gofrestriadau'n cyfrif ynddynt",
    "say what would be erased and kept, and change nothing": "dweud beth fyddai'n cael ei ddileu a'i gadw, heb newid dim",
    "Nothing was changed (dry run).": "Ni newidiwyd dim (rhediad prawf).",
    "Erased. The person's name and email address are no longer in %1.": "Wedi'i ddileu. Nid yw enw a chyfeiriad e-bost y person yn %1 mwyach.",
    "everything held about a person, as JSON (a subject access request)": "popeth a gedwir am berson, fel JSON (cais gwrthrych am wybodaeth)",
    "write to FILE (default: standard output)": "ysgrifennu i FFEIL (rhagosodiad: yr allbwn safonol)",
    "a line break at character %1; this field is one line": "toriad llinell wrth nod %1; un llinell yw'r maes hwn",
    "a control character (U+%1) at character %2": "nod rheoli (U+%1) wrth nod %2",
    "%1 is in use: waiting for another change to finish…": "Mae %1 yn cael ei defnyddio: yn aros i newid arall orffen…",
    "arwain-cli: --wait: '%1' is not a number of seconds": "arwain-cli: --wait: nid yw '%1' yn nifer o eiliadau",
    # Qt's command-line parser
    "Displays help on commandline options.": "Yn dangos cymorth ar y dewisiadau.",
    "Displays help including Qt specific options.": "Yn dangos cymorth, gan gynnwys dewisiadau Qt.",
    "Displays version information.": "Yn dangos gwybodaeth am y fersiwn.", "Usage: %1": "Defnydd: %1",
    "Options:": "Dewisiadau:", "Arguments:": "Argiau:", "[options]": "[dewisiadau]",
    "Unknown option '%1'.": "Dewis anhysbys '%1'.", "Unknown options: %1.": "Dewisiadau anhysbys: %1.",
    "Missing value after '%1'.": "Gwerth ar goll ar ôl '%1'.", "Unexpected value after '%1'.": "Gwerth annisgwyl ar ôl '%1'.",
    "the PDF could not be given an outline (%1)": "nid oedd modd rhoi amlinelliad i'r PDF (%1)",
    "<b>%1</b> — %2<br>Choose a cohort to see its enrolments, or add a cohort.":
        "<b>%1</b> — %2<br>Dewiswch garfan i weld ei chofrestriadau, neu ychwanegwch garfan.",
    # numbers in words
    "none": "dim un", "one": "un", "two": "dau", "three": "tri", "four": "pedwar", "five": "pump",
    "six": "chwech", "seven": "saith", "eight": "wyth", "nine": "naw", "%1 per cent": "%1 y cant",
    # certificates
    "Certificate of completion": "Tystysgrif cwblhau", "This is to certify that": "Mae hyn i dystio bod",
    "has completed the": "wedi cwblhau", "on %1": "ar %1", "Signed": "Llofnod",
    "There is no cohort %1.": "Nid oes carfan %1.", "Cohort %1 has no programme.": "Nid oes rhaglen gan garfan %1.",
    "That person has not completed %1, so there is no certificate to make.":
        "Nid yw'r person hwnnw wedi cwblhau %1, felly nid oes tystysgrif i'w gwneud.",
    "Nobody has completed %1 yet, so there are no certificates to make.":
        "Nid oes neb wedi cwblhau %1 eto, felly nid oes tystysgrifau i'w gwneud.",
    "%1: cannot make this folder": "%1: ni ellir gwneud y ffolder hon",
    # the Reports page
    "show every figure": "dangos pob ffigur", " responses": " o ymatebion",
    "Feedback percentages from fewer responses than this are withheld":
        "Caiff canrannau adborth o lai o ymatebion na hyn eu hatal",
    "Save as &PDF…": "Cadw fel &PDF…", "Save as HT&ML…": "Cadw fel HTM&L…", "P&rint…": "&Argraffu…",
    "Annual report": "Adroddiad blynyddol", "&Language:": "&Iaith:", "&Completion rate:": "&Cyfradd cwblhau:",
    "&Withhold feedback under:": "A&tal adborth o dan:", "Welsh and English": "Cymraeg a Saesneg",
    "Each person's preferred language": "Dewis iaith pob person", "&Save certificates…": "Cadw'r &tystysgrifau…",
    "Completion certificates": "Tystysgrifau cwblhau", "Cohor&t:": "Carfa&n:", "F&or:": "A&r gyfer:",
    "La&nguages:": "Ieith&oedd:", "Report preview": "Rhagolwg o'r adroddiad",
    "Everyone who completed": "Pawb a gwblhaodd", "Writing the report…": "Yn ysgrifennu'r adroddiad…",
    "%1, as at %2.": "%1, fel yr oedd ar %2.",
    'Saved the report as <a href="%1">%2</a>.': 'Cadwyd yr adroddiad fel <a href="%1">%2</a>.',
    "Save the report as PDF": "Cadw'r adroddiad fel PDF", "Save the report as HTML": "Cadw'r adroddiad fel HTML",
    "PDF (*.pdf)": "PDF (*.pdf)", "Web page (*.html)": "Tudalen we (*.html)", "Print the report": "Argraffu'r adroddiad",
    "Saving certificates…": "Yn cadw'r tystysgrifau…", "Save the certificates in": "Cadw'r tystysgrifau yn",
    "Reports": "Adroddiadau", "&Reports": "A&droddiadau", "As the &system": "Fel y &system",
    # arwain-cli report and certificates
    "the annual report for a reporting year, as HTML or PDF": "yr adroddiad blynyddol ar gyfer blwyddyn adrodd, fel HTML neu PDF",
    "reporting year by its first year (2024: 2024 to 2025); default: the last year that has ended":
        "blwyddyn adrodd wrth ei blwyddyn gyntaf (2024: 2024 i 2025); rhagosodiad: y flwyddyn olaf sydd wedi dod i ben",
    "en or cy (default: the language arwain-cli speaks)": "en neu cy (rhagosodiad: yr iaith y mae arwain-cli yn ei siarad)",
    "html or pdf (default: from the file's extension, else html)": "html neu pdf (rhagosodiad: o estyniad y ffeil, neu html)",
    "write to FILE (default: HTML on standard output)": "ysgrifennu i FFEIL (rhagosodiad: HTML ar yr allbwn safonol)",
    "withhold feedback percentages from fewer than N responses (default: the database's setting; 0 shows all)":
        "atal canrannau adborth o lai na N o ymatebion (rhagosodiad: gosodiad y gronfa ddata; mae 0 yn dangos y cyfan)",
    "--format: '%1' is not html or pdf": "--format: nid yw '%1' yn html nac yn pdf",
    "a PDF needs a file: give -o FILE": "mae angen ffeil ar gyfer PDF: rhowch -o FFEIL",
    "Wrote %1 (%2, %3)": "Ysgrifennwyd %1 (%2, %3)",
    "completion certificates (PDF) for a cohort": "tystysgrifau cwblhau (PDF) ar gyfer carfan",
    "the cohort (its code)": "y garfan (ei chod)", "the folder to write them in (made if missing)":
        "y ffolder i'w hysgrifennu ynddi (caiff ei gwneud os nad yw'n bodoli)",
    "only this person (their email address)": "y person hwn yn unig (ei gyfeiriad e-bost)",
    "both (Welsh and English side by side, the default), preferred (each person's preferred language), en or cy":
        "both (Cymraeg a Saesneg ochr yn ochr, y rhagosodiad), preferred (dewis iaith pob person), en neu cy",
    "name the cohort: --cohort CODE": "enwch y garfan: --cohort COD", "name the folder: -o DIR": "enwch y ffolder: -o FFOLDER",
    "--lang: '%1' is not both, preferred, en or cy": "--lang: nid yw '%1' yn both, preferred, en na cy",
    "there is no participant with the email address %1": "nid oes cyfranogwr gyda'r cyfeiriad e-bost %1",
    "--lang: '%1' is not en or cy": "--lang: nid yw '%1' yn en nac yn cy",
})
# Messages told apart by their comment (the disambiguation).
COMMENTED = {
    ("%1 and %2", "before a vowel"): "%1 ac %2",
    (", ", "between items of a list"): ", ",
}
NUMERUS.update({
    "%n participant(s)": ("dim cyfranogwyr", "un cyfranogwr", "%n o gyfranogwyr", "%n o gyfranogwyr", "%n o gyfranogwyr"),
    "%n deferral(s)": ("dim gohiriadau", "un gohiriad", "%n o ohiriadau", "%n o ohiriadau", "%n o ohiriadau"),
    "%n withdrawal(s)": ("dim achosion o dynnu'n ôl", "un achos o dynnu'n ôl", "%n achos o dynnu'n ôl",
                         "%n achos o dynnu'n ôl", "%n achos o dynnu'n ôl"),
    "%n still in progress": "%n yn dal ar y gweill",
    "; with fewer than %n responses, its percentages are not shown.":
        "; gyda llai na %n o ymatebion, ni ddangosir ei ganrannau.",
    "%n session(s) held": ("dim sesiynau", "un sesiwn a gynhaliwyd", "%n o sesiynau a gynhaliwyd",
                           "%n o sesiynau a gynhaliwyd", "%n o sesiynau a gynhaliwyd"),
    "%n person(s) attended our sessions and events.": "Mynychodd %n o bobl ein sesiynau a'n digwyddiadau.",
    "%n participant(s) gave feedback.": ("Ni roddodd neb adborth.", "Rhoddodd un cyfranogwr adborth.",
                                         "Rhoddodd %n o gyfranogwyr adborth.", "Rhoddodd %n o gyfranogwyr adborth.",
                                         "Rhoddodd %n o gyfranogwyr adborth."),
    "%n person(s) belonged to the compassionate leadership network at the end of the year.":
        "Roedd %n o bobl yn perthyn i'r rhwydwaith arweinyddiaeth dosturiol ar ddiwedd y flwyddyn.",
    "%n person(s)": ("dim pobl", "un person", "%n o bobl", "%n o bobl", "%n o bobl"),
    "%n session(s)": ("dim sesiynau", "un sesiwn", "%n o sesiynau", "%n o sesiynau", "%n o sesiynau"),
    "%n member(s)": ("dim aelodau", "un aelod", "%n o aelodau", "%n o aelodau", "%n o aelodau"),
    "Feedback percentages from fewer than %n responses are not shown, to protect the people who answered.":
        "Ni ddangosir canrannau adborth o lai na %n o ymatebion, er mwyn diogelu'r bobl a atebodd.",
    "%1 (%n completed)": "%1 (%n wedi cwblhau)",
    "Sent %n page(s) to the printer.": "Anfonwyd %n o dudalennau i'r argraffydd.",
    'Saved %n certificate(s) in <a href="%1">%2</a>.': 'Cadwyd %n o dystysgrifau yn <a href="%1">%2</a>.',
    "Wrote %n certificate(s) to %1": "Ysgrifennwyd %n o dystysgrifau i %1",
})

WELSH.update({
    # attendance
    "teaching": "addysgu", "ALS": "SDG", "speaker": "siaradwr", "coaching": "hyfforddi", "workshop": "gweithdy",
    "webinar": "gweminar", "The attendance could not be read: %1": "Nid oedd modd darllen y presenoldeb: %1",
    "%1 present, %2 absent, %3 excused, %4 not recorded": "%1 yn bresennol, %2 yn absennol, %3 wedi'u hesgusodi, %4 heb eu cofnodi",
    "not decided": "heb ei benderfynu", "meets it": "yn ei bodloni", "below it": "islaw", "not applicable": "amherthnasol",
    "P": "P", "A": "A", "E": "E", "%1, %2 %3: %4": "%1, %2 %3: %4", "Participant": "Cyfranogwr", "Rule": "Rheol",
    "%1 (%2), %3: %4 present of %5 counted": "%1 (%2), %3: %4 yn bresennol o %5 a gyfrifwyd",
    "teaching day": "diwrnod addysgu", "action learning set": "set dysgu gweithredol", "guest speaker": "siaradwr gwadd",
    "present": "yn bresennol", "absent": "yn absennol", "excused": "wedi'i esgusodi", "very well": "yn dda iawn",
    "quite well": "yn eithaf da", "not very well": "ddim yn dda iawn", "not at all": "ddim o gwbl", "yes": "ie", "no": "na",
    "teaching days": "diwrnodau addysgu", "action learning sets": "setiau dysgu gweithredol",
    "guest speaker sessions": "sesiynau siaradwyr gwadd", "coaching sessions": "sesiynau hyfforddi",
    "workshops": "gweithdai", "webinars": "gweminarau", "sessions": "sesiynau", "all %1": "pob un o'r %1",
    "at least %1% of %2": "o leiaf %1% o'r %2", "the cohort's programme is missing": "mae rhaglen y garfan ar goll",
    "no programme with code %1": "dim rhaglen â'r cod %1",
    # dashboard
    "Break down by": "Dadansoddi fesul", "Breakdown": "Dadansoddiad",
    "Completion-rate trend": "Tuedd y gyfradd cwblhau", "Feedback questions by programme": "Cwestiynau adborth fesul rhaglen",
    "Completion rate (%1)": "Cyfradd cwblhau (%1)", "%1: %2 (%3 of %4 completed)": "%1: %2 (%3 o %4 wedi cwblhau)",
    "completed / attended": "wedi cwblhau / mynychu", "%1: %2 %3": "%1: %2 %3", "%1, %2: %3%": "%1, %2: %3%",
    "Met needs: very well or quite well ÷ answers; others: yes ÷ answers. Programmes with fewer than %1 responses are withheld.":
        "Diwallu anghenion: yn dda iawn neu'n eithaf da ÷ atebion; eraill: ie ÷ atebion. Caiff rhaglenni â llai na %1 o ymatebion eu hatal.",
    "Met needs: very well or quite well ÷ answers; others: yes ÷ answers.":
        "Diwallu anghenion: yn dda iawn neu'n eithaf da ÷ atebion; eraill: ie ÷ atebion.",
    "%1 (%2 of %3)": "%1 (%2 o %3)", "%1, %2: %3": "%1, %2: %3", "No feedback in this period": "Dim adborth yn y cyfnod hwn",
    "Programme (responses of participants)": "Rhaglen (ymatebion o'r cyfranogwyr)", "Per cent": "Y cant",
    "%1: cannot write": "%1: ni ellir ysgrifennu", "Reporting year": "Blwyddyn adrodd", "Programme filter": "Hidlydd rhaglen",
    "Region filter": "Hidlydd rhanbarth", "Sector filter": "Hidlydd sector", "Job role filter": "Hidlydd rôl swydd",
    "Delivery mode filter": "Hidlydd dull cyflwyno", "Completion-rate definition": "Diffiniad y gyfradd cwblhau",
    "Figures as at a past date": "Ffigurau fel yr oeddent ar ddyddiad a fu", "As at date": "Dyddiad",
    "Dashboard status": "Statws y dangosfwrdd", "Figures by programme": "Ffigurau fesul rhaglen",
    "Charts and tables": "Siartiau a thablau", "Chart or table": "Siart neu dabl", "Feedback &questions": "Cwestiy&nau adborth",
    "Figures and charts": "Ffigurau a siartiau",
    "%1: fewer than %2 responses, so they are withheld (a setting of this database).":
        "%1: llai na %2 o ymatebion, felly maent wedi'u hatal (un o osodiadau'r gronfa ddata hon).",
    "%1: cannot write: %2": "%1: ni ellir ysgrifennu: %2", "Export chart": "Allforio'r siart",
    "PNG image (*.png);;SVG drawing (*.svg)": "Delwedd PNG (*.png);;Llun SVG (*.svg)", "Export figures": "Allforio'r ffigurau",
    "Excel workbook (*.xlsx);;CSV file (*.csv)": "Llyfr gwaith Excel (*.xlsx);;Ffeil CSV (*.csv)",
    # dialogs
    "Code": "Cod", "e.g. TMDP-2025-1": "e.e. TMDP-2025-1", "Start date": "Dyddiad dechrau", "End date": "Dyddiad gorffen",
    "Delivery mode": "Dull cyflwyno", "Provider": "Darparwr", "Partner": "Partner", "Capacity": "Capasiti",
    "Headcount": "Nifer a gyfrifwyd", "Search people": "Chwilio am bobl", "People to enrol": "Pobl i'w cofrestru",
    "Enrolment date": "Dyddiad cofrestru", "Add feedback responses": "Ychwanegu ymatebion adborth",
    "Who answered": "Pwy atebodd", "Anonymous": "Dienw", "How well did it meet your needs?": "Pa mor dda y diwallodd eich anghenion?",
    "Did it meet your expectations?": "A fodlonodd eich disgwyliadau?",
    "Did you learn something you can use in practice?": "A ddysgoch rywbeth y gallwch ei ddefnyddio yn eich gwaith?",
    "Was it relevant to your role?": "A oedd yn berthnasol i'ch rôl?", "Would you recommend it?": "A fyddech yn ei argymell?",
    "&Who answered:": "&Pwy atebodd:", "Met &needs:": "Diwallu &anghenion:", "Met &expectations:": "Bodloni &disgwyliadau:",
    "&Learned something usable:": "Dysgu rhywbeth &defnyddiol:", "&Relevant to role:": "&Perthnasol i'r rôl:",
    "Would re&commend:": "Byddai'n &argymell:", "C&omment:": "S&ylw:", "Responses saved": "Ymatebion wedi'u cadw",
    "Save and &next": "Cadw a'r &nesaf",
    "Record this response and clear the form for the next one (Ctrl+Return)":
        "Cofnodi'r ymateb hwn a chlirio'r ffurflen ar gyfer yr un nesaf (Ctrl+Return)",
    "Save and close": "Cadw a chau", "%1 saved; enter the next response, or close.": "Cadwyd %1; rhowch yr ymateb nesaf, neu caewch.",
    "Kind of file": "Math o ffeil", "File": "Ffeil", "Preview of the file": "Rhagolwg o'r ffeil",
    "Problems found in the file": "Problemau a gafwyd yn y ffeil", "Summary": "Crynodeb",
    "CSV files (*.csv);;All files (*)": "Ffeiliau CSV (*.csv);;Pob ffeil (*)", "Checking %1…": "Yn gwirio %1…",
    "Importing %1…": "Yn mewnforio %1…", "%1: cannot read: %2": "%1: ni ellir darllen: %2",
    "The file is good: %1 row(s) to add, %2 already there unchanged.":
        "Mae'r ffeil yn iawn: %1 rhes i'w hychwanegu, %2 yno eisoes heb newid.",
    "This file is open read-only, so nothing can be imported.": "Mae'r ffeil hon ar agor i'w darllen yn unig, felly ni ellir mewnforio dim.",
    "Imported %1 row(s) into %2; %3 were already there. Undo history was cleared.":
        "Mewnforiwyd %1 rhes i %2; roedd %3 yno eisoes. Cliriwyd yr hanes dadwneud.",
    "Edit %1": "Golygu %1", "Edit %1 %2": "Golygu %1 %2", "name@example.org": "enw@example.org",
    "Preferred language": "Dewis iaith", "Status filter": "Hidlydd statws", "Participant details": "Manylion y cyfranogwr",
    "Enrolments of the participant": "Cofrestriadau'r cyfranogwr", "Status history of the participant": "Hanes statws y cyfranogwr",
    "Enrolments and history of the participant": "Cofrestriadau a hanes y cyfranogwr", "Enrolments or history": "Cofrestriadau neu hanes",
    "Drill-down": "Manylion",
    "A single session: people attend it, so there is no completion rate": "Sesiwn unigol: mae pobl yn ei mynychu, felly nid oes cyfradd cwblhau",
    "under way": "ar y gweill", "%1 people in progress; the rate so far is %2%": "%1 o bobl ar y gweill; y gyfradd hyd yma yw %2%",
    "Add a cohort to this programme": "Ychwanegu carfan at y rhaglen hon", "Change this cohort's details": "Newid manylion y garfan hon",
    "Enrol one or more people in this cohort (Ctrl+E)": "Cofrestru un neu fwy o bobl yn y garfan hon (Ctrl+E)",
    "Record the selected enrolments as completed (Ctrl+Shift+C)": "Cofnodi bod y cofrestriadau a ddewiswyd wedi'u cwblhau (Ctrl+Shift+C)",
    "Defer the selected enrolments, with a reason": "Gohirio'r cofrestriadau a ddewiswyd, gyda rheswm",
    "Withdraw the selected enrolments, with a reason": "Tynnu'r cofrestriadau a ddewiswyd yn ôl, gyda rheswm",
    "Move the selected people from the waitlist into the cohort": "Symud y bobl a ddewiswyd o'r rhestr aros i'r garfan",
    "Undo the last status change of the selected enrolment; the correction is kept in its history":
        "Dadwneud newid statws olaf y cofrestriad a ddewiswyd; cedwir y cywiriad yn ei hanes",
    "Cohort tabs": "Tabiau'r garfan", "Enrolments, sessions, attendance or feedback": "Cofrestriadau, sesiynau, presenoldeb neu adborth",
    "E&nrolments": "C&ofrestriadau", "&Sessions": "&Sesiynau", "A&ttendance": "&Presenoldeb", "Feed&back": "A&dborth",
    "Completed / attended": "Wedi cwblhau / mynychu",
    "Participants: everyone enrolled, waitlisted excluded": "Cyfranogwyr: pawb a gofrestrwyd, heb gynnwys y rhestr aros",
    "The programmes could not be read: %1": "Nid oedd modd darllen y rhaglenni: %1", "The cohort could not be read.": "Nid oedd modd darllen y garfan.",
    "nothing to restore": "dim i'w adfer", "Kind of session": "Math o sesiwn", "Starts at": "Yn dechrau am",
    "Has a start time": "Mae ganddi amser dechrau", "Start time": "Amser dechrau", "e.g. Action learning set 3": "e.e. Set dysgu gweithredol 3",
    "The whole cohort": "Y garfan gyfan", "One-to-one: %1 %2": "Un i un: %1 %2", "&Facilitator or speaker:": "&Hwylusydd neu siaradwr:",
    "Resume in": "Ailddechrau yn", "no answer": "dim ateb", "Import a survey export": "Mewnforio allforiad arolwg",
    "Survey file": "Ffeil arolwg", "&Browse…": "&Pori…", "Mapping": "Mapio", "Guess from the file's headers": "Dyfalu o benawdau'r ffeil",
    "Remember the mapping as": "Cofio'r mapio fel", "e.g. Leaderful Action end-of-programme survey": "e.e. arolwg diwedd rhaglen Leaderful Action",
    "&File:": "&Ffeil:", "&Mapping:": "&Mapio:", "&Remember as:": "&Cofio fel:", "Which column holds each question": "Pa golofn sy'n dal pob cwestiwn",
    "What each answer means": "Beth mae pob ateb yn ei olygu", "Answers in the file and their meaning": "Atebion yn y ffeil a'u hystyr",
    "Answer in the file": "Ateb yn y ffeil", "Means": "Yn golygu", "Import results": "Canlyniadau'r mewnforio",
    "Choose a file; problems found in it are listed here with their lines.": "Dewiswch ffeil; rhestrir unrhyw broblemau ynddi yma gyda'u llinellau.",
    "Survey export": "Allforiad arolwg", "%1 columns read. Check the columns and answers, then Import.":
        "Darllenwyd %1 o golofnau. Gwiriwch y colofnau a'r atebion, yna Mewnforio.",
    "(not in the file)": "(nid yw yn y ffeil)", 'Meaning of "%1"': 'Ystyr "%1"', "(choose)": "(dewiswch)",
    "Nothing was imported. Fix these and import again:": "Ni fewnforiwyd dim. Cywirwch y rhain a mewnforio eto:",
    "… and %1 more": "… a %1 arall", "%1 responses added; %2 rows already recorded or empty.":
        "Ychwanegwyd %1 o ymatebion; roedd %2 rhes wedi'u cofnodi eisoes neu'n wag.",
    "%1: %2; the file was not changed": "%1: %2; ni newidiwyd y ffeil",
    # the main window
    "Arwain": "Arwain",
    "<h1>Arwain</h1><p>Leadership programmes, cohorts and completion rates.</p><p>There is no database open yet.</p>":
        "<h1>Arwain</h1><p>Rhaglenni arweinyddiaeth, carfanau a chyfraddau cwblhau.</p><p>Nid oes cronfa ddata ar agor eto.</p>",
    "Fictional people in the programmes of 2022 to 2026, with the figures of the published 2024-to-2025 report":
        "Pobl ffug yn rhaglenni 2022 i 2026, gyda ffigurau'r adroddiad 2024 i 2025 a gyhoeddwyd",
    "The file was upgraded; the previous version is kept as %1": "Uwchraddiwyd y ffeil; cedwir y fersiwn flaenorol fel %1",
    "&Undo %1": "&Dadwneud %1", "&Redo %1": "&Ailwneud %1", "Arwain databases (*.arwain)": "Cronfeydd data Arwain (*.arwain)",
    "%1 already exists; choose a new name (Arwain never overwrites a database).":
        "Mae %1 yn bodoli eisoes; dewiswch enw newydd (nid yw Arwain byth yn trosysgrifo cronfa ddata).",
    "Arwain databases (*.arwain);;All files (*)": "Cronfeydd data Arwain (*.arwain);;Pob ffeil (*)",
    "CSV files (*.csv)": "Ffeiliau CSV (*.csv)", "Export cancelled; %1 was not written.": "Canslwyd yr allforio; ni ysgrifennwyd %1.",
    "<p>CSV files are UTF-8 with a header row; columns in any order. Required columns are in bold. Dates are YYYY-MM-DD or DD/MM/YYYY.</p>":
        "<p>Mae ffeiliau CSV yn UTF-8 gyda rhes pennawd; colofnau mewn unrhyw drefn. Mae'r colofnau gofynnol mewn print trwm. Mae dyddiadau ar ffurf BBBB-MM-DD neu DD/MM/BBBB.</p>",
    "<p><b>Arwain</b> %1</p><p>Arwain (Welsh: to lead) tracks leadership-development programmes in social care.</p>":
        "<p><b>Arwain</b> %1</p><p>Mae Arwain yn cadw cofnod o raglenni datblygu arweinyddiaeth ym maes gofal cymdeithasol.</p>",
    # the desktop app's command line
    "Arwain: leadership-programme tracker": "Arwain: cofnodi rhaglenni arweinyddiaeth", "Open the file read-only": "Agor y ffeil i'w darllen yn unig",
    "Start on a page: dashboard, programmes, participants, organisations, network or reports":
        "Dechrau ar dudalen: dashboard, programmes, participants, organisations, network neu reports",
    "Start on a cohort": "Dechrau ar garfan",
    "Start on a cohort's tab: enrolments, sessions, attendance or feedback":
        "Dechrau ar dab carfan: enrolments, sessions, attendance neu feedback",
    "Start importing this CSV file": "Dechrau mewnforio'r ffeil CSV hon",
    "Show this reporting year on the dashboard and in the report (2024: 2024 to 2025)":
        "Dangos y flwyddyn adrodd hon ar y dangosfwrdd ac yn yr adroddiad (2024: 2024 i 2025)",
    "The database to open": "Y gronfa ddata i'w hagor",
})
NUMERUS.update({
    "… and %n more problem(s)": "… a %n o broblemau eraill",
})

WELSH.update({
    "headcount cannot be negative": "ni all y nifer a gyfrifwyd fod yn negyddol",
    "the date left %1 is before the date joined %2": "mae'r dyddiad gadael %1 cyn y dyddiad ymuno %2",
    "the cohort has enrolments, sessions or feedback; it cannot be removed":
        "mae gan y garfan gofrestriadau, sesiynau neu adborth; ni ellir ei dileu",
    "the participant has enrolments, feedback or network membership; they cannot be removed":
        "mae gan y cyfranogwr gofrestriadau, adborth neu aelodaeth o'r rhwydwaith; ni ellir ei ddileu",
    "people belong to this organisation; it cannot be removed": "mae pobl yn perthyn i'r sefydliad hwn; ni ellir ei ddileu",
    "already a member of the network": "eisoes yn aelod o'r rhwydwaith", "a percentage from 1 to 100, or none": "canran o 1 i 100, neu ddim",
    "%1:1: the file is empty; a header row is expected": "%1:1: mae'r ffeil yn wag; disgwylir rhes pennawd",
    "%1: out of memory": "%1: dim digon o gof",
    '%1:%2: not UTF-8 text; save the file as "CSV UTF-8"': '%1:%2: nid testun UTF-8; cadwch y ffeil fel "CSV UTF-8"',
    "%1:%2: malformed quoting: a quote inside an unquoted cell, or text after a closing quote":
        "%1:%2: dyfynnu gwallus: dyfynnod mewn cell heb ddyfynodau, neu destun ar ôl dyfynnod cau",
    "%1:%2: a quoted cell is never closed": "%1:%2: nid yw cell mewn dyfynodau byth yn cau",
    "the Qt SQLite driver (QSQLITE) is not installed": "nid yw gyrrwr SQLite Qt (QSQLITE) wedi'i osod",
    "%1: cannot open: %2": "%1: ni ellir agor: %2", "%1 already exists; it was not overwritten": "mae %1 yn bodoli eisoes; ni chafodd ei drosysgrifo",
    "%1: cannot create: %2": "%1: ni ellir creu: %2", "%1: no such file": "%1: nid oes ffeil o'r fath", "%1: not a file": "%1: nid ffeil yw hon",
    "not an Arwain database (the file is empty)": "nid cronfa ddata Arwain (mae'r ffeil yn wag)",
    "not an Arwain database (not an SQLite file)": "nid cronfa ddata Arwain (nid ffeil SQLite)",
    "%1: you cannot write to this file; open it read-only": "%1: ni allwch ysgrifennu i'r ffeil hon; agorwch hi i'w darllen yn unig",
    "damaged or unreadable (%1)": "wedi'i difrodi neu'n annarllenadwy (%1)",
    "not an Arwain database (an SQLite file of another program)": "nid cronfa ddata Arwain (ffeil SQLite rhaglen arall)",
    "made by a newer version of Arwain (file format %1; this version reads up to %2); please update Arwain":
        "wedi'i gwneud gan fersiwn mwy newydd o Arwain (fformat ffeil %1; mae'r fersiwn hon yn darllen hyd at %2); diweddarwch Arwain",
    "damaged (%1)": "wedi'i difrodi (%1)",
    "uses an older file format (%1); open it for writing once to upgrade it":
        "yn defnyddio fformat ffeil hŷn (%1); agorwch hi i ysgrifennu unwaith i'w huwchraddio",
    "cannot back up before upgrading (%1)": "ni ellir gwneud copi wrth gefn cyn uwchraddio (%1)",
    "%1: upgrading the file failed (%2); it is unchanged, and a copy is in %3":
        "%1: methodd uwchraddio'r ffeil (%2); nid yw wedi newid, ac mae copi yn %3",
    "%1: backup failed: %2": "%1: methodd y copi wrth gefn: %2",
    "table %1 row %2 refers to a missing row of %3": "mae tabl %1 rhes %2 yn cyfeirio at res o %3 sydd ar goll",
    "%1: cannot check: %2": "%1: ni ellir gwirio: %2", "%1 is open read-only; nothing was changed": "mae %1 ar agor i'w darllen yn unig; ni newidiwyd dim",
    "%1: cannot start writing: %2": "%1: ni ellir dechrau ysgrifennu: %2", "%1: %2; nothing was changed": "%1: %2; ni newidiwyd dim",
    "the upgraded data breaks a link between tables": "mae'r data a uwchraddiwyd yn torri cyswllt rhwng tablau",
    "the demo data could not be built: %1": "nid oedd modd adeiladu'r data enghreifftiol: %1",
    "the date is missing or not a real date": "mae'r dyddiad ar goll neu nid yw'n ddyddiad go iawn",
    "only a deferred enrolment can be resumed; this one is %1": "dim ond cofrestriad wedi'i ohirio y gellir ei ailddechrau; mae hwn yn %1",
    "this deferral has already been resumed": "mae'r gohiriad hwn wedi'i ailddechrau eisoes",
    "a deferral from %1 resumes in a later cohort of the same programme; %2 is not one":
        "mae gohiriad o %1 yn ailddechrau mewn carfan ddiweddarach o'r un rhaglen; nid yw %2 yn un",
    "the deferral has been resumed in cohort %1; revert that enrolment first":
        "mae'r gohiriad wedi'i ailddechrau yng ngharfan %1; dadwneud y cofrestriad hwnnw yn gyntaf",
    "reverted the change to %1": "dadwnaed y newid i %1",
    'a %1 enrolment needs a reason (%2); use "other" when it is not known':
        'mae angen rheswm ar gofrestriad %1 (%2); defnyddiwch "other" pan nad yw\'n hysbys',
    "the enrolment it continues does not exist": "nid yw'r cofrestriad y mae'n ei barhau yn bodoli",
    "the enrolment has changed since it was made; revert its changes first": "mae'r cofrestriad wedi newid ers ei wneud; dadwneud ei newidiadau yn gyntaf",
    "another enrolment resumes this one": "mae cofrestriad arall yn ailddechrau hwn", "enrolment %1 has no history": "nid oes hanes gan gofrestriad %1",
    "enrolment %1 is %2 but its history says %3": "mae cofrestriad %1 yn %2 ond mae ei hanes yn dweud %3",
    "could not write the file: %1": "nid oedd modd ysgrifennu'r ffeil: %1",
    "a response needs at least one answer or a comment": "mae angen o leiaf un ateb neu sylw ar ymateb",
    "the response no longer exists": "nid yw'r ymateb yn bodoli mwyach", "the response is already there": "mae'r ymateb yno eisoes",
    "cohort: no such cohort": "cohort: nid oes carfan o'r fath",
    "the threshold is a number of responses from 0 (never withhold) to 100": "mae'r trothwy yn nifer o ymatebion o 0 (byth atal) i 100",
    '"%1" is not a %2 (expected %3)': 'nid yw "%1" yn %2 (disgwylir %3)',
    '"%1" is not a date (expected YYYY-MM-DD or DD/MM/YYYY)': 'nid yw "%1" yn ddyddiad (disgwylir BBBB-MM-DD neu DD/MM/BBBB)',
    '"%1" is not a whole number': 'nid yw "%1" yn rhif cyfan',
    "%1 is already recorded with different values; change it in the app (or with arwain-cli status) rather than by import":
        "mae %1 wedi'i gofnodi eisoes gyda gwerthoedd gwahanol; newidiwch ef yn yr ap (neu gydag arwain-cli status) yn hytrach na thrwy fewnforio",
    "no cohort with code %1": "dim carfan â'r cod %1",
    "no participant with email %1 (import participants first)": "dim cyfranogwr â'r e-bost %1 (mewnforiwch gyfranogwyr yn gyntaf)",
    "programme %1": "rhaglen %1", "organisation %1": "sefydliad %1", "participant %1 %2": "cyfranogwr %1 %2",
    "participant %1": "cyfranogwr %1", "cohort %1": "carfan %1", "%1 has no enrolment in %2 to continue": "nid oes gan %1 gofrestriad yn %2 i'w barhau",
    "the enrolment of %1 in %2": "cofrestriad %1 yn %2", "the session of %1 on %2": "sesiwn %1 ar %2",
    "cohort %1 has no session on %2": "nid oes gan garfan %1 sesiwn ar %2", "%1 is not enrolled in %2": "nid yw %1 wedi'i gofrestru yn %2",
    "attendance of %1": "presenoldeb %1", "network membership of %1": "aelodaeth %1 o'r rhwydwaith",
    "unknown column (a %1 file has: %2)": "colofn anhysbys (mae gan ffeil %1: %2)", "the column appears twice": "mae'r golofn yn ymddangos ddwywaith",
    "missing required column": "colofn ofynnol ar goll", "cancelled": "wedi'i ganslo", "expected %1 cells, found %2": "disgwylid %1 cell, cafwyd %2",
    "%1 appears twice in the file (first on line %2)": "mae %1 yn ymddangos ddwywaith yn y ffeil (yn gyntaf ar linell %2)",
    "%1: import cancelled; nothing was written": "%1: canslwyd y mewnforio; ni ysgrifennwyd dim",
    '"%1" is not a time of day (expected HH:MM, e.g. 09:30)': 'nid yw "%1" yn amser o\'r dydd (disgwylir AA:MM, e.e. 09:30)',
    "cohort %1 has %2 sessions on %3; give the session_time": "mae gan garfan %1 %2 sesiwn ar %3; rhowch y session_time",
    "the enrolment is already %1": "mae'r cofrestriad eisoes yn %1",
    '%1 cannot be %2: %3 is final (use "revert last change" to correct a mistake)':
        'ni all %1 fod yn %2: mae %3 yn derfynol (defnyddiwch "dadwneud y newid olaf" i gywiro camgymeriad)',
    "a deferred enrolment cannot be %1: it is resumed by enrolling in a later cohort of the same programme":
        "ni all cofrestriad wedi'i ohirio fod yn %1: caiff ei ailddechrau drwy gofrestru mewn carfan ddiweddarach o'r un rhaglen",
    "a waitlisted enrolment cannot be %1: it must be enrolled first": "ni all cofrestriad ar y rhestr aros fod yn %1: rhaid ei gofrestru yn gyntaf",
    "an enrolled enrolment cannot be %1: a place once given is not taken back to the waitlist":
        "ni all cofrestriad wedi'i gofrestru fod yn %1: nid yw lle a roddwyd yn mynd yn ôl i'r rhestr aros",
    "a one-to-one session is for someone enrolled in the cohort": "mae sesiwn un i un ar gyfer rhywun sydd wedi'i gofrestru yn y garfan",
    "%1 at %2": "%1 am %2", "this person already has a session on %1": "mae gan y person hwn sesiwn ar %1 eisoes",
    "the cohort already has a session on %1; give each session on one day its own start time":
        "mae gan y garfan sesiwn ar %1 eisoes; rhowch ei amser dechrau ei hun i bob sesiwn ar un diwrnod",
    "the session no longer exists": "nid yw'r sesiwn yn bodoli mwyach", "a session stays with its cohort": "mae sesiwn yn aros gyda'i charfan",
    "others' attendance is recorded for this session; clear it before making the session one-to-one":
        "mae presenoldeb eraill wedi'i gofnodi ar gyfer y sesiwn hon; cliriwch ef cyn gwneud y sesiwn yn un i un",
    "the session is already there": "mae'r sesiwn yno eisoes",
    "an enrolment this session's register names no longer exists": "nid yw cofrestriad a enwir yng nghofrestr y sesiwn hon yn bodoli mwyach",
    "the person is not enrolled in this session's cohort": "nid yw'r person wedi'i gofrestru yng ngharfan y sesiwn hon",
    "this one-to-one session is for someone else": "mae'r sesiwn un i un hon ar gyfer rhywun arall",
    "the start": "y dechrau", "today": "heddiw", "all years": "pob blwyddyn",
    'figures "as at" a date need the status history': 'mae angen hanes y statws ar ffigurau "fel yr oeddent" ar ddyddiad',
    "Year": "Blwyddyn", "Role": "Rôl", "Reporting period: %1": "Cyfnod adrodd: %1", "Filters: %1": "Hidlyddion: %1", "As at: %1": "Fel yr oedd ar: %1",
    "Completion rate (%1): %2": "Cyfradd cwblhau (%1): %2", "No enrolments in this period.": "Dim cofrestriadau yn y cyfnod hwn.", "Figures": "Ffigurau",
    "Met needs: very well or quite well ÷ answers; other rates: yes ÷ answers; response rate: responses ÷ participants.":
        "Diwallu anghenion: yn dda iawn neu'n eithaf da ÷ atebion; cyfraddau eraill: ie ÷ atebion; cyfradd ymateb: ymatebion ÷ cyfranogwyr.",
    "Rows with fewer than %1 responses are not shown as percentages.": "Ni ddangosir rhesi â llai na %1 o ymatebion fel canrannau.",
    "Response rate %": "Cyfradd ymateb %", "Met needs %": "Diwallu anghenion %", "Met expectations %": "Bodloni disgwyliadau %",
    "Learned usable %": "Dysgu rhywbeth defnyddiol %", "Relevant %": "Perthnasol %", "Would recommend %": "Byddai'n argymell %",
    "%1 of %2's participants": "%1 o gyfranogwyr %2",
    "Single sessions (%1): completed means attended, and there is no completion rate.":
        "Sesiynau unigol (%1): mae wedi cwblhau yn golygu wedi mynychu, ac nid oes cyfradd cwblhau.",
    "Headcounts: %1 were counted at a session, not named.": "Niferoedd a gyfrifwyd: cyfrifwyd %1 mewn sesiwn, heb eu henwi.",
    "Only: %1 (anonymous responses cannot be placed by region, sector or role)":
        "Dim ond: %1 (ni ellir gosod ymatebion dienw fesul rhanbarth, sector na rôl)",
    "Rate: present ÷ (present + absent); excused sessions and registers not yet taken are left out. Sessions before someone joined or after they left do not apply to them.":
        "Cyfradd: yn bresennol ÷ (yn bresennol + yn absennol); ni chynhwysir sesiynau wedi'u hesgusodi na chofrestrau heb eu cymryd eto. Nid yw sesiynau cyn i rywun ymuno nac ar ôl iddynt adael yn berthnasol iddynt.",
    "No cohorts.": "Dim carfanau.", "%1 — sessions: %2; attendance: %3": "%1 — sesiynau: %2; presenoldeb: %3",
    "not recorded yet": "heb ei gofnodi eto", "rule: %1": "rheol: %1", "Attended": "Wedi mynychu", "Applicable": "Perthnasol",
    "Excused": "Wedi'u hesgusodi", "Not recorded": "Heb eu cofnodi", "Meets rule": "Yn bodloni'r rheol",
    "%1: the file is empty": "%1: mae'r ffeil yn wag", "this column of the mapping is not in the file": "nid yw'r golofn hon o'r mapio yn y ffeil",
    "the mapping names no question column of this file": "nid yw'r mapio yn enwi unrhyw golofn cwestiwn yn y ffeil hon",
    "no participant with email %1 (leave it blank for an anonymous response)": "dim cyfranogwr â'r e-bost %1 (gadewch yn wag ar gyfer ymateb dienw)",
    "\"%1\" is not in the mapping's answers for this question": "nid yw \"%1\" yn atebion y mapio ar gyfer y cwestiwn hwn",
    "Email address (for a named response)": "Cyfeiriad e-bost (ar gyfer ymateb wedi'i enwi)",
    "%1: cannot create the workbook": "%1: ni ellir creu'r llyfr gwaith", "%1: cannot write the workbook (%2)": "%1: ni ellir ysgrifennu'r llyfr gwaith (%2)",
    "%1: cannot write the workbook": "%1: ni ellir ysgrifennu'r llyfr gwaith",
})
NUMERUS.update({
    "%n problem(s) in the file": "%n o broblemau yn y ffeil",
})

WELSH.update({
    "usage: arwain-cli COMMAND [options]": "defnydd: arwain-cli GORCHYMYN [dewisiadau]", "Commands:": "Gorchmynion:",
    "'arwain-cli COMMAND --help' describes a command.": "Mae 'arwain-cli GORCHYMYN --help' yn disgrifio gorchymyn.",
    "arwain-cli: '%1' is not available in this version yet": "arwain-cli: nid yw '%1' ar gael yn y fersiwn hon eto",
    "arwain-cli: unknown command '%1'": "arwain-cli: gorchymyn anhysbys '%1'",
    "attendance per person: sessions attended, applicable, rate, attendance rule met":
        "presenoldeb fesul person: sesiynau a fynychwyd, perthnasol, cyfradd, rheol presenoldeb wedi'i bodloni",
    "one cohort (its code, e.g. NDP-2024-1)": "un garfan (ei chod, e.e. NDP-2024-1)",
    "every cohort of a programme starting in --year (its code)": "pob carfan o raglen sy'n cyfrif yn --year (ei chod)",
    "reporting year by its first year (2024: 2024 to 2025)": "blwyddyn adrodd wrth ei blwyddyn gyntaf (2024: 2024 i 2025)",
    "table, csv or json (default table)": "table, csv neu json (rhagosodiad table)",
    "give either --cohort CODE, or --programme CODE with --year Y": "rhowch naill ai --cohort COD, neu --programme COD gyda --year B",
    "could not write the figures": "nid oedd modd ysgrifennu'r ffigurau",
    "write a consistent copy of the database to FILE": "ysgrifennu copi cyson o'r gronfa ddata i FFEIL",
    "Backed up %1 to %2.": "Gwnaed copi wrth gefn o %1 yn %2.",
    "check the database for damage and inconsistencies": "gwirio'r gronfa ddata am ddifrod ac anghysondebau",
    "%1: no problems found.": "%1: ni chafwyd problemau.",
    "usage: %1 [options]": "defnydd: %1 [dewisiadau]", "Try 'arwain-cli %1 --help'.": "Rhowch gynnig ar 'arwain-cli %1 --help'.",
    "missing %1": "%1 ar goll", "unexpected argument '%1'": "arg annisgwyl '%1'",
    "Upgraded %1 to the current file format; the previous file is kept as %2":
        "Uwchraddiwyd %1 i'r fformat ffeil cyfredol; cedwir y ffeil flaenorol fel %2",
    "--%1: '%2' is not a %3 (expected %4)": "--%1: nid yw '%2' yn %3 (disgwylir %4)",
    "--by: '%1' is not %2": "--by: nid yw '%1' yn %2", "--format: '%1' is not table, csv or json": "--format: nid yw '%1' yn table, csv na json",
    "--%1: '%2' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)": "--%1: nid yw '%2' yn ddyddiad (disgwylir BBBB-MM-DD neu DD/MM/BBBB)",
    "--year: '%1' is not a year; name a reporting year by its first year, e.g. 2024 for 2024 to 2025":
        "--year: nid yw '%1' yn flwyddyn; enwch flwyddyn adrodd wrth ei blwyddyn gyntaf, e.e. 2024 ar gyfer 2024 i 2025",
    "--%1: '%2' is not a whole number": "--%1: nid yw '%2' yn rhif cyfan",
    "reporting year by its first year (2024: 1 April 2024 to 31 March 2025); default: all years together":
        "blwyddyn adrodd wrth ei blwyddyn gyntaf (2024: 1 Ebrill 2024 i 31 Mawrth 2025); rhagosodiad: pob blwyddyn gyda'i gilydd",
    "count cohorts ending on or after this date (instead of --year)": "cyfrif carfanau sy'n gorffen ar y dyddiad hwn neu wedyn (yn lle --year)",
    "count cohorts ending on or before this date (instead of --year)": "cyfrif carfanau sy'n gorffen ar y dyddiad hwn neu cyn hynny (yn lle --year)",
    "only this programme (its code, e.g. TMDP)": "y rhaglen hon yn unig (ei chod, e.e. TMDP)",
    "only participants from organisations in this region": "dim ond cyfranogwyr o sefydliadau yn y rhanbarth hwn",
    "only participants from organisations in this sector": "dim ond cyfranogwyr o sefydliadau yn y sector hwn",
    "only participants with this job role": "dim ond cyfranogwyr â'r rôl swydd hon", "only cohorts with this delivery mode": "dim ond carfanau â'r dull cyflwyno hwn",
    "programme, cohort, year, region, sector or role (default programme)": "programme, cohort, year, region, sector neu role (rhagosodiad programme)",
    "published, excluding-deferrals or finished-only (default published)": "published, excluding-deferrals neu finished-only (rhagosodiad published)",
    "the figures as they stood at the end of this date": "y ffigurau fel yr oeddent ar ddiwedd y dyddiad hwn",
    "give either --year or --from/--to, not both": "rhowch naill ai --year neu --from/--to, nid y ddau", "--to %1 is before --from %2": "mae --to %1 cyn --from %2",
    "--definition: '%1' is not %2": "--definition: nid yw '%1' yn %2",
    "create a new database holding the fictional demo data": "creu cronfa ddata newydd sy'n dal y data enghreifftiol ffug",
    "Created %1 with the demo data (every person in it is fictional).": "Crëwyd %1 gyda'r data enghreifftiol (mae pob person ynddi yn ffug).",
    "export a KIND (or stats) as CSV or XLSX": "allforio MATH (neu stats) fel CSV neu XLSX",
    "write to FILE (.csv, or .xlsx for a workbook); default: standard output": "ysgrifennu i FFEIL (.csv, neu .xlsx ar gyfer llyfr gwaith); rhagosodiad: yr allbwn safonol",
    "begin the CSV with a UTF-8 byte-order mark, for Excel": "dechrau'r CSV gyda nod trefn beit UTF-8, ar gyfer Excel",
    "'%1' is not a kind; KIND is one of %2 or stats": "nid yw '%1' yn fath; mae MATH yn un o %2 neu stats",
    "--%1 applies to 'export stats' only": "mae --%1 yn berthnasol i 'export stats' yn unig", "Wrote %1.": "Ysgrifennwyd %1.",
    "could not write": "nid oedd modd ysgrifennu", "cannot write to standard output": "ni ellir ysgrifennu i'r allbwn safonol",
    "feedback rates: met needs, expectations, recommendation": "cyfraddau adborth: diwallu anghenion, disgwyliadau, argymell",
    "only this programme (its code, e.g. NDP)": "y rhaglen hon yn unig (ei chod, e.e. NDP)",
    "only named participants from organisations in this region": "dim ond cyfranogwyr wedi'u henwi o sefydliadau yn y rhanbarth hwn",
    "only named participants from organisations in this sector": "dim ond cyfranogwyr wedi'u henwi o sefydliadau yn y sector hwn",
    "only named participants with this job role": "dim ond cyfranogwyr wedi'u henwi â'r rôl swydd hon",
    "show rows with fewer than N responses as \"fewer than N\" (default: the database's setting; 0 shows all)":
        "dangos rhesi â llai na N o ymatebion fel \"llai na N\" (rhagosodiad: gosodiad y gronfa ddata; mae 0 yn dangos y cyfan)",
    "the same as --suppress": "yr un peth â --suppress", "import a CSV file, all or nothing": "mewnforio ffeil CSV, y cyfan neu ddim",
    "check the file and report, writing nothing": "gwirio'r ffeil ac adrodd, heb ysgrifennu dim",
    "'%1' is not a kind of file; KIND is one of %2": "nid yw '%1' yn fath o ffeil; mae MATH yn un o %2",
    "Checking and importing… %1 rows": "Yn gwirio ac yn mewnforio… %1 rhes",
    "Checking and importing… %1 rows (%2 %)": "Yn gwirio ac yn mewnforio… %1 rhes (%2 y cant)",
    "an enrolment disappeared during the import": "diflannodd cofrestriad yn ystod y mewnforio",
    "Exporting… %1 of %2 rows": "Yn allforio… %1 o %2 rhes", "Searching…": "Yn chwilio…", "Work under way": "Gwaith ar y gweill",
    "Reading the participants…": "Yn darllen y cyfranogwyr…", "the export was cancelled": "canslwyd yr allforio",
    "nothing was imported: fix the rows above and import the whole file again": "ni fewnforiwyd dim: cywirwch y rhesi uchod a mewnforiwch y ffeil gyfan eto",
    "%1: the file is good; %2 row(s) would be added, %3 are already there (nothing was written: dry run)":
        "%1: mae'r ffeil yn iawn; byddai %2 rhes yn cael eu hychwanegu, mae %3 yno eisoes (ni ysgrifennwyd dim: rhediad prawf)",
    "%1: imported %2 row(s) into %3; %4 were already there unchanged": "%1: mewnforiwyd %2 rhes i %3; roedd %4 yno eisoes heb newid",
    "import a survey tool's export into a cohort's feedback": "mewnforio allforiad offeryn arolwg i adborth carfan",
    "the cohort the responses are about (required)": "y garfan y mae'r ymatebion amdani (gofynnol)",
    "use the mapping saved under NAME (see survey-mappings)": "defnyddio'r mapio a gadwyd dan ENW (gweler survey-mappings)",
    "read the mapping from a JSON file (as --show-mapping prints it)": "darllen y mapio o ffeil JSON (fel y mae --show-mapping yn ei argraffu)",
    "remember the mapping under NAME when the import succeeds": "cofio'r mapio dan ENW pan fydd y mewnforio'n llwyddo",
    "print the mapping that would be used, and the answer words found in the file, as JSON; import nothing":
        "argraffu'r mapio a fyddai'n cael ei ddefnyddio, a geiriau'r atebion a gafwyd yn y ffeil, fel JSON; heb fewnforio dim",
    "--cohort CODE is required": "mae angen --cohort COD", "give --mapping or --mapping-file, not both": "rhowch --mapping neu --mapping-file, nid y ddau",
    "no mapping is saved under '%1' (none are saved yet)": "nid oes mapio wedi'i gadw dan '%1' (nid oes dim wedi'u cadw eto)",
    "no mapping is saved under '%1'; saved: %2": "nid oes mapio wedi'i gadw dan '%1'; wedi'u cadw: %2",
    "nothing was imported: correct the mapping (--show-mapping prints it) or the file, and import the whole file again":
        "ni fewnforiwyd dim: cywirwch y mapio (mae --show-mapping yn ei argraffu) neu'r ffeil, a mewnforiwch y ffeil gyfan eto",
    "%1: the file is good; %2 response(s) would be added to %3, %4 are already there (nothing was written: dry run)":
        "%1: mae'r ffeil yn iawn; byddai %2 o ymatebion yn cael eu hychwanegu at %3, mae %4 yno eisoes (ni ysgrifennwyd dim: rhediad prawf)",
    "%1: imported %2 response(s) into %3; %4 were already there": "%1: mewnforiwyd %2 o ymatebion i %3; roedd %4 yno eisoes",
    "The mapping is saved as '%1'.": "Mae'r mapio wedi'i gadw fel '%1'.",
    "%1: not a mapping: %2 at character %3": "%1: nid mapio: %2 wrth nod %3",
    '%1: not a mapping: it needs a "columns" object (see --show-mapping)': '%1: nid mapio: mae angen gwrthrych "columns" arno (gweler --show-mapping)',
    "create a new, empty database": "creu cronfa ddata newydd, wag",
    "Created %1 with the built-in programmes and reasons.": "Crëwyd %1 gyda'r rhaglenni a'r rhesymau sydd wedi'u cynnwys.",
    "show or change the database's settings": "dangos neu newid gosodiadau'r gronfa ddata",
    "withhold feedback figures of fewer than N responses everywhere (0: never)": "atal ffigurau adborth o lai na N o ymatebion ym mhobman (0: byth)",
    "--suppress: '%1' is not a whole number": "--suppress: nid yw '%1' yn rhif cyfan",
    "suppress: feedback figures of fewer than %1 responses are withheld": "suppress: caiff ffigurau adborth o lai na %1 o ymatebion eu hatal",
    "suppress: 0 (feedback figures are never withheld)": "suppress: 0 (nid yw ffigurau adborth byth yn cael eu hatal)",
    "participants, completions and completion rates": "cyfranogwyr, cwblhau a chyfraddau cwblhau",
    "enrol, or change an enrolment's status (enrolled, completed/attended, deferred, withdrawn, revert)":
        "cofrestru, neu newid statws cofrestriad (enrolled, completed/attended, deferred, withdrawn, revert)",
    "the date the change took effect (default today)": "y dyddiad y daeth y newid i rym (rhagosodiad heddiw)",
    "why (needed to defer or withdraw): %1": "pam (angenrheidiol i ohirio neu dynnu'n ôl): %1", "a note kept with the change": "nodyn a gedwir gyda'r newid",
    "'%1' is not a status; use enrolled, completed (or attended), deferred, withdrawn or revert":
        "nid yw '%1' yn statws; defnyddiwch enrolled, completed (neu attended), deferred, withdrawn neu revert",
    "--date: '%1' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)": "--date: nid yw '%1' yn ddyddiad (disgwylir BBBB-MM-DD neu DD/MM/BBBB)",
    "--reason: '%1' is not a reason (expected %2)": "--reason: nid yw '%1' yn rheswm (disgwylir %2)",
    "no participant with email %1": "dim cyfranogwr â'r e-bost %1",
    "%1 is not in cohort %2; enrol them first with status 'enrolled'": "nid yw %1 yng ngharfan %2; cofrestrwch nhw yn gyntaf gyda'r statws 'enrolled'",
    "%1: cohort %2 is full; %3 is on the waitlist.": "%1: mae carfan %2 yn llawn; mae %3 ar y rhestr aros.",
    "%1: %2 enrolled in %3%4.": "%1: %2 wedi'i gofrestru yn %3%4.", ", resuming their deferral": ", gan ailddechrau ei ohiriad",
    "%1 in %2: %3": "%1 yn %2: %3", "%1 in %2: %3 → %4 (%5)": "%1 yn %2: %3 → %4 (%5)",
    "list the saved survey mappings, or print one": "rhestru'r mapiau arolwg a gadwyd, neu argraffu un",
    "print the mapping saved under NAME as JSON": "argraffu'r mapio a gadwyd dan ENW fel JSON",
    "no mapping is saved under '%1'": "nid oes mapio wedi'i gadw dan '%1'",
    "No survey mappings are saved yet: import-survey --save-as NAME saves one.": "Nid oes mapiau arolwg wedi'u cadw eto: mae import-survey --save-as ENW yn cadw un.",
})
NUMERUS.update({
    "Retention: people whose last enrolment ended more than %n year(s) ago.": "Cadw: pobl y daeth eu cofrestriad olaf i ben fwy na %n mlynedd yn ôl.",
    "%n person(s) due for erasure.": "%n o bobl i'w dileu.",
    "Erased %n person(s); their enrolments stay in the figures.": "Dilëwyd %n o bobl; mae eu cofrestriadau'n aros yn y ffigurau.",
    "retention: people are erased %n year(s) after their last enrolment ended": "retention: caiff pobl eu dileu %n mlynedd ar ôl i'w cofrestriad olaf ddod i ben",
    "%1: another program has been changing this file for %n second(s) without finishing; nothing was changed. Try again when it is done.":
        "%1: mae rhaglen arall wedi bod yn newid y ffeil hon am %n eiliad heb orffen; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.",
    "%n problem(s) found": "Cafwyd %n o broblemau",
    "… and %n more error(s)": "… a %n o wallau eraill",
    "Created %n new organisation(s) (sector and region left empty).": "Crëwyd %n o sefydliadau newydd (sector a rhanbarth yn wag).",
})

# Issue 10: the audit log, row versions and the retention screen.
WELSH.update({
    "Audit log": "Log archwilio",
    "Every change to this database: who made it, when, and what it was about. People who have been anonymised are no longer named here.":
        "Pob newid i'r gronfa ddata hon: pwy a'i gwnaeth, pryd, ac am beth yr oedd. Nid yw pobl sydd wedi'u gwneud yn ddienw yn cael eu henwi yma mwyach.",
    "&Since": "&Ers", "Filter: a name, a cohort, a user, an action…": "Hidlo: enw, carfan, defnyddiwr, gweithred…",
    "&Filter:": "&Hidlo:", "When": "Pryd", "Who": "Pwy", "What": "Beth", "About": "Am", "Detail": "Manylion",
    "No changes since that date.": "Dim newidiadau ers y dyddiad hwnnw.", "No changes yet.": "Dim newidiadau eto.",
    "Showing %1 of the newest %2 entries; choose a later “Since” date to narrow it.":
        "Yn dangos %1 o'r %2 cofnod mwyaf newydd; dewiswch ddyddiad “Ers” diweddarach i'w gyfyngu.",
    " (of %1)": " (o %1)",
    "the audit log could not be read: %1": "nid oedd modd darllen y log archwilio: %1",
    "File upgraded": "Ffeil wedi'i huwchraddio", "Changed": "Newidiwyd", "Imported": "Mewnforiwyd",
    "Survey imported": "Arolwg wedi'i fewnforio",
    "Programme added": "Rhaglen wedi'i hychwanegu", "Programme edited": "Rhaglen wedi'i golygu",
    "Organisation added": "Sefydliad wedi'i ychwanegu", "Organisation edited": "Sefydliad wedi'i olygu",
    "Organisation removed": "Sefydliad wedi'i dynnu", "Organisation put back": "Sefydliad wedi'i roi'n ôl",
    "Cohort added": "Carfan wedi'i hychwanegu", "Cohort edited": "Carfan wedi'i golygu",
    "Cohort removed": "Carfan wedi'i thynnu", "Cohort put back": "Carfan wedi'i rhoi'n ôl",
    "Participant added": "Cyfranogwr wedi'i ychwanegu", "Participant edited": "Cyfranogwr wedi'i olygu",
    "Participant removed": "Cyfranogwr wedi'i dynnu", "Participant put back": "Cyfranogwr wedi'i roi'n ôl",
    "Participant anonymised": "Cyfranogwr wedi'i wneud yn ddienw", "Joined the network": "Ymunodd â'r rhwydwaith",
    "Enrolled": "Cofrestrwyd", "Enrolment imported": "Cofrestriad wedi'i fewnforio", "Status changed": "Statws wedi newid",
    "Change reverted": "Newid wedi'i ddadwneud", "Enrolment removed": "Cofrestriad wedi'i dynnu",
    "Session added": "Sesiwn wedi'i hychwanegu", "Session edited": "Sesiwn wedi'i golygu",
    "Session removed": "Sesiwn wedi'i thynnu", "Session put back": "Sesiwn wedi'i rhoi'n ôl",
    "Attendance marked": "Presenoldeb wedi'i nodi", "Feedback added": "Adborth wedi'i ychwanegu",
    "Feedback edited": "Adborth wedi'i olygu", "Feedback removed": "Adborth wedi'i dynnu",
    "Feedback put back": "Adborth wedi'i roi'n ôl", "Retention period set": "Cyfnod cadw wedi'i osod",
    "Small-number suppression set": "Atal niferoedd bach wedi'i osod", "Retention rule applied": "Rheol cadw wedi'i chymhwyso",
    "(anonymised person)": "(person dienw)", "No entries.": "Dim cofnodion.",
    "This record was changed by someone else since it was shown: reload and make the change again; nothing was saved":
        "Newidiodd rhywun arall y cofnod hwn ers iddo gael ei ddangos: ail-lwythwch a gwnewch y newid eto; ni chadwyd dim",
    "%1 was changed by someone else since it was shown: reload and make the change again; nothing was saved":
        "Newidiodd rhywun arall %1 ers iddo gael ei ddangos: ail-lwythwch a gwnewch y newid eto; ni chadwyd dim",
    "This enrolment": "y cofrestriad hwn", "The enrolment of %1 in %2": "gofrestriad %1 yn %2",
    "Audit &log…": "&Log archwilio…", "Re&tention…": "&Cadw…",
    "Retention": "Cadw",
    "Personal data is kept no longer than it is needed. With a retention period set, people whose last enrolment ended more than that many years ago can be anonymised: their names, email addresses and notes go; their enrolments stay, with no name, so every figure stays the same.":
        "Ni chedwir data personol yn hwy nag sydd ei angen. Gyda chyfnod cadw wedi'i osod, gellir gwneud yn ddienw bobl y daeth eu cofrestriad olaf i ben fwy na'r nifer hwnnw o flynyddoedd yn ôl: mae eu henwau, eu cyfeiriadau e-bost a'r nodiadau'n mynd; mae eu cofrestriadau'n aros, heb enw, felly mae pob ffigur yr un fath.",
    "Keep everyone": "Cadw pawb", " years": " blynedd", "&Keep records for:": "&Cadw cofnodion am:",
    "Given name": "Enw cyntaf", "Family name": "Cyfenw", "Email": "E-bost",
    "&Save period": "&Cadw'r cyfnod", "&Anonymise them…": "&Eu gwneud yn ddienw…", "Anonymise": "Gwneud yn ddienw",
    "&Erase their identities": "&Dileu eu hunaniaeth", "No retention period: everyone is kept.": "Dim cyfnod cadw: cedwir pawb.",
    "The file is open read-only: nothing can be changed.": "Mae'r ffeil ar agor i'w darllen yn unig: ni ellir newid dim.",
    "who changed what, and when (newest first)": "pwy newidiodd beth, a phryd (y mwyaf newydd yn gyntaf)",
    "only changes on or after DATE (YYYY-MM-DD)": "dim ond newidiadau ar DDYDDIAD neu wedyn (BBBB-MM-DD)",
    "cannot write to standard output": "nid oes modd ysgrifennu i'r allbwn safonol",
})

NUMERUS.update({
    "%n entry(s) shown": "%n o gofnodion yn cael eu dangos",
    "%n person(s) whose last enrolment ended more than %1 years ago.": "%n o bobl y daeth eu cofrestriad olaf i ben fwy na %1 mlynedd yn ôl.",
    "Anonymise %n person(s)? Their names, email addresses and the notes about them are erased; their enrolments, attendance and feedback stay, with no name, so every figure stays the same. This cannot be undone.":
        "Gwneud %n o bobl yn ddienw? Caiff eu henwau, eu cyfeiriadau e-bost a'r nodiadau amdanynt eu dileu; mae eu cofrestriadau, eu presenoldeb a'u hadborth yn aros, heb enw, felly mae pob ffigur yr un fath. Ni ellir dadwneud hyn.",
    "Anonymised %n person(s); their enrolments stay in the figures.": "Gwnaed %n o bobl yn ddienw; mae eu cofrestriadau'n aros yn y ffigurau.",
})

WELSH.update({
    "%1: cannot read: permission denied": "%1: ni ellir darllen: dim caniatâd",
})


WELSH.update({
    "Synthetic data generated": "Data synthetig wedi'u cynhyrchu",
    "--participants must be at least 1": "rhaid i --participants fod yn 1 o leiaf",
    "--enrolments cannot be negative": "ni all --enrolments fod yn negyddol",
    "%1 enrolments need more people than %2: each person is at most once in a cohort":
        "mae %1 o gofrestriadau angen mwy o bobl na %2: mae pob person mewn carfan unwaith ar y mwyaf",
    "cancelled; nothing was written": "wedi'i ganslo; ni ysgrifennwyd dim",
    "%1 participants, %2 enrolments, seed %3": "%1 o gyfranogwyr, %2 o gofrestriadau, hedyn %3",
    "%1: nothing was created: %2": "%1: ni chrëwyd dim: %2",
    "%1 cohort at %2": "carfan %1 yn %2",
    "create a new database of synthetic data at any size (for measuring)":
        "creu cronfa ddata newydd o ddata synthetig o unrhyw faint (i fesur)",
    "how many people (default 200000)": "faint o bobl (rhagosodiad 200000)",
    "how many enrolments (default 1000000)": "faint o gofrestriadau (rhagosodiad 1000000)",
    "the same seed gives the same data (default 1)": "mae'r un hedyn yn rhoi'r un data (rhagosodiad 1)",
    "--participants: '%1' is not a number of people": "--participants: nid yw '%1' yn nifer o bobl",
    "--enrolments: '%1' is not a number of enrolments": "--enrolments: nid yw '%1' yn nifer o gofrestriadau",
    "--seed: '%1' is not a whole number from 0 to 4294967295":
        "--seed: nid yw '%1' yn rhif cyfan o 0 i 4294967295",
    "Generating… %1 of %2 enrolments": "Yn cynhyrchu… %1 o %2 o gofrestriadau",
    "Created %1 with synthetic data (every person in it is fictional), %2 to %3:":
        "Crëwyd %1 gyda data synthetig (mae pob person ynddi yn ffuglennol), %2 i %3:",
    "organisations": "sefydliadau",
    "participants": "cyfranogwyr",
    "cohorts": "carfanau",
    "enrolments": "cofrestriadau",
    "history entries": "cofnodion hanes",
    "sessions": "sesiynau",
    "attendance marks": "marciau presenoldeb",
    "feedback responses": "ymatebion adborth",
    "network members": "aelodau'r rhwydwaith",
})


WELSH.update({
    "these figures need every enrolment, which was not read":
        "mae angen pob cofrestriad ar gyfer y ffigurau hyn, ac ni chawsant eu darllen",
    "cohort %1: its kept counts differ from its enrolments":
        "carfan %1: mae'r cyfrifon a gedwir yn wahanol i'w chofrestriadau",
})


WELSH.update({
    "Reading the programmes and cohorts…": "Yn darllen y rhaglenni a'r carfanau…",
    "Walk through every page, print how long the window stopped painting at each step, and quit":
        "Mynd trwy bob tudalen, argraffu am ba hyd y peidiodd y ffenestr â phaentio ym mhob cam, a gadael",
})


# Issue 31: hostile paths, URIs, locks and names.
NUMERUS.update({
    "%1 is in use by another program, which has kept it locked for %n second(s); nothing was changed. Try again when it is done.":
        "Mae %1 yn cael ei defnyddio gan raglen arall, sydd wedi'i chloi ers %n eiliad; ni newidiwyd dim. Rhowch gynnig arall arni pan fydd wedi gorffen.",
})
WELSH.update({
    "%1: not a file, and not a PostgreSQL connection (postgresql://host/database)":
        "%1: nid ffeil, ac nid cysylltiad PostgreSQL (postgresql://gweinydd/cronfa-ddata)",
    "its format number (%1) is not one Arwain ever wrote, so it was changed by another program; restore a backup or ask whoever changed it":
        "nid yw ei rhif fformat (%1) yn un a ysgrifennodd Arwain erioed, felly fe'i newidiwyd gan raglen arall; adferwch gopi wrth gefn neu holwch pwy a'i newidiodd",
    "%1 is in use by another program: waiting for it to finish…":
        "Mae %1 yn cael ei defnyddio gan raglen arall: yn aros iddi orffen…",
    "%1: its format number (%2) is not one Arwain ever wrote, so it was changed by something else; nothing was changed":
        "%1: nid yw ei rhif fformat (%2) yn un a ysgrifennodd Arwain erioed, felly fe'i newidiwyd gan rywbeth arall; ni newidiwyd dim",
    "participant %1: a name or email address is not in one spelling (Unicode NFC)":
        "cyfranogwr %1: nid yw enw neu gyfeiriad e-bost mewn un sillafiad (Unicode NFC)",
    "participants %1 and %2 have one email address written two ways (%3); they differ in other fields too, so they were not merged: edit one of them":
        "mae gan gyfranogwyr %1 a %2 un cyfeiriad e-bost wedi'i ysgrifennu mewn dwy ffordd (%3); maent yn wahanol mewn meysydd eraill hefyd, felly ni chawsant eu cyfuno: golygwch un ohonynt",
    "it is in use by another program, which holds a lock on it":
        "mae'n cael ei defnyddio gan raglen arall, sy'n ei chloi",
    "a text of %1 characters is longer than any field holds (%2); nothing was saved":
        "mae testun o %1 nod yn hwy nag y mae unrhyw faes yn ei ddal (%2); ni chadwyd dim",
    "This record was changed by someone else while the command ran; nothing was saved. Run the command again.":
        "Newidiwyd y cofnod hwn gan rywun arall tra oedd y gorchymyn yn rhedeg; ni chadwyd dim. Rhedwch y gorchymyn eto.",
    "%1 was changed by someone else while the command ran; nothing was saved. Run the command again.":
        "Newidiwyd %1 gan rywun arall tra oedd y gorchymyn yn rhedeg; ni chadwyd dim. Rhedwch y gorchymyn eto.",
    "This record was changed by someone else since it was shown; nothing was saved. The window now shows their change: make yours again if it is still needed.":
        "Newidiwyd y cofnod hwn gan rywun arall ers iddo gael ei ddangos; ni chadwyd dim. Mae'r ffenestr bellach yn dangos eu newid nhw: gwnewch eich un chi eto os oes ei angen o hyd.",
    "%1 was changed by someone else since it was shown; nothing was saved. The window now shows their change: make yours again if it is still needed.":
        "Newidiwyd %1 gan rywun arall ers iddo gael ei ddangos; ni chadwyd dim. Mae'r ffenestr bellach yn dangos eu newid nhw: gwnewch eich un chi eto os oes ei angen o hyd.",
    "cannot write to standard output: %1": "ni ellir ysgrifennu i'r allbwn safonol: %1",
    "%1: cannot write: %2": "%1: ni ellir ysgrifennu: %2",
    "no file named to write to": "ni enwyd ffeil i ysgrifennu iddi",
    "it is a folder": "ffolder yw hi",
    "it is not a regular file (a disk device or a socket); nothing was written":
        "nid ffeil arferol yw hi (dyfais ddisg neu soced); ni ysgrifennwyd dim",
    "the file was not opened": "ni agorwyd y ffeil",
    "%1: cannot make the folder: %2": "%1: ni ellir gwneud y ffolder: %2",
    "a file of that name is in the way": "mae ffeil o'r enw hwnnw yn y ffordd",
    "%1 characters long; this field holds at most %2": "%1 nod o hyd; mae'r maes hwn yn dal %2 ar y mwyaf",
    "%1: cannot write the workbook: no temporary folder (%2)":
        "%1: ni ellir ysgrifennu'r llyfr gwaith: dim ffolder dros dro (%2)",
    "row %1, column %2 holds %3 characters; a workbook cell holds at most %4 (Excel's limit). Export as CSV instead, or shorten it":
        "mae rhes %1, colofn %2 yn dal %3 nod; mae cell llyfr gwaith yn dal %4 ar y mwyaf (terfyn Excel). Allforiwch fel CSV yn lle hynny, neu ei fyrhau",
    "row %1, column %2: %3": "rhes %1, colofn %2: %3",
    "%1: %2; nothing was written": "%1: %2; ni ysgrifennwyd dim",
    "the output was not written": "ni ysgrifennwyd yr allbwn",
    "%1 was not replaced: it is not a regular file": "Ni ddisodlwyd %1: nid yw'n ffeil arferol",
    "%1 was not replaced: another program has it open (the app, or a command still running); close it and restore again. Nothing was changed":
        "Ni ddisodlwyd %1: mae rhaglen arall wedi'i hagor (yr ap, neu orchymyn sy'n dal i redeg); caewch hi ac adfer eto. Ni newidiwyd dim",
    "certificates are files in a folder: -o names the folder, not standard output":
        "ffeiliau mewn ffolder yw tystysgrifau: mae -o yn enwi'r ffolder, nid yr allbwn safonol",
    "%1 is a server database: its administrators restore it with pg_restore":
        "Cronfa ddata ar weinydd yw %1: ei gweinyddwyr sy'n ei hadfer gyda pg_restore",
    "%1 uses an older format (%2) that its administrator upgrades: the database's owner opens it once (arwain-cli check %1), then runs server-init again; nothing was changed":
        "Mae %1 yn defnyddio fformat hŷn (%2) y mae ei gweinyddwr yn ei uwchraddio: mae perchennog y gronfa ddata yn ei hagor unwaith (arwain-cli check %1), yna'n rhedeg server-init eto; ni newidiwyd dim",
    "-o names a file (or - for standard output)": "mae -o yn enwi ffeil (neu - ar gyfer yr allbwn safonol)",
})

# Issue 32: dates as typed, save dialogs, Qt's own buttons, mnemonics.
WELSH.update({
    "OK": "Iawn", "Save": "Cadw", "Save All": "Cadw'r cyfan", "Open": "Agor", "&Yes": "&Ie",
    "Yes to &All": "Ie i'r c&yfan", "&No": "&Na", "N&o to All": "Na i'r cyf&an", "Abort": "Rhoi'r gorau iddi",
    "Retry": "Rhoi cynnig arall", "Ignore": "Anwybyddu", "Close": "Cau", "Discard": "Taflu", "Help": "Cymorth",
    "Apply": "Gweithredu", "Reset": "Ailosod", "Restore Defaults": "Adfer y rhagosodiadau",
    "&OK": "&Iawn", "&Save": "&Cadw", "&Cancel": "C&anslo", "&Close": "C&au", "Close without Saving": "Cau heb gadw",
    "Cu&t": "&Torri", "&Copy": "&Copïo", "&Paste": "&Gludo", "Delete": "Dileu", "Select All": "Dewis y cyfan",
    "Since": "Ers", "PNG image": "Delwedd PNG", "SVG drawing": "Llun SVG", "Excel workbook": "Llyfr gwaith Excel",
    "CSV file": "Ffeil CSV", "CSV files": "Ffeiliau CSV", "Arwain databases": "Cronfeydd data Arwain", "JSON": "JSON",
    "PDF": "PDF", "Web page": "Tudalen we",
    "A date, written 2025-01-15 or 15/01/2025; Alt+Down opens a calendar":
        "Dyddiad, wedi'i ysgrifennu 2025-01-15 neu 15/01/2025; mae Alt+Saeth i lawr yn agor calendr",
    "YYYY-MM-DD": "BBBB-MM-DD", "Calendar for %1": "Calendr ar gyfer %1",
    "Choose from a calendar (Alt+Down)": "Dewis o galendr (Alt+Saeth i lawr)",
    "%1: write a date, such as 2025-01-15 or 15/01/2025": "%1: ysgrifennwch ddyddiad, fel 2025-01-15 neu 15/01/2025",
    "%1: “%2” is not a date; write it as 2025-01-15 or 15/01/2025":
        "%1: nid yw “%2” yn ddyddiad; ysgrifennwch ef fel 2025-01-15 neu 15/01/2025",
    "%1: %2 is before %3, the earliest this can be": "%1: mae %2 cyn %3, y cynharaf y gall hwn fod",
    "%1: %2 is after %3, the latest this can be": "%1: mae %2 ar ôl %3, y diweddaraf y gall hwn fod",
    "Open folder": "Agor y ffolder", "Last file saved": "Y ffeil olaf a gadwyd",
    "Open the folder the file was saved in": "Agor y ffolder y cadwyd y ffeil ynddo",
    "Saved %1 in %2": "Cadwyd %1 yn %2", "Date warning": "Rhybudd am y dyddiad", "Note: %1": "Sylwer: %1",
    "%1 is before %2 starts (%3).": "Mae %1 cyn i %2 ddechrau (%3).",
    "%1 is after %2 ends (%3).": "Mae %1 ar ôl i %2 orffen (%3).",
    "%1 Add the session on this date anyway?": "%1 Ychwanegu'r sesiwn ar y dyddiad hwn beth bynnag?",
    "&Add on this date": "&Ychwanegu ar y dyddiad hwn", "&Change the date": "&Newid y dyddiad",
    "%1: %2": "%1: %2",
    "Changes": "Newidiadau", "Organisation actions": "Camau ar sefydliadau", "Participant actions": "Camau ar gyfranogwyr",
    "People who would be anonymised": "Pobl a fyddai'n cael eu gwneud yn ddienw",
    "Completed; for single sessions (ICL, WSH), attended": "Wedi cwblhau; ar gyfer sesiynau unigol (ICL, WSH), wedi mynychu",
    "Names in the register": "Enwau yn y gofrestr",
    "No file chosen yet": "Dim ffeil wedi'i dewis eto",
    "Comment of the chosen response": "Sylw'r ymateb a ddewiswyd",
    "Choose a response to read its comment here.": "Dewiswch ymateb i ddarllen ei sylw yma.",
    "This response has no comment.": "Nid oes sylw gyda'r ymateb hwn.", "Comment: %1": "Sylw: %1",
    "%1 already exists. Replace it?": "Mae %1 yn bodoli eisoes. Ei disodli?",
    "%1 Move the session to this date anyway?": "%1 Symud y sesiwn i'r dyddiad hwn beth bynnag?",
    "&Move to this date": "&Symud i'r dyddiad hwn",
})

# Issue 33: installing Arwain (About, the read-only title, the CLI's KIND).
WELSH.update({
    "%1 (read-only) — Arwain": "%1 (darllen yn unig) — Arwain",
    "none open": "dim un ar agor",
    "<p>Free software under the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License, version 3 or later</a>: you may share and change it; it comes with no warranty.</p><p>Data folder: %1<br>Database: %2</p>":
        "<p>Meddalwedd rydd dan <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach</a>: cewch ei rhannu a'i newid; nid oes gwarant gyda hi.</p><p>Ffolder data: %1<br>Cronfa ddata: %2</p>",
    "%1 or stats": "%1 neu stats",
    "%1 or %2": "%1 neu %2",
    "enrolled, completed, attended, deferred, withdrawn or revert": "enrolled, completed, attended, deferred, withdrawn neu revert",
    "coordinator or manager": "coordinator neu manager",
    "%1 was not imported: this database is open read-only.": "Ni fewnforiwyd %1: mae'r gronfa ddata hon ar agor i'w darllen yn unig.",
})


def main(path):
    tree = ET.parse(path)
    done = 0
    for context in tree.getroot().iter("context"):
      name = context.findtext("name")
      for message in context.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes" and source in NUMERUS:
            # One text for every form, or Qt's five Welsh forms: n = 0, 1, 2–5, 6, other.
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            welsh = NUMERUS[source]
            for i, form in enumerate(forms):
                form.text = welsh[min(i, len(welsh) - 1)] if isinstance(welsh, tuple) else welsh
            translation.attrib.pop("type", None)
            done += 1
            continue
        comment = message.findtext("comment")
        welsh = COMMENTED.get((source, comment)) if comment else None
        if welsh is None:
            welsh = IN_CONTEXT.get((name, source), WELSH.get(source))
        if welsh is not None and message.get("numerus") != "yes":
            translation.text = welsh
            translation.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{done} messages translated into Welsh")

main(sys.argv[1] if len(sys.argv) > 1 else "arwain_cy.ts")
