<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="fr_FR">
<context>
    <name>AssociationPage</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="80"/>
        <source>ex. W591012345</source>
        <translation>e.g. W591012345</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="81"/>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="91"/>
        <source>Déjà accompagnée individuellement par un DLA</source>
        <translation>Already supported individually by a DLA</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="98"/>
        <source>ex. 03 20 00 00 00</source>
        <translation>e.g. 03 20 00 00 00</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="109"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="112"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="113"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="114"/>
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="115"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="116"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="121"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="122"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="123"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="124"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="125"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="128"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="129"/>
        <source>Partenariats</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="130"/>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="262"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="131"/>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="144"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="146"/>
        <source>Nom* :</source>
        <translation>Name*:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="147"/>
        <source>Secteur :</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="148"/>
        <source>Activité :</source>
        <translation>Activity:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="149"/>
        <source>Numéro RNA :</source>
        <translation>RNA number:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="150"/>
        <source>SIRET :</source>
        <translation>SIRET:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="151"/>
        <source>Emplois :</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="152"/>
        <source>ETP :</source>
        <translation>FTE:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="153"/>
        <source>DLA antérieur :</source>
        <translation>Earlier DLA:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="157"/>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="159"/>
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="160"/>
        <source>Code postal :</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="161"/>
        <source>Commune :</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="162"/>
        <source>Courriel :</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="163"/>
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="167"/>
        <source>Accompagnement</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="169"/>
        <source>Attentes :</source>
        <translation>Expectations:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="170"/>
        <source>Notes :</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="256"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="257"/>
        <source>La fiche « %1 » a été modifiée. Enregistrer les modifications ?</source>
        <translation>The record “%1” was changed. Save the changes?</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="258"/>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="292"/>
        <source>Nouvelle association</source>
        <translation>New association</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="263"/>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="264"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="299"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="309"/>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/association_page.py" line="310"/>
        <source>Partenariats (%1)</source>
        <translation>Partnerships (%1)</translation>
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
    <name>ListPanel</name>
    <message>
        <location filename="../../dla_desktop/ui/widgets/list_panel.py" line="65"/>
        <source>Rechercher… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/list_panel.py" line="186"/>
        <source>Colonnes affichées</source>
        <translation>Visible columns</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/widgets/list_panel.py" line="205"/>
        <source>{shown} sur {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="147"/>
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
        <location filename="../../dla_desktop/ui/main_window.py" line="151"/>
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
        <location filename="../../dla_desktop/ui/main_window.py" line="181"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="182"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="183"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="184"/>
        <source>Entreprises</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="185"/>
        <source>Cabinets</source>
        <translation>Consultancies</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="186"/>
        <source>Partenariats</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="187"/>
        <source>Rencontres</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="188"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="203"/>
        <source>Ici viendront les chiffres clés de tous les programmes : associations accompagnées, emplois concernés, budget, partenariats par catégorie et par année, avec leurs graphiques.</source>
        <translation>The key figures of every programme will come here: associations supported, jobs concerned, budget, partnerships by category and by year, with their charts.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="208"/>
        <source>Ici viendra le suivi des associations après l’accompagnement : jours prévus et réalisés, actions menées, réponses aux questionnaires.</source>
        <translation>The follow-up of associations after support will come here: planned and completed days, actions taken, questionnaire answers.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="268"/>
        <source>Ouvrir une base</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="270"/>
        <location filename="../../dla_desktop/ui/main_window.py" line="280"/>
        <source>Bases DLA Desktop (*.dla)</source>
        <translation>DLA Desktop databases (*.dla)</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="278"/>
        <source>Nouvelle base</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="279"/>
        <source>Nouvelle base.dla</source>
        <translation>New database.dla</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="304"/>
        <source>Fichier introuvable</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="306"/>
        <source>Le fichier « {path} » n’existe plus (déplacé ou supprimé) : il est retiré des fichiers récents.</source>
        <translation>The file “{path}” no longer exists (moved or deleted): it has been removed from the recent files.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="337"/>
        <source>&amp;Nouvelle base…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="341"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="348"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation>Open the &amp;demonstration</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="350"/>
        <source>Fichiers &amp;récents</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="356"/>
        <source>&amp;Bureau de travail…</source>
        <translation>&amp;Working office…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="360"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="368"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/main_window.py" line="381"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
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
    <name>app</name>
    <message>
        <location filename="../../dla_desktop/app.py" line="68"/>
        <source>Impossible d&apos;ouvrir la base</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="103"/>
        <source>Impossible de créer la base</source>
        <translation>Cannot create the database</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="129"/>
        <source>Erreur système {number} en écrivant {path}.</source>
        <translation>System error {number} while writing {path}.</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/app.py" line="141"/>
        <source>Impossible de créer la démonstration</source>
        <translation>Cannot create the demonstration</translation>
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
        <location filename="../../dla_desktop/domain/enums.py" line="116"/>
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
        <location filename="../../dla_desktop/domain/enums.py" line="121"/>
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
        <location filename="../../dla_desktop/domain/enums.py" line="102"/>
        <source>Speed dating</source>
        <translation>Speed dating</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="103"/>
        <source>Réunion d&apos;information</source>
        <translation>Information meeting</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="104"/>
        <source>Petit-déjeuner</source>
        <translation>Breakfast meeting</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="105"/>
        <source>Conférence</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="106"/>
        <source>Table ronde</source>
        <translation>Round table</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="107"/>
        <source>Forum ouvert</source>
        <translation>Open forum</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="108"/>
        <location filename="../../dla_desktop/domain/enums.py" line="115"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="112"/>
        <source>Entretien</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="113"/>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="114"/>
        <source>Téléphone</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="120"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="122"/>
        <source>Cabinet</source>
        <translation>Consultancy</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/domain/enums.py" line="123"/>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="195"/>
        <source>Opération impossible</source>
        <translation>Operation not possible</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="206"/>
        <source>Fiche modifiée ailleurs</source>
        <translation>Record changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="211"/>
        <source>Recharger</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="214"/>
        <location filename="../../dla_desktop/ui/operations.py" line="346"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="266"/>
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/operations.py" line="345"/>
        <source>Opération en cours…</source>
        <translation>Operation in progress…</translation>
    </message>
</context>
<context>
    <name>table_models</name>
    <message>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="40"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="170"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="195"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="41"/>
        <source>Spécialité</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="42"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="173"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="198"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="43"/>
        <source>Prix de journée</source>
        <translation>Day rate</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/pages/list_pages.py" line="44"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="185"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="73"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="74"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="171"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="197"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="172"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="174"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="177"/>
        <source>Emplois</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="178"/>
        <source>Nombre de salariés</source>
        <translation>Number of employees</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="182"/>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="183"/>
        <source>Équivalents temps plein</source>
        <translation>Full-time equivalents</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="188"/>
        <source>RNA</source>
        <translation>RNA</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="189"/>
        <source>Numéro au répertoire national des associations</source>
        <translation>National register of associations number</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="196"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="199"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="203"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="215"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="223"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="204"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="206"/>
        <location filename="../../dla_desktop/ui/table_models.py" line="226"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="208"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="209"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="210"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="214"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="216"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="217"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="221"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="222"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="224"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="228"/>
        <source>Date du statut</source>
        <translation>Status date</translation>
    </message>
    <message>
        <location filename="../../dla_desktop/ui/table_models.py" line="229"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
</context>
</TS>
