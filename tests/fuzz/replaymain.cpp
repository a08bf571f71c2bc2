// Runs a fuzz target's entry point once on every file of a corpus folder: the seeds, and every
// input that once made it fail. Fails when the folder is empty, so a wrong path cannot pass.
#include <QDirIterator>
#include <QFile>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    int inputs = 0;
    QDirIterator it(QString::fromLocal8Bit(argv[1]), QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray data = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                               size_t(data.size()));
        ++inputs;
    }
    std::printf("%d inputs replayed from %s\n", inputs, argv[1]);
    return inputs > 0 ? 0 : 1;
}
