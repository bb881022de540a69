// Saving the search index beside the library and loading it back (SearchIndex::save/load).
#include "binaryio.h"
#include "searchindex.h"

#include <QObject>

#include <algorithm>
#include <cstring>

namespace ost {

namespace {

constexpr char kMagic[8] = { 'O', 'S', 'T', 'S', 'I', 'D', 'X', '\0' };

} // namespace

bool SearchIndex::Text::save(QIODevice &out) const
{
    return binaryio::write(out, bytes) && binaryio::write(out, spanWeight)
        && binaryio::write(out, docFirstSpan) && binaryio::write(out, docStart) && grams.save(out);
}

bool SearchIndex::Text::load(QIODevice &in, const std::vector<quint8> &types)
{
    const auto documents = quint32(types.size());
    if (!binaryio::read(in, bytes) || !binaryio::read(in, spanWeight) || !binaryio::read(in, docFirstSpan)
        || !binaryio::read(in, docStart) || !grams.load(in, types))
        return false;
    // Each document's fields in order inside the text, each ended by its separator: what
    // matching assumes.
    if (docFirstSpan.size() != size_t(documents) + 1 || docStart.size() != size_t(documents) + 1
        || docFirstSpan.front() != 0 || docStart.front() != 0 || docFirstSpan.back() != spanWeight.size()
        || docStart.back() != quint32(bytes.size()))
        return false;
    for (quint32 doc = 0; doc < documents; ++doc) {
        if (docFirstSpan[doc + 1] < docFirstSpan[doc] || docStart[doc + 1] < docStart[doc]
            || docStart[doc + 1] > docStart.back() || docFirstSpan[doc + 1] > docFirstSpan.back())
            return false;
        const std::string_view fields = documentBytes(doc);
        const auto separators = size_t(std::count(fields.begin(), fields.end(), '\1'));
        if (separators != docFirstSpan[doc + 1] - docFirstSpan[doc]
            || (!fields.empty() && fields.back() != '\1') || fields.find("\1\1") != std::string_view::npos
            || (!fields.empty() && fields.front() == '\1'))
            return false;
    }
    indexWholeFields();
    return true;
}

Result<void> SearchIndex::save(QIODevice &out, const QByteArray &key) const
{
    const quint32 version = kFileVersion;
    const bool ok = out.write(kMagic, sizeof kMagic) == sizeof kMagic
        && out.write(reinterpret_cast<const char *>(&version), sizeof version) == sizeof version
        && binaryio::write(out, key) && binaryio::write(out, m_docs) && binaryio::write(out, m_strings)
        && binaryio::write(out, m_pieces) && binaryio::write(out, m_pieceStart) && m_text.save(out)
        && m_initials.save(out) && binaryio::write(out, m_linkFirst) && binaryio::write(out, m_linkTarget)
        && binaryio::write(out, m_linkWeight) && binaryio::write(out, m_tieOrder);
    if (!ok)
        return fail(Error::Kind::Io, QObject::tr("Cannot save the search index: %1").arg(out.errorString()));
    return {};
}

Result<SearchIndex> SearchIndex::load(QIODevice &in, const QByteArray &key)
{
    char magic[sizeof kMagic] = {};
    quint32 version = 0;
    QByteArray savedKey;
    if (in.read(magic, sizeof magic) != sizeof magic || std::memcmp(magic, kMagic, sizeof magic) != 0
        || in.read(reinterpret_cast<char *>(&version), sizeof version) != sizeof version
        || version != kFileVersion)
        return fail(Error::Kind::UnsupportedVersion, QObject::tr("not a search index of this version"));
    if (!binaryio::read(in, savedKey) || savedKey != key)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("the search index describes another state of the library"));
    SearchIndex index;
    auto damaged
        = [] { return fail(Error::Kind::InvalidInput, QObject::tr("the saved search index is damaged")); };
    if (!binaryio::read(in, index.m_docs) || !binaryio::read(in, index.m_strings)
        || !binaryio::read(in, index.m_pieces) || !binaryio::read(in, index.m_pieceStart))
        return damaged();
    if (!index.m_pieceStart.empty()
        && (index.m_pieceStart.front() != 0 || index.m_pieceStart.back() != quint32(index.m_pieces.size())))
        return damaged();
    for (size_t i = 0; i + 1 < index.m_pieceStart.size(); ++i)
        if (index.m_pieceStart[i + 1] < index.m_pieceStart[i])
            return damaged();
    const auto documents = quint32(index.m_docs.size());
    index.m_types.resize(documents);
    for (quint32 i = 0; i < documents; ++i) {
        if (index.m_docs[i].type > 3)
            return damaged();
        index.m_types[i] = index.m_docs[i].type;
    }
    if (!index.m_text.load(in, index.m_types) || !index.m_initials.load(in, index.m_types)
        || !binaryio::read(in, index.m_linkFirst) || !binaryio::read(in, index.m_linkTarget)
        || !binaryio::read(in, index.m_linkWeight) || !binaryio::read(in, index.m_tieOrder))
        return damaged();
    if (index.m_linkFirst.size() != size_t(documents) + 1
        || index.m_linkTarget.size() != index.m_linkWeight.size()
        || index.m_linkFirst.back() != index.m_linkTarget.size() || index.m_tieOrder.size() != documents)
        return damaged();
    for (size_t i = 0; i + 1 < index.m_linkFirst.size(); ++i)
        if (index.m_linkFirst[i + 1] < index.m_linkFirst[i])
            return damaged();
    for (const quint32 target : index.m_linkTarget)
        if (target >= documents)
            return damaged();
    for (const quint32 order : index.m_tieOrder)
        if (order >= documents)
            return damaged();
    const auto strings = quint64(index.m_strings.size());
    for (const Doc &d : index.m_docs)
        if (quint64(d.offset) + d.idBytes + d.titleBytes + d.subtitleBytes > strings || d.type > 3)
            return damaged();
    if (!index.subtitlesValid())
        return damaged();
    index.indexSources();
    return index;
}

} // namespace ost
