#include "mprisroot.h"

using namespace Qt::StringLiterals;

namespace ost {

MprisRoot::MprisRoot(QObject *parent)
    : QDBusAbstractAdaptor(parent)
{ }

QString MprisRoot::identity() const
{
    return u"OST Shelf"_s;
}

QString MprisRoot::desktopEntry() const
{
    return u"io.github.ostshelf.OstShelf"_s;
}

QStringList MprisRoot::supportedUriSchemes() const
{
    return { u"file"_s }; // never remote: FFmpeg would follow any protocol it is handed
}

QStringList MprisRoot::supportedMimeTypes() const
{
    return { u"audio/mpeg"_s,  u"audio/flac"_s, u"audio/ogg"_s,
             u"audio/x-wav"_s, u"audio/mp4"_s,  u"audio/aac"_s };
}

void MprisRoot::Raise()
{
    Q_EMIT raiseRequested();
}

void MprisRoot::Quit() { }

} // namespace ost
