#include "aboutdialog.h"

#include "common/appicon.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace ost {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About OST Shelf"));
    auto *icon = new QLabel(this);
    icon->setPixmap(AppIcon::icon().pixmap(96, 96));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(
        tr("<h2>OST Shelf %1</h2>"
           "<p>A library of Korean drama soundtracks: browse dramas by poster, open a drama to see its "
           "OST parts, artists and awards, and keep favorites.</p>"
           "<p>Posters are drawn by OST Shelf itself; no artwork, audio or lyrics of others are included.</p>"
           "<p>Built with Qt %2 and KDE Frameworks.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace ost
