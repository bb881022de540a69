#pragma once

#include <QString>

#include <expected>

namespace ost {

// A failure a person can act on: message names the problem in plain words; kind tells code
// what sort of failure it was, so "no such drama" and "the disk refused" can be told apart
// without reading the words.
struct Error
{
    enum class Kind {
        Failed, // none of the kinds below
        NotFound, // no such drama, song, playlist, file or entry
        InvalidInput, // bytes, text or arguments that do not make sense: a broken file, a bad value
        Io, // the file system refused: cannot open, read, write or rename
        Database, // SQLite refused a statement or a transaction
        UnsupportedVersion, // written by a newer OST Shelf (a schema, pack or backup format)
    };

    QString message;
    Kind kind = Kind::Failed;
};

template<typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected<Error>(Error { std::move(message) });
}

inline std::unexpected<Error> fail(Error::Kind kind, QString message)
{
    return std::unexpected<Error>(Error { std::move(message), kind });
}

} // namespace ost
