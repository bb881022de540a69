<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ost::MainWindow</name>
    <message>
        <source>OST Shelf</source>
        <translation>OST 책장</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>All &amp;dramas</source>
        <translation>모든 드라마(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Larger posters</source>
        <translation>포스터 크게</translation>
    </message>
    <message>
        <source>Smaller posters</source>
        <translation>포스터 작게</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OST Shelf</source>
        <translation>OST 책장 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Korean title (가나다)</source>
        <translation>한글 제목 (가나다)</translation>
    </message>
    <message>
        <source>Year (newest first)</source>
        <translation>연도 (최신순)</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>최근 추가</translation>
    </message>
    <message>
        <source>Sort dramas by</source>
        <translation>드라마 정렬</translation>
    </message>
    <message>
        <source> Sort: </source>
        <translation> 정렬: </translation>
    </message>
    <message>
        <source>All dramas</source>
        <translation>모든 드라마</translation>
    </message>
    <message>
        <source>♥ Favorites</source>
        <translation>♥ 즐겨찾기</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <source>Loading your library…</source>
        <translation>라이브러리를 불러오는 중…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Add to favorites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <source>Remove from favorites</source>
        <translation>즐겨찾기에서 제거</translation>
    </message>
    <message>
        <source>Added to favorites</source>
        <translation>즐겨찾기에 추가했습니다</translation>
    </message>
    <message>
        <source>Removed from favorites</source>
        <translation>즐겨찾기에서 제거했습니다</translation>
    </message>
    <message>
        <source>No drama matches these filters. Remove a filter above to see more.</source>
        <translation>조건에 맞는 드라마가 없습니다. 위의 필터를 지워 보세요.</translation>
    </message>
</context>
<context>
    <name>ost::SearchBox</name>
    <message>
        <source>Search dramas, songs, artists — 도깨비, dokkaebi, ㄷㄲㅂ</source>
        <translation>드라마, 노래, 아티스트 검색 — 도깨비, dokkaebi, ㄷㄲㅂ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
</context>
<context>
    <name>ost::SearchResultsModel</name>
    <message>
        <source>Dramas</source>
        <translation>드라마</translation>
    </message>
    <message>
        <source>Songs</source>
        <translation>노래</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
</context>
<context>
    <name>ost::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Favorites only</source>
        <translation>즐겨찾기만</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Broadcaster</source>
        <translation>방송사</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>필터 모두 지우기</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>직접 지정…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>부터</translation>
    </message>
    <message>
        <source>To</source>
        <translation>까지</translation>
    </message>
</context>
<context>
    <name>ost::PlayerBar</name>
    <message>
        <source>Nothing playing</source>
        <translation>재생 중인 곡 없음</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>음소거</translation>
    </message>
</context>
<context>
    <name>ost::DramaPage</name>
    <message>
        <source>&lt;b&gt;Soundtrack&lt;/b&gt;</source>
        <translation>&lt;b&gt;OST&lt;/b&gt;</translation>
    </message>
    <message>
        <source>♥ Favorite</source>
        <translation>♥ 즐겨찾기</translation>
    </message>
    <message>
        <source>♡ Add to favorites</source>
        <translation>♡ 즐겨찾기에 추가</translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation>연도 미상</translation>
    </message>
</context>
<context>
    <name>ost::TrackModel</name>
    <message>
        <source>OST</source>
        <translation>OST</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <source>Drama</source>
        <translation>드라마</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>not from a drama</source>
        <translation>드라마 OST 아님</translation>
    </message>
</context>
<context>
    <name>ost::AboutDialog</name>
    <message>
        <source>About OST Shelf</source>
        <translation>OST 책장 정보</translation>
    </message>
</context>
</TS>
