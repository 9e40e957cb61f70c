// The answer builders shared by tst_scorer and tst_recommender.
#include "answers.h"

namespace Phare::Test {

Answer choice(const QString &option)
{
    return Answer::makeChoice(option);
}

Answer ticked(const QStringList &options)
{
    return Answer::makeTicked(options);
}

Answer rows(const QMap<QString, QString> &answered)
{
    return Answer::makeRows(answered);
}

Answer dontKnow()
{
    return Answer::makeDontKnow();
}

Answer notApplicable()
{
    return Answer::makeNotApplicable();
}

} // namespace Phare::Test
