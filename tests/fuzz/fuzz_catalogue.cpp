// libFuzzer target: any bytes as a catalogue file (actions, white-paper chapters or use cases), loaded with
// the built-in questionnaires cut down to their themes and dimensions, so that every reference is
// checked at a fraction of the cost of the real files. A catalogue that loads, and still has what the
// built-in rules point to, then feeds the recommendations of made-up assessments.
#include "fuzzcommon.h"

#include <cstddef>
#include <cstdint>

namespace {

QList<Phare::ContentSource> skeletons(const Phare::Content &builtin)
{
    QList<Phare::ContentSource> files;
    for (const Phare::Questionnaire &q : builtin.questionnaires) {
        if (q.profile)
            continue;
        QByteArray y =
            "kind: questionnaire\nid: " + q.id.toUtf8() + "\nversion: 1\ntitle: {fr: T, en: T}\ndimensions:\n";
        int n = 0;
        for (const Phare::Dimension &d : q.dimensions) {
            y += "  - id: " + d.id.toUtf8() + "\n    title: {fr: D, en: D}\n    questions:\n";
            y += "      - {id: q" + QByteArray::number(++n) +
                 ", type: yes-no, text: {fr: Q, en: Q}, help: {fr: H, en: H}}\n";
        }
        files.append({q.id + QStringLiteral(".yaml"), y});
    }
    return files;
}

bool rulesResolve(const Phare::Content &content)
{
    for (const Phare::Questionnaire &q : content.questionnaires) {
        for (const Phare::Rule &rule : q.rules) {
            for (const Phare::SourceRef &ref : rule.actions) {
                if (!content.action(ref.id))
                    return false;
            }
        }
    }
    for (const Phare::Action &action : content.actions) {
        for (const Phare::SourceRef &ref : action.chapters) {
            if (!content.chapter(ref.id))
                return false;
        }
        for (const Phare::SourceRef &ref : action.useCases) {
            if (!content.useCase(ref.id))
                return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Phare::Content &builtin = PhareFuzz::builtin();
    static const QList<Phare::ContentSource> questionnaires = skeletons(builtin);
    QList<Phare::ContentSource> sources = {
        {QStringLiteral("fuzz.yaml"), QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))}};
    sources += questionnaires;
    const Phare::Result<Phare::Content> loaded = Phare::ContentLoader::loadData(sources, {false, &builtin});
    for (const Phare::Diagnostic &d : loaded.diagnostics())
        PHARE_FUZZ_CHECK(!d.message.isEmpty());
    if (!loaded.ok())
        return 0;
    Phare::Content content = builtin;
    if (!loaded->chapters.isEmpty())
        content.chapters = loaded->chapters;
    if (!loaded->useCases.isEmpty())
        content.useCases = loaded->useCases;
    if (!loaded->actions.isEmpty()) {
        content.actions = loaded->actions;
        content.plan = loaded->plan;
    }
    content.buildIndex();
    if (rulesResolve(content))
        PhareFuzz::useContent(content);
    return 0;
}
