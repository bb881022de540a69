#pragma once

#include "common/testdata.h"
#include "storage/library.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ost::test {

// What the backup tests share: hashes, file trees, the user's data as text, and a folder of
// libraries made for each test.
QByteArray fileBytes(const QString &path);
// Every file under dir with its content hash: "nothing was written" compares these.
QStringList tree(const QString &dir);
// The user's data as text: favorites, playlists with their songs, custom posters, pack files.
QString userData(const Database &db);

class BackupFixture
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    int libraries() const { return m_libraries; } // made so far, to name files after them
    QString fresh(const QString &name); // a new, empty data folder
    QString write(const QString &name, const QByteArray &bytes); // a file of the folder
    QString posterFile(); // a generated poster image
    // Gives lib something of everything the user owns: favorite dramas and a song, two
    // playlists, a custom poster, and the files of a pack exported from it and imported back.
    // Fails the running test when it cannot.
    void fill(const Library &lib);

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;
};

} // namespace ost::test
