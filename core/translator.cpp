// Loads Phare's Linguist catalogues once per language and looks texts up in them.
#include "translator.h"

#include <QFile>
#include <QMutex>
#include <QTranslator>

#include <atomic>
#include <map>

namespace Phare {

namespace {

// Each program embeds the catalogues of the targets it links as ":/i18n/<name>_<code>.qm".
const char *const catalogueNames[] = {"phare_core", "phare_report", "phare_cli", "phare"};

std::atomic<const QTranslator *> overrideTranslator{nullptr};

QString replacePercentN(QString text, int n, const QLocale &locale)
{
    text.replace(QStringLiteral("%Ln"), locale.toString(n));
    text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace

Translator::Translator(const Language &language) : m_language(language)
{
    for (const char *name : catalogueNames) {
        const QString path = QStringLiteral(":/i18n/%1_%2.qm").arg(QLatin1String(name), language.code());
        if (!QFile::exists(path))
            continue;
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(path)) {
            m_catalogues.append(QLatin1String(name));
            m_translators.push_back(std::move(translator));
        }
    }
}

Translator::~Translator() = default;

const Translator &Translator::forLanguage(const Language &language)
{
    static QMutex mutex;
    // Never destroyed: a report may be made from a static's destructor, and QTranslator must not
    // outlive QCoreApplication's statics in the wrong order. The map stays reachable, so no leak is reported.
    static auto *const cache = new std::map<QString, std::unique_ptr<Translator>>;
    const QMutexLocker lock(&mutex);
    auto &slot = (*cache)[language.code()];
    if (!slot)
        slot.reset(new Translator(language));
    return *slot;
}

void Translator::setOverride(const QTranslator *translator)
{
    overrideTranslator.store(translator);
}

QString Translator::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString text;
    if (const QTranslator *first = overrideTranslator.load())
        text = first->translate(context, source, disambiguation, n);
    for (const auto &translator : m_translators) {
        if (!text.isEmpty())
            break;
        text = translator->translate(context, source, disambiguation, n);
    }
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    return n >= 0 ? replacePercentN(text, n, m_language.locale()) : text;
}

} // namespace Phare
