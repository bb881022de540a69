#include "collectionpage.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace ost {

CollectionPage::CollectionPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_play(new QPushButton(tr("▶ Play the collection"), this))
{
    setAccessibleName(tr("Collection page"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_body->setOpenLinks(false);
    m_body->setAccessibleName(tr("Collection entries"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    m_play->setToolTip(tr("Play the songs of this list in its order"));
    m_play->setObjectName(u"playCollection"_s);
    layout->addWidget(m_play, 0, Qt::AlignLeft);
    connect(m_play, &QPushButton::clicked, this, [this] { Q_EMIT playRequested(m_songIds, 0); });
    layout->addWidget(m_body, 1);
    connect(m_body, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString s = url.toString();
        if (s.startsWith(u"drama:"_s))
            Q_EMIT dramaRequested(s.mid(6));
        else if (s.startsWith(u"song:"_s))
            Q_EMIT songRequested(s.mid(5));
    });
}

void CollectionPage::showCollection(const Collection &c)
{
    m_id = c.id;
    m_title->setText(c.titleKo.isEmpty() ? c.title : c.title + u"  "_s + c.titleKo);
    m_songIds.clear();
    for (const auto &item : c.items)
        if (!item.songId.isEmpty())
            m_songIds << item.songId;
    m_play->setEnabled(!m_songIds.isEmpty());
    QString html = u"<p>"_s + c.description.toHtmlEscaped() + u"</p><ol>"_s;
    for (const auto &item : c.items) {
        const QString link = item.songId.isEmpty() ? u"drama:"_s + item.dramaId : u"song:"_s + item.songId;
        html += u"<li style=\"margin-bottom:10px\"><a href=\"%1\"><b>%2</b></a>"_s.arg(
            link, item.title.toHtmlEscaped());
        if (!item.subtitle.isEmpty())
            html += u" — "_s + item.subtitle.toHtmlEscaped();
        if (!item.note.isEmpty())
            html += u"<br><i>"_s + item.note.toHtmlEscaped() + u"</i>"_s;
        html += u"</li>"_s;
    }
    html += u"</ol>"_s;
    m_body->setHtml(html);
}

} // namespace ost
