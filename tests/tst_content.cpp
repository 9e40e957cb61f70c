// Checks the built-in content against issue 3: themes, texts, catalogues, rule coverage, reachability, typography.
#include "assessment.h"
#include "catalogue.h"
#include "content.h"
#include "recommender.h"
#include "scorer.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <random>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {

const QStringList expectedThemes = {u"ai-readiness"_s, u"cybersecurity"_s, u"e-commerce"_s, u"people-change"_s};
const QStringList expectedSectors = {u"retail"_s, u"food"_s,     u"craft"_s,   u"tourism"_s,
                                     u"health"_s, u"industry"_s, u"services"_s};

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// "cybersecurity.yaml:57 question 'mfa'": where the lead looks to fix it.
QString whereIs(const Questionnaire &q, const Question &question)
{
    return u"%1:%2 question '%3'"_s.arg(fileName(q.path)).arg(question.line).arg(question.id);
}

double maxScore(const Question &q)
{
    double best = q.options.isEmpty() ? 0 : q.options.first().score;
    for (const Option &o : q.options)
        best = std::max(best, o.score);
    return best;
}

double minScore(const Question &q)
{
    double worst = q.options.isEmpty() ? 0 : q.options.first().score;
    for (const Option &o : q.options)
        worst = std::min(worst, o.score);
    return worst;
}

QString optionWithScore(const Question &q, double score)
{
    for (const Option &o : q.options) {
        if (o.score == score)
            return o.id;
    }
    return {};
}

QStringList nonExclusiveOptions(const Question &q)
{
    QStringList ids;
    for (const Option &o : q.options) {
        if (!o.exclusive)
            ids.append(o.id);
    }
    return ids;
}

QString exclusiveOption(const Question &q)
{
    for (const Option &o : q.options) {
        if (o.exclusive)
            return o.id;
    }
    return {};
}

Answer allRowsAt(const Question &q, const QString &option)
{
    QMap<QString, QString> rows;
    for (const GridRow &r : q.rows)
        rows.insert(r.id, option);
    return Answer::makeRows(rows);
}

// The best answer: the highest option, every non-exclusive option ticked, every row at its best option.
Answer topAnswer(const Question &q)
{
    switch (q.type) {
    case QuestionType::Checklist:
        return Answer::makeTicked(nonExclusiveOptions(q));
    case QuestionType::Grid:
        return allRowsAt(q, optionWithScore(q, maxScore(q)));
    case QuestionType::Scale:
    case QuestionType::YesNo:
        break;
    }
    return Answer::makeChoice(optionWithScore(q, maxScore(q)));
}

// The worst answer: the lowest option, only "none of these" (or nothing) ticked, every row at its worst option.
Answer bottomAnswer(const Question &q)
{
    switch (q.type) {
    case QuestionType::Checklist: {
        const QString none = exclusiveOption(q);
        return Answer::makeTicked(none.isEmpty() ? QStringList() : QStringList{none});
    }
    case QuestionType::Grid:
        return allRowsAt(q, optionWithScore(q, minScore(q)));
    case QuestionType::Scale:
    case QuestionType::YesNo:
        break;
    }
    return Answer::makeChoice(optionWithScore(q, minScore(q)));
}

struct Variant
{
    QString label; // how the answer is named in a failure message
    Answer answer;
};

// Every answer below the top of the question's scale, as issue 3 lists them.
QList<Variant> answersBelowTop(const Question &q)
{
    QList<Variant> variants;
    const double top = maxScore(q);
    switch (q.type) {
    case QuestionType::Scale:
    case QuestionType::YesNo:
        for (const Option &o : q.options) {
            if (o.score < top)
                variants.append({u"option '%1'"_s.arg(o.id), Answer::makeChoice(o.id)});
        }
        break;
    case QuestionType::Checklist: {
        const QString none = exclusiveOption(q);
        if (none.isEmpty())
            variants.append({u"nothing ticked"_s, Answer::makeTicked({})});
        else
            variants.append({u"only '%1' ticked"_s.arg(none), Answer::makeTicked({none})});
        const QStringList all = nonExclusiveOptions(q);
        for (const QString &left : all) {
            QStringList ticked = all;
            ticked.removeAll(left);
            variants.append({u"all ticked but '%1'"_s.arg(left), Answer::makeTicked(ticked)});
        }
        break;
    }
    case QuestionType::Grid: {
        const QString best = optionWithScore(q, top);
        for (const GridRow &row : q.rows) {
            for (const Option &o : q.options) {
                if (o.score >= top)
                    continue;
                QMap<QString, QString> rows;
                for (const GridRow &other : q.rows)
                    rows.insert(other.id, other.id == row.id ? o.id : best);
                variants.append({u"row '%1' at '%2'"_s.arg(row.id, o.id), Answer::makeRows(rows)});
            }
        }
        break;
    }
    }
    if (q.allowDontKnow)
        variants.append({u"don't know"_s, Answer::makeDontKnow()});
    return variants;
}

// Answers worth trying when looking for one that makes a condition true.
QList<Answer> candidateAnswers(const Question &q)
{
    QList<Answer> answers = {topAnswer(q), bottomAnswer(q)};
    switch (q.type) {
    case QuestionType::Scale:
    case QuestionType::YesNo:
        for (const Option &o : q.options)
            answers.append(Answer::makeChoice(o.id));
        break;
    case QuestionType::Checklist:
        answers.append(Answer::makeTicked({}));
        for (const Option &o : q.options)
            answers.append(Answer::makeTicked({o.id}));
        break;
    case QuestionType::Grid:
        for (const Option &o : q.options)
            answers.append(allRowsAt(q, o.id));
        break;
    }
    for (const Variant &v : answersBelowTop(q))
        answers.append(v.answer);
    return answers;
}

void namedQuestions(const Condition &condition, QStringList &out)
{
    for (const Condition &child : condition.children)
        namedQuestions(child, out);
    if (!condition.question.isEmpty() && !out.contains(condition.question))
        out.append(condition.question);
}

bool isVisible(const Questionnaire &q, const ThemeAnswers &answers, const QString &questionId)
{
    const ThemeResult theme = Scorer::scoreTheme(q, &answers);
    const QuestionResult *result = theme.question(questionId);
    return result && result->visible();
}

// Changes the answers to the earlier questions its showIf names (and, in turn, theirs) until the question shows.
bool makeVisible(const Questionnaire &q, ThemeAnswers &answers, const QString &questionId, int depth = 0)
{
    if (isVisible(q, answers, questionId))
        return true;
    const Question *question = q.question(questionId);
    if (!question || !question->showIf || depth > 16)
        return false;
    QStringList refs;
    namedQuestions(*question->showIf, refs);
    for (const QString &ref : std::as_const(refs))
        makeVisible(q, answers, ref, depth + 1);
    int tries = 0;
    const std::function<bool(qsizetype)> search = [&](qsizetype k) -> bool {
        if (k == refs.size())
            return ++tries <= 20000 && isVisible(q, answers, questionId);
        const QString &ref = refs[k];
        const std::optional<Answer> saved =
            answers.answers.contains(ref) ? std::optional<Answer>(answers.answers.value(ref)) : std::nullopt;
        if (search(k + 1))
            return true;
        for (const Answer &candidate : candidateAnswers(*q.question(ref))) {
            answers.answers.insert(ref, candidate);
            if (search(k + 1))
                return true;
            if (tries > 20000)
                break;
        }
        if (saved)
            answers.answers.insert(ref, *saved);
        else
            answers.answers.remove(ref);
        return false;
    };
    return search(0);
}

ThemeAnswers allAnswers(const Questionnaire &q, const std::function<Answer(const Question &)> &answerOf)
{
    ThemeAnswers answers;
    answers.version = q.version;
    for (const Dimension &d : q.dimensions) {
        for (const Question &question : d.questions)
            answers.answers.insert(question.id, answerOf(question));
    }
    return answers;
}

Assessment assessmentOf(const Questionnaire &q, const ThemeAnswers &answers, const QString &sector = u"retail"_s,
                        int employees = 5)
{
    Assessment a;
    a.company.name = u"Test"_s;
    a.company.sector = sector;
    a.company.employees = employees;
    a.language = u"fr"_s;
    a.themes.insert(q.id, answers);
    return a;
}

// The rules whose reasons name this dimension.
QSet<const Rule *> rulesNamingDimension(const Recommendations &out, const Dimension *dimension)
{
    QSet<const Rule *> rules;
    for (const FiredRule &fired : out.rules) {
        for (const Reason &r : fired.reasons) {
            if (r.dimension == dimension)
                rules.insert(fired.rule);
        }
    }
    return rules;
}

int employeesFor(const QString &size)
{
    for (int employees : {1, 5, 20, 100, 500, 5000}) {
        if (sizeForEmployees(employees) == size)
            return employees;
    }
    return -1;
}

struct FrenchText
{
    QString file;
    QString where;
    QString text;
};

void addText(QList<FrenchText> &out, const QString &path, const QString &where, const LocalizedText &text)
{
    out.append({fileName(path), where, text.fr});
}

// Every French text of the content, with the file and the place it comes from.
QList<FrenchText> frenchTexts(const Content &content)
{
    QList<FrenchText> out;
    for (const Questionnaire &q : content.questionnaires) {
        addText(out, q.path, u"title"_s, q.title);
        addText(out, q.path, u"description"_s, q.description);
        for (const Level &l : q.levels) {
            addText(out, q.path, u"level '%1' name"_s.arg(l.id), l.name);
            addText(out, q.path, u"level '%1' description"_s.arg(l.id), l.description);
        }
        for (const Dimension &d : q.dimensions) {
            addText(out, q.path, u"dimension '%1' title"_s.arg(d.id), d.title);
            addText(out, q.path, u"dimension '%1' description"_s.arg(d.id), d.description);
            for (const Question &question : d.questions) {
                const QString where = u"question '%1' (line %2)"_s.arg(question.id).arg(question.line);
                addText(out, q.path, where + u" text"_s, question.text);
                addText(out, q.path, where + u" help"_s, question.help);
                for (const Option &o : question.options)
                    addText(out, q.path, where + u" option '%1'"_s.arg(o.id), o.label);
                for (const GridRow &r : question.rows)
                    addText(out, q.path, where + u" row '%1'"_s.arg(r.id), r.label);
            }
        }
        for (const Rule &rule : q.rules)
            addText(out, q.path, u"rule '%1' (line %2) action"_s.arg(rule.id).arg(rule.line), rule.action);
    }
    for (const Chapter &c : content.chapters) {
        const QString where = u"chapter '%1' (line %2)"_s.arg(c.id).arg(c.line);
        addText(out, c.path, where + u" title"_s, c.title);
        addText(out, c.path, where + u" summary"_s, c.summary);
        for (qsizetype i = 0; i < c.keyActions.size(); ++i)
            addText(out, c.path, where + u" key action %1"_s.arg(i + 1), c.keyActions[i]);
    }
    for (const UseCase &u : content.useCases) {
        const QString where = u"use case '%1' (line %2)"_s.arg(u.id).arg(u.line);
        addText(out, u.path, where + u" title"_s, u.title);
        addText(out, u.path, where + u" description"_s, u.description);
        for (qsizetype i = 0; i < u.prerequisites.size(); ++i)
            addText(out, u.path, where + u" prerequisite %1"_s.arg(i + 1), u.prerequisites[i]);
        for (qsizetype i = 0; i < u.benefits.size(); ++i)
            addText(out, u.path, where + u" benefit %1"_s.arg(i + 1), u.benefits[i]);
    }
    return out;
}

bool isNoBreakSpace(QChar c)
{
    return c == QChar(0x00a0) || c == QChar(0x202f);
}

// What is wrong with the French spacing of a text, once loaded (the loader turns a plain space before
// « : ; ? ! » and inside « » into a no-break space): each high sign must follow a no-break space.
QStringList typographyProblems(const QString &loaded)
{
    static const QRegularExpression url(u"https?://\\S+"_s);
    QString text = loaded;
    text.replace(url, u"URL"_s);
    QStringList problems;
    const auto excerpt = [&](qsizetype i) {
        return u"\"%1\""_s.arg(text.mid(std::max<qsizetype>(0, i - 15), 20));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (QStringView(u":;?!").contains(c) && i > 0) {
            const QChar before = text[i - 1];
            if (isNoBreakSpace(before) || QStringView(u":;?!").contains(before))
                continue;
            problems.append(before.isSpace() ? u"plain space left before '%1' in %2"_s.arg(c).arg(excerpt(i))
                                             : u"'%1' glued to the word before it in %2"_s.arg(c).arg(excerpt(i)));
        } else if (c == u'«' && (i + 1 >= text.size() || !isNoBreakSpace(text[i + 1]))) {
            problems.append(u"no no-break space after « in %1"_s.arg(excerpt(i + 5)));
        } else if (c == u'»' && (i == 0 || !isNoBreakSpace(text[i - 1]))) {
            problems.append(u"no no-break space before » in %1"_s.arg(excerpt(i)));
        }
    }
    return problems;
}

} // namespace

class TestContent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsWithoutDiagnostic();
    void themes_data();
    void themes();
    void questionTexts_data();
    void questionTexts();
    void catalogueSizes();
    void chapters_data();
    void chapters();
    void useCases_data();
    void useCases();
    void useCaseSectors_data();
    void useCaseSectors();
    void everyLowerAnswerFiresARule_data();
    void everyLowerAnswerFiresARule();
    void everyRuleFires_data();
    void everyRuleFires();
    void everyChapterIsReachable_data();
    void everyChapterIsReachable();
    void everyUseCaseIsReachable_data();
    void everyUseCaseIsReachable();
    void frenchTypography_data();
    void frenchTypography();
    void actionPlanFollowsItsRule();

private:
    void recordFiredRules(const Questionnaire &q, const ThemeAnswers &answers);

    ContentLoadResult m_loaded;
    // For each rule that fired in some generated assessment, the first assessment that fired it.
    QHash<const Rule *, Assessment> m_firedBy;
};

void TestContent::recordFiredRules(const Questionnaire &q, const ThemeAnswers &answers)
{
    const Assessment a = assessmentOf(q, answers);
    const AssessmentResult result = Scorer::score(m_loaded.content, a);
    const Recommendations out = Recommender::recommend(m_loaded.content, a, result);
    for (const FiredRule &fired : out.rules) {
        if (!m_firedBy.contains(fired.rule))
            m_firedBy.insert(fired.rule, a);
    }
}

void TestContent::initTestCase()
{
    m_loaded = ContentLoader::loadBuiltin();
    QVERIFY2(m_loaded.ok(), qPrintable(describe(m_loaded.diagnostics)));

    // Assessments meant to fire every rule: everything at the bottom (or "don't know"), everything at the top,
    // and from each of these, every question made visible and given each answer worth trying.
    for (const Questionnaire &q : m_loaded.content.questionnaires) {
        const QList<ThemeAnswers> bases = {
            allAnswers(q, bottomAnswer),
            allAnswers(q,
                       [](const Question &question) {
                           return question.allowDontKnow ? Answer::makeDontKnow() : bottomAnswer(question);
                       }),
            allAnswers(q, topAnswer),
        };
        for (const ThemeAnswers &base : bases) {
            recordFiredRules(q, base);
            for (const Dimension &d : q.dimensions) {
                for (const Question &question : d.questions) {
                    ThemeAnswers shown = base;
                    if (!makeVisible(q, shown, question.id))
                        continue;
                    for (const Answer &answer : candidateAnswers(question)) {
                        ThemeAnswers tried = shown;
                        tried.answers.insert(question.id, answer);
                        recordFiredRules(q, tried);
                    }
                }
            }
        }
    }
}

void TestContent::loadsWithoutDiagnostic()
{
    QVERIFY2(m_loaded.diagnostics.isEmpty(), qPrintable(describe(m_loaded.diagnostics)));
    ContentLoadOptions strict;
    strict.strict = true;
    const ContentLoadResult loaded = ContentLoader::load({ContentLoader::builtinPath()}, strict);
    QVERIFY2(loaded.diagnostics.isEmpty(), qPrintable(describe(loaded.diagnostics)));
}

void TestContent::themes_data()
{
    QTest::addColumn<QString>("theme");
    for (const QString &theme : expectedThemes)
        QTest::newRow(qPrintable(theme)) << theme;
}

void TestContent::themes()
{
    QFETCH(QString, theme);
    const Questionnaire *q = m_loaded.content.questionnaire(theme);
    QVERIFY2(q, qPrintable(u"no questionnaire with the id '%1'"_s.arg(theme)));
    QVERIFY2(
        q->dimensions.size() >= 4,
        qPrintable(u"%1 has %2 dimensions, at least 4 expected"_s.arg(fileName(q->path)).arg(q->dimensions.size())));
    QVERIFY2(q->questionCount() >= 20,
             qPrintable(u"%1 has %2 questions, at least 20 expected"_s.arg(fileName(q->path)).arg(q->questionCount())));
}

void TestContent::questionTexts_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("question");
    for (const Questionnaire &q : m_loaded.content.questionnaires) {
        for (const Dimension &d : q.dimensions) {
            for (const Question &question : d.questions)
                QTest::addRow("%s/%s", qPrintable(q.id), qPrintable(question.id)) << q.id << question.id;
        }
    }
}

void TestContent::questionTexts()
{
    QFETCH(QString, theme);
    QFETCH(QString, question);
    const Questionnaire &q = *m_loaded.content.questionnaire(theme);
    const Question &item = *q.question(question);
    QStringList missing;
    const auto check = [&](const LocalizedText &text, const QString &what) {
        if (text.fr.trimmed().isEmpty())
            missing.append(what + u" in French"_s);
        if (text.en.trimmed().isEmpty())
            missing.append(what + u" in English"_s);
    };
    check(item.text, u"text"_s);
    check(item.help, u"help"_s);
    if (item.source.trimmed().isEmpty())
        missing.append(u"source"_s);
    for (const Option &o : item.options)
        check(o.label, u"label of option '%1'"_s.arg(o.id));
    for (const GridRow &r : item.rows)
        check(r.label, u"label of row '%1'"_s.arg(r.id));
    QVERIFY2(missing.isEmpty(), qPrintable(u"%1 lacks: %2"_s.arg(whereIs(q, item), missing.join(u", "_s))));
}

void TestContent::catalogueSizes()
{
    QVERIFY2(m_loaded.content.chapters.size() >= 15,
             qPrintable(u"%1 chapters, at least 15 expected"_s.arg(m_loaded.content.chapters.size())));
    QVERIFY2(m_loaded.content.useCases.size() >= 40,
             qPrintable(u"%1 use cases, at least 40 expected"_s.arg(m_loaded.content.useCases.size())));
}

void TestContent::chapters_data()
{
    QTest::addColumn<QString>("chapter");
    for (const Chapter &c : m_loaded.content.chapters)
        QTest::newRow(qPrintable(c.id)) << c.id;
}

void TestContent::chapters()
{
    QFETCH(QString, chapter);
    const Chapter &c = *m_loaded.content.chapter(chapter);
    QStringList problems;
    if (c.summary.fr.isEmpty() || c.summary.en.isEmpty())
        problems.append(u"a summary in French and in English"_s);
    if (c.keyActions.size() < 3 || c.keyActions.size() > 6)
        problems.append(u"3 to 6 key actions (it has %1)"_s.arg(c.keyActions.size()));
    if (std::none_of(c.references.cbegin(), c.references.cend(),
                     [](const Reference &r) { return r.url.startsWith(u"https://"); }))
        problems.append(u"a reference with an https:// URL"_s);
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            u"%1:%2 chapter '%3' needs: %4"_s.arg(fileName(c.path)).arg(c.line).arg(c.id, problems.join(u", "_s))));
}

void TestContent::useCases_data()
{
    QTest::addColumn<QString>("useCase");
    for (const UseCase &u : m_loaded.content.useCases)
        QTest::newRow(qPrintable(u.id)) << u.id;
}

void TestContent::useCases()
{
    QFETCH(QString, useCase);
    const UseCase &u = *m_loaded.content.useCase(useCase);
    const QStringList levels = {u"low"_s, u"medium"_s, u"high"_s};
    QStringList missing;
    if (!levels.contains(u.effort))
        missing.append(u"effort"_s);
    if (!levels.contains(u.cost))
        missing.append(u"cost"_s);
    if (!QStringList{u"days"_s, u"weeks"_s, u"months"_s}.contains(u.timeToValue))
        missing.append(u"timeToValue"_s);
    if (u.prerequisites.isEmpty())
        missing.append(u"a prerequisite"_s);
    if (u.benefits.isEmpty())
        missing.append(u"a benefit"_s);
    if (u.chapters.isEmpty())
        missing.append(u"a chapter"_s);
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(
            u"%1:%2 use case '%3' lacks: %4"_s.arg(fileName(u.path)).arg(u.line).arg(u.id, missing.join(u", "_s))));
}

void TestContent::useCaseSectors_data()
{
    QTest::addColumn<QString>("sector");
    for (const QString &sector : expectedSectors)
        QTest::newRow(qPrintable(sector)) << sector;
}

void TestContent::useCaseSectors()
{
    QFETCH(QString, sector);
    const auto &list = m_loaded.content.useCases;
    QVERIFY2(std::any_of(list.cbegin(), list.cend(), [&](const UseCase &u) { return u.sectors.contains(sector); }),
             qPrintable(u"no use case for the sector '%1'"_s.arg(sector)));
}

void TestContent::everyLowerAnswerFiresARule_data()
{
    questionTexts_data();
}

// Each answer below the top, on an otherwise perfect assessment with the question shown, must fire a rule
// whose reasons name the question, or name its dimension when that rule did not already fire with the
// question at the top (so that a dimension pulled down by the answers that show the question does not count).
void TestContent::everyLowerAnswerFiresARule()
{
    QFETCH(QString, theme);
    QFETCH(QString, question);
    const Content &content = m_loaded.content;
    const Questionnaire &q = *content.questionnaire(theme);
    const Question &item = *q.question(question);
    const Dimension *dimension = &q.dimensions[q.dimensionIndexOf(question)];

    ThemeAnswers base = allAnswers(q, topAnswer);
    QVERIFY2(makeVisible(q, base, question),
             qPrintable(whereIs(q, item) + u": no answer to the earlier questions makes it visible"_s));
    const Assessment top = assessmentOf(q, base);
    const AssessmentResult topResult = Scorer::score(content, top);
    const QSet<const Rule *> alreadyOnDimension =
        rulesNamingDimension(Recommender::recommend(content, top, topResult), dimension);

    QStringList uncovered;
    QStringList hidden;
    for (const Variant &variant : answersBelowTop(item)) {
        ThemeAnswers answers = base;
        answers.answers.insert(question, variant.answer);
        const Assessment a = assessmentOf(q, answers);
        const AssessmentResult result = Scorer::score(content, a);
        const QuestionResult *shown = result.theme(theme) ? result.theme(theme)->question(question) : nullptr;
        if (!shown || !shown->counted()) {
            hidden.append(variant.label);
            continue;
        }
        const Recommendations out = Recommender::recommend(content, a, result);
        const bool covered = std::any_of(out.rules.cbegin(), out.rules.cend(), [&](const FiredRule &fired) {
            return std::any_of(fired.reasons.cbegin(), fired.reasons.cend(), [&](const Reason &r) {
                return r.question == &item || (r.dimension == dimension && !alreadyOnDimension.contains(fired.rule));
            });
        });
        if (!covered)
            uncovered.append(variant.label);
    }
    QVERIFY2(hidden.isEmpty(),
             qPrintable(whereIs(q, item) + u": not counted once answered: "_s + hidden.join(u"; "_s)));
    QVERIFY2(uncovered.isEmpty(),
             qPrintable(whereIs(q, item) +
                        u": no fired rule names it or its dimension '%1' for: "_s.arg(dimension->id) +
                        uncovered.join(u"; "_s)));
}

void TestContent::everyRuleFires_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("rule");
    for (const Questionnaire &q : m_loaded.content.questionnaires) {
        for (const Rule &rule : q.rules)
            QTest::addRow("%s/%s", qPrintable(q.id), qPrintable(rule.id)) << q.id << rule.id;
    }
}

void TestContent::everyRuleFires()
{
    QFETCH(QString, theme);
    QFETCH(QString, rule);
    const Questionnaire &q = *m_loaded.content.questionnaire(theme);
    const auto found = std::find_if(q.rules.cbegin(), q.rules.cend(), [&](const Rule &r) { return r.id == rule; });
    QVERIFY2(
        m_firedBy.contains(&*found),
        qPrintable(
            u"%1:%2 rule '%3': no generated assessment fires it"_s.arg(fileName(q.path)).arg(found->line).arg(rule)));
}

void TestContent::everyChapterIsReachable_data()
{
    QTest::addColumn<QString>("chapter");
    for (const Chapter &c : m_loaded.content.chapters)
        QTest::newRow(qPrintable(c.id)) << c.id;
}

// A rule naming the chapter fires on some assessment, and the chapter is then among the recommendations.
void TestContent::everyChapterIsReachable()
{
    QFETCH(QString, chapter);
    const Content &content = m_loaded.content;
    const Chapter *target = content.chapter(chapter);
    QStringList naming;
    bool recommended = false;
    for (const Questionnaire &q : content.questionnaires) {
        for (const Rule &rule : q.rules) {
            if (std::none_of(rule.chapters.cbegin(), rule.chapters.cend(),
                             [&](const SourceRef &ref) { return ref.id == chapter; }))
                continue;
            naming.append(q.id + u'/' + rule.id);
            if (recommended || !m_firedBy.contains(&rule))
                continue;
            const Assessment &a = m_firedBy[&rule];
            const AssessmentResult result = Scorer::score(content, a);
            const Recommendations out = Recommender::recommend(content, a, result);
            recommended = std::any_of(out.chapters.cbegin(), out.chapters.cend(),
                                      [&](const ChapterRecommendation &c) { return c.chapter == target; });
        }
    }
    const QString where = u"%1:%2 chapter '%3'"_s.arg(fileName(target->path)).arg(target->line).arg(chapter);
    QVERIFY2(!naming.isEmpty(), qPrintable(where + u": no rule names it"_s));
    QVERIFY2(recommended, qPrintable(where + u": none of the rules naming it fires: "_s + naming.join(u", "_s)));
}

void TestContent::everyUseCaseIsReachable_data()
{
    QTest::addColumn<QString>("useCase");
    for (const UseCase &u : m_loaded.content.useCases)
        QTest::newRow(qPrintable(u.id)) << u.id;
}

// A rule naming the use case fires on some assessment, and a firm of one of its sectors and sizes then sees it.
void TestContent::everyUseCaseIsReachable()
{
    QFETCH(QString, useCase);
    const Content &content = m_loaded.content;
    const UseCase *target = content.useCase(useCase);
    QStringList naming;
    QStringList fired;
    bool seen = false;
    for (const Questionnaire &q : content.questionnaires) {
        for (const Rule &rule : q.rules) {
            if (std::none_of(rule.useCases.cbegin(), rule.useCases.cend(),
                             [&](const SourceRef &ref) { return ref.id == useCase; }))
                continue;
            naming.append(q.id + u'/' + rule.id);
            if (!m_firedBy.contains(&rule))
                continue;
            fired.append(q.id + u'/' + rule.id);
            for (const QString &sector : target->sectors) {
                for (const QString &size : target->sizes) {
                    if (seen)
                        break;
                    Assessment a = m_firedBy[&rule];
                    a.company.sector = sector;
                    a.company.employees = employeesFor(size);
                    const AssessmentResult result = Scorer::score(content, a);
                    const Recommendations out = Recommender::recommend(content, a, result);
                    seen = std::any_of(out.useCases.cbegin(), out.useCases.cend(),
                                       [&](const UseCaseRecommendation &u) { return u.useCase == target; });
                }
            }
        }
    }
    const QString where = u"%1:%2 use case '%3'"_s.arg(fileName(target->path)).arg(target->line).arg(useCase);
    QVERIFY2(!naming.isEmpty(), qPrintable(where + u": no rule names it"_s));
    QVERIFY2(!fired.isEmpty(), qPrintable(where + u": none of the rules naming it fires: "_s + naming.join(u", "_s)));
    QVERIFY2(seen,
             qPrintable(where + u": no firm of its sectors (%1) and sizes (%2) is shown it, though %3 fire"_s.arg(
                                    target->sectors.join(u", "_s), target->sizes.join(u", "_s), fired.join(u", "_s))));
}

void TestContent::frenchTypography_data()
{
    QTest::addColumn<QString>("file");
    QStringList files;
    for (const FrenchText &t : frenchTexts(m_loaded.content)) {
        if (!files.contains(t.file))
            files.append(t.file);
    }
    files.sort();
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(file)) << file;
}

void TestContent::frenchTypography()
{
    QFETCH(QString, file);
    QStringList problems;
    for (const FrenchText &t : frenchTexts(m_loaded.content)) {
        if (t.file != file)
            continue;
        for (const QString &problem : typographyProblems(t.text))
            problems.append(t.where + u": "_s + problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(file + u":\n  "_s + problems.join(u"\n  "_s)));
}

// The action plan of docs/questionnaire-format.md, written the plain way to check the recommender's
// faster one: the fired rules sorted by horizon, then rank (priority, then gap); past Recommender::
// maxActionsNow actions "now" and maxActionsNext "next" (in that order), the rest move to the following
// horizon; then sorted by horizon and rank again, ties keeping their order.
static QStringList plainPlan(const Recommendations &out)
{
    struct Item
    {
        Horizon horizon;
        Priority priority;
        double gap;
        const Rule *rule;
    };
    QList<Item> items;
    for (const FiredRule &f : out.rules)
        items.append({f.rule->horizon, f.rule->priority, f.gap, f.rule});
    const auto less = [](const Item &a, const Item &b) {
        if (a.horizon != b.horizon)
            return a.horizon < b.horizon;
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.gap > b.gap;
    };
    std::stable_sort(items.begin(), items.end(), less);
    int now = 0;
    int next = 0;
    for (Item &item : items) {
        if (item.horizon == Horizon::Now && now++ >= Recommender::maxActionsNow)
            item.horizon = Horizon::Next;
        if (item.horizon == Horizon::Next && next++ >= Recommender::maxActionsNext)
            item.horizon = Horizon::Later;
    }
    std::stable_sort(items.begin(), items.end(), less);
    QStringList plan;
    for (const Item &item : items)
        plan.append(horizonId(item.horizon) + u' ' + item.rule->id);
    return plan;
}

void TestContent::actionPlanFollowsItsRule()
{
    const Content &content = m_loaded.content;
    // Every theme answered at the bottom (most rules fire, so the caps bite and ranks tie), then
    // 200 firms answering at random (seeded) among the answers worth trying.
    QList<Assessment> firms;
    Assessment bottom = assessmentOf(content.questionnaires.first(), {});
    for (const Questionnaire &q : content.questionnaires)
        bottom.themes.insert(q.id, allAnswers(q, bottomAnswer));
    firms.append(bottom);
    std::mt19937 random(7);
    for (int i = 0; i < 200; ++i) {
        Assessment a = bottom;
        for (const Questionnaire &q : content.questionnaires) {
            a.themes[q.id] = allAnswers(q, [&](const Question &question) {
                const QList<Answer> candidates = candidateAnswers(question);
                return candidates[static_cast<qsizetype>(random() % static_cast<std::uint32_t>(candidates.size()))];
            });
        }
        firms.append(a);
    }
    int capped = 0;
    for (const Assessment &a : firms) {
        const AssessmentResult result = Scorer::score(content, a);
        const Recommendations out = Recommender::recommend(content, a, result);
        QStringList plan;
        int now = 0;
        int next = 0;
        for (const ActionItem &item : out.plan) {
            plan.append(horizonId(item.horizon) + u' ' + item.rule->id);
            now += item.horizon == Horizon::Now;
            next += item.horizon == Horizon::Next;
        }
        QCOMPARE(plan, plainPlan(out));
        QVERIFY(now <= Recommender::maxActionsNow);
        QVERIFY(next <= Recommender::maxActionsNext);
        capped += now == Recommender::maxActionsNow && next == Recommender::maxActionsNext;
    }
    // The caps were reached, not merely respected.
    QVERIFY2(capped > 0, "no generated firm had a full plan for this month and this quarter");
}

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
