#include "cliplocator.h"

#include "repositories/packfilerepository.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ost {

ClipLocator::ClipLocator(Database db, QString dataDir, QString demoDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_demoDir(std::move(demoDir))
{ }

QHash<QString, QString> ClipLocator::clips(const QStringList &songIds) const
{
    QHash<QString, QString> out;
    const auto fromPacks = PackFileRepository(m_db, m_dataDir).paths(PackFile::Kind::Preview, songIds);
    const QDir demo(m_demoDir);
    for (const auto &id : songIds) {
        if (fromPacks && fromPacks->contains(id) && QFileInfo(fromPacks->value(id)).isFile())
            out.insert(id, fromPacks->value(id));
        else if (const QString p = demo.filePath(id + u".wav"_s); QFileInfo(p).isFile())
            out.insert(id, p);
    }
    return out;
}

} // namespace ost
