// libFuzzer target: any bytes as a questionnaire file, checked against the built-in catalogues; a
// questionnaire that loads is then scored and recommended from made-up answers.
#include "fuzzcommon.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Phare::Content &builtin = PhareFuzz::builtin();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Phare::Result<Phare::Content> loaded =
        Phare::ContentLoader::loadData({{QStringLiteral("fuzz.yaml"), bytes}}, {false, &builtin});
    for (const Phare::Diagnostic &d : loaded.diagnostics())
        PHARE_FUZZ_CHECK(!d.message.isEmpty());
    if (!loaded.ok() || loaded->questionnaires.isEmpty())
        return 0;
    Phare::Content content = loaded.value();
    content.chapters = builtin.chapters;
    content.useCases = builtin.useCases;
    PhareFuzz::useContent(content);
    return 0;
}
