<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Phare::AnonymousFile</name>
    <message>
        <source>"idHash" must be 64 lower-case hexadecimal digits</source>
        <translation>« idHash » doit compter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>"quarter" must be a quarter written YYYY-Qn, such as 2026-Q4</source>
        <translation>« quarter » doit être un trimestre écrit AAAA-Qn, par exemple 2026-Q4</translation>
    </message>
    <message>
        <source>"sector" must be one of %1</source>
        <translation>« sector » doit être l'un de %1</translation>
    </message>
    <message>
        <source>"size" must be one of %1</source>
        <translation>« size » doit être l'un de %1</translation>
    </message>
    <message>
        <source>"departement" must be a French département number, such as 13, 2A or 974</source>
        <translation>« departement » doit être un numéro de département, par exemple 13, 2A ou 974</translation>
    </message>
    <message>
        <source>"questionnaires" must be an object of questionnaires by id</source>
        <translation>« questionnaires » doit être un objet de questionnaires par identifiant</translation>
    </message>
    <message>
        <source>"questionnaires" has too many entries (at most %1)</source>
        <translation>« questionnaires » a trop d'entrées (%1 au plus)</translation>
    </message>
    <message>
        <source>"questionnaires" has an entry "%1" that is not an id</source>
        <translation>« questionnaires » a une entrée « %1 » qui n'est pas un identifiant</translation>
    </message>
    <message>
        <source>"%1" is not a field of an anonymous file: such a file holds only the fields docs/benchmark.md lists</source>
        <translation>« %1 » n'est pas un champ de fichier anonyme : un tel fichier ne contient que les champs listés dans docs/benchmark.md</translation>
    </message>
    <message>
        <source>"%1" must be an object with a score</source>
        <translation>« %1 » doit être un objet avec un score</translation>
    </message>
    <message>
        <source>"%1.score" must be a whole number from 0 to 100</source>
        <translation>« %1.score » doit être un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>"%1.level" must be a level id</source>
        <translation>« %1.level » doit être un identifiant de niveau</translation>
    </message>
    <message>
        <source>"%1" must be one answer: choice, ticked, rows, dontKnow or notApplicable</source>
        <translation>« %1 » doit être une réponse : choice, ticked, rows, dontKnow ou notApplicable</translation>
    </message>
    <message>
        <source>"%1.ticked" must list option ids</source>
        <translation>« %1.ticked » doit lister des identifiants d'options</translation>
    </message>
    <message>
        <source>"%1.rows" must give an option id by row id</source>
        <translation>« %1.rows » doit donner un identifiant d'option par identifiant de ligne</translation>
    </message>
    <message>
        <source>"%1" must be an object</source>
        <translation>« %1 » doit être un objet</translation>
    </message>
    <message>
        <source>"%1.version" must be a whole number from 1</source>
        <translation>« %1.version » doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>"%1.answers" must be an object of answers by question id</source>
        <translation>« %1.answers » doit être un objet de réponses par identifiant de question</translation>
    </message>
    <message>
        <source>"%1.answers" has an entry that is not a question id</source>
        <translation>« %1.answers » a une entrée qui n'est pas un identifiant de question</translation>
    </message>
    <message>
        <source>"%1.level" is given without a score</source>
        <translation>« %1.level » est donné sans score</translation>
    </message>
    <message>
        <source>"%1.dimensions" must be an object of scores by dimension id</source>
        <translation>« %1.dimensions » doit être un objet de scores par identifiant de dimension</translation>
    </message>
    <message>
        <source>"%1.dimensions" has an entry that is not a dimension id</source>
        <translation>« %1.dimensions » a une entrée qui n'est pas un identifiant de dimension</translation>
    </message>
    <message>
        <source>the sector "%1" is not one Phare knows</source>
        <translation>le secteur « %1 » est inconnu de Phare</translation>
    </message>
    <message>
        <source>the location has no French postal code: the département is left out</source>
        <translation>la localité ne contient pas de code postal : le département n'est pas partagé</translation>
    </message>
    <message>
        <source>cannot open the file: it is not a regular file</source>
        <translation>impossible d'ouvrir le fichier : ce n'est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d'ouvrir le fichier : %1</translation>
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
        <translation>le fichier n'est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the file is damaged (not JSON: %1)</source>
        <translation>le fichier est abîmé (ce n'est pas du JSON : %1)</translation>
    </message>
    <message>
        <source>not an anonymous Phare file</source>
        <translation>ce n'est pas un fichier anonyme de Phare</translation>
    </message>
    <message>
        <source>this is an assessment (.phare), not an anonymous file: share it with phare-cli anonymise first</source>
        <translation>c'est une évaluation (.phare), pas un fichier anonyme : passez-la d'abord par phare-cli anonymise</translation>
    </message>
    <message>
        <source>this is a benchmark, not an anonymous file</source>
        <translation>c'est un référentiel, pas un fichier anonyme</translation>
    </message>
    <message>
        <source>not an anonymous Phare file (its "format" is not "phare-anonymous")</source>
        <translation>ce n'est pas un fichier anonyme de Phare (son « format » n'est pas « phare-anonymous »)</translation>
    </message>
    <message>
        <source>"formatVersion" must be a whole number from 1</source>
        <translation>« formatVersion » doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>this anonymous file was made by a newer version of Phare (format version %1; this version reads up to %2): update Phare to use it</source>
        <translation>ce fichier anonyme a été fait par une version plus récente de Phare (format %1 ; cette version lit jusqu'au format %2) : mettez Phare à jour pour l'utiliser</translation>
    </message>
<message>
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
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
        <translation>trop de problèmes : seuls les %1 premiers sont listés</translation>
    </message>
    <message>
        <source>%1 has too many entries (%2; at most %3)</source>
        <translation>%1 a trop d'entrées (%2 ; %3 au plus)</translation>
    </message>
    <message>
        <source>the field "%1" is missing</source>
        <translation>le champ « %1 » manque</translation>
    </message>
    <message>
        <source>"%1" must be a text</source>
        <translation>« %1 » doit être un texte</translation>
    </message>
    <message>
        <source>"%1" is too long (more than %2 characters)</source>
        <translation>« %1 » est trop long (plus de %2 caractères)</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from %2 to %3</source>
        <translation>« %1 » doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>"%1" must be a date such as 2026-11-20T09:30:00Z</source>
        <translation>« %1 » doit être une date comme 2026-11-20T09:30:00Z</translation>
    </message>
    <message>
        <source>"%1" is a date Phare cannot save back (use years 0001 to 9999, such as 2026-11-20T09:30:00Z)</source>
        <translation>« %1 » est une date que Phare ne peut pas réenregistrer (années 0001 à 9999, par exemple 2026-11-20T09:30:00Z)</translation>
    </message>
    <message>
        <source>the answer "%1" must be an object such as {"choice": "yes"}</source>
        <translation>la réponse « %1 » doit être un objet comme {"choice": "yes"}</translation>
    </message>
    <message>
        <source>the answer "%1" must have exactly one of "choice", "ticked", "rows", "dontKnow" or "notApplicable"</source>
        <translation>la réponse « %1 » doit avoir exactement un seul de « choice », « ticked », « rows », « dontKnow » ou « notApplicable »</translation>
    </message>
    <message>
        <source>"%1" must be an option id</source>
        <translation>« %1 » doit être un identifiant d'option</translation>
    </message>
    <message>
        <source>"%1" must be a list of option ids</source>
        <translation>« %1 » doit être une liste d'identifiants d'options</translation>
    </message>
    <message>
        <source>"%1" must map each row to an option id</source>
        <translation>« %1 » doit associer chaque ligne à un identifiant d'option</translation>
    </message>
    <message>
        <source>"%1.%2" must be an option id</source>
        <translation>« %1.%2 » doit être un identifiant d'option</translation>
    </message>
    <message>
        <source>"%1" can only be true</source>
        <translation>« %1 » ne peut valoir que true</translation>
    </message>
    <message>
        <source>the field "%1" is unknown to this version of Phare and too large to keep (%2 KiB; at most %3 KiB of such fields are kept): it is left out, and will not be saved</source>
        <translation>le champ « %1 » est inconnu de cette version de Phare et trop gros pour être gardé (%2 Kio ; %3 Kio au plus de tels champs sont gardés) : il est omis et ne sera pas enregistré</translation>
    </message>
    <message>
        <source>%1 more unknown fields are left out</source>
        <translation>%1 autres champs inconnus sont omis</translation>
    </message>
    <message>
        <source>the file ends too early: it is probably truncated or was not saved completely</source>
        <translation>le fichier se termine trop tôt : il est probablement tronqué ou n'a pas été enregistré en entier</translation>
    </message>
    <message>
        <source>a ':' is missing after a field name</source>
        <translation>il manque un « : » après un nom de champ</translation>
    </message>
    <message>
        <source>a ',' is missing between two fields</source>
        <translation>il manque une « , » entre deux champs</translation>
    </message>
    <message>
        <source>unexpected text: this is not valid JSON</source>
        <translation>texte inattendu : ce n'est pas du JSON valable</translation>
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
        <translation>ce n'est pas du JSON valable</translation>
    </message>
    <message>
        <source>a text of the profile is too long (more than %1 characters)</source>
        <translation>un texte du profil est trop long (plus de %1 caractères)</translation>
    </message>
    <message>
        <source>too many questionnaires (%1; at most %2)</source>
        <translation>trop de questionnaires (%1 ; %2 au plus)</translation>
    </message>
    <message>
        <source>too many answers in "%1" (%2; at most %3)</source>
        <translation>trop de réponses dans « %1 » (%2 ; %3 au plus)</translation>
    </message>
    <message>
        <source>too many notes in "%1" (%2; at most %3)</source>
        <translation>trop de notes dans « %1 » (%2 ; %3 au plus)</translation>
    </message>
    <message>
        <source>the note on "%1" is too long (%2 characters; at most %3): shorten it</source>
        <translation>la note sur « %1 » est trop longue (%2 caractères ; %3 au plus) : raccourcissez-la</translation>
    </message>
    <message>
        <source>the answer to "%1" has too many items (at most %2)</source>
        <translation>la réponse à « %1 » a trop d'éléments (%2 au plus)</translation>
    </message>
    <message>
        <source>cannot open the file: it is a folder (a directory), not a file</source>
        <translation>impossible d'ouvrir le fichier : c'est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot open the file: it is not a regular file (a pipe or a device); Phare only opens files</source>
        <translation>impossible d'ouvrir le fichier : ce n'est pas un fichier ordinaire (un tube ou un périphérique) ; Phare n'ouvre que des fichiers</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d'ouvrir le fichier : %1</translation>
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
        <translation>le fichier n'est pas du texte UTF-8 : il est abîmé ou ce n'est pas un diagnostic</translation>
    </message>
    <message>
        <source>the file nests too deeply (more than %1 levels)</source>
        <translation>le fichier est imbriqué trop profondément (plus de %1 niveaux)</translation>
    </message>
    <message>
        <source>a ',' between two fields or a closing '}' is missing</source>
        <translation>il manque une « , » entre deux champs ou une « } » fermante</translation>
    </message>
    <message>
        <source>a ',' between two items or a closing ']' is missing</source>
        <translation>il manque une « , » entre deux éléments ou un « ] » fermant</translation>
    </message>
    <message>
        <source>this is not a Phare assessment: the file must hold a JSON object</source>
        <translation>ce n'est pas un diagnostic Phare : le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>this number is too large for Phare to keep exactly (whole numbers are kept up to 15 digits): the file would be changed on saving</source>
        <translation>ce nombre est trop grand pour que Phare le garde exactement (les nombres entiers sont gardés jusqu'à 15 chiffres) : le fichier serait modifié à l'enregistrement</translation>
    </message>
    <message>
        <source>this is not a Phare assessment: "format" must be "phare-assessment"</source>
        <translation>ce n'est pas un diagnostic Phare : « format » doit valoir « phare-assessment »</translation>
    </message>
    <message>
        <source>the field "formatVersion" is missing</source>
        <translation>le champ « formatVersion » manque</translation>
    </message>
    <message>
        <source>"formatVersion" must be a whole number from 1</source>
        <translation>« formatVersion » doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>this file was saved by a newer version of Phare (format version %1; this version reads up to %2): update Phare to open it</source>
        <translation>ce fichier a été enregistré par une version plus récente de Phare (format %1 ; cette version lit jusqu'au format %2) : mettez Phare à jour pour l'ouvrir</translation>
    </message>
    <message>
        <source>the field "company" is missing or is not an object</source>
        <translation>le champ « company » manque ou n'est pas un objet</translation>
    </message>
    <message>
        <source>unknown sector "%1": use one of %2</source>
        <translation>secteur inconnu « %1 » : choisissez parmi %2</translation>
    </message>
    <message>
        <source>"id" must be an identifier such as 3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6b</source>
        <translation>« id » doit être un identifiant comme 3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6b</translation>
    </message>
    <message>
        <source>"language" must be "fr" or "en"</source>
        <translation>« language » doit valoir « fr » ou « en »</translation>
    </message>
    <message>
        <source>the field "questionnaires" is missing or is not an object</source>
        <translation>le champ « questionnaires » manque ou n'est pas un objet</translation>
    </message>
    <message>
        <source>"questionnaires.%1" must be an object</source>
        <translation>« questionnaires.%1 » doit être un objet</translation>
    </message>
    <message>
        <source>"questionnaires.%1.answers" is missing or is not an object</source>
        <translation>« questionnaires.%1.answers » manque ou n'est pas un objet</translation>
    </message>
    <message>
        <source>"questionnaires.%1.notes" must be an object</source>
        <translation>« questionnaires.%1.notes » doit être un objet</translation>
    </message>
    <message>
        <source>this file would be too large once saved (%1 MiB; at most %2 MiB): fields this version of Phare does not know take too much room</source>
        <translation>ce fichier serait trop gros une fois enregistré (%1 Mio ; %2 Mio au plus) : des champs inconnus de cette version de Phare prennent trop de place</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: the assessment is too large (more than %2 MiB)</source>
        <translation>impossible d'écrire %1 : le diagnostic est trop gros (plus de %2 Mio)</translation>
    </message>
    <message>
        <source>"%1" must be a day written YYYY-MM-DD, such as 2026-11-20</source>
        <translation>« %1 » doit être un jour écrit AAAA-MM-JJ, par exemple 2026-11-20</translation>
    </message>
    <message>
        <source>"%1" must be a list of question ids, such as ["mfa"]</source>
        <translation>« %1 » doit être une liste d'identifiants de questions, par exemple ["mfa"]</translation>
    </message>
    <message>
        <source>"%1" holds an id that is too long (more than %2 characters)</source>
        <translation>« %1 » contient un identifiant trop long (plus de %2 caractères)</translation>
    </message>
    <message>
        <source>"%1" lists "%2" twice</source>
        <translation>« %1 » cite « %2 » deux fois</translation>
    </message>
    <message>
        <source>"%1" marks "%2" as a key observation, but that question has no note: the mark is left out</source>
        <translation>« %1 » marque « %2 » comme observation clé, mais cette question n'a pas de note : la marque est ignorée</translation>
    </message>
    <message>
        <source>the firm's context is too long (%1 characters; at most %2): shorten it</source>
        <translation>le contexte de l'entreprise est trop long (%1 caractères ; %2 au plus) : raccourcissez-le</translation>
    </message>
    <message>
        <source>the next meeting's date must be in years 1 to 9999</source>
        <translation>la date du prochain rendez-vous doit être comprise entre les années 1 et 9999</translation>
    </message>
    <message>
        <source>too many key observations in "%1" (%2; at most %3)</source>
        <translation>trop d'observations clés dans « %1 » (%2 ; %3 au plus)</translation>
    </message>
    <message>
        <source>"plan" must be an object</source>
        <translation>« plan » doit être un objet</translation>
    </message>
    <message>
        <source>"plan.actions" must map action ids to decisions</source>
        <translation>« plan.actions » doit associer à chaque identifiant d'action une décision</translation>
    </message>
    <message>
        <source>"plan.own" must be a list of actions such as [{"id": "own-1", "text": "…", "horizon": "now"}]</source>
        <translation>« plan.own » doit être une liste d'actions, par exemple [{"id": "own-1", "text": "…", "horizon": "now"}]</translation>
    </message>
    <message>
        <source>two actions of "plan.own" have the id "%1"</source>
        <translation>deux actions de « plan.own » ont l'identifiant « %1 »</translation>
    </message>
    <message>
        <source>"%1" must be an object such as {"decision": "accepted"}</source>
        <translation>« %1 » doit être un objet, par exemple {"decision": "accepted"}</translation>
    </message>
    <message>
        <source>"%1.decision" must be "accepted", "postponed" or "declined"</source>
        <translation>« %1.decision » doit valoir « accepted », « postponed » ou « declined »</translation>
    </message>
    <message>
        <source>"%1" is postponed but says not to when: add "horizon": "next" or "later"</source>
        <translation>« %1 » est reportée sans dire à quand : ajoutez "horizon": "next" ou "later"</translation>
    </message>
    <message>
        <source>each action of "%1" must be an object such as {"id": "own-1", "text": "…", "horizon": "now"}</source>
        <translation>chaque action de « %1 » doit être un objet, par exemple {"id": "own-1", "text": "…", "horizon": "now"}</translation>
    </message>
    <message>
        <source>an action of "%1" needs an "id" of 1 to 128 characters</source>
        <translation>une action de « %1 » doit avoir un « id » de 1 à 128 caractères</translation>
    </message>
    <message>
        <source>the action "%1" of "%2" has no text: say what is to be done</source>
        <translation>l'action « %1 » de « %2 » n'a pas de texte : dites ce qu'il faut faire</translation>
    </message>
    <message>
        <source>"%1" must be "now", "next" or "later"</source>
        <translation>« %1 » doit valoir « now », « next » ou « later »</translation>
    </message>
    <message>
        <source>"%1.status" must be "toDo", "inProgress" or "done"</source>
        <translation>« %1.status » doit valoir « toDo », « inProgress » ou « done »</translation>
    </message>
    <message>
        <source>"%1" has a "doneOn" date but is not done: set "status" to "done" or remove the date</source>
        <translation>« %1 » a une date « doneOn » mais n'est pas faite : mettez « status » à « done » ou retirez la date</translation>
    </message>
    <message>
        <source>the plan has too many decisions and actions of your own (%1; at most %2)</source>
        <translation>le plan a trop de décisions et d'actions ajoutées (%1 ; au plus %2)</translation>
    </message>
    <message>
        <source>a text of the plan is too long (more than %1 characters): shorten it</source>
        <translation>un texte du plan est trop long (plus de %1 caractères) : raccourcissez-le</translation>
    </message>
    <message>
        <source>a date of the plan must be in years 1 to 9999</source>
        <translation>une date du plan doit être comprise entre les années 1 et 9999</translation>
    </message>
    <message>
        <source>"respondents" must be a list of people such as [{"id": "r1", "name": "…", "role": "owner", "answers": {}}]</source>
        <translation>« respondents » doit être une liste de personnes, par exemple [{"id": "r1", "name": "…", "role": "owner", "answers": {}}]</translation>
    </message>
    <message>
        <source>a workshop has at most %1 respondents; this file has %2</source>
        <translation>un atelier compte au plus %1 participants ; ce fichier en a %2</translation>
    </message>
    <message>
        <source>each respondent must be an object such as {"id": "r1", "name": "…", "role": "owner", "answers": {}}</source>
        <translation>chaque participant doit être un objet, par exemple {"id": "r1", "name": "…", "role": "owner", "answers": {}}</translation>
    </message>
    <message>
        <source>the respondent id "%1" must be 1 to 64 letters, digits, '-' or '_', such as "r1"</source>
        <translation>l'identifiant de participant « %1 » doit compter de 1 à 64 lettres, chiffres, « - » ou « _ », par exemple « r1 »</translation>
    </message>
    <message>
        <source>two respondents have the id "%1": each needs its own</source>
        <translation>deux participants ont l'identifiant « %1 » : chacun doit avoir le sien</translation>
    </message>
    <message>
        <source>the respondent "%1" has an empty name: write a name or a label such as "Employee 1"</source>
        <translation>le participant « %1 » a un nom vide : écrivez un nom ou une étiquette comme « Salarié 1 »</translation>
    </message>
    <message>
        <source>the role "%1" of the respondent "%2" is unknown: use one of %3</source>
        <translation>le rôle « %1 » du participant « %2 » est inconnu : utilisez l'un de ceux-ci : %3</translation>
    </message>
    <message>
        <source>"settled" must map questionnaires to the questions settled, such as {"cybersecurity": {"backup-frequency": "why"}}</source>
        <translation>« settled » doit associer les questionnaires aux questions tranchées, par exemple {"cybersecurity": {"backup-frequency": "pourquoi"}}</translation>
    </message>
    <message>
        <source>"settled" names the questionnaire "%1", which this assessment does not answer</source>
        <translation>« settled » nomme le questionnaire « %1 », auquel cette évaluation ne répond pas</translation>
    </message>
    <message>
        <source>"settled.%1" must be an object</source>
        <translation>« settled.%1 » doit être un objet</translation>
    </message>
    <message>
        <source>"%1" is marked as settled but has no agreed answer in "questionnaires.%2.answers"</source>
        <translation>« %1 » est marquée comme tranchée mais n'a pas de réponse retenue dans « questionnaires.%2.answers »</translation>
    </message>
    <message>
        <source>"%1" must map questionnaires to answers, such as {"cybersecurity": {"mfa": {"choice": "yes"}}}</source>
        <translation>« %1 » doit associer les questionnaires aux réponses, par exemple {"cybersecurity": {"mfa": {"choice": "yes"}}}</translation>
    </message>
    <message>
        <source>"%1" answers the questionnaire "%2", which this assessment does not answer: add it to "questionnaires" or remove these answers</source>
        <translation>« %1 » répond au questionnaire « %2 », auquel cette évaluation ne répond pas : ajoutez-le à « questionnaires » ou retirez ces réponses</translation>
    </message>
    <message>
        <source>"%1" must be an object</source>
        <translation>« %1 » doit être un objet</translation>
    </message>
    <message>
        <source>"%1" answers "%2", which is not a question of the questionnaire "%3" (version %4)</source>
        <translation>« %1 » répond à « %2 », qui n'est pas une question du questionnaire « %3 » (version %4)</translation>
    </message>
    <message>
        <source>"%1" must map questionnaires to notes, such as {"cybersecurity": {"mfa": "…"}}</source>
        <translation>« %1 » doit associer les questionnaires aux notes, par exemple {"cybersecurity": {"mfa": "…"}}</translation>
    </message>
    <message>
        <source>"%1" has notes on the questionnaire "%2", which this assessment does not answer</source>
        <translation>« %1 » a des notes sur le questionnaire « %2 », auquel cette évaluation ne répond pas</translation>
    </message>
    <message>
        <source>a workshop has at most %1 respondents (%2 here)</source>
        <translation>un atelier compte au plus %1 participants (%2 ici)</translation>
    </message>
    <message>
        <source>a respondent's name or role is too long (more than %1 characters)</source>
        <translation>le nom ou le rôle d'un participant est trop long (plus de %1 caractères)</translation>
    </message>
    <message>
        <source>a respondent's note is too long (more than %1 characters)</source>
        <translation>la note d'un participant est trop longue (plus de %1 caractères)</translation>
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
    <name>Phare::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
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
        <translation>impossible d'ouvrir le fichier : ce n'est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d'ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>the file is too large to be a benchmark (more than 64 MiB)</source>
        <translation>le fichier est trop gros pour être un référentiel (plus de 64 Mio)</translation>
    </message>
    <message>
        <source>the file is damaged (not JSON: %1)</source>
        <translation>le fichier est abîmé (ce n'est pas du JSON : %1)</translation>
    </message>
    <message>
        <source>this is one anonymous file, not a benchmark: build one with phare-cli benchmark build</source>
        <translation>c'est un fichier anonyme, pas un référentiel : construisez-en un avec phare-cli benchmark build</translation>
    </message>
    <message>
        <source>not a Phare benchmark (its "format" is not "phare-benchmark")</source>
        <translation>ce n'est pas un référentiel de Phare (son « format » n'est pas « phare-benchmark »)</translation>
    </message>
    <message>
        <source>"formatVersion" must be a whole number from 1</source>
        <translation>« formatVersion » doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>this benchmark was built by a newer version of Phare (format version %1; this version reads up to %2): update Phare to use it</source>
        <translation>ce référentiel a été construit par une version plus récente de Phare (format %1 ; cette version lit jusqu'au format %2) : mettez Phare à jour pour l'utiliser</translation>
    </message>
    <message>
        <source>"threshold" must be a whole number from %1</source>
        <translation>« threshold » doit être un nombre entier à partir de %1</translation>
    </message>
    <message>
        <source>"quartiles" must be "%1"</source>
        <translation>« quartiles » doit valoir « %1 »</translation>
    </message>
    <message>
        <source>"groups" must be a list of at most %1 groups</source>
        <translation>« groups » doit être une liste de %1 groupes au plus</translation>
    </message>
    <message>
        <source>"%1" must be a group with a known sector and size band</source>
        <translation>« %1 » doit être un groupe d'un secteur et d'une taille connus</translation>
    </message>
    <message>
        <source>"%1" is a group given twice</source>
        <translation>« %1 » est un groupe donné deux fois</translation>
    </message>
    <message>
        <source>"%1.firms" must be a whole number of at least %2, the threshold</source>
        <translation>« %1.firms » doit être un nombre entier d'au moins %2, le seuil</translation>
    </message>
    <message>
        <source>"%1.scores" must be an object of distributions by score</source>
        <translation>« %1.scores » doit être un objet de distributions par score</translation>
    </message>
    <message>
        <source>"%1.scores.%2" must give firms (at least the threshold), q1, median and q3 as whole numbers</source>
        <translation>« %1.scores.%2 » doit donner firms (au moins le seuil), q1, median et q3 en nombres entiers</translation>
    </message>
    <message>
        <source>"%1.scores.%2" has quartiles out of order</source>
        <translation>« %1.scores.%2 » a des quartiles dans le désordre</translation>
    </message>
    <message>
        <source>"%1.scores.%2.levels" must give a number of firms by level</source>
        <translation>« %1.scores.%2.levels » doit donner un nombre d'entreprises par niveau</translation>
    </message>
    <message>
        <source>%1 firms</source>
        <translation>%1 entreprises</translation>
    </message>
    <message>
        <source>%1, sector: %2</source>
        <extracomment>%1: a number of firms and their size ("37 firms of 0 to 9 employees"); %2: a sector ("Food and restaurants").</extracomment>
        <translation>%1, secteur : %2</translation>
    </message>
<message>
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
    </context>
<context>
    <name>Phare::BenchmarkBuilder</name>
    <message>
        <source>not a folder</source>
        <translation>ce n'est pas un dossier</translation>
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
        <translation>l'identifiant de %1</translation>
    </message>
    <message>
        <source>the %1 '%2'</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>'%1' in 'plan' must be a whole number from 0 to %2</source>
        <translation>« %1 » dans « plan » doit être un nombre entier de 0 à %2</translation>
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
        <translation>l'impact de %1</translation>
    </message>
    <message>
        <source>the effort of %1</source>
        <translation>l'effort de %1</translation>
    </message>
    <message>
        <source>the effort of %1 is in hours: more than 0, at most 10000</source>
        <translation>l'effort de %1 est en heures : plus de 0, 10000 au plus</translation>
    </message>
    <message>
        <source>the cost of %1</source>
        <translation>le coût de %1</translation>
    </message>
    <message>
        <source>'who' of %1</source>
        <translation>« who » de %1</translation>
    </message>
    <message>
        <source>who does %1</source>
        <translation>qui fait %1</translation>
    </message>
    <message>
        <source>%1 needs someone to do it: owner, staff or provider</source>
        <translation>%1 demande quelqu'un pour la faire : owner, staff ou provider</translation>
    </message>
    <message>
        <source>the deadline of %1</source>
        <translation>l'échéance de %1</translation>
    </message>
    <message>
        <source>the deadline of %1 must be a date written YYYY-MM-DD, not '%2'</source>
        <translation>l'échéance de %1 doit être une date écrite AAAA-MM-JJ, pas « %2 »</translation>
    </message>
    <message>
        <source>the earliest horizon of %1</source>
        <translation>l'horizon au plus tôt de %1</translation>
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
        <translation>l'adresse de %1</translation>
    </message>
    <message>
        <source>the url of %1 must start with https://</source>
        <translation>l'adresse de %1 doit commencer par https://</translation>
    </message>
    <message>
        <source>the use-cases file</source>
        <translation>le fichier des cas d'usage</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>cas d'usage</translation>
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
        <source>%1 needs at least one sector (or 'all')</source>
        <translation>%1 demande au moins un secteur (ou « all »)</translation>
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
        <source>the 'when' of %1</source>
        <translation>le « when » de %1</translation>
    </message>
    <message>
        <source>'%1'</source>
        <comment>a key of the file, quoted</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>'plan'</source>
        <comment>a key of the file, quoted</comment>
        <translation>« plan »</translation>
    </message>
    <message>
        <source>the logo</source>
        <translation>le logo</translation>
    </message>
    <message>
        <source>the logo must be a file next to this one, named relative to it (such as logo.png), not '%1'</source>
        <translation>le logo doit être un fichier placé à côté de celui-ci et nommé par rapport à lui (par exemple logo.png), et non « %1 »</translation>
    </message>
    <message>
        <source>the logo must be a PNG or SVG image (a name ending in .png or .svg), not '%1'</source>
        <translation>le logo doit être une image PNG ou SVG (un nom finissant par .png ou .svg), et non « %1 »</translation>
    </message>
    <message>
        <source>the logo '%1' is not found: there is no such file at %2</source>
        <translation>le logo « %1 » est introuvable : aucun fichier à l'emplacement %2</translation>
    </message>
    <message>
        <source>the logo '%1' is too large (%2 KiB; at most %3 KiB): save it smaller</source>
        <translation>le logo « %1 » est trop lourd (%2 Kio ; %3 Kio au plus) : enregistrez-le plus petit</translation>
    </message>
    <message>
        <source>the logo '%1' is not a %2 image: the file is damaged or its name ends in the wrong extension</source>
        <translation>le logo « %1 » n'est pas une image %2 : le fichier est abîmé ou son nom porte la mauvaise extension</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>l'organisation</translation>
    </message>
    <message>
        <source>the organisation file</source>
        <translation>le fichier de l'organisation</translation>
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
        <source>'whitePaper'</source>
        <comment>a key of the file, quoted</comment>
        <translation>« whitePaper »</translation>
    </message>
    <message>
        <source>the title of the white paper</source>
        <translation>le titre du livre blanc</translation>
    </message>
    <message>
        <source>where to get the white paper</source>
        <translation>l'endroit où se procurer le livre blanc</translation>
    </message>
    <message>
        <source>the day the facts were checked</source>
        <translation>le jour où les informations ont été vérifiées</translation>
    </message>
    <message>
        <source>'factsCheckedOn' must be a date written YYYY-MM-DD, such as 2026-12-01, not '%1'</source>
        <translation>« factsCheckedOn » doit être une date écrite AAAA-MM-JJ, par exemple 2026-12-01, et non « %1 »</translation>
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
        <source>the style of 'plan'</source>
        <translation>le style de « plan »</translation>
    </message>
    <message>
        <source>'%1' has no meaning in a plan with 'style: list', which has no now, next or later: say how many priority measures with 'measures'</source>
        <translation>« %1 » n'a pas de sens dans un plan en « style: list », qui n'a ni maintenant, ni ensuite, ni plus tard : dites combien de mesures sont prioritaires avec « measures »</translation>
    </message>
    <message>
        <source>'measures' goes with 'style: list' in 'plan': a plan in horizons gives 'now', 'next' and 'later' instead</source>
        <translation>« measures » va avec « style: list » dans « plan » : un plan par horizons donne plutôt « now », « next » et « later »</translation>
    </message>
    <message>
        <source>'measures' in 'plan' (how many priority measures) must be a whole number from 1 to %1</source>
        <translation>« measures » dans « plan » (le nombre de mesures prioritaires) doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>a plan with 'style: list' needs 'measures': how many of the first measures are the priority ones (such as 'measures: 6')</source>
        <translation>un plan en « style: list » a besoin de « measures » : combien des premières mesures sont prioritaires (par exemple « measures: 6 »)</translation>
    </message>
    <message>
        <source>the rank of %1 must be a whole number from 1 up (1 comes first), not '%2'</source>
        <translation>le rang de %1 doit être un nombre entier à partir de 1 (1 passe en premier), pas « %2 »</translation>
    </message>
    <message>
        <source>%1 has the rank %2, already given to %3 on line %4: give each measure of the list its own rank</source>
        <translation>%1 a le rang %2, déjà donné à %3 ligne %4 : donnez à chaque mesure de la liste son propre rang</translation>
    </message>
    <message>
        <source>'overallLevels'</source>
        <comment>a key of the file, quoted</comment>
        <translation>« overallLevels »</translation>
    </message>
    <message>
        <source>%1 has no '%2': %3</source>
        <translation>%1 n'a pas de « %2 » : %3</translation>
    </message>
    <message>
        <source>%1 must start with https://</source>
        <translation>%1 doit commencer par https://</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>l'élément %1 de %2</translation>
    </message>
    <message>
        <source>%1 is empty: name at least one, or leave the key out</source>
        <translation>%1 est vide : nommez-en au moins un, ou retirez la clé</translation>
    </message>
    <message>
        <source>say what it costs, as a range in euros or free, such as {fr: "De 0 à 300 € par an", en: "€0 to €300 a year"}</source>
        <translation>dites ce qu'il coûte, en euros (une fourchette) ou gratuit, par exemple {fr: "De 0 à 300 € par an", en: "€0 to €300 a year"}</translation>
    </message>
    <message>
        <source>the cost of %1 gives no amount in euros and does not say it is free: write a range such as "De 50 à 200 €" / "€50 to €200", or "Gratuit" / "Free"</source>
        <translation>le coût de %1 ne donne aucun montant en euros et ne dit pas que c'est gratuit : écrivez une fourchette comme « De 50 à 200 € » / « €50 to €200 », ou « Gratuit » / « Free »</translation>
    </message>
    <message>
        <source>say how long it takes, such as {fr: "Une demi-journée", en: "Half a day"}</source>
        <translation>dites combien de temps cela prend, par exemple {fr: "Une demi-journée", en: "Half a day"}</translation>
    </message>
    <message>
        <source>the duration of %1</source>
        <translation>la durée de %1</translation>
    </message>
    <message>
        <source>give examples of tools, under 'free:' and 'paid:', several of each kind or kinds of tools, so that no brand is favoured</source>
        <translation>donnez des exemples d'outils sous « free: » et « paid: », plusieurs de chaque sorte ou des sortes d'outils, pour ne favoriser aucune marque</translation>
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
        <source>the tools of %1 need 'free:', 'paid:' or both</source>
        <translation>les outils de %1 demandent « free: », « paid: » ou les deux</translation>
    </message>
    <message>
        <source>the 'startWith' of %1</source>
        <translation>le « startWith » de %1</translation>
    </message>
    <message>
        <source>give a template or a checklist to start from (a title, and a 'url' or a few 'steps')</source>
        <translation>donnez un modèle ou une liste de contrôle pour démarrer (un titre, et une « url » ou quelques « steps »)</translation>
    </message>
    <message>
        <source>the steps of %1</source>
        <translation>les étapes de %1</translation>
    </message>
    <message>
        <source>the steps of %1 are empty: write the checklist, or leave the key out</source>
        <translation>les étapes de %1 sont vides : écrivez la liste de contrôle, ou retirez la clé</translation>
    </message>
    <message>
        <source>the checklist of %1 has %2 steps: keep it to 8 at most, or link to it with 'url'</source>
        <translation>la liste de contrôle de %1 a %2 étapes : gardez-en 8 au plus, ou donnez son lien avec « url »</translation>
    </message>
    <message>
        <source>%1 needs a 'url' (a link to the template) or 'steps' (the checklist)</source>
        <translation>%1 demande une « url » (le lien vers le modèle) ou des « steps » (la liste de contrôle)</translation>
    </message>
    <message>
        <source>the 'localHelp' of %1</source>
        <translation>le « localHelp » de %1</translation>
    </message>
    <message>
        <source>say who to call locally: 'providers' (ids from a providers file) and a 'note' for the others</source>
        <translation>dites qui appeler près de chez soi : « providers » (des identifiants d'un fichier de prestataires) et une « note » pour les autres</translation>
    </message>
    <message>
        <source>the providers of %1</source>
        <translation>les prestataires de %1</translation>
    </message>
    <message>
        <source>the providers of %1 are empty: name at least one, or leave the key out</source>
        <translation>les prestataires de %1 sont vides : nommez-en au moins un, ou retirez la clé</translation>
    </message>
    <message>
        <source>the note of %1</source>
        <translation>la note de %1</translation>
    </message>
    <message>
        <source>%1 needs 'providers', a 'note' or both</source>
        <translation>%1 demande « providers », une « note » ou les deux</translation>
    </message>
    <message>
        <source>%1 has no link to a precise page: give at least one reference (or a 'startWith' url) whose address goes beyond the site's home page (https://www.cnil.fr/fr/… rather than https://www.cnil.fr/)</source>
        <translation>%1 n'a aucun lien vers une page précise : donnez au moins une référence (ou une url de « startWith ») dont l'adresse va plus loin que la page d'accueil du site (https://www.cnil.fr/fr/… plutôt que https://www.cnil.fr/)</translation>
    </message>
<message>
        <source>'%1' of %2 must be a whole number from %3 to %4, written without quotes or units, not '%5'</source>
        <translation>« %1 » dans %2 doit être un nombre entier de %3 à %4, écrit sans guillemets ni unité, et non « %5 »</translation>
    </message>
    <message>
        <source>'to' of %1 (%2) is less than 'from' (%3): write the smaller number first</source>
        <translation>« to » dans %1 (%2) est plus petit que « from » (%3) : écrivez d'abord le plus petit nombre</translation>
    </message>
    <message>
        <source>'%1' of %2</source>
        <translation>« %1 » dans %2</translation>
    </message>
    <message>
        <source>%1: no tool is named; give at least one under 'free' or 'paid'</source>
        <translation>%1 : aucun outil n'est cité ; donnez-en au moins un sous « free » ou « paid »</translation>
    </message>
    <message>
        <source>the source of %1</source>
        <translation>la source de %1</translation>
    </message>
    <message>
        <source>%1 must be the web address it comes from (starting with https://) or the word 'estimate', not '%2'</source>
        <translation>%1 doit être l'adresse web d'où il vient (commençant par https://) ou le mot « estimate », et non « %2 »</translation>
    </message>
    <message>
        <source>the subSectors of %1</source>
        <translation>les subSectors de %1</translation>
    </message>
    <message>
        <source>'%1' in %2 is not a sector: use one of %3</source>
        <translation>« %1 » dans %2 n'est pas un secteur : utilisez l'un de %3</translation>
    </message>
    <message>
        <source>'%1' in %2 is not one of the use case's sectors: add it to 'sectors' or remove it here</source>
        <translation>« %1 » dans %2 n'est pas l'un des secteurs du cas d'usage : ajoutez-le à « sectors » ou retirez-le ici</translation>
    </message>
    <message>
        <source>the sub-sector '%1' of %2</source>
        <translation>le sous-secteur « %1 » de %2</translation>
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
        <source>'%1' in %2</source>
        <translation>« %1 » dans %2</translation>
    </message>
    <message>
        <source>'%1' in %2 needs at least one option</source>
        <translation>« %1 » dans %2 demande au moins une option</translation>
    </message>
    <message>
        <source>an option in %1</source>
        <translation>une option dans %1</translation>
    </message>
    <message>
        <source>'%1' in %2 needs at least one condition</source>
        <translation>« %1 » dans %2 demande au moins une condition</translation>
    </message>
    <message>
        <source>'%1' in %2 needs at least one value</source>
        <translation>« %1 » dans %2 demande au moins une valeur</translation>
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
        <source>%1 needs exactly one of 'in' or 'notIn' after 'profile'</source>
        <translation>%1 demande exactement un seul de « in » ou « notIn » après « profile »</translation>
    </message>
    <message>
        <source>%1 can only look at who the firm is: 'profile', 'sector' or 'size'</source>
        <translation>%1 ne peut regarder que le profil de l'entreprise : « profile », « sector » ou « size »</translation>
    </message>
    <message>
        <source>%1 can only look at earlier answers, not at a dimension's score</source>
        <translation>%1 ne peut regarder que les réponses précédentes, pas le score d'une dimension</translation>
    </message>
    <message>
        <source>the dimension in %1</source>
        <translation>la dimension dans %1</translation>
    </message>
    <message>
        <source>%1 must name a 'question'%2, 'profile', 'sector' or 'size', or combine conditions with 'all', 'any' or 'not'</source>
        <translation>%1 doit nommer « question »%2, « profile », « sector » ou « size », ou combiner des conditions avec « all », « any » ou « not »</translation>
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
        <source>%1 needs exactly one of 'in', 'notIn', 'scoreBelow' or 'dontKnow'</source>
        <translation>%1 demande exactement un seul de « in », « notIn », « scoreBelow » ou « dontKnow »</translation>
    </message>
    <message>
        <source>dontKnow can only be true here; use 'not' for the opposite</source>
        <translation>dontKnow ne peut valoir que true ici ; utilisez « not » pour l'inverse</translation>
    </message>
    <message>
        <source>%1 refers to an unknown dimension '%2'%3</source>
        <translation>%1 parle d'une dimension inconnue « %2 »%3</translation>
    </message>
    <message>
        <source>%1 refers to an unknown question '%2'%3</source>
        <translation>%1 parle d'une question inconnue « %2 »%3</translation>
    </message>
    <message>
        <source>%1 refers to the question '%2', which does not come before it; a question can only depend on earlier answers</source>
        <translation>%1 parle de la question « %2 », qui ne vient pas avant ; une question ne peut dépendre que des réponses précédentes</translation>
    </message>
    <message>
        <source>%1 tests 'dontKnow' on the question '%2', which does not allow "don't know"</source>
        <translation>%1 teste « dontKnow » sur la question « %2 », qui ne permet pas « je ne sais pas »</translation>
    </message>
    <message>
        <source>%1: 'row' only goes with 'in' or 'notIn'</source>
        <translation>%1 : « row » ne va qu'avec « in » ou « notIn »</translation>
    </message>
    <message>
        <source>%1: the question '%2' is a grid; say which 'row' to look at</source>
        <translation>%1 : la question « %2 » est une grille ; dites quelle ligne (« row ») regarder</translation>
    </message>
    <message>
        <source>%1 refers to an unknown row '%2' of the question '%3'</source>
        <translation>%1 parle d'une ligne inconnue « %2 » de la question « %3 »</translation>
    </message>
    <message>
        <source>%1: the question '%2' is not a grid and has no rows</source>
        <translation>%1 : la question « %2 » n'est pas une grille et n'a pas de lignes</translation>
    </message>
    <message>
        <source>%1 refers to an unknown option '%2' of the question '%3'%4</source>
        <translation>%1 parle d'une option inconnue « %2 » de la question « %3 »%4</translation>
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
        <translation>un nombre qui n'est pas fini</translation>
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
        <translation>le contenu s'arrête au milieu d'une valeur</translation>
    </message>
    <message>
        <source>%1, at byte %2 of the content</source>
        <translation>%1, à l'octet %2 du contenu</translation>
    </message>
    <message>
        <source>this is not compiled Phare content (it does not start with 'PhareCnt')</source>
        <translation>ce n'est pas du contenu Phare compilé (il ne commence pas par « PhareCnt »)</translation>
    </message>
    <message>
        <source>the compiled content is cut short: %1 bytes, less than its header (%2)</source>
        <translation>le contenu compilé est tronqué : %1 octets, moins que son en-tête (%2)</translation>
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
        <translation>le contenu compilé est tronqué : %1 octets sur %2</translation>
    </message>
    <message>
        <source>the compiled content has %1 unexpected bytes at its end</source>
        <translation>le contenu compilé a %1 octets en trop à la fin</translation>
    </message>
    <message>
        <source>the compiled content is damaged: its checksum does not match</source>
        <translation>le contenu compilé est abîmé : sa somme de contrôle ne correspond pas</translation>
    </message>
    <message>
        <source>the compiled content is damaged: %1</source>
        <translation>le contenu compilé est abîmé : %1</translation>
    </message>
    <message>
        <source>the compiled content is damaged: it ends at byte %1 of %2</source>
        <translation>le contenu compilé est abîmé : il s'arrête à l'octet %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Phare::ContentLoader</name>
    <message>
        <source>%1 looks at the firm profile, but the content has no profile (a file with 'kind: profile')</source>
        <translation>%1 regarde le profil de l'entreprise, mais le contenu n'a pas de profil (un fichier avec « kind: profile »)</translation>
    </message>
    <message>
        <source>%1 refers to an unknown profile question '%2'%3</source>
        <translation>%1 parle d'une question de profil inconnue « %2 »%3</translation>
    </message>
    <message>
        <source>%1 refers to an unknown option '%2' of the profile question '%3'%4</source>
        <translation>%1 parle d'une option inconnue « %2 » de la question de profil « %3 »%4</translation>
    </message>
    <message>
        <source>the showIf of the question '%1'</source>
        <translation>le showIf de la question « %1 »</translation>
    </message>
    <message>
        <source>the condition of the rule '%1'</source>
        <translation>la condition de la règle « %1 »</translation>
    </message>
    <message>
        <source>the 'given' of the rule '%1'</source>
        <translation>le « given » de la règle « %1 »</translation>
    </message>
    <message>
        <source>the rule '%1' points to an unknown action '%2'%3</source>
        <translation>la règle « %1 » mène à une action inconnue « %2 »%3</translation>
    </message>
    <message>
        <source>the action '%1'</source>
        <translation>l'action « %1 »</translation>
    </message>
    <message>
        <source>%1 cannot be its own prerequisite</source>
        <translation>%1 ne peut pas être son propre préalable</translation>
    </message>
    <message>
        <source>%1 needs an unknown action '%2' first%3</source>
        <translation>%1 demande d'abord une action inconnue « %2 »%3</translation>
    </message>
    <message>
        <source>%1 points to an unknown chapter '%2'%3</source>
        <translation>%1 mène à un chapitre inconnu « %2 »%3</translation>
    </message>
    <message>
        <source>%1 points to an unknown use case '%2'%3</source>
        <translation>%1 mène à un cas d'usage inconnu « %2 »%3</translation>
    </message>
    <message>
        <source>%1 points nowhere: give it 'chapters' or 'useCases'</source>
        <translation>%1 ne mène nulle part : donnez-lui « chapters » ou « useCases »</translation>
    </message>
    <message>
        <source>no rule points to %1: it can never be advised</source>
        <translation>aucune règle ne mène à %1 : elle ne peut jamais être conseillée</translation>
    </message>
    <message>
        <source>the use case '%1' refers to an unknown chapter '%2'%3</source>
        <translation>le cas d'usage « %1 » parle d'un chapitre inconnu « %2 »%3</translation>
    </message>
    <message>
        <source>the 'when' of the use case '%1'</source>
        <translation>le « when » du cas d'usage « %1 »</translation>
    </message>
    <message>
        <source>the use case '%1' refers to an unknown dimension '%2' (write THEME/DIMENSION, e.g. cybersecurity/backups)</source>
        <translation>le cas d'usage « %1 » parle d'une dimension inconnue « %2 » (écrivez THÈME/DIMENSION, par exemple cybersecurity/backups)</translation>
    </message>
    <message>
        <source>duplicate %1 id '%2': already used at %3:%4</source>
        <translation>identifiant de %1 « %2 » en double : déjà utilisé en %3:%4</translation>
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
        <translation>cas d'usage</translation>
    </message>
    <message>
        <source>a second profile: the content may have only one file with 'kind: profile' (the first is %1)</source>
        <translation>un second profil : le contenu ne peut avoir qu'un fichier avec « kind: profile » (le premier est %1)</translation>
    </message>
    <message>
        <source>the plan's settings are already given in %1: give them once</source>
        <translation>les réglages du plan sont déjà donnés dans %1 : donnez-les une seule fois</translation>
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
        <translation>les fichiers de contenu sont trop gros ensemble (%1 Mio ; %2 Mio au plus sont lus)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ce fichier ou dossier n'existe pas</translation>
    </message>
    <message>
        <source>the folder holds no .yaml file</source>
        <translation>le dossier ne contient aucun fichier .yaml</translation>
    </message>
    <message>
        <source>too many content files (%1; at most %2 are read)</source>
        <translation>trop de fichiers de contenu (%1 ; %2 au plus sont lus)</translation>
    </message>
    <message>
        <source>a second organisation: the content may have only one file with 'kind: organisation' (the first is %1)</source>
        <translation>une seconde organisation : le contenu ne peut avoir qu'un fichier avec « kind: organisation » (le premier est %1)</translation>
    </message>
    <message>
        <source>glossary term</source>
        <translation>terme du glossaire</translation>
    </message>
    <message>
        <source>the notApplicableIf of the question '%1'</source>
        <translation>le notApplicableIf de la question « %1 »</translation>
    </message>
    <message>
        <source>%1 names an unknown action '%2'%3</source>
        <translation>%1 cite une action inconnue « %2 »%3</translation>
    </message>
    <message>
        <source>%1 names an unknown use case '%2'%3</source>
        <translation>%1 cite un cas d'usage inconnu « %2 »%3</translation>
    </message>
    <message>
        <source>%1 names an unknown chapter '%2'%3</source>
        <translation>%1 cite un chapitre inconnu « %2 »%3</translation>
    </message>
    <message>
        <source>%1 names an unknown dimension '%2' (write THEME/DIMENSION, e.g. cybersecurity/backups)</source>
        <translation>%1 cite une dimension inconnue « %2 » (écrivez THÈME/DIMENSION, par exemple cybersecurity/backups)</translation>
    </message>
    <message>
        <source>the event '%1'</source>
        <translation>le rendez-vous « %1 »</translation>
    </message>
    <message>
        <source>the provider '%1'</source>
        <translation>le prestataire « %1 »</translation>
    </message>
    <message>
        <source>%1 covers an unknown area '%2' (areas are listed under 'areas' in a providers file)%3</source>
        <translation>%1 couvre un territoire inconnu « %2 » (les territoires sont listés sous « areas » dans un fichier de prestataires)%3</translation>
    </message>
    <message>
        <source>this is not a Phare content file: it must start with 'kind: questionnaire', 'kind: profile', 'kind: actions', 'kind: chapters', 'kind: use-cases', 'kind: organisation', 'kind: glossary', 'kind: events' or 'kind: providers'</source>
        <translation>ce n'est pas un fichier de contenu Phare : il doit commencer par « kind: questionnaire », « kind: profile », « kind: actions », « kind: chapters », « kind: use-cases », « kind: organisation », « kind: glossary », « kind: events » ou « kind: providers »</translation>
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
        <source>the chapter '%1' names the provider '%2' to call, but the content has no providers (a file with 'kind: providers')</source>
        <translation>le chapitre « %1 » nomme le prestataire « %2 » à appeler, mais le contenu n'a aucun prestataire (un fichier « kind: providers »)</translation>
    </message>
    <message>
        <source>the chapter '%1' names an unknown provider '%2' to call%3</source>
        <translation>le chapitre « %1 » nomme un prestataire inconnu « %2 » à appeler%3</translation>
    </message>
<message>
        <source>the sub-sector '%1' of the use case '%2'</source>
        <translation>le sous-secteur « %1 » du cas d'usage « %2 »</translation>
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
        <source>%1 %2 %3</source>
        <comment>day, month, year</comment>
        <translation>%1 %2 %3</translation>
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
        <source>'%1' is not a date placeholder: write {{deadline:YYYY-MM-DD}} or {{date:YYYY-MM-DD}}</source>
        <translation>« %1 » n'est pas un emplacement de date : écrivez {{deadline:AAAA-MM-JJ}} ou {{date:AAAA-MM-JJ}}</translation>
    </message>
    <message>
        <source>'%1' is not a real date</source>
        <translation>« %1 » n'est pas une vraie date</translation>
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
        <source>advisor's own action</source>
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
        <translation> ; plus suggérée par les réponses</translation>
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
        <translation>%1:%2:%3: %4 : %5</translation>
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
        <translation>faible (moins de 1 000 €)</translation>
    </message>
    <message>
        <source>medium (€1,000 to €10,000)</source>
        <comment>use case cost</comment>
        <translation>moyen (1 000 à 10 000 €)</translation>
    </message>
    <message>
        <source>high (over €10,000)</source>
        <comment>use case cost</comment>
        <translation>élevé (plus de 10 000 €)</translation>
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
        <translation>%1 €</translation>
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
        <comment>where a use case's gain comes from</comment>
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
        <translation>l'identifiant de %1</translation>
    </message>
    <message>
        <source>the %1 '%2'</source>
        <translation>le %1 « %2 »</translation>
    </message>
    <message>
        <source>%1 is empty: give at least one, or 'all'</source>
        <translation>%1 est vide : donnez-en au moins un, ou « all »</translation>
    </message>
    <message>
        <source>the actions of %1</source>
        <translation>les actions de %1</translation>
    </message>
    <message>
        <source>the use cases of %1</source>
        <translation>les cas d'usage de %1</translation>
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
        <translation>%1 sont vides : citez au moins une action, un cas d'usage, un chapitre ou une dimension qu'il aide à traiter</translation>
    </message>
    <message>
        <source>%1 is empty: name at least one action or use case</source>
        <translation>%1 est vide : citez au moins une action ou un cas d'usage</translation>
    </message>
    <message>
        <source>%1 must be a day and time written YYYY-MM-DD HH:MM, such as 2027-01-14 12:00, or a time HH:MM on the same day, not '%2'</source>
        <translation>%1 doit être un jour et une heure écrits AAAA-MM-JJ HH:MM, par exemple 2027-01-14 12:00, ou une heure HH:MM le même jour, et non « %2 »</translation>
    </message>
    <message>
        <source>%1 must be a day and time written YYYY-MM-DD HH:MM, such as 2027-01-14 09:00 (or a day alone, YYYY-MM-DD), not '%2'</source>
        <translation>%1 doit être un jour et une heure écrits AAAA-MM-JJ HH:MM, par exemple 2027-01-14 09:00 (ou un jour seul, AAAA-MM-JJ), et non « %2 »</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with https://, not '%2'</source>
        <translation>%1 doit être une adresse web commençant par https://, et non « %2 »</translation>
    </message>
    <message>
        <source>'sample' (made-up data)</source>
        <translation>« sample » (données d'exemple)</translation>
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
        <source>'online' in the place of %1</source>
        <translation>« online » dans le lieu de %1</translation>
    </message>
    <message>
        <source>the organiser of %1</source>
        <translation>l'organisateur de %1</translation>
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
        <translation>une taille d'entreprise de %1</translation>
    </message>
    <message>
        <source>the price of %1 must be 'free' or an amount in euros, such as 30, not '%2'</source>
        <translation>le prix de %1 doit être « free » ou un montant en euros, par exemple 30, et non « %2 »</translation>
    </message>
    <message>
        <source>'sample' of %1</source>
        <translation>« sample » de %1</translation>
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
        <source>'everywhere' of %1</source>
        <translation>« everywhere » de %1</translation>
    </message>
    <message>
        <source>%1 covers no place: give 'areas', 'towns' or 'everywhere: true'</source>
        <translation>%1 ne couvre aucun lieu : donnez « areas », « towns » ou « everywhere: true »</translation>
    </message>
    <message>
        <source>the contact of %1</source>
        <translation>le contact de %1</translation>
    </message>
    <message>
        <source>the web address of %1</source>
        <translation>l'adresse web de %1</translation>
    </message>
    <message>
        <source>the phone of %1</source>
        <translation>le téléphone de %1</translation>
    </message>
    <message>
        <source>the e-mail of %1</source>
        <translation>l'adresse e-mail de %1</translation>
    </message>
    <message>
        <source>the e-mail of %1 is not an e-mail address: '%2'</source>
        <translation>l'adresse e-mail de %1 n'en est pas une : « %2 »</translation>
    </message>
    <message>
        <source>%1 gives no way to reach them: give 'web', 'phone' or 'email'</source>
        <translation>%1 ne donne aucun moyen de contact : donnez « web », « phone » ou « email »</translation>
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
        <source>a language of %1 is written with its two-letter code, such as fr or en, not '%2'</source>
        <translation>une langue de %1 s'écrit avec son code de deux lettres, comme fr ou en, et non « %2 »</translation>
    </message>
    <message>
        <source>%1 is a public body and cannot be made-up sample data: give the real body, with its official site</source>
        <translation>%1 est un organisme public et ne peut pas être une donnée d'exemple inventée : donnez l'organisme réel, avec son site officiel</translation>
    </message>
</context>
<context>
    <name>Phare::NearYouText</name>
    <message>
        <source>%1:%2</source>
        <extracomment>a time of day: hours, then minutes (French: "9 h 30", with no-break spaces)</extracomment>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>between a place and "online"</extracomment>
        <translation> et </translation>
    </message>
    <message>
        <source>free</source>
        <extracomment>an event's price</extracomment>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>€%1</source>
        <extracomment>an event's price in euros</extracomment>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>member of the association</source>
        <translation>membre de l'association</translation>
    </message>
    <message>
        <source>chamber of commerce (CCI)</source>
        <translation>chambre de commerce et d'industrie</translation>
    </message>
    <message>
        <source>chamber of trades and crafts (CMA)</source>
        <translation>chambre de métiers et de l'artisanat</translation>
    </message>
    <message>
        <source>State programme</source>
        <translation>programme de l'État</translation>
    </message>
    <message>
        <source>free public service of ANSSI</source>
        <translation>service public gratuit de l'ANSSI</translation>
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
        <translation>Les prestataires sont listés par l'association, sans recommandation de sa part : comparez-en plusieurs avant de choisir. Les organismes publics sont proposés à côté des membres, et l'ordre des prestataires à égalité change d'une entreprise à l'autre.</translation>
    </message>
    <message>
        <source>These events and members are fictitious examples that come with Phare: your association replaces them with its own.</source>
        <translation>Ces rendez-vous et ces membres sont des exemples fictifs fournis avec Phare : votre association les remplace par les siens.</translation>
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
        <translation>l'identifiant de %1</translation>
    </message>
    <message>
        <source>%1 can have only one exclusive option ("none of these")</source>
        <translation>%1 ne peut avoir qu'une option exclusive (« aucune de ces réponses »)</translation>
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
        <translation>les options de %1 ont toutes le même score : rien à mesurer</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>the question '%1'</source>
        <translation>la question « %1 »</translation>
    </message>
    <message>
        <source>the type of %1</source>
        <translation>le type de %1</translation>
    </message>
    <message>
        <source>the help of %1</source>
        <translation>l'aide de %1</translation>
    </message>
    <message>
        <source>%1 has no help text saying why it matters</source>
        <translation>%1 n'a pas de texte d'aide qui dit pourquoi c'est important</translation>
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
        <source>%1 is a yes-no question: its answers are built in, remove 'options'</source>
        <translation>%1 est une question oui-non : ses réponses sont fournies, retirez « options »</translation>
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
        <source>only grid questions have 'rows'</source>
        <translation>seules les questions en grille ont des lignes (« rows »)</translation>
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
        <source>the levels' thresholds must go up from 0 to 100: %1 has max %2 after %3</source>
        <translation>les seuils des niveaux doivent monter de 0 à 100 : %1 a max %2 après %3</translation>
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
        <translation>l'identifiant du %1</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1</source>
        <translation>la version doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>the %1's description</source>
        <translation>la description du %1</translation>
    </message>
    <message>
        <source>the profile's question '%1' cannot be a grid: use a scale or a checklist</source>
        <translation>la question « %1 » du profil ne peut pas être une grille : utilisez une échelle ou une liste à cocher</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <source>the dimension '%1'</source>
        <translation>la dimension « %1 »</translation>
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
        <translation>%1 n'a pas de questions : une dimension en demande au moins une</translation>
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
        <translation>le questionnaire n'a pas de dimensions : il en faut au moins une</translation>
    </message>
    <message>
        <source>the showIf of the question '%1'</source>
        <translation>le showIf de la question « %1 »</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>the rule '%1'</source>
        <translation>la règle « %1 »</translation>
    </message>
    <message>
        <source>the condition of %1</source>
        <translation>la condition de %1</translation>
    </message>
    <message>
        <source>the 'given' of %1</source>
        <translation>le « given » de %1</translation>
    </message>
    <message>
        <source>the actions of %1</source>
        <translation>les actions de %1</translation>
    </message>
    <message>
        <source>%1 points nowhere: name at least one action</source>
        <translation>%1 ne mène nulle part : nommez au moins une action</translation>
    </message>
    <message>
        <source>the impact of %1</source>
        <translation>l'impact de %1</translation>
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
        <source>the profile's questions</source>
        <translation>les questions du profil</translation>
    </message>
    <message>
        <source>question %1 of the profile</source>
        <translation>question %1 du profil</translation>
    </message>
    <message>
        <source>the profile has no questions</source>
        <translation>le profil n'a pas de questions</translation>
    </message>
    <message>
        <source>'levels'</source>
        <comment>a key of the file, quoted</comment>
        <translation>« levels »</translation>
    </message>
    <message>
        <source>'dimensions'</source>
        <comment>a key of the file, quoted</comment>
        <translation>« dimensions »</translation>
    </message>
    <message>
        <source>'rules'</source>
        <comment>a key of the file, quoted</comment>
        <translation>« rules »</translation>
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
        <source>%1 needs at least two options with a score; 'score: null' leaves an option out of the score, so it cannot be the only one</source>
        <translation>%1 doit avoir au moins deux options avec un score ; « score: null » retire une option du score, elle ne peut donc pas être la seule</translation>
    </message>
    <message>
        <source>the dontKnow of %1</source>
        <translation>le dontKnow de %1</translation>
    </message>
    <message>
        <source>%1 says how "don't know" scores, but does not offer "don't know": add 'allowDontKnow: true' or remove 'dontKnow'</source>
        <translation>%1 dit comment compte « je ne sais pas », mais ne propose pas « je ne sais pas » : ajoutez « allowDontKnow: true » ou retirez « dontKnow »</translation>
    </message>
    <message>
        <source>the notApplicableIf of %1</source>
        <translation>le notApplicableIf de %1</translation>
    </message>
    <message>
        <source>%1 is pre-filled as "not applicable" (notApplicableIf), but does not offer "not applicable": add 'allowNotApplicable: true' or remove 'notApplicableIf'</source>
        <translation>%1 est prérempli « sans objet » (notApplicableIf), mais ne propose pas « sans objet » : ajoutez « allowNotApplicable: true » ou retirez « notApplicableIf »</translation>
    </message>
    <message>
        <source>the notApplicableIf of the question '%1'</source>
        <translation>le notApplicableIf de la question « %1 »</translation>
    </message>
    <message>
        <source>the questionnaire's dontKnow</source>
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
        <translation>effort d'environ %1 h (%2 points)</translation>
    </message>
    <message>
        <source>legal obligation already in force (%1 points)</source>
        <translation>obligation légale déjà en vigueur (%1 points)</translation>
    </message>
    <message>
        <source>legal obligation within a year (%1 points)</source>
        <translation>obligation légale dans moins d'un an (%1 points)</translation>
    </message>
    <message>
        <source>Rank %1, %2 out of 100: %3.</source>
        <translation>Rang %1, %2 sur 100 : %3.</translation>
    </message>
    <message>
        <source>Moved up to deal with the firm's weakest point.</source>
        <translation>Avancée pour traiter le point le plus faible de l'entreprise.</translation>
    </message>
    <message>
        <source>Placed after the action it needs.</source>
        <translation>Placée après l'action dont elle a besoin.</translation>
    </message>
    <message>
        <source>Rank %1: the framework's own order (rank %2 in its list).</source>
        <translation>Rang %1 : ordre fixé par le référentiel (rang %2 dans sa liste).</translation>
    </message>
</context>
<context>
    <name>Phare::Scorer</name>
    <message>
        <source>nothing ticked</source>
        <translation>rien de coché</translation>
    </message>
    <message>
        <source>Don't know</source>
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
        <source>the option '%1' no longer exists</source>
        <translation>l'option « %1 » n'existe plus</translation>
    </message>
    <message>
        <source>"none of these" is ticked together with other options</source>
        <translation>« aucune de ces réponses » est cochée avec d'autres options</translation>
    </message>
    <message>
        <source>the option '%1' of the row '%2' no longer exists</source>
        <translation>l'option « %1 » de la ligne « %2 » n'existe plus</translation>
    </message>
    <message>
        <source>the row '%1' no longer exists</source>
        <translation>la ligne « %1 » n'existe plus</translation>
    </message>
    <message>
        <source>no row is answered</source>
        <translation>aucune ligne n'a de réponse</translation>
    </message>
    <message>
        <source>answered against version %1 of the questionnaire, which is now at version %2; answers are matched by question</source>
        <translation>répondu sur la version %1 du questionnaire, qui est maintenant en version %2 ; les réponses sont reprises question par question</translation>
    </message>
    <message>
        <source>answer to a question the questionnaire no longer has; kept in the file</source>
        <translation>réponse à une question que le questionnaire n'a plus ; gardée dans le fichier</translation>
    </message>
    <message>
        <source>"don't know" is not allowed on this question; kept in the file</source>
        <translation>« je ne sais pas » n'est pas permis pour cette question ; gardé dans le fichier</translation>
    </message>
    <message>
        <source>"not applicable" is not allowed on this question; kept in the file</source>
        <translation>« sans objet » n'est pas permis pour cette question ; gardé dans le fichier</translation>
    </message>
    <message>
        <source>%1; kept in the file, the other rows count</source>
        <translation>%1 ; gardé dans le fichier, les autres lignes comptent</translation>
    </message>
    <message>
        <source>%1; the answer is kept in the file but not counted</source>
        <translation>%1 ; la réponse est gardée dans le fichier mais ne compte pas</translation>
    </message>
    <message>
        <source>answers to an unknown questionnaire '%1'; kept in the file</source>
        <translation>réponses à un questionnaire inconnu « %1 » ; gardées dans le fichier</translation>
    </message>
</context>
<context>
    <name>Phare::Typography</name>
    <message>
        <source>: </source>
        <comment>between a label and its value</comment>
        <translation> : </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a sentence</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation> ; </translation>
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
        <translation>un atelier réunit de 2 à %1 fichiers ; %2 donné(s)</translation>
    </message>
    <message>
        <source>the firm is "%1", not "%2"</source>
        <translation>l'entreprise est « %1 », pas « %2 »</translation>
    </message>
    <message>
        <source>the sector is "%1", not "%2"</source>
        <translation>le secteur est « %1 », pas « %2 »</translation>
    </message>
    <message>
        <source>%1 (merged all the same: --force)</source>
        <translation>%1 (réunis quand même : --force)</translation>
    </message>
    <message>
        <source>%1 (as in %2): these may not be the same firm; if they are, confirm with --force</source>
        <translation>%1 (comme dans %2) : ce n'est peut-être pas la même entreprise ; si c'est bien elle, confirmez avec --force</translation>
    </message>
    <message>
        <source>version %1 in %2</source>
        <translation>version %1 dans %2</translation>
    </message>
    <message>
        <source>the questionnaire "%1" was answered in different versions (%2): it is left out of the workshop</source>
        <translation>le questionnaire « %1 » a été rempli dans des versions différentes (%2) : il est laissé hors de l'atelier</translation>
    </message>
    <message>
        <source>no questionnaire was answered in the same version in every file: nothing to merge</source>
        <translation>aucun questionnaire n'a été rempli dans la même version dans tous les fichiers : rien à réunir</translation>
    </message>
    <message>
        <source>merged: %1; left out: %2</source>
        <translation>réunis : %1 ; laissés de côté : %2</translation>
    </message>
    <message>
        <source>a workshop has at most %1 respondents; these files hold %2</source>
        <translation>un atelier compte au plus %1 participants ; ces fichiers en contiennent %2</translation>
    </message>
</context>
<context>
    <name>Phare::YamlParser</name>
    <message>
        <source>the file is not valid YAML (%1)</source>
        <translation>le fichier n'est pas du YAML valable (%1)</translation>
    </message>
    <message>
        <source>aliases ('*name') are not allowed: write the text out in full</source>
        <translation>les alias (« *nom ») sont interdits : écrivez le texte en entier</translation>
    </message>
    <message>
        <source>the file has too many entries (more than %1)</source>
        <translation>le fichier a trop d'entrées (plus de %1)</translation>
    </message>
    <message>
        <source>too many problems: only the first %1 are listed</source>
        <translation>trop de problèmes : seuls les %1 premiers sont listés</translation>
    </message>
    <message>
        <source>anchors ('&amp;name') are not allowed: write the text out in full</source>
        <translation>les ancres (« &amp;nom ») sont interdites : écrivez le texte en entier</translation>
    </message>
    <message>
        <source>tags such as '%1' are not allowed: remove it</source>
        <translation>les étiquettes comme « %1 » sont interdites : retirez-la</translation>
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
        <source>duplicate key '%1': it already appears in this mapping</source>
        <translation>clé « %1 » en double : elle figure déjà à ce niveau</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most %2 are read)</source>
        <translation>le fichier est trop gros (%1 octets ; %2 au plus sont lus)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>le fichier n'est pas du texte UTF-8 ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file contains a NUL character; it is not a text file</source>
        <translation>le fichier contient un caractère NUL ; ce n'est pas un fichier texte</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document ('---'); keep only the first</source>
        <translation>le fichier contient plus d'un document YAML (« --- ») ; ne gardez que le premier</translation>
    </message>
    <message>
        <source>the file nests lists and mappings too deeply</source>
        <translation>le fichier imbrique trop profondément les listes et les blocs</translation>
    </message>
    <message>
        <source>the file could not be read as YAML (%1)</source>
        <translation>le fichier n'a pas pu être lu comme du YAML (%1)</translation>
    </message>
    <message>
        <source>the file has nothing Phare can read: expected 'key: value' lines</source>
        <translation>le fichier ne contient rien que Phare sache lire : des lignes « clé: valeur » sont attendues</translation>
    </message>
    <message>
        <source>cannot open the file: it is not a regular file (a folder, a pipe or a device); Phare only reads files</source>
        <translation>impossible d'ouvrir le fichier : ce n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) ; Phare ne lit que des fichiers</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d'ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>a mapping is not closed: check the indentation and the '}' of inline mappings</source>
        <translation>un bloc de clés n'est pas fermé : vérifiez le retrait et les « } » des blocs écrits sur une ligne</translation>
    </message>
    <message>
        <source>an inline mapping '{' is not closed with '}'</source>
        <translation>une « { » n'est pas refermée par une « } »</translation>
    </message>
    <message>
        <source>a list is not closed: check the indentation and the ']' of inline lists</source>
        <translation>une liste n'est pas fermée : vérifiez le retrait et les « ] » des listes écrites sur une ligne</translation>
    </message>
    <message>
        <source>an inline list '[' is not closed with ']'</source>
        <translation>un « [ » n'est pas refermé par un « ] »</translation>
    </message>
    <message>
        <source>a ':' is in the wrong place; put text that contains ': ' between quotes</source>
        <translation>un « : » est mal placé ; mettez entre guillemets un texte qui contient « :  »</translation>
    </message>
    <message>
        <source>a '?' key is in the wrong place; put text that starts with '?' between quotes</source>
        <translation>une clé « ? » est mal placée ; mettez entre guillemets un texte qui commence par « ? »</translation>
    </message>
    <message>
        <source>the file ends inside a text: a quote is probably not closed</source>
        <translation>le fichier se termine au milieu d'un texte : un guillemet n'est sans doute pas refermé</translation>
    </message>
    <message>
        <source>a text holds a character that is not allowed there; put the text between quotes</source>
        <translation>un texte contient un caractère interdit à cet endroit ; mettez le texte entre guillemets</translation>
    </message>
    <message>
        <source>unexpected character; put text that starts with a special character between quotes</source>
        <translation>caractère inattendu ; mettez entre guillemets un texte qui commence par un caractère spécial</translation>
    </message>
    <message>
        <source>unknown escape sequence after '\' in a double-quoted text</source>
        <translation>séquence inconnue après « \ » dans un texte entre guillemets doubles</translation>
    </message>
    <message>
        <source>a '\x', '\u' or '\U' escape in a double-quoted text is not followed by hexadecimal digits</source>
        <translation>dans un texte entre guillemets doubles, « \x », « \u » ou « \U » n'est pas suivi de chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>a '\u' or '\U' escape in a double-quoted text names no character</source>
        <translation>dans un texte entre guillemets doubles, « \u » ou « \U » ne désigne aucun caractère</translation>
    </message>
    <message>
        <source>tabs cannot indent YAML: use spaces</source>
        <translation>le YAML ne se met pas en retrait avec des tabulations : utilisez des espaces</translation>
    </message>
    <message>
        <source>invalid character after '&amp;' or '*'</source>
        <translation>caractère non valable après « &amp; » ou « * »</translation>
    </message>
    <message>
        <source>a '&amp;' is not followed by a name; put text that starts with '&amp;' between quotes</source>
        <translation>un « &amp; » n'est suivi d'aucun nom ; mettez entre guillemets un texte qui commence par « &amp; »</translation>
    </message>
    <message>
        <source>a '*' is not followed by a name; put text that starts with '*' between quotes</source>
        <translation>un « * » n'est suivi d'aucun nom ; mettez entre guillemets un texte qui commence par « * »</translation>
    </message>
    <message>
        <source>tags ('!name') are not allowed: remove them</source>
        <translation>les étiquettes (« !nom ») sont interdites : retirez-les</translation>
    </message>
    <message>
        <source>invalid '%TAG' directive</source>
        <translation>directive « %TAG » non valable</translation>
    </message>
    <message>
        <source>the '%TAG' directive appears twice</source>
        <translation>la directive « %TAG » figure deux fois</translation>
    </message>
    <message>
        <source>invalid '%YAML' directive</source>
        <translation>directive « %YAML » non valable</translation>
    </message>
    <message>
        <source>the '%YAML' directive gives a version that is not 1.x</source>
        <translation>la directive « %YAML » donne une version autre que 1.x</translation>
    </message>
    <message>
        <source>the '%YAML' directive appears twice</source>
        <translation>la directive « %YAML » figure deux fois</translation>
    </message>
    <message>
        <source>a list item '- ' is in the wrong place: check the indentation</source>
        <translation>un élément de liste « -  » est mal placé : vérifiez le retrait</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>texte inattendu après la fin du document</translation>
    </message>
    <message>
        <source>a ']' or '}' closes nothing</source>
        <translation>un « ] » ou une « } » ne ferme rien</translation>
    </message>
    <message>
        <source>a text is not closed: check its quotes</source>
        <translation>un texte n'est pas fermé : vérifiez ses guillemets</translation>
    </message>
    <message>
        <source>'---' or '...' at the start of a line inside a text: indent it or quote the text</source>
        <translation>« --- » ou « ... » en début de ligne à l'intérieur d'un texte : mettez-le en retrait ou le texte entre guillemets</translation>
    </message>
    <message>
        <source>a '|' or '&gt;' text cannot have an indentation of 0</source>
        <translation>un texte « | » ou « &gt; » ne peut pas avoir un retrait de 0</translation>
    </message>
    <message>
        <source>unexpected character after '|' or '&gt;': start the text on the next line</source>
        <translation>caractère inattendu après « | » ou « &gt; » : commencez le texte à la ligne suivante</translation>
    </message>
    <message>
        <source>the indentation is wrong: align items of the same list or mapping</source>
        <translation>le retrait est faux : alignez les éléments d'une même liste ou d'un même bloc</translation>
    </message>
    <message>
        <source>a key is missing or the indentation is wrong</source>
        <translation>une clé manque ou le retrait est faux</translation>
    </message>
</context>
<context>
    <name>Phare::YamlSchema</name>
    <message>
        <source>; did you mean '%1'?</source>
        <translation> ; vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <source>the %1 '%2'</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>%1 must be a mapping of 'key: value' lines</source>
        <translation>%1 doit être une suite de lignes « clé: valeur »</translation>
    </message>
    <message>
        <source>%1 must be a list ('- ' items or [a, b])</source>
        <translation>%1 doit être une liste (lignes « - » ou [a, b])</translation>
    </message>
    <message>
        <source>%1 has too many items (%2; at most %3)</source>
        <translation>%1 a trop d'éléments (%2 ; %3 au plus)</translation>
    </message>
    <message>
        <source>unknown key '%1' in %2%3</source>
        <translation>clé inconnue « %1 » dans %2%3</translation>
    </message>
    <message>
        <source>%1 is missing the key '%2'</source>
        <translation>il manque la clé « %2 » dans %1</translation>
    </message>
    <message>
        <source>%1 must be a text</source>
        <translation>%1 doit être un texte</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3)</source>
        <translation>%1 est trop long (%2 caractères ; %3 au plus)</translation>
    </message>
    <message>
        <source>%1 must be a number, not '%2'</source>
        <translation>%1 doit être un nombre, pas « %2 »</translation>
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
        <source>%1 cannot be '%2': use one of %3%4</source>
        <translation>%1 ne peut pas valoir « %2 » : choisissez parmi %3%4</translation>
    </message>
    <message>
        <source>%1 must give the text in each language, as {fr: "…", en: "…"}</source>
        <translation>%1 doit donner le texte dans chaque langue, comme {fr: "…", en: "…"}</translation>
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
        <translation>%1 n'a pas de texte français</translation>
    </message>
    <message>
        <source>%1 has no English text</source>
        <translation>%1 n'a pas de texte anglais</translation>
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
        <source>duplicate %1 id '%2': each must be different</source>
        <translation>identifiant de %1 « %2 » en double : chacun doit être différent</translation>
    </message>
    <message>
        <source>'%1'</source>
        <comment>a word quoted in a list</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 must be a text, or the text in each language as {fr: "…", en: "…"}</source>
        <translation>%1 doit être un texte, ou le texte dans chaque langue, comme {fr: "…", en: "…"}</translation>
    </message>
    <message>
        <source>%1 must be a text, not '%2': put it in quotes if it is one</source>
        <translation>%1 doit être un texte, pas « %2 » : mettez-le entre guillemets si c'en est un</translation>
    </message>
    <message>
        <source>the weight of %1 must be more than 0; to leave it out of the score, write 'scored: false'</source>
        <translation>le poids de %1 doit être supérieur à 0 ; pour le sortir du score, écrivez « scored: false »</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; an id has at most %3)</source>
        <translation>%1 est trop long (%2 caractères ; un identifiant en a %3 au plus)</translation>
    </message>
    <message>
        <source>%1 '%2' is not a valid id: use lower-case letters, digits and '-' (at most %3 characters)</source>
        <translation>%1 « %2 » n'est pas un identifiant valable : utilisez des minuscules, des chiffres et « - » (%3 caractères au plus)</translation>
    </message>
</context>
</TS>