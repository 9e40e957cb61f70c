<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Phare::MainWindow</name>
    <message numerus="yes">
        <source>A workshop of %n people: on each question, Ctrl+R records the next person&apos;s answer.</source>
        <translation>
            <numerusform>A workshop of %n person: on each question, Ctrl+R records the next person&apos;s answer.</numerusform>
            <numerusform>A workshop of %n people: on each question, Ctrl+R records the next person&apos;s answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phare::MergeDialog</name>
    <message numerus="yes">
        <source>%n person(s): %1</source>
        <translation>
            <numerusform>%n person: %1</numerusform>
            <numerusform>%n people: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to settle where the answers differ.</source>
        <translation>
            <numerusform>%n question to settle where the answers differ.</numerusform>
            <numerusform>%n questions to settle where the answers differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phare::PeopleDialog</name>
    <message numerus="yes">
        <source>The %n answer(s) given so far are the first person&apos;s</source>
        <translation>
            <numerusform>The answer given so far is the first person&apos;s</numerusform>
            <numerusform>The %n answers given so far are the first person&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n answer(s) given so far are %1&apos;s</source>
        <translation>
            <numerusform>The answer given so far is %1&apos;s</numerusform>
            <numerusform>The %n answers given so far are %1&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is left out: their %n answer(s) will be removed (Edit → Undo brings them back).</source>
        <translation>
            <numerusform>%1 is left out: their answer will be removed (Edit → Undo brings it back).</numerusform>
            <numerusform>%1 is left out: their %n answers will be removed (Edit → Undo brings them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phare::QuestionPage</name>
    <message numerus="yes">
        <source>All %n question(s) answered.</source>
        <translation>
            <numerusform>The only question is answered.</numerusform>
            <numerusform>All %n questions answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) without an answer:</source>
        <translation>
            <numerusform>%n question without an answer:</numerusform>
            <numerusform>%n questions without an answer:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to settle</source>
        <translation>
            <numerusform>%n question to settle</numerusform>
            <numerusform>%n questions to settle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phare::RecommendationsPage</name>
    <message numerus="yes">
        <source>%n priority measure(s), for all themes.</source>
        <translation>
            <numerusform>%n priority measure, for all themes.</numerusform>
            <numerusform>%n priority measures, for all themes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priority measure(s) for %1.</source>
        <translation>
            <numerusform>%n priority measure for %1.</numerusform>
            <numerusform>%n priority measures for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) decided, for all themes.</source>
        <translation>
            <numerusform>%n action decided, for all themes.</numerusform>
            <numerusform>%n actions decided, for all themes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) decided for %1.</source>
        <translation>
            <numerusform>%n action decided for %1.</numerusform>
            <numerusform>%n actions decided for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) still to decide, for all themes.</source>
        <translation>
            <numerusform>%n action still to decide, for all themes.</numerusform>
            <numerusform>%n actions still to decide, for all themes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) still to decide for %1.</source>
        <translation>
            <numerusform>%n action still to decide for %1.</numerusform>
            <numerusform>%n actions still to decide for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) in the plan, for all themes.</source>
        <translation>
            <numerusform>%n action in the plan, for all themes.</numerusform>
            <numerusform>%n actions in the plan, for all themes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) in the plan for %1.</source>
        <translation>
            <numerusform>%n action in the plan for %1.</numerusform>
            <numerusform>%n actions in the plan for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phare::ResultsPage</name>
    <message numerus="yes">
        <source>Overall score: %1 — on %n of %2 themes. %3. %4</source>
        <translation>
            <numerusform>Overall score: %1 — on %n of %2 themes. %3. %4</numerusform>
            <numerusform>Overall score: %1 — on %n of %2 themes. %3. %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with %1 on the themes assessed in both (%n): %2 now, %3 then.</source>
        <translation>
            <numerusform>Compared with %1 on the theme assessed in both: %2 now, %3 then.</numerusform>
            <numerusform>Compared with %1 on the themes assessed in both (%n): %2 now, %3 then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phare::SpreadView</name>
    <message numerus="yes">
        <source>For each theme and part: the agreed score (the line) and, shaded, the range from the lowest to the highest score of the %n person(s) who answered alone.</source>
        <translation>
            <numerusform>For each theme and part: the agreed score (the line) and, shaded, the range from the lowest to the highest score of the %n person who answered alone.</numerusform>
            <numerusform>For each theme and part: the agreed score (the line) and, shaded, the range from the lowest to the highest score of the %n people who answered alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n question(s) still to settle count as not answered in the agreed scores, which can then be lower than anyone&apos;s.</source>
        <translation>
            <numerusform>The question still to settle counts as not answered in the agreed scores, which can then be lower than anyone&apos;s.</numerusform>
            <numerusform>The %n questions still to settle count as not answered in the agreed scores, which can then be lower than anyone&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phare::StartPage</name>
    <message numerus="yes">
        <source>%n other backup(s) will be offered after this one.</source>
        <translation>
            <numerusform>%n other backup will be offered after this one.</numerusform>
            <numerusform>%n other backups will be offered after this one.</numerusform>
        </translation>
    </message>
</context>
</TS>
