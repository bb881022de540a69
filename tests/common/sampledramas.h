#pragma once

#include "domain/drama.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

namespace ost::test {

// Five dramas with titles in English and Hangul (one without), years and broadcasters that
// the filters and sort orders of the grid tell apart.
inline QList<Drama> sampleDramas()
{
    using namespace Qt::StringLiterals;
    auto d = [](const QString &id, const QString &title, const QString &ko, int year, const QString &b,
                const QString &added) {
        Drama x;
        x.id = id;
        x.title = title;
        x.titleKo = ko;
        x.year = year;
        x.broadcaster = b;
        x.addedAt = added;
        return x;
    };
    return { d(u"goblin"_s, u"Goblin"_s, u"도깨비"_s, 2016, u"tvN"_s, u"2026-01-01"_s),
             d(u"iris"_s, u"IRIS"_s, u"아이리스"_s, 2009, u"KBS2"_s, u"2026-01-03"_s),
             d(u"heirs"_s, u"The Heirs"_s, u"상속자들"_s, 2013, u"SBS"_s, u"2026-01-02"_s),
             d(u"summer"_s, u"Our Beloved Summer"_s, u"그 해 우리는"_s, 2021, u"SBS"_s, u"2026-01-05"_s),
             d(u"nokorean"_s, u"Another Title"_s, QString(), 2020, u"tvN"_s, u"2026-01-04"_s) };
}

// One role of every row, top to bottom.
inline QStringList column(const QAbstractItemModel &m, int role)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(role).toString();
    return out;
}

} // namespace ost::test
