#pragma once

#include "packs/packimportplan.h"

#include <QDialog>

namespace ost {

// Shows what a pack would add or update, by kind and title, with any warnings, before the
// user agrees to import it.
class PackImportDialog final : public QDialog
{
    Q_OBJECT
public:
    PackImportDialog(const QString &packName, const QString &packTitle, const PackImportPlan &plan,
                     QWidget *parent = nullptr);
};

} // namespace ost
