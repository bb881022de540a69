#pragma once

#include <QString>

#include <expected>

namespace ost {

// A failure a person can act on: message names the problem in plain words.
struct Error
{
    QString message;
};

template<typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected<Error>(Error { std::move(message) });
}

} // namespace ost
