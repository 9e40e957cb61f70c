// Builds YamlNode trees from yaml-cpp's event parser, so that every check has a position.
#include "yamlparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace Phare {

namespace {

// Thrown from the event handler to stop parsing at once (limits, which must stay bounded).
struct StopParsing
{
    Diagnostic diagnostic;
};

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// yaml-cpp's messages are terse and written for programmers; say the same in plain words.
QString explainSyntaxError(const std::string &message)
{
    struct Known
    {
        const char *yamlCpp;
        const char *plain;
    };
    // The plain texts are translated where they are shown (QT_TRANSLATE_NOOP marks them for lupdate).
    static const Known known[] = {
        {"end of map not found",
         QT_TRANSLATE_NOOP("Phare::YamlParser",
                           "a mapping is not closed: check the indentation and the '}' of inline mappings")},
        {"end of map flow not found",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "an inline mapping '{' is not closed with '}'")},
        {"end of sequence not found",
         QT_TRANSLATE_NOOP("Phare::YamlParser",
                           "a list is not closed: check the indentation and the ']' of inline lists")},
        {"end of sequence flow not found",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "an inline list '[' is not closed with ']'")},
        {"illegal map value",
         QT_TRANSLATE_NOOP("Phare::YamlParser",
                           "a ':' is in the wrong place; put text that contains ': ' between quotes")},
        {"illegal map key",
         QT_TRANSLATE_NOOP("Phare::YamlParser",
                           "a '?' key is in the wrong place; put text that starts with '?' between quotes")},
        {"illegal EOF in scalar",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "the file ends inside a text: a quote is probably not closed")},
        {"illegal character in scalar",
         QT_TRANSLATE_NOOP("Phare::YamlParser",
                           "a text holds a character that is not allowed there; put the text between quotes")},
        {"unknown token",
         QT_TRANSLATE_NOOP("Phare::YamlParser",
                           "unexpected character; put text that starts with a special character between quotes")},
        {"unknown escape character",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "unknown escape sequence after '\\' in a double-quoted text")},
        {"bad character found while scanning hex number",
         QT_TRANSLATE_NOOP(
             "Phare::YamlParser",
             "a '\\x', '\\u' or '\\U' escape in a double-quoted text is not followed by hexadecimal digits")},
        {"invalid unicode",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "a '\\u' or '\\U' escape in a double-quoted text names no character")},
        {"illegal tab when looking for indentation",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "tabs cannot indent YAML: use spaces")},
        {"invalid character in anchor", QT_TRANSLATE_NOOP("Phare::YamlParser", "invalid character after '&' or '*'")},
        {"illegal character found while scanning anchor",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "invalid character after '&' or '*'")},
        {"illegal character found while scanning alias",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "invalid character after '&' or '*'")},
        {"anchor not found after &",
         QT_TRANSLATE_NOOP("Phare::YamlParser",
                           "a '&' is not followed by a name; put text that starts with '&' between quotes")},
        {"alias not found after *",
         QT_TRANSLATE_NOOP("Phare::YamlParser",
                           "a '*' is not followed by a name; put text that starts with '*' between quotes")},
        {"cannot assign multiple anchors to the same node",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "anchors ('&name') are not allowed: write the text out in full")},
        {"cannot assign multiple aliases to the same node",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "aliases ('*name') are not allowed: write the text out in full")},
        {"cannot assign the same alias to multiple nodes",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "aliases ('*name') are not allowed: write the text out in full")},
        {"aliases can't have any content",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "aliases ('*name') are not allowed: write the text out in full")},
        {"the referenced anchor is not defined",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "aliases ('*name') are not allowed: write the text out in full")},
        {"cannot assign multiple tags to the same node",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "tags ('!name') are not allowed: remove them")},
        {"illegal character found while scanning tag handle",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "tags ('!name') are not allowed: remove them")},
        {"tag handle with no suffix",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "tags ('!name') are not allowed: remove them")},
        {"end of verbatim tag not found",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "tags ('!name') are not allowed: remove them")},
        {"TAG directives must have exactly two arguments",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "invalid '%TAG' directive")},
        {"repeated TAG directive", QT_TRANSLATE_NOOP("Phare::YamlParser", "the '%TAG' directive appears twice")},
        {"YAML directives must have exactly one argument",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "invalid '%YAML' directive")},
        {"bad YAML version",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "the '%YAML' directive gives a version that is not 1.x")},
        {"YAML major version too large",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "the '%YAML' directive gives a version that is not 1.x")},
        {"cannot read a YAML directive", QT_TRANSLATE_NOOP("Phare::YamlParser", "invalid '%YAML' directive")},
        {"repeated YAML directive", QT_TRANSLATE_NOOP("Phare::YamlParser", "the '%YAML' directive appears twice")},
        {"block sequence entries are not allowed in this context",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "a list item '- ' is in the wrong place: check the indentation")},
        {"end of document not found",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "unexpected text after the end of the document")},
        {"illegal flow end", QT_TRANSLATE_NOOP("Phare::YamlParser", "a ']' or '}' closes nothing")},
        {"end of scalar not found", QT_TRANSLATE_NOOP("Phare::YamlParser", "a text is not closed: check its quotes")},
        {"illegal block entry",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "a list item '- ' is in the wrong place: check the indentation")},
        {"illegal document indicator in scalar",
         QT_TRANSLATE_NOOP("Phare::YamlParser",
                           "'---' or '...' at the start of a line inside a text: indent it or quote the text")},
        {"cannot set zero indentation for a block scalar",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "a '|' or '>' text cannot have an indentation of 0")},
        {"unexpected character in block scalar",
         QT_TRANSLATE_NOOP("Phare::YamlParser",
                           "unexpected character after '|' or '>': start the text on the next line")},
        {"invalid indentation",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "the indentation is wrong: align items of the same list or mapping")},
        {"did not find expected key",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "a key is missing or the indentation is wrong")},
        {"invalid escape sequence",
         QT_TRANSLATE_NOOP("Phare::YamlParser", "unknown escape sequence after '\\' in a double-quoted text")},
    };
    for (const auto &k : known) {
        if (message.find(k.yamlCpp) != std::string::npos)
            return QCoreApplication::translate("Phare::YamlParser", k.plain);
    }
    return QCoreApplication::translate("Phare::YamlParser", "the file is not valid YAML (%1)").arg(fromStd(message));
}

// The last '[' (or '{') before `end` that is still open there, ignoring quoted text and comments on
// each line; -1 when none is found.
qsizetype unclosedBracket(const QByteArray &data, qsizetype end, char opening)
{
    const char closing = opening == '[' ? ']' : '}';
    std::vector<qsizetype> open;
    char quote = 0;
    bool comment = false;
    end = std::min<qsizetype>(end, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = data[i];
        if (c == '\n') {
            quote = 0;
            comment = false;
        } else if (comment) {
            continue;
        } else if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#' && (i == 0 || data[i - 1] == ' ' || data[i - 1] == '\t')) {
            comment = true;
        } else if (c == opening) {
            open.push_back(i);
        } else if (c == closing && !open.empty()) {
            open.pop_back();
        }
    }
    return open.empty() ? -1 : open.back();
}

class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(const QString &path, const YamlLimits &limits, Diagnostics &out)
        : m_path(path), m_limits(limits), m_out(out)
    {}

    std::optional<YamlNode> takeRoot() { return std::move(m_root); }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        checkAnchor(mark, anchor);
        add(makeNode(YamlNode::Type::Null, mark));
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        error(mark, QCoreApplication::translate("Phare::YamlParser",
                                                "aliases ('*name') are not allowed: write the text out in full"));
        add(makeNode(YamlNode::Type::Null, mark));
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        checkAnchor(mark, anchor);
        checkTag(mark, tag);
        YamlNode node = makeNode(YamlNode::Type::Scalar, mark);
        node.scalar = fromStd(value);
        node.quoted = tag == "!";
        add(std::move(node));
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(YamlNode::Type::Sequence, mark, tag, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(YamlNode::Type::Map, mark, tag, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        YamlNode node;
        std::optional<YamlKey> pendingKey;
        QSet<QString> seenKeys;
    };

    YamlNode makeNode(YamlNode::Type type, const YAML::Mark &mark)
    {
        if (++m_nodeCount > m_limits.maxNodes) {
            throw StopParsing{
                {Diagnostic::Severity::Error, m_path, mark.line + 1, mark.column + 1,
                 QCoreApplication::translate("Phare::YamlParser", "the file has too many entries (more than %1)")
                     .arg(m_limits.maxNodes)}};
        }
        YamlNode node;
        node.type = type;
        node.line = mark.line + 1;
        node.column = mark.column + 1;
        return node;
    }

    // An alias, an anchor or a tag ends the file's reading: a megabyte of aliases gave a million errors
    // per file (20 million lines, 48 s, 3.1 GB for a folder of them).
    [[noreturn]] void error(const YAML::Mark &mark, const QString &message)
    {
        throw StopParsing{{Diagnostic::Severity::Error, m_path, mark.line + 1, mark.column + 1, message}};
    }

    // Other problems are listed, up to YamlLimits::maxErrors; past them the reading stops.
    void problem(int line, int column, const QString &message)
    {
        if (++m_problems > m_limits.maxErrors) {
            throw StopParsing{
                {Diagnostic::Severity::Error, m_path, line, column,
                 QCoreApplication::translate("Phare::YamlParser", "too many problems: only the first %1 are listed")
                     .arg(m_limits.maxErrors)}};
        }
        m_out.append({Diagnostic::Severity::Error, m_path, line, column, message});
    }

    void checkAnchor(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            error(mark, QCoreApplication::translate("Phare::YamlParser",
                                                    "anchors ('&name') are not allowed: write the text out in full"));
    }

    void checkTag(const YAML::Mark &mark, const std::string &tag)
    {
        if (tag.empty() || tag == "?" || tag == "!")
            return;
        QString shown = fromStd(tag);
        shown.replace(QStringLiteral("tag:yaml.org,2002:"), QStringLiteral("!!"));
        error(mark, QCoreApplication::translate("Phare::YamlParser", "tags such as '%1' are not allowed: remove it")
                        .arg(shown));
    }

    void open(YamlNode::Type type, const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor)
    {
        checkAnchor(mark, anchor);
        checkTag(mark, tag);
        if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth) {
            throw StopParsing{
                {Diagnostic::Severity::Error, m_path, mark.line + 1, mark.column + 1,
                 QCoreApplication::translate("Phare::YamlParser",
                                             "the file nests lists and mappings too deeply (more than %1 levels)")
                     .arg(m_limits.maxDepth)}};
        }
        m_stack.push_back(Frame{makeNode(type, mark), std::nullopt, {}});
    }

    void close()
    {
        if (m_stack.empty())
            return;
        YamlNode node = std::move(m_stack.back().node);
        m_stack.pop_back();
        add(std::move(node));
    }

    void add(YamlNode node)
    {
        if (m_stack.empty()) {
            m_root = std::move(node);
            return;
        }
        Frame &frame = m_stack.back();
        if (frame.node.type == YamlNode::Type::Sequence) {
            frame.node.items.push_back(std::move(node));
            return;
        }
        if (!frame.pendingKey) {
            if (node.type != YamlNode::Type::Scalar) {
                problem(node.line, node.column,
                        QCoreApplication::translate("Phare::YamlParser",
                                                    "a key must be a plain name, not a list or a mapping"));
            } else if (frame.seenKeys.contains(node.scalar)) {
                problem(node.line, node.column,
                        QCoreApplication::translate("Phare::YamlParser",
                                                    "duplicate key '%1': it already appears in this mapping")
                            .arg(node.scalar));
            } else {
                frame.seenKeys.insert(node.scalar);
            }
            frame.pendingKey = YamlKey{node.scalar, node.line, node.column};
            return;
        }
        frame.node.keys.push_back(std::move(*frame.pendingKey));
        frame.node.values.push_back(std::move(node));
        frame.pendingKey.reset();
    }

    QString m_path;
    YamlLimits m_limits;
    Diagnostics &m_out;
    std::vector<Frame> m_stack;
    std::optional<YamlNode> m_root;
    qsizetype m_nodeCount = 0;
    int m_problems = 0;
};

} // namespace

YamlReading readYaml(const QByteArray &data, const QString &path, const YamlLimits &limits)
{
    YamlReading result;
    auto fail = [&](int line, int column, const QString &message) {
        result.root.reset();
        result.diagnostics.append({Diagnostic::Severity::Error, path, line, column, message});
        return result;
    };

    if (data.size() > limits.maxBytes) {
        return fail(
            1, 1,
            QCoreApplication::translate("Phare::YamlParser", "the file is too large (%1 bytes; at most %2 are read)")
                .arg(data.size())
                .arg(limits.maxBytes));
    }
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        int line = 0;
        int column = 0;
        lineColumnAt(data, bad, line, column);
        return fail(line, column,
                    QCoreApplication::translate("Phare::YamlParser", "the file is not UTF-8 text; save it as UTF-8"));
    }
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        int line = 0;
        int column = 0;
        lineColumnAt(data, nul, line, column);
        return fail(line, column,
                    QCoreApplication::translate("Phare::YamlParser",
                                                "the file contains a NUL character; it is not a text file"));
    }

    std::istringstream stream(data.toStdString());
    TreeBuilder builder(path, limits, result.diagnostics);
    try {
        YAML::Parser parser(stream);
        // Only ever one document: yaml-cpp's LoadAll loop can spin forever on some inputs.
        if (!parser.HandleNextDocument(builder))
            return fail(1, 1, QCoreApplication::translate("Phare::YamlParser", "the file is empty"));
        result.root = builder.takeRoot();
        // A second call is safe (the endless loop is LoadAll's); some inputs give an empty second
        // document without any '---', so only a second document with content counts.
        Diagnostics ignored;
        TreeBuilder extra(path, limits, ignored);
        if (parser.HandleNextDocument(extra)) {
            const std::optional<YamlNode> second = extra.takeRoot();
            if (second && !second->isNull()) {
                result.diagnostics.append(
                    {Diagnostic::Severity::Error, path, second->line, second->column,
                     QCoreApplication::translate(
                         "Phare::YamlParser",
                         "the file holds more than one YAML document ('---'); keep only the first")});
            }
        }
    } catch (const StopParsing &stop) {
        result.root.reset();
        result.diagnostics.append(stop.diagnostic);
        return result;
    } catch (const YAML::DeepRecursion &e) {
        return fail(e.mark.line + 1, e.mark.column + 1,
                    QCoreApplication::translate("Phare::YamlParser", "the file nests lists and mappings too deeply"));
    } catch (const YAML::Exception &e) {
        const bool known = !e.mark.is_null();
        int line = known ? e.mark.line + 1 : 0;
        int column = known ? e.mark.column + 1 : 0;
        // yaml-cpp notices an unclosed '[' or '{' where it gives up; the author needs the opening one.
        const bool list = e.msg.find("end of sequence flow not found") != std::string::npos;
        const bool map = e.msg.find("end of map flow not found") != std::string::npos;
        if (known && (list || map)) {
            if (const qsizetype open = unclosedBracket(data, e.mark.pos, list ? '[' : '{'); open >= 0)
                lineColumnAt(data, open, line, column);
        }
        return fail(line, column, explainSyntaxError(e.msg));
    } catch (const std::exception &e) {
        return fail(0, 0,
                    QCoreApplication::translate("Phare::YamlParser", "the file could not be read as YAML (%1)")
                        .arg(QString::fromUtf8(e.what())));
    }
    if (!result.root)
        return fail(1, 1, QCoreApplication::translate("Phare::YamlParser", "the file is empty"));
    if (result.root->isNull())
        return fail(result.root->line, result.root->column,
                    QCoreApplication::translate("Phare::YamlParser",
                                                "the file has nothing Phare can read: expected 'key: value' lines"));
    return result;
}

YamlReading readYamlFile(const QString &path, const YamlLimits &limits)
{
    // Only a regular file: a FIFO would wait forever for a writer, a device never ends.
    if (const QFileInfo info(path); info.exists() && !info.isFile() && !path.startsWith(u':')) {
        YamlReading result;
        result.diagnostics.append(
            {Diagnostic::Severity::Error, path, 0, 0,
             QCoreApplication::translate("Phare::YamlParser",
                                         "cannot open the file: it is not a regular file (a folder, a "
                                         "pipe or a device); Phare only reads files")});
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        YamlReading result;
        result.diagnostics.append(
            {Diagnostic::Severity::Error, path, 0, 0,
             QCoreApplication::translate("Phare::YamlParser", "cannot open the file: %1").arg(file.errorString())});
        return result;
    }
    // Read one byte more than allowed, so an oversized file is detected without reading it all.
    const QByteArray data = file.read(limits.maxBytes + 1);
    return readYaml(data, path, limits);
}

namespace {
Result<YamlNode> accepted(YamlReading reading)
{
    if (!reading.root || hasErrors(reading.diagnostics))
        return Result<YamlNode>::failure(std::move(reading.diagnostics));
    return {std::move(*reading.root), std::move(reading.diagnostics)};
}
} // namespace

Result<YamlNode> parseYaml(const QByteArray &data, const QString &path, const YamlLimits &limits)
{
    return accepted(readYaml(data, path, limits));
}

Result<YamlNode> parseYamlFile(const QString &path, const YamlLimits &limits)
{
    return accepted(readYamlFile(path, limits));
}

} // namespace Phare
