// Reads the content files, each by the reader of its kind, then checks the references between them
// (docs/questionnaire-format.md).
#include "contentloader.h"

#include "cataloguereader.h"
#include "nearyoureader.h"
#include "questionnairereader.h"
#include "yamlparser.h"
#include "yamlschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>
#include <functional>

namespace Phare {

namespace {

// What a load gathers: the content read so far, and every problem met.
struct Loading
{
    Content content;
    Diagnostics diagnostics;
};

struct Located
{
    QString path;
    int line;
    int column;
};

void checkCrossReferences(const Content &content, const Content *fallback, bool strict, Diagnostics &out)
{
    const Content &chapterSource = content.chapters.isEmpty() && fallback ? *fallback : content;
    const Content &useCaseSource = content.useCases.isEmpty() && fallback ? *fallback : content;
    auto report = [&](const QString &path, const SourceRef &ref, const QString &message) {
        out.append({Diagnostic::Severity::Error, path, ref.line, ref.column, message});
    };
    qsizetype budget = suggestionBudget;
    const auto suggest = [&](QStringView word, const QStringList &candidates) {
        return didYouMean(word, candidates, budget);
    };
    QStringList chapterIds;
    for (const Chapter &c : chapterSource.chapters)
        chapterIds.append(c.id);
    QStringList useCaseIds;
    for (const UseCase &u : useCaseSource.useCases)
        useCaseIds.append(u.id);

    const Content &actionSource = content.actions.isEmpty() && fallback ? *fallback : content;
    QStringList actionIds;
    for (const Action &a : actionSource.actions)
        actionIds.append(a.id);
    const Questionnaire *profile = content.profile() ? content.profile() : fallback ? fallback->profile() : nullptr;
    const QuestionnaireIndex profileLookups = profile ? QuestionnaireIndex::lookups(*profile) : QuestionnaireIndex();

    // Profile conditions name the profile's questions and options, wherever they are.
    std::function<void(const QString &, const Condition &, const QString &)> checkFirm = [&](const QString &path,
                                                                                             const Condition &condition,
                                                                                             const QString &where) {
        for (const Condition &child : condition.children)
            checkFirm(path, child, where);
        if (condition.kind != Condition::Kind::ProfileIn && condition.kind != Condition::Kind::ProfileNotIn)
            return;
        const SourceRef at{condition.question, condition.line, condition.column};
        if (!profile) {
            report(
                path, at,
                QCoreApplication::translate("Phare::ContentLoader",
                                            "%1 looks at the firm profile, but the content has no profile (a file with "
                                            "'kind: profile')")
                    .arg(where));
            return;
        }
        const Question *question = profileLookups.question(*profile, condition.question);
        if (!question) {
            QStringList ids;
            for (const Question &q : profile->dimensions.value(0).questions)
                ids.append(q.id);
            report(
                path, at,
                QCoreApplication::translate("Phare::ContentLoader", "%1 refers to an unknown profile question '%2'%3")
                    .arg(where, condition.question, suggest(condition.question, ids)));
            return;
        }
        QStringList optionIds;
        for (const Option &o : question->options)
            optionIds.append(o.id);
        for (const QString &option : condition.options) {
            if (!optionIds.contains(option))
                report(path, at,
                       QCoreApplication::translate("Phare::ContentLoader",
                                                   "%1 refers to an unknown option '%2' of the profile question '%3'%4")
                           .arg(where, option, condition.question, suggest(option, optionIds)));
        }
    };

    QSet<QString> fired;
    for (const Questionnaire &q : content.questionnaires) {
        for (const Dimension &d : q.dimensions) {
            for (const Question &question : d.questions) {
                if (question.showIf)
                    checkFirm(q.path, *question.showIf,
                              QCoreApplication::translate("Phare::ContentLoader", "the showIf of the question '%1'")
                                  .arg(question.id));
                if (question.notApplicableIf)
                    checkFirm(
                        q.path, *question.notApplicableIf,
                        QCoreApplication::translate("Phare::ContentLoader", "the notApplicableIf of the question '%1'")
                            .arg(question.id));
            }
        }
        for (const Rule &rule : q.rules) {
            checkFirm(
                q.path, rule.when,
                QCoreApplication::translate("Phare::ContentLoader", "the condition of the rule '%1'").arg(rule.id));
            if (rule.given)
                checkFirm(
                    q.path, *rule.given,
                    QCoreApplication::translate("Phare::ContentLoader", "the 'given' of the rule '%1'").arg(rule.id));
            for (const SourceRef &ref : rule.actions) {
                fired.insert(ref.id);
                if (!actionSource.action(ref.id)) {
                    report(q.path, ref,
                           QCoreApplication::translate("Phare::ContentLoader",
                                                       "the rule '%1' points to an unknown action '%2'%3")
                               .arg(rule.id, ref.id, suggest(ref.id, actionIds)));
                }
            }
        }
    }
    const bool anyRule = std::any_of(content.questionnaires.cbegin(), content.questionnaires.cend(),
                                     [](const Questionnaire &q) { return !q.rules.isEmpty(); });
    for (const Action &a : content.actions) {
        const QString what = QCoreApplication::translate("Phare::ContentLoader", "the action '%1'").arg(a.id);
        for (const SourceRef &ref : a.prerequisites) {
            if (ref.id == a.id)
                report(
                    a.path, ref,
                    QCoreApplication::translate("Phare::ContentLoader", "%1 cannot be its own prerequisite").arg(what));
            else if (!actionSource.action(ref.id))
                report(a.path, ref,
                       QCoreApplication::translate("Phare::ContentLoader", "%1 needs an unknown action '%2' first%3")
                           .arg(what, ref.id, suggest(ref.id, actionIds)));
        }
        for (const SourceRef &ref : a.chapters) {
            if (!chapterSource.chapter(ref.id))
                report(a.path, ref,
                       QCoreApplication::translate("Phare::ContentLoader", "%1 points to an unknown chapter '%2'%3")
                           .arg(what, ref.id, suggest(ref.id, chapterIds)));
        }
        for (const SourceRef &ref : a.useCases) {
            if (!useCaseSource.useCase(ref.id))
                report(a.path, ref,
                       QCoreApplication::translate("Phare::ContentLoader", "%1 points to an unknown use case '%2'%3")
                           .arg(what, ref.id, suggest(ref.id, useCaseIds)));
        }
        if (a.chapters.isEmpty() && a.useCases.isEmpty())
            out.append({Diagnostic::Severity::Error, a.path, a.line, a.column,
                        QCoreApplication::translate("Phare::ContentLoader",
                                                    "%1 points nowhere: give it 'chapters' or 'useCases'")
                            .arg(what)});
        if (anyRule && !fired.contains(a.id))
            out.append(
                {strict ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning, a.path, a.line, a.column,
                 QCoreApplication::translate("Phare::ContentLoader", "no rule points to %1: it can never be advised")
                     .arg(what)});
    }
    // What an event or a provider helps with must exist, like an action's chapters.
    const auto checkTopics = [&](const QString &path, const HelpTopics &topics, const QString &what) {
        for (const SourceRef &ref : topics.actions) {
            if (!actionSource.action(ref.id))
                report(path, ref,
                       QCoreApplication::translate("Phare::ContentLoader", "%1 names an unknown action '%2'%3")
                           .arg(what, ref.id, suggest(ref.id, actionIds)));
        }
        for (const SourceRef &ref : topics.useCases) {
            if (!useCaseSource.useCase(ref.id))
                report(path, ref,
                       QCoreApplication::translate("Phare::ContentLoader", "%1 names an unknown use case '%2'%3")
                           .arg(what, ref.id, suggest(ref.id, useCaseIds)));
        }
        for (const SourceRef &ref : topics.chapters) {
            if (!chapterSource.chapter(ref.id))
                report(path, ref,
                       QCoreApplication::translate("Phare::ContentLoader", "%1 names an unknown chapter '%2'%3")
                           .arg(what, ref.id, suggest(ref.id, chapterIds)));
        }
        const Content &themes = content.questionnaires.isEmpty() && fallback ? *fallback : content;
        for (const SourceRef &ref : themes.questionnaires.isEmpty() ? QList<SourceRef>() : topics.dimensions) {
            const Questionnaire *q = themes.questionnaire(ref.id.section(QLatin1Char('/'), 0, 0));
            if (!ref.id.contains(QLatin1Char('/')) || !q || !q->dimension(ref.id.section(QLatin1Char('/'), 1)))
                report(path, ref,
                       QCoreApplication::translate("Phare::ContentLoader",
                                                   "%1 names an unknown dimension '%2' (write THEME/DIMENSION, "
                                                   "e.g. cybersecurity/backups)")
                           .arg(what, ref.id));
        }
    };
    for (const Event &e : content.events)
        checkTopics(e.path, e.topics, QCoreApplication::translate("Phare::ContentLoader", "the event '%1'").arg(e.id));
    QStringList areaIds;
    for (const Area &a : content.areas)
        areaIds.append(a.id);
    for (const Provider &p : content.providers) {
        const QString what = QCoreApplication::translate("Phare::ContentLoader", "the provider '%1'").arg(p.id);
        checkTopics(p.path, p.delivers, what);
        for (const SourceRef &ref : p.areas) {
            if (!content.area(ref.id))
                report(p.path, ref,
                       QCoreApplication::translate("Phare::ContentLoader",
                                                   "%1 covers an unknown area '%2' (areas are listed under "
                                                   "'areas' in a providers file)%3")
                           .arg(what, ref.id, suggest(ref.id, areaIds)));
        }
    }
    // A chapter's local contacts are providers of the content, so that they are named and reachable.
    const Content &providerSource = content.providers.isEmpty() && fallback ? *fallback : content;
    QStringList providerIds;
    for (const Provider &p : providerSource.providers)
        providerIds.append(p.id);
    for (const Chapter &chapter : content.chapters) {
        for (const SourceRef &ref : chapter.localProviders) {
            if (providerIds.isEmpty())
                out.append({strict ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning, chapter.path,
                            ref.line, ref.column,
                            QCoreApplication::translate("Phare::ContentLoader",
                                                        "the chapter '%1' names the provider '%2' to call, but the "
                                                        "content has no providers (a file with 'kind: providers')")
                                .arg(chapter.id, ref.id)});
            else if (!providerIds.contains(ref.id))
                report(chapter.path, ref,
                       QCoreApplication::translate("Phare::ContentLoader",
                                                   "the chapter '%1' names an unknown provider '%2' to call%3")
                           .arg(chapter.id, ref.id, suggest(ref.id, providerIds)));
        }
    }
    for (const UseCase &u : content.useCases) {
        for (const SourceRef &ref : u.chapters) {
            if (!chapterSource.chapter(ref.id)) {
                report(u.path, ref,
                       QCoreApplication::translate("Phare::ContentLoader",
                                                   "the use case '%1' refers to an unknown chapter '%2'%3")
                           .arg(u.id, ref.id, suggest(ref.id, chapterIds)));
            }
        }
        if (u.when)
            checkFirm(u.path, *u.when,
                      QCoreApplication::translate("Phare::ContentLoader", "the 'when' of the use case '%1'").arg(u.id));
        for (const SubSector &sub : u.subSectors)
            checkFirm(u.path, sub.when,
                      QCoreApplication::translate("Phare::ContentLoader", "the sub-sector '%1' of the use case '%2'")
                          .arg(sub.sector, u.id));
        if (content.questionnaires.isEmpty())
            continue; // dimensions can only be checked against questionnaires loaded with the catalogue
        for (const SourceRef &ref : u.dimensions) {
            const QString theme = ref.id.section(QLatin1Char('/'), 0, 0);
            const QString dimension = ref.id.section(QLatin1Char('/'), 1);
            const Questionnaire *q = content.questionnaire(theme);
            if (!ref.id.contains(QLatin1Char('/')) || !q || !q->dimension(dimension)) {
                report(u.path, ref,
                       QCoreApplication::translate(
                           "Phare::ContentLoader",
                           "the use case '%1' refers to an unknown dimension '%2' (write THEME/DIMENSION, "
                           "e.g. cybersecurity/backups)")
                           .arg(u.id, ref.id));
            }
        }
    }
}

// Reads each file (parse gives its path and tree), then checks the references between them.
Loading checkFiles(Loading result, qsizetype count, const std::function<YamlReading(qsizetype, QString &)> &parse,
                   const ContentLoadOptions &options)
{
    QHash<QString, Located> questionnaireIds;
    QHash<QString, Located> chapterIds;
    QHash<QString, Located> useCaseIds;
    QHash<QString, Located> actionIds;
    QHash<QString, Located> termIds;
    QHash<QString, Located> eventIds;
    QHash<QString, Located> providerIds;
    QHash<QString, Located> areaIds;
    QString planFile;
    QString organisationFile;
    auto checkUnique = [&](QHash<QString, Located> &seen, const QString &id, const Located &where,
                           const QString &what) {
        if (id.isEmpty())
            return;
        if (const auto it = seen.constFind(id); it != seen.cend()) {
            result.diagnostics.append(
                {Diagnostic::Severity::Error, where.path, where.line, where.column,
                 QCoreApplication::translate("Phare::ContentLoader", "duplicate %1 id '%2': already used at %3:%4")
                     .arg(what, id, it->path)
                     .arg(it->line)});
        } else {
            seen.insert(id, where);
        }
    };

    for (qsizetype i = 0; i < count; ++i) {
        QString file;
        YamlReading parsed = parse(i, file);
        result.diagnostics += parsed.diagnostics;
        if (!parsed.root)
            continue;
        const YamlNode &root = *parsed.root;
        YamlSchema checker(file, result.diagnostics, options.strict);
        const YamlNode *kind = root.isMap() ? root.find(u"kind") : nullptr;
        const QStringList kinds = {
            QStringLiteral("questionnaire"), QStringLiteral("chapters"), QStringLiteral("use-cases"),
            QStringLiteral("profile"),       QStringLiteral("actions"),  QStringLiteral("organisation"),
            QStringLiteral("glossary"),      QStringLiteral("events"),   QStringLiteral("providers")};
        if (!kind) {
            checker.error(root, QCoreApplication::translate(
                                    "Phare::ContentLoader",
                                    "this is not a Phare content file: it must start with 'kind: questionnaire', "
                                    "'kind: profile', 'kind: actions', 'kind: chapters', 'kind: use-cases', "
                                    "'kind: organisation', 'kind: glossary', 'kind: events' or 'kind: providers'"));
            continue;
        }
        const auto kindName =
            checker.oneOf(*kind, kinds, QCoreApplication::translate("Phare::ContentLoader", "the kind of file"));
        if (kindName == kinds[0]) {
            if (auto q = readQuestionnaire(checker, root)) {
                checkUnique(questionnaireIds, q->id, {file, root.line, root.column},
                            QCoreApplication::translate("Phare::ContentLoader", "questionnaire"));
                result.content.questionnaires.append(std::move(*q));
            }
        } else if (kindName == kinds[1]) {
            for (Chapter &chapter : readChapters(checker, root)) {
                checkUnique(chapterIds, chapter.id, {file, chapter.line, chapter.column},
                            QCoreApplication::translate("Phare::ContentLoader", "chapter"));
                result.content.chapters.append(std::move(chapter));
            }
        } else if (kindName == kinds[2]) {
            for (UseCase &useCase : readUseCases(checker, root)) {
                checkUnique(useCaseIds, useCase.id, {file, useCase.line, useCase.column},
                            QCoreApplication::translate("Phare::ContentLoader", "use case"));
                result.content.useCases.append(std::move(useCase));
            }
        } else if (kindName == kinds[3]) {
            if (auto q = readProfile(checker, root)) {
                if (result.content.profile()) {
                    checker.error(
                        root, QCoreApplication::translate("Phare::ContentLoader",
                                                          "a second profile: the content may have only one file with "
                                                          "'kind: profile' (the first is %1)")
                                  .arg(result.content.profile()->path));
                    continue;
                }
                checkUnique(questionnaireIds, q->id, {file, root.line, root.column},
                            QCoreApplication::translate("Phare::ContentLoader", "questionnaire"));
                result.content.questionnaires.append(std::move(*q));
            }
        } else if (kindName == kinds[4]) {
            ActionsFile read = readActions(checker, root);
            if (read.plan) {
                if (planFile.isEmpty()) {
                    result.content.plan = *read.plan;
                    planFile = file;
                } else {
                    checker.error(
                        *root.find(u"plan"),
                        QCoreApplication::translate("Phare::ContentLoader",
                                                    "the plan's settings are already given in %1: give them once")
                            .arg(planFile));
                }
            }
            for (Action &action : read.actions) {
                checkUnique(actionIds, action.id, {file, action.line, action.column},
                            QCoreApplication::translate("Phare::ContentLoader", "action"));
                result.content.actions.append(std::move(action));
            }
        } else if (kindName == kinds[5]) {
            // One identity per content: the report's cover cannot pick between two.
            if (!organisationFile.isEmpty()) {
                checker.error(
                    *kind, QCoreApplication::translate("Phare::ContentLoader",
                                                       "a second organisation: the content may have only one file with "
                                                       "'kind: organisation' (the first is %1)")
                               .arg(organisationFile));
                continue;
            }
            organisationFile = file;
            result.content.organisation = readOrganisation(checker, root);
        } else if (kindName == kinds[6]) {
            for (GlossaryTerm &term : readGlossary(checker, root)) {
                checkUnique(termIds, term.id, {file, term.line, term.column},
                            QCoreApplication::translate("Phare::ContentLoader", "glossary term"));
                result.content.glossary.append(std::move(term));
            }
        } else if (kindName == kinds[7]) {
            for (Event &event : readEvents(checker, root)) {
                checkUnique(eventIds, event.id, {file, event.line, event.column},
                            QCoreApplication::translate("Phare::ContentLoader", "event"));
                result.content.events.append(std::move(event));
            }
        } else if (kindName == kinds[8]) {
            ProvidersFile read = readProviders(checker, root);
            for (Area &area : read.areas) {
                checkUnique(areaIds, area.id, {file, area.line, area.column},
                            QCoreApplication::translate("Phare::ContentLoader", "area"));
                result.content.areas.append(std::move(area));
            }
            for (Provider &provider : read.providers) {
                checkUnique(providerIds, provider.id, {file, provider.line, provider.column},
                            QCoreApplication::translate("Phare::ContentLoader", "provider"));
                result.content.providers.append(std::move(provider));
            }
        }
    }
    checkCrossReferences(result.content, options.fallback, options.strict, result.diagnostics);
    // The profile is asked first, and the scorer reads it before the themes.
    std::stable_partition(result.content.questionnaires.begin(), result.content.questionnaires.end(),
                          [](const Questionnaire &q) { return q.profile; });
    // Pointers into the lists must stay valid: the lists are not changed after this point.
    result.content.buildIndex();
    return result;
}

// At most ContentLimits::maxErrorsPerFile problems of one file and maxErrors in all are listed, then
// one line says how many more there were: a folder of broken files must not print millions of lines.
Result<Content> capDiagnostics(Loading result)
{
    QHash<QString, int> perFile;
    Diagnostics kept;
    qsizetype dropped = 0;
    for (Diagnostic &d : result.diagnostics) {
        if (kept.size() < ContentLimits::maxErrors && ++perFile[d.file] <= ContentLimits::maxErrorsPerFile)
            kept.append(std::move(d));
        else if (d.severity == Diagnostic::Severity::Error)
            ++dropped;
    }
    if (dropped > 0) {
        kept.append(
            {Diagnostic::Severity::Error, kept.isEmpty() ? QString() : kept.last().file, 0, 0,
             QCoreApplication::translate("Phare::ContentLoader",
                                         "%1 more problem(s) not listed (at most %2 per file and %3 in all are listed)")
                 .arg(QString::number(dropped), QString::number(ContentLimits::maxErrorsPerFile),
                      QString::number(ContentLimits::maxErrors))});
    }
    if (hasErrors(kept))
        return Result<Content>::failure(std::move(kept));
    return {std::move(result.content), std::move(kept)};
}

QString tooManyBytes(qsizetype total)
{
    return QCoreApplication::translate("Phare::ContentLoader",
                                       "the content files are too large together (%1 MiB; at most %2 MiB are read)")
        .arg(QString::number(double(total) / (1024 * 1024), 'f', 1),
             QString::number(ContentLimits::maxTotalBytes / (1024 * 1024)));
}

} // namespace

Result<Content> ContentLoader::load(const QStringList &paths, const ContentLoadOptions &options)
{
    Loading result;
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0,
                                       QCoreApplication::translate("Phare::ContentLoader", "no such file or folder")});
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            if (found.isEmpty()) {
                result.diagnostics.append(
                    {Diagnostic::Severity::Error, path, 0, 0,
                     QCoreApplication::translate("Phare::ContentLoader", "the folder holds no .yaml file")});
            }
            files += found;
        } else {
            files.append(path);
        }
    }
    if (files.size() > ContentLimits::maxFiles) {
        result.diagnostics.append(
            {Diagnostic::Severity::Error, paths.value(0), 0, 0,
             QCoreApplication::translate("Phare::ContentLoader", "too many content files (%1; at most %2 are read)")
                 .arg(files.size())
                 .arg(ContentLimits::maxFiles)});
        return Result<Content>::failure(std::move(result.diagnostics));
    }
    qsizetype total = 0;
    for (const QString &file : std::as_const(files))
        total += std::min<qsizetype>(QFileInfo(file).size(), YamlLimits().maxBytes + 1); // as much as is read
    if (total > ContentLimits::maxTotalBytes) {
        result.diagnostics.append({Diagnostic::Severity::Error, paths.value(0), 0, 0, tooManyBytes(total)});
        return Result<Content>::failure(std::move(result.diagnostics));
    }
    return capDiagnostics(checkFiles(
        std::move(result), files.size(),
        [&](qsizetype i, QString &path) {
            path = files[i];
            return readYamlFile(path);
        },
        options));
}

Result<Content> ContentLoader::loadData(const QList<ContentSource> &sources, const ContentLoadOptions &options)
{
    Loading result;
    if (sources.size() > ContentLimits::maxFiles) {
        result.diagnostics.append(
            {Diagnostic::Severity::Error, QString(), 0, 0,
             QCoreApplication::translate("Phare::ContentLoader", "too many content files (%1; at most %2 are read)")
                 .arg(sources.size())
                 .arg(ContentLimits::maxFiles)});
        return Result<Content>::failure(std::move(result.diagnostics));
    }
    qsizetype total = 0;
    for (const ContentSource &source : sources)
        total += source.data.size();
    if (total > ContentLimits::maxTotalBytes) {
        result.diagnostics.append({Diagnostic::Severity::Error, QString(), 0, 0, tooManyBytes(total)});
        return Result<Content>::failure(std::move(result.diagnostics));
    }
    return capDiagnostics(checkFiles(
        std::move(result), sources.size(),
        [&](qsizetype i, QString &path) {
            path = sources[i].path;
            return readYaml(sources[i].data, path);
        },
        options));
}

} // namespace Phare
