<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/storage/database.cpp" line="43"/>
        <source>The database file %1 does not exist.</source>
        <translation>데이터베이스 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="55"/>
        <source>Cannot open the database %1: %2</source>
        <translation>데이터베이스 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="69"/>
        <source>Cannot configure the database %1 (%2): %3</source>
        <translation>데이터베이스 %1을(를) 설정할 수 없습니다(%2): %3</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="95"/>
        <source>%1 is not a readable OST Shelf database: %2</source>
        <translation>%1은(는) 읽을 수 있는 OST 책장 데이터베이스가 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="103"/>
        <source>Refusing to create %1: the file already exists.</source>
        <translation>%1을(를) 만들지 않았습니다: 파일이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="132"/>
        <location filename="../app/storage/sqlquery.cpp" line="16"/>
        <location filename="../app/catalog/catalogwriter.cpp" line="31"/>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>“%1” 실행 중 데이터베이스 오류가 발생했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="18"/>
        <source>Cannot start a database transaction: %1</source>
        <translation>데이터베이스 트랜잭션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="33"/>
        <source>No transaction is active.</source>
        <translation>진행 중인 트랜잭션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="36"/>
        <source>Cannot save the changes: %1</source>
        <translation>변경 사항을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="42"/>
        <source>Cannot read the schema version of %1.</source>
        <translation>%1의 스키마 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="52"/>
        <source>Migration %1 is missing from the application.</source>
        <translation>애플리케이션에 마이그레이션 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="55"/>
        <source>Migration %1 failed: %2</source>
        <translation>마이그레이션 %1에 실패했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlquery.cpp" line="12"/>
        <location filename="../app/catalog/catalogwriter.cpp" line="27"/>
        <source>Database error preparing &quot;%1&quot;: %2</source>
        <translation>“%1” 준비 중 데이터베이스 오류가 발생했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="76"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1을(를) %2(으)로 복사할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="80"/>
        <source>Cannot move %1 into place.</source>
        <translation>%1을(를) 최종 위치로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="154"/>
        <source>Cannot create the backup folder in %1.</source>
        <translation>%1에 백업 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="162"/>
        <source>The backup could not be written: %1</source>
        <translation>백업을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="166"/>
        <source>The backup %1 failed its integrity check and was discarded.</source>
        <translation>백업 %1이(가) 무결성 검사를 통과하지 못해 폐기했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="185"/>
        <source>The data directory %1 does not exist. Create it first, or check that its drive is mounted.</source>
        <translation>데이터 디렉터리 %1이(가) 없습니다. 먼저 디렉터리를 만들거나 해당 드라이브가 마운트되어 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="188"/>
        <source>Cannot create the data directory %1.</source>
        <translation>데이터 디렉터리 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="192"/>
        <source>The data directory %1 is not a directory.</source>
        <translation>데이터 디렉터리 %1은(는) 디렉터리가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="202"/>
        <source>The data directory %1 is read-only: OST Shelf cannot save favorites or playlists there. Make it writable or choose another one with --data-dir.</source>
        <translation>데이터 디렉터리 %1이(가) 읽기 전용이므로 OST 책장에서 즐겨찾기나 재생목록을 저장할 수 없습니다. 쓰기 가능하도록 변경하거나 --data-dir 옵션으로 다른 디렉터리를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="205"/>
        <source>The bundled catalog %1 is missing or damaged; reinstall OST Shelf.</source>
        <translation>내장 카탈로그 %1이(가) 없거나 손상되었습니다. OST 책장을 다시 설치하십시오.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="218"/>
        <source>Your library was restored from the backup of %1.</source>
        <translation>%1에 만든 백업에서 라이브러리를 복원했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="238"/>
        <source>The library file %1 was missing.</source>
        <translation>라이브러리 파일 %1이(가) 없었습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="240"/>
        <source>The library file %1 is missing and no backup in %2 is usable.</source>
        <translation>라이브러리 파일 %1이(가) 없으며 %2에도 사용할 수 있는 백업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="252"/>
        <source>The library %1 is damaged and could not be moved aside.</source>
        <translation>라이브러리 %1이(가) 손상되었으며 다른 이름으로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="253"/>
        <source>The library file was damaged; it was kept as %1.</source>
        <translation>라이브러리 파일이 손상되어 %1(으)로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="257"/>
        <source>No usable backup was found, so a new library was started from the catalog.</source>
        <translation>사용할 수 있는 백업이 없어 카탈로그로 새 라이브러리를 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="272"/>
        <source>This library was written by a newer version of OST Shelf (schema %1; this version knows %2). It is open read-only so nothing in it is changed.</source>
        <translation>이 라이브러리는 더 새로운 버전의 OST 책장에서 저장되었습니다(스키마 %1, 이 버전은 %2까지 지원). 내용이 변경되지 않도록 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="284"/>
        <source>The library could not be upgraded and was left as it was: %1</source>
        <translation>라이브러리를 업그레이드할 수 없어 그대로 두었습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="285"/>
        <source>The library was upgraded to schema %1; a backup was kept at %2.</source>
        <translation>라이브러리를 스키마 %1(으)로 업그레이드했습니다. 백업은 %2에 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="291"/>
        <source>The catalog was updated; your favorites and playlists were kept.</source>
        <translation>카탈로그를 업데이트했습니다. 즐겨찾기와 재생목록은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogupdater.cpp" line="86"/>
        <source>The catalog update failed and nothing was changed: %1</source>
        <translation>카탈로그를 업데이트하지 못했으며 아무것도 변경되지 않았습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/catalog/catalogsource.cpp" line="235"/>
        <source>The catalog in %1 has %n problem(s):
</source>
        <translation>
            <numerusform>%1의 카탈로그에 문제가 %n개 있습니다:
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="131"/>
        <source>No song with id &quot;%1&quot;.</source>
        <translation>ID가 “%1”인 곡이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="167"/>
        <source>No drama with id &quot;%1&quot;.</source>
        <translation>ID가 “%1”인 드라마가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="228"/>
        <source>No artist with id &quot;%1&quot;.</source>
        <translation>ID가 “%1”인 아티스트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="304"/>
        <source>Unknown table %1.</source>
        <translation>알 수 없는 테이블입니다: %1</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="338"/>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="338"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/repositories/catalogrepository.cpp" line="428"/>
        <source>Collection · %n item(s)</source>
        <translation>
            <numerusform>컬렉션 · %n개 항목</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="451"/>
        <source>No drama is called &quot;%1&quot; (try: ostshelf-cli search &quot;%1&quot;).</source>
        <translation>이름이 “%1”인 드라마가 없습니다. (검색해 보기: ostshelf-cli search &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/repositories/catalogrepository.cpp" line="472"/>
        <source>No song is called &quot;%1&quot; (try: ostshelf-cli search &quot;%1&quot;).</source>
        <translation>제목이 “%1”인 곡이 없습니다. (검색해 보기: ostshelf-cli search &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/repositories/favoriterepository.cpp" line="30"/>
        <source>The library is open read-only; favorites cannot be changed.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 즐겨찾기를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/favoriterepository.cpp" line="36"/>
        <source>Cannot mark &quot;%1&quot; as a favorite: it is not in the catalog.</source>
        <translation>“%1”을(를) 즐겨찾기에 추가할 수 없습니다: 카탈로그에 없는 항목입니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="25"/>
        <source>%1 is not an image OST Shelf can read.</source>
        <translation>%1은(는) OST 책장에서 읽을 수 있는 이미지가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="28"/>
        <source>%1 is too large (%2×%3); posters can be at most %4 pixels on a side.</source>
        <translation>%1이(가) 너무 큽니다(%2×%3). 포스터는 한 변이 최대 %4픽셀이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="32"/>
        <source>Cannot create the poster folder in %1.</source>
        <translation>%1에 포스터 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/posterrepository.cpp" line="37"/>
        <source>Cannot copy %1 into the library.</source>
        <translation>%1을(를) 라이브러리로 복사할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="51"/>
        <source>A playlist needs a name.</source>
        <translation>재생목록 이름을 입력해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="53"/>
        <source>A playlist name can have at most %1 characters.</source>
        <translation>재생목록 이름은 최대 %1자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="56"/>
        <source>A playlist name cannot contain control characters.</source>
        <translation>재생목록 이름에는 제어 문자를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="63"/>
        <source>The library is open read-only; playlists cannot be changed.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 재생목록을 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="88"/>
        <source>Too many playlists are named &quot;%1&quot;.</source>
        <translation>이름이 “%1”인 재생목록이 너무 많습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="99"/>
        <source>No song with id &quot;%1&quot; is in the catalog.</source>
        <translation>카탈로그에 ID가 “%1”인 곡이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="110"/>
        <source>Database error: cannot prepare the playlist update.</source>
        <translation>데이터베이스 오류: 재생목록 업데이트를 준비할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="116"/>
        <source>Cannot save the playlist: song &quot;%1&quot; was refused.</source>
        <translation>재생목록을 저장할 수 없습니다: 곡 “%1”이(가) 거부되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="137"/>
        <location filename="../app/repositories/playlistrepository.cpp" line="166"/>
        <source>A playlist named &quot;%1&quot; already exists.</source>
        <translation>이름이 “%1”인 재생목록이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="182"/>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="199"/>
        <source>No playlist with id %1 to delete.</source>
        <translation>ID가 %1인 재생목록이 없어 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="266"/>
        <source>No playlist with id %1.</source>
        <translation>ID가 %1인 재생목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="318"/>
        <source>The playlist has no song at position %1.</source>
        <translation>재생목록의 %1번 위치에 곡이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/repositories/playlistrepository.cpp" line="330"/>
        <source>Cannot move: the playlist has %n song(s).</source>
        <translation>
            <numerusform>이동할 수 없습니다: 재생목록에는 %n곡만 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="351"/>
        <source>No playlist named &quot;%1&quot; is in the trash.</source>
        <translation>휴지통에 이름이 “%1”인 재생목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/playlistrepository.cpp" line="352"/>
        <source>No playlist named &quot;%1&quot;.</source>
        <translation>이름이 “%1”인 재생목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="19"/>
        <source>The library is open read-only; files cannot be linked.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 파일을 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="22"/>
        <source>Cannot link &quot;%1&quot;: it is not an existing local file.</source>
        <translation>“%1”을(를) 연결할 수 없습니다: 존재하는 로컬 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="28"/>
        <source>Cannot link a file to &quot;%1&quot;: it is not in the catalog.</source>
        <translation>“%1”에 파일을 연결할 수 없습니다: 카탈로그에 없는 곡입니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/localfilerepository.cpp" line="35"/>
        <source>The library is open read-only; files cannot be unlinked.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 파일 연결을 해제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="102"/>
        <source>no catalog song has this title</source>
        <translation>카탈로그에 이 제목의 곡이 없음</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="117"/>
        <source>title and artist match</source>
        <translation>제목과 아티스트 일치</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="119"/>
        <source>several songs share this title and artist</source>
        <translation>제목과 아티스트가 같은 곡이 여러 개 있음</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="122"/>
        <source>title matches; no artist to compare</source>
        <translation>제목 일치, 비교할 아티스트 없음</translation>
    </message>
    <message>
        <location filename="../app/matching/songmatcher.cpp" line="123"/>
        <source>title matches but the artist differs</source>
        <translation>제목은 일치하지만 아티스트가 다름</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/matching/songmatcher.cpp" line="124"/>
        <source>%n catalog songs have this title; the artist does not decide</source>
        <translation>
            <numerusform>카탈로그에 이 제목의 곡이 %n개 있으며 아티스트로 구별할 수 없음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tags/tagreader.cpp" line="39"/>
        <source>Cannot read tags of &quot;%1&quot;: not an audio file TagLib knows.</source>
        <translation>“%1”의 태그를 읽을 수 없습니다: TagLib에서 지원하는 오디오 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="87"/>
        <source>file not found</source>
        <translation>파일을 찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="88"/>
        <source>remote address, never opened</source>
        <translation>원격 주소(열지 않음)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="89"/>
        <source>network share path, never opened</source>
        <translation>네트워크 공유 경로(열지 않음)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="90"/>
        <source>a device or system file, never opened</source>
        <translation>장치 또는 시스템 파일(열지 않음)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistlocation.cpp" line="91"/>
        <source>not a regular file (a pipe, socket or folder), never opened</source>
        <translation>일반 파일이 아님(파이프, 소켓 또는 폴더, 열지 않음)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistexporter.cpp" line="87"/>
        <location filename="../app/playlists/playlistexporter.cpp" line="91"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>“%1”에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistexporter.cpp" line="94"/>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>“%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlistimporter.cpp" line="39"/>
        <source>Imported %n song(s) into &quot;%1&quot; (file encoding %2).</source>
        <translation>
            <numerusform>“%1”에 %n곡을 가져왔습니다(파일 인코딩: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="44"/>
        <source>Matched by title only — please check:</source>
        <translation>제목으로만 일치시킨 항목입니다. 확인해 주십시오:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlistimporter.cpp" line="50"/>
        <source>Skipped %n entr(y/ies):</source>
        <translation>
            <numerusform>%n개 항목을 건너뛰었습니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="61"/>
        <source>Cannot import &quot;%1&quot;: the file does not exist.</source>
        <translation>“%1”을(를) 가져올 수 없습니다: 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="63"/>
        <source>Cannot import &quot;%1&quot;: it is not a regular file.</source>
        <translation>“%1”을(를) 가져올 수 없습니다: 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="65"/>
        <source>Cannot import &quot;%1&quot;: %2 MB is too large for a playlist (the limit is %3 MB).</source>
        <translation>“%1”을(를) 가져올 수 없습니다: 재생목록으로 쓰기에는 너무 큽니다(%2MB, 최대 %3MB).</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="71"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="86"/>
        <location filename="../app/playlists/playlistimporter.cpp" line="97"/>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <translation>“%1”을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="104"/>
        <source>Cannot import &quot;%1&quot;: it has %2 entries; the limit is %3.</source>
        <translation>“%1”을(를) 가져올 수 없습니다: 항목이 %2개로 최대 개수(%3개)를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="169"/>
        <source>the XML declares a DTD or entities, which XSPF never uses; nothing was imported</source>
        <translation>XML에 XSPF에서 사용하지 않는 DTD 또는 엔터티가 선언되어 있어 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="176"/>
        <source>this is XML but not an XSPF playlist (no &lt;playlist&gt; root)</source>
        <translation>XML 파일이지만 XSPF 재생목록이 아닙니다(&lt;playlist&gt; 루트 없음)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="202"/>
        <source>invalid XML at line %1: %2; nothing was imported</source>
        <translation>%1번째 줄의 XML이 올바르지 않습니다: %2. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="204"/>
        <source>the file is empty or not XML</source>
        <translation>파일이 비어 있거나 XML이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="231"/>
        <source>OST Shelf id</source>
        <translation>OST 책장 ID</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="235"/>
        <source>linked file</source>
        <translation>연결된 파일</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="240"/>
        <source>file tags: %1</source>
        <translation>파일 태그: %1</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="260"/>
        <source>file not found and no catalog song matches its name</source>
        <translation>파일을 찾을 수 없고 이름이 일치하는 카탈로그 곡도 없음</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlistimporter.cpp" line="261"/>
        <source>no catalog song matches (%1)</source>
        <translation>일치하는 카탈로그 곡 없음(%1)</translation>
    </message>
    <message>
        <location filename="../app/playback/tonegenerator.cpp" line="33"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/playlistcli.cpp" line="90"/>
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
        <location filename="../app/repositories/previewstartrepository.cpp" line="25"/>
        <source>Cannot save the preview start of &quot;%1&quot;: it is not in the catalog.</source>
        <translation>“%1”의 미리듣기 시작 위치를 저장할 수 없습니다: 카탈로그에 없는 곡입니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="46"/>
        <source>No file with review id %1 is waiting for review.</source>
        <translation>검토를 기다리는 파일 중 검토 ID가 %1인 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="53"/>
        <location filename="../app/repositories/scanrepository.cpp" line="78"/>
        <source>The library is open read-only.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="61"/>
        <source>&quot;%1&quot; has no proposed song to link.</source>
        <translation>“%1”에는 연결하도록 제안된 곡이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/repositories/scanrepository.cpp" line="115"/>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>“%1”은(는) 폴더가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scanning/libraryscanner.cpp" line="35"/>
        <source>%n audio file(s) found</source>
        <translation>
            <numerusform>오디오 파일 %n개 발견</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="36"/>
        <source>%1 unchanged, %2 read; %3 linked, %4 to review, %5 not in the catalog, %6 unreadable</source>
        <translation>변경 없음 %1개, 읽음 %2개; 연결됨 %3개, 검토 필요 %4개, 카탈로그에 없음 %5개, 읽을 수 없음 %6개</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="39"/>
        <source>(cancelled; what was scanned is kept)</source>
        <translation>(취소됨, 이미 스캔한 내용은 유지됨)</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="59"/>
        <source>The library is open read-only; folders cannot be scanned into it.</source>
        <translation>라이브러리가 읽기 전용으로 열려 있어 폴더를 스캔할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="62"/>
        <source>Cannot scan &quot;%1&quot;: it is not a folder.</source>
        <translation>“%1”을(를) 스캔할 수 없습니다: 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/scanning/libraryscanner.cpp" line="142"/>
        <source>the song is already linked to %1</source>
        <translation>곡이 이미 %1에 연결되어 있음</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/app/main.cpp" line="53"/>
        <source>Korean drama soundtrack library</source>
        <translation>한국 드라마 OST 라이브러리</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="56"/>
        <source>Use DIR for the library (it must exist).</source>
        <translation>DIR을 라이브러리 디렉터리로 사용합니다(이미 있는 디렉터리여야 함).</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="57"/>
        <source>Save a screenshot to FILE once the first posters are painted, then quit.</source>
        <translation>첫 포스터가 그려지면 스크린샷을 FILE에 저장한 뒤 종료합니다.</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="58"/>
        <source>Print the time until the first screen of posters is painted, then quit.</source>
        <translation>첫 화면의 포스터가 그려질 때까지 걸린 시간을 출력한 뒤 종료합니다.</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="72"/>
        <source>OST Shelf cannot open its library</source>
        <translation>OST 책장에서 라이브러리를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/app/main.cpp" line="86"/>
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
        <location filename="../ui/about/aboutdialog.cpp" line="23"/>
        <source>&lt;h2&gt;OST Shelf %1&lt;/h2&gt;&lt;p&gt;A library of Korean drama soundtracks: browse dramas by poster, open a drama to see its OST parts, artists and awards, and keep favorites.&lt;/p&gt;&lt;p&gt;Posters are drawn by OST Shelf itself; no artwork, audio or lyrics of others are included.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and KDE Frameworks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OST 책장 %1&lt;/h2&gt;&lt;p&gt;한국 드라마 OST 라이브러리입니다. 포스터로 드라마를 둘러보고, 드라마를 열어 OST 파트, 아티스트, 수상 내역을 확인하고, 즐겨찾기를 관리할 수 있습니다.&lt;/p&gt;&lt;p&gt;포스터는 OST 책장이 직접 그린 것이며, 다른 사람의 아트워크, 음원, 가사는 포함되어 있지 않습니다.&lt;/p&gt;&lt;p&gt;Qt %2 및 KDE 프레임워크로 제작되었습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ost::AddToPlaylistMenu</name>
    <message>
        <location filename="../ui/playlists/addtoplaylistmenu.cpp" line="10"/>
        <source>Add to &amp;playlist</source>
        <translation>재생목록에 추가(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/playlists/addtoplaylistmenu.cpp" line="24"/>
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
        <location filename="../ui/pages/artistpage.cpp" line="65"/>
        <source>%n song(s):</source>
        <translation>
            <numerusform>%n곡:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/artistpage.cpp" line="66"/>
        <source>%n song(s) by the group or its members:</source>
        <translation>
            <numerusform>그룹 및 멤버의 곡 %n곡:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::CollectionPage</name>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="16"/>
        <source>Collection page</source>
        <translation>컬렉션 페이지</translation>
    </message>
    <message>
        <location filename="../ui/pages/collectionpage.cpp" line="23"/>
        <source>Collection entries</source>
        <translation>컬렉션 항목</translation>
    </message>
</context>
<context>
    <name>ost::DramaGridModel</name>
    <message numerus="yes">
        <location filename="../app/models/dramagridmodel.cpp" line="123"/>
        <source>%n song(s) in the catalog</source>
        <translation>
            <numerusform>카탈로그에 %n곡</numerusform>
        </translation>
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
        <location filename="../ui/pages/dramapage.cpp" line="77"/>
        <source>&lt;b&gt;Soundtrack&lt;/b&gt;</source>
        <translation>&lt;b&gt;OST&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="117"/>
        <source>Also known as: %1</source>
        <translation>다른 제목: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="123"/>
        <source>No songs from this soundtrack are in the catalog yet. The album is known, but its tracks have not been added.</source>
        <translation>이 OST의 곡이 아직 카탈로그에 없습니다. 앨범 정보는 있지만 수록곡은 아직 추가되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/dramapage.cpp" line="126"/>
        <source>%n song(s) of this soundtrack are in the catalog; the full album has more.</source>
        <translation>
            <numerusform>이 OST 중 %n곡이 카탈로그에 있습니다. 전체 앨범에는 더 많은 곡이 수록되어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/dramapage.cpp" line="129"/>
        <source>The complete soundtrack: %n song(s).</source>
        <translation>
            <numerusform>전체 OST: %n곡.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="133"/>
        <source>🏆 &lt;b&gt;%1&lt;/b&gt; — %2, %3 %4 (%5)</source>
        <translation>🏆 &lt;b&gt;%1&lt;/b&gt; — %2, %3 %4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="135"/>
        <source>ceremony not named</source>
        <translation>시상식 미상</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="136"/>
        <source>won</source>
        <translation>수상</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="136"/>
        <source>nominated</source>
        <translation>후보</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="137"/>
        <source>&lt;b&gt;Awards&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;수상 내역&lt;/b&gt;&lt;br&gt;</translation>
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
        <translation>이 드라마를 즐겨찾기에서 제거 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/pages/dramapage.cpp" line="149"/>
        <source>Add this drama to your favorites (Ctrl+D)</source>
        <translation>이 드라마를 즐겨찾기에 추가 (Ctrl+D)</translation>
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
        <location filename="../ui/pages/favoritespage.cpp" line="91"/>
        <source>Favorite dramas — none yet: click the heart on a poster or press Ctrl+D</source>
        <translation>즐겨찾는 드라마 — 아직 없습니다. 포스터의 하트를 클릭하거나 Ctrl+D를 누르세요</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="92"/>
        <source>Favorite dramas (%1)</source>
        <translation>즐겨찾는 드라마 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="93"/>
        <source>Favorite songs — none yet: click the heart on a song</source>
        <translation>즐겨찾는 곡 — 아직 없습니다. 곡의 하트를 클릭하세요</translation>
    </message>
    <message>
        <location filename="../ui/pages/favoritespage.cpp" line="94"/>
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
        <location filename="../ui/filters/filterbar.cpp" line="25"/>
        <source>Filter by year, broadcaster, collection, artist or favorites (Ctrl+L)</source>
        <translation>연도, 방송사, 컬렉션, 아티스트 또는 즐겨찾기로 필터링 (Ctrl+L)</translation>
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
        <translation>%1년대</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="79"/>
        <source>Before 2000</source>
        <translation>2000년 이전</translation>
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
        <translation>이 필터 제거</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="128"/>
        <source>Remove filter %1</source>
        <translation>%1 필터 제거</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="137"/>
        <source>♥ Favorites</source>
        <translation>♥ 즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="141"/>
        <source>Years %1–%2</source>
        <translation>%1–%2년</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="146"/>
        <source>Collection: %1</source>
        <translation>컬렉션: %1</translation>
    </message>
    <message>
        <location filename="../ui/filters/filterbar.cpp" line="148"/>
        <source>Artist: %1</source>
        <translation>아티스트: %1</translation>
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
    <name>ost::LocalMusicService</name>
    <message>
        <location filename="../app/services/localmusicservice.cpp" line="115"/>
        <source>Linked %1 to “%2”</source>
        <translation>%1을(를) “%2”에 연결했습니다</translation>
    </message>
    <message>
        <location filename="../app/services/localmusicservice.cpp" line="139"/>
        <source>Linked %1</source>
        <translation>%1을(를) 연결했습니다</translation>
    </message>
    <message>
        <location filename="../app/services/localmusicservice.cpp" line="152"/>
        <source>The song is no longer linked to a file.</source>
        <translation>이제 이 곡은 파일에 연결되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ost::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="80"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="183"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="192"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="552"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="565"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="582"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="591"/>
        <source>OST Shelf</source>
        <translation>OST 책장</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="159"/>
        <source>The library is empty.</source>
        <translation>라이브러리가 비어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="162"/>
        <source>%n drama(s) in the library</source>
        <translation>
            <numerusform>라이브러리에 드라마 %n편</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="210"/>
        <source>Added the song to favorites</source>
        <translation>곡을 즐겨찾기에 추가했습니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="210"/>
        <source>Removed the song from favorites</source>
        <translation>곡을 즐겨찾기에서 제거했습니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="232"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="234"/>
        <source>&amp;New playlist…</source>
        <translation>새 재생목록(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="236"/>
        <source>&amp;Import playlist…</source>
        <translation>재생목록 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="238"/>
        <source>&amp;Export playlist…</source>
        <translation>재생목록 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="242"/>
        <source>Open a playlist to export it.</source>
        <translation>내보낼 재생목록을 먼저 여세요.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>Playlist &amp;trash…</source>
        <translation>재생목록 휴지통(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="247"/>
        <source>&amp;Music folders and scan…</source>
        <translation>음악 폴더 및 스캔(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="249"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="252"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="253"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="255"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="260"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="261"/>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="264"/>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="266"/>
        <source>All &amp;dramas</source>
        <translation>모든 드라마(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="268"/>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="275"/>
        <source>Toggle &amp;favorite</source>
        <translation>즐겨찾기 추가/제거(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="287"/>
        <source>Larger posters</source>
        <translation>포스터 크게</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="289"/>
        <source>Smaller posters</source>
        <translation>포스터 작게</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="292"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="293"/>
        <source>&amp;About OST Shelf</source>
        <translation>OST 책장 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="295"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="296"/>
        <source>Korean title (가나다)</source>
        <translation>한글 제목 (가나다)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="297"/>
        <source>Year (newest first)</source>
        <translation>연도 (최신순)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="298"/>
        <source>Recently added</source>
        <translation>최근 추가</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="299"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="300"/>
        <source>Sort dramas by</source>
        <translation>드라마 정렬</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="302"/>
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="311"/>
        <source> Sort: </source>
        <translation> 정렬: </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="315"/>
        <source>Back (Alt+Left)</source>
        <translation>뒤로 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="316"/>
        <source>Forward (Alt+Right)</source>
        <translation>앞으로 (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="317"/>
        <source>All dramas (Alt+Home)</source>
        <translation>모든 드라마 (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="340"/>
        <source>All dramas</source>
        <translation>모든 드라마</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="341"/>
        <source>♥ Favorites</source>
        <translation>♥ 즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="344"/>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="515"/>
        <source>Link an audio file</source>
        <translation>오디오 파일 연결</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="516"/>
        <source>Audio (*.mp3 *.flac *.ogg *.opus *.m4a *.wav *.aac *.wma)</source>
        <translation>오디오 (*.mp3 *.flac *.ogg *.opus *.m4a *.wav *.aac *.wma)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="667"/>
        <source>Choose poster image…</source>
        <translation>포스터 이미지 선택…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="668"/>
        <source>Choose a poster</source>
        <translation>포스터 선택</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="669"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="674"/>
        <source>Use the generated poster</source>
        <translation>자동 생성 포스터 사용</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="89"/>
        <source>Loading your library…</source>
        <translation>라이브러리를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="348"/>
        <source>Playlists</source>
        <translation>재생목록</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="359"/>
        <source>＋ New playlist…</source>
        <translation>＋ 새 재생목록…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="360"/>
        <source>Create a playlist (Ctrl+N); drop songs here to start one with them</source>
        <translation>재생목록 만들기 (Ctrl+N). 곡을 여기에 끌어다 놓으면 그 곡으로 새 재생목록을 만듭니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="361"/>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="366"/>
        <source>Library sections</source>
        <translation>라이브러리 섹션</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="403"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="663"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="404"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="405"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="406"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="408"/>
        <source>Delete (move to trash)</source>
        <translation>삭제 (휴지통으로 이동)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="435"/>
        <source>Playlist not changed</source>
        <translation>재생목록이 변경되지 않음</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="439"/>
        <source>Exported %n song(s) to %1</source>
        <translation>
            <numerusform>%1(으)로 %n곡을 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="565"/>
        <source>Favorites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="574"/>
        <source>That playlist was deleted; it is in the trash.</source>
        <translation>이 재생목록은 삭제되어 휴지통에 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="664"/>
        <source>Add to favorites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="664"/>
        <source>Remove from favorites</source>
        <translation>즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="202"/>
        <source>Added to favorites</source>
        <translation>즐겨찾기에 추가했습니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="202"/>
        <source>Removed from favorites</source>
        <translation>즐겨찾기에서 제거했습니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="651"/>
        <source>No drama matches these filters. Remove a filter above to see more.</source>
        <translation>조건에 맞는 드라마가 없습니다. 위의 필터를 지워 보세요.</translation>
    </message>
</context>
<context>
    <name>ost::MusicFoldersDialog</name>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="21"/>
        <source>&amp;Scan now</source>
        <translation>지금 스캔(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="22"/>
        <source>&amp;Cancel scan</source>
        <translation>스캔 취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="27"/>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="29"/>
        <source>Music folders</source>
        <translation>음악 폴더</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="30"/>
        <source>&amp;Add folder…</source>
        <translation>폴더 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="31"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="35"/>
        <source>Matches to review</source>
        <translation>검토할 일치 항목</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="36"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="36"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="36"/>
        <source>Proposed song</source>
        <translation>제안된 곡</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="36"/>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="40"/>
        <source>&amp;Link selected</source>
        <translation>선택 항목 연결(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="41"/>
        <source>&amp;Not this song</source>
        <translation>이 곡이 아님(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="55"/>
        <source>Folders with your music. Scans read tags and link files to catalog songs; unchanged files are not read again.</source>
        <translation>음악이 들어 있는 폴더입니다. 스캔하면 태그를 읽어 파일을 카탈로그의 곡에 연결하며, 변경되지 않은 파일은 다시 읽지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="61"/>
        <source>Uncertain matches wait here for you:</source>
        <translation>확실하지 않은 일치 항목은 여기에서 검토를 기다립니다:</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="69"/>
        <source>Add a music folder</source>
        <translation>음악 폴더 추가</translation>
    </message>
    <message>
        <location filename="../ui/library/musicfoldersdialog.cpp" line="125"/>
        <source>%1 audio files, %2 new or changed — %3</source>
        <translation>오디오 파일 %1개, 새 파일 또는 변경된 파일 %2개 — %3</translation>
    </message>
</context>
<context>
    <name>ost::PlaybackController</name>
    <message numerus="yes">
        <location filename="../app/playback/playbackcontroller.cpp" line="61"/>
        <source>%n song(s) will play next</source>
        <translation>
            <numerusform>다음에 %n곡이 재생됩니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playback/playbackcontroller.cpp" line="72"/>
        <source>Added %n song(s) to the queue</source>
        <translation>
            <numerusform>대기열에 %n곡을 추가했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playback/playbackcontroller.cpp" line="135"/>
        <source>“%1” has no audio file linked yet; skipped.</source>
        <translation>“%1”에 아직 연결된 오디오 파일이 없어 건너뛰었습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playback/playbackcontroller.cpp" line="158"/>
        <source>Stopped: %n songs in a row could not play.</source>
        <translation>
            <numerusform>재생을 중지했습니다: 연속으로 %n곡을 재생할 수 없었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playback/playbackcontroller.cpp" line="213"/>
        <source>A preview start can be set on a song playing from your own file.</source>
        <translation>미리듣기 시작 위치는 내 파일로 재생 중인 곡에서만 설정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/playback/playbackcontroller.cpp" line="222"/>
        <source>Previews of this song now start at %1:%2</source>
        <translation>이제 이 곡의 미리듣기는 %1:%2부터 시작됩니다</translation>
    </message>
</context>
<context>
    <name>ost::PlaybackUi</name>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="31"/>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="91"/>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="99"/>
        <source>&amp;Play / pause</source>
        <translation>재생/일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="102"/>
        <source>&amp;Next song</source>
        <translation>다음 곡(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="103"/>
        <source>P&amp;revious song</source>
        <translation>이전 곡(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="106"/>
        <source>Seek &amp;forward 5 s</source>
        <translation>5초 앞으로(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="107"/>
        <source>Seek &amp;back 5 s</source>
        <translation>5초 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="108"/>
        <source>Preview from &amp;here</source>
        <translation>여기부터 미리듣기(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="121"/>
        <source>demo clip</source>
        <translation>데모 클립</translation>
    </message>
    <message>
        <location filename="../ui/player/playbackui.cpp" line="123"/>
        <source>no audio file linked</source>
        <translation>연결된 오디오 파일 없음</translation>
    </message>
</context>
<context>
    <name>ost::PlayerBar</name>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="116"/>
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
        <location filename="../ui/player/playerbar.cpp" line="169"/>
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
        <location filename="../ui/player/playerbar.cpp" line="64"/>
        <source>Preview from here</source>
        <translation>여기부터 미리듣기</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="65"/>
        <source>Preview from here: previews of this song start at the current position</source>
        <translation>여기부터 미리듣기: 이 곡의 미리듣기가 현재 위치에서 시작됩니다</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="66"/>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="68"/>
        <source>Show the queue</source>
        <translation>대기열 표시</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="69"/>
        <source>Show or hide the play queue</source>
        <translation>재생 대기열 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="77"/>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="169"/>
        <source>Remove the current song from favorites</source>
        <translation>현재 곡을 즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/player/playerbar.cpp" line="72"/>
        <location filename="../ui/player/playerbar.cpp" line="73"/>
        <source>Mute</source>
        <translation>음소거</translation>
    </message>
</context>
<context>
    <name>ost::PlaylistActions</name>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="29"/>
        <source>Playlist imported</source>
        <translation>재생목록 가져오기 완료</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="33"/>
        <source>Some entries need a look: see the details.</source>
        <translation>확인이 필요한 항목이 있습니다. 자세한 내용을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="47"/>
        <source>Playlist name:</source>
        <translation>재생목록 이름:</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="59"/>
        <source>New playlist</source>
        <translation>새 재생목록</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="72"/>
        <source>Rename playlist</source>
        <translation>재생목록 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="86"/>
        <source>Export playlist</source>
        <translation>재생목록 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="87"/>
        <source>M3U8 playlist (*.m3u8);;M3U playlist (*.m3u);;XSPF playlist (*.xspf)</source>
        <translation>M3U8 재생목록 (*.m3u8);;M3U 재생목록 (*.m3u);;XSPF 재생목록 (*.xspf)</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="99"/>
        <source>Import playlist</source>
        <translation>재생목록 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/playlists/playlistactions.cpp" line="100"/>
        <source>Playlists (*.m3u8 *.m3u *.xspf);;All files (*)</source>
        <translation>재생목록 (*.m3u8 *.m3u *.xspf);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ost::PlaylistEditor</name>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="144"/>
        <source>A playlist named &quot;%1&quot; already exists.</source>
        <translation>이름이 “%1”인 재생목록이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="206"/>
        <source>Create playlist “%1”</source>
        <translation>재생목록 “%1” 만들기</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="211"/>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="212"/>
        <source>Duplicate “%1”</source>
        <translation>“%1” 복제</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="239"/>
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
        <location filename="../app/playlists/playlisteditor.cpp" line="310"/>
        <source>Remove %n song(s) from “%1”</source>
        <translation>
            <numerusform>“%1”에서 %n곡 제거</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="340"/>
        <source>Reorder “%1”</source>
        <translation>“%1” 순서 변경</translation>
    </message>
    <message>
        <location filename="../app/playlists/playlisteditor.cpp" line="455"/>
        <source>Restored “%1”</source>
        <translation>“%1”을(를) 복원했습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/playlists/playlisteditor.cpp" line="470"/>
        <source>Emptied the trash: %n playlist(s) deleted for good</source>
        <translation>
            <numerusform>휴지통을 비웠습니다: 재생목록 %n개를 영구적으로 삭제했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PlaylistListModel</name>
    <message numerus="yes">
        <location filename="../app/models/playlistlistmodel.cpp" line="107"/>
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n곡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/playlistlistmodel.cpp" line="109"/>
        <source>%n without a local file</source>
        <translation>
            <numerusform>로컬 파일 없음 %n곡</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ost::PlaylistModel</name>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="191"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="194"/>
        <location filename="../app/models/playlistmodel.cpp" line="204"/>
        <source>no local file</source>
        <translation>로컬 파일 없음</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="194"/>
        <source>file missing</source>
        <translation>파일 없음</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="199"/>
        <source>The linked audio file is no longer on disk. The song stays in the playlist; link the file again to play it.</source>
        <translation>연결된 오디오 파일이 더 이상 디스크에 없습니다. 곡은 재생목록에 그대로 남아 있으며, 재생하려면 파일을 다시 연결하세요.</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="201"/>
        <source>No audio file is linked to this song, so it cannot play yet. It stays in the playlist.</source>
        <translation>이 곡에 연결된 오디오 파일이 없어 아직 재생할 수 없습니다. 재생목록에는 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="214"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="215"/>
        <source>Artists</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="216"/>
        <source>Drama</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../app/models/playlistmodel.cpp" line="217"/>
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
        <location filename="../ui/pages/playlistpage.cpp" line="63"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="63"/>
        <source>Make a copy of the playlist</source>
        <translation>재생목록 사본 만들기</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="64"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="64"/>
        <source>Save as M3U8, M3U or XSPF</source>
        <translation>M3U8, M3U 또는 XSPF로 저장</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="65"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="65"/>
        <source>Move the playlist to the trash</source>
        <translation>재생목록을 휴지통으로 이동</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="78"/>
        <source>Songs of the playlist</source>
        <translation>재생목록의 곡</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="136"/>
        <source>%1 playable</source>
        <translation>재생 가능 %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="208"/>
        <source>Play from here</source>
        <translation>여기부터 재생</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="209"/>
        <source>Remove from playlist</source>
        <translation>재생목록에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="211"/>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="212"/>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="215"/>
        <source>Rename playlist…</source>
        <translation>재생목록 이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../ui/pages/playlistpage.cpp" line="216"/>
        <source>Export playlist…</source>
        <translation>재생목록 내보내기…</translation>
    </message>
</context>
<context>
    <name>ost::PosterDelegate</name>
    <message>
        <location filename="../ui/postergrid/posterdelegate.cpp" line="127"/>
        <source>Remove from favorites</source>
        <translation>즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/postergrid/posterdelegate.cpp" line="128"/>
        <source>Add to favorites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
</context>
<context>
    <name>ost::PosterGridView</name>
    <message>
        <location filename="../ui/postergrid/postergridview.cpp" line="31"/>
        <source>Dramas</source>
        <translation>드라마</translation>
    </message>
    <message>
        <location filename="../ui/postergrid/postergridview.cpp" line="32"/>
        <source>Poster grid of dramas. Enter opens a drama, Ctrl+D toggles favorite.</source>
        <translation>드라마 포스터 격자입니다. Enter 키로 드라마를 열고, Ctrl+D로 즐겨찾기를 추가하거나 제거합니다.</translation>
    </message>
</context>
<context>
    <name>ost::PreviewPlayer</name>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="29"/>
        <source>Cannot play %1: %2</source>
        <translation>%1을(를) 재생할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="34"/>
        <source>%1 is not an audio file OST Shelf can play.</source>
        <translation>%1은(는) OST 책장에서 재생할 수 있는 오디오 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="61"/>
        <source>%1 is missing.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="63"/>
        <source>%1 is not a regular file.</source>
        <translation>%1은(는) 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="65"/>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/playback/previewplayer.cpp" line="67"/>
        <source>%1 cannot be read.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ost::QueueModel</name>
    <message>
        <location filename="../app/models/queuemodel.cpp" line="115"/>
        <source>now playing</source>
        <translation>재생 중</translation>
    </message>
</context>
<context>
    <name>ost::QueueView</name>
    <message>
        <location filename="../ui/player/queueview.cpp" line="14"/>
        <source>Play queue</source>
        <translation>재생 대기열</translation>
    </message>
    <message>
        <location filename="../ui/player/queueview.cpp" line="56"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../ui/player/queueview.cpp" line="57"/>
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
        <location filename="../ui/pages/tracklistview.cpp" line="147"/>
        <source>Play from here</source>
        <translation>여기부터 재생</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="148"/>
        <source>Play next</source>
        <translation>다음에 재생</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="149"/>
        <source>Add to queue</source>
        <translation>대기열에 추가</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="150"/>
        <source>Remove from favorites</source>
        <translation>즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="150"/>
        <source>Add to favorites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="154"/>
        <source>Link audio file…</source>
        <translation>오디오 파일 연결…</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="155"/>
        <source>Unlink file</source>
        <translation>파일 연결 해제</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="158"/>
        <source>Go to drama “%1”</source>
        <translation>“%1” 드라마로 이동</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="160"/>
        <source>Go to artist “%1”</source>
        <translation>“%1” 아티스트로 이동</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracklistview.cpp" line="162"/>
        <source>Copy title</source>
        <translation>제목 복사</translation>
    </message>
</context>
<context>
    <name>ost::TrackModel</name>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="75"/>
        <source>Part %1</source>
        <translation>파트 %1</translation>
    </message>
    <message>
        <location filename="../app/models/trackmodel.cpp" line="75"/>
        <source>Part unknown</source>
        <translation>파트 미상</translation>
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
        <location filename="../ui/playlists/trashdialog.cpp" line="24"/>
        <source>Deleted playlists stay here, also after a restart, until you empty the trash.</source>
        <translation>삭제된 재생목록은 휴지통을 비울 때까지 여기에 보관되며, 프로그램을 다시 시작해도 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/playlists/trashdialog.cpp" line="41"/>
        <source>Empty the trash?</source>
        <translation>휴지통을 비우시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/playlists/trashdialog.cpp" line="42"/>
        <source>%n playlist(s) will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>재생목록 %n개가 영구적으로 삭제됩니다. 이 작업은 실행 취소할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/playlists/trashdialog.cpp" line="58"/>
        <source>%1 — %n song(s), deleted %2</source>
        <translation>
            <numerusform>%1 — %n곡, %2에 삭제됨</numerusform>
        </translation>
    </message>
</context>
</TS>
