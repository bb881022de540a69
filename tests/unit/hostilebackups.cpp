#include "hostilebackups.h"

#include "backup/backupmanifest.h"
#include "backup/backuprestorer.h"
#include "common/rawarchive.h"
#include "common/testdata.h"
#include "storage/migrations.h"

#include <KCompressionDevice>
#include <QBuffer>
#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ost::test {

namespace {

QByteArray compressed(const QByteArray &plain, KCompressionDevice::CompressionType type)
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    {
        KCompressionDevice dev(&buf, false, type);
        dev.open(QIODevice::WriteOnly);
        dev.write(plain);
        dev.close();
    }
    return buf.data();
}

QByteArray zstd(const QByteArray &plain)
{
    return compressed(plain, KCompressionDevice::Zstd);
}

struct BackupPart
{
    QByteArray name;
    QByteArray data;
};

// A manifest that lists the parts correctly, unless a case changes it afterwards.
QByteArray manifestFor(const QList<BackupPart> &parts, int schema = 0)
{
    BackupManifest m;
    m.createdAt = u"2026-11-20T10:00:00Z"_s;
    m.schemaVersion = schema > 0 ? schema : Migrations::latestVersion();
    for (const auto &p : parts)
        m.files << BackupManifest::File { QString::fromUtf8(p.name), p.data.size(), test::sha(p.data) };
    return m.toJson();
}

} // namespace

QList<HostileBackup> hostileBackups(const QByteArray &db)
{
    QList<HostileBackup> out;
    const QList<BackupPart> good { { "library.sqlite", db } };
    auto tarOf = [&](const QList<BackupPart> &parts, const QByteArray &manifest, RawTar extra = {}) {
        RawTar t = extra;
        t.add("manifest.json", manifest);
        for (const auto &p : parts)
            t.add(p.name, p.data);
        return zstd(t.bytes());
    };
    auto withEntry
        = [&](const QByteArray &name, const QByteArray &data, char type, const QByteArray &link = {}) {
              RawTar t;
              t.add(name, data, type, link);
              return tarOf(good, manifestFor(good), t);
          };

    out << HostileBackup { "../x", withEntry("../x", "evil", '0'), u"../x"_s };
    out << HostileBackup { "/x", withEntry("/etc/x", "evil", '0'), u"/etc/x"_s };
    out << HostileBackup { "C:\\x", withEntry("C:\\x", "evil", '0'), u"C:\\x"_s };
    out << HostileBackup { "backslash", withEntry("posters\\x.png", "evil", '0'), u"posters\\x.png"_s };
    out << HostileBackup { "symlink", withEntry("posters/a.png", "", '2', "/etc/passwd"), u"link"_s };
    out << HostileBackup { "hard link", withEntry("posters/a.png", "", '1', "library.sqlite"),
                           u"hard link"_s };
    out << HostileBackup { "char device", withEntry("posters/tty", "", '3'), u"device"_s };
    out << HostileBackup { "fifo", withEntry("posters/fifo", "", '6'), u"pipe"_s };
    {
        RawTar t;
        t.add("posters/Cover.png", "a").add("posters/cover.png", "b");
        out << HostileBackup { "case collision", tarOf(good, manifestFor(good), t),
                               u"differ only in case"_s };
    }
    {
        RawTar t;
        t.add("posters/caf\xc3\xa9.png", "a").add("posters/cafe\xcc\x81.png", "b");
        out << HostileBackup { "NFC/NFD collision", tarOf(good, manifestFor(good), t),
                               u"differ only in case"_s };
    }
    {
        RawTar t;
        for (int i = 0; i < BackupRestorer::limits().maxEntries + 1; ++i)
            t.add("posters/p" + QByteArray::number(i), "");
        out << HostileBackup { "too many entries", zstd(t.bytes()), u"more than"_s };
    }
    {
        RawTar t;
        t.add("library.sqlite", "", '0', {}, BackupRestorer::limits().maxEntrySize + 1);
        out << HostileBackup { "entry over the cap", zstd(t.bytes()), u"over the limit"_s };
    }
    {
        // 300 MiB of zeros squeezed into a few kB of zstd.
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        {
            KCompressionDevice dev(&buf, false, KCompressionDevice::Zstd);
            dev.open(QIODevice::WriteOnly);
            RawTar t;
            t.add("posters/zeros.png", "", '0', {}, qint64(300) << 20);
            QByteArray header = t.bytes().left(512);
            dev.write(header);
            const QByteArray chunk(1 << 20, '\0');
            for (int i = 0; i < 300; ++i)
                dev.write(chunk);
            dev.close();
        }
        out << HostileBackup { "compression bomb", buf.data(), u"ratio"_s };
    }
    out << HostileBackup { "no manifest", zstd(RawTar().add("library.sqlite", db).bytes()),
                           u"no manifest.json"_s };
    out << HostileBackup { "manifest not JSON", tarOf(good, "{ \"format\": "), u"not JSON"_s };
    out << HostileBackup { "manifest nested deep", tarOf(good, QByteArray(200, '[') + QByteArray(200, ']')),
                           u"nests deeper"_s };
    {
        QByteArray m = manifestFor(good);
        const QByteArray from = QByteArray("\"schema\": ") + QByteArray::number(Migrations::latestVersion());
        m.replace(from, QByteArray("\"schema\": \"4\""));
        out << HostileBackup { "manifest wrong type", tarOf(good, m), u"\"schema\" must be"_s };
    }
    out << HostileBackup { "not a backup", tarOf(good, "{\"format\": \"ostshelf-pack\", \"version\": 1}"),
                           u"not an OST Shelf backup"_s };
    {
        QByteArray m = manifestFor(good);
        m.replace(test::sha(db), QByteArray(64, 'a'));
        out << HostileBackup { "hash mismatch", tarOf(good, m), u"SHA-256"_s };
    }
    {
        const QList<BackupPart> shorter { { "library.sqlite", db.left(db.size() - 1) } };
        out << HostileBackup { "size mismatch", tarOf(good, manifestFor(shorter)), u"manifest says"_s };
    }
    {
        RawTar t;
        t.add("posters/extra.png", "x");
        out << HostileBackup { "file not in manifest", tarOf(good, manifestFor(good), t),
                               u"not in its manifest"_s };
    }
    {
        QList<BackupPart> more = good;
        more.append(BackupPart { "posters/gone.png", "x" });
        out << HostileBackup { "file missing", tarOf(good, manifestFor(more)), u"not in the archive"_s };
    }
    {
        const QList<BackupPart> notDb { { "library.sqlite",
                                          QByteArray("SQLite format 3\0", 16) + QByteArray(4080, 'x') } };
        out << HostileBackup { "database damaged", tarOf(notDb, manifestFor(notDb)),
                               u"not a sound SQLite database"_s };
    }
    out << HostileBackup { "schema newer", tarOf(good, manifestFor(good, Migrations::latestVersion() + 1)),
                           u"newer version"_s };
    out << HostileBackup { "schema disagrees", tarOf(good, manifestFor(good, 2)), u"schema"_s };
    {
        const QByteArray whole = tarOf(good, manifestFor(good));
        out << HostileBackup { "truncated stream", whole.left(whole.size() / 2), u"damaged"_s };
        RawTar plain;
        plain.add("manifest.json", manifestFor(good)).add("library.sqlite", db);
        out << HostileBackup { "truncated tar", plain.bytes().left(1024 + 100), u"truncated"_s };
        // GNU base-256 sizes: 2^64 + the manifest's true length (which once wrapped around
        // to exactly that, a valid archive) and 2^62.
        QByteArray huge = plain.bytes();
        QByteArray field("\x80\0\x01\0\0\0\0\0\0\0\0\0", 12);
        qToBigEndian<quint64>(quint64(manifestFor(good).size()), field.data() + 4);
        huge.replace(124, 12, field);
        out << HostileBackup { "tar size beyond 64 bits", zstd(huge), u"bad size field"_s };
        QByteArray big = plain.bytes();
        big.replace(124, 12, QByteArray("\x80\0\0\0\x40\0\0\0\0\0\0\0", 12));
        out << HostileBackup { "tar size of 4 EiB", zstd(big), u"over the limit"_s };
        // Damage at several places of both compressions: in the first block, the middle
        // and near the end, where only a checksum or the length can tell.
        RawTar t;
        t.add("manifest.json", manifestFor(good));
        for (const auto &p : good)
            t.add(p.name, p.data);
        const QByteArray xz = compressed(t.bytes(), KCompressionDevice::Xz);
        for (const auto &[kind, stream] : { std::pair { "zstd", whole }, std::pair { "xz", xz } }) {
            for (const int percent : { 5, 33, 50, 80, 97 }) {
                QByteArray corrupt = stream;
                const qsizetype at = std::max<qsizetype>(16, corrupt.size() * percent / 100);
                for (qsizetype i = at; i < std::min(at + 64, corrupt.size() - 16); ++i)
                    corrupt[i] = char(corrupt[i] ^ 0x55);
                out << HostileBackup { "corrupt " + QByteArray(kind) + " stream at "
                                           + QByteArray::number(percent) + "%",
                                       corrupt, u"damaged"_s };
            }
        }
    }
    out << HostileBackup { "not an archive", QByteArray("hello, this is not a backup at all"),
                           u"not a tar"_s };
    return out;
}

} // namespace ost::test
