# Precompiled headers. Nearly every file includes the same Qt and standard headers, and
# parsing them is most of a file's compile time (about 5 of 12 s for a core file on the CI
# machine). Each library precompiles them once; tests share one precompiled header per kind
# (core or widgets), taken from a donor target with the same flags (REUSE_FROM).
# -DOSTSHELF_PCH=OFF -DOSTSHELF_UNITY=OFF builds each file on its own includes (keeps them honest).
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

# Unity build of the libraries: their sources are compiled 16 to a file, so the headers the
# precompiled header leaves out are parsed once per batch, not once per file. The ostshelf_base
# library, for one, compiled in 3 min 43 s one file at a time and in 1 min 23 s in batches of
# 16 (1 min 48 s in batches of 8) on the CI machine. A batch shares one translation unit, so
# names in anonymous namespaces must differ between files of a library (building once with
# -DCMAKE_UNITY_BUILD_BATCH_SIZE=0 puts a whole library in one file and shows every clash).
# OSTSHELF_UNITY=OFF compiles one file at a time: a change then rebuilds only its own file.
option(OSTSHELF_UNITY "Compile the libraries in batches of 16 files (unity build)" ON)
if(NOT DEFINED CMAKE_UNITY_BUILD_BATCH_SIZE)
  set(CMAKE_UNITY_BUILD_BATCH_SIZE 16)
endif()

function(ost_precompile target kind)
  if(OSTSHELF_UNITY)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON)
  endif()
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
