<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/storage/database.cpp" line="43"/>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="55"/>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="69"/>
        <source>Cannot configure the database %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="95"/>
        <source>%1 is not a readable OST Shelf database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="103"/>
        <source>Refusing to create %1: the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="132"/>
        <location filename="../app/storage/sqlquery.cpp" line="16"/>
        <location filename="../app/catalog/catalogwriter.cpp" line="31"/>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="18"/>
        <source>Cannot start a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="33"/>
        <source>No transaction is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="36"/>
        <source>Cannot save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="42"/>
        <source>Cannot read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="52"/>
        <source>Migration %1 is missing from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="55"/>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/sqlquery.cpp" line="12"/>
        <location filename="../app/catalog/catalogwriter.cpp" line="27"/>
        <source>Database error preparing &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="76"/>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="80"/>
        <source>Cannot move %1 into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="154"/>
        <source>Cannot create the backup folder in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="162"/>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="166"/>
        <source>The backup %1 failed its integrity check and was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="185"/>
        <source>The data directory %1 does not exist. Create it first, or check that its drive is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="188"/>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="192"/>
        <source>The data directory %1 is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="202"/>
        <source>The data directory %1 is read-only: OST Shelf cannot save favorites or playlists there. Make it writable or choose another one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="205"/>
        <source>The bundled catalog %1 is missing or damaged; reinstall OST Shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="218"/>
        <source>Your library was restored from the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="238"/>
        <source>The library file %1 was missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="240"/>
        <source>The library file %1 is missing and no backup in %2 is usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="252"/>
        <source>The library %1 is damaged and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="253"/>
        <source>The library file was damaged; it was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="257"/>
        <source>No usable backup was found, so a new library was started from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="272"/>
        <source>This library was written by a newer version of OST Shelf (schema %1; this version knows %2). It is open read-only so nothing in it is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="284"/>
        <source>The library could not be upgraded and was left as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="285"/>
        <source>The library was upgraded to schema %1; a backup was kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="291"/>
        <source>The catalog was updated; your favorites and playlists were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/catalogupdater.cpp" line="86"/>
        <source>The catalog update failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/catalog/catalogsource.cpp" line="235"/>
        <source>The catalog in %1 has %n problem(s):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="131"/>
        <source>No song with id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="167"/>
        <source>No drama with id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="228"/>
        <source>No artist with id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="304"/>
        <source>Unknown table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="338"/>
        <source>Artist</source>
        <translation type="unfinished">아티스트</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="338"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/repositories/catalogrepository.cpp" line="428"/>
        <source>Collection · %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="451"/>
        <source>No drama is called &quot;%1&quot; (try: ostshelf-cli search &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="472"/>
        <source>No song is called &quot;%1&quot; (try: ostshelf-cli search &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/favoriterepository.cpp" line="30"/>
        <source>The library is open read-only; favorites cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/favoriterepository.cpp" line="36"/>
        <source>Cannot mark &quot;%1&quot; as a favorite: it is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="25"/>
        <source>%1 is not an image OST Shelf can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="28"/>
        <source>%1 is too large (%2×%3); posters can be at most %4 pixels on a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="32"/>
        <source>Cannot create the poster folder in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="37"/>
        <source>Cannot copy %1 into the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="51"/>
        <source>A playlist needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="53"/>
        <source>A playlist name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="56"/>
        <source>A playlist name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="63"/>
        <source>The library is open read-only; playlists cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="88"/>
        <source>Too many playlists are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="99"/>
        <source>No song with id &quot;%1&quot; is in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="110"/>
        <source>Database error: cannot prepare the playlist update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="116"/>
        <source>Cannot save the playlist: song &quot;%1&quot; was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="137"/>
        <location filename="../app/repositories/playlistrepository.cpp" line="166"/>
        <source>A playlist named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="182"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="199"/>
        <source>No playlist with id %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="266"/>
        <source>No playlist with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="318"/>
        <source>The playlist has no song at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/repositories/playlistrepository.cpp" line="330"/>
        <source>Cannot move: the playlist has %n song(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="351"/>
        <source>No playlist named &quot;%1&quot; is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="352"/>
        <source>No playlist named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="19"/>
        <source>The library is open read-only; files cannot be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="22"/>
        <source>Cannot link &quot;%1&quot;: it is not an existing local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="28"/>
        <source>Cannot link a file to &quot;%1&quot;: it is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="35"/>
        <source>The library is open read-only; files cannot be unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="102"/>
        <source>no catalog song has this title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="117"/>
        <source>title and artist match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="119"/>
        <source>several songs share this title and artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="122"/>
        <source>title matches; no artist to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="123"/>
        <source>title matches but the artist differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/matching/songmatcher.cpp" line="124"/>
        <source>%n catalog songs have this title; the artist does not decide</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="39"/>
        <source>Cannot read tags of &quot;%1&quot;: not an audio file TagLib knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="87"/>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="88"/>
        <source>remote address, never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="89"/>
        <source>network share path, never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="90"/>
        <source>a device or system file, never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="91"/>
        <source>not a regular file (a pipe, socket or folder), never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistexporter.cpp" line="87"/>
        <location filename="../app/playlists/playlistexporter.cpp" line="91"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistexporter.cpp" line="94"/>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlistimporter.cpp" line="39"/>
        <source>Imported %n song(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="40"/>
        <source> into &quot;%1&quot; (file encoding %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="45"/>
        <source>Matched by title only — please check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlistimporter.cpp" line="51"/>
        <source>Skipped %n entr(y/ies):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="62"/>
        <source>Cannot import &quot;%1&quot;: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="64"/>
        <source>Cannot import &quot;%1&quot;: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="66"/>
        <source>Cannot import &quot;%1&quot;: %2 MB is too large for a playlist (the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="72"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="87"/>
        <location filename="../app/playlists/playlistimporter.cpp" line="98"/>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="105"/>
        <source>Cannot import &quot;%1&quot;: it has %2 entries; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="170"/>
        <source>the XML declares a DTD or entities, which XSPF never uses; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="177"/>
        <source>this is XML but not an XSPF playlist (no &lt;playlist&gt; root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="203"/>
        <source>invalid XML at line %1: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="205"/>
        <source>the file is empty or not XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="232"/>
        <source>OST Shelf id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="236"/>
        <source>linked file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="241"/>
        <source>file tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="261"/>
        <source>file not found and no catalog song matches its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="262"/>
        <source>no catalog song matches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playback/tonegenerator.cpp" line="42"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/playlistcli.cpp" line="90"/>
        <source>&quot;%1&quot; is not a position in this playlist (1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/app/main.cpp" line="53"/>
        <source>Korean drama soundtrack library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="56"/>
        <source>Use DIR for the library (it must exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="57"/>
        <source>Save a screenshot to FILE once the first posters are painted, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="58"/>
        <source>Print the time until the first screen of posters is painted, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="72"/>
        <source>OST Shelf cannot open its library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="86"/>
        <source>Your library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ost::AboutDialog</name>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="17"/>
        <source>About OST Shelf</source>
        <translation>OST 책장 정보</translation>
    </message>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="23"/>
        <source>&lt;h2&gt;OST Shelf %1&lt;/h2&gt;&lt;p&gt;A library of Korean drama soundtracks: browse dramas by poster, open a drama to see its OST parts, artists and awards, and keep favorites.&lt;/p&gt;&lt;p&gt;Posters are drawn by OST Shelf itself; no artwork, audio or lyrics of others are included.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and KDE Frameworks.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ost::AddToPlaylistMenu</name>
    <message>
        <location filename="../ui/playlists/addtoplaylistmenu.cpp" line="10"/>
        <source>Add to &amp;playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/addtoplaylistmenu.cpp" line="24"/>
        <source>&amp;New playlist…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ost::ArtistPage</name>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="20"/>
        <source>Artist page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="59"/>
        <source>Also credited as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="61"/>
        <source>Member of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="63"/>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="64"/>
        <source>No songs in the catalog yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/artistpage.cpp" line="65"/>
        <source>%n song(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/artistpage.cpp" line="66"/>
        <source>%n song(s) by the group or its members:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::CollectionPage</name>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="16"/>
        <source>Collection page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="23"/>
        <source>Collection entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ost::DramaGridModel</name>
    <message numerus="yes">
        <location filename="../app/models/dramagridmodel.cpp" line="123"/>
        <source>%n song(s) in the catalog</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::DramaPage</name>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="33"/>
        <source>Drama page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="35"/>
        <source>Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="56"/>
        <source>Favorite</source>
        <translation type="unfinished">즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="77"/>
        <source>&lt;b&gt;Soundtrack&lt;/b&gt;</source>
        <translation>&lt;b&gt;OST&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="117"/>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="123"/>
        <source>No songs from this soundtrack are in the catalog yet. The album is known, but its tracks have not been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/dramapage.cpp" line="126"/>
        <source>%n song(s) of this soundtrack are in the catalog; the full album has more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/dramapage.cpp" line="129"/>
        <source>The complete soundtrack: %n song(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="133"/>
        <source>🏆 &lt;b&gt;%1&lt;/b&gt; — %2, %3 %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="135"/>
        <source>ceremony not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="136"/>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="136"/>
        <source>nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="137"/>
        <source>&lt;b&gt;Awards&lt;/b&gt;&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="148"/>
        <source>♥ Favorite</source>
        <translation>♥ 즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="148"/>
        <source>♡ Add to favorites</source>
        <translation>♡ 즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="149"/>
        <source>Remove this drama from your favorites (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="149"/>
        <source>Add this drama to your favorites (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="112"/>
        <source>Year unknown</source>
        <translation>연도 미상</translation>
    </message>
</context>
<context>
    <name>ost::FavoritesPage</name>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="27"/>
        <source>Favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="32"/>
        <source>Favorite dramas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="35"/>
        <source>Favorite songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="91"/>
        <source>Favorite dramas — none yet: click the heart on a poster or press Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="92"/>
        <source>Favorite dramas (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="93"/>
        <source>Favorite songs — none yet: click the heart on a song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="94"/>
        <source>Favorite songs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ost::FilterBar</name>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="21"/>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="24"/>
        <source>Filter dramas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="25"/>
        <source>Filter by year, broadcaster, collection, artist or favorites (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="62"/>
        <source>Favorites only</source>
        <translation>즐겨찾기만</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="70"/>
        <location filename="../ui/filters/filterbar.cpp" line="154"/>
        <source>Years</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="72"/>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="79"/>
        <source>Before 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="86"/>
        <source>Broadcaster</source>
        <translation>방송사</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="94"/>
        <source>Collection</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="103"/>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="113"/>
        <source>Clear all filters</source>
        <translation>필터 모두 지우기</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="85"/>
        <source>Custom range…</source>
        <translation>직접 지정…</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="127"/>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="128"/>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="137"/>
        <source>♥ Favorites</source>
        <translation type="unfinished">♥ 즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="141"/>
        <source>Years %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="146"/>
        <source>Collection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="148"/>
        <source>Artist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="162"/>
        <source>From</source>
        <translation>부터</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="163"/>
        <source>To</source>
        <translation>까지</translation>
    </message>
</context>
<context>
    <name>ost::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="74"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="176"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="185"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="491"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="504"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="521"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="530"/>
        <source>OST Shelf</source>
        <translation>OST 책장</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="152"/>
        <source>The library is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="155"/>
        <source>%n drama(s) in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="203"/>
        <source>Added the song to favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="203"/>
        <source>Removed the song from favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="225"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="227"/>
        <source>&amp;New playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="229"/>
        <source>&amp;Import playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="231"/>
        <source>&amp;Export playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>Open a playlist to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="238"/>
        <source>Playlist &amp;trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="240"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="243"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="246"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="251"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="252"/>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="255"/>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="257"/>
        <source>All &amp;dramas</source>
        <translation>모든 드라마(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="259"/>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="266"/>
        <source>Toggle &amp;favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="277"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="278"/>
        <source>Larger posters</source>
        <translation>포스터 크게</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="280"/>
        <source>Smaller posters</source>
        <translation>포스터 작게</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="283"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="284"/>
        <source>&amp;About OST Shelf</source>
        <translation>OST 책장 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="287"/>
        <source>Korean title (가나다)</source>
        <translation>한글 제목 (가나다)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="288"/>
        <source>Year (newest first)</source>
        <translation>연도 (최신순)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="289"/>
        <source>Recently added</source>
        <translation>최근 추가</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="290"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="291"/>
        <source>Sort dramas by</source>
        <translation>드라마 정렬</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="293"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="302"/>
        <source> Sort: </source>
        <translation> 정렬: </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="306"/>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="307"/>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="308"/>
        <source>All dramas (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="331"/>
        <source>All dramas</source>
        <translation>모든 드라마</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="332"/>
        <source>♥ Favorites</source>
        <translation>♥ 즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="335"/>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="606"/>
        <source>Choose poster image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="607"/>
        <source>Choose a poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="608"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="613"/>
        <source>Use the generated poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="621"/>
        <source>No audio file is linked to this song yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="622"/>
        <source>Previews play once a local audio file is linked to the song.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="83"/>
        <source>Loading your library…</source>
        <translation>라이브러리를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="339"/>
        <source>Playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="350"/>
        <source>＋ New playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="351"/>
        <source>Create a playlist (Ctrl+N); drop songs here to start one with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="352"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="357"/>
        <source>Library sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="394"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="602"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="395"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="396"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="397"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="399"/>
        <source>Delete (move to trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="426"/>
        <source>Playlist not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="430"/>
        <source>Exported %n song(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="504"/>
        <source>Favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="513"/>
        <source>That playlist was deleted; it is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="603"/>
        <source>Add to favorites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="603"/>
        <source>Remove from favorites</source>
        <translation>즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="195"/>
        <source>Added to favorites</source>
        <translation>즐겨찾기에 추가했습니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="195"/>
        <source>Removed from favorites</source>
        <translation>즐겨찾기에서 제거했습니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="590"/>
        <source>No drama matches these filters. Remove a filter above to see more.</source>
        <translation>조건에 맞는 드라마가 없습니다. 위의 필터를 지워 보세요.</translation>
    </message>
</context>
<context>
    <name>ost::PlayerBar</name>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="93"/>
        <source>Nothing playing</source>
        <translation>재생 중인 곡 없음</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="36"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="27"/>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="37"/>
        <source>Previous song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="39"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="40"/>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="42"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="43"/>
        <source>Next song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="44"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="50"/>
        <source>Favorite song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="51"/>
        <location filename="../ui/player/playerbar.cpp" line="146"/>
        <source>Add the current song to favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="60"/>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="146"/>
        <source>Remove the current song from favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="55"/>
        <location filename="../ui/player/playerbar.cpp" line="56"/>
        <source>Mute</source>
        <translation>음소거</translation>
    </message>
</context>
<context>
    <name>ost::PlaylistActions</name>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="29"/>
        <source>Playlist imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="33"/>
        <source>Some entries need a look: see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="47"/>
        <source>Playlist name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="59"/>
        <source>New playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="72"/>
        <source>Rename playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="86"/>
        <source>Export playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="87"/>
        <source>M3U8 playlist (*.m3u8);;M3U playlist (*.m3u);;XSPF playlist (*.xspf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="99"/>
        <source>Import playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="100"/>
        <source>Playlists (*.m3u8 *.m3u *.xspf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ost::PlaylistEditor</name>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="132"/>
        <source>A playlist named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="194"/>
        <source>Create playlist “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="199"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="200"/>
        <source>Duplicate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="227"/>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="258"/>
        <source>Delete playlist “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="259"/>
        <source>“%1” moved to the trash. Undo or restore it from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="277"/>
        <source>Add %n song(s) to “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="278"/>
        <source>Added %n song(s) to “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="298"/>
        <source>Remove %n song(s) from “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="328"/>
        <source>Reorder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="443"/>
        <source>Restored “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="458"/>
        <source>Emptied the trash: %n playlist(s) deleted for good</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PlaylistListModel</name>
    <message numerus="yes">
        <location filename="../app/models/playlistlistmodel.cpp" line="107"/>
        <source>%n song(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/playlistlistmodel.cpp" line="109"/>
        <source>%n without a local file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PlaylistModel</name>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="168"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="171"/>
        <location filename="../app/models/playlistmodel.cpp" line="179"/>
        <source>no local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="176"/>
        <source>No audio file is linked to this song, so it cannot play yet. It stays in the playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="189"/>
        <source>Title</source>
        <translation type="unfinished">제목</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="190"/>
        <source>Artists</source>
        <translation type="unfinished">아티스트</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="191"/>
        <source>Drama</source>
        <translation type="unfinished">드라마</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="192"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ost::PlaylistPage</name>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="34"/>
        <source>Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="36"/>
        <source>Playlist cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="44"/>
        <source>This playlist is empty. Drag songs here from a drama, an artist or your favorites, or use “Add to playlist” (Ctrl+Shift+P) on any song.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="53"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="54"/>
        <source>Play the playlist from the first song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="61"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="61"/>
        <source>Rename the playlist (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="62"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="62"/>
        <source>Make a copy of the playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="63"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="63"/>
        <source>Save as M3U8, M3U or XSPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="64"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="64"/>
        <source>Move the playlist to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="77"/>
        <source>Songs of the playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="199"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="200"/>
        <source>Remove from playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="202"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="203"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="206"/>
        <source>Rename playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="207"/>
        <source>Export playlist…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ost::PosterDelegate</name>
    <message>
        <location filename="../ui/postergrid/posterdelegate.cpp" line="127"/>
        <source>Remove from favorites</source>
        <translation type="unfinished">즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/postergrid/posterdelegate.cpp" line="128"/>
        <source>Add to favorites</source>
        <translation type="unfinished">즐겨찾기에 추가</translation>
    </message>
</context>
<context>
    <name>ost::PosterGridView</name>
    <message>
        <location filename="../ui/postergrid/postergridview.cpp" line="31"/>
        <source>Dramas</source>
        <translation type="unfinished">드라마</translation>
    </message>
    <message>
        <location filename="../ui/postergrid/postergridview.cpp" line="32"/>
        <source>Poster grid of dramas. Enter opens a drama, Ctrl+D toggles favorite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ost::PreviewPlayer</name>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="25"/>
        <source>Cannot play %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="29"/>
        <source>%1 is not an audio file OST Shelf can play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="45"/>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="47"/>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="49"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="51"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ost::SearchBox</name>
    <message>
        <location filename="../ui/search/searchbox.cpp" line="20"/>
        <source>Search dramas, songs, artists — 도깨비, dokkaebi, ㄷㄲㅂ</source>
        <translation>드라마, 노래, 아티스트 검색 — 도깨비, dokkaebi, ㄷㄲㅂ</translation>
    </message>
    <message>
        <location filename="../ui/search/searchbox.cpp" line="22"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../ui/search/searchbox.cpp" line="51"/>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
</context>
<context>
    <name>ost::SearchResultsModel</name>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="13"/>
        <source>Dramas</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="14"/>
        <source>Songs</source>
        <translation>노래</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="15"/>
        <source>Artists</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="16"/>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
</context>
<context>
    <name>ost::TrackListView</name>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="24"/>
        <source>Songs</source>
        <translation type="unfinished">노래</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="29"/>
        <source>Add to playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="96"/>
        <source>Play preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="97"/>
        <source>Remove from favorites</source>
        <translation type="unfinished">즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="97"/>
        <source>Add to favorites</source>
        <translation type="unfinished">즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="102"/>
        <source>Go to drama “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="104"/>
        <source>Go to artist “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="106"/>
        <source>Copy title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ost::TrackModel</name>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="75"/>
        <source>Part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="75"/>
        <source>Part unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="105"/>
        <source>OST</source>
        <translation>OST</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="106"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="107"/>
        <source>Artists</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="108"/>
        <source>Drama</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="109"/>
        <source>Favorite</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="78"/>
        <source>not from a drama</source>
        <translation>드라마 OST 아님</translation>
    </message>
</context>
<context>
    <name>ost::TrashDialog</name>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="17"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="18"/>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="20"/>
        <source>Playlist trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="22"/>
        <source>Deleted playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="24"/>
        <source>Deleted playlists stay here, also after a restart, until you empty the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="41"/>
        <source>Empty the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/playlists/trashdialog.cpp" line="42"/>
        <source>%n playlist(s) will be deleted for good. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/playlists/trashdialog.cpp" line="58"/>
        <source>%1 — %n song(s), deleted %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
