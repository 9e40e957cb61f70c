// Reads the events and providers files (see nearyoureader.h).
#include "nearyoureader.h"

#include "contentids.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Phare {

namespace {

// The list under `key` of maps, each read by readOne(node, what) once its id is known.
template <typename ReadOne>
void readList(YamlSchema &c, const YamlNode &root, const QString &key, const QString &kind, ReadOne readOne)
{
    const YamlNode *list = c.required(root, key, QCoreApplication::translate("Phare::NearYouReader", "the file"));
    if (!list || !c.expectSequence(*list, QStringLiteral("'%1'").arg(key), ContentLimits::maxEntries))
        return;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const YamlNode &node = list->items[i];
        QString what = QStringLiteral("%1 %2").arg(kind).arg(i + 1);
        if (!c.expectMap(node, what))
            continue;
        QString id;
        if (const YamlNode *idNode = c.required(node, QStringLiteral("id"), what)) {
            if (const auto value =
                    c.id(*idNode, QCoreApplication::translate("Phare::NearYouReader", "the id of %1").arg(what))) {
                id = *value;
                what = QCoreApplication::translate("Phare::NearYouReader", "the %1 '%2'").arg(kind, id);
            }
        }
        readOne(node, what, id);
    }
}

// `all`, or a list of sectors (or sizes) among `allowed`; empty means every one.
QStringList readAudience(YamlSchema &c, const YamlNode &node, const QStringList &allowed, const QString &what)
{
    QStringList result;
    if (!c.expectSequence(node, what))
        return result;
    for (const YamlNode &item : node.items) {
        const auto value = c.oneOf(item, QStringList{QStringLiteral("all")} + allowed, what);
        if (value == QStringLiteral("all"))
            return {};
        if (value && !result.contains(*value))
            result.append(*value);
    }
    if (node.items.empty())
        c.error(
            node,
            QCoreApplication::translate("Phare::NearYouReader", "%1 is empty: give at least one, or 'all'").arg(what));
    return result;
}

HelpTopics readTopics(YamlSchema &c, const YamlNode &node, const QString &what, bool all)
{
    HelpTopics topics;
    if (!c.expectMap(node, what))
        return topics;
    QStringList keys = {QStringLiteral("actions"), QStringLiteral("useCases")};
    if (all)
        keys += {QStringLiteral("chapters"), QStringLiteral("dimensions")};
    c.checkKeys(node, keys, what);
    if (const YamlNode *n = node.find(u"actions"))
        topics.actions =
            c.refList(*n, QCoreApplication::translate("Phare::NearYouReader", "the actions of %1").arg(what));
    if (const YamlNode *n = node.find(u"useCases"))
        topics.useCases =
            c.refList(*n, QCoreApplication::translate("Phare::NearYouReader", "the use cases of %1").arg(what));
    if (all) {
        if (const YamlNode *n = node.find(u"chapters"))
            topics.chapters =
                c.refList(*n, QCoreApplication::translate("Phare::NearYouReader", "the chapters of %1").arg(what));
        if (const YamlNode *n = node.find(u"dimensions"))
            topics.dimensions = c.refList(
                *n, QCoreApplication::translate("Phare::NearYouReader", "the dimensions of %1").arg(what), true);
    }
    if (topics.isEmpty())
        c.error(node, all ? QCoreApplication::translate("Phare::NearYouReader",
                                                        "%1 are empty: name at least one action, use case, chapter "
                                                        "or dimension it helps with")
                                .arg(what)
                          : QCoreApplication::translate("Phare::NearYouReader",
                                                        "%1 is empty: name at least one action or use case")
                                .arg(what));
    return topics;
}

// "2027-01-14 09:00", "2027-01-14T09:00" or "2027-01-14"; for an end, "12:00" alone means the start's day.
bool readMoment(YamlSchema &c, const YamlNode &node, const QString &what, QDate sameDay, QDate &date, int &minutes)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{1,2}):(\\d{2}))?|(\\d{1,2}):(\\d{2}))$"));
    const auto text = c.string(node, what);
    if (!text)
        return false;
    const QRegularExpressionMatch m = pattern.match(text->trimmed());
    const bool timeOnly = m.hasMatch() && m.captured(1).isEmpty();
    QDate day = m.hasMatch() ? (timeOnly ? sameDay : QDate::fromString(m.captured(1), Qt::ISODate)) : QDate();
    const QString hours = timeOnly ? m.captured(4) : m.captured(2);
    const QString mins = timeOnly ? m.captured(5) : m.captured(3);
    const int h = hours.toInt();
    const int mm = mins.toInt();
    if (!m.hasMatch() || !day.isValid() || h > 23 || mm > 59) {
        c.error(node, (sameDay.isValid()
                           ? QCoreApplication::translate("Phare::NearYouReader",
                                                         "%1 must be a day and time written YYYY-MM-DD HH:MM, such as "
                                                         "2027-01-14 12:00, or a time HH:MM on the same day, not '%2'")
                           : QCoreApplication::translate("Phare::NearYouReader",
                                                         "%1 must be a day and time written YYYY-MM-DD HH:MM, such as "
                                                         "2027-01-14 09:00 (or a day alone, YYYY-MM-DD), not '%2'"))
                          .arg(what, *text));
        return false;
    }
    date = day;
    minutes = hours.isEmpty() ? -1 : h * 60 + mm;
    return true;
}

bool isWebAddress(const QString &text)
{
    return (text.startsWith(u"https://") || text.startsWith(u"http://")) && !text.contains(QLatin1Char(' ')) &&
           text.size() > 10;
}

std::optional<QString> webAddress(YamlSchema &c, const YamlNode &node, const QString &what)
{
    auto text = c.string(node, what);
    if (text && !isWebAddress(*text)) {
        c.error(node, QCoreApplication::translate("Phare::NearYouReader",
                                                  "%1 must be a web address starting with https://, not '%2'")
                          .arg(what, *text));
        return std::nullopt;
    }
    return text;
}

// A file-wide `sample: true` marks every entry as made up.
bool fileIsSample(YamlSchema &c, const YamlNode &root)
{
    const YamlNode *sample = root.find(u"sample");
    return sample && c.boolean(*sample, QCoreApplication::translate("Phare::NearYouReader", "'sample' (made-up data)"))
                         .value_or(false);
}

} // namespace

const QStringList &providerStatusIds()
{
    static const QStringList ids = {QStringLiteral("member"),       QStringLiteral("cci"),
                                    QStringLiteral("cma"),          QStringLiteral("france-num-activator"),
                                    QStringLiteral("monaidecyber"), QStringLiteral("17cyber"),
                                    QStringLiteral("public-body")};
    return ids;
}

QList<Event> readEvents(YamlSchema &c, const YamlNode &root)
{
    QList<Event> events;
    c.checkKeys(root, {QStringLiteral("kind"), QStringLiteral("sample"), QStringLiteral("events")},
                QCoreApplication::translate("Phare::NearYouReader", "the events file"));
    const bool sampleFile = fileIsSample(c, root);
    readList(
        c, root, QStringLiteral("events"), QCoreApplication::translate("Phare::NearYouReader", "event"),
        [&](const YamlNode &node, const QString &what, const QString &id) {
            c.checkKeys(node,
                        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
                         QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("place"),
                         QStringLiteral("organiser"), QStringLiteral("link"), QStringLiteral("topics"),
                         QStringLiteral("audience"), QStringLiteral("price"), QStringLiteral("sample")},
                        what);
            Event event;
            event.id = id;
            event.path = c.path();
            event.line = node.line;
            event.column = node.column;
            event.sample = sampleFile;
            event.title = c.requiredLocalized(node, QStringLiteral("title"), what);
            event.description = c.requiredLocalized(node, QStringLiteral("description"), what);
            if (const YamlNode *start = c.required(node, QStringLiteral("start"), what))
                readMoment(c, *start, QCoreApplication::translate("Phare::NearYouReader", "the start of %1").arg(what),
                           {}, event.startDate, event.startMinutes);
            event.endDate = event.startDate;
            if (const YamlNode *end = node.find(u"end"); end && event.startDate.isValid()) {
                if (readMoment(c, *end, QCoreApplication::translate("Phare::NearYouReader", "the end of %1").arg(what),
                               event.startDate, event.endDate, event.endMinutes) &&
                    (event.endDate < event.startDate || (event.endDate == event.startDate && event.endMinutes >= 0 &&
                                                         event.endMinutes < event.startMinutes)))
                    c.error(*end,
                            QCoreApplication::translate("Phare::NearYouReader", "%1 ends before it starts").arg(what));
            }
            if (const YamlNode *place = c.required(node, QStringLiteral("place"), what)) {
                if (place->isScalar() && place->scalar == u"online") {
                    event.online = true;
                } else if (c.expectMap(*place,
                                       QCoreApplication::translate("Phare::NearYouReader",
                                                                   "the place of %1 (online, or {town: …, venue: …})")
                                           .arg(what))) {
                    c.checkKeys(*place, {QStringLiteral("town"), QStringLiteral("venue"), QStringLiteral("online")},
                                QCoreApplication::translate("Phare::NearYouReader", "the place of %1").arg(what));
                    if (const YamlNode *town = c.required(
                            *place, QStringLiteral("town"),
                            QCoreApplication::translate("Phare::NearYouReader", "the place of %1").arg(what)))
                        event.town =
                            c.string(*town,
                                     QCoreApplication::translate("Phare::NearYouReader", "the town of %1").arg(what))
                                .value_or(QString());
                    if (const YamlNode *venue = place->find(u"venue"))
                        event.venue =
                            c.string(*venue,
                                     QCoreApplication::translate("Phare::NearYouReader", "the venue of %1").arg(what))
                                .value_or(QString());
                    if (const YamlNode *online = place->find(u"online"))
                        event.online = c.boolean(*online, QCoreApplication::translate("Phare::NearYouReader",
                                                                                      "'online' in the place of %1")
                                                              .arg(what))
                                           .value_or(false);
                }
            }
            if (const YamlNode *organiser = c.required(node, QStringLiteral("organiser"), what))
                event.organiser =
                    c.string(*organiser,
                             QCoreApplication::translate("Phare::NearYouReader", "the organiser of %1").arg(what))
                        .value_or(QString());
            if (const YamlNode *link = c.required(node, QStringLiteral("link"), what))
                event.link = webAddress(c, *link,
                                        QCoreApplication::translate("Phare::NearYouReader", "the link of %1").arg(what))
                                 .value_or(QString());
            if (const YamlNode *topics = c.required(node, QStringLiteral("topics"), what))
                event.topics =
                    readTopics(c, *topics,
                               QCoreApplication::translate("Phare::NearYouReader", "the topics of %1").arg(what), true);
            if (const YamlNode *audience = node.find(u"audience");
                audience &&
                c.expectMap(*audience,
                            QCoreApplication::translate("Phare::NearYouReader", "the audience of %1").arg(what))) {
                c.checkKeys(*audience, {QStringLiteral("sectors"), QStringLiteral("sizes")},
                            QCoreApplication::translate("Phare::NearYouReader", "the audience of %1").arg(what));
                if (const YamlNode *sectors = audience->find(u"sectors"))
                    event.sectors =
                        readAudience(c, *sectors, sectorIds(),
                                     QCoreApplication::translate("Phare::NearYouReader", "a sector of %1").arg(what));
                if (const YamlNode *sizes = audience->find(u"sizes"))
                    event.sizes =
                        readAudience(c, *sizes, sizeIds(),
                                     QCoreApplication::translate("Phare::NearYouReader", "a size of %1").arg(what));
            }
            if (const YamlNode *price = c.required(node, QStringLiteral("price"), what)) {
                if (!(price->isScalar() && price->scalar == u"free")) {
                    bool ok = false;
                    const double value = price->isScalar() && !price->quoted ? price->scalar.toDouble(&ok) : 0;
                    if (!ok || value < 0 || value > 100'000)
                        c.error(*price, QCoreApplication::translate("Phare::NearYouReader",
                                                                    "the price of %1 must be 'free' or an amount in "
                                                                    "euros, such as 30, not '%2'")
                                            .arg(what, price->scalar));
                    else
                        event.price = value;
                }
            }
            if (const YamlNode *sample = node.find(u"sample"))
                event.sample =
                    c.boolean(*sample, QCoreApplication::translate("Phare::NearYouReader", "'sample' of %1").arg(what))
                        .value_or(sampleFile);
            events.append(std::move(event));
        });
    return events;
}

ProvidersFile readProviders(YamlSchema &c, const YamlNode &root)
{
    ProvidersFile file;
    c.checkKeys(
        root, {QStringLiteral("kind"), QStringLiteral("sample"), QStringLiteral("areas"), QStringLiteral("providers")},
        QCoreApplication::translate("Phare::NearYouReader", "the providers file"));
    const bool sampleFile = fileIsSample(c, root);
    if (root.find(u"areas")) {
        readList(
            c, root, QStringLiteral("areas"), QCoreApplication::translate("Phare::NearYouReader", "area"),
            [&](const YamlNode &node, const QString &what, const QString &id) {
                c.checkKeys(node, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("towns")}, what);
                Area area;
                area.id = id;
                area.path = c.path();
                area.line = node.line;
                area.column = node.column;
                if (const YamlNode *name = c.required(node, QStringLiteral("name"), what))
                    area.name =
                        c.string(*name, QCoreApplication::translate("Phare::NearYouReader", "the name of %1").arg(what))
                            .value_or(QString());
                if (const YamlNode *towns = c.required(node, QStringLiteral("towns"), what);
                    towns &&
                    c.expectSequence(*towns,
                                     QCoreApplication::translate("Phare::NearYouReader", "the towns of %1").arg(what),
                                     ContentLimits::maxEntries)) {
                    for (const YamlNode &town : towns->items) {
                        if (const auto name = c.string(
                                town, QCoreApplication::translate("Phare::NearYouReader", "a town of %1").arg(what)))
                            area.towns.append(*name);
                    }
                }
                file.areas.append(std::move(area));
            });
    }
    readList(
        c, root, QStringLiteral("providers"), QCoreApplication::translate("Phare::NearYouReader", "provider"),
        [&](const YamlNode &node, const QString &what, const QString &id) {
            c.checkKeys(node,
                        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                         QStringLiteral("delivers"), QStringLiteral("sectors"), QStringLiteral("areas"),
                         QStringLiteral("towns"), QStringLiteral("everywhere"), QStringLiteral("contact"),
                         QStringLiteral("status"), QStringLiteral("languages"), QStringLiteral("sample")},
                        what);
            Provider provider;
            provider.id = id;
            provider.path = c.path();
            provider.line = node.line;
            provider.column = node.column;
            provider.sample = sampleFile;
            if (const YamlNode *name = c.required(node, QStringLiteral("name"), what))
                provider.name =
                    c.string(*name, QCoreApplication::translate("Phare::NearYouReader", "the name of %1").arg(what))
                        .value_or(QString());
            provider.description = c.requiredLocalized(node, QStringLiteral("description"), what);
            if (const YamlNode *delivers = c.required(node, QStringLiteral("delivers"), what))
                provider.delivers = readTopics(
                    c, *delivers, QCoreApplication::translate("Phare::NearYouReader", "what %1 delivers").arg(what),
                    false);
            if (const YamlNode *sectors = node.find(u"sectors"))
                provider.sectors =
                    readAudience(c, *sectors, sectorIds(),
                                 QCoreApplication::translate("Phare::NearYouReader", "a sector of %1").arg(what));
            if (const YamlNode *areas = node.find(u"areas"))
                provider.areas =
                    c.refList(*areas, QCoreApplication::translate("Phare::NearYouReader", "the areas of %1").arg(what));
            if (const YamlNode *towns = node.find(u"towns");
                towns &&
                c.expectSequence(*towns,
                                 QCoreApplication::translate("Phare::NearYouReader", "the towns of %1").arg(what))) {
                for (const YamlNode &town : towns->items) {
                    if (const auto name = c.string(
                            town, QCoreApplication::translate("Phare::NearYouReader", "a town of %1").arg(what)))
                        provider.towns.append(*name);
                }
            }
            if (const YamlNode *everywhere = node.find(u"everywhere"))
                provider.everywhere =
                    c.boolean(*everywhere,
                              QCoreApplication::translate("Phare::NearYouReader", "'everywhere' of %1").arg(what))
                        .value_or(false);
            if (!provider.everywhere && provider.areas.isEmpty() && provider.towns.isEmpty())
                c.error(node,
                        QCoreApplication::translate("Phare::NearYouReader",
                                                    "%1 covers no place: give 'areas', 'towns' or 'everywhere: true'")
                            .arg(what));
            if (const YamlNode *contact = c.required(node, QStringLiteral("contact"), what);
                contact &&
                c.expectMap(*contact,
                            QCoreApplication::translate("Phare::NearYouReader", "the contact of %1").arg(what))) {
                c.checkKeys(*contact, {QStringLiteral("web"), QStringLiteral("phone"), QStringLiteral("email")},
                            QCoreApplication::translate("Phare::NearYouReader", "the contact of %1").arg(what));
                if (const YamlNode *web = contact->find(u"web"))
                    provider.web =
                        webAddress(
                            c, *web,
                            QCoreApplication::translate("Phare::NearYouReader", "the web address of %1").arg(what))
                            .value_or(QString());
                if (const YamlNode *phone = contact->find(u"phone"))
                    provider.phone =
                        c.string(*phone,
                                 QCoreApplication::translate("Phare::NearYouReader", "the phone of %1").arg(what))
                            .value_or(QString());
                if (const YamlNode *email = contact->find(u"email")) {
                    provider.email =
                        c.string(*email,
                                 QCoreApplication::translate("Phare::NearYouReader", "the e-mail of %1").arg(what))
                            .value_or(QString());
                    static const QRegularExpression mail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
                    if (!provider.email.isEmpty() && !mail.match(provider.email).hasMatch()) {
                        c.error(*email, QCoreApplication::translate("Phare::NearYouReader",
                                                                    "the e-mail of %1 is not an e-mail address: '%2'")
                                            .arg(what, provider.email));
                        provider.email.clear();
                    }
                }
                if (provider.web.isEmpty() && provider.phone.isEmpty() && provider.email.isEmpty())
                    c.error(*contact,
                            QCoreApplication::translate("Phare::NearYouReader",
                                                        "%1 gives no way to reach them: give 'web', 'phone' or 'email'")
                                .arg(what));
            }
            if (const YamlNode *status = c.required(node, QStringLiteral("status"), what)) {
                if (const auto value =
                        c.oneOf(*status, providerStatusIds(),
                                QCoreApplication::translate("Phare::NearYouReader", "the status of %1").arg(what)))
                    provider.status = static_cast<ProviderStatus>(providerStatusIds().indexOf(*value));
            }
            if (const YamlNode *languages = node.find(u"languages");
                languages &&
                c.expectSequence(
                    *languages, QCoreApplication::translate("Phare::NearYouReader", "the languages of %1").arg(what))) {
                static const QRegularExpression code(QStringLiteral("^[a-z]{2}$"));
                for (const YamlNode &language : languages->items) {
                    const auto value = c.string(
                        language, QCoreApplication::translate("Phare::NearYouReader", "a language of %1").arg(what));
                    if (value && code.match(*value).hasMatch())
                        provider.languages.append(*value);
                    else if (value)
                        c.error(language, QCoreApplication::translate(
                                              "Phare::NearYouReader",
                                              "a language of %1 is written with its two-letter code, such as fr or en, "
                                              "not '%2'")
                                              .arg(what, *value));
                }
            }
            if (const YamlNode *sample = node.find(u"sample"))
                provider.sample =
                    c.boolean(*sample, QCoreApplication::translate("Phare::NearYouReader", "'sample' of %1").arg(what))
                        .value_or(sampleFile);
            if (provider.sample && provider.isPublic())
                c.error(node, QCoreApplication::translate(
                                  "Phare::NearYouReader",
                                  "%1 is a public body and cannot be made-up sample data: give the real body, with its "
                                  "official site")
                                  .arg(what));
            file.providers.append(std::move(provider));
        });
    return file;
}

} // namespace Phare
