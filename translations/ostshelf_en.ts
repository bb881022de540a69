<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../../../app/catalog/catalogsource.cpp" line="60"/>
        <source>The catalog in %1 has %n problem(s):
</source>
        <translation>
            <numerusform>The catalog in %1 has %n problem:
</numerusform>
            <numerusform>The catalog in %1 has %n problems:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/search/searchdocumentreader.cpp" line="42"/>
        <location filename="../../../app/search/searchdocumentreader.cpp" line="149"/>
        <source>Collection · %n item(s)</source>
        <translation>
            <numerusform>Collection · %n item</numerusform>
            <numerusform>Collection · %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/repositories/playlistrepository.cpp" line="347"/>
        <source>Cannot move: the playlist has %n song(s).</source>
        <translation>
            <numerusform>Cannot move: the playlist has %n song.</numerusform>
            <numerusform>Cannot move: the playlist has %n songs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/matching/songmatcher.cpp" line="143"/>
        <source>%n catalog songs have this title; the artist does not decide</source>
        <translation>
            <numerusform>%n catalog song has this title; the artist does not decide</numerusform>
            <numerusform>%n catalog songs have this title; the artist does not decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/playlists/playlistimporter.cpp" line="62"/>
        <source>Imported %n song(s) into &quot;%1&quot; (file encoding %2).</source>
        <translation>
            <numerusform>Imported %n song into &quot;%1&quot; (file encoding %2).</numerusform>
            <numerusform>Imported %n songs into &quot;%1&quot; (file encoding %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/playlists/playlistimporter.cpp" line="74"/>
        <source>Skipped %n entr(y/ies):</source>
        <translation>
            <numerusform>Skipped %n entry:</numerusform>
            <numerusform>Skipped %n entries:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/scanning/libraryscanner.cpp" line="50"/>
        <source>%n audio file(s) found</source>
        <translation>
            <numerusform>%n audio file found</numerusform>
            <numerusform>%n audio files found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/scanning/libraryscanner.cpp" line="64"/>
        <source>%n new drama(s)</source>
        <translation>
            <numerusform>%n new drama</numerusform>
            <numerusform>%n new dramas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/scanning/libraryscanner.cpp" line="66"/>
        <source>%n moved file(s) found again</source>
        <translation>
            <numerusform>%n moved file found again</numerusform>
            <numerusform>%n moved files found again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/scanning/libraryscanner.cpp" line="68"/>
        <source>%n file(s) missing</source>
        <translation>
            <numerusform>%n file missing</numerusform>
            <numerusform>%n files missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/storage/salvage.cpp" line="65"/>
        <location filename="../../../ui/backup/backupactions.cpp" line="28"/>
        <source>%n playlist(s)</source>
        <translation>
            <numerusform>%n playlist</numerusform>
            <numerusform>%n playlists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/storage/salvage.cpp" line="66"/>
        <source>%n playlist song(s)</source>
        <translation>
            <numerusform>%n playlist song</numerusform>
            <numerusform>%n playlist songs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/storage/salvage.cpp" line="67"/>
        <location filename="../../../ui/backup/backupactions.cpp" line="29"/>
        <source>%n favorite drama(s)</source>
        <translation>
            <numerusform>%n favorite drama</numerusform>
            <numerusform>%n favorite dramas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/storage/salvage.cpp" line="68"/>
        <location filename="../../../ui/backup/backupactions.cpp" line="30"/>
        <source>%n favorite song(s)</source>
        <translation>
            <numerusform>%n favorite song</numerusform>
            <numerusform>%n favorite songs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/storage/salvage.cpp" line="69"/>
        <source>%n linked file(s)</source>
        <translation>
            <numerusform>%n linked file</numerusform>
            <numerusform>%n linked files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/storage/salvage.cpp" line="71"/>
        <source>%n play(s) of the history</source>
        <translation>
            <numerusform>%n play of the history</numerusform>
            <numerusform>%n plays of the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/backup/backupactions.cpp" line="31"/>
        <source>%n custom poster(s)</source>
        <translation>
            <numerusform>%n custom poster</numerusform>
            <numerusform>%n custom posters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/backup/backupactions.cpp" line="32"/>
        <source>%n linked music file(s)</source>
        <translation>
            <numerusform>%n linked music file</numerusform>
            <numerusform>%n linked music files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::ArtistPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/artistpage.cpp" line="66"/>
        <source>%n song(s):</source>
        <translation>
            <numerusform>%n song:</numerusform>
            <numerusform>%n songs:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/artistpage.cpp" line="67"/>
        <source>%n song(s) by the group or its members:</source>
        <translation>
            <numerusform>%n song by the group or its members:</numerusform>
            <numerusform>%n songs by the group or its members:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::BackupActions</name>
    <message numerus="yes">
        <location filename="../../../ui/backup/backupactions.cpp" line="160"/>
        <source>The last %n backup(s)</source>
        <translation>
            <numerusform>The last backup</numerusform>
            <numerusform>The last %n backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::DramaGridModel</name>
    <message numerus="yes">
        <location filename="../../../app/models/dramagridmodel.cpp" line="179"/>
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n song</numerusform>
            <numerusform>%n songs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::DramaPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/dramapage.cpp" line="138"/>
        <source>%n song(s) from your files.</source>
        <translation>
            <numerusform>%n song from your files.</numerusform>
            <numerusform>%n songs from your files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/dramapage.cpp" line="140"/>
        <source>%n song(s) of this soundtrack are in the catalog; the full album has more.</source>
        <translation>
            <numerusform>%n song of this soundtrack are in the catalog; the full album has more.</numerusform>
            <numerusform>%n songs of this soundtrack are in the catalog; the full album has more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/dramapage.cpp" line="143"/>
        <source>The complete soundtrack: %n song(s).</source>
        <translation>
            <numerusform>The complete soundtrack: %n song.</numerusform>
            <numerusform>The complete soundtrack: %n songs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::GridPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/gridpage.cpp" line="95"/>
        <source>%n drama(s)</source>
        <translation>
            <numerusform>%n drama</numerusform>
            <numerusform>%n dramas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::HistoryModel</name>
    <message numerus="yes">
        <location filename="../../../app/models/historymodel.cpp" line="134"/>
        <source>%1 (%n play(s))</source>
        <translation>
            <numerusform>%1 (%n play)</numerusform>
            <numerusform>%1 (%n plays)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::HistoryPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/historypage.cpp" line="75"/>
        <location filename="../../../ui/pages/historypage.cpp" line="78"/>
        <source>History — %n play(s)</source>
        <translation>
            <numerusform>History — %n play</numerusform>
            <numerusform>History — %n plays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/historypage.cpp" line="76"/>
        <source>the newest %n shown</source>
        <translation>
            <numerusform>the newest %n shown</numerusform>
            <numerusform>the newest %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::MainWindow</name>
    <message numerus="yes">
        <location filename="../../../ui/mainwindow/mainwindow.cpp" line="164"/>
        <source>%n drama(s) in the library</source>
        <translation>
            <numerusform>%n drama in the library</numerusform>
            <numerusform>%n dramas in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/mainwindow/mainwindow.cpp" line="293"/>
        <source>Exported %n song(s) to %1</source>
        <translation>
            <numerusform>Exported %n song to %1</numerusform>
            <numerusform>Exported %n songs to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::OtherMusicPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/othermusicpage.cpp" line="57"/>
        <source>Other music — %n song(s)</source>
        <translation>
            <numerusform>Other music — %n song</numerusform>
            <numerusform>Other music — %n songs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/othermusicpage.cpp" line="58"/>
        <source>%n album(s)</source>
        <translation>
            <numerusform>%n album</numerusform>
            <numerusform>%n albums</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PackActions</name>
    <message numerus="yes">
        <location filename="../../../ui/packs/packactions.cpp" line="29"/>
        <source>Pack imported: %n new drama(s), </source>
        <translation>
            <numerusform>Pack imported: %n new drama, </numerusform>
            <numerusform>Pack imported: %n new dramas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/packs/packactions.cpp" line="30"/>
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/packs/packactions.cpp" line="36"/>
        <source>Exported %1: %n drama(s), </source>
        <translation>
            <numerusform>Exported %1: %n drama, </numerusform>
            <numerusform>Exported %1: %n dramas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/packs/packactions.cpp" line="37"/>
        <source>%n song(s).</source>
        <translation>
            <numerusform>%n song.</numerusform>
            <numerusform>%n songs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PlaybackController</name>
    <message numerus="yes">
        <location filename="../../../app/playback/playbackcontroller.cpp" line="89"/>
        <source>%n song(s) will play next</source>
        <translation>
            <numerusform>%n song will play next</numerusform>
            <numerusform>%n songs will play next</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/playback/playbackcontroller.cpp" line="107"/>
        <source>Added %n song(s) to the queue</source>
        <translation>
            <numerusform>Added %n song to the queue</numerusform>
            <numerusform>Added %n songs to the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/playback/playbackcontroller.cpp" line="285"/>
        <source>Stopped: %n songs in a row could not play.</source>
        <translation>
            <numerusform>Stopped: %n song in a row could not play.</numerusform>
            <numerusform>Stopped: %n songs in a row could not play.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PlaylistEditor</name>
    <message numerus="yes">
        <location filename="../../../app/playlists/playlisteditor.cpp" line="289"/>
        <source>Add %n song(s) to “%1”</source>
        <translation>
            <numerusform>Add %n song to “%1”</numerusform>
            <numerusform>Add %n songs to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/playlists/playlisteditor.cpp" line="290"/>
        <source>Added %n song(s) to “%1”</source>
        <translation>
            <numerusform>Added %n song to “%1”</numerusform>
            <numerusform>Added %n songs to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/playlists/playlisteditor.cpp" line="317"/>
        <source>Remove %n song(s) from “%1”</source>
        <translation>
            <numerusform>Remove %n song from “%1”</numerusform>
            <numerusform>Remove %n songs from “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/playlists/playlisteditor.cpp" line="489"/>
        <source>Emptied the trash: %n playlist(s) deleted for good</source>
        <translation>
            <numerusform>Emptied the trash: %n playlist deleted for good</numerusform>
            <numerusform>Emptied the trash: %n playlists deleted for good</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PlaylistListModel</name>
    <message numerus="yes">
        <location filename="../../../app/models/playlistlistmodel.cpp" line="108"/>
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n song</numerusform>
            <numerusform>%n songs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/models/playlistlistmodel.cpp" line="110"/>
        <source>%n without a local file</source>
        <translation>
            <numerusform>%n without a local file</numerusform>
            <numerusform>%n without a local file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::TrackModel</name>
    <message numerus="yes">
        <location filename="../../../app/models/trackmodel.cpp" line="110"/>
        <source>Played %n time(s)</source>
        <translation>
            <numerusform>Played %n time</numerusform>
            <numerusform>Played %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/models/trackmodel.cpp" line="116"/>
        <source>skipped %n time(s)</source>
        <translation>
            <numerusform>skipped %n time</numerusform>
            <numerusform>skipped %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/models/trackmodel.cpp" line="118"/>
        <source>%n preview(s)</source>
        <translation>
            <numerusform>%n preview</numerusform>
            <numerusform>%n previews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::TrashDialog</name>
    <message numerus="yes">
        <location filename="../../../ui/playlists/trashdialog.cpp" line="45"/>
        <source>%n playlist(s) will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n playlist will be deleted for good. This cannot be undone.</numerusform>
            <numerusform>%n playlists will be deleted for good. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/playlists/trashdialog.cpp" line="60"/>
        <source>%1 — %n song(s), deleted %2</source>
        <translation>
            <numerusform>%1 — %n song, deleted %2</numerusform>
            <numerusform>%1 — %n songs, deleted %2</numerusform>
        </translation>
    </message>
</context>
</TS>
