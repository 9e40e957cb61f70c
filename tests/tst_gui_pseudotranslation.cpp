// Pseudo-translation: every string that goes through Qt's translation system comes back marked, the
// French UI is driven over every page, dialog and message, and any fixed text left unmarked (and not
// content or the user's own data) is a word that cannot be translated: the test lists them all.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "content.h"
#include "contentloader.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "radarchart.h"
#include "recommendationspage.h"
#include "resultspage.h"
#include "settings.h"
#include "startpage.h"
#include "translator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <set>

using namespace Phare;

namespace {

constexpr QChar openMark = QChar(0x27E6);  // ⟦
constexpr QChar closeMark = QChar(0x27E7); // ⟧
constexpr QChar separator = QChar(0x0001); // stands where marked or content text was taken out

// Returns every source text marked: each literal run between placeholders (%1, %L1, %n) is put in
// ⟦…⟧, the placeholders stay outside, so that what .arg() puts in is checked on its own; mnemonics
// (&) and markup stay as they were.
class PseudoTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    static QString mark(const QString &source)
    {
        static const QRegularExpression placeholder(QStringLiteral("%(?:n|L?[1-9][0-9]?)"));
        QString out;
        qsizetype from = 0;
        const auto literal = [&](qsizetype to) {
            if (to > from)
                out += openMark + source.mid(from, to - from) + closeMark;
        };
        for (auto it = placeholder.globalMatch(source); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            literal(m.capturedStart());
            out += m.captured();
            from = m.capturedEnd();
        }
        literal(source.size());
        return out;
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n) // QCoreApplication::translate replaces %n in what is returned, for any n
        if (!sourceText || !*sourceText)
            return {};
        return mark(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

// The one installed by initTestCase(), owned by the application.
PseudoTranslator *pseudoTranslator = nullptr;

struct Finding
{
    QString page;
    QString where; // class and objectName of the widget, and which of its texts
    QString text;  // as shown
    QString left;  // what is left once marked and content text are taken out
};

QString describe(const QObject *object)
{
    QString name = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        name += QStringLiteral("#") + object->objectName();
    const QObject *parent = object->parent();
    for (int i = 0; parent && i < 2; ++i, parent = parent->parent()) {
        if (!parent->objectName().isEmpty()) {
            name += QStringLiteral(" in ") + QString::fromLatin1(parent->metaObject()->className()) +
                    QStringLiteral("#") + parent->objectName();
            break;
        }
    }
    return name;
}

} // namespace

class TestGuiPseudoTranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageIsTranslated();

private:
    void addAllowed(const QString &text);
    void addAllowed(const LocalizedText &text);
    void collectContent(const Content &content);
    void collectAssessment(const QString &path);

    // Checks one text as shown (rich: HTML to read as plain text).
    void check(const QString &where, const QString &text, bool rich = false);
    void checkWidget(QWidget *widget);
    void checkTree(QWidget *root);
    void checkModel(const QString &where, const QAbstractItemModel *model, const QModelIndex &parent = {});
    void checkMenu(const QString &where, QMenu *menu);
    void checkWindow(MainWindow &window, const QString &page);
    // Runs what shows a modal dialog or message box; checks it, then closes it as Escape would.
    void checkModal(const QString &page, const std::function<void()> &show);
    QString remains(const QString &plain) const;

    QString m_page;
    std::set<QString> m_allowedSet;
    QStringList m_allowed; // longest first, whitespace simplified
    QRegularExpression m_frenchDate;
    QList<Finding> m_findings;
    std::set<QString> m_seen; // texts already checked
    int m_checked = 0;
    int m_modals = 0;
    Content m_content;
    QTemporaryDir m_dir;
};

void TestGuiPseudoTranslation::addAllowed(const QString &text)
{
    // A content text's date placeholders ({{date:…}}, {{deadline:…}}) are phrased by the program: only
    // the author's words around them are content.
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{[a-z]+:[^}]*\\}\\}"));
    // A piece without a letter ("5", "." between two dates) hides no word, and would hide a number
    // written the English way ("5.6").
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    for (const QString &piece : text.split(placeholder)) {
        const QString simple = piece.simplified();
        if (simple.contains(letter))
            m_allowedSet.insert(simple);
    }
}

void TestGuiPseudoTranslation::addAllowed(const LocalizedText &text)
{
    addAllowed(text.fr);
    addAllowed(text.en);
}

// Content is translated by its authors, in both languages: its text is allowed wherever it shows.
void TestGuiPseudoTranslation::collectContent(const Content &content)
{
    for (const Questionnaire &q : content.questionnaires) {
        addAllowed(q.title);
        addAllowed(q.description);
        for (const Level &l : q.levels) {
            addAllowed(l.name);
            addAllowed(l.description);
        }
        for (const Dimension &d : q.dimensions) {
            addAllowed(d.title);
            addAllowed(d.description);
            for (const Question &question : d.questions) {
                addAllowed(question.text);
                addAllowed(question.help);
                addAllowed(question.source);
                for (const Option &o : question.options)
                    addAllowed(o.label);
                for (const GridRow &r : question.rows)
                    addAllowed(r.label);
            }
        }
    }
    for (const Action &a : content.actions) {
        addAllowed(a.text);
        addAllowed(a.benefit);
        addAllowed(a.firstStep);
    }
    for (const Chapter &c : content.chapters) {
        addAllowed(c.title);
        addAllowed(c.summary);
        for (const LocalizedText &t : c.keyActions)
            addAllowed(t);
        for (const Reference &r : c.references) {
            addAllowed(r.title);
            addAllowed(r.url);
        }
        // What acting on it takes: content texts too.
        addAllowed(c.cost);
        addAllowed(c.duration);
        for (const LocalizedText &t : c.freeTools + c.paidTools + c.start.steps)
            addAllowed(t);
        addAllowed(c.start.title);
        addAllowed(c.start.url);
        addAllowed(c.localNote);
    }
    for (const UseCase &u : content.useCases) {
        addAllowed(u.title);
        addAllowed(u.description);
        for (const LocalizedText &t : u.prerequisites)
            addAllowed(t);
        for (const LocalizedText &t : u.benefits)
            addAllowed(t);
    }
    for (const Level &l : content.organisation.overallLevels) {
        addAllowed(l.name);
        addAllowed(l.description);
    }
    // The association's events and providers (near you): names, places and contacts as written.
    for (const Event &e : content.events) {
        addAllowed(e.title);
        addAllowed(e.description);
        for (const QString &text : {e.town, e.venue, e.organiser, e.link})
            addAllowed(text);
    }
    for (const Provider &p : content.providers) {
        addAllowed(p.description);
        for (const QString &text : {p.name, p.web, p.phone, p.email})
            addAllowed(text);
    }
    for (const Area &a : content.areas)
        addAllowed(a.name);
}

// The user's own data: the firm's name, place, advisor and notes, and the file's name (read from the
// JSON itself, so that the test does not depend on the reader's API).
void TestGuiPseudoTranslation::collectAssessment(const QString &path)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject company = root.value(QStringLiteral("company")).toObject();
    QVERIFY2(!company.isEmpty(), qPrintable(path));
    addAllowed(company.value(QStringLiteral("name")).toString());
    addAllowed(company.value(QStringLiteral("location")).toString());
    addAllowed(root.value(QStringLiteral("advisor")).toString());
    const QJsonObject themes = root.value(QStringLiteral("questionnaires")).toObject();
    for (const auto theme : themes) {
        const QJsonObject notes = theme.toObject().value(QStringLiteral("notes")).toObject();
        for (const auto note : notes)
            addAllowed(note.toString());
    }
    addAllowed(QFileInfo(path).fileName());
}

void TestGuiPseudoTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(Settings::autosaveFolder()).removeRecursively();
    Settings::setLanguage(Language::french());
    // Installed before any window: the window's own translators (French) come after it and would win
    // over it; checkWindow() puts it back in front after the window chose its language.
    auto *pseudo = new PseudoTranslator(qApp);
    pseudoTranslator = pseudo;
    QVERIFY(qApp->installTranslator(pseudo));
    // The texts core and the report look up in a given language (names, rank explanation) too.
    Translator::setOverride(pseudo);
    // Recent files from an earlier run would show their names and paths.
    for (const QString &file : Settings::recentFiles())
        Settings::removeRecentFile(file);
    Result<Content> content = BuiltinContent::load();
    QVERIFY2(content.ok(), qPrintable(content.errorText()));
    m_content = std::move(*content);
    collectContent(m_content);
    for (const QString &example : StartPage::exampleFiles())
        collectAssessment(example);
    // Names that are the same in every language: the program's, and each language in its own name
    // (the language menu lists them so that a reader of either finds theirs).
    for (const char *name : {"Phare", "Français", "English"})
        addAllowed(QString::fromUtf8(name));
    m_allowed = QStringList(m_allowedSet.begin(), m_allowedSet.end());
    std::stable_sort(m_allowed.begin(), m_allowed.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QLocale french(QLocale::French);
    QStringList days;
    QStringList months;
    for (int i = 1; i <= 7; ++i)
        days.append(french.dayName(i));
    for (int i = 1; i <= 12; ++i)
        months.append(french.monthName(i));
    // The date's pattern ("%1 %2 %3", "1er") is a translated text too, so marked: it leaves a separator
    // where a space was; the day and month names and the numbers are the locale's.
    m_frenchDate.setPattern(QStringLiteral("(?:\\b(?:%1)[\\s\\x{0001}]+)?(?:\\b(?:1er|\\d{1,2})[\\s\\x{0001}]+)?"
                                           "\\b(?:%2)[\\s\\x{0001}]+\\d{4}\\b")
                                .arg(days.join(u'|'), months.join(u'|')));
    QVERIFY(m_frenchDate.isValid());
}

QString TestGuiPseudoTranslation::remains(const QString &plain) const
{
    // Marked segments out (nested ones too), then content text, longest first.
    QString out;
    int depth = 0;
    for (const QChar c : plain) {
        if (c == openMark) {
            if (depth++ == 0)
                out += separator;
        } else if (c == closeMark) {
            depth = std::max(0, depth - 1);
        } else if (depth == 0) {
            out += c;
        }
    }
    out = out.simplified();
    if (out.isEmpty())
        return out;
    // Whole words only: a short option label ("Oui", "Mai") must not eat the inside of a word.
    const auto edge = [&out](qsizetype i) {
        return i < 0 || i >= out.size() || !out.at(i).isLetterOrNumber();
    };
    for (const QString &allowed : m_allowed) {
        if (allowed.size() > out.size())
            continue;
        // A piece of content that starts or ends with punctuation (", et les…" after a date) has no word
        // to cut at that end.
        const bool wordFirst = allowed.front().isLetterOrNumber();
        const bool wordLast = allowed.back().isLetterOrNumber();
        for (qsizetype i = out.indexOf(allowed); i >= 0; i = out.indexOf(allowed, i + 1)) {
            if ((!wordFirst || edge(i - 1)) && (!wordLast || edge(i + allowed.size())))
                out.replace(i, allowed.size(), separator);
        }
    }
    // Dates in French as QLocale writes them are the locale's, not fixed text ("jeudi 12 mars 2026").
    out.replace(m_frenchDate, separator);
    return out;
}

void TestGuiPseudoTranslation::check(const QString &where, const QString &text, bool rich)
{
    if (text.trimmed().isEmpty())
        return;
    // Each text once: what is left of it does not depend on where it shows.
    if (!m_seen.insert(text).second)
        return;
    ++m_checked;
    // PHARE_PSEUDO_DUMP=1 lists every text read, to see what a page shows when a finding puzzles.
    if (qEnvironmentVariableIsSet("PHARE_PSEUDO_DUMP"))
        qInfo().noquote() << "CHECK" << m_page << where << text;
    QString plain = text;
    if (rich || Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        plain = doc.toPlainText();
    }
    const QString left = remains(plain);
    // A word of its own (letters), or a number written the English way in the French UI ("42%", "5.6").
    static const QRegularExpression word(QStringLiteral("\\p{L}{2,}|\\p{L}(?=\\s|$|[.:,;!?])"));
    static const QRegularExpression gluedPercent(QStringLiteral("\\d%"));
    // "5.6" where French writes "5,6" (a version such as 0.1.0 is not a decimal number).
    static const QRegularExpression decimalPoint(QStringLiteral("(?<![\\d.])\\d+\\.\\d+(?![\\d.])"));
    if (left.contains(word) || left.contains(gluedPercent) || left.contains(decimalPoint)) {
        QString shown = left;
        shown.replace(separator, QStringLiteral("…"));
        m_findings.append({m_page, where, text, shown});
    }
}

void TestGuiPseudoTranslation::checkModel(const QString &where, const QAbstractItemModel *model,
                                          const QModelIndex &parent)
{
    if (!model)
        return;
    const int rows = model->rowCount(parent);
    const int columns = model->columnCount(parent);
    if (!parent.isValid()) {
        for (int c = 0; c < columns; ++c) {
            check(where + QStringLiteral(" header column %1").arg(c),
                  model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            check(where + QStringLiteral(" header tool tip %1").arg(c),
                  model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model->index(r, c, parent);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                                   int(Qt::AccessibleDescriptionRole), int(Qt::WhatsThisRole)}) {
                const QVariant value = index.data(role);
                if (value.typeId() == QMetaType::QString)
                    check(where + QStringLiteral(" cell role %1").arg(role), value.toString());
            }
            if (c == 0 && model->hasChildren(index))
                checkModel(where, model, index);
        }
    }
}

void TestGuiPseudoTranslation::checkMenu(const QString &where, QMenu *menu)
{
    check(where + QStringLiteral(" title"), menu->title());
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString at = where + QStringLiteral(" > ") + a->text();
        check(where + QStringLiteral(" action"), a->text());
        if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&')))
            check(at + QStringLiteral(" tool tip"), a->toolTip());
        check(at + QStringLiteral(" status tip"), a->statusTip());
        check(at + QStringLiteral(" what's this"), a->whatsThis());
        if (a->menu())
            checkMenu(at, a->menu());
    }
}

void TestGuiPseudoTranslation::checkWidget(QWidget *w)
{
    const QString where = describe(w);
    check(where + QStringLiteral(" tool tip"), w->toolTip());
    check(where + QStringLiteral(" what's this"), w->whatsThis());
    check(where + QStringLiteral(" status tip"), w->statusTip());
    check(where + QStringLiteral(" accessible name"), w->accessibleName());
    check(where + QStringLiteral(" accessible description"), w->accessibleDescription());
    if (w->isWindow())
        check(where + QStringLiteral(" window title"), QString(w->windowTitle()).remove(QStringLiteral("[*]")));
    if (auto *label = qobject_cast<QLabel *>(w)) {
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        check(where + QStringLiteral(" text"), label->text(), rich);
    } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        check(where + QStringLiteral(" text"), button->text());
    } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
        check(where + QStringLiteral(" title"), box->title());
    } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < tabs->count(); ++i) {
            check(where + QStringLiteral(" tab"), tabs->tabText(i));
            check(where + QStringLiteral(" tab tool tip"), tabs->tabToolTip(i));
        }
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        for (int i = 0; i < combo->count(); ++i) {
            check(where + QStringLiteral(" item"), combo->itemText(i));
            check(where + QStringLiteral(" item tool tip"), combo->itemData(i, Qt::ToolTipRole).toString());
        }
        check(where + QStringLiteral(" placeholder"), combo->placeholderText());
    } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
        check(where + QStringLiteral(" placeholder"), line->placeholderText());
        if (line->isReadOnly())
            check(where + QStringLiteral(" text"), line->text());
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
        check(where + QStringLiteral(" placeholder"), plain->placeholderText()); // its text is the user's note
    } else if (auto *edit = qobject_cast<QTextEdit *>(w)) {
        check(where + QStringLiteral(" placeholder"), edit->placeholderText());
        // The user guide is a document written in each language, not fixed text of the program.
        if (edit->isReadOnly() && w->objectName() != u"userGuide" &&
            edit->accessibleName() != PseudoTranslator::mark(QStringLiteral("User guide")))
            check(where + QStringLiteral(" text"), edit->toPlainText());
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
        check(where + QStringLiteral(" special value"), spin->specialValueText());
        check(where + QStringLiteral(" shown"), spin->text());
    } else if (auto *progress = qobject_cast<QProgressBar *>(w)) {
        if (progress->isTextVisible())
            check(where + QStringLiteral(" text"), progress->text());
    } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
        checkModel(where, view->model());
    } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
        for (QAction *a : menuBar->actions()) {
            if (a->menu())
                checkMenu(where + QStringLiteral(" ") + a->text(), a->menu());
        }
    }
    if (auto *chartView = qobject_cast<QChartView *>(w)) {
        QChart *chart = chartView->chart();
        check(where + QStringLiteral(" chart title"), chart->title());
        for (QAbstractAxis *axis : chart->axes()) {
            check(where + QStringLiteral(" axis title"), axis->titleText());
            if (auto *categories = qobject_cast<QCategoryAxis *>(axis)) {
                for (const QString &label : categories->categoriesLabels())
                    check(where + QStringLiteral(" axis label"), label);
            } else if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis)) {
                for (const QString &label : bars->categories())
                    check(where + QStringLiteral(" axis label"), label);
            }
        }
        for (QAbstractSeries *series : chart->series())
            check(where + QStringLiteral(" series"), series->name());
    }
    if (auto *radar = qobject_cast<RadarChart *>(w))
        check(where + QStringLiteral(" text alternative"), radar->textAlternative());
}

void TestGuiPseudoTranslation::checkTree(QWidget *root)
{
    checkWidget(root);
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisible())
            checkWidget(w);
    }
}

void TestGuiPseudoTranslation::checkWindow(MainWindow &window, const QString &page)
{
    m_page = page;
    QCoreApplication::processEvents();
    checkTree(&window);
    // The menus are not visible until opened: read them from the menu bar, hidden or not.
    checkWidget(window.menuBar());
    check(QStringLiteral("status bar message"), window.statusBar()->currentMessage());
}

void TestGuiPseudoTranslation::checkModal(const QString &page, const std::function<void()> &show)
{
    m_page = page;
    bool seen = false;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        seen = true;
        ++m_modals;
        checkTree(modal);
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (box->escapeButton())
                box->escapeButton()->click();
            else if (!box->buttons().isEmpty())
                box->buttons().constLast()->click();
            else
                box->reject();
        } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            dialog->reject();
        } else {
            modal->close();
        }
    });
    timer.start();
    MainWindow::setDialogsAnsweredAutomatically(false);
    show();
    MainWindow::setDialogsAnsweredAutomatically(true);
    timer.stop();
    if (!seen)
        m_findings.append({page, QStringLiteral("(test)"), QStringLiteral("no dialog was shown"), QString()});
}

void TestGuiPseudoTranslation::everyPageIsTranslated()
{
    QElapsedTimer clock;
    clock.start();
    MainWindow::setDialogsAnsweredAutomatically(true);
    const QStringList examples = StartPage::exampleFiles();
    QVERIFY(!examples.isEmpty());
    const QString &example = examples.first();

    // A session that ended without closing leaves its unsaved work for the start page to offer.
    const QString crashNote = QStringLiteral("Note écrite avant la panne");
    addAllowed(crashNote);
    {
        MainWindow crashed(m_content);
        QVERIFY(crashed.openFile(example));
        crashed.document()->setNote(QStringLiteral("cybersecurity"), QStringLiteral("mfa"), crashNote);
        QVERIFY(QFile::exists(crashed.document()->autosavePath()));
    }

    MainWindow window(m_content);
    // The French UI: the themes are offered by their French titles.
    QVERIFY(!window.startPage()->themeBoxes().isEmpty());
    const QCheckBox *firstTheme = window.startPage()->themeBoxes().first();
    const Questionnaire *firstQuestionnaire = m_content.questionnaire(firstTheme->property("themeId").toString());
    QVERIFY(firstQuestionnaire);
    QCOMPARE(firstTheme->text(), firstQuestionnaire->title.fr);
    // The window installed the French translators after ours: put ours in front again.
    const auto pseudoFirst = [] {
        // Only ours: findChildren<PseudoTranslator *> would also return the window's QTranslators (the
        // class has no meta-object of its own) and put them back in front of ours.
        qApp->removeTranslator(pseudoTranslator);
        qApp->installTranslator(pseudoTranslator);
        QCoreApplication::processEvents();
    };
    pseudoFirst();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    checkWindow(window, QStringLiteral("start page, nothing open"));

    // A French assessment of the examples, built in.
    QVERIFY(window.openFile(example));
    checkWindow(window, QStringLiteral("results"));
    window.resultsPage()->setTablesShown(true);
    checkWindow(window, QStringLiteral("results as tables"));
    window.resultsPage()->setTablesShown(false);

    window.showPage(MainWindow::Page::Recommendations);
    checkWindow(window, QStringLiteral("recommendations"));
    // Filtered on one theme (the last: the others show the same words).
    for (QComboBox *filter : window.recommendationsPage()->findChildren<QComboBox *>()) {
        filter->setCurrentIndex(filter->count() - 1);
        checkWindow(window, QStringLiteral("recommendations, one theme"));
        filter->setCurrentIndex(0);
    }

    // A question of every kind the example shows: the first of each theme, of each type, with and
    // without help, with "don't know" or "not applicable", shown on a condition, answered or not (the
    // fixed text of the page depends on nothing else; all of them took half a second more).
    window.showPage(MainWindow::Page::Questions);
    QuestionPage *questions = window.questionPage();
    std::set<QString> kinds;
    for (const QuestionPage::Step &step : questions->steps()) {
        const Question *q = m_content.questionnaire(step.theme)->question(step.question);
        QVERIFY(q);
        const bool answered = window.document()->answer(step.theme, step.question).has_value();
        bool fresh = false;
        for (const QString &kind :
             {QStringLiteral("theme ") + step.theme, QStringLiteral("type %1").arg(int(q->type)),
              QStringLiteral("type %1 answered %2").arg(int(q->type)).arg(answered),
              QStringLiteral("help %1").arg(q->help.isEmpty()), QStringLiteral("don't know %1").arg(q->allowDontKnow),
              QStringLiteral("not applicable %1").arg(q->allowNotApplicable),
              QStringLiteral("condition %1").arg(q->showIf.has_value())})
            fresh = kinds.insert(kind).second || fresh;
        if (!fresh)
            continue;
        questions->goTo(step);
        checkWindow(window, QStringLiteral("question %1/%2").arg(step.theme, step.question));
    }
    QVERIFY(kinds.size() > 10);

    // The form that edits the firm's profile and themes, then the start page with an assessment open.
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == PseudoTranslator::mark(QStringLiteral("Name, sector and &themes…")))
            a->trigger();
    }
    QVERIFY(window.startPage()->isEditing());
    checkWindow(window, QStringLiteral("company form"));
    window.startPage()->setEditing(false);
    window.showPage(MainWindow::Page::Start);
    checkWindow(window, QStringLiteral("start page, an assessment open"));

    // Compared with an earlier assessment (the same one).
    QVERIFY(window.compareWith(example));
    checkWindow(window, QStringLiteral("results, comparing"));
    window.resultsPage()->setTablesShown(true);
    checkWindow(window, QStringLiteral("results as tables, comparing"));

    // The dialogs.
    const auto trigger = [&](const QString &text) {
        return [&window, text] {
            for (QAction *a : window.findChildren<QAction *>()) {
                if (a->text() == PseudoTranslator::mark(text)) {
                    a->trigger();
                    return;
                }
            }
            QFAIL(qPrintable(text));
        };
    };
    checkModal(QStringLiteral("about"), trigger(QStringLiteral("&About Phare")));
    checkModal(QStringLiteral("user guide"), trigger(QStringLiteral("&User guide")));
    checkModal(QStringLiteral("report preview"), trigger(QStringLiteral("&Export PDF report…")));

    // The messages: a broken file, a missing one, another firm, unsaved changes, a failed save.
    const QString broken = m_dir.filePath(QStringLiteral("cassé.phare"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"phare-assessment\", \"formatVersion\": 1, \"company\": {\"na");
    }
    const QString missing = m_dir.filePath(QStringLiteral("absent.phare"));
    // An answer to a question the questionnaires no longer have: kept, not counted.
    const QString outdated = m_dir.filePath(QStringLiteral("ancienne.phare"));
    {
        QFile in(example);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject themes = root.value(QStringLiteral("questionnaires")).toObject();
        QJsonObject cyber = themes.value(QStringLiteral("cybersecurity")).toObject();
        QJsonObject answers = cyber.value(QStringLiteral("answers")).toObject();
        answers.insert(QStringLiteral("question-retiree"),
                       QJsonObject{{QStringLiteral("choice"), QStringLiteral("oui")}});
        cyber.insert(QStringLiteral("answers"), answers);
        themes.insert(QStringLiteral("cybersecurity"), cyber);
        root.insert(QStringLiteral("questionnaires"), themes);
        QFile out(outdated);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
    }
    // The user's files: their names, and their paths in the recent files' tool tips.
    for (const QString &file : {broken, missing, outdated}) {
        addAllowed(QFileInfo(file).fileName());
        addAllowed(QDir::toNativeSeparators(file));
    }
    addAllowed(QStringLiteral("question-retiree")); // written in the file by its user
    const QString unwritable = m_dir.filePath(QStringLiteral("dossier-absent/évaluation.phare"));
    addAllowed(QDir::toNativeSeparators(unwritable));
    // The folders named by the recent files and by the message of a failed save.
    addAllowed(QDir(m_dir.path()).dirName());
    addAllowed(QDir::toNativeSeparators(QFileInfo(unwritable).absolutePath()));
    const QString &other = examples.last();
    m_allowed = QStringList(m_allowedSet.begin(), m_allowedSet.end());
    std::stable_sort(m_allowed.begin(), m_allowed.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });

    checkModal(QStringLiteral("message: a broken file"), [&] { window.openFile(broken); });
    checkModal(QStringLiteral("message: a missing file"), [&] { window.openFile(missing); });
    checkModal(QStringLiteral("message: another firm"), [&] { window.compareWith(other); });
    checkModal(QStringLiteral("message: answers not counted"), [&] { window.openFile(outdated); });
    checkWindow(window, QStringLiteral("results of the outdated file"));
    checkModal(QStringLiteral("message: unsaved changes"), [&] {
        window.document()->setNote(QStringLiteral("cybersecurity"), QStringLiteral("mfa"), QStringLiteral("Note"));
        window.openFile(example);
    });
    checkModal(QStringLiteral("message: cannot save"), [&] {
        MainWindow::setNextFileName(unwritable);
        window.saveAs();
    });
    // Saving over a file another program changed; exporting the report where it cannot be written.
    const QString copy = m_dir.filePath(QStringLiteral("copie.phare"));
    QVERIFY(QFile::copy(example, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    for (const QString &file : {copy, m_dir.filePath(QStringLiteral("dossier-absent/rapport.pdf"))}) {
        addAllowed(QFileInfo(file).fileName());
        addAllowed(QDir::toNativeSeparators(file));
    }
    m_allowed = QStringList(m_allowedSet.begin(), m_allowedSet.end());
    std::stable_sort(m_allowed.begin(), m_allowed.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (window.document()->isModified())
        MainWindow::setNextAnswer(QMessageBox::Discard); // the note written above
    QVERIFY(window.openFile(copy));
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n");
    }
    window.document()->setNote(QStringLiteral("cybersecurity"), QStringLiteral("mfa"), QStringLiteral("Note"));
    checkModal(QStringLiteral("message: file changed on disk"), [&] { window.save(); });
    checkModal(QStringLiteral("message: cannot export the report"), [&] {
        MainWindow::setNextAnswer(QMessageBox::Save); // the preview
        MainWindow::setNextFileName(m_dir.filePath(QStringLiteral("dossier-absent/rapport.pdf")));
        trigger(QStringLiteral("&Export PDF report…"))();
    });
    checkWindow(window, QStringLiteral("after the messages"));
    window.showPage(MainWindow::Page::Start);
    checkWindow(window, QStringLiteral("start page, with recent files"));
    if (window.document()->isModified())
        MainWindow::setNextAnswer(QMessageBox::Discard);
    window.close();
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
    QDir(Settings::autosaveFolder()).removeRecursively();
    for (const QString &file : Settings::recentFiles())
        Settings::removeRecentFile(file);

    // Every finding at once, each on its own (a QtTest message is cut after a few hundred characters).
    for (const Finding &f : std::as_const(m_findings)) {
        qInfo().noquote() << QStringLiteral("[%1] %2\n    shown: %3\n    unmarked: %4")
                                 .arg(f.page, f.where, QString(f.text).replace(QLatin1Char('\n'), QStringLiteral("⏎")),
                                      f.left);
    }
    qInfo("%d distinct texts checked on every page and %d dialogs in %lld ms", m_checked, m_modals, clock.elapsed());
    QVERIFY2(m_findings.isEmpty(),
             qPrintable(QStringLiteral("%1 texts shown in the French UI are not translated (listed above)")
                            .arg(m_findings.size())));
}

QTEST_MAIN(TestGuiPseudoTranslation)
#include "tst_gui_pseudotranslation.moc"
