// libFuzzer target: any bytes as a .phare file. An assessment that is accepted must be scored and
// recommended against the built-in content, and must come back the same from a save and a read.
#include "fuzzcommon.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Phare::Content &builtin = PhareFuzz::builtin();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Phare::Result<Phare::Assessment> read = Phare::AssessmentFile::parse(bytes, QStringLiteral("fuzz.phare"));
    PHARE_FUZZ_CHECK(read.ok() != Phare::hasErrors(read.diagnostics()));
    for (const Phare::Diagnostic &d : read.diagnostics())
        PHARE_FUZZ_CHECK(!d.message.isEmpty());
    if (!read.ok())
        return 0;
    PhareFuzz::useAssessment(builtin, *read);

    // What was read can be saved and read again, unchanged: nothing a user opened is lost on save.
    PHARE_FUZZ_CHECK(read->limitProblem().isEmpty());
    const QByteArray saved = read->toBytes();
    const Phare::Result<Phare::Assessment> again = Phare::AssessmentFile::parse(saved, QStringLiteral("saved.phare"));
    if (!again.ok()) {
        for (const Phare::Diagnostic &d : again.diagnostics())
            std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
    }
    PHARE_FUZZ_CHECK(again.ok());
    PHARE_FUZZ_CHECK(again->toBytes() == saved);
    // read → write → read gives the same assessment, not only the same bytes: the same dates (a
    // date written as "" once failed the second read), the same profile and answers.
    const Phare::Assessment &a = *read;
    const Phare::Assessment &b = *again;
    PHARE_FUZZ_CHECK(a.created == b.created && a.created.isValid() == b.created.isValid());
    PHARE_FUZZ_CHECK(a.modified == b.modified && a.modified.isValid() == b.modified.isValid());
    PHARE_FUZZ_CHECK(a.company.name == b.company.name && a.company.employees == b.company.employees);
    PHARE_FUZZ_CHECK(a.advisor == b.advisor && a.language == b.language);
    PHARE_FUZZ_CHECK(a.themes.keys() == b.themes.keys());
    for (auto t = a.themes.cbegin(); t != a.themes.cend(); ++t) {
        PHARE_FUZZ_CHECK(t->answers == b.themes.value(t.key()).answers);
        PHARE_FUZZ_CHECK(t->extra == b.themes.value(t.key()).extra);
    }
    PHARE_FUZZ_CHECK(a.extra == b.extra);
    return 0;
}
