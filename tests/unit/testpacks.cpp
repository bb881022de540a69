#include "testpacks.h"

#include "common/rawarchive.h"
#include "common/testdata.h"
#include "packs/packreader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ost::test {

QJsonObject manifestFor(const QJsonArray &files)
{
    const QJsonObject drama { { u"id"_s, u"pack-drama"_s },
                              { u"title"_s, u"Pack Drama"_s },
                              { u"title_ko"_s, u"팩 드라마"_s },
                              { u"aliases"_s, QJsonArray() },
                              { u"synopsis"_s, u"Made by a test."_s } };
    const QJsonObject artist { { u"id"_s, u"pack-artist"_s },
                               { u"name"_s, u"Pack Artist"_s },
                               { u"kind"_s, u"solo"_s } };
    const QJsonObject song {
        { u"id"_s, u"pack-song"_s },
        { u"title"_s, u"Pack Song"_s },
        { u"artists"_s, QJsonArray { QJsonObject { { u"artist"_s, u"pack-artist"_s } } } },
        { u"dramas"_s, QJsonArray { QJsonObject { { u"drama"_s, u"pack-drama"_s }, { u"part"_s, 1 } } } }
    };
    return QJsonObject { { u"format"_s, u"ostshelf-pack"_s },
                         { u"version"_s, 1 },
                         { u"catalog"_s,
                           QJsonObject { { u"dramas"_s, QJsonArray { drama } },
                                         { u"artists"_s, QJsonArray { artist } },
                                         { u"songs"_s, QJsonArray { song } } } },
                         { u"files"_s, files } };
}
QJsonObject fileEntry(const QString &path, const QString &kind, const QString &owner, const QByteArray &data)
{
    return QJsonObject { { u"path"_s, path },
                         { u"kind"_s, kind },
                         { u"owner"_s, owner },
                         { u"size"_s, data.size() },
                         { u"sha256"_s, QString::fromLatin1(test::sha(data)) } };
}
QByteArray wav()
{
    QByteArray d("RIFF\x24\0\0\0WAVEfmt ", 16);
    d += QByteArray(64, '\x01');
    return d;
}
QByteArray png(int w, int h)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(Qt::darkCyan);
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return out;
}

QList<HostilePack> hostilePacks()
{
    QList<HostilePack> out;
    const QByteArray clip = wav();
    const auto okManifest
        = QJsonDocument(
              manifestFor({ fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s, clip) }))
              .toJson();
    auto base = [&] { return RawZip().add("manifest.json", okManifest).add("previews/pack-song.wav", clip); };

    out << HostilePack { "dot-dot", base().add("../evil.wav", clip).bytes(), u"\"..\""_s };
    out << HostilePack { "nested dot-dot", base().add("previews/../../evil.wav", clip).bytes(), u"\"..\""_s };
    out << HostilePack { "absolute", base().add("/tmp/evil.wav", clip).bytes(), u"absolute"_s };
    out << HostilePack { "drive letter", base().add("C:evil.wav", clip).bytes(), u"drive letter"_s };
    out << HostilePack { "windows path", base().add("C:\\evil.wav", clip).bytes(), u"C:\\evil.wav"_s };
    out << HostilePack { "backslash", base().add("previews\\evil.wav", clip).bytes(), u"backslash"_s };
    RawZip::Entry link { "previews/link.wav", "/etc/passwd", RawZip::crc("/etc/passwd"), 11, false, 0120777 };
    out << HostilePack { "symlink", base().add(link).bytes(), u"link"_s };
    RawZip::Entry device { "previews/dev.wav", "", RawZip::crc(""), 0, false, 0020644 };
    out << HostilePack { "device", base().add(device).bytes(), u"device"_s };
    out << HostilePack { "case collision", base().add("previews/PACK-SONG.wav", clip).bytes(), u"case"_s };
    out << HostilePack {
        "nfc/nfd collision",
        base().add("previews/caf\xc3\xa9.wav", clip).add("previews/cafe\xcc\x81.wav", clip).bytes(),
        u"normalization"_s
    };
    RawZip many = base();
    for (int i = 0; i < PackReader::limits().maxEntries; ++i)
        many.add("previews/x" + QByteArray::number(i) + ".wav", QByteArray());
    out << HostilePack { "too many entries", many.bytes(), u"more than"_s };
    RawZip::Entry big { "previews/big.wav",
                        clip,
                        RawZip::crc(clip),
                        quint32(PackReader::limits().maxEntrySize + 1),
                        false,
                        0100644 };
    out << HostilePack { "entry over the cap", base().add(big).bytes(), u"over the limit"_s };
    RawZip total = base();
    for (int i = 0; i < 70; ++i)
        total.add({ "previews/t" + QByteArray::number(i) + ".wav", clip, RawZip::crc(clip), quint32(60) << 20,
                    false, 0100644 });
    // (each entry also inflates far too much; the total is named first)
    out << HostilePack { "total over the cap", total.bytes(), u"add up"_s };
    out << HostilePack { "zip bomb",
                         base().add("previews/bomb.wav", QByteArray(20 << 20, '\0'), true).bytes(),
                         u"ratio"_s };
    QByteArray longer(100000, Qt::Uninitialized);
    quint32 seed = 7;
    for (char &c : longer) // incompressible, so only the size lies
        c = char((seed = seed * 1103515245u + 12345u) >> 24);
    const auto liarManifest = QJsonDocument(manifestFor({ fileEntry(u"previews/pack-song.wav"_s, u"preview"_s,
                                                                    u"pack-song"_s, longer.left(70000)) }))
                                  .toJson();
    RawZip liar = RawZip().add("manifest.json", liarManifest);
    liar.add(
        { "previews/pack-song.wav", RawZip::deflate(longer), RawZip::crc(longer), 70000, true, 0100644 });
    out << HostilePack { "size lies", liar.bytes(), u"more data than"_s };
    RawZip badCrc = base();
    badCrc.entries[1].data[20] = 'X';
    out << HostilePack { "bad crc", badCrc.bytes(), u"CRC"_s };
    RawZip corrupt = RawZip().add("manifest.json", okManifest);
    RawZip::Entry garbage { "previews/pack-song.wav",
                            QByteArray(200, '\xff'),
                            RawZip::crc(clip),
                            quint32(clip.size()),
                            true,
                            0100644 };
    out << HostilePack { "corrupt deflate stream", corrupt.add(garbage).bytes(), u"damaged"_s };
    const QByteArray whole = base().bytes();
    out << HostilePack { "truncated", whole.left(whole.size() / 2), u"not a readable archive"_s };
    out << HostilePack { "no manifest", RawZip().add("previews/pack-song.wav", clip).bytes(),
                         u"manifest.json"_s };
    out << HostilePack { "malformed manifest",
                         RawZip().add("manifest.json", "{\"format\": \"ostshelf-pack\", ").bytes(),
                         u"malformed JSON"_s };
    out << HostilePack { "manifest not an object", RawZip().add("manifest.json", "[1, 2]").bytes(),
                         u"must be an object"_s };
    out << HostilePack { "deeply nested manifest",
                         RawZip().add("manifest.json", QByteArray(5000, '[') + QByteArray(5000, ']')).bytes(),
                         u"nests deeper"_s };
    auto wrong = manifestFor({});
    auto catalog = wrong.value(u"catalog"_s).toObject();
    auto dramas = catalog.value(u"dramas"_s).toArray();
    auto d = dramas[0].toObject();
    d.insert(u"year"_s, u"2016"_s);
    dramas[0] = d;
    catalog.insert(u"dramas"_s, dramas);
    wrong.insert(u"catalog"_s, catalog);
    out << HostilePack { "wrong type in manifest",
                         RawZip().add("manifest.json", QJsonDocument(wrong).toJson()).bytes(),
                         u"\"year\" must be an integer"_s };
    auto dangling = manifestFor({});
    auto c2 = dangling.value(u"catalog"_s).toObject();
    c2.insert(u"artists"_s, QJsonArray());
    dangling.insert(u"catalog"_s, c2);
    out << HostilePack { "dangling reference",
                         RawZip().add("manifest.json", QJsonDocument(dangling).toJson()).bytes(),
                         u"unknown artist"_s };
    out << HostilePack { "files not an array",
                         RawZip()
                             .add("manifest.json",
                                  QJsonDocument(QJsonObject { { u"format"_s, u"ostshelf-pack"_s },
                                                              { u"version"_s, 1 },
                                                              { u"catalog"_s, QJsonObject() },
                                                              { u"files"_s, u"all of them"_s } })
                                      .toJson())
                             .bytes(),
                         u"\"files\" must be an array"_s };
    out << HostilePack {
        "newer format",
        RawZip().add("manifest.json", "{\"format\": \"ostshelf-pack\", \"version\": 99}").bytes(),
        u"newer version"_s
    };
    auto sizeLie
        = manifestFor({ fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s, clip + "x") });
    out << HostilePack { "size differs from manifest",
                         RawZip()
                             .add("manifest.json", QJsonDocument(sizeLie).toJson())
                             .add("previews/pack-song.wav", clip)
                             .bytes(),
                         u"manifest says"_s };
    for (const double badSize :
         { 6.67e37, -1.0, 17.5, 1e300 }) { // beyond qint64 once tripped UBSan in the fuzzer
        auto e = fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s, clip);
        e.insert(u"size"_s, badSize);
        out << HostilePack { "size " + QByteArray::number(badSize),
                             RawZip()
                                 .add("manifest.json", QJsonDocument(manifestFor({ e })).toJson())
                                 .add("previews/pack-song.wav", clip)
                                 .bytes(),
                             u"\"size\" must be a whole number"_s };
    }
    auto hashLie = manifestFor(
        { fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s, wav().replace(40, 1, "Z")) });
    out << HostilePack { "hash differs from manifest",
                         RawZip()
                             .add("manifest.json", QJsonDocument(hashLie).toJson())
                             .add("previews/pack-song.wav", clip)
                             .bytes(),
                         u"SHA-256"_s };
    out << HostilePack { "unlisted entry", base().add("previews/extra.wav", clip).bytes(),
                         u"not in its manifest"_s };
    out << HostilePack { "listed but missing", RawZip().add("manifest.json", okManifest).bytes(),
                         u"not in the pack"_s };
    const QByteArray text = "just some text, no audio at all";
    auto notAudio
        = manifestFor({ fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s, text) });
    out << HostilePack { "preview not audio",
                         RawZip()
                             .add("manifest.json", QJsonDocument(notAudio).toJson())
                             .add("previews/pack-song.wav", text)
                             .bytes(),
                         u"not an audio file"_s };
    auto badPath
        = manifestFor({ fileEntry(u"previews/../pack-song.wav"_s, u"preview"_s, u"pack-song"_s, clip) });
    out << HostilePack { "manifest path escapes",
                         RawZip().add("manifest.json", QJsonDocument(badPath).toJson()).bytes(),
                         u"must be previews/"_s };
    return out;
}

} // namespace ost::test
