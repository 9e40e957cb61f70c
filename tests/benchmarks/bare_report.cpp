// The report baseline: Qt alone printing a document of PAGES A4 pages holding CHARTS polar charts to
// a PDF/A-1b file at 1200 dpi, as `phare-cli report` does: text laid out by QTextDocument, each chart a
// text object painted by Qt Charts through a QGraphicsScene, pages painted one by one on a QPdfWriter.
//   bare_report [--text FILE] --fit PAGES CHARTS        prints how many paragraphs fill PAGES pages
//   bare_report [--text FILE] --pages PAGES --charts CHARTS --paragraphs N -o OUT.pdf
// The paragraphs are cut from FILE's words when given (run.sh gives the text of Phare's report).
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCategoryAxis>
#include <QFile>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QPolarChart>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QValueAxis>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>
#include <vector>

namespace {

constexpr int chartType = QTextFormat::UserObject + 1;
const QSizeF pageSize(595, 842); // A4 in points: the layout units
constexpr qreal margin = 56;

class Charts final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override { return {400, 300}; }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const auto index = static_cast<std::size_t>(format.property(QTextFormat::UserProperty).toInt());
        if (m_scenes.size() <= index)
            m_scenes.resize(index + 1);
        if (!m_scenes[index])
            m_scenes[index] = build(rect.size(), static_cast<int>(index));
        painter->save();
        painter->translate(rect.topLeft());
        const QRectF source(QPointF(0, 0), rect.size());
        m_scenes[index]->render(painter, source, source);
        painter->restore();
    }

private:
    static std::unique_ptr<QGraphicsScene> build(const QSizeF &size, int seed)
    {
        auto scene = std::make_unique<QGraphicsScene>();
        auto *chart = new QPolarChart;
        chart->legend()->hide();
        chart->setBackgroundVisible(false);
        auto *angular = new QCategoryAxis;
        angular->setRange(0, 360);
        angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        constexpr int axes = 5;
        for (int i = 1; i <= axes; ++i)
            angular->append(QStringLiteral("Dimension %1").arg(i), i * 360.0 / axes);
        auto *radial = new QValueAxis;
        radial->setRange(0, 100);
        radial->setTickCount(5);
        chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
        chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
        auto *series = new QLineSeries;
        for (int i = 0; i <= axes; ++i)
            series->append(i * 360.0 / axes, 20 + ((seed + 1) * 37 * (i % axes + 1)) % 80);
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
        scene->addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        return scene;
    }

    std::vector<std::unique_ptr<QGraphicsScene>> m_scenes;
};

const QString paragraph = QStringLiteral(
    "Les sauvegardes sont faites chaque semaine sur un disque qui reste au bureau ; une copie hors site et un "
    "essai de restauration par trimestre protégeraient l'entreprise d'un rançongiciel ou d'un sinistre. "
    "The backups are made weekly on a disk that stays in the office; an off-site copy and a restore test every "
    "quarter would protect the business against ransomware or a fire.");

// The text to print (--text FILE): its words, cut into paragraphs of about the length of the one above.
// run.sh gives the text of Phare's own report (pdftotext), so both print the same words: a text made
// of one paragraph repeated, or of its words shuffled, compresses and shapes more cheaply than a real
// report does (zlib finds long repeats, Qt shapes fewer distinct words and sizes).
QStringList &textParagraphs()
{
    static QStringList paragraphs;
    return paragraphs;
}

void readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("bare_report: cannot read %s", qPrintable(path));
    const QStringList words =
        QString::fromUtf8(file.readAll()).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString current;
    for (const QString &word : words) {
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        if (current.size() >= paragraph.size()) {
            textParagraphs().append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        textParagraphs().append(current);
}

// Paragraph i: the next piece of the text given, round and round; without one, the words of the
// paragraph above in an order of its own (seeded, so every run writes the same).
QString paragraphText(int i)
{
    if (!textParagraphs().isEmpty())
        return textParagraphs()[i % textParagraphs().size()];
    static const QStringList words = paragraph.split(QLatin1Char(' '));
    QStringList shuffled = words;
    std::mt19937 random(static_cast<std::mt19937::result_type>(i) + 1);
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    return shuffled.join(QLatin1Char(' '));
}

// A document of `paragraphs` paragraphs with `charts` charts spread evenly through it.
void fill(QTextDocument &document, Charts *charts, int paragraphs, int chartCount)
{
    document.documentLayout()->registerHandler(chartType, charts);
    document.setPageSize(pageSize);
    document.setDocumentMargin(margin);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    QTextCursor cursor(&document);
    const int every = chartCount > 0 ? std::max(1, paragraphs / chartCount) : paragraphs + 1;
    int placed = 0;
    for (int i = 0; i < paragraphs || placed < chartCount; ++i) {
        if (i % 2 == 0) {
            QTextCharFormat heading;
            heading.setFontPointSize(14);
            heading.setFontWeight(QFont::Bold);
            cursor.insertBlock();
            cursor.insertText(QStringLiteral("Section %1").arg(i / 2 + 1), heading);
        }
        if (i < paragraphs) {
            cursor.insertBlock();
            cursor.insertText(paragraphText(i), QTextCharFormat());
        }
        if (placed < chartCount && (i % every == 0 || i >= paragraphs)) {
            QTextCharFormat object;
            object.setObjectType(chartType);
            object.setProperty(QTextFormat::UserProperty, placed++);
            cursor.insertBlock();
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        }
    }
}

int fit(int pages, int chartCount)
{
    Charts charts;
    int low = 0;
    int high = 64;
    const auto pageCount = [&](int n) {
        QTextDocument document;
        fill(document, &charts, n, chartCount);
        return document.pageCount();
    };
    while (pageCount(high) < pages)
        high *= 2;
    while (low < high) { // the most paragraphs that still fit on `pages` pages
        const int mid = (low + high + 1) / 2;
        if (pageCount(mid) <= pages)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

int print(const QString &path, int paragraphs, int chartCount)
{
    Charts charts;
    QTextDocument document;
    fill(document, &charts, paragraphs, chartCount);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    QPdfWriter writer(&file);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(1200);
    writer.setTitle(QStringLiteral("Baseline"));
    QPainter painter(&writer);
    const qreal scale = std::min(writer.width() / pageSize.width(), writer.height() / pageSize.height());
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -page * pageSize.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, page * pageSize.height()), pageSize);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return painter.end() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&](const QString &name) {
        const auto i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
    };
    if (const QString text = option(QStringLiteral("--text")); !text.isEmpty())
        readText(text);
    if (const auto i = args.indexOf(QStringLiteral("--fit")); i >= 0 && i + 2 < args.size()) {
        std::printf("%d\n", fit(args[i + 1].toInt(), args[i + 2].toInt()));
        return 0;
    }
    const QString out = option(QStringLiteral("-o"));
    if (out.isEmpty()) {
        std::fprintf(stderr,
                     "usage: bare_report [--text FILE] (--fit PAGES CHARTS | --charts C --paragraphs N -o OUT.pdf)\n");
        return 2;
    }
    return print(out, option(QStringLiteral("--paragraphs")).toInt(), option(QStringLiteral("--charts")).toInt());
}

#include "bare_report.moc"
