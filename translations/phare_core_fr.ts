<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Phare::AnonymousFile</name>
    <message>
        <source>&quot;idHash&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>«&#xa0;idHash&#xa0;» doit compter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>&quot;quarter&quot; must be a quarter written YYYY-Qn, such as 2026-Q4</source>
        <translation>«&#xa0;quarter&#xa0;» doit être un trimestre écrit AAAA-Qn, par exemple 2026-Q4</translation>
    </message>
    <message>
        <source>&quot;sector&quot; must be one of %1</source>
        <translation>«&#xa0;sector&#xa0;» doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be one of %1</source>
        <translation>«&#xa0;size&#xa0;» doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>&quot;departement&quot; must be a French département number, such as 13, 2A or 974</source>
        <translation>«&#xa0;departement&#xa0;» doit être un numéro de département, par exemple 13, 2A ou 974</translation>
    </message>
    <message>
        <source>&quot;questionnaires&quot; must be an object of questionnaires by id</source>
        <translation>«&#xa0;questionnaires&#xa0;» doit être un objet de questionnaires par identifiant</translation>
    </message>
    <message>
        <source>&quot;questionnaires&quot; has too many entries (at most %1)</source>
        <translation>«&#xa0;questionnaires&#xa0;» a trop d&apos;entrées (%1 au plus)</translation>
    </message>
    <message>
        <source>&quot;questionnaires&quot; has an entry &quot;%1&quot; that is not an id</source>
        <translation>«&#xa0;questionnaires&#xa0;» a une entrée «&#xa0;%1&#xa0;» qui n&apos;est pas un identifiant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of an anonymous file: such a file holds only the fields docs/benchmark.md lists</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ de fichier anonyme&#xa0;: un tel fichier ne contient que les champs listés dans docs/benchmark.md</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with a score</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet avec un score</translation>
    </message>
    <message>
        <source>&quot;%1.score&quot; must be a whole number from 0 to 100</source>
        <translation>«&#xa0;%1.score&#xa0;» doit être un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>&quot;%1.level&quot; must be a level id</source>
        <translation>«&#xa0;%1.level&#xa0;» doit être un identifiant de niveau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one answer: choice, ticked, rows, dontKnow or notApplicable</source>
        <translation>«&#xa0;%1&#xa0;» doit être une réponse&#xa0;: choice, ticked, rows, dontKnow ou notApplicable</translation>
    </message>
    <message>
        <source>&quot;%1.ticked&quot; must list option ids</source>
        <translation>«&#xa0;%1.ticked&#xa0;» doit lister des identifiants d&apos;options</translation>
    </message>
    <message>
        <source>&quot;%1.rows&quot; must give an option id by row id</source>
        <translation>«&#xa0;%1.rows&#xa0;» doit donner un identifiant d&apos;option par identifiant de ligne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1.version&quot; must be a whole number from 1</source>
        <translation>«&#xa0;%1.version&#xa0;» doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>&quot;%1.answers&quot; must be an object of answers by question id</source>
        <translation>«&#xa0;%1.answers&#xa0;» doit être un objet de réponses par identifiant de question</translation>
    </message>
    <message>
        <source>&quot;%1.answers&quot; has an entry that is not a question id</source>
        <translation>«&#xa0;%1.answers&#xa0;» a une entrée qui n&apos;est pas un identifiant de question</translation>
    </message>
    <message>
        <source>&quot;%1.level&quot; is given without a score</source>
        <translation>«&#xa0;%1.level&#xa0;» est donné sans score</translation>
    </message>
    <message>
        <source>&quot;%1.dimensions&quot; must be an object of scores by dimension id</source>
        <translation>«&#xa0;%1.dimensions&#xa0;» doit être un objet de scores par identifiant de dimension</translation>
    </message>
    <message>
        <source>&quot;%1.dimensions&quot; has an entry that is not a dimension id</source>
        <translation>«&#xa0;%1.dimensions&#xa0;» a une entrée qui n&apos;est pas un identifiant de dimension</translation>
    </message>
    <message>
        <source>the sector &quot;%1&quot; is not one Phare knows</source>
        <translation>le secteur «&#xa0;%1&#xa0;» est inconnu de Phare</translation>
    </message>
    <message>
        <source>the location has no French postal code: the département is left out</source>
        <translation>la localité ne contient pas de code postal&#xa0;: le département n&apos;est pas partagé</translation>
    </message>
    <message>
        <source>cannot open the file: it is not a regular file</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is too large to be an anonymous file (more than 1 MiB)</source>
        <translation>le fichier est trop gros pour être un fichier anonyme (plus de 1 Mio)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the file is damaged (not JSON: %1)</source>
        <translation>le fichier est abîmé (ce n&apos;est pas du JSON&#xa0;: %1)</translation>
    </message>
    <message>
        <source>not an anonymous Phare file</source>
        <translation>ce n&apos;est pas un fichier anonyme de Phare</translation>
    </message>
    <message>
        <source>this is an assessment (.phare), not an anonymous file: share it with phare-cli anonymise first</source>
        <translation>c&apos;est une évaluation (.phare), pas un fichier anonyme&#xa0;: passez-la d&apos;abord par phare-cli anonymise</translation>
    </message>
    <message>
        <source>this is a benchmark, not an anonymous file</source>
        <translation>c&apos;est un référentiel, pas un fichier anonyme</translation>
    </message>
    <message>
        <source>not an anonymous Phare file (its &quot;format&quot; is not &quot;phare-anonymous&quot;)</source>
        <translation>ce n&apos;est pas un fichier anonyme de Phare (son «&#xa0;format&#xa0;» n&apos;est pas «&#xa0;phare-anonymous&#xa0;»)</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be a whole number from 1</source>
        <translation>«&#xa0;formatVersion&#xa0;» doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>this anonymous file was made by a newer version of Phare (format version %1; this version reads up to %2): update Phare to use it</source>
        <translation>ce fichier anonyme a été fait par une version plus récente de Phare (format %1&#xa0;; cette version lit jusqu&apos;au format %2)&#xa0;: mettez Phare à jour pour l&apos;utiliser</translation>
    </message>
</context>
<context>
    <name>Phare::AnswerMigration</name>
    <message>
        <source>the new question does not offer &quot;don&apos;t know&quot;</source>
        <translation>la nouvelle question ne propose pas «&#xa0;je ne sais pas&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;don&apos;t know&quot; cannot join the rows already carried over</source>
        <translation>«&#xa0;je ne sais pas&#xa0;» ne peut pas s&apos;ajouter aux lignes déjà reprises</translation>
    </message>
    <message>
        <source>the new question does not offer &quot;not applicable&quot;</source>
        <translation>la nouvelle question ne propose pas «&#xa0;sans objet&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;not applicable&quot; cannot join the rows already carried over</source>
        <translation>«&#xa0;sans objet&#xa0;» ne peut pas s&apos;ajouter aux lignes déjà reprises</translation>
    </message>
    <message>
        <source>the new question has no answer &apos;%1&apos; for its row &apos;%2&apos;</source>
        <translation>la nouvelle question n&apos;a pas de réponse «&#xa0;%1&#xa0;» pour sa ligne «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the new question already holds another kind of answer</source>
        <translation>la nouvelle question a déjà une réponse d&apos;un autre genre</translation>
    </message>
    <message>
        <source>the row &apos;%1&apos; is already answered</source>
        <translation>la ligne «&#xa0;%1&#xa0;» a déjà une réponse</translation>
    </message>
    <message>
        <source>a single choice does not fit the new question&apos;s kind of answer</source>
        <translation>un choix unique ne convient pas au genre de réponse de la nouvelle question</translation>
    </message>
    <message>
        <source>the new question has no answer &apos;%1&apos;</source>
        <translation>la nouvelle question n&apos;a pas de réponse «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>ticked options do not fit the new question&apos;s kind of answer</source>
        <translation>des cases cochées ne conviennent pas au genre de réponse de la nouvelle question</translation>
    </message>
    <message>
        <source>the new question has no option &apos;%1&apos;</source>
        <translation>la nouvelle question n&apos;a pas d&apos;option «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a grid&apos;s rows do not fit the new question&apos;s kind of answer</source>
        <translation>les lignes d&apos;une grille ne conviennent pas au genre de réponse de la nouvelle question</translation>
    </message>
    <message>
        <source>unknown kind of answer</source>
        <translation>genre de réponse inconnu</translation>
    </message>
    <message>
        <source>the new question is answered already</source>
        <translation>la nouvelle question a déjà une réponse</translation>
    </message>
    <message>
        <source>answer to the question &apos;%1&apos;, which &apos;%2&apos; replaced, not carried over (%3); kept in the file under its old id</source>
        <translation>réponse à la question «&#xa0;%1&#xa0;», remplacée par «&#xa0;%2&#xa0;», non reprise (%3)&#xa0;; gardée dans le fichier sous son ancien identifiant</translation>
    </message>
</context>
<context>
    <name>Phare::AssessmentFile</name>
    <message>
        <source>too many problems: only the first %1 are listed</source>
        <translation>trop de problèmes&#xa0;: seuls les %1 premiers sont listés</translation>
    </message>
    <message>
        <source>%1 has too many entries (%2; at most %3)</source>
        <translation>%1 a trop d&apos;entrées (%2&#xa0;; %3 au plus)</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>le champ «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>«&#xa0;%1&#xa0;» doit être un texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long (more than %2 characters)</source>
        <translation>«&#xa0;%1&#xa0;» est trop long (plus de %2 caractères)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date such as 2026-11-20T09:30:00Z</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date comme 2026-11-20T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date Phare cannot save back (use years 0001 to 9999, such as 2026-11-20T09:30:00Z)</source>
        <translation>«&#xa0;%1&#xa0;» est une date que Phare ne peut pas réenregistrer (années 0001 à 9999, par exemple 2026-11-20T09:30:00Z)</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; must be an object such as {&quot;choice&quot;: &quot;yes&quot;}</source>
        <translation>la réponse «&#xa0;%1&#xa0;» doit être un objet comme {&quot;choice&quot;: &quot;yes&quot;}</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; must have exactly one of &quot;choice&quot;, &quot;ticked&quot;, &quot;rows&quot;, &quot;dontKnow&quot; or &quot;notApplicable&quot;</source>
        <translation>la réponse «&#xa0;%1&#xa0;» doit avoir exactement un seul de «&#xa0;choice&#xa0;», «&#xa0;ticked&#xa0;», «&#xa0;rows&#xa0;», «&#xa0;dontKnow&#xa0;» ou «&#xa0;notApplicable&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an option id</source>
        <translation>«&#xa0;%1&#xa0;» doit être un identifiant d&apos;option</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of option ids</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste d&apos;identifiants d&apos;options</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map each row to an option id</source>
        <translation>«&#xa0;%1&#xa0;» doit associer chaque ligne à un identifiant d&apos;option</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; must be an option id</source>
        <translation>«&#xa0;%1.%2&#xa0;» doit être un identifiant d&apos;option</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be true</source>
        <translation>«&#xa0;%1&#xa0;» ne peut valoir que true</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is unknown to this version of Phare and too large to keep (%2 KiB; at most %3 KiB of such fields are kept): it is left out, and will not be saved</source>
        <translation>le champ «&#xa0;%1&#xa0;» est inconnu de cette version de Phare et trop gros pour être gardé (%2 Kio&#xa0;; %3 Kio au plus de tels champs sont gardés)&#xa0;: il est omis et ne sera pas enregistré</translation>
    </message>
    <message>
        <source>%1 more unknown fields are left out</source>
        <translation>%1 autres champs inconnus sont omis</translation>
    </message>
    <message>
        <source>the file ends too early: it is probably truncated or was not saved completely</source>
        <translation>le fichier se termine trop tôt&#xa0;: il est probablement tronqué ou n&apos;a pas été enregistré en entier</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing after a field name</source>
        <translation>il manque un «&#xa0;:&#xa0;» après un nom de champ</translation>
    </message>
    <message>
        <source>a &apos;,&apos; is missing between two fields</source>
        <translation>il manque une «&#xa0;,&#xa0;» entre deux champs</translation>
    </message>
    <message>
        <source>unexpected text: this is not valid JSON</source>
        <translation>texte inattendu&#xa0;: ce n&apos;est pas du JSON valable</translation>
    </message>
    <message>
        <source>a number is not written correctly</source>
        <translation>un nombre est mal écrit</translation>
    </message>
    <message>
        <source>a text contains an invalid character</source>
        <translation>un texte contient un caractère non valable</translation>
    </message>
    <message>
        <source>the file nests too deeply</source>
        <translation>le fichier est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>unexpected text after the end of the data</source>
        <translation>texte inattendu après la fin des données</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop gros</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>ce n&apos;est pas du JSON valable</translation>
    </message>
    <message>
        <source>a text of the profile is too long (more than %1 characters)</source>
        <translation>un texte du profil est trop long (plus de %1 caractères)</translation>
    </message>
    <message>
        <source>too many questionnaires (%1; at most %2)</source>
        <translation>trop de questionnaires (%1&#xa0;; %2 au plus)</translation>
    </message>
    <message>
        <source>too many answers in &quot;%1&quot; (%2; at most %3)</source>
        <translation>trop de réponses dans «&#xa0;%1&#xa0;» (%2&#xa0;; %3 au plus)</translation>
    </message>
    <message>
        <source>too many notes in &quot;%1&quot; (%2; at most %3)</source>
        <translation>trop de notes dans «&#xa0;%1&#xa0;» (%2&#xa0;; %3 au plus)</translation>
    </message>
    <message>
        <source>the note on &quot;%1&quot; is too long (%2 characters; at most %3): shorten it</source>
        <translation>la note sur «&#xa0;%1&#xa0;» est trop longue (%2 caractères&#xa0;; %3 au plus)&#xa0;: raccourcissez-la</translation>
    </message>
    <message>
        <source>the answer to &quot;%1&quot; has too many items (at most %2)</source>
        <translation>la réponse à «&#xa0;%1&#xa0;» a trop d&apos;éléments (%2 au plus)</translation>
    </message>
    <message>
        <source>cannot open the file: it is a folder (a directory), not a file</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot open the file: it is not a regular file (a pipe or a device); Phare only opens files</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: ce n&apos;est pas un fichier ordinaire (un tube ou un périphérique)&#xa0;; Phare n&apos;ouvre que des fichiers</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is too large to be an assessment (more than %1 MiB)</source>
        <translation>le fichier est trop gros pour être un diagnostic (plus de %1 Mio)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: it is damaged or is not an assessment</source>
        <translation>le fichier n&apos;est pas du texte UTF-8&#xa0;: il est abîmé ou ce n&apos;est pas un diagnostic</translation>
    </message>
    <message>
        <source>the file nests too deeply (more than %1 levels)</source>
        <translation>le fichier est imbriqué trop profondément (plus de %1 niveaux)</translation>
    </message>
    <message>
        <source>a &apos;,&apos; between two fields or a closing &apos;}&apos; is missing</source>
        <translation>il manque une «&#xa0;,&#xa0;» entre deux champs ou une «&#xa0;}&#xa0;» fermante</translation>
    </message>
    <message>
        <source>a &apos;,&apos; between two items or a closing &apos;]&apos; is missing</source>
        <translation>il manque une «&#xa0;,&#xa0;» entre deux éléments ou un «&#xa0;]&#xa0;» fermant</translation>
    </message>
    <message>
        <source>this is not a Phare assessment: the file must hold a JSON object</source>
        <translation>ce n&apos;est pas un diagnostic Phare&#xa0;: le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>this number is too large for Phare to keep exactly (whole numbers are kept up to 15 digits): the file would be changed on saving</source>
        <translation>ce nombre est trop grand pour que Phare le garde exactement (les nombres entiers sont gardés jusqu&apos;à 15 chiffres)&#xa0;: le fichier serait modifié à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>this is not a Phare assessment: &quot;format&quot; must be &quot;phare-assessment&quot;</source>
        <translation>ce n&apos;est pas un diagnostic Phare&#xa0;: «&#xa0;format&#xa0;» doit valoir «&#xa0;phare-assessment&#xa0;»</translation>
    </message>
    <message>
        <source>the field &quot;formatVersion&quot; is missing</source>
        <translation>le champ «&#xa0;formatVersion&#xa0;» manque</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be a whole number from 1</source>
        <translation>«&#xa0;formatVersion&#xa0;» doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>this file was saved by a newer version of Phare (format version %1; this version reads up to %2): update Phare to open it</source>
        <translation>ce fichier a été enregistré par une version plus récente de Phare (format %1&#xa0;; cette version lit jusqu&apos;au format %2)&#xa0;: mettez Phare à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the field &quot;company&quot; is missing or is not an object</source>
        <translation>le champ «&#xa0;company&#xa0;» manque ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>unknown sector &quot;%1&quot;: use one of %2</source>
        <translation>secteur inconnu «&#xa0;%1&#xa0;»&#xa0;: choisissez parmi %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be an identifier such as 3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6b</source>
        <translation>«&#xa0;id&#xa0;» doit être un identifiant comme 3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6b</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be &quot;fr&quot; or &quot;en&quot;</source>
        <translation>«&#xa0;language&#xa0;» doit valoir «&#xa0;fr&#xa0;» ou «&#xa0;en&#xa0;»</translation>
    </message>
    <message>
        <source>the field &quot;questionnaires&quot; is missing or is not an object</source>
        <translation>le champ «&#xa0;questionnaires&#xa0;» manque ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;questionnaires.%1&quot; must be an object</source>
        <translation>«&#xa0;questionnaires.%1&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>&quot;questionnaires.%1.answers&quot; is missing or is not an object</source>
        <translation>«&#xa0;questionnaires.%1.answers&#xa0;» manque ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;questionnaires.%1.notes&quot; must be an object</source>
        <translation>«&#xa0;questionnaires.%1.notes&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>this file would be too large once saved (%1 MiB; at most %2 MiB): fields this version of Phare does not know take too much room</source>
        <translation>ce fichier serait trop gros une fois enregistré (%1 Mio&#xa0;; %2 Mio au plus)&#xa0;: des champs inconnus de cette version de Phare prennent trop de place</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the assessment is too large (more than %2 MiB)</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le diagnostic est trop gros (plus de %2 Mio)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a day written YYYY-MM-DD, such as 2026-11-20</source>
        <translation>«&#xa0;%1&#xa0;» doit être un jour écrit AAAA-MM-JJ, par exemple 2026-11-20</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of question ids, such as [&quot;mfa&quot;]</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste d&apos;identifiants de questions, par exemple [&quot;mfa&quot;]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an id that is too long (more than %2 characters)</source>
        <translation>«&#xa0;%1&#xa0;» contient un identifiant trop long (plus de %2 caractères)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists &quot;%2&quot; twice</source>
        <translation>«&#xa0;%1&#xa0;» cite «&#xa0;%2&#xa0;» deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marks &quot;%2&quot; as a key observation, but that question has no note: the mark is left out</source>
        <translation>«&#xa0;%1&#xa0;» marque «&#xa0;%2&#xa0;» comme observation clé, mais cette question n&apos;a pas de note&#xa0;: la marque est ignorée</translation>
    </message>
    <message>
        <source>the firm&apos;s context is too long (%1 characters; at most %2): shorten it</source>
        <translation>le contexte de l&apos;entreprise est trop long (%1 caractères&#xa0;; %2 au plus)&#xa0;: raccourcissez-le</translation>
    </message>
    <message>
        <source>the next meeting&apos;s date must be in years 1 to 9999</source>
        <translation>la date du prochain rendez-vous doit être comprise entre les années 1 et 9999</translation>
    </message>
    <message>
        <source>too many key observations in &quot;%1&quot; (%2; at most %3)</source>
        <translation>trop d&apos;observations clés dans «&#xa0;%1&#xa0;» (%2&#xa0;; %3 au plus)</translation>
    </message>
    <message>
        <source>&quot;plan&quot; must be an object</source>
        <translation>«&#xa0;plan&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>&quot;plan.actions&quot; must map action ids to decisions</source>
        <translation>«&#xa0;plan.actions&#xa0;» doit associer à chaque identifiant d&apos;action une décision</translation>
    </message>
    <message>
        <source>&quot;plan.own&quot; must be a list of actions such as [{&quot;id&quot;: &quot;own-1&quot;, &quot;text&quot;: &quot;…&quot;, &quot;horizon&quot;: &quot;now&quot;}]</source>
        <translation>«&#xa0;plan.own&#xa0;» doit être une liste d&apos;actions, par exemple [{&quot;id&quot;: &quot;own-1&quot;, &quot;text&quot;: &quot;…&quot;, &quot;horizon&quot;: &quot;now&quot;}]</translation>
    </message>
    <message>
        <source>two actions of &quot;plan.own&quot; have the id &quot;%1&quot;</source>
        <translation>deux actions de «&#xa0;plan.own&#xa0;» ont l&apos;identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object such as {&quot;decision&quot;: &quot;accepted&quot;}</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet, par exemple {&quot;decision&quot;: &quot;accepted&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1.decision&quot; must be &quot;accepted&quot;, &quot;postponed&quot; or &quot;declined&quot;</source>
        <translation>«&#xa0;%1.decision&#xa0;» doit valoir «&#xa0;accepted&#xa0;», «&#xa0;postponed&#xa0;» ou «&#xa0;declined&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is postponed but says not to when: add &quot;horizon&quot;: &quot;next&quot; or &quot;later&quot;</source>
        <translation>«&#xa0;%1&#xa0;» est reportée sans dire à quand&#xa0;: ajoutez &quot;horizon&quot;: &quot;next&quot; ou &quot;later&quot;</translation>
    </message>
    <message>
        <source>each action of &quot;%1&quot; must be an object such as {&quot;id&quot;: &quot;own-1&quot;, &quot;text&quot;: &quot;…&quot;, &quot;horizon&quot;: &quot;now&quot;}</source>
        <translation>chaque action de «&#xa0;%1&#xa0;» doit être un objet, par exemple {&quot;id&quot;: &quot;own-1&quot;, &quot;text&quot;: &quot;…&quot;, &quot;horizon&quot;: &quot;now&quot;}</translation>
    </message>
    <message>
        <source>an action of &quot;%1&quot; needs an &quot;id&quot; of 1 to 128 characters</source>
        <translation>une action de «&#xa0;%1&#xa0;» doit avoir un «&#xa0;id&#xa0;» de 1 à 128 caractères</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot; of &quot;%2&quot; has no text: say what is to be done</source>
        <translation>l&apos;action «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n&apos;a pas de texte&#xa0;: dites ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;now&quot;, &quot;next&quot; or &quot;later&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir «&#xa0;now&#xa0;», «&#xa0;next&#xa0;» ou «&#xa0;later&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1.status&quot; must be &quot;toDo&quot;, &quot;inProgress&quot; or &quot;done&quot;</source>
        <translation>«&#xa0;%1.status&#xa0;» doit valoir «&#xa0;toDo&#xa0;», «&#xa0;inProgress&#xa0;» ou «&#xa0;done&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &quot;doneOn&quot; date but is not done: set &quot;status&quot; to &quot;done&quot; or remove the date</source>
        <translation>«&#xa0;%1&#xa0;» a une date «&#xa0;doneOn&#xa0;» mais n&apos;est pas faite&#xa0;: mettez «&#xa0;status&#xa0;» à «&#xa0;done&#xa0;» ou retirez la date</translation>
    </message>
    <message>
        <source>the plan has too many decisions and actions of your own (%1; at most %2)</source>
        <translation>le plan a trop de décisions et d&apos;actions ajoutées (%1&#xa0;; au plus %2)</translation>
    </message>
    <message>
        <source>a text of the plan is too long (more than %1 characters): shorten it</source>
        <translation>un texte du plan est trop long (plus de %1 caractères)&#xa0;: raccourcissez-le</translation>
    </message>
    <message>
        <source>a date of the plan must be in years 1 to 9999</source>
        <translation>une date du plan doit être comprise entre les années 1 et 9999</translation>
    </message>
    <message>
        <source>&quot;respondents&quot; must be a list of people such as [{&quot;id&quot;: &quot;r1&quot;, &quot;name&quot;: &quot;…&quot;, &quot;role&quot;: &quot;owner&quot;, &quot;answers&quot;: {}}]</source>
        <translation>«&#xa0;respondents&#xa0;» doit être une liste de personnes, par exemple [{&quot;id&quot;: &quot;r1&quot;, &quot;name&quot;: &quot;…&quot;, &quot;role&quot;: &quot;owner&quot;, &quot;answers&quot;: {}}]</translation>
    </message>
    <message>
        <source>a workshop has at most %1 respondents; this file has %2</source>
        <translation>un atelier compte au plus %1 participants&#x202f;; ce fichier en a %2</translation>
    </message>
    <message>
        <source>each respondent must be an object such as {&quot;id&quot;: &quot;r1&quot;, &quot;name&quot;: &quot;…&quot;, &quot;role&quot;: &quot;owner&quot;, &quot;answers&quot;: {}}</source>
        <translation>chaque participant doit être un objet, par exemple {&quot;id&quot;: &quot;r1&quot;, &quot;name&quot;: &quot;…&quot;, &quot;role&quot;: &quot;owner&quot;, &quot;answers&quot;: {}}</translation>
    </message>
    <message>
        <source>the respondent id &quot;%1&quot; must be 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, such as &quot;r1&quot;</source>
        <translation>l&apos;identifiant de participant «&#xa0;%1&#xa0;» doit compter de 1 à 64 lettres, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;», par exemple «&#xa0;r1&#xa0;»</translation>
    </message>
    <message>
        <source>two respondents have the id &quot;%1&quot;: each needs its own</source>
        <translation>deux participants ont l&apos;identifiant «&#xa0;%1&#xa0;»&#xa0;: chacun doit avoir le sien</translation>
    </message>
    <message>
        <source>the respondent &quot;%1&quot; has an empty name: write a name or a label such as &quot;Employee 1&quot;</source>
        <translation>le participant «&#xa0;%1&#xa0;» a un nom vide&#xa0;: écrivez un nom ou une étiquette comme «&#xa0;Salarié 1&#xa0;»</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; of the respondent &quot;%2&quot; is unknown: use one of %3</source>
        <translation>le rôle «&#xa0;%1&#xa0;» du participant «&#xa0;%2&#xa0;» est inconnu&#xa0;: utilisez l&apos;un de ceux-ci&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;settled&quot; must map questionnaires to the questions settled, such as {&quot;cybersecurity&quot;: {&quot;backup-frequency&quot;: &quot;why&quot;}}</source>
        <translation>«&#xa0;settled&#xa0;» doit associer les questionnaires aux questions tranchées, par exemple {&quot;cybersecurity&quot;: {&quot;backup-frequency&quot;: &quot;pourquoi&quot;}}</translation>
    </message>
    <message>
        <source>&quot;settled&quot; names the questionnaire &quot;%1&quot;, which this assessment does not answer</source>
        <translation>«&#xa0;settled&#xa0;» nomme le questionnaire «&#xa0;%1&#xa0;», auquel cette évaluation ne répond pas</translation>
    </message>
    <message>
        <source>&quot;settled.%1&quot; must be an object</source>
        <translation>«&#xa0;settled.%1&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked as settled but has no agreed answer in &quot;questionnaires.%2.answers&quot;</source>
        <translation>«&#xa0;%1&#xa0;» est marquée comme tranchée mais n&apos;a pas de réponse retenue dans «&#xa0;questionnaires.%2.answers&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map questionnaires to answers, such as {&quot;cybersecurity&quot;: {&quot;mfa&quot;: {&quot;choice&quot;: &quot;yes&quot;}}}</source>
        <translation>«&#xa0;%1&#xa0;» doit associer les questionnaires aux réponses, par exemple {&quot;cybersecurity&quot;: {&quot;mfa&quot;: {&quot;choice&quot;: &quot;yes&quot;}}}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answers the questionnaire &quot;%2&quot;, which this assessment does not answer: add it to &quot;questionnaires&quot; or remove these answers</source>
        <translation>«&#xa0;%1&#xa0;» répond au questionnaire «&#xa0;%2&#xa0;», auquel cette évaluation ne répond pas&#xa0;: ajoutez-le à «&#xa0;questionnaires&#xa0;» ou retirez ces réponses</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answers &quot;%2&quot;, which is not a question of the questionnaire &quot;%3&quot; (version %4)</source>
        <translation>«&#xa0;%1&#xa0;» répond à «&#xa0;%2&#xa0;», qui n&apos;est pas une question du questionnaire «&#xa0;%3&#xa0;» (version %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map questionnaires to notes, such as {&quot;cybersecurity&quot;: {&quot;mfa&quot;: &quot;…&quot;}}</source>
        <translation>«&#xa0;%1&#xa0;» doit associer les questionnaires aux notes, par exemple {&quot;cybersecurity&quot;: {&quot;mfa&quot;: &quot;…&quot;}}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has notes on the questionnaire &quot;%2&quot;, which this assessment does not answer</source>
        <translation>«&#xa0;%1&#xa0;» a des notes sur le questionnaire «&#xa0;%2&#xa0;», auquel cette évaluation ne répond pas</translation>
    </message>
    <message>
        <source>a workshop has at most %1 respondents (%2 here)</source>
        <translation>un atelier compte au plus %1 participants (%2 ici)</translation>
    </message>
    <message>
        <source>a respondent&apos;s name or role is too long (more than %1 characters)</source>
        <translation>le nom ou le rôle d&apos;un participant est trop long (plus de %1 caractères)</translation>
    </message>
    <message>
        <source>a respondent&apos;s note is too long (more than %1 characters)</source>
        <translation>la note d&apos;un participant est trop longue (plus de %1 caractères)</translation>
    </message>
</context>
<context>
    <name>Phare::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the disk is full, or the file is larger than this system allows (%1)</source>
        <translation>le disque est plein, ou le fichier dépasse la taille permise par ce système (%1)</translation>
    </message>
    <message>
        <source>the file was cut short</source>
        <translation>le fichier a été tronqué</translation>
    </message>
</context>
<context>
    <name>Phare::Benchmark</name>
    <message>
        <source>%1 firms of 0 to 9 employees</source>
        <translation>%1 entreprises de 0 à 9 salariés</translation>
    </message>
    <message>
        <source>%1 firms of 10 to 49 employees</source>
        <translation>%1 entreprises de 10 à 49 salariés</translation>
    </message>
    <message>
        <source>%1 firms of 50 to 249 employees</source>
        <translation>%1 entreprises de 50 à 249 salariés</translation>
    </message>
    <message>
        <source>%1 firms of 250 employees or more</source>
        <translation>%1 entreprises de 250 salariés ou plus</translation>
    </message>
    <message>
        <source>cannot open the file: it is not a regular file</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a benchmark (more than 64 MiB)</source>
        <translation>le fichier est trop gros pour être un référentiel (plus de 64 Mio)</translation>
    </message>
    <message>
        <source>the file is damaged (not JSON: %1)</source>
        <translation>le fichier est abîmé (ce n&apos;est pas du JSON&#xa0;: %1)</translation>
    </message>
    <message>
        <source>this is one anonymous file, not a benchmark: build one with phare-cli benchmark build</source>
        <translation>c&apos;est un fichier anonyme, pas un référentiel&#xa0;: construisez-en un avec phare-cli benchmark build</translation>
    </message>
    <message>
        <source>not a Phare benchmark (its &quot;format&quot; is not &quot;phare-benchmark&quot;)</source>
        <translation>ce n&apos;est pas un référentiel de Phare (son «&#xa0;format&#xa0;» n&apos;est pas «&#xa0;phare-benchmark&#xa0;»)</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be a whole number from 1</source>
        <translation>«&#xa0;formatVersion&#xa0;» doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>this benchmark was built by a newer version of Phare (format version %1; this version reads up to %2): update Phare to use it</source>
        <translation>ce référentiel a été construit par une version plus récente de Phare (format %1&#xa0;; cette version lit jusqu&apos;au format %2)&#xa0;: mettez Phare à jour pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>&quot;threshold&quot; must be a whole number from %1</source>
        <translation>«&#xa0;threshold&#xa0;» doit être un nombre entier à partir de %1</translation>
    </message>
    <message>
        <source>&quot;quartiles&quot; must be &quot;%1&quot;</source>
        <translation>«&#xa0;quartiles&#xa0;» doit valoir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;groups&quot; must be a list of at most %1 groups</source>
        <translation>«&#xa0;groups&#xa0;» doit être une liste de %1 groupes au plus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a group with a known sector and size band</source>
        <translation>«&#xa0;%1&#xa0;» doit être un groupe d&apos;un secteur et d&apos;une taille connus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group given twice</source>
        <translation>«&#xa0;%1&#xa0;» est un groupe donné deux fois</translation>
    </message>
    <message>
        <source>&quot;%1.firms&quot; must be a whole number of at least %2, the threshold</source>
        <translation>«&#xa0;%1.firms&#xa0;» doit être un nombre entier d&apos;au moins %2, le seuil</translation>
    </message>
    <message>
        <source>&quot;%1.scores&quot; must be an object of distributions by score</source>
        <translation>«&#xa0;%1.scores&#xa0;» doit être un objet de distributions par score</translation>
    </message>
    <message>
        <source>&quot;%1.scores.%2&quot; must give firms (at least the threshold), q1, median and q3 as whole numbers</source>
        <translation>«&#xa0;%1.scores.%2&#xa0;» doit donner firms (au moins le seuil), q1, median et q3 en nombres entiers</translation>
    </message>
    <message>
        <source>&quot;%1.scores.%2&quot; has quartiles out of order</source>
        <translation>«&#xa0;%1.scores.%2&#xa0;» a des quartiles dans le désordre</translation>
    </message>
    <message>
        <source>&quot;%1.scores.%2.levels&quot; must give a number of firms by level</source>
        <translation>«&#xa0;%1.scores.%2.levels&#xa0;» doit donner un nombre d&apos;entreprises par niveau</translation>
    </message>
    <message>
        <source>%1 firms</source>
        <translation>%1 entreprises</translation>
    </message>
    <message>
        <source>%1, sector: %2</source>
        <extracomment>%1: a number of firms and their size (&quot;37 firms of 0 to 9 employees&quot;); %2: a sector (&quot;Food and restaurants&quot;).</extracomment>
        <translation>%1, secteur&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Phare::BenchmarkBuilder</name>
    <message>
        <source>not a folder</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>dossier introuvable</translation>
    </message>
</context>
<context>
    <name>Phare::CatalogueReader</name>
    <message>
        <source>the id of %1</source>
        <translation>l&apos;identifiant de %1</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos;</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;plan&apos; must be a whole number from 0 to %2</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;plan&#xa0;» doit être un nombre entier de 0 à %2</translation>
    </message>
    <message>
        <source>the actions file</source>
        <translation>le fichier des actions</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>the impact of %1</source>
        <translation>l&apos;impact de %1</translation>
    </message>
    <message>
        <source>the effort of %1</source>
        <translation>l&apos;effort de %1</translation>
    </message>
    <message>
        <source>the effort of %1 is in hours: more than 0, at most 10000</source>
        <translation>l&apos;effort de %1 est en heures&#xa0;: plus de 0, 10000 au plus</translation>
    </message>
    <message>
        <source>the cost of %1</source>
        <translation>le coût de %1</translation>
    </message>
    <message>
        <source>&apos;who&apos; of %1</source>
        <translation>«&#xa0;who&#xa0;» de %1</translation>
    </message>
    <message>
        <source>who does %1</source>
        <translation>qui fait %1</translation>
    </message>
    <message>
        <source>%1 needs someone to do it: owner, staff or provider</source>
        <translation>%1 demande quelqu&apos;un pour la faire&#xa0;: owner, staff ou provider</translation>
    </message>
    <message>
        <source>the deadline of %1</source>
        <translation>l&apos;échéance de %1</translation>
    </message>
    <message>
        <source>the deadline of %1 must be a date written YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>l&apos;échéance de %1 doit être une date écrite AAAA-MM-JJ, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the earliest horizon of %1</source>
        <translation>l&apos;horizon au plus tôt de %1</translation>
    </message>
    <message>
        <source>the prerequisites of %1</source>
        <translation>les préalables de %1</translation>
    </message>
    <message>
        <source>the chapters of %1</source>
        <translation>les chapitres de %1</translation>
    </message>
    <message>
        <source>the useCases of %1</source>
        <translation>les useCases de %1</translation>
    </message>
    <message>
        <source>the chapters file</source>
        <translation>le fichier des chapitres</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation>chapitre</translation>
    </message>
    <message>
        <source>the keyActions of %1</source>
        <translation>les keyActions de %1</translation>
    </message>
    <message>
        <source>%1 needs at least one key action</source>
        <translation>%1 demande au moins une action clé</translation>
    </message>
    <message>
        <source>the references of %1</source>
        <translation>les références de %1</translation>
    </message>
    <message>
        <source>a reference of %1</source>
        <translation>une référence de %1</translation>
    </message>
    <message>
        <source>the title of %1</source>
        <translation>le titre de %1</translation>
    </message>
    <message>
        <source>the url of %1</source>
        <translation>l&apos;adresse de %1</translation>
    </message>
    <message>
        <source>the url of %1 must start with https://</source>
        <translation>l&apos;adresse de %1 doit commencer par https://</translation>
    </message>
    <message>
        <source>the use-cases file</source>
        <translation>le fichier des cas d&apos;usage</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>cas d&apos;usage</translation>
    </message>
    <message>
        <source>the sectors of %1</source>
        <translation>les secteurs de %1</translation>
    </message>
    <message>
        <source>a sector of %1</source>
        <translation>un secteur de %1</translation>
    </message>
    <message>
        <source>%1 needs at least one sector (or &apos;all&apos;)</source>
        <translation>%1 demande au moins un secteur (ou «&#xa0;all&#xa0;»)</translation>
    </message>
    <message>
        <source>the sizes of %1</source>
        <translation>les tailles de %1</translation>
    </message>
    <message>
        <source>a size of %1</source>
        <translation>une taille de %1</translation>
    </message>
    <message>
        <source>%1 needs at least one size</source>
        <translation>%1 demande au moins une taille</translation>
    </message>
    <message>
        <source>the timeToValue of %1</source>
        <translation>le timeToValue de %1</translation>
    </message>
    <message>
        <source>the benefits of %1</source>
        <translation>les bénéfices de %1</translation>
    </message>
    <message>
        <source>the dimensions of %1</source>
        <translation>les dimensions de %1</translation>
    </message>
    <message>
        <source>the &apos;when&apos; of %1</source>
        <translation>le «&#xa0;when&#xa0;» de %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <comment>a key of the file, quoted</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;plan&apos;</source>
        <comment>a key of the file, quoted</comment>
        <translation>«&#xa0;plan&#xa0;»</translation>
    </message>
    <message>
        <source>the logo</source>
        <translation>le logo</translation>
    </message>
    <message>
        <source>the logo must be a file next to this one, named relative to it (such as logo.png), not &apos;%1&apos;</source>
        <translation>le logo doit être un fichier placé à côté de celui-ci et nommé par rapport à lui (par exemple logo.png), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the logo must be a PNG or SVG image (a name ending in .png or .svg), not &apos;%1&apos;</source>
        <translation>le logo doit être une image PNG ou SVG (un nom finissant par .png ou .svg), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the logo &apos;%1&apos; is not found: there is no such file at %2</source>
        <translation>le logo «&#xa0;%1&#xa0;» est introuvable&#xa0;: aucun fichier à l&apos;emplacement %2</translation>
    </message>
    <message>
        <source>the logo &apos;%1&apos; is too large (%2 KiB; at most %3 KiB): save it smaller</source>
        <translation>le logo «&#xa0;%1&#xa0;» est trop lourd (%2 Kio&#xa0;; %3 Kio au plus)&#xa0;: enregistrez-le plus petit</translation>
    </message>
    <message>
        <source>the logo &apos;%1&apos; is not a %2 image: the file is damaged or its name ends in the wrong extension</source>
        <translation>le logo «&#xa0;%1&#xa0;» n&apos;est pas une image %2&#xa0;: le fichier est abîmé ou son nom porte la mauvaise extension</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>l&apos;organisation</translation>
    </message>
    <message>
        <source>the organisation file</source>
        <translation>le fichier de l&apos;organisation</translation>
    </message>
    <message>
        <source>the name of %1</source>
        <translation>le nom de %1</translation>
    </message>
    <message>
        <source>the contact of %1</source>
        <translation>le contact de %1</translation>
    </message>
    <message>
        <source>&apos;whitePaper&apos;</source>
        <comment>a key of the file, quoted</comment>
        <translation>«&#xa0;whitePaper&#xa0;»</translation>
    </message>
    <message>
        <source>the title of the white paper</source>
        <translation>le titre du livre blanc</translation>
    </message>
    <message>
        <source>where to get the white paper</source>
        <translation>l&apos;endroit où se procurer le livre blanc</translation>
    </message>
    <message>
        <source>the day the facts were checked</source>
        <translation>le jour où les informations ont été vérifiées</translation>
    </message>
    <message>
        <source>&apos;factsCheckedOn&apos; must be a date written YYYY-MM-DD, such as 2026-12-01, not &apos;%1&apos;</source>
        <translation>«&#xa0;factsCheckedOn&#xa0;» doit être une date écrite AAAA-MM-JJ, par exemple 2026-12-01, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the glossary file</source>
        <translation>le fichier du glossaire</translation>
    </message>
    <message>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <source>the style of &apos;plan&apos;</source>
        <translation>le style de «&#xa0;plan&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no meaning in a plan with &apos;style: list&apos;, which has no now, next or later: say how many priority measures with &apos;measures&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de sens dans un plan en «&#xa0;style: list&#xa0;», qui n&apos;a ni maintenant, ni ensuite, ni plus tard&#xa0;: dites combien de mesures sont prioritaires avec «&#xa0;measures&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;measures&apos; goes with &apos;style: list&apos; in &apos;plan&apos;: a plan in horizons gives &apos;now&apos;, &apos;next&apos; and &apos;later&apos; instead</source>
        <translation>«&#xa0;measures&#xa0;» va avec «&#xa0;style: list&#xa0;» dans «&#xa0;plan&#xa0;»&#xa0;: un plan par horizons donne plutôt «&#xa0;now&#xa0;», «&#xa0;next&#xa0;» et «&#xa0;later&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;measures&apos; in &apos;plan&apos; (how many priority measures) must be a whole number from 1 to %1</source>
        <translation>«&#xa0;measures&#xa0;» dans «&#xa0;plan&#xa0;» (le nombre de mesures prioritaires) doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>a plan with &apos;style: list&apos; needs &apos;measures&apos;: how many of the first measures are the priority ones (such as &apos;measures: 6&apos;)</source>
        <translation>un plan en «&#xa0;style: list&#xa0;» a besoin de «&#xa0;measures&#xa0;»&#xa0;: combien des premières mesures sont prioritaires (par exemple «&#xa0;measures: 6&#xa0;»)</translation>
    </message>
    <message>
        <source>the rank of %1 must be a whole number from 1 up (1 comes first), not &apos;%2&apos;</source>
        <translation>le rang de %1 doit être un nombre entier à partir de 1 (1 passe en premier), pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has the rank %2, already given to %3 on line %4: give each measure of the list its own rank</source>
        <translation>%1 a le rang %2, déjà donné à %3 ligne %4&#xa0;: donnez à chaque mesure de la liste son propre rang</translation>
    </message>
    <message>
        <source>&apos;overallLevels&apos;</source>
        <comment>a key of the file, quoted</comment>
        <translation>«&#xa0;overallLevels&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;: %3</source>
        <translation>%1 n&apos;a pas de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 must start with https://</source>
        <translation>%1 doit commencer par https://</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>l&apos;élément %1 de %2</translation>
    </message>
    <message>
        <source>%1 is empty: name at least one, or leave the key out</source>
        <translation>%1 est vide&#xa0;: nommez-en au moins un, ou retirez la clé</translation>
    </message>
    <message>
        <source>say what it costs, as a range in euros or free, such as {fr: &quot;De 0 à 300 € par an&quot;, en: &quot;€0 to €300 a year&quot;}</source>
        <translation>dites ce qu&apos;il coûte, en euros (une fourchette) ou gratuit, par exemple {fr: &quot;De 0 à 300 € par an&quot;, en: &quot;€0 to €300 a year&quot;}</translation>
    </message>
    <message>
        <source>the cost of %1 gives no amount in euros and does not say it is free: write a range such as &quot;De 50 à 200 €&quot; / &quot;€50 to €200&quot;, or &quot;Gratuit&quot; / &quot;Free&quot;</source>
        <translation>le coût de %1 ne donne aucun montant en euros et ne dit pas que c&apos;est gratuit&#xa0;: écrivez une fourchette comme «&#xa0;De 50 à 200 €&#xa0;» / «&#xa0;€50 to €200&#xa0;», ou «&#xa0;Gratuit&#xa0;» / «&#xa0;Free&#xa0;»</translation>
    </message>
    <message>
        <source>say how long it takes, such as {fr: &quot;Une demi-journée&quot;, en: &quot;Half a day&quot;}</source>
        <translation>dites combien de temps cela prend, par exemple {fr: &quot;Une demi-journée&quot;, en: &quot;Half a day&quot;}</translation>
    </message>
    <message>
        <source>the duration of %1</source>
        <translation>la durée de %1</translation>
    </message>
    <message>
        <source>give examples of tools, under &apos;free:&apos; and &apos;paid:&apos;, several of each kind or kinds of tools, so that no brand is favoured</source>
        <translation>donnez des exemples d&apos;outils sous «&#xa0;free:&#xa0;» et «&#xa0;paid:&#xa0;», plusieurs de chaque sorte ou des sortes d&apos;outils, pour ne favoriser aucune marque</translation>
    </message>
    <message>
        <source>the tools of %1</source>
        <translation>les outils de %1</translation>
    </message>
    <message>
        <source>the free tools of %1</source>
        <translation>les outils gratuits de %1</translation>
    </message>
    <message>
        <source>the paid tools of %1</source>
        <translation>les outils payants de %1</translation>
    </message>
    <message>
        <source>the tools of %1 need &apos;free:&apos;, &apos;paid:&apos; or both</source>
        <translation>les outils de %1 demandent «&#xa0;free:&#xa0;», «&#xa0;paid:&#xa0;» ou les deux</translation>
    </message>
    <message>
        <source>the &apos;startWith&apos; of %1</source>
        <translation>le «&#xa0;startWith&#xa0;» de %1</translation>
    </message>
    <message>
        <source>give a template or a checklist to start from (a title, and a &apos;url&apos; or a few &apos;steps&apos;)</source>
        <translation>donnez un modèle ou une liste de contrôle pour démarrer (un titre, et une «&#xa0;url&#xa0;» ou quelques «&#xa0;steps&#xa0;»)</translation>
    </message>
    <message>
        <source>the steps of %1</source>
        <translation>les étapes de %1</translation>
    </message>
    <message>
        <source>the steps of %1 are empty: write the checklist, or leave the key out</source>
        <translation>les étapes de %1 sont vides&#xa0;: écrivez la liste de contrôle, ou retirez la clé</translation>
    </message>
    <message>
        <source>the checklist of %1 has %2 steps: keep it to 8 at most, or link to it with &apos;url&apos;</source>
        <translation>la liste de contrôle de %1 a %2 étapes&#xa0;: gardez-en 8 au plus, ou donnez son lien avec «&#xa0;url&#xa0;»</translation>
    </message>
    <message>
        <source>%1 needs a &apos;url&apos; (a link to the template) or &apos;steps&apos; (the checklist)</source>
        <translation>%1 demande une «&#xa0;url&#xa0;» (le lien vers le modèle) ou des «&#xa0;steps&#xa0;» (la liste de contrôle)</translation>
    </message>
    <message>
        <source>the &apos;localHelp&apos; of %1</source>
        <translation>le «&#xa0;localHelp&#xa0;» de %1</translation>
    </message>
    <message>
        <source>say who to call locally: &apos;providers&apos; (ids from a providers file) and a &apos;note&apos; for the others</source>
        <translation>dites qui appeler près de chez soi&#xa0;: «&#xa0;providers&#xa0;» (des identifiants d&apos;un fichier de prestataires) et une «&#xa0;note&#xa0;» pour les autres</translation>
    </message>
    <message>
        <source>the providers of %1</source>
        <translation>les prestataires de %1</translation>
    </message>
    <message>
        <source>the providers of %1 are empty: name at least one, or leave the key out</source>
        <translation>les prestataires de %1 sont vides&#xa0;: nommez-en au moins un, ou retirez la clé</translation>
    </message>
    <message>
        <source>the note of %1</source>
        <translation>la note de %1</translation>
    </message>
    <message>
        <source>%1 needs &apos;providers&apos;, a &apos;note&apos; or both</source>
        <translation>%1 demande «&#xa0;providers&#xa0;», une «&#xa0;note&#xa0;» ou les deux</translation>
    </message>
    <message>
        <source>%1 has no link to a precise page: give at least one reference (or a &apos;startWith&apos; url) whose address goes beyond the site&apos;s home page (https://www.cnil.fr/fr/… rather than https://www.cnil.fr/)</source>
        <translation>%1 n&apos;a aucun lien vers une page précise&#xa0;: donnez au moins une référence (ou une url de «&#xa0;startWith&#xa0;») dont l&apos;adresse va plus loin que la page d&apos;accueil du site (https://www.cnil.fr/fr/… plutôt que https://www.cnil.fr/)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a whole number from %3 to %4, written without quotes or units, not &apos;%5&apos;</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 doit être un nombre entier de %3 à %4, écrit sans guillemets ni unité, et non «&#xa0;%5&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;to&apos; of %1 (%2) is less than &apos;from&apos; (%3): write the smaller number first</source>
        <translation>«&#xa0;to&#xa0;» dans %1 (%2) est plus petit que «&#xa0;from&#xa0;» (%3)&#xa0;: écrivez d&apos;abord le plus petit nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2</source>
        <translation>«&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>%1: no tool is named; give at least one under &apos;free&apos; or &apos;paid&apos;</source>
        <translation>%1&#xa0;: aucun outil n&apos;est cité&#xa0;; donnez-en au moins un sous «&#xa0;free&#xa0;» ou «&#xa0;paid&#xa0;»</translation>
    </message>
    <message>
        <source>the source of %1</source>
        <translation>la source de %1</translation>
    </message>
    <message>
        <source>%1 must be the web address it comes from (starting with https://) or the word &apos;estimate&apos;, not &apos;%2&apos;</source>
        <translation>%1 doit être l&apos;adresse web d&apos;où il vient (commençant par https://) ou le mot «&#xa0;estimate&#xa0;», et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the subSectors of %1</source>
        <translation>les subSectors de %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a sector: use one of %3</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 n&apos;est pas un secteur&#xa0;: utilisez l&apos;un de %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not one of the use case&apos;s sectors: add it to &apos;sectors&apos; or remove it here</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 n&apos;est pas l&apos;un des secteurs du cas d&apos;usage&#xa0;: ajoutez-le à «&#xa0;sectors&#xa0;» ou retirez-le ici</translation>
    </message>
    <message>
        <source>the sub-sector &apos;%1&apos; of %2</source>
        <translation>le sous-secteur «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <source>the costRange of %1</source>
        <translation>le costRange de %1</translation>
    </message>
    <message>
        <source>the setupTime of %1</source>
        <translation>le setupTime de %1</translation>
    </message>
    <message>
        <source>the gain of %1</source>
        <translation>le gain de %1</translation>
    </message>
</context>
<context>
    <name>Phare::ConditionReader</name>
    <message>
        <source>scoreBelow must be between 0 (excluded) and 100</source>
        <translation>scoreBelow doit être entre 0 (exclu) et 100</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2</source>
        <translation>«&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 needs at least one option</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 demande au moins une option</translation>
    </message>
    <message>
        <source>an option in %1</source>
        <translation>une option dans %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 needs at least one condition</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 demande au moins une condition</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 needs at least one value</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 demande au moins une valeur</translation>
    </message>
    <message>
        <source>a %1 in %2</source>
        <translation>un %1 dans %2</translation>
    </message>
    <message>
        <source>the profile question in %1</source>
        <translation>la question de profil dans %1</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &apos;in&apos; or &apos;notIn&apos; after &apos;profile&apos;</source>
        <translation>%1 demande exactement un seul de «&#xa0;in&#xa0;» ou «&#xa0;notIn&#xa0;» après «&#xa0;profile&#xa0;»</translation>
    </message>
    <message>
        <source>%1 can only look at who the firm is: &apos;profile&apos;, &apos;sector&apos; or &apos;size&apos;</source>
        <translation>%1 ne peut regarder que le profil de l&apos;entreprise&#xa0;: «&#xa0;profile&#xa0;», «&#xa0;sector&#xa0;» ou «&#xa0;size&#xa0;»</translation>
    </message>
    <message>
        <source>%1 can only look at earlier answers, not at a dimension&apos;s score</source>
        <translation>%1 ne peut regarder que les réponses précédentes, pas le score d&apos;une dimension</translation>
    </message>
    <message>
        <source>the dimension in %1</source>
        <translation>la dimension dans %1</translation>
    </message>
    <message>
        <source>%1 must name a &apos;question&apos;%2, &apos;profile&apos;, &apos;sector&apos; or &apos;size&apos;, or combine conditions with &apos;all&apos;, &apos;any&apos; or &apos;not&apos;</source>
        <translation>%1 doit nommer «&#xa0;question&#xa0;»%2, «&#xa0;profile&#xa0;», «&#xa0;sector&#xa0;» ou «&#xa0;size&#xa0;», ou combiner des conditions avec «&#xa0;all&#xa0;», «&#xa0;any&#xa0;» ou «&#xa0;not&#xa0;»</translation>
    </message>
    <message>
        <source>the question in %1</source>
        <translation>la question dans %1</translation>
    </message>
    <message>
        <source>the row in %1</source>
        <translation>la ligne dans %1</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &apos;in&apos;, &apos;notIn&apos;, &apos;scoreBelow&apos; or &apos;dontKnow&apos;</source>
        <translation>%1 demande exactement un seul de «&#xa0;in&#xa0;», «&#xa0;notIn&#xa0;», «&#xa0;scoreBelow&#xa0;» ou «&#xa0;dontKnow&#xa0;»</translation>
    </message>
    <message>
        <source>dontKnow can only be true here; use &apos;not&apos; for the opposite</source>
        <translation>dontKnow ne peut valoir que true ici&#xa0;; utilisez «&#xa0;not&#xa0;» pour l&apos;inverse</translation>
    </message>
    <message>
        <source>%1 refers to an unknown dimension &apos;%2&apos;%3</source>
        <translation>%1 parle d&apos;une dimension inconnue «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>%1 refers to an unknown question &apos;%2&apos;%3</source>
        <translation>%1 parle d&apos;une question inconnue «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>%1 refers to the question &apos;%2&apos;, which does not come before it; a question can only depend on earlier answers</source>
        <translation>%1 parle de la question «&#xa0;%2&#xa0;», qui ne vient pas avant&#xa0;; une question ne peut dépendre que des réponses précédentes</translation>
    </message>
    <message>
        <source>%1 tests &apos;dontKnow&apos; on the question &apos;%2&apos;, which does not allow &quot;don&apos;t know&quot;</source>
        <translation>%1 teste «&#xa0;dontKnow&#xa0;» sur la question «&#xa0;%2&#xa0;», qui ne permet pas «&#xa0;je ne sais pas&#xa0;»</translation>
    </message>
    <message>
        <source>%1: &apos;row&apos; only goes with &apos;in&apos; or &apos;notIn&apos;</source>
        <translation>%1&#xa0;: «&#xa0;row&#xa0;» ne va qu&apos;avec «&#xa0;in&#xa0;» ou «&#xa0;notIn&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the question &apos;%2&apos; is a grid; say which &apos;row&apos; to look at</source>
        <translation>%1&#xa0;: la question «&#xa0;%2&#xa0;» est une grille&#xa0;; dites quelle ligne («&#xa0;row&#xa0;») regarder</translation>
    </message>
    <message>
        <source>%1 refers to an unknown row &apos;%2&apos; of the question &apos;%3&apos;</source>
        <translation>%1 parle d&apos;une ligne inconnue «&#xa0;%2&#xa0;» de la question «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the question &apos;%2&apos; is not a grid and has no rows</source>
        <translation>%1&#xa0;: la question «&#xa0;%2&#xa0;» n&apos;est pas une grille et n&apos;a pas de lignes</translation>
    </message>
    <message>
        <source>%1 refers to an unknown option &apos;%2&apos; of the question &apos;%3&apos;%4</source>
        <translation>%1 parle d&apos;une option inconnue «&#xa0;%2&#xa0;» de la question «&#xa0;%3&#xa0;»%4</translation>
    </message>
</context>
<context>
    <name>Phare::ContentBinary</name>
    <message>
        <source>a text of %1 bytes (at most %2 characters)</source>
        <translation>un texte de %1 octets (%2 caractères au plus)</translation>
    </message>
    <message>
        <source>a number that is not finite</source>
        <translation>un nombre qui n&apos;est pas fini</translation>
    </message>
    <message>
        <source>a yes/no value of %1</source>
        <translation>une valeur oui/non de %1</translation>
    </message>
    <message>
        <source>an unknown kind, type, priority or horizon (%1)</source>
        <translation>un genre, type, priorité ou horizon inconnu (%1)</translation>
    </message>
    <message>
        <source>a date out of range (%1)</source>
        <translation>une date hors limites (%1)</translation>
    </message>
    <message>
        <source>conditions nested deeper than %1</source>
        <translation>des conditions imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a questionnaire of %1 questions (at most %2)</source>
        <translation>un questionnaire de %1 questions (%2 au plus)</translation>
    </message>
    <message>
        <source>a list of %1 items (at most %2)</source>
        <translation>une liste de %1 éléments (%2 au plus)</translation>
    </message>
    <message>
        <source>the content ends in the middle of a value</source>
        <translation>le contenu s&apos;arrête au milieu d&apos;une valeur</translation>
    </message>
    <message>
        <source>%1, at byte %2 of the content</source>
        <translation>%1, à l&apos;octet %2 du contenu</translation>
    </message>
    <message>
        <source>this is not compiled Phare content (it does not start with &apos;PhareCnt&apos;)</source>
        <translation>ce n&apos;est pas du contenu Phare compilé (il ne commence pas par «&#xa0;PhareCnt&#xa0;»)</translation>
    </message>
    <message>
        <source>the compiled content is cut short: %1 bytes, less than its header (%2)</source>
        <translation>le contenu compilé est tronqué&#xa0;: %1 octets, moins que son en-tête (%2)</translation>
    </message>
    <message>
        <source>the compiled content is in format version %1, newer than this program reads (%2)</source>
        <translation>le contenu compilé est au format version %1, plus récent que ce que ce programme lit (%2)</translation>
    </message>
    <message>
        <source>the compiled content is in format version %1, older than this program reads (%2)</source>
        <translation>le contenu compilé est au format version %1, plus ancien que ce que ce programme lit (%2)</translation>
    </message>
    <message>
        <source>the compiled content claims %1 bytes, more than the %2 Phare reads</source>
        <translation>le contenu compilé annonce %1 octets, plus que les %2 que Phare lit</translation>
    </message>
    <message>
        <source>the compiled content is cut short: %1 bytes of %2</source>
        <translation>le contenu compilé est tronqué&#xa0;: %1 octets sur %2</translation>
    </message>
    <message>
        <source>the compiled content has %1 unexpected bytes at its end</source>
        <translation>le contenu compilé a %1 octets en trop à la fin</translation>
    </message>
    <message>
        <source>the compiled content is damaged: its checksum does not match</source>
        <translation>le contenu compilé est abîmé&#xa0;: sa somme de contrôle ne correspond pas</translation>
    </message>
    <message>
        <source>the compiled content is damaged: %1</source>
        <translation>le contenu compilé est abîmé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the compiled content is damaged: it ends at byte %1 of %2</source>
        <translation>le contenu compilé est abîmé&#xa0;: il s&apos;arrête à l&apos;octet %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Phare::ContentLoader</name>
    <message>
        <source>%1 looks at the firm profile, but the content has no profile (a file with &apos;kind: profile&apos;)</source>
        <translation>%1 regarde le profil de l&apos;entreprise, mais le contenu n&apos;a pas de profil (un fichier avec «&#xa0;kind: profile&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 refers to an unknown profile question &apos;%2&apos;%3</source>
        <translation>%1 parle d&apos;une question de profil inconnue «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>%1 refers to an unknown option &apos;%2&apos; of the profile question &apos;%3&apos;%4</source>
        <translation>%1 parle d&apos;une option inconnue «&#xa0;%2&#xa0;» de la question de profil «&#xa0;%3&#xa0;»%4</translation>
    </message>
    <message>
        <source>the showIf of the question &apos;%1&apos;</source>
        <translation>le showIf de la question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the condition of the rule &apos;%1&apos;</source>
        <translation>la condition de la règle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the &apos;given&apos; of the rule &apos;%1&apos;</source>
        <translation>le «&#xa0;given&#xa0;» de la règle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the rule &apos;%1&apos; points to an unknown action &apos;%2&apos;%3</source>
        <translation>la règle «&#xa0;%1&#xa0;» mène à une action inconnue «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>the action &apos;%1&apos;</source>
        <translation>l&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 cannot be its own prerequisite</source>
        <translation>%1 ne peut pas être son propre préalable</translation>
    </message>
    <message>
        <source>%1 needs an unknown action &apos;%2&apos; first%3</source>
        <translation>%1 demande d&apos;abord une action inconnue «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>%1 points to an unknown chapter &apos;%2&apos;%3</source>
        <translation>%1 mène à un chapitre inconnu «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>%1 points to an unknown use case &apos;%2&apos;%3</source>
        <translation>%1 mène à un cas d&apos;usage inconnu «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>%1 points nowhere: give it &apos;chapters&apos; or &apos;useCases&apos;</source>
        <translation>%1 ne mène nulle part&#xa0;: donnez-lui «&#xa0;chapters&#xa0;» ou «&#xa0;useCases&#xa0;»</translation>
    </message>
    <message>
        <source>no rule points to %1: it can never be advised</source>
        <translation>aucune règle ne mène à %1&#xa0;: elle ne peut jamais être conseillée</translation>
    </message>
    <message>
        <source>the use case &apos;%1&apos; refers to an unknown chapter &apos;%2&apos;%3</source>
        <translation>le cas d&apos;usage «&#xa0;%1&#xa0;» parle d&apos;un chapitre inconnu «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>the &apos;when&apos; of the use case &apos;%1&apos;</source>
        <translation>le «&#xa0;when&#xa0;» du cas d&apos;usage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the use case &apos;%1&apos; refers to an unknown dimension &apos;%2&apos; (write THEME/DIMENSION, e.g. cybersecurity/backups)</source>
        <translation>le cas d&apos;usage «&#xa0;%1&#xa0;» parle d&apos;une dimension inconnue «&#xa0;%2&#xa0;» (écrivez THÈME/DIMENSION, par exemple cybersecurity/backups)</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;: already used at %3:%4</source>
        <translation>identifiant de %1 «&#xa0;%2&#xa0;» en double&#xa0;: déjà utilisé en %3:%4</translation>
    </message>
    <message>
        <source>the kind of file</source>
        <translation>le genre de fichier</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation>chapitre</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>cas d&apos;usage</translation>
    </message>
    <message>
        <source>a second profile: the content may have only one file with &apos;kind: profile&apos; (the first is %1)</source>
        <translation>un second profil&#xa0;: le contenu ne peut avoir qu&apos;un fichier avec «&#xa0;kind: profile&#xa0;» (le premier est %1)</translation>
    </message>
    <message>
        <source>the plan&apos;s settings are already given in %1: give them once</source>
        <translation>les réglages du plan sont déjà donnés dans %1&#xa0;: donnez-les une seule fois</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>%1 more problem(s) not listed (at most %2 per file and %3 in all are listed)</source>
        <translation>%1 autre(s) problème(s) non listé(s) (au plus %2 par fichier et %3 en tout sont listés)</translation>
    </message>
    <message>
        <source>the content files are too large together (%1 MiB; at most %2 MiB are read)</source>
        <translation>les fichiers de contenu sont trop gros ensemble (%1 Mio&#xa0;; %2 Mio au plus sont lus)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ce fichier ou dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the folder holds no .yaml file</source>
        <translation>le dossier ne contient aucun fichier .yaml</translation>
    </message>
    <message>
        <source>too many content files (%1; at most %2 are read)</source>
        <translation>trop de fichiers de contenu (%1&#xa0;; %2 au plus sont lus)</translation>
    </message>
    <message>
        <source>a second organisation: the content may have only one file with &apos;kind: organisation&apos; (the first is %1)</source>
        <translation>une seconde organisation&#xa0;: le contenu ne peut avoir qu&apos;un fichier avec «&#xa0;kind: organisation&#xa0;» (le premier est %1)</translation>
    </message>
    <message>
        <source>glossary term</source>
        <translation>terme du glossaire</translation>
    </message>
    <message>
        <source>the notApplicableIf of the question &apos;%1&apos;</source>
        <translation>le notApplicableIf de la question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 names an unknown action &apos;%2&apos;%3</source>
        <translation>%1 cite une action inconnue «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>%1 names an unknown use case &apos;%2&apos;%3</source>
        <translation>%1 cite un cas d&apos;usage inconnu «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>%1 names an unknown chapter &apos;%2&apos;%3</source>
        <translation>%1 cite un chapitre inconnu «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>%1 names an unknown dimension &apos;%2&apos; (write THEME/DIMENSION, e.g. cybersecurity/backups)</source>
        <translation>%1 cite une dimension inconnue «&#xa0;%2&#xa0;» (écrivez THÈME/DIMENSION, par exemple cybersecurity/backups)</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos;</source>
        <translation>le rendez-vous «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the provider &apos;%1&apos;</source>
        <translation>le prestataire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 covers an unknown area &apos;%2&apos; (areas are listed under &apos;areas&apos; in a providers file)%3</source>
        <translation>%1 couvre un territoire inconnu «&#xa0;%2&#xa0;» (les territoires sont listés sous «&#xa0;areas&#xa0;» dans un fichier de prestataires)%3</translation>
    </message>
    <message>
        <source>this is not a Phare content file: it must start with &apos;kind: questionnaire&apos;, &apos;kind: profile&apos;, &apos;kind: actions&apos;, &apos;kind: chapters&apos;, &apos;kind: use-cases&apos;, &apos;kind: organisation&apos;, &apos;kind: glossary&apos;, &apos;kind: events&apos; or &apos;kind: providers&apos;</source>
        <translation>ce n&apos;est pas un fichier de contenu Phare&#xa0;: il doit commencer par «&#xa0;kind: questionnaire&#xa0;», «&#xa0;kind: profile&#xa0;», «&#xa0;kind: actions&#xa0;», «&#xa0;kind: chapters&#xa0;», «&#xa0;kind: use-cases&#xa0;», «&#xa0;kind: organisation&#xa0;», «&#xa0;kind: glossary&#xa0;», «&#xa0;kind: events&#xa0;» ou «&#xa0;kind: providers&#xa0;»</translation>
    </message>
    <message>
        <source>event</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>area</source>
        <translation>territoire</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>prestataire</translation>
    </message>
    <message>
        <source>the chapter &apos;%1&apos; names the provider &apos;%2&apos; to call, but the content has no providers (a file with &apos;kind: providers&apos;)</source>
        <translation>le chapitre «&#xa0;%1&#xa0;» nomme le prestataire «&#xa0;%2&#xa0;» à appeler, mais le contenu n&apos;a aucun prestataire (un fichier «&#xa0;kind: providers&#xa0;»)</translation>
    </message>
    <message>
        <source>the chapter &apos;%1&apos; names an unknown provider &apos;%2&apos; to call%3</source>
        <translation>le chapitre «&#xa0;%1&#xa0;» nomme un prestataire inconnu «&#xa0;%2&#xa0;» à appeler%3</translation>
    </message>
    <message>
        <source>the sub-sector &apos;%1&apos; of the use case &apos;%2&apos;</source>
        <translation>le sous-secteur «&#xa0;%1&#xa0;» du cas d&apos;usage «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
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
    <message>
        <source>&apos;%1&apos; is not a date placeholder: write {{deadline:YYYY-MM-DD}} or {{date:YYYY-MM-DD}}</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un emplacement de date&#xa0;: écrivez {{deadline:AAAA-MM-JJ}} ou {{date:AAAA-MM-JJ}}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une vraie date</translation>
    </message>
</context>
<context>
    <name>Phare::DecidedPlan</name>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>retenue</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>advisor&apos;s own action</source>
        <translation>action ajoutée par le conseiller</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>écartée</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>; no longer suggested by the answers</source>
        <translation>&#xa0;; plus suggérée par les réponses</translation>
    </message>
</context>
<context>
    <name>Phare::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4: %5</source>
        <extracomment>PATH:LINE:COLUMN: error: message, as compilers write it; French puts a space before the colon</extracomment>
        <translation>%1:%2:%3: %4&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>Phare::FollowUp</name>
    <message>
        <source>done</source>
        <translation>faites</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>écartées</translation>
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
    <message>
        <source>€%1</source>
        <comment>an amount in euros</comment>
        <translation>%1&#xa0;€</translation>
    </message>
    <message>
        <source>free</source>
        <comment>use case cost range</comment>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <comment>use case cost range</comment>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>%1 to %2 a month</source>
        <comment>use case cost range</comment>
        <translation>%1 à %2 par mois</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>use case cost range</comment>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>%1 to %2 a year</source>
        <comment>use case cost range</comment>
        <translation>%1 à %2 par an</translation>
    </message>
    <message>
        <source>%1 one-off</source>
        <comment>use case cost range</comment>
        <translation>%1 une fois</translation>
    </message>
    <message>
        <source>%1 to %2 one-off</source>
        <comment>use case cost range</comment>
        <translation>%1 à %2 une fois</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>use case time to set up</comment>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>use case time to set up</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <comment>use case time to set up</comment>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <comment>use case time to set up</comment>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 hours</source>
        <comment>use case time to set up</comment>
        <translation>%1 à %2 heures</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <comment>use case time to set up</comment>
        <translation>%1 à %2 jours</translation>
    </message>
    <message>
        <source>%1 to %2 weeks</source>
        <comment>use case time to set up</comment>
        <translation>%1 à %2 semaines</translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <comment>use case time to set up</comment>
        <translation>%1 à %2 mois</translation>
    </message>
    <message>
        <source>estimate</source>
        <comment>where a use case&apos;s gain comes from</comment>
        <translation>estimation</translation>
    </message>
</context>
<context>
    <name>Phare::NearYouReader</name>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>the id of %1</source>
        <translation>l&apos;identifiant de %1</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos;</source>
        <translation>le %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is empty: give at least one, or &apos;all&apos;</source>
        <translation>%1 est vide&#xa0;: donnez-en au moins un, ou «&#xa0;all&#xa0;»</translation>
    </message>
    <message>
        <source>the actions of %1</source>
        <translation>les actions de %1</translation>
    </message>
    <message>
        <source>the use cases of %1</source>
        <translation>les cas d&apos;usage de %1</translation>
    </message>
    <message>
        <source>the chapters of %1</source>
        <translation>les chapitres de %1</translation>
    </message>
    <message>
        <source>the dimensions of %1</source>
        <translation>les dimensions de %1</translation>
    </message>
    <message>
        <source>%1 are empty: name at least one action, use case, chapter or dimension it helps with</source>
        <translation>%1 sont vides&#xa0;: citez au moins une action, un cas d&apos;usage, un chapitre ou une dimension qu&apos;il aide à traiter</translation>
    </message>
    <message>
        <source>%1 is empty: name at least one action or use case</source>
        <translation>%1 est vide&#xa0;: citez au moins une action ou un cas d&apos;usage</translation>
    </message>
    <message>
        <source>%1 must be a day and time written YYYY-MM-DD HH:MM, such as 2027-01-14 12:00, or a time HH:MM on the same day, not &apos;%2&apos;</source>
        <translation>%1 doit être un jour et une heure écrits AAAA-MM-JJ HH:MM, par exemple 2027-01-14 12:00, ou une heure HH:MM le même jour, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be a day and time written YYYY-MM-DD HH:MM, such as 2027-01-14 09:00 (or a day alone, YYYY-MM-DD), not &apos;%2&apos;</source>
        <translation>%1 doit être un jour et une heure écrits AAAA-MM-JJ HH:MM, par exemple 2027-01-14 09:00 (ou un jour seul, AAAA-MM-JJ), et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with https://, not &apos;%2&apos;</source>
        <translation>%1 doit être une adresse web commençant par https://, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;sample&apos; (made-up data)</source>
        <translation>«&#xa0;sample&#xa0;» (données d&apos;exemple)</translation>
    </message>
    <message>
        <source>the events file</source>
        <translation>le fichier des rendez-vous</translation>
    </message>
    <message>
        <source>event</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>the start of %1</source>
        <translation>le début de %1</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>la fin de %1</translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <translation>%1 se termine avant de commencer</translation>
    </message>
    <message>
        <source>the place of %1 (online, or {town: …, venue: …})</source>
        <translation>le lieu de %1 (online, ou {town: …, venue: …})</translation>
    </message>
    <message>
        <source>the place of %1</source>
        <translation>le lieu de %1</translation>
    </message>
    <message>
        <source>the town of %1</source>
        <translation>la ville de %1</translation>
    </message>
    <message>
        <source>the venue of %1</source>
        <translation>la salle de %1</translation>
    </message>
    <message>
        <source>&apos;online&apos; in the place of %1</source>
        <translation>«&#xa0;online&#xa0;» dans le lieu de %1</translation>
    </message>
    <message>
        <source>the organiser of %1</source>
        <translation>l&apos;organisateur de %1</translation>
    </message>
    <message>
        <source>the link of %1</source>
        <translation>le lien de %1</translation>
    </message>
    <message>
        <source>the topics of %1</source>
        <translation>les sujets de %1</translation>
    </message>
    <message>
        <source>the audience of %1</source>
        <translation>le public de %1</translation>
    </message>
    <message>
        <source>a sector of %1</source>
        <translation>un secteur de %1</translation>
    </message>
    <message>
        <source>a size of %1</source>
        <translation>une taille d&apos;entreprise de %1</translation>
    </message>
    <message>
        <source>the price of %1 must be &apos;free&apos; or an amount in euros, such as 30, not &apos;%2&apos;</source>
        <translation>le prix de %1 doit être «&#xa0;free&#xa0;» ou un montant en euros, par exemple 30, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;sample&apos; of %1</source>
        <translation>«&#xa0;sample&#xa0;» de %1</translation>
    </message>
    <message>
        <source>the providers file</source>
        <translation>le fichier des prestataires</translation>
    </message>
    <message>
        <source>area</source>
        <translation>territoire</translation>
    </message>
    <message>
        <source>the name of %1</source>
        <translation>le nom de %1</translation>
    </message>
    <message>
        <source>the towns of %1</source>
        <translation>les villes de %1</translation>
    </message>
    <message>
        <source>a town of %1</source>
        <translation>une ville de %1</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>prestataire</translation>
    </message>
    <message>
        <source>what %1 delivers</source>
        <translation>ce que propose %1</translation>
    </message>
    <message>
        <source>the areas of %1</source>
        <translation>les territoires de %1</translation>
    </message>
    <message>
        <source>&apos;everywhere&apos; of %1</source>
        <translation>«&#xa0;everywhere&#xa0;» de %1</translation>
    </message>
    <message>
        <source>%1 covers no place: give &apos;areas&apos;, &apos;towns&apos; or &apos;everywhere: true&apos;</source>
        <translation>%1 ne couvre aucun lieu&#xa0;: donnez «&#xa0;areas&#xa0;», «&#xa0;towns&#xa0;» ou «&#xa0;everywhere: true&#xa0;»</translation>
    </message>
    <message>
        <source>the contact of %1</source>
        <translation>le contact de %1</translation>
    </message>
    <message>
        <source>the web address of %1</source>
        <translation>l&apos;adresse web de %1</translation>
    </message>
    <message>
        <source>the phone of %1</source>
        <translation>le téléphone de %1</translation>
    </message>
    <message>
        <source>the e-mail of %1</source>
        <translation>l&apos;adresse e-mail de %1</translation>
    </message>
    <message>
        <source>the e-mail of %1 is not an e-mail address: &apos;%2&apos;</source>
        <translation>l&apos;adresse e-mail de %1 n&apos;en est pas une&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 gives no way to reach them: give &apos;web&apos;, &apos;phone&apos; or &apos;email&apos;</source>
        <translation>%1 ne donne aucun moyen de contact&#xa0;: donnez «&#xa0;web&#xa0;», «&#xa0;phone&#xa0;» ou «&#xa0;email&#xa0;»</translation>
    </message>
    <message>
        <source>the status of %1</source>
        <translation>le statut de %1</translation>
    </message>
    <message>
        <source>the languages of %1</source>
        <translation>les langues de %1</translation>
    </message>
    <message>
        <source>a language of %1</source>
        <translation>une langue de %1</translation>
    </message>
    <message>
        <source>a language of %1 is written with its two-letter code, such as fr or en, not &apos;%2&apos;</source>
        <translation>une langue de %1 s&apos;écrit avec son code de deux lettres, comme fr ou en, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is a public body and cannot be made-up sample data: give the real body, with its official site</source>
        <translation>%1 est un organisme public et ne peut pas être une donnée d&apos;exemple inventée&#xa0;: donnez l&apos;organisme réel, avec son site officiel</translation>
    </message>
</context>
<context>
    <name>Phare::NearYouText</name>
    <message>
        <source>%1:%2</source>
        <extracomment>a time of day: hours, then minutes (French: &quot;9 h 30&quot;, with no-break spaces)</extracomment>
        <translation>%1&#xa0;h&#xa0;%2</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>between a place and &quot;online&quot;</extracomment>
        <translation> et </translation>
    </message>
    <message>
        <source>free</source>
        <extracomment>an event&apos;s price</extracomment>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>€%1</source>
        <extracomment>an event&apos;s price in euros</extracomment>
        <translation>%1&#xa0;€</translation>
    </message>
    <message>
        <source>member of the association</source>
        <translation>membre de l&apos;association</translation>
    </message>
    <message>
        <source>chamber of commerce (CCI)</source>
        <translation>chambre de commerce et d&apos;industrie</translation>
    </message>
    <message>
        <source>chamber of trades and crafts (CMA)</source>
        <translation>chambre de métiers et de l&apos;artisanat</translation>
    </message>
    <message>
        <source>State programme</source>
        <translation>programme de l&apos;État</translation>
    </message>
    <message>
        <source>free public service of ANSSI</source>
        <translation>service public gratuit de l&apos;ANSSI</translation>
    </message>
    <message>
        <source>free State service</source>
        <translation>service public gratuit</translation>
    </message>
    <message>
        <source>public body</source>
        <translation>organisme public</translation>
    </message>
    <message>
        <source>works in your area</source>
        <translation>intervient dans votre zone</translation>
    </message>
    <message>
        <source>everywhere in France</source>
        <translation>partout en France</translation>
    </message>
    <message>
        <source>works outside your area</source>
        <translation>intervient hors de votre zone</translation>
    </message>
    <message>
        <source>fictitious example</source>
        <translation>exemple fictif</translation>
    </message>
    <message>
        <source>Providers are listed by the association, without endorsement: compare several before you choose. Public bodies are offered next to the members, and the order of equal providers changes from one firm to another.</source>
        <translation>Les prestataires sont listés par l&apos;association, sans recommandation de sa part&#xa0;: comparez-en plusieurs avant de choisir. Les organismes publics sont proposés à côté des membres, et l&apos;ordre des prestataires à égalité change d&apos;une entreprise à l&apos;autre.</translation>
    </message>
    <message>
        <source>These events and members are fictitious examples that come with Phare: your association replaces them with its own.</source>
        <translation>Ces rendez-vous et ces membres sont des exemples fictifs fournis avec Phare&#xa0;: votre association les remplace par les siens.</translation>
    </message>
</context>
<context>
    <name>Phare::QuestionnaireReader</name>
    <message>
        <source>the options of %1</source>
        <translation>les options de %1</translation>
    </message>
    <message>
        <source>option %1 of %2</source>
        <translation>option %1 de %2</translation>
    </message>
    <message>
        <source>the id of %1</source>
        <translation>l&apos;identifiant de %1</translation>
    </message>
    <message>
        <source>%1 can have only one exclusive option (&quot;none of these&quot;)</source>
        <translation>%1 ne peut avoir qu&apos;une option exclusive («&#xa0;aucune de ces réponses&#xa0;»)</translation>
    </message>
    <message>
        <source>the score of %1</source>
        <translation>le score de %1</translation>
    </message>
    <message>
        <source>%1 needs at least one option that is not exclusive</source>
        <translation>%1 demande au moins une option non exclusive</translation>
    </message>
    <message>
        <source>%1 needs at least two options</source>
        <translation>%1 demande au moins deux options</translation>
    </message>
    <message>
        <source>the options of %1 all have the same score: nothing to measure</source>
        <translation>les options de %1 ont toutes le même score&#xa0;: rien à mesurer</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>the question &apos;%1&apos;</source>
        <translation>la question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the type of %1</source>
        <translation>le type de %1</translation>
    </message>
    <message>
        <source>the help of %1</source>
        <translation>l&apos;aide de %1</translation>
    </message>
    <message>
        <source>%1 has no help text saying why it matters</source>
        <translation>%1 n&apos;a pas de texte d&apos;aide qui dit pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>the source of %1</source>
        <translation>la source de %1</translation>
    </message>
    <message>
        <source>the showIf of %1</source>
        <translation>le showIf de %1</translation>
    </message>
    <message>
        <source>%1 is a yes-no question: its answers are built in, remove &apos;options&apos;</source>
        <translation>%1 est une question oui-non&#xa0;: ses réponses sont fournies, retirez «&#xa0;options&#xa0;»</translation>
    </message>
    <message>
        <source>the rows of %1</source>
        <translation>les lignes de %1</translation>
    </message>
    <message>
        <source>row %1 of %2</source>
        <translation>ligne %1 de %2</translation>
    </message>
    <message>
        <source>%1 needs at least one row</source>
        <translation>%1 demande au moins une ligne</translation>
    </message>
    <message>
        <source>only grid questions have &apos;rows&apos;</source>
        <translation>seules les questions en grille ont des lignes («&#xa0;rows&#xa0;»)</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>the max of %1</source>
        <translation>le max de %1</translation>
    </message>
    <message>
        <source>the levels&apos; thresholds must go up from 0 to 100: %1 has max %2 after %3</source>
        <translation>les seuils des niveaux doivent monter de 0 à 100&#xa0;: %1 a max %2 après %3</translation>
    </message>
    <message>
        <source>the description of %1</source>
        <translation>la description de %1</translation>
    </message>
    <message>
        <source>the last level must have max: 100</source>
        <translation>le dernier niveau doit avoir max: 100</translation>
    </message>
    <message>
        <source>the %1 id</source>
        <translation>l&apos;identifiant du %1</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1</source>
        <translation>la version doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>the %1&apos;s description</source>
        <translation>la description du %1</translation>
    </message>
    <message>
        <source>the profile&apos;s question &apos;%1&apos; cannot be a grid: use a scale or a checklist</source>
        <translation>la question «&#xa0;%1&#xa0;» du profil ne peut pas être une grille&#xa0;: utilisez une échelle ou une liste à cocher</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <source>the dimension &apos;%1&apos;</source>
        <translation>la dimension «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the questions of %1</source>
        <translation>les questions de %1</translation>
    </message>
    <message>
        <source>the questionnaire has too many questions (at most %1)</source>
        <translation>le questionnaire a trop de questions (%1 au plus)</translation>
    </message>
    <message>
        <source>question %1 of %2</source>
        <translation>question %1 de %2</translation>
    </message>
    <message>
        <source>%1 has no questions: a dimension needs at least one</source>
        <translation>%1 n&apos;a pas de questions&#xa0;: une dimension en demande au moins une</translation>
    </message>
    <message>
        <source>the questionnaire</source>
        <translation>le questionnaire</translation>
    </message>
    <message>
        <source>dimension %1</source>
        <translation>dimension %1</translation>
    </message>
    <message>
        <source>the questionnaire has no dimensions: it needs at least one</source>
        <translation>le questionnaire n&apos;a pas de dimensions&#xa0;: il en faut au moins une</translation>
    </message>
    <message>
        <source>the showIf of the question &apos;%1&apos;</source>
        <translation>le showIf de la question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>the rule &apos;%1&apos;</source>
        <translation>la règle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the condition of %1</source>
        <translation>la condition de %1</translation>
    </message>
    <message>
        <source>the &apos;given&apos; of %1</source>
        <translation>le «&#xa0;given&#xa0;» de %1</translation>
    </message>
    <message>
        <source>the actions of %1</source>
        <translation>les actions de %1</translation>
    </message>
    <message>
        <source>%1 points nowhere: name at least one action</source>
        <translation>%1 ne mène nulle part&#xa0;: nommez au moins une action</translation>
    </message>
    <message>
        <source>the impact of %1</source>
        <translation>l&apos;impact de %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>le profil</translation>
    </message>
    <message>
        <source>the profile&apos;s questions</source>
        <translation>les questions du profil</translation>
    </message>
    <message>
        <source>question %1 of the profile</source>
        <translation>question %1 du profil</translation>
    </message>
    <message>
        <source>the profile has no questions</source>
        <translation>le profil n&apos;a pas de questions</translation>
    </message>
    <message>
        <source>&apos;levels&apos;</source>
        <comment>a key of the file, quoted</comment>
        <translation>«&#xa0;levels&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;dimensions&apos;</source>
        <comment>a key of the file, quoted</comment>
        <translation>«&#xa0;dimensions&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;rules&apos;</source>
        <comment>a key of the file, quoted</comment>
        <translation>«&#xa0;rules&#xa0;»</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>%1 needs at least two options with a score; &apos;score: null&apos; leaves an option out of the score, so it cannot be the only one</source>
        <translation>%1 doit avoir au moins deux options avec un score&#xa0;; «&#xa0;score: null&#xa0;» retire une option du score, elle ne peut donc pas être la seule</translation>
    </message>
    <message>
        <source>the dontKnow of %1</source>
        <translation>le dontKnow de %1</translation>
    </message>
    <message>
        <source>%1 says how &quot;don&apos;t know&quot; scores, but does not offer &quot;don&apos;t know&quot;: add &apos;allowDontKnow: true&apos; or remove &apos;dontKnow&apos;</source>
        <translation>%1 dit comment compte «&#xa0;je ne sais pas&#xa0;», mais ne propose pas «&#xa0;je ne sais pas&#xa0;»&#xa0;: ajoutez «&#xa0;allowDontKnow: true&#xa0;» ou retirez «&#xa0;dontKnow&#xa0;»</translation>
    </message>
    <message>
        <source>the notApplicableIf of %1</source>
        <translation>le notApplicableIf de %1</translation>
    </message>
    <message>
        <source>%1 is pre-filled as &quot;not applicable&quot; (notApplicableIf), but does not offer &quot;not applicable&quot;: add &apos;allowNotApplicable: true&apos; or remove &apos;notApplicableIf&apos;</source>
        <translation>%1 est prérempli «&#xa0;sans objet&#xa0;» (notApplicableIf), mais ne propose pas «&#xa0;sans objet&#xa0;»&#xa0;: ajoutez «&#xa0;allowNotApplicable: true&#xa0;» ou retirez «&#xa0;notApplicableIf&#xa0;»</translation>
    </message>
    <message>
        <source>the notApplicableIf of the question &apos;%1&apos;</source>
        <translation>le notApplicableIf de la question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the questionnaire&apos;s dontKnow</source>
        <translation>le dontKnow du questionnaire</translation>
    </message>
    <message>
        <source>%1 needs at least one level</source>
        <translation>%1 doit compter au moins un niveau</translation>
    </message>
    <message>
        <source>the replaces of %1</source>
        <translation>le «&#xa0;replaces&#xa0;» de %1</translation>
    </message>
    <message>
        <source>%1 is empty: name the old question ids, or remove &apos;replaces&apos;</source>
        <translation>%1 est vide&#xa0;: indiquez les identifiants des anciennes questions, ou retirez «&#xa0;replaces&#xa0;»</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>l&apos;élément %1 de %2</translation>
    </message>
    <message>
        <source>the row of %1</source>
        <translation>la ligne de %1</translation>
    </message>
    <message>
        <source>%1 names a row, but %2 is not a grid: write the old id alone</source>
        <translation>%1 nomme une ligne, mais %2 n&apos;est pas une grille&#xa0;: écrivez l&apos;ancien identifiant seul</translation>
    </message>
    <message>
        <source>%1 names the row &apos;%2&apos;, which %3 does not have</source>
        <translation>%1 nomme la ligne «&#xa0;%2&#xa0;», que %3 n&apos;a pas</translation>
    </message>
    <message>
        <source>the old question id of %1</source>
        <translation>l&apos;identifiant de l&apos;ancienne question de %1</translation>
    </message>
    <message>
        <source>%1 cannot replace itself: &apos;replaces&apos; names older ids only</source>
        <translation>%1 ne peut pas se remplacer elle-même&#xa0;: «&#xa0;replaces&#xa0;» ne nomme que des identifiants plus anciens</translation>
    </message>
    <message>
        <source>%1 names the old question &apos;%2&apos; twice</source>
        <translation>%1 nomme deux fois l&apos;ancienne question «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the question &apos;%1&apos; replaces &apos;%2&apos;, which is still a question of this questionnaire: an old id must be gone (rename one of them, or remove it from &apos;replaces&apos;)</source>
        <translation>la question «&#xa0;%1&#xa0;» remplace «&#xa0;%2&#xa0;», qui est encore une question de ce questionnaire&#xa0;: un ancien identifiant ne doit plus exister (renommez l&apos;une des deux, ou retirez-le de «&#xa0;replaces&#xa0;»)</translation>
    </message>
    <message>
        <source>the old question &apos;%1&apos; is replaced both by &apos;%2&apos; and by &apos;%3&apos;: an old answer can go to one question only</source>
        <translation>l&apos;ancienne question «&#xa0;%1&#xa0;» est remplacée à la fois par «&#xa0;%2&#xa0;» et par «&#xa0;%3&#xa0;»&#xa0;: une ancienne réponse ne peut aller qu&apos;à une seule question</translation>
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
    <message>
        <source>Rank %1: the framework&apos;s own order (rank %2 in its list).</source>
        <translation>Rang %1&#xa0;: ordre fixé par le référentiel (rang %2 dans sa liste).</translation>
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
    <message>
        <source>the answer does not fit a %1 question</source>
        <translation>la réponse ne convient pas à une question %1</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; no longer exists</source>
        <translation>l&apos;option «&#xa0;%1&#xa0;» n&apos;existe plus</translation>
    </message>
    <message>
        <source>&quot;none of these&quot; is ticked together with other options</source>
        <translation>«&#xa0;aucune de ces réponses&#xa0;» est cochée avec d&apos;autres options</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; of the row &apos;%2&apos; no longer exists</source>
        <translation>l&apos;option «&#xa0;%1&#xa0;» de la ligne «&#xa0;%2&#xa0;» n&apos;existe plus</translation>
    </message>
    <message>
        <source>the row &apos;%1&apos; no longer exists</source>
        <translation>la ligne «&#xa0;%1&#xa0;» n&apos;existe plus</translation>
    </message>
    <message>
        <source>no row is answered</source>
        <translation>aucune ligne n&apos;a de réponse</translation>
    </message>
    <message>
        <source>answered against version %1 of the questionnaire, which is now at version %2; answers are matched by question</source>
        <translation>répondu sur la version %1 du questionnaire, qui est maintenant en version %2&#xa0;; les réponses sont reprises question par question</translation>
    </message>
    <message>
        <source>answer to a question the questionnaire no longer has; kept in the file</source>
        <translation>réponse à une question que le questionnaire n&apos;a plus&#xa0;; gardée dans le fichier</translation>
    </message>
    <message>
        <source>&quot;don&apos;t know&quot; is not allowed on this question; kept in the file</source>
        <translation>«&#xa0;je ne sais pas&#xa0;» n&apos;est pas permis pour cette question&#xa0;; gardé dans le fichier</translation>
    </message>
    <message>
        <source>&quot;not applicable&quot; is not allowed on this question; kept in the file</source>
        <translation>«&#xa0;sans objet&#xa0;» n&apos;est pas permis pour cette question&#xa0;; gardé dans le fichier</translation>
    </message>
    <message>
        <source>%1; kept in the file, the other rows count</source>
        <translation>%1&#xa0;; gardé dans le fichier, les autres lignes comptent</translation>
    </message>
    <message>
        <source>%1; the answer is kept in the file but not counted</source>
        <translation>%1&#xa0;; la réponse est gardée dans le fichier mais ne compte pas</translation>
    </message>
    <message>
        <source>answers to an unknown questionnaire &apos;%1&apos;; kept in the file</source>
        <translation>réponses à un questionnaire inconnu «&#xa0;%1&#xa0;»&#xa0;; gardées dans le fichier</translation>
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
<context>
    <name>Phare::Workshop</name>
    <message>
        <source>owner</source>
        <translation>dirigeant</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>salarié</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>comptable</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>a workshop merges 2 to %1 files; %2 given</source>
        <translation>un atelier réunit de 2 à %1 fichiers&#x202f;; %2 donné(s)</translation>
    </message>
    <message>
        <source>the firm is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>l&apos;entreprise est «&#xa0;%1&#xa0;», pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the sector is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>le secteur est «&#xa0;%1&#xa0;», pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (merged all the same: --force)</source>
        <translation>%1 (réunis quand même&#xa0;: --force)</translation>
    </message>
    <message>
        <source>%1 (as in %2): these may not be the same firm; if they are, confirm with --force</source>
        <translation>%1 (comme dans %2)&#xa0;: ce n&apos;est peut-être pas la même entreprise&#x202f;; si c&apos;est bien elle, confirmez avec --force</translation>
    </message>
    <message>
        <source>version %1 in %2</source>
        <translation>version %1 dans %2</translation>
    </message>
    <message>
        <source>the questionnaire &quot;%1&quot; was answered in different versions (%2): it is left out of the workshop</source>
        <translation>le questionnaire «&#xa0;%1&#xa0;» a été rempli dans des versions différentes (%2)&#xa0;: il est laissé hors de l&apos;atelier</translation>
    </message>
    <message>
        <source>no questionnaire was answered in the same version in every file: nothing to merge</source>
        <translation>aucun questionnaire n&apos;a été rempli dans la même version dans tous les fichiers&#xa0;: rien à réunir</translation>
    </message>
    <message>
        <source>merged: %1; left out: %2</source>
        <translation>réunis&#xa0;: %1&#x202f;; laissés de côté&#xa0;: %2</translation>
    </message>
    <message>
        <source>a workshop has at most %1 respondents; these files hold %2</source>
        <translation>un atelier compte au plus %1 participants&#x202f;; ces fichiers en contiennent %2</translation>
    </message>
</context>
<context>
    <name>Phare::YamlParser</name>
    <message>
        <source>the file is not valid YAML (%1)</source>
        <translation>le fichier n&apos;est pas du YAML valable (%1)</translation>
    </message>
    <message>
        <source>aliases (&apos;*name&apos;) are not allowed: write the text out in full</source>
        <translation>les alias («&#xa0;*nom&#xa0;») sont interdits&#xa0;: écrivez le texte en entier</translation>
    </message>
    <message>
        <source>the file has too many entries (more than %1)</source>
        <translation>le fichier a trop d&apos;entrées (plus de %1)</translation>
    </message>
    <message>
        <source>too many problems: only the first %1 are listed</source>
        <translation>trop de problèmes&#xa0;: seuls les %1 premiers sont listés</translation>
    </message>
    <message>
        <source>anchors (&apos;&amp;name&apos;) are not allowed: write the text out in full</source>
        <translation>les ancres («&#xa0;&amp;nom&#xa0;») sont interdites&#xa0;: écrivez le texte en entier</translation>
    </message>
    <message>
        <source>tags such as &apos;%1&apos; are not allowed: remove it</source>
        <translation>les étiquettes comme «&#xa0;%1&#xa0;» sont interdites&#xa0;: retirez-la</translation>
    </message>
    <message>
        <source>the file nests lists and mappings too deeply (more than %1 levels)</source>
        <translation>le fichier imbrique trop profondément les listes et les blocs (plus de %1 niveaux)</translation>
    </message>
    <message>
        <source>a key must be a plain name, not a list or a mapping</source>
        <translation>une clé doit être un simple nom, pas une liste ni un bloc de clés</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: it already appears in this mapping</source>
        <translation>clé «&#xa0;%1&#xa0;» en double&#xa0;: elle figure déjà à ce niveau</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most %2 are read)</source>
        <translation>le fichier est trop gros (%1 octets&#xa0;; %2 au plus sont lus)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>le fichier n&apos;est pas du texte UTF-8&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file contains a NUL character; it is not a text file</source>
        <translation>le fichier contient un caractère NUL&#xa0;; ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep only the first</source>
        <translation>le fichier contient plus d&apos;un document YAML («&#xa0;---&#xa0;»)&#xa0;; ne gardez que le premier</translation>
    </message>
    <message>
        <source>the file nests lists and mappings too deeply</source>
        <translation>le fichier imbrique trop profondément les listes et les blocs</translation>
    </message>
    <message>
        <source>the file could not be read as YAML (%1)</source>
        <translation>le fichier n&apos;a pas pu être lu comme du YAML (%1)</translation>
    </message>
    <message>
        <source>the file has nothing Phare can read: expected &apos;key: value&apos; lines</source>
        <translation>le fichier ne contient rien que Phare sache lire&#xa0;: des lignes «&#xa0;clé: valeur&#xa0;» sont attendues</translation>
    </message>
    <message>
        <source>cannot open the file: it is not a regular file (a folder, a pipe or a device); Phare only reads files</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: ce n&apos;est pas un fichier ordinaire (un dossier, un tube ou un périphérique)&#xa0;; Phare ne lit que des fichiers</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>a mapping is not closed: check the indentation and the &apos;}&apos; of inline mappings</source>
        <translation>un bloc de clés n&apos;est pas fermé&#xa0;: vérifiez le retrait et les «&#xa0;}&#xa0;» des blocs écrits sur une ligne</translation>
    </message>
    <message>
        <source>an inline mapping &apos;{&apos; is not closed with &apos;}&apos;</source>
        <translation>une «&#xa0;{&#xa0;» n&apos;est pas refermée par une «&#xa0;}&#xa0;»</translation>
    </message>
    <message>
        <source>a list is not closed: check the indentation and the &apos;]&apos; of inline lists</source>
        <translation>une liste n&apos;est pas fermée&#xa0;: vérifiez le retrait et les «&#xa0;]&#xa0;» des listes écrites sur une ligne</translation>
    </message>
    <message>
        <source>an inline list &apos;[&apos; is not closed with &apos;]&apos;</source>
        <translation>un «&#xa0;[&#xa0;» n&apos;est pas refermé par un «&#xa0;]&#xa0;»</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is in the wrong place; put text that contains &apos;: &apos; between quotes</source>
        <translation>un «&#xa0;:&#xa0;» est mal placé&#xa0;; mettez entre guillemets un texte qui contient «&#xa0;: &#xa0;»</translation>
    </message>
    <message>
        <source>a &apos;?&apos; key is in the wrong place; put text that starts with &apos;?&apos; between quotes</source>
        <translation>une clé «&#xa0;?&#xa0;» est mal placée&#xa0;; mettez entre guillemets un texte qui commence par «&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>the file ends inside a text: a quote is probably not closed</source>
        <translation>le fichier se termine au milieu d&apos;un texte&#xa0;: un guillemet n&apos;est sans doute pas refermé</translation>
    </message>
    <message>
        <source>a text holds a character that is not allowed there; put the text between quotes</source>
        <translation>un texte contient un caractère interdit à cet endroit&#xa0;; mettez le texte entre guillemets</translation>
    </message>
    <message>
        <source>unexpected character; put text that starts with a special character between quotes</source>
        <translation>caractère inattendu&#xa0;; mettez entre guillemets un texte qui commence par un caractère spécial</translation>
    </message>
    <message>
        <source>unknown escape sequence after &apos;\&apos; in a double-quoted text</source>
        <translation>séquence inconnue après «&#xa0;\&#xa0;» dans un texte entre guillemets doubles</translation>
    </message>
    <message>
        <source>a &apos;\x&apos;, &apos;\u&apos; or &apos;\U&apos; escape in a double-quoted text is not followed by hexadecimal digits</source>
        <translation>dans un texte entre guillemets doubles, «&#xa0;\x&#xa0;», «&#xa0;\u&#xa0;» ou «&#xa0;\U&#xa0;» n&apos;est pas suivi de chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>a &apos;\u&apos; or &apos;\U&apos; escape in a double-quoted text names no character</source>
        <translation>dans un texte entre guillemets doubles, «&#xa0;\u&#xa0;» ou «&#xa0;\U&#xa0;» ne désigne aucun caractère</translation>
    </message>
    <message>
        <source>tabs cannot indent YAML: use spaces</source>
        <translation>le YAML ne se met pas en retrait avec des tabulations&#xa0;: utilisez des espaces</translation>
    </message>
    <message>
        <source>invalid character after &apos;&amp;&apos; or &apos;*&apos;</source>
        <translation>caractère non valable après «&#xa0;&amp;&#xa0;» ou «&#xa0;*&#xa0;»</translation>
    </message>
    <message>
        <source>a &apos;&amp;&apos; is not followed by a name; put text that starts with &apos;&amp;&apos; between quotes</source>
        <translation>un «&#xa0;&amp;&#xa0;» n&apos;est suivi d&apos;aucun nom&#xa0;; mettez entre guillemets un texte qui commence par «&#xa0;&amp;&#xa0;»</translation>
    </message>
    <message>
        <source>a &apos;*&apos; is not followed by a name; put text that starts with &apos;*&apos; between quotes</source>
        <translation>un «&#xa0;*&#xa0;» n&apos;est suivi d&apos;aucun nom&#xa0;; mettez entre guillemets un texte qui commence par «&#xa0;*&#xa0;»</translation>
    </message>
    <message>
        <source>tags (&apos;!name&apos;) are not allowed: remove them</source>
        <translation>les étiquettes («&#xa0;!nom&#xa0;») sont interdites&#xa0;: retirez-les</translation>
    </message>
    <message>
        <source>invalid &apos;%TAG&apos; directive</source>
        <translation>directive «&#xa0;%TAG&#xa0;» non valable</translation>
    </message>
    <message>
        <source>the &apos;%TAG&apos; directive appears twice</source>
        <translation>la directive «&#xa0;%TAG&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>invalid &apos;%YAML&apos; directive</source>
        <translation>directive «&#xa0;%YAML&#xa0;» non valable</translation>
    </message>
    <message>
        <source>the &apos;%YAML&apos; directive gives a version that is not 1.x</source>
        <translation>la directive «&#xa0;%YAML&#xa0;» donne une version autre que 1.x</translation>
    </message>
    <message>
        <source>the &apos;%YAML&apos; directive appears twice</source>
        <translation>la directive «&#xa0;%YAML&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>a list item &apos;- &apos; is in the wrong place: check the indentation</source>
        <translation>un élément de liste «&#xa0;- &#xa0;» est mal placé&#xa0;: vérifiez le retrait</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>texte inattendu après la fin du document</translation>
    </message>
    <message>
        <source>a &apos;]&apos; or &apos;}&apos; closes nothing</source>
        <translation>un «&#xa0;]&#xa0;» ou une «&#xa0;}&#xa0;» ne ferme rien</translation>
    </message>
    <message>
        <source>a text is not closed: check its quotes</source>
        <translation>un texte n&apos;est pas fermé&#xa0;: vérifiez ses guillemets</translation>
    </message>
    <message>
        <source>&apos;---&apos; or &apos;...&apos; at the start of a line inside a text: indent it or quote the text</source>
        <translation>«&#xa0;---&#xa0;» ou «&#xa0;...&#xa0;» en début de ligne à l&apos;intérieur d&apos;un texte&#xa0;: mettez-le en retrait ou le texte entre guillemets</translation>
    </message>
    <message>
        <source>a &apos;|&apos; or &apos;&gt;&apos; text cannot have an indentation of 0</source>
        <translation>un texte «&#xa0;|&#xa0;» ou «&#xa0;&gt;&#xa0;» ne peut pas avoir un retrait de 0</translation>
    </message>
    <message>
        <source>unexpected character after &apos;|&apos; or &apos;&gt;&apos;: start the text on the next line</source>
        <translation>caractère inattendu après «&#xa0;|&#xa0;» ou «&#xa0;&gt;&#xa0;»&#xa0;: commencez le texte à la ligne suivante</translation>
    </message>
    <message>
        <source>the indentation is wrong: align items of the same list or mapping</source>
        <translation>le retrait est faux&#xa0;: alignez les éléments d&apos;une même liste ou d&apos;un même bloc</translation>
    </message>
    <message>
        <source>a key is missing or the indentation is wrong</source>
        <translation>une clé manque ou le retrait est faux</translation>
    </message>
</context>
<context>
    <name>Phare::YamlSchema</name>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>&#xa0;; vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos;</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be a mapping of &apos;key: value&apos; lines</source>
        <translation>%1 doit être une suite de lignes «&#xa0;clé: valeur&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be a list (&apos;- &apos; items or [a, b])</source>
        <translation>%1 doit être une liste (lignes «&#xa0;-&#xa0;» ou [a, b])</translation>
    </message>
    <message>
        <source>%1 has too many items (%2; at most %3)</source>
        <translation>%1 a trop d&apos;éléments (%2&#xa0;; %3 au plus)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;» dans %2%3</translation>
    </message>
    <message>
        <source>%1 is missing the key &apos;%2&apos;</source>
        <translation>il manque la clé «&#xa0;%2&#xa0;» dans %1</translation>
    </message>
    <message>
        <source>%1 must be a text</source>
        <translation>%1 doit être un texte</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3)</source>
        <translation>%1 est trop long (%2 caractères&#xa0;; %3 au plus)</translation>
    </message>
    <message>
        <source>%1 must be a number, not &apos;%2&apos;</source>
        <translation>%1 doit être un nombre, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>the weight of %1</source>
        <translation>le poids de %1</translation>
    </message>
    <message>
        <source>the weight of %1 must be at most 1000</source>
        <translation>le poids de %1 doit être de 1000 au plus</translation>
    </message>
    <message>
        <source>%1 cannot be &apos;%2&apos;: use one of %3%4</source>
        <translation>%1 ne peut pas valoir «&#xa0;%2&#xa0;»&#xa0;: choisissez parmi %3%4</translation>
    </message>
    <message>
        <source>%1 must give the text in each language, as {fr: &quot;…&quot;, en: &quot;…&quot;}</source>
        <translation>%1 doit donner le texte dans chaque langue, comme {fr: &quot;…&quot;, en: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>the French text of %1</source>
        <translation>le texte français de %1</translation>
    </message>
    <message>
        <source>the English text of %1</source>
        <translation>le texte anglais de %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 has no French text</source>
        <translation>%1 n&apos;a pas de texte français</translation>
    </message>
    <message>
        <source>%1 has no English text</source>
        <translation>%1 n&apos;a pas de texte anglais</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>le champ %1 de %2</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>élément %1 de %2</translation>
    </message>
    <message>
        <source>an id in %1</source>
        <translation>un identifiant dans %1</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;: each must be different</source>
        <translation>identifiant de %1 «&#xa0;%2&#xa0;» en double&#xa0;: chacun doit être différent</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <comment>a word quoted in a list</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be a text, or the text in each language as {fr: &quot;…&quot;, en: &quot;…&quot;}</source>
        <translation>%1 doit être un texte, ou le texte dans chaque langue, comme {fr: &quot;…&quot;, en: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>%1 must be a text, not &apos;%2&apos;: put it in quotes if it is one</source>
        <translation>%1 doit être un texte, pas «&#xa0;%2&#xa0;»&#xa0;: mettez-le entre guillemets si c&apos;en est un</translation>
    </message>
    <message>
        <source>the weight of %1 must be more than 0; to leave it out of the score, write &apos;scored: false&apos;</source>
        <translation>le poids de %1 doit être supérieur à 0&#xa0;; pour le sortir du score, écrivez «&#xa0;scored: false&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; an id has at most %3)</source>
        <translation>%1 est trop long (%2 caractères&#xa0;; un identifiant en a %3 au plus)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a valid id: use lower-case letters, digits and &apos;-&apos; (at most %3 characters)</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas un identifiant valable&#xa0;: utilisez des minuscules, des chiffres et «&#xa0;-&#xa0;» (%3 caractères au plus)</translation>
    </message>
</context>
</TS>
