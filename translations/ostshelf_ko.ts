<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/storage/database.cpp" line="44"/>
        <source>The database file %1 does not exist.</source>
        <translation>데이터베이스 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="56"/>
        <source>Cannot open the database %1: %2</source>
        <translation>데이터베이스 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="71"/>
        <source>Cannot configure the database %1 (%2): %3</source>
        <translation>데이터베이스 %1을(를) 설정할 수 없습니다(%2): %3</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="102"/>
        <source>%1 is not a readable OST Shelf database: %2</source>
        <translation>%1은(는) 읽을 수 있는 OST 책장 데이터베이스가 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="111"/>
        <source>Refusing to create %1: the file already exists.</source>
        <translation>%1을(를) 만들지 않았습니다: 파일이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="145"/>
        <location filename="../app/storage/sqlquery.cpp" line="27"/>
        <location filename="../app/storage/preparedquery.cpp" line="26"/>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>“%1” 실행 중 데이터베이스 오류가 발생했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="18"/>
        <source>Cannot start a database transaction: %1</source>
        <translation>데이터베이스 트랜잭션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="35"/>
        <source>No transaction is active.</source>
        <translation>진행 중인 트랜잭션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="40"/>
        <source>Cannot save the changes: %1</source>
        <translation>변경 사항을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="43"/>
        <source>Cannot read the schema version of %1.</source>
        <translation>%1의 스키마 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="54"/>
        <source>Migration %1 is missing from the application.</source>
        <translation>애플리케이션에 마이그레이션 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="58"/>
        <source>Migration %1 failed: %2</source>
        <translation>마이그레이션 %1에 실패했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlquery.cpp" line="20"/>
        <location filename="../app/storage/preparedquery.cpp" line="19"/>
        <source>Database error preparing &quot;%1&quot;: %2</source>
        <translation>“%1” 준비 중 데이터베이스 오류가 발생했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlquery.cpp" line="39"/>
        <source>Database error while reading rows: %1</source>
        <translation>행을 읽는 중 데이터베이스 오류가 발생했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="39"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1을(를) %2(으)로 복사할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="43"/>
        <source>Cannot move %1 into place.</source>
        <translation>%1을(를) 최종 위치로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="147"/>
        <source>Cannot create the backup folder in %1.</source>
        <translation>%1에 백업 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="154"/>
        <source>The library failed its consistency check, so no backup was made and the existing backups were kept.</source>
        <translation>라이브러리가 일관성 검사를 통과하지 못해 백업을 만들지 않았으며 기존 백업은 그대로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="169"/>
        <source>The backup could not be written: %1</source>
        <translation>백업을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="174"/>
        <source>The backup %1 failed its integrity check and was discarded.</source>
        <translation>백업 %1이(가) 무결성 검사를 통과하지 못해 폐기했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="196"/>
        <source>The data directory %1 does not exist. Create it first, or check that its drive is mounted.</source>
        <translation>데이터 디렉터리 %1이(가) 없습니다. 먼저 디렉터리를 만들거나 해당 드라이브가 마운트되어 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="201"/>
        <source>Cannot create the data directory %1.</source>
        <translation>데이터 디렉터리 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="205"/>
        <source>The data directory %1 is not a directory.</source>
        <translation>데이터 디렉터리 %1은(는) 디렉터리가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="217"/>
        <source>The data directory %1 is read-only: OST Shelf cannot save favorites or playlists there. Make it writable or choose another one with --data-dir.</source>
        <translation>데이터 디렉터리 %1이(가) 읽기 전용이므로 OST 책장에서 즐겨찾기나 재생목록을 저장할 수 없습니다. 쓰기 가능하도록 변경하거나 --data-dir 옵션으로 다른 디렉터리를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="223"/>
        <source>The bundled catalog %1 is missing or damaged; reinstall OST Shelf.</source>
        <translation>내장 카탈로그 %1이(가) 없거나 손상되었습니다. OST 책장을 다시 설치하십시오.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="237"/>
        <location filename="../app/storage/pendingrestore.cpp" line="162"/>
        <source>Your library was restored from the backup of %1.</source>
        <translation>%1에 만든 백업에서 라이브러리를 복원했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="265"/>
        <source>The library file %1 was missing.</source>
        <translation>라이브러리 파일 %1이(가) 없었습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="268"/>
        <source>The library file %1 is missing and no backup in %2 is usable.</source>
        <translation>라이브러리 파일 %1이(가) 없으며 %2에도 사용할 수 있는 백업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="286"/>
        <source>The library %1 is damaged and could not be moved aside.</source>
        <translation>라이브러리 %1이(가) 손상되었으며 다른 이름으로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="287"/>
        <source>The library file was damaged; it was kept as %1.</source>
        <translation>라이브러리 파일이 손상되어 %1(으)로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="303"/>
        <source>Nothing could be read from it. No usable backup was found, so a new library was started from the catalog.</source>
        <translation>파일에서 아무것도 읽을 수 없었습니다. 사용할 수 있는 백업도 없어 카탈로그로 새 라이브러리를 시작했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="309"/>
        <source>Recovered from the damaged library: %1. Some rows stood on unreadable parts of the file and are lost.</source>
        <translation>손상된 라이브러리에서 복구한 항목: %1. 파일의 읽을 수 없는 부분에 있던 일부 행은 잃었습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="311"/>
        <source>Recovered from the damaged library: %1. Nothing was lost.</source>
        <translation>손상된 라이브러리에서 복구한 항목: %1. 잃은 항목은 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="319"/>
        <source>The safety copy %1 holds more of your own entries (%2 against %3 recovered). To use it instead, quit OST Shelf and copy it over %4; File → Restore from backup… restores a daily backup.</source>
        <translation>안전 사본 %1에 내 항목이 더 많이 들어 있습니다(복구한 %3개에 비해 %2개). 이 사본을 쓰려면 OST 책장을 종료하고 %4 위에 복사하십시오. 파일 → 백업에서 복원…으로는 일일 백업을 복원할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="339"/>
        <source>The automatic backup %1 holds more of your own entries (%2 against %3 recovered). To use it instead, choose File → Restore from backup… and open it.</source>
        <translation>자동 백업 %1에 내 항목이 더 많이 들어 있습니다(복구한 %3개에 비해 %2개). 이 백업을 쓰려면 파일 → 백업에서 복원…을 선택해 이 백업을 여십시오.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="362"/>
        <source>This library was written by a newer version of OST Shelf (schema %1; this version knows %2). It is open read-only so nothing in it is changed.</source>
        <translation>이 라이브러리는 더 새로운 버전의 OST 책장에서 저장되었습니다(스키마 %1, 이 버전은 %2까지 지원). 내용이 변경되지 않도록 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="378"/>
        <source>The library could not be upgraded and was left as it was: %1</source>
        <translation>라이브러리를 업그레이드할 수 없어 그대로 두었습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="380"/>
        <source>The library was upgraded to schema %1; a backup was kept at %2.</source>
        <translation>라이브러리를 스키마 %1(으)로 업그레이드했습니다. 백업은 %2에 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="389"/>
        <source>The catalog was updated; your favorites and playlists were kept.</source>
        <translation>카탈로그를 업데이트했습니다. 즐겨찾기와 재생목록은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogupdater.cpp" line="93"/>
        <location filename="../app/storage/catalogupdater.cpp" line="102"/>
        <source>The catalog update failed and nothing was changed: %1</source>
        <translation>카탈로그를 업데이트하지 못했으며 아무것도 변경되지 않았습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/catalog/catalogsource.cpp" line="60"/>
        <source>The catalog in %1 has %n problem(s):
</source>
        <translation>
            <numerusform>%1의 카탈로그에 문제가 %n개 있습니다:
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="196"/>
        <location filename="../app/edits/libraryedits.cpp" line="291"/>
        <location filename="../app/repositories/catalogrepository.cpp" line="133"/>
        <source>No song with id &quot;%1&quot;.</source>
        <translation>ID가 “%1”인 곡이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="39"/>
        <location filename="../app/repositories/catalogrepository.cpp" line="170"/>
        <source>No drama with id &quot;%1&quot;.</source>
        <translation>ID가 “%1”인 드라마가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="234"/>
        <source>No artist with id &quot;%1&quot;.</source>
        <translation>ID가 “%1”인 아티스트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="319"/>
        <source>Unknown table %1.</source>
        <translation>알 수 없는 테이블입니다: %1</translation>
    </message>
    <message>
        <location filename="../app/search/searchdocumentreader.cpp" line="41"/>
        <location filename="../app/search/searchdocumentreader.cpp" line="64"/>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/search/searchdocumentreader.cpp" line="41"/>
        <location filename="../app/search/searchdocumentreader.cpp" line="64"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/search/searchdocumentreader.cpp" line="42"/>
        <location filename="../app/search/searchdocumentreader.cpp" line="149"/>
        <source>Collection · %n item(s)</source>
        <translation>
            <numerusform>컬렉션 · %n개 항목</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="343"/>
        <source>No drama is called &quot;%1&quot; (try: ostshelf-cli search &quot;%1&quot;).</source>
        <translation>이름이 “%1”인 드라마가 없습니다. (검색해 보기: ostshelf-cli search &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="366"/>
        <source>No song is called &quot;%1&quot; (try: ostshelf-cli search &quot;%1&quot;).</source>
        <translation>제목이 “%1”인 곡이 없습니다. (검색해 보기: ostshelf-cli search &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/repositories/favoriterepository.cpp" line="30"/>
        <source>The library is open read-only; favorites cannot be changed.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 즐겨찾기를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/favoriterepository.cpp" line="37"/>
        <source>Cannot mark &quot;%1&quot; as a favorite: it is not in the catalog.</source>
        <translation>“%1”을(를) 즐겨찾기에 추가할 수 없습니다: 카탈로그에 없는 항목입니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="27"/>
        <source>%1 is not an image OST Shelf can read: %2.</source>
        <translation>%1은(는) OST 책장이 읽을 수 있는 이미지가 아닙니다: %2.</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="30"/>
        <source>%1 is too large (%2×%3); posters can be at most %4 pixels on a side.</source>
        <translation>%1이(가) 너무 큽니다(%2×%3). 포스터는 한 변이 최대 %4픽셀이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="37"/>
        <source>Cannot create the poster folder in %1.</source>
        <translation>%1에 포스터 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="42"/>
        <source>Cannot copy %1 into the library.</source>
        <translation>%1을(를) 라이브러리로 복사할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="51"/>
        <source>A playlist needs a name.</source>
        <translation>재생목록 이름을 입력해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="54"/>
        <source>A playlist name can have at most %1 characters.</source>
        <translation>재생목록 이름은 최대 %1자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="58"/>
        <source>A playlist name cannot contain control characters.</source>
        <translation>재생목록 이름에는 제어 문자를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="66"/>
        <source>The library is open read-only; playlists cannot be changed.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 재생목록을 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="92"/>
        <source>Too many playlists are named &quot;%1&quot;.</source>
        <translation>이름이 “%1”인 재생목록이 너무 많습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="104"/>
        <source>No song with id &quot;%1&quot; is in the catalog.</source>
        <translation>카탈로그에 ID가 “%1”인 곡이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="117"/>
        <source>Database error: cannot prepare the playlist update.</source>
        <translation>데이터베이스 오류: 재생목록 업데이트를 준비할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="124"/>
        <source>Cannot save the playlist: song &quot;%1&quot; was refused.</source>
        <translation>재생목록을 저장할 수 없습니다: 곡 “%1”이(가) 거부되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="146"/>
        <location filename="../app/repositories/playlistrepository.cpp" line="177"/>
        <source>A playlist named &quot;%1&quot; already exists.</source>
        <translation>이름이 “%1”인 재생목록이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="193"/>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="210"/>
        <source>No playlist with id %1 to delete.</source>
        <translation>ID가 %1인 재생목록이 없어 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="279"/>
        <source>No playlist with id %1.</source>
        <translation>ID가 %1인 재생목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="334"/>
        <source>The playlist has no song at position %1.</source>
        <translation>재생목록의 %1번 위치에 곡이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/repositories/playlistrepository.cpp" line="347"/>
        <source>Cannot move: the playlist has %n song(s).</source>
        <translation>
            <numerusform>이동할 수 없습니다: 재생목록에는 %n곡만 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="370"/>
        <source>No playlist named &quot;%1&quot; is in the trash.</source>
        <translation>휴지통에 이름이 “%1”인 재생목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="371"/>
        <source>No playlist named &quot;%1&quot;.</source>
        <translation>이름이 “%1”인 재생목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="23"/>
        <source>The library is open read-only; files cannot be linked.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 파일을 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="27"/>
        <source>Cannot link &quot;%1&quot;: it is not an existing local file.</source>
        <translation>“%1”을(를) 연결할 수 없습니다: 존재하는 로컬 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="35"/>
        <source>Cannot link a file to &quot;%1&quot;: it is not in the catalog.</source>
        <translation>“%1”에 파일을 연결할 수 없습니다: 카탈로그에 없는 곡입니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="42"/>
        <source>The library is open read-only; files cannot be unlinked.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 파일 연결을 해제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="67"/>
        <location filename="../app/repositories/localfilerepository.cpp" line="73"/>
        <source>Cannot read scanned files: %1</source>
        <translation>스캔한 파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="118"/>
        <source>no catalog song has this title</source>
        <translation>카탈로그에 이 제목의 곡이 없음</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="133"/>
        <source>title and artist match</source>
        <translation>제목과 아티스트 일치</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="136"/>
        <source>several songs share this title and artist</source>
        <translation>제목과 아티스트가 같은 곡이 여러 개 있음</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="139"/>
        <source>title matches; no artist to compare</source>
        <translation>제목 일치, 비교할 아티스트 없음</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="140"/>
        <source>title matches but the artist differs</source>
        <translation>제목은 일치하지만 아티스트가 다름</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/matching/songmatcher.cpp" line="143"/>
        <source>%n catalog songs have this title; the artist does not decide</source>
        <translation>
            <numerusform>카탈로그에 이 제목의 곡이 %n개 있으며 아티스트로 구별할 수 없음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="91"/>
        <source>file not found</source>
        <translation>파일을 찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="92"/>
        <source>remote address, never opened</source>
        <translation>원격 주소(열지 않음)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="93"/>
        <source>network share path, never opened</source>
        <translation>네트워크 공유 경로(열지 않음)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="94"/>
        <source>a device or system file, never opened</source>
        <translation>장치 또는 시스템 파일(열지 않음)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="95"/>
        <source>not a regular file (a pipe, socket or folder), never opened</source>
        <translation>일반 파일이 아님(파이프, 소켓 또는 폴더, 열지 않음)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistexporter.cpp" line="112"/>
        <location filename="../app/playlists/playlistexporter.cpp" line="117"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>“%1”에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistexporter.cpp" line="120"/>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>“%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlistimporter.cpp" line="62"/>
        <source>Imported %n song(s) into &quot;%1&quot; (file encoding %2).</source>
        <translation>
            <numerusform>“%1”에 %n곡을 가져왔습니다(파일 인코딩: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="68"/>
        <source>Matched by title only — please check:</source>
        <translation>제목으로만 일치시킨 항목입니다. 확인해 주십시오:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlistimporter.cpp" line="74"/>
        <source>Skipped %n entr(y/ies):</source>
        <translation>
            <numerusform>%n개 항목을 건너뛰었습니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="86"/>
        <source>Cannot import &quot;%1&quot;: the file does not exist.</source>
        <translation>“%1”을(를) 가져올 수 없습니다: 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="89"/>
        <source>Cannot import &quot;%1&quot;: it is not a regular file.</source>
        <translation>“%1”을(를) 가져올 수 없습니다: 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="93"/>
        <source>Cannot import &quot;%1&quot;: %2 MB is too large for a playlist (the limit is %3 MB).</source>
        <translation>“%1”을(를) 가져올 수 없습니다: 재생목록으로 쓰기에는 너무 큽니다(%2MB, 최대 %3MB).</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="99"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="116"/>
        <location filename="../app/playlists/playlistimporter.cpp" line="128"/>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <translation>“%1”을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="136"/>
        <source>Cannot import &quot;%1&quot;: it has %2 entries; the limit is %3.</source>
        <translation>“%1”을(를) 가져올 수 없습니다: 항목이 %2개로 최대 개수(%3개)를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="204"/>
        <source>the XML declares a DTD or entities, which XSPF never uses; nothing was imported</source>
        <translation>XML에 XSPF에서 사용하지 않는 DTD 또는 엔터티가 선언되어 있어 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="213"/>
        <source>this is XML but not an XSPF playlist (no &lt;playlist&gt; root)</source>
        <translation>XML 파일이지만 XSPF 재생목록이 아닙니다(&lt;playlist&gt; 루트 없음)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="242"/>
        <source>invalid XML at line %1: %2; nothing was imported</source>
        <translation>%1번째 줄의 XML이 올바르지 않습니다: %2. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="246"/>
        <source>the file is empty or not XML</source>
        <translation>파일이 비어 있거나 XML이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="275"/>
        <source>OST Shelf id</source>
        <translation>OST 책장 ID</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="279"/>
        <source>linked file</source>
        <translation>연결된 파일</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="284"/>
        <source>file tags: %1</source>
        <translation>파일 태그: %1</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="304"/>
        <source>file not found and no catalog song matches its name</source>
        <translation>파일을 찾을 수 없고 이름이 일치하는 카탈로그 곡도 없음</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="305"/>
        <source>no catalog song matches (%1)</source>
        <translation>일치하는 카탈로그 곡 없음(%1)</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="50"/>
        <source>an empty name</source>
        <translation>빈 이름</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="52"/>
        <source>a name longer than %1 characters</source>
        <translation>%1자를 넘는 이름</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="54"/>
        <source>an absolute path</source>
        <translation>절대 경로</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="56"/>
        <source>a backslash in the name</source>
        <translation>이름에 백슬래시가 있음</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="59"/>
        <source>a Windows drive letter</source>
        <translation>Windows 드라이브 문자</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="62"/>
        <source>a control character in the name</source>
        <translation>이름에 제어 문자가 있음</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="66"/>
        <source>a &quot;..&quot; path component</source>
        <translation>“..” 경로 구성 요소</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="68"/>
        <source>an empty or &quot;.&quot; path component</source>
        <translation>비어 있거나 “.”인 경로 구성 요소</translation>
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
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="85"/>
        <source>%1 is truncated or damaged: its compressed stream does not end properly.</source>
        <translation>%1이(가) 잘렸거나 손상되었습니다: 압축 스트림이 올바르게 끝나지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="204"/>
        <location filename="../app/archive/archivechecks.cpp" line="229"/>
        <source>The archive is truncated (a tar header is cut off).</source>
        <translation>아카이브가 잘렸습니다(tar 헤더가 중간에 끊김).</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="211"/>
        <source>The archive has a damaged tar header (bad size field).</source>
        <translation>아카이브의 tar 헤더가 손상되었습니다(크기 필드가 잘못됨).</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="225"/>
        <source>The archive has a damaged tar header (an oversized long name).</source>
        <translation>아카이브의 tar 헤더가 손상되었습니다(긴 이름이 너무 큼).</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="248"/>
        <location filename="../app/archive/safearchive.cpp" line="198"/>
        <source>The archive has more than %1 entries.</source>
        <translation>아카이브의 항목이 %1개를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="47"/>
        <source>The archive entry &quot;%1&quot; is refused: %2.</source>
        <translation>아카이브 항목 “%1”을(를) 거부했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="262"/>
        <source>The archive entry &quot;%1&quot; is a hard link; links are not allowed.</source>
        <translation>아카이브 항목 “%1”은(는) 하드 링크입니다. 링크는 허용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="265"/>
        <location filename="../app/archive/safearchive.cpp" line="180"/>
        <source>The archive entry &quot;%1&quot; is a link (to &quot;%2&quot;); links are not allowed.</source>
        <translation>아카이브 항목 “%1”은(는) “%2”을(를) 가리키는 링크입니다. 링크는 허용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="272"/>
        <location filename="../app/archive/safearchive.cpp" line="185"/>
        <source>The archive entry &quot;%1&quot; is a device, pipe or socket; only files are allowed.</source>
        <translation>아카이브 항목 “%1”은(는) 장치, 파이프 또는 소켓입니다. 파일만 허용됩니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="276"/>
        <source>The archive entry &quot;%1&quot; has an unknown type &apos;%2&apos;.</source>
        <translation>아카이브 항목 “%1”의 유형 ‘%2’을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="281"/>
        <location filename="../app/archive/safearchive.cpp" line="214"/>
        <source>The archive entry &quot;%1&quot; is %2, over the limit of %3.</source>
        <translation>아카이브 항목 “%1”의 크기가 %2(으)로 한도(%3)를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="285"/>
        <location filename="../app/archive/archivechecks.cpp" line="288"/>
        <source>The archive is truncated (in &quot;%1&quot;).</source>
        <translation>아카이브가 잘렸습니다(위치: “%1”).</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="68"/>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="70"/>
        <source>%1 is not a regular file.</source>
        <translation>%1은(는) 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="83"/>
        <source>%1 is not a tar archive compressed with zstd or xz.</source>
        <translation>%1은(는) zstd 또는 xz로 압축된 tar 아카이브가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="89"/>
        <source>Cannot create a temporary file: %1</source>
        <translation>임시 파일을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="115"/>
        <location filename="../app/archive/safearchive.cpp" line="102"/>
        <source>%1 is damaged: its compressed data cannot be read (%2).</source>
        <translation>%1이(가) 손상되었습니다: 압축된 데이터를 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="110"/>
        <source>%1 expands to more than %2 (compression ratio or size over the limit); it was not opened.</source>
        <translation>%1의 압축을 풀면 %2보다 커집니다(압축률 또는 크기가 한도를 넘음). 파일을 열지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="115"/>
        <source>Cannot write a temporary file: %1</source>
        <translation>임시 파일에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/archive/archivechecks.cpp" line="90"/>
        <location filename="../app/archive/safearchive.cpp" line="119"/>
        <source>%1 is damaged: its compressed data cannot be read.</source>
        <translation>%1이(가) 손상되었습니다: 압축된 데이터를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="133"/>
        <source>%1 is not a readable archive (%2).</source>
        <translation>%1은(는) 읽을 수 있는 아카이브가 아닙니다(%2).</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="135"/>
        <source>damaged or truncated</source>
        <translation>손상되었거나 잘림</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="141"/>
        <location filename="../app/archive/safearchive.cpp" line="269"/>
        <source>The archive&apos;s files add up to more than %1.</source>
        <translation>아카이브에 든 파일의 크기 합계가 %1보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="147"/>
        <source>The archive entry &quot;%1&quot; inflates %2 bytes into %3: a compression ratio over the limit of %4 (a zip bomb?).</source>
        <translation>아카이브 항목 “%1”은(는) %2바이트가 %3바이트로 풀립니다: 압축률이 한도(%4배)를 넘습니다(zip 폭탄일 수 있음).</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="161"/>
        <source>The archive nests folders more than %1 deep (at &quot;%2&quot;).</source>
        <translation>아카이브의 폴더 중첩 깊이가 %1단계를 넘습니다(위치: “%2”).</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="192"/>
        <source>The archive entries &quot;%1&quot; and &quot;%2&quot; have names that differ only in case or Unicode normalization; they would overwrite each other.</source>
        <translation>아카이브 항목 “%1”과(와) “%2”은(는) 이름이 대소문자나 유니코드 정규화만 달라 서로 덮어쓰게 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="207"/>
        <source>The archive entry &quot;%1&quot; is not a regular file.</source>
        <translation>아카이브 항목 “%1”은(는) 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="242"/>
        <location filename="../app/archive/safearchive.cpp" line="291"/>
        <source>The archive has no file &quot;%1&quot;.</source>
        <translation>아카이브에 “%1” 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="246"/>
        <source>The archive entry &quot;%1&quot; cannot be read.</source>
        <translation>아카이브 항목 “%1”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="255"/>
        <source>The archive entry &quot;%1&quot; is damaged: its data cannot be decompressed.</source>
        <translation>아카이브 항목 “%1”이(가) 손상되었습니다: 데이터의 압축을 풀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="263"/>
        <source>The archive entry &quot;%1&quot; holds more data than the %2 bytes it claims.</source>
        <translation>아카이브 항목 “%1”에 기록된 크기(%2바이트)보다 많은 데이터가 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="277"/>
        <source>The archive entry &quot;%1&quot; is damaged or truncated: %2 of %3 bytes could be read.</source>
        <translation>아카이브 항목 “%1”이(가) 손상되었거나 잘렸습니다: %3바이트 중 %2바이트만 읽을 수 있었습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="283"/>
        <source>The archive entry &quot;%1&quot; is damaged: its CRC does not match.</source>
        <translation>아카이브 항목 “%1”이(가) 손상되었습니다: CRC가 일치하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="294"/>
        <source>&quot;%1&quot; in the archive is %2 bytes, more than the %3 allowed.</source>
        <translation>아카이브의 “%1”은(는) %2바이트로 허용 한도(%3바이트)를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../app/archive/safearchive.cpp" line="314"/>
        <source>Cannot create %1: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
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
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/playlistcli.cpp" line="97"/>
        <source>&quot;%1&quot; is not a position in this playlist (1 to %2).</source>
        <translation>“%1”은(는) 이 재생목록의 올바른 위치가 아닙니다(1~%2).</translation>
    </message>
    <message>
        <location filename="../app/repositories/previewstartrepository.cpp" line="17"/>
        <source>The library is open read-only; the preview start cannot be saved.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 미리듣기 시작 위치를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/previewstartrepository.cpp" line="19"/>
        <source>A preview cannot start before the song does.</source>
        <translation>미리듣기는 곡의 시작보다 앞에서 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/previewstartrepository.cpp" line="27"/>
        <source>Cannot save the preview start of &quot;%1&quot;: it is not in the catalog.</source>
        <translation>“%1”의 미리듣기 시작 위치를 저장할 수 없습니다: 카탈로그에 없는 곡입니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="47"/>
        <source>No file with review id %1 is waiting for review.</source>
        <translation>검토를 기다리는 파일 중 검토 ID가 %1인 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="54"/>
        <location filename="../app/repositories/scanrepository.cpp" line="82"/>
        <source>The library is open read-only.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="62"/>
        <source>&quot;%1&quot; has no proposed song to link.</source>
        <translation>“%1”에는 연결하도록 제안된 곡이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="122"/>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>“%1”은(는) 폴더가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scanning/libraryscanner.cpp" line="50"/>
        <source>%n audio file(s) found</source>
        <translation>
            <numerusform>오디오 파일 %n개 발견</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="52"/>
        <source>%1 unchanged, %2 read; %3 new songs, %4 linked to songs the library had, %5 other music, %6 to review, %7 copies, %8 unreadable</source>
        <translation>변경 없음 %1개, 읽음 %2개; 새 곡 %3곡, 라이브러리에 있던 곡에 연결 %4개, 기타 음악 %5곡, 검토 필요 %6개, 중복 사본 %7개, 읽을 수 없음 %8개</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scanning/libraryscanner.cpp" line="64"/>
        <source>%n new drama(s)</source>
        <translation>
            <numerusform>새 드라마 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scanning/libraryscanner.cpp" line="66"/>
        <source>%n moved file(s) found again</source>
        <translation>
            <numerusform>이동된 파일 %n개 다시 찾음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scanning/libraryscanner.cpp" line="68"/>
        <source>%n file(s) missing</source>
        <translation>
            <numerusform>파일 %n개 없음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="70"/>
        <source>(cancelled; what was scanned is kept)</source>
        <translation>(취소됨, 이미 스캔한 내용은 유지됨)</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="102"/>
        <source>The library is open read-only; folders cannot be scanned into it.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 폴더를 스캔할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="107"/>
        <source>Cannot scan &quot;%1&quot;: it is not a folder.</source>
        <translation>“%1”을(를) 스캔할 수 없습니다: 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="141"/>
        <source>Cannot prepare the scan&apos;s statements.</source>
        <translation>스캔에 필요한 데이터베이스 구문을 준비할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="221"/>
        <source>permission denied: the file cannot be read</source>
        <translation>권한 거부됨: 파일을 읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="252"/>
        <source>Cannot record the scan of %1: %2</source>
        <translation>%1의 스캔 결과를 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="284"/>
        <source>the file is gone from its folder</source>
        <translation>파일이 폴더에서 사라짐</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="87"/>
        <source>A restored library is waiting to be put in place when OST Shelf is closed everywhere.</source>
        <translation>복원된 라이브러리가 대기 중입니다. 실행 중인 OST 책장을 모두 닫으면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="99"/>
        <source>The waiting restore was damaged and was discarded; your library was not changed.</source>
        <translation>대기 중이던 복원 데이터가 손상되어 폐기했습니다. 라이브러리는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="114"/>
        <source>Cannot write to %1; nothing was restored.</source>
        <translation>%1에 쓸 수 없어 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="119"/>
        <source>Cannot create %1 to keep the current library; nothing was restored.</source>
        <translation>현재 라이브러리를 보관할 %1을(를) 만들 수 없어 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="127"/>
        <location filename="../app/storage/pendingrestore.cpp" line="139"/>
        <source>Cannot move %1 aside; the restore waits for the next start.</source>
        <translation>%1을(를) 다른 곳으로 옮길 수 없습니다. 복원은 다음에 시작할 때 진행됩니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="130"/>
        <source>Cannot move the restored %1 into place.</source>
        <translation>복원된 %1을(를) 최종 위치로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="144"/>
        <source>Cannot move the restored library into place; your library was left as it was.</source>
        <translation>복원된 라이브러리를 최종 위치로 옮길 수 없어 기존 라이브러리를 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="165"/>
        <source>Your library was restored from a backup; the one it replaced was kept in %1.</source>
        <translation>백업에서 라이브러리를 복원했습니다. 교체된 기존 라이브러리는 %1에 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/pendingrestore.cpp" line="167"/>
        <source>Your library was restored from the backup of %1; the one it replaced was kept in %2.</source>
        <translation>%1에 만든 백업에서 라이브러리를 복원했습니다. 교체된 기존 라이브러리는 %2에 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="59"/>
        <source>The pack&apos;s manifest is invalid: %1</source>
        <translation>팩의 매니페스트가 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="84"/>
        <location filename="../app/packs/packmanifest.cpp" line="62"/>
        <source>it is larger than %1 MiB.</source>
        <translation>크기가 %1MiB보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="86"/>
        <location filename="../app/packs/packmanifest.cpp" line="64"/>
        <source>it nests deeper than %1 levels.</source>
        <translation>중첩 깊이가 %1단계를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="68"/>
        <source>malformed JSON at byte %1 (%2).</source>
        <translation>%1바이트 위치의 JSON 형식이 잘못되었습니다(%2).</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="92"/>
        <location filename="../app/packs/packmanifest.cpp" line="70"/>
        <source>the top level must be an object.</source>
        <translation>최상위 값은 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="73"/>
        <source>&quot;format&quot; must be &quot;%1&quot;; this is not an OST Shelf pack.</source>
        <translation>“format” 값은 “%1”이어야 합니다. OST 책장 팩이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="77"/>
        <source>&quot;version&quot; must be a whole number.</source>
        <translation>“version” 값은 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="81"/>
        <source>This pack was made by a newer version of OST Shelf (pack format %1; this version reads format %2). Update OST Shelf to import it.</source>
        <translation>이 팩은 더 새로운 버전의 OST 책장에서 만들어졌습니다(팩 형식 %1, 이 버전은 형식 %2까지 읽을 수 있음). 가져오려면 OST 책장을 업데이트하십시오.</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="87"/>
        <source>&quot;version&quot; must be 1 or more.</source>
        <translation>“version” 값은 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="90"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>“%1” 값은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="92"/>
        <source>&quot;catalog&quot; must be an object.</source>
        <translation>“catalog” 값은 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="133"/>
        <location filename="../app/packs/packmanifest.cpp" line="94"/>
        <source>&quot;files&quot; must be an array.</source>
        <translation>“files” 값은 배열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packmanifest.cpp" line="174"/>
        <source> … and %1 more</source>
        <translation> … 외 %1개</translation>
    </message>
    <message>
        <location filename="../app/packs/packwriter.cpp" line="72"/>
        <source>Cannot copy %1 into the pack.</source>
        <translation>%1을(를) 팩에 복사할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packwriter.cpp" line="78"/>
        <source>Export cancelled; no pack was written.</source>
        <translation>내보내기를 취소했습니다. 팩을 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="39"/>
        <source>its content is not %1 audio</source>
        <translation>내용이 %1 오디오가 아님</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="48"/>
        <location filename="../app/packs/packreader.cpp" line="53"/>
        <source>The pack %1 cannot be imported: %2</source>
        <translation>팩 %1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="56"/>
        <source>it has no manifest.json (is it an OST Shelf pack?).</source>
        <translation>manifest.json이 없습니다(OST 책장 팩이 맞습니까?).</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="71"/>
        <source>the manifest lists %1, which is not in the pack.</source>
        <translation>매니페스트에 있는 %1이(가) 팩에 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="78"/>
        <location filename="../app/packs/packreader.cpp" line="73"/>
        <source>%1 is %2 bytes, but the manifest says %3.</source>
        <translation>%1의 크기는 %2바이트이지만 매니페스트에는 %3바이트로 되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="81"/>
        <source>%1 is in the pack but not in its manifest.</source>
        <translation>%1이(가) 팩에는 있지만 매니페스트에는 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="86"/>
        <source>cannot create %1.</source>
        <translation>%1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="89"/>
        <source>cannot create a staging folder in %1: %2</source>
        <translation>%1에 준비용 임시 폴더를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="107"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>가져오기를 취소했습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="110"/>
        <location filename="../app/packs/packreader.cpp" line="110"/>
        <source>%1 does not match the SHA-256 in the manifest (damaged or altered).</source>
        <translation>%1이(가) 매니페스트의 SHA-256과 일치하지 않습니다(손상되었거나 변경됨).</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="119"/>
        <source>it claims %1×%2 pixels</source>
        <translation>크기가 %1×%2픽셀로 기록되어 있음</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="122"/>
        <source>The poster %1 was left out: %2; the drama keeps its generated poster.</source>
        <translation>포스터 %1을(를) 제외했습니다: %2. 드라마에는 자동 생성 포스터가 계속 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="130"/>
        <source>cannot read back %1.</source>
        <translation>%1을(를) 다시 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packreader.cpp" line="132"/>
        <source>the preview %1 is not an audio file: %2.</source>
        <translation>미리듣기 파일 %1이(가) 오디오 파일이 아닙니다: %2.</translation>
    </message>
    <message>
        <location filename="../app/packs/packexporter.cpp" line="43"/>
        <source>Nothing is selected to export.</source>
        <translation>내보낼 항목이 선택되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packexporter.cpp" line="53"/>
        <source>These are not in the library: %1</source>
        <translation>다음 항목이 라이브러리에 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="133"/>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1: 새 항목 %2개, 업데이트 %3개, 변경 없음 %4개</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="139"/>
        <source>Dramas</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="140"/>
        <source>Songs</source>
        <translation>곡</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="141"/>
        <source>Artists</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="142"/>
        <source>Awards</source>
        <translation>수상 내역</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="143"/>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="144"/>
        <source>Posters and previews: %1 new, %2 changed, %3 unchanged</source>
        <translation>포스터 및 미리듣기: 새 항목 %1개, 변경 %2개, 변경 없음 %3개</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="196"/>
        <source>This library is open read-only; nothing can be imported into it.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 아무것도 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="202"/>
        <source>Cannot create %1.</source>
        <translation>%1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="219"/>
        <source>Cannot move %1 into %2; nothing was imported.</source>
        <translation>%1을(를) %2(으)로 옮길 수 없어 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/packs/packimporter.cpp" line="247"/>
        <source>The pack could not be imported and nothing was changed: %1</source>
        <translation>팩을 가져오지 못했으며 아무것도 변경되지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="81"/>
        <source>The backup&apos;s manifest is invalid: %1</source>
        <translation>백업의 매니페스트가 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="90"/>
        <source>not JSON (%1 at byte %2).</source>
        <translation>JSON이 아닙니다(%2바이트 위치: %1).</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="95"/>
        <source>&quot;format&quot; must be &quot;%1&quot;; this is not an OST Shelf backup.</source>
        <translation>“format” 값은 “%1”이어야 합니다. OST 책장 백업이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="100"/>
        <source>&quot;version&quot; must be an integer.</source>
        <translation>“version” 값은 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="105"/>
        <source>This backup was made by a newer version of OST Shelf (backup format %1; this version reads %2).</source>
        <translation>이 백업은 더 새로운 버전의 OST 책장에서 만들어졌습니다(백업 형식 %1, 이 버전은 %2까지 읽을 수 있음).</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="111"/>
        <source>&quot;version&quot; must be at least 1.</source>
        <translation>“version” 값은 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="114"/>
        <source>&quot;schema&quot; must be a positive integer.</source>
        <translation>“schema” 값은 양의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="117"/>
        <source>&quot;created&quot; must be a string.</source>
        <translation>“created” 값은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="122"/>
        <source>&quot;counts&quot; must be an object.</source>
        <translation>“counts” 값은 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="128"/>
        <source>&quot;counts.%1&quot; must be a whole number.</source>
        <translation>“counts.%1” 값은 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="139"/>
        <source>files[%1] must be an object.</source>
        <translation>files[%1] 값은 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="143"/>
        <source>files[%1].path must be a string.</source>
        <translation>files[%1].path 값은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="146"/>
        <source>files[%1].path &quot;%2&quot; is not a place a backup may put a file.</source>
        <translation>files[%1].path “%2”은(는) 백업이 파일을 둘 수 있는 위치가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="150"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>“%1”이(가) 두 번 나열되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="153"/>
        <source>files[%1].size must be a whole number.</source>
        <translation>files[%1].size 값은 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="157"/>
        <source>files[%1].sha256 must be 64 lowercase hex digits.</source>
        <translation>files[%1].sha256 값은 소문자 16진수 64자리여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmanifest.cpp" line="162"/>
        <source>it lists no library.sqlite.</source>
        <translation>library.sqlite가 목록에 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="104"/>
        <location filename="../app/backup/backuprestorer.cpp" line="94"/>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>%1에 임시 폴더를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="122"/>
        <source>The library could not be copied for the backup: %1</source>
        <translation>백업할 라이브러리를 복사할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="127"/>
        <source>The copy of the library failed its consistency check; no backup was written.</source>
        <translation>라이브러리 사본이 일관성 검사를 통과하지 못해 백업을 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="137"/>
        <source>The copy of the library cannot be read: %1</source>
        <translation>라이브러리 사본을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="154"/>
        <source>The playlist &quot;%1&quot; could not be read for the backup.</source>
        <translation>백업할 재생목록 “%1”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="174"/>
        <source>%1 is missing from %2 and was left out of the backup.</source>
        <translation>%2에 %1이(가) 없어 백업에서 제외했습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="216"/>
        <source>Cannot copy %1 into the backup.</source>
        <translation>%1을(를) 백업에 복사할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="233"/>
        <source>%1 changed or could not be read while it was backed up; try again.</source>
        <translation>백업하는 동안 %1이(가) 변경되었거나 읽을 수 없었습니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="238"/>
        <source>Backup cancelled; no backup was written.</source>
        <translation>백업을 취소했습니다. 백업을 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="245"/>
        <source>Cannot write %1: the disk may be full.</source>
        <translation>%1에 쓸 수 없습니다: 디스크가 가득 찼을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupwriter.cpp" line="256"/>
        <source>Cannot move the backup into place at %1: %2</source>
        <translation>백업을 최종 위치 %1(으)로 옮길 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="44"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1을(를) 복원할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="48"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1이(가) 없거나 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="54"/>
        <source>it has no manifest.json; it is not an OST Shelf backup.</source>
        <translation>manifest.json이 없습니다. OST 책장 백업이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="64"/>
        <source>it was made by a newer version of OST Shelf (schema %1; this version knows %2).</source>
        <translation>더 새로운 버전의 OST 책장에서 만들어졌습니다(스키마 %1, 이 버전은 %2까지 지원).</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="76"/>
        <source>%1 is in the manifest but not in the archive.</source>
        <translation>%1이(가) 매니페스트에는 있지만 아카이브에는 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="86"/>
        <source>%1 is in the archive but not in its manifest.</source>
        <translation>%1이(가) 아카이브에는 있지만 매니페스트에는 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="114"/>
        <source>Restore cancelled; your library was not changed.</source>
        <translation>복원을 취소했습니다. 라이브러리는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="118"/>
        <source>%1 is not named after its content.</source>
        <translation>%1의 파일 이름이 내용과 일치하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="123"/>
        <source>The poster %1 was left out: it is not a usable image.</source>
        <translation>포스터 %1을(를) 제외했습니다: 사용할 수 있는 이미지가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="131"/>
        <source>its library.sqlite is not a sound SQLite database.</source>
        <translation>library.sqlite가 정상적인 SQLite 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="134"/>
        <source>its database has schema %1, but the manifest says %2.</source>
        <translation>데이터베이스의 스키마(%1)가 매니페스트에 적힌 스키마(%2)와 다릅니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="144"/>
        <source>its database is not an OST Shelf library.</source>
        <translation>데이터베이스가 OST 책장 라이브러리가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="155"/>
        <source>Cannot replace the restore already waiting in %1.</source>
        <translation>%1에서 이미 대기 중인 복원을 교체할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuprestorer.cpp" line="159"/>
        <location filename="../app/backup/backuprestorer.cpp" line="162"/>
        <source>Cannot prepare the restore in %1.</source>
        <translation>%1에서 복원을 준비할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupstore.cpp" line="109"/>
        <source>The library failed its consistency check, so no automatic backup was made and the existing ones were kept.</source>
        <translation>라이브러리가 일관성 검사를 통과하지 못해 자동 백업을 만들지 않았으며 기존 백업은 그대로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupstore.cpp" line="112"/>
        <source>Cannot create the backup folder %1.</source>
        <translation>백업 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/packcli.cpp" line="94"/>
        <source>The whole catalog</source>
        <translation>전체 카탈로그</translation>
    </message>
    <message>
        <location filename="../ui/common/jobprogress.cpp" line="6"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../app/packs/packjobs.cpp" line="50"/>
        <source>This playlist has no songs to export.</source>
        <translation>이 재생목록에는 내보낼 곡이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="65"/>
        <location filename="../ui/backup/backupactions.cpp" line="28"/>
        <source>%n playlist(s)</source>
        <translation>
            <numerusform>재생목록 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="66"/>
        <source>%n playlist song(s)</source>
        <translation>
            <numerusform>재생목록 곡 %n곡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="67"/>
        <location filename="../ui/backup/backupactions.cpp" line="29"/>
        <source>%n favorite drama(s)</source>
        <translation>
            <numerusform>즐겨찾는 드라마 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="68"/>
        <location filename="../ui/backup/backupactions.cpp" line="30"/>
        <source>%n favorite song(s)</source>
        <translation>
            <numerusform>즐겨찾는 곡 %n곡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="69"/>
        <source>%n linked file(s)</source>
        <translation>
            <numerusform>연결된 파일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/salvage.cpp" line="71"/>
        <source>%n play(s) of the history</source>
        <translation>
            <numerusform>재생 기록 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/salvage.cpp" line="89"/>
        <source>The damaged library %1 cannot be opened: %2</source>
        <translation>손상된 라이브러리 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/salvage.cpp" line="99"/>
        <source>The list of tables in the damaged library %1 cannot be read: %2</source>
        <translation>손상된 라이브러리 %1의 테이블 목록을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/salvage.cpp" line="170"/>
        <source>A recovered row could not be written to %1: %2</source>
        <translation>복구한 행을 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/backupactions.cpp" line="31"/>
        <source>%n custom poster(s)</source>
        <translation>
            <numerusform>사용자 지정 포스터 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/backupactions.cpp" line="32"/>
        <source>%n linked music file(s)</source>
        <translation>
            <numerusform>연결된 음악 파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/catalog/referencedramas.cpp" line="172"/>
        <source>Cannot prepare the reference list&apos;s statements.</source>
        <translation>참조 드라마 목록에 필요한 데이터베이스 구문을 준비할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/catalog/referencedramas.cpp" line="180"/>
        <source>Cannot write the reference drama &quot;%1&quot;.</source>
        <translation>참조 드라마 “%1”을(를) 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/catalog/referencedramas.cpp" line="186"/>
        <source>Cannot write the names of the reference drama &quot;%1&quot;.</source>
        <translation>참조 드라마 “%1”의 이름을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/albums/albumnameparser.cpp" line="200"/>
        <source>the album title has no words</source>
        <translation>앨범 제목에 단어가 없음</translation>
    </message>
    <message>
        <location filename="../app/albums/albumnameparser.cpp" line="251"/>
        <source>no OST marker (&quot;OST&quot;, &quot;Original Soundtrack&quot;, a drama slot with a part)</source>
        <translation>OST 표시 없음(“OST”, “Original Soundtrack”, 파트 번호가 붙은 방송사 드라마 편성명)</translation>
    </message>
    <message>
        <location filename="../app/albums/albumnameparser.cpp" line="263"/>
        <source>no drama title is left once &quot;OST&quot; and the part are taken away</source>
        <translation>“OST”와 파트를 빼면 드라마 제목이 남지 않음</translation>
    </message>
    <message>
        <location filename="../app/albums/albumnameparser.cpp" line="268"/>
        <source>a compilation of several dramas&apos; songs</source>
        <translation>여러 드라마의 곡을 모은 컴필레이션</translation>
    </message>
    <message>
        <location filename="../app/scanning/fileplacer.cpp" line="232"/>
        <source>a second copy: the song already plays %1</source>
        <translation>중복 사본: 이 곡은 이미 %1 파일로 재생됨</translation>
    </message>
    <message>
        <location filename="../app/scanning/fileplacer.cpp" line="335"/>
        <source>album “%1”: %2</source>
        <translation>앨범 “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/scanning/fileplacer.cpp" line="386"/>
        <source>“%1” of this drama has the title but another artist</source>
        <translation>이 드라마의 “%1”은(는) 제목은 같지만 아티스트가 다름</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="27"/>
        <source>%1 is not an image this app can read: %2</source>
        <translation>%1은(는) 이 앱이 읽을 수 있는 이미지가 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="30"/>
        <source>%1 claims %2×%3 pixels, more than %4 a side; it was not used</source>
        <translation>%1의 크기가 %2×%3픽셀로 기록되어 있어 한 변 최대 %4픽셀을 넘으므로 사용하지 않음</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="53"/>
        <source>the cover %1 cannot be read (%2)</source>
        <translation>커버 %1을(를) 읽을 수 없음(%2)</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="74"/>
        <source>the embedded picture</source>
        <translation>파일에 포함된 그림</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="86"/>
        <source>cannot create the folder %1 for covers</source>
        <translation>커버용 폴더 %1을(를) 만들 수 없음</translation>
    </message>
    <message>
        <location filename="../app/scanning/coverstore.cpp" line="90"/>
        <source>cannot save the cover to %1 (%2)</source>
        <translation>커버를 %1에 저장할 수 없음(%2)</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="52"/>
        <source>The drama &quot;%1&quot; was merged into &quot;%2&quot;; use that one.</source>
        <translation>드라마 “%1”은(는) “%2”에 병합되었습니다. “%2”을(를) 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="55"/>
        <source>The drama &quot;%1&quot; is no longer in the catalog.</source>
        <translation>드라마 “%1”은(는) 더 이상 카탈로그에 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="91"/>
        <source>The library is open read-only; it cannot be edited.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 편집할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="101"/>
        <source>Nothing to change: give a title, Hangul title, year or broadcaster.</source>
        <translation>변경할 내용이 없습니다: 제목, 한글 제목, 연도 또는 방송사를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="103"/>
        <source>A drama needs a title; it cannot be empty.</source>
        <translation>드라마 제목은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="106"/>
        <source>%1 is not a year a drama was broadcast in (1950–2100, or 0 for unknown).</source>
        <translation>%1은(는) 드라마 방영 연도로 올바르지 않습니다(1950–2100, 미상이면 0).</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="146"/>
        <source>A drama cannot be merged into itself.</source>
        <translation>드라마를 자기 자신에 병합할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="221"/>
        <source>An album title is needed.</source>
        <translation>앨범 제목을 입력해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="246"/>
        <source>No file of yours is on an album called &quot;%1&quot; (see ostshelf-cli other, or a drama&apos;s tracks).</source>
        <translation>제목이 “%1”인 앨범에 내 파일이 없습니다. (확인해 보기: ostshelf-cli other 또는 드라마의 곡 목록)</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="277"/>
        <source>Nothing to change: give a title, Hangul title, artists or part.</source>
        <translation>변경할 내용이 없습니다: 제목, 한글 제목, 아티스트 또는 파트를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="279"/>
        <source>A song needs a title; it cannot be empty.</source>
        <translation>곡 제목은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="281"/>
        <source>A song needs at least one artist.</source>
        <translation>곡에는 아티스트가 한 명 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="284"/>
        <source>%1 is not an OST part (0 for none, up to 999).</source>
        <translation>%1은(는) 올바른 OST 파트가 아닙니다(없으면 0, 최대 999).</translation>
    </message>
    <message>
        <location filename="../app/edits/libraryedits.cpp" line="326"/>
        <source>This song has no file of yours with an album tag; move the song itself instead.</source>
        <translation>이 곡에는 앨범 태그가 있는 내 파일이 없습니다. 곡 자체를 옮기세요.</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="49"/>
        <source>the %1 tag held control characters or invalid text; they were left out</source>
        <translation>%1 태그에 제어 문자나 잘못된 텍스트가 있어 제외함</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="52"/>
        <source>the %1 tag was %2 characters long; the first %3 were kept</source>
        <translation>%1 태그가 %2자로 너무 길어 앞의 %3자만 유지함</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="85"/>
        <source>not an audio file TagLib can read (damaged, or another kind of file)</source>
        <translation>TagLib에서 읽을 수 있는 오디오 파일이 아님(손상되었거나 다른 종류의 파일)</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="90"/>
        <source>not an audio file: no audio stream was found in it</source>
        <translation>오디오 파일이 아님: 오디오 스트림을 찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="93"/>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="94"/>
        <source>artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="95"/>
        <source>album</source>
        <translation>앨범</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="100"/>
        <source>album artist</source>
        <translation>앨범 아티스트</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="113"/>
        <location filename="../app/tags/tagreader.cpp" line="144"/>
        <source>not an audio file TagLib can read</source>
        <translation>TagLib에서 읽을 수 있는 오디오 파일이 아님</translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="132"/>
        <source>the embedded picture is %1 MB, more than the %2 MB a cover may have; it was not used</source>
        <translation>파일에 포함된 그림이 %1MB로 커버 최대 크기(%2MB)를 넘어 사용하지 않음</translation>
    </message>
    <message>
        <location filename="../app/search/searchindexio.cpp" line="61"/>
        <source>Cannot save the search index: %1</source>
        <translation>검색 색인을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/search/searchindexio.cpp" line="73"/>
        <source>not a search index of this version</source>
        <translation>이 버전의 검색 색인이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/search/searchindexio.cpp" line="76"/>
        <source>the search index describes another state of the library</source>
        <translation>검색 색인이 라이브러리의 다른 상태를 나타냅니다</translation>
    </message>
    <message>
        <location filename="../app/search/searchindexio.cpp" line="79"/>
        <source>the saved search index is damaged</source>
        <translation>저장된 검색 색인이 손상되었습니다</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="20"/>
        <source>it is not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>PNG, JPEG, GIF, BMP, WebP 이미지가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="26"/>
        <source>its %1 header is cut short</source>
        <translation>%1 헤더가 중간에 끊겨 있습니다</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="34"/>
        <source>its %1 header gives no usable size (%2×%3)</source>
        <translation>%1 헤더의 크기를 쓸 수 없습니다 (%2×%3)</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="64"/>
        <source>its PNG header does not start with IHDR</source>
        <translation>PNG 헤더가 IHDR로 시작하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="84"/>
        <source>its BMP header has an unknown size (%1 bytes)</source>
        <translation>BMP 헤더의 크기를 알 수 없습니다 (%1바이트)</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="100"/>
        <source>its WebP frame has no start code</source>
        <translation>WebP 프레임에 시작 코드가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="106"/>
        <source>its lossless WebP has no signature</source>
        <translation>무손실 WebP에 서명이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="118"/>
        <source>its WebP holds an unknown kind of image</source>
        <translation>WebP에 알 수 없는 종류의 이미지가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="131"/>
        <source>its JPEG segments are out of step</source>
        <translation>JPEG 세그먼트의 순서가 어긋나 있습니다</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="143"/>
        <source>its JPEG has no frame header before the image data</source>
        <translation>JPEG의 이미지 데이터 앞에 프레임 헤더가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="150"/>
        <source>its JPEG has a segment of impossible length</source>
        <translation>JPEG에 길이가 불가능한 세그먼트가 있습니다</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="165"/>
        <source>its JPEG has no frame header in the first %1 MiB</source>
        <translation>JPEG의 처음 %1MiB 안에 프레임 헤더가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/images/imageheader.cpp" line="198"/>
        <source>it cannot be opened (%1)</source>
        <translation>열 수 없습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../app/lyrics/lrcparser.cpp" line="105"/>
        <source>The lyrics file is %1 KB; lyrics files over %2 KB are not read.</source>
        <translation>가사 파일이 %1KB입니다. %2KB가 넘는 가사 파일은 읽지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/lyrics/lyricsfinder.cpp" line="123"/>
        <source>The lyrics file %1 is larger than %2 KB and was not read.</source>
        <translation>가사 파일 %1이(가) %2KB보다 커서 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/lyrics/lyricsfinder.cpp" line="128"/>
        <source>The lyrics file %1 cannot be read: %2</source>
        <translation>가사 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/lyrics/lyricsfinder.cpp" line="136"/>
        <source>The audio file %1 is not there.</source>
        <translation>오디오 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/history/playhistoryrepository.cpp" line="29"/>
        <source>The library is open read-only; the play is not recorded.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 재생을 기록하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/history/playhistoryrepository.cpp" line="31"/>
        <source>A play without a song, a start or a length.</source>
        <translation>곡, 시작 시각 또는 길이가 없는 재생입니다.</translation>
    </message>
    <message>
        <location filename="../app/history/playhistoryrepository.cpp" line="111"/>
        <source>The library is open read-only; the history cannot be cleared.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 재생 기록을 지울 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="54"/>
        <source>&quot;%1&quot; is not a gain in dB</source>
        <translation>“%1”은(는) dB 단위의 게인이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="57"/>
        <source>a gain of %1 dB is beyond ±%2 dB</source>
        <translation>게인 %1 dB는 ±%2 dB 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="66"/>
        <source>&quot;%1&quot; is not a peak level</source>
        <translation>“%1”은(는) 피크 레벨이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="69"/>
        <source>a peak of %1 is outside 0 to %2</source>
        <translation>피크 %1은(는) 0~%2 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="80"/>
        <source>&quot;%1&quot; is not an R128 gain (a whole number in 1/256 dB)</source>
        <translation>“%1”은(는) R128 게인(1/256 dB 단위의 정수)이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/loudness/replaygain.cpp" line="85"/>
        <source>an R128 gain of %1 dB is beyond ±%2 dB</source>
        <translation>R128 게인 %1 dB는 ±%2 dB 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessrepository.cpp" line="36"/>
        <source>The library is open read-only; loudness measurements cannot be kept.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 음량 측정 결과를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="60"/>
        <source>%1 is not there.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="65"/>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="117"/>
        <source>%1 could not be measured: %2</source>
        <translation>%1을(를) 측정할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="85"/>
        <source>the audio changes its format part way through</source>
        <translation>오디오 형식이 중간에 바뀝니다</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="95"/>
        <source>the decoder refused it</source>
        <translation>디코더가 거부했습니다</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="100"/>
        <source>the decoder gave nothing for %1 s</source>
        <translation>디코더가 %1초 동안 아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="105"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../app/loudness/loudnessanalyzer.cpp" line="120"/>
        <source>%1 could not be measured: no audio was decoded</source>
        <translation>%1을(를) 측정할 수 없습니다: 디코딩된 오디오가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/services/loudnessservice.cpp" line="21"/>
        <source>Loudness measurement stopped: </source>
        <translation>음량 측정을 중단했습니다: </translation>
    </message>
    <message>
        <location filename="../app/services/loudnessservice.cpp" line="22"/>
        <source>%1 of %2 linked files measured in %3 s (%4 files a second, %5 min of audio)</source>
        <translation>연결된 파일 %2개 중 %1개를 %3초 동안 측정했습니다(초당 %4개, 오디오 %5분)</translation>
    </message>
    <message>
        <location filename="../app/services/loudnessservice.cpp" line="29"/>
        <source>%1 have loudness tags, %2 were measured before, %3 could not be decoded, %4 are missing.</source>
        <translation>%1개는 음량 태그가 있고, %2개는 이미 측정했으며, %3개는 디코딩할 수 없었고, %4개는 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/damagewatch.cpp" line="107"/>
        <source>The library file is damaged, so OST Shelf no longer reads or writes it; it is checked and repaired when OST Shelf starts again.</source>
        <translation>라이브러리 파일이 손상되어 OST Shelf가 더 이상 읽거나 쓰지 않습니다. OST Shelf를 다시 시작하면 파일을 검사하고 복구합니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/app/main.cpp" line="70"/>
        <source>Korean drama soundtrack library</source>
        <translation>한국 드라마 OST 라이브러리</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="73"/>
        <source>Use DIR for the library (it must exist).</source>
        <translation>DIR을 라이브러리 디렉터리로 사용합니다(이미 있는 디렉터리여야 함).</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="76"/>
        <source>Save a screenshot to FILE once the first posters are painted, then quit.</source>
        <translation>첫 포스터가 그려지면 스크린샷을 FILE에 저장한 뒤 종료합니다.</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="91"/>
        <source>Print the time until the first screen of posters is painted, then quit.</source>
        <translation>첫 화면의 포스터가 그려질 때까지 걸린 시간을 출력한 뒤 종료합니다.</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="95"/>
        <source>Audio files to play, drama packs (.ostpack) to import or a backup (.ostbackup) to restore; handed to the running OST Shelf if there is one.</source>
        <translation>재생할 오디오 파일, 가져올 드라마 팩(.ostpack) 또는 복원할 백업(.ostbackup). 이미 실행 중인 OST 책장이 있으면 그쪽으로 넘깁니다.</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="129"/>
        <source>OST Shelf cannot open its library</source>
        <translation>OST 책장에서 라이브러리를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="193"/>
        <source>Your library</source>
        <translation>내 라이브러리</translation>
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
        <location filename="../ui/about/aboutdialog.cpp" line="24"/>
        <source>&lt;h2&gt;OST Shelf %1&lt;/h2&gt;&lt;p&gt;A library of Korean drama soundtracks: browse dramas by poster, open a drama to see its OST parts, artists and awards, and keep favorites.&lt;/p&gt;&lt;p&gt;Posters are drawn by OST Shelf itself; no artwork, audio or lyrics of others are included.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and KDE Frameworks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OST 책장 %1&lt;/h2&gt;&lt;p&gt;한국 드라마 OST 라이브러리입니다. 포스터로 드라마를 둘러보고, 드라마를 열어 OST 파트, 아티스트, 수상 내역을 확인하고, 즐겨찾기를 관리할 수 있습니다.&lt;/p&gt;&lt;p&gt;포스터는 OST 책장이 직접 그린 것이며, 다른 사람의 아트워크, 음원, 가사는 포함되어 있지 않습니다.&lt;/p&gt;&lt;p&gt;Qt %2 및 KDE 프레임워크로 제작되었습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ost::AddToPlaylistMenu</name>
    <message>
        <location filename="../ui/playlists/addtoplaylistmenu.cpp" line="11"/>
        <source>Add to &amp;playlist</source>
        <translation>재생목록에 추가(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/playlists/addtoplaylistmenu.cpp" line="25"/>
        <source>&amp;New playlist…</source>
        <translation>새 재생목록(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ost::ArtistPage</name>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="20"/>
        <source>Artist page</source>
        <translation>아티스트 페이지</translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="59"/>
        <source>Also credited as: %1</source>
        <translation>다른 표기: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="61"/>
        <source>Member of: %1</source>
        <translation>소속 그룹: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="63"/>
        <source>Members: %1</source>
        <translation>멤버: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/artistpage.cpp" line="64"/>
        <source>No songs in the catalog yet.</source>
        <translation>카탈로그에 아직 곡이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/artistpage.cpp" line="66"/>
        <source>%n song(s):</source>
        <translation>
            <numerusform>%n곡:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/artistpage.cpp" line="67"/>
        <source>%n song(s) by the group or its members:</source>
        <translation>
            <numerusform>그룹 및 멤버의 곡 %n곡:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::BackupActions</name>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="78"/>
        <source>OST Shelf backup %1</source>
        <translation>OST 책장 백업 %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="52"/>
        <location filename="../ui/backup/backupactions.cpp" line="58"/>
        <location filename="../ui/backup/backupactions.cpp" line="79"/>
        <source>Back up library</source>
        <translation>라이브러리 백업</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="80"/>
        <location filename="../ui/backup/backupactions.cpp" line="102"/>
        <source>OST Shelf backups (*.ostbackup)</source>
        <translation>OST 책장 백업 (*.ostbackup)</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="87"/>
        <source>Backing up to %1…</source>
        <translation>%1(으)로 백업하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="54"/>
        <source>Backed up to %1: %2.</source>
        <translation>%1(으)로 백업했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="98"/>
        <source>Restore library from a backup</source>
        <translation>백업에서 라이브러리 복원</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="107"/>
        <source>Checking %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="63"/>
        <location filename="../ui/backup/backupactions.cpp" line="115"/>
        <source>Restore library</source>
        <translation>라이브러리 복원</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="116"/>
        <source>Replace your library with the backup of %1?</source>
        <translation>라이브러리를 %1에 만든 백업으로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="118"/>
        <source>The backup holds %1.</source>
        <translation>백업 내용: %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="122"/>
        <source>Your current library is kept in the data folder (before-restore-…). OST Shelf restarts to finish the restore.</source>
        <translation>현재 라이브러리는 데이터 폴더(before-restore-…)에 보관됩니다. 복원을 마치기 위해 OST 책장이 다시 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="125"/>
        <source>Restore and restart</source>
        <translation>복원 후 다시 시작</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="147"/>
        <source>&amp;Automatic backups</source>
        <translation>자동 백업(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="148"/>
        <source>Back up &amp;every day</source>
        <translation>매일 백업(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="157"/>
        <source>&amp;Keep</source>
        <translation>보관 개수(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/backupactions.cpp" line="160"/>
        <source>The last %n backup(s)</source>
        <translation>
            <numerusform>최근 백업 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="169"/>
        <source>&amp;Open backups folder</source>
        <translation>백업 폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="70"/>
        <source>Automatic backup failed: %1</source>
        <translation>자동 백업에 실패했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/backupactions.cpp" line="67"/>
        <source>Automatic backup saved (%1).</source>
        <translation>자동 백업을 저장했습니다(%1).</translation>
    </message>
</context>
<context>
    <name>ost::BackupService</name>
    <message>
        <location filename="../app/services/backupservice.cpp" line="80"/>
        <source>This backup was not checked, or was already restored; open it again.</source>
        <translation>이 백업은 확인되지 않았거나 이미 복원되었습니다. 다시 열어 주세요.</translation>
    </message>
</context>
<context>
    <name>ost::CollectionPage</name>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="16"/>
        <source>▶ Play the collection</source>
        <translation>▶ 컬렉션 재생</translation>
    </message>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="18"/>
        <source>Collection page</source>
        <translation>컬렉션 페이지</translation>
    </message>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="25"/>
        <source>Collection entries</source>
        <translation>컬렉션 항목</translation>
    </message>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="28"/>
        <source>Play the songs of this list in its order</source>
        <translation>이 목록의 곡을 순서대로 재생</translation>
    </message>
</context>
<context>
    <name>ost::DamageNotice</name>
    <message>
        <location filename="../ui/library/damagenotice.cpp" line="21"/>
        <source>The library file is damaged</source>
        <translation>라이브러리 파일이 손상되었습니다</translation>
    </message>
    <message>
        <location filename="../ui/library/damagenotice.cpp" line="22"/>
        <source>OST Shelf found damage in its library file and stops using it now, so nothing more is read from it or written to it.</source>
        <translation>OST 책장이 라이브러리 파일에서 손상을 발견해 지금 사용을 멈춥니다. 이제 이 파일에서 더 읽거나 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/library/damagenotice.cpp" line="27"/>
        <source>When it starts again it checks the whole file, keeps it aside, and carries everything still readable (playlists, favorites, linked files, edits) into a new library, then says what was recovered.</source>
        <translation>다시 시작하면 파일 전체를 검사하여 따로 보관하고, 아직 읽을 수 있는 모든 항목(재생목록, 즐겨찾기, 연결된 파일, 편집 내용)을 새 라이브러리로 옮긴 뒤 무엇을 복구했는지 알려 드립니다.</translation>
    </message>
    <message>
        <location filename="../ui/library/damagenotice.cpp" line="31"/>
        <source>Restart and Repair</source>
        <translation>다시 시작하여 복구</translation>
    </message>
    <message>
        <location filename="../ui/library/damagenotice.cpp" line="33"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>ost::DramaEditDialog</name>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="25"/>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="27"/>
        <source>unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="32"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="33"/>
        <source>Hangul title</source>
        <translation>한글 제목</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="35"/>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="36"/>
        <source>&amp;Hangul title</source>
        <translation>한글 제목(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="37"/>
        <source>&amp;Year</source>
        <translation>연도(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="38"/>
        <source>&amp;Broadcaster</source>
        <translation>방송사(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="41"/>
        <source>A catalog drama: your changes are kept apart from the catalog&apos;s facts and stay through catalog updates, rescans and backups (Ctrl+Z undoes them).</source>
        <translation>카탈로그 드라마입니다. 변경 내용은 카탈로그 정보와 따로 보관되며 카탈로그 업데이트, 다시 스캔, 백업 후에도 유지됩니다(Ctrl+Z로 실행 취소할 수 있음).</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="45"/>
        <source>&amp;Poster…</source>
        <translation>포스터(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="46"/>
        <source>&amp;Merge into…</source>
        <translation>다른 드라마에 병합(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="48"/>
        <source>This drama is another drama under a second name: its songs, favorite and poster join that one</source>
        <translation>이 드라마가 다른 이름으로 등록된 같은 드라마일 때: 곡, 즐겨찾기, 포스터가 그 드라마로 합쳐집니다</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramaeditdialog.cpp" line="53"/>
        <source>A drama needs a title</source>
        <translation>드라마 제목을 입력해야 합니다</translation>
    </message>
</context>
<context>
    <name>ost::DramaGridModel</name>
    <message numerus="yes">
        <location filename="../app/models/dramagridmodel.cpp" line="179"/>
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n곡</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/dramagridmodel.cpp" line="181"/>
        <source>From your files</source>
        <translation>내 파일에서</translation>
    </message>
    <message>
        <location filename="../app/models/dramagridmodel.cpp" line="183"/>
        <source>From a drama pack</source>
        <translation>드라마 팩에서</translation>
    </message>
    <message>
        <location filename="../app/models/dramagridmodel.cpp" line="196"/>
        <source>favorite</source>
        <translation>즐겨찾기</translation>
    </message>
</context>
<context>
    <name>ost::DramaPage</name>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="33"/>
        <source>Drama page</source>
        <translation>드라마 페이지</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="35"/>
        <source>Poster</source>
        <translation>포스터</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="56"/>
        <source>Favorite</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="67"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="70"/>
        <source>Correct the titles, year or broadcaster, choose a poster, or merge with another drama</source>
        <translation>제목, 연도, 방송사 수정, 포스터 선택 또는 다른 드라마와 병합</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="84"/>
        <source>&lt;b&gt;Soundtrack&lt;/b&gt;</source>
        <translation>&lt;b&gt;OST&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="123"/>
        <source>♪ from your files</source>
        <translation>♪ 내 파일에서</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="125"/>
        <source>from a drama pack</source>
        <translation>드라마 팩에서</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="128"/>
        <source>Also known as: %1</source>
        <translation>다른 제목: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="135"/>
        <source>No songs from this soundtrack are in the catalog yet. The album is known, but its tracks have not been added.</source>
        <translation>이 OST의 곡이 아직 카탈로그에 없습니다. 앨범 정보는 있지만 수록곡은 아직 추가되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/dramapage.cpp" line="138"/>
        <source>%n song(s) from your files.</source>
        <translation>
            <numerusform>내 파일의 곡 %n곡.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/dramapage.cpp" line="140"/>
        <source>%n song(s) of this soundtrack are in the catalog; the full album has more.</source>
        <translation>
            <numerusform>이 OST 중 %n곡이 카탈로그에 있습니다. 전체 앨범에는 더 많은 곡이 수록되어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/dramapage.cpp" line="143"/>
        <source>The complete soundtrack: %n song(s).</source>
        <translation>
            <numerusform>전체 OST: %n곡.</numerusform>
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
        <translation>시상식 미상</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="151"/>
        <source>won</source>
        <translation>수상</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="151"/>
        <source>nominated</source>
        <translation>후보</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="152"/>
        <source>&lt;b&gt;Awards&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;수상 내역&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="163"/>
        <source>♥ Favorite</source>
        <translation>♥ 즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="163"/>
        <source>♡ Add to favorites</source>
        <translation>♡ 즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="164"/>
        <source>Remove this drama from your favorites (Ctrl+D)</source>
        <translation>이 드라마를 즐겨찾기에서 제거 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="165"/>
        <source>Add this drama to your favorites (Ctrl+D)</source>
        <translation>이 드라마를 즐겨찾기에 추가 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="119"/>
        <source>Year unknown</source>
        <translation>연도 미상</translation>
    </message>
</context>
<context>
    <name>ost::DramaPickerDialog</name>
    <message>
        <location filename="../ui/edits/dramapickerdialog.cpp" line="19"/>
        <source>Choose a drama</source>
        <translation>드라마 선택</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramapickerdialog.cpp" line="26"/>
        <source>Drama</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../ui/edits/dramapickerdialog.cpp" line="29"/>
        <source>&amp;Drama</source>
        <translation>드라마(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ost::FavoritesPage</name>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="27"/>
        <source>Favorites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="32"/>
        <source>Favorite dramas</source>
        <translation>즐겨찾는 드라마</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="35"/>
        <source>Favorite songs</source>
        <translation>즐겨찾는 곡</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="94"/>
        <source>Favorite dramas — none yet: click the heart on a poster or press Ctrl+D</source>
        <translation>즐겨찾는 드라마 — 아직 없습니다. 포스터의 하트를 클릭하거나 Ctrl+D를 누르세요</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="95"/>
        <source>Favorite dramas (%1)</source>
        <translation>즐겨찾는 드라마 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="96"/>
        <source>Favorite songs — none yet: click the heart on a song</source>
        <translation>즐겨찾는 곡 — 아직 없습니다. 곡의 하트를 클릭하세요</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="97"/>
        <source>Favorite songs (%1)</source>
        <translation>즐겨찾는 곡 (%1)</translation>
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
        <translation>드라마 필터</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="70"/>
        <source>Favorites only</source>
        <translation>즐겨찾기만</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="85"/>
        <location filename="../ui/filters/filterbar.cpp" line="173"/>
        <source>Years</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="87"/>
        <source>%1s</source>
        <translation>%1년대</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="94"/>
        <source>Before 2000</source>
        <translation>2000년 이전</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="101"/>
        <source>Broadcaster</source>
        <translation>방송사</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="109"/>
        <source>Collection</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="118"/>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="128"/>
        <source>Clear all filters</source>
        <translation>필터 모두 지우기</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="100"/>
        <source>Custom range…</source>
        <translation>직접 지정…</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="25"/>
        <source>Filter by source, year, broadcaster, collection, artist or favorites (Ctrl+L)</source>
        <translation>출처, 연도, 방송사, 컬렉션, 아티스트 또는 즐겨찾기로 필터링 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="62"/>
        <source>From the catalog</source>
        <translation>카탈로그에서</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="63"/>
        <source>From your files</source>
        <translation>내 파일에서</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="64"/>
        <source>From drama packs</source>
        <translation>드라마 팩에서</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="78"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="142"/>
        <source>Remove this filter</source>
        <translation>이 필터 제거</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="143"/>
        <source>Remove filter %1</source>
        <translation>%1 필터 제거</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="152"/>
        <source>♥ Favorites</source>
        <translation>♥ 즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="159"/>
        <source>Years %1–%2</source>
        <translation>%1–%2년</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="164"/>
        <source>Collection: %1</source>
        <translation>컬렉션: %1</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="167"/>
        <source>Artist: %1</source>
        <translation>아티스트: %1</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="181"/>
        <source>From</source>
        <translation>부터</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="182"/>
        <source>To</source>
        <translation>까지</translation>
    </message>
</context>
<context>
    <name>ost::GridPage</name>
    <message>
        <location filename="../ui/pages/gridpage.cpp" line="30"/>
        <source>Loading your library…</source>
        <translation>라이브러리를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/pages/gridpage.cpp" line="44"/>
        <source>The library is empty.</source>
        <translation>라이브러리가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/pages/gridpage.cpp" line="69"/>
        <source>No drama matches these filters. Remove a filter above to see more.</source>
        <translation>조건에 맞는 드라마가 없습니다. 위의 필터를 지워 보세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/gridpage.cpp" line="95"/>
        <source>%n drama(s)</source>
        <translation>
            <numerusform>드라마 %n편</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::HistoryKeeper</name>
    <message>
        <location filename="../app/services/historykeeper.cpp" line="20"/>
        <source>Clear history</source>
        <translation>재생 기록 지우기</translation>
    </message>
    <message>
        <location filename="../app/services/historykeeper.cpp" line="40"/>
        <source>History cleared (Ctrl+Z brings it back)</source>
        <translation>재생 기록을 지웠습니다(Ctrl+Z로 되돌릴 수 있습니다)</translation>
    </message>
</context>
<context>
    <name>ost::HistoryModel</name>
    <message>
        <location filename="../app/models/historymodel.cpp" line="23"/>
        <location filename="../tests/unit/tst_playhistory.cpp" line="195"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="23"/>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="23"/>
        <location filename="../tests/unit/tst_playhistory.cpp" line="204"/>
        <source>Earlier</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="96"/>
        <source>Heard %1 of %2</source>
        <translation>%2 중 %1 들음</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="102"/>
        <source>(no longer in the library: %1)</source>
        <translation>(라이브러리에 더 이상 없음: %1)</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="113"/>
        <source>preview</source>
        <translation>미리 듣기</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="114"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="115"/>
        <source>played</source>
        <translation>재생함</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/historymodel.cpp" line="134"/>
        <source>%1 (%n play(s))</source>
        <translation>
            <numerusform>%1 (%n회 재생)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="150"/>
        <source>Song</source>
        <translation>곡</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="151"/>
        <source>Artists</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="152"/>
        <source>Drama</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="153"/>
        <source>Played</source>
        <translation>재생 시각</translation>
    </message>
    <message>
        <location filename="../app/models/historymodel.cpp" line="154"/>
        <source>Heard</source>
        <translation>들은 시간</translation>
    </message>
</context>
<context>
    <name>ost::HistoryPage</name>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="20"/>
        <source>Clear history</source>
        <translation>재생 기록 지우기</translation>
    </message>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="23"/>
        <source>History</source>
        <translation>재생 기록</translation>
    </message>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="25"/>
        <source>Plays, newest first</source>
        <translation>재생 기록, 최근 순</translation>
    </message>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="39"/>
        <source>Forget every play (Ctrl+Z brings them back)</source>
        <translation>모든 재생 기록을 지웁니다(Ctrl+Z로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="72"/>
        <source>History — nothing played yet. Songs you play show here; previews are marked as previews.</source>
        <translation>재생 기록 — 아직 재생한 곡이 없습니다. 재생한 곡이 여기에 표시되며, 미리 듣기는 미리 듣기로 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/historypage.cpp" line="75"/>
        <location filename="../ui/pages/historypage.cpp" line="78"/>
        <source>History — %n play(s)</source>
        <translation>
            <numerusform>재생 기록 — %n회 재생</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/historypage.cpp" line="76"/>
        <source>the newest %n shown</source>
        <translation>
            <numerusform>최근 %n건 표시</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::LanguageMenu</name>
    <message>
        <location filename="../ui/mainwindow/languagemenu.cpp" line="13"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/languagemenu.cpp" line="25"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>ost::LevellingMenu</name>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="62"/>
        <source>Loudness &amp;levelling</source>
        <translation>음량 평준화(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="73"/>
        <source>&amp;Off</source>
        <translation>끄기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="74"/>
        <source>By &amp;track gain</source>
        <translation>트랙 게인으로(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="75"/>
        <source>By &amp;album gain</source>
        <translation>앨범 게인으로(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="87"/>
        <source>Pre-amp %1</source>
        <translation>프리앰프 %1</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="94"/>
        <source>&amp;Prevent clipping</source>
        <translation>클리핑 방지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="154"/>
        <source>&amp;Measure the loudness of untagged files</source>
        <translation>태그 없는 파일의 음량 측정(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="103"/>
        <source>Files without ReplayGain or R128 tags are decoded once and measured (EBU R128), so that they are levelled too</source>
        <translation>ReplayGain 또는 R128 태그가 없는 파일을 한 번 디코딩해 측정(EBU R128)하여 이 파일들도 평준화합니다</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="105"/>
        <source>Measure new files after each &amp;scan</source>
        <translation>각 스캔 후 새 파일 측정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="121"/>
        <source>Measuring loudness: %1 of %2 files (%3)</source>
        <translation>음량 측정 중: 파일 %2개 중 %1번째 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="153"/>
        <source>&amp;Stop measuring loudness</source>
        <translation>음량 측정 중지(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="164"/>
        <source>Measuring the loudness of untagged files…</source>
        <translation>태그 없는 파일의 음량을 측정하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="179"/>
        <source>Nothing is playing</source>
        <translation>재생 중인 곡이 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="181"/>
        <source>Levelling is off: played as recorded</source>
        <translation>평준화 꺼짐: 녹음된 음량 그대로 재생</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="183"/>
        <source>This song has no loudness tags: played at 0 dB</source>
        <translation>이 곡에는 음량 태그가 없습니다: 0 dB로 재생</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="185"/>
        <source>Playing at %1 from its measured loudness (held back so its peak does not clip)</source>
        <translation>측정한 음량에 따라 %1로 재생 중 (피크가 클리핑되지 않도록 낮춤)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="188"/>
        <source>Playing at %1 from its measured loudness</source>
        <translation>측정한 음량에 따라 %1로 재생 중</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="190"/>
        <source>Playing at %1 (held back so its peak does not clip)</source>
        <translation>%1로 재생 중 (피크가 클리핑되지 않도록 낮춤)</translation>
    </message>
    <message>
        <location filename="../ui/player/levellingmenu.cpp" line="192"/>
        <source>Playing at %1</source>
        <translation>%1로 재생 중</translation>
    </message>
</context>
<context>
    <name>ost::LibraryEditActions</name>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="76"/>
        <source>Edit drama…</source>
        <translation>드라마 편집…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="77"/>
        <source>Merge into another drama…</source>
        <translation>다른 드라마에 병합…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="83"/>
        <source>Edit song…</source>
        <translation>곡 편집…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="84"/>
        <source>Move to another drama…</source>
        <translation>다른 드라마로 이동…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="86"/>
        <source>Move to other music (no drama)</source>
        <translation>기타 음악으로 이동 (드라마 없음)</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="92"/>
        <source>Its album is the OST of…</source>
        <translation>이 앨범은 다음 드라마의 OST…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="94"/>
        <source>Its album is not a drama&apos;s OST</source>
        <translation>이 앨범은 드라마 OST가 아님</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="113"/>
        <source>The album of “%1” is the soundtrack of…</source>
        <translation>“%1”의 앨범은 다음 드라마의 사운드트랙…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="62"/>
        <location filename="../ui/edits/libraryeditactions.cpp" line="132"/>
        <source>Choose a poster</source>
        <translation>포스터 선택</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="56"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="57"/>
        <source>Remove from favorites</source>
        <translation>즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="57"/>
        <source>Add to favorites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="60"/>
        <source>Choose poster image…</source>
        <translation>포스터 이미지 선택…</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="62"/>
        <location filename="../ui/edits/libraryeditactions.cpp" line="132"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="67"/>
        <source>Use the generated poster</source>
        <translation>자동 생성 포스터 사용</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="148"/>
        <source>“%1” is the same drama as… Its songs, favorite and poster join the drama you choose; Ctrl+Z splits them again.</source>
        <translation>“%1”은(는) 다음 드라마와 같은 드라마입니다… 곡, 즐겨찾기, 포스터가 선택한 드라마로 합쳐지며 Ctrl+Z로 다시 분리할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="163"/>
        <source>Merge dramas</source>
        <translation>드라마 병합</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="164"/>
        <source>Are “%1” and “%2” one drama? The songs, favorite and poster of “%1” join “%2”; Ctrl+Z splits them again.</source>
        <translation>“%1”과(와) “%2”은(는) 같은 드라마입니까? “%1”의 곡, 즐겨찾기, 포스터가 “%2”(으)로 합쳐지며 Ctrl+Z로 다시 분리할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="169"/>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <location filename="../ui/edits/libraryeditactions.cpp" line="180"/>
        <source>Move “%1” to the soundtrack of…</source>
        <translation>“%1”을(를) 다음 드라마의 OST로 이동…</translation>
    </message>
</context>
<context>
    <name>ost::LibraryEditor</name>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="79"/>
        <source>Undone: %1</source>
        <translation>실행 취소했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="88"/>
        <source>Edit drama</source>
        <translation>드라마 편집</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="95"/>
        <source>Merge “%1” into “%2”</source>
        <translation>“%1”을(를) “%2”에 병합</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="102"/>
        <source>Move “%1” to other music</source>
        <translation>“%1”을(를) 기타 음악으로 이동</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="103"/>
        <source>Move “%1” to “%2”</source>
        <translation>“%1”을(를) “%2”(으)로 이동</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="109"/>
        <source>“%1” is not a drama</source>
        <translation>앨범 “%1”을(를) 드라마가 아닌 것으로 지정</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="109"/>
        <source>“%1” is “%2”</source>
        <translation>앨범 “%1”을(를) “%2”의 OST로 지정</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="116"/>
        <source>The album of “%1” is not a drama</source>
        <translation>“%1”의 앨범은 드라마가 아님</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="117"/>
        <source>The album of “%1” is “%2”</source>
        <translation>“%1”의 앨범은 “%2”</translation>
    </message>
    <message>
        <location filename="../app/services/libraryeditor.cpp" line="123"/>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
</context>
<context>
    <name>ost::LibraryService</name>
    <message>
        <location filename="../app/services/libraryservice.cpp" line="196"/>
        <source>Collections and artists could not be read: %1</source>
        <translation>컬렉션과 아티스트를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/services/libraryservice.cpp" line="226"/>
        <source>The search index could not be built: %1</source>
        <translation>검색 색인을 만들 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ost::LocalMusicService</name>
    <message>
        <location filename="../app/services/localmusicservice.cpp" line="132"/>
        <source>Linked %1 to “%2”</source>
        <translation>%1을(를) “%2”에 연결했습니다</translation>
    </message>
    <message>
        <location filename="../app/services/localmusicservice.cpp" line="160"/>
        <source>Linked %1</source>
        <translation>%1을(를) 연결했습니다</translation>
    </message>
    <message>
        <location filename="../app/services/localmusicservice.cpp" line="175"/>
        <source>The song is no longer linked to a file.</source>
        <translation>이제 이 곡은 파일에 연결되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ost::LyricsPanel</name>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="20"/>
        <source>Lyrics</source>
        <translation>가사</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="24"/>
        <source>&amp;Romanization</source>
        <translation>로마자 표기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="32"/>
        <source>Show a romanization line under each Hangul line</source>
        <translation>한글 줄마다 아래에 로마자 표기를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="38"/>
        <source>Lyrics lines</source>
        <translation>가사 줄</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="50"/>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="79"/>
        <source>nothing is playing</source>
        <translation>재생 중인 곡이 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="77"/>
        <source>the demo clip has no lyrics; link your own file of the song</source>
        <translation>데모 클립에는 가사가 없습니다. 이 곡의 내 파일을 연결하십시오</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="85"/>
        <source>Reading the lyrics…</source>
        <translation>가사를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="101"/>
        <source>no .lrc file beside the song and no lyrics in its tags</source>
        <translation>곡 옆에 .lrc 파일이 없고 태그에도 가사가 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="112"/>
        <source>From %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="113"/>
        <source>From %1 (not synced to the song)</source>
        <translation>출처: %1 (곡과 동기화되지 않음)</translation>
    </message>
    <message>
        <location filename="../ui/lyrics/lyricspanel.cpp" line="120"/>
        <source>Lyrics: none (%1)</source>
        <translation>가사: 없음 (%1)</translation>
    </message>
</context>
<context>
    <name>ost::MainMenus</name>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="25"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="26"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="28"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="33"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="35"/>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="39"/>
        <source>Back (Alt+Left)</source>
        <translation>뒤로 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="40"/>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="43"/>
        <source>Forward (Alt+Right)</source>
        <translation>앞으로 (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="44"/>
        <source>All &amp;dramas</source>
        <translation>모든 드라마(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="47"/>
        <source>All dramas (Alt+Home)</source>
        <translation>모든 드라마 (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="48"/>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="51"/>
        <source>Toggle &amp;favorite</source>
        <translation>즐겨찾기 추가/제거(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="54"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="56"/>
        <source>Larger posters</source>
        <translation>포스터 크게</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="59"/>
        <source>Smaller posters</source>
        <translation>포스터 작게</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="66"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="67"/>
        <source>&amp;About OST Shelf</source>
        <translation>OST 책장 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="72"/>
        <location filename="../tests/xvfb/tst_translatedwindow.cpp" line="172"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="75"/>
        <source>&amp;New playlist…</source>
        <translation>새 재생목록(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="78"/>
        <source>&amp;Import playlist…</source>
        <translation>재생목록 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="80"/>
        <source>&amp;Export playlist…</source>
        <translation>재생목록 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="82"/>
        <source>Playlist &amp;trash…</source>
        <translation>재생목록 휴지통(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="84"/>
        <source>&amp;Music folders and scan…</source>
        <translation>음악 폴더 및 스캔(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="88"/>
        <source>Import &amp;pack…</source>
        <translation>팩 가져오기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="90"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="92"/>
        <source>E&amp;xport selection as pack…</source>
        <translation>선택 항목을 팩으로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="94"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="97"/>
        <source>&amp;Back up library…</source>
        <translation>라이브러리 백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="100"/>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainmenus.cpp" line="104"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ost::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="86"/>
        <source>OST Shelf</source>
        <translation>OST 책장</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="164"/>
        <source>%n drama(s) in the library</source>
        <translation>
            <numerusform>라이브러리에 드라마 %n편</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="189"/>
        <source>Added the song to favorites</source>
        <translation>곡을 즐겨찾기에 추가했습니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="189"/>
        <source>Removed the song from favorites</source>
        <translation>곡을 즐겨찾기에서 제거했습니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="231"/>
        <source>Open a playlist to export it.</source>
        <translation>내보낼 재생목록을 먼저 여세요.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="248"/>
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="257"/>
        <source> Sort: </source>
        <translation> 정렬: </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="267"/>
        <source>Library sections</source>
        <translation>라이브러리 섹션</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="289"/>
        <source>Playlist not changed</source>
        <translation>재생목록이 변경되지 않음</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="293"/>
        <source>Exported %n song(s) to %1</source>
        <translation>
            <numerusform>%1(으)로 %n곡을 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="183"/>
        <source>Added to favorites</source>
        <translation>즐겨찾기에 추가했습니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="183"/>
        <source>Removed from favorites</source>
        <translation>즐겨찾기에서 제거했습니다</translation>
    </message>
</context>
<context>
    <name>ost::MprisPlayer</name>
    <message>
        <location filename="../app/mpris/mprisplayer.cpp" line="135"/>
        <source>Only local files can be opened: %1</source>
        <translation>로컬 파일만 열 수 있습니다: %1</translation>
    </message>
</context>
<context>
    <name>ost::MusicFoldersDialog</name>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="23"/>
        <source>&amp;Scan now</source>
        <translation>지금 스캔(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="24"/>
        <source>&amp;Cancel scan</source>
        <translation>스캔 취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="29"/>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="31"/>
        <source>Music folders</source>
        <translation>음악 폴더</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="32"/>
        <source>&amp;Add folder…</source>
        <translation>폴더 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="33"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="37"/>
        <source>Matches to review</source>
        <translation>검토할 일치 항목</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="38"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="38"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="38"/>
        <source>Proposed song</source>
        <translation>제안된 곡</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="38"/>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="42"/>
        <source>&amp;Link selected</source>
        <translation>선택 항목 연결(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="43"/>
        <source>&amp;Not this song</source>
        <translation>이 곡이 아님(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="58"/>
        <source>Folders with your music. Scans read tags and link files to catalog songs; unchanged files are not read again.</source>
        <translation>음악이 들어 있는 폴더입니다. 스캔하면 태그를 읽어 파일을 카탈로그의 곡에 연결하며, 변경되지 않은 파일은 다시 읽지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="65"/>
        <source>Uncertain matches wait here for you:</source>
        <translation>확실하지 않은 일치 항목은 여기에서 검토를 기다립니다:</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="74"/>
        <source>Add a music folder</source>
        <translation>음악 폴더 추가</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="130"/>
        <source>%1 audio files, %2 new or changed — %3</source>
        <translation>오디오 파일 %1개, 새 파일 또는 변경된 파일 %2개 — %3</translation>
    </message>
</context>
<context>
    <name>ost::OtherMusicPage</name>
    <message>
        <location filename="../ui/pages/othermusicpage.cpp" line="21"/>
        <source>Other music</source>
        <translation>기타 음악</translation>
    </message>
    <message>
        <location filename="../ui/pages/othermusicpage.cpp" line="24"/>
        <source>Songs of your files that belong to no drama</source>
        <translation>어느 드라마에도 속하지 않는 내 파일의 곡</translation>
    </message>
    <message>
        <location filename="../ui/pages/othermusicpage.cpp" line="55"/>
        <source>Other music — none: every song of your files belongs to a drama. Albums that are no OST (singles, studio albums) show here after a scan.</source>
        <translation>기타 음악 — 없음: 내 파일의 모든 곡이 드라마에 속해 있습니다. OST가 아닌 앨범(싱글, 정규 앨범)은 스캔하면 여기에 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/othermusicpage.cpp" line="57"/>
        <source>Other music — %n song(s)</source>
        <translation>
            <numerusform>기타 음악 — %n곡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/othermusicpage.cpp" line="58"/>
        <source>%n album(s)</source>
        <translation>
            <numerusform>앨범 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PackActions</name>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="52"/>
        <source>Import a drama pack</source>
        <translation>드라마 팩 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="54"/>
        <location filename="../ui/packs/packactions.cpp" line="99"/>
        <source>OST Shelf packs (*.ostpack)</source>
        <translation>OST 책장 팩 (*.ostpack)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="25"/>
        <location filename="../ui/packs/packactions.cpp" line="33"/>
        <location filename="../ui/packs/packactions.cpp" line="58"/>
        <location filename="../ui/packs/packactions.cpp" line="73"/>
        <source>Import pack</source>
        <translation>팩 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="59"/>
        <source>This library is open read-only; nothing can be imported into it.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 아무것도 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="63"/>
        <source>Checking %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="74"/>
        <source>Nothing to import: your library already has everything in %1.</source>
        <translation>가져올 항목이 없습니다: %1의 내용이 모두 라이브러리에 이미 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/packactions.cpp" line="29"/>
        <source>Pack imported: %n new drama(s), </source>
        <translation>
            <numerusform>팩을 가져왔습니다: 새 드라마 %n편, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/packactions.cpp" line="30"/>
        <source>%n updated.</source>
        <translation>
            <numerusform>업데이트 %n편.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="41"/>
        <location filename="../ui/packs/packactions.cpp" line="90"/>
        <source>Export pack</source>
        <translation>팩 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="91"/>
        <source>Select dramas in the grid, or open a drama, collection or playlist first.</source>
        <translation>먼저 격자에서 드라마를 선택하거나 드라마, 컬렉션 또는 재생목록을 여세요.</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="97"/>
        <source>Export as drama pack</source>
        <translation>드라마 팩으로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/packs/packactions.cpp" line="105"/>
        <source>Writing %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/packactions.cpp" line="36"/>
        <source>Exported %1: %n drama(s), </source>
        <translation>
            <numerusform>%1을(를) 내보냈습니다: 드라마 %n편, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/packactions.cpp" line="37"/>
        <source>%n song(s).</source>
        <translation>
            <numerusform>%n곡.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PackImportDialog</name>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="15"/>
        <source>Import pack</source>
        <translation>팩 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="19"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="28"/>
        <source>Change</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="28"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="37"/>
        <source>New dramas (%1)</source>
        <translation>새 드라마 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="38"/>
        <source>Updated dramas (%1)</source>
        <translation>업데이트된 드라마 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="39"/>
        <source>New songs (%1)</source>
        <translation>새 곡 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="40"/>
        <source>Updated songs (%1)</source>
        <translation>업데이트된 곡 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="41"/>
        <source>New artists (%1)</source>
        <translation>새 아티스트 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="42"/>
        <source>Updated artists (%1)</source>
        <translation>업데이트된 아티스트 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="43"/>
        <source>New collections (%1)</source>
        <translation>새 컬렉션 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="44"/>
        <source>Updated collections (%1)</source>
        <translation>업데이트된 컬렉션 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="45"/>
        <source>New or changed awards (%1)</source>
        <translation>새로 추가되거나 변경된 수상 내역 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packs/packimportdialog.cpp" line="54"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ost::PackService</name>
    <message>
        <location filename="../app/services/packservice.cpp" line="38"/>
        <source>This library is open read-only; nothing can be imported into it.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 아무것도 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/services/packservice.cpp" line="59"/>
        <source>This pack was not checked, or was already imported; open it again.</source>
        <translation>이 팩은 확인되지 않았거나 이미 가져왔습니다. 다시 열어 주세요.</translation>
    </message>
</context>
<context>
    <name>ost::PageStack</name>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="160"/>
        <source>OST Shelf</source>
        <translation>OST 책장</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="173"/>
        <source>Other music</source>
        <translation>기타 음악</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="177"/>
        <source>History</source>
        <translation>재생 기록</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="181"/>
        <location filename="../ui/mainwindow/pagestack.cpp" line="231"/>
        <source>Favorites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="188"/>
        <source>That playlist was deleted; it is in the trash.</source>
        <translation>이 재생목록은 삭제되어 휴지통에 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pagestack.cpp" line="227"/>
        <source>Playlist %1</source>
        <translation>재생목록 %1</translation>
    </message>
</context>
<context>
    <name>ost::PlaybackController</name>
    <message numerus="yes">
        <location filename="../app/playback/playbackcontroller.cpp" line="89"/>
        <source>%n song(s) will play next</source>
        <translation>
            <numerusform>다음에 %n곡이 재생됩니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playback/playbackcontroller.cpp" line="107"/>
        <source>Added %n song(s) to the queue</source>
        <translation>
            <numerusform>대기열에 %n곡을 추가했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playback/playbackcontroller.cpp" line="252"/>
        <source>“%1” has no audio file linked yet; skipped.</source>
        <translation>“%1”에 아직 연결된 오디오 파일이 없어 건너뛰었습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playback/playbackcontroller.cpp" line="285"/>
        <source>Stopped: %n songs in a row could not play.</source>
        <translation>
            <numerusform>재생을 중지했습니다: 연속으로 %n곡을 재생할 수 없었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playback/playbackcontroller.cpp" line="341"/>
        <source>A preview start can be set on a song playing from your own file.</source>
        <translation>미리듣기 시작 위치는 내 파일로 재생 중인 곡에서만 설정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/playback/playbackcontroller.cpp" line="352"/>
        <source>Previews of this song now start at %1:%2</source>
        <translation>이제 이 곡의 미리듣기는 %1:%2부터 시작됩니다</translation>
    </message>
</context>
<context>
    <name>ost::PlaybackUi</name>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="39"/>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="135"/>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="143"/>
        <source>&amp;Play / pause</source>
        <translation>재생/일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="147"/>
        <source>&amp;Next song</source>
        <translation>다음 곡(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="149"/>
        <source>P&amp;revious song</source>
        <translation>이전 곡(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="152"/>
        <source>Seek &amp;forward 5 s</source>
        <translation>5초 앞으로(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="154"/>
        <source>Seek &amp;back 5 s</source>
        <translation>5초 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="156"/>
        <source>Preview from &amp;here</source>
        <translation>여기부터 미리듣기(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="175"/>
        <source>&amp;Notify when a song starts</source>
        <translation>곡이 시작되면 알림(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="178"/>
        <source>&amp;Close to the tray</source>
        <translation>닫으면 트레이로(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="181"/>
        <source>Show in the &amp;tray</source>
        <translation>트레이에 표시(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="220"/>
        <source>demo clip</source>
        <translation>데모 클립</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="222"/>
        <source>no audio file linked</source>
        <translation>연결된 오디오 파일 없음</translation>
    </message>
</context>
<context>
    <name>ost::PlayerBar</name>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="125"/>
        <source>Nothing playing</source>
        <translation>재생 중인 곡 없음</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="40"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="31"/>
        <source>Player</source>
        <translation>플레이어</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="41"/>
        <source>Previous song</source>
        <translation>이전 곡</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="43"/>
        <source>Play or pause</source>
        <translation>재생 또는 일시 정지</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="44"/>
        <source>Play / pause (Space)</source>
        <translation>재생/일시 정지 (Space)</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="46"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="47"/>
        <source>Next song</source>
        <translation>다음 곡</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="48"/>
        <source>Position</source>
        <translation>재생 위치</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="54"/>
        <source>Favorite song</source>
        <translation>즐겨찾는 곡</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="55"/>
        <location filename="../ui/player/playerbar.cpp" line="180"/>
        <source>Add the current song to favorites</source>
        <translation>현재 곡을 즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="58"/>
        <source>Preview %1 s</source>
        <translation>%1초 미리듣기</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="59"/>
        <source>Full songs</source>
        <translation>전곡 재생</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="60"/>
        <source>Playback mode</source>
        <translation>재생 모드</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="61"/>
        <source>Preview mode plays each song&apos;s hook for a few seconds, then the next; full mode plays whole songs</source>
        <translation>미리듣기 모드는 각 곡의 하이라이트를 몇 초씩 재생한 뒤 다음 곡으로 넘어가고, 전곡 재생 모드는 곡 전체를 재생합니다</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="65"/>
        <source>Preview from here</source>
        <translation>여기부터 미리듣기</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="66"/>
        <source>Preview from here: previews of this song start at the current position</source>
        <translation>여기부터 미리듣기: 이 곡의 미리듣기가 현재 위치에서 시작됩니다</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="67"/>
        <location filename="../tests/xvfb/tst_translatedwindow.cpp" line="230"/>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="69"/>
        <source>Show the queue</source>
        <translation>대기열 표시</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="70"/>
        <source>Show or hide the play queue</source>
        <translation>재생 대기열 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="78"/>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="179"/>
        <source>Remove the current song from favorites</source>
        <translation>현재 곡을 즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="73"/>
        <location filename="../ui/player/playerbar.cpp" line="74"/>
        <source>Mute</source>
        <translation>음소거</translation>
    </message>
</context>
<context>
    <name>ost::PlayerTray</name>
    <message>
        <location filename="../ui/player/playertray.cpp" line="28"/>
        <location filename="../ui/player/playertray.cpp" line="106"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="30"/>
        <source>Next song</source>
        <translation>다음 곡</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="31"/>
        <source>Previous song</source>
        <translation>이전 곡</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="34"/>
        <location filename="../ui/player/playertray.cpp" line="46"/>
        <source>Hide the window</source>
        <translation>창 숨기기</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="39"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="46"/>
        <source>Show the window</source>
        <translation>창 보이기</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="96"/>
        <source>Nothing is playing</source>
        <translation>재생 중인 곡 없음</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="97"/>
        <source>OST Shelf</source>
        <translation>OST 책장</translation>
    </message>
    <message>
        <location filename="../ui/player/playertray.cpp" line="106"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
</context>
<context>
    <name>ost::PlaylistActions</name>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="30"/>
        <source>Playlist imported</source>
        <translation>재생목록 가져오기 완료</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="34"/>
        <source>Some entries need a look: see the details.</source>
        <translation>확인이 필요한 항목이 있습니다. 자세한 내용을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="49"/>
        <source>Playlist name:</source>
        <translation>재생목록 이름:</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="61"/>
        <source>New playlist</source>
        <translation>새 재생목록</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="74"/>
        <source>Rename playlist</source>
        <translation>재생목록 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="90"/>
        <source>Export playlist</source>
        <translation>재생목록 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="91"/>
        <source>M3U8 playlist (*.m3u8);;M3U playlist (*.m3u);;XSPF playlist (*.xspf)</source>
        <translation>M3U8 재생목록 (*.m3u8);;M3U 재생목록 (*.m3u);;XSPF 재생목록 (*.xspf)</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="105"/>
        <source>Import playlist</source>
        <translation>재생목록 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="106"/>
        <source>Playlists (*.m3u8 *.m3u *.xspf);;All files (*)</source>
        <translation>재생목록 (*.m3u8 *.m3u *.xspf);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="129"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="130"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="131"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="132"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="134"/>
        <source>Delete (move to trash)</source>
        <translation>삭제 (휴지통으로 이동)</translation>
    </message>
</context>
<context>
    <name>ost::PlaylistEditor</name>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="140"/>
        <source>A playlist named &quot;%1&quot; already exists.</source>
        <translation>이름이 “%1”인 재생목록이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="208"/>
        <source>Create playlist “%1”</source>
        <translation>재생목록 “%1” 만들기</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="213"/>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="214"/>
        <source>Duplicate “%1”</source>
        <translation>“%1” 복제</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="240"/>
        <source>Rename “%1” to “%2”</source>
        <translation>“%1” 이름을 “%2”(으)로 바꾸기</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="270"/>
        <source>Delete playlist “%1”</source>
        <translation>재생목록 “%1” 삭제</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="271"/>
        <source>“%1” moved to the trash. Undo or restore it from the trash.</source>
        <translation>“%1”을(를) 휴지통으로 옮겼습니다. 실행 취소하거나 휴지통에서 복원할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="289"/>
        <source>Add %n song(s) to “%1”</source>
        <translation>
            <numerusform>“%1”에 %n곡 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="290"/>
        <source>Added %n song(s) to “%1”</source>
        <translation>
            <numerusform>“%1”에 %n곡을 추가했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="317"/>
        <source>Remove %n song(s) from “%1”</source>
        <translation>
            <numerusform>“%1”에서 %n곡 제거</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="346"/>
        <source>Reorder “%1”</source>
        <translation>“%1” 순서 변경</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="472"/>
        <source>Restored “%1”</source>
        <translation>“%1”을(를) 복원했습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="489"/>
        <source>Emptied the trash: %n playlist(s) deleted for good</source>
        <translation>
            <numerusform>휴지통을 비웠습니다: 재생목록 %n개를 영구적으로 삭제했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PlaylistListModel</name>
    <message numerus="yes">
        <location filename="../app/models/playlistlistmodel.cpp" line="108"/>
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n곡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/playlistlistmodel.cpp" line="110"/>
        <source>%n without a local file</source>
        <translation>
            <numerusform>로컬 파일 없음 %n곡</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PlaylistModel</name>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="192"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="196"/>
        <location filename="../app/models/playlistmodel.cpp" line="209"/>
        <source>no local file</source>
        <translation>로컬 파일 없음</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="196"/>
        <source>file missing</source>
        <translation>파일 없음</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="201"/>
        <source>The linked audio file is no longer on disk. The song stays in the playlist; link the file again to play it.</source>
        <translation>연결된 오디오 파일이 더 이상 디스크에 없습니다. 곡은 재생목록에 그대로 남아 있으며, 재생하려면 파일을 다시 연결하세요.</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="204"/>
        <source>No audio file is linked to this song, so it cannot play yet. It stays in the playlist.</source>
        <translation>이 곡에 연결된 오디오 파일이 없어 아직 재생할 수 없습니다. 재생목록에는 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="219"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="220"/>
        <source>Artists</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="221"/>
        <source>Drama</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="222"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>ost::PlaylistPage</name>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="34"/>
        <source>Playlist</source>
        <translation>재생목록</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="36"/>
        <source>Playlist cover</source>
        <translation>재생목록 커버</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="44"/>
        <source>This playlist is empty. Drag songs here from a drama, an artist or your favorites, or use “Add to playlist” (Ctrl+Shift+P) on any song.</source>
        <translation>재생목록이 비어 있습니다. 드라마, 아티스트 또는 즐겨찾기에서 곡을 여기로 끌어 오거나, 곡에서 “재생목록에 추가”(Ctrl+Shift+P)를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="53"/>
        <source>▶ Play</source>
        <translation>▶ 재생</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="54"/>
        <source>Play the playlist from the first song</source>
        <translation>첫 곡부터 재생목록 재생</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="62"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="62"/>
        <source>Rename the playlist (F2)</source>
        <translation>재생목록 이름 바꾸기 (F2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="64"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="64"/>
        <source>Make a copy of the playlist</source>
        <translation>재생목록 사본 만들기</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="66"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="66"/>
        <source>Save as M3U8, M3U or XSPF</source>
        <translation>M3U8, M3U 또는 XSPF로 저장</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="68"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="68"/>
        <source>Move the playlist to the trash</source>
        <translation>재생목록을 휴지통으로 이동</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="81"/>
        <source>Songs of the playlist</source>
        <translation>재생목록의 곡</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="140"/>
        <source>%1 playable</source>
        <translation>재생 가능 %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="212"/>
        <source>Play from here</source>
        <translation>여기부터 재생</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="213"/>
        <source>Remove from playlist</source>
        <translation>재생목록에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="215"/>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="217"/>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="221"/>
        <source>Rename playlist…</source>
        <translation>재생목록 이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="222"/>
        <source>Export playlist…</source>
        <translation>재생목록 내보내기…</translation>
    </message>
</context>
<context>
    <name>ost::PosterDelegate</name>
    <message>
        <location filename="../ui/postergrid/posterdelegate.cpp" line="92"/>
        <source>♪ Your files</source>
        <translation>♪ 내 파일</translation>
    </message>
    <message>
        <location filename="../ui/postergrid/posterdelegate.cpp" line="198"/>
        <source>Remove from favorites</source>
        <translation>즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/postergrid/posterdelegate.cpp" line="199"/>
        <source>Add to favorites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
</context>
<context>
    <name>ost::PosterGridView</name>
    <message>
        <location filename="../ui/postergrid/postergridview.cpp" line="38"/>
        <source>Dramas</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../ui/postergrid/postergridview.cpp" line="39"/>
        <source>Poster grid of dramas. Enter opens a drama, Ctrl+D toggles favorite.</source>
        <translation>드라마 포스터 격자입니다. Enter 키로 드라마를 열고, Ctrl+D로 즐겨찾기를 추가하거나 제거합니다.</translation>
    </message>
</context>
<context>
    <name>ost::PreviewPlayer</name>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="40"/>
        <source>No sound output was found (no sound server or audio device is running), so nothing can be heard.</source>
        <translation>사운드 출력 장치를 찾을 수 없습니다(사운드 서버나 오디오 장치가 실행 중이 아닙니다). 소리가 들리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="53"/>
        <source>Cannot play %1: %2</source>
        <translation>%1을(를) 재생할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="59"/>
        <source>%1 is not an audio file OST Shelf can play.</source>
        <translation>%1은(는) OST 책장에서 재생할 수 있는 오디오 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="108"/>
        <source>%1 is missing.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="111"/>
        <source>%1 is not a regular file.</source>
        <translation>%1은(는) 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="113"/>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="115"/>
        <source>%1 cannot be read.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ost::QueueModel</name>
    <message>
        <location filename="../app/models/queuemodel.cpp" line="146"/>
        <source>now playing</source>
        <translation>재생 중</translation>
    </message>
</context>
<context>
    <name>ost::QueueView</name>
    <message>
        <location filename="../ui/player/queueview.cpp" line="15"/>
        <source>Play queue</source>
        <translation>재생 대기열</translation>
    </message>
    <message>
        <location filename="../ui/player/queueview.cpp" line="74"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../ui/player/queueview.cpp" line="75"/>
        <source>Remove from queue</source>
        <translation>대기열에서 제거</translation>
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
        <location filename="../ui/search/searchbox.cpp" line="52"/>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
</context>
<context>
    <name>ost::SearchResultsModel</name>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="14"/>
        <source>Dramas</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="15"/>
        <location filename="../tests/xvfb/tst_translatedwindow.cpp" line="217"/>
        <source>Songs</source>
        <translation>노래</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="16"/>
        <source>Artists</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="17"/>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="25"/>
        <source>Drama</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="26"/>
        <source>Song</source>
        <translation>곡</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="27"/>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="28"/>
        <source>Collection</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <location filename="../app/models/searchresultsmodel.cpp" line="39"/>
        <location filename="../app/models/searchresultsmodel.cpp" line="95"/>
        <location filename="../tests/xvfb/tst_translatedwindow.cpp" line="209"/>
        <source>Top result</source>
        <translation>최상위 결과</translation>
    </message>
</context>
<context>
    <name>ost::SidebarModel</name>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="167"/>
        <location filename="../tests/xvfb/tst_translatedwindow.cpp" line="179"/>
        <source>All dramas</source>
        <translation>모든 드라마</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="168"/>
        <source>♥ Favorites</source>
        <translation>♥ 즐겨찾기</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="171"/>
        <source>♪ Other music</source>
        <translation>♪ 기타 음악</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="172"/>
        <source>Songs of your files that belong to no drama</source>
        <translation>어느 드라마에도 속하지 않는 내 파일의 곡</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="176"/>
        <source>↺ History</source>
        <translation>↺ 재생 기록</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="177"/>
        <source>What you played: today, this week and earlier</source>
        <translation>재생한 곡: 오늘, 이번 주, 이전</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="181"/>
        <source>Playlists</source>
        <translation>재생목록</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="181"/>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="202"/>
        <source>＋ New playlist…</source>
        <translation>＋ 새 재생목록…</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="204"/>
        <source>Create a playlist (Ctrl+N); drop songs here to start one with them</source>
        <translation>재생목록 만들기 (Ctrl+N). 곡을 여기에 끌어다 놓으면 그 곡으로 새 재생목록을 만듭니다</translation>
    </message>
    <message>
        <location filename="../app/models/sidebarmodel.cpp" line="206"/>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
</context>
<context>
    <name>ost::SongEditDialog</name>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="39"/>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="41"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="43"/>
        <source>Separate artists with commas; “feat.” before featured artists</source>
        <translation>아티스트는 쉼표로 구분하고, 피처링 아티스트 앞에는 “feat.”를 쓰세요</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="45"/>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="46"/>
        <source>&amp;Hangul title</source>
        <translation>한글 제목(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="47"/>
        <source>&amp;Artists</source>
        <translation>아티스트(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/edits/songeditdialog.cpp" line="48"/>
        <source>OST &amp;part</source>
        <translation>OST 파트(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ost::SongListActions</name>
    <message>
        <location filename="../ui/pages/songlistactions.cpp" line="37"/>
        <source>Link an audio file</source>
        <translation>오디오 파일 연결</translation>
    </message>
    <message>
        <location filename="../ui/pages/songlistactions.cpp" line="38"/>
        <source>Audio (*.mp3 *.flac *.ogg *.opus *.m4a *.wav *.aac *.wma)</source>
        <translation>오디오 (*.mp3 *.flac *.ogg *.opus *.m4a *.wav *.aac *.wma)</translation>
    </message>
</context>
<context>
    <name>ost::SortBox</name>
    <message>
        <location filename="../ui/filters/sortbox.cpp" line="15"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../ui/filters/sortbox.cpp" line="16"/>
        <source>Korean title (가나다)</source>
        <translation>한글 제목 (가나다)</translation>
    </message>
    <message>
        <location filename="../ui/filters/sortbox.cpp" line="17"/>
        <source>Year (newest first)</source>
        <translation>연도 (최신순)</translation>
    </message>
    <message>
        <location filename="../ui/filters/sortbox.cpp" line="18"/>
        <source>Recently added</source>
        <translation>최근 추가</translation>
    </message>
    <message>
        <location filename="../ui/filters/sortbox.cpp" line="19"/>
        <location filename="../ui/filters/sortbox.cpp" line="20"/>
        <source>Sort dramas by</source>
        <translation>드라마 정렬</translation>
    </message>
</context>
<context>
    <name>ost::TrackListView</name>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="27"/>
        <source>Songs</source>
        <translation>곡</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="33"/>
        <source>Add to playlist…</source>
        <translation>재생목록에 추가…</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="148"/>
        <source>Play from here</source>
        <translation>여기부터 재생</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="150"/>
        <source>Play next</source>
        <translation>다음에 재생</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="151"/>
        <source>Add to queue</source>
        <translation>대기열에 추가</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="152"/>
        <source>Remove from favorites</source>
        <translation>즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="152"/>
        <source>Add to favorites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="156"/>
        <source>Link audio file…</source>
        <translation>오디오 파일 연결…</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="157"/>
        <source>Unlink file</source>
        <translation>파일 연결 해제</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="160"/>
        <source>Go to drama “%1”</source>
        <translation>“%1” 드라마로 이동</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="163"/>
        <source>Go to artist “%1”</source>
        <translation>“%1” 아티스트로 이동</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="166"/>
        <source>Copy title</source>
        <translation>제목 복사</translation>
    </message>
</context>
<context>
    <name>ost::TrackModel</name>
    <message numerus="yes">
        <location filename="../app/models/trackmodel.cpp" line="110"/>
        <source>Played %n time(s)</source>
        <translation>
            <numerusform>%n회 재생</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="113"/>
        <source>last on %1</source>
        <translation>마지막 재생 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/trackmodel.cpp" line="116"/>
        <source>skipped %n time(s)</source>
        <translation>
            <numerusform>%n회 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/trackmodel.cpp" line="118"/>
        <source>%n preview(s)</source>
        <translation>
            <numerusform>미리 듣기 %n회</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="126"/>
        <source>Part %1</source>
        <translation>파트 %1</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="127"/>
        <source>Part unknown</source>
        <translation>파트 미상</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="137"/>
        <source>your file</source>
        <translation>내 파일</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="138"/>
        <source>demo clip</source>
        <translation>데모 클립</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="139"/>
        <source>file missing</source>
        <translation>파일 없음</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="140"/>
        <source>unavailable</source>
        <translation>재생 불가</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="167"/>
        <source>OST</source>
        <translation>OST</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="168"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="169"/>
        <source>Artists</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="170"/>
        <source>Drama</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="171"/>
        <source>Plays</source>
        <translation>음원</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="172"/>
        <source>Favorite</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="132"/>
        <source>not from a drama</source>
        <translation>드라마 OST 아님</translation>
    </message>
</context>
<context>
    <name>ost::TrashDialog</name>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="17"/>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="18"/>
        <source>&amp;Empty trash…</source>
        <translation>휴지통 비우기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="20"/>
        <source>Playlist trash</source>
        <translation>재생목록 휴지통</translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="22"/>
        <source>Deleted playlists</source>
        <translation>삭제된 재생목록</translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="25"/>
        <source>Deleted playlists stay here, also after a restart, until you empty the trash.</source>
        <translation>삭제된 재생목록은 휴지통을 비울 때까지 여기에 보관되며, 프로그램을 다시 시작해도 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="44"/>
        <source>Empty the trash?</source>
        <translation>휴지통을 비우시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/playlists/trashdialog.cpp" line="45"/>
        <source>%n playlist(s) will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>재생목록 %n개가 영구적으로 삭제됩니다. 이 작업은 실행 취소할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/playlists/trashdialog.cpp" line="60"/>
        <source>%1 — %n song(s), deleted %2</source>
        <translation>
            <numerusform>%1 — %n곡, %2에 삭제됨</numerusform>
        </translation>
    </message>
</context>
</TS>
