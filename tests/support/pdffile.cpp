// PdfFile: pdftotext, pdfinfo, pdffonts and qpdf run once per PDF, their outputs cached.
#include "pdffile.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

namespace Phare::Test {

namespace {

QString stampOf(const QString &path)
{
    const QFileInfo info(path);
    return QStringLiteral("%1 %2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

PdfFile &PdfFile::at(const QString &path)
{
    static QHash<QString, std::shared_ptr<PdfFile>> files;
    std::shared_ptr<PdfFile> &file = files[path];
    const QString stamp = stampOf(path);
    if (!file || file->m_stamp != stamp) {
        file.reset(new PdfFile(path));
        file->m_stamp = stamp;
    }
    return *file;
}

void PdfFile::start(const QStringList &command)
{
    const QString key = command.join(QLatin1Char(' '));
    if (m_cache.contains(key) || m_running.contains(key))
        return;
    auto process = std::make_shared<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process->setProcessEnvironment(env);
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(QStandardPaths::findExecutable(command.first()), command.mid(1));
    m_running.insert(key, process);
}

QList<PdfFile::Run> PdfFile::run(const QList<QStringList> &commands)
{
    for (const QStringList &command : commands)
        start(command);
    QList<Run> runs;
    for (const QStringList &command : commands) {
        const QString key = command.join(QLatin1Char(' '));
        if (const std::shared_ptr<QProcess> process = m_running.take(key)) {
            Run r;
            if (process->waitForStarted() && process->waitForFinished(120000)) {
                r.ok = process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
            } else {
                process->kill();
                process->waitForFinished();
            }
            r.out = QString::fromUtf8(process->readAllStandardOutput());
            r.describe = QStringLiteral("%1: exit %2%3\nstdout: %4\nstderr: %5")
                             .arg(key)
                             .arg(process->exitCode())
                             .arg(r.ok ? QString() : QStringLiteral(" (failed)"), r.out.left(2000),
                                  QString::fromUtf8(process->readAllStandardError()).left(2000));
            m_cache.insert(key, r);
        }
        runs.append(m_cache.value(key));
    }
    return runs;
}

QStringList PdfFile::textCommand(bool bodyOnly) const
{
    QStringList args = {QStringLiteral("pdftotext")};
    if (bodyOnly)
        args << QStringLiteral("-r") << QStringLiteral("72") << QStringLiteral("-x") << QStringLiteral("0")
             << QStringLiteral("-y") << QStringLiteral("60") << QStringLiteral("-W") << QStringLiteral("595")
             << QStringLiteral("-H") << QStringLiteral("725");
    return args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << m_path << QStringLiteral("-");
}

void PdfFile::prefetch(int texts)
{
    if (texts & WholePages)
        start(textCommand(false));
    if (texts & BodiesOnly)
        start(textCommand(true));
}

QStringList PdfFile::pagesOf(bool bodyOnly)
{
    const Run r = run({textCommand(bodyOnly)}).first();
    // pdftotext ends each page with a form feed.
    return r.ok ? r.out.split(QLatin1Char('\f')) : QStringList();
}

QString PdfFile::text(int page, bool bodyOnly)
{
    const QStringList pages = pagesOf(bodyOnly);
    if (page <= 0)
        return pages.join(QLatin1Char('\f'));
    return page <= pages.size() ? pages[page - 1] + QLatin1Char('\f') : QString();
}

QString PdfFile::info()
{
    return run({{QStringLiteral("pdfinfo"), m_path}}).first().out;
}

int PdfFile::pages()
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info());
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString PdfFile::problems(int minPages, int maxPages)
{
    const QString expanded = m_path + QStringLiteral(".qdf");
    const QList<Run> runs = run({{QStringLiteral("qpdf"), QStringLiteral("--check"), m_path},
                                 {QStringLiteral("pdfinfo"), m_path},
                                 {QStringLiteral("pdffonts"), m_path},
                                 {QStringLiteral("pdfinfo"), QStringLiteral("-meta"), m_path},
                                 {QStringLiteral("qpdf"), QStringLiteral("--qdf"),
                                  QStringLiteral("--object-streams=disable"), m_path, expanded}});
    const Run &check = runs[0];
    const Run &info = runs[1];
    const Run &fonts = runs[2];
    const Run &meta = runs[3];
    const Run &qdf = runs[4];

    QStringList problems;
    if (!check.ok)
        problems << QStringLiteral("qpdf --check: ") + check.describe;
    if (!QRegularExpression(QStringLiteral("^Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)$"),
                            QRegularExpression::MultilineOption)
             .match(info.out)
             .hasMatch())
        problems << QStringLiteral("not A4: ") + info.out;
    const int count = pages();
    if (count < minPages || count > maxPages)
        problems << QStringLiteral("%1 pages, expected %2 to %3").arg(count).arg(minPages).arg(maxPages);

    // Every font embedded: the "emb" column of pdffonts, fifth from the right, says yes.
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    if (lines.isEmpty())
        problems << QStringLiteral("pdffonts lists no font: ") + fonts.describe;
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        if (columns.size() < 6 || columns[columns.size() - 5] != u"yes")
            problems << QStringLiteral("font not embedded: ") + line;
    }

    // PDF/A-1b: the XMP metadata says so and is well-formed XML (the title holds the company's name).
    QXmlStreamReader xml(meta.out.section(QStringLiteral("?>"), 1).section(QStringLiteral("<?xpacket end"), 0, 0));
    bool part1 = false;
    bool conformanceB = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attributes = xml.attributes();
            part1 = part1 || attributes.value(QStringLiteral("pdfaid:part")) == u"1";
            conformanceB = conformanceB || attributes.value(QStringLiteral("pdfaid:conformance")) == u"B";
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("XMP metadata is not well-formed: ") + xml.errorString();
    if (!part1 || !conformanceB)
        problems << QStringLiteral("XMP does not say PDF/A-1b: ") + meta.out.left(1500);

    // No transparency anywhere: no soft mask, no transparency group, every constant alpha 1.
    QFile file(expanded);
    if (!qdf.ok || !file.open(QIODevice::ReadOnly)) {
        problems << QStringLiteral("qpdf --qdf: ") + qdf.describe;
    } else {
        const QString raw = QString::fromLatin1(file.readAll());
        for (auto it = QRegularExpression(QStringLiteral("/SMask\\s*(/?\\w+)")).globalMatch(raw); it.hasNext();) {
            const QString value = it.next().captured(1);
            if (value != u"/None")
                problems << QStringLiteral("soft mask %1").arg(value);
        }
        for (auto it = QRegularExpression(QStringLiteral("/(ca|CA)\\s+([0-9.]+)")).globalMatch(raw); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(2).toDouble() != 1.0)
                problems << QStringLiteral("alpha /%1 %2").arg(m.captured(1), m.captured(2));
        }
        if (raw.contains(QStringLiteral("/Transparency")))
            problems << QStringLiteral("a transparency group");
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace Phare::Test
