-- Schema 6: a token that changes with every change to what search reads, so a search index
-- saved in the cache folder is reused only while it still describes it. A random token, not a
-- counter: a restored backup must not match an index built from a later state with the same count.
INSERT OR REPLACE INTO meta(key, value) VALUES ('search_revision', lower(hex(randomblob(8))));

CREATE TRIGGER search_revision_dramas_insert AFTER INSERT ON dramas BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_dramas_update AFTER UPDATE ON dramas BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_dramas_delete AFTER DELETE ON dramas BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_drama_aliases_insert AFTER INSERT ON drama_aliases BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_drama_aliases_update AFTER UPDATE ON drama_aliases BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_drama_aliases_delete AFTER DELETE ON drama_aliases BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_artists_insert AFTER INSERT ON artists BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_artists_update AFTER UPDATE ON artists BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_artists_delete AFTER DELETE ON artists BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_artist_aliases_insert AFTER INSERT ON artist_aliases BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_artist_aliases_update AFTER UPDATE ON artist_aliases BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_artist_aliases_delete AFTER DELETE ON artist_aliases BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_group_members_insert AFTER INSERT ON group_members BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_group_members_update AFTER UPDATE ON group_members BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_group_members_delete AFTER DELETE ON group_members BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_songs_insert AFTER INSERT ON songs BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_songs_update AFTER UPDATE ON songs BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_songs_delete AFTER DELETE ON songs BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_song_aliases_insert AFTER INSERT ON song_aliases BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_song_aliases_update AFTER UPDATE ON song_aliases BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_song_aliases_delete AFTER DELETE ON song_aliases BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_song_artists_insert AFTER INSERT ON song_artists BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_song_artists_update AFTER UPDATE ON song_artists BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_song_artists_delete AFTER DELETE ON song_artists BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_drama_songs_insert AFTER INSERT ON drama_songs BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_drama_songs_update AFTER UPDATE ON drama_songs BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_drama_songs_delete AFTER DELETE ON drama_songs BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_collections_insert AFTER INSERT ON collections BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_collections_update AFTER UPDATE ON collections BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_collections_delete AFTER DELETE ON collections BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_collection_items_insert AFTER INSERT ON collection_items BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_collection_items_update AFTER UPDATE ON collection_items BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
CREATE TRIGGER search_revision_collection_items_delete AFTER DELETE ON collection_items BEGIN UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'search_revision'; END;
