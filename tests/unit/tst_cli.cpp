// ostshelf-cli as scripts use it: JSON shapes, errors on stderr with a non-zero exit.
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "history/playhistoryrepository.h"
#include "playback/tonegenerator.h"
#include "search/textnormalizer.h"
#include "storage/library.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <taglib/fileref.h>
#include <taglib/tag.h>

using namespace Qt::StringLiterals;
using namespace ost;

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run
    {
        int code;
        QByteArray out;
        QString err;
    };
    Run cli(QStringList args, const QString &dataDir = {}, const QProcessEnvironment &env = {})
    {
        QProcess p;
        if (!env.isEmpty())
            p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(OSTSHELF_TEST_BINARY_DIR "/bin/ostshelf-cli"));
        p.setArguments(QStringList { u"--data-dir"_s, dataDir.isEmpty() ? m_dir.path() : dataDir } + args);
        p.start();
        if (!p.waitForFinished(120000))
            return { -1, {}, u"timeout"_s };
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                 QString::fromUtf8(p.readAllStandardError()) };
    }
    static QJsonValue json(const QByteArray &data)
    {
        QJsonParseError e {};
        const auto doc = QJsonDocument::fromJson(data, &e);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

private Q_SLOTS:
    void searchJson()
    {
        const Run r = cli({ u"search"_s, u"도깨비"_s, u"--json"_s });
        QCOMPARE(r.code, 0);
        const QJsonArray hits = json(r.out).toArray();
        QVERIFY(!hits.isEmpty());
        const QJsonObject first = hits.first().toObject();
        QCOMPARE(first.value(u"type"_s).toString(), u"drama"_s);
        QCOMPARE(first.value(u"id"_s).toString(), u"goblin"_s);
        QCOMPARE(first.value(u"title_ko"_s).toString(), u"도깨비"_s);
        QVERIFY(first.contains(u"artists"_s));
        QCOMPARE(first.value(u"year"_s).toInt(), 2016);
    }

    void initialsSearchText()
    {
        const Run r = cli({ u"search"_s, u"ㄷㄲㅂ"_s });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("goblin"));
    }

    void dramaJsonHasTracksAndAwards()
    {
        const Run r = cli({ u"drama"_s, u"Guardian: The Lonely and Great God"_s, u"--json"_s });
        QCOMPARE(r.code, 0);
        const QJsonObject d = json(r.out).toObject();
        QCOMPARE(d.value(u"type"_s).toString(), u"drama"_s);
        QCOMPARE(d.value(u"id"_s).toString(), u"goblin"_s);
        QVERIFY(d.value(u"aliases"_s).toArray().contains(u"Guardian: The Lonely and Great God"_s));
        const QJsonArray tracks = d.value(u"tracks"_s).toArray();
        QVERIFY(tracks.size() >= 2);
        QCOMPARE(tracks.first().toObject().value(u"title"_s).toString(), u"Stay with Me"_s);
        QCOMPARE(tracks.first().toObject().value(u"part"_s).toInt(), 1);
        QVERIFY(!d.value(u"awards"_s).toArray().isEmpty());
        QVERIFY(d.value(u"artists"_s).toArray().contains(u"Punch"_s));
    }

    void songJsonHasDramasAndArtists()
    {
        const Run r = cli({ u"song"_s, u"stay with me"_s, u"--json"_s });
        QCOMPARE(r.code, 0);
        const QJsonObject s = json(r.out).toObject();
        QCOMPARE(s.value(u"type"_s).toString(), u"song"_s);
        QCOMPARE(s.value(u"dramas"_s).toArray(), QJsonArray { u"Goblin"_s });
        QCOMPARE(s.value(u"artists"_s).toArray(), (QJsonArray { u"Chanyeol"_s, u"Punch"_s }));
    }

    void dramasJson()
    {
        const Run r = cli({ u"dramas"_s, u"--json"_s });
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r.out).toArray().size(), 26);
        for (const auto &d : json(r.out).toArray())
            QCOMPARE(d[u"origin"_s].toString(), u"catalog"_s);
    }

    void filesCommands()
    {
        // A folder of two albums: one OST of a drama of the reference list, one that is no OST.
        QTemporaryDir data, music;
        const auto track
            = [&music](const QString &rel, const char *title, const char *artist, const char *album) {
                  const QString path = music.filePath(rel);
                  QDir().mkpath(QFileInfo(path).absolutePath());
                  QVERIFY(ost::ToneGenerator::writeWav(path, { 330.0, 150 }));
                  TagLib::FileRef ref(QFile::encodeName(path).constData());
                  ref.tag()->setTitle(TagLib::String(title, TagLib::String::UTF8));
                  ref.tag()->setArtist(TagLib::String(artist, TagLib::String::UTF8));
                  ref.tag()->setAlbum(TagLib::String(album, TagLib::String::UTF8));
                  QVERIFY(ref.save());
              };
        track(u"a/01.wav"_s, "어른", "손디아", "나의 아저씨 OST Part.2");
        track(u"b/01.wav"_s, "Palette", "IU", "Palette");
        Run r = cli({ u"scan"_s, music.path(), u"--json"_s }, data.path());
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r.out)[u"dramas_made"_s].toInt(), 1);
        QCOMPARE(json(r.out)[u"other"_s].toInt(), 1);
        r = cli({ u"drama"_s, u"나의 아저씨"_s, u"--json"_s }, data.path());
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r.out)[u"origin"_s].toString(), u"files"_s);
        QCOMPARE(json(r.out)[u"year"_s].toInt(), 2018);
        const QJsonObject t = json(r.out)[u"tracks"_s][0].toObject();
        QCOMPARE(t[u"file"_s].toString(), music.filePath(u"a/01.wav"_s));
        QCOMPARE(t[u"origin"_s].toString(), u"files"_s);
        QCOMPARE(t[u"part"_s].toInt(), 2);
        r = cli({ u"other"_s, u"--json"_s }, data.path());
        QCOMPARE(json(r.out).toArray().size(), 1);
        QCOMPARE(json(r.out)[0][u"album"_s].toString(), u"Palette"_s);

        // Edits: bad input is refused with a message and changes nothing.
        // Exit statuses by kind: 2 usage, 3 not found (see --help).
        r = cli({ u"drama"_s, u"edit"_s, u"my-mister"_s, u"--year"_s, u"twenty"_s }, data.path());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--year"_s));
        r = cli({ u"drama"_s, u"merge"_s, u"my-mister"_s, u"No Such Drama"_s }, data.path());
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(u"No drama is called"_s));
        r = cli({ u"album"_s, u"set"_s, u"Palette"_s }, data.path());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"usage"_s));
        QCOMPARE(json(cli({ u"other"_s, u"--json"_s }, data.path()).out).toArray().size(), 1);

        QCOMPARE(
            cli({ u"drama"_s, u"edit"_s, u"my-mister"_s, u"--title"_s, u"My Ajusshi"_s }, data.path()).code,
            0);
        QCOMPARE(cli({ u"album"_s, u"set"_s, u"Palette"_s, u"--drama"_s, u"my-mister"_s }, data.path()).code,
                 0);
        r = cli({ u"drama"_s, u"My Ajusshi"_s, u"--json"_s }, data.path());
        QCOMPARE(json(r.out)[u"tracks"_s].toArray().size(), 2);
        QCOMPARE(json(cli({ u"other"_s, u"--json"_s }, data.path()).out).toArray().size(), 0);
        QCOMPARE(cli({ u"song"_s, u"move"_s, u"Palette"_s, u"--no-drama"_s }, data.path()).code, 0);
        QCOMPARE(json(cli({ u"other"_s, u"--json"_s }, data.path()).out).toArray().size(), 1);
        QCOMPARE(cli({ u"drama"_s, u"merge"_s, u"my-mister"_s, u"goblin"_s }, data.path()).code, 0);
        r = cli({ u"drama"_s, u"goblin"_s, u"--json"_s }, data.path());
        QVERIFY(r.out.contains("어른"));
        // The merged drama's old names find the one it joined.
        QCOMPARE(
            json(cli({ u"drama"_s, u"나의 아저씨"_s, u"--json"_s }, data.path()).out)[u"id"_s].toString(),
            u"goblin"_s);
    }

    void lyricsOfALinkedFile()
    {
        QTemporaryDir data, music;
        const QString audio = music.filePath(u"stay.wav"_s);
        QVERIFY(ost::ToneGenerator::writeWav(audio, { 330.0, 150 }));
        Run r = cli({ u"song"_s, u"stay-with-me"_s, u"--lyrics"_s }, data.path());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Lyrics: none (no audio file of yours"), r.out.constData());
        QCOMPARE(cli({ u"link"_s, u"stay-with-me"_s, audio }, data.path()).code, 0);
        r = cli({ u"song"_s, u"stay-with-me"_s, u"--lyrics"_s }, data.path());
        QVERIFY2(r.out.contains("Lyrics: none\n"), r.out.constData());
        // An .lrc beside the file, in the old Korean code page, with a second language.
        QFile lrc(music.filePath(u"stay.lrc"_s));
        QVERIFY(lrc.open(QIODevice::WriteOnly));
        lrc.write("[ar:Chanyeol]\n[00:12.30]"
                  + QByteArray::fromHex("b1d7b4eb") /* 그대 */ + "\n[00:12.30]You\n");
        lrc.close();
        r = cli({ u"song"_s, u"stay-with-me"_s, u"--lyrics"_s }, data.path());
        QCOMPARE(r.code, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(u"(CP949, synced)"_s) && text.contains(u"[00:12.30] 그대\n"_s)
                     && text.contains(ost::TextNormalizer::romanizeWords(u"그대"_s))
                     && text.contains(u"You"_s),
                 qPrintable(text));
        r = cli({ u"song"_s, u"stay-with-me"_s, u"--lyrics"_s, u"--json"_s }, data.path());
        const QJsonObject line = json(r.out)[u"lines"_s].toArray().first().toObject();
        QCOMPARE(line[u"time_ms"_s].toInt(), 12300);
        QCOMPARE(line[u"text"_s].toString(), u"그대"_s);
        QCOMPARE(line[u"second"_s].toString(), u"You"_s);
        QCOMPARE(line[u"romanization"_s].toString(), ost::TextNormalizer::romanizeWords(u"그대"_s));
    }

    void errorsGoToStderr()
    {
        Run r = cli({ u"drama"_s, u"No Such Drama"_s });
        QCOMPARE(r.code, 3); // not found
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(u"No drama is called"_s));
        r = cli({ u"frobnicate"_s });
        QCOMPARE(r.code, 2); // usage
        QVERIFY(r.err.contains(u"unknown command"_s));
        r = cli({ u"dramas"_s }, m_dir.filePath(u"missing"_s));
        QVERIFY(r.code != 0);
        QVERIFY(r.err.contains(u"does not exist"_s));
    }

    void helpDocumentsCommands()
    {
        const Run r = cli({ u"--help"_s });
        QCOMPARE(r.code, 0);
        for (const char *c : { "search", "dramas", "drama", "song", "generate", "favorite", "--data-dir",
                               "drama edit", "drama merge", "song move", "album set", "other" })
            QVERIFY2(r.out.contains(c), c);
    }

    void favoritesRoundTrip()
    {
        QCOMPARE(cli({ u"favorite"_s, u"add"_s, u"song"_s, u"Christmas Tree"_s }).code, 0);
        const Run r = cli({ u"favorite"_s, u"list"_s, u"--json"_s });
        QCOMPARE(r.code, 0);
        QVERIFY(json(r.out).toObject().value(u"songs"_s).toArray().contains(u"christmas-tree"_s));
    }

    // The plays the app recorded, listed newest first; a bad limit is a usage error.
    void historyListsAndClears()
    {
        QTemporaryDir data;
        QCOMPARE(cli({ u"history"_s }, data.path()).out, QByteArray("History: nothing played yet\n"));
        {
            auto lib = Library::open(test::libraryOptions(data.path()));
            QVERIFY(lib);
            PlayHistoryRepository repo(lib->database());
            const QDateTime t = QDateTime::currentDateTimeUtc();
            QVERIFY(repo.record(
                { u"christmas-tree"_s, t.addSecs(-60), 30'000, 30'000, PlayRecord::Kind::Preview, false }));
            QVERIFY(repo.record({ u"stay-with-me"_s, t, 200'000, 230'000, PlayRecord::Kind::Full, false }));
        }
        Run r = cli({ u"history"_s, u"--json"_s, u"--limit"_s, u"1"_s }, data.path());
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r.out).toObject();
        QCOMPARE(o.value(u"total"_s).toInt(), 2);
        QCOMPARE(o.value(u"plays"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"plays"_s).toArray().at(0).toObject().value(u"song"_s).toString(),
                 u"stay-with-me"_s);
        r = cli({ u"history"_s }, data.path());
        QVERIFY2(r.out.contains("preview 0:30  Christmas Tree"), r.out.constData());
        QCOMPARE(cli({ u"history"_s, u"--limit"_s, u"none"_s }, data.path()).code, 2);
        QCOMPARE(cli({ u"history"_s, u"clear"_s }, data.path()).code, 0);
        QCOMPARE(cli({ u"history"_s }, data.path()).out, QByteArray("History: nothing played yet\n"));
    }

    // As the app does, the CLI makes the day's automatic backup before a command that changes
    // the library: not for a search, once a day, and not when the user turned them off.
    void automaticBackupBeforeAChange()
    {
        QTemporaryDir data, config;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path()); // settings of this test alone
        const auto automatic = [](const QString &dir) {
            return QDir(dir + u"/backups"_s).entryList({ u"auto-*.ostbackup"_s }, QDir::Files).size();
        };
        QCOMPARE(cli({ u"search"_s, u"goblin"_s }, data.path(), env).code, 0);
        QCOMPARE(automatic(data.path()), 0);
        const Run first = cli({ u"favorite"_s, u"add"_s, u"drama"_s, u"goblin"_s }, data.path(), env);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(u"automatic backup saved"_s), qPrintable(first.err));
        QCOMPARE(automatic(data.path()), 1);
        QCOMPARE(cli({ u"favorite"_s, u"remove"_s, u"drama"_s, u"goblin"_s }, data.path(), env).code, 0);
        QCOMPARE(automatic(data.path()), 1);

        QSettings off(config.filePath(u"ostshelf/ostshelf.conf"_s), QSettings::IniFormat);
        off.setValue(u"backup/automatic"_s, false);
        off.sync();
        QTemporaryDir other;
        QCOMPARE(cli({ u"favorite"_s, u"add"_s, u"drama"_s, u"goblin"_s }, other.path(), env).code, 0);
        QCOMPARE(automatic(other.path()), 0);
    }

    void backupCreateListRestore()
    {
        QTemporaryDir source, target;
        QCOMPARE(cli({ u"favorite"_s, u"add"_s, u"drama"_s, u"goblin"_s }, source.path()).code, 0);
        QCOMPARE(cli({ u"playlist"_s, u"create"_s, u"Road trip"_s }, source.path()).code, 0);
        const QString file = m_dir.filePath(u"cli.ostbackup"_s);
        const Run made = cli({ u"backup"_s, u"create"_s, file, u"--json"_s }, source.path());
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QCOMPARE(json(made.out).toObject().value(u"counts"_s).toObject().value(u"playlists"_s).toInt(), 1);
        QCOMPARE(cli({ u"backup"_s, u"create"_s, u"--auto"_s, u"--keep"_s, u"3"_s }, source.path()).code, 0);
        const Run listed = cli({ u"backup"_s, u"list"_s, u"--json"_s }, source.path());
        QCOMPARE(listed.code, 0);
        QCOMPARE(json(listed.out).toArray().first().toObject().value(u"kind"_s).toString(), u"automatic"_s);

        const Run dry = cli({ u"backup"_s, u"restore"_s, file, u"--dry-run"_s }, target.path());
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QVERIFY(!QFileInfo::exists(target.filePath(u"library.sqlite"_s)));
        const Run restored = cli({ u"backup"_s, u"restore"_s, file }, target.path());
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains("restored"));
        const Run favs = cli({ u"favorite"_s, u"list"_s, u"--json"_s }, target.path());
        QVERIFY(json(favs.out).toObject().value(u"dramas"_s).toArray().contains(u"goblin"_s));

        QFile junk(m_dir.filePath(u"junk.ostbackup"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a backup");
        junk.close();
        const Run bad = cli({ u"backup"_s, u"restore"_s, junk.fileName() }, target.path());
        QVERIFY(bad.code != 0);
        QVERIFY2(bad.err.contains(u"junk.ostbackup cannot be restored"_s), qPrintable(bad.err));
    }

    void packExportImport()
    {
        QTemporaryDir source, target;
        const QString file = m_dir.filePath(u"goblin.ostpack"_s);
        const Run exported
            = cli({ u"pack"_s, u"export"_s, file, u"--drama"_s, u"goblin"_s, u"--json"_s }, source.path());
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QCOMPARE(json(exported.out).toObject().value(u"dramas"_s).toInt(), 1);
        const Run dry = cli({ u"pack"_s, u"import"_s, file, u"--dry-run"_s, u"--json"_s }, target.path());
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QVERIFY(json(dry.out).toObject().value(u"dry_run"_s).toBool());
        QCOMPARE(cli({ u"pack"_s, u"import"_s, file }, target.path()).code, 0);
        const Run again = cli({ u"pack"_s, u"import"_s, file }, target.path());
        QVERIFY(again.out.contains("Nothing to change"));
    }

    void generateAddsALibrary()
    {
        QTemporaryDir dir;
        QCOMPARE(cli({ u"generate"_s, u"--dramas"_s, u"50"_s, u"--songs"_s, u"400"_s }, dir.path()).code, 0);
        const Run r = cli({ u"dramas"_s, u"--json"_s }, dir.path());
        QCOMPARE(json(r.out).toArray().size(), 26 + 50);
        const Run bad = cli({ u"generate"_s, u"--dramas"_s, u"x"_s, u"--songs"_s, u"1"_s }, dir.path());
        QVERIFY(bad.code != 0);
    }

    void playlistCommandsRoundTrip()
    {
        QTemporaryDir dir;
        const QString d = dir.path();
        QCOMPARE(cli({ u"playlist"_s, u"create"_s, u"Rainy day"_s }, d).code, 0);
        const Run dup = cli({ u"playlist"_s, u"create"_s, u"rainy DAY"_s }, d);
        QCOMPARE(dup.code, 4); // invalid input: the name is taken
        QVERIFY2(dup.err.contains(u"already exists"_s), qPrintable(dup.err));
        QCOMPARE(
            cli({ u"playlist"_s, u"add"_s, u"Rainy day"_s, u"Stay with Me"_s, u"sofa"_s, u"잊지 말아요"_s },
                d)
                .code,
            0);
        const Run badSong = cli({ u"playlist"_s, u"add"_s, u"Rainy day"_s, u"No Such Song Anywhere"_s }, d);
        QCOMPARE(badSong.code, 3); // no such song
        QCOMPARE(cli({ u"playlist"_s, u"move"_s, u"Rainy day"_s, u"3"_s, u"1"_s }, d).code, 0);
        QCOMPARE(cli({ u"playlist"_s, u"remove"_s, u"Rainy day"_s, u"2"_s }, d).code, 0);
        QCOMPARE(cli({ u"playlist"_s, u"remove"_s, u"Rainy day"_s, u"9"_s }, d).code,
                 4); // not a position in the playlist
        const Run show = cli({ u"playlist"_s, u"show"_s, u"Rainy day"_s, u"--json"_s }, d);
        QCOMPARE(show.code, 0);
        const QJsonArray songs = json(show.out).toObject().value(u"songs"_s).toArray();
        QCOMPARE(songs.size(), 2);
        QCOMPARE(songs[0].toObject().value(u"song_id"_s).toString(), u"dont-forget"_s);
        QCOMPARE(songs[1].toObject().value(u"song_id"_s).toString(), u"sofa"_s);
        QVERIFY(songs[0].toObject().value(u"file"_s).isNull());

        const QString file = d + u"/rainy.xspf"_s;
        QCOMPARE(cli({ u"playlist"_s, u"export"_s, u"Rainy day"_s, file }, d).code, 0);
        QCOMPARE(cli({ u"playlist"_s, u"delete"_s, u"Rainy day"_s }, d).code, 0);
        const Run trash = cli({ u"playlist"_s, u"trash"_s, u"--json"_s }, d);
        QCOMPARE(json(trash.out).toArray().size(), 1);
        const Run imported = cli({ u"playlist"_s, u"import"_s, file, u"--json"_s }, d);
        QCOMPARE(imported.code, 0);
        QCOMPARE(json(imported.out).toObject().value(u"name"_s).toString(), u"Rainy day"_s);
        QCOMPARE(json(imported.out).toObject().value(u"matched"_s).toArray().size(), 2);
        // Restoring next to a same-named playlist keeps both.
        const Run restored = cli({ u"playlist"_s, u"restore"_s, u"Rainy day"_s }, d);
        QCOMPARE(restored.code, 0);
        QVERIFY2(restored.out.contains("Rainy day (2)"), restored.out.constData());
        const Run list = cli({ u"playlist"_s, u"list"_s, u"--json"_s }, d);
        QCOMPARE(json(list.out).toArray().size(), 2);
        QCOMPARE(cli({ u"playlist"_s, u"empty-trash"_s }, d).code, 0);
        QCOMPARE(cli({ u"playlist"_s, u"frobnicate"_s }, d).code, 2); // usage
    }
};

OST_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
