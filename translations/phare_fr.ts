<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Phare::MainWindow</name>
    <message>
        <source>Automatic backup is not working (%1): save your work to keep it.</source>
        <translation>La sauvegarde automatique ne fonctionne pas (%1)&#xa0;: enregistrez votre travail pour le garder.</translation>
    </message>
    <message>
        <source>Some fields are left out</source>
        <translation>Des champs sont laissés de côté</translation>
    </message>
    <message>
        <source>%1 holds fields this version of Phare does not know, too large to keep. They are left out, and will not be saved:

%2</source>
        <translation>%1 contient des champs que cette version de Phare ne connaît pas, trop volumineux pour être gardés. Ils sont laissés de côté et ne seront pas enregistrés&#xa0;:

%2</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 was changed by another window or program since you opened it. Saving replaces those changes with yours.

Save anyway?</source>
        <translation>%1 a été modifié par une autre fenêtre ou un autre programme depuis que vous l&apos;avez ouvert. Enregistrer remplace ces modifications par les vôtres.

Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Compare with an earlier assessment</source>
        <translation>Comparer avec un diagnostic précédent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouveau diagnostic…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer so&amp;us…</translation>
    </message>
    <message>
        <source>&amp;Compare with an earlier assessment…</source>
        <translation>&amp;Comparer avec un diagnostic précédent…</translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation>&amp;Arrêter la comparaison</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Name, sector and &amp;themes…</source>
        <translation>Nom, secteur et &amp;thèmes…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>Recommen&amp;dations</source>
        <translation>Recomman&amp;dations</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;About Phare</source>
        <translation>À &amp;propos de Phare</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Phare</source>
        <translation>Phare</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <source>Phare assessments (*.phare)</source>
        <translation>Diagnostics Phare (*.phare)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The assessment of %1 has changes that are not saved. Save them?</source>
        <translation>Le diagnostic de %1 contient des modifications non enregistrées. Voulez-vous les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>Ouvrir un diagnostic</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>Some answers are kept but not counted</source>
        <translation>Des réponses sont conservées mais ne comptent pas</translation>
    </message>
    <message>
        <source>This assessment was made with another version of the questionnaires. These answers are kept in the file but no longer count in the scores:

%1</source>
        <translation>Ce diagnostic a été rempli avec une autre version des questionnaires. Les réponses ci-dessous restent dans le fichier, mais ne comptent plus dans les scores&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Fichier ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Fichier enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation>Enregistrer le diagnostic</translation>
    </message>
    <message>
        <source>Another business?</source>
        <translation>Une autre entreprise&#x202f;?</translation>
    </message>
    <message>
        <source>This file is the assessment of %1, not of %2. Compare them anyway?</source>
        <translation>Ce fichier contient le diagnostic de %1, et non celui de %2. Les comparer quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>The unsaved work could not be read:

%1</source>
        <translation>Impossible de relire le travail non enregistré&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Unsaved work recovered: save it to keep it.</source>
        <translation>Travail non enregistré récupéré&#xa0;: enregistrez-le pour le garder.</translation>
    </message>
    <message>
        <source>Phare user guide</source>
        <translation>Guide d&apos;utilisation de Phare</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>About Phare</source>
        <translation>À propos de Phare</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Phare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Measure the digital maturity of a small business and learn what to do next.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: Phare uses no network and no account.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Phare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mesurez la maturité numérique d&apos;une petite entreprise et découvrez les prochaines étapes.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur&#xa0;: Phare ne se connecte pas à Internet et ne demande aucun compte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the charts as &amp;tables</source>
        <translation>Afficher les graphiques en &amp;tableaux</translation>
    </message>
    <message>
        <source>the earlier assessment (%1)</source>
        <translation>le diagnostic précédent (%1)</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>E&amp;xporter le rapport PDF…</translation>
    </message>
    <message>
        <source>Export the PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Impossible d&apos;exporter le rapport</translation>
    </message>
    <message>
        <source>The report could not be written to %1.

%2</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1.

%2</translation>
    </message>
    <message>
        <source>Report saved as %1</source>
        <translation>Rapport enregistré sous %1</translation>
    </message>
    <message>
        <source>Report preview — %1</source>
        <translation>Aperçu du rapport — %1</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>• %1 / %2: %3</source>
        <translation>• %1 / %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The assessment could not be saved, and the file on disk was left as it was.</source>
        <translation>Le diagnostic n&apos;a pas pu être enregistré&#x202f;; le fichier déjà présent sur le disque n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The assessment could not be saved: the folder “%1” does not exist.</source>
        <translation>Le diagnostic n&apos;a pas pu être enregistré&#xa0;: le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The assessment could not be saved: you are not allowed to write in the folder “%1”.</source>
        <translation>Le diagnostic n&apos;a pas pu être enregistré&#xa0;: vous n&apos;avez pas le droit d&apos;écrire dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The assessment could not be saved in the folder “%1”.</source>
        <translation>Le diagnostic n&apos;a pas pu être enregistré dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1

Your answers are still here: choose “Save As…” to save them under another name or in another folder, such as Documents.

Detail: %2</source>
        <translation>%1

Vos réponses sont toujours là&#xa0;: choisissez «&#xa0;Enregistrer sous…&#xa0;» pour les enregistrer sous un autre nom ou dans un autre dossier, par exemple Documents.

Détail&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer so&amp;us…</translation>
    </message>
    <message>
        <source>“%1” was not found: it may have been moved, renamed or deleted.</source>
        <translation>«&#xa0;%1&#xa0;» est introuvable&#xa0;: il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you may not be allowed to open it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: vous n&apos;avez peut-être pas le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: it is damaged, or it is not a Phare assessment.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: il est endommagé, ou ce n&apos;est pas un diagnostic Phare.</translation>
    </message>
    <message>
        <source>%1

Detail: %2</source>
        <translation>%1

Détail&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Choisir un &amp;autre fichier…</translation>
    </message>
    <message>
        <source>The automatic backup holds work that was never saved. Deleted, it cannot be got back.</source>
        <translation>La sauvegarde automatique contient un travail qui n&apos;a jamais été enregistré. Une fois supprimée, elle ne pourra plus être récupérée.</translation>
    </message>
    <message>
        <source>The automatic backup of “%1” holds work that was never saved. Deleted, it cannot be got back.</source>
        <translation>La sauvegarde automatique de «&#xa0;%1&#xa0;» contient un travail qui n&apos;a jamais été enregistré. Une fois supprimée, elle ne pourra plus être récupérée.</translation>
    </message>
    <message>
        <source>Delete the backup?</source>
        <translation>Supprimer la sauvegarde&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Delete the backup</source>
        <translation>&amp;Supprimer la sauvegarde</translation>
    </message>
    <message>
        <source>Advisor, dates and &amp;context…</source>
        <translation>Conseiller, dates et &amp;contexte…</translation>
    </message>
    <message>
        <source>Export an e&amp;ditable copy (OpenDocument)…</source>
        <translation>Exporter une copie mo&amp;difiable (OpenDocument)…</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>Textes OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Export an editable copy of the report</source>
        <translation>Exporter une copie modifiable du rapport</translation>
    </message>
    <message>
        <source>&amp;Include every answer and note (appendix)</source>
        <translation>&amp;Joindre toutes les réponses et les notes (annexe)</translation>
    </message>
    <message>
        <source>Leave it out when the report goes beyond the firm: the plan and the scores stay.</source>
        <translation>À décocher quand le rapport sort de l&apos;entreprise&#xa0;: le plan et les scores restent.</translation>
    </message>
    <message>
        <source>&amp;Save as OpenDocument…</source>
        <translation>&amp;Enregistrer en OpenDocument…</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>Exporter le plan d&apos;action</translation>
    </message>
    <message>
        <source>Export &amp;plan as CSV…</source>
        <translation>Exporter le &amp;plan en CSV…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Nouveau &amp;suivi…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>-plan</source>
        <comment>suffix of the plan&apos;s file name</comment>
        <translation>-plan</translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation>Impossible d&apos;exporter le plan</translation>
    </message>
    <message>
        <source>The action plan could not be written to %1.

%2</source>
        <translation>Le plan d&apos;action n&apos;a pas pu être écrit dans %1.

%2</translation>
    </message>
    <message>
        <source>Action plan saved as %1</source>
        <translation>Plan d&apos;action enregistré sous %1</translation>
    </message>
    <message>
        <source>Follow up an earlier assessment</source>
        <translation>Faire le suivi d&apos;un diagnostic précédent</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <source>A new assessment of %1 is started for the follow-up meeting, with the firm&apos;s profile and the action plan as decided. Copy the earlier answers too, as a starting point to correct?</source>
        <translation>Un nouveau diagnostic de %1 est créé pour le rendez-vous de suivi, avec le profil de l&apos;entreprise et le plan d&apos;action tel qu&apos;il a été décidé. Reprendre aussi les réponses précédentes, comme point de départ à corriger&#x202f;?</translation>
    </message>
    <message>
        <source>Copy the &amp;answers</source>
        <translation>&amp;Reprendre les réponses</translation>
    </message>
    <message>
        <source>&amp;Start with no answers</source>
        <translation>&amp;Partir sans réponses</translation>
    </message>
    <message>
        <source>Follow-up started: save it to keep it.</source>
        <translation>Suivi commencé&#xa0;: enregistrez-le pour le garder.</translation>
    </message>
    <message>
        <source>Follow-up of %1 started: save it under a new name to keep both.</source>
        <translation>Suivi de %1 commencé&#xa0;: enregistrez-le sous un nouveau nom pour garder les deux.</translation>
    </message>
    <message>
        <source>&amp;Merge answers…</source>
        <translation>&amp;Fusionner des réponses…</translation>
    </message>
    <message>
        <source>Workshop assessment made: save it to keep it.</source>
        <translation>Diagnostic d&apos;atelier créé&#xa0;: enregistrez-le pour le garder.</translation>
    </message>
    <message>
        <source>Show the &amp;names of the workshop&apos;s people (roles only otherwise)</source>
        <translation>Afficher les &amp;noms des participants à l&apos;atelier (sinon, leur rôle seulement)</translation>
    </message>
    <message>
        <source>&amp;People in the workshop…</source>
        <translation>&amp;Participants à l&apos;atelier…</translation>
    </message>
    <message numerus="yes">
        <source>A workshop of %n people: on each question, Ctrl+R records the next person&apos;s answer.</source>
        <translation>
            <numerusform>Un atelier de %n personne&#xa0;: sur chaque question, Ctrl+R passe à la réponse de la personne suivante.</numerusform>
            <numerusform>Un atelier de %n personnes&#xa0;: sur chaque question, Ctrl+R passe à la réponse de la personne suivante.</numerusform>
        </translation>
    </message>
    <message>
        <source>A plain assessment again: the agreed answers are kept.</source>
        <translation>De nouveau un diagnostic simple&#xa0;: les réponses retenues sont gardées.</translation>
    </message>
</context>
<context>
    <name>Phare::MergeDialog</name>
    <message>
        <source>Merge answers</source>
        <translation>Fusionner des réponses</translation>
    </message>
    <message>
        <source>Each person of the firm answered alone, in their own file. Choose 2 to %1 of these files: they are merged into one workshop assessment that keeps everyone&apos;s answers and shows where they differ.</source>
        <translation>Chaque personne de l&apos;entreprise a répondu seule, dans son propre fichier. Choisissez de 2 à %1 de ces fichiers&#xa0;: ils sont réunis en un seul diagnostic d&apos;atelier, qui garde les réponses de chacun et montre où elles diffèrent.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Files to merge, with each person&apos;s name and role</source>
        <translation>Fichiers à fusionner, avec le nom et le rôle de chaque personne</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files to merge</source>
        <translation>Ajouter des fichiers à fusionner</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Retirer le fichier choisi</translation>
    </message>
    <message>
        <source>These files are of the &amp;same firm: merge them anyway</source>
        <translation>Ces fichiers sont de la &amp;même entreprise&#xa0;: les fusionner quand même</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge the files into a workshop assessment</source>
        <translation>Fusionner les fichiers en un diagnostic d&apos;atelier</translation>
    </message>
    <message>
        <source>Files to merge</source>
        <translation>Fichiers à fusionner</translation>
    </message>
    <message>
        <source>Phare assessments (*.phare);;All files (*)</source>
        <translation>Diagnostics Phare (*.phare);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>a workshop</source>
        <translation>un atelier</translation>
    </message>
    <message>
        <source>The person&apos;s name: shown in the app, and in the report only if you ask for it.</source>
        <translation>Le nom de la personne&#xa0;: affiché dans Phare, et dans le rapport seulement si vous le demandez.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>Choose at least two files to merge.</source>
        <translation>Choisissez au moins deux fichiers à fusionner.</translation>
    </message>
    <message>
        <source>%1 is about &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1 concerne «&#xa0;%2&#xa0;», et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 gives the sector &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1 indique le secteur «&#xa0;%2&#xa0;», et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>These files may not be of the same firm:</source>
        <translation>Ces fichiers ne concernent peut-être pas la même entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>If they are (a name written differently), tick the box below: the workshop takes the name and sector of %1.</source>
        <translation>Si c&apos;est bien la même (un nom écrit autrement), cochez la case ci-dessous&#xa0;: l&apos;atelier prend le nom et le secteur de %1.</translation>
    </message>
    <message>
        <source>Merged as one firm, under the name and sector of %1.</source>
        <translation>Fusionnés comme une seule entreprise, sous le nom et le secteur de %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Firm: %1</source>
        <translation>Entreprise&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s): %1</source>
        <translation>
            <numerusform>%n personne&#xa0;: %1</numerusform>
            <numerusform>%n personnes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Thèmes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to settle where the answers differ.</source>
        <translation>
            <numerusform>%n question à trancher, là où les réponses diffèrent.</numerusform>
            <numerusform>%n questions à trancher, là où les réponses diffèrent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phare::NearYouView</name>
    <message>
        <source>Near you</source>
        <translation>Près de chez vous</translation>
    </message>
    <message>
        <source>No event or provider of the association matches this plan yet.</source>
        <translation>Aucun rendez-vous ni prestataire de l&apos;association ne correspond encore à ce plan.</translation>
    </message>
    <message>
        <source>Next events</source>
        <translation>Prochains rendez-vous</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Qui peut aider</translation>
    </message>
</context>
<context>
    <name>Phare::PeerActions</name>
    <message>
        <source>S&amp;hare anonymously…</source>
        <translation>Partager anony&amp;mement…</translation>
    </message>
    <message>
        <source>Save a file without name, place or text, for your association&apos;s sector benchmark</source>
        <translation>Enregistrer un fichier sans nom, sans lieu ni texte, pour le référentiel sectoriel de votre association</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>Choose a &amp;benchmark file…</source>
        <translation>Choisir un &amp;référentiel sectoriel…</translation>
    </message>
    <message>
        <source>S&amp;top using the chosen benchmark file</source>
        <translation>&amp;Ne plus utiliser le référentiel choisi</translation>
    </message>
    <message>
        <source>Benchmark in use: %1</source>
        <translation>Référentiel utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No benchmark in use</source>
        <translation>Aucun référentiel utilisé</translation>
    </message>
    <message>
        <source>This benchmark file cannot be used</source>
        <translation>Ce référentiel ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>%1 is not a benchmark Phare can read:

%2

Nothing was changed: the benchmark in use stays as it was.</source>
        <translation>%1 n&apos;est pas un référentiel que Phare sait lire&#xa0;:

%2

Rien n&apos;a changé&#xa0;: le référentiel utilisé reste le même.</translation>
    </message>
    <message>
        <source>Choose a benchmark file</source>
        <translation>Choisir un référentiel sectoriel</translation>
    </message>
    <message>
        <source>Benchmarks (*.json)</source>
        <translation>Référentiels (*.json)</translation>
    </message>
    <message>
        <source>This assessment cannot be shared</source>
        <translation>Ce diagnostic ne peut pas être partagé</translation>
    </message>
    <message>
        <source>Save the anonymous file</source>
        <translation>Enregistrer le fichier anonyme</translation>
    </message>
    <message>
        <source>Anonymous files (*.json)</source>
        <translation>Fichiers anonymes (*.json)</translation>
    </message>
    <message>
        <source>The anonymous file was not saved</source>
        <translation>Le fichier anonyme n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>Phare::PeopleDialog</name>
    <message>
        <source>People in the workshop</source>
        <translation>Participants à l&apos;atelier</translation>
    </message>
    <message>
        <source>Name each person who answers in the workshop. On the question page you then record each one&apos;s answer in turn (Ctrl+R goes to the next person), and Phare shows where they agree. Names are shown in the app; the report names people by their role unless you ask for names.</source>
        <translation>Indiquez chaque personne qui répond pendant l&apos;atelier. Sur la page des questions, vous saisissez ensuite la réponse de chacun à tour de rôle (Ctrl+R passe à la personne suivante), et Phare montre où elles concordent. Les noms s&apos;affichent dans Phare&#x202f;; le rapport désigne les personnes par leur rôle, sauf si vous demandez les noms.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>The person&apos;s name: shown in the app, and in the report only if you ask for it.</source>
        <translation>Le nom de la personne&#xa0;: affiché dans Phare, et dans le rapport seulement si vous le demandez.</translation>
    </message>
    <message>
        <source>How the firm calls the job (&quot;shop assistant&quot;): the report uses it instead of the role.</source>
        <translation>Le nom du poste dans l&apos;entreprise («&#xa0;vendeuse&#xa0;»)&#xa0;: le rapport l&apos;utilise à la place du rôle.</translation>
    </message>
    <message>
        <source>Add a person (at most %1)</source>
        <translation>Ajouter une personne (%1 au plus)</translation>
    </message>
    <message numerus="yes">
        <source>The %n answer(s) given so far are the first person&apos;s</source>
        <translation>
            <numerusform>La réponse déjà donnée est celle de la première personne</numerusform>
            <numerusform>Les %n réponses déjà données sont celles de la première personne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n answer(s) given so far are %1&apos;s</source>
        <translation>
            <numerusform>La réponse déjà donnée est celle de %1</numerusform>
            <numerusform>Les %n réponses déjà données sont celles de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A workshop has at least two people. Add someone, or remove everyone to make this a plain assessment again.</source>
        <translation>Un atelier réunit au moins deux personnes. Ajoutez quelqu&apos;un, ou retirez tout le monde pour revenir à un diagnostic simple.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is left out: their %n answer(s) will be removed (Edit → Undo brings them back).</source>
        <translation>
            <numerusform>%1 ne fait plus partie de l&apos;atelier&#xa0;: sa réponse sera supprimée (Édition → Annuler la fait revenir).</numerusform>
            <numerusform>%1 ne fait plus partie de l&apos;atelier&#xa0;: ses %n réponses seront supprimées (Édition → Annuler les fait revenir).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is left out.</source>
        <translation>%1 ne fait plus partie de l&apos;atelier.</translation>
    </message>
    <message>
        <source>This becomes a plain assessment: the agreed answers stay, each person&apos;s own answers go.</source>
        <translation>Ce diagnostic redevient simple&#xa0;: les réponses retenues restent, les réponses propres à chacun sont supprimées.</translation>
    </message>
    <message>
        <source>The other people&apos;s answers are then entered one by one; where they differ, the question is to settle.</source>
        <translation>Les réponses des autres personnes se saisissent ensuite une à une&#x202f;; là où elles diffèrent, la question est à trancher.</translation>
    </message>
    <message>
        <source>The answers given so far stay the agreed ones until the people&apos;s own answers are entered.</source>
        <translation>Les réponses déjà données restent les réponses retenues jusqu&apos;à ce que celles des participants soient saisies.</translation>
    </message>
    <message>
        <source>Job in the firm (optional)</source>
        <translation>Poste dans l&apos;entreprise (facultatif)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Nom de la personne %1</translation>
    </message>
    <message>
        <source>Role of person %1</source>
        <translation>Rôle de la personne %1</translation>
    </message>
    <message>
        <source>Job in the firm of person %1 (optional)</source>
        <translation>Poste dans l&apos;entreprise de la personne %1 (facultatif)</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Retirer la personne %1</translation>
    </message>
    <message>
        <source>Give person %1 a name (a first name is enough).</source>
        <translation>Donnez un nom à la personne %1 (le prénom suffit).</translation>
    </message>
</context>
<context>
    <name>Phare::PlanDecisionDialog</name>
    <message>
        <source>Decide on an action</source>
        <translation>Décider d&apos;une action</translation>
    </message>
    <message>
        <source>Action of your own</source>
        <translation>Action ajoutée</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>Change the password of the shop&apos;s Wi-Fi box</source>
        <translation>Changer le mot de passe de la box Wi-Fi de la boutique</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>Proposed (not decided yet)</source>
        <translation>Proposée (pas encore décidée)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>As the plan proposes: %1</source>
        <translation>Comme le plan le propose&#xa0;: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>Why it is declined</source>
        <translation>Pourquoi elle est écartée</translation>
    </message>
    <message>
        <source>In the firm&apos;s words: no web shop of our own</source>
        <translation>Dans les mots de l&apos;entreprise&#xa0;: pas de boutique en ligne à nous</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>A name or a role</source>
        <translation>Un prénom ou un rôle</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>Q&amp;ui</translation>
    </message>
    <message>
        <source>Due &amp;by</source>
        <translation>Avant &amp;le</translation>
    </message>
    <message>
        <source>A due date is set</source>
        <translation>Une échéance est fixée</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Day it was done</source>
        <translation>Jour où elle a été faite</translation>
    </message>
    <message>
        <source>d&amp;one on</source>
        <translation>fai&amp;te le</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>A&amp;vancement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Re&amp;move this action</source>
        <translation>&amp;Supprimer cette action</translation>
    </message>
</context>
<context>
    <name>Phare::ProgressModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 questions answered</source>
        <translation>%1 — questions traitées&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>Questions traitées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Traitées</translation>
    </message>
</context>
<context>
    <name>Phare::QuestionPage</name>
    <message>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Not applicable to my business</source>
        <translation>Ne concerne pas mon entreprise</translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation>Cochez toutes les réponses qui conviennent.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>—&#xa0;choisir&#xa0;—</translation>
    </message>
    <message>
        <source>Themes and dimensions</source>
        <translation>Thèmes et rubriques</translation>
    </message>
    <message>
        <source>Advisor&apos;s &amp;notes on this question</source>
        <translation>&amp;Notes du conseiller sur cette question</translation>
    </message>
    <message>
        <source>Anything worth remembering: context, what to check, what was said.</source>
        <translation>Tout ce qui mérite d&apos;être retenu&#xa0;: contexte, points à vérifier, ce qui a été dit.</translation>
    </message>
    <message>
        <source>Advisor&apos;s notes on this question</source>
        <translation>Notes du conseiller sur cette question</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous question (Backspace)</source>
        <translation>Question précédente (touche Retour arrière)</translation>
    </message>
    <message>
        <source>See the results</source>
        <translation>Voir les résultats</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next question (Enter)</source>
        <translation>Question suivante (touche Entrée)</translation>
    </message>
    <message>
        <source>Choose the themes to answer on the start page.</source>
        <translation>Choisissez les thèmes à traiter sur la page d&apos;accueil.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>A note can hold at most %1 characters.</source>
        <translation>Une note peut contenir au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Theme finished: %1</source>
        <translation>Thème terminé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n question(s) answered.</source>
        <translation>
            <numerusform>La question a une réponse.</numerusform>
            <numerusform>Les %n questions ont une réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) without an answer:</source>
        <translation>
            <numerusform>%n question sans réponse&#xa0;:</numerusform>
            <numerusform>%n questions sans réponse&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Answer the questions left</source>
        <translation>&amp;Répondre aux questions restantes</translation>
    </message>
    <message>
        <source>See the &amp;results</source>
        <translation>Voir les &amp;résultats</translation>
    </message>
    <message>
        <source>Next &amp;theme</source>
        <translation>&amp;Thème suivant</translation>
    </message>
    <message>
        <source>&amp;Previous theme</source>
        <translation>Thème &amp;précédent</translation>
    </message>
    <message>
        <source>Next &amp;unanswered question</source>
        <translation>&amp;Question sans réponse suivante</translation>
    </message>
    <message>
        <source>Back to the theme&apos;s last question (Backspace)</source>
        <translation>Revenir à la dernière question du thème (touche Retour arrière)</translation>
    </message>
    <message>
        <source>Next theme</source>
        <translation>Thème suivant</translation>
    </message>
    <message>
        <source>See the results (Enter)</source>
        <translation>Voir les résultats (touche Entrée)</translation>
    </message>
    <message>
        <source>The first question of the next theme (Enter)</source>
        <translation>Première question du thème suivant (touche Entrée)</translation>
    </message>
    <message>
        <source>What is left in this theme (Enter)</source>
        <translation>Ce qui reste à faire dans ce thème (touche Entrée)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 answered in this theme</source>
        <translation>%1 · %2 sur %3 répondues dans ce thème</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Key observation</source>
        <translation>Observation &amp;clé</translation>
    </message>
    <message>
        <source>The report&apos;s page on the firm lists the notes marked as key observations.</source>
        <translation>La page du rapport consacrée à l&apos;entreprise reprend les notes marquées comme observations clés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a question, quoted</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pre-filled as &quot;not applicable&quot; from your answer to %1. Pick another answer if this question does apply.</source>
        <translation>Réponse «&#xa0;Ne concerne pas mon entreprise&#xa0;» remplie d&apos;avance d&apos;après votre réponse à %1. Choisissez une autre réponse si la question vous concerne.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to settle</source>
        <translation>
            <numerusform>%n question à trancher</numerusform>
            <numerusform>%n questions à trancher</numerusform>
        </translation>
    </message>
    <message>
        <source>Every disagreement settled</source>
        <translation>Tous les désaccords sont tranchés</translation>
    </message>
    <message>
        <source>Next to settle</source>
        <translation>Suivante à trancher</translation>
    </message>
    <message>
        <source>The next question the team disagrees on (Ctrl+J)</source>
        <translation>La prochaine question sur laquelle l&apos;équipe n&apos;est pas d&apos;accord (Ctrl+J)</translation>
    </message>
    <message>
        <source>Next question to settle</source>
        <translation>Question suivante à trancher</translation>
    </message>
    <message>
        <source>Ne&amp;xt question to settle</source>
        <translation>Question suivante à tranc&amp;her</translation>
    </message>
    <message>
        <source>The team&apos;s agreed answer</source>
        <translation>La réponse retenue par l&apos;équipe</translation>
    </message>
    <message>
        <source>Answer of the pre&amp;vious person</source>
        <translation>Réponse de la personne précéde&amp;nte</translation>
    </message>
    <message>
        <source>Recording the answer of%1</source>
        <translation>Réponse saisie pour%1</translation>
    </message>
    <message>
        <source>Whose answer to record</source>
        <translation>À qui est la réponse saisie</translation>
    </message>
    <message>
        <source>Enter each person&apos;s answer in turn: Ctrl+R for the next person, Ctrl+Shift+R for the previous one. The agreed answer is the one the scores use.</source>
        <translation>Saisissez la réponse de chacun à tour de rôle&#xa0;: Ctrl+R pour la personne suivante, Ctrl+Maj+R pour la précédente. Les scores se calculent sur la réponse retenue.</translation>
    </message>
    <message>
        <source>%1: %2 (the answer of %3)</source>
        <translation>%1&#xa0;: %2 (réponse de %3)</translation>
    </message>
    <message>
        <source>Answer of the &amp;next person</source>
        <translation>Réponse de la personne sui&amp;vante</translation>
    </message>
</context>
<context>
    <name>Phare::RadarChart</name>
    <message>
        <source>Earlier assessment</source>
        <translation>Diagnostic précédent</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Ce diagnostic</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>(earlier: %1)</source>
        <translation>(précédemment&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Radar chart of %1. %2.</source>
        <translation>Graphique en radar pour %1. %2.</translation>
    </message>
    <message>
        <source>Radar chart: %1</source>
        <translation>Graphique en radar&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(non évalué)</translation>
    </message>
</context>
<context>
    <name>Phare::RecommendationsPage</name>
    <message>
        <source>&amp;Show recommendations for</source>
        <translation>&amp;Voir les recommandations pour</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Nothing for now.</source>
        <translation>Rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>White-paper chapters to read</source>
        <translation>Chapitres du livre blanc à lire</translation>
    </message>
    <message>
        <source>Key actions</source>
        <translation>Pistes d&apos;action</translation>
    </message>
    <message>
        <source>No chapter to recommend yet.</source>
        <translation>Aucun chapitre à recommander pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Use cases for a firm like yours</source>
        <translation>Cas d&apos;usage pour une entreprise comme la vôtre</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>under €1,000</source>
        <translation>moins de 1&#x202f;000&#xa0;€</translation>
    </message>
    <message>
        <source>€1,000 to €10,000</source>
        <translation>de 1&#x202f;000 à 10&#x202f;000&#xa0;€</translation>
    </message>
    <message>
        <source>over €10,000</source>
        <translation>plus de 10&#x202f;000&#xa0;€</translation>
    </message>
    <message>
        <source>No use case to recommend yet.</source>
        <translation>Aucun cas d&apos;usage à recommander pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Based on your answers</source>
        <translation>D&apos;après vos réponses</translation>
    </message>
    <message>
        <source>Effort: %1 · Cost: %2 · First results: %3</source>
        <translation>Effort&#xa0;: %1 · Coût&#xa0;: %2 · Premiers résultats&#xa0;: %3</translation>
    </message>
    <message>
        <source>within days</source>
        <translation>en quelques jours</translation>
    </message>
    <message>
        <source>within weeks</source>
        <translation>en quelques semaines</translation>
    </message>
    <message>
        <source>within months</source>
        <translation>en quelques mois</translation>
    </message>
    <message>
        <source>The business profile is not filled in yet: advice that depends on it (website, customers, platforms, incidents) is left out.</source>
        <translation>Le profil de l&apos;entreprise n&apos;est pas encore rempli&#xa0;: les conseils qui en dépendent (site, clients, plateformes, incidents) ne sont pas proposés.</translation>
    </message>
    <message>
        <source>Answer the business &amp;profile</source>
        <translation>Répondre au &amp;profil de l&apos;entreprise</translation>
    </message>
    <message>
        <source>At most %1 actions this month, %2 this quarter and %3 this year, ranked by what is at stake, how far you are from the goal, the effort and the legal deadlines.</source>
        <translation>Au plus %1 actions ce mois-ci, %2 ce trimestre et %3 dans l&apos;année, classées selon l&apos;enjeu, l&apos;écart avec l&apos;objectif, l&apos;effort et les échéances légales.</translation>
    </message>
    <message>
        <source>%1 · about %2 h of work</source>
        <translation>%1 · environ %2 h de travail</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>Pourquoi ce rang</translation>
    </message>
    <message>
        <source>Other possibilities, for later (%1)</source>
        <translation>Autres possibilités, pour plus tard (%1)</translation>
    </message>
    <message>
        <source>For the actions</source>
        <translation>Pour les actions</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Proposed for</source>
        <translation>Proposé pour</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) in the plan, for all themes.</source>
        <translation>
            <numerusform>%n action dans le plan, pour tous les thèmes.</numerusform>
            <numerusform>%n actions dans le plan, pour tous les thèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) in the plan for %1.</source>
        <translation>
            <numerusform>%n action dans le plan pour «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n actions dans le plan pour «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Show recommendations for</source>
        <translation>Afficher les recommandations pour</translation>
    </message>
    <message>
        <source>%1 (Enter opens it in the browser, Ctrl+C copies the address)</source>
        <translation>%1 (Entrée l&apos;ouvre dans le navigateur, Ctrl+C copie l&apos;adresse)</translation>
    </message>
    <message numerus="yes">
        <source>%n priority measure(s), for all themes.</source>
        <translation>
            <numerusform>%n mesure prioritaire, pour tous les thèmes.</numerusform>
            <numerusform>%n mesures prioritaires, pour tous les thèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priority measure(s) for %1.</source>
        <translation>
            <numerusform>%n mesure prioritaire pour %1.</numerusform>
            <numerusform>%n mesures prioritaires pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority measures</source>
        <translation>Mesures prioritaires</translation>
    </message>
    <message>
        <source>The first measures of the list, in order of priority: the content&apos;s own order first, then what is at stake, how far you are from the goal and the effort. The other measures follow them.</source>
        <translation>Les premières mesures de la liste, par ordre de priorité&#xa0;: d&apos;abord l&apos;ordre fixé par le contenu, puis les enjeux, l&apos;écart avec l&apos;objectif et l&apos;effort. Les autres mesures viennent après.</translation>
    </message>
    <message>
        <source>No measure to advise.</source>
        <translation>Aucune mesure à conseiller.</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Autres mesures</translation>
    </message>
    <message>
        <source>who</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>faite le %1</translation>
    </message>
    <message>
        <source>No longer suggested by the answers: set it back to proposed to remove it.</source>
        <translation>Plus suggérée par les réponses&#xa0;: remettez-la en «&#xa0;proposée&#xa0;» pour l&apos;enlever.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Décider…</translation>
    </message>
    <message>
        <source>Edit the action: %1</source>
        <translation>Modifier l&apos;action&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decide on the action: %1</source>
        <translation>Décider de l&apos;action&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter on the action opens it too</source>
        <translation>La touche Entrée sur l&apos;action l&apos;ouvre aussi</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>Actions to show</source>
        <translation>Actions à afficher</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidées</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposées</translation>
    </message>
    <message>
        <source>&amp;Add an action…</source>
        <translation>Ajouter une ac&amp;tion…</translation>
    </message>
    <message>
        <source>Add an action of your own to the plan</source>
        <translation>Ajouter au plan une action à vous</translation>
    </message>
    <message>
        <source>Nothing decided here.</source>
        <translation>Rien de décidé ici.</translation>
    </message>
    <message>
        <source>Nothing left to decide here.</source>
        <translation>Plus rien à décider ici.</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Écartées</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) decided, for all themes.</source>
        <translation>
            <numerusform>%n action décidée, pour tous les thèmes.</numerusform>
            <numerusform>%n actions décidées, pour tous les thèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) decided for %1.</source>
        <translation>
            <numerusform>%n action décidée pour «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n actions décidées pour «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) still to decide, for all themes.</source>
        <translation>
            <numerusform>%n action reste à décider, pour tous les thèmes.</numerusform>
            <numerusform>%n actions restent à décider, pour tous les thèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) still to decide for %1.</source>
        <translation>
            <numerusform>%n action reste à décider pour «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n actions restent à décider pour «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Near you</source>
        <translation>Près de chez vous</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Free tools</source>
        <translation>Outils gratuits</translation>
    </message>
    <message>
        <source>Paid tools</source>
        <translation>Outils payants</translation>
    </message>
    <message>
        <source>To start with</source>
        <translation>Pour démarrer</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>%1 (fictitious example)</source>
        <translation>%1 (exemple fictif)</translation>
    </message>
    <message>
        <source>Tools, a template and who to call</source>
        <translation>Outils, modèle et qui appeler</translation>
    </message>
    <message>
        <source>Cost: %1 · Set-up: %2 · Effort: %3</source>
        <translation>Coût&#xa0;: %1 · Mise en place&#xa0;: %2 · Effort&#xa0;: %3</translation>
    </message>
    <message>
        <source>Expected gain</source>
        <translation>Gain attendu</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <source>Tools and expected gain</source>
        <translation>Outils et gain attendu</translation>
    </message>
    <message>
        <source>Tools and expected gain: %1</source>
        <translation>Outils et gain attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source of the gain</source>
        <translation>Source du gain</translation>
    </message>
</context>
<context>
    <name>Phare::RespondentAnswers</name>
    <message>
        <source>What each person answered</source>
        <translation>Ce que chacun a répondu</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1%2 %3</source>
        <translation>%1%2 %3</translation>
    </message>
    <message>
        <source>Agreed: everyone gave the same answer.</source>
        <translation>D&apos;accord&#xa0;: tout le monde a donné la même réponse.</translation>
    </message>
    <message>
        <source>To check: the answers given agree, but someone did not know or did not answer.</source>
        <translation>À vérifier&#xa0;: les réponses données concordent, mais quelqu&apos;un ne savait pas ou n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>To settle: the answers differ. Choose the agreed answer above; until then the question counts as not answered.</source>
        <translation>À trancher&#xa0;: les réponses diffèrent. Choisissez ci-dessus la réponse retenue&#x202f;; d&apos;ici là, la question compte comme sans réponse.</translation>
    </message>
    <message>
        <source>Settled: the answers differed, the agreed answer above was chosen.</source>
        <translation>Tranchée&#xa0;: les réponses différaient, la réponse ci-dessus a été retenue.</translation>
    </message>
    <message>
        <source>&amp;Why this answer (optional)</source>
        <translation>&amp;Pourquoi cette réponse (facultatif)</translation>
    </message>
    <message>
        <source>Why this answer was agreed</source>
        <translation>Pourquoi cette réponse a été retenue</translation>
    </message>
    <message>
        <source>What the team found out, in a few words.</source>
        <translation>Ce que l&apos;équipe a constaté, en quelques mots.</translation>
    </message>
    <message>
        <source>%1 (being entered)</source>
        <comment>the person whose answer is typed in now</comment>
        <translation>%1 (en cours de saisie)</translation>
    </message>
    <message>
        <source>Agreed answer%1 %2</source>
        <translation>Réponse retenue%1 %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>Personne n&apos;a encore répondu.</translation>
    </message>
    <message>
        <source>To settle: the answers differ. Once everyone has answered, switch to the team&apos;s agreed answer and choose it; until then the question counts as not answered.</source>
        <translation>À trancher&#xa0;: les réponses diffèrent. Quand tout le monde a répondu, passez à la réponse retenue par l&apos;équipe et choisissez-la&#x202f;; d&apos;ici là, la question compte comme sans réponse.</translation>
    </message>
</context>
<context>
    <name>Phare::ResultsPage</name>
    <message>
        <source>Table: %1</source>
        <translation>Tableau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the charts as &amp;tables</source>
        <translation>Afficher les graphiques en &amp;tableaux</translation>
    </message>
    <message>
        <source>How the scores were computed</source>
        <translation>Comment les scores sont calculés</translation>
    </message>
    <message>
        <source>Overall score: %1 — %2. %3</source>
        <translation>Score global&#xa0;: %1 — %2. %3</translation>
    </message>
    <message>
        <source>No score yet: answer a few questions first.</source>
        <translation>Pas encore de score&#xa0;: répondez d&apos;abord à quelques questions.</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Comparaison avec %1.</translation>
    </message>
    <message>
        <source>Earlier overall score: %1.</source>
        <translation>Score global précédent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>all themes</source>
        <translation>tous les thèmes</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>none yet above 50/100</source>
        <translation>aucun au-dessus de 50/100 pour l&apos;instant</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Points faibles</translation>
    </message>
    <message>
        <source>none below 50/100</source>
        <translation>aucun en dessous de 50/100</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered.</source>
        <translation>Questions traitées&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Theme, dimension, question</source>
        <translation>Thème, rubrique, question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Question score</source>
        <translation>Score de la question</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>not asked (does not apply given an earlier answer)</source>
        <translation>non posée (sans objet d&apos;après une réponse précédente)</translation>
    </message>
    <message>
        <source>answer kept but not counted</source>
        <translation>réponse conservée mais non comptée</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>(earlier: %1)</source>
        <translation>(précédemment&#xa0;: %1)</translation>
    </message>
    <message>
        <source>&quot;Don&apos;t know&quot; answers to check: %1. They count as the lowest answer.</source>
        <translation>Réponses «&#xa0;Je ne sais pas&#xa0;» à vérifier&#xa0;: %1. Elles comptent comme la réponse la plus basse.</translation>
    </message>
    <message numerus="yes">
        <source>Overall score: %1 — on %n of %2 themes. %3. %4</source>
        <translation>
            <numerusform>Score global&#xa0;: %1 — sur %n thème sur %2. %3. %4</numerusform>
            <numerusform>Score global&#xa0;: %1 — sur %n thèmes sur %2. %3. %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assessed yet, so not counted%1 %2.</source>
        <translation>Pas encore évalués, donc non comptés%1 %2.</translation>
    </message>
    <message>
        <source>Compared with %1: no theme is assessed in both, so there is nothing to compare.</source>
        <translation>Comparaison avec %1&#xa0;: aucun thème n&apos;est évalué dans les deux, il n&apos;y a donc rien à comparer.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with %1 on the themes assessed in both (%n): %2 now, %3 then.</source>
        <translation>
            <numerusform>Comparaison avec %1 sur %n thème évalué dans les deux&#xa0;: %2 maintenant, %3 alors.</numerusform>
            <numerusform>Comparaison avec %1 sur les %n thèmes évalués dans les deux&#xa0;: %2 maintenant, %3 alors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assessed: no question of this theme is answered yet.</source>
        <translation>Non évalué&#xa0;: aucune question de ce thème n&apos;a encore de réponse.</translation>
    </message>
    <message>
        <source>&quot;Don&apos;t know&quot; answers to check: %1. They are left out of the score.</source>
        <translation>Réponses «&#xa0;Je ne sais pas&#xa0;» à vérifier&#xa0;: %1. Elles ne comptent pas dans le score.</translation>
    </message>
    <message>
        <source>&quot;Don&apos;t know&quot; answers to check: %1. %2 of them are left out of the score, the others count as the lowest answer.</source>
        <translation>Réponses «&#xa0;Je ne sais pas&#xa0;» à vérifier&#xa0;: %1. %2 ne comptent pas dans le score, les autres comptent comme la réponse la plus basse.</translation>
    </message>
    <message>
        <source>context, not scored</source>
        <translation>contexte, sans score</translation>
    </message>
    <message>
        <source>%1 (pre-filled from an earlier answer)</source>
        <translation>%1 (rempli d&apos;avance d&apos;après une réponse précédente)</translation>
    </message>
    <message>
        <source>%1 (left out of the score)</source>
        <translation>%1 (ne compte pas dans le score)</translation>
    </message>
    <message>
        <source>Follow-up of the plan decided on %1</source>
        <translation>Suivi du plan décidé le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a status of the plan&apos;s actions and how many have it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>faite le %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Peers: first quartile</source>
        <translation>Pairs&#xa0;: premier quartile</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Troisième quartile</translation>
    </message>
    <message>
        <source>Where you stand</source>
        <translation>Votre place</translation>
    </message>
    <message>
        <source>All themes: you and your peers</source>
        <translation>Tous les thèmes&#xa0;: vous et vos pairs</translation>
    </message>
    <message>
        <source>%1: you and your peers</source>
        <translation>%1&#xa0;: vous et vos pairs</translation>
    </message>
</context>
<context>
    <name>Phare::ScoreTableModel</name>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>up by %1</source>
        <translation>en hausse de %1</translation>
    </message>
    <message>
        <source>down by %1</source>
        <translation>en baisse de %1</translation>
    </message>
</context>
<context>
    <name>Phare::SearchableList</name>
    <message>
        <source>Type to search, then Enter</source>
        <translation>Tapez pour chercher, puis Entrée</translation>
    </message>
</context>
<context>
    <name>Phare::ShareDialog</name>
    <message>
        <source>Share anonymously</source>
        <translation>Partager anonymement</translation>
    </message>
    <message>
        <source>This file lets your association compare firms like yours. It holds only what is listed here: no name, no town, no person, no note, no text you typed. Check it, then save it and send it to the association.</source>
        <translation>Ce fichier permet à votre association de comparer les entreprises comme la vôtre. Il ne contient que ce qui est listé ici&#xa0;: ni nom, ni ville, ni personne, ni note, ni aucun texte saisi. Vérifiez-le, puis enregistrez-le et envoyez-le à l&apos;association.</translation>
    </message>
    <message>
        <source>Share the &amp;département (from the postal code of the location)</source>
        <translation>Partager le &amp;département (tiré du code postal de la localisation)</translation>
    </message>
    <message>
        <source>What the file holds, in plain words</source>
        <translation>Ce que contient le fichier, en clair</translation>
    </message>
    <message>
        <source>The file exactly as it will be written</source>
        <translation>Le fichier exactement tel qu&apos;il sera écrit</translation>
    </message>
    <message>
        <source>&amp;In plain words</source>
        <translation>En &amp;clair</translation>
    </message>
    <message>
        <source>The e&amp;xact file</source>
        <translation>Le fichier e&amp;xact</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>0 to 9 employees</source>
        <translation>de 0 à 9 salariés</translation>
    </message>
    <message>
        <source>10 to 49 employees</source>
        <translation>de 10 à 49 salariés</translation>
    </message>
    <message>
        <source>50 to 249 employees</source>
        <translation>de 50 à 249 salariés</translation>
    </message>
    <message>
        <source>250 employees or more</source>
        <translation>250 salariés ou plus</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Quarter of the assessment</source>
        <translation>Trimestre du diagnostic</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>non partagé</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Questionnaires answered</source>
        <translation>Questionnaires remplis</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>overall %1</source>
        <translation>global %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>(and the score of each dimension)</source>
        <translation>(et le score de chaque dimension)</translation>
    </message>
    <message>
        <source>Code of the assessment</source>
        <translation>Code du diagnostic</translation>
    </message>
    <message>
        <source>made from its identifier, one way: it cannot be turned back into the file, it only shows when the same assessment is shared twice</source>
        <translation>calculé à partir de son identifiant, à sens unique&#xa0;: il ne permet pas de retrouver le fichier, il montre seulement qu&apos;un même diagnostic a été partagé deux fois</translation>
    </message>
    <message>
        <source>Not in the file: the firm&apos;s name, its town, the advisor, the people met, the notes, and every text typed in the assessment.</source>
        <translation>Absents du fichier&#xa0;: le nom de l&apos;entreprise, sa ville, le conseiller, les personnes rencontrées, les notes et tout texte saisi dans le diagnostic.</translation>
    </message>
    <message>
        <source>%1, each as the code of the option chosen (no text)</source>
        <translation>%1, chacune sous forme de code de l&apos;option choisie (sans texte)</translation>
    </message>
</context>
<context>
    <name>Phare::SpreadView</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>How far apart the team is</source>
        <translation>Les écarts dans l&apos;équipe</translation>
    </message>
    <message numerus="yes">
        <source>For each theme and part: the agreed score (the line) and, shaded, the range from the lowest to the highest score of the %n person(s) who answered alone.</source>
        <translation>
            <numerusform>Pour chaque thème et chaque partie&#xa0;: le score retenu (le trait) et, en couleur, l&apos;étendue du plus bas au plus haut score de la personne qui a répondu seule.</numerusform>
            <numerusform>Pour chaque thème et chaque partie&#xa0;: le score retenu (le trait) et, en couleur, l&apos;étendue du plus bas au plus haut score des %n personnes qui ont répondu seules.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>pas de score</translation>
    </message>
    <message>
        <source>agreed %1 · range %2</source>
        <translation>retenu %1 · chacun %2</translation>
    </message>
    <message>
        <source>Each person&apos;s &amp;scores</source>
        <translation>Les &amp;scores de chacun</translation>
    </message>
    <message>
        <source>Theme or part</source>
        <translation>Thème ou partie</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Each person&apos;s scores, by theme and part</source>
        <translation>Les scores de chacun, par thème et par partie</translation>
    </message>
    <message>
        <source>Where the answers differ most</source>
        <translation>Là où les réponses divergent le plus</translation>
    </message>
    <message>
        <source>%1%2 %3</source>
        <translation>%1%2 %3</translation>
    </message>
    <message>
        <source>to settle</source>
        <translation>à trancher</translation>
    </message>
    <message>
        <source>settled: %1</source>
        <translation>tranché&#xa0;: %1</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>tranché</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>agreed: %1</source>
        <translation>d&apos;accord&#xa0;: %1</translation>
    </message>
    <message>
        <source>• %1 (gap %2)
    %3
    → %4</source>
        <translation>• %1 (écart %2)
    %3
    → %4</translation>
    </message>
    <message>
        <source>The team gave the same answers everywhere.</source>
        <translation>L&apos;équipe a donné partout les mêmes réponses.</translation>
    </message>
    <message>
        <source>%1: agreed score %2, the team&apos;s scores %3</source>
        <translation>%1&#xa0;: score retenu %2, scores de chacun %3</translation>
    </message>
    <message numerus="yes">
        <source>The %n question(s) still to settle count as not answered in the agreed scores, which can then be lower than anyone&apos;s.</source>
        <translation>
            <numerusform>La question encore à trancher compte comme sans réponse dans les scores retenus, qui peuvent alors être plus bas que ceux de chacun.</numerusform>
            <numerusform>Les %n questions encore à trancher comptent comme sans réponse dans les scores retenus, qui peuvent alors être plus bas que ceux de chacun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phare::StartPage</name>
    <message>
        <source>Phare</source>
        <translation>Phare</translation>
    </message>
    <message>
        <source>Where does your business stand with digital tools, and what should you do next? Answer a few questions per theme (15 to 30 minutes each); you can stop and come back at any time. Everything stays on this computer.</source>
        <translation>Où en est votre entreprise avec le numérique, et par quoi commencer&#x202f;? Répondez à quelques questions par thème (15 à 30&#xa0;minutes chacun)&#x202f;; vous pouvez vous arrêter et reprendre à tout moment. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouveau diagnostic</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Nom de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Number of people working in the business, the owner included.</source>
        <translation>Nombre de personnes qui travaillent dans l&apos;entreprise, dirigeant compris.</translation>
    </message>
    <message>
        <source>&amp;Advisor (optional):</source>
        <translation>&amp;Conseiller (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Themes to answer:</source>
        <translation>Thèmes à traiter&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart the assessment</source>
        <translation>Co&amp;mmencer le diagnostic</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>E&amp;xamples:</source>
        <translation>E&amp;xemples&#xa0;:</translation>
    </message>
    <message>
        <source>Business profile and themes</source>
        <translation>Profil de l&apos;entreprise et thèmes</translation>
    </message>
    <message>
        <source>Em&amp;ployees:</source>
        <translation>Effec&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;wn:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply and continue</source>
        <translation>&amp;Valider et continuer</translation>
    </message>
    <message>
        <source>Recent f&amp;iles:</source>
        <translation>Fic&amp;hiers récents&#xa0;:</translation>
    </message>
    <message>
        <source>home folder</source>
        <translation>dossier personnel</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>MMMM d &apos;at&apos; h:mm AP</source>
        <extracomment>How the recovery banner gives the time of a backup, as QDateTime formats it: &quot;December 6 at 2:32 PM&quot;; in French &quot;6 décembre à 14 h 32&quot;.</extracomment>
        <translation>d MMMM &apos;à&apos; H&apos; h &apos;mm</translation>
    </message>
    <message>
        <source>An automatic backup from %1 was found: Phare was closed before it was saved. Do you want to get it back?</source>
        <translation>Une sauvegarde automatique du %1 a été trouvée&#xa0;: Phare a été fermé avant l&apos;enregistrement de votre travail. Voulez-vous le récupérer&#x202f;?</translation>
    </message>
    <message>
        <source>An automatic backup of “%1” from %2 was found: Phare was closed before it was saved. Do you want to get it back?</source>
        <translation>Une sauvegarde automatique de «&#xa0;%1&#xa0;» du %2 a été trouvée&#xa0;: Phare a été fermé avant l&apos;enregistrement de votre travail. Voulez-vous le récupérer&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n other backup(s) will be offered after this one.</source>
        <translation>
            <numerusform>%n autre sauvegarde sera proposée ensuite.</numerusform>
            <numerusform>%n autres sauvegardes seront proposées ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>Travail non enregistré trouvé</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
</context>
<context>
    <name>Phare::Ui</name>
    <message>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>:</source>
        <comment>after a label</comment>
        <translation>&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Phare::WorkshopDialog</name>
    <message>
        <source>Advisor, dates and context</source>
        <translation>Conseiller, dates et contexte</translation>
    </message>
    <message>
        <source>What the report says about you and the firm: your name and contact, the day of the workshop, the next meeting and the firm in your words.</source>
        <translation>Ce que le rapport dit de vous et de l&apos;entreprise&#xa0;: votre nom et vos coordonnées, le jour de l&apos;atelier, le prochain rendez-vous et l&apos;entreprise avec vos mots.</translation>
    </message>
    <message>
        <source>Advisor&apos;s name</source>
        <translation>Nom du conseiller</translation>
    </message>
    <message>
        <source>E-mail or telephone the firm can reach you at</source>
        <translation>Courriel ou téléphone où l&apos;entreprise peut vous joindre</translation>
    </message>
    <message>
        <source>Advisor&apos;s contact</source>
        <translation>Coordonnées du conseiller</translation>
    </message>
    <message>
        <source>Date of the workshop</source>
        <translation>Date de l&apos;atelier</translation>
    </message>
    <message>
        <source>Legal deadlines in the advice are phrased against this day.</source>
        <translation>Les échéances légales des conseils sont formulées par rapport à ce jour.</translation>
    </message>
    <message>
        <source>&amp;Planned on</source>
        <translation>&amp;Prévu le</translation>
    </message>
    <message>
        <source>A next meeting is planned</source>
        <translation>Un prochain rendez-vous est prévu</translation>
    </message>
    <message>
        <source>Date of the next meeting</source>
        <translation>Date du prochain rendez-vous</translation>
    </message>
    <message>
        <source>What the firm does, how it works, what worries the owner. The report&apos;s page on the firm starts with it.</source>
        <translation>Ce que fait l&apos;entreprise, comment elle travaille, ce qui inquiète le dirigeant. La page du rapport consacrée à l&apos;entreprise commence par ce texte.</translation>
    </message>
    <message>
        <source>The firm in your words</source>
        <translation>L&apos;entreprise avec vos mots</translation>
    </message>
    <message>
        <source>Advisor&apos;s &amp;name</source>
        <translation>&amp;Nom du conseiller</translation>
    </message>
    <message>
        <source>Advisor&apos;s &amp;contact</source>
        <translation>&amp;Coordonnées du conseiller</translation>
    </message>
    <message>
        <source>&amp;Date of the workshop</source>
        <translation>&amp;Date de l&apos;atelier</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>The firm in your &amp;words</source>
        <translation>L&apos;entreprise avec vos &amp;mots</translation>
    </message>
    <message>
        <source>The context can hold at most %1 characters.</source>
        <translation>Le contexte peut contenir au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Phare: digital maturity self-assessment for small businesses</source>
        <translation>Phare&#xa0;: autodiagnostic de maturité numérique pour les petites entreprises</translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation>Langue de l&apos;interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>Open an assessment file.</source>
        <translation>Ouvrir un fichier d&apos;évaluation.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Page to show: questionnaire, results or recommendations.</source>
        <translation>Page à afficher&#xa0;: questionnaire, results (résultats) ou recommendations (recommandations).</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>Exit as soon as the window has been shown and painted.</source>
        <translation>Quitter dès que la fenêtre a été affichée et dessinée.</translation>
    </message>
    <message>
        <source>An assessment file (.phare) to open.</source>
        <translation>Un fichier d&apos;évaluation (.phare) à ouvrir.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[fichier]</translation>
    </message>
    <message>
        <source>phare: --lang takes fr or en</source>
        <translation>phare&#xa0;: --lang prend fr ou en</translation>
    </message>
    <message>
        <source>phare: --page takes questionnaire, results or recommendations</source>
        <translation>phare&#xa0;: --page prend questionnaire, results ou recommendations</translation>
    </message>
    <message>
        <source>The built-in questionnaires are damaged:

%1</source>
        <translation>Les questionnaires intégrés sont endommagés&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Draw the window into FILE.png and exit.</source>
        <translation>Dessiner la fenêtre dans FICHIER.png, puis quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, in pixels (default 1280x800).</source>
        <translation>Taille de la fenêtre pour --screenshot, en pixels (par défaut 1280x800).</translation>
    </message>
    <message>
        <source>phare: --size takes WIDTHxHEIGHT, such as 1024x600</source>
        <translation>phare&#xa0;: --size attend LARGEURxHAUTEUR, par exemple 1024x600</translation>
    </message>
    <message>
        <source>phare: cannot write the picture %1</source>
        <translation>phare&#xa0;: impossible d&apos;écrire l&apos;image %1</translation>
    </message>
</context>
</TS>
