// main() of a test program: runs the registered test named by the first argument
// (tests/common/testmain.h), or lists them.
#include "common/testmain.h"

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace ost::testing {

namespace {

std::map<std::string, TestMain> &registry()
{
    static std::map<std::string, TestMain> tests;
    return tests;
}

std::string baseName(const char *path)
{
    std::string name(path);
    if (const auto slash = name.rfind('/'); slash != std::string::npos)
        name.erase(0, slash + 1);
    if (const auto dot = name.rfind('.'); dot != std::string::npos)
        name.erase(dot);
    return name;
}

} // namespace

bool registerTest(const char *file, TestMain main)
{
    return registry().emplace(baseName(file), main).second;
}

} // namespace ost::testing

int main(int argc, char **argv)
{
    const auto &tests = ost::testing::registry();
    const auto test = argc > 1 ? tests.find(argv[1]) : tests.end();
    if (test == tests.end()) {
        std::fprintf(stderr, "%s: %s%s\nusage: %s TEST [QTEST OPTIONS...]\ntests:\n", argv[0],
                     argc > 1 ? "no test named " : "which test?", argc > 1 ? argv[1] : "", argv[0]);
        for (const auto &[name, main] : tests)
            std::fprintf(stderr, "  %s\n", name.c_str());
        return 2;
    }
    // argv[0] becomes <folder>/<test>: the application name, and with it the test's settings
    // and QStandardPaths test-mode folders, stay the test's own.
    std::string program(argv[0]);
    const auto slash = program.rfind('/');
    program = (slash == std::string::npos ? std::string() : program.substr(0, slash + 1)) + test->first;
    std::vector<char *> args { program.data() };
    for (int i = 2; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    return test->second(static_cast<int>(args.size()) - 1, args.data());
}
