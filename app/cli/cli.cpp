// phare-cli's commands: the command line read with QCommandLineParser, then validate, list, score,
// recommend or report on the streams given.
#include "cli.h"

#include "benchmarkcommands.h"
#include "builtincontent.h"
#include "clioutput.h"
#include "contentloader.h"
#include "evaluation.h"
#include "language.h"
#include "planoutput.h"
#include "recommender.h"
#include "reportdocument.h"
#include "scorer.h"
#include "workshop.h"
#include "workshopoutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTranslator>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace Phare::Cli {

namespace {

// The translators of one run: the CLI's catalogue and, when it is built in, the core's. Installed for
// the language chosen, removed when the run ends (a test runs many in one process).
class Translators final
{
public:
    Translators() = default;
    Translators(const Translators &) = delete;
    Translators &operator=(const Translators &) = delete;
    ~Translators() { remove(); }

    void use(const Language &language)
    {
        if (m_language && *m_language == language)
            return;
        remove();
        m_language = language;
        for (const char *catalogue : {"phare_cli", "phare_core"}) {
            auto translator = std::make_unique<QTranslator>();
            const QString file = QStringLiteral(":/i18n/%1_%2.qm").arg(QLatin1String(catalogue), language.code());
            if (QFile::exists(file) && translator->load(file) && QCoreApplication::installTranslator(translator.get()))
                m_installed.push_back(std::move(translator));
        }
    }

private:
    void remove()
    {
        for (const auto &translator : m_installed)
            QCoreApplication::removeTranslator(translator.get());
        m_installed.clear();
    }

    std::optional<Language> m_language;
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

struct Options
{
    QString command;
    QStringList positional;
    QString contentDir;
    std::optional<Language> language; // --lang
    QString format = QStringLiteral("text");
    QString output;
    bool outputGiven = false;
    QString compare;
    bool compareGiven = false;
    bool noAnswers = false; // report: leave out the appendix of answers and notes
    bool showNames = false; // report: a workshop's respondents by name, not only by role
    bool json = false;
    bool strict = false;
    int threshold = 0;        // benchmark build: --threshold, 0 when not given
    bool departement = false; // anonymise: --departement
    bool force = false;       // merge: the advisor confirms the files are of one firm
    QStringList respondents;  // merge: --respondent "Name:Role", one per file, in order
    QString benchmark;        // report: --benchmark, a sector benchmark to compare the firm with
};

// One run of phare-cli: its options, its streams and its translators.
class Runner final
{
    Q_DECLARE_TR_FUNCTIONS(Phare::Cli)

public:
    Runner(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &arguments);
    // The exit code once what was printed on standard output is really out (in the run's language).
    int checkStandardOutput(int status);

    // Reads the command line into `o`; returns the message of a usage error.
    static QString parse(const QStringList &arguments, Options &o);
    // What is wrong with a report command line, before anything is read.
    static QString reportUsage(const Options &o);
    // What the report is written as: "odt" or "pdf" (docs/cli.md: --format, else the extension of -o).
    static QString reportFormat(const Options &o);

private:
    int usageError(const QString &message);
    void printDiagnostics(Diagnostics diagnostics);
    void printIssues(const QString &path, const AssessmentResult &result);
    // The language of the output, and of the messages from now on.
    Language useLanguage(const Assessment *assessment = nullptr);
    // The content in use: the built-in one, or the one of --questionnaires.
    const Result<Content> &loadContent();
    // The content in use, or nothing once its errors are printed.
    const Content *usableContent();
    // Reads the assessment at `path` and evaluates it once: nothing once what is wrong with the file is
    // printed; else its warnings and scoring issues are printed, and the output follows its language.
    std::optional<Evaluation> evaluate(const Content &content, const QString &path);
    // The one assessment file of `command` (recommend, plan), in one of `formats`, evaluated; nothing
    // once a usage error or what is wrong with the file is printed, `status` then saying which.
    std::optional<Evaluation> evaluateOne(const QString &command, const QStringList &formats, int &status);
    QString reportOutputProblem() const;

    int runValidate();
    int runList();
    int runScore();
    int runRecommend();
    int runPlan();
    int runReport();
    int runAnonymise();
    int runBenchmark();
    int runMerge();

    QTextStream &m_out;
    QTextStream &m_err;
    Options m_options;
    std::optional<Result<Content>> m_loaded; // the content of --questionnaires, once read
    Translators m_translators;
};

int Runner::usageError(const QString &message)
{
    m_err << "phare-cli: " << message << "\n" << tr("Try 'phare-cli --help'.") << "\n";
    m_err.flush();
    return UsageError;
}

void Runner::printDiagnostics(Diagnostics diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    for (const Diagnostic &d : diagnostics)
        m_err << forTerminal(d.toString()) << "\n";
    m_err.flush();
}

void Runner::printIssues(const QString &path, const AssessmentResult &result)
{
    for (const ScoreIssue &issue : result.issues) {
        // "warning" stays in English, as in every diagnostic line, for the tools that read them.
        QString line = path + QStringLiteral(": warning: ") + issue.theme;
        if (!issue.question.isEmpty())
            line += QLatin1Char('/') + issue.question;
        m_err << forTerminal(line + QStringLiteral(": ") + issue.message) << "\n";
    }
    m_err.flush();
}

Language Runner::useLanguage(const Assessment *assessment)
{
    Language language = Language::system();
    if (m_options.language)
        language = *m_options.language;
    else if (const auto own = assessment ? Language::fromCode(assessment->language) : std::nullopt)
        language = *own;
    m_translators.use(language);
    return language;
}

QString Runner::parse(const QStringList &arguments, Options &o)
{
    const QCommandLineOption questionnaires(QStringLiteral("questionnaires"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("fr|en"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("OUT"));
    const QCommandLineOption compare(QStringLiteral("compare"), QString(), QStringLiteral("EARLIER"));
    const QCommandLineOption noAnswers(QStringLiteral("no-answers"));
    const QCommandLineOption showNames(QStringLiteral("show-names"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption strict(QStringLiteral("strict"));
    const QCommandLineOption threshold(QStringLiteral("threshold"), QString(), QStringLiteral("N"));
    const QCommandLineOption departement(QStringLiteral("departement"));
    const QCommandLineOption force(QStringLiteral("force"));
    const QCommandLineOption respondent(QStringLiteral("respondent"), QString(), QStringLiteral("NAME:ROLE"));
    const QCommandLineOption benchmark(QStringLiteral("benchmark"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    QCommandLineParser parser;
    // "-bogus" is one unknown option, as the user wrote it, not six letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({questionnaires, lang, format, output, compare, noAnswers, showNames, json, strict, threshold,
                       departement, force, respondent, benchmark, help, version});

    // Everything after "--" is a file (docs/cli.md), even a file named --help.
    const qsizetype dashes = arguments.indexOf(QStringLiteral("--"));
    const QStringList optionArgs = dashes < 0 ? arguments : arguments.mid(0, dashes);
    if (!parser.parse(arguments)) {
        // The first unknown option as written, or the option left without a value (the last one).
        const QStringList unknown = parser.unknownOptionNames();
        for (const QString &arg : optionArgs.mid(1)) {
            if (arg.size() > 1 && arg.startsWith(u'-') &&
                unknown.contains(arg.mid(arg.startsWith(QStringLiteral("--")) ? 2 : 1).section(u'=', 0, 0)))
                return tr("unknown option '%1'").arg(arg);
        }
        const QString last = optionArgs.value(optionArgs.size() - 1);
        if (last == u"--questionnaires")
            return tr("--questionnaires needs a folder");
        if (last == u"--lang")
            return tr("--lang takes fr or en");
        if (last == u"--format")
            return tr("--format needs a value");
        if (last == u"-o" || last == u"--output")
            return tr("%1 needs a file name").arg(last);
        if (last == u"--compare")
            return tr("--compare needs an assessment file");
        if (last == u"--threshold")
            return tr("--threshold needs a number of firms");
        if (last == u"--respondent")
            return tr("--respondent needs a name and a role, such as \"Paul Durand:owner\"");
        if (last == u"--benchmark")
            return tr("--benchmark needs a benchmark file");
        return parser.errorText();
    }
    o.contentDir = parser.value(questionnaires);
    if (parser.isSet(questionnaires) && o.contentDir.isEmpty())
        return tr("--questionnaires needs a folder");
    if (parser.isSet(lang)) {
        const QString code = parser.value(lang);
        if (code != u"fr" && code != u"en")
            return tr("--lang takes fr or en");
        o.language = Language::fromCode(code);
    }
    if (parser.isSet(format))
        o.format = parser.value(format);
    o.outputGiven = parser.isSet(output);
    o.output = parser.value(output);
    if (o.outputGiven && o.output.isEmpty())
        return tr("%1 needs a file name").arg(QStringLiteral("-o"));
    o.compareGiven = parser.isSet(compare);
    o.compare = parser.value(compare);
    if (o.compareGiven && o.compare.isEmpty())
        return tr("--compare needs an assessment file");
    o.noAnswers = parser.isSet(noAnswers);
    o.showNames = parser.isSet(showNames);
    o.json = parser.isSet(json);
    o.strict = parser.isSet(strict);
    o.departement = parser.isSet(departement);
    o.force = parser.isSet(force);
    o.respondents = parser.values(respondent);
    o.benchmark = parser.value(benchmark);
    if (parser.isSet(benchmark) && o.benchmark.isEmpty())
        return tr("--benchmark needs a benchmark file");
    if (parser.isSet(threshold)) {
        bool ok = false;
        o.threshold = parser.value(threshold).toInt(&ok);
        if (!ok || o.threshold < Benchmark::minimumThreshold)
            return tr("--threshold takes a whole number of firms from %1: a smaller group could show one firm's "
                      "scores")
                .arg(Benchmark::minimumThreshold);
    }

    // The command is the first argument that is not an option, before "--"; what follows "--" is files.
    QStringList positional = parser.positionalArguments();
    const qsizetype afterDashes = dashes < 0 ? 0 : arguments.size() - dashes - 1;
    if (positional.size() > afterDashes)
        o.command = positional.takeFirst();
    o.positional = positional;
    return {};
}

const Result<Content> &Runner::loadContent()
{
    if (m_options.contentDir.isEmpty()) {
        // The built-in content cannot change while the process lives: it is read once, however many runs
        // the process makes (tests make hundreds).
        static const Result<Content> builtin = BuiltinContent::load();
        return builtin;
    }
    m_loaded.emplace(ContentLoader::load({m_options.contentDir}));
    return *m_loaded;
}

const Content *Runner::usableContent()
{
    const Result<Content> &content = loadContent();
    if (!content.ok()) {
        printDiagnostics(content.diagnostics());
        return nullptr;
    }
    return &content.value();
}

std::optional<Evaluation> Runner::evaluate(const Content &content, const QString &path)
{
    const Result<Assessment> read = AssessmentFile::read(path, &content);
    if (!read.ok()) {
        printDiagnostics(read.diagnostics());
        return std::nullopt;
    }
    useLanguage(&*read);
    printDiagnostics(read.diagnostics()); // warnings: what was left out of the file
    Evaluation evaluation(content, *read);
    printIssues(path, evaluation.scores());
    return evaluation;
}

int Runner::runValidate()
{
    useLanguage();
    const Options &o = m_options;
    const Result<Content> result = [&] {
        if (o.positional.isEmpty()) {
            const QStringList paths = {o.contentDir.isEmpty() ? BuiltinContent::yamlPath() : o.contentDir};
            return ContentLoader::load(paths, {o.strict, nullptr});
        }
        const Result<Content> &base = loadContent();
        return ContentLoader::load(o.positional, {o.strict, base.ok() ? &base.value() : nullptr});
    }();
    printDiagnostics(result.diagnostics());
    const auto errors = errorCount(result.diagnostics());
    const auto warnings = result.diagnostics().size() - errors;
    if (errors > 0) {
        m_err << tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings) << "\n";
        return InvalidInput;
    }
    const Content &c = result.value();
    m_out << tr("ok: %1 questionnaire(s), %2 chapter(s), %3 use case(s), %4 warning(s); %5 action(s), %6")
                 .arg(c.questionnaires.size() - (c.profile() ? 1 : 0))
                 .arg(c.chapters.size())
                 .arg(c.useCases.size())
                 .arg(warnings)
                 .arg(c.actions.size())
                 .arg(c.profile() ? tr("a business profile") : tr("no business profile"))
          << "\n";
    return Success;
}

int Runner::runList()
{
    const Language language = useLanguage();
    if (!m_options.positional.isEmpty())
        return usageError(tr("list takes no file"));
    const Result<Content> &content = loadContent();
    if (!content.ok()) {
        printDiagnostics(content.diagnostics());
        return InvalidInput;
    }
    if (m_options.json)
        m_out << QJsonDocument(listJson(content.value(), language)).toJson(QJsonDocument::Indented);
    else
        m_out << forTerminal(listText(content.value(), language));
    return Success;
}

int Runner::runScore()
{
    const Options &o = m_options;
    useLanguage();
    if (o.positional.isEmpty())
        return usageError(tr("score needs at least one assessment file"));
    if (o.format != u"text" && o.format != u"json" && o.format != u"csv")
        return usageError(tr("--format takes text, json or csv for score"));
    const Content *content = usableContent();
    if (!content)
        return InvalidInput;
    int status = Success;
    QJsonArray results;
    // CSV: a workshop adds columns (respondent, lowest, highest); the rows wait until every file is read, so
    // that the header has them when any file is a workshop, and a run of plain files prints what it always did.
    QStringList csvRows;
    bool anyWorkshop = false;
    for (const QString &path : o.positional) {
        const std::optional<Evaluation> evaluation = evaluate(*content, path);
        if (!evaluation) {
            status = InvalidInput;
            continue;
        }
        const Assessment &assessment = evaluation->assessment();
        const Language language = useLanguage(&assessment);
        // A workshop: each respondent scored too (the agreed scores are the evaluation's).
        std::optional<WorkshopResult> workshop;
        if (assessment.isWorkshop())
            workshop = Workshop::evaluate(*content, assessment, evaluation->scores());
        if (o.format == u"json") {
            QJsonObject json = scoreJson(path, assessment, evaluation->scores(), language);
            if (workshop)
                json.insert(u"workshop", workshopJson(*content, assessment, *workshop, language));
            results.append(json);
        } else if (o.format == u"csv") {
            anyWorkshop = anyWorkshop || workshop;
            csvRows.append(workshop ? workshopCsvRows(path, *workshop, language)
                                    : scoreCsvRows(path, evaluation->scores(), language));
            csvRows.last().prepend(workshop ? QLatin1Char('W') : QLatin1Char('P'));
        } else {
            if (o.positional.size() > 1)
                m_out << "== " << forTerminal(path) << " ==\n";
            m_out << forTerminal(scoreText(assessment, evaluation->scores(), language));
            if (workshop)
                m_out << forTerminal(workshopText(*content, assessment, *workshop, language));
            m_out << "\n";
        }
        m_out.flush();
    }
    if (o.format == u"csv") {
        QString header = scoreCsvHeader();
        if (anyWorkshop)
            header.insert(header.size() - 1, workshopCsvColumns());
        m_out << header;
        for (const QString &rows : csvRows) {
            const QString body = rows.mid(1);
            if (rows.startsWith(u'W') || !anyWorkshop) {
                m_out << body;
                continue;
            }
            for (const QString &row : body.split(u'\n', Qt::SkipEmptyParts)) // a plain file among workshops
                m_out << row << ",,,\n";
        }
    }
    if (o.format == u"json") {
        const QJsonDocument doc = o.positional.size() == 1 && !results.isEmpty()
                                      ? QJsonDocument(results.first().toObject())
                                      : QJsonDocument(results);
        m_out << doc.toJson(QJsonDocument::Indented);
    }
    return status;
}

int Runner::runMerge()
{
    const Options &o = m_options;
    useLanguage();
    if (o.positional.size() < 2 || o.positional.size() > Assessment::maxRespondents)
        return usageError(tr("merge takes 2 to %1 assessment files (one per person)").arg(Assessment::maxRespondents));
    if (!o.outputGiven)
        return usageError(tr("merge needs -o WORKSHOP.phare, the file to write"));
    for (const QString &path : o.positional) {
        if (QFileInfo(path).absoluteFilePath() == QFileInfo(o.output).absoluteFilePath())
            return usageError(tr("-o %1 is one of the files to merge: write the workshop to a new file").arg(o.output));
    }
    const Content *content = usableContent();
    if (!content)
        return InvalidInput;
    QList<MergeInput> inputs;
    bool failed = false;
    for (const QString &path : o.positional) {
        const Result<Assessment> read = AssessmentFile::read(path, content);
        printDiagnostics(read.diagnostics());
        if (!read.ok()) {
            failed = true;
            continue;
        }
        inputs.append({*read, path, {}, {}});
    }
    if (failed)
        return InvalidInput;
    // --respondent names the person of each plain file, in order (a workshop file brings its own people).
    QList<MergeInput *> plain;
    for (MergeInput &input : inputs) {
        if (!input.assessment.isWorkshop())
            plain.append(&input);
    }
    if (!o.respondents.isEmpty()) {
        if (o.respondents.size() != plain.size())
            return usageError(tr("--respondent is given %1 times for %2 files of one person: give it once for each, "
                                 "in the order of the files")
                                  .arg(o.respondents.size())
                                  .arg(plain.size()));
        for (qsizetype i = 0; i < plain.size(); ++i) {
            const QString &given = o.respondents[i];
            const qsizetype colon = given.lastIndexOf(u':');
            plain[i]->name = (colon < 0 ? given : given.left(colon)).trimmed();
            plain[i]->role = colon < 0 ? QString() : given.mid(colon + 1).trimmed();
        }
    }
    const Result<Assessment> merged = Workshop::merge(inputs, o.force);
    printDiagnostics(merged.diagnostics());
    if (!merged.ok())
        return InvalidInput;
    if (const Status written = AssessmentFile::write(*merged, o.output); !written.ok()) {
        printDiagnostics(written.diagnostics());
        return InvalidInput;
    }
    const Language language = useLanguage(&*merged);
    const WorkshopResult result = Workshop::evaluate(*content, *merged);
    QStringList people;
    for (const Respondent &r : merged->respondents)
        people.append(Workshop::label(*merged, r, language, true));
    m_out << forTerminal(
                 tr("%1: %2 (%3)")
                     .arg(o.output, workshopSummary(*merged, result, language), people.join(QStringLiteral(", "))))
          << "\n";
    return Success;
}

std::optional<Evaluation> Runner::evaluateOne(const QString &command, const QStringList &formats, int &status)
{
    const Options &o = m_options;
    useLanguage();
    if (o.positional.size() != 1) {
        status = usageError(tr("%1 takes exactly one assessment file").arg(command));
        return std::nullopt;
    }
    if (!formats.contains(o.format)) {
        //: %1: the formats ("text or json", "text, json or csv"); %2: the command.
        status = usageError(tr("--format takes %1 for %2")
                                .arg(formats.size() == 2 ? tr("%1 or %2").arg(formats[0], formats[1])
                                                         : tr("%1, %2 or %3").arg(formats[0], formats[1], formats[2]),
                                     command));
        return std::nullopt;
    }
    status = InvalidInput;
    const Content *content = usableContent();
    if (!content)
        return std::nullopt;
    std::optional<Evaluation> evaluation = evaluate(*content, o.positional.first());
    if (evaluation)
        status = Success;
    return evaluation;
}

int Runner::runRecommend()
{
    int status = Success;
    const std::optional<Evaluation> evaluation =
        evaluateOne(QStringLiteral("recommend"), {QStringLiteral("text"), QStringLiteral("json")}, status);
    if (!evaluation)
        return status;
    const Language language = useLanguage(&evaluation->assessment());
    const NearYouMatches nearYou = NearYou::match(*evaluation);
    if (m_options.format == u"json")
        m_out << QJsonDocument(recommendJson(evaluation->assessment(), evaluation->recommendations(), language, nearYou,
                                             &evaluation->content()))
                     .toJson(QJsonDocument::Indented);
    else
        m_out << forTerminal(recommendText(evaluation->assessment(), evaluation->recommendations(), language, nearYou,
                                           &evaluation->content()));
    return Success;
}

int Runner::runPlan()
{
    int status = Success;
    const std::optional<Evaluation> evaluation = evaluateOne(
        QStringLiteral("plan"), {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}, status);
    if (!evaluation)
        return status;
    const Language language = useLanguage(&evaluation->assessment());
    const DecidedPlan plan(evaluation->content(), evaluation->assessment(), evaluation->recommendations());
    // --compare: what became of the plan decided in the earlier assessment (text and JSON).
    std::optional<FollowUp> followUp;
    if (!m_options.compare.isEmpty()) {
        const Result<Assessment> earlier = AssessmentFile::read(m_options.compare);
        if (!earlier.ok()) {
            printDiagnostics(earlier.diagnostics());
            return InvalidInput;
        }
        followUp.emplace(Evaluation(evaluation->content(), *earlier), *evaluation);
    }
    if (m_options.format == u"json") {
        QJsonObject json = planJson(evaluation->assessment(), plan, language);
        if (followUp)
            json.insert(QStringLiteral("followUp"), followUpJson(*followUp, language));
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (m_options.format == u"csv") {
        m_out << plan.csv(language);
    } else {
        m_out << forTerminal(planText(evaluation->assessment(), plan, language));
        if (followUp)
            m_out << "\n" << forTerminal(followUpText(*followUp, language));
    }
    return Success;
}

QString Runner::reportUsage(const Options &o)
{
    if (o.positional.size() != 1)
        return tr("report takes exactly one assessment file");
    if (o.output.isEmpty())
        return tr("report needs -o OUT.pdf or -o OUT.odt");
    if (o.format == u"text") // not given
        return {};
    if (o.format != u"pdf" && o.format != u"odt")
        return tr("--format takes pdf or odt for report");
    const QString extension = QFileInfo(o.output).suffix().toLower();
    if ((extension == u"pdf" || extension == u"odt") && extension != o.format)
        return tr("-o %1 is not a .%2 file, which --format %2 writes").arg(o.output, o.format);
    return {};
}

QString Runner::reportFormat(const Options &o)
{
    if (o.format == u"pdf" || o.format == u"odt")
        return o.format;
    return QFileInfo(o.output).suffix().toLower() == u"odt" ? QStringLiteral("odt") : QStringLiteral("pdf");
}

// Why the report must not be written at -o, before anything is read: replacing an input (the
// assessment with a PDF) or something that is not a plain file (a device such as /dev/null, a pipe)
// would destroy it. Empty when -o names a new or regular file.
QString Runner::reportOutputProblem() const
{
    const Options &o = m_options;
    const QFileInfo output(o.output);
    if (!output.exists() && !output.isSymLink())
        return {};
    if (!output.isFile())
        return tr("it is not a regular file; give the name of a PDF file to create or replace");
    QStringList inputs = o.positional;
    if (!o.compare.isEmpty())
        inputs.append(o.compare);
    for (const QString &input : std::as_const(inputs)) {
        const QFileInfo in(input);
        if (in.exists() && in.canonicalFilePath() == output.canonicalFilePath())
            return tr("it is the assessment file %1, which the report would replace; give another name").arg(input);
    }
    return {};
}

int Runner::runReport()
{
    const Options &o = m_options;
    useLanguage();
    if (const QString problem = reportUsage(o); !problem.isEmpty())
        return usageError(problem);
    if (const QString problem = reportOutputProblem(); !problem.isEmpty()) {
        m_err << "phare-cli: " << tr("cannot write %1: %2").arg(forTerminal(o.output), problem) << "\n";
        return InvalidInput;
    }
    const Content *content = usableContent();
    if (!content)
        return InvalidInput;
    // Evaluated once: the issues printed here and the report read the same evaluation.
    const std::optional<Evaluation> evaluation = evaluate(*content, o.positional.first());
    if (!evaluation)
        return InvalidInput;
    ReportOptions options;
    options.language = useLanguage(&evaluation->assessment());
    options.includeAnswers = !o.noAnswers;
    options.showNames = o.showNames;
    if (!o.compare.isEmpty()) {
        const Result<Assessment> earlier = AssessmentFile::read(o.compare);
        if (!earlier.ok()) {
            printDiagnostics(earlier.diagnostics());
            return InvalidInput;
        }
        options.earlier = Evaluation(*content, *earlier);
    }
    if (!o.benchmark.isEmpty()) {
        Result<Benchmark> benchmark = Benchmark::read(o.benchmark);
        if (!benchmark.ok()) {
            printDiagnostics(benchmark.diagnostics());
            return InvalidInput;
        }
        options.benchmark = std::make_shared<const Benchmark>(std::move(benchmark).value());
    }
    const ReportDocument report(*evaluation, options);
    const bool odt = reportFormat(o) == u"odt";
    if (const Status written = odt ? report.writeOdt(o.output) : report.writePdf(o.output); !written.ok()) {
        m_err << "phare-cli: " << tr("cannot write %1: %2").arg(o.output, written.diagnostics().constFirst().message)
              << "\n";
        return InvalidInput;
    }
    if (odt)
        m_out << tr("%1: the report as an editable document (OpenDocument Text)").arg(o.output) << "\n";
    else
        m_out << tr("%1: %2 pages").arg(o.output).arg(report.pageCount()) << "\n";
    return Success;
}

int Runner::runAnonymise()
{
    useLanguage();
    if (m_options.positional.isEmpty())
        return usageError(tr("anonymise needs at least one assessment file"));
    if (m_options.output.isEmpty())
        return usageError(tr("anonymise needs -o FOLDER"));
    const Content *content = usableContent();
    if (!content)
        return InvalidInput;
    return BenchmarkCommands(m_out, m_err)
        .anonymise(*content, m_options.positional, m_options.output, m_options.departement);
}

int Runner::runBenchmark()
{
    const Options &o = m_options;
    const Language language = useLanguage();
    const QString action = o.positional.value(0);
    const QStringList files = o.positional.mid(1);
    if (action == u"build") {
        if (files.isEmpty())
            return usageError(tr("benchmark build needs at least one folder of anonymous files"));
        if (o.output.isEmpty())
            return usageError(tr("benchmark build needs -o benchmark.json"));
        if (o.format != u"text")
            return usageError(tr("--format goes with benchmark show, not build"));
        return BenchmarkCommands(m_out, m_err).build(files, o.output, o.threshold);
    }
    if (action == u"show") {
        if (files.size() != 1)
            return usageError(tr("benchmark show takes exactly one benchmark file"));
        if (o.format != u"text" && o.format != u"json" && o.format != u"csv")
            return usageError(tr("--format takes text, json or csv for benchmark show"));
        if (o.outputGiven || o.threshold)
            return usageError(tr("benchmark show takes no -o nor --threshold"));
        return BenchmarkCommands(m_out, m_err).show(files.first(), o.format, language);
    }
    return usageError(tr("benchmark takes build or show"));
}

int Runner::run(const QStringList &arguments)
{
    Options &options = m_options;
    // Messages before the command line is read are in the language asked for, if it is readable.
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--lang")); at >= 0)
        options.language = Language::fromCode(arguments.value(at + 1));
    useLanguage();
    options.language.reset();

    // Everything after "--" is a file (docs/cli.md), even a file named --help.
    const QStringList optionArgs = arguments.mid(0, arguments.indexOf(QStringLiteral("--")));
    if (optionArgs.contains(QStringLiteral("--help")) || optionArgs.contains(QStringLiteral("-h"))) {
        m_out << tr(R"(Usage: phare-cli [--questionnaires DIR] COMMAND [OPTIONS]

Commands:
  validate [--strict] [PATH...]   check questionnaires and catalogues (default: the content in use)
  list [--json] [--lang fr|en]    list questionnaires, white-paper chapters and use cases
  score FILE... [--format text|json|csv] [--lang fr|en]
                                  score one or more assessment files (.phare); for a
                                  workshop, each respondent's scores and the spread too
  merge FILE FILE... -o WORKSHOP.phare [--force] [--respondent NAME:ROLE]...
                                  merge 2 to 10 people's files of one firm into a workshop;
                                  --force: the files are of one firm, though names differ
  recommend FILE [--format text|json] [--lang fr|en]
                                  recommend chapters, use cases and an action plan
  plan FILE [--format text|csv|json] [--lang fr|en] [--compare EARLIER.phare]
                                  print the action plan as decided in the workshop;
                                  --compare adds what became of the earlier plan
  report FILE -o OUT.pdf|OUT.odt [--format pdf|odt] [--lang fr|en] [--compare EARLIER.phare]
         [--no-answers] [--benchmark B.json] [--show-names]
                                  make the advisor's report: PDF (A4, PDF/A-1b), or an
                                  editable copy (OpenDocument Text) for .odt or --format odt;
                                  --compare adds the progress since an earlier assessment,
                                  --no-answers leaves out the appendix of answers and notes,
                                  --benchmark B.json adds the firm among its peers,
                                  --show-names names a workshop's people, not only their roles
  anonymise FILE... -o FOLDER [--departement]
                                  write an anonymous copy of each assessment for a sector
                                  benchmark (no names, no text; see docs/benchmark.md)
  benchmark build FOLDER... -o benchmark.json [--threshold N]
                                  build a benchmark from anonymous files (groups of at
                                  least N firms, 5 by default, never fewer)
  benchmark show FILE [--format text|json|csv]
                                  print a benchmark

Global options:
  --questionnaires DIR            use the content in DIR instead of the built-in content
  --lang fr|en                    the language of the output and the messages
  --version                       print the version
  --help                          print this help

Exit codes: 0 success, 1 invalid input, 2 usage error.
)");
        return Success;
    }
    if (optionArgs.contains(QStringLiteral("--version"))) {
        m_out << "phare-cli " << PHARE_VERSION << "\n";
        return Success;
    }
    if (const QString problem = parse(arguments, options); !problem.isEmpty())
        return usageError(problem);
    useLanguage();
    if (options.json && options.command != u"list")
        return usageError(tr("--json only goes with list"));
    if (options.strict && options.command != u"validate")
        return usageError(tr("--strict only goes with validate"));
    if (options.format != u"text" && options.command != u"score" && options.command != u"recommend" &&
        options.command != u"report" && options.command != u"plan" && options.command != u"benchmark")
        return usageError(tr("--format only goes with score, recommend, plan, report and benchmark show"));
    if (options.outputGiven && options.command != u"report" && options.command != u"anonymise" &&
        options.command != u"benchmark" && options.command != u"merge")
        return usageError(tr("-o only goes with report, anonymise, merge and benchmark build"));
    if ((options.force || !options.respondents.isEmpty()) && options.command != u"merge")
        return usageError(tr("--force and --respondent only go with merge"));
    if (options.threshold && options.command != u"benchmark")
        return usageError(tr("--threshold only goes with benchmark build"));
    if (options.departement && options.command != u"anonymise")
        return usageError(tr("--departement only goes with anonymise"));
    if (options.compareGiven && options.command != u"report" && options.command != u"plan")
        return usageError(tr("--compare only goes with plan and report"));
    if (options.noAnswers && options.command != u"report")
        return usageError(tr("--no-answers only goes with report"));
    if (options.showNames && options.command != u"report")
        return usageError(tr("--show-names only goes with report"));
    if (!options.benchmark.isEmpty() && options.command != u"report")
        return usageError(tr("--benchmark only goes with report"));
    if (options.command == u"validate")
        return runValidate();
    if (options.command == u"list")
        return runList();
    if (options.command == u"score")
        return runScore();
    if (options.command == u"recommend")
        return runRecommend();
    if (options.command == u"report")
        return runReport();
    if (options.command == u"plan")
        return runPlan();
    if (options.command == u"anonymise")
        return runAnonymise();
    if (options.command == u"benchmark")
        return runBenchmark();
    if (options.command == u"merge")
        return runMerge();
    if (options.command.isEmpty())
        return usageError(tr("no command given"));
    return usageError(tr("unknown command '%1'").arg(options.command));
}

// A write error on standard output (a full disk, /dev/full, a closed pipe) must not end in success with
// a truncated result.
int Runner::checkStandardOutput(int status)
{
    m_out.flush();
    errno = 0;
    const bool written = m_out.status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (written)
        return status;
    const int code = errno;
    m_err << "phare-cli: " << tr("cannot write the output")
          << (code ? QStringLiteral(": %1").arg(QString::fromLocal8Bit(std::strerror(code))) : QString()) << "\n";
    m_err.flush();
    return status == Success ? InvalidInput : status;
}

} // namespace

int runOnStandardStreams(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Runner runner(out, err);
    const int status = runner.checkStandardOutput(runner.run(arguments));
    err.flush();
    return status;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Runner runner(out, err);
    const int status = runner.run(arguments);
    out.flush();
    err.flush();
    return status;
}

bool drawsReport(const QStringList &arguments)
{
    Options options;
    return Runner::parse(arguments, options).isEmpty() && options.command == u"report" &&
           Runner::reportUsage(options).isEmpty();
}

} // namespace Phare::Cli
