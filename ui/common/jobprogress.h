#pragma once

#include "packs/packprogress.h"

#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>

namespace ost {

// A window-modal progress dialog fed from the database thread; its Cancel sets the flag the
// job reads through callback(). The dialog closes when this goes.
class JobProgress
{
public:
    JobProgress(QWidget *parent, const QString &label);
    ~JobProgress();
    JobProgress(const JobProgress &) = delete;
    JobProgress &operator=(const JobProgress &) = delete;
    PackProgress callback() const;

private:
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace ost
