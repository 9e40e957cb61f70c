// The schema layer under the content readers: checks a YAML tree's keys and reads its typed scalars,
// turning every departure from the format into a diagnostic with a position and a "did you mean".
#pragma once

#include "contentlimits.h"
#include "diagnostic.h"
#include "localizedtext.h"
#include "questionnaire.h"
#include "yamlnode.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Phare {

// Comparing a word with a candidate costs the product of their lengths. A hostile file with thousands
// of long unknown names among hundreds of ids once took minutes to check: a file gets this much
// comparing in all (thousands of ordinary suggestions), then its errors come without suggestions.
constexpr qsizetype suggestionBudget = 4'000'000;

// "; did you mean 'x'?" for the candidate closest to word, if close enough; spends budget, and says
// nothing once it is spent.
QString didYouMean(QStringView word, const QStringList &candidates, qsizetype &budget);

// "the dimension 'basics'" when the item has a usable id, else the fallback ("dimension 2").
QString nameOf(const YamlNode &node, const QString &kind, const QString &fallback);

// Reads one file's tree, turning every departure from the format into a diagnostic (in `out`; in
// strict mode a warning is an error).
class YamlSchema final
{
public:
    YamlSchema(QString path, Diagnostics &out, bool strict);

    // "; did you mean 'x'?" while this file's budget for suggestions lasts (callers gather candidates
    // only then), else nothing.
    bool canSuggest() const { return m_suggestionBudget > 0; }
    QString suggest(QStringView word, const QStringList &candidates);

    void error(const YamlNode &node, const QString &message) { errorAt(node.line, node.column, message); }
    void errorAt(int line, int column, const QString &message);
    void warning(const YamlNode &node, const QString &message);

    bool expectMap(const YamlNode &node, const QString &what);

    // A list longer than maxItems is refused whole (ContentLimits): reading it would only cost time.
    bool expectSequence(const YamlNode &node, const QString &what, int maxItems = ContentLimits::maxListItems);

    void checkKeys(const YamlNode &map, const QStringList &allowed, const QString &where);

    const YamlNode *required(const YamlNode &map, const QString &key, const QString &where);

    std::optional<QString> string(const YamlNode &node, const QString &what);

    std::optional<QString> id(const YamlNode &node, const QString &what);

    std::optional<double> number(const YamlNode &node, const QString &what);

    std::optional<bool> boolean(const YamlNode &node, const QString &what);

    double weight(const YamlNode &map, const QString &what);

    std::optional<QString> oneOf(const YamlNode &node, const QStringList &allowed, const QString &what);

    LocalizedText localized(const YamlNode &node, const QString &what);
    // The same, with the node's description made only if a message needs it.
    LocalizedText localized(const YamlNode &node, const std::function<QString()> &describe);

    LocalizedText requiredLocalized(const YamlNode &map, const QString &key, const QString &what);

    // A text that is often the same in every language (a source, a reference's title): a plain string is
    // taken for each language, a map {fr: "…", en: "…"} is read as localized() reads it.
    LocalizedText plainOrLocalized(const YamlNode &node, const QString &what);

    QList<LocalizedText> localizedList(const YamlNode &node, const QString &what);

    QList<SourceRef> refList(const YamlNode &node, const QString &what, bool slashAllowed = false);

    // Reports an id already used in the same scope.
    void unique(QSet<QString> &seen, const QString &value, const YamlNode &node, const QString &what);

    const QString &path() const { return m_path; }

private:
    QString m_path;
    Diagnostics &m_out;
    bool m_strict;
    qsizetype m_suggestionBudget = suggestionBudget;
};

} // namespace Phare
