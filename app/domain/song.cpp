#include "song.h"

using namespace Qt::StringLiterals;

namespace ost {

QString Song::artistLine() const
{
    QStringList main;
    QStringList featuring;
    for (const auto &c : credits)
        (c.role == u"featuring"_s ? featuring : main).append(c.name);
    QString line = main.join(u", "_s);
    if (!featuring.isEmpty())
        line += u" feat. "_s + featuring.join(u", "_s);
    return line;
}

} // namespace ost
