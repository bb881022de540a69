# Precompiled headers. Nearly every file includes the same Qt and standard headers, and
# parsing them is most of a file's compile time (about 5 of 12 s for a core file on the CI
# machine). Each library precompiles them once; tests share one precompiled header per kind
# (core or widgets), taken from a donor target with the same flags (REUSE_FROM).
# OSTSHELF_PCH=OFF builds without them, which keeps the includes of each file honest.
option(OSTSHELF_PCH "Use precompiled headers (GCC)" ON)

set(OSTSHELF_PCH_BASE
  <algorithm> <expected> <functional> <memory> <optional> <vector>
  <QByteArray> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument>
  <QJsonObject> <QList> <QObject> <QRegularExpression> <QSet> <QSqlDatabase> <QSqlError>
  <QSqlQuery> <QString> <QStringList> <QVariant>)
set(OSTSHELF_PCH_CORE ${OSTSHELF_PCH_BASE} <QAbstractItemModel> <QImage>)
set(OSTSHELF_PCH_UI ${OSTSHELF_PCH_CORE}
  <QAbstractItemModel> <QAction> <QApplication> <QBoxLayout> <QDialog> <QDialogButtonBox>
  <QLabel> <QListView> <QMenu> <QMessageBox> <QPainter> <QPushButton> <QWidget>)
set(OSTSHELF_PCH_TEST <QSignalSpy> <QTemporaryDir> <QTest>)

function(ost_precompile target kind)
  if(NOT OSTSHELF_PCH OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    return()
  endif()
  target_precompile_headers(${target} PRIVATE ${OSTSHELF_PCH_${kind}})
endfunction()

# ccache caches files built with a precompiled header only with this sloppiness (ccache
# manual, "Precompiled headers"); GCC needs -fpch-preprocess for it.
function(ost_ccache_launcher program)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
    CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
    ${program} PARENT_SCOPE)
endfunction()
