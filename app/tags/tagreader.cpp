#include "tagreader.h"

#include "core/legacytext.h"

#include <QFile>
#include <QObject>
#include <QRegularExpression>

#include <taglib/apetag.h>
#include <taglib/fileref.h>
#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tag.h>
#include <taglib/tpropertymap.h>
#include <taglib/tvariant.h>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QString toQString(const TagLib::String &s)
{
    QString text = QString::fromStdString(s.to8Bit(true)).trimmed();
    if (s.isLatin1() && !s.isAscii())
        return TagReader::repairLegacy(text);
    return text;
}

// Control characters (NUL, binary in a text frame) go; a huge value is cut.
QString clean(const QString &raw, const QString &field, QStringList &notes)
{
    QString out;
    out.reserve(std::min<qsizetype>(raw.size(), TagReader::kMaxText));
    bool dropped = false;
    for (const QChar c : raw) {
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter || c.isNonCharacter()) {
            if (c == u'\t' || c == u'\n' || c == u'\r')
                out.append(u' ');
            else
                dropped = true;
            continue;
        }
        out.append(c);
    }
    if (dropped)
        notes << QObject::tr("the %1 tag held control characters or invalid text; they were left out")
                     .arg(field);
    if (out.size() > TagReader::kMaxText) {
        notes << QObject::tr("the %1 tag was %2 characters long; the first %3 were kept")
                     .arg(field)
                     .arg(out.size())
                     .arg(TagReader::kMaxText);
        out.truncate(TagReader::kMaxText);
    }
    return out.simplified();
}

int leadingNumber(const QString &text)
{
    static const QRegularExpression re(u"^\\s*(\\d{1,4})"_s);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

QString TagReader::repairLegacy(const QString &latin1Text)
{
    for (const QChar c : latin1Text)
        if (c.unicode() > 0xFF)
            return latin1Text;
    if (auto k = LegacyText::strictCp949(latin1Text.toLatin1()))
        return *k;
    return latin1Text;
}

Result<TrackTags> TagReader::read(const QString &path)
{
    TagLib::FileRef ref(QFile::encodeName(path).constData(), true, TagLib::AudioProperties::Fast);
    if (ref.isNull() || !ref.tag())
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("not an audio file TagLib can read (damaged, or another kind of file)"));
    // TagLib opens an MPEG file with no frame at all (zeros, text named .mp3): no audio in it.
    if (!ref.audioProperties()
        || (ref.audioProperties()->sampleRate() == 0 && ref.audioProperties()->lengthInMilliseconds() == 0))
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("not an audio file: no audio stream was found in it"));
    TrackTags t;
    const TagLib::Tag *tag = ref.tag();
    t.title = clean(toQString(tag->title()), QObject::tr("title"), t.notes);
    t.artist = clean(toQString(tag->artist()), QObject::tr("artist"), t.notes);
    t.album = clean(toQString(tag->album()), QObject::tr("album"), t.notes);
    t.track = int(std::min(tag->track(), 9999u));
    t.year = tag->year() >= 1900 && tag->year() <= 2100 ? int(tag->year()) : 0;
    const TagLib::PropertyMap props = ref.properties();
    if (const auto it = props.find("ALBUMARTIST"); it != props.end() && !it->second.isEmpty())
        t.albumArtist = clean(toQString(it->second.front()), QObject::tr("album artist"), t.notes);
    if (t.track == 0)
        if (const auto it = props.find("TRACKNUMBER"); it != props.end() && !it->second.isEmpty())
            t.track = leadingNumber(toQString(it->second.front()));
    t.durationMs = ref.audioProperties()->lengthInMilliseconds();
    t.hasPicture = ref.complexPropertyKeys().contains("PICTURE");
    return t;
}

Result<CoverImage> TagReader::readCover(const QString &path)
{
    TagLib::FileRef ref(QFile::encodeName(path).constData(), false);
    if (ref.isNull())
        return fail(Error::Kind::InvalidInput, QObject::tr("not an audio file TagLib can read"));
    if (!ref.complexPropertyKeys().contains("PICTURE"))
        return CoverImage {};
    const auto pictures = ref.complexProperties("PICTURE");
    const TagLib::VariantMap *chosen = nullptr;
    for (const auto &p : pictures) {
        if (!chosen)
            chosen = &p;
        if (p.value("pictureType").toString() == "Front Cover") {
            chosen = &p;
            break;
        }
    }
    if (!chosen)
        return CoverImage {};
    const TagLib::ByteVector data = chosen->value("data").toByteVector();
    if (qint64(data.size()) > kMaxCoverBytes)
        return fail(
            Error::Kind::InvalidInput,
            QObject::tr(
                "the embedded picture is %1 MB, more than the %2 MB a cover may have; it was not used")
                .arg(data.size() / (1024 * 1024))
                .arg(kMaxCoverBytes / (1024 * 1024)));
    return CoverImage { QByteArray(data.data(), qsizetype(data.size())),
                        toQString(chosen->value("mimeType").toString()) };
}

Result<ReplayGain> TagReader::readReplayGain(const QString &path)
{
    TagLib::FileRef ref(QFile::encodeName(path).constData(), false);
    if (ref.isNull())
        return fail(Error::Kind::InvalidInput, QObject::tr("not an audio file TagLib can read"));
    QList<std::pair<QString, QString>> found;
    auto addAll = [&found](const TagLib::PropertyMap &props) {
        for (const auto &[key, values] : props) {
            const QString name = toQString(key).toUpper();
            if ((name.startsWith(u"REPLAYGAIN_"_s) || name.startsWith(u"R128_"_s)) && !values.isEmpty())
                found.append({ name, toQString(values.front()) });
        }
    };
    addAll(ref.properties());
    // MPEG files: properties() holds only the first of ID3v2, APE and ID3v1, and mp3gain writes
    // its gains to an APE tag.
    if (auto *mpeg = dynamic_cast<TagLib::MPEG::File *>(ref.file()); mpeg && mpeg->hasAPETag())
        addAll(mpeg->APETag()->properties());
    // MP4: "----:com.apple.iTunes:replaygain_track_gain" freeform items, in whatever case.
    if (auto *mp4 = dynamic_cast<TagLib::MP4::File *>(ref.file()); mp4 && mp4->tag()) {
        for (const auto &[name, item] : mp4->tag()->itemMap()) {
            const QString key = toQString(name);
            static const QString prefix = u"----:com.apple.iTunes:"_s;
            if (key.startsWith(prefix, Qt::CaseInsensitive) && !item.toStringList().isEmpty())
                found.append({ key.mid(prefix.size()).toUpper(), toQString(item.toStringList().front()) });
        }
    }
    return ReplayGainTags::fromProperties(found);
}

} // namespace ost
