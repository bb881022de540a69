// Saving the search index beside the library and loading it back (SearchIndex::save/load).
#include "binaryio.h"
#include "searchindex.h"

#include <QObject>

#include <cstring>

namespace ost {

namespace {

constexpr char kMagic[8] = { 'O', 'S', 'T', 'S', 'I', 'D', 'X', '\0' };

} // namespace

bool SearchIndex::Text::save(QIODevice &out) const
{
    return binaryio::write(out, bytes) && binaryio::write(out, spanStart) && binaryio::write(out, spanWeight)
        && binaryio::write(out, docFirstSpan) && grams.save(out);
}

bool SearchIndex::Text::load(QIODevice &in, quint32 documents)
{
    if (!binaryio::read(in, bytes) || !binaryio::read(in, spanStart) || !binaryio::read(in, spanWeight)
        || !binaryio::read(in, docFirstSpan) || !grams.load(in, documents))
        return false;
    // Spans in order inside the text, each document's spans in order: what matching assumes.
    if (spanStart.size() != spanWeight.size() + 1 || docFirstSpan.size() != size_t(documents) + 1
        || spanStart.back() != quint32(bytes.size()) || docFirstSpan.back() != spanWeight.size())
        return false;
    for (size_t i = 0; i + 1 < spanStart.size(); ++i)
        if (spanStart[i + 1] <= spanStart[i]) // every field is followed by its separator
            return false;
    for (size_t i = 0; i + 1 < docFirstSpan.size(); ++i)
        if (docFirstSpan[i + 1] < docFirstSpan[i])
            return false;
    return true;
}

Result<void> SearchIndex::save(QIODevice &out, const QByteArray &key) const
{
    const quint32 version = kFileVersion;
    const bool ok = out.write(kMagic, sizeof kMagic) == sizeof kMagic
        && out.write(reinterpret_cast<const char *>(&version), sizeof version) == sizeof version
        && binaryio::write(out, key) && binaryio::write(out, m_docs) && binaryio::write(out, m_strings)
        && m_text.save(out) && m_initials.save(out) && binaryio::write(out, m_linkFirst)
        && binaryio::write(out, m_linkTarget) && binaryio::write(out, m_linkWeight)
        && binaryio::write(out, m_tieOrder);
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
        return fail(QObject::tr("the search index describes another state of the library"));
    SearchIndex index;
    auto damaged
        = [] { return fail(Error::Kind::InvalidInput, QObject::tr("the saved search index is damaged")); };
    if (!binaryio::read(in, index.m_docs) || !binaryio::read(in, index.m_strings))
        return damaged();
    const auto documents = quint32(index.m_docs.size());
    if (!index.m_text.load(in, documents) || !index.m_initials.load(in, documents)
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
        if (quint64(d.offset) + d.idBytes + d.titleBytes + d.subtitleBytes > strings || int(d.type) < 0
            || int(d.type) > 3)
            return damaged();
    return index;
}

} // namespace ost
