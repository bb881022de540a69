#pragma once

// Archives built byte by byte, so tests can make what no well-behaved writer makes: names
// with "..", links, devices, sizes that lie, bad CRCs, bombs.
#include <QByteArray>
#include <QList>
#include <QtEndian>

#include <zlib.h>

namespace ost::test {

class RawZip
{
public:
    struct Entry
    {
        QByteArray name;
        QByteArray data; // as stored (already deflated when deflated is set)
        quint32 crc = 0;
        quint32 size = 0; // uncompressed size claimed
        bool deflated = false;
        quint32 mode = 0100644;
    };

    static quint32 crc(const QByteArray &d)
    {
        return quint32(crc32(0, reinterpret_cast<const Bytef *>(d.constData()), uInt(d.size())));
    }

    // Raw deflate (no zlib header), as zip stores it.
    static QByteArray deflate(const QByteArray &d)
    {
        z_stream s {};
        deflateInit2(&s, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
        QByteArray out(int(deflateBound(&s, uLong(d.size()))), Qt::Uninitialized);
        s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(d.constData()));
        s.avail_in = uInt(d.size());
        s.next_out = reinterpret_cast<Bytef *>(out.data());
        s.avail_out = uInt(out.size());
        ::deflate(&s, Z_FINISH);
        out.resize(qsizetype(s.total_out));
        deflateEnd(&s);
        return out;
    }

    RawZip &add(const QByteArray &name, const QByteArray &data, bool deflateIt = false)
    {
        Entry e {
            name, deflateIt ? deflate(data) : data, crc(data), quint32(data.size()), deflateIt, 0100644
        };
        entries << e;
        return *this;
    }
    RawZip &add(const Entry &e)
    {
        entries << e;
        return *this;
    }

    QByteArray bytes() const
    {
        QByteArray out, central;
        for (const auto &e : entries) {
            const quint32 offset = quint32(out.size());
            const quint16 flags
                = std::any_of(e.name.cbegin(), e.name.cend(), [](char c) { return uchar(c) >= 0x80; }) ? 0x800
                                                                                                       : 0;
            QByteArray h;
            le32(h, 0x04034b50);
            le16(h, 20);
            le16(h, flags);
            le16(h, e.deflated ? 8 : 0);
            le16(h, 0);
            le16(h, 0x21);
            le32(h, e.crc);
            le32(h, quint32(e.data.size()));
            le32(h, e.size);
            le16(h, quint16(e.name.size()));
            le16(h, 0);
            out += h + e.name + e.data;
            QByteArray c;
            le32(c, 0x02014b50);
            le16(c, (3 << 8) | 20);
            le16(c, 20);
            le16(c, flags);
            le16(c, e.deflated ? 8 : 0);
            le16(c, 0);
            le16(c, 0x21);
            le32(c, e.crc);
            le32(c, quint32(e.data.size()));
            le32(c, e.size);
            le16(c, quint16(e.name.size()));
            le16(c, 0);
            le16(c, 0);
            le16(c, 0);
            le16(c, 0);
            le32(c, e.mode << 16);
            le32(c, offset);
            central += c + e.name;
        }
        QByteArray end;
        le32(end, 0x06054b50);
        le16(end, 0);
        le16(end, 0);
        le16(end, quint16(entries.size()));
        le16(end, quint16(entries.size()));
        le32(end, quint32(central.size()));
        le32(end, quint32(out.size()));
        le16(end, 0);
        return out + central + end;
    }

    QList<Entry> entries;

private:
    static void le16(QByteArray &b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); }
    static void le32(QByteArray &b, quint32 v)
    {
        le16(b, quint16(v & 0xffff));
        le16(b, quint16(v >> 16));
    }
};

class RawTar
{
public:
    // type: '0' file, '1' hard link, '2' symlink, '3' char device, '5' folder, '6' fifo
    RawTar &add(const QByteArray &name, const QByteArray &data, char type = '0', const QByteArray &link = {},
                qint64 claimedSize = -1)
    {
        QByteArray h(512, '\0');
        std::copy(name.cbegin(), name.cbegin() + std::min<qsizetype>(name.size(), 100), h.begin());
        put(h, 100, QByteArray("0000644"));
        put(h, 108, QByteArray("0000000"));
        put(h, 116, QByteArray("0000000"));
        put(h, 124,
            QByteArray::number(claimedSize >= 0 ? claimedSize : data.size(), 8).rightJustified(11, '0'));
        put(h, 136, QByteArray("00000000000"));
        h[156] = type;
        put(h, 157, link.left(100));
        put(h, 257,
            QByteArray("ustar\0"
                       "00",
                       8));
        std::fill(h.begin() + 148, h.begin() + 156, ' ');
        unsigned sum = 0;
        for (char c : h)
            sum += uchar(c);
        put(h, 148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
        m_data += h + data + QByteArray((512 - data.size() % 512) % 512, '\0');
        return *this;
    }
    QByteArray bytes() const { return m_data + QByteArray(1024, '\0'); }

private:
    static void put(QByteArray &h, int at, const QByteArray &v)
    {
        std::copy(v.cbegin(), v.cend(), h.begin() + at);
    }
    QByteArray m_data;
};

} // namespace ost::test
