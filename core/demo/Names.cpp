// Names: fictional people's names, Welsh and other, with letters a plain-ASCII program would break (Siân,
// Llŷr, Gwenllïan, Hâf, Zoë).
#include "demo/Names.h"

using namespace Qt::StringLiterals;

namespace arwain::names {

const QStringList& given()
{
    static const QStringList names = {
        u"Siân"_s,   u"Llŷr"_s,     u"Gwenllïan"_s, u"Rhodri"_s,  u"Ffion"_s,  u"Dafydd"_s, u"Catrin"_s,
        u"Iolo"_s,   u"Angharad"_s, u"Owain"_s,     u"Eleri"_s,   u"Gethin"_s, u"Nia"_s,    u"Aled"_s,
        u"Bethan"_s, u"Cerys"_s,    u"Emyr"_s,      u"Heledd"_s,  u"Ieuan"_s,  u"Lowri"_s,  u"Meirion"_s,
        u"Non"_s,    u"Rhys"_s,     u"Seren"_s,     u"Tomos"_s,   u"Elin"_s,   u"Gareth"_s, u"Mererid"_s,
        u"Sioned"_s, u"Huw"_s,      u"Mair"_s,      u"Peredur"_s, u"Alys"_s,   u"Gwilym"_s, u"Olwen"_s,
        u"Emma"_s,   u"James"_s,    u"Sarah"_s,     u"David"_s,   u"Rachel"_s, u"Mark"_s,   u"Claire"_s,
        u"Paul"_s,   u"Helen"_s,    u"Chris"_s,     u"Joanne"_s,  u"Andrew"_s, u"Kerry"_s,  u"Michael"_s,
        u"Zoë"_s,    u"Amir"_s,     u"Priya"_s,     u"Tomasz"_s,  u"Chidi"_s,  u"Hâf"_s,    u"Dyfrig"_s,
    };
    return names;
}
const QStringList& family()
{
    static const QStringList names = {
        u"Jones"_s,     u"Williams"_s, u"Davies"_s,   u"Evans"_s,     u"Thomas"_s,   u"Roberts"_s,
        u"Hughes"_s,    u"Lewis"_s,    u"Morgan"_s,   u"Griffiths"_s, u"Price"_s,    u"Pritchard"_s,
        u"ap Dafydd"_s, u"Rees"_s,     u"Owen"_s,     u"Parry"_s,     u"Jenkins"_s,  u"Llywelyn"_s,
        u"Powell"_s,    u"Vaughan"_s,  u"Bowen"_s,    u"Prosser"_s,   u"Gwynedd"_s,  u"Ellis"_s,
        u"Rowlands"_s,  u"Edwards"_s,  u"Phillips"_s, u"Watkins"_s,   u"Mathias"_s,  u"Nicholas"_s,
        u"Hopkins"_s,   u"Kowalski"_s, u"Okafor"_s,   u"Shah"_s,      u"O'Connor"_s, u"Ifans"_s,
        u"Humphreys"_s, u"Lloyd"_s,    u"Meredith"_s, u"Tudur"_s,
    };
    return names;
}

const QList<Council>& councils()
{
    static const QList<Council> list = {
        {u"Cyngor Gwynedd"_s, Region::NorthWales},
        {u"Isle of Anglesey County Council"_s, Region::NorthWales},
        {u"Conwy County Borough Council"_s, Region::NorthWales},
        {u"Denbighshire County Council"_s, Region::NorthWales},
        {u"Flintshire County Council"_s, Region::NorthWales},
        {u"Wrexham County Borough Council"_s, Region::NorthWales},
        {u"Powys County Council"_s, Region::MidWales},
        {u"Ceredigion County Council"_s, Region::MidWales},
        {u"Pembrokeshire County Council"_s, Region::WestWales},
        {u"Carmarthenshire County Council"_s, Region::WestWales},
        {u"City and County of Swansea"_s, Region::SouthWestWales},
        {u"Neath Port Talbot County Borough Council"_s, Region::SouthWestWales},
        {u"Bridgend County Borough Council"_s, Region::SouthWestWales},
        {u"Vale of Glamorgan Council"_s, Region::SouthEastWales},
        {u"Cardiff Council"_s, Region::SouthEastWales},
        {u"Rhondda Cynon Taf County Borough Council"_s, Region::SouthEastWales},
        {u"Merthyr Tydfil County Borough Council"_s, Region::SouthEastWales},
        {u"Caerphilly County Borough Council"_s, Region::SouthEastWales},
        {u"Blaenau Gwent County Borough Council"_s, Region::SouthEastWales},
        {u"Torfaen County Borough Council"_s, Region::SouthEastWales},
        {u"Monmouthshire County Council"_s, Region::SouthEastWales},
        {u"Newport City Council"_s, Region::SouthEastWales},
    };
    return list;
}

QString asciiFold(const QString& name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D))
        if (c.isLetter() && c.unicode() < 128)
            out += c.toLower();
    return out;
}

} // namespace arwain::names
