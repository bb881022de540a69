// Replays the fuzzing corpus and every crash input ever found through the harness, as a
// regular test (and under ASan/UBSan in the asan preset). Usage: fuzz_replay DIR...
#include <QDirIterator>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int passed = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1StringView(".md")))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                   size_t(bytes.size()));
            ++passed; // a failure aborts the process with the input's name printed below
            std::printf("ok %s\n", qPrintable(path.section(u'/', -2)));
        }
    }
    if (passed == 0) {
        std::fprintf(stderr, "no inputs found: the corpus is missing\n");
        return 1;
    }
    std::printf("%d passed, 0 failed\n", passed);
    return 0;
}
