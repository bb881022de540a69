<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/storage/database.cpp" line="44"/>
        <source>The database file %1 does not exist.</source>
        <translation>データベースファイル %1 が存在しません。</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="56"/>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="71"/>
        <source>Cannot configure the database %1 (%2): %3</source>
        <translation>データベース %1 を設定できません (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="102"/>
        <source>%1 is not a readable OST Shelf database: %2</source>
        <translation>%1 はOST Shelfで読み取れるデータベースではありません: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="111"/>
        <source>Refusing to create %1: the file already exists.</source>
        <translation>%1 を作成しませんでした: ファイルが既に存在します。</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="145"/>
        <location filename="../app/storage/sqlquery.cpp" line="27"/>
        <location filename="../app/storage/preparedquery.cpp" line="26"/>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>「%1」の実行中にデータベースエラーが発生しました: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="18"/>
        <source>Cannot start a database transaction: %1</source>
        <translation>データベースのトランザクションを開始できません: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="35"/>
        <source>No transaction is active.</source>
        <translation>実行中のトランザクションがありません。</translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="40"/>
        <source>Cannot save the changes: %1</source>
        <translation>変更を保存できません: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="43"/>
        <source>Cannot read the schema version of %1.</source>
        <translation>%1 のスキーマバージョンを読み取れません。</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="54"/>
        <source>Migration %1 is missing from the application.</source>
        <translation>マイグレーション %1 がアプリケーションに含まれていません。</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="58"/>
        <source>Migration %1 failed: %2</source>
        <translation>マイグレーション %1 に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlquery.cpp" line="20"/>
        <location filename="../app/storage/preparedquery.cpp" line="19"/>
        <source>Database error preparing &quot;%1&quot;: %2</source>
        <translation>「%1」の準備中にデータベースエラーが発生しました: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlquery.cpp" line="39"/>
        <source>Database error while reading rows: %1</source>
        <translation>行の読み取り中にデータベースエラーが発生しました: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="39"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 を %2 にコピーできません。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="43"/>
        <source>Cannot move %1 into place.</source>
        <translation>%1 を所定の場所に移動できません。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="147"/>
        <source>Cannot create the backup folder in %1.</source>
        <translation>%1 にバックアップフォルダーを作成できません。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="154"/>
        <source>The library failed its consistency check, so no backup was made and the existing backups were kept.</source>
        <translation>ライブラリが整合性チェックに失敗したため、バックアップは作成されず、既存のバックアップはそのまま残されています。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="169"/>
        <source>The backup could not be written: %1</source>
        <translation>バックアップを書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="174"/>
        <source>The backup %1 failed its integrity check and was discarded.</source>
        <translation>バックアップ %1 は完全性チェックに失敗したため破棄されました。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="196"/>
        <source>The data directory %1 does not exist. Create it first, or check that its drive is mounted.</source>
        <translation>データディレクトリ %1 が存在しません。先に作成するか、ドライブがマウントされていることを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="201"/>
        <source>Cannot create the data directory %1.</source>
        <translation>データディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="205"/>
        <source>The data directory %1 is not a directory.</source>
        <translation>データディレクトリ %1 はディレクトリではありません。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="217"/>
        <source>The data directory %1 is read-only: OST Shelf cannot save favorites or playlists there. Make it writable or choose another one with --data-dir.</source>
        <translation>データディレクトリ %1 は読み取り専用のため、OST Shelfはお気に入りやプレイリストを保存できません。書き込み可能にするか、--data-dir で別のディレクトリを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="223"/>
        <source>The bundled catalog %1 is missing or damaged; reinstall OST Shelf.</source>
        <translation>同梱のカタログ %1 が見つからないか、破損しています。OST Shelfを再インストールしてください。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="237"/>
        <location filename="../app/storage/pendingrestore.cpp" line="162"/>
        <source>Your library was restored from the backup of %1.</source>
        <translation>%1 時点のバックアップからライブラリを復元しました。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="265"/>
        <source>The library file %1 was missing.</source>
        <translation>ライブラリファイル %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="268"/>
        <source>The library file %1 is missing and no backup in %2 is usable.</source>
        <translation>ライブラリファイル %1 が見つからず、%2 にも使用できるバックアップがありません。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="286"/>
        <source>The library %1 is damaged and could not be moved aside.</source>
        <translation>ライブラリ %1 は破損しており、退避できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="287"/>
        <source>The library file was damaged; it was kept as %1.</source>
        <translation>ライブラリファイルが破損していたため、%1 として保管しました。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="303"/>
        <source>Nothing could be read from it. No usable backup was found, so a new library was started from the catalog.</source>
        <translation>ファイルからは何も読み取れませんでした。使用できるバックアップも見つからなかったため、カタログから新しいライブラリを作成しました。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="309"/>
        <source>Recovered from the damaged library: %1. Some rows stood on unreadable parts of the file and are lost.</source>
        <translation>破損したライブラリから復旧しました: %1。一部の行はファイルの読み取れない部分にあったため失われました。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="311"/>
        <source>Recovered from the damaged library: %1. Nothing was lost.</source>
        <translation>破損したライブラリから復旧しました: %1。失われたものはありません。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="319"/>
        <source>The safety copy %1 holds more of your own entries (%2 against %3 recovered). To use it instead, quit OST Shelf and copy it over %4; File → Restore from backup… restores a daily backup.</source>
        <translation>安全用コピー %1 には、ご自身の項目がより多く含まれています (復旧した %3 件に対して %2 件)。そちらを使うには、OST Shelfを終了してから %4 に上書きコピーしてください。「ファイル → バックアップから復元…」では毎日のバックアップを復元できます。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="339"/>
        <source>The automatic backup %1 holds more of your own entries (%2 against %3 recovered). To use it instead, choose File → Restore from backup… and open it.</source>
        <translation>自動バックアップ %1 には自分の項目がより多く含まれています（復元した %3 件に対して %2 件）。こちらを使うには、ファイル → バックアップから復元… を選んでこのバックアップを開いてください。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="362"/>
        <source>This library was written by a newer version of OST Shelf (schema %1; this version knows %2). It is open read-only so nothing in it is changed.</source>
        <translation>このライブラリは新しいバージョンのOST Shelfで書き込まれています (スキーマ %1、このバージョンの対応は %2 まで)。内容が変更されないよう、読み取り専用で開いています。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="378"/>
        <source>The library could not be upgraded and was left as it was: %1</source>
        <translation>ライブラリをアップグレードできなかったため、元のままにしました: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="380"/>
        <source>The library was upgraded to schema %1; a backup was kept at %2.</source>
        <translation>ライブラリをスキーマ %1 にアップグレードしました。バックアップは %2 に保管されています。</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="389"/>
        <source>The catalog was updated; your favorites and playlists were kept.</source>
        <translation>カタログを更新しました。お気に入りとプレイリストはそのまま残っています。</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogupdater.cpp" line="93"/>
        <location filename="../app/storage/catalogupdater.cpp" line="102"/>
        <source>The catalog update failed and nothing was changed: %1</source>
        <translation>カタログの更新に失敗しました。何も変更されていません: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/catalog/catalogsource.cpp" line="60"/>
        <source>The catalog in %1 has %n problem(s):
</source>
        <translation>
            <numerusform>%1 のカタログに%n件の問題があります:
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="196"/>
        <location filename="../app/edits/libraryedits.cpp" line="291"/>
        <location filename="../app/repositories/catalogrepository.cpp" line="133"/>
        <source>No song with id &quot;%1&quot;.</source>
        <translation>ID「%1」の曲はありません。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="39"/>
        <location filename="../app/repositories/catalogrepository.cpp" line="170"/>
        <source>No drama with id &quot;%1&quot;.</source>
        <translation>ID「%1」のドラマはありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="234"/>
        <source>No artist with id &quot;%1&quot;.</source>
        <translation>ID「%1」のアーティストはありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="319"/>
        <source>Unknown table %1.</source>
        <translation>不明なテーブルです: %1</translation>
    </message>
    <message>
        <location filename="../app/search/searchdocumentreader.cpp" line="41"/>
        <location filename="../app/search/searchdocumentreader.cpp" line="64"/>
        <source>Artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../app/search/searchdocumentreader.cpp" line="41"/>
        <location filename="../app/search/searchdocumentreader.cpp" line="64"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/search/searchdocumentreader.cpp" line="42"/>
        <location filename="../app/search/searchdocumentreader.cpp" line="149"/>
        <source>Collection · %n item(s)</source>
        <translation>
            <numerusform>コレクション · %n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="343"/>
        <source>No drama is called &quot;%1&quot; (try: ostshelf-cli search &quot;%1&quot;).</source>
        <translation>「%1」という名前のドラマはありません (試してみてください: ostshelf-cli search &quot;%1&quot;)。</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="366"/>
        <source>No song is called &quot;%1&quot; (try: ostshelf-cli search &quot;%1&quot;).</source>
        <translation>「%1」というタイトルの曲はありません (試してみてください: ostshelf-cli search &quot;%1&quot;)。</translation>
    </message>
    <message>
        <location filename="../app/repositories/favoriterepository.cpp" line="30"/>
        <source>The library is open read-only; favorites cannot be changed.</source>
        <translation>ライブラリが読み取り専用で開かれているため、お気に入りを変更できません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/favoriterepository.cpp" line="37"/>
        <source>Cannot mark &quot;%1&quot; as a favorite: it is not in the catalog.</source>
        <translation>「%1」をお気に入りにできません: カタログにありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="27"/>
        <source>%1 is not an image OST Shelf can read: %2.</source>
        <translation>%1 はOST Shelfで読み込める画像ではありません: %2。</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="30"/>
        <source>%1 is too large (%2×%3); posters can be at most %4 pixels on a side.</source>
        <translation>%1 は大きすぎます (%2×%3)。ポスターは一辺%4ピクセルまでです。</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="37"/>
        <source>Cannot create the poster folder in %1.</source>
        <translation>%1 にポスターフォルダーを作成できません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="42"/>
        <source>Cannot copy %1 into the library.</source>
        <translation>%1 をライブラリにコピーできません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="51"/>
        <source>A playlist needs a name.</source>
        <translation>プレイリストには名前が必要です。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="54"/>
        <source>A playlist name can have at most %1 characters.</source>
        <translation>プレイリスト名は最大%1文字までです。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="58"/>
        <source>A playlist name cannot contain control characters.</source>
        <translation>プレイリスト名に制御文字は使用できません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="66"/>
        <source>The library is open read-only; playlists cannot be changed.</source>
        <translation>ライブラリが読み取り専用で開かれているため、プレイリストを変更できません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="92"/>
        <source>Too many playlists are named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプレイリストが多すぎます。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="104"/>
        <source>No song with id &quot;%1&quot; is in the catalog.</source>
        <translation>ID「%1」の曲はカタログにありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="117"/>
        <source>Database error: cannot prepare the playlist update.</source>
        <translation>データベースエラー: プレイリストの更新を準備できません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="124"/>
        <source>Cannot save the playlist: song &quot;%1&quot; was refused.</source>
        <translation>プレイリストを保存できません: 曲「%1」が受け付けられませんでした。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="146"/>
        <location filename="../app/repositories/playlistrepository.cpp" line="177"/>
        <source>A playlist named &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前のプレイリストは既に存在します。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="193"/>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="210"/>
        <source>No playlist with id %1 to delete.</source>
        <translation>ID %1 のプレイリストが存在しないため、削除できません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="279"/>
        <source>No playlist with id %1.</source>
        <translation>ID %1 のプレイリストはありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="334"/>
        <source>The playlist has no song at position %1.</source>
        <translation>プレイリストの%1番目に曲がありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/repositories/playlistrepository.cpp" line="347"/>
        <source>Cannot move: the playlist has %n song(s).</source>
        <translation>
            <numerusform>移動できません: プレイリストの曲は%n曲です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="370"/>
        <source>No playlist named &quot;%1&quot; is in the trash.</source>
        <translation>「%1」という名前のプレイリストはゴミ箱にありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="371"/>
        <source>No playlist named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプレイリストはありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="23"/>
        <source>The library is open read-only; files cannot be linked.</source>
        <translation>ライブラリが読み取り専用で開かれているため、ファイルを関連付けできません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="27"/>
        <source>Cannot link &quot;%1&quot;: it is not an existing local file.</source>
        <translation>「%1」を関連付けできません: 存在するローカルファイルではありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="35"/>
        <source>Cannot link a file to &quot;%1&quot;: it is not in the catalog.</source>
        <translation>「%1」にファイルを関連付けできません: カタログにありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="42"/>
        <source>The library is open read-only; files cannot be unlinked.</source>
        <translation>ライブラリが読み取り専用で開かれているため、ファイルの関連付けを解除できません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="67"/>
        <location filename="../app/repositories/localfilerepository.cpp" line="73"/>
        <source>Cannot read scanned files: %1</source>
        <translation>スキャンしたファイルを読み取れません: %1</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="118"/>
        <source>no catalog song has this title</source>
        <translation>このタイトルの曲がカタログにない</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="133"/>
        <source>title and artist match</source>
        <translation>タイトルとアーティストが一致</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="136"/>
        <source>several songs share this title and artist</source>
        <translation>同じタイトルとアーティストの曲が複数ある</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="139"/>
        <source>title matches; no artist to compare</source>
        <translation>タイトルが一致、比較するアーティストなし</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="140"/>
        <source>title matches but the artist differs</source>
        <translation>タイトルは一致するがアーティストが異なる</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/matching/songmatcher.cpp" line="143"/>
        <source>%n catalog songs have this title; the artist does not decide</source>
        <translation>
            <numerusform>このタイトルの曲がカタログに%n曲あり、アーティストでは判別できない</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="91"/>
        <source>file not found</source>
        <translation>ファイルが見つからない</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="92"/>
        <source>remote address, never opened</source>
        <translation>リモートアドレス (開いていません)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="93"/>
        <source>network share path, never opened</source>
        <translation>ネットワーク共有のパス (開いていません)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="94"/>
        <source>a device or system file, never opened</source>
        <translation>デバイスまたはシステムファイル (開いていません)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="95"/>
        <source>not a regular file (a pipe, socket or folder), never opened</source>
        <translation>通常のファイルではない (パイプ、ソケット、またはフォルダー。開いていません)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistexporter.cpp" line="112"/>
        <location filename="../app/playlists/playlistexporter.cpp" line="117"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistexporter.cpp" line="120"/>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>「%1」を保存できません: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlistimporter.cpp" line="62"/>
        <source>Imported %n song(s) into &quot;%1&quot; (file encoding %2).</source>
        <translation>
            <numerusform>「%1」に%n曲をインポートしました (ファイルのエンコーディング: %2)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="68"/>
        <source>Matched by title only — please check:</source>
        <translation>タイトルのみで照合しました — 確認してください:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlistimporter.cpp" line="74"/>
        <source>Skipped %n entr(y/ies):</source>
        <translation>
            <numerusform>%n件の項目をスキップしました:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="86"/>
        <source>Cannot import &quot;%1&quot;: the file does not exist.</source>
        <translation>「%1」をインポートできません: ファイルが存在しません。</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="89"/>
        <source>Cannot import &quot;%1&quot;: it is not a regular file.</source>
        <translation>「%1」をインポートできません: 通常のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="93"/>
        <source>Cannot import &quot;%1&quot;: %2 MB is too large for a playlist (the limit is %3 MB).</source>
        <translation>「%1」をインポートできません: %2 MBはプレイリストとしては大きすぎます (上限は%3 MB)。</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="99"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>「%1」を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="116"/>
        <location filename="../app/playlists/playlistimporter.cpp" line="128"/>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <translation>「%1」をインポートできません: %2</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="136"/>
        <source>Cannot import &quot;%1&quot;: it has %2 entries; the limit is %3.</source>
        <translation>「%1」をインポートできません: 項目が%2件あり、上限の%3件を超えています。</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="204"/>
        <source>the XML declares a DTD or entities, which XSPF never uses; nothing was imported</source>
        <translation>XMLでDTDまたはエンティティが宣言されています (XSPFでは使用されません)。何もインポートされませんでした</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="213"/>
        <source>this is XML but not an XSPF playlist (no &lt;playlist&gt; root)</source>
        <translation>XMLですがXSPFプレイリストではありません (&lt;playlist&gt; ルートがありません)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="242"/>
        <source>invalid XML at line %1: %2; nothing was imported</source>
        <translation>%1行目のXMLが不正です: %2。何もインポートされませんでした</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="246"/>
        <source>the file is empty or not XML</source>
        <translation>ファイルが空か、XMLではありません</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="275"/>
        <source>OST Shelf id</source>
        <translation>OST Shelf ID</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="279"/>
        <source>linked file</source>
        <translation>関連付けられたファイル</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="284"/>
        <source>file tags: %1</source>
        <translation>ファイルのタグ: %1</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="304"/>
        <source>file not found and no catalog song matches its name</source>
        <translation>ファイルが見つからず、名前が一致するカタログの曲もない</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="305"/>
        <source>no catalog song matches (%1)</source>
        <translation>一致するカタログの曲がない (%1)</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="50"/>
        <source>an empty name</source>
        <translation>空の名前</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="52"/>
        <source>a name longer than %1 characters</source>
        <translation>%1文字を超える名前</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="54"/>
        <source>an absolute path</source>
        <translation>絶対パス</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="56"/>
        <source>a backslash in the name</source>
        <translation>名前にバックスラッシュが含まれている</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="59"/>
        <source>a Windows drive letter</source>
        <translation>Windowsのドライブ文字</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="62"/>
        <source>a control character in the name</source>
        <translation>名前に制御文字が含まれている</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="66"/>
        <source>a &quot;..&quot; path component</source>
        <translation>「..」というパス要素</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="68"/>
        <source>an empty or &quot;.&quot; path component</source>
        <translation>空または「.」のパス要素</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="40"/>
        <location filename="../app/backup/backupwriter.cpp" line="43"/>
        <location filename="../app/archive/archivechecks.cpp" line="81"/>
        <location filename="../app/archive/archivechecks.cpp" line="95"/>
        <location filename="../app/archive/safearchive.cpp" line="77"/>
        <location filename="../app/archive/safearchive.cpp" line="92"/>
        <location filename="../app/packs/packwriter.cpp" line="41"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="85"/>
        <source>%1 is truncated or damaged: its compressed stream does not end properly.</source>
        <translation>%1 は途中で切れているか、破損しています: 圧縮ストリームが正しく終わっていません。</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="204"/>
        <location filename="../app/archive/archivechecks.cpp" line="229"/>
        <source>The archive is truncated (a tar header is cut off).</source>
        <translation>アーカイブが途中で切れています (tarヘッダーが途切れています)。</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="211"/>
        <source>The archive has a damaged tar header (bad size field).</source>
        <translation>アーカイブのtarヘッダーが破損しています (サイズフィールドが不正です)。</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="225"/>
        <source>The archive has a damaged tar header (an oversized long name).</source>
        <translation>アーカイブのtarヘッダーが破損しています (長い名前が大きすぎます)。</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="248"/>
        <location filename="../app/archive/safearchive.cpp" line="198"/>
        <source>The archive has more than %1 entries.</source>
        <translation>アーカイブのエントリが%1件を超えています。</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="47"/>
        <source>The archive entry &quot;%1&quot; is refused: %2.</source>
        <translation>アーカイブのエントリ「%1」は拒否されました: %2。</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="262"/>
        <source>The archive entry &quot;%1&quot; is a hard link; links are not allowed.</source>
        <translation>アーカイブのエントリ「%1」はハードリンクです。リンクは使用できません。</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="265"/>
        <location filename="../app/archive/safearchive.cpp" line="180"/>
        <source>The archive entry &quot;%1&quot; is a link (to &quot;%2&quot;); links are not allowed.</source>
        <translation>アーカイブのエントリ「%1」は「%2」へのリンクです。リンクは使用できません。</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="272"/>
        <location filename="../app/archive/safearchive.cpp" line="185"/>
        <source>The archive entry &quot;%1&quot; is a device, pipe or socket; only files are allowed.</source>
        <translation>アーカイブのエントリ「%1」はデバイス、パイプ、またはソケットです。使用できるのはファイルのみです。</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="276"/>
        <source>The archive entry &quot;%1&quot; has an unknown type &apos;%2&apos;.</source>
        <translation>アーカイブのエントリ「%1」の種類「%2」は不明です。</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="281"/>
        <location filename="../app/archive/safearchive.cpp" line="214"/>
        <source>The archive entry &quot;%1&quot; is %2, over the limit of %3.</source>
        <translation>アーカイブのエントリ「%1」は%2で、上限の%3を超えています。</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="285"/>
        <location filename="../app/archive/archivechecks.cpp" line="288"/>
        <source>The archive is truncated (in &quot;%1&quot;).</source>
        <translation>アーカイブが途中で切れています (「%1」の箇所)。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="68"/>
        <source>%1 does not exist.</source>
        <translation>%1 が存在しません。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="70"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="83"/>
        <source>%1 is not a tar archive compressed with zstd or xz.</source>
        <translation>%1 はzstdまたはxzで圧縮されたtarアーカイブではありません。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="89"/>
        <source>Cannot create a temporary file: %1</source>
        <translation>一時ファイルを作成できません: %1</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="115"/>
        <location filename="../app/archive/safearchive.cpp" line="102"/>
        <source>%1 is damaged: its compressed data cannot be read (%2).</source>
        <translation>%1 は破損しています: 圧縮データを読み取れません (%2)。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="110"/>
        <source>%1 expands to more than %2 (compression ratio or size over the limit); it was not opened.</source>
        <translation>%1 は展開すると%2を超えます (圧縮率またはサイズが上限を超えています)。開きませんでした。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="115"/>
        <source>Cannot write a temporary file: %1</source>
        <translation>一時ファイルに書き込めません: %1</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="90"/>
        <location filename="../app/archive/safearchive.cpp" line="119"/>
        <source>%1 is damaged: its compressed data cannot be read.</source>
        <translation>%1 は破損しています: 圧縮データを読み取れません。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="133"/>
        <source>%1 is not a readable archive (%2).</source>
        <translation>%1 は読み取り可能なアーカイブではありません (%2)。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="135"/>
        <source>damaged or truncated</source>
        <translation>破損しているか、途中で切れています</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="141"/>
        <location filename="../app/archive/safearchive.cpp" line="269"/>
        <source>The archive&apos;s files add up to more than %1.</source>
        <translation>アーカイブ内のファイルの合計が%1を超えています。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="147"/>
        <source>The archive entry &quot;%1&quot; inflates %2 bytes into %3: a compression ratio over the limit of %4 (a zip bomb?).</source>
        <translation>アーカイブのエントリ「%1」は%2バイトから%3に展開されます: 圧縮率が上限の%4を超えています (zip爆弾の可能性があります)。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="161"/>
        <source>The archive nests folders more than %1 deep (at &quot;%2&quot;).</source>
        <translation>アーカイブのフォルダーの階層が%1段階を超えています (「%2」の位置)。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="192"/>
        <source>The archive entries &quot;%1&quot; and &quot;%2&quot; have names that differ only in case or Unicode normalization; they would overwrite each other.</source>
        <translation>アーカイブのエントリ「%1」と「%2」は、名前の違いが大文字・小文字またはUnicode正規化だけのため、互いに上書きしてしまいます。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="207"/>
        <source>The archive entry &quot;%1&quot; is not a regular file.</source>
        <translation>アーカイブのエントリ「%1」は通常のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="242"/>
        <location filename="../app/archive/safearchive.cpp" line="291"/>
        <source>The archive has no file &quot;%1&quot;.</source>
        <translation>アーカイブにファイル「%1」がありません。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="246"/>
        <source>The archive entry &quot;%1&quot; cannot be read.</source>
        <translation>アーカイブのエントリ「%1」を読み取れません。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="255"/>
        <source>The archive entry &quot;%1&quot; is damaged: its data cannot be decompressed.</source>
        <translation>アーカイブのエントリ「%1」は破損しています: データを展開できません。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="263"/>
        <source>The archive entry &quot;%1&quot; holds more data than the %2 bytes it claims.</source>
        <translation>アーカイブのエントリ「%1」には、記載された%2バイトより多くのデータが含まれています。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="277"/>
        <source>The archive entry &quot;%1&quot; is damaged or truncated: %2 of %3 bytes could be read.</source>
        <translation>アーカイブのエントリ「%1」は破損しているか、途中で切れています: %3バイト中%2バイトしか読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="283"/>
        <source>The archive entry &quot;%1&quot; is damaged: its CRC does not match.</source>
        <translation>アーカイブのエントリ「%1」は破損しています: CRCが一致しません。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="294"/>
        <source>&quot;%1&quot; in the archive is %2 bytes, more than the %3 allowed.</source>
        <translation>アーカイブ内の「%1」は%2バイトあり、上限の%3を超えています。</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="314"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <location filename="../app/playback/tonegenerator.cpp" line="42"/>
        <location filename="../app/backup/backupwriter.cpp" line="203"/>
        <location filename="../app/backup/backupwriter.cpp" line="207"/>
        <location filename="../app/backup/backupwriter.cpp" line="243"/>
        <location filename="../app/archive/safearchive.cpp" line="319"/>
        <location filename="../app/archive/safearchive.cpp" line="327"/>
        <location filename="../app/packs/packwriter.cpp" line="33"/>
        <location filename="../app/packs/packwriter.cpp" line="55"/>
        <location filename="../app/packs/packwriter.cpp" line="89"/>
        <location filename="../app/packs/packwriter.cpp" line="92"/>
        <location filename="../app/packs/packwriter.cpp" line="102"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/playlistcli.cpp" line="97"/>
        <source>&quot;%1&quot; is not a position in this playlist (1 to %2).</source>
        <translation>「%1」はこのプレイリスト内の位置ではありません (1～%2)。</translation>
    </message>
    <message>
        <location filename="../app/repositories/previewstartrepository.cpp" line="17"/>
        <source>The library is open read-only; the preview start cannot be saved.</source>
        <translation>ライブラリが読み取り専用で開かれているため、試聴の開始位置を保存できません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/previewstartrepository.cpp" line="19"/>
        <source>A preview cannot start before the song does.</source>
        <translation>試聴を曲の開始より前から始めることはできません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/previewstartrepository.cpp" line="27"/>
        <source>Cannot save the preview start of &quot;%1&quot;: it is not in the catalog.</source>
        <translation>「%1」の試聴開始位置を保存できません: カタログにありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="47"/>
        <source>No file with review id %1 is waiting for review.</source>
        <translation>確認待ちのファイルに確認ID %1 のものはありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="54"/>
        <location filename="../app/repositories/scanrepository.cpp" line="82"/>
        <source>The library is open read-only.</source>
        <translation>ライブラリは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="62"/>
        <source>&quot;%1&quot; has no proposed song to link.</source>
        <translation>「%1」には関連付けの候補となる曲がありません。</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="122"/>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>「%1」はフォルダーではありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scanning/libraryscanner.cpp" line="50"/>
        <source>%n audio file(s) found</source>
        <translation>
            <numerusform>オーディオファイルが%n個見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="52"/>
        <source>%1 unchanged, %2 read; %3 new songs, %4 linked to songs the library had, %5 other music, %6 to review, %7 copies, %8 unreadable</source>
        <translation>変更なし%1件、読み込み%2件。新しい曲%3曲、ライブラリの既存の曲に関連付け%4件、その他の音楽%5曲、要確認%6件、重複コピー%7件、読み取り不可%8件</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scanning/libraryscanner.cpp" line="64"/>
        <source>%n new drama(s)</source>
        <translation>
            <numerusform>新しいドラマ%n作品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scanning/libraryscanner.cpp" line="66"/>
        <source>%n moved file(s) found again</source>
        <translation>
            <numerusform>移動したファイル%n個を再検出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scanning/libraryscanner.cpp" line="68"/>
        <source>%n file(s) missing</source>
        <translation>
            <numerusform>ファイル%n個が見つかりません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="70"/>
        <source>(cancelled; what was scanned is kept)</source>
        <translation>(キャンセルしました。スキャン済みの内容は保持されます)</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="102"/>
        <source>The library is open read-only; folders cannot be scanned into it.</source>
        <translation>ライブラリが読み取り専用で開かれているため、フォルダーをスキャンできません。</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="107"/>
        <source>Cannot scan &quot;%1&quot;: it is not a folder.</source>
        <translation>「%1」をスキャンできません: フォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="141"/>
        <source>Cannot prepare the scan&apos;s statements.</source>
        <translation>スキャン用のSQL文を準備できません。</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="221"/>
        <source>permission denied: the file cannot be read</source>
        <translation>アクセスが拒否された: ファイルを読み取れない</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="252"/>
        <source>Cannot record the scan of %1: %2</source>
        <translation>%1 のスキャン結果を記録できません: %2</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="284"/>
        <source>the file is gone from its folder</source>
        <translation>ファイルがフォルダーからなくなっている</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="87"/>
        <source>A restored library is waiting to be put in place when OST Shelf is closed everywhere.</source>
        <translation>復元されたライブラリが適用を待っています。起動中のOST Shelfをすべて終了すると適用されます。</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="99"/>
        <source>The waiting restore was damaged and was discarded; your library was not changed.</source>
        <translation>待機中の復元データが破損していたため破棄しました。ライブラリは変更されていません。</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="114"/>
        <source>Cannot write to %1; nothing was restored.</source>
        <translation>%1 に書き込めないため、何も復元しませんでした。</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="119"/>
        <source>Cannot create %1 to keep the current library; nothing was restored.</source>
        <translation>現在のライブラリを保管する %1 を作成できないため、何も復元しませんでした。</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="127"/>
        <location filename="../app/storage/pendingrestore.cpp" line="139"/>
        <source>Cannot move %1 aside; the restore waits for the next start.</source>
        <translation>%1 を退避できません。復元は次回の起動時に行われます。</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="130"/>
        <source>Cannot move the restored %1 into place.</source>
        <translation>復元された %1 を所定の場所に移動できません。</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="144"/>
        <source>Cannot move the restored library into place; your library was left as it was.</source>
        <translation>復元されたライブラリを所定の場所に移動できないため、ライブラリは元のままです。</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="165"/>
        <source>Your library was restored from a backup; the one it replaced was kept in %1.</source>
        <translation>バックアップからライブラリを復元しました。置き換えられたライブラリは %1 に保管されています。</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="167"/>
        <source>Your library was restored from the backup of %1; the one it replaced was kept in %2.</source>
        <translation>%1 時点のバックアップからライブラリを復元しました。置き換えられたライブラリは %2 に保管されています。</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="59"/>
        <source>The pack&apos;s manifest is invalid: %1</source>
        <translation>パックのマニフェストが不正です: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="84"/>
        <location filename="../app/packs/packmanifest.cpp" line="62"/>
        <source>it is larger than %1 MiB.</source>
        <translation>%1 MiBを超えています。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="86"/>
        <location filename="../app/packs/packmanifest.cpp" line="64"/>
        <source>it nests deeper than %1 levels.</source>
        <translation>入れ子が%1階層を超えています。</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="68"/>
        <source>malformed JSON at byte %1 (%2).</source>
        <translation>%1バイト目のJSONが不正です (%2)。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="92"/>
        <location filename="../app/packs/packmanifest.cpp" line="70"/>
        <source>the top level must be an object.</source>
        <translation>最上位はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="73"/>
        <source>&quot;format&quot; must be &quot;%1&quot;; this is not an OST Shelf pack.</source>
        <translation>「format」は「%1」である必要があります。これはOST Shelfのパックではありません。</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="77"/>
        <source>&quot;version&quot; must be a whole number.</source>
        <translation>「version」は整数である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="81"/>
        <source>This pack was made by a newer version of OST Shelf (pack format %1; this version reads format %2). Update OST Shelf to import it.</source>
        <translation>このパックは新しいバージョンのOST Shelfで作成されています (パック形式 %1、このバージョンが読めるのは形式 %2 まで)。インポートするにはOST Shelfを更新してください。</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="87"/>
        <source>&quot;version&quot; must be 1 or more.</source>
        <translation>「version」は1以上である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="90"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>「%1」は文字列である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="92"/>
        <source>&quot;catalog&quot; must be an object.</source>
        <translation>「catalog」はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="133"/>
        <location filename="../app/packs/packmanifest.cpp" line="94"/>
        <source>&quot;files&quot; must be an array.</source>
        <translation>「files」は配列である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="174"/>
        <source> … and %1 more</source>
        <translation> … ほか%1件</translation>
    </message>
    <message>
        <location filename="../app/packs/packwriter.cpp" line="72"/>
        <source>Cannot copy %1 into the pack.</source>
        <translation>%1 をパックにコピーできません。</translation>
    </message>
    <message>
        <location filename="../app/packs/packwriter.cpp" line="78"/>
        <source>Export cancelled; no pack was written.</source>
        <translation>エクスポートをキャンセルしました。パックは書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="39"/>
        <source>its content is not %1 audio</source>
        <translation>内容が%1のオーディオではない</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="48"/>
        <location filename="../app/packs/packreader.cpp" line="53"/>
        <source>The pack %1 cannot be imported: %2</source>
        <translation>パック %1 をインポートできません: %2</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="56"/>
        <source>it has no manifest.json (is it an OST Shelf pack?).</source>
        <translation>manifest.jsonがありません (OST Shelfのパックですか？)。</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="71"/>
        <source>the manifest lists %1, which is not in the pack.</source>
        <translation>マニフェストに記載された %1 がパックにありません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="78"/>
        <location filename="../app/packs/packreader.cpp" line="73"/>
        <source>%1 is %2 bytes, but the manifest says %3.</source>
        <translation>%1 は%2バイトですが、マニフェストには%3と記載されています。</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="81"/>
        <source>%1 is in the pack but not in its manifest.</source>
        <translation>%1 はパックにありますが、マニフェストにはありません。</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="86"/>
        <source>cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="89"/>
        <source>cannot create a staging folder in %1: %2</source>
        <translation>%1 に作業用フォルダーを作成できません: %2</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="107"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>インポートをキャンセルしました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="110"/>
        <location filename="../app/packs/packreader.cpp" line="110"/>
        <source>%1 does not match the SHA-256 in the manifest (damaged or altered).</source>
        <translation>%1 がマニフェストのSHA-256と一致しません (破損しているか、改変されています)。</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="119"/>
        <source>it claims %1×%2 pixels</source>
        <translation>%1×%2ピクセルと記載されている</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="122"/>
        <source>The poster %1 was left out: %2; the drama keeps its generated poster.</source>
        <translation>ポスター %1 は除外されました: %2。ドラマには引き続き自動生成のポスターが使われます。</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="130"/>
        <source>cannot read back %1.</source>
        <translation>%1 を読み直せません。</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="132"/>
        <source>the preview %1 is not an audio file: %2.</source>
        <translation>試聴ファイル %1 はオーディオファイルではありません: %2。</translation>
    </message>
    <message>
        <location filename="../app/packs/packexporter.cpp" line="43"/>
        <source>Nothing is selected to export.</source>
        <translation>エクスポートする項目が選択されていません。</translation>
    </message>
    <message>
        <location filename="../app/packs/packexporter.cpp" line="53"/>
        <source>These are not in the library: %1</source>
        <translation>次の項目はライブラリにありません: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="133"/>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1: 新規%2件、更新%3件、変更なし%4件</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="139"/>
        <source>Dramas</source>
        <translation>ドラマ</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="140"/>
        <source>Songs</source>
        <translation>曲</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="141"/>
        <source>Artists</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="142"/>
        <source>Awards</source>
        <translation>受賞歴</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="143"/>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="144"/>
        <source>Posters and previews: %1 new, %2 changed, %3 unchanged</source>
        <translation>ポスターと試聴: 新規%1件、変更%2件、変更なし%3件</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="196"/>
        <source>This library is open read-only; nothing can be imported into it.</source>
        <translation>このライブラリは読み取り専用で開かれているため、何もインポートできません。</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="202"/>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="219"/>
        <source>Cannot move %1 into %2; nothing was imported.</source>
        <translation>%1 を %2 に移動できないため、何もインポートしませんでした。</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="247"/>
        <source>The pack could not be imported and nothing was changed: %1</source>
        <translation>パックをインポートできませんでした。何も変更されていません: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="81"/>
        <source>The backup&apos;s manifest is invalid: %1</source>
        <translation>バックアップのマニフェストが不正です: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="90"/>
        <source>not JSON (%1 at byte %2).</source>
        <translation>JSONではありません (%2バイト目: %1)。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="95"/>
        <source>&quot;format&quot; must be &quot;%1&quot;; this is not an OST Shelf backup.</source>
        <translation>「format」は「%1」である必要があります。これはOST Shelfのバックアップではありません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="100"/>
        <source>&quot;version&quot; must be an integer.</source>
        <translation>「version」は整数である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="105"/>
        <source>This backup was made by a newer version of OST Shelf (backup format %1; this version reads %2).</source>
        <translation>このバックアップは新しいバージョンのOST Shelfで作成されています (バックアップ形式 %1、このバージョンが読めるのは %2 まで)。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="111"/>
        <source>&quot;version&quot; must be at least 1.</source>
        <translation>「version」は1以上である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="114"/>
        <source>&quot;schema&quot; must be a positive integer.</source>
        <translation>「schema」は正の整数である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="117"/>
        <source>&quot;created&quot; must be a string.</source>
        <translation>「created」は文字列である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="122"/>
        <source>&quot;counts&quot; must be an object.</source>
        <translation>「counts」はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="128"/>
        <source>&quot;counts.%1&quot; must be a whole number.</source>
        <translation>「counts.%1」は整数である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="139"/>
        <source>files[%1] must be an object.</source>
        <translation>files[%1] はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="143"/>
        <source>files[%1].path must be a string.</source>
        <translation>files[%1].path は文字列である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="146"/>
        <source>files[%1].path &quot;%2&quot; is not a place a backup may put a file.</source>
        <translation>files[%1].path「%2」は、バックアップがファイルを置ける場所ではありません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="150"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>「%1」が2回記載されています。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="153"/>
        <source>files[%1].size must be a whole number.</source>
        <translation>files[%1].size は整数である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="157"/>
        <source>files[%1].sha256 must be 64 lowercase hex digits.</source>
        <translation>files[%1].sha256 は小文字の16進数64桁である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="162"/>
        <source>it lists no library.sqlite.</source>
        <translation>library.sqliteが記載されていません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="104"/>
        <location filename="../app/backup/backuprestorer.cpp" line="94"/>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>%1 に一時フォルダーを作成できません: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="122"/>
        <source>The library could not be copied for the backup: %1</source>
        <translation>バックアップ用にライブラリをコピーできませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="127"/>
        <source>The copy of the library failed its consistency check; no backup was written.</source>
        <translation>ライブラリのコピーが整合性チェックに失敗したため、バックアップは書き込まれませんでした。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="137"/>
        <source>The copy of the library cannot be read: %1</source>
        <translation>ライブラリのコピーを読み取れません: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="154"/>
        <source>The playlist &quot;%1&quot; could not be read for the backup.</source>
        <translation>バックアップ用にプレイリスト「%1」を読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="174"/>
        <source>%1 is missing from %2 and was left out of the backup.</source>
        <translation>%1 が %2 にないため、バックアップから除外しました。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="216"/>
        <source>Cannot copy %1 into the backup.</source>
        <translation>%1 をバックアップにコピーできません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="233"/>
        <source>%1 changed or could not be read while it was backed up; try again.</source>
        <translation>バックアップ中に %1 が変更されたか、読み取れませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="238"/>
        <source>Backup cancelled; no backup was written.</source>
        <translation>バックアップをキャンセルしました。バックアップは書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="245"/>
        <source>Cannot write %1: the disk may be full.</source>
        <translation>%1 に書き込めません: ディスクがいっぱいの可能性があります。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="256"/>
        <source>Cannot move the backup into place at %1: %2</source>
        <translation>バックアップを所定の場所 %1 に移動できません: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="44"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 を復元できません: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="48"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 が存在しないか、ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="54"/>
        <source>it has no manifest.json; it is not an OST Shelf backup.</source>
        <translation>manifest.jsonがありません。OST Shelfのバックアップではありません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="64"/>
        <source>it was made by a newer version of OST Shelf (schema %1; this version knows %2).</source>
        <translation>新しいバージョンのOST Shelfで作成されています (スキーマ %1、このバージョンの対応は %2 まで)。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="76"/>
        <source>%1 is in the manifest but not in the archive.</source>
        <translation>%1 はマニフェストにありますが、アーカイブにはありません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="86"/>
        <source>%1 is in the archive but not in its manifest.</source>
        <translation>%1 はアーカイブにありますが、マニフェストにはありません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="114"/>
        <source>Restore cancelled; your library was not changed.</source>
        <translation>復元をキャンセルしました。ライブラリは変更されていません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="118"/>
        <source>%1 is not named after its content.</source>
        <translation>%1 のファイル名が内容と一致しません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="123"/>
        <source>The poster %1 was left out: it is not a usable image.</source>
        <translation>ポスター %1 は除外されました: 使用できる画像ではありません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="131"/>
        <source>its library.sqlite is not a sound SQLite database.</source>
        <translation>library.sqliteが正常なSQLiteデータベースではありません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="134"/>
        <source>its database has schema %1, but the manifest says %2.</source>
        <translation>データベースのスキーマは%1ですが、マニフェストには%2と記載されています。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="144"/>
        <source>its database is not an OST Shelf library.</source>
        <translation>データベースがOST Shelfのライブラリではありません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="155"/>
        <source>Cannot replace the restore already waiting in %1.</source>
        <translation>%1 で既に待機中の復元を置き換えられません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="159"/>
        <location filename="../app/backup/backuprestorer.cpp" line="162"/>
        <source>Cannot prepare the restore in %1.</source>
        <translation>%1 で復元を準備できません。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupstore.cpp" line="109"/>
        <source>The library failed its consistency check, so no automatic backup was made and the existing ones were kept.</source>
        <translation>ライブラリが整合性チェックに失敗したため、自動バックアップは作成されず、既存のバックアップはそのまま残されています。</translation>
    </message>
    <message>
        <location filename="../app/backup/backupstore.cpp" line="112"/>
        <source>Cannot create the backup folder %1.</source>
        <translation>バックアップフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../app/cli/packcli.cpp" line="94"/>
        <source>The whole catalog</source>
        <translation>カタログ全体</translation>
    </message>
    <message>
        <location filename="../ui/common/jobprogress.cpp" line="6"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/packs/packjobs.cpp" line="50"/>
        <source>This playlist has no songs to export.</source>
        <translation>このプレイリストにはエクスポートする曲がありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="65"/>
        <location filename="../ui/backup/backupactions.cpp" line="28"/>
        <source>%n playlist(s)</source>
        <translation>
            <numerusform>プレイリスト%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="66"/>
        <source>%n playlist song(s)</source>
        <translation>
            <numerusform>プレイリストの曲%n曲</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="67"/>
        <location filename="../ui/backup/backupactions.cpp" line="29"/>
        <source>%n favorite drama(s)</source>
        <translation>
            <numerusform>お気に入りのドラマ%n作品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="68"/>
        <location filename="../ui/backup/backupactions.cpp" line="30"/>
        <source>%n favorite song(s)</source>
        <translation>
            <numerusform>お気に入りの曲%n曲</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="69"/>
        <source>%n linked file(s)</source>
        <translation>
            <numerusform>関連付けられたファイル%n個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="71"/>
        <source>%n play(s) of the history</source>
        <translation>
            <numerusform>再生履歴%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/salvage.cpp" line="89"/>
        <source>The damaged library %1 cannot be opened: %2</source>
        <translation>破損したライブラリ %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/salvage.cpp" line="99"/>
        <source>The list of tables in the damaged library %1 cannot be read: %2</source>
        <translation>破損したライブラリ %1 のテーブル一覧を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/salvage.cpp" line="170"/>
        <source>A recovered row could not be written to %1: %2</source>
        <translation>復旧した行を %1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/backupactions.cpp" line="31"/>
        <source>%n custom poster(s)</source>
        <translation>
            <numerusform>カスタムポスター%n枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/backupactions.cpp" line="32"/>
        <source>%n linked music file(s)</source>
        <translation>
            <numerusform>関連付けられた音楽ファイル%n個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/catalog/referencedramas.cpp" line="172"/>
        <source>Cannot prepare the reference list&apos;s statements.</source>
        <translation>参照リスト用のSQL文を準備できません。</translation>
    </message>
    <message>
        <location filename="../app/catalog/referencedramas.cpp" line="180"/>
        <source>Cannot write the reference drama &quot;%1&quot;.</source>
        <translation>参照ドラマ「%1」を書き込めません。</translation>
    </message>
    <message>
        <location filename="../app/catalog/referencedramas.cpp" line="186"/>
        <source>Cannot write the names of the reference drama &quot;%1&quot;.</source>
        <translation>参照ドラマ「%1」の名前を書き込めません。</translation>
    </message>
    <message>
        <location filename="../app/albums/albumnameparser.cpp" line="200"/>
        <source>the album title has no words</source>
        <translation>アルバムタイトルに単語がない</translation>
    </message>
    <message>
        <location filename="../app/albums/albumnameparser.cpp" line="251"/>
        <source>no OST marker (&quot;OST&quot;, &quot;Original Soundtrack&quot;, a drama slot with a part)</source>
        <translation>OSTの目印がない (「OST」、「Original Soundtrack」、パート番号付きのドラマ枠名)</translation>
    </message>
    <message>
        <location filename="../app/albums/albumnameparser.cpp" line="263"/>
        <source>no drama title is left once &quot;OST&quot; and the part are taken away</source>
        <translation>「OST」とパートを除くとドラマのタイトルが残らない</translation>
    </message>
    <message>
        <location filename="../app/albums/albumnameparser.cpp" line="268"/>
        <source>a compilation of several dramas&apos; songs</source>
        <translation>複数のドラマの曲を集めたコンピレーション</translation>
    </message>
    <message>
        <location filename="../app/scanning/fileplacer.cpp" line="232"/>
        <source>a second copy: the song already plays %1</source>
        <translation>重複コピー: この曲は既に %1 で再生される</translation>
    </message>
    <message>
        <location filename="../app/scanning/fileplacer.cpp" line="335"/>
        <source>album “%1”: %2</source>
        <translation>アルバム「%1」: %2</translation>
    </message>
    <message>
        <location filename="../app/scanning/fileplacer.cpp" line="386"/>
        <source>“%1” of this drama has the title but another artist</source>
        <translation>このドラマの「%1」はタイトルが同じだがアーティストが異なる</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="27"/>
        <source>%1 is not an image this app can read: %2</source>
        <translation>%1 はこのアプリで読み込める画像ではありません: %2</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="30"/>
        <source>%1 claims %2×%3 pixels, more than %4 a side; it was not used</source>
        <translation>%1 は%2×%3ピクセルと記載されており、一辺%4を超えるため使用しなかった</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="53"/>
        <source>the cover %1 cannot be read (%2)</source>
        <translation>カバー %1 を読み取れない (%2)</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="74"/>
        <source>the embedded picture</source>
        <translation>埋め込み画像</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="86"/>
        <source>cannot create the folder %1 for covers</source>
        <translation>カバー用のフォルダー %1 を作成できない</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="90"/>
        <source>cannot save the cover to %1 (%2)</source>
        <translation>カバーを %1 に保存できない (%2)</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="52"/>
        <source>The drama &quot;%1&quot; was merged into &quot;%2&quot;; use that one.</source>
        <translation>ドラマ「%1」は「%2」に統合されました。そちらを使用してください。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="55"/>
        <source>The drama &quot;%1&quot; is no longer in the catalog.</source>
        <translation>ドラマ「%1」はもうカタログにありません。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="91"/>
        <source>The library is open read-only; it cannot be edited.</source>
        <translation>ライブラリが読み取り専用で開かれているため、編集できません。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="101"/>
        <source>Nothing to change: give a title, Hangul title, year or broadcaster.</source>
        <translation>変更する内容がありません: タイトル、ハングルタイトル、年、または放送局を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="103"/>
        <source>A drama needs a title; it cannot be empty.</source>
        <translation>ドラマにはタイトルが必要です。空にはできません。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="106"/>
        <source>%1 is not a year a drama was broadcast in (1950–2100, or 0 for unknown).</source>
        <translation>%1 はドラマの放送年として正しくありません (1950～2100、不明の場合は0)。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="146"/>
        <source>A drama cannot be merged into itself.</source>
        <translation>ドラマをそれ自身に統合することはできません。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="221"/>
        <source>An album title is needed.</source>
        <translation>アルバムタイトルが必要です。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="246"/>
        <source>No file of yours is on an album called &quot;%1&quot; (see ostshelf-cli other, or a drama&apos;s tracks).</source>
        <translation>「%1」というアルバムに自分のファイルはありません (ostshelf-cli other、またはドラマの曲一覧を確認してください)。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="277"/>
        <source>Nothing to change: give a title, Hangul title, artists or part.</source>
        <translation>変更する内容がありません: タイトル、ハングルタイトル、アーティスト、またはパートを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="279"/>
        <source>A song needs a title; it cannot be empty.</source>
        <translation>曲にはタイトルが必要です。空にはできません。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="281"/>
        <source>A song needs at least one artist.</source>
        <translation>曲には少なくとも1人のアーティストが必要です。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="284"/>
        <source>%1 is not an OST part (0 for none, up to 999).</source>
        <translation>%1 はOSTのパートとして正しくありません (なしの場合は0、最大999)。</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="326"/>
        <source>This song has no file of yours with an album tag; move the song itself instead.</source>
        <translation>この曲にはアルバムタグ付きの自分のファイルがありません。代わりに曲自体を移動してください。</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="49"/>
        <source>the %1 tag held control characters or invalid text; they were left out</source>
        <translation>%1タグに制御文字または不正なテキストが含まれていたため、除外した</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="52"/>
        <source>the %1 tag was %2 characters long; the first %3 were kept</source>
        <translation>%1タグが%2文字あったため、先頭の%3文字を残した</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="85"/>
        <source>not an audio file TagLib can read (damaged, or another kind of file)</source>
        <translation>TagLibで読み込めるオーディオファイルではない (破損しているか、別の種類のファイル)</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="90"/>
        <source>not an audio file: no audio stream was found in it</source>
        <translation>オーディオファイルではない: オーディオストリームが見つからない</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="93"/>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="94"/>
        <source>artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="95"/>
        <source>album</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="100"/>
        <source>album artist</source>
        <translation>アルバムアーティスト</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="113"/>
        <location filename="../app/tags/tagreader.cpp" line="144"/>
        <source>not an audio file TagLib can read</source>
        <translation>TagLibで読み込めるオーディオファイルではない</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="132"/>
        <source>the embedded picture is %1 MB, more than the %2 MB a cover may have; it was not used</source>
        <translation>埋め込み画像が%1 MBあり、カバーの上限の%2 MBを超えるため使用しなかった</translation>
    </message>
    <message>
        <location filename="../app/search/searchindexio.cpp" line="61"/>
        <source>Cannot save the search index: %1</source>
        <translation>検索インデックスを保存できません: %1</translation>
    </message>
    <message>
        <location filename="../app/search/searchindexio.cpp" line="73"/>
        <source>not a search index of this version</source>
        <translation>このバージョンの検索インデックスではありません</translation>
    </message>
    <message>
        <location filename="../app/search/searchindexio.cpp" line="76"/>
        <source>the search index describes another state of the library</source>
        <translation>検索インデックスがライブラリの別の状態のものです</translation>
    </message>
    <message>
        <location filename="../app/search/searchindexio.cpp" line="79"/>
        <source>the saved search index is damaged</source>
        <translation>保存された検索インデックスが破損しています</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="20"/>
        <source>it is not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>PNG、JPEG、GIF、BMP、WebPのいずれの画像でもありません</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="26"/>
        <source>its %1 header is cut short</source>
        <translation>%1ヘッダーが途中で切れています</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="34"/>
        <source>its %1 header gives no usable size (%2×%3)</source>
        <translation>%1ヘッダーに使用できるサイズがありません (%2×%3)</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="64"/>
        <source>its PNG header does not start with IHDR</source>
        <translation>PNGヘッダーがIHDRで始まっていません</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="84"/>
        <source>its BMP header has an unknown size (%1 bytes)</source>
        <translation>BMPヘッダーのサイズが不明です (%1バイト)</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="100"/>
        <source>its WebP frame has no start code</source>
        <translation>WebPフレームに開始コードがありません</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="106"/>
        <source>its lossless WebP has no signature</source>
        <translation>ロスレスWebPにシグネチャがありません</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="118"/>
        <source>its WebP holds an unknown kind of image</source>
        <translation>WebPに不明な種類の画像が含まれています</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="131"/>
        <source>its JPEG segments are out of step</source>
        <translation>JPEGのセグメントの並びが不正です</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="143"/>
        <source>its JPEG has no frame header before the image data</source>
        <translation>JPEGの画像データの前にフレームヘッダーがありません</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="150"/>
        <source>its JPEG has a segment of impossible length</source>
        <translation>JPEGにあり得ない長さのセグメントがあります</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="165"/>
        <source>its JPEG has no frame header in the first %1 MiB</source>
        <translation>JPEGの先頭%1 MiB以内にフレームヘッダーがありません</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="198"/>
        <source>it cannot be opened (%1)</source>
        <translation>開けません (%1)</translation>
    </message>
    <message>
        <location filename="../app/lyrics/lrcparser.cpp" line="105"/>
        <source>The lyrics file is %1 KB; lyrics files over %2 KB are not read.</source>
        <translation>歌詞ファイルは%1 KBです。%2 KBを超える歌詞ファイルは読み込みません。</translation>
    </message>
    <message>
        <location filename="../app/lyrics/lyricsfinder.cpp" line="123"/>
        <source>The lyrics file %1 is larger than %2 KB and was not read.</source>
        <translation>歌詞ファイル %1 は%2 KBを超えているため、読み込みませんでした。</translation>
    </message>
    <message>
        <location filename="../app/lyrics/lyricsfinder.cpp" line="128"/>
        <source>The lyrics file %1 cannot be read: %2</source>
        <translation>歌詞ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/lyrics/lyricsfinder.cpp" line="136"/>
        <source>The audio file %1 is not there.</source>
        <translation>オーディオファイル %1 がありません。</translation>
    </message>
    <message>
        <location filename="../app/history/playhistoryrepository.cpp" line="29"/>
        <source>The library is open read-only; the play is not recorded.</source>
        <translation>ライブラリが読み取り専用で開かれているため、再生は記録されません。</translation>
    </message>
    <message>
        <location filename="../app/history/playhistoryrepository.cpp" line="31"/>
        <source>A play without a song, a start or a length.</source>
        <translation>曲、開始時刻、または長さのない再生です。</translation>
    </message>
    <message>
        <location filename="../app/history/playhistoryrepository.cpp" line="111"/>
        <source>The library is open read-only; the history cannot be cleared.</source>
        <translation>ライブラリが読み取り専用で開かれているため、履歴を消去できません。</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="54"/>
        <source>&quot;%1&quot; is not a gain in dB</source>
        <translation>「%1」は dB 単位のゲインではありません</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="57"/>
        <source>a gain of %1 dB is beyond ±%2 dB</source>
        <translation>ゲイン %1 dB は ±%2 dB の範囲を超えています</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="66"/>
        <source>&quot;%1&quot; is not a peak level</source>
        <translation>「%1」はピークレベルではありません</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="69"/>
        <source>a peak of %1 is outside 0 to %2</source>
        <translation>ピーク %1 は 0〜%2 の範囲外です</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="80"/>
        <source>&quot;%1&quot; is not an R128 gain (a whole number in 1/256 dB)</source>
        <translation>「%1」は R128 ゲイン（1/256 dB 単位の整数）ではありません</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="85"/>
        <source>an R128 gain of %1 dB is beyond ±%2 dB</source>
        <translation>R128 ゲイン %1 dB は ±%2 dB の範囲を超えています</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessrepository.cpp" line="36"/>
        <source>The library is open read-only; loudness measurements cannot be kept.</source>
        <translation>ライブラリが読み取り専用で開かれているため、音量の測定結果を保存できません。</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="60"/>
        <source>%1 is not there.</source>
        <translation>%1 がありません。</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="65"/>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="117"/>
        <source>%1 could not be measured: %2</source>
        <translation>%1 を測定できませんでした：%2</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="85"/>
        <source>the audio changes its format part way through</source>
        <translation>音声の形式が途中で変わります</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="95"/>
        <source>the decoder refused it</source>
        <translation>デコーダーが受け付けませんでした</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="100"/>
        <source>the decoder gave nothing for %1 s</source>
        <translation>デコーダーが %1 秒間何も出力しませんでした</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="105"/>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="120"/>
        <source>%1 could not be measured: no audio was decoded</source>
        <translation>%1 を測定できませんでした：デコードされた音声がありません</translation>
    </message>
    <message>
        <location filename="../app/services/loudnessservice.cpp" line="21"/>
        <source>Loudness measurement stopped: </source>
        <translation>音量の測定を中止しました：</translation>
    </message>
    <message>
        <location filename="../app/services/loudnessservice.cpp" line="22"/>
        <source>%1 of %2 linked files measured in %3 s (%4 files a second, %5 min of audio)</source>
        <translation>リンクされた %2 ファイルのうち %1 ファイルを %3 秒で測定しました（毎秒 %4 ファイル、音声 %5 分）</translation>
    </message>
    <message>
        <location filename="../app/services/loudnessservice.cpp" line="29"/>
        <source>%1 have loudness tags, %2 were measured before, %3 could not be decoded, %4 are missing.</source>
        <translation>%1 ファイルには音量タグがあり、%2 ファイルは測定済み、%3 ファイルはデコードできず、%4 ファイルは見つかりません。</translation>
    </message>
    <message>
        <location filename="../app/storage/damagewatch.cpp" line="107"/>
        <source>The library file is damaged, so OST Shelf no longer reads or writes it; it is checked and repaired when OST Shelf starts again.</source>
        <translation>ライブラリファイルが破損しているため、OST Shelf はこれ以上読み書きしません。OST Shelf を次に起動したときに検査して修復します。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/app/main.cpp" line="70"/>
        <source>Korean drama soundtrack library</source>
        <translation>韓国ドラマのサウンドトラックライブラリ</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="73"/>
        <source>Use DIR for the library (it must exist).</source>
        <translation>DIRをライブラリとして使用します (既存のディレクトリである必要があります)。</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="76"/>
        <source>Save a screenshot to FILE once the first posters are painted, then quit.</source>
        <translation>最初のポスターが描画されたらスクリーンショットをFILEに保存して終了します。</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="91"/>
        <source>Print the time until the first screen of posters is painted, then quit.</source>
        <translation>最初の画面のポスターが描画されるまでの時間を出力して終了します。</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="95"/>
        <source>Audio files to play, drama packs (.ostpack) to import or a backup (.ostbackup) to restore; handed to the running OST Shelf if there is one.</source>
        <translation>再生するオーディオファイル、インポートするドラマパック (.ostpack)、または復元するバックアップ (.ostbackup)。OST Shelfが既に起動している場合は、そちらに渡されます。</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="129"/>
        <source>OST Shelf cannot open its library</source>
        <translation>OST Shelfがライブラリを開けません</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="193"/>
        <source>Your library</source>
        <translation>マイライブラリ</translation>
    </message>
</context>
<context>
    <name>ost::AboutDialog</name>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="17"/>
        <source>About OST Shelf</source>
        <translation>OST Shelfについて</translation>
    </message>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="24"/>
        <source>&lt;h2&gt;OST Shelf %1&lt;/h2&gt;&lt;p&gt;A library of Korean drama soundtracks: browse dramas by poster, open a drama to see its OST parts, artists and awards, and keep favorites.&lt;/p&gt;&lt;p&gt;Posters are drawn by OST Shelf itself; no artwork, audio or lyrics of others are included.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and KDE Frameworks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OST Shelf %1&lt;/h2&gt;&lt;p&gt;韓国ドラマのサウンドトラックライブラリです。ポスターでドラマを眺め、ドラマを開いてOSTのパート、アーティスト、受賞歴を確認したり、お気に入りを管理したりできます。&lt;/p&gt;&lt;p&gt;ポスターはOST Shelf自身が描画したものです。他者のアートワーク、音源、歌詞は一切含まれていません。&lt;/p&gt;&lt;p&gt;Qt %2とKDE Frameworksで作られています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ost::AddToPlaylistMenu</name>
    <message>
        <location filename="../ui/playlists/addtoplaylistmenu.cpp" line="11"/>
        <source>Add to &amp;playlist</source>
        <translation>プレイリストに追加(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/playlists/addtoplaylistmenu.cpp" line="25"/>
        <source>&amp;New playlist…</source>
        <translation>新規プレイリスト(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ost::ArtistPage</name>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="20"/>
        <source>Artist page</source>
        <translation>アーティストページ</translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="59"/>
        <source>Also credited as: %1</source>
        <translation>別名義: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="61"/>
        <source>Member of: %1</source>
        <translation>所属グループ: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="63"/>
        <source>Members: %1</source>
        <translation>メンバー: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="64"/>
        <source>No songs in the catalog yet.</source>
        <translation>カタログにはまだ曲がありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/artistpage.cpp" line="66"/>
        <source>%n song(s):</source>
        <translation>
            <numerusform>%n曲:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/artistpage.cpp" line="67"/>
        <source>%n song(s) by the group or its members:</source>
        <translation>
            <numerusform>グループとメンバーの曲%n曲:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::BackupActions</name>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="78"/>
        <source>OST Shelf backup %1</source>
        <translation>OST Shelfバックアップ %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="52"/>
        <location filename="../ui/backup/backupactions.cpp" line="58"/>
        <location filename="../ui/backup/backupactions.cpp" line="79"/>
        <source>Back up library</source>
        <translation>ライブラリのバックアップ</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="80"/>
        <location filename="../ui/backup/backupactions.cpp" line="102"/>
        <source>OST Shelf backups (*.ostbackup)</source>
        <translation>OST Shelfバックアップ (*.ostbackup)</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="87"/>
        <source>Backing up to %1…</source>
        <translation>%1 にバックアップしています…</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="54"/>
        <source>Backed up to %1: %2.</source>
        <translation>%1 にバックアップしました: %2。</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="98"/>
        <source>Restore library from a backup</source>
        <translation>バックアップからライブラリを復元</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="107"/>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="63"/>
        <location filename="../ui/backup/backupactions.cpp" line="115"/>
        <source>Restore library</source>
        <translation>ライブラリの復元</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="116"/>
        <source>Replace your library with the backup of %1?</source>
        <translation>ライブラリを %1 時点のバックアップで置き換えますか？</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="118"/>
        <source>The backup holds %1.</source>
        <translation>バックアップの内容: %1。</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="122"/>
        <source>Your current library is kept in the data folder (before-restore-…). OST Shelf restarts to finish the restore.</source>
        <translation>現在のライブラリはデータフォルダー (before-restore-…) に保管されます。復元を完了するためにOST Shelfが再起動します。</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="125"/>
        <source>Restore and restart</source>
        <translation>復元して再起動</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="147"/>
        <source>&amp;Automatic backups</source>
        <translation>自動バックアップ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="148"/>
        <source>Back up &amp;every day</source>
        <translation>毎日バックアップ(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="157"/>
        <source>&amp;Keep</source>
        <translation>保持する数(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/backupactions.cpp" line="160"/>
        <source>The last %n backup(s)</source>
        <translation>
            <numerusform>最新のバックアップ%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="169"/>
        <source>&amp;Open backups folder</source>
        <translation>バックアップフォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="70"/>
        <source>Automatic backup failed: %1</source>
        <translation>自動バックアップに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="67"/>
        <source>Automatic backup saved (%1).</source>
        <translation>自動バックアップを保存しました (%1)。</translation>
    </message>
</context>
<context>
    <name>ost::BackupService</name>
    <message>
        <location filename="../app/services/backupservice.cpp" line="80"/>
        <source>This backup was not checked, or was already restored; open it again.</source>
        <translation>このバックアップは確認されていないか、すでに復元されています。もう一度開いてください。</translation>
    </message>
</context>
<context>
    <name>ost::CollectionPage</name>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="16"/>
        <source>▶ Play the collection</source>
        <translation>▶ コレクションを再生</translation>
    </message>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="18"/>
        <source>Collection page</source>
        <translation>コレクションページ</translation>
    </message>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="25"/>
        <source>Collection entries</source>
        <translation>コレクションの項目</translation>
    </message>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="28"/>
        <source>Play the songs of this list in its order</source>
        <translation>このリストの曲を順番に再生</translation>
    </message>
</context>
<context>
    <name>ost::DamageNotice</name>
    <message>
        <location filename="../ui/library/damagenotice.cpp" line="21"/>
        <source>The library file is damaged</source>
        <translation>ライブラリファイルが破損しています</translation>
    </message>
    <message>
        <location filename="../ui/library/damagenotice.cpp" line="22"/>
        <source>OST Shelf found damage in its library file and stops using it now, so nothing more is read from it or written to it.</source>
        <translation>OST Shelfはライブラリファイルの破損を検出したため、このファイルの使用を直ちに停止します。これ以降、このファイルの読み書きは行いません。</translation>
    </message>
    <message>
        <location filename="../ui/library/damagenotice.cpp" line="27"/>
        <source>When it starts again it checks the whole file, keeps it aside, and carries everything still readable (playlists, favorites, linked files, edits) into a new library, then says what was recovered.</source>
        <translation>次回の起動時にファイル全体を検査して別に保管し、まだ読み取れるもの (プレイリスト、お気に入り、関連付けたファイル、編集内容) をすべて新しいライブラリに移してから、何を復旧したかをお知らせします。</translation>
    </message>
    <message>
        <location filename="../ui/library/damagenotice.cpp" line="31"/>
        <source>Restart and Repair</source>
        <translation>再起動して修復</translation>
    </message>
    <message>
        <location filename="../ui/library/damagenotice.cpp" line="33"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>ost::DramaEditDialog</name>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="25"/>
        <source>Edit “%1”</source>
        <translation>「%1」を編集</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="27"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="32"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="33"/>
        <source>Hangul title</source>
        <translation>ハングルタイトル</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="35"/>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="36"/>
        <source>&amp;Hangul title</source>
        <translation>ハングルタイトル(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="37"/>
        <source>&amp;Year</source>
        <translation>年(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="38"/>
        <source>&amp;Broadcaster</source>
        <translation>放送局(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="41"/>
        <source>A catalog drama: your changes are kept apart from the catalog&apos;s facts and stay through catalog updates, rescans and backups (Ctrl+Z undoes them).</source>
        <translation>カタログのドラマです。変更内容はカタログの情報とは別に保存され、カタログの更新、再スキャン、バックアップの後も保持されます (Ctrl+Zで元に戻せます)。</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="45"/>
        <source>&amp;Poster…</source>
        <translation>ポスター(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="46"/>
        <source>&amp;Merge into…</source>
        <translation>別のドラマに統合(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="48"/>
        <source>This drama is another drama under a second name: its songs, favorite and poster join that one</source>
        <translation>このドラマが別のドラマの別名である場合: 曲、お気に入り、ポスターがそちらのドラマに統合されます</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="53"/>
        <source>A drama needs a title</source>
        <translation>ドラマにはタイトルが必要です</translation>
    </message>
</context>
<context>
    <name>ost::DramaGridModel</name>
    <message numerus="yes">
        <location filename="../app/models/dramagridmodel.cpp" line="179"/>
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n曲</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/dramagridmodel.cpp" line="181"/>
        <source>From your files</source>
        <translation>自分のファイルから</translation>
    </message>
    <message>
        <location filename="../app/models/dramagridmodel.cpp" line="183"/>
        <source>From a drama pack</source>
        <translation>ドラマパックから</translation>
    </message>
    <message>
        <location filename="../app/models/dramagridmodel.cpp" line="196"/>
        <source>favorite</source>
        <translation>お気に入り</translation>
    </message>
</context>
<context>
    <name>ost::DramaPage</name>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="33"/>
        <source>Drama page</source>
        <translation>ドラマページ</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="35"/>
        <source>Poster</source>
        <translation>ポスター</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="56"/>
        <source>Favorite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="67"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="70"/>
        <source>Correct the titles, year or broadcaster, choose a poster, or merge with another drama</source>
        <translation>タイトル、年、放送局の修正、ポスターの選択、別のドラマとの統合を行います</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="84"/>
        <source>&lt;b&gt;Soundtrack&lt;/b&gt;</source>
        <translation>&lt;b&gt;サウンドトラック&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="123"/>
        <source>♪ from your files</source>
        <translation>♪ 自分のファイルから</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="125"/>
        <source>from a drama pack</source>
        <translation>ドラマパックから</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="128"/>
        <source>Also known as: %1</source>
        <translation>別タイトル: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="135"/>
        <source>No songs from this soundtrack are in the catalog yet. The album is known, but its tracks have not been added.</source>
        <translation>このサウンドトラックの曲はまだカタログにありません。アルバムは判明していますが、収録曲は追加されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/dramapage.cpp" line="138"/>
        <source>%n song(s) from your files.</source>
        <translation>
            <numerusform>自分のファイルの曲%n曲。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/dramapage.cpp" line="140"/>
        <source>%n song(s) of this soundtrack are in the catalog; the full album has more.</source>
        <translation>
            <numerusform>このサウンドトラックのうち%n曲がカタログにあります。アルバム全体にはさらに多くの曲が収録されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/dramapage.cpp" line="143"/>
        <source>The complete soundtrack: %n song(s).</source>
        <translation>
            <numerusform>サウンドトラック全曲: %n曲。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="147"/>
        <source>🏆 &lt;b&gt;%1&lt;/b&gt; — %2, %3 %4 (%5)</source>
        <translation>🏆 &lt;b&gt;%1&lt;/b&gt; — %2, %3 %4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="149"/>
        <source>ceremony not named</source>
        <translation>授賞式名不明</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="151"/>
        <source>won</source>
        <translation>受賞</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="151"/>
        <source>nominated</source>
        <translation>ノミネート</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="152"/>
        <source>&lt;b&gt;Awards&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;受賞歴&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="163"/>
        <source>♥ Favorite</source>
        <translation>♥ お気に入り</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="163"/>
        <source>♡ Add to favorites</source>
        <translation>♡ お気に入りに追加</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="164"/>
        <source>Remove this drama from your favorites (Ctrl+D)</source>
        <translation>このドラマをお気に入りから削除 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="165"/>
        <source>Add this drama to your favorites (Ctrl+D)</source>
        <translation>このドラマをお気に入りに追加 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="119"/>
        <source>Year unknown</source>
        <translation>年不明</translation>
    </message>
</context>
<context>
    <name>ost::DramaPickerDialog</name>
    <message>
        <location filename="../ui/edits/dramapickerdialog.cpp" line="19"/>
        <source>Choose a drama</source>
        <translation>ドラマを選択</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramapickerdialog.cpp" line="26"/>
        <source>Drama</source>
        <translation>ドラマ</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramapickerdialog.cpp" line="29"/>
        <source>&amp;Drama</source>
        <translation>ドラマ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ost::FavoritesPage</name>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="27"/>
        <source>Favorites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="32"/>
        <source>Favorite dramas</source>
        <translation>お気に入りのドラマ</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="35"/>
        <source>Favorite songs</source>
        <translation>お気に入りの曲</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="94"/>
        <source>Favorite dramas — none yet: click the heart on a poster or press Ctrl+D</source>
        <translation>お気に入りのドラマ — まだありません。ポスターのハートをクリックするか、Ctrl+Dを押してください</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="95"/>
        <source>Favorite dramas (%1)</source>
        <translation>お気に入りのドラマ (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="96"/>
        <source>Favorite songs — none yet: click the heart on a song</source>
        <translation>お気に入りの曲 — まだありません。曲のハートをクリックしてください</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="97"/>
        <source>Favorite songs (%1)</source>
        <translation>お気に入りの曲 (%1)</translation>
    </message>
</context>
<context>
    <name>ost::FilterBar</name>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="21"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="24"/>
        <source>Filter dramas</source>
        <translation>ドラマを絞り込み</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="70"/>
        <source>Favorites only</source>
        <translation>お気に入りのみ</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="85"/>
        <location filename="../ui/filters/filterbar.cpp" line="173"/>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="87"/>
        <source>%1s</source>
        <translation>%1年代</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="94"/>
        <source>Before 2000</source>
        <translation>2000年より前</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="101"/>
        <source>Broadcaster</source>
        <translation>放送局</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="109"/>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="118"/>
        <source>Artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="128"/>
        <source>Clear all filters</source>
        <translation>すべてのフィルターを解除</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="100"/>
        <source>Custom range…</source>
        <translation>範囲を指定…</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="25"/>
        <source>Filter by source, year, broadcaster, collection, artist or favorites (Ctrl+L)</source>
        <translation>取得元、年、放送局、コレクション、アーティスト、お気に入りで絞り込み (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="62"/>
        <source>From the catalog</source>
        <translation>カタログから</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="63"/>
        <source>From your files</source>
        <translation>自分のファイルから</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="64"/>
        <source>From drama packs</source>
        <translation>ドラマパックから</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="78"/>
        <source>Source</source>
        <translation>取得元</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="142"/>
        <source>Remove this filter</source>
        <translation>このフィルターを解除</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="143"/>
        <source>Remove filter %1</source>
        <translation>フィルター %1 を解除</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="152"/>
        <source>♥ Favorites</source>
        <translation>♥ お気に入り</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="159"/>
        <source>Years %1–%2</source>
        <translation>%1–%2年</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="164"/>
        <source>Collection: %1</source>
        <translation>コレクション: %1</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="167"/>
        <source>Artist: %1</source>
        <translation>アーティスト: %1</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="181"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="182"/>
        <source>To</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>ost::GridPage</name>
    <message>
        <location filename="../ui/pages/gridpage.cpp" line="30"/>
        <source>Loading your library…</source>
        <translation>ライブラリを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/pages/gridpage.cpp" line="44"/>
        <source>The library is empty.</source>
        <translation>ライブラリは空です。</translation>
    </message>
    <message>
        <location filename="../ui/pages/gridpage.cpp" line="69"/>
        <source>No drama matches these filters. Remove a filter above to see more.</source>
        <translation>条件に一致するドラマはありません。上のフィルターを解除すると、さらに表示されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/gridpage.cpp" line="95"/>
        <source>%n drama(s)</source>
        <translation>
            <numerusform>ドラマ%n作品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::HistoryKeeper</name>
    <message>
        <location filename="../app/services/historykeeper.cpp" line="20"/>
        <source>Clear history</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <location filename="../app/services/historykeeper.cpp" line="40"/>
        <source>History cleared (Ctrl+Z brings it back)</source>
        <translation>履歴を消去しました (Ctrl+Zで元に戻せます)</translation>
    </message>
</context>
<context>
    <name>ost::HistoryModel</name>
    <message>
        <location filename="../app/models/historymodel.cpp" line="23"/>
        <location filename="../tests/unit/tst_playhistory.cpp" line="195"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="23"/>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="23"/>
        <location filename="../tests/unit/tst_playhistory.cpp" line="204"/>
        <source>Earlier</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="96"/>
        <source>Heard %1 of %2</source>
        <translation>%2のうち%1を再生</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="102"/>
        <source>(no longer in the library: %1)</source>
        <translation>(ライブラリにありません: %1)</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="113"/>
        <source>preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="114"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="115"/>
        <source>played</source>
        <translation>再生済み</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/historymodel.cpp" line="134"/>
        <source>%1 (%n play(s))</source>
        <translation>
            <numerusform>%1 (%n回再生)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="150"/>
        <source>Song</source>
        <translation>曲</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="151"/>
        <source>Artists</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="152"/>
        <source>Drama</source>
        <translation>ドラマ</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="153"/>
        <source>Played</source>
        <translation>再生日時</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="154"/>
        <source>Heard</source>
        <translation>再生時間</translation>
    </message>
</context>
<context>
    <name>ost::HistoryPage</name>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="20"/>
        <source>Clear history</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="23"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="25"/>
        <source>Plays, newest first</source>
        <translation>再生履歴 (新しい順)</translation>
    </message>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="39"/>
        <source>Forget every play (Ctrl+Z brings them back)</source>
        <translation>すべての再生履歴を消去します (Ctrl+Zで元に戻せます)</translation>
    </message>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="72"/>
        <source>History — nothing played yet. Songs you play show here; previews are marked as previews.</source>
        <translation>履歴 — まだ何も再生していません。再生した曲がここに表示され、プレビューはプレビューとして示されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/historypage.cpp" line="75"/>
        <location filename="../ui/pages/historypage.cpp" line="78"/>
        <source>History — %n play(s)</source>
        <translation>
            <numerusform>履歴 — %n回再生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/historypage.cpp" line="76"/>
        <source>the newest %n shown</source>
        <translation>
            <numerusform>最新の%n件を表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::LanguageMenu</name>
    <message>
        <location filename="../ui/mainwindow/languagemenu.cpp" line="13"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/languagemenu.cpp" line="25"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>ost::LevellingMenu</name>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="62"/>
        <source>Loudness &amp;levelling</source>
        <translation>音量の均一化(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="73"/>
        <source>&amp;Off</source>
        <translation>オフ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="74"/>
        <source>By &amp;track gain</source>
        <translation>トラックゲインで(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="75"/>
        <source>By &amp;album gain</source>
        <translation>アルバムゲインで(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="87"/>
        <source>Pre-amp %1</source>
        <translation>プリアンプ %1</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="94"/>
        <source>&amp;Prevent clipping</source>
        <translation>クリッピングを防ぐ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="154"/>
        <source>&amp;Measure the loudness of untagged files</source>
        <translation>タグのないファイルの音量を測定(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="103"/>
        <source>Files without ReplayGain or R128 tags are decoded once and measured (EBU R128), so that they are levelled too</source>
        <translation>ReplayGain または R128 タグのないファイルを一度デコードして測定（EBU R128）し、それらも均一化します</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="105"/>
        <source>Measure new files after each &amp;scan</source>
        <translation>スキャンのたびに新しいファイルを測定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="121"/>
        <source>Measuring loudness: %1 of %2 files (%3)</source>
        <translation>音量を測定中：%2 ファイル中 %1 番目（%3）</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="153"/>
        <source>&amp;Stop measuring loudness</source>
        <translation>音量の測定を中止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="164"/>
        <source>Measuring the loudness of untagged files…</source>
        <translation>タグのないファイルの音量を測定中…</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="179"/>
        <source>Nothing is playing</source>
        <translation>再生中の曲はありません</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="181"/>
        <source>Levelling is off: played as recorded</source>
        <translation>均一化はオフ：録音されたままの音量で再生</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="183"/>
        <source>This song has no loudness tags: played at 0 dB</source>
        <translation>この曲には音量タグがありません：0 dB で再生</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="185"/>
        <source>Playing at %1 from its measured loudness (held back so its peak does not clip)</source>
        <translation>測定した音量により %1 で再生中（ピークがクリップしないよう抑えています）</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="188"/>
        <source>Playing at %1 from its measured loudness</source>
        <translation>測定した音量により %1 で再生中</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="190"/>
        <source>Playing at %1 (held back so its peak does not clip)</source>
        <translation>%1 で再生中（ピークがクリップしないよう抑えています）</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="192"/>
        <source>Playing at %1</source>
        <translation>%1 で再生中</translation>
    </message>
</context>
<context>
    <name>ost::LibraryEditActions</name>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="76"/>
        <source>Edit drama…</source>
        <translation>ドラマを編集…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="77"/>
        <source>Merge into another drama…</source>
        <translation>別のドラマに統合…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="83"/>
        <source>Edit song…</source>
        <translation>曲を編集…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="84"/>
        <source>Move to another drama…</source>
        <translation>別のドラマに移動…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="86"/>
        <source>Move to other music (no drama)</source>
        <translation>その他の音楽に移動 (ドラマなし)</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="92"/>
        <source>Its album is the OST of…</source>
        <translation>このアルバムは次のドラマのOST…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="94"/>
        <source>Its album is not a drama&apos;s OST</source>
        <translation>このアルバムはドラマのOSTではない</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="113"/>
        <source>The album of “%1” is the soundtrack of…</source>
        <translation>「%1」のアルバムは次のドラマのサウンドトラック…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="62"/>
        <location filename="../ui/edits/libraryeditactions.cpp" line="132"/>
        <source>Choose a poster</source>
        <translation>ポスターを選択</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="56"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="57"/>
        <source>Remove from favorites</source>
        <translation>お気に入りから削除</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="57"/>
        <source>Add to favorites</source>
        <translation>お気に入りに追加</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="60"/>
        <source>Choose poster image…</source>
        <translation>ポスター画像を選択…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="62"/>
        <location filename="../ui/edits/libraryeditactions.cpp" line="132"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="67"/>
        <source>Use the generated poster</source>
        <translation>自動生成のポスターを使用</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="148"/>
        <source>“%1” is the same drama as… Its songs, favorite and poster join the drama you choose; Ctrl+Z splits them again.</source>
        <translation>「%1」と同じドラマは… 曲、お気に入り、ポスターは選択したドラマに統合されます。Ctrl+Zで再び分けられます。</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="163"/>
        <source>Merge dramas</source>
        <translation>ドラマの統合</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="164"/>
        <source>Are “%1” and “%2” one drama? The songs, favorite and poster of “%1” join “%2”; Ctrl+Z splits them again.</source>
        <translation>「%1」と「%2」は同じドラマですか？「%1」の曲、お気に入り、ポスターが「%2」に統合されます。Ctrl+Zで再び分けられます。</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="169"/>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="180"/>
        <source>Move “%1” to the soundtrack of…</source>
        <translation>「%1」を次のドラマのサウンドトラックに移動…</translation>
    </message>
</context>
<context>
    <name>ost::LibraryEditor</name>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="79"/>
        <source>Undone: %1</source>
        <translation>元に戻しました: %1</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="88"/>
        <source>Edit drama</source>
        <translation>ドラマの編集</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="95"/>
        <source>Merge “%1” into “%2”</source>
        <translation>「%1」を「%2」に統合</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="102"/>
        <source>Move “%1” to other music</source>
        <translation>「%1」をその他の音楽に移動</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="103"/>
        <source>Move “%1” to “%2”</source>
        <translation>「%1」を「%2」に移動</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="109"/>
        <source>“%1” is not a drama</source>
        <translation>「%1」はドラマのOSTではない</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="109"/>
        <source>“%1” is “%2”</source>
        <translation>「%1」は「%2」のOST</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="116"/>
        <source>The album of “%1” is not a drama</source>
        <translation>「%1」のアルバムはドラマのOSTではない</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="117"/>
        <source>The album of “%1” is “%2”</source>
        <translation>「%1」のアルバムは「%2」のOST</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="123"/>
        <source>Edit “%1”</source>
        <translation>「%1」を編集</translation>
    </message>
</context>
<context>
    <name>ost::LibraryService</name>
    <message>
        <location filename="../app/services/libraryservice.cpp" line="196"/>
        <source>Collections and artists could not be read: %1</source>
        <translation>コレクションとアーティストを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/services/libraryservice.cpp" line="226"/>
        <source>The search index could not be built: %1</source>
        <translation>検索インデックスを作成できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ost::LocalMusicService</name>
    <message>
        <location filename="../app/services/localmusicservice.cpp" line="132"/>
        <source>Linked %1 to “%2”</source>
        <translation>%1 を「%2」に関連付けました</translation>
    </message>
    <message>
        <location filename="../app/services/localmusicservice.cpp" line="160"/>
        <source>Linked %1</source>
        <translation>%1 を関連付けました</translation>
    </message>
    <message>
        <location filename="../app/services/localmusicservice.cpp" line="175"/>
        <source>The song is no longer linked to a file.</source>
        <translation>この曲とファイルの関連付けを解除しました。</translation>
    </message>
</context>
<context>
    <name>ost::LyricsPanel</name>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="20"/>
        <source>Lyrics</source>
        <translation>歌詞</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="24"/>
        <source>&amp;Romanization</source>
        <translation>ローマ字表記(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="32"/>
        <source>Show a romanization line under each Hangul line</source>
        <translation>ハングルの各行の下にローマ字表記を表示します</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="38"/>
        <source>Lyrics lines</source>
        <translation>歌詞の行</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="50"/>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="79"/>
        <source>nothing is playing</source>
        <translation>再生中の曲はありません</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="77"/>
        <source>the demo clip has no lyrics; link your own file of the song</source>
        <translation>デモクリップには歌詞がありません。この曲の自分のファイルを関連付けてください</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="85"/>
        <source>Reading the lyrics…</source>
        <translation>歌詞を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="101"/>
        <source>no .lrc file beside the song and no lyrics in its tags</source>
        <translation>曲と同じフォルダーに.lrcファイルがなく、タグにも歌詞がありません</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="112"/>
        <source>From %1</source>
        <translation>取得元: %1</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="113"/>
        <source>From %1 (not synced to the song)</source>
        <translation>取得元: %1 (曲と同期していません)</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="120"/>
        <source>Lyrics: none (%1)</source>
        <translation>歌詞: なし (%1)</translation>
    </message>
</context>
<context>
    <name>ost::MainMenus</name>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="25"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="26"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="28"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="33"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="35"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="39"/>
        <source>Back (Alt+Left)</source>
        <translation>戻る (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="40"/>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="43"/>
        <source>Forward (Alt+Right)</source>
        <translation>進む (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="44"/>
        <source>All &amp;dramas</source>
        <translation>すべてのドラマ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="47"/>
        <source>All dramas (Alt+Home)</source>
        <translation>すべてのドラマ (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="48"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="51"/>
        <source>Toggle &amp;favorite</source>
        <translation>お気に入りの切り替え(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="54"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="56"/>
        <source>Larger posters</source>
        <translation>ポスターを大きく</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="59"/>
        <source>Smaller posters</source>
        <translation>ポスターを小さく</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="66"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="67"/>
        <source>&amp;About OST Shelf</source>
        <translation>OST Shelfについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="72"/>
        <location filename="../tests/xvfb/tst_translatedwindow.cpp" line="172"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="75"/>
        <source>&amp;New playlist…</source>
        <translation>新規プレイリスト(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="78"/>
        <source>&amp;Import playlist…</source>
        <translation>プレイリストをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="80"/>
        <source>&amp;Export playlist…</source>
        <translation>プレイリストをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="82"/>
        <source>Playlist &amp;trash…</source>
        <translation>プレイリストのゴミ箱(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="84"/>
        <source>&amp;Music folders and scan…</source>
        <translation>音楽フォルダーとスキャン(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="88"/>
        <source>Import &amp;pack…</source>
        <translation>パックをインポート(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="90"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="92"/>
        <source>E&amp;xport selection as pack…</source>
        <translation>選択項目をパックとしてエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="94"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="97"/>
        <source>&amp;Back up library…</source>
        <translation>ライブラリをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="100"/>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="104"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ost::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="86"/>
        <source>OST Shelf</source>
        <translation>OST Shelf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="164"/>
        <source>%n drama(s) in the library</source>
        <translation>
            <numerusform>ライブラリのドラマ: %n作品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="189"/>
        <source>Added the song to favorites</source>
        <translation>曲をお気に入りに追加しました</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="189"/>
        <source>Removed the song from favorites</source>
        <translation>曲をお気に入りから削除しました</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="231"/>
        <source>Open a playlist to export it.</source>
        <translation>エクスポートするプレイリストを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="248"/>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="257"/>
        <source> Sort: </source>
        <translation> 並べ替え: </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="267"/>
        <source>Library sections</source>
        <translation>ライブラリのセクション</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="289"/>
        <source>Playlist not changed</source>
        <translation>プレイリストは変更されていません</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="293"/>
        <source>Exported %n song(s) to %1</source>
        <translation>
            <numerusform>%n曲を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="183"/>
        <source>Added to favorites</source>
        <translation>お気に入りに追加しました</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="183"/>
        <source>Removed from favorites</source>
        <translation>お気に入りから削除しました</translation>
    </message>
</context>
<context>
    <name>ost::MprisPlayer</name>
    <message>
        <location filename="../app/mpris/mprisplayer.cpp" line="135"/>
        <source>Only local files can be opened: %1</source>
        <translation>ローカルファイルのみ開けます: %1</translation>
    </message>
</context>
<context>
    <name>ost::MusicFoldersDialog</name>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="23"/>
        <source>&amp;Scan now</source>
        <translation>今すぐスキャン(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="24"/>
        <source>&amp;Cancel scan</source>
        <translation>スキャンをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="29"/>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="31"/>
        <source>Music folders</source>
        <translation>音楽フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="32"/>
        <source>&amp;Add folder…</source>
        <translation>フォルダーを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="33"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="37"/>
        <source>Matches to review</source>
        <translation>確認が必要な一致</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="38"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="38"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="38"/>
        <source>Proposed song</source>
        <translation>候補の曲</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="38"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="42"/>
        <source>&amp;Link selected</source>
        <translation>選択項目を関連付け(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="43"/>
        <source>&amp;Not this song</source>
        <translation>この曲ではない(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="58"/>
        <source>Folders with your music. Scans read tags and link files to catalog songs; unchanged files are not read again.</source>
        <translation>音楽が入っているフォルダーです。スキャンではタグを読み取り、ファイルをカタログの曲に関連付けます。変更されていないファイルは再度読み込みません。</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="65"/>
        <source>Uncertain matches wait here for you:</source>
        <translation>確実でない一致は、ここで確認を待っています:</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="74"/>
        <source>Add a music folder</source>
        <translation>音楽フォルダーを追加</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="130"/>
        <source>%1 audio files, %2 new or changed — %3</source>
        <translation>オーディオファイル%1個、新規または変更%2個 — %3</translation>
    </message>
</context>
<context>
    <name>ost::OtherMusicPage</name>
    <message>
        <location filename="../ui/pages/othermusicpage.cpp" line="21"/>
        <source>Other music</source>
        <translation>その他の音楽</translation>
    </message>
    <message>
        <location filename="../ui/pages/othermusicpage.cpp" line="24"/>
        <source>Songs of your files that belong to no drama</source>
        <translation>どのドラマにも属さない自分のファイルの曲</translation>
    </message>
    <message>
        <location filename="../ui/pages/othermusicpage.cpp" line="55"/>
        <source>Other music — none: every song of your files belongs to a drama. Albums that are no OST (singles, studio albums) show here after a scan.</source>
        <translation>その他の音楽 — なし: 自分のファイルの曲はすべていずれかのドラマに属しています。OSTではないアルバム (シングル、スタジオアルバム) は、スキャン後にここに表示されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/othermusicpage.cpp" line="57"/>
        <source>Other music — %n song(s)</source>
        <translation>
            <numerusform>その他の音楽 — %n曲</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/othermusicpage.cpp" line="58"/>
        <source>%n album(s)</source>
        <translation>
            <numerusform>アルバム%n枚</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PackActions</name>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="52"/>
        <source>Import a drama pack</source>
        <translation>ドラマパックをインポート</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="54"/>
        <location filename="../ui/packs/packactions.cpp" line="99"/>
        <source>OST Shelf packs (*.ostpack)</source>
        <translation>OST Shelfパック (*.ostpack)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="25"/>
        <location filename="../ui/packs/packactions.cpp" line="33"/>
        <location filename="../ui/packs/packactions.cpp" line="58"/>
        <location filename="../ui/packs/packactions.cpp" line="73"/>
        <source>Import pack</source>
        <translation>パックをインポート</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="59"/>
        <source>This library is open read-only; nothing can be imported into it.</source>
        <translation>このライブラリは読み取り専用で開かれているため、何もインポートできません。</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="63"/>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="74"/>
        <source>Nothing to import: your library already has everything in %1.</source>
        <translation>インポートする項目はありません: %1 の内容はすべてライブラリに含まれています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/packactions.cpp" line="29"/>
        <source>Pack imported: %n new drama(s), </source>
        <translation>
            <numerusform>パックをインポートしました: 新しいドラマ%n作品、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/packactions.cpp" line="30"/>
        <source>%n updated.</source>
        <translation>
            <numerusform>更新%n作品。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="41"/>
        <location filename="../ui/packs/packactions.cpp" line="90"/>
        <source>Export pack</source>
        <translation>パックをエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="91"/>
        <source>Select dramas in the grid, or open a drama, collection or playlist first.</source>
        <translation>先にグリッドでドラマを選択するか、ドラマ、コレクション、プレイリストのいずれかを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="97"/>
        <source>Export as drama pack</source>
        <translation>ドラマパックとしてエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="105"/>
        <source>Writing %1…</source>
        <translation>%1 を書き込んでいます…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/packactions.cpp" line="36"/>
        <source>Exported %1: %n drama(s), </source>
        <translation>
            <numerusform>%1 をエクスポートしました: ドラマ%n作品、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/packactions.cpp" line="37"/>
        <source>%n song(s).</source>
        <translation>
            <numerusform>%n曲。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PackImportDialog</name>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="15"/>
        <source>Import pack</source>
        <translation>パックをインポート</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="19"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="28"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="28"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="37"/>
        <source>New dramas (%1)</source>
        <translation>新しいドラマ (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="38"/>
        <source>Updated dramas (%1)</source>
        <translation>更新されたドラマ (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="39"/>
        <source>New songs (%1)</source>
        <translation>新しい曲 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="40"/>
        <source>Updated songs (%1)</source>
        <translation>更新された曲 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="41"/>
        <source>New artists (%1)</source>
        <translation>新しいアーティスト (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="42"/>
        <source>Updated artists (%1)</source>
        <translation>更新されたアーティスト (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="43"/>
        <source>New collections (%1)</source>
        <translation>新しいコレクション (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="44"/>
        <source>Updated collections (%1)</source>
        <translation>更新されたコレクション (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="45"/>
        <source>New or changed awards (%1)</source>
        <translation>新規または変更された受賞歴 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="54"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ost::PackService</name>
    <message>
        <location filename="../app/services/packservice.cpp" line="38"/>
        <source>This library is open read-only; nothing can be imported into it.</source>
        <translation>このライブラリは読み取り専用で開かれているため、何もインポートできません。</translation>
    </message>
    <message>
        <location filename="../app/services/packservice.cpp" line="59"/>
        <source>This pack was not checked, or was already imported; open it again.</source>
        <translation>このパックは確認されていないか、すでにインポートされています。もう一度開いてください。</translation>
    </message>
</context>
<context>
    <name>ost::PageStack</name>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="160"/>
        <source>OST Shelf</source>
        <translation>OST Shelf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="173"/>
        <source>Other music</source>
        <translation>その他の音楽</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="177"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="181"/>
        <location filename="../ui/mainwindow/pagestack.cpp" line="231"/>
        <source>Favorites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="188"/>
        <source>That playlist was deleted; it is in the trash.</source>
        <translation>このプレイリストは削除されました。ゴミ箱にあります。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="227"/>
        <source>Playlist %1</source>
        <translation>プレイリスト %1</translation>
    </message>
</context>
<context>
    <name>ost::PlaybackController</name>
    <message numerus="yes">
        <location filename="../app/playback/playbackcontroller.cpp" line="89"/>
        <source>%n song(s) will play next</source>
        <translation>
            <numerusform>次に%n曲を再生します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playback/playbackcontroller.cpp" line="107"/>
        <source>Added %n song(s) to the queue</source>
        <translation>
            <numerusform>再生キューに%n曲を追加しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playback/playbackcontroller.cpp" line="252"/>
        <source>“%1” has no audio file linked yet; skipped.</source>
        <translation>「%1」にはまだオーディオファイルが関連付けられていないため、スキップしました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playback/playbackcontroller.cpp" line="285"/>
        <source>Stopped: %n songs in a row could not play.</source>
        <translation>
            <numerusform>停止しました: %n曲続けて再生できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playback/playbackcontroller.cpp" line="341"/>
        <source>A preview start can be set on a song playing from your own file.</source>
        <translation>試聴の開始位置は、自分のファイルで再生中の曲にのみ設定できます。</translation>
    </message>
    <message>
        <location filename="../app/playback/playbackcontroller.cpp" line="352"/>
        <source>Previews of this song now start at %1:%2</source>
        <translation>この曲の試聴は%1:%2から始まるようになりました</translation>
    </message>
</context>
<context>
    <name>ost::PlaybackUi</name>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="39"/>
        <source>Queue</source>
        <translation>再生キュー</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="135"/>
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="143"/>
        <source>&amp;Play / pause</source>
        <translation>再生/一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="147"/>
        <source>&amp;Next song</source>
        <translation>次の曲(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="149"/>
        <source>P&amp;revious song</source>
        <translation>前の曲(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="152"/>
        <source>Seek &amp;forward 5 s</source>
        <translation>5秒早送り(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="154"/>
        <source>Seek &amp;back 5 s</source>
        <translation>5秒巻き戻し(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="156"/>
        <source>Preview from &amp;here</source>
        <translation>ここから試聴(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="175"/>
        <source>&amp;Notify when a song starts</source>
        <translation>曲の開始を通知(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="178"/>
        <source>&amp;Close to the tray</source>
        <translation>閉じるとトレイへ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="181"/>
        <source>Show in the &amp;tray</source>
        <translation>トレイに表示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="220"/>
        <source>demo clip</source>
        <translation>デモクリップ</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="222"/>
        <source>no audio file linked</source>
        <translation>オーディオファイルが関連付けられていません</translation>
    </message>
</context>
<context>
    <name>ost::PlayerBar</name>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="125"/>
        <source>Nothing playing</source>
        <translation>再生していません</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="40"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="31"/>
        <source>Player</source>
        <translation>プレーヤー</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="41"/>
        <source>Previous song</source>
        <translation>前の曲</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="43"/>
        <source>Play or pause</source>
        <translation>再生または一時停止</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="44"/>
        <source>Play / pause (Space)</source>
        <translation>再生/一時停止 (Space)</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="46"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="47"/>
        <source>Next song</source>
        <translation>次の曲</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="48"/>
        <source>Position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="54"/>
        <source>Favorite song</source>
        <translation>お気に入りの曲</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="55"/>
        <location filename="../ui/player/playerbar.cpp" line="180"/>
        <source>Add the current song to favorites</source>
        <translation>再生中の曲をお気に入りに追加</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="58"/>
        <source>Preview %1 s</source>
        <translation>%1秒試聴</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="59"/>
        <source>Full songs</source>
        <translation>フル再生</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="60"/>
        <source>Playback mode</source>
        <translation>再生モード</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="61"/>
        <source>Preview mode plays each song&apos;s hook for a few seconds, then the next; full mode plays whole songs</source>
        <translation>試聴モードでは各曲のサビを数秒ずつ再生して次の曲に進み、フル再生モードでは曲全体を再生します</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="65"/>
        <source>Preview from here</source>
        <translation>ここから試聴</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="66"/>
        <source>Preview from here: previews of this song start at the current position</source>
        <translation>ここから試聴: この曲の試聴を現在の位置から始めるようにします</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="67"/>
        <location filename="../tests/xvfb/tst_translatedwindow.cpp" line="230"/>
        <source>Queue</source>
        <translation>再生キュー</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="69"/>
        <source>Show the queue</source>
        <translation>再生キューを表示</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="70"/>
        <source>Show or hide the play queue</source>
        <translation>再生キューの表示/非表示</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="78"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="179"/>
        <source>Remove the current song from favorites</source>
        <translation>再生中の曲をお気に入りから削除</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="73"/>
        <location filename="../ui/player/playerbar.cpp" line="74"/>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
</context>
<context>
    <name>ost::PlayerTray</name>
    <message>
        <location filename="../ui/player/playertray.cpp" line="28"/>
        <location filename="../ui/player/playertray.cpp" line="106"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="30"/>
        <source>Next song</source>
        <translation>次の曲</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="31"/>
        <source>Previous song</source>
        <translation>前の曲</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="34"/>
        <location filename="../ui/player/playertray.cpp" line="46"/>
        <source>Hide the window</source>
        <translation>ウィンドウを隠す</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="39"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="46"/>
        <source>Show the window</source>
        <translation>ウィンドウを表示</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="96"/>
        <source>Nothing is playing</source>
        <translation>再生中の曲はありません</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="97"/>
        <source>OST Shelf</source>
        <translation>OST Shelf</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="106"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
</context>
<context>
    <name>ost::PlaylistActions</name>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="30"/>
        <source>Playlist imported</source>
        <translation>プレイリストをインポートしました</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="34"/>
        <source>Some entries need a look: see the details.</source>
        <translation>確認が必要な項目があります。詳細を確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="49"/>
        <source>Playlist name:</source>
        <translation>プレイリスト名:</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="61"/>
        <source>New playlist</source>
        <translation>新規プレイリスト</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="74"/>
        <source>Rename playlist</source>
        <translation>プレイリスト名の変更</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="90"/>
        <source>Export playlist</source>
        <translation>プレイリストのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="91"/>
        <source>M3U8 playlist (*.m3u8);;M3U playlist (*.m3u);;XSPF playlist (*.xspf)</source>
        <translation>M3U8プレイリスト (*.m3u8);;M3Uプレイリスト (*.m3u);;XSPFプレイリスト (*.xspf)</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="105"/>
        <source>Import playlist</source>
        <translation>プレイリストのインポート</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="106"/>
        <source>Playlists (*.m3u8 *.m3u *.xspf);;All files (*)</source>
        <translation>プレイリスト (*.m3u8 *.m3u *.xspf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="129"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="130"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="131"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="132"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="134"/>
        <source>Delete (move to trash)</source>
        <translation>削除 (ゴミ箱に移動)</translation>
    </message>
</context>
<context>
    <name>ost::PlaylistEditor</name>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="140"/>
        <source>A playlist named &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前のプレイリストは既に存在します。</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="208"/>
        <source>Create playlist “%1”</source>
        <translation>プレイリスト「%1」を作成</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="213"/>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="214"/>
        <source>Duplicate “%1”</source>
        <translation>「%1」を複製</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="240"/>
        <source>Rename “%1” to “%2”</source>
        <translation>「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="270"/>
        <source>Delete playlist “%1”</source>
        <translation>プレイリスト「%1」を削除</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="271"/>
        <source>“%1” moved to the trash. Undo or restore it from the trash.</source>
        <translation>「%1」をゴミ箱に移動しました。元に戻すか、ゴミ箱から復元できます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="289"/>
        <source>Add %n song(s) to “%1”</source>
        <translation>
            <numerusform>「%1」に%n曲を追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="290"/>
        <source>Added %n song(s) to “%1”</source>
        <translation>
            <numerusform>「%1」に%n曲を追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="317"/>
        <source>Remove %n song(s) from “%1”</source>
        <translation>
            <numerusform>「%1」から%n曲を削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="346"/>
        <source>Reorder “%1”</source>
        <translation>「%1」の並べ替え</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="472"/>
        <source>Restored “%1”</source>
        <translation>「%1」を復元しました</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="489"/>
        <source>Emptied the trash: %n playlist(s) deleted for good</source>
        <translation>
            <numerusform>ゴミ箱を空にしました: %n件のプレイリストを完全に削除しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PlaylistListModel</name>
    <message numerus="yes">
        <location filename="../app/models/playlistlistmodel.cpp" line="108"/>
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n曲</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/playlistlistmodel.cpp" line="110"/>
        <source>%n without a local file</source>
        <translation>
            <numerusform>ローカルファイルなし%n曲</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PlaylistModel</name>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="192"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="196"/>
        <location filename="../app/models/playlistmodel.cpp" line="209"/>
        <source>no local file</source>
        <translation>ローカルファイルなし</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="196"/>
        <source>file missing</source>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="201"/>
        <source>The linked audio file is no longer on disk. The song stays in the playlist; link the file again to play it.</source>
        <translation>関連付けられたオーディオファイルがディスク上にありません。曲はプレイリストに残ります。再生するにはファイルを関連付け直してください。</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="204"/>
        <source>No audio file is linked to this song, so it cannot play yet. It stays in the playlist.</source>
        <translation>この曲にはオーディオファイルが関連付けられていないため、まだ再生できません。曲はプレイリストに残ります。</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="219"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="220"/>
        <source>Artists</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="221"/>
        <source>Drama</source>
        <translation>ドラマ</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="222"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>ost::PlaylistPage</name>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="34"/>
        <source>Playlist</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="36"/>
        <source>Playlist cover</source>
        <translation>プレイリストのカバー</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="44"/>
        <source>This playlist is empty. Drag songs here from a drama, an artist or your favorites, or use “Add to playlist” (Ctrl+Shift+P) on any song.</source>
        <translation>このプレイリストは空です。ドラマ、アーティスト、お気に入りからここに曲をドラッグするか、曲の「プレイリストに追加」(Ctrl+Shift+P) を使ってください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="53"/>
        <source>▶ Play</source>
        <translation>▶ 再生</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="54"/>
        <source>Play the playlist from the first song</source>
        <translation>プレイリストを最初の曲から再生</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="62"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="62"/>
        <source>Rename the playlist (F2)</source>
        <translation>プレイリスト名を変更 (F2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="64"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="64"/>
        <source>Make a copy of the playlist</source>
        <translation>プレイリストのコピーを作成</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="66"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="66"/>
        <source>Save as M3U8, M3U or XSPF</source>
        <translation>M3U8、M3U、またはXSPF形式で保存</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="68"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="68"/>
        <source>Move the playlist to the trash</source>
        <translation>プレイリストをゴミ箱に移動</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="81"/>
        <source>Songs of the playlist</source>
        <translation>プレイリストの曲</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="140"/>
        <source>%1 playable</source>
        <translation>再生可能: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="212"/>
        <source>Play from here</source>
        <translation>ここから再生</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="213"/>
        <source>Remove from playlist</source>
        <translation>プレイリストから削除</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="215"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="217"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="221"/>
        <source>Rename playlist…</source>
        <translation>プレイリスト名を変更…</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="222"/>
        <source>Export playlist…</source>
        <translation>プレイリストをエクスポート…</translation>
    </message>
</context>
<context>
    <name>ost::PosterDelegate</name>
    <message>
        <location filename="../ui/postergrid/posterdelegate.cpp" line="92"/>
        <source>♪ Your files</source>
        <translation>♪ 自分のファイル</translation>
    </message>
    <message>
        <location filename="../ui/postergrid/posterdelegate.cpp" line="198"/>
        <source>Remove from favorites</source>
        <translation>お気に入りから削除</translation>
    </message>
    <message>
        <location filename="../ui/postergrid/posterdelegate.cpp" line="199"/>
        <source>Add to favorites</source>
        <translation>お気に入りに追加</translation>
    </message>
</context>
<context>
    <name>ost::PosterGridView</name>
    <message>
        <location filename="../ui/postergrid/postergridview.cpp" line="38"/>
        <source>Dramas</source>
        <translation>ドラマ</translation>
    </message>
    <message>
        <location filename="../ui/postergrid/postergridview.cpp" line="39"/>
        <source>Poster grid of dramas. Enter opens a drama, Ctrl+D toggles favorite.</source>
        <translation>ドラマのポスターグリッドです。Enterでドラマを開き、Ctrl+Dでお気に入りを切り替えます。</translation>
    </message>
</context>
<context>
    <name>ost::PreviewPlayer</name>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="40"/>
        <source>No sound output was found (no sound server or audio device is running), so nothing can be heard.</source>
        <translation>サウンド出力が見つかりません (サウンドサーバーもオーディオデバイスも動作していません)。音は聞こえません。</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="53"/>
        <source>Cannot play %1: %2</source>
        <translation>%1 を再生できません: %2</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="59"/>
        <source>%1 is not an audio file OST Shelf can play.</source>
        <translation>%1 はOST Shelfで再生できるオーディオファイルではありません。</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="108"/>
        <source>%1 is missing.</source>
        <translation>%1 が見つかりません。</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="111"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="113"/>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="115"/>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
</context>
<context>
    <name>ost::QueueModel</name>
    <message>
        <location filename="../app/models/queuemodel.cpp" line="146"/>
        <source>now playing</source>
        <translation>再生中</translation>
    </message>
</context>
<context>
    <name>ost::QueueView</name>
    <message>
        <location filename="../ui/player/queueview.cpp" line="15"/>
        <source>Play queue</source>
        <translation>再生キュー</translation>
    </message>
    <message>
        <location filename="../ui/player/queueview.cpp" line="74"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../ui/player/queueview.cpp" line="75"/>
        <source>Remove from queue</source>
        <translation>再生キューから削除</translation>
    </message>
</context>
<context>
    <name>ost::SearchBox</name>
    <message>
        <location filename="../ui/search/searchbox.cpp" line="20"/>
        <source>Search dramas, songs, artists — 도깨비, dokkaebi, ㄷㄲㅂ</source>
        <translation>ドラマ、曲、アーティストを検索 — 도깨비, dokkaebi, ㄷㄲㅂ</translation>
    </message>
    <message>
        <location filename="../ui/search/searchbox.cpp" line="22"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../ui/search/searchbox.cpp" line="52"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
</context>
<context>
    <name>ost::SearchResultsModel</name>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="14"/>
        <source>Dramas</source>
        <translation>ドラマ</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="15"/>
        <location filename="../tests/xvfb/tst_translatedwindow.cpp" line="217"/>
        <source>Songs</source>
        <translation>曲</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="16"/>
        <source>Artists</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="17"/>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="25"/>
        <source>Drama</source>
        <translation>ドラマ</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="26"/>
        <source>Song</source>
        <translation>曲</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="27"/>
        <source>Artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="28"/>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="39"/>
        <location filename="../app/models/searchresultsmodel.cpp" line="95"/>
        <location filename="../tests/xvfb/tst_translatedwindow.cpp" line="209"/>
        <source>Top result</source>
        <translation>トップヒット</translation>
    </message>
</context>
<context>
    <name>ost::SidebarModel</name>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="167"/>
        <location filename="../tests/xvfb/tst_translatedwindow.cpp" line="179"/>
        <source>All dramas</source>
        <translation>すべてのドラマ</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="168"/>
        <source>♥ Favorites</source>
        <translation>♥ お気に入り</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="171"/>
        <source>♪ Other music</source>
        <translation>♪ その他の音楽</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="172"/>
        <source>Songs of your files that belong to no drama</source>
        <translation>どのドラマにも属さない自分のファイルの曲</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="176"/>
        <source>↺ History</source>
        <translation>↺ 履歴</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="177"/>
        <source>What you played: today, this week and earlier</source>
        <translation>再生した曲: 今日、今週、それ以前</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="181"/>
        <source>Playlists</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="181"/>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="202"/>
        <source>＋ New playlist…</source>
        <translation>＋ 新規プレイリスト…</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="204"/>
        <source>Create a playlist (Ctrl+N); drop songs here to start one with them</source>
        <translation>プレイリストを作成 (Ctrl+N)。ここに曲をドロップすると、その曲で新しいプレイリストを作成します</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="206"/>
        <source>Trash</source>
        <translation>ゴミ箱</translation>
    </message>
</context>
<context>
    <name>ost::SongEditDialog</name>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="39"/>
        <source>Edit “%1”</source>
        <translation>「%1」を編集</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="41"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="43"/>
        <source>Separate artists with commas; “feat.” before featured artists</source>
        <translation>アーティストはカンマで区切り、フィーチャリングアーティストの前には「feat.」を付けてください</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="45"/>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="46"/>
        <source>&amp;Hangul title</source>
        <translation>ハングルタイトル(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="47"/>
        <source>&amp;Artists</source>
        <translation>アーティスト(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="48"/>
        <source>OST &amp;part</source>
        <translation>OSTパート(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ost::SongListActions</name>
    <message>
        <location filename="../ui/pages/songlistactions.cpp" line="37"/>
        <source>Link an audio file</source>
        <translation>オーディオファイルを関連付け</translation>
    </message>
    <message>
        <location filename="../ui/pages/songlistactions.cpp" line="38"/>
        <source>Audio (*.mp3 *.flac *.ogg *.opus *.m4a *.wav *.aac *.wma)</source>
        <translation>オーディオ (*.mp3 *.flac *.ogg *.opus *.m4a *.wav *.aac *.wma)</translation>
    </message>
</context>
<context>
    <name>ost::SortBox</name>
    <message>
        <location filename="../ui/filters/sortbox.cpp" line="15"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../ui/filters/sortbox.cpp" line="16"/>
        <source>Korean title (가나다)</source>
        <translation>韓国語タイトル (가나다順)</translation>
    </message>
    <message>
        <location filename="../ui/filters/sortbox.cpp" line="17"/>
        <source>Year (newest first)</source>
        <translation>年 (新しい順)</translation>
    </message>
    <message>
        <location filename="../ui/filters/sortbox.cpp" line="18"/>
        <source>Recently added</source>
        <translation>最近追加した順</translation>
    </message>
    <message>
        <location filename="../ui/filters/sortbox.cpp" line="19"/>
        <location filename="../ui/filters/sortbox.cpp" line="20"/>
        <source>Sort dramas by</source>
        <translation>ドラマの並べ替え</translation>
    </message>
</context>
<context>
    <name>ost::TrackListView</name>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="27"/>
        <source>Songs</source>
        <translation>曲</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="33"/>
        <source>Add to playlist…</source>
        <translation>プレイリストに追加…</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="148"/>
        <source>Play from here</source>
        <translation>ここから再生</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="150"/>
        <source>Play next</source>
        <translation>次に再生</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="151"/>
        <source>Add to queue</source>
        <translation>再生キューに追加</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="152"/>
        <source>Remove from favorites</source>
        <translation>お気に入りから削除</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="152"/>
        <source>Add to favorites</source>
        <translation>お気に入りに追加</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="156"/>
        <source>Link audio file…</source>
        <translation>オーディオファイルを関連付け…</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="157"/>
        <source>Unlink file</source>
        <translation>ファイルの関連付けを解除</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="160"/>
        <source>Go to drama “%1”</source>
        <translation>ドラマ「%1」へ移動</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="163"/>
        <source>Go to artist “%1”</source>
        <translation>アーティスト「%1」へ移動</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="166"/>
        <source>Copy title</source>
        <translation>タイトルをコピー</translation>
    </message>
</context>
<context>
    <name>ost::TrackModel</name>
    <message numerus="yes">
        <location filename="../app/models/trackmodel.cpp" line="110"/>
        <source>Played %n time(s)</source>
        <translation>
            <numerusform>%n回再生</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="113"/>
        <source>last on %1</source>
        <translation>最終再生 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/trackmodel.cpp" line="116"/>
        <source>skipped %n time(s)</source>
        <translation>
            <numerusform>%n回スキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/trackmodel.cpp" line="118"/>
        <source>%n preview(s)</source>
        <translation>
            <numerusform>プレビュー%n回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="126"/>
        <source>Part %1</source>
        <translation>パート%1</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="127"/>
        <source>Part unknown</source>
        <translation>パート不明</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="137"/>
        <source>your file</source>
        <translation>自分のファイル</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="138"/>
        <source>demo clip</source>
        <translation>デモクリップ</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="139"/>
        <source>file missing</source>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="140"/>
        <source>unavailable</source>
        <translation>再生不可</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="167"/>
        <source>OST</source>
        <translation>OST</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="168"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="169"/>
        <source>Artists</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="170"/>
        <source>Drama</source>
        <translation>ドラマ</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="171"/>
        <source>Plays</source>
        <translation>音源</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="172"/>
        <source>Favorite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="132"/>
        <source>not from a drama</source>
        <translation>ドラマ以外</translation>
    </message>
</context>
<context>
    <name>ost::TrashDialog</name>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="17"/>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="18"/>
        <source>&amp;Empty trash…</source>
        <translation>ゴミ箱を空にする(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="20"/>
        <source>Playlist trash</source>
        <translation>プレイリストのゴミ箱</translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="22"/>
        <source>Deleted playlists</source>
        <translation>削除したプレイリスト</translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="25"/>
        <source>Deleted playlists stay here, also after a restart, until you empty the trash.</source>
        <translation>削除したプレイリストは、ゴミ箱を空にするまで、再起動後もここに残ります。</translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="44"/>
        <source>Empty the trash?</source>
        <translation>ゴミ箱を空にしますか？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/playlists/trashdialog.cpp" line="45"/>
        <source>%n playlist(s) will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n件のプレイリストが完全に削除されます。この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/playlists/trashdialog.cpp" line="60"/>
        <source>%1 — %n song(s), deleted %2</source>
        <translation>
            <numerusform>%1 — %n曲、%2に削除</numerusform>
        </translation>
    </message>
</context>
</TS>
