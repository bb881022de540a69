// Answering a query best first (SearchIndex::matchBestFirst): posting lists kept by score are
// read level by level and the reading stops once every type has the hits nothing unread can
// beat. One word is scored from its lists; several words are scored document by document as
// the rarest word's lists bring them up.
#include "searchindex.h"
#include "textnormalizer.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

namespace ost {

bool SearchIndex::matchBestFirst(const std::vector<Needle> &needles, int limitPerType, Scores &best,
                                 const Words *words) const
{
    // Per type: how many hits hold each score.
    std::array<std::array<quint32, 256>, kTypes> histogram {};
    const auto raise = [&](quint32 doc, int score) {
        const int old = best.best[doc];
        if (score <= old)
            return;
        best.raise(doc, score);
        const quint8 type = m_types[doc];
        if (old > 0)
            --histogram[type][size_t(std::min(old, 255))];
        ++histogram[type][size_t(std::min(score, 255))];
    };
    // A direct hit, passed on at once to what links to it (as propagate() does afterwards).
    const auto hit = [&](quint32 doc, int score) {
        if (score <= 0)
            return;
        raise(doc, score);
        for (quint32 i = m_linkFirst[doc]; i < m_linkFirst[doc + 1]; ++i)
            raise(m_linkTarget[i], score - (100 - m_linkWeight[i]));
    };
    // Several words: what the needle's lists bring up is a candidate, and so is everything it
    // passes its hit on to; each candidate is scored once for every word (wordsScore).
    std::array<bool, kTypes> done {}; // a type that has its hits: nothing unread can still place
    thread_local std::vector<quint8> seen;
    std::vector<quint32> seenList;
    const auto consider = [&](quint32 doc) {
        if (seen[doc] || done[m_types[doc]] || seenList.size() > words->budget)
            return; // (past the budget the search is given up: see below)
        seen[doc] = 1;
        seenList.push_back(doc);
        hit(doc, wordsScore(*words, doc));
    };
    const auto visit = [&](quint32 doc, int score) {
        if (!words) {
            hit(doc, score);
            return;
        }
        if (score <= 0)
            return;
        consider(doc);
        for (quint32 i = m_linkFirst[doc]; i < m_linkFirst[doc + 1]; ++i)
            consider(m_linkTarget[i]);
    };
    if (words) {
        if (seen.size() < m_docs.size())
            seen.resize(m_docs.size(), 0);
        for (const quint32 doc : words->whole.touched)
            hit(doc, words->whole.best[doc]);
    }
    // A multi-word hit scores 20 below the least of its words' scores, the least of which is at
    // most the needle's.
    constexpr int below = 20;

    // Documents that hold a long needle's rarest trigram are marked with its bit, so that only
    // they are searched for it while its first trigram's list is read.
    thread_local std::vector<quint8> marks;
    std::vector<std::pair<GramPostings::List, quint8>> marked;
    struct Verify
    {
        const Text *text = nullptr;
        QByteArray utf8;
        qsizetype length = 0;
        quint8 bit = 0;
    };
    std::vector<Verify> verifies;
    const auto verifyScore = [&](const Verify &v, quint32 doc) {
        if (v.bit && !(doc < marks.size() && (marks[doc] & v.bit)))
            return 0;
        return scoreDocument(*v.text, doc, std::string_view(v.utf8.constData(), size_t(v.utf8.size())),
                             v.length);
    };

    // One cursor per needle and type: a type that already has its hits stops being read
    // (unless its hits pass on to a type that has not).
    struct Cursor
    {
        const quint8 *p;
        quint32 left;
        int bonus;
        int extra; // what the needle may score above its list's level (length - 3)
        int type;
        int verify; // into verifies, or -1: the list's score is the needle's
    };
    if (std::any_of(needles.begin(), needles.end(), [](const Needle &n) { return n.bonus > 0; }))
        return false; // levels below start at 255
    std::vector<Cursor> cursors;
    for (const Needle &n : needles) {
        const qsizetype length = n.folded.size();
        if (length <= GramPostings::kMaxScoredGram) {
            const auto list = n.text->grams.find(n.folded);
            if (!list.ordered) { // short: read whole, first
                GramPostings::forEach(list, [&](quint32 doc, int score) { visit(doc, score + n.bonus); });
                continue;
            }
            const auto sections = GramPostings::sections(list);
            for (int t = 0; t < kTypes; ++t)
                if (sections[size_t(t)].count > 0)
                    cursors.push_back(
                        Cursor { sections[size_t(t)].data, sections[size_t(t)].count, n.bonus, 0, t, -1 });
            continue;
        }
        const std::vector<GramPostings::List> lists = trigramLists(*n.text, n.folded);
        if (lists.empty())
            continue; // a trigram found nowhere: no document holds the needle
        Verify v;
        v.text = n.text;
        v.utf8 = n.folded.toUtf8();
        v.length = length;
        const auto first = n.text->grams.find(QStringView(n.folded).first(GramPostings::kMaxGram));
        if (lists.front().count < m_verifyAllBelow || !first.ordered) {
            // Few candidates: every one is searched now.
            for (const quint32 doc : candidates(lists, m_docs.size()))
                visit(doc, verifyScore(v, doc) + n.bonus);
            continue;
        }
        if (lists.front().data != first.data && marked.size() < 8) {
            v.bit = quint8(1u << marked.size());
            marked.emplace_back(lists.front(), v.bit);
            if (marks.size() < m_docs.size())
                marks.resize(m_docs.size(), 0);
            GramPostings::forEach(lists.front(), [&](quint32 doc, int) { marks[doc] |= v.bit; });
        }
        // Where the needle is a whole field it earns 60 more than the prefix its first trigram's
        // score accounts for: those documents are scored now. Anywhere else it scores at
        // most that trigram's score plus length - 3 (one more per character, at the same
        // place, in the same field), which is what the cursors read by.
        const quint64 hash
            = quint64(Text::fieldHash(std::string_view(v.utf8.constData(), size_t(v.utf8.size()))));
        for (auto it = std::lower_bound(n.text->wholeFields.begin(), n.text->wholeFields.end(), hash << 32);
             it != n.text->wholeFields.end() && *it >> 32 == hash; ++it)
            visit(quint32(*it), verifyScore(v, quint32(*it)) + n.bonus);
        verifies.push_back(std::move(v));
        const auto sections = GramPostings::sections(first);
        for (int t = 0; t < kTypes; ++t)
            if (sections[size_t(t)].count > 0)
                cursors.push_back(Cursor { sections[size_t(t)].data, sections[size_t(t)].count, n.bonus,
                                           int(length) - GramPostings::kMaxGram, t,
                                           int(verifies.size()) - 1 });
    }

    const auto limit = quint32(limitPerType);
    const auto isSource = [](int t) { return t == int(EntityType::Artist) || t == int(EntityType::Drama); };
    const auto key = [](const Cursor &c) { return int(*c.p) + c.bonus + c.extra; };
    bool receiversDone = false;
    const auto readable = [&](const Cursor &c) {
        return c.left > 0 && (!done[size_t(c.type)] || (isSource(c.type) && !receiversDone));
    };
    while (!words || seenList.size() <= words->budget) {
        int top = std::numeric_limits<int>::min();
        for (const Cursor &c : cursors)
            if (readable(c))
                top = std::max(top, key(c));
        if (top < 1)
            break; // what is left scores nothing
        for (Cursor &c : cursors) {
            if (!readable(c) || key(c) != top)
                continue;
            const int listScore = *c.p++;
            const quint32 n = GramPostings::readVarint(c.p);
            quint32 doc = 0;
            for (quint32 j = 0; j < n; ++j) {
                doc += GramPostings::readVarint(c.p);
                visit(doc,
                      c.verify < 0 ? listScore + c.bonus
                                   : verifyScore(verifies[size_t(c.verify)], doc) + c.bonus);
            }
            c.left -= n;
        }
        // Each type is done once it has its hits above whatever its unread documents (and,
        // through links, the unread artists and dramas) could still score.
        std::array<int, kTypes> unread;
        unread.fill(0);
        for (const Cursor &c : cursors)
            if (c.left > 0)
                unread[size_t(c.type)] = std::max(unread[size_t(c.type)], key(c));
        const int sources = std::max(unread[size_t(EntityType::Artist)], unread[size_t(EntityType::Drama)]);
        bool all = true;
        receiversDone = true;
        for (int t = 0; t < kTypes; ++t) {
            const bool receives = m_receivingTypes & (1u << t);
            int above = receives ? std::max(unread[size_t(t)], sources) : unread[size_t(t)];
            if (words)
                above = std::min(above, words->cap[size_t(t)]) - below;
            above = std::clamp(above, 0, 255);
            quint32 count = 0;
            for (int s = 255; s > above && count < limit; --s)
                count += histogram[size_t(t)][size_t(s)];
            done[size_t(t)] = count >= limit || above == 0;
            all = all && done[size_t(t)];
            if (receives && !done[size_t(t)])
                receiversDone = false;
        }
        if (all)
            break;
    }
    for (const auto &[list, bit] : marked)
        GramPostings::forEach(list, [&](quint32 doc, int) { marks[doc] &= quint8(~bit); });
    for (const quint32 doc : seenList)
        seen[doc] = 0;
    if (words && seenList.size() > words->budget) {
        best.clear();
        return false;
    }
    return true;
}

const SearchIndex::Text &SearchIndex::textOf(const QString &word) const
{
    return TextNormalizer::isInitialsQuery(word) ? m_initials : m_text;
}

int SearchIndex::wordScore(const Word &word, quint32 doc) const
{
    const std::string_view wanted(word.utf8.constData(), size_t(word.utf8.size()));
    int score = scoreDocument(*word.text, doc, wanted, word.length);
    for (quint32 r = m_reverseFirst[doc]; r < m_reverseFirst[doc + 1]; ++r) {
        const quint32 link = m_reverseLink[r];
        const auto source = quint32(std::upper_bound(m_linkFirst.begin(), m_linkFirst.end(), link)
                                    - m_linkFirst.begin() - 1);
        score = std::max(score,
                         scoreDocument(*word.text, source, wanted, word.length) - (100 - m_linkWeight[link]));
    }
    return score;
}

std::array<int, SearchIndex::kTypes> SearchIndex::mostScored(const Text &text, const QString &word) const
{
    // A word of up to three characters is a scored gram: its list's best level per type. A
    // longer one scores at most its first trigram's score plus one per character more, and 30
    // more where it is a whole field (the trigram earns 30 as a prefix, the word 60).
    const qsizetype n = word.size();
    const auto list
        = text.grams.find(QStringView(word).first(std::min<qsizetype>(n, GramPostings::kMaxGram)));
    const int extra = n > GramPostings::kMaxGram ? int(n) - GramPostings::kMaxGram + 30 : 0;
    std::array<int, kTypes> top {};
    if (list.ordered) {
        const auto sections = GramPostings::sections(list);
        for (int t = 0; t < kTypes; ++t)
            if (sections[size_t(t)].count > 0)
                top[size_t(t)] = int(*sections[size_t(t)].data) + extra;
        return top;
    }
    GramPostings::forEach(list, [&](quint32 doc, int score) {
        int &most = top[m_types[doc] % kTypes];
        most = std::max(most, score + extra);
    });
    return top;
}

int SearchIndex::wordsScore(const Words &words, quint32 doc) const
{
    int least = std::numeric_limits<int>::max();
    for (const Word &word : words.words) {
        least = std::min(least, wordScore(word, doc));
        if (least <= 0)
            return 0;
    }
    return least - 20;
}

bool SearchIndex::matchWordsBestFirst(const QString &needle, const QStringList &words, int limitPerType,
                                      Scores &best) const
{
    // The rarest word is read best first; if it lists few documents, matching every word in
    // full (search()) costs less than scoring candidates one by one.
    qsizetype rarest = 0;
    quint32 fewest = std::numeric_limits<quint32>::max();
    for (qsizetype w = 0; w < words.size(); ++w) {
        const quint32 count = estimate(textOf(words[w]), words[w]);
        if (count < fewest) {
            fewest = count;
            rarest = w;
        }
    }
    if (fewest < m_verifyAllBelow || fewest == 0)
        return false;
    // The words written together ("guardianlonely") score as one word would, in full.
    Scores whole(m_docs.size());
    if (TextNormalizer::isInitialsQuery(needle)) {
        match(m_initials, needle, 0, Method::Index, whole);
    } else {
        match(m_text, needle, 0, Method::Index, whole);
        if (TextNormalizer::containsHangul(needle)) {
            const QString roman = TextNormalizer::romanize(needle);
            if (roman != needle && roman.size() >= 2)
                match(m_text, roman, -30, Method::Index, whole);
        }
    }
    // Past this many documents scored one by one, matching every word in full costs less.
    Words all { {}, whole, {}, std::max<size_t>(64, fewest / (2 * kScoreEachBelow)) };
    for (const QString &word : words)
        all.words.push_back(Word { &textOf(word), word.toUtf8(), word.size() });
    // What the other words can score in each type caps what any document can score: the least
    // of the most each of them scores there (or, where hits pass on, in an artist or drama).
    all.cap.fill(std::numeric_limits<int>::max());
    for (qsizetype w = 0; w < words.size(); ++w) {
        if (w == rarest)
            continue;
        const std::array<int, kTypes> top = mostScored(textOf(words[w]), words[w]);
        const int sources = std::max(top[size_t(EntityType::Artist)], top[size_t(EntityType::Drama)]);
        for (int t = 0; t < kTypes; ++t) {
            const bool receives = m_receivingTypes & (1u << t);
            all.cap[size_t(t)]
                = std::min(all.cap[size_t(t)], receives ? std::max(top[size_t(t)], sources) : top[size_t(t)]);
        }
    }
    return matchBestFirst({ Needle { &textOf(words[rarest]), words[rarest], 0 } }, limitPerType, best, &all);
}

} // namespace ost
