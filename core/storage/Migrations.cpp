// Migrations: what every engine's schema starts with.
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace arwain::migrations {

QStringList builtInRows()
{
    return {
        uR"(INSERT INTO programme(code, name, welsh_name, kind) VALUES
              ('TMDP', 'Team Manager Development Programme', 'Rhaglen Datblygu Rheolwyr Tîm', 'course'),
              ('MMDP', 'Middle Management Development Programme', 'Rhaglen Datblygu Rheolwyr Canol', 'course'),
              ('AMMP', 'Aspirant Middle Manager Programme', 'Rhaglen Darpar Reolwyr Canol', 'course'),
              ('NDP', 'New Directors'' Programme', 'Rhaglen y Cyfarwyddwyr Newydd', 'course'),
              ('ICL', 'Introduction to compassionate leadership', 'Cyflwyniad i arweinyddiaeth dosturiol', 'single session'),
              ('WSH', 'Workshops and information sessions', 'Gweithdai a sesiynau gwybodaeth', 'single session'))"_s,
        uR"(INSERT INTO reason(code, name, welsh_name) VALUES
              ('work pressures', 'Work pressures', 'Pwysau gwaith'),
              ('health', 'Health', 'Iechyd'),
              ('caring responsibilities', 'Caring responsibilities', 'Cyfrifoldebau gofalu'),
              ('changed role', 'Changed role', 'Newid rôl'),
              ('left organisation', 'Left organisation', 'Wedi gadael y sefydliad'),
              ('personal', 'Personal', 'Personol'),
              ('other', 'Other', 'Arall'))"_s,
    };
}

} // namespace arwain::migrations
