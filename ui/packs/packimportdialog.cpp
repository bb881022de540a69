#include "packimportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ost {

PackImportDialog::PackImportDialog(const QString &packName, const QString &packTitle,
                                   const PackImportPlan &plan, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import pack"));
    resize(560, 480);
    auto *layout = new QVBoxLayout(this);
    auto *heading
        = new QLabel(tr("<b>%1</b><br>%2").arg(packTitle.toHtmlEscaped(), packName.toHtmlEscaped()));
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);
    auto *summary = new QLabel(plan.summary());
    summary->setObjectName(QStringLiteral("packSummary"));
    layout->addWidget(summary);

    auto *tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("packChanges"));
    tree->setHeaderLabels({ tr("Change"), tr("Id") });
    auto section = [tree](const QString &label, const QList<PackImportPlan::Change> &changes) {
        if (changes.isEmpty())
            return;
        auto *top = new QTreeWidgetItem(tree, { label.arg(changes.size()) });
        for (const auto &c : changes)
            new QTreeWidgetItem(top, { c.title, c.id });
        top->setExpanded(changes.size() <= 12);
    };
    section(tr("New dramas (%1)"), plan.dramas.added);
    section(tr("Updated dramas (%1)"), plan.dramas.updated);
    section(tr("New songs (%1)"), plan.songs.added);
    section(tr("Updated songs (%1)"), plan.songs.updated);
    section(tr("New artists (%1)"), plan.artists.added);
    section(tr("Updated artists (%1)"), plan.artists.updated);
    section(tr("New collections (%1)"), plan.collections.added);
    section(tr("Updated collections (%1)"), plan.collections.updated);
    section(tr("New or changed awards (%1)"), plan.awards.added + plan.awards.updated);
    tree->resizeColumnToContents(0);
    layout->addWidget(tree, 1);
    for (const auto &w : plan.warnings) {
        auto *label = new QLabel(QStringLiteral("⚠ ") + w);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace ost
