// The interface's language and the catalogues installed for it; names through core/names.h.
#include "uitext.h"

#include "names.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace Phare::Ui {

namespace {

Language g_language = Language::english();

// The catalogues of the libraries the desktop links, installed beside MainWindow's own (phare).
const char *const libraryCatalogues[] = {"phare_core", "phare_report"};

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

} // namespace

Language language()
{
    return g_language;
}

void setLanguage(const Language &language)
{
    g_language = language;
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
    if (!QCoreApplication::instance())
        return;
    for (const char *name : libraryCatalogues) {
        const QString path = QStringLiteral(":/i18n/%1_%2.qm").arg(QLatin1String(name), language.code());
        if (!QFile::exists(path))
            continue;
        // Owned by the application, so that none outlives it.
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(path) && QCoreApplication::installTranslator(translator))
            installed().append(translator);
        else
            delete translator;
    }
}

QString sectorName(const QString &sector)
{
    return Names::sector(sector);
}

QString horizonName(int horizon)
{
    return Names::horizon(static_cast<Horizon>(std::clamp(horizon, 0, 2)));
}

QString percent(double value)
{
    return QCoreApplication::translate("Phare::Ui", "%1%", "a percentage").arg(qRound(value));
}

QString score(double value)
{
    return QCoreApplication::translate("Phare::Ui", "%1/100").arg(qRound(value));
}

QString colon()
{
    return QCoreApplication::translate("Phare::Ui", ":", "after a label");
}

} // namespace Phare::Ui
