<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Phare::DateText</name>
    <message>
        <source>1</source>
        <comment>the first day of a month, in a date</comment>
        <translation>1er</translation>
    </message>
    <message>
        <source>%1&#xa0;%2&#xa0;%3</source>
        <comment>day, month, year</comment>
        <translation>%1&#xa0;%2&#xa0;%3</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>a deadline passed</comment>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <comment>a deadline to come</comment>
        <translation>avant le %1</translation>
    </message>
</context>
<context>
    <name>Phare::Names</name>
    <message>
        <source>Retail</source>
        <comment>sector</comment>
        <translation>Commerce de détail</translation>
    </message>
    <message>
        <source>Food and restaurants</source>
        <comment>sector</comment>
        <translation>Alimentation et restauration</translation>
    </message>
    <message>
        <source>Craft</source>
        <comment>sector</comment>
        <translation>Artisanat</translation>
    </message>
    <message>
        <source>Tourism and hospitality</source>
        <comment>sector</comment>
        <translation>Tourisme et hôtellerie</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>sector</comment>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Industry</source>
        <comment>sector</comment>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>Services</source>
        <comment>sector</comment>
        <translation>Services</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>sector</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Now (this month)</source>
        <comment>horizon</comment>
        <translation>Maintenant (ce mois-ci)</translation>
    </message>
    <message>
        <source>Next (this quarter)</source>
        <comment>horizon</comment>
        <translation>Ensuite (ce trimestre)</translation>
    </message>
    <message>
        <source>Later (this year)</source>
        <comment>horizon</comment>
        <translation>Plus tard (cette année)</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>impact</comment>
        <translation>critique</translation>
    </message>
    <message>
        <source>high</source>
        <comment>impact</comment>
        <translation>élevé</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>impact</comment>
        <translation>moyen</translation>
    </message>
    <message>
        <source>low</source>
        <comment>impact</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>low</source>
        <comment>use case effort</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>use case effort</comment>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <comment>use case effort</comment>
        <translation>important</translation>
    </message>
    <message>
        <source>low (under €1,000)</source>
        <comment>use case cost</comment>
        <translation>faible (moins de 1&#x202f;000&#xa0;€)</translation>
    </message>
    <message>
        <source>medium (€1,000 to €10,000)</source>
        <comment>use case cost</comment>
        <translation>moyen (1&#x202f;000 à 10&#x202f;000&#xa0;€)</translation>
    </message>
    <message>
        <source>high (over €10,000)</source>
        <comment>use case cost</comment>
        <translation>élevé (plus de 10&#x202f;000&#xa0;€)</translation>
    </message>
    <message>
        <source>days</source>
        <comment>use case time to value</comment>
        <translation>quelques jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <comment>use case time to value</comment>
        <translation>quelques semaines</translation>
    </message>
    <message>
        <source>months</source>
        <comment>use case time to value</comment>
        <translation>quelques mois</translation>
    </message>
</context>
<context>
    <name>Phare::Recommender</name>
    <message>
        <source>%1 out of 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <source>%1 stakes (%2 points)</source>
        <translation>enjeu %1 (%2 points)</translation>
    </message>
    <message>
        <source>gap %1 out of 100 (%2 points)</source>
        <translation>écart %1 sur 100 (%2 points)</translation>
    </message>
    <message>
        <source>about %1 h of work (%2 points)</source>
        <translation>effort d&apos;environ %1 h (%2 points)</translation>
    </message>
    <message>
        <source>legal obligation already in force (%1 points)</source>
        <translation>obligation légale déjà en vigueur (%1 points)</translation>
    </message>
    <message>
        <source>legal obligation within a year (%1 points)</source>
        <translation>obligation légale dans moins d&apos;un an (%1 points)</translation>
    </message>
    <message>
        <source>Rank %1, %2 out of 100: %3.</source>
        <translation>Rang %1, %2 sur 100&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Moved up to deal with the firm&apos;s weakest point.</source>
        <translation>Avancée pour traiter le point le plus faible de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Placed after the action it needs.</source>
        <translation>Placée après l&apos;action dont elle a besoin.</translation>
    </message>
</context>
<context>
    <name>Phare::Scorer</name>
    <message>
        <source>nothing ticked</source>
        <translation>rien de coché</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>Phare::Typography</name>
    <message>
        <source>: </source>
        <comment>between a label and its value</comment>
        <translation>&#xa0;: </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a sentence</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>&#x202f;; </translation>
    </message>
</context>
</TS>
