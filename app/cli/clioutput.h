// How phare-cli prints results: text for people, JSON and CSV for other programs.
#pragma once

#include "content.h"
#include "language.h"
#include "nearyou.h"
#include "recommender.h"
#include "scorer.h"

#include <QJsonObject>
#include <QString>

namespace Phare::Cli {

// A fixed text of the CLI in the output's language, whatever translators the program has installed
// (Cli::run installs the same language; a test may call these functions with another). The source,
// in English, is marked with QT_TRANSLATE_NOOP so that lupdate puts it in phare_cli_*.ts.
QString say(const Language &language, const char *source);
// ":" after a heading or a title; French puts a no-break space before it.
QString colon(const Language &language);
// Text for a terminal: control characters from a file (ESC starting an escape sequence, BEL, a
// carriage return hiding what precedes it...) are shown as \x1B and the like, never sent raw.
// New lines and tabs are kept. JSON output escapes them itself.
QString forTerminal(const QString &text);

QJsonObject listJson(const Content &content, const Language &language);
QString listText(const Content &content, const Language &language);

QString scoreText(const Assessment &assessment, const AssessmentResult &result, const Language &language);
QJsonObject scoreJson(const QString &path, const Assessment &assessment, const AssessmentResult &result,
                      const Language &language);
QString scoreCsvHeader();
QString scoreCsvRows(const QString &path, const AssessmentResult &result, const Language &language);

// With `nearYou` (NearYou::match), each action of "now" and "next" lists its next events and the providers
// who can help, and the text starts with the next events in all. With `content` (the one the recommendations
// come from), each chapter's local contacts are named; without it, they are given by id.
QString recommendText(const Assessment &assessment, const Recommendations &recommendations, const Language &language,
                      const NearYouMatches &nearYou = NearYouMatches(), const Content *content = nullptr);
QJsonObject recommendJson(const Assessment &assessment, const Recommendations &recommendations,
                          const Language &language, const NearYouMatches &nearYou = NearYouMatches(),
                          const Content *content = nullptr);

} // namespace Phare::Cli
