// phare-contentc: checks a content folder as `phare-cli validate --strict` does and compiles it to the
// binary form the programs read at start-up (core/contentbinary.h). Run by the build: an error in the
// content fails the build, reported as PATH:LINE:COL: error: ... like a compiler's.
#include "contentbinary.h"
#include "contentloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>

namespace {

// The content read from FOLDER names its files FOLDER/...; the built-in content names them as the
// program finds them (":/questionnaires/..."), which messages and the report show.
void renameFiles(Phare::Content &content, const QString &folder, const QString &as)
{
    const auto rename = [&](QString &path) {
        if (path.startsWith(folder + QLatin1Char('/')))
            path = as + path.mid(folder.size());
    };
    for (Phare::Questionnaire &q : content.questionnaires)
        rename(q.path);
    for (Phare::Chapter &c : content.chapters)
        rename(c.path);
    for (Phare::UseCase &u : content.useCases)
        rename(u.path);
    for (Phare::Action &a : content.actions)
        rename(a.path);
    rename(content.organisation.path);
    for (Phare::GlossaryTerm &t : content.glossary)
        rename(t.path);
    for (Phare::Event &e : content.events)
        rename(e.path);
    for (Phare::Provider &p : content.providers)
        rename(p.path);
    for (Phare::Area &a : content.areas)
        rename(a.path);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "phare-contentc: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks a content folder (strict) and compiles it for the programs to embed."));
    parser.addHelpOption();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The compiled content to write."), QStringLiteral("FILE"));
    // The build gives --as (questionnaires/CMakeLists.txt); this tool cannot ask BuiltinContent, which
    // the content it compiles is part of.
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        QStringLiteral("The folder's name in the compiled content (default: the folder as given)."),
        QStringLiteral("NAME"));
    parser.addOptions({outputOption, asOption});
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("The content folder (*.yaml)."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outputOption))
        return fail(QStringLiteral("usage: phare-contentc -o OUT.bin [--as NAME] FOLDER"));

    const QString folder = QDir(parser.positionalArguments().first()).absolutePath();
    Phare::Result<Phare::Content> loaded = Phare::ContentLoader::load({folder}, {true, nullptr});
    if (!loaded.diagnostics().isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(Phare::toText(loaded.diagnostics())));
    if (!loaded.ok()) {
        return fail(QStringLiteral("%1 error(s) in %2: the content was not compiled")
                        .arg(Phare::errorCount(loaded.diagnostics()))
                        .arg(folder));
    }
    if (parser.isSet(asOption))
        renameFiles(loaded.value(), folder, parser.value(asOption));

    // What the programs will read must read back to the same content: written again, the same bytes.
    const QByteArray bytes = Phare::writeContentBinary(loaded.value());
    const Phare::Result<Phare::Content> back = Phare::readContentBinary(bytes, parser.value(outputOption));
    if (!back.ok())
        return fail(
            QStringLiteral("the compiled content does not read back: %1").arg(Phare::toText(back.diagnostics())));
    if (Phare::writeContentBinary(back.value()) != bytes)
        return fail(
            QStringLiteral("the compiled content reads back to something else (a field written but not read?)"));

    QSaveFile out(parser.value(outputOption));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    return 0;
}
