#pragma once

#include "core/error.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace ost::cli {

// What the manual page and the shell completions know of a command. main.cpp makes these
// from the table that runs the commands, so the documentation cannot drift from it.
struct CommandDoc
{
    QString name;
    QString summary; // one line, for completion menus and the manual's command list
    QString usage; // the command's lines in --help, as printed there
    QStringList subcommands; // words that may follow the name ("edit", "merge")
    bool takesPaths = false; // file or folder arguments follow
};

struct ExitStatus
{
    int code;
    QString meaning;
};
// 0 done, 1 failed, 2 usage ... 7 written by a newer OST Shelf: --help, the manual page.
const QList<ExitStatus> &exitStatuses();
QString exitStatusSentence(); // "Exit status: 0 done, 1 failed, ..." wrapped for --help

enum class Shell { Bash, Zsh, Fish };
Result<Shell> shellNamed(const QString &name); // "bash", "zsh" or "fish"

// A completion script for the shell: commands, their subcommands, options (with files or
// folders for options whose value is a FILE or DIR) and paths where a command takes them.
QString completionScript(Shell shell, const QList<CommandDoc> &commands,
                         const QList<QCommandLineOption> &options);

// ostshelf-cli(1) in man(7) markup.
QString manPage(const QList<CommandDoc> &commands, const QList<QCommandLineOption> &options,
                const QString &version, const QString &date);

} // namespace ost::cli
