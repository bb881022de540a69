#pragma once

#include <QByteArray>
#include <QIODevice>

#include <type_traits>
#include <vector>

namespace ost::binaryio {

// Flat arrays to and from a file of our own (the saved search index): a 64-bit count, then
// the elements' bytes. Reading checks the count against what the file still holds.
template<typename T> bool write(QIODevice &out, const std::vector<T> &v)
{
    static_assert(std::is_trivially_copyable_v<T>);
    const quint64 n = v.size();
    return out.write(reinterpret_cast<const char *>(&n), sizeof n) == sizeof n
        && (n == 0
            || out.write(reinterpret_cast<const char *>(v.data()), qint64(n * sizeof(T)))
                == qint64(n * sizeof(T)));
}

inline bool write(QIODevice &out, const QByteArray &bytes)
{
    const quint64 n = quint64(bytes.size());
    return out.write(reinterpret_cast<const char *>(&n), sizeof n) == sizeof n
        && out.write(bytes) == bytes.size();
}

inline bool readCount(QIODevice &in, quint64 elementSize, quint64 &n)
{
    if (in.read(reinterpret_cast<char *>(&n), sizeof n) != sizeof n)
        return false;
    const qint64 left = in.size() - in.pos();
    return left >= 0 && n <= quint64(left) / elementSize;
}

template<typename T> bool read(QIODevice &in, std::vector<T> &v)
{
    static_assert(std::is_trivially_copyable_v<T>);
    quint64 n = 0;
    if (!readCount(in, sizeof(T), n))
        return false;
    v.resize(n);
    return n == 0
        || in.read(reinterpret_cast<char *>(v.data()), qint64(n * sizeof(T))) == qint64(n * sizeof(T));
}

inline bool read(QIODevice &in, QByteArray &bytes)
{
    quint64 n = 0;
    if (!readCount(in, 1, n))
        return false;
    // Reserved at the exact size and read in place: QIODevice::read(qint64) and
    // QByteArray::resize() round the buffer up (16 MiB for the 9.6 MiB of titles at 100,000 songs).
    bytes = QByteArray();
    bytes.reserve(qsizetype(n));
    bytes.resize(qsizetype(n));
    return n == 0 || in.read(bytes.data(), qint64(n)) == qint64(n);
}

} // namespace ost::binaryio
