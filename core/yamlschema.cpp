// The schema layer under the content readers (see yamlschema.h).
#include "yamlschema.h"

#include "datetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Phare {

namespace {

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> previous(static_cast<std::size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[static_cast<std::size_t>(b.size())];
}

QString quotedList(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted.append(QCoreApplication::translate("Phare::YamlSchema", "'%1'", "a word quoted in a list").arg(w));
    return quoted.join(QStringLiteral(", "));
}

// Authors type a plain space before « : ; ? ! » and inside « »; French typography wants a no-break
// space there (narrow before ; ? !), so that a line never starts with the punctuation.
QString frenchTypography(QString text)
{
    static const QRegularExpression beforeNarrow(QStringLiteral("(?<=\\S) ([;?!])"));
    static const QRegularExpression beforeColon(QStringLiteral("(?<=\\S) (:|»)"));
    static const QRegularExpression afterOpening(QStringLiteral("« "));
    text.replace(beforeNarrow, QStringLiteral("\u202f\\1"));
    text.replace(beforeColon, QStringLiteral("\u00a0\\1"));
    text.replace(afterOpening, QStringLiteral("«\u00a0"));
    return text;
}

} // namespace

QString didYouMean(QStringView word, const QStringList &candidates, qsizetype &budget)
{
    QString best;
    int bestDistance = std::max<int>(2, static_cast<int>(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        budget -= (word.size() + 1) * (candidate.size() + 1);
        if (budget < 0)
            return QString();
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best.isEmpty() ? QString()
                          : QCoreApplication::translate("Phare::YamlSchema", "; did you mean '%1'?").arg(best);
}

// "the dimension 'basics'" when the item has a usable id, else the fallback ("dimension 2").
QString nameOf(const YamlNode &node, const QString &kind, const QString &fallback)
{
    const YamlNode *id = node.isMap() ? node.find(u"id") : nullptr;
    if (id && id->isScalar() && !id->scalar.isEmpty() && id->scalar.size() <= ContentLimits::maxIdLength)
        return QCoreApplication::translate("Phare::YamlSchema", "the %1 '%2'").arg(kind, id->scalar);
    return fallback;
}

YamlSchema::YamlSchema(QString path, Diagnostics &out, bool strict)
    : m_path(std::move(path)), m_out(out), m_strict(strict)
{}

QString YamlSchema::suggest(QStringView word, const QStringList &candidates)
{
    return didYouMean(word, candidates, m_suggestionBudget);
}

void YamlSchema::errorAt(int line, int column, const QString &message)
{
    m_out.append({Diagnostic::Severity::Error, m_path, line, column, message});
}

void YamlSchema::warning(const YamlNode &node, const QString &message)
{
    m_out.append({m_strict ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning, m_path, node.line,
                  node.column, message});
}

bool YamlSchema::expectMap(const YamlNode &node, const QString &what)
{
    if (node.isMap())
        return true;
    error(node,
          QCoreApplication::translate("Phare::YamlSchema", "%1 must be a mapping of 'key: value' lines").arg(what));
    return false;
}

bool YamlSchema::expectSequence(const YamlNode &node, const QString &what, int maxItems)
{
    if (!node.isSequence()) {
        error(node,
              QCoreApplication::translate("Phare::YamlSchema", "%1 must be a list ('- ' items or [a, b])").arg(what));
        return false;
    }
    if (node.items.size() > static_cast<std::size_t>(maxItems)) {
        error(node.items[static_cast<std::size_t>(maxItems)],
              QCoreApplication::translate("Phare::YamlSchema", "%1 has too many items (%2; at most %3)")
                  .arg(what)
                  .arg(node.items.size())
                  .arg(maxItems));
        return false;
    }
    return true;
}

void YamlSchema::checkKeys(const YamlNode &map, const QStringList &allowed, const QString &where)
{
    for (std::size_t i = 0; i < map.keys.size(); ++i) {
        const YamlKey &key = map.keys[i];
        if (!allowed.contains(key.name)) {
            errorAt(key.line, key.column,
                    QCoreApplication::translate("Phare::YamlSchema", "unknown key '%1' in %2%3")
                        .arg(key.name, where, suggest(key.name, allowed)));
        }
    }
}

const YamlNode *YamlSchema::required(const YamlNode &map, const QString &key, const QString &where)
{
    const YamlNode *node = map.find(key);
    if (!node)
        error(map, QCoreApplication::translate("Phare::YamlSchema", "%1 is missing the key '%2'").arg(where, key));
    return node;
}

std::optional<QString> YamlSchema::string(const YamlNode &node, const QString &what)
{
    if (!node.isScalar()) {
        error(node, QCoreApplication::translate("Phare::YamlSchema", "%1 must be a text").arg(what));
        return std::nullopt;
    }
    if (node.scalar.size() > ContentLimits::maxTextLength) {
        error(node, QCoreApplication::translate("Phare::YamlSchema", "%1 is too long (%2 characters; at most %3)")
                        .arg(what)
                        .arg(node.scalar.size())
                        .arg(ContentLimits::maxTextLength));
        return std::nullopt;
    }
    return node.scalar;
}

std::optional<QString> YamlSchema::id(const YamlNode &node, const QString &what)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    auto text = string(node, what);
    if (!text)
        return std::nullopt;
    if (text->size() > ContentLimits::maxIdLength) {
        error(node,
              QCoreApplication::translate("Phare::YamlSchema", "%1 is too long (%2 characters; an id has at most %3)")
                  .arg(what)
                  .arg(text->size())
                  .arg(ContentLimits::maxIdLength));
        return std::nullopt;
    }
    if (!pattern.match(*text).hasMatch()) {
        error(node, QCoreApplication::translate("Phare::YamlSchema",
                                                "%1 '%2' is not a valid id: use lower-case letters, digits and '-' "
                                                "(at most %3 characters)")
                        .arg(what, *text)
                        .arg(ContentLimits::maxIdLength));
        return std::nullopt;
    }
    return text;
}

std::optional<double> YamlSchema::number(const YamlNode &node, const QString &what)
{
    bool ok = false;
    double value = 0;
    if (node.isScalar() && !node.quoted)
        value = node.scalar.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        error(node,
              QCoreApplication::translate("Phare::YamlSchema", "%1 must be a number, not '%2'").arg(what, node.scalar));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> YamlSchema::boolean(const YamlNode &node, const QString &what)
{
    if (node.isScalar() && !node.quoted) {
        if (node.scalar == u"true")
            return true;
        if (node.scalar == u"false")
            return false;
    }
    error(node, QCoreApplication::translate("Phare::YamlSchema", "%1 must be true or false").arg(what));
    return std::nullopt;
}

double YamlSchema::weight(const YamlNode &map, const QString &what)
{
    const YamlNode *node = map.find(u"weight");
    if (!node)
        return 1;
    const auto value = number(*node, QCoreApplication::translate("Phare::YamlSchema", "the weight of %1").arg(what));
    if (value && *value <= 0) {
        error(*node, QCoreApplication::translate("Phare::YamlSchema",
                                                 "the weight of %1 must be more than 0; to leave it out of the "
                                                 "score, write 'scored: false'")
                         .arg(what));
        return 1;
    }
    // Far above any real weight, and low enough that a weighted sum of 500 questions stays exact.
    if (value && *value > 1000) {
        error(*node,
              QCoreApplication::translate("Phare::YamlSchema", "the weight of %1 must be at most 1000").arg(what));
        return 1;
    }
    return value.value_or(1);
}

std::optional<QString> YamlSchema::oneOf(const YamlNode &node, const QStringList &allowed, const QString &what)
{
    auto text = string(node, what);
    if (!text)
        return std::nullopt;
    if (!allowed.contains(*text)) {
        error(node, QCoreApplication::translate("Phare::YamlSchema", "%1 cannot be '%2': use one of %3%4")
                        .arg(what, *text, quotedList(allowed), suggest(*text, allowed)));
        return std::nullopt;
    }
    return text;
}

LocalizedText YamlSchema::localized(const YamlNode &node, const QString &what)
{
    return localized(node, [&what] { return what; });
}

// A text's description is only needed for an error: most texts are fine, and describing each of them
// ahead (translated, then formatted) cost about 1 % of reading the whole content.
LocalizedText YamlSchema::localized(const YamlNode &node, const std::function<QString()> &describe)
{
    QString described;
    const auto what = [&]() -> const QString & {
        if (described.isNull())
            described = describe();
        return described;
    };
    LocalizedText result;
    if (!node.isMap()) {
        error(node, QCoreApplication::translate("Phare::YamlSchema",
                                                "%1 must give the text in each language, as {fr: \"…\", en: \"…\"}")
                        .arg(what()));
        return result;
    }
    const bool unknownKey = std::any_of(node.keys.cbegin(), node.keys.cend(),
                                        [](const YamlKey &key) { return key.name != u"fr" && key.name != u"en"; });
    if (unknownKey)
        checkKeys(node, {QStringLiteral("fr"), QStringLiteral("en")}, what());
    const auto textOf = [&](const YamlNode &value, const char *description) {
        if (value.isScalar() && value.scalar.size() <= ContentLimits::maxTextLength)
            return value.scalar;
        return string(value, QCoreApplication::translate("Phare::YamlSchema", description).arg(what()))
            .value_or(QString());
    };
    if (const YamlNode *fr = node.find(u"fr"))
        result.fr = textOf(*fr, QT_TRANSLATE_NOOP("Phare::YamlSchema", "the French text of %1"));
    if (const YamlNode *en = node.find(u"en"))
        result.en = textOf(*en, QT_TRANSLATE_NOOP("Phare::YamlSchema", "the English text of %1"));
    result.fr = frenchTypography(result.fr.trimmed());
    result.en = result.en.trimmed();
    for (const QString *text : {&result.fr, &result.en}) {
        if (const QString problem = datePlaceholderProblem(*text); !problem.isEmpty())
            error(node, QStringLiteral("%1: %2").arg(what(), problem));
    }
    if (result.isEmpty()) {
        error(node, QCoreApplication::translate("Phare::YamlSchema", "%1 is empty").arg(what()));
    } else if (result.fr.isEmpty()) {
        warning(node, QCoreApplication::translate("Phare::YamlSchema", "%1 has no French text").arg(what()));
    } else if (result.en.isEmpty()) {
        warning(node, QCoreApplication::translate("Phare::YamlSchema", "%1 has no English text").arg(what()));
    }
    return result;
}

LocalizedText YamlSchema::requiredLocalized(const YamlNode &map, const QString &key, const QString &what)
{
    const YamlNode *node = required(map, key, what);
    return node ? localized(
                      *node,
                      [&] { return QCoreApplication::translate("Phare::YamlSchema", "the %1 of %2").arg(key, what); })
                : LocalizedText{};
}

LocalizedText YamlSchema::plainOrLocalized(const YamlNode &node, const QString &what)
{
    if (node.isMap())
        return localized(node, what);
    if (!node.isScalar()) {
        error(node,
              QCoreApplication::translate("Phare::YamlSchema",
                                          "%1 must be a text, or the text in each language as {fr: \"…\", en: \"…\"}")
                  .arg(what));
        return {};
    }
    // An unquoted 2024 or true is a number or a yes/no to YAML: most likely a slip, not a source.
    bool number = false;
    (void)node.scalar.toDouble(&number);
    if (!node.quoted && (number || node.scalar == u"true" || node.scalar == u"false")) {
        error(node, QCoreApplication::translate("Phare::YamlSchema",
                                                "%1 must be a text, not '%2': put it in quotes if it is one")
                        .arg(what, node.scalar));
        return {};
    }
    const auto scalar = string(node, what);
    if (!scalar)
        return {};
    const QString text = scalar->trimmed();
    if (text.isEmpty()) {
        error(node, QCoreApplication::translate("Phare::YamlSchema", "%1 is empty").arg(what));
        return {};
    }
    if (const QString problem = datePlaceholderProblem(text); !problem.isEmpty())
        error(node, QStringLiteral("%1: %2").arg(what, problem));
    return {frenchTypography(text), text};
}

QList<LocalizedText> YamlSchema::localizedList(const YamlNode &node, const QString &what)
{
    QList<LocalizedText> result;
    if (!expectSequence(node, what))
        return result;
    for (std::size_t i = 0; i < node.items.size(); ++i)
        result.append(localized(
            node.items[i], QCoreApplication::translate("Phare::YamlSchema", "item %1 of %2").arg(i + 1).arg(what)));
    return result;
}

QList<SourceRef> YamlSchema::refList(const YamlNode &node, const QString &what, bool slashAllowed)
{
    QList<SourceRef> result;
    if (!expectSequence(node, what))
        return result;
    for (const YamlNode &item : node.items) {
        if (slashAllowed) {
            if (const auto text = string(item, what))
                result.append({*text, item.line, item.column});
        } else if (const auto value =
                       id(item, QCoreApplication::translate("Phare::YamlSchema", "an id in %1").arg(what))) {
            result.append({*value, item.line, item.column});
        }
    }
    return result;
}

void YamlSchema::unique(QSet<QString> &seen, const QString &value, const YamlNode &node, const QString &what)
{
    if (seen.contains(value))
        error(node, QCoreApplication::translate("Phare::YamlSchema", "duplicate %1 id '%2': each must be different")
                        .arg(what, value));
    seen.insert(value);
}

} // namespace Phare
