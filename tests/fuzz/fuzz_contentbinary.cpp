// libFuzzer target: any bytes as compiled content (core/contentbinary.h), read as they are and again
// with their header made to match them (resealed), so that damaged payloads get past the checksum to
// the reader itself. What it refuses is refused with one error (a refusal holds no content); what it reads, it
// writes back to the very same bytes.
#include "contentbinary.h"
#include "fuzzcommon.h"

#include <cstddef>
#include <cstdint>

namespace {

void readOne(const QByteArray &bytes)
{
    const Phare::Result<Phare::Content> read = Phare::readContentBinary(bytes, QStringLiteral("fuzz.bin"));
    if (read.ok()) {
        PHARE_FUZZ_CHECK(Phare::writeContentBinary(read.value()) == bytes);
        return;
    }
    PHARE_FUZZ_CHECK(read.diagnostics().size() == 1 && !read.diagnostics().first().message.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    readOne(bytes);
    readOne(Phare::resealContentBinary(bytes));
    return 0;
}
