<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="fr_FR">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="51"/>
        <source>Réponse de %1 (%2 mois)</source>
        <translation>Answer from %1 (%2 months)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="59"/>
        <source>Sans réponse</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="60"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="61"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="65"/>
        <source>(non précisée)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="85"/>
        <source>(sans réponse)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="98"/>
        <source>Envoyé le :</source>
        <translation>Sent on:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="99"/>
        <source>Répondu le :</source>
        <translation>Answered on:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="100"/>
        <source>Partenariat obtenu :</source>
        <translation>Partnership obtained:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="101"/>
        <source>Entreprise :</source>
        <translation>Company:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="102"/>
        <source>Catégorie :</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="103"/>
        <source>Montant :</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="104"/>
        <source>Emplois créés :</source>
        <translation>Jobs created:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="105"/>
        <source>Emplois consolidés :</source>
        <translation>Jobs secured:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="106"/>
        <source>Satisfaction :</source>
        <translation>Satisfaction:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="107"/>
        <source>Commentaire :</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="115"/>
        <source>Aucun volet suivi par l&apos;association dans ce programme.</source>
        <translation>The association follows no strand in this programme.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="192"/>
        <source>l&apos;entreprise indiquée</source>
        <translation>the company given</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="194"/>
        <source>La réponse indique un partenariat obtenu avec %1.
Créer le partenariat (ou mettre à jour celui qui existe déjà) ?</source>
        <translation>The answer reports a partnership obtained with %1.
Create the partnership (or update the existing one)?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_dialog.py" line="198"/>
        <source>Créer le partenariat ?</source>
        <translation>Create the partnership?</translation>
    </message>
</context>
<context>
    <name>AnswerImportDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="57"/>
        <source>Prête</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="58"/>
        <source>Déjà importée</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="59"/>
        <source>Déjà répondu</source>
        <translation>Already answered</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="60"/>
        <source>Refusée</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="84"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="85"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="86"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="87"/>
        <source>Vague</source>
        <translation>Wave</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="88"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="89"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="90"/>
        <source>Partenariat</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="212"/>
        <source>Importer des réponses</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="223"/>
        <source>Cochez « Partenariat » pour créer le partenariat que l&apos;association déclare (ou mettre à jour celui qu&apos;elle a déjà avec cette entreprise).</source>
        <translation>Tick “Partnership” to create the partnership the association reports (or update the one it already has with this company).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="232"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="236"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="265"/>
        <source>%1 fichier lu</source>
        <translation>%1 file read</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="265"/>
        <source>%1 fichiers lus</source>
        <translation>%1 files read</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="267"/>
        <source>%1 : aucune réponse à importer.</source>
        <translation>%1: no answer to import.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="270"/>
        <source>%1 réponse prête à importer</source>
        <translation>%1 answer ready to import</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="271"/>
        <source>%1 réponses prêtes à importer</source>
        <translation>%1 answers ready to import</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="276"/>
        <source>%1 laissé de côté</source>
        <translation>%1 left aside</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="276"/>
        <source>%1 laissés de côté</source>
        <translation>%1 left aside</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="299"/>
        <source>Réponses importées</source>
        <translation>Answers imported</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="304"/>
        <source>%1 réponse enregistrée</source>
        <translation>%1 answer saved</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="305"/>
        <source>%1 réponses enregistrées</source>
        <translation>%1 answers saved</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="312"/>
        <source>%1 fichier laissé de côté : rien n&apos;en est enregistré.</source>
        <translation>%1 file left aside: nothing from it is saved.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="313"/>
        <source>%1 fichiers laissés de côté : rien n&apos;en est enregistré.</source>
        <translation>%1 files left aside: nothing from them is saved.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="320"/>
        <source>%1 partenariat créé.</source>
        <translation>%1 partnership created.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="321"/>
        <source>%1 partenariats créés.</source>
        <translation>%1 partnerships created.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="328"/>
        <source>%1 partenariat mis à jour.</source>
        <translation>%1 partnership updated.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="329"/>
        <source>%1 partenariats mis à jour.</source>
        <translation>%1 partnerships updated.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="344"/>
        <source>Formulaires remplis</source>
        <translation>Filled-in forms</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/answer_import_dialog.py" line="346"/>
        <source>Formulaires PDF (*.pdf)</source>
        <translation>PDF forms (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AssociationPage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="65"/>
        <source>ex. W591012345</source>
        <translation>e.g. W591012345</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="66"/>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="76"/>
        <source>Déjà accompagnée individuellement par un DLA</source>
        <translation>Already supported individually by a DLA</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="83"/>
        <source>ex. 03 20 00 00 00</source>
        <translation>e.g. 03 20 00 00 00</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="88"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="vanished">Last name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation type="vanished">First name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="vanished">Role</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="vanished">E-mail</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="vanished">Phone</translation>
    </message>
    <message>
        <source>Entreprise</source>
        <translation type="vanished">Company</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation type="vanished">Title</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="vanished">Category</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation type="vanished">Amount</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="vanished">Contacts</translation>
    </message>
    <message>
        <source>Partenariats</source>
        <translation type="vanished">Partnerships</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation type="vanished">Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="95"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="101"/>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="110"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="112"/>
        <source>Nom* :</source>
        <translation>Name*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="113"/>
        <source>Secteur :</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="114"/>
        <source>Activité :</source>
        <translation>Activity:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="115"/>
        <source>Numéro RNA :</source>
        <translation>RNA number:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="116"/>
        <source>SIRET :</source>
        <translation>SIRET:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="117"/>
        <source>Emplois :</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="118"/>
        <source>ETP :</source>
        <translation>FTE:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="119"/>
        <source>DLA antérieur :</source>
        <translation>Earlier DLA:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="124"/>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="126"/>
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="127"/>
        <source>Code postal :</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="128"/>
        <source>Commune :</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="129"/>
        <source>Courriel :</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="130"/>
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="135"/>
        <source>Accompagnement</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="137"/>
        <source>Attentes :</source>
        <translation>Expectations:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="138"/>
        <source>Notes :</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation type="vanished">Unsaved changes</translation>
    </message>
    <message>
        <source>La fiche « %1 » a été modifiée. Enregistrer les modifications ?</source>
        <translation type="vanished">The record “%1” was changed. Save the changes?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="181"/>
        <source>Nouvelle association</source>
        <translation>New association</translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation type="vanished">Don&apos;t save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation type="vanished">Cannot save</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="vanished">Contacts (%1)</translation>
    </message>
    <message>
        <source>Partenariats (%1)</source>
        <translation type="vanished">Partnerships (%1)</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <location filename="../../dla_desktop/ui/attendance_model.py" line="57"/>
        <source>½ journée</source>
        <translation>½ day</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/attendance_model.py" line="58"/>
        <source>Journée</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/attendance_model.py" line="59"/>
        <source>Entretien</source>
        <translation>One-to-one</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/attendance_model.py" line="60"/>
        <source>Comité</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/attendance_model.py" line="245"/>
        <source>non concernée par cette séance</source>
        <translation>not involved in this session</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/attendance_model.py" line="249"/>
        <source>non renseigné</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/attendance_model.py" line="273"/>
        <source>taux de présence : %1</source>
        <translation>attendance rate: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="70"/>
        <source>Nouvelle séance…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="71"/>
        <source>Modifier la séance…</source>
        <translation>Edit session…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="73"/>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="332"/>
        <source>Supprimer la séance</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="76"/>
        <source>Feuille d&apos;émargement (PDF)…</source>
        <translation>Attendance sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="79"/>
        <source>La feuille à faire signer à la séance choisie (cliquez sur sa date).</source>
        <translation>The sheet to have signed at the chosen session (click its date).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="86"/>
        <source>Volet :</source>
        <translation>Strand:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="101"/>
        <source>✓ Présent · ✗ Absent · E Excusé · gris : non concernée par la séance  —  Espace : changer la présence (aussi pour une sélection) · Suppr : effacer · double-clic sur une date : modifier la séance</source>
        <translation>✓ Present · ✗ Absent · E Excused · grey: not involved in the session  —  Space: change attendance (also for a selection) · Del: clear · double-click a date: edit the session</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="160"/>
        <source>Tous les volets</source>
        <translation>All strands</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="170"/>
        <source>%1 séance(s) · %2 association(s) inscrite(s) · taux de présence : %3</source>
        <translation>%1 session(s) · %2 enrolled association(s) · attendance rate: %3</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="179"/>
        <source>Aucune association inscrite à ce programme.</source>
        <translation>No association is enrolled in this programme.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="181"/>
        <source>Aucune séance : ajoutez-en une avec « Nouvelle séance… ».</source>
        <translation>No session yet: add one with “New session…”.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="259"/>
        <source>Présence refusée</source>
        <translation>Attendance not recorded</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="317"/>
        <source>Feuille d&apos;émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/attendance_tab.py" line="333"/>
        <source>Supprimer la séance du %1 et les présences qui y sont enregistrées ?</source>
        <translation>Delete the session of %1 and the attendance recorded for it?</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message numerus="yes">
        <location filename="../../dla_desktop/ui/widgets/partnership_board.py" line="272"/>
        <source>%n partenariat(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/partnership_board.py" line="272"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/partnership_board.py" line="274"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="128"/>
        <source>Par volet</source>
        <translation>By strand</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="129"/>
        <source>Par association</source>
        <translation>By association</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="138"/>
        <source>Chiffres clés</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="142"/>
        <source>Budget global :</source>
        <translation>Overall budget:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="143"/>
        <source>Financé :</source>
        <translation>Funded:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="144"/>
        <source>Reste à financer :</source>
        <translation>Still to be funded:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="145"/>
        <source>Par association :</source>
        <translation>Per association:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="146"/>
        <source>Coûts prévus :</source>
        <translation>Planned costs:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="147"/>
        <source>Coûts réalisés :</source>
        <translation>Actual costs:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="160"/>
        <source>Le budget global se modifie dans l&apos;onglet Général.</source>
        <translation>The overall budget is edited in the General tab.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="165"/>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="182"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="166"/>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="183"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="167"/>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="184"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="171"/>
        <source>Synthèse (PDF)…</source>
        <translation>Summary (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="173"/>
        <source>Ce que l&apos;argent du financeur choisi a permis, sur tous ses programmes.</source>
        <translation>What the chosen funder&apos;s money achieved, across all its programmes.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="178"/>
        <source>Financeurs</source>
        <translation>Funders</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="188"/>
        <source>Lignes de coût</source>
        <translation>Cost lines</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="229"/>
        <source>Supprimer le financement</source>
        <translation>Delete funding</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="230"/>
        <source>Supprimer le financement de « %1 » (%2) ?</source>
        <translation>Delete the funding from “%1” (%2)?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="247"/>
        <source>Synthèse financeur</source>
        <translation>Funder summary</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="268"/>
        <source>Supprimer la ligne de coût</source>
        <translation>Delete cost line</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="269"/>
        <source>Supprimer la ligne « %1 » ?</source>
        <translation>Delete the line “%1”?</translation>
    </message>
</context>
<context>
    <name>CabinetPage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="51"/>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="53"/>
        <source>ex. 850,00</source>
        <translation>e.g. 850,00</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="58"/>
        <source>ex. 03 20 00 00 00</source>
        <translation>e.g. 03 20 00 00 00</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="62"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="67"/>
        <source>Volets menés</source>
        <translation>Strands delivered</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="75"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="77"/>
        <source>Nom* :</source>
        <translation>Name*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="78"/>
        <source>SIRET :</source>
        <translation>SIRET:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="79"/>
        <source>Spécialité :</source>
        <translation>Specialty:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="80"/>
        <source>Prix de journée (€) :</source>
        <translation>Day rate (€):</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="85"/>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="87"/>
        <source>Commune :</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="88"/>
        <source>Courriel :</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="89"/>
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="94"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="94"/>
        <source>Notes :</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="132"/>
        <source>Nouveau cabinet</source>
        <translation>New consultancy</translation>
    </message>
</context>
<context>
    <name>ChooseDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/choose_dialog.py" line="36"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/choose_dialog.py" line="37"/>
        <source>Inscrire</source>
        <translation>Enrol</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="35"/>
        <source>9 chiffres</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="36"/>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="45"/>
        <source>L&apos;entreprise a un CSE</source>
        <translation>The company has a works council</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="47"/>
        <source>Intéressée par la RSE et le mécénat</source>
        <translation>Interested in CSR and sponsorship</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="52"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="59"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="61"/>
        <source>Nom* :</source>
        <translation>Name*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="62"/>
        <source>SIREN :</source>
        <translation>SIREN:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="63"/>
        <source>SIRET :</source>
        <translation>SIRET:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="64"/>
        <source>Taille :</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="65"/>
        <source>Secteur :</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="70"/>
        <source>Implantation et engagement</source>
        <translation>Location and commitment</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="72"/>
        <source>Code postal :</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="73"/>
        <source>Commune :</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="74"/>
        <source>CSE :</source>
        <translation>Works council:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="75"/>
        <source>RSE :</source>
        <translation>CSR:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="80"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="80"/>
        <source>Notes :</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/company_page.py" line="113"/>
        <source>Nouvelle entreprise</source>
        <translation>New company</translation>
    </message>
</context>
<context>
    <name>ConflictDetail</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="168"/>
        <source>Tout garder (ma version)</source>
        <translation>Keep all (my version)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="170"/>
        <source>Tout prendre (leur version)</source>
        <translation>Take all (their version)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="186"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="186"/>
        <source>Ma valeur</source>
        <translation>My value</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="186"/>
        <source>Leur valeur</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="186"/>
        <source>Choix</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="234"/>
        <source>Modifié des deux côtés : pour chaque champ, choisissez la valeur à garder (en vert) ; l&apos;autre reste dans l&apos;historique de la fiche.</source>
        <translation>Changed on both sides: for each field, choose the value to keep (in green); the other one stays in the record&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="244"/>
        <source>l&apos;autre bureau</source>
        <translation>the other office</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="248"/>
        <source>{office} l&apos;a modifiée depuis ({fields}).</source>
        <translation>{office} has changed it since ({fields}).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="250"/>
        <source>{office} l&apos;a modifiée depuis.</source>
        <translation>{office} has changed it since.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="254"/>
        <source>Cette fiche a été supprimée ici, mais</source>
        <translation>This record was deleted here, but</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="257"/>
        <source>Leurs modifications sont reprises dans tous les cas : choisissez si la fiche reste supprimée ou si elle est restaurée.</source>
        <translation>Their changes are taken in any case: choose whether the record stays deleted or is restored.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="263"/>
        <source>elle a été modifiée ici depuis ({fields}).</source>
        <translation>it has been changed here since ({fields}).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="265"/>
        <source>elle a été modifiée ici depuis.</source>
        <translation>it has been changed here since.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="269"/>
        <source>{office} a supprimé cette fiche, mais</source>
        <translation>{office} deleted this record, but</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="272"/>
        <source>Vos modifications sont gardées dans tous les cas : choisissez si la fiche est supprimée ici aussi ou si elle est gardée.</source>
        <translation>Your changes are kept in any case: choose whether the record is deleted here too or kept.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="294"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="301"/>
        <source>bureau inconnu</source>
        <translation>unknown office</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="314"/>
        <source>La plus récente</source>
        <translation>Most recent</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="316"/>
        <source>À choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="319"/>
        <source>Garder la mienne</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="320"/>
        <source>Prendre la leur</source>
        <translation>Take theirs</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="81"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="81"/>
        <source>Choix</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="100"/>
        <source>Pour les conflits sans choix :</source>
        <translation>For conflicts with no choice:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="110"/>
        <source>Pour chaque champ, la valeur modifiée en dernier. Ce que la date ne départage pas ici (une suppression) est réglé de même au moment de la fusion.</source>
        <translation>For each field, the value changed last. What the date cannot settle here (a deletion) is settled the same way when merging.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="133"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="135"/>
        <source>Selon la date</source>
        <translation>By date</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_conflicts.py" line="137"/>
        <source>À choisir</source>
        <translation>To choose</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="46"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="51"/>
        <source>ex. nom@example.org</source>
        <translation>e.g. name@example.org</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="52"/>
        <source>ex. 03 20 00 00 00</source>
        <translation>e.g. 03 20 00 00 00</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="53"/>
        <source>Nom* :</source>
        <translation>Name*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="54"/>
        <source>Prénom :</source>
        <translation>First name:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="55"/>
        <source>Fonction :</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="56"/>
        <source>Courriel :</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="57"/>
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="68"/>
        <source>Historique…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="70"/>
        <source>Effacer (RGPD)…</source>
        <translation>Erase (GDPR)…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="72"/>
        <source>Effacer définitivement cette personne à sa demande (droit à l&apos;effacement)</source>
        <translation>Permanently erase this person at their request (right to erasure)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="88"/>
        <source>Historique de « %1 »</source>
        <translation>History of “%1”</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="112"/>
        <source>Effacer le contact</source>
        <translation>Erase the contact</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="113"/>
        <source>Effacer définitivement « %1 » ?</source>
        <translation>Permanently erase “%1”?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="118"/>
        <source>Le nom, le prénom, la fonction, le courriel et le téléphone de cette personne seront effacés pour de bon, y compris de l&apos;historique des modifications. Aucune fusion avec le fichier d&apos;un autre bureau ne les fera revenir. Cette opération ne peut pas être annulée.</source>
        <translation>This person&apos;s name, first name, role, e-mail and phone will be erased for good, including from the change history. No merge with another office&apos;s file will bring them back. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="125"/>
        <source>Effacer définitivement</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="127"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="173"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="174"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="176"/>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="209"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="208"/>
        <source>Retirer « %1 » des contacts ?</source>
        <translation>Remove “%1” from the contacts?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="209"/>
        <source>Retirer le contact</source>
        <translation>Remove contact</translation>
    </message>
</context>
<context>
    <name>CostLineDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/cost_line_dialog.py" line="30"/>
        <source>Nouvelle ligne de coût</source>
        <translation>New cost line</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/cost_line_dialog.py" line="30"/>
        <source>Ligne de coût</source>
        <translation>Cost line</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/cost_line_dialog.py" line="39"/>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/cost_line_dialog.py" line="40"/>
        <source>Libellé* :</source>
        <translation>Label*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/cost_line_dialog.py" line="41"/>
        <source>Volet :</source>
        <translation>Strand:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/cost_line_dialog.py" line="42"/>
        <source>Cabinet :</source>
        <translation>Consultancy:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/cost_line_dialog.py" line="43"/>
        <source>Montant prévu :</source>
        <translation>Planned amount:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/cost_line_dialog.py" line="44"/>
        <source>Montant réalisé :</source>
        <translation>Actual amount:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/cost_line_dialog.py" line="57"/>
        <source>(tout le programme)</source>
        <translation>(whole programme)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/cost_line_dialog.py" line="60"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="91"/>
        <source>Rien à afficher pour l&apos;instant. Créez un programme et inscrivez-y des associations, ou ouvrez la base de démonstration : les chiffres clés et les graphiques apparaîtront ici.</source>
        <translation>Nothing to show yet. Create a programme and enrol associations in it, or open the demonstration database: the key figures and charts will appear here.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="116"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="117"/>
        <source>Associations accompagnées</source>
        <translation>Associations supported</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="118"/>
        <source>Emplois concernés (salariés)</source>
        <translation>Jobs involved (employees)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="119"/>
        <source>Budget total des programmes</source>
        <translation>Total programme budget</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="120"/>
        <source>Partenariats obtenus</source>
        <translation>Partnerships obtained</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="126"/>
        <source>Partenariats obtenus par catégorie</source>
        <translation>Partnerships obtained by category</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="127"/>
        <source>Partenariats obtenus par année</source>
        <translation>Partnerships obtained by year</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="129"/>
        <source>Budget par programme (milliers d&apos;euros)</source>
        <translation>Budget per programme (thousands of euros)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="135"/>
        <source>Associations par programme</source>
        <translation>Associations per programme</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="139"/>
        <source>Cliquez sur une barre pour ouvrir le programme.</source>
        <translation>Click a bar to open the programme.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="174"/>
        <source>distinctes, tous programmes confondus</source>
        <translation>distinct, across all programmes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="178"/>
        <source>%1 ETP</source>
        <translation>%1 FTE</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="183"/>
        <source>%1 au total (montants connus)</source>
        <translation>%1 in total (known amounts)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/dashboard_page.py" line="194"/>
        <source>Sans date</source>
        <translation>Undated</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../dla_desktop/ui/widgets/date_edit.py" line="34"/>
        <source>Effacer la date</source>
        <translation>Clear the date</translation>
    </message>
</context>
<context>
    <name>DeletionChoice</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_widgets.py" line="57"/>
        <source>Garder supprimée</source>
        <translation>Keep deleted</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_widgets.py" line="58"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_widgets.py" line="60"/>
        <source>Supprimer, comme chez eux</source>
        <translation>Delete, as they did</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_widgets.py" line="61"/>
        <source>Garder la fiche</source>
        <translation>Keep the record</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <location filename="../../dla_desktop/ui/document_export.py" line="103"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/document_export.py" line="104"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/document_export.py" line="133"/>
        <source>Lecture des données…</source>
        <translation>Reading the data…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/document_export.py" line="135"/>
        <source>Mise en page du document…</source>
        <translation>Laying out the document…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/document_export.py" line="194"/>
        <source>Aucun document</source>
        <translation>No document</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/document_export.py" line="197"/>
        <source>Le document a été écrit :
%1</source>
        <translation>The document was written:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dla_desktop/ui/document_export.py" line="200"/>
        <source>%n document(s) écrit(s) dans :
%1</source>
        <translation>
            <numerusform>%n document written in:
%1</numerusform>
            <numerusform>%n documents written in:
%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/document_export.py" line="204"/>
        <source>Document écrit</source>
        <translation>Document written</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/document_export.py" line="207"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/document_export.py" line="207"/>
        <source>Ouvrir le document</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/document_export.py" line="210"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="223"/>
        <source>Fusion terminée</source>
        <translation>Merge complete</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="234"/>
        <source>La base telle qu&apos;elle était avant la fusion est sauvegardée ici :
{path}</source>
        <translation>The database as it was before the merge is backed up here:
{path}</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="237"/>
        <source>Aucune sauvegarde n&apos;a été faite avant la fusion.</source>
        <translation>No backup was made before the merge.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="241"/>
        <source>Pour revenir en arrière : Fichier › Fusions passées…, puis « Annuler cette fusion ».</source>
        <translation>To go back: File › Past merges…, then “Undo this merge”.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="249"/>
        <source>Fiches créées</source>
        <translation>Records created</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="250"/>
        <source>Fiches modifiées</source>
        <translation>Records changed</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="251"/>
        <source>Fiches supprimées</source>
        <translation>Records deleted</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="252"/>
        <source>Conflits résolus</source>
        <translation>Conflicts resolved</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="253"/>
        <source>Fiches en double fusionnées</source>
        <translation>Duplicate records merged</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="96"/>
        <source>Type de tâche</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="97"/>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="113"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="111"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="112"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="114"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="115"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="133"/>
        <source>Rien à faire pour l&apos;instant : aucun questionnaire à envoyer, aucune réponse en retard, aucun jour de suivi ni aucune prochaine étape en attente.</source>
        <translation>Nothing to do for now: no questionnaire to send, no overdue answer, no follow-up day or next step pending.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="140"/>
        <source>Ouvrir le suivi</source>
        <translation>Open the follow-up</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="143"/>
        <source>Envoyer les questionnaires…</source>
        <translation>Send the questionnaires…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="146"/>
        <source>Noter une action…</source>
        <translation>Record an action…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="153"/>
        <source>Programme :</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="156"/>
        <source>Regrouper par :</source>
        <translation>Group by:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="201"/>
        <source>Tous les programmes</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="259"/>
        <source>{title} — {count}, dont {late} en retard</source>
        <translation>{title} — {count}, {late} of them overdue</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="261"/>
        <source>{title} — {count}</source>
        <translation>{title} — {count}</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="274"/>
        <source>{date} (en retard)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="276"/>
        <source>{date} (à venir)</source>
        <translation>{date} (upcoming)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="293"/>
        <source>{count} à faire, dont {late} en retard</source>
        <translation>{count} to do, {late} of them overdue</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="296"/>
        <source>{count} à faire</source>
        <translation>{count} to do</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="334"/>
        <source>Ouvrir l&apos;onglet Suivi du programme.</source>
        <translation>Open the programme&apos;s Follow-up tab.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="336"/>
        <source>Choisissez d&apos;abord une ligne ou un programme.</source>
        <translation>Choose a row or a programme first.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="340"/>
        <source>Ouvre le suivi du programme pour envoyer la vague de questionnaires.</source>
        <translation>Opens the programme&apos;s follow-up to send the wave of questionnaires.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="342"/>
        <source>Choisissez un questionnaire à envoyer, ou un programme.</source>
        <translation>Choose a questionnaire to send, or a programme.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="347"/>
        <source>Noter une action de suivi avec cette association.</source>
        <translation>Record a follow-up action with this association.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="349"/>
        <source>Choisissez un jour de suivi à faire ou une étape dépassée.</source>
        <translation>Choose a follow-up day still to do or an overdue step.</translation>
    </message>
</context>
<context>
    <name>DueSummary</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="396"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="407"/>
        <source>Voir la liste à faire</source>
        <translation>See the to-do list</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="426"/>
        <source>dont {late} en retard</source>
        <translation>{late} of them overdue</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="435"/>
        <source>{n} questionnaires à envoyer</source>
        <translation>{n} questionnaires to send</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="437"/>
        <source>{n} questionnaire à envoyer</source>
        <translation>{n} questionnaire to send</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="440"/>
        <source>{n} réponses attendues</source>
        <translation>{n} answers awaited</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="440"/>
        <source>{n} réponse attendue</source>
        <translation>{n} answer awaited</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="443"/>
        <source>{n} associations avec des jours de suivi à faire</source>
        <translation>{n} associations with follow-up days still to do</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="445"/>
        <source>{n} association avec des jours de suivi à faire</source>
        <translation>{n} association with follow-up days still to do</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="448"/>
        <source>{n} prochaines étapes dépassées</source>
        <translation>{n} next steps overdue</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/due_page.py" line="450"/>
        <source>{n} prochaine étape dépassée</source>
        <translation>{n} next step overdue</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="142"/>
        <source>Ces fiches semblent décrire la même structure, créée dans chacun des deux fichiers. Cochez « Fusionner les deux fiches » pour n&apos;en garder qu&apos;une : la vôtre reste, ses champs vides sont complétés par la leur, et ce qui était rattaché à la leur l&apos;est à la vôtre. Sans cette case, les deux fiches sont gardées.</source>
        <translation>These records seem to describe the same organisation, created in each of the two files. Tick “Merge the two records” to keep only one: yours stays, its empty fields are filled in from theirs, and what was linked to theirs is linked to yours. Without this box, both records are kept.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="151"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="151"/>
        <source>Ma fiche</source>
        <translation>My record</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="151"/>
        <source>Leur fiche</source>
        <translation>Their record</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="151"/>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="171"/>
        <source>Fusionner les deux fiches</source>
        <translation>Merge the two records</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_dialog.py" line="35"/>
        <source>Inscrire des associations</source>
        <translation>Enrol associations</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_dialog.py" line="37"/>
        <source>Choisissez une ou plusieurs associations (Ctrl ou Maj + clic), puis Inscrire.</source>
        <translation>Choose one or more associations (Ctrl or Shift + click), then Enrol.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>Inscrire</source>
        <translation type="vanished">Enrol</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_dialog.py" line="45"/>
        <source>Aucune association choisie</source>
        <translation>No association chosen</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_dialog.py" line="47"/>
        <source>1 association choisie</source>
        <translation>1 association chosen</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_dialog.py" line="48"/>
        <source>%1 associations choisies</source>
        <translation>%1 associations chosen</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/widgets/error_dialog.py" line="32"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/error_dialog.py" line="42"/>
        <location filename="../../dla_desktop/ui/widgets/error_dialog.py" line="89"/>
        <source>Afficher les détails</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/error_dialog.py" line="45"/>
        <source>Copier les détails</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/error_dialog.py" line="58"/>
        <source>L’opération n’a pas abouti ; vos données n’ont pas été modifiées.</source>
        <translation>The operation did not complete; your data has not been changed.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/error_dialog.py" line="61"/>
        <source>Les détails ont été enregistrés dans :</source>
        <translation>The details were saved to:</translation>
    </message>
    <message>
        <source>Les détails ont été enregistrés dans « {path} ».</source>
        <translation type="vanished">The details were saved to “{path}”.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/error_dialog.py" line="89"/>
        <source>Masquer les détails</source>
        <translation>Hide details</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="45"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="46"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="47"/>
        <source>Séances et présences</source>
        <translation>Sessions and attendance</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="48"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="49"/>
        <source>Partenariats</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="50"/>
        <source>Volets</source>
        <translation>Strands</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="71"/>
        <source>Rapport d&apos;évaluation (PDF)…</source>
        <translation>Evaluation report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="75"/>
        <source>Dossiers de partenariat (PDF)…</source>
        <translation>Partnership dossiers (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="78"/>
        <source>Un dossier par partenariat né du programme, dans le dossier choisi.</source>
        <translation>One dossier per partnership born of the programme, in the chosen folder.</translation>
    </message>
    <message>
        <source>Disponible avec l&apos;export des tableurs.</source>
        <translation type="vanished">Available with the spreadsheet export.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="91"/>
        <source>Documents :</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>Rapport d&apos;évaluation (PDF)</source>
        <translation type="vanished">Evaluation report (PDF)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="118"/>
        <source>Dossiers de partenariat</source>
        <translation>Partnership proposals</translation>
    </message>
    <message>
        <source>Feuilles d&apos;émargement</source>
        <translation type="vanished">Attendance sheets</translation>
    </message>
    <message>
        <source>Classeur Excel</source>
        <translation type="vanished">Excel workbook</translation>
    </message>
    <message>
        <source>Disponible avec la génération des documents.</source>
        <translation type="vanished">Available once document generation is added.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="81"/>
        <source>Classeur Excel…</source>
        <translation>Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="84"/>
        <source>Tout le programme dans un classeur Excel, une feuille par tableau : participants, volets, séances, grille de présence, budget, suivi, partenariats et indicateurs.</source>
        <translation>The whole programme in an Excel workbook, one sheet per table: participants, strands, sessions, attendance grid, budget, follow-up, partnerships and indicators.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="103"/>
        <source>Rapport d&apos;évaluation</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="122"/>
        <source>Aucun partenariat n&apos;est rattaché à ce programme : créez-en depuis la fiche d&apos;une association (onglet Partenariats), avec ce programme pour origine.</source>
        <translation>No partnership is linked to this programme: create one from an association&apos;s page (Partnerships tab), with this programme as its origin.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="132"/>
        <source>Classeur</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="134"/>
        <source>Classeur Excel du programme</source>
        <translation>Programme Excel workbook</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="171"/>
        <source>Associations :</source>
        <translation>Associations:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="172"/>
        <source>Emplois (salariés) :</source>
        <translation>Jobs (employees):</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="173"/>
        <source>Équivalents temps plein :</source>
        <translation>Full-time equivalents:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="174"/>
        <source>Par secteur :</source>
        <translation>By sector:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="177"/>
        <source>Budget global :</source>
        <translation>Overall budget:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="180"/>
        <source>Par association :</source>
        <translation>Per association:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="183"/>
        <source>Financé :</source>
        <translation>Funded:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="184"/>
        <source>Coûts prévus :</source>
        <translation>Planned costs:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="185"/>
        <source>Coûts réalisés :</source>
        <translation>Actual costs:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="188"/>
        <source>Séances tenues :</source>
        <translation>Sessions held:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="189"/>
        <source>Taux de présence :</source>
        <translation>Attendance rate:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="191"/>
        <source>— %1 :</source>
        <translation>— %1:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="198"/>
        <source>Jours de suivi prévus :</source>
        <translation>Planned follow-up days:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="203"/>
        <source>Jours de suivi réalisés :</source>
        <translation>Completed follow-up days:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="208"/>
        <source>Questionnaires envoyés :</source>
        <translation>Questionnaires sent:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="213"/>
        <source>Taux de réponse :</source>
        <translation>Response rate:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="220"/>
        <source>Partenariat obtenu :</source>
        <translation>Partnership obtained:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="225"/>
        <source>Partenariats signés :</source>
        <translation>Partnerships signed:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="234"/>
        <source>Montant :</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="242"/>
        <source>%1 — %2 associations, %3 chacune</source>
        <translation>%1 — %2 associations, %3 each</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="259"/>
        <source>%1 % (%2 sur %3)</source>
        <translation>%1% (%2 of %3)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="270"/>
        <source>%1 association sur %2</source>
        <translation>%1 association out of %2</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/evaluation_tab.py" line="272"/>
        <source>%1 associations sur %2</source>
        <translation>%1 associations out of %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="109"/>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="111"/>
        <source>Choisissez le tableur (.xlsx, .ods ou .csv) et vérifiez comment il est lu.</source>
        <translation>Choose the spreadsheet (.xlsx, .ods or .csv) and check how it is read.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="114"/>
        <source>Chemin du fichier .xlsx, .ods ou .csv</source>
        <translation>Path of the .xlsx, .ods or .csv file</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="116"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="123"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="142"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="147"/>
        <source>Choisissez…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="151"/>
        <source>Choisissez un programme…</source>
        <translation>Choose a programme…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="157"/>
        <source>Importer dans :</source>
        <translation>Import into:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="159"/>
        <source>Programme :</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="185"/>
        <source>Lecture du fichier</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="199"/>
        <source>Feuille :</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="200"/>
        <source>Ligne des en-têtes :</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="201"/>
        <source>Séparateur :</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="202"/>
        <source>Encodage :</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="203"/>
        <source>Séparateur décimal :</source>
        <translation>Decimal separator:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="240"/>
        <source>Le fichier « %1 » n&apos;a pas pu être lu (détails dans le journal).</source>
        <translation>The file “%1” could not be read (details in the log).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="243"/>
        <source>Aucune ligne de données sous les en-têtes (ligne %1).</source>
        <translation>No data rows below the headers (row %1).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="278"/>
        <source>1 ligne de données</source>
        <translation>1 data row</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="278"/>
        <source>%1 lignes de données</source>
        <translation>%1 data rows</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="280"/>
        <source>, 1 colonne.</source>
        <translation>, 1 column.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="280"/>
        <source>, %1 colonnes.</source>
        <translation>, %1 columns.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="283"/>
        <source>Début du fichier tel qu&apos;il est lu :</source>
        <translation>Start of the file as read:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="315"/>
        <source>Aucun programme : créez-en un</source>
        <translation>No programme: create one</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="142"/>
        <source>Étapes en retard seulement</source>
        <translation>Overdue steps only</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="149"/>
        <source>Programme :</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="180"/>
        <source>Tous les programmes</source>
        <translation>All programmes</translation>
    </message>
</context>
<context>
    <name>FollowupActionDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_action_dialog.py" line="37"/>
        <source>Action de suivi : %1</source>
        <translation>Follow-up action: %1</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_action_dialog.py" line="52"/>
        <source>Date* :</source>
        <translation>Date*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_action_dialog.py" line="53"/>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_action_dialog.py" line="54"/>
        <source>Durée (jours) :</source>
        <translation>Duration (days):</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_action_dialog.py" line="55"/>
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_action_dialog.py" line="56"/>
        <source>Prochaine étape :</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_action_dialog.py" line="57"/>
        <source>Pour le :</source>
        <translation>Due by:</translation>
    </message>
</context>
<context>
    <name>FollowupTab</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="125"/>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="126"/>
        <source>Saisie</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="164"/>
        <source>Jours de suivi par association</source>
        <translation>Follow-up days per association</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="175"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="186"/>
        <source>Jours prévus :</source>
        <translation>Planned days:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="187"/>
        <source>Ajouter une action…</source>
        <translation>Add an action…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="188"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="189"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="200"/>
        <source>Envoyer une vague…</source>
        <translation>Send a wave…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="201"/>
        <source>Écrire les formulaires PDF et les e-mails d&apos;une vague</source>
        <translation>Write the PDF forms and e-mails of a wave</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="202"/>
        <source>Importer des réponses…</source>
        <translation>Import answers…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="203"/>
        <source>Lire les formulaires PDF remplis par les associations</source>
        <translation>Read the PDF forms filled in by the associations</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="270"/>
        <source>Aucun questionnaire envoyé ; vagues prévues (mois après la fin) : %1</source>
        <translation>No questionnaire sent; planned waves (months after the end): %1</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="271"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="274"/>
        <source>%1 réponses sur %2</source>
        <translation>%1 answers out of %2</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="274"/>
        <source>%1 réponse sur %2</source>
        <translation>%1 answer out of %2</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="277"/>
        <source>%1 questionnaire envoyé</source>
        <translation>%1 questionnaire sent</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="277"/>
        <source>%1 questionnaires envoyés</source>
        <translation>%1 questionnaires sent</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="281"/>
        <source>%1 mois : %2/%3</source>
        <translation>%1 months: %2/%3</translation>
    </message>
    <message>
        <source>Envoyer un questionnaire…</source>
        <translation type="vanished">Send a questionnaire…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="204"/>
        <source>Saisir la réponse…</source>
        <translation>Enter the answer…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="205"/>
        <source>Une réponse donnée par téléphone ou sur papier</source>
        <translation>An answer given by phone or on paper</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="206"/>
        <source>Noter un envoi…</source>
        <translation>Record a sending…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="207"/>
        <source>Un questionnaire envoyé ou posé sans formulaire PDF</source>
        <translation>A questionnaire sent or asked without a PDF form</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="212"/>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="218"/>
        <source>Astuce : déposez ici les formulaires PDF remplis pour importer les réponses.</source>
        <translation>Tip: drop the filled-in PDF forms here to import the answers.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="260"/>
        <source>Total : %1 jours prévus, %2 réalisés</source>
        <translation>Total: %1 days planned, %2 completed</translation>
    </message>
    <message>
        <source>%1 réponses sur %2 questionnaires envoyés</source>
        <translation type="vanished">%1 answers out of %2 questionnaires sent</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="301"/>
        <source>Choisissez une association à gauche</source>
        <translation>Choose an association on the left</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="348"/>
        <source>Supprimer l&apos;action</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="348"/>
        <source>Supprimer cette action de suivi ?</source>
        <translation>Delete this follow-up action?</translation>
    </message>
</context>
<context>
    <name>FollowupWaveDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_wave_dialog.py" line="29"/>
        <source>Envoyer un questionnaire</source>
        <translation>Send a questionnaire</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_wave_dialog.py" line="32"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_wave_dialog.py" line="42"/>
        <source>Délai :</source>
        <translation>Sent after:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_wave_dialog.py" line="43"/>
        <source>Envoyé le :</source>
        <translation>Sent on:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/followup_wave_dialog.py" line="44"/>
        <source>Associations :</source>
        <translation>Associations:</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/funder_dialog.py" line="23"/>
        <source>Nouveau financeur</source>
        <translation>New funder</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/funder_dialog.py" line="27"/>
        <source>Nom* :</source>
        <translation>Name*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/funder_dialog.py" line="28"/>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
</context>
<context>
    <name>FundingLineDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/funding_line_dialog.py" line="31"/>
        <source>Nouveau financement</source>
        <translation>New funding</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/funding_line_dialog.py" line="31"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/funding_line_dialog.py" line="37"/>
        <source>Nouveau financeur…</source>
        <translation>New funder…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/funding_line_dialog.py" line="47"/>
        <source>Financeur* :</source>
        <translation>Funder*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/funding_line_dialog.py" line="48"/>
        <source>Montant* :</source>
        <translation>Amount*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/funding_line_dialog.py" line="49"/>
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="77"/>
        <source>non renseigné</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="83"/>
        <source>Mois après la fin du programme où chaque association reçoit le questionnaire de suivi, séparés par des virgules (laisser vide : aucun questionnaire).</source>
        <translation>Months after the end of the programme when each association receives the follow-up questionnaire, separated by commas (leave empty: no questionnaire).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="91"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="93"/>
        <source>Une réponse qui n&apos;est pas revenue après ce délai apparaît dans « À faire ».</source>
        <translation>An answer that has not come back after this delay appears in “To do”.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="106"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="108"/>
        <source>Intitulé* :</source>
        <translation>Title*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="109"/>
        <source>Thème :</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="110"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="111"/>
        <source>Bureaux :</source>
        <translation>Offices:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="115"/>
        <source>Calendrier et moyens</source>
        <translation>Schedule and resources</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="117"/>
        <source>Réunion d&apos;information :</source>
        <translation>Information meeting:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="118"/>
        <source>Début :</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="119"/>
        <source>Fin :</source>
        <translation>End:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="120"/>
        <source>Associations invitées :</source>
        <translation>Associations invited:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="121"/>
        <source>Budget d&apos;ingénierie :</source>
        <translation>Engineering budget:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="125"/>
        <source>Suivi après le programme</source>
        <translation>Follow-up after the programme</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="129"/>
        <source>Vagues de questionnaire (mois après la fin) :</source>
        <translation>Questionnaire waves (months after the end):</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="134"/>
        <source>Relance après (jours) :</source>
        <translation>Reminder after (days):</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="142"/>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="143"/>
        <source>Cahier des charges</source>
        <translation>Specifications</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="144"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="145"/>
        <source>Enseignements</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/general_tab.py" line="264"/>
        <source>Budget d&apos;ingénierie : %1.</source>
        <translation>Engineering budget: %1.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="62"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="93"/>
        <source>Sélectionnez une ligne pour lire ses valeurs en entier.</source>
        <translation>Select a row to read its values in full.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="98"/>
        <source>%1 de la fiche.</source>
        <translation>%1 of the record.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="101"/>
        <source>%1
Avant : %2
Après : %3</source>
        <translation>%1
Before: %2
After: %3</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="102"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="110"/>
        <source>Aucune modification n&apos;est enregistrée pour cette fiche. Les changements faits avant que l&apos;application ne tienne l&apos;historique ne sont pas connus.</source>
        <translation>No change is recorded for this record. Changes made before the application kept a history are not known.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="114"/>
        <source>Chaque création et chaque modification de la fiche, la plus récente en premier. « Fusion » et « Conflit résolu » marquent ce qu&apos;une fusion avec le fichier d&apos;un autre bureau a changé.</source>
        <translation>Every creation of and change to the record, most recent first. “Merge” and “Conflict resolved” mark what a merge with another office&apos;s file changed.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="42"/>
        <source>Importer un tableur</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="57"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="58"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="59"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="60"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="61"/>
        <source>&amp;Valider</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="62"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="93"/>
        <source>Choisir le tableur à importer</source>
        <translation>Choose the spreadsheet to import</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="95"/>
        <source>Tableurs (%1);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="104"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="105"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_wizard.py" line="108"/>
        <source>Enregistrer les lignes rejetées</source>
        <translation>Save the rejected rows</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="146"/>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="147"/>
        <source>Importer un tableur (.xlsx, .ods, .csv)</source>
        <translation>Import a spreadsheet (.xlsx, .ods, .csv)</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../dla_desktop/ui/widgets/list_panel.py" line="74"/>
        <source>Rechercher… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/list_panel.py" line="205"/>
        <source>Colonnes affichées</source>
        <translation>Visible columns</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/list_panel.py" line="224"/>
        <source>{shown} sur {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="231"/>
        <source>DLA Desktop</source>
        <translation>DLA Desktop</translation>
    </message>
    <message>
        <source>Aucune base n’est ouverte.

Choisissez Fichier › Ouvrir… pour ouvrir une base DLA Desktop (fichier .dla).</source>
        <translation type="vanished">No database is open.

Choose File › Open… to open a DLA Desktop database (.dla file).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="235"/>
        <source>DLA Desktop — {name}</source>
        <translation>DLA Desktop — {name}</translation>
    </message>
    <message>
        <source>La base « {name} » est ouverte.

Les écrans de travail (programmes, associations, partenariats, évaluations) arrivent bientôt.</source>
        <translation type="vanished">The database “{name}” is open.

The working screens (programmes, associations, partnerships, evaluations) are coming soon.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="308"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="310"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="311"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="312"/>
        <source>Entreprises</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="313"/>
        <source>Cabinets</source>
        <translation>Consultancies</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="314"/>
        <source>Partenariats</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="315"/>
        <source>Rencontres</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="316"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Ici viendront les chiffres clés de tous les programmes : associations accompagnées, emplois concernés, budget, partenariats par catégorie et par année, avec leurs graphiques.</source>
        <translation type="vanished">The key figures of every programme will come here: associations supported, jobs concerned, budget, partnerships by category and by year, with their charts.</translation>
    </message>
    <message>
        <source>Ici viendra le suivi des associations après l’accompagnement : jours prévus et réalisés, actions menées, réponses aux questionnaires.</source>
        <translation type="vanished">The follow-up of associations after support will come here: planned and completed days, actions taken, questionnaire answers.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="238"/>
        <source>{title} (lecture seule)</source>
        <translation>{title} (read-only)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="250"/>
        <source>bureau</source>
        <translation>office</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="309"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="344"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="348"/>
        <source>{count} à faire, dont {late} en retard</source>
        <translation>{count} to do, {late} of them overdue</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="538"/>
        <source>Ouvrir une base</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="540"/>
        <location filename="../../dla_desktop/ui/main_window.py" line="550"/>
        <source>Bases DLA Desktop (*.dla)</source>
        <translation>DLA Desktop databases (*.dla)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="548"/>
        <source>Nouvelle base</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="549"/>
        <source>Nouvelle base.dla</source>
        <translation>New database.dla</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="574"/>
        <source>Fichier introuvable</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="576"/>
        <source>Le fichier « {path} » n’existe plus (déplacé ou supprimé) : il est retiré des fichiers récents.</source>
        <translation>The file “{path}” no longer exists (moved or deleted): it has been removed from the recent files.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="606"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="608"/>
        <source>&amp;Nouvelle base…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="612"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="619"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation>Open the &amp;demonstration</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="621"/>
        <source>Fichiers &amp;récents</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="627"/>
        <source>&amp;Importer un tableur…</source>
        <translation>&amp;Import a spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="630"/>
        <source>Associations, entreprises, contacts ou participants d&apos;un programme</source>
        <translation>Associations, companies, contacts or a programme&apos;s participants</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="635"/>
        <source>En&amp;voyer à un bureau…</source>
        <translation>&amp;Send to an office…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="638"/>
        <source>Écrire une copie de la base pour un autre bureau (clé USB, partage, courriel)</source>
        <translation>Write a copy of the database for another office (USB stick, share, email)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="641"/>
        <source>&amp;Fusionner un fichier reçu…</source>
        <translation>&amp;Merge a received file…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="644"/>
        <source>Reprendre dans cette base les modifications d&apos;une copie d&apos;un autre bureau</source>
        <translation>Bring the changes from another office&apos;s copy into this database</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="647"/>
        <source>Fusions &amp;passées…</source>
        <translation>&amp;Past merges…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="650"/>
        <source>Re&amp;staurer une sauvegarde…</source>
        <translation>Res&amp;tore a backup…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="657"/>
        <source>&amp;Bureau de travail…</source>
        <translation>&amp;Working office…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="661"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="670"/>
        <source>Fi&amp;che</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="672"/>
        <source>&amp;Nouvelle fiche</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="678"/>
        <source>&amp;Enregistrer la fiche</source>
        <translation>&amp;Save the record</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="684"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="690"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="703"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="56"/>
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="58"/>
        <source>Pour chaque colonne du fichier, choisissez le champ qu&apos;elle remplit.</source>
        <translation>For each column of the file, choose the field it fills.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="62"/>
        <source>Colonne du fichier</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="62"/>
        <source>Exemples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="62"/>
        <source>Champ de la fiche</source>
        <translation>Record field</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="97"/>
        <source>Colonne %1 du fichier</source>
        <translation>Column %1 of the file</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="112"/>
        <source>— Ne pas importer —</source>
        <translation>— Do not import —</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="144"/>
        <source>1 colonne sur %2 sera importée</source>
        <translation>1 of %2 columns will be imported</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="145"/>
        <source>%1 colonnes sur %2 seront importées</source>
        <translation>%1 of %2 columns will be imported</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="148"/>
        <source> ; les autres sont ignorées.</source>
        <translation>; the others are ignored.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="52"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="65"/>
        <source>Planning</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="66"/>
        <source>Évaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="67"/>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="81"/>
        <source>ex. Cher 2026</source>
        <translation>e.g. Cher 2026</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="83"/>
        <source>Les rencontres d&apos;une même série évitent les paires qui se sont déjà vues.</source>
        <translation>Meetings in the same series avoid pairs that have already met.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="87"/>
        <source>ex. DLA du Cher, club d&apos;entreprises de Bourges</source>
        <translation>e.g. DLA du Cher, Bourges business club</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="90"/>
        <source>Heure de début :</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="101"/>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="105"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="103"/>
        <source>aucune pause</source>
        <translation>no break</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="107"/>
        <source>tous se rencontrent</source>
        <translation>everyone meets</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="110"/>
        <source>Les rotations que le temps permet. Vide : autant qu&apos;il en faut pour que chaque association rencontre chaque entreprise.</source>
        <translation>The rounds that time allows. Empty: as many as needed for every association to meet every company.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="136"/>
        <source>Rencontre</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="138"/>
        <source>Intitulé* :</source>
        <translation>Title*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="139"/>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="140"/>
        <source>Série :</source>
        <translation>Series:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="141"/>
        <source>Lieu :</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="142"/>
        <source>Organisateurs :</source>
        <translation>Organisers:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="147"/>
        <source>Déroulement</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="149"/>
        <source>Date* :</source>
        <translation>Date*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="151"/>
        <source>Durée d’un échange :</source>
        <translation>Length of one exchange:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="152"/>
        <source>Pause toutes les … rotations :</source>
        <translation>Break every … rounds:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="153"/>
        <source>Durée d’une pause :</source>
        <translation>Length of one break:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="156"/>
        <source>Nombre de rotations possibles :</source>
        <translation>Number of possible rounds:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="239"/>
        <source>Enregistrez d&apos;abord la rencontre.</source>
        <translation>Save the meeting first.</translation>
    </message>
    <message>
        <source>Pause tous les … tours :</source>
        <translation type="vanished">Break every … rounds:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="162"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="204"/>
        <source>Nouvelle rencontre</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting_page.py" line="64"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="vanished">Association</translation>
    </message>
    <message>
        <source>Entreprise</source>
        <translation type="vanished">Company</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/tab_base.py" line="56"/>
        <source>Opération impossible</source>
        <translation>Operation not possible</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="44"/>
        <source>Fusionner un fichier reçu</source>
        <translation>Merge a received file</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="56"/>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="152"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="57"/>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="95"/>
        <source>Conflits ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="58"/>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="98"/>
        <source>Doublons ({count})</source>
        <translation>Duplicates ({count})</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="77"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="79"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="80"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="103"/>
        <source>Recherche des conflits avec les fiches fusionnées…</source>
        <translation>Looking for conflicts with the merged records…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="117"/>
        <source>Aucun conflit : « Fusionner » applique le résumé ci-dessus.</source>
        <translation>No conflicts: “Merge” applies the summary above.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="120"/>
        <source>1 conflit sur {total} attend votre choix</source>
        <translation>1 conflict of {total} awaits your choice</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="122"/>
        <source>{count} conflits sur {total} attendent votre choix</source>
        <translation>{count} conflicts of {total} await your choice</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="125"/>
        <source>{waiting} (onglet Conflits) : « Fusionner » reste grisé d&apos;ici là.</source>
        <translation>{waiting} (Conflicts tab): “Merge” stays greyed out until then.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="131"/>
        <source>choix sera fait à la fusion selon la date de modification.</source>
        <translation>choice will be made when merging, by date of change.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="132"/>
        <source>choix seront faits à la fusion selon la date de modification.</source>
        <translation>choices will be made when merging, by date of change.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="134"/>
        <source>Chaque conflit a un choix : vous pouvez fusionner.</source>
        <translation>Every conflict has a choice: you can merge.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_dialog.py" line="189"/>
        <source>Fusion en cours…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="268"/>
        <source>un bureau non précisé</source>
        <translation>an unspecified office</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="269"/>
        <source>Fichier reçu : « {file} », de {office}.</source>
        <translation>Received file: “{file}”, from {office}.</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="73"/>
        <source>Vérification du fichier reçu…</source>
        <translation>Checking the received file…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="74"/>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="166"/>
        <source>Comparaison des bases…</source>
        <translation>Comparing the databases…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="92"/>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="187"/>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="214"/>
        <source>Fusionner un fichier reçu</source>
        <translation>Merge a received file</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="121"/>
        <source>Fichier d&apos;une version plus ancienne</source>
        <translation>File from an older version</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="125"/>
        <source>Mettre à niveau une copie et fusionner ?</source>
        <translation>Upgrade a copy and merge?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="136"/>
        <source>Fusion impossible</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="143"/>
        <source>Rien à fusionner</source>
        <translation>Nothing to merge</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="144"/>
        <source>« {file} » n&apos;apporte aucune modification que cette base n&apos;ait déjà : rien n&apos;a été changé.</source>
        <translation>“{file}” brings no change that this database does not already have: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="196"/>
        <source>Sauvegarde de la base…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_flow.py" line="197"/>
        <source>Fusion en cours…</source>
        <translation>Merging…</translation>
    </message>
</context>
<context>
    <name>MergesDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="44"/>
        <source>Fusions passées</source>
        <translation>Past merges</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="52"/>
        <source>Annuler cette fusion…</source>
        <translation>Undo this merge…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="57"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="69"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="70"/>
        <source>Bureau</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="71"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="72"/>
        <source>Créées</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="73"/>
        <source>Modifiées</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="74"/>
        <source>Supprimées</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="75"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="76"/>
        <source>Annulée le</source>
        <translation>Undone on</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="90"/>
        <source>Les fusions faites dans cette base, la plus récente en premier. Annuler une fusion remet les valeurs d&apos;avant, sauf celles modifiées depuis, et archive les fiches qu&apos;elle avait créées.</source>
        <translation>The merges made in this database, most recent first. Undoing a merge puts back the previous values, except those changed since, and archives the records it had created.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="95"/>
        <source>Aucune fusion n&apos;a encore été faite dans cette base.</source>
        <translation>No merge has been made in this database yet.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="106"/>
        <source>(bureau non précisé)</source>
        <translation>(unspecified office)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="126"/>
        <source>Fusion faite par {user}</source>
        <translation>Merge made by {user}</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="153"/>
        <source>Annulation de la fusion…</source>
        <translation>Undoing the merge…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="166"/>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="186"/>
        <source>Annuler une fusion</source>
        <translation>Undo a merge</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="194"/>
        <source>Annuler la fusion du {moment} avec « {file} » ? Les valeurs qu&apos;elle a changées reviennent à leur état d&apos;avant (sauf celles modifiées depuis) et les fiches qu&apos;elle a créées sont archivées.</source>
        <translation>Undo the merge of {moment} with “{file}”? The values it changed go back to what they were before (except those changed since) and the records it created are archived.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="199"/>
        <source>Ces retours en arrière sont des modifications ordinaires de cette base : l&apos;autre bureau les recevra à la prochaine fusion, et fusionner de nouveau le même fichier ne ramènera pas les valeurs annulées.</source>
        <translation>These reversals are ordinary changes of this database: the other office will receive them at the next merge, and merging the same file again will not bring the undone values back.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="204"/>
        <source>Pour retrouver la base exactement comme avant la fusion, restaurez plutôt la sauvegarde prise avant la fusion (Fichier › Restaurer une sauvegarde…).</source>
        <translation>To get the database back exactly as it was before the merge, restore the backup taken before the merge instead (File › Restore a backup…).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="213"/>
        <source>Fusion annulée : {restored}, {archived}.</source>
        <translation>Merge undone: {restored}, {archived}.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="215"/>
        <source>valeur remise</source>
        <translation>value restored</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="215"/>
        <source>valeurs remises</source>
        <translation>values restored</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="218"/>
        <source>fiche archivée</source>
        <translation>record archived</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="218"/>
        <source>fiches archivées</source>
        <translation>records archived</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="226"/>
        <source>valeur laissée telle quelle :</source>
        <translation>value left as it is:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="227"/>
        <source>valeurs laissées telles quelles :</source>
        <translation>values left as they are:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="233"/>
        <source>… et {count} autres.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merges_dialog.py" line="238"/>
        <source>Fusion annulée</source>
        <translation>Merge undone</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../dla_desktop/ui/widgets/money_edit.py" line="27"/>
        <source>ex. 32 700,50</source>
        <translation>e.g. 32 700,50</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/office_dialog.py" line="35"/>
        <source>Bureau de travail</source>
        <translation>Working office</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/office_dialog.py" line="39"/>
        <source>Quel bureau travaille dans cette base ? Chaque modification portera son nom, pour que deux bureaux puissent ensuite fusionner leurs fichiers.</source>
        <translation>Which office works in this database? Every change will carry its name, so that two offices can later merge their files.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/office_dialog.py" line="46"/>
        <source>ex. CBE de Lille</source>
        <translation>e.g. CBE de Lille</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/office_dialog.py" line="50"/>
        <source>ex. 59</source>
        <translation>e.g. 59</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/office_dialog.py" line="56"/>
        <source>Bureau :</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/office_dialog.py" line="57"/>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/office_dialog.py" line="58"/>
        <source>Structure porteuse :</source>
        <translation>Host organisation:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/office_dialog.py" line="59"/>
        <source>Département :</source>
        <translation>Département:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/office_dialog.py" line="81"/>
        <source>Nouveau bureau…</source>
        <translation>New office…</translation>
    </message>
</context>
<context>
    <name>OutsideChangeDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="36"/>
        <source>Fichier modifié</source>
        <translation>File changed</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="37"/>
        <source>Le fichier a été modifié en dehors de l&apos;application</source>
        <translation>The file was changed outside the application</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="40"/>
        <source>Recharger</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="45"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="49"/>
        <source>Enregistrer ma version sous…</source>
        <translation>Save my version as…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="51"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="55"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="65"/>
        <source>« {name} » a été remplacé sur le disque (outil de synchronisation, autre poste).</source>
        <translation>“{name}” was replaced on disk (sync tool, another computer).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="69"/>
        <source>« {name} » a été modifié par un autre programme ou un autre poste.</source>
        <translation>“{name}” was changed by another program or another computer.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="73"/>
        <source>« {name} » a été supprimé ou déplacé.</source>
        <translation>“{name}” was deleted or moved.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="79"/>
        <source>Pour ne rien écrire dans ce fichier, la base est passée en lecture seule.</source>
        <translation>So that nothing is written to this file, the database is now read-only.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="83"/>
        <source>« Recharger » ouvre le fichier tel qu&apos;il est maintenant sur le disque ;</source>
        <translation>“Reload” opens the file as it now is on disk;</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="90"/>
        <source>« Fusionner » le recharge et y fusionne votre version, pour ne perdre les modifications d&apos;aucun côté ;</source>
        <translation>“Merge” reloads it and merges your version into it, so that neither side&apos;s changes are lost;</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/outside_change_dialog.py" line="97"/>
        <source>« Enregistrer ma version sous… » en garde d&apos;abord une copie.</source>
        <translation>“Save my version as…” keeps a copy of yours first.</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_pair_dialog.py" line="30"/>
        <source>Évaluation de la rencontre</source>
        <translation>Meeting evaluation</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_pair_dialog.py" line="38"/>
        <source>Non renseigné</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_pair_dialog.py" line="45"/>
        <source>Pas encore de point</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_pair_dialog.py" line="49"/>
        <source>Avis de l&apos;association :</source>
        <translation>Association&apos;s view:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_pair_dialog.py" line="51"/>
        <source>Avis de l&apos;entreprise :</source>
        <translation>Company&apos;s view:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_pair_dialog.py" line="52"/>
        <source>Note des organisateurs :</source>
        <translation>Organisers&apos; note:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_pair_dialog.py" line="53"/>
        <source>Suite à 6 mois :</source>
        <translation>Outcome after 6 months:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_pair_dialog.py" line="54"/>
        <source>Date du point :</source>
        <translation>Review date:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_pair_dialog.py" line="91"/>
        <source>Hors planning : %1</source>
        <translation>Not in the schedule: %1</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_pair_dialog.py" line="93"/>
        <source>Rotation %1, table %2 : %3</source>
        <translation>Round %1, table %2: %3</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="54"/>
        <source>Participant : %1</source>
        <translation>Participant: %1</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="57"/>
        <source>ex. Claire Martin (présidente)</source>
        <translation>e.g. Claire Martin (chair)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="63"/>
        <source>Une ligne, imprimée dans la liste des participants</source>
        <translation>One line, printed in the list of participants</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="65"/>
        <source>dès le début</source>
        <translation>from the start</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="66"/>
        <source>rotation </source>
        <translation>round </translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="67"/>
        <source>reste jusqu&apos;à la fin</source>
        <translation>stays until the end</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="68"/>
        <source>après la rotation </source>
        <translation>after round </translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="69"/>
        <source>Représentants :</source>
        <translation>Representatives:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="70"/>
        <source>Nombre de dirigeants :</source>
        <translation>Number of executives:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="71"/>
        <source>Présentation :</source>
        <translation>Presentation:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="72"/>
        <source>Arrivée :</source>
        <translation>Arrival:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="73"/>
        <source>Départ :</source>
        <translation>Departure:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="76"/>
        <source>Une arrivée tardive ou un départ anticipé annoncé ici est pris en compte chaque fois que le planning est calculé ou recalculé (onglet Planning) ; pendant la rencontre, recalculez avec « Replanifier à partir de la rotation… ».</source>
        <translation>A late arrival or early departure entered here is taken into account each time the schedule is computed or recomputed (Schedule tab); during the meeting, recompute with “Reschedule from round…”.</translation>
    </message>
    <message>
        <source>Une arrivée tardive ou un départ anticipé se prend en compte dans l&apos;onglet Planning : « Replanifier à partir de la rotation… ».</source>
        <translation type="vanished">A late arrival or an early departure is taken into account in the Schedule tab: “Reschedule from round…”.</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="97"/>
        <source>Inscrits</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="100"/>
        <source>Souhaits : paires à faire se rencontrer ou à éviter</source>
        <translation>Wishes: pairs to bring together or to avoid</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="111"/>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="56"/>
        <source>Inscrire des associations…</source>
        <translation>Enrol associations…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="114"/>
        <source>Inscrire des entreprises…</source>
        <translation>Enrol companies…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="117"/>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="130"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="119"/>
        <source>Représentants, présentation, arrivée tardive ou départ anticipé</source>
        <translation>Representatives, presentation, late arrival or early departure</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="122"/>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="227"/>
        <source>Désinscrire</source>
        <translation>Unenrol</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="128"/>
        <source>Ajouter un souhait…</source>
        <translation>Add a wish…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="132"/>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="259"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="202"/>
        <source>Inscrire des associations</source>
        <translation>Enrol associations</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="204"/>
        <source>Inscrire des entreprises</source>
        <translation>Enrol companies</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="224"/>
        <source>Désinscrire « %1 » de la rencontre ? Ses rencontres déjà évaluées restent enregistrées.</source>
        <translation>Unenrol “%1” from the meeting? Its meetings already evaluated stay recorded.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="257"/>
        <source>Retirer le souhait « %1 — %2 » ?</source>
        <translation>Remove the wish “%1 — %2”?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="259"/>
        <source>Retirer le souhait</source>
        <translation>Remove wish</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="57"/>
        <source>Volets et statut…</source>
        <translation>Strands and status…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="58"/>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="140"/>
        <source>Retirer du programme</source>
        <translation>Remove from programme</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="59"/>
        <source>Importer des participants…</source>
        <translation>Import participants…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="61"/>
        <source>Inscrire les associations d&apos;un tableur (.xlsx, .ods, .csv), avec leurs volets</source>
        <translation>Enrol the associations of a spreadsheet (.xlsx, .ods, .csv), with their strands</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="141"/>
        <source>Retirer ces associations du programme et de ses volets ?
%1</source>
        <translation>Remove these associations from the programme and its strands?
%1</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_participation_dialog.py" line="43"/>
        <source>Participation de « %1 »</source>
        <translation>Participation of “%1”</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_participation_dialog.py" line="52"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_participation_dialog.py" line="55"/>
        <source>Volets :</source>
        <translation>Strands:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_participation_dialog.py" line="59"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_participation_dialog.py" line="60"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_participation_dialog.py" line="83"/>
        <source>Ce programme n&apos;a pas encore de volet.</source>
        <translation>This programme has no strand yet.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_participation_dialog.py" line="89"/>
        <source>(sans sous-groupe)</source>
        <translation>(no subgroup)</translation>
    </message>
</context>
<context>
    <name>PartnershipBoard</name>
    <message>
        <location filename="../../dla_desktop/ui/widgets/partnership_board.py" line="374"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/partnership_board.py" line="375"/>
        <source>Passer à</source>
        <translation>Move to</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="79"/>
        <source>Partenariat</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="87"/>
        <source>Nouveau partenariat</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="107"/>
        <source>ex. 5 000,00</source>
        <translation>e.g. 5 000,00</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="113"/>
        <source>ex. 25 000,00</source>
        <translation>e.g. 25,000.00</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="125"/>
        <source>Association* :</source>
        <translation>Association*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="126"/>
        <source>Entreprise* :</source>
        <translation>Company*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="127"/>
        <source>Intitulé :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="128"/>
        <source>Catégorie* :</source>
        <translation>Category*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="129"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="130"/>
        <source>Date du statut :</source>
        <translation>Status date:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="131"/>
        <source>Étapes :</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="132"/>
        <source>Montant ou valorisation (€) :</source>
        <translation>Amount or valuation (€):</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="133"/>
        <source>Projet présenté :</source>
        <translation>Project presented:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="134"/>
        <source>Besoins :</source>
        <translation>Needs:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="135"/>
        <source>Budget du projet (€) :</source>
        <translation>Project budget (€):</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="136"/>
        <source>Contreparties :</source>
        <translation>Benefits in return:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="137"/>
        <source>Début :</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="138"/>
        <source>Fin :</source>
        <translation>End:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="139"/>
        <source>Notes internes :</source>
        <translation>Internal notes:</translation>
    </message>
    <message>
        <source>Notes :</source>
        <translation type="vanished">Notes:</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/partnerships_page.py" line="76"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/partnerships_page.py" line="76"/>
        <source>Tableau</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/partnerships_page.py" line="90"/>
        <source>Filtrer les cartes… (Ctrl+F)</source>
        <translation>Filter the cards… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/partnerships_page.py" line="120"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/partnerships_page.py" line="127"/>
        <source>Glissez une carte vers une autre colonne, ou Ctrl+← / Ctrl+→ ; clic droit pour choisir le statut.</source>
        <translation>Drag a card to another column, or use Ctrl+← / Ctrl+→; right-click to choose the status.</translation>
    </message>
</context>
<context>
    <name>PartnershipsPanel</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="226"/>
        <source>Nouveau partenariat…</source>
        <translation>New partnership…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="229"/>
        <source>Dossier de partenariat (PDF)…</source>
        <translation>Partnership dossier (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="232"/>
        <source>Le dossier que l&apos;association remet à l&apos;entreprise du partenariat choisi.</source>
        <translation>The dossier the association hands to the company of the chosen partnership.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/partnership_dialog.py" line="268"/>
        <source>Dossier de partenariat</source>
        <translation>Partnership dossier</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="80"/>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="246"/>
        <source>Calculer le planning</source>
        <translation>Compute the schedule</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="82"/>
        <source>Chaque association rencontre chaque entreprise, en un minimum de rotations</source>
        <translation>Every association meets every company, in as few rounds as possible</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="85"/>
        <source>Replanifier à partir de la rotation…</source>
        <translation>Reschedule from round…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="89"/>
        <source>Après une arrivée tardive ou un départ anticipé : les rotations déjà jouées restent telles quelles, la suite est recalculée.</source>
        <translation>After a late arrival or an early departure: the rounds already held stay as they are, the rest is recomputed.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="93"/>
        <source>Imprimer les documents…</source>
        <translation>Print the documents…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="96"/>
        <source>Grille générale, agendas, chevalets, liste des participants et règles (PDF), dans le dossier choisi</source>
        <translation>Overall grid, agendas, table cards, list of participants and rules (PDF), in the chosen folder</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="157"/>
        <source>Rencontres qui n&apos;auront pas lieu (%1)</source>
        <translation>Meetings that will not take place (%1)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="184"/>
        <source>%1 (%2 rotation)</source>
        <translation>%1 (%2 round)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="186"/>
        <source>%1 (%2 rotations)</source>
        <translation>%1 (%2 rounds)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="208"/>
        <source>Planning proposé, pas encore enregistré : « Calculer le planning » l&apos;enregistre et permet d&apos;imprimer les documents.</source>
        <translation>Proposed schedule, not saved yet: “Compute the schedule” saves it and lets you print the documents.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="212"/>
        <source>Planning enregistré.</source>
        <translation>Schedule saved.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="215"/>
        <source>Indiquez une heure de début dans la fiche pour voir les horaires.</source>
        <translation>Enter a start time in the record to see the times.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="225"/>
        <source>%1 rotation</source>
        <translation>%1 round</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="225"/>
        <source>%1 rotations</source>
        <translation>%1 rounds</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="226"/>
        <source>%2 rencontre</source>
        <translation>%2 meeting</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="226"/>
        <source>%2 rencontres</source>
        <translation>%2 meetings</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="227"/>
        <source>%3 manquante</source>
        <translation>%3 missing</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="227"/>
        <source>%3 manquantes</source>
        <translation>%3 missing</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="248"/>
        <source>Un planning est déjà enregistré. Le remplacer par un nouveau calcul ? Les évaluations déjà saisies sont conservées.</source>
        <translation>A schedule is already saved. Replace it with a new computation? The evaluations already entered are kept.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="251"/>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="281"/>
        <source>Replanifier</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="283"/>
        <source>Replanifier à partir de la rotation n° (les rotations précédentes sont conservées telles qu&apos;elles ont eu lieu) :</source>
        <translation>Reschedule from round no. (the earlier rounds are kept as they took place):</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="312"/>
        <source>Imprimer les documents de la rencontre</source>
        <translation>Print the meeting documents</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="315"/>
        <source>Aucun planning enregistré : calculez d&apos;abord le planning.</source>
        <translation>No schedule saved: compute the schedule first.</translation>
    </message>
</context>
<context>
    <name>PreferenceDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_preference_dialog.py" line="41"/>
        <source>Souhait de rencontre</source>
        <translation>Meeting wish</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_preference_dialog.py" line="41"/>
        <source>Nouveau souhait</source>
        <translation>New wish</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_preference_dialog.py" line="52"/>
        <source>ex. demandé par l&apos;entreprise</source>
        <translation>e.g. requested by the company</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_preference_dialog.py" line="54"/>
        <source>Association :</source>
        <translation>Association:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_preference_dialog.py" line="55"/>
        <source>Entreprise :</source>
        <translation>Company:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_preference_dialog.py" line="56"/>
        <source>Souhait :</source>
        <translation>Wish:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_preference_dialog.py" line="57"/>
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="187"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="188"/>
        <source>Les premières lignes telles qu&apos;elles seront importées.</source>
        <translation>The first rows as they will be imported.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="221"/>
        <source>Les %1 premières lignes sur %2, telles qu&apos;elles seront importées.</source>
        <translation>The first %1 rows of %2, as they will be imported.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="223"/>
        <source>Les %1 lignes du fichier, telles qu&apos;elles seront importées.</source>
        <translation>The file&apos;s %1 rows, as they will be imported.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="226"/>
        <source>En rouge, les lignes qui seront rejetées.</source>
        <translation>In red, the rows that will be rejected.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="228"/>
        <source>En orange, celles qui seront importées avec une remarque.</source>
        <translation>In orange, those that will be imported with a remark.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="240"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="240"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_mapping_pages.py" line="240"/>
        <source>Remarques</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="42"/>
        <source>Volets</source>
        <translation>Strands</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="43"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="44"/>
        <source>Séances et présences</source>
        <translation>Sessions and attendance</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="45"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="46"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="47"/>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="81"/>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="82"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="83"/>
        <source>Enregistrer le programme (Ctrl+S)</source>
        <translation>Save the programme (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="99"/>
        <source>Enregistrez d&apos;abord le programme.</source>
        <translation>Save the programme first.</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation type="vanished">Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="155"/>
        <source>Le programme « %1 » a été modifié. Enregistrer les modifications ?</source>
        <translation>The programme “%1” was changed. Save the changes?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="156"/>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="170"/>
        <source>Nouveau programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation type="vanished">Don&apos;t save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="171"/>
        <source>Pas encore enregistré</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="178"/>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="183"/>
        <source>à partir du %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/programme_page.py" line="185"/>
        <source>jusqu&apos;au %1</source>
        <translation>until %1</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_project_dialog.py" line="50"/>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_project_dialog.py" line="55"/>
        <source>ex. Julie (DLA du Cher)</source>
        <translation>e.g. Julie (DLA du Cher)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_project_dialog.py" line="70"/>
        <source>Intitulé* :</source>
        <translation>Title*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_project_dialog.py" line="71"/>
        <source>Suivi par :</source>
        <translation>Followed up by:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_project_dialog.py" line="72"/>
        <source>Avancement :</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_project_dialog.py" line="73"/>
        <source>Membres :</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_project_dialog.py" line="74"/>
        <source>Notes :</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="73"/>
        <source>Nouveau projet…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="75"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="77"/>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="226"/>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="83"/>
        <source>Ajouter une étape…</source>
        <translation>Add a step…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="85"/>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="249"/>
        <source>Retirer l&apos;étape</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="94"/>
        <source>Membres :</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="97"/>
        <source>Réunions et étapes :</source>
        <translation>Working meetings and steps:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="166"/>
        <source>Projet « %1 »</source>
        <translation>Project “%1”</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="168"/>
        <source>Aucun projet choisi</source>
        <translation>No project chosen</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="225"/>
        <source>Archiver le projet « %1 » ?</source>
        <translation>Archive the project “%1”?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="226"/>
        <source>Archiver le projet</source>
        <translation>Archive project</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="249"/>
        <source>Retirer cette étape ?</source>
        <translation>Remove this step?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="249"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RatingsTab</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="75"/>
        <source>Évaluer…</source>
        <translation>Evaluate…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="78"/>
        <source>Créer le partenariat</source>
        <translation>Create the partnership</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="81"/>
        <source>Pour une rencontre dont la suite à 6 mois est un accord de coopération conclu</source>
        <translation>For a meeting whose outcome after 6 months is a concluded cooperation agreement</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="88"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="90"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="92"/>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="247"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="101"/>
        <source>Rencontres</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="105"/>
        <source>Enquête de satisfaction</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="156"/>
        <source>Évaluées : %1 sur %2 · coopération possible : %3 · accords conclus : %4</source>
        <translation>Evaluated: %1 of %2 · cooperation possible: %3 · agreements concluded: %4</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="204"/>
        <source>Partenariat créé</source>
        <translation>Partnership created</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="206"/>
        <source>Le partenariat « %1 » a été créé, avec cette rencontre pour origine. Il figure dans la section Partenariats.</source>
        <translation>The partnership “%1” was created, with this meeting as its origin. It appears in the Partnerships section.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="210"/>
        <source>Partenariat existant</source>
        <translation>Existing partnership</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="212"/>
        <source>Le partenariat « %1 » existait déjà : il est rattaché à cette paire. Il figure dans la section Partenariats.</source>
        <translation>The partnership “%1” already existed: it is now linked to this pair. It appears in the Partnerships section.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="246"/>
        <source>Retirer la réponse de « %1 » ?</source>
        <translation>Remove the answer from “%1”?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="247"/>
        <source>Retirer la réponse</source>
        <translation>Remove answer</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="63"/>
        <source>Que faire ?</source>
        <translation>What to do?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="74"/>
        <source>Lecture seule : {reason}.</source>
        <translation>Read-only: {reason}.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/record_dialog.py" line="36"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/record_dialog.py" line="63"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/record_dialog.py" line="65"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/record_form.py" line="111"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/record_form.py" line="112"/>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/record_form.py" line="115"/>
        <source>Historique…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/record_form.py" line="116"/>
        <source>Qui a modifié quoi dans cette fiche, et quand</source>
        <translation>Who changed what in this record, and when</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/record_form.py" line="188"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/record_form.py" line="196"/>
        <source>Partenariats</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/record_form.py" line="202"/>
        <source>Rencontres</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/record_form.py" line="277"/>
        <source>Historique de « %1 »</source>
        <translation>History of “%1”</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation type="vanished">Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/record_form.py" line="285"/>
        <source>La fiche « %1 » a été modifiée. Enregistrer les modifications ?</source>
        <translation>The record “%1” was changed. Save the changes?</translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation type="vanished">Don&apos;t save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/record_form.py" line="313"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/record_form.py" line="317"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RecordHost</name>
    <message>
        <location filename="../../dla_desktop/ui/record_host.py" line="29"/>
        <source>Revenir à l’écran précédent (Alt+Gauche)</source>
        <translation>Back to the previous screen (Alt+Left)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="144"/>
        <source>Choisissez une ou plusieurs lignes (Ctrl ou Maj + clic), puis Inscrire.</source>
        <translation>Choose one or more rows (Ctrl or Shift + click), then Enrol.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>Inscrire</source>
        <translation type="vanished">Enrol</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="153"/>
        <source>Aucune choisie</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="155"/>
        <source>1 choisie</source>
        <translation>1 chosen</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="156"/>
        <source>%1 choisies</source>
        <translation>%1 chosen</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="67"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="70"/>
        <source>Ce que l&apos;import fera, ligne par ligne. Rien n&apos;est enregistré avant « Importer ».</source>
        <translation>What the import will do, row by row. Nothing is saved before “Import”.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="79"/>
        <source>Fiches déjà connues :</source>
        <translation>Records already known:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="85"/>
        <source>Fusionner : les cellules remplies du fichier mettent à jour la fiche existante.
Ignorer : la ligne n&apos;est pas importée.
Créer : une nouvelle fiche à côté de l&apos;existante.
La colonne Choix permet de décider ligne par ligne.</source>
        <translation>Merge: the file&apos;s filled cells update the existing record.
Skip: the row is not imported.
Create: a new record alongside the existing one.
The Choice column lets you decide row by row.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="95"/>
        <source>Enregistrer les lignes rejetées…</source>
        <translation>Save the rejected rows…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="101"/>
        <source>Relancer l&apos;analyse</source>
        <translation>Run the analysis again</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="134"/>
        <source>Afficher :</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="172"/>
        <source>Analyse du fichier en cours…</source>
        <translation>Analysing the file…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="176"/>
        <source>Analyse de 1 ligne…</source>
        <translation>Analysing 1 row…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="176"/>
        <source>Analyse de %1 lignes…</source>
        <translation>Analysing %1 rows…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="188"/>
        <source>Analyse du fichier</source>
        <translation>Analysing the file</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="215"/>
        <source>L&apos;analyse n&apos;a pas abouti ; rien n&apos;a été importé.</source>
        <translation>The analysis did not finish; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="231"/>
        <source>1 ligne rejetée ne sera pas importée : enregistrez-la pour la corriger.</source>
        <translation>1 rejected row will not be imported: save it to correct it.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="233"/>
        <source>%1 lignes rejetées ne seront pas importées : enregistrez-les pour les corriger.</source>
        <translation>%1 rejected rows will not be imported: save them to correct them.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="242"/>
        <source>Toutes les lignes (%1)</source>
        <translation>All rows (%1)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="285"/>
        <source>1 à créer</source>
        <translation>1 to create</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="285"/>
        <source>%1 à créer</source>
        <translation>%1 to create</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="287"/>
        <source>1 déjà connue</source>
        <translation>1 already known</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="287"/>
        <source>%1 déjà connues</source>
        <translation>%1 already known</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="290"/>
        <source>1 doublon</source>
        <translation>1 duplicate</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="290"/>
        <source>%1 doublons</source>
        <translation>%1 duplicates</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="293"/>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="502"/>
        <source>1 rejetée</source>
        <translation>1 rejected</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="293"/>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="502"/>
        <source>%1 rejetées</source>
        <translation>%1 rejected</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="301"/>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="486"/>
        <source>1 fiche créée</source>
        <translation>1 record created</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="301"/>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="486"/>
        <source>%1 fiches créées</source>
        <translation>%1 records created</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="303"/>
        <source>1 fiche existante mise à jour</source>
        <translation>1 existing record updated</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="304"/>
        <source>%1 fiches existantes mises à jour</source>
        <translation>%1 existing records updated</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="307"/>
        <source>1 fiche déjà connue laissée telle quelle</source>
        <translation>1 already known record left as it is</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="308"/>
        <source>%1 fiches déjà connues laissées telles quelles</source>
        <translation>%1 already known records left as they are</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="311"/>
        <source>1 doublon du fichier ignoré</source>
        <translation>1 duplicate in the file skipped</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="312"/>
        <source>%1 doublons du fichier ignorés</source>
        <translation>%1 duplicates in the file skipped</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="327"/>
        <source>En cliquant sur « Importer » :</source>
        <translation>When you click “Import”:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="330"/>
        <source>Rien à importer : aucune fiche à créer ni à mettre à jour.</source>
        <translation>Nothing to import: no record to create or update.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="333"/>
        <source>les associations créées ou mises à jour seront inscrites au programme « %1 », avec leurs volets.</source>
        <translation>the associations created or updated will be enrolled in the programme “%1”, with their strands.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="357"/>
        <source>%1 - lignes rejetées.xlsx</source>
        <translation>%1 - rejected rows.xlsx</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="368"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="370"/>
        <source>Lignes rejetées enregistrées dans « %1 ».</source>
        <translation>Rejected rows saved to “%1”.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="391"/>
        <source>Import de 1 ligne…</source>
        <translation>Importing 1 row…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="391"/>
        <source>Import de %1 lignes…</source>
        <translation>Importing %1 rows…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="411"/>
        <source>Import du fichier</source>
        <translation>Importing the file</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="448"/>
        <source>Import impossible</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="487"/>
        <source>1 créée</source>
        <translation>1 created</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="487"/>
        <source>%1 créées</source>
        <translation>%1 created</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="491"/>
        <source>1 fiche fusionnée</source>
        <translation>1 record merged</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="491"/>
        <source>%1 fiches fusionnées</source>
        <translation>%1 records merged</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="492"/>
        <source>1 fusionnée</source>
        <translation>1 merged</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="492"/>
        <source>%1 fusionnées</source>
        <translation>%1 merged</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="496"/>
        <source>1 fiche ignorée</source>
        <translation>1 record skipped</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="496"/>
        <source>%1 fiches ignorées</source>
        <translation>%1 records skipped</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="497"/>
        <source>1 ignorée</source>
        <translation>1 skipped</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="497"/>
        <source>%1 ignorées</source>
        <translation>%1 skipped</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="501"/>
        <source>1 fiche rejetée</source>
        <translation>1 record rejected</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="501"/>
        <source>%1 fiches rejetées</source>
        <translation>%1 records rejected</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="509"/>
        <source>Aucune fiche importée</source>
        <translation>No record imported</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="513"/>
        <source>1 association inscrite au programme</source>
        <translation>1 association enrolled in the programme</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="514"/>
        <source>%1 associations inscrites au programme</source>
        <translation>%1 associations enrolled in the programme</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="432"/>
        <source>Import terminé</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_page.py" line="433"/>
        <source>Import de « %1 » terminé : %2.</source>
        <translation>Import of “%1” complete: %2.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/restore_dialog.py" line="36"/>
        <location filename="../../dla_desktop/ui/dialogs/restore_dialog.py" line="106"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/restore_dialog.py" line="44"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/restore_dialog.py" line="60"/>
        <source>Aucune sauvegarde de cette base pour l&apos;instant.</source>
        <translation>No backup of this database yet.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/restore_dialog.py" line="62"/>
        <source>La sauvegarde choisie remplacera la base ouverte. La base actuelle est d&apos;abord copiée, pour pouvoir revenir en arrière.</source>
        <translation>The chosen backup will replace the open database. The current database is copied first, so you can go back.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/restore_dialog.py" line="67"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/restore_dialog.py" line="67"/>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/restore_dialog.py" line="67"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/restore_dialog.py" line="108"/>
        <source>Remplacer la base ouverte par la sauvegarde du {moment} ? La base actuelle sera d&apos;abord copiée dans le dossier des sauvegardes.</source>
        <translation>Replace the open database with the backup of {moment}? The current database will first be copied to the backup folder.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="43"/>
        <source>Modifier la séance</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="43"/>
        <source>Nouvelle séance</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="63"/>
        <source>Aucun (comité de pilotage)</source>
        <translation>None (steering committee)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="73"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="77"/>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="85"/>
        <source>Volet :</source>
        <translation>Strand:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="86"/>
        <source>Sous-groupe :</source>
        <translation>Subgroup:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="87"/>
        <source>Type* :</source>
        <translation>Type*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="88"/>
        <source>Date* :</source>
        <translation>Date*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="89"/>
        <source>Durée :</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="90"/>
        <source>Association (entretien) :</source>
        <translation>Association (one-to-one):</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="91"/>
        <source>Intitulé :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="92"/>
        <source>Lieu :</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/session_dialog.py" line="107"/>
        <source>Tout le volet</source>
        <translation>Whole strand</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/start_page.py" line="20"/>
        <source>Aucune base n’est ouverte.

Créez une base, ouvrez un fichier .dla ou découvrez l’application avec la base de démonstration.</source>
        <translation>No database is open.

Create a database, open a .dla file or discover the application with the demonstration database.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/start_page.py" line="35"/>
        <source>Nouvelle base…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/start_page.py" line="36"/>
        <source>Ouvrir…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/start_page.py" line="37"/>
        <source>Ouvrir la démonstration</source>
        <translation>Open the demonstration</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_project_dialog.py" line="123"/>
        <source>Nouvelle étape</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_project_dialog.py" line="129"/>
        <source>ex. Réunion de travail : budget du projet validé</source>
        <translation>e.g. Working meeting: project budget approved</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_project_dialog.py" line="130"/>
        <source>Date :</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_project_dialog.py" line="131"/>
        <source>Ce qui a avancé :</source>
        <translation>What moved forward:</translation>
    </message>
</context>
<context>
    <name>SubgroupPanel</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="71"/>
        <source>Sous-groupes</source>
        <translation>Subgroups</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="81"/>
        <source>Nouveau…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="82"/>
        <source>Renommer…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="83"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="92"/>
        <source>Mettre les associations choisies dans le sous-groupe</source>
        <translation>Put the chosen associations in the subgroup</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="94"/>
        <source>Retirer les associations choisies du sous-groupe</source>
        <translation>Remove the chosen associations from the subgroup</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="101"/>
        <source>Sous-groupes du volet</source>
        <translation>Subgroups of the strand</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="102"/>
        <source>Sans sous-groupe</source>
        <translation>Not in a subgroup</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="165"/>
        <source>Dans « %1 »</source>
        <translation>In “%1”</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="167"/>
        <source>Dans le sous-groupe</source>
        <translation>In the subgroup</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="189"/>
        <source>Nouveau sous-groupe</source>
        <translation>New subgroup</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="198"/>
        <source>Renommer le sous-groupe</source>
        <translation>Rename subgroup</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="208"/>
        <source>Supprimer le sous-groupe</source>
        <translation>Delete subgroup</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="209"/>
        <source>Supprimer « %1 » ? Ses associations restent dans le volet.</source>
        <translation>Delete “%1”? Its associations stay in the strand.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="218"/>
        <source>Nom du sous-groupe :</source>
        <translation>Subgroup name:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/subgroup_panel.py" line="230"/>
        <source>Opération impossible</source>
        <translation>Operation not possible</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="56"/>
        <source>Appliqué automatiquement (changements faits d&apos;un seul côté) :</source>
        <translation>Applied automatically (changes made on one side only):</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="59"/>
        <source>Aucun changement à appliquer automatiquement.</source>
        <translation>No change to apply automatically.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="65"/>
        <source>Première fusion avec ce bureau.</source>
        <translation>First merge with this office.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="66"/>
        <source>Dernière fusion avec ce bureau : {moment}.</source>
        <translation>Last merge with this office: {moment}.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="73"/>
        <source>Type de fiche</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="74"/>
        <source>Créations</source>
        <translation>Creations</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="75"/>
        <source>Modifications</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="76"/>
        <source>Suppressions</source>
        <translation>Deletions</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="84"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="109"/>
        <source>conflit à trancher (onglet Conflits) : fiche changée des deux côtés.</source>
        <translation>conflict to settle (Conflicts tab): record changed on both sides.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="111"/>
        <source>conflits à trancher (onglet Conflits) : fiches changées des deux côtés.</source>
        <translation>conflicts to settle (Conflicts tab): records changed on both sides.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="116"/>
        <source>Aucun conflit.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="121"/>
        <source>fiche en double possible (onglet Doublons).</source>
        <translation>possible duplicate record (Duplicates tab).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/merge_pages.py" line="122"/>
        <source>fiches en double possibles (onglet Doublons).</source>
        <translation>possible duplicate records (Duplicates tab).</translation>
    </message>
</context>
<context>
    <name>SurveyAnswerDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_survey_dialog.py" line="47"/>
        <source>Réponse à l&apos;enquête de satisfaction</source>
        <translation>Satisfaction survey answer</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_survey_dialog.py" line="61"/>
        <source>Participant :</source>
        <translation>Participant:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_survey_dialog.py" line="62"/>
        <source>Satisfaction :</source>
        <translation>Satisfaction:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_survey_dialog.py" line="63"/>
        <source>Commentaires :</source>
        <translation>Comments:</translation>
    </message>
</context>
<context>
    <name>SurveySummaryView</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/survey_summary.py" line="42"/>
        <source>Aucun commentaire</source>
        <translation>No comments</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/survey_summary.py" line="48"/>
        <source>Commentaires :</source>
        <translation>Comments:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/survey_summary.py" line="56"/>
        <source>Réponses : %1 sur %2 participants</source>
        <translation>Answers: %1 of %2 participants</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/survey_summary.py" line="61"/>
        <source>Satisfaction moyenne : —</source>
        <translation>Average satisfaction: —</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/survey_summary.py" line="64"/>
        <source>Satisfaction moyenne : %1 / 5</source>
        <translation>Average satisfaction: %1 / 5</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="230"/>
        <source>Exporter la liste…</source>
        <translation>Export the list…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="239"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="248"/>
        <source>Enregistrer la liste telle qu&apos;elle est affichée (lignes filtrées et triées, colonnes visibles) dans un classeur Excel ou un fichier CSV.</source>
        <translation>Save the list as displayed (filtered and sorted rows, visible columns) to an Excel workbook or a CSV file.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="264"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="266"/>
        <location filename="../../dla_desktop/ui/table_export.py" line="319"/>
        <source>Exporter la liste</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="278"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="279"/>
        <source>CSV pour Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="280"/>
        <source>CSV (virgule, UTF-8) (*.csv)</source>
        <translation>CSV (comma, UTF-8) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="305"/>
        <source>Écriture de %1 lignes…</source>
        <translation>Writing %1 rows…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="333"/>
        <source>Opération impossible</source>
        <translation>Operation not possible</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="339"/>
        <source>Liste exportée : %1 lignes dans %2</source>
        <translation>List exported: %1 rows to %2</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="341"/>
        <source>Liste exportée : %1 ligne dans %2</source>
        <translation>List exported: %1 row to %2</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="343"/>
        <source>Liste exportée</source>
        <translation>List exported</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="345"/>
        <source>Ouvrir le fichier</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_export.py" line="346"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VoletForm</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="53"/>
        <source>par défaut, le type du volet</source>
        <translation>defaults to the strand type</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="65"/>
        <source>Une piste par ligne</source>
        <translation>One suggestion per line</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="70"/>
        <source>Type* :</source>
        <translation>Type*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="71"/>
        <source>Intitulé :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="72"/>
        <source>Cabinet :</source>
        <translation>Consultancy:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="73"/>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="77"/>
        <source>Montant contractualisé :</source>
        <translation>Contracted amount:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="80"/>
        <source>Objectif :</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="81"/>
        <source>Bilan :</source>
        <translation>Assessment:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="82"/>
        <source>Pistes d&apos;amélioration :</source>
        <translation>Areas for improvement:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="90"/>
        <source>demi-journées</source>
        <translation>half-days</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="91"/>
        <source>journées collectives</source>
        <translation>group days</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="92"/>
        <source>entretiens par structure</source>
        <translation>one-to-one meetings per organisation</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="115"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="167"/>
        <source>Montant contractualisé : %1.</source>
        <translation>Contracted amount: %1.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/volet_form.py" line="183"/>
        <source>(cabinet archivé)</source>
        <translation>(archived consultancy)</translation>
    </message>
</context>
<context>
    <name>VoletsTab</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/volets_tab.py" line="57"/>
        <source>Nouveau volet</source>
        <translation>New strand</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/volets_tab.py" line="58"/>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/volets_tab.py" line="69"/>
        <source>Enregistrer le volet</source>
        <translation>Save the strand</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/volets_tab.py" line="71"/>
        <source>Volet</source>
        <translation>Strand</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/volets_tab.py" line="138"/>
        <source>Archiver le volet</source>
        <translation>Archive strand</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/volets_tab.py" line="139"/>
        <source>Archiver le volet « %1 » ? Il n&apos;apparaîtra plus dans le programme.</source>
        <translation>Archive the strand “%1”? It will no longer appear in the programme.</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation type="vanished">Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/volets_tab.py" line="184"/>
        <source>Le volet a été modifié. Enregistrer les modifications ?</source>
        <translation>The strand was changed. Save the changes?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/volets_tab.py" line="189"/>
        <location filename="../../dla_desktop/ui/pages/programme/volets_tab.py" line="195"/>
        <source>Volet « %1 »</source>
        <translation>Strand “%1”</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/volets_tab.py" line="194"/>
        <source>nouveau</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>WaveSendDialog</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="150"/>
        <source>Envoyer une vague de questionnaires</source>
        <translation>Send a wave of questionnaires</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="159"/>
        <source>Choisissez où écrire les fichiers</source>
        <translation>Choose where to write the files</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="160"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="166"/>
        <source>Écrire les formulaires</source>
        <translation>Write the forms</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="169"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="181"/>
        <source>Pour chaque association : un formulaire PDF à remplir et un brouillon d&apos;e-mail (.eml) qui le joint, à ouvrir dans votre messagerie puis à envoyer. Les associations qui ont déjà reçu la vague ne la reçoivent pas deux fois.</source>
        <translation>For each association: a PDF form to fill in and an e-mail draft (.eml) with it attached, to open in your e-mail program and then send. Associations that have already received the wave do not receive it twice.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="194"/>
        <source>Vague :</source>
        <translation>Wave:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="195"/>
        <source>Dossier :</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="206"/>
        <source>%1 mois après la fin</source>
        <translation>%1 months after the end</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="211"/>
        <source>%1 association à envoyer</source>
        <translation>%1 association to send to</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="212"/>
        <source>%1 associations à envoyer</source>
        <translation>%1 associations to send to</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="215"/>
        <source>envoyée à toutes</source>
        <translation>sent to all</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="236"/>
        <source>Renvoyer aux associations qui n&apos;ont pas répondu (%1)</source>
        <translation>Send again to the associations that have not answered (%1)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="249"/>
        <source>Ce programme n&apos;a pas de date de fin : les vagues se comptent en mois après la fin de l&apos;accompagnement. Indiquez-la dans l&apos;onglet Général.</source>
        <translation>This programme has no end date: waves are counted in months after the end of the support. Enter it in the General tab.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="254"/>
        <source>Ce programme n&apos;a pas de vague de questionnaire : indiquez-les dans l&apos;onglet Général (par exemple 3, 6, 12).</source>
        <translation>This programme has no questionnaire waves: enter them in the General tab (for example 3, 6, 12).</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="259"/>
        <source>Rien à écrire : toutes les associations ont reçu cette vague. Cochez « Renvoyer… » pour relancer celles qui n&apos;ont pas répondu.</source>
        <translation>Nothing to write: every association has received this wave. Tick “Send again…” to send a reminder to those that have not answered.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="263"/>
        <source>%1 formulaire et son brouillon d&apos;e-mail seront écrits.</source>
        <translation>%1 form and its e-mail draft will be written.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="264"/>
        <source>%1 formulaires et leurs brouillons d&apos;e-mail seront écrits.</source>
        <translation>%1 forms and their e-mail drafts will be written.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="267"/>
        <source>Attention : cette vague n&apos;est prévue que le %1.</source>
        <translation>Note: this wave is not due until %1.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="284"/>
        <source>Dossier des questionnaires</source>
        <translation>Questionnaire folder</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="325"/>
        <source>Préparation des questionnaires…</source>
        <translation>Preparing the questionnaires…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="332"/>
        <source>Écriture des formulaires et des e-mails…</source>
        <translation>Writing the forms and e-mails…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="355"/>
        <source>Envoi des questionnaires</source>
        <translation>Sending the questionnaires</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="381"/>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="389"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="391"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="401"/>
        <source>Aucun questionnaire à envoyer : toutes les associations ont reçu cette vague.</source>
        <translation>No questionnaire to send: every association has received this wave.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="407"/>
        <source>%1 formulaire et brouillon d&apos;e-mail écrits dans :</source>
        <translation>%1 form and e-mail draft written to:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="408"/>
        <source>%1 formulaires et brouillons d&apos;e-mail écrits dans :</source>
        <translation>%1 forms and e-mail drafts written to:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="410"/>
        <source>Ouvrez chaque brouillon (.eml) dans votre messagerie, vérifiez-le et envoyez-le.</source>
        <translation>Open each draft (.eml) in your e-mail program, check it and send it.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/wave_send_dialog.py" line="422"/>
        <source>Sans adresse e-mail (brouillon sans destinataire, à compléter) :</source>
        <translation>No e-mail address (draft without a recipient, to be completed):</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../dla_desktop/app.py" line="70"/>
        <source>Opération impossible</source>
        <translation>Operation not possible</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="113"/>
        <source>Impossible d&apos;ouvrir la base</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="138"/>
        <source>fichier sur un {place}</source>
        <translation>file on a {place}</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="163"/>
        <source>Fichier de transport</source>
        <translation>Transport file</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="164"/>
        <source>Ce fichier est sur un {place}.</source>
        <translation>This file is on a {place}.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="168"/>
        <source>Une base ouverte directement sur un partage, dans un dossier synchronisé ou sur une clé USB peut s&apos;abîmer ou se dédoubler. La copie locale est faite dans votre dossier de données ; « {name} » n&apos;est pas modifié.</source>
        <translation>A database opened directly on a share, in a synced folder or on a USB stick can get damaged or duplicated. The local copy is made in your data folder; “{name}” is not changed.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="176"/>
        <source>Travailler sur une copie locale (recommandé)</source>
        <translation>Work on a local copy (recommended)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="180"/>
        <source>Ouvrir en lecture seule</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="183"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="199"/>
        <source>Impossible de copier la base</source>
        <translation>Cannot copy the database</translation>
    </message>
    <message>
        <source>« {name} » ne peut pas être lu tel quel : ouvrez-le sur une copie locale.</source>
        <translation type="vanished">“{name}” cannot be read as it is: open it on a local copy.</translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas à la version de cette application : ouvrez-le sur une copie locale. Le fichier n&apos;a pas été modifié.</source>
        <translation type="vanished">“{name}” is not at this application&apos;s version: open it on a local copy. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="226"/>
        <source>Impossible de créer la base</source>
        <translation>Cannot create the database</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="252"/>
        <source>Erreur système {number} en écrivant {path}.</source>
        <translation>System error {number} while writing {path}.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="264"/>
        <source>Impossible de créer la démonstration</source>
        <translation>Cannot create the demonstration</translation>
    </message>
</context>
<context>
    <name>confirm_leaving</name>
    <message>
        <location filename="../../dla_desktop/ui/widgets/unsaved.py" line="16"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/unsaved.py" line="21"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/unsaved.py" line="24"/>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/unsaved.py" line="26"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="24"/>
        <source>En montage</source>
        <translation>Being set up</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="25"/>
        <location filename="../../dla_desktop/domain/enums.py" line="90"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="26"/>
        <source>Suivi post-accompagnement</source>
        <translation>Post-support follow-up</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="27"/>
        <source>Clos</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="31"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="32"/>
        <source>Mécénat</source>
        <translation>Sponsorship</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="33"/>
        <source>Fiscalité</source>
        <translation>Taxation</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="34"/>
        <location filename="../../dla_desktop/domain/enums.py" line="65"/>
        <location filename="../../dla_desktop/domain/enums.py" line="149"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="38"/>
        <source>Demi-journée collective</source>
        <translation>Group half-day</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="39"/>
        <source>Journée collective</source>
        <translation>Group day</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="40"/>
        <source>Entretien individuel</source>
        <translation>One-to-one meeting</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="41"/>
        <source>Comité de pilotage</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="45"/>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="46"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="47"/>
        <source>Excusé</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="51"/>
        <source>Inscrite</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="52"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="53"/>
        <source>Abandon</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="57"/>
        <source>État / DREETS</source>
        <translation>State / DREETS</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="58"/>
        <source>Banque des Territoires</source>
        <translation>Banque des Territoires</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="59"/>
        <source>Conseil régional</source>
        <translation>Regional council</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="60"/>
        <source>Conseil départemental</source>
        <translation>Departmental council</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="61"/>
        <source>Métropole</source>
        <translation>Metropolitan authority</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="62"/>
        <source>Fonds social européen (FSE)</source>
        <translation>European Social Fund (ESF)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="63"/>
        <source>Fondation</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="64"/>
        <location filename="../../dla_desktop/domain/enums.py" line="154"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="69"/>
        <source>TPE</source>
        <translation>Micro-enterprise</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="70"/>
        <source>PME</source>
        <translation>SME</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="71"/>
        <source>ETI</source>
        <translation>Mid-sized company</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="72"/>
        <source>Grand groupe</source>
        <translation>Large company</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="76"/>
        <source>Mécénat financier</source>
        <translation>Financial sponsorship</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="77"/>
        <source>Mécénat de compétences</source>
        <translation>Skills sponsorship</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="78"/>
        <source>Mécénat en nature</source>
        <translation>In-kind sponsorship</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="79"/>
        <source>Pratiques responsables</source>
        <translation>Responsible practices</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="80"/>
        <source>Coopération économique</source>
        <translation>Economic cooperation</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="81"/>
        <source>Innovation sociétale</source>
        <translation>Social innovation</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="85"/>
        <location filename="../../dla_desktop/domain/enums.py" line="122"/>
        <source>Idée</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="86"/>
        <source>Premier contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="87"/>
        <source>Dossier envoyé</source>
        <translation>Proposal sent</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="88"/>
        <source>Rendez-vous</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="89"/>
        <source>Signé</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="91"/>
        <source>Terminé</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="92"/>
        <source>Refusé</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="98"/>
        <source>N&apos;a pas eu lieu</source>
        <translation>Did not take place</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="99"/>
        <source>Intérêt insuffisant</source>
        <translation>Insufficient interest</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="100"/>
        <source>Échange instructif, sans coopération</source>
        <translation>Informative exchange, no cooperation</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="101"/>
        <source>Coopération possible</source>
        <translation>Cooperation possible</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="107"/>
        <source>Pas de suite</source>
        <translation>Nothing further</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="108"/>
        <source>Discussions en cours</source>
        <translation>Discussions under way</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="109"/>
        <source>Accord de coopération conclu</source>
        <translation>Cooperation agreement concluded</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="115"/>
        <source>À faire se rencontrer</source>
        <translation>To bring together</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="116"/>
        <source>À éviter</source>
        <translation>To avoid</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="123"/>
        <source>En construction</source>
        <translation>Taking shape</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="124"/>
        <source>Projet formalisé</source>
        <translation>Project formalised</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="125"/>
        <source>Arrêté</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="135"/>
        <source>Speed dating</source>
        <translation>Speed dating</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="136"/>
        <source>Réunion d&apos;information</source>
        <translation>Information meeting</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="137"/>
        <source>Petit-déjeuner</source>
        <translation>Breakfast meeting</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="138"/>
        <source>Conférence</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="139"/>
        <source>Table ronde</source>
        <translation>Round table</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="140"/>
        <source>Forum ouvert</source>
        <translation>Open forum</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="141"/>
        <location filename="../../dla_desktop/domain/enums.py" line="148"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="145"/>
        <source>Entretien</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="146"/>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="147"/>
        <source>Téléphone</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="153"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="155"/>
        <source>Cabinet</source>
        <translation>Consultancy</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="156"/>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="23"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="24"/>
        <source>Entreprises</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="25"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="26"/>
        <source>Participants d&apos;un programme</source>
        <translation>Programme participants</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/scheduling.py" line="43"/>
        <location filename="../../dla_desktop/domain/scheduling.py" line="52"/>
        <source>déjà rencontrés lors d&apos;une session précédente</source>
        <translation>already met at a previous session</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/scheduling.py" line="44"/>
        <location filename="../../dla_desktop/domain/scheduling.py" line="51"/>
        <source>à éviter (demande d&apos;un participant)</source>
        <translation>to avoid (a participant&apos;s request)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/scheduling.py" line="50"/>
        <source>conflit : demandé et à éviter</source>
        <translation>conflict: requested and to avoid</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/scheduling.py" line="53"/>
        <source>absent(e) à ce moment</source>
        <translation>absent at that time</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/scheduling.py" line="54"/>
        <source>faute de temps</source>
        <translation>for lack of time</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/import_plans.py" line="14"/>
        <source>À créer</source>
        <translation>To create</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/import_plans.py" line="15"/>
        <source>Déjà connue</source>
        <translation>Already known</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/import_plans.py" line="16"/>
        <source>Doublon dans le fichier</source>
        <translation>Duplicate in the file</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/import_plans.py" line="17"/>
        <source>Rejetée</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/import_plans.py" line="21"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/import_plans.py" line="22"/>
        <source>Ignorer</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/import_plans.py" line="23"/>
        <source>Créer</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/sharing/backups.py" line="25"/>
        <source>à l&apos;ouverture</source>
        <translation>on opening</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/sharing/backups.py" line="26"/>
        <source>quotidienne</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/sharing/backups.py" line="27"/>
        <source>avant mise à jour</source>
        <translation>before update</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/sharing/backups.py" line="28"/>
        <source>avant fusion</source>
        <translation>before merge</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/sharing/backups.py" line="29"/>
        <source>avant restauration</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/sharing/backups.py" line="30"/>
        <source>manuelle</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/history.py" line="14"/>
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/history.py" line="15"/>
        <source>Modification</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/history.py" line="17"/>
        <source>Conflit résolu</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/history.py" line="19"/>
        <source>Fusion</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/merging.py" line="22"/>
        <source>Garder mes valeurs</source>
        <translation>Keep my values</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/merging.py" line="23"/>
        <source>Prendre leurs valeurs</source>
        <translation>Take their values</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/merging.py" line="24"/>
        <source>Garder la modification la plus récente</source>
        <translation>Keep the most recent change</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/merging.py" line="28"/>
        <source>Modifié des deux côtés</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/merging.py" line="29"/>
        <source>Supprimé ici, modifié chez eux</source>
        <translation>Deleted here, changed by them</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/merging.py" line="30"/>
        <source>Supprimé chez eux, modifié ici</source>
        <translation>Deleted by them, changed here</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/followup_due.py" line="15"/>
        <source>Questionnaire à envoyer</source>
        <translation>Questionnaire to send</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/followup_due.py" line="16"/>
        <source>Réponse attendue</source>
        <translation>Answer awaited</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/followup_due.py" line="17"/>
        <source>Jours de suivi à faire</source>
        <translation>Follow-up days still to do</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/followup_due.py" line="18"/>
        <source>Prochaine étape dépassée</source>
        <translation>Next step overdue</translation>
    </message>
</context>
<context>
    <name>followup_page</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="63"/>
        <source>%1 (en retard)</source>
        <translation>%1 (overdue)</translation>
    </message>
</context>
<context>
    <name>import_fields</name>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="61"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="66"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="84"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="90"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="94"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="99"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="102"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="109"/>
        <location filename="../../dla_desktop/domain/imports.py" line="200"/>
        <location filename="../../dla_desktop/domain/imports.py" line="245"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="127"/>
        <source>RNA</source>
        <translation>RNA</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="133"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="135"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="140"/>
        <source>Emplois</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="157"/>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="165"/>
        <source>Déjà accompagnée par un DLA</source>
        <translation>Already supported by a DLA</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="169"/>
        <source>Attentes</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="177"/>
        <source>Volets</source>
        <translation>Strands</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="181"/>
        <source>Date d&apos;inscription</source>
        <translation>Enrolment date</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="187"/>
        <source>Jours de suivi prévus</source>
        <translation>Planned follow-up days</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="215"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="223"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="231"/>
        <source>CSE</source>
        <translation>Works council</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="234"/>
        <source>Intérêt pour la RSE</source>
        <translation>Interest in CSR</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="249"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="252"/>
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="257"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/imports.py" line="258"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_common.py" line="63"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_common.py" line="64"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_common.py" line="102"/>
        <source>%1 (obligatoire)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_common.py" line="119"/>
        <source>Le champ « %1 » est choisi pour plusieurs colonnes (%2) : gardez-en une seule.</source>
        <translation>The field “%1” is chosen for several columns (%2): keep only one.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_common.py" line="125"/>
        <source>Choisissez la colonne du champ obligatoire « %1 ».</source>
        <translation>Choose the column for the required field “%1”.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_common.py" line="137"/>
        <source>Répète la ligne %1.</source>
        <translation>Repeats row %1.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="44"/>
        <source>Point-virgule ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="45"/>
        <source>Virgule ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="46"/>
        <source>Tabulation</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="47"/>
        <source>Barre verticale ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="50"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="51"/>
        <source>UTF-8 avec BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="52"/>
        <source>Windows-1252 (Excel ancien)</source>
        <translation>Windows-1252 (older Excel)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="56"/>
        <source>Virgule (1,5)</source>
        <translation>Comma (1,5)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_file_page.py" line="57"/>
        <source>Point (1.5)</source>
        <translation>Point (1.5)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_model.py" line="43"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_model.py" line="44"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_model.py" line="45"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_model.py" line="46"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/import_report_model.py" line="47"/>
        <source>Choix</source>
        <translation>Choice</translation>
    </message>
</context>
<context>
    <name>meeting_participants</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="29"/>
        <source>rotation %1</source>
        <translation>round %1</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="38"/>
        <source>après la rotation %1</source>
        <translation>after round %1</translation>
    </message>
</context>
<context>
    <name>meeting_parties</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_parties.py" line="34"/>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="207"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_parties.py" line="35"/>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="208"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>meeting_survey</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_survey_dialog.py" line="23"/>
        <source>Pas du tout satisfait</source>
        <translation>Not at all satisfied</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_survey_dialog.py" line="24"/>
        <source>Peu satisfait</source>
        <translation>Not very satisfied</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_survey_dialog.py" line="25"/>
        <source>Moyennement satisfait</source>
        <translation>Moderately satisfied</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_survey_dialog.py" line="26"/>
        <source>Satisfait</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/meeting_survey_dialog.py" line="27"/>
        <source>Très satisfait</source>
        <translation>Very satisfied</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="82"/>
        <source>La base est en lecture seule ({reason}) : rien n&apos;a été enregistré.</source>
        <translation>The database is read-only ({reason}): nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="90"/>
        <source>le fichier a été modifié en dehors de l&apos;application</source>
        <translation>the file was changed outside the application</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="261"/>
        <source>Opération impossible</source>
        <translation>Operation not possible</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="272"/>
        <source>Fiche modifiée ailleurs</source>
        <translation>Record changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="277"/>
        <source>Recharger</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="280"/>
        <location filename="../../dla_desktop/ui/operations.py" line="419"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="332"/>
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="418"/>
        <source>Opération en cours…</source>
        <translation>Operation in progress…</translation>
    </message>
</context>
<context>
    <name>related_table</name>
    <message>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="173"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="237"/>
        <source>{stem} - ma version{suffix}</source>
        <translation>{stem} - my version{suffix}</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="247"/>
        <source>Copie impossible</source>
        <translation>Cannot copy</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="250"/>
        <source>Votre version est enregistrée : {path}</source>
        <translation>Your version is saved: {path}</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="260"/>
        <source>Enregistrer ma version sous</source>
        <translation>Save my version as</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="262"/>
        <source>Bases DLA Desktop (*.dla)</source>
        <translation>DLA Desktop databases (*.dla)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="274"/>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="290"/>
        <source>Envoi impossible</source>
        <translation>Cannot send</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="275"/>
        <source>Le fichier a changé sur le disque : rechargez-le avant de l&apos;envoyer.</source>
        <translation>The file changed on disk: reload it before sending it.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="288"/>
        <source>Copie écrite : {path}</source>
        <translation>Copy written: {path}</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="297"/>
        <source>Dossier où écrire la copie pour l&apos;autre bureau</source>
        <translation>Folder to write the copy for the other office to</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="319"/>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="388"/>
        <source>Fusion impossible</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="323"/>
        <source>La base est en lecture seule ({reason}) : rien n&apos;a été fusionné.</source>
        <translation>The database is read-only ({reason}): nothing was merged.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="334"/>
        <source>C&apos;est la base ouverte elle-même : choisissez le fichier reçu de l&apos;autre bureau.</source>
        <translation>This is the open database itself: choose the file received from the other office.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="348"/>
        <source>Fichier reçu d&apos;un autre bureau</source>
        <translation>File received from another office</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="350"/>
        <source>Bases DLA Desktop (*.dla);;Tous les fichiers (*)</source>
        <translation>DLA Desktop databases (*.dla);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="367"/>
        <source>Fusion terminée : {name}</source>
        <translation>Merge complete: {name}</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="398"/>
        <source>Le fichier n&apos;a pas pu être rechargé. Votre version est gardée ici : {path}</source>
        <translation>The file could not be reloaded. Your version is kept here: {path}</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="406"/>
        <source>ma version de « {name} »</source>
        <translation>my version of “{name}”</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="428"/>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="451"/>
        <source>Restauration impossible</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="429"/>
        <source>La base est en lecture seule ({reason}) : rien n&apos;a été restauré.</source>
        <translation>The database is read-only ({reason}): nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="456"/>
        <source>Sauvegarde restaurée</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="457"/>
        <source>La sauvegarde est restaurée. La base telle qu&apos;elle était avant est gardée ici : {path}</source>
        <translation>The backup is restored. The database as it was before is kept here: {path}</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="539"/>
        <source>Erreur inattendue pendant la copie.</source>
        <translation>Unexpected error during the copy.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/sharing_ui.py" line="540"/>
        <source>Erreur inattendue pendant la copie (détails : {log}).</source>
        <translation>Unexpected error during the copy (details: {log}).</translation>
    </message>
</context>
<context>
    <name>table_models</name>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="26"/>
        <location filename="../../dla_desktop/ui/dialogs/enrol_dialog.py" line="15"/>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="28"/>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="42"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="192"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="217"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="27"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="28"/>
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="29"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/contact_dialog.py" line="30"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="43"/>
        <source>Spécialité</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_dialog.py" line="17"/>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="30"/>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="44"/>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="23"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="195"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="220"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="45"/>
        <source>Prix de journée</source>
        <translation>Day rate</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="46"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="207"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="32"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="76"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="36"/>
        <source>Rotation</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="37"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="41"/>
        <source>Avis de l&apos;association</source>
        <translation>Association&apos;s view</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="44"/>
        <source>Avis de l&apos;entreprise</source>
        <translation>Company&apos;s view</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="47"/>
        <source>Suite à 6 mois</source>
        <translation>Outcome after 6 months</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="49"/>
        <source>Partenariat</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="58"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="62"/>
        <source>Commentaires</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="77"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_dialog.py" line="16"/>
        <location filename="../../dla_desktop/ui/dialogs/meeting_participant_dialog.py" line="29"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="193"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="219"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="194"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="196"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/enrol_dialog.py" line="18"/>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="26"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="199"/>
        <source>Emplois</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="27"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="200"/>
        <source>Nombre de salariés</source>
        <translation>Number of employees</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="33"/>
        <source>Sous-groupes</source>
        <translation>Subgroups</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="204"/>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="205"/>
        <source>Équivalents temps plein</source>
        <translation>Full-time equivalents</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="210"/>
        <source>RNA</source>
        <translation>RNA</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="211"/>
        <source>Numéro au répertoire national des associations</source>
        <translation>National register of associations number</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="218"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="221"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="225"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="237"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="245"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="226"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="20"/>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="69"/>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="44"/>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="58"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="23"/>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="30"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="228"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="248"/>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="46"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="27"/>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="62"/>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="72"/>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="61"/>
        <source>Volet</source>
        <translation>Strand</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/cabinet_page.py" line="28"/>
        <source>Montant contractualisé</source>
        <translation>Contracted amount</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="230"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="231"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="232"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="66"/>
        <source>Prévus</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="71"/>
        <source>Réalisés</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="72"/>
        <source>Jours de suivi réalisés (durée des actions)</source>
        <translation>Completed follow-up days (total duration of the actions)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="74"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="49"/>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="50"/>
        <source>Suivi par</source>
        <translation>Followed up by</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="52"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="55"/>
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="56"/>
        <source>Associations et entreprises</source>
        <translation>Associations and companies</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="30"/>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="59"/>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="77"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="236"/>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="57"/>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="78"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="36"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="37"/>
        <source>Ancienne valeur</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="38"/>
        <source>Nouvelle valeur</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="39"/>
        <source>Bureau</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="40"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="60"/>
        <source>Ce qui a avancé</source>
        <translation>What moved forward</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="79"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="86"/>
        <source>Délai (mois)</source>
        <translation>Sent after (months)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="90"/>
        <source>Envoyé le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="93"/>
        <source>Répondu le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="97"/>
        <source>Partenariat obtenu</source>
        <translation>Partnership obtained</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="109"/>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="110"/>
        <source>Formulaire PDF importé, ou réponse saisie à la main</source>
        <translation>Imported PDF form, or answer entered by hand</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="238"/>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="80"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="239"/>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="81"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="70"/>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="65"/>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="54"/>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="38"/>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="78"/>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="63"/>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="84"/>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="22"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="243"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="73"/>
        <source>Jours prévus</source>
        <translation>Planned days</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="74"/>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="67"/>
        <source>Jours de suivi prévus</source>
        <translation>Planned follow-up days</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="78"/>
        <source>Jours réalisés</source>
        <translation>Completed days</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="79"/>
        <source>Jours de suivi réalisés</source>
        <translation>Completed follow-up days</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="81"/>
        <source>Dernière action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/dialogs/history_dialog.py" line="35"/>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="82"/>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="45"/>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="55"/>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="78"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="83"/>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="81"/>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="86"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="94"/>
        <source>Quest. répondus</source>
        <translation>Quest. answered</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="95"/>
        <source>Questionnaires envoyés et répondus</source>
        <translation>Questionnaires sent and answered</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="99"/>
        <source>Quest. en attente</source>
        <translation>Quest. pending</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/followup_page.py" line="100"/>
        <source>Questionnaires envoyés, sans réponse</source>
        <translation>Questionnaires sent, not yet answered</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="66"/>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="55"/>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="39"/>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="102"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="244"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="246"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="250"/>
        <source>Date du statut</source>
        <translation>Status date</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="53"/>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="57"/>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="105"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="251"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="68"/>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="50"/>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="58"/>
        <location filename="../../dla_desktop/ui/pages/programme/followup_tab.py" line="80"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="61"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="63"/>
        <source>Cabinet</source>
        <translation>Consultancy</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="65"/>
        <source>Prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="68"/>
        <source>Réalisé</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="73"/>
        <source>Contractualisé</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/projects_tab.py" line="54"/>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="74"/>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="75"/>
        <source>Par membre</source>
        <translation>Per member</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="79"/>
        <location filename="../../dla_desktop/ui/pages/programme/participants_tab.py" line="32"/>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="48"/>
        <source>Volets</source>
        <translation>Strands</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="82"/>
        <source>Forfait</source>
        <translation>Flat rate</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="83"/>
        <source>Budget global partagé entre les associations</source>
        <translation>Overall budget shared among the associations</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="87"/>
        <source>Selon volets</source>
        <translation>By strand</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="88"/>
        <source>Somme des parts des volets suivis</source>
        <translation>Sum of the shares of the strands followed</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="92"/>
        <source>Financé</source>
        <translation>Funded</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="93"/>
        <source>Financements partagés entre les associations</source>
        <translation>Funding shared among the associations</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="97"/>
        <source>Coûts</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/programme/budget_tab.py" line="98"/>
        <source>Coûts (réalisés, sinon prévus) partagés</source>
        <translation>Costs (actual, otherwise planned) shared</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="44"/>
        <location filename="../../dla_desktop/ui/pages/meeting/ratings_tab.py" line="55"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="46"/>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="82"/>
        <source>Représentants</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="47"/>
        <source>Dirigeants</source>
        <translation>Executives</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="48"/>
        <source>Arrivée tardive</source>
        <translation>Late arrival</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="49"/>
        <source>Départ anticipé</source>
        <translation>Early departure</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="50"/>
        <source>Présentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/participants_tab.py" line="67"/>
        <source>Souhait</source>
        <translation>Wish</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="51"/>
        <source>Inscription</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="64"/>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="67"/>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="74"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/related_table.py" line="79"/>
        <source>Rencontre</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/meeting/planning_tab.py" line="56"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
</context>
</TS>
