// The libFuzzer entry point of one target, chosen at build time (MESHENTRY_FUZZ_TARGET).

#include "fuzztargets.h"
#include "workerpool.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace MeshEntry::Fuzz;

namespace {

const Target &chosenTarget()
{
    static const Target *target = [] {
        for (const Target &candidate : targets()) {
            if (std::strcmp(candidate.name, MESHENTRY_FUZZ_TARGET) == 0)
                return &candidate;
        }
        std::fprintf(stderr, "no fuzz target named %s\n", MESHENTRY_FUZZ_TARGET);
        std::abort();
    }();
    return *target;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // One input at a time: handing its small batches to pool threads costs more than the work.
    // MESHENTRY_FUZZ_POOL=1 keeps the pool, as the application runs, to compare the two.
    MeshEntry::setRunOnCallingThread(qEnvironmentVariableIntValue("MESHENTRY_FUZZ_POOL") == 0);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy: the model may keep (share) the buffer of what it reads.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString failure = chosenTarget().run(input);
    if (!failure.isEmpty()) {
        // A broken promise is a crash to libFuzzer: it saves the input and stops.
        std::fprintf(stderr, "%s: %s\n", MESHENTRY_FUZZ_TARGET, qPrintable(failure));
        std::abort();
    }
    return 0;
}
