#pragma once

#include "domain/drama.h"
#include "edits/libraryedits.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ost {

// Edit a drama's titles, year and broadcaster. Only the fields the user changed become an
// edit (a catalog drama keeps every other fact as the catalog has it).
class DramaEditDialog final : public QDialog
{
    Q_OBJECT
public:
    DramaEditDialog(const Drama &drama, const QStringList &broadcasters, QWidget *parent = nullptr);
    DramaEdit edit() const; // what changed; empty when nothing did

Q_SIGNALS:
    void posterRequested(); // "Poster…": choose an image
    void mergeRequested(); // "Merge into…"

private:
    Drama m_drama;
    QLineEdit *m_title;
    QLineEdit *m_titleKo;
    QSpinBox *m_year;
    QComboBox *m_broadcaster;
};

} // namespace ost
