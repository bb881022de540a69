#pragma once

#include <QString>

namespace ost {

struct Award
{
    QString id;
    QString songId;
    QString songTitle;
    QString ceremony; // may be empty when the source names none
    int year = 0;
    QString category;
    QString result; // won, nominated
};

} // namespace ost
