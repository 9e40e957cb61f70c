<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Phare::ReportDocument</name>
    <message numerus="yes">
        <source>Progress since %1, on the %n themes assessed both times</source>
        <translation>
            <numerusform>Progress since %1, on the one theme assessed both times</numerusform>
            <numerusform>Progress since %1, on the %n themes assessed both times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n other measures: see the action plan.</source>
        <translation>
            <numerusform>Then one other measure: see the action plan.</numerusform>
            <numerusform>Then %n other measures: see the action plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are the priority measures.</source>
        <translation>
            <numerusform>The first is the priority measure.</numerusform>
            <numerusform>The first %n are the priority measures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other possibilities fit the business too, for once the plan is done: the appendix lists them.</source>
        <translation>
            <numerusform>One other possibility fits the business too, for once the plan is done: the appendix gives it.</numerusform>
            <numerusform>%n other possibilities fit the business too, for once the plan is done: the appendix lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions proposed were declined: the appendix gives the reasons.</source>
        <translation>
            <numerusform>%n action proposed was declined: the appendix gives the reason.</numerusform>
            <numerusform>%n actions proposed were declined: the appendix gives the reasons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people answered the questionnaires each on their own</source>
        <translation>
            <numerusform>%n person answered the questionnaires on their own</numerusform>
            <numerusform>%n people answered the questionnaires each on their own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their answers differed on %n questions; the widest gaps are below, with what was agreed.</source>
        <translation>
            <numerusform>Their answers differed on %n question; the gap is below, with what was agreed.</numerusform>
            <numerusform>Their answers differed on %n questions; the widest gaps are below, with what was agreed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are still to be settled: until then they count as not answered, so the scores show only what the team agrees on.</source>
        <translation>
            <numerusform>%n is still to be settled: until then it counts as not answered, so the scores show only what the team agrees on.</numerusform>
            <numerusform>%n are still to be settled: until then they count as not answered, so the scores show only what the team agrees on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are points to check: someone did not know, or did not answer.</source>
        <translation>
            <numerusform>%n more is a point to check: someone did not know, or did not answer.</numerusform>
            <numerusform>%n more are points to check: someone did not know, or did not answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other questions had different answers, less far apart.</source>
        <translation>
            <numerusform>%n other question had different answers, less far apart.</numerusform>
            <numerusform>%n other questions had different answers, less far apart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overall score on the %n themes assessed both times: %1 then, %2 now (%3).</source>
        <translation>
            <numerusform>Overall score on the one theme assessed both times: %1 then, %2 now (%3).</numerusform>
            <numerusform>Overall score on the %n themes assessed both times: %1 then, %2 now (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n actions decided: %1 done, %2 late, %3 in progress, %4 to do.</source>
        <translation>
            <numerusform>Of the %n action decided: %1 done, %2 late, %3 in progress, %4 to do.</numerusform>
            <numerusform>Of the %n actions decided: %1 done, %2 late, %3 in progress, %4 to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions were declined.</source>
        <translation>
            <numerusform>%n action was declined.</numerusform>
            <numerusform>%n actions were declined.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employees</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
</context>
</TS>
