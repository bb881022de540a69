#include "playlistlocation.h"

#include <QDir>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

bool isWindowsDrivePath(const QString &s)
{
    return s.size() >= 3 && s[0].isLetter() && s[1] == u':' && (s[2] == u'\\' || s[2] == u'/');
}

PlaylistLocation::Kind statKind(const QString &path)
{
    struct stat st
    {
    };
    // stat, not lstat: a symlink to a regular file is fine, to a device or pipe is not.
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return PlaylistLocation::Kind::Missing;
    if (S_ISREG(st.st_mode))
        return PlaylistLocation::Kind::LocalFile;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return PlaylistLocation::Kind::Device;
    return PlaylistLocation::Kind::NotRegular;
}

} // namespace

PlaylistLocation PlaylistLocation::resolve(const QString &entry, const QString &playlistDir)
{
    PlaylistLocation loc;
    loc.m_original = entry;
    QString s = entry.trimmed();

    if (s.startsWith(u"\\\\"_s) || (s.startsWith(u"//"_s) && !s.startsWith(u"///"_s))) {
        loc.m_kind = Kind::Unc;
        return loc;
    }
    if (s.startsWith(u"file:"_s, Qt::CaseInsensitive)) {
        const QUrl url(s);
        if (!url.isValid() || (!url.host().isEmpty() && url.host() != u"localhost"_s)) {
            loc.m_kind = url.isValid() ? Kind::Unc : Kind::Remote;
            return loc;
        }
        s = url.toLocalFile(); // percent-decoded
    } else if (isWindowsDrivePath(s)) {
        // C:\Music\a.mp3 cannot exist here; keep its file name for matching by name.
        s = s.mid(2).replace(u'\\', u'/');
        loc.m_path = QDir::cleanPath(playlistDir + u'/' + s.section(u'/', -1));
    } else if (static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]+:"_s);
               scheme.match(s).hasMatch()) {
        loc.m_kind = Kind::Remote;
        return loc;
    }
    if (loc.m_path.isEmpty()) {
        s.replace(u'\\', u'/'); // a relative Windows path written with backslashes
        loc.m_path = QDir::cleanPath(QDir::isAbsolutePath(s) ? s : playlistDir + u'/' + s);
    }
    if (loc.m_path.startsWith(u"/dev/"_s) || loc.m_path.startsWith(u"/proc/"_s)
        || loc.m_path.startsWith(u"/sys/"_s)) {
        loc.m_kind = Kind::Device;
        return loc;
    }
    // Names may be stored NFC or NFD (macOS); try both before calling the file missing.
    const QString nfc = loc.m_path.normalized(QString::NormalizationForm_C);
    const QString nfd = loc.m_path.normalized(QString::NormalizationForm_D);
    loc.m_kind = statKind(nfc);
    if (loc.m_kind == Kind::Missing && nfd != nfc)
        if (const Kind k = statKind(nfd); k != Kind::Missing) {
            loc.m_kind = k;
            loc.m_path = nfd;
            return loc;
        }
    loc.m_path = nfc;
    return loc;
}

QString PlaylistLocation::reason() const
{
    switch (m_kind) {
    case Kind::LocalFile: return {};
    case Kind::Missing: return QObject::tr("file not found");
    case Kind::Remote: return QObject::tr("remote address, never opened");
    case Kind::Unc: return QObject::tr("network share path, never opened");
    case Kind::Device: return QObject::tr("a device or system file, never opened");
    case Kind::NotRegular: return QObject::tr("not a regular file (a pipe, socket or folder), never opened");
    }
    return {};
}

} // namespace ost
