// phare-cli: the headless entry point (docs/cli.md): validate, list, score, recommend and report.
#include "builtincontent.h"
#include "clioutput.h"
#include "contentloader.h"
#include "recommender.h"
#include "reportdocument.h"
#include "scorer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

using namespace Phare;

enum Exit
{
    Success = 0,
    InvalidInput = 1,
    UsageError = 2
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const char *const usageText = R"(Usage: phare-cli [--questionnaires DIR] COMMAND [OPTIONS]

Commands:
  validate [--strict] [PATH...]   check questionnaires and catalogues (default: the content in use)
  list [--json] [--lang fr|en]    list questionnaires, white-paper chapters and use cases
  score FILE... [--format text|json|csv] [--lang fr|en]
                                  score one or more assessment files (.phare)
  recommend FILE [--format text|json] [--lang fr|en]
                                  recommend chapters, use cases and an action plan
  report FILE -o OUT.pdf [--lang fr|en] [--compare EARLIER.phare]
                                  make the advisor's PDF report (A4, PDF/A-1b)

Global options:
  --questionnaires DIR            use the content in DIR instead of the built-in content
  --version                       print the version
  --help                          print this help

Exit codes: 0 success, 1 invalid input, 2 usage error.
)";

// Text for a terminal: control characters from a file (ESC starting an escape sequence, BEL, a
// carriage return hiding what precedes it...) are shown as \x1B and the like, never sent raw.
// New lines and tabs are kept. JSON output escapes them itself.
QString forTerminal(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f))
            out += QStringLiteral("\\x") + QString::number(u, 16).toUpper().rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

int usageError(const QString &message)
{
    err() << "phare-cli: " << message << "\n"
          << "Try 'phare-cli --help'.\n";
    err().flush();
    return UsageError;
}

void printDiagnostics(Diagnostics diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    for (const Diagnostic &d : diagnostics)
        err() << forTerminal(d.toString()) << "\n";
    err().flush();
}

struct Options
{
    QString command;
    QStringList positional;
    QString contentDir;
    QString language;
    QString format = QStringLiteral("text");
    QString output;
    QString compare;
    bool json = false;
    bool strict = false;
};

// Parses the command line; returns an error message for a usage error.
QString parse(const QStringList &args, Options &o)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString &into) -> bool {
            if (i + 1 >= args.size())
                return false;
            into = args[++i];
            return true;
        };
        if (a == u"--questionnaires") {
            if (!value(o.contentDir))
                return QStringLiteral("--questionnaires needs a folder");
        } else if (a == u"--lang") {
            if (!value(o.language) || (o.language != u"fr" && o.language != u"en"))
                return QStringLiteral("--lang takes fr or en");
        } else if (a == u"--format") {
            if (!value(o.format))
                return QStringLiteral("--format needs a value");
        } else if (a == u"-o" || a == u"--output") {
            if (!value(o.output) || o.output.isEmpty())
                return QStringLiteral("%1 needs a file name").arg(a);
        } else if (a == u"--compare") {
            if (!value(o.compare) || o.compare.isEmpty())
                return QStringLiteral("--compare needs an assessment file");
        } else if (a == u"--json") {
            o.json = true;
        } else if (a == u"--strict") {
            o.strict = true;
        } else if (a == u"--") {
            o.positional += args.mid(i + 1);
            break;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return QStringLiteral("unknown option '%1'").arg(a);
        } else if (o.command.isEmpty()) {
            o.command = a;
        } else {
            o.positional.append(a);
        }
    }
    return {};
}

QString defaultLanguage(const Options &o, const Assessment *assessment = nullptr)
{
    if (!o.language.isEmpty())
        return o.language;
    if (assessment && !assessment->language.isEmpty())
        return assessment->language;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

Result<Content> loadContent(const Options &o)
{
    return o.contentDir.isEmpty() ? BuiltinContent::load() : ContentLoader::load({o.contentDir});
}

int runValidate(const Options &o)
{
    const Result<Content> result = [&] {
        if (o.positional.isEmpty()) {
            const QStringList paths = {o.contentDir.isEmpty() ? BuiltinContent::yamlPath() : o.contentDir};
            return ContentLoader::load(paths, {o.strict, nullptr});
        }
        const Result<Content> base = loadContent(o);
        return ContentLoader::load(o.positional, {o.strict, base.ok() ? &base.value() : nullptr});
    }();
    printDiagnostics(result.diagnostics());
    const auto errors = errorCount(result.diagnostics());
    const auto warnings = result.diagnostics().size() - errors;
    if (errors > 0) {
        err() << QStringLiteral("%1 error(s), %2 warning(s)\n").arg(errors).arg(warnings);
        return InvalidInput;
    }
    const Content &c = result.value();
    out() << QStringLiteral("ok: %1 questionnaire(s), %2 chapter(s), %3 use case(s), %4 warning(s); %5 action(s), %6\n")
                 .arg(c.questionnaires.size() - (c.profile() ? 1 : 0))
                 .arg(c.chapters.size())
                 .arg(c.useCases.size())
                 .arg(warnings)
                 .arg(c.actions.size())
                 .arg(c.profile() ? QStringLiteral("a business profile") : QStringLiteral("no business profile"));
    return Success;
}

int runList(const Options &o)
{
    if (!o.positional.isEmpty())
        return usageError(QStringLiteral("list takes no file"));
    const Result<Content> content = loadContent(o);
    if (!content.ok()) {
        printDiagnostics(content.diagnostics());
        return InvalidInput;
    }
    const QString language = defaultLanguage(o);
    if (o.json)
        out() << QJsonDocument(Cli::listJson(content.value(), language)).toJson(QJsonDocument::Indented);
    else
        out() << forTerminal(Cli::listText(content.value(), language));
    return Success;
}

void printIssues(const QString &path, const AssessmentResult &result)
{
    for (const ScoreIssue &issue : result.issues) {
        QString line = path + QStringLiteral(": warning: ") + issue.theme;
        if (!issue.question.isEmpty())
            line += QLatin1Char('/') + issue.question;
        err() << forTerminal(line + QStringLiteral(": ") + issue.message) << "\n";
    }
    err().flush();
}

int runScore(const Options &o)
{
    if (o.positional.isEmpty())
        return usageError(QStringLiteral("score needs at least one assessment file"));
    if (o.format != u"text" && o.format != u"json" && o.format != u"csv")
        return usageError(QStringLiteral("--format takes text, json or csv for score"));
    const Result<Content> content = loadContent(o);
    if (!content.ok()) {
        printDiagnostics(content.diagnostics());
        return InvalidInput;
    }
    int status = Success;
    QJsonArray results;
    if (o.format == u"csv")
        out() << Cli::scoreCsvHeader();
    for (const QString &path : o.positional) {
        const Result<Assessment> read = AssessmentFile::read(path);
        if (!read.ok()) {
            printDiagnostics(read.diagnostics());
            status = InvalidInput;
            continue;
        }
        printDiagnostics(read.diagnostics()); // warnings: what was left out of the file
        const AssessmentResult result = Scorer::score(content.value(), *read);
        printIssues(path, result);
        const QString language = defaultLanguage(o, &*read);
        if (o.format == u"json") {
            results.append(Cli::scoreJson(path, *read, result, language));
        } else if (o.format == u"csv") {
            out() << Cli::scoreCsvRows(path, result, language);
        } else {
            if (o.positional.size() > 1)
                out() << "== " << forTerminal(path) << " ==\n";
            out() << forTerminal(Cli::scoreText(*read, result, language)) << "\n";
        }
        out().flush();
    }
    if (o.format == u"json") {
        const QJsonDocument doc = o.positional.size() == 1 && !results.isEmpty()
                                      ? QJsonDocument(results.first().toObject())
                                      : QJsonDocument(results);
        out() << doc.toJson(QJsonDocument::Indented);
    }
    return status;
}

int runRecommend(const Options &o)
{
    if (o.positional.size() != 1)
        return usageError(QStringLiteral("recommend takes exactly one assessment file"));
    if (o.format != u"text" && o.format != u"json")
        return usageError(QStringLiteral("--format takes text or json for recommend"));
    const Result<Content> content = loadContent(o);
    const QString &path = o.positional.first();
    if (!content.ok()) {
        printDiagnostics(content.diagnostics());
        return InvalidInput;
    }
    const Result<Assessment> read = AssessmentFile::read(path);
    if (!read.ok()) {
        printDiagnostics(read.diagnostics());
        return InvalidInput;
    }
    printDiagnostics(read.diagnostics());
    const AssessmentResult result = Scorer::score(content.value(), *read);
    printIssues(path, result);
    const Recommendations rec = Recommender::recommend(content.value(), *read, result);
    const QString language = defaultLanguage(o, &*read);
    if (o.format == u"json")
        out() << QJsonDocument(Cli::recommendJson(*read, rec, language)).toJson(QJsonDocument::Indented);
    else
        out() << forTerminal(Cli::recommendText(*read, rec, language));
    return Success;
}

// What is wrong with a report command line, before anything is read.
QString reportUsage(const Options &o)
{
    if (o.positional.size() != 1)
        return QStringLiteral("report takes exactly one assessment file");
    if (o.output.isEmpty())
        return QStringLiteral("report needs -o OUT.pdf");
    return {};
}

// Why the report must not be written at -o, before anything is read: replacing an input (the
// assessment with a PDF) or something that is not a plain file (a device such as /dev/null, a pipe)
// would destroy it. Empty when -o names a new or regular file.
QString reportOutputProblem(const Options &o)
{
    const QFileInfo output(o.output);
    if (!output.exists() && !output.isSymLink())
        return {};
    if (!output.isFile())
        return QStringLiteral("it is not a regular file; give the name of a PDF file to create or replace");
    QStringList inputs = o.positional;
    if (!o.compare.isEmpty())
        inputs.append(o.compare);
    for (const QString &input : std::as_const(inputs)) {
        const QFileInfo in(input);
        if (in.exists() && in.canonicalFilePath() == output.canonicalFilePath())
            return QStringLiteral("it is the assessment file %1, which the report would replace; give another name")
                .arg(input);
    }
    return {};
}

int runReport(const Options &o)
{
    if (const QString problem = reportUsage(o); !problem.isEmpty())
        return usageError(problem);
    if (const QString problem = reportOutputProblem(o); !problem.isEmpty()) {
        err() << "phare-cli: cannot write " << forTerminal(o.output) << ": " << problem << "\n";
        return InvalidInput;
    }
    const Result<Content> content = loadContent(o);
    const QString &path = o.positional.first();
    if (!content.ok()) {
        printDiagnostics(content.diagnostics());
        return InvalidInput;
    }
    const Result<Assessment> read = AssessmentFile::read(path);
    if (!read.ok()) {
        printDiagnostics(read.diagnostics());
        return InvalidInput;
    }
    printDiagnostics(read.diagnostics());
    ReportInput input;
    input.content = &content.value();
    input.assessment = *read;
    input.language = defaultLanguage(o, &*read);
    if (!o.compare.isEmpty()) {
        const Result<Assessment> earlier = AssessmentFile::read(o.compare);
        if (!earlier.ok()) {
            printDiagnostics(earlier.diagnostics());
            return InvalidInput;
        }
        input.earlier = *earlier;
    }
    printIssues(path, Scorer::score(content.value(), input.assessment));
    const ReportDocument report(input);
    if (const QString error = report.writePdf(o.output); !error.isEmpty()) {
        err() << "phare-cli: cannot write " << o.output << ": " << error << "\n";
        return InvalidInput;
    }
    out() << QStringLiteral("%1: %2 pages\n").arg(o.output).arg(report.pageCount());
    return Success;
}

// The exit code once what was printed is really out: a write error on standard output (a full disk,
// /dev/full, a closed pipe) must not end in success with a truncated result.
int finish(int status)
{
    out().flush();
    errno = 0;
    const bool written = out().status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (written)
        return status;
    const int code = errno;
    err() << "phare-cli: cannot write the output"
          << (code ? QStringLiteral(": %1").arg(QString::fromLocal8Bit(std::strerror(code))) : QString()) << "\n";
    err().flush();
    return status == Success ? InvalidInput : status;
}

int run(const QStringList &args);

} // namespace

int main(int argc, char *argv[])
{
    // Only `report` draws (Qt Charts needs a QApplication); it needs no display, and the other
    // commands keep a plain QCoreApplication.
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs.append(QString::fromLocal8Bit(argv[i]));
    Options early;
    const bool drawing = parse(rawArgs, early).isEmpty() && early.command == u"report" && reportUsage(early).isEmpty();
    if (drawing && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        drawing ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phare-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHARE_VERSION));
    return finish(run(QCoreApplication::arguments()));
}

namespace {

int run(const QStringList &args)
{
    // Everything after "--" is a file (docs/cli.md), even a file named --help.
    const QStringList optionArgs = args.mid(0, args.indexOf(QStringLiteral("--")));
    if (optionArgs.contains(QStringLiteral("--help")) || optionArgs.contains(QStringLiteral("-h"))) {
        out() << usageText;
        return Success;
    }
    if (optionArgs.contains(QStringLiteral("--version"))) {
        out() << "phare-cli " << PHARE_VERSION << "\n";
        return Success;
    }
    Options options;
    if (const QString problem = parse(args, options); !problem.isEmpty())
        return usageError(problem);
    if (options.json && options.command != u"list")
        return usageError(QStringLiteral("--json only goes with list"));
    if (options.strict && options.command != u"validate")
        return usageError(QStringLiteral("--strict only goes with validate"));
    if (options.format != u"text" && options.command != u"score" && options.command != u"recommend")
        return usageError(QStringLiteral("--format only goes with score and recommend"));
    if (!options.output.isEmpty() && options.command != u"report")
        return usageError(QStringLiteral("-o only goes with report"));
    if (!options.compare.isEmpty() && options.command != u"report")
        return usageError(QStringLiteral("--compare only goes with report"));
    if (options.command == u"validate")
        return runValidate(options);
    if (options.command == u"list")
        return runList(options);
    if (options.command == u"score")
        return runScore(options);
    if (options.command == u"recommend")
        return runRecommend(options);
    if (options.command == u"report")
        return runReport(options);
    if (options.command.isEmpty())
        return usageError(QStringLiteral("no command given"));
    return usageError(QStringLiteral("unknown command '%1'").arg(options.command));
}

} // namespace
