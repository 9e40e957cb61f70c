<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Phare::Cli</name>
    <message>
        <source>Try &apos;phare-cli --help&apos;.</source>
        <translation>Essayez «&#xa0;phare-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--questionnaires needs a folder</source>
        <translation>--questionnaires demande un dossier</translation>
    </message>
    <message>
        <source>--lang takes fr or en</source>
        <translation>--lang prend fr ou en</translation>
    </message>
    <message>
        <source>--format needs a value</source>
        <translation>--format demande une valeur</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 demande un nom de fichier</translation>
    </message>
    <message>
        <source>--compare needs an assessment file</source>
        <translation>--compare demande un fichier d&apos;évaluation</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 erreur(s), %2 avertissement(s)</translation>
    </message>
    <message>
        <source>ok: %1 questionnaire(s), %2 chapter(s), %3 use case(s), %4 warning(s); %5 action(s), %6</source>
        <translation>ok&#xa0;: %1 questionnaire(s), %2 chapitre(s), %3 cas d&apos;usage, %4 avertissement(s)&#xa0;; %5 action(s), %6</translation>
    </message>
    <message>
        <source>a business profile</source>
        <translation>un profil d&apos;entreprise</translation>
    </message>
    <message>
        <source>no business profile</source>
        <translation>aucun profil d&apos;entreprise</translation>
    </message>
    <message>
        <source>list takes no file</source>
        <translation>list ne prend aucun fichier</translation>
    </message>
    <message>
        <source>score needs at least one assessment file</source>
        <translation>score demande au moins un fichier d&apos;évaluation</translation>
    </message>
    <message>
        <source>--format takes text, json or csv for score</source>
        <translation>--format prend text, json ou csv pour score</translation>
    </message>
    <message>
        <source>report takes exactly one assessment file</source>
        <translation>report prend exactement un fichier d&apos;évaluation</translation>
    </message>
    <message>
        <source>it is not a regular file; give the name of a PDF file to create or replace</source>
        <translation>ce n&apos;est pas un fichier ordinaire&#xa0;; donnez le nom d&apos;un fichier PDF à créer ou à remplacer</translation>
    </message>
    <message>
        <source>it is the assessment file %1, which the report would replace; give another name</source>
        <translation>c&apos;est le fichier d&apos;évaluation %1, que le rapport remplacerait&#xa0;; donnez un autre nom</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 pages</source>
        <translation>%1&#xa0;: %2 pages</translation>
    </message>
    <message>
        <source>--json only goes with list</source>
        <translation>--json ne s&apos;emploie qu&apos;avec list</translation>
    </message>
    <message>
        <source>--strict only goes with validate</source>
        <translation>--strict ne s&apos;emploie qu&apos;avec validate</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>:</source>
        <extracomment>After a heading or a title. French puts a no-break space before it.</extracomment>
        <translation>&#xa0;:</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 salariés</translation>
    </message>
    <message>
        <source>Business profile: %1 — %2

</source>
        <translation>Profil de l&apos;entreprise&#xa0;: %1 — %2

</translation>
    </message>
    <message>
        <source>Questionnaires:
</source>
        <translation>Questionnaires&#xa0;:
</translation>
    </message>
    <message>
        <source>
Actions:
</source>
        <translation>
Actions&#xa0;:
</translation>
    </message>
    <message>
        <source>
White-paper chapters:
</source>
        <translation>
Chapitres du livre blanc&#xa0;:
</translation>
    </message>
    <message>
        <source>
Use cases:
</source>
        <translation>
Cas d&apos;usage&#xa0;:
</translation>
    </message>
    <message>
        <source>Overall score: %1%2
</source>
        <translation>Score global&#xa0;: %1%2
</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 questions sur %2 répondues</translation>
    </message>
    <message>
        <source>, %1 &quot;don&apos;t know&quot; to check</source>
        <translation>, %1 «&#xa0;je ne sais pas&#xa0;» à vérifier</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Business profile missing: advice that depends on it is not given.</source>
        <translation>Profil de l&apos;entreprise manquant&#xa0;: les conseils qui en dépendent ne sont pas proposés.</translation>
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
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Other possibilities: %1</source>
        <translation>Autres possibilités&#xa0;: %1</translation>
    </message>
    <message>
        <source>White-paper chapters to read</source>
        <translation>Chapitres du livre blanc à lire</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>For the actions</source>
        <translation>Pour les actions</translation>
    </message>
    <message>
        <source>Use cases for your firm</source>
        <translation>Cas d&apos;usage pour votre entreprise</translation>
    </message>
    <message>
        <source>Proposed for</source>
        <translation>Proposé pour</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>impossible d&apos;écrire la sortie</translation>
    </message>
    <message>
        <source>report needs -o OUT.pdf or -o OUT.odt</source>
        <translation>report demande -o SORTIE.pdf ou -o SORTIE.odt</translation>
    </message>
    <message>
        <source>--format takes pdf or odt for report</source>
        <translation>--format prend pdf ou odt pour report</translation>
    </message>
    <message>
        <source>-o %1 is not a .%2 file, which --format %2 writes</source>
        <translation>-o %1 n&apos;est pas un fichier .%2, ce qu&apos;écrit --format %2</translation>
    </message>
    <message>
        <source>%1: the report as an editable document (OpenDocument Text)</source>
        <translation>%1&#xa0;: le rapport en document modifiable (texte OpenDocument)</translation>
    </message>
    <message>
        <source>--no-answers only goes with report</source>
        <translation>--no-answers ne s&apos;emploie qu&apos;avec report</translation>
    </message>
    <message>
        <source>, no longer suggested by the answers</source>
        <translation>, plus suggérée par les réponses</translation>
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
        <source>%1 — action plan</source>
        <translation>%1 — plan d&apos;action</translation>
    </message>
    <message>
        <source>Nothing decided yet: this is the plan Phare proposes from the answers.</source>
        <translation>Rien n&apos;est encore décidé&#xa0;: voici le plan que Phare propose d&apos;après les réponses.</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Priority measures</source>
        <translation>Mesures prioritaires</translation>
    </message>
    <message>
        <source>Other measures: %1</source>
        <translation>Autres mesures&#xa0;: %1</translation>
    </message>
    <message>
        <source>pre-filled</source>
        <translation>rempli d&apos;avance</translation>
    </message>
    <message>
        <source>%1 takes exactly one assessment file</source>
        <translation>%1 prend exactement un fichier d&apos;évaluation</translation>
    </message>
    <message>
        <source>--format takes %1 for %2</source>
        <extracomment>%1: the formats (&quot;text or json&quot;, &quot;text, json or csv&quot;); %2: the command.</extracomment>
        <translation>--format prend %1 pour %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 ou %3</translation>
    </message>
    <message>
        <source>--compare only goes with plan and report</source>
        <translation>--compare ne s&apos;emploie qu&apos;avec plan et report</translation>
    </message>
    <message>
        <source>Follow-up of the plan decided on %1</source>
        <translation>Suivi du plan décidé le %1</translation>
    </message>
    <message>
        <source>Nothing was decided then: there is no plan to follow up.</source>
        <translation>Rien n&apos;avait été décidé alors&#xa0;: il n&apos;y a pas de plan à suivre.</translation>
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
        <source>Other measures</source>
        <translation>Autres mesures</translation>
    </message>
    <message>
        <source>Next events</source>
        <translation>Prochains rendez-vous</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Qui peut aider</translation>
    </message>
    <message>
        <source>Next events near you</source>
        <translation>Prochains rendez-vous près de chez vous</translation>
    </message>
    <message>
        <source>--threshold needs a number of firms</source>
        <translation>--threshold demande un nombre d&apos;entreprises</translation>
    </message>
    <message>
        <source>--threshold takes a whole number of firms from %1: a smaller group could show one firm&apos;s scores</source>
        <translation>--threshold prend un nombre entier d&apos;entreprises à partir de %1&#xa0;: un groupe plus petit pourrait montrer les scores d&apos;une entreprise</translation>
    </message>
    <message>
        <source>anonymise needs at least one assessment file</source>
        <translation>anonymise demande au moins un fichier d&apos;évaluation</translation>
    </message>
    <message>
        <source>anonymise needs -o FOLDER</source>
        <translation>anonymise demande -o DOSSIER</translation>
    </message>
    <message>
        <source>benchmark build needs at least one folder of anonymous files</source>
        <translation>benchmark build demande au moins un dossier de fichiers anonymes</translation>
    </message>
    <message>
        <source>benchmark build needs -o benchmark.json</source>
        <translation>benchmark build demande -o benchmark.json</translation>
    </message>
    <message>
        <source>--format goes with benchmark show, not build</source>
        <translation>--format s&apos;emploie avec benchmark show, pas build</translation>
    </message>
    <message>
        <source>benchmark show takes exactly one benchmark file</source>
        <translation>benchmark show prend exactement un fichier de référentiel</translation>
    </message>
    <message>
        <source>--format takes text, json or csv for benchmark show</source>
        <translation>--format prend text, json ou csv pour benchmark show</translation>
    </message>
    <message>
        <source>benchmark show takes no -o nor --threshold</source>
        <translation>benchmark show ne prend ni -o ni --threshold</translation>
    </message>
    <message>
        <source>benchmark takes build or show</source>
        <translation>benchmark prend build ou show</translation>
    </message>
    <message>
        <source>--format only goes with score, recommend, plan, report and benchmark show</source>
        <translation>--format ne s&apos;emploie qu&apos;avec score, recommend, plan, report et benchmark show</translation>
    </message>
    <message>
        <source>--threshold only goes with benchmark build</source>
        <translation>--threshold ne s&apos;emploie qu&apos;avec benchmark build</translation>
    </message>
    <message>
        <source>--departement only goes with anonymise</source>
        <translation>--departement ne s&apos;emploie qu&apos;avec anonymise</translation>
    </message>
    <message>
        <source>cannot write into %1: it is not a folder</source>
        <translation>impossible d&apos;écrire dans %1&#xa0;: ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1: anonymous copy written to %2</source>
        <extracomment>%1: the assessment file; %2: the anonymous file written from it.</extracomment>
        <translation>%1&#xa0;: copie anonyme écrite dans %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is not a regular file; give the name of a file to create or replace</source>
        <translation>impossible d&apos;écrire %1&#xa0;: ce n&apos;est pas un fichier ordinaire&#xa0;; donnez le nom d&apos;un fichier à créer ou à remplacer</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 files read: %2 firms counted, %3 duplicates counted once, %4 files skipped</source>
        <extracomment>%1: files read; %2: firms counted; %3: copies of a firm counted already; %4: files skipped.</extracomment>
        <translation>%1 fichiers lus&#xa0;: %2 entreprises comptées, %3 doublons comptés une seule fois, %4 fichiers ignorés</translation>
    </message>
    <message>
        <source>%1: groups published: %2 (at least %3 firms each)</source>
        <extracomment>%1: the benchmark file; %2: how many groups; %3: the threshold.</extracomment>
        <translation>%1&#xa0;: groupes publiés&#xa0;: %2 (au moins %3 entreprises chacun)</translation>
    </message>
    <message>
        <source>Benchmark: groups published: %1, each of at least %2 firms; quartiles by the nearest-rank method</source>
        <translation>Référentiel&#xa0;: groupes publiés&#xa0;: %1, chacun d&apos;au moins %2 entreprises&#xa0;; quartiles par la méthode du rang le plus proche (nearest-rank)</translation>
    </message>
    <message>
        <source>Assessments from %1 to %2</source>
        <translation>Évaluations de %1 à %2</translation>
    </message>
    <message>
        <source>No group has enough firms to be published.</source>
        <translation>Aucun groupe n&apos;a assez d&apos;entreprises pour être publié.</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>firms</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveaux</translation>
    </message>
    <message>
        <source>--respondent needs a name and a role, such as &quot;Paul Durand:owner&quot;</source>
        <translation>--respondent demande un nom et un rôle, par exemple «&#xa0;Paul Durand:owner&#xa0;»</translation>
    </message>
    <message>
        <source>merge takes 2 to %1 assessment files (one per person)</source>
        <translation>merge prend de 2 à %1 fichiers d&apos;évaluation (un par personne)</translation>
    </message>
    <message>
        <source>merge needs -o WORKSHOP.phare, the file to write</source>
        <translation>merge demande -o ATELIER.phare, le fichier à écrire</translation>
    </message>
    <message>
        <source>-o %1 is one of the files to merge: write the workshop to a new file</source>
        <translation>-o %1 est l&apos;un des fichiers à réunir&#xa0;: écrivez l&apos;atelier dans un nouveau fichier</translation>
    </message>
    <message>
        <source>--respondent is given %1 times for %2 files of one person: give it once for each, in the order of the files</source>
        <translation>--respondent est donné %1 fois pour %2 fichiers d&apos;une personne&#xa0;: donnez-le une fois pour chacun, dans l&apos;ordre des fichiers</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>-o only goes with report, anonymise, merge and benchmark build</source>
        <translation>-o ne s&apos;emploie qu&apos;avec report, anonymise, merge et benchmark build</translation>
    </message>
    <message>
        <source>--force and --respondent only go with merge</source>
        <translation>--force et --respondent ne s&apos;emploient qu&apos;avec merge</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 respondents</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>1 question to settle</source>
        <translation>1 question à trancher</translation>
    </message>
    <message>
        <source>%1 questions to settle</source>
        <translation>%1 questions à trancher</translation>
    </message>
    <message>
        <source>1 point to check</source>
        <translation>1 point à vérifier</translation>
    </message>
    <message>
        <source>%1 points to check</source>
        <translation>%1 points à vérifier</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>The scores above are those of the agreed answers: a question to settle counts as not answered until the advisor settles it.</source>
        <translation>Les scores ci-dessus sont ceux des réponses retenues ensemble&#xa0;: une question à trancher compte comme sans réponse tant que le conseiller ne l&apos;a pas tranchée.</translation>
    </message>
    <message>
        <source>Each respondent&apos;s scores</source>
        <translation>Les scores de chacun</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>global</translation>
    </message>
    <message>
        <source>Spread (agreed score, lowest–highest of the respondents)</source>
        <translation>Écarts (score retenu, du plus bas au plus haut des participants)</translation>
    </message>
    <message>
        <source>Widest disagreements</source>
        <translation>Les plus grands désaccords</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>écart %1</translation>
    </message>
    <message>
        <source>to settle: not counted in the scores yet</source>
        <translation>à trancher&#xa0;: pas encore compté dans les scores</translation>
    </message>
    <message>
        <source>settled: %1</source>
        <translation>tranché&#xa0;: %1</translation>
    </message>
    <message>
        <source>agreed: %1</source>
        <translation>retenu&#xa0;: %1</translation>
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
        <source>--benchmark needs a benchmark file</source>
        <translation>--benchmark attend un fichier de référentiel</translation>
    </message>
    <message>
        <source>--benchmark only goes with report</source>
        <translation>--benchmark ne va qu&apos;avec report</translation>
    </message>
    <message>
        <source>Usage: phare-cli [--questionnaires DIR] COMMAND [OPTIONS]

Commands:
  validate [--strict] [PATH...]   check questionnaires and catalogues (default: the content in use)
  list [--json] [--lang fr|en]    list questionnaires, white-paper chapters and use cases
  score FILE... [--format text|json|csv] [--lang fr|en]
                                  score one or more assessment files (.phare); for a
                                  workshop, each respondent&apos;s scores and the spread too
  merge FILE FILE... -o WORKSHOP.phare [--force] [--respondent NAME:ROLE]...
                                  merge 2 to 10 people&apos;s files of one firm into a workshop;
                                  --force: the files are of one firm, though names differ
  recommend FILE [--format text|json] [--lang fr|en]
                                  recommend chapters, use cases and an action plan
  plan FILE [--format text|csv|json] [--lang fr|en] [--compare EARLIER.phare]
                                  print the action plan as decided in the workshop;
                                  --compare adds what became of the earlier plan
  report FILE -o OUT.pdf|OUT.odt [--format pdf|odt] [--lang fr|en] [--compare EARLIER.phare]
         [--no-answers] [--benchmark B.json] [--show-names]
                                  make the advisor&apos;s report: PDF (A4, PDF/A-1b), or an
                                  editable copy (OpenDocument Text) for .odt or --format odt;
                                  --compare adds the progress since an earlier assessment,
                                  --no-answers leaves out the appendix of answers and notes,
                                  --benchmark B.json adds the firm among its peers,
                                  --show-names names a workshop&apos;s people, not only their roles
  anonymise FILE... -o FOLDER [--departement]
                                  write an anonymous copy of each assessment for a sector
                                  benchmark (no names, no text; see docs/benchmark.md)
  benchmark build FOLDER... -o benchmark.json [--threshold N]
                                  build a benchmark from anonymous files (groups of at
                                  least N firms, 5 by default, never fewer)
  benchmark show FILE [--format text|json|csv]
                                  print a benchmark

Global options:
  --questionnaires DIR            use the content in DIR instead of the built-in content
  --lang fr|en                    the language of the output and the messages
  --version                       print the version
  --help                          print this help

Exit codes: 0 success, 1 invalid input, 2 usage error.
</source>
        <translation>Utilisation&#xa0;: phare-cli [--questionnaires DOSSIER] COMMANDE [OPTIONS]

Commandes&#xa0;:
  validate [--strict] [CHEMIN...] vérifie questionnaires et catalogues (par défaut&#xa0;: le contenu utilisé)
  list [--json] [--lang fr|en]    liste les questionnaires, les chapitres du livre blanc et les cas d&apos;usage
  score FICHIER... [--format text|json|csv] [--lang fr|en]
                                  calcule le score d&apos;un ou plusieurs fichiers d&apos;évaluation (.phare)&#xa0;;
                                  pour un atelier, aussi les scores de chacun et l&apos;écart entre eux
  merge FICHIER FICHIER... -o ATELIER.phare [--force] [--respondent NOM:RÔLE]...
                                  réunit les fichiers de 2 à 10 personnes d&apos;une même entreprise
                                  en un atelier&#xa0;; --force&#xa0;: c&apos;est la même entreprise, même si
                                  les noms diffèrent
  recommend FICHIER [--format text|json] [--lang fr|en]
                                  recommande des chapitres, des cas d&apos;usage et un plan d&apos;action
  plan FICHIER [--format text|csv|json] [--lang fr|en] [--compare PRÉCÉDENTE.phare]
                                  affiche le plan d&apos;action tel que décidé en atelier&#xa0;;
                                  --compare ajoute ce qu&apos;est devenu le plan précédent
  report FICHIER -o SORTIE.pdf|SORTIE.odt [--format pdf|odt] [--lang fr|en] [--compare PRÉCÉDENTE.phare]
         [--no-answers] [--benchmark B.json] [--show-names]
                                  produit le rapport du conseiller&#xa0;: PDF (A4, PDF/A-1b), ou une
                                  copie modifiable (texte OpenDocument) pour .odt ou --format odt&#xa0;;
                                  --compare ajoute les progrès depuis une évaluation précédente,
                                  --no-answers retire l&apos;annexe des réponses et des notes,
                                  --benchmark B.json ajoute l&apos;entreprise parmi ses pairs,
                                  --show-names nomme les participants d&apos;un atelier, pas seulement leur rôle
  anonymise FICHIER... -o DOSSIER [--departement]
                                  écrit une copie anonyme de chaque évaluation pour un
                                  référentiel sectoriel (ni noms ni textes&#xa0;; voir docs/benchmark.md)
  benchmark build DOSSIER... -o benchmark.json [--threshold N]
                                  construit un référentiel à partir de fichiers anonymes
                                  (groupes d&apos;au moins N entreprises, 5 par défaut, jamais moins)
  benchmark show FICHIER [--format text|json|csv]
                                  affiche un référentiel

Options générales&#xa0;:
  --questionnaires DOSSIER        utilise le contenu de DOSSIER au lieu du contenu intégré
  --lang fr|en                    la langue des résultats et des messages
  --version                       affiche la version
  --help                          affiche cette aide

Codes de sortie&#xa0;: 0 succès, 1 entrée invalide, 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>--show-names only goes with report</source>
        <translation>--show-names ne s&apos;emploie qu&apos;avec report</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Mise en place</translation>
    </message>
    <message>
        <source>Expected gain</source>
        <translation>Gain attendu</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
</context>
</TS>
