<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Phare::NearYouReport</name>
    <message>
        <source>Next events</source>
        <translation>Prochains rendez-vous</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Qui peut aider</translation>
    </message>
    <message>
        <source>Next event: %1, %2</source>
        <translation>Prochain rendez-vous&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Next events (fictitious examples)</source>
        <translation>Prochains rendez-vous (exemples fictifs)</translation>
    </message>
</context>
<context>
    <name>Phare::PeerReport</name>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Comparé à %1.</translation>
    </message>
    <message>
        <source>Too few firms of your sector and size have shared their results: compared with %1 instead.</source>
        <translation>Trop peu d&apos;entreprises de votre secteur et de votre taille ont partagé leurs résultats&#xa0;: comparé à %1.</translation>
    </message>
    <message>
        <source>in the lowest quarter of its peers</source>
        <translation>dans le quart le plus bas de ses pairs</translation>
    </message>
    <message>
        <source>at or below the median of its peers</source>
        <translation>au niveau ou en dessous de la médiane de ses pairs</translation>
    </message>
    <message>
        <source>above the median of its peers</source>
        <translation>au-dessus de la médiane de ses pairs</translation>
    </message>
    <message>
        <source>in the top quarter of its peers</source>
        <translation>dans le quart le plus haut de ses pairs</translation>
    </message>
    <message>
        <source>Q1 %1 · median %2 · Q3 %3</source>
        <translation>Q1 %1 · médiane %2 · Q3 %3</translation>
    </message>
    <message>
        <source>%1: %2 — peers %3; %4</source>
        <translation>%1&#xa0;: %2 — pairs %3&#xa0;; %4</translation>
    </message>
    <message>
        <source>You and your peers</source>
        <translation>Vous et vos pairs</translation>
    </message>
    <message>
        <source>The benchmark counts assessments made from %1 to %2.</source>
        <translation>Le référentiel compte les diagnostics réalisés de %1 à %2.</translation>
    </message>
    <message>
        <source>Each bar runs from 0 to 100: the blue box holds the middle half of the peers (from the first to the third quartile), the dark line is their median, the orange mark is you.</source>
        <translation>Chaque barre va de 0 à 100&#xa0;: la boîte bleue contient la moitié du milieu des pairs (du premier au troisième quartile), le trait foncé est leur médiane, la marque orange, c&apos;est vous.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Peers: Q1 · median · Q3</source>
        <translation>Pairs&#xa0;: Q1 · médiane · Q3</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>de 0 à 100</translation>
    </message>
    <message>
        <source>Theme score</source>
        <translation>Score du thème</translation>
    </message>
</context>
<context>
    <name>Phare::ReportDocument</name>
    <message>
        <source>(note not printed: the report is limited, see the file)</source>
        <translation>(note non imprimée&#xa0;: le rapport est limité, voir le fichier)</translation>
    </message>
    <message>
        <source>… (note truncated, see the file)</source>
        <translation>… (note tronquée, voir le fichier)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Digital maturity report — %1</source>
        <translation>Rapport de maturité numérique — %1</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>Évaluation du %1</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Cette évaluation</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> avec %1</translation>
    </message>
    <message>
        <source>No theme has been chosen for this assessment yet.</source>
        <translation>Aucun thème n&apos;a encore été choisi pour cette évaluation.</translation>
    </message>
    <message>
        <source>It covers one theme: %1.</source>
        <translation>Il porte sur un thème&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It covers %1 themes: %2.</source>
        <translation>Il porte sur %1 thèmes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Overall level: %1 · %2</source>
        <translation>Niveau global&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>No score yet: no question has been answered. The report fills in as the questions are answered.</source>
        <translation>Pas encore de score&#xa0;: aucune question n&apos;a reçu de réponse. Le rapport se remplira au fil des réponses.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>No dimension reaches 50/100 yet.</source>
        <translation>Aucune dimension n&apos;atteint encore 50/100.</translation>
    </message>
    <message>
        <source>No action to plan for now.</source>
        <translation>Aucune action à planifier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Three strengths</source>
        <translation>Trois points forts</translation>
    </message>
    <message>
        <source>Three priorities</source>
        <translation>Trois priorités</translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;%1&lt;/b&gt; · Level: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Score&#xa0;: &lt;b&gt;%1&lt;/b&gt; · Niveau&#xa0;: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered.</source>
        <translation>%1 questions répondues sur %2.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>No dimension at 50/100 or more.</source>
        <translation>Aucune dimension à 50/100 ou plus.</translation>
    </message>
    <message>
        <source>No dimension below 50/100.</source>
        <translation>Aucune dimension sous 50/100.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Écarts à combler</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>The business profile was not filled in: advice that depends on it (website, customers, platforms, incidents) is not given.</source>
        <translation>Le profil de l&apos;entreprise n&apos;a pas été rempli&#xa0;: les conseils qui en dépendent (site, clients, plateformes, incidents) ne sont pas proposés.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Use cases for your business</source>
        <translation>Cas d&apos;usage pour votre entreprise</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Premiers résultats</translation>
    </message>
    <message>
        <source>Comparison with the earlier assessment</source>
        <translation>Comparaison avec l&apos;évaluation précédente</translation>
    </message>
    <message>
        <source>This assessment is compared with the one of %1</source>
        <translation>Cette évaluation est comparée à celle du %1</translation>
    </message>
    <message>
        <source>, made with %1</source>
        <translation>, menée avec %1</translation>
    </message>
    <message>
        <source>; this one is of %1</source>
        <translation>&#xa0;; celle-ci date du %1</translation>
    </message>
    <message>
        <source>Note: the earlier assessment is in the name of %1.</source>
        <translation>Attention&#xa0;: l&apos;évaluation précédente porte le nom %1.</translation>
    </message>
    <message>
        <source>Overall score: %1 then, %2 now (%3).</source>
        <translation>Score global&#xa0;: %1 avant, %2 maintenant (%3).</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Assessed last time but not this time: %1.</source>
        <translation>Évalués la fois précédente mais pas cette fois-ci&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No theme was chosen for this assessment.</source>
        <translation>Aucun thème n&apos;a été choisi pour cette évaluation.</translation>
    </message>
    <message>
        <source>Every question of the themes assessed, with the answer given and the advisor&apos;s note. A question that did not apply, given an earlier answer, was not asked.</source>
        <translation>Toutes les questions des thèmes évalués, avec la réponse donnée et la note du conseiller. Une question qui ne s&apos;appliquait pas, vu une réponse précédente, n&apos;a pas été posée.</translation>
    </message>
    <message>
        <source>Not asked (did not apply given an earlier answer)</source>
        <translation>Non posée (ne s&apos;appliquait pas vu une réponse précédente)</translation>
    </message>
    <message>
        <source>Answer kept but not counted (the questionnaire has changed)</source>
        <translation>Réponse conservée mais non comptée (le questionnaire a changé)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Advisor&apos;s note</source>
        <translation>Note du conseiller</translation>
    </message>
    <message>
        <source>Answers kept but not counted</source>
        <translation>Réponses conservées mais non comptées</translation>
    </message>
    <message>
        <source>The file holds answers that the current questionnaires no longer count. They are kept as they are:</source>
        <translation>Le fichier contient des réponses que les questionnaires actuels ne comptent plus. Elles sont gardées telles quelles&#xa0;:</translation>
    </message>
    <message>
        <source>These actions also fit the business, but come after the plan: to take up once it is done.</source>
        <translation>Ces actions conviennent aussi à l&apos;entreprise, mais viennent après le plan&#xa0;: à reprendre quand celui-ci sera fait.</translation>
    </message>
    <message>
        <source>rank %1, %2&#xa0;out of&#xa0;100</source>
        <translation>rang %1, %2&#xa0;sur&#xa0;100</translation>
    </message>
    <message>
        <source>From answers to scores</source>
        <translation>Des réponses aux scores</translation>
    </message>
    <message>
        <source>Each theme is a questionnaire, organised in dimensions (the axes of its radar). Each answer gets a mark between 0 and 1: for a scale, where the chosen option stands between the lowest and the highest; for a checklist, the share of the good practices ticked (ticking &quot;none of these&quot; gives 0); for a grid, the mean of its rows; for a yes-no question, 0 for no, 0.5 for partly and 1 for yes.</source>
        <translation>Chaque thème est un questionnaire, organisé en dimensions (les axes de son radar). Chaque réponse reçoit une note entre 0 et 1&#xa0;: pour une échelle, la place de l&apos;option choisie entre la plus basse et la plus haute&#xa0;; pour une liste à cocher, la part des bonnes pratiques cochées (cocher «&#xa0;aucune&#xa0;» vaut 0)&#xa0;; pour une grille, la moyenne de ses lignes&#xa0;; pour une question oui / non, 0 pour non, 0,5 pour en partie et 1 pour oui.</translation>
    </message>
    <message>
        <source>A dimension&apos;s score is the weighted mean of its questions&apos; marks, times 100. A theme&apos;s score is the weighted mean of its assessed dimensions, and the overall score the mean of the themes assessed.</source>
        <translation>Le score d&apos;une dimension est la moyenne pondérée des notes de ses questions, multipliée par 100. Le score d&apos;un thème est la moyenne pondérée de ses dimensions évaluées, et le score global la moyenne des thèmes évalués.</translation>
    </message>
    <message>
        <source>&quot;Don&apos;t know&quot; counts as the lowest answer and is flagged as something to check. &quot;Not applicable&quot; does not count at all. A question that was not asked, because an earlier answer made it irrelevant, does not count either. A dimension with no question counted has no score: it is shown as &quot;not assessed&quot;.</source>
        <translation>«&#xa0;Je ne sais pas&#xa0;» compte comme la réponse la plus basse et est signalé comme un point à vérifier. «&#xa0;Sans objet&#xa0;» ne compte pas du tout. Une question qui n&apos;a pas été posée, parce qu&apos;une réponse précédente la rendait sans intérêt, ne compte pas non plus. Une dimension sans question comptée n&apos;a pas de score&#xa0;: elle est indiquée «&#xa0;non évaluée&#xa0;».</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce qu&apos;il signifie</translation>
    </message>
    <message>
        <source>The theme %1 has its own levels:</source>
        <translation>Le thème %1 a ses propres niveaux&#xa0;:</translation>
    </message>
    <message>
        <source>Each theme holds rules: &quot;if this answer shows a gap, and if the firm is concerned, then propose this action&quot;. An action proposed by several rules appears once, with all its reasons. Each action gets a mark out of 100: 45% for what is at stake (what the gap costs a small firm), 30% for the gap (100 minus the lowest of the answers involved), 15% for speed (short actions first) and 10% for a legal deadline already in force or less than a year away.</source>
        <translation>Chaque thème contient des règles&#xa0;: «&#xa0;si telle réponse montre un manque, et si l&apos;entreprise est concernée, alors proposer telle action&#xa0;». Une action proposée par plusieurs règles n&apos;apparaît qu&apos;une fois, avec toutes ses raisons. Chaque action reçoit une note sur 100&#xa0;: 45&#xa0;% pour l&apos;enjeu (ce qu&apos;un manque coûte à une petite entreprise), 30&#xa0;% pour l&apos;écart (100 moins la plus basse des réponses en cause), 15&#xa0;% pour la rapidité (les actions courtes d&apos;abord) et 10&#xa0;% pour une échéance légale déjà en vigueur ou à moins d&apos;un an.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Digital maturity report</source>
        <translation>Rapport de maturité numérique</translation>
    </message>
    <message>
        <source>(business with no name)</source>
        <translation>(entreprise sans nom)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparée avec</translation>
    </message>
    <message>
        <source>Report made with Phare %1 on %2. Everything in it comes from the answers given during the assessment.</source>
        <translation>Rapport établi avec Phare %1 le %2. Tout ce qu&apos;il contient vient des réponses données lors de l&apos;évaluation.</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>la page n&apos;a pas pu être dessinée</translation>
    </message>
    <message>
        <source>Appendix %1 — %2</source>
        <translation>Annexe %1 — %2</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>who does an action</comment>
        <translation>dirigeant</translation>
    </message>
    <message>
        <source>staff</source>
        <comment>who does an action</comment>
        <translation>salariés</translation>
    </message>
    <message>
        <source>provider</source>
        <comment>who does an action</comment>
        <translation>prestataire</translation>
    </message>
    <message>
        <source>none</source>
        <comment>cost of an action</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt; €1k</source>
        <comment>cost of an action, under 1,000 euros</comment>
        <translation>&lt; 1 k€</translation>
    </message>
    <message>
        <source>€1k–10k</source>
        <comment>cost of an action, 1,000 to 10,000 euros</comment>
        <translation>1 à 10 k€</translation>
    </message>
    <message>
        <source>&gt; €10k</source>
        <comment>cost of an action, over 10,000 euros</comment>
        <translation>&gt; 10 k€</translation>
    </message>
    <message>
        <source>Your roadmap</source>
        <translation>Votre feuille de route</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>overall %1</source>
        <translation>global %1</translation>
    </message>
    <message numerus="yes">
        <source>Progress since %1, on the %n themes assessed both times</source>
        <translation>
            <numerusform>Progrès depuis le %1, sur le thème évalué les deux fois</numerusform>
            <numerusform>Progrès depuis le %1, sur les %n thèmes évalués les deux fois</numerusform>
        </translation>
    </message>
    <message>
        <source>This month, by %1</source>
        <translation>Ce mois-ci, d&apos;ici le %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Help available</source>
        <translation>Aide disponible</translation>
    </message>
    <message>
        <source>Monday morning</source>
        <translation>Lundi matin</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Then %1 more actions this quarter and this year: see the action plan.</source>
        <translation>Puis %1 autres actions ce trimestre et cette année&#xa0;: voir le plan d&apos;action.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine séance de suivi</translation>
    </message>
    <message>
        <source>Your advisor</source>
        <translation>Votre conseiller</translation>
    </message>
    <message>
        <source>This report presents the digital maturity of &lt;b&gt;%1&lt;/b&gt;, as measured with Phare on %2</source>
        <translation>Ce rapport présente la maturité numérique de l&apos;entreprise &lt;b&gt;%1&lt;/b&gt;, telle que mesurée avec Phare le %2</translation>
    </message>
    <message>
        <source>the business</source>
        <translation>l&apos;entreprise</translation>
    </message>
    <message>
        <source>No question has been answered yet.</source>
        <translation>Aucune question n&apos;a encore reçu de réponse.</translation>
    </message>
    <message>
        <source>Not assessed: %1.</source>
        <translation>Non évalués&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Scores go from 0 to 100 and place each theme on one of %1 levels (%2); the appendix on the method explains how they are computed. Each action of the plan comes with the answers that led to it.</source>
        <translation>Les scores vont de 0 à 100 et placent chaque thème sur l&apos;un des %1 niveaux (%2)&#xa0;; l&apos;annexe sur la méthode explique comment ils sont calculés. Chaque action du plan vient avec les réponses qui y ont conduit.</translation>
    </message>
    <message>
        <source>Facts (laws, deadlines, help) up to date on %1.</source>
        <translation>Informations (lois, échéances, aides) à jour au %1.</translation>
    </message>
    <message>
        <source>The business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>In the advisor&apos;s words</source>
        <translation>En quelques mots, par votre conseiller</translation>
    </message>
    <message>
        <source>Key observations</source>
        <translation>Observations clés</translation>
    </message>
    <message>
        <source>One strength</source>
        <translation>Un point fort</translation>
    </message>
    <message>
        <source>Two strengths</source>
        <translation>Deux points forts</translation>
    </message>
    <message>
        <source>The weakest point</source>
        <translation>Le point le plus faible</translation>
    </message>
    <message>
        <source>The weakest points</source>
        <translation>Les points les plus faibles</translation>
    </message>
    <message>
        <source>One priority</source>
        <translation>Une priorité</translation>
    </message>
    <message>
        <source>Two priorities</source>
        <translation>Deux priorités</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>No action yet: they come from the answers to the questionnaires.</source>
        <translation>Pas encore d&apos;action&#xa0;: elles viennent des réponses aux questionnaires.</translation>
    </message>
    <message>
        <source>From the answers, a short plan: at most %1 actions this month, %2 this quarter and %3 within the year, ranked by stakes, gap, effort and legal deadline. Tick each one when it is done.</source>
        <translation>D&apos;après les réponses, un plan court&#xa0;: au plus %1 actions ce mois-ci, %2 ce trimestre et %3 dans l&apos;année, classées selon l&apos;enjeu, l&apos;écart, l&apos;effort et l&apos;échéance légale. Cochez chacune quand elle est faite.</translation>
    </message>
    <message numerus="yes">
        <source>%n other possibilities fit the business too, for once the plan is done: the appendix lists them.</source>
        <translation>
            <numerusform>Une autre possibilité convient aussi à l&apos;entreprise, pour quand le plan sera fait&#xa0;: l&apos;annexe la présente.</numerusform>
            <numerusform>%n autres possibilités conviennent aussi à l&apos;entreprise, pour quand le plan sera fait&#xa0;: l&apos;annexe les liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — by %2</source>
        <translation>%1 — d&apos;ici le %2</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Points to check (answered &quot;don&apos;t know&quot;)</source>
        <translation>Points à vérifier (réponses «&#xa0;je ne sais pas&#xa0;»)</translation>
    </message>
    <message>
        <source>What to read and try</source>
        <translation>À lire et à essayer</translation>
    </message>
    <message>
        <source>The chapters below are those of the white paper that comes with Phare: a short guide, written for small businesses, with one chapter per subject.</source>
        <translation>Les chapitres ci-dessous sont ceux du livre blanc qui accompagne Phare&#xa0;: un guide court, écrit pour les petites entreprises, avec un chapitre par sujet.</translation>
    </message>
    <message>
        <source>The chapters below are those of the white paper %1.</source>
        <translation>Les chapitres ci-dessous sont ceux du livre blanc %1.</translation>
    </message>
    <message>
        <source>Where to get it: %1.</source>
        <translation>Où se le procurer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your advisor can give you a copy.</source>
        <translation>Votre conseiller peut vous en remettre un exemplaire.</translation>
    </message>
    <message>
        <source>Chapters to read</source>
        <translation>Chapitres à lire</translation>
    </message>
    <message>
        <source>for action %1 of the plan</source>
        <translation>pour l&apos;action %1 du plan</translation>
    </message>
    <message>
        <source>for actions %1 of the plan</source>
        <translation>pour les actions %1 du plan</translation>
    </message>
    <message numerus="yes">
        <source>Overall score on the %n themes assessed both times: %1 then, %2 now (%3).</source>
        <translation>
            <numerusform>Score global sur le thème évalué les deux fois&#xa0;: %1 avant, %2 maintenant (%3).</numerusform>
            <numerusform>Score global sur les %n thèmes évalués les deux fois&#xa0;: %1 avant, %2 maintenant (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>No theme was assessed both times: there is nothing to compare yet.</source>
        <translation>Aucun thème n&apos;a été évalué les deux fois&#xa0;: rien à comparer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Answers and notes</source>
        <translation>Réponses et notes</translation>
    </message>
    <message>
        <source>Other possibilities</source>
        <translation>Autres possibilités</translation>
    </message>
    <message>
        <source>How the scores are computed</source>
        <translation>Comment les scores sont calculés</translation>
    </message>
    <message>
        <source>A score is placed on a level from its value rounded to a whole number, as it is shown. The levels and their score bands are Phare&apos;s own, set in its content; they are not those of an official assessment:</source>
        <translation>Un score est placé sur un niveau d&apos;après sa valeur arrondie à l&apos;entier, telle qu&apos;elle est affichée. Les niveaux et leurs tranches de score sont propres à Phare, fixés dans son contenu&#xa0;; ce ne sont pas ceux d&apos;une évaluation officielle&#xa0;:</translation>
    </message>
    <message>
        <source>The plan takes the actions in the order of their marks, making sure the firm&apos;s weakest point is dealt with this month and that an action comes after those it needs. So that a small firm can carry it out, it plans at most %1 actions for this month, %2 for this quarter and %3 within the year; the others are listed in an appendix. The white-paper chapters (at most %4) and the use cases (at most %5, suited to the firm&apos;s sector, size and profile) are those of the planned actions.</source>
        <translation>Le plan prend les actions dans l&apos;ordre de leurs notes, en veillant à traiter ce mois-ci le point le plus faible de l&apos;entreprise et à placer une action après celles dont elle a besoin. Pour qu&apos;une petite entreprise puisse le mener à bien, il prévoit au plus %1 actions ce mois-ci, %2 ce trimestre et %3 dans l&apos;année&#xa0;; les autres sont listées en annexe. Les chapitres du livre blanc (au plus %4) et les cas d&apos;usage (au plus %5, adaptés au secteur, à la taille et au profil de l&apos;entreprise) sont ceux des actions prévues.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Phare · assessment of %1</source>
        <translation>Phare · diagnostic du %1</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autodiagnostic</translation>
    </message>
    <message>
        <source>Assessment carried out with %1</source>
        <translation>Diagnostic réalisé avec %1</translation>
    </message>
    <message>
        <source>Assessment carried out with %1 (%2)</source>
        <translation>Diagnostic réalisé avec %1 (%2)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message numerus="yes">
        <source>%n employees</source>
        <translation>
            <numerusform>%n salarié</numerusform>
            <numerusform>%n salariés</numerusform>
        </translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>%1 (not assessed)</source>
        <translation>%1 (non évalué)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Progress since %1, on the one theme assessed both times</source>
        <translation>Progrès depuis le %1, sur le seul thème évalué les deux fois</translation>
    </message>
    <message>
        <source>One other possibility fits the business too, for once the plan is done: the appendix gives it.</source>
        <translation>Une autre possibilité convient aussi à l&apos;entreprise, pour quand le plan sera fait&#xa0;: l&apos;annexe la présente.</translation>
    </message>
    <message>
        <source>Overall score on the one theme assessed both times: %1 then, %2 now (%3).</source>
        <translation>Score global sur le seul thème évalué les deux fois&#xa0;: %1 avant, %2 maintenant (%3).</translation>
    </message>
    <message>
        <source>1 employee</source>
        <translation>1 salarié</translation>
    </message>
    <message>
        <source>Digital maturity assessment — %1</source>
        <translation>Diagnostic de maturité numérique — %1</translation>
    </message>
    <message>
        <source>the bookmarks and links of the PDF could not be added (%1)</source>
        <translation>les signets et les liens du PDF n&apos;ont pas pu être ajoutés (%1)</translation>
    </message>
    <message>
        <source>the editable document could not be made</source>
        <translation>le document modifiable n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>Priority measures</source>
        <translation>Mesures prioritaires</translation>
    </message>
    <message>
        <source>No measure to advise.</source>
        <translation>Aucune mesure à conseiller.</translation>
    </message>
    <message>
        <source>Then one other measure: see the action plan.</source>
        <translation>Puis une autre mesure&#xa0;: voir le plan d&apos;action.</translation>
    </message>
    <message numerus="yes">
        <source>Then %n other measures: see the action plan.</source>
        <translation>
            <numerusform>Puis %n autre mesure&#xa0;: voir le plan d&apos;action.</numerusform>
            <numerusform>Puis %n autres mesures&#xa0;: voir le plan d&apos;action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority measure</source>
        <translation>Mesure prioritaire</translation>
    </message>
    <message>
        <source>From the answers, one list of measures in order of priority: the content&apos;s own order first, then stakes, gap and effort.</source>
        <translation>D&apos;après les réponses, une seule liste de mesures par ordre de priorité&#xa0;: d&apos;abord l&apos;ordre fixé par le contenu, puis les enjeux, l&apos;écart et l&apos;effort.</translation>
    </message>
    <message>
        <source>The first one is the priority measure.</source>
        <translation>La première est la mesure prioritaire.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n are the priority measures.</source>
        <translation>
            <numerusform>La première est la mesure prioritaire.</numerusform>
            <numerusform>Les %n premières sont les mesures prioritaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick each one when it is done.</source>
        <translation>Cochez chacune une fois faite.</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Autres mesures</translation>
    </message>
    <message>
        <source>The plan is one list of measures: first those the content ranks itself, in the order of their rank, then the others in the order of their marks; a measure comes after those it needs. The first %1 are the priority measures; the others follow them. The white-paper chapters (at most %2) and the use cases (at most %3, suited to the firm&apos;s sector, size and profile) are those of the priority measures.</source>
        <translation>Le plan est une seule liste de mesures&#xa0;: d&apos;abord celles que le contenu classe lui-même, dans l&apos;ordre de leur rang, puis les autres dans l&apos;ordre de leur note&#xa0;; une mesure vient après celles dont elle a besoin. Les %1 premières sont les mesures prioritaires&#xa0;; les autres les suivent. Les chapitres du livre blanc (%2 au plus) et les cas d&apos;usage (%3 au plus, adaptés au secteur, à la taille et au profil de l&apos;entreprise) sont ceux des mesures prioritaires.</translation>
    </message>
    <message>
        <source>(pre-filled from an earlier answer)</source>
        <translation>(rempli d&apos;avance d&apos;après une réponse précédente)</translation>
    </message>
    <message>
        <source>In %1, as the questionnaire&apos;s own rules say, &quot;don&apos;t know&quot; does not count in the score, like &quot;not applicable&quot;; it is still listed as a point to check.</source>
        <translation>Dans %1, comme le veulent les règles du questionnaire, «&#xa0;je ne sais pas&#xa0;» ne compte pas dans le score, comme «&#xa0;sans objet&#xa0;»&#xa0;; la réponse reste signalée comme un point à vérifier.</translation>
    </message>
    <message>
        <source>Some answers are &quot;not applicable&quot; because of an earlier answer (marked &quot;pre-filled&quot; in the answers); the advisor can change them.</source>
        <translation>Certaines réponses sont «&#xa0;sans objet&#xa0;» à cause d&apos;une réponse précédente (signalées «&#xa0;rempli d&apos;avance&#xa0;» dans les réponses)&#xa0;; le conseiller peut les changer.</translation>
    </message>
    <message>
        <source>The actions the content ranks itself come first, in the order of their rank, and the weakest point is then not moved up.</source>
        <translation>Les actions que le contenu classe lui-même passent en premier, dans l&apos;ordre de leur rang&#xa0;; le point le plus faible n&apos;est alors pas remonté.</translation>
    </message>
    <message>
        <source>Below is the plan as decided with the business: who does each action, by when, and where it stands; the number is the computed rank, kept for reference.</source>
        <translation>Voici le plan tel que décidé avec l&apos;entreprise&#xa0;: qui fait chaque action, pour quand, et où elle en est&#xa0;; le numéro est le rang calculé, gardé pour mémoire.</translation>
    </message>
    <message>
        <source>One action proposed was declined: the appendix gives the reason.</source>
        <translation>Une action proposée a été écartée&#xa0;: l&apos;annexe en donne la raison.</translation>
    </message>
    <message numerus="yes">
        <source>%n actions proposed were declined: the appendix gives the reasons.</source>
        <translation>
            <numerusform>%n action proposée a été écartée&#xa0;: l&apos;annexe en donne la raison.</numerusform>
            <numerusform>%n actions proposées ont été écartées&#xa0;: l&apos;annexe en donne les raisons.</numerusform>
        </translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>faite le %1</translation>
    </message>
    <message>
        <source>no longer suggested by the answers</source>
        <translation>plus suggérée par les réponses</translation>
    </message>
    <message>
        <source>added in the workshop</source>
        <translation>ajoutée en atelier</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Actions declined</source>
        <translation>Actions écartées</translation>
    </message>
    <message>
        <source>The plan proposed these actions; the business decided not to take them up, for the reasons it gave. They stay out of the plan until the decision changes.</source>
        <translation>Le plan proposait ces actions&#xa0;; l&apos;entreprise a décidé de ne pas les retenir, pour les raisons qu&apos;elle a données. Elles restent hors du plan tant que la décision ne change pas.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Follow-up of the plan decided on %1</source>
        <translation>Suivi du plan décidé le %1</translation>
    </message>
    <message>
        <source>Of the one action decided: %1 done, %2 late, %3 in progress, %4 to do.</source>
        <translation>De la seule action décidée&#xa0;: %1 faite, %2 en retard, %3 en cours, %4 à faire.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n actions decided: %1 done, %2 late, %3 in progress, %4 to do.</source>
        <translation>
            <numerusform>De l&apos;action décidée&#xa0;: %1 faite, %2 en retard, %3 en cours, %4 à faire.</numerusform>
            <numerusform>Des %n actions décidées&#xa0;: %1 faites, %2 en retard, %3 en cours, %4 à faire.</numerusform>
        </translation>
    </message>
    <message>
        <source>One action was declined.</source>
        <translation>Une action a été écartée.</translation>
    </message>
    <message numerus="yes">
        <source>%n actions were declined.</source>
        <translation>
            <numerusform>%n action a été écartée.</numerusform>
            <numerusform>%n actions ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>An action is late when its due date is before this assessment&apos;s day (%1) and it is not done. Beside each action done, the scores of the dimensions it belongs to, then and now.</source>
        <translation>Une action est en retard quand son échéance tombe avant le jour de ce diagnostic (%1) et qu&apos;elle n&apos;est pas faite. En face de chaque action faite, les scores des dimensions auxquelles elle se rattache, avant et maintenant.</translation>
    </message>
    <message>
        <source>an action of the business&apos;s own: no score of its own</source>
        <translation>une action propre à l&apos;entreprise&#xa0;: pas de score à elle</translation>
    </message>
    <message>
        <source>no scored dimension</source>
        <translation>aucune dimension notée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>Évolution des scores</translation>
    </message>
    <message>
        <source>Where the team disagreed</source>
        <translation>Points de désaccord</translation>
    </message>
    <message numerus="yes">
        <source>%n people answered the questionnaires each on their own</source>
        <translation>
            <numerusform>%n personne a répondu aux questionnaires de son côté</numerusform>
            <numerusform>%n personnes ont répondu aux questionnaires, chacune de son côté</numerusform>
        </translation>
    </message>
    <message>
        <source>They gave the same answers everywhere.</source>
        <translation>Elles ont donné partout les mêmes réponses.</translation>
    </message>
    <message numerus="yes">
        <source>Their answers differed on %n questions; the widest gaps are below, with what was agreed.</source>
        <translation>
            <numerusform>Leurs réponses différaient sur %n question ; la voici, avec ce qui a été convenu.</numerusform>
            <numerusform>Leurs réponses différaient sur %n questions ; voici les plus grands écarts, avec ce qui a été convenu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are still to be settled: until then they count as not answered, so the scores show only what the team agrees on.</source>
        <translation>
            <numerusform>%n reste à trancher : d&apos;ici là, elle compte comme sans réponse, et les scores ne montrent que ce sur quoi l&apos;équipe est d&apos;accord.</numerusform>
            <numerusform>%n restent à trancher : d&apos;ici là, elles comptent comme sans réponse, et les scores ne montrent que ce sur quoi l&apos;équipe est d&apos;accord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are points to check: someone did not know, or did not answer.</source>
        <translation>
            <numerusform>%n autre est un point à vérifier : quelqu&apos;un ne savait pas, ou n&apos;a pas répondu.</numerusform>
            <numerusform>%n autres sont des points à vérifier : quelqu&apos;un ne savait pas, ou n&apos;a pas répondu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreed score</source>
        <translation>Score retenu</translation>
    </message>
    <message>
        <source>Lowest – highest in the team</source>
        <translation>Du plus bas au plus haut dans l&apos;équipe</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>To settle</source>
        <translation>À trancher</translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation>Qui a répondu quoi</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Retenu</translation>
    </message>
    <message numerus="yes">
        <source>%n other questions had different answers, less far apart.</source>
        <translation>
            <numerusform>%n autre question a reçu des réponses différentes, moins éloignées.</numerusform>
            <numerusform>%n autres questions ont reçu des réponses différentes, moins éloignées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their answers differed on one question; below, with what was agreed.</source>
        <translation>Leurs réponses différaient sur une question ; la voici, avec ce qui a été convenu.</translation>
    </message>
    <message>
        <source>One is still to be settled: until then it counts as not answered, so the scores show only what the team agrees on.</source>
        <translation>Une reste à trancher : d&apos;ici là, elle compte comme sans réponse, et les scores ne montrent que ce sur quoi l&apos;équipe est d&apos;accord.</translation>
    </message>
    <message>
        <source>One more is a point to check: someone did not know, or did not answer.</source>
        <translation>Une autre est un point à vérifier : quelqu&apos;un ne savait pas, ou n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>One other question had different answers, less far apart.</source>
        <translation>Une autre question a reçu des réponses différentes, moins éloignées.</translation>
    </message>
</context>
<context>
    <name>Phare::ReportText</name>
    <message>
        <source>:</source>
        <comment>after a label</comment>
        <translation>&#xa0;:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quotation</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
</TS>
