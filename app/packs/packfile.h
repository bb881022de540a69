#pragma once

#include <QString>

namespace ost {

// A file a pack carries: a drama's poster or a song's preview clip.
struct PackFile
{
    enum class Kind { Poster, Preview };
    Kind kind = Kind::Poster;
    QString ownerId; // the drama (poster) or song (preview)
    QString path; // inside the pack: posters/<drama>.<ext> or previews/<song>.<ext>
    qint64 size = 0;
    QByteArray sha256; // lowercase hex

    static QString kindName(Kind k)
    {
        return k == Kind::Poster ? QStringLiteral("poster") : QStringLiteral("preview");
    }
};

} // namespace ost
