// One PDF as poppler and qpdf see it, for the report tests: each tool runs once per file, and every
// check shares what it printed (the text, the pages, the fonts, the metadata).
#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace Phare::Test {

class PdfFile final
{
public:
    // The PDF at the path as it is now: the tools run again only if the file changed since.
    static PdfFile &at(const QString &path);

    // Starts extracting the texts a test will read, so that they run alongside the other tools.
    enum Texts
    {
        WholePages = 1,
        BodiesOnly = 2
    };
    void prefetch(int texts);

    // The text pdftotext extracts (UTF-8): of every page, or of one (from 1), with or without the running
    // header (above 60 pt) and footer (below 785 pt). Empty when it cannot be read.
    QString text(int page = 0, bool bodyOnly = false);
    int pages();
    // pdfinfo's report (Title, Pages, Page size…).
    QString info();
    // The problems of the file as a PDF/A-1b A4 report: empty when qpdf, pdfinfo and pdffonts find it sound.
    QString problems(int minPages, int maxPages);

private:
    explicit PdfFile(QString path) : m_path(std::move(path)) {}
    struct Run
    {
        bool ok = false;
        QString out;
        QString describe;
    };
    // The tools' outputs, by command line, started together when several are needed at once.
    QList<Run> run(const QList<QStringList> &commands);
    void start(const QStringList &command);
    QStringList textCommand(bool bodyOnly) const;
    QStringList pagesOf(bool bodyOnly);

    QString m_path;
    QString m_stamp;                                     // size and time of the file the cache is for
    QHash<QString, Run> m_cache;                         // by command line
    QHash<QString, std::shared_ptr<QProcess>> m_running; // started, not read yet
};

} // namespace Phare::Test
