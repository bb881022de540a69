#pragma once

#include <QString>

namespace ost {

// One entry of a playlist file, resolved to a local path we are willing to read, or the
// reason it is skipped. Nothing here opens the file: remote URLs leak the user's address,
// UNC paths make Windows send credentials, devices and pipes hang readers.
class PlaylistLocation
{
public:
    enum class Kind {
        LocalFile, // an existing regular file (path is absolute and NFC)
        Missing, // a local path that does not exist (kept for matching by name and tags)
        Remote, // http:, ftp:, rtsp: and any other scheme
        Unc, // \\server\share or //server/share
        Device, // /dev, /proc, /sys, or a character/block device
        NotRegular, // a pipe, socket or directory
    };

    static PlaylistLocation resolve(const QString &entry, const QString &playlistDir);

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    QString original() const { return m_original; }
    bool isSkipped() const { return m_kind != Kind::LocalFile && m_kind != Kind::Missing; }
    QString reason() const; // why it was skipped, for the import report

private:
    Kind m_kind = Kind::Missing;
    QString m_path;
    QString m_original;
};

} // namespace ost
