#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "ostshelf.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "ostshelf.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "ostshelf.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPosters, "ostshelf.posters", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlayback, "ostshelf.playback", QtInfoMsg)
Q_LOGGING_CATEGORY(lcArchive, "ostshelf.archive", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "ostshelf.i18n", QtInfoMsg)
