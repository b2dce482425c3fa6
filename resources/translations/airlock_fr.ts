<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountAdmin</name>
    <message>
        <location filename="../../app/gui/account_admin.py" line="125" />
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="126" />
        <source>It can no longer unlock or approve; its data stays</source>
        <translation>Il ne peut plus déverrouiller ni approuver ; ses données restent</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="128" />
        <source>E&amp;nable</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="129" />
        <source>Let it in again with the passphrase it had</source>
        <translation>Le laisser entrer à nouveau avec la phrase secrète qu'il avait</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="131" />
        <source>Re&amp;move…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="132" />
        <source>Destroy the account and its key slot; the audit keeps its name</source>
        <translation>Détruire le compte et son emplacement de clé ; l'audit garde son nom</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="134" />
        <source>Set &amp;passphrase…</source>
        <translation>Définir la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="135" />
        <source>Give the account a new passphrase (when it forgot its own)</source>
        <translation>Donner au compte une nouvelle phrase secrète (quand il a oublié la sienne)</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="171" />
        <source>Disable the account {0}.</source>
        <translation>Désactiver le compte {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="172" />
        <source>Enable the account {0}.</source>
        <translation>Réactiver le compte {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="173" />
        <source>Remove the account {0} and destroy its key slot.</source>
        <translation>Supprimer le compte {0} et détruire son emplacement de clé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="188" />
        <source>Disabled {0}. Rotate the data key (Vault key) so that old copies of the key slot file stop opening the vault.</source>
        <translation>{0} est désactivé. Renouvelez la clé de données (Clé du coffre) pour que les anciennes copies du fichier des emplacements de clé n'ouvrent plus le coffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="190" />
        <source>Enabled {0}.</source>
        <translation>{0} est réactivé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="191" />
        <source>Removed {0}; the audit trail keeps its name.</source>
        <translation>{0} est supprimé ; la piste d'audit garde son nom.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="197" />
        <source>The account was not changed</source>
        <translation>Le compte n'a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="206" />
        <source>Remove an account</source>
        <translation>Supprimer un compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="207" />
        <source>Remove {0}? Its key slot is destroyed and the name is never given again. This cannot be undone; disabling can.</source>
        <translation>Supprimer {0} ? Son emplacement de clé est détruit et le nom n'est plus jamais attribué. C'est irréversible ; la désactivation, non.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="211" />
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="224" />
        <source>Set a new passphrase for {0}.</source>
        <translation>Nouvelle phrase secrète définie pour {0}.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../app/gui/account_admin.py" line="37" />
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="38" />
        <source>disabled {0} by {1}</source>
        <translation>désactivé le {0} par {1}</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="89" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="90" />
        <location filename="../../app/gui/sections/settings.py" line="106" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="91" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="92" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="96" />
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="103" />
        <source>New account name</source>
        <translation>Nom du nouveau compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="112" />
        <source>Initial passphrase</source>
        <translation>Phrase secrète initiale</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="113" />
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="124" />
        <source>New passphrase for your account</source>
        <translation>Nouvelle phrase secrète de votre compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="125" />
        <source>&amp;Change my passphrase</source>
        <translation>&amp;Changer ma phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="128" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="129" />
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="130" />
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="134" />
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="135" />
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="145" />
        <source>Selected account</source>
        <translation>Compte sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="148" />
        <source>Roles: admin manages accounts, trust and policy; operator runs nodes, imports and jobs; auditor reads everything and exports the audit trail.</source>
        <translation>Rôles : admin gère comptes, confiance et politique ; operator gère nœuds, imports et tâches ; auditor lit tout et exporte la piste d'audit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="168" />
        <source>Add the {0} account {1}.</source>
        <translation>Ajouter le compte {0} {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="184" />
        <source>Added {0} account {1}.</source>
        <translation>Compte {0} {1} ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="174" />
        <location filename="../../app/gui/sections/settings.py" line="190" />
        <source>The account was not added</source>
        <translation>Le compte n'a pas été ajouté</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="200" />
        <source>Your passphrase was changed.</source>
        <translation>Votre phrase secrète a été changée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="201" />
        <source>The passphrase was not changed</source>
        <translation>La phrase secrète n'a pas été changée</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="158" />
        <source>Acknowledge alarm {0}</source>
        <translation>Acquitter l'alarme {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="163" />
        <source>Say who is on it and what happens next. The note goes into the audit trail; the alarm stays open until its condition clears.</source>
        <translation>Dites qui s'en occupe et ce qui va suivre. La note va dans la piste d'audit ; l'alarme reste ouverte jusqu'à ce que sa cause disparaisse.</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="170" />
        <source>e.g. RMA opened, case 88123</source>
        <translation>par ex. RMA ouvert, dossier 88123</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="171" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="172" />
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="179" />
        <source>Recording the acknowledgement</source>
        <translation>Enregistrement de l'acquittement</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="181" />
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="215" />
        <source>{0}
What to do: {1}</source>
        <translation>{0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>AddRelayDialog</name>
    <message>
        <location filename="../../app/gui/relays.py" line="180" />
        <source>Add a relay</source>
        <translation>Ajouter un relais</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="184" />
        <source>Relay node</source>
        <translation>Nœud relais</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="185" />
        <source>An enrolled node the appliance reaches directly</source>
        <translation>Un nœud enrôlé que l'appliance joint directement</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="188" />
        <source>rack7-*  or  zone=r7</source>
        <translation>rack7-*  ou  zone=r7</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="189" />
        <source>Nodes it serves</source>
        <translation>Nœuds qu'il dessert</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="190" />
        <source>Node names or labels, as in --limit: rack7-*, zone=r7, site=north&amp;roles=gpu</source>
        <translation>Noms de nœuds ou étiquettes, comme pour --limit : rack7-*, zone=r7, site=north&amp;roles=gpu</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="196" />
        <source>&amp;Node:</source>
        <translation>&amp;Nœud :</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="198" />
        <source>&amp;Serves:</source>
        <translation>&amp;Dessert :</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="203" />
        <source>&amp;Add relay</source>
        <translation>&amp;Ajouter le relais</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="205" />
        <source>Ask the node what it runs, then record it as a relay (audited)</source>
        <translation>Demander au nœud ce qu'il exécute, puis l'enregistrer comme relais (audité)</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="230" />
        <source>Nodes not read</source>
        <translation>Nœuds non lus</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="235" />
        <source>No enrolled node can be a relay: a relay is reached directly and serves no other relay's nodes. Enrol the relay node first.</source>
        <translation>Aucun nœud enrôlé ne peut être un relais : un relais est joint directement et ne dessert pas les nœuds d'un autre relais. Enrôlez d'abord le nœud relais.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="251" />
        <source>Selects {0}: {1}</source>
        <translation>Sélectionne {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="252" />
        <source>Selects no node yet; nodes enrolled later with matching names or labels will be reached through this relay.</source>
        <translation>Ne sélectionne encore aucun nœud ; les nœuds enrôlés plus tard avec des noms ou étiquettes correspondants seront joints par ce relais.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="260" />
        <source>{0}
What to do: {1}</source>
        <translation>{0}
Que faire : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="270" />
        <source>Make {0} the relay of the nodes {1} selects.</source>
        <translation>Faire de {0} le relais des nœuds que {1} sélectionne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="280" />
        <source>Asking {0} what it runs…</source>
        <translation>Demande à {0} de ce qu'il exécute…</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="291" />
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="52" />
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="53" />
        <source>Everything Airlock knows is kept encrypted in {0}.</source>
        <translation>Tout ce que sait Airlock est chiffré dans {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="56" />
        <source>Admin account name</source>
        <translation>Nom du compte admin</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="60" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="61" />
        <source>At least 8 characters; a few unrelated words are best.</source>
        <translation>Au moins 8 caractères ; quelques mots sans rapport sont l'idéal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="65" />
        <source>Passphrase again</source>
        <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="68" />
        <source>Admin &amp;name:</source>
        <translation>&amp;Nom de l'admin :</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="69" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="70" />
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="79" />
        <source>The passphrase needs at least 8 characters.</source>
        <translation>La phrase secrète doit compter au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="81" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="83" />
        <source>Nobody can recover this passphrase for you: only the recovery key can.</source>
        <translation>Personne ne peut retrouver cette phrase secrète pour vous : seule la clé de récupération le peut.</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="75" />
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="80" />
        <source>No open alarms: no changed host keys, no unhealthy nodes, no failed scheduled jobs, nothing expiring, the store has room.</source>
        <translation>Aucune alarme ouverte : aucune clé d'hôte changée, aucun nœud en mauvaise santé, aucune tâche planifiée en échec, rien n'expire, le magasin a de la place.</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="82" />
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acquitter…</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="84" />
        <source>Say you are on it, with a note; the alarm stays open until it clears</source>
        <translation>Dites que vous vous en occupez, avec une note ; l'alarme reste ouverte jusqu'à sa disparition</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="117" />
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="117" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="119" />
        <source>{0}, since {1}</source>
        <translation>{0}, depuis {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="122" />
        <source>Acknowledged by {0}: {1}</source>
        <translation>Acquittée par {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="130" />
        <source>What to do: {0}</source>
        <translation>Que faire : {0}</translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="485" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="486" />
        <location filename="../../app/gui/sections/settings.py" line="493" />
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="486" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="487" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="492" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="500" />
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="501" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="502" />
        <source>These are kept on this machine, outside the vault; they hold no secret.</source>
        <translation>Ces réglages restent sur cette machine, hors du coffre ; ils ne contiennent aucun secret.</translation>
    </message>
</context>
<context>
    <name>Appliance</name>
    <message>
        <location filename="../../app/gui/appliance.py" line="52" />
        <source>installed from a release medium on {0}</source>
        <translation>installé depuis un support de diffusion le {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="54" />
        <source>updated from the bundle {0} by {1} on {2}</source>
        <translation>mis à jour depuis le paquet {0} par {1} le {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="56" />
        <source>origin unknown</source>
        <translation>origine inconnue</translation>
    </message>
</context>
<context>
    <name>ApplianceTab</name>
    <message>
        <location filename="../../app/gui/appliance.py" line="68" />
        <source>Installed versions</source>
        <translation>Versions installées</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="72" />
        <source>Imported app bundles</source>
        <translation>Paquets d'application importés</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="77" />
        <source>Release notes</source>
        <translation>Notes de version</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="78" />
        <source>&amp;Update to the chosen version</source>
        <translation>&amp;Mettre à jour vers la version choisie</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="81" />
        <source>Admin: install it beside this one, back the database up, let it check itself; keep it only if it passes</source>
        <translation>Admin : l'installer à côté de celle-ci, sauvegarder la base de données, la laisser se vérifier ; ne la garder que si elle réussit</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="83" />
        <source>&amp;Roll back to the kept version</source>
        <translation>&amp;Revenir à la version conservée</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="88" />
        <source>Update progress</source>
        <translation>Progression de la mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="101" />
        <source>Imported app bundles and their release notes</source>
        <translation>Paquets d'application importés et leurs notes de version</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="113" />
        <source>Airlock's versions could not be read</source>
        <translation>Les versions d'Airlock n'ont pas pu être lues</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="121" />
        <source>{0} {1} (newer)</source>
        <translation>{0} {1} (plus récent)</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="121" />
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="129" />
        <source>No app bundle is imported. Import one in Bundles; it appears here.</source>
        <translation>Aucun paquet d'application n'est importé. Importez-en un dans Paquets ; il apparaît ici.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="135" />
        <source>Airlock {0} runs from a source tree: updates apply to an installed Airlock (a release medium installs one).</source>
        <translation>Airlock {0} s'exécute depuis une arborescence de sources : les mises à jour s'appliquent à un Airlock installé (un support de diffusion en installe un).</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="138" />
        <source>Installed: {0}</source>
        <translation>Installé : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="141" />
        <source>Kept for rollback: {0}, {1}</source>
        <translation>Conservé pour revenir en arrière : {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="144" />
        <source>No previous version is kept.</source>
        <translation>Aucune version précédente n'est conservée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="145" />
        <source>Location: {0}</source>
        <translation>Emplacement : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="147" />
        <source>This window runs {0}; restart Airlock to run {1}.</source>
        <translation>Cette fenêtre exécute {0} ; redémarrez Airlock pour exécuter {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="150" />
        <source>This account of the machine may not change {0} (root or the group airlock-update may).</source>
        <translation>Ce compte de la machine ne peut pas modifier {0} (root ou le groupe airlock-update le peuvent).</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="162" />
        <source>This release has no notes.</source>
        <translation>Cette version n'a pas de notes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="174" />
        <source>Admin: switch back to {0}, which checks itself first</source>
        <translation>Admin : revenir à {0}, qui se vérifie d'abord</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="175" />
        <source>No previous version is kept</source>
        <translation>Aucune version précédente n'est conservée</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="185" />
        <source>Update Airlock to {0}.</source>
        <translation>Mettre Airlock à jour vers {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="192" />
        <source>Roll Airlock back to {0}.</source>
        <translation>Ramener Airlock à {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="203" />
        <source>Working… the vault is closed to other sessions until it ends.</source>
        <translation>En cours… le coffre est fermé aux autres sessions jusqu'à la fin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="220" />
        <source>Airlock {0} passed its self-check and is now installed; {1} is kept. Airlock restarts into {0} now.</source>
        <translation>Airlock {0} a réussi son auto-vérification et est maintenant installé ; {1} est conservé. Airlock redémarre maintenant sur {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="226" />
        <source>Nothing changed: {0}
What to do: {1}</source>
        <translation>Rien n'a changé : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../app/gui/approval.py" line="52" />
        <source>Second approval needed</source>
        <translation>Seconde approbation requise</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="54" />
        <source>A second account must approve this</source>
        <translation>Un second compte doit approuver ceci</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="59" />
        <source>{0} is under dual control. Another operator types their own account name and passphrase here; both names are recorded in the audit trail.</source>
        <translation>{0} est sous double contrôle. Un autre opérateur tape ici son propre nom de compte et sa phrase secrète ; les deux noms sont consignés dans la piste d'audit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="65" />
        <source>Approver's account name</source>
        <translation>Nom du compte de l'approbateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="66" />
        <source>A different account whose role may do this action</source>
        <translation>Un autre compte dont le rôle permet cette action</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="70" />
        <source>Approver's passphrase</source>
        <translation>Phrase secrète de l'approbateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="72" />
        <source>Approver's &amp;account:</source>
        <translation>&amp;Compte de l'approbateur :</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="74" />
        <source>Approver's &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de l'approbateur :</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="79" />
        <source>Checking the approver's passphrase</source>
        <translation>Vérification de la phrase secrète de l'approbateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="81" />
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="84" />
        <source>Check the approver's passphrase, then go ahead</source>
        <translation>Vérifier la phrase secrète de l'approbateur, puis continuer</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="86" />
        <source>Do not go ahead; nothing is changed</source>
        <translation>Ne pas continuer ; rien n'est modifié</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="100" />
        <source>Type the approver's account name and passphrase.</source>
        <translation>Tapez le nom de compte et la phrase secrète de l'approbateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="103" />
        <source>The approver must be a different account from yours ({0}).</source>
        <translation>L'approbateur doit être un compte différent du vôtre ({0}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="134" />
        <source>Not approved: {0}
What to do: {1}</source>
        <translation>Non approuvé : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>ApprovalGate</name>
    <message>
        <location filename="../../app/gui/approval.py" line="178" />
        <source>Dual control</source>
        <translation>Double contrôle</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="230" />
        <source>Filter: actor, action, target, outcome…</source>
        <translation>Filtrer : acteur, action, cible, résultat…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="234" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="235" />
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="239" />
        <source>&amp;Verify now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="241" />
        <source>Recompute the Merkle tree and check every signed checkpoint</source>
        <translation>Recalculer l'arbre de Merkle et vérifier chaque point de contrôle signé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="243" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="245" />
        <source>Write an audit bundle with a standalone verifier to a medium</source>
        <translation>Écrire un paquet d'audit avec un vérificateur autonome sur un support</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="253" />
        <source>Audit entries</source>
        <translation>Entrées d'audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="267" />
        <source>Entry details</source>
        <translation>Détails de l'entrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="287" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="302" />
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="309" />
        <source>The log verifies: {0}, {1}, {2}.</source>
        <translation>Le journal se vérifie : {0}, {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="310" />
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="310" />
        <source>%n signed checkpoint(s)</source>
        <translation>
            <numerusform>%n point de contrôle signé</numerusform>
            <numerusform>%n points de contrôle signés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="311" />
        <source>%n entry(s) not yet sealed by a checkpoint</source>
        <translation>
            <numerusform>%n entrée pas encore scellée par un point de contrôle</numerusform>
            <numerusform>%n entrées pas encore scellées par un point de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="315" />
        <source>The log does NOT verify: {0} Export it and report it to your auditor.</source>
        <translation>Le journal NE se vérifie PAS : {0} Exportez-le et signalez-le à votre auditeur.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="63" />
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="68" />
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="70" />
        <source>Make a backup</source>
        <translation>Faire une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="72" />
        <source>The backup holds the vault (still encrypted; it opens only with a passphrase of an account in it or the recovery key) and, if chosen, the content store, with a manifest signed by the audit key. Several backups can share one medium; each is complete on its own. Keep the medium away from the appliance.</source>
        <translation>La sauvegarde contient le coffre (toujours chiffré ; il ne s'ouvre qu'avec la phrase secrète d'un de ses comptes ou la clé de récupération) et, si vous le choisissez, le magasin de contenu, avec un manifeste signé par la clé d'audit. Plusieurs sauvegardes peuvent partager un support ; chacune est complète à elle seule. Conservez le support loin de l'appliance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="78" />
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="79" />
        <source>The dashboard warns when no backup was made for this many days.</source>
        <translation>Le tableau de bord avertit quand aucune sauvegarde n'a été faite depuis ce nombre de jours.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="86" />
        <source>Folder on the medium</source>
        <translation>Dossier sur le support</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="87" />
        <source>/media/…/backups</source>
        <translation>/media/…/sauvegardes</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="88" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="90" />
        <source>Include the content store (only objects not on the medium yet are copied)</source>
        <translation>Inclure le magasin de contenu (seuls les objets absents du support sont copiés)</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="94" />
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="96" />
        <source>Admin: write an encrypted, signed backup into the folder (audited)</source>
        <translation>Admin : écrire une sauvegarde chiffrée et signée dans le dossier (audité)</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="98" />
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="100" />
        <source>Stop; the medium's earlier backups stay as they were</source>
        <translation>Arrêter ; les sauvegardes antérieures du support restent telles quelles</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="112" />
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="126" />
        <source>Warn after this many days without a backup</source>
        <translation>Avertir après ce nombre de jours sans sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="127" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="128" />
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="137" />
        <source>&amp;Warn after (days):</source>
        <translation>&amp;Avertir après (jours) :</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="155" />
        <source>No backup of this vault has been made yet.</source>
        <translation>Aucune sauvegarde de ce coffre n'a encore été faite.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="157" />
        <source>with the content store</source>
        <translation>avec le magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="157" />
        <source>vault only</source>
        <translation>coffre seul</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="158" />
        <source>{0}, made {1}, in {2} ({3}).</source>
        <translation>{0}, faite le {1}, dans {2} ({3}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/backup_tab.py" line="170" />
        <source>The dashboard warns after %n day(s) without a backup.</source>
        <translation>
            <numerusform>Le tableau de bord avertit après %n jour sans sauvegarde.</numerusform>
            <numerusform>Le tableau de bord avertit après %n jours sans sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="171" />
        <source>The dashboard no longer warns about backups.</source>
        <translation>Le tableau de bord n'avertit plus au sujet des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="179" />
        <source>Choose a folder on the medium</source>
        <translation>Choisir un dossier sur le support</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="191" />
        <source>Choose the folder on the medium first.</source>
        <translation>Choisissez d'abord le dossier sur le support.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="199" />
        <source>Make a backup of the vault into {0}.</source>
        <translation>Faire une sauvegarde du coffre dans {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="214" />
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="238" />
        <source>Wrote {0}: {1} written, {2} in the backup. Check it any time with `airlock backup verify`.</source>
        <translation>{0} écrit : {1} écrits, {2} dans la sauvegarde. Vérifiez-la à tout moment avec `airlock backup verify`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="246" />
        <source>Stopped. The medium's earlier backups are as they were.</source>
        <translation>Arrêté. Les sauvegardes antérieures du support sont telles qu'elles étaient.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="249" />
        <source>The backup was not made: {0}
What to do: {1}</source>
        <translation>La sauvegarde n'a pas été faite : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <location filename="../../app/gui/backup_warning.py" line="52" />
        <source>No backup of this appliance has been made yet. Make one in the Backups tab of Settings (with the content store), on a medium kept away from the appliance.</source>
        <translation>Aucune sauvegarde de cette appliance n'a encore été faite. Faites-en une dans l'onglet Sauvegardes des Paramètres (avec le magasin de contenu), sur un support conservé loin de l'appliance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_warning.py" line="56" />
        <source>No backup for {0}: the last one was made {1}, in {2}. This site asks for one at least every {3}. Make one in the Backups tab of Settings.</source>
        <translation>Aucune sauvegarde depuis {0} : la dernière a été faite le {1}, dans {2}. Ce site en demande une au moins tous les {3}. Faites-en une dans l'onglet Sauvegardes des Paramètres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/backup_warning.py" line="58" />
        <location filename="../../app/gui/backup_warning.py" line="59" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleProvenancePane</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="151" />
        <location filename="../../app/gui/provenance.py" line="154" />
        <source>Model card</source>
        <translation>Carte du modèle</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="153" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="155" />
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="169" />
        <source>This bundle has no model card.</source>
        <translation>Ce paquet n'a pas de carte du modèle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="171" />
        <source>The model card {0} cannot be shown: {1}</source>
        <translation>La carte du modèle {0} ne peut pas être affichée : {1}</translation>
    </message>
</context>
<context>
    <name>BundleTools</name>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="178" />
        <source>&amp;Verify folder…</source>
        <translation>&amp;Vérifier un dossier…</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="179" />
        <source>Check a bundle completely without importing it</source>
        <translation>Vérifier entièrement un paquet sans l'importer</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="181" />
        <source>Check &amp;store…</source>
        <translation>Contrôler le &amp;magasin…</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="182" />
        <source>Re-hash every object in the content store</source>
        <translation>Rehacher chaque objet du magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="189" />
        <source>Choose a bundle folder to verify</source>
        <translation>Choisir un dossier de paquet à vérifier</translation>
    </message>
</context>
<context>
    <name>BundlesSection</name>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="188" />
        <source>Filter bundles: name, type, classification, signer…</source>
        <translation>Filtrer les paquets : nom, type, classification, signataire…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="190" />
        <source>&amp;Import folder…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="192" />
        <source>Verify and import a bundle directory (NAME-VERSION.airlock)</source>
        <translation>Vérifier et importer un dossier de paquet (NOM-VERSION.airlock)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="197" />
        <source>Bundles in the content store</source>
        <translation>Paquets du magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="208" />
        <source>Bundle details</source>
        <translation>Détails du paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="209" />
        <source>No bundles imported. Insert a medium or use Import folder…</source>
        <translation>Aucun paquet importé. Insérez un support ou utilisez Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="215" />
        <source>Select a bundle to see its signers, classification, license and model card.</source>
        <translation>Sélectionnez un paquet pour voir ses signataires, sa classification, sa licence et sa fiche de modèle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="217" />
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="219" />
        <source>Deploy the selected model or update bundle to nodes (Ctrl+D)</source>
        <translation>Déployer le paquet de modèle ou de mise à jour sélectionné sur des nœuds (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="257" />
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="279" />
        <source>No trust root is pinned: no bundle can be imported until an admin pins one in Settings → Trust roots.</source>
        <translation>Aucune racine de confiance épinglée : aucun paquet ne peut être importé avant qu'un admin en épingle une dans Paramètres → Racines de confiance.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/bundles.py" line="293" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="316" />
        <source>Choose a bundle folder</source>
        <translation>Choisir un dossier de paquet</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="69" />
        <source>Choose the backup</source>
        <translation>Choisir la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="70" />
        <source>Mount the medium that holds the backups and choose the folder they are in.</source>
        <translation>Montez le support qui contient les sauvegardes et choisissez leur dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="73" />
        <source>Folder on the medium</source>
        <translation>Dossier sur le support</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="75" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="79" />
        <source>Backups in the folder</source>
        <translation>Sauvegardes du dossier</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="92" />
        <source>Choose the folder with the backups</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="106" />
        <source>Looking for backups…</source>
        <translation>Recherche des sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="113" />
        <source>{0}: cannot be read ({1})</source>
        <translation>{0} : illisible ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="115" />
        <source>with the content store</source>
        <translation>avec le magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="115" />
        <source>vault only</source>
        <translation>coffre seul</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="116" />
        <source>{0}: made {1}, {2}, {3}</source>
        <translation>{0} : faite le {1}, {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="123" />
        <source>The newest backup is chosen; it is verified before anything is restored.</source>
        <translation>La sauvegarde la plus récente est choisie ; elle est vérifiée avant toute restauration.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="125" />
        <source>There is no Airlock backup in this folder.</source>
        <translation>Ce dossier ne contient aucune sauvegarde Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="130" />
        <source>{0}
What to do: {1}</source>
        <translation>{0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="46" />
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="47" />
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="48" />
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="49" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="50" />
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="51" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="85" />
        <location filename="../../app/gui/sections/nodes.py" line="67" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="86" />
        <location filename="../../app/gui/sections/bundles.py" line="356" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="87" />
        <location filename="../../app/gui/sections/bundles.py" line="355" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="88" />
        <location filename="../../app/gui/sections/bundles.py" line="357" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="89" />
        <location filename="../../app/gui/sections/bundles.py" line="358" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="90" />
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="91" />
        <location filename="../../app/gui/sections/bundles.py" line="362" />
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="359" />
        <source>{0} in {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="360" />
        <source>Signed by role</source>
        <translation>Signé par le rôle</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="361" />
        <source>Signers (key ids)</source>
        <translation>Signataires (identifiants de clé)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="363" />
        <source>{0} by {1}</source>
        <translation>{0} par {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="365" />
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="372" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="68" />
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="66" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="67" />
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="69" />
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="371" />
        <source>No description.</source>
        <translation>Pas de description.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="47" />
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="48" />
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="49" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="50" />
        <location filename="../../app/gui/sections/nodes.py" line="69" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="51" />
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="68" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="70" />
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="71" />
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="73" />
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/base.py" line="242" />
        <source>enrolled</source>
        <translation>enrôlé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/base.py" line="243" />
        <source>host key changed</source>
        <translation>clé d'hôte changée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/base.py" line="247" />
        <source>{0}, cordoned: {1}</source>
        <translation>{0}, isolé : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/base.py" line="249" />
        <source>{0}, held back: relay {1} cordoned: {2}</source>
        <translation>{0}, retenu : relais {1} isolé : {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="85" />
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="86" />
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="87" />
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="88" />
        <source>unhealthy</source>
        <translation>défaillant</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="98" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="99" />
        <source>no GPU</source>
        <translation>pas de GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="100" />
        <source>driver not loaded</source>
        <translation>pilote non chargé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="101" />
        <source>GPU not responding</source>
        <translation>GPU muet</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="102" />
        <source>nvidia-smi failed</source>
        <translation>échec de nvidia-smi</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="75" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="76" />
        <source>Host key</source>
        <translation>Clé d'hôte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="77" />
        <source>The pinned host key fingerprint</source>
        <translation>L'empreinte de la clé d'hôte épinglée</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="42" />
        <source>relay {0}</source>
        <translation>relais {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="43" />
        <source>direct</source>
        <translation>direct</translation>
    </message>
</context>
<context>
    <name>CordonDialog</name>
    <message>
        <location filename="../../app/gui/cordon.py" line="35" />
        <source>Uncordon {0}</source>
        <translation>Lever l'isolement de {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="36" />
        <source>{0} was cordoned by {1} at {2}: {3}
Put it back in service: it takes deployments and jobs again.</source>
        <translation>{0} a été isolé par {1} à {2} : {3}
Remettez-le en service : il reçoit de nouveau déploiements et tâches.</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="40" />
        <source>&amp;Uncordon</source>
        <translation>&amp;Lever l'isolement</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="42" />
        <source>Cordon {0}</source>
        <translation>Isoler {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="43" />
        <source>Take {0} out of service: it takes no deployment and no job but facts and health, so it is still watched. Jobs and deployments that select it are refused, naming it and your reason.</source>
        <translation>Mettre {0} hors service : il ne reçoit aucun déploiement et aucune tâche hormis facts et health, il reste donc surveillé. Les tâches et déploiements qui le sélectionnent sont refusés, avec son nom et votre raison.</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="46" />
        <source>&amp;Cordon</source>
        <translation>&amp;Isoler</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="51" />
        <source>a change ticket or a sentence, e.g. PSU swap, CHG-4411</source>
        <translation>un ticket de changement ou une phrase, par ex. PSU swap, CHG-4411</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="52" />
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="53" />
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="79" />
        <source>Not uncordoned</source>
        <translation>Isolement non levé</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="79" />
        <source>Not cordoned</source>
        <translation>Non isolé</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="99" />
        <location filename="../../app/gui/first_run.py" line="107" />
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="100" />
        <source>Tuning the key derivation to this machine; this takes a few seconds.</source>
        <translation>Réglage de la dérivation de clé pour cette machine ; cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="120" />
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="132" />
        <source>The vault is ready.</source>
        <translation>Le coffre est prêt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="142" />
        <source>The vault was not created: {0}
What to do: {1} Go back to change it.</source>
        <translation>Le coffre n'a pas été créé : {0}
Que faire : {1} Revenez en arrière pour corriger.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="189" />
        <location filename="../../app/gui/sections/dashboard.py" line="200" />
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="190" />
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="202" />
        <source>GPU model</source>
        <translation>Modèle de GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="203" />
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="202" />
        <location filename="../../app/gui/sections/dashboard.py" line="210" />
        <source>GPU totals by model</source>
        <translation>GPU par modèle</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="206" />
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="191" />
        <source>Content store</source>
        <translation>Magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="192" />
        <source>Open alarms</source>
        <translation>Alarmes ouvertes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="199" />
        <location filename="../../app/gui/sections/dashboard.py" line="209" />
        <source>Latest jobs</source>
        <translation>Dernières tâches</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="200" />
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="200" />
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="200" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="200" />
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="201" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="205" />
        <source>Health over the last two weeks</source>
        <translation>Santé des deux dernières semaines</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="236" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="271" />
        <source>{0}, {1}, {2}</source>
        <comment>three counts</comment>
        <translation>{0}, {1}, {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="272" />
        <source>%n healthy</source>
        <translation>
            <numerusform>%n sain</numerusform>
            <numerusform>%n sains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="272" />
        <source>%n degraded</source>
        <translation>
            <numerusform>%n dégradé</numerusform>
            <numerusform>%n dégradés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="273" />
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n défaillant</numerusform>
            <numerusform>%n défaillants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="275" />
        <source>%n cordoned</source>
        <translation>
            <numerusform>%n isolé</numerusform>
            <numerusform>%n isolés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="278" />
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="282" />
        <source>%n bundle(s); {0}% of the disk free ({1})</source>
        <translation>
            <numerusform>%n paquet ; {0} % du disque libre ({1})</numerusform>
            <numerusform>%n paquets ; {0} % du disque libre ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="285" />
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n non acquittée</numerusform>
            <numerusform>%n non acquittées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="292" />
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="294" />
        <source>failed on {0} of %n host(s)</source>
        <translation>
            <numerusform>échec sur {0} de %n hôte</numerusform>
            <numerusform>échec sur {0} de %n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="296" />
        <source>succeeded on %n host(s)</source>
        <translation>
            <numerusform>réussie sur %n hôte</numerusform>
            <numerusform>réussie sur %n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="298" />
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="301" />
        <source>{0} (schedule {1})</source>
        <translation>{0} (planification {1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="328" />
        <source>Acknowledged alarm {0}.</source>
        <translation>Alarme {0} acquittée.</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="159" />
        <source>Deploy a bundle</source>
        <translation>Déployer un paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="175" />
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="177" />
        <source>Send the files, let each node verify them, then switch it over</source>
        <translation>Envoyer les fichiers, les faire vérifier par chaque nœud, puis le basculer</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="192" />
        <source>Loading bundles and nodes…</source>
        <translation>Chargement des paquets et des nœuds…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="198" />
        <source>Bundle to deploy</source>
        <translation>Paquet à déployer</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="206" />
        <source>Playbook that applies the update</source>
        <translation>Playbook qui applique la mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="208" />
        <source>apply_update installs the packages; gpu_driver and baseline apply the driver or the baseline from the same bundle</source>
        <translation>apply_update installe les paquets logiciels ; gpu_driver et baseline appliquent le pilote ou la base du même paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="210" />
        <source>Hash every file in &amp;full on the node</source>
        <translation>Hacher chaque fichier en &amp;entier sur le nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="212" />
        <source>Also re-read files the node already hashed as they arrived (slower)</source>
        <translation>Relire aussi les fichiers que le nœud a hachés à leur arrivée (plus lent)</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="214" />
        <source>&amp;Bundle:</source>
        <translation>&amp;Paquet :</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="216" />
        <source>&amp;Playbook:</source>
        <translation>&amp;Playbook :</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="229" />
        <source>Filter nodes: name, label, clearance…</source>
        <translation>Filtrer les nœuds : nom, étiquette, habilitation…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="236" />
        <source>Target nodes</source>
        <translation>Nœuds cibles</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="248" />
        <source>&amp;Target nodes (select one or more):</source>
        <translation>Nœuds &amp;cibles (sélectionnez-en un ou plusieurs) :</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="260" />
        <location filename="../../app/gui/deploy.py" line="461" />
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="261" />
        <location filename="../../app/gui/deploy.py" line="461" />
        <source>Clearance</source>
        <translation>Habilitation</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="262" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="263" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="264" />
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="282" />
        <source>A bundle goes only to nodes cleared for its classification or higher. Levels, least sensitive first: {0}. A node's clearance is its clearance label.</source>
        <translation>Un paquet ne va que sur des nœuds habilités pour sa classification ou plus. Niveaux, du moins sensible au plus sensible : {0}. L'habilitation d'un nœud est son étiquette clearance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="290" />
        <source>{0} {1} ({2}, {3})</source>
        <translation>{0} {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="298" />
        <source>No model or update bundle is imported. Import one in Bundles first.</source>
        <translation>Aucun paquet de modèle ou de mise à jour n'est importé. Importez-en un d'abord dans Paquets.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="300" />
        <source>No node is enrolled. Enrol one in Nodes first.</source>
        <translation>Aucun nœud n'est enrôlé. Enrôlez-en un d'abord dans Nœuds.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="307" />
        <source>Bundles and nodes could not be read: {0}
What to do: {1}</source>
        <translation>Impossible de lire les paquets et les nœuds : {0}
Que faire : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="329" />
        <source>{0} bundle, classified {1}, {2}; signed by the {3} role.</source>
        <translation>Paquet {0}, classifié {1}, {2} ; signé par le rôle {3}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="341" />
        <source>{0} (no clearance label)</source>
        <translation>{0} (pas d'étiquette clearance)</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="349" />
        <source>blocked: its host key changed</source>
        <translation>bloqué : sa clé d'hôte a changé</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="351" />
        <source>refused: cordoned ({0})</source>
        <translation>refusé : isolé ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="353" />
        <source>refused: relay {0} cordoned ({1})</source>
        <translation>refusé : relais {0} isolé ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="356" />
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="357" />
        <source>refused: {0}</source>
        <translation>refusé : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="362" />
        <source>classification {0} is not a configured level</source>
        <translation>la classification {0} n'est pas un niveau configuré</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="364" />
        <source>clearance {0} is not a configured level</source>
        <translation>l'habilitation {0} n'est pas un niveau configuré</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="365" />
        <source>cleared for {0}, below {1}</source>
        <translation>habilité pour {0}, en dessous de {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="389" />
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>%n nœud sélectionné</numerusform>
            <numerusform>%n nœuds sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="391" />
        <source>%n node(s) refused by policy</source>
        <translation>
            <numerusform>%n nœud refusé par la politique</numerusform>
            <numerusform>%n nœuds refusés par la politique</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="403" />
        <source>Deploy {0} {1} ({2}, {3}) to {4}: {5}.</source>
        <translation>Déployer {0} {1} ({2}, {3}) sur {4} : {5}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="404" />
        <location filename="../../app/gui/deploy.py" line="427" />
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="426" />
        <source>Deploying {0} {1} to {2}…</source>
        <translation>Déploiement de {0} {1} sur {2}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="400" />
        <source>Choose a bundle and at least one node.</source>
        <translation>Choisissez un paquet et au moins un nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="430" />
        <source>Deployed {0}.</source>
        <translation>{0} déployé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="432" />
        <source>Switched over: {0}.</source>
        <translation>Basculés : {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="434" />
        <source>Already current (nothing sent): {0}.</source>
        <translation>Déjà à jour (rien n'a été envoyé) : {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="444" />
        <source>Cancelled. The nodes keep the version they had; files already sent are resumed by the next deploy.</source>
        <translation>Annulé. Les nœuds gardent leur version ; les fichiers déjà envoyés seront repris au prochain déploiement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="449" />
        <source>Not deployed: {0}
What to do: {1}</source>
        <translation>Non déployé : {0}
Que faire : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="459" />
        <source>Placement refused: nothing was sent. {0} is classified {1}; these nodes are not cleared for it:</source>
        <translation>Placement refusé : rien n'a été envoyé. {0} est classifié {1} ; ces nœuds ne sont pas habilités pour lui :</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="461" />
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="466" />
        <source>What to do: {0}</source>
        <translation>Que faire : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="470" />
        <source>Refused by placement policy.</source>
        <translation>Refusé par la politique de placement.</translation>
    </message>
</context>
<context>
    <name>DeployProvenance</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="242" />
        <source>Model &amp;card…</source>
        <translation>&amp;Carte du modèle…</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="244" />
        <source>Read the model card this bundle carries</source>
        <translation>Lire la carte du modèle que ce paquet contient</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="257" />
        <source>Reading the bundle's provenance…</source>
        <translation>Lecture de la provenance du paquet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="268" />
        <source>The bundle's provenance could not be read: {0}</source>
        <translation>La provenance du paquet n'a pas pu être lue : {0}</translation>
    </message>
</context>
<context>
    <name>DeploymentHistoryDialog</name>
    <message>
        <location filename="../../app/gui/node_tools.py" line="221" />
        <location filename="../../app/gui/node_tools.py" line="242" />
        <source>Deployment history</source>
        <translation>Historique des déploiements</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="224" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="225" />
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="226" />
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="227" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="228" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="229" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="230" />
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="231" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="232" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="233" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="235" />
        <source>Filter: node, bundle, version, account…</source>
        <translation>Filtrer : nœud, paquet, version, compte…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="264" />
        <source>rollback</source>
        <translation>retour arrière</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="264" />
        <source>deploy</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="267" />
        <source>current</source>
        <translation>en place</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="267" />
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="275" />
        <source>Nothing deployed yet.</source>
        <translation>Rien n'a encore été déployé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="277" />
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="281" />
        <source>The history could not be read: {0}
What to do: {1}</source>
        <translation>L'historique n'a pas pu être lu : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="227" />
        <source>Bundles deployed on this node</source>
        <translation>Paquets déployés sur ce nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="228" />
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="228" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="228" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="229" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="229" />
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="230" />
        <source>Deployed</source>
        <translation>Déployé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="230" />
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="238" />
        <source>No bundles deployed on this node. Use Deploy… to send a model or an update to it.</source>
        <translation>Aucun paquet déployé sur ce nœud. Utilisez Déployer… pour lui envoyer un modèle ou une mise à jour.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="240" />
        <source>Roll &amp;back…</source>
        <translation>&amp;Revenir en arrière…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="242" />
        <location filename="../../app/gui/sections/nodes.py" line="291" />
        <source>Switch the selected model back to the version deployed before it</source>
        <translation>Ramener le modèle sélectionné à la version déployée avant lui</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="245" />
        <source>&amp;Deploy to this node…</source>
        <translation>&amp;Déployer sur ce nœud…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="247" />
        <source>Deploy an imported model or update bundle to this node</source>
        <translation>Déployer sur ce nœud un paquet de modèle ou de mise à jour importé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="288" />
        <source>Only a model with a previous version recorded can be rolled back</source>
        <translation>Seul un modèle dont une version précédente est enregistrée peut revenir en arrière</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="58" />
        <source>Where to write the export</source>
        <translation>Où écrire l'export</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="59" />
        <source>Choose a folder on the removable medium that leaves the enclave. A new folder is created inside it.</source>
        <translation>Choisissez un dossier sur le support amovible qui quitte l'enclave. Un nouveau dossier y est créé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="63" />
        <source>Export folder</source>
        <translation>Dossier d'export</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="64" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="70" />
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="74" />
        <source>Choose the medium</source>
        <translation>Choisir le support</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/gui/enrol.py" line="72" />
        <source>Enrol a node</source>
        <translation>Enrôler un nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="88" />
        <source>Bootstrap &amp;key file</source>
        <translation>Fichier de &amp;clé d'amorçage</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="90" />
        <source>Bootstrap pass&amp;word</source>
        <translation>&amp;Mot de passe d'amorçage</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="96" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="104" />
        <source>KEY=VALUE pairs separated by spaces.</source>
        <translation>Paires CLÉ=VALEUR séparées par des espaces.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="108" />
        <source>Host variables for the playbooks, airlock_NAME=VALUE separated by spaces.</source>
        <translation>Variables d'hôte des playbooks, airlock_NOM=VALEUR séparées par des espaces.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="109" />
        <source>Node name</source>
        <translation>Nom du nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="109" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="110" />
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="110" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="111" />
        <source>Bootstrap key file</source>
        <translation>Fichier de clé d'amorçage</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="112" />
        <source>Bootstrap password</source>
        <translation>Mot de passe d'amorçage</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="112" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="113" />
        <source>Host variables</source>
        <translation>Variables d'hôte</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="120" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="121" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="122" />
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="123" />
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="126" />
        <source>&amp;Labels:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="127" />
        <source>&amp;Variables:</source>
        <translation>&amp;Variables :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="134" />
        <source>The node presents this host key. Compare it with the fingerprint read on the node's console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</source>
        <translation>Le nœud présente cette clé d'hôte. Comparez-la à l'empreinte lue sur la console du nœud (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="140" />
        <source>Host key fingerprint</source>
        <translation>Empreinte de la clé d'hôte</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="141" />
        <source>It &amp;matches: pin this key</source>
        <translation>Elle &amp;correspond : épingler cette clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="143" />
        <source>It &amp;differs: stop</source>
        <translation>Elle &amp;diffère : arrêter</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="164" />
        <source>&amp;Enrol</source>
        <translation>&amp;Enrôler</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="177" />
        <source>Choose the bootstrap private key</source>
        <translation>Choisir la clé privée d'amorçage</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="184" />
        <source>Choose the bootstrap key file, or use a bootstrap password.</source>
        <translation>Choisissez le fichier de clé d'amorçage, ou utilisez un mot de passe d'amorçage.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="200" />
        <source>Contacting {0}…</source>
        <translation>Connexion à {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="216" />
        <source>Node {0} is enrolled; its host key is pinned.</source>
        <translation>Le nœud {0} est enrôlé ; sa clé d'hôte est épinglée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="225" />
        <source>Not enrolled: {0}
What to do: {1}</source>
        <translation>Non enrôlé : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/gui/errors.py" line="16" />
        <source>Type the reason in the Reason field: a change ticket or a sentence saying why.</source>
        <translation>Saisissez la raison dans le champ Raison : un ticket de changement ou une phrase qui dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="21" />
        <source>Check the details above, correct them and try again.</source>
        <translation>Vérifiez les détails ci-dessus, corrigez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="24" />
        <source>The system refused a file or device operation: {0}.</source>
        <translation>Le système a refusé une opération sur un fichier ou un périphérique : {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="26" />
        <source>Check that the medium is inserted and writable and that the disk has space, then retry.</source>
        <translation>Vérifiez que le support est inséré et inscriptible et que le disque a de la place, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="28" />
        <source>An unexpected error stopped the operation ({0}).</source>
        <translation>Une erreur inattendue a arrêté l'opération ({0}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="30" />
        <source>Nothing was changed. Try again; if it happens again, export the audit log and report it.</source>
        <translation>Rien n'a été modifié. Réessayez ; si cela se reproduit, exportez le journal d'audit et signalez-le.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="41" />
        <source>What to do: {0}</source>
        <translation>Que faire : {0}</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="203" />
        <source>Export the audit trail</source>
        <translation>Exporter la piste d'audit</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="313" />
        <source>Welcome to Airlock</source>
        <translation>Bienvenue dans Airlock</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="133" />
        <source>Pin the trust root</source>
        <translation>Épingler la racine de confiance</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="133" />
        <source>An admin pins the publishers' root by its fingerprint, read from paper; bundles are checked against it.</source>
        <translation>Un administrateur épingle la racine des éditeurs par son empreinte, lue sur papier ; les paquets sont vérifiés par rapport à elle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="135" />
        <source>Pin the &amp;trust root…</source>
        <translation>Épingler la racine de &amp;confiance…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="137" />
        <source>Enrol a node</source>
        <translation>Enrôler un nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="137" />
        <source>Confirm a GPU node's host key and install Airlock's management key on it.</source>
        <translation>Confirmez la clé d'hôte d'un nœud GPU et installez-y la clé de gestion d'Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="138" />
        <source>&amp;Enrol a node…</source>
        <translation>&amp;Enrôler un nœud…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="140" />
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="140" />
        <source>Bring a signed model or update from removable media into the content store.</source>
        <translation>Faites entrer un modèle ou une mise à jour signés depuis un support amovible dans le magasin de contenu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="141" />
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="144" />
        <source>Get started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="146" />
        <source>Three steps make this appliance useful. Each button goes where the step is done.</source>
        <translation>Trois étapes rendent cet appareil utile. Chaque bouton mène là où l'étape se fait.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="165" />
        <source>Your role may not do this; ask an account that may.</source>
        <translation>Votre rôle ne le permet pas ; demandez à un compte qui le peut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="175" />
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="175" />
        <source>to do</source>
        <translation>à faire</translation>
    </message>
</context>
<context>
    <name>HealthAlarmsTab</name>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="240" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="246" />
        <source>Cordon a node automatically when its health turns unhealthy</source>
        <translation>Isoler un nœud automatiquement quand sa santé devient mauvaise</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="248" />
        <source>&amp;Save health and alarm settings</source>
        <translation>&amp;Enregistrer les réglages de santé et d'alarmes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="253" />
        <source>How node health is judged</source>
        <translation>Comment la santé des nœuds est jugée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="257" />
        <source>Alarm this long before a trust root or bundle expires:</source>
        <translation>Alarme ce délai avant l'expiration d'une racine de confiance ou d'un paquet :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="258" />
        <source>Alarm when the content store's disk has less free than:</source>
        <translation>Alarme quand le disque du magasin de contenu a moins d'espace libre que :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="260" />
        <source>Alarms and automatic cordon</source>
        <translation>Alarmes et isolement automatique</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="294" />
        <source>Save the health and alarm settings.</source>
        <translation>Enregistrer les réglages de santé et d'alarmes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="315" />
        <source>The health and alarm settings were not saved</source>
        <translation>Les réglages de santé et d'alarmes n'ont pas été enregistrés</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="131" />
        <location filename="../../app/gui/sections/nodes.py" line="143" />
        <source>Health history</source>
        <translation>Historique de santé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="162" />
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="163" />
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="164" />
        <source>unhealthy</source>
        <translation>défaillant</translation>
    </message>
</context>
<context>
    <name>HealthOverTime</name>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="84" />
        <source>Fleet health over time</source>
        <translation>Santé du parc dans le temps</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="95" />
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="95" />
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="95" />
        <source>unhealthy</source>
        <translation>défaillant</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="108" />
        <source>{0} to {1}</source>
        <translation>du {0} au {1}</translation>
    </message>
</context>
<context>
    <name>HealthPane</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="193" />
        <source>Latest health check</source>
        <translation>Dernière vérification de santé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="203" />
        <source>Not checked yet. Run the health playbook on this node.</source>
        <translation>Pas encore vérifié. Lancez le playbook health sur ce nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="206" />
        <source>Latest check {0}: {1}</source>
        <translation>Dernière vérification {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="211" />
        <source>What to do: {0}</source>
        <translation>Que faire : {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="65" />
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="67" />
        <source>Verifying the signed manifest, then copying and hashing every file once.</source>
        <translation>Vérification du manifeste signé, puis copie et hachage de chaque fichier en une passe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="74" />
        <source>Import progress</source>
        <translation>Progression de l'import</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="83" />
        <source>Stop the import; nothing is added to the store.</source>
        <translation>Arrêter l'import ; rien n'est ajouté au magasin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="110" />
        <source>{0} of {1} · {2}/s · {3} left</source>
        <translation>{0} sur {1} · {2}/s · reste {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="123" />
        <source>Imported {0} {1}: {2}, {3} in the store.</source>
        <translation>{0} {1} importé : {2}, {3} dans le magasin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="125" />
        <source>%n new object(s)</source>
        <translation>
            <numerusform>%n nouvel objet</numerusform>
            <numerusform>%n nouveaux objets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="134" />
        <source>Cancelled. The store is unchanged.</source>
        <translation>Annulé. Le magasin est inchangé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="136" />
        <source>Rejected: {0}
What to do: {1}</source>
        <translation>Refusé : {0}
Que faire : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="143" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../../app/gui/job_models.py" line="53" />
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="54" />
        <source>successful</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="55" />
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="56" />
        <source>canceled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="57" />
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="58" />
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="59" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="60" />
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="61" />
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="62" />
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
</context>
<context>
    <name>JobsSection</name>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="69" />
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="72" />
        <source>all nodes; or names, globs, label=value</source>
        <translation>tous les nœuds ; ou noms, motifs, étiquette=valeur</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="73" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="74" />
        <source>Which nodes: comma-separated names or patterns, e.g. gpu-0*,site=a</source>
        <translation>Quels nœuds : noms ou motifs séparés par des virgules, ex. gpu-0*,site=a</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="78" />
        <source>Extra variables</source>
        <translation>Variables supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="79" />
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="81" />
        <source>Run the playbook on the selection (Ctrl+R)</source>
        <translation>Lancer le playbook sur la sélection (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="85" />
        <source>&amp;Cancel job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="87" />
        <source>Stop Ansible; results so far are kept</source>
        <translation>Arrêter Ansible ; les résultats obtenus sont conservés</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="97" />
        <source>&amp;Playbook:</source>
        <translation>&amp;Playbook :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="98" />
        <source>&amp;Nodes:</source>
        <translation>&amp;Nœuds :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="99" />
        <source>&amp;Variables:</source>
        <translation>&amp;Variables :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="100" />
        <source>&amp;Forks:</source>
        <translation>&amp;Parallélisme :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="101" />
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="114" />
        <location filename="../../app/gui/sections/jobs.py" line="161" />
        <source>Hosts and tasks</source>
        <translation>Hôtes et tâches</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="126" />
        <source>Job log</source>
        <translation>Journal de la tâche</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="142" />
        <location filename="../../app/gui/sections/jobs.py" line="158" />
        <source>Recent jobs</source>
        <translation>Tâches récentes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="140" />
        <source>No jobs yet. Choose a playbook and nodes, then Run.</source>
        <translation>Aucune tâche. Choisissez un playbook et des nœuds, puis Lancer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="112" />
        <source>Run a playbook, or choose a job under Recent jobs, to see each host's tasks and the log here.</source>
        <translation>Lancez un playbook, ou choisissez une tâche dans Tâches récentes, pour voir ici les étapes de chaque hôte et le journal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="162" />
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="173" />
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="205" />
        <source>Choose a playbook first.</source>
        <translation>Choisissez d'abord un playbook.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="212" />
        <source>Variables: a quotation mark is not closed. Write KEY=VALUE items, quoting a value that holds spaces: model="llama 3".</source>
        <translation>Variables : un guillemet n'est pas fermé. Écrivez des éléments CLÉ=VALEUR, en mettant entre guillemets une valeur qui contient des espaces : model="llama 3".</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="228" />
        <source>Running {0} on {1}…</source>
        <translation>Exécution de {0} sur {1}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="228" />
        <source>all nodes</source>
        <translation>tous les nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="242" />
        <source>Cancelling: stopping Ansible…</source>
        <translation>Annulation : arrêt d'Ansible…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="257" />
        <source>Job {0} ended: {1}.</source>
        <translation>Tâche {0} terminée : {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="259" />
        <source>Not contacted (changed host key): {0}.</source>
        <translation>Non contactés (clé d'hôte changée) : {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="269" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="271" />
        <source>The job did not run to its end: {0}
What to do: {1}</source>
        <translation>La tâche n'est pas allée à son terme : {0}
Que faire : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="293" />
        <source>Job {0}: {1} on {2}, {3}.</source>
        <translation>Tâche {0} : {1} sur {2}, {3}.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="89" />
        <source>The verifier key</source>
        <translation>La clé de vérification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="90" />
        <source>Auditors check the export against this key. Read its fingerprint to them, or compare it with the one on their paper.</source>
        <translation>Les auditeurs vérifient l'export avec cette clé. Lisez-leur son empreinte, ou comparez-la à celle de leur papier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="97" />
        <source>Verifier key fingerprint</source>
        <translation>Empreinte de la clé de vérification</translation>
    </message>
</context>
<context>
    <name>LabelsPane</name>
    <message>
        <location filename="../../app/gui/node_tools.py" line="59" />
        <source>Labels of this node</source>
        <translation>Étiquettes de ce nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="60" />
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="60" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="64" />
        <source>&amp;Add label</source>
        <translation>&amp;Ajouter une étiquette</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="67" />
        <source>Re&amp;move label</source>
        <translation>Re&amp;tirer l'étiquette</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="70" />
        <source>&amp;Save labels</source>
        <translation>&amp;Enregistrer les étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="72" />
        <source>Record the change (audited); deployments from now on use the new labels</source>
        <translation>Enregistrer le changement (audité) ; les déploiements utilisent désormais les nouvelles étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="75" />
        <source>Keys: site, zone, clearance, roles (roles=gpu+serving). Raising the clearance is an admin's decision, under dual control when required.</source>
        <translation>Clés : site, zone, clearance, roles (roles=gpu+serving). Relever l'habilitation est une décision d'admin, sous double contrôle si exigé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="143" />
        <source>Nothing to save: the labels are as they were.</source>
        <translation>Rien à enregistrer : les étiquettes sont telles qu'elles étaient.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="149" />
        <source>Change the labels of {0}: {1}.</source>
        <translation>Changer les étiquettes de {0} : {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="165" />
        <source>Saved. Deployments from now on use these labels.</source>
        <translation>Enregistré. Les déploiements utilisent désormais ces étiquettes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="171" />
        <source>The labels were not changed: {0}
What to do: {1}</source>
        <translation>Les étiquettes n'ont pas été changées : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="52" />
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="67" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="72" />
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="92" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="94" />
        <source>Unlocked account</source>
        <translation>Compte déverrouillé</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="106" />
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="107" />
        <source>&amp;Import bundle folder…</source>
        <translation>&amp;Importer un dossier de paquet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="109" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="110" />
        <source>Lock the vault now; unlock with your passphrase</source>
        <translation>Verrouiller le coffre maintenant ; déverrouiller avec votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="111" />
        <source>&amp;Switch account…</source>
        <translation>&amp;Changer de compte…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="114" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="115" />
        <source>V&amp;iew</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="119" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="120" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="121" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="122" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="168" />
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="172" />
        <source>Go to a section</source>
        <translation>Aller à une section</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="172" />
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="173" />
        <source>Switch account</source>
        <translation>Changer de compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="173" />
        <source>Import a bundle folder</source>
        <translation>Importer un dossier de paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="174" />
        <source>Filter the current list</source>
        <translation>Filtrer la liste affichée</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="174" />
        <source>Run the job</source>
        <translation>Lancer la tâche</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="175" />
        <source>Deploy the selected bundle or to the selected nodes</source>
        <translation>Déployer le paquet sélectionné, ou sur les nœuds sélectionnés</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="176" />
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="176" />
        <source>Remove the selected node</source>
        <translation>Retirer le nœud sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="177" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="177" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="181" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="203" />
        <source>Nothing to import: drop a bundle folder (NAME-VERSION.airlock).</source>
        <translation>Rien à importer : déposez un dossier de paquet (NOM-VERSION.airlock).</translation>
    </message>
</context>
<context>
    <name>ManagementKeyDialog</name>
    <message>
        <location filename="../../app/gui/node_tools.py" line="180" />
        <source>Management key</source>
        <translation>Clé de gestion</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="182" />
        <source>Airlock reaches every node with this key. Enrolment installs it; to prepare a node another way, add this line to the managing account's {0}. Its private half never leaves the vault.</source>
        <translation>Airlock atteint chaque nœud avec cette clé. L'enrôlement l'installe ; pour préparer un nœud autrement, ajoutez cette ligne au {0} du compte de gestion. Sa moitié privée ne quitte jamais le coffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="189" />
        <source>Management public key</source>
        <translation>Clé publique de gestion</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="190" />
        <source>Reading the key…</source>
        <translation>Lecture de la clé…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="193" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="212" />
        <source>The key could not be read: {0}
What to do: {1}</source>
        <translation>La clé n'a pas pu être lue : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="106" />
        <source>Bundles on media</source>
        <translation>Paquets sur les supports</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="108" />
        <location filename="../../app/gui/sections/bundles.py" line="162" />
        <source>No medium with bundles. Insert a USB stick or disc with .airlock bundles, or drop a bundle folder on this window.</source>
        <translation>Aucun support avec des paquets. Insérez une clé USB ou un disque avec des paquets .airlock, ou déposez un dossier de paquet sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="110" />
        <source>Import &amp;selected</source>
        <translation>Importer la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="113" />
        <source>Verify and import the bundles selected in this list</source>
        <translation>Vérifier et importer les paquets sélectionnés dans cette liste</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="116" />
        <source>Media</source>
        <translation>Supports</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="159" />
        <source>Media could not be scanned: {0}</source>
        <translation>Les supports n'ont pas pu être analysés : {0}</translation>
    </message>
</context>
<context>
    <name>ModelCardDialog</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="185" />
        <source>Model card of {0} {1}</source>
        <translation>Carte du modèle de {0} {1}</translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <location filename="../../app/gui/unlock.py" line="40" />
        <source>Set a new passphrase</source>
        <translation>Définir une nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="42" />
        <source>The vault is open with the recovery key. Give the account that lost its passphrase a new one now; the recovery key itself stays valid, so keep it where it was.</source>
        <translation>Le coffre est ouvert avec la clé de récupération. Donnez dès maintenant une nouvelle phrase secrète au compte qui a perdu la sienne ; la clé de récupération reste valable, gardez-la où elle était.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="48" />
        <source>Account to give a new passphrase</source>
        <translation>Compte à qui donner une nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="52" />
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="53" />
        <source>At least 8 characters; a few words are best</source>
        <translation>Au moins 8 caractères ; quelques mots, c'est le mieux</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="57" />
        <source>New passphrase, again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="59" />
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="59" />
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="60" />
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="64" />
        <source>&amp;Set passphrase and continue</source>
        <translation>&amp;Définir la phrase secrète et continuer</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="67" />
        <source>Rewrap the account's key slot with the new passphrase (audited)</source>
        <translation>Réenvelopper l'emplacement de clé du compte avec la nouvelle phrase secrète (audité)</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="68" />
        <source>Continue &amp;without</source>
        <translation>Continuer &amp;sans</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="70" />
        <source>Open Airlock as recovery-key; set the passphrase later in Settings</source>
        <translation>Ouvrir Airlock en tant que recovery-key ; définir la phrase secrète plus tard dans Paramètres</translation>
    </message>
</context>
<context>
    <name>NodeDetail</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="314" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="318" />
        <source>Temperature (°C)</source>
        <translation>Température (°C)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="313" />
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="313" />
        <source>Index nvidia-smi gives the GPU</source>
        <translation>Index que nvidia-smi donne au GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="315" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="316" />
        <source>Memory used / total (MiB)</source>
        <translation>Mémoire utilisée / totale (Mio)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="316" />
        <source>Memory (MiB)</source>
        <translation>Mémoire (Mio)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="317" />
        <source>MIG</source>
        <translation>MIG</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="317" />
        <source>Multi-Instance GPU mode</source>
        <translation>Mode GPU multi-instance (MIG)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="318" />
        <source>Now, and where the GPU slows itself down</source>
        <translation>Actuelle, et celle où le GPU ralentit de lui-même</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="319" />
        <source>Power draw / limit (W)</source>
        <translation>Puissance consommée / limite (W)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="319" />
        <source>Power (W)</source>
        <translation>Puissance (W)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="320" />
        <source>Uncorrected ECC (boot / lifetime)</source>
        <translation>ECC non corrigées (démarrage / durée de vie)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="320" />
        <source>Uncorrected ECC</source>
        <translation>ECC non corrigées</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="321" />
        <source>Reset pending</source>
        <translation>Réinitialisation attendue</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="321" />
        <source>Retired pages or remapped rows wait for a GPU reset</source>
        <translation>Des pages retirées ou des lignes remappées attendent une réinitialisation du GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="325" />
        <source>GPUs of this node</source>
        <translation>GPU de ce nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="342" />
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="343" />
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="344" />
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="345" />
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="346" />
        <source>Deployed bundles</source>
        <translation>Paquets déployés</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="353" />
        <source>{0} ({1} before slowdown)</source>
        <translation>{0} ({1} avant ralentissement)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="365" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="365" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="374" />
        <source>Address: {0}:{1}, user {2}</source>
        <translation>Adresse : {0}:{1}, utilisateur {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="375" />
        <source>Status: {0}</source>
        <translation>État : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="376" />
        <source>Path: {0}</source>
        <translation>Chemin : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="377" />
        <source>Pinned host key: {0}</source>
        <translation>Clé d'hôte épinglée : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="378" />
        <source>Labels: {0}</source>
        <translation>Étiquettes : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="379" />
        <source>Enrolled {0} by {1}</source>
        <translation>Enrôlé le {0} par {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="382" />
        <source>Driver {0}, CUDA {1}, GPU state {2}</source>
        <translation>Pilote {0}, CUDA {1}, état GPU {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="388" />
        <source>The node offered a changed host key. Every connection to it is stopped until an admin re-pins it.</source>
        <translation>Le nœud a présenté une clé d'hôte changée. Toute connexion est arrêtée jusqu'à ce qu'un admin la réépingle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="398" />
        <source>No facts collected yet. Run the facts playbook on this node.</source>
        <translation>Aucun fait collecté. Lancez le playbook facts sur ce nœud.</translation>
    </message>
</context>
<context>
    <name>NodeTools</name>
    <message>
        <location filename="../../app/gui/node_tools.py" line="295" />
        <source>Management &amp;key…</source>
        <translation>&amp;Clé de gestion…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="296" />
        <source>Show the public key Airlock uses to reach the nodes</source>
        <translation>Afficher la clé publique avec laquelle Airlock atteint les nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="298" />
        <source>Deployment &amp;history…</source>
        <translation>&amp;Historique des déploiements…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="299" />
        <source>Every deployment and rollback, newest first</source>
        <translation>Chaque déploiement et retour arrière, du plus récent au plus ancien</translation>
    </message>
</context>
<context>
    <name>NodesSection</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="410" />
        <source>Filter nodes: name, address, label, status…</source>
        <translation>Filtrer les nœuds : nom, adresse, étiquette, état…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="413" />
        <source>&amp;Enrol node…</source>
        <translation>&amp;Enrôler un nœud…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="415" />
        <source>Contact a new node, confirm its host key and install the management key</source>
        <translation>Contacter un nouveau nœud, confirmer sa clé d'hôte et installer la clé de gestion</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="419" />
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="420" />
        <source>Deploy a model or update bundle to the selected nodes (Ctrl+D)</source>
        <translation>Déployer un paquet de modèle ou de mise à jour sur les nœuds sélectionnés (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="422" />
        <source>Re-&amp;pin host key…</source>
        <translation>Réé&amp;pingler la clé d'hôte…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="423" />
        <source>Admin: pin the new host key of the selected node, after reading it on its console</source>
        <translation>Admin : épingler la nouvelle clé d'hôte du nœud sélectionné, après l'avoir lue sur sa console</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="425" />
        <source>C&amp;ordon or uncordon…</source>
        <translation>I&amp;soler ou lever l'isolement…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="426" />
        <source>Take the selected node out of service, or put it back, with a reason</source>
        <translation>Mettre le nœud sélectionné hors service, ou le remettre en service, avec une raison</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="428" />
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="429" />
        <source>Forget the selected node (Delete)</source>
        <translation>Oublier le nœud sélectionné (Suppr)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="435" />
        <location filename="../../app/gui/sections/nodes.py" line="485" />
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="457" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="461" />
        <source>No nodes enrolled yet. Use Enrol node… to add the first one.</source>
        <translation>Aucun nœud enrôlé. Utilisez Enrôler un nœud… pour ajouter le premier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="540" />
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="621" />
        <source>Enrolled {0}.</source>
        <translation>{0} enrôlé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="692" />
        <source>Re-pinned the host key of {0}.</source>
        <translation>Clé d'hôte de {0} réépinglée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="699" />
        <source>Saved the labels of {0}.</source>
        <translation>Étiquettes de {0} enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="705" />
        <source>Cordoned {0}.</source>
        <translation>{0} isolé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="705" />
        <source>Uncordoned {0}.</source>
        <translation>Isolement de {0} levé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="713" />
        <source>Removed {0}.</source>
        <translation>{0} retiré.</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="65" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="76" />
        <location filename="../../app/gui/deploy.py" line="87" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="89" />
        <source>Stop; what was already done on a node stays recorded</source>
        <translation>Arrêter ; ce qui est déjà fait sur un nœud reste enregistré</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="113" />
        <source>{0}: {1} of {2}</source>
        <translation>{0} : {1} sur {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="122" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="136" />
        <source>Cancelling: the nodes keep the version they have; files already sent are resumed by the next deploy.</source>
        <translation>Annulation : les nœuds gardent leur version ; les fichiers déjà envoyés seront repris au prochain déploiement.</translation>
    </message>
</context>
<context>
    <name>OpsSettings</name>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="62" />
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/account_admin.py" line="51" />
        <source>New passphrase for {0}</source>
        <translation>Nouvelle phrase secrète pour {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="53" />
        <source>{0} will unlock with this passphrase from now on; the old one stops working. Tell it to them in person.</source>
        <translation>{0} déverrouillera désormais avec cette phrase secrète ; l'ancienne ne fonctionne plus. Communiquez-la en personne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="59" />
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="63" />
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="65" />
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="67" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="72" />
        <source>Sealing the new key slot</source>
        <translation>Scellement du nouvel emplacement de clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="74" />
        <source>&amp;Set passphrase</source>
        <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="87" />
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez deux fois la même.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="90" />
        <source>The passphrase is too short: choose one of at least 8 characters.</source>
        <translation>La phrase secrète est trop courte : choisissez-en une d'au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="108" />
        <source>The passphrase was not changed: {0}
What to do: {1}</source>
        <translation>La phrase secrète n'a pas été changée : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="296" />
        <source>Classification levels</source>
        <translation>Niveaux de classification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="297" />
        <source>Least sensitive first, separated by commas</source>
        <translation>Du moins sensible au plus sensible, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="302" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="303" />
        <source>Lock after idle seconds</source>
        <translation>Verrouiller après secondes d'inactivité</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="304" />
        <source>0 never locks on idle (not recommended)</source>
        <translation>0 ne verrouille jamais (déconseillé)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="305" />
        <source>&amp;Save policy</source>
        <translation>&amp;Enregistrer la politique</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="309" />
        <source>Classification levels:</source>
        <translation>Niveaux de classification :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="313" />
        <source>Needs a second account's approval</source>
        <translation>Exige l'approbation d'un second compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="315" />
        <source>Dual control:</source>
        <translation>Double contrôle :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="316" />
        <source>Lock when idle for:</source>
        <translation>Verrouiller après une inactivité de :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="320" />
        <source>A bundle may go only to nodes whose clearance label is at least its classification.</source>
        <translation>Un paquet ne peut aller que sur des nœuds dont l'habilitation vaut au moins sa classification.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="350" />
        <source>Save the classification levels, dual control and idle lock settings.</source>
        <translation>Enregistrer les niveaux de classification, le double contrôle et le verrouillage sur inactivité.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="357" />
        <source>The policy was not saved</source>
        <translation>La politique n'a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>PrintableRecovery</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="158" />
        <source>Recovery key - printable view</source>
        <translation>Clé de récupération - version imprimable</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="160" />
        <source>Airlock recovery key</source>
        <translation>Clé de récupération Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="161" />
        <source>Keep this sheet in a safe. Anyone holding it can open the vault as an admin.</source>
        <translation>Gardez cette feuille dans un coffre. Quiconque la détient peut ouvrir le coffre en admin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="162" />
        <source>Vault: {0}</source>
        <translation>Coffre : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="170" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>ProvenanceWords</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="122" />
        <source>This bundle carries no SBOM: its publisher listed no components or licenses.</source>
        <translation>Ce paquet ne contient pas de SBOM : son éditeur n'a listé ni composants ni licences.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="124" />
        <source>The SBOM {0} cannot be shown: {1}</source>
        <translation>Le SBOM {0} ne peut pas être affiché : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="126" />
        <source>SBOM {0} ({1} {2}), {3}. Licenses: {4}.</source>
        <translation>SBOM {0} ({1} {2}), {3}. Licences : {4}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="128" />
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n composant</numerusform>
            <numerusform>%n composants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="135" />
        <source>No model card.</source>
        <translation>Pas de carte du modèle.</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <location filename="../../app/gui/reason.py" line="41" />
        <source>a change ticket or a sentence saying why</source>
        <translation>un ticket de changement ou une phrase qui dit pourquoi</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="42" />
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="43" />
        <source>Recorded in the audit trail with this action</source>
        <translation>Consignée dans la piste d'audit avec cette action</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="45" />
        <location filename="../../app/gui/reason.py" line="123" />
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="119" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;Raison (obligatoire) :</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="120" />
        <source>An admin requires a reason for {0}; it is recorded in the audit trail.</source>
        <translation>Un administrateur exige une raison pour {0} ; elle est consignée dans la piste d'audit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="124" />
        <source>Optional; recorded in the audit trail with this action.</source>
        <translation>Facultative ; consignée dans la piste d'audit avec cette action.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="133" />
        <source>Type a reason here: an admin requires one for {0}.</source>
        <translation>Saisissez une raison ici : un administrateur en exige une pour {0}.</translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <location filename="../../app/gui/reason_settings.py" line="26" />
        <source>An action checked here goes ahead only with a reason: a change ticket or a sentence saying why. The reason is recorded in the audit entry and in audit exports. Any action may carry a reason; these must.</source>
        <translation>Une action cochée ici n'est effectuée qu'avec une raison : un ticket de changement ou une phrase qui dit pourquoi. La raison est consignée dans l'entrée d'audit et dans les exports d'audit. Toute action peut porter une raison ; celles-ci le doivent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason_settings.py" line="32" />
        <source>Actions that need a reason</source>
        <translation>Actions qui exigent une raison</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason_settings.py" line="39" />
        <source>&amp;Save required reasons</source>
        <translation>&amp;Enregistrer les raisons exigées</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason_settings.py" line="72" />
        <source>Change the actions that need a reason.</source>
        <translation>Modifier les actions qui exigent une raison.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/reason_settings.py" line="81" />
        <source>Saved: %n action(s) need a reason.</source>
        <translation>
            <numerusform>Enregistré : %n action exige une raison.</numerusform>
            <numerusform>Enregistré : %n actions exigent une raison.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/reason_settings.py" line="89" />
        <source>The required reasons were not saved</source>
        <translation>Les raisons exigées n'ont pas été enregistrées</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="191" />
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="192" />
        <source>Shown once. Write it on paper or print it, and keep it in a safe.</source>
        <translation>Affichée une seule fois. Notez-la sur papier ou imprimez-la, et gardez-la dans un coffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="197" />
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="199" />
        <source>Printable &amp;view…</source>
        <translation>&amp;Version imprimable…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="202" />
        <source>I have written down or printed the recovery key</source>
        <translation>J'ai noté ou imprimé la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="211" />
        <source>Airlock does not keep it: after this page it cannot be shown again.</source>
        <translation>Airlock ne la conserve pas : après cette page, elle ne peut plus être affichée.</translation>
    </message>
</context>
<context>
    <name>RelaysDialog</name>
    <message>
        <location filename="../../app/gui/relays.py" line="48" />
        <source>Re&amp;lays…</source>
        <translation>Re&amp;lais…</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="50" />
        <source>Nodes that run jobs for the nodes behind them, which the appliance may not reach</source>
        <translation>Des nœuds qui exécutent les tâches des nœuds derrière eux, que l'appliance ne peut pas toujours joindre</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="71" />
        <location filename="../../app/gui/relays.py" line="81" />
        <source>Relays</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="73" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="74" />
        <source>A relay is an enrolled node that runs jobs for the nodes its pattern selects, which the appliance may not reach itself. A node has one relay at most; a relay is always reached directly. Make a node a relay once it runs the relay program: deploy the relay wheelhouse to it with the relay playbook.</source>
        <translation>Un relais est un nœud enrôlé qui exécute les tâches des nœuds que son motif sélectionne, que l'appliance ne peut pas toujours joindre elle-même. Un nœud a au plus un relais ; un relais est toujours joint directement. Faites d'un nœud un relais une fois qu'il exécute le programme de relais : déployez-y la wheelhouse du relais avec le playbook relay.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="82" />
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="82" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="82" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="83" />
        <source>Serves</source>
        <translation>Dessert</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="83" />
        <source>Nodes behind it</source>
        <translation>Nœuds derrière lui</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="83" />
        <source>Runs</source>
        <translation>Exécute</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="91" />
        <source>No relays. Every node is reached directly.</source>
        <translation>Aucun relais. Chaque nœud est joint directement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="92" />
        <source>&amp;Add relay…</source>
        <translation>&amp;Ajouter un relais…</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="94" />
        <source>Admin: make an enrolled node the relay of the nodes a pattern selects</source>
        <translation>Admin : faire d'un nœud enrôlé le relais des nœuds qu'un motif sélectionne</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="96" />
        <source>&amp;Remove relay…</source>
        <translation>&amp;Retirer le relais…</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="98" />
        <source>Admin: stop using the selected relay; its nodes are reached directly</source>
        <translation>Admin : cesser d'utiliser le relais sélectionné ; ses nœuds sont joints directement</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="115" />
        <source>Relays not read</source>
        <translation>Relais non lus</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="123" />
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="123" />
        <source>none yet</source>
        <translation>aucun pour l'instant</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="125" />
        <source>(also selected by another relay: {0})</source>
        <translation>(aussi sélectionnés par un autre relais : {0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="128" />
        <source>ansible-runner {0}</source>
        <translation>ansible-runner {0}</translation>
    </message>
</context>
<context>
    <name>RemoteCancel</name>
    <message>
        <location filename="../../app/gui/job_controls.py" line="64" />
        <source>Asking job {0} to stop…</source>
        <translation>Demande d'arrêt de la tâche {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="67" />
        <source>Job {0} was asked to stop (by {1}); it ends as soon as its process sees the request.</source>
        <translation>La tâche {0} a reçu une demande d'arrêt (de {1}) ; elle s'arrête dès que son processus voit la demande.</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="73" />
        <source>Job {0} was not cancelled: {1}
What to do: {2}</source>
        <translation>La tâche {0} n'a pas été annulée : {1}
Que faire : {2}</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="247" />
        <source>Removing {0}…</source>
        <translation>Retrait de {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="258" />
        <source>Not removed</source>
        <translation>Non retiré</translation>
    </message>
</context>
<context>
    <name>RemoveNodeDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="274" />
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="268" />
        <source>Remove the node {0}?</source>
        <translation>Retirer le nœud {0} ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="269" />
        <source>Airlock forgets it: its pinned host key, facts and health history are deleted from the vault, and jobs and deployments no longer reach it. Nothing is changed on the node itself; to use it again, enrol it again.</source>
        <translation>Airlock l'oublie : sa clé d'hôte épinglée, ses faits et son historique de santé sont supprimés du coffre, et les tâches et déploiements ne l'atteignent plus. Rien ne change sur le nœud lui-même ; pour le réutiliser, enrôlez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="272" />
        <source>&amp;Remove {0}</source>
        <translation>&amp;Retirer {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="276" />
        <source>Forget this node (audited)</source>
        <translation>Oublier ce nœud (audité)</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="279" />
        <source>Remove the node {0}.</source>
        <translation>Retirer le nœud {0}.</translation>
    </message>
</context>
<context>
    <name>RemoveRelayDialog</name>
    <message>
        <location filename="../../app/gui/relays.py" line="302" />
        <source>Stop using {0} as a relay?</source>
        <translation>Cesser d'utiliser {0} comme relais ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="303" />
        <source>The appliance will try to reach these nodes directly: {0}. Where it has no route to them, their jobs fail as unreachable. The node stays enrolled, and the relay program stays installed on it.</source>
        <translation>L'appliance essaiera de joindre ces nœuds directement : {0}. Là où elle n'a pas de route vers eux, leurs tâches échouent comme injoignables. Le nœud reste enrôlé, et le programme de relais y reste installé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="305" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="306" />
        <source>&amp;Remove relay</source>
        <translation>&amp;Retirer le relais</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="308" />
        <source>Remove the relay {0}</source>
        <translation>Retirer le relais {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="312" />
        <source>Stop using {0} as a relay.</source>
        <translation>Cesser d'utiliser {0} comme relais.</translation>
    </message>
</context>
<context>
    <name>RepinDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="95" />
        <source>Re-pin the host key of {0}</source>
        <translation>Réépingler la clé d'hôte de {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="97" />
        <source>{0} ({1}:{2}) is pinned to the host key below. Re-pin only a key you read on the node's own console, for example with ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub. Airlock then contacts the node and pins the key it offers only if it matches what you typed.</source>
        <translation>{0} ({1}:{2}) est épinglé à la clé d'hôte ci-dessous. Ne réépinglez qu'une clé lue sur la console même du nœud, par exemple avec ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub. Airlock contacte alors le nœud et n'épingle la clé qu'il présente que si elle correspond à ce que vous avez tapé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="104" />
        <source>(no key pinned)</source>
        <translation>(aucune clé épinglée)</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="108" />
        <source>Pinned host key fingerprint</source>
        <translation>Empreinte de la clé d'hôte épinglée</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="112" />
        <source>New host key fingerprint</source>
        <translation>Empreinte de la nouvelle clé d'hôte</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="116" />
        <source>New host key fingerprint, again</source>
        <translation>Empreinte de la nouvelle clé d'hôte, à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="117" />
        <source>Type it a second time, from the console, not by copying the first field</source>
        <translation>Tapez-la une seconde fois, depuis la console, sans copier le premier champ</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="119" />
        <source>Pinned now:</source>
        <translation>Épinglée maintenant :</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="120" />
        <source>&amp;New fingerprint:</source>
        <translation>&amp;Nouvelle empreinte :</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="122" />
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="126" />
        <source>&amp;Re-pin</source>
        <translation>&amp;Réépingler</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="128" />
        <source>Contact the node and pin its key if it matches</source>
        <translation>Contacter le nœud et épingler sa clé si elle correspond</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="141" />
        <source>The two fingerprints differ.</source>
        <translation>Les deux empreintes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="152" />
        <source>Re-pin the host key of {0} to {1}.</source>
        <translation>Réépingler la clé d'hôte de {0} sur {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="156" />
        <location filename="../../app/gui/node_actions.py" line="191" />
        <source>Not re-pinned</source>
        <translation>Non réépinglée</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="173" />
        <source>Contacting {0} to read the key it offers…</source>
        <translation>Connexion à {0} pour lire la clé qu'il présente…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="186" />
        <source>Not re-pinned: re-pinning is under dual control, and this version of Airlock cannot pass a second approval for it.
What to do: an admin can take node.repin out of dual control in Settings → Classification and policy, re-pin, then put it back.</source>
        <translation>Non réépinglée : le réépinglage est sous double contrôle, et cette version d'Airlock ne sait pas lui transmettre une seconde approbation.
Que faire : un admin peut retirer node.repin du double contrôle dans Paramètres → Classification et politique, réépingler, puis l'y remettre.</translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <location filename="../../app/gui/reports.py" line="265" />
        <source>&amp;Reports…</source>
        <translation>&amp;Rapports…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="267" />
        <source>Write a fleet, deployments or audit report (HTML and CSV) and show it</source>
        <translation>Écrire un rapport du parc, des déploiements ou d'audit (HTML et CSV) et l'afficher</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/gui/reports.py" line="132" />
        <source>Write a report</source>
        <translation>Écrire un rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="136" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="137" />
        <source>Fleet: health over the period, with charts and alarms</source>
        <translation>Parc : la santé sur la période, avec graphiques et alarmes</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="138" />
        <source>Deployments: what was deployed where, at which classification</source>
        <translation>Déploiements : ce qui a été déployé où, à quelle classification</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="139" />
        <source>Audit: who did what and why, sealed by a checkpoint</source>
        <translation>Audit : qui a fait quoi et pourquoi, scellé par un point de contrôle</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="141" />
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="142" />
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="146" />
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="147" />
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="148" />
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="149" />
        <source>Write the report as</source>
        <translation>Écrire le rapport sous</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="149" />
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="152" />
        <source>One HTML file that needs no network, and a CSV file of each of its tables beside it. Writing it is recorded in the audit trail.</source>
        <translation>Un fichier HTML qui n'a besoin d'aucun réseau, et à côté un fichier CSV pour chacun de ses tableaux. Son écriture est consignée dans la piste d'audit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="158" />
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="161" />
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="191" />
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="204" />
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/reports.py" line="221" />
        <source>Wrote {0} and %n CSV file(s).</source>
        <translation>
            <numerusform>{0} écrit, et %n fichier CSV.</numerusform>
            <numerusform>{0} écrit, et %n fichiers CSV.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="222" />
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="224" />
        <source>Sealed by checkpoint {0}.</source>
        <translation>Scellé par le point de contrôle {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="244" />
        <source>Cancelled; no file was written.</source>
        <translation>Annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="249" />
        <source>Not written: {0}
What to do: {1}</source>
        <translation>Non écrit : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <location filename="../../app/gui/reports.py" line="84" />
        <source>Report: {0}</source>
        <translation>Rapport : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="88" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="92" />
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="93" />
        <source>Open in the &amp;web browser</source>
        <translation>Ouvrir dans le navigateur &amp;web</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="95" />
        <source>The same file in the desktop's web browser (it needs no network)</source>
        <translation>Le même fichier dans le navigateur web du bureau (il n'a besoin d'aucun réseau)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="112" />
        <source>The report cannot be shown: {0}
What to do: {1}</source>
        <translation>Le rapport ne peut pas être affiché : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="440" />
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="444" />
        <source>Replace this appliance: restore the vault and content store from a backup</source>
        <translation>Remplacer cette appliance : restaurer le coffre et le magasin de contenu depuis une sauvegarde</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="310" />
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="311" />
        <source>The vault and the content store are copied into {0} and checked again as they are copied.</source>
        <translation>Le coffre et le magasin de contenu sont copiés dans {0} et vérifiés à nouveau pendant la copie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="315" />
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="316" />
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="318" />
        <source>Stop the restore; the data directory stays as it was</source>
        <translation>Arrêter la restauration ; le dossier de données reste tel quel</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="351" />
        <source>Restoring {0}…</source>
        <translation>Restauration de {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="365" />
        <source>Restored. The audit log continues with an entry that records this restore and where it came from. Finish to open Airlock.</source>
        <translation>Restauré. Le journal d'audit continue avec une entrée qui consigne cette restauration et sa provenance. Terminez pour ouvrir Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="374" />
        <source>Stopped. The data directory is as it was; go back to start again.</source>
        <translation>Arrêté. Le dossier de données est tel qu'il était ; revenez en arrière pour recommencer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="377" />
        <source>Nothing was restored: {0}
What to do: {1} Go back to change it.</source>
        <translation>Rien n'a été restauré : {0}
Que faire : {1} Revenez en arrière pour le modifier.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="400" />
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="484" />
        <source>Roll back {0}</source>
        <translation>Revenir en arrière sur {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="486" />
        <source>Switch {0} back to the version each node had before. The node keeps both versions; only its current link changes, and the model is restarted.</source>
        <translation>Ramener {0} à la version que chaque nœud avait avant. Le nœud garde les deux versions ; seul son lien current change, et le modèle est redémarré.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="489" />
        <source>{0}: {1} → back to {2}</source>
        <translation>{0} : {1} → retour à {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="495" />
        <source>&amp;Roll back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="497" />
        <source>Run the rollback playbook on these nodes</source>
        <translation>Lancer le playbook de retour en arrière sur ces nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="510" />
        <source>Roll back {0} on {1}.</source>
        <translation>Revenir en arrière sur {0} sur {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="523" />
        <source>Rolling back {0}…</source>
        <translation>Retour en arrière de {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="526" />
        <source>Rolled back {0} on: {1}.</source>
        <translation>Retour en arrière de {0} sur : {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="533" />
        <source>Cancelled. Nodes already switched back stay recorded as such.</source>
        <translation>Annulé. Les nœuds déjà revenus en arrière restent enregistrés comme tels.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="535" />
        <source>Not rolled back: {0}
What to do: {1}</source>
        <translation>Pas de retour en arrière : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>RunSettings</name>
    <message>
        <location filename="../../app/gui/job_controls.py" line="31" />
        <source>Forks</source>
        <translation>Parallélisme</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="32" />
        <source>How many nodes Ansible works on at the same time</source>
        <translation>Sur combien de nœuds Ansible travaille en même temps</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="37" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="38" />
        <source>Timeout in seconds</source>
        <translation>Délai en secondes</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="39" />
        <source>The job is stopped after this many seconds; results so far are kept</source>
        <translation>La tâche est arrêtée après ce nombre de secondes ; les résultats obtenus sont gardés</translation>
    </message>
</context>
<context>
    <name>SaveOutputButton</name>
    <message>
        <location filename="../../app/gui/job_output.py" line="160" />
        <source>Save &amp;output…</source>
        <translation>Enregistrer la &amp;sortie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="162" />
        <source>Save this job's whole output as a file (plain text or JSON lines)</source>
        <translation>Enregistrer toute la sortie de cette tâche dans un fichier (texte brut ou lignes JSON)</translation>
    </message>
</context>
<context>
    <name>SaveOutputDialog</name>
    <message>
        <location filename="../../app/gui/job_output.py" line="47" />
        <source>Save the output of job {0}</source>
        <translation>Enregistrer la sortie de la tâche {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="49" />
        <source>Reading what is stored…</source>
        <translation>Lecture de ce qui est enregistré…</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="52" />
        <source>&amp;Plain text: what Ansible printed, with each command's output</source>
        <translation>&amp;Texte brut : ce qu'Ansible a affiché, avec la sortie de chaque commande</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="55" />
        <source>&amp;JSON lines: one result per host and task, for scripts</source>
        <translation>Lignes &amp;JSON : un résultat par hôte et par tâche, pour les scripts</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="60" />
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="62" />
        <source>Save the job's output as</source>
        <translation>Enregistrer la sortie de la tâche sous</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="67" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="91" />
        <source>Job {0} has no stored output: it ran before Airlock kept outputs, or ended before Ansible started.</source>
        <translation>La tâche {0} n'a pas de sortie enregistrée : elle a tourné avant qu'Airlock ne garde les sorties, ou s'est terminée avant le démarrage d'Ansible.</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="96" />
        <source>Stored with job {0}: {1} of text ({2}), and {3} of per-host results ({4}).</source>
        <translation>Enregistré avec la tâche {0} : {1} de texte ({2}), et {3} de résultats par hôte ({4}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/job_output.py" line="98" />
        <location filename="../../app/gui/job_output.py" line="100" />
        <location filename="../../app/gui/job_output.py" line="132" />
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="110" />
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="118" />
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="131" />
        <source>Wrote {0}: {1}, {2}.
SHA-256 {3}</source>
        <translation>{0} écrit : {1}, {2}.
SHA-256 {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="140" />
        <source>Cancelled; no file was written.</source>
        <translation>Annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="143" />
        <source>Not saved: {0}
What to do: {1}</source>
        <translation>Non enregistré : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>SaveParts</name>
    <message>
        <location filename="../../app/gui/save_parts.py" line="15" />
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../app/gui/save_parts.py" line="16" />
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../app/gui/save_parts.py" line="18" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/save_parts.py" line="40" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>SbomPane</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="83" />
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="84" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="85" />
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="85" />
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="86" />
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="87" />
        <source>Package URL</source>
        <translation>URL de paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="89" />
        <source>Filter components: name, license, supplier…</source>
        <translation>Filtrer les composants : nom, licence, fournisseur…</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="93" />
        <source>SBOM components</source>
        <translation>Composants du SBOM</translation>
    </message>
</context>
<context>
    <name>SchedulesTab</name>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="73" />
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="74" />
        <location filename="../../app/gui/sections/ops_settings.py" line="92" />
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="75" />
        <location filename="../../app/gui/sections/ops_settings.py" line="95" />
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="76" />
        <location filename="../../app/gui/sections/ops_settings.py" line="99" />
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="77" />
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="78" />
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="79" />
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="83" />
        <source>Schedules</source>
        <translation>Planifications</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="96" />
        <source>Which nodes: all, names or globs, label=value, !name to leave one out</source>
        <translation>Quels nœuds : all, des noms ou motifs, étiquette=valeur, !nom pour en exclure un</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="100" />
        <source>How often: 15m, 6h, 1d, 1h30m</source>
        <translation>À quelle fréquence : 15m, 6h, 1d, 1h30m</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="101" />
        <source>&amp;Add schedule</source>
        <translation>&amp;Ajouter la planification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="104" />
        <source>Re&amp;move schedule</source>
        <translation>Su&amp;pprimer la planification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="115" />
        <source>Playbook:</source>
        <translation>Playbook :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="116" />
        <source>Nodes:</source>
        <translation>Nœuds :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="117" />
        <source>Every:</source>
        <translation>Tous les :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="124" />
        <source>Playbooks schedules may run (admin)</source>
        <translation>Playbooks que les planifications peuvent exécuter (administrateur)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="128" />
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="132" />
        <source>Schedules run while Airlock runs and is unlocked; a schedule missed while it was closed runs once when it opens again. Each run is an ordinary job started by the schedule's owner. On an appliance without a desktop session, a system timer runs `airlock schedule run-due`.</source>
        <translation>Les planifications s'exécutent tant qu'Airlock tourne et est déverrouillé ; une planification manquée pendant sa fermeture s'exécute une fois à sa réouverture. Chaque exécution est une tâche ordinaire lancée par le propriétaire de la planification. Sur un appareil sans session de bureau, un minuteur système lance `airlock schedule run-due`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="181" />
        <source>{0}
What to do: {1}</source>
        <translation>{0}
Que faire : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="204" />
        <source>Change which playbooks schedules may run.</source>
        <translation>Modifier les playbooks que les planifications peuvent exécuter.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="59" />
        <source>Deploying an update bundle</source>
        <translation>Déploiement d'un paquet de mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="60" />
        <source>Removing a node</source>
        <translation>Retrait d'un nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="61" />
        <source>Re-pinning a node's host key</source>
        <translation>Réépinglage de la clé d'hôte d'un nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="62" />
        <source>Rotating the trust root</source>
        <translation>Renouvellement de la racine de confiance</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="63" />
        <source>Adding an account</source>
        <translation>Ajout d'un compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="64" />
        <source>Changing settings and policy</source>
        <translation>Modification des paramètres et de la politique</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="65" />
        <source>Disabling an account</source>
        <translation>Désactiver un compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="66" />
        <source>Enabling an account</source>
        <translation>Réactiver un compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="67" />
        <source>Removing an account</source>
        <translation>Supprimer un compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="68" />
        <source>Raising a node's clearance</source>
        <translation>Relever l'habilitation d'un nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="69" />
        <source>Making a backup</source>
        <translation>Faire une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="70" />
        <source>Updating Airlock itself</source>
        <translation>Mise à jour d'Airlock lui-même</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="71" />
        <source>Rolling Airlock back to its kept version</source>
        <translation>Ramener Airlock à sa version conservée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="72" />
        <source>Rotating the content store key</source>
        <translation>Renouvellement de la clé du magasin de contenu</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="515" />
        <source>Accounts and roles</source>
        <translation>Comptes et rôles</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="516" />
        <source>Trust roots</source>
        <translation>Racines de confiance</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="519" />
        <source>Classification and policy</source>
        <translation>Classification et politique</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="520" />
        <source>Vault key</source>
        <translation>Clé du coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="521" />
        <source>Content store</source>
        <translation>Magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="523" />
        <source>Schedules</source>
        <translation>Planifications</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="524" />
        <source>Health and alarms</source>
        <translation>Santé et alarmes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="525" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="527" />
        <source>Reasons on record</source>
        <translation>Raisons consignées</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="528" />
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="530" />
        <source>Airlock version</source>
        <translation>Version d'Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="536" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>StoreCheckDialog</name>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="90" />
        <source>Check the content store</source>
        <translation>Contrôler le magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="92" />
        <source>Every stored object is read again and compared with the SHA-256 it is named by. Nothing is changed.</source>
        <translation>Chaque objet stocké est relu et comparé au SHA-256 qui le nomme. Rien n'est modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="97" />
        <source>Store check progress</source>
        <translation>Avancement du contrôle du magasin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/bundle_tools.py" line="147" />
        <source>The store has %n problem(s). Import the bundles they belong to again; do not deploy them until then.</source>
        <translation>
            <numerusform>Le magasin a %n problème. Importez à nouveau les paquets concernés ; ne les déployez pas d'ici là.</numerusform>
            <numerusform>Le magasin a %n problèmes. Importez à nouveau les paquets concernés ; ne les déployez pas d'ici là.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="153" />
        <source>Every object in the store matches its SHA-256.</source>
        <translation>Chaque objet du magasin correspond à son SHA-256.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="160" />
        <source>Stopped before every object was checked.</source>
        <translation>Arrêté avant que chaque objet ait été contrôlé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="163" />
        <source>The store could not be checked: {0}
What to do: {1}</source>
        <translation>Le magasin n'a pas pu être contrôlé : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="43" />
        <source>Every payload in the content store is encrypted with a store key sealed in this vault; a stolen disk gives away no model. Rotating the store key re-encrypts every object under a new key in the background, then destroys the old key. Stopped or interrupted, it goes on at the next start.</source>
        <translation>Chaque charge du magasin de contenu est chiffrée avec une clé du magasin scellée dans ce coffre ; un disque volé ne livre aucun modèle. Renouveler la clé du magasin rechiffre chaque objet avec une nouvelle clé en arrière-plan, puis détruit l'ancienne. Arrêté ou interrompu, le travail reprend au démarrage suivant.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="46" />
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="46" />
        <source>retiring</source>
        <translation>en retrait</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="46" />
        <source>destroyed</source>
        <translation>détruite</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="48" />
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="49" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="50" />
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="51" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="52" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="53" />
        <source>Destroyed</source>
        <translation>Détruite</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="57" />
        <source>Store keys</source>
        <translation>Clés du magasin</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="61" />
        <source>&amp;Rotate the store key</source>
        <translation>&amp;Renouveler la clé du magasin</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="63" />
        <source>Admin: a new store key, every object re-encrypted under it (audited)</source>
        <translation>Admin : une nouvelle clé du magasin, chaque objet rechiffré avec elle (audité)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="66" />
        <source>&amp;Finish now</source>
        <translation>&amp;Terminer maintenant</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="68" />
        <source>Encrypt or re-encrypt the objects that wait for it</source>
        <translation>Chiffrer ou rechiffrer les objets qui l'attendent</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="71" />
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="73" />
        <source>Stop after the current object; the rest is done at the next start</source>
        <translation>Arrêter après l'objet en cours ; le reste est fait au démarrage suivant</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="78" />
        <source>Content store encryption progress</source>
        <translation>Avancement du chiffrement du magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="86" />
        <source>Content store encryption</source>
        <translation>Chiffrement du magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="105" />
        <source>Objects: {0}. In plaintext from before encryption: {1}. To re-encrypt: {2}. Unreadable: {3}.</source>
        <translation>Objets : {0}. En clair, d'avant le chiffrement : {1}. À rechiffrer : {2}. Illisibles : {3}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="124" />
        <source>Rotate the content store key.</source>
        <translation>Renouveler la clé du magasin de contenu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="148" />
        <source>Encrypting the content store…</source>
        <translation>Chiffrement du magasin de contenu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="156" />
        <source>{0}: {1}%</source>
        <translation>{0} : {1} %</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="177" />
        <source>A backup is copying the content store, so no object was re-encrypted. The encryption resumes at the next start, or with Finish now after the backup.</source>
        <translation>Une sauvegarde copie le magasin de contenu : aucun objet n'a donc été rechiffré. Le chiffrement reprend au démarrage suivant, ou avec Terminer maintenant après la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="180" />
        <source>Another Airlock process is encrypting the content store.</source>
        <translation>Un autre processus Airlock chiffre le magasin de contenu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="182" />
        <source>Damaged objects: {0}. Check the store, then import their bundles again.</source>
        <translation>Objets endommagés : {0}. Vérifiez le magasin, puis importez à nouveau leurs paquets.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="185" />
        <source>Every object is encrypted under the active store key.</source>
        <translation>Chaque objet est chiffré avec la clé active du magasin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="190" />
        <source>Stopped. The rest is encrypted at the next start, or with Finish now.</source>
        <translation>Arrêté. Le reste est chiffré au démarrage suivant, ou avec Terminer maintenant.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="193" />
        <source>The content store was not fully encrypted: {0}
What to do: {1}</source>
        <translation>Le magasin de contenu n'a pas été entièrement chiffré : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="242" />
        <source>Pin the trust root</source>
        <translation>Épingler la racine de confiance</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="243" />
        <source>Bundles are accepted only when they chain to this root. Type its fingerprint from the paper your publisher gave you.</source>
        <translation>Les paquets ne sont acceptés que s'ils remontent à cette racine. Tapez son empreinte depuis le papier remis par votre éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="247" />
        <source>Root file</source>
        <translation>Fichier racine</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="248" />
        <source>…/root.json</source>
        <translation>…/root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="249" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="253" />
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="255" />
        <source>SHA256: followed by 64 hex digits, as `publisher init-trust` printed it.</source>
        <translation>SHA256: suivi de 64 chiffres hexadécimaux, tel qu'affiché par `publisher init-trust`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="256" />
        <source>P&amp;in this root</source>
        <translation>Épi&amp;ngler cette racine</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="266" />
        <source>Root &amp;file:</source>
        <translation>&amp;Fichier racine :</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="267" />
        <source>Finger&amp;print:</source>
        <translation>Em&amp;preinte :</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="270" />
        <source>You may finish without it and pin the root later in Settings; until then no bundle can be imported.</source>
        <translation>Vous pouvez terminer sans elle et l'épingler plus tard dans Paramètres ; d'ici là aucun paquet ne peut être importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="274" />
        <source>Choose root.json</source>
        <translation>Choisir root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="275" />
        <source>Trust root (root.json)</source>
        <translation>Racine de confiance (root.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="284" />
        <source>Choose the root file and type its fingerprint first.</source>
        <translation>Choisissez d'abord le fichier racine et tapez son empreinte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="287" />
        <source>Checking the root…</source>
        <translation>Vérification de la racine…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="293" />
        <source>Pinned root version {0}, fingerprint {1}.</source>
        <translation>Racine version {0} épinglée, empreinte {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="301" />
        <source>Not pinned: {0}
What to do: {1}</source>
        <translation>Non épinglée : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="210" />
        <source>Pinned trust root</source>
        <translation>Racine de confiance épinglée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="213" />
        <source>…/root.json</source>
        <translation>…/root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="214" />
        <source>Root file</source>
        <translation>Fichier racine</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="217" />
        <source>SHA256:… typed from paper (first root only)</source>
        <translation>SHA256:… tapé depuis le papier (première racine seulement)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="218" />
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="219" />
        <source>&amp;Pin first root</source>
        <translation>&amp;Épingler la première racine</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="222" />
        <source>&amp;Rotate to this root</source>
        <translation>&amp;Passer à cette racine</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="224" />
        <source>Accept root N+1, signed by the thresholds of both N and N+1</source>
        <translation>Accepter la racine N+1, signée selon les seuils de N et de N+1</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="230" />
        <source>Root file:</source>
        <translation>Fichier racine :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="231" />
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="247" />
        <source>What to do: {0}</source>
        <translation>Que faire : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="256" />
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="258" />
        <source>Publisher role</source>
        <translation>Rôle d'éditeur</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="258" />
        <source>Signatures needed</source>
        <translation>Signatures requises</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="258" />
        <source>Namespaces</source>
        <translation>Espaces de noms</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="259" />
        <source>Version {0}: {1}, pinned by {2} on {3}</source>
        <translation>Version {0} : {1}, épinglée par {2} le {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="262" />
        <source>Root version {0}</source>
        <translation>Racine version {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="263" />
        <source>Expires {0}</source>
        <translation>Expire le {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="264" />
        <source>Publishers</source>
        <translation>Éditeurs</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="264" />
        <source>Every root version kept</source>
        <translation>Toutes les versions de racine conservées</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="275" />
        <source>The root was not pinned</source>
        <translation>La racine n'a pas été épinglée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="279" />
        <source>Rotate the trust root to {0}.</source>
        <translation>Renouveler la racine de confiance vers {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="281" />
        <location filename="../../app/gui/sections/settings.py" line="286" />
        <source>The root was not rotated</source>
        <translation>La racine n'a pas été remplacée</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/gui/unlock.py" line="100" />
        <source>Unlock Airlock</source>
        <translation>Déverrouiller Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="103" />
        <source>The vault is locked</source>
        <translation>Le coffre est verrouillé</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="105" />
        <source>Vault: {0}</source>
        <translation>Coffre : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="111" />
        <source>empty: the only admin</source>
        <translation>vide : l'unique admin</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="112" />
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="113" />
        <source>The account to unlock as. Leave it empty when the vault has one admin.</source>
        <translation>Le compte à déverrouiller. Laissez vide quand le coffre a un seul admin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="117" />
        <location filename="../../app/gui/unlock.py" line="184" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="118" />
        <source>Unlock with the recovery key instead</source>
        <translation>Déverrouiller plutôt avec la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="120" />
        <source>An admin session acting as recovery-key, for when a passphrase is lost.</source>
        <translation>Une session admin au nom de recovery-key, quand une phrase secrète est perdue.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="124" />
        <location filename="../../app/gui/unlock.py" line="183" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="126" />
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="133" />
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="136" />
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="139" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="140" />
        <source>Close Airlock; the vault stays locked.</source>
        <translation>Fermer Airlock ; le coffre reste verrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="183" />
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="184" />
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="196" />
        <source>Type your passphrase first.</source>
        <translation>Tapez d'abord votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="232" />
        <source>Recovery: set a new passphrase</source>
        <translation>Récupération : définir une nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="243" />
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez deux fois la même.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="246" />
        <source>The passphrase is too short: choose one of at least 8 characters.</source>
        <translation>La phrase secrète est trop courte : choisissez-en une d'au moins 8 caractères.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="228" />
        <source>Open the backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="229" />
        <source>Only an admin of the backed-up appliance, or its recovery key, can open it.</source>
        <translation>Seul un admin de l'appliance sauvegardée, ou sa clé de récupération, peut l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="230" />
        <source>An admin's &amp;passphrase</source>
        <translation>La &amp;phrase secrète d'un admin</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="232" />
        <source>The &amp;recovery key</source>
        <translation>La clé de &amp;récupération</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="235" />
        <source>Admin account name</source>
        <translation>Nom du compte admin</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="236" />
        <source>the only admin, if left empty</source>
        <translation>le seul admin, si laissé vide</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="240" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="243" />
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="247" />
        <source>Last checkpoint you kept (optional)</source>
        <translation>Dernier point de contrôle conservé (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="248" />
        <source>A checkpoint file from an audit export: a backup older than it is refused</source>
        <translation>Un fichier de point de contrôle d'un export d'audit : une sauvegarde plus ancienne est refusée</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="249" />
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="256" />
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="257" />
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="259" />
        <source>Recovery &amp;key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="260" />
        <source>Last &amp;checkpoint:</source>
        <translation>Dernier &amp;point de contrôle :</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="266" />
        <source>a change ticket or a sentence saying why</source>
        <translation>un ticket de changement ou une phrase qui dit pourquoi</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="267" />
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="268" />
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="278" />
        <source>Choose the checkpoint you kept</source>
        <translation>Choisir le point de contrôle conservé</translation>
    </message>
</context>
<context>
    <name>VaultTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="390" />
        <source>The data key encrypts the whole vault. Rotating it re-encrypts the database under a new key and rewraps every key slot: passphrases and the recovery key stay the same. A crash during the rotation leaves either the old or the new key working. Close other Airlock sessions (airlock commands) first: the rotation needs the vault to itself.</source>
        <translation>La clé de données chiffre tout le coffre. La renouveler rechiffre la base sous une nouvelle clé et réenveloppe chaque emplacement de clé : les phrases secrètes et la clé de récupération restent les mêmes. Une panne pendant le renouvellement laisse l'ancienne ou la nouvelle clé fonctionnelle. Fermez d'abord les autres sessions Airlock (commandes airlock) : le renouvellement a besoin du coffre pour lui seul.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="394" />
        <source>&amp;Rotate the data key</source>
        <translation>&amp;Renouveler la clé de données</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="396" />
        <source>Admin: re-encrypt the vault under a new data key (audited)</source>
        <translation>Admin : rechiffrer le coffre sous une nouvelle clé de données (audité)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="399" />
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="401" />
        <source>Stop before the new key is switched in; the old key stays</source>
        <translation>Arrêter avant la bascule vers la nouvelle clé ; l'ancienne clé reste</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="406" />
        <source>Data key rotation progress</source>
        <translation>Progression du renouvellement de la clé de données</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="416" />
        <source>Data key</source>
        <translation>Clé de données</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="438" />
        <source>Rotating the data key…</source>
        <translation>Renouvellement de la clé de données…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="463" />
        <source>The data key was rotated. Every passphrase and the recovery key still open the vault.</source>
        <translation>La clé de données a été renouvelée. Chaque phrase secrète et la clé de récupération ouvrent toujours le coffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="470" />
        <source>Stopped. The vault keeps its old data key.</source>
        <translation>Arrêté. Le coffre garde son ancienne clé de données.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="473" />
        <source>The data key was not rotated: {0}
What to do: {1}</source>
        <translation>La clé de données n'a pas été renouvelée : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="43" />
        <source>Verify {0}</source>
        <translation>Vérifier {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="44" />
        <source>Checking the signed manifest, then hashing every file. Nothing is imported and the store is not touched.</source>
        <translation>Vérification du manifeste signé, puis hachage de chaque fichier. Rien n'est importé et le magasin n'est pas touché.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="46" />
        <source>Stop verifying.</source>
        <translation>Arrêter la vérification.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/bundle_tools.py" line="63" />
        <source>SBOM: %n component(s).</source>
        <translation>
            <numerusform>SBOM : %n composant.</numerusform>
            <numerusform>SBOM : %n composants.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="64" />
        <source>No SBOM.</source>
        <translation>Pas de SBOM.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="66" />
        <source>Verified {0} {1} ({2}, classified {3}): signed by {4} '{5}' key(s); every file matches its signed hash. {6} Nothing was imported.</source>
        <translation>{0} {1} vérifié ({2}, classé {3}) : signé par {4} clé(s) '{5}' ; chaque fichier correspond à son empreinte signée. {6} Rien n'a été importé.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="147" />
        <source>Verify the backup</source>
        <translation>Vérifier la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="148" />
        <source>Every file is checked against the signed manifest; nothing is written.</source>
        <translation>Chaque fichier est vérifié par rapport au manifeste signé ; rien n'est écrit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="151" />
        <source>Audit verifier key you recorded (optional)</source>
        <translation>Clé de vérification d'audit que vous avez notée (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="152" />
        <source>airlock/…+…+… (optional: the key line `airlock audit key` printed)</source>
        <translation>airlock/…+…+… (facultatif : la ligne de clé affichée par `airlock audit key`)</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="153" />
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="158" />
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="162" />
        <source>Pinned &amp;key:</source>
        <translation>&amp;Clé épinglée :</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="181" />
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="198" />
        <source>The backup verifies: made {0}, {1}, every hash matches. It is signed by the audit key with the fingerprint {2}; compare it with the one you recorded for this appliance.</source>
        <translation>La sauvegarde est vérifiée : faite le {0}, {1}, chaque empreinte concorde. Elle est signée par la clé d'audit d'empreinte {2} ; comparez-la à celle que vous avez notée pour cette appliance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="209" />
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="212" />
        <source>This backup cannot be restored: {0}
What to do: {1}</source>
        <translation>Cette sauvegarde ne peut pas être restaurée : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>WindowScheduler</name>
    <message numerus="yes">
        <location filename="../../app/gui/scheduler.py" line="100" />
        <source>%n scheduled job(s) ran.</source>
        <translation>
            <numerusform>%n tâche planifiée s'est exécutée.</numerusform>
            <numerusform>%n tâches planifiées se sont exécutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/scheduler.py" line="109" />
        <source>Scheduled work failed: {0}</source>
        <translation>Le travail planifié a échoué : {0}</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="141" />
        <source>Writing the export</source>
        <translation>Écriture de l'export</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="144" />
        <source>Export progress</source>
        <translation>Progression de l'export</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="162" />
        <source>Sealing a fresh checkpoint and writing entries…</source>
        <translation>Scellement d'un nouveau point de contrôle et écriture des entrées…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="180" />
        <source>Wrote {0} and {1} to {2}.
Verifier key fingerprint: {3}</source>
        <translation>{0} et {1} écrits dans {2}.
Empreinte de la clé de vérification : {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="181" />
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="182" />
        <source>%n checkpoint(s)</source>
        <translation>
            <numerusform>%n point de contrôle</numerusform>
            <numerusform>%n points de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="191" />
        <source>The export was not written: {0}
What to do: {1}</source>
        <translation>L'export n'a pas été écrit : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>_NodeDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="52" />
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="75" />
        <source>{0}: {1}
What to do: {2}</source>
        <translation>{0} : {1}
Que faire : {2}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="19" />
        <source>A '{key_role}' key's signature does not match bundle.json (altered after signing?); it has {valid} of the {threshold} valid '{role}' signatures it needs.</source>
        <translation>La signature d'une clé du rôle '{key_role}' ne correspond pas à bundle.json (modifié après signature ?) ; il ne porte que {valid} des {threshold} signatures valides du rôle '{role}' requises.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="20" />
        <source>A checkpoint covers {covered} entries but only {present} exist: entries were removed.</source>
        <translation>Un point de contrôle couvre {covered} entrées mais seules {present} existent : des entrées ont été supprimées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="21" />
        <source>A checkpoint needs three lines: origin, tree size and root hash.</source>
        <translation>Un point de contrôle nécessite trois lignes : origine, taille d'arbre et hachage racine.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="22" />
        <source>A checkpoint root must be a 32-byte SHA-256 hash.</source>
        <translation>La racine d'un point de contrôle doit être un hachage SHA-256 de 32 octets.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="23" />
        <source>A checkpoint seals {sealed} entries but only {count} were given: entries are missing from the log.</source>
        <translation>Un point de contrôle scelle {sealed} entrées mais seules {count} ont été fournies : des entrées manquent dans le journal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="24" />
        <source>A checkpoint to export does not verify: {problem}</source>
        <translation>Un point de contrôle à exporter ne se vérifie pas : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="25" />
        <source>A classification level is listed twice.</source>
        <translation>Un niveau de classification figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="26" />
        <source>A command over the management key failed on {node}: {output}.</source>
        <translation>Une commande passée avec la clé de gestion a échoué sur {node} : {output}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="27" />
        <source>A consistency proof between these sizes must be empty.</source>
        <translation>Une preuve de cohérence entre ces tailles doit être vide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="28" />
        <source>A database already exists at {path}.</source>
        <translation>Une base de données existe déjà dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="29" />
        <source>A key slot is damaged: its sealed data key does not open.</source>
        <translation>Un emplacement de clé est endommagé : sa clé de données scellée ne s'ouvre pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="30" />
        <source>A key slot uses Argon2id parameters below the safe minimum; refusing it.</source>
        <translation>Un emplacement de clé utilise des paramètres Argon2id sous le minimum sûr ; il est refusé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="31" />
        <source>A leaf hash must be {size} bytes, not {length}.</source>
        <translation>Un hachage de feuille doit faire {size} octets, pas {length}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="32" />
        <source>A media root must be a folder: {paths} is not one.</source>
        <translation>Une racine de médias doit être un dossier : {paths} n'en est pas un.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="33" />
        <source>A model bundle needs {options}.</source>
        <translation>Un paquet de modèle a besoin de {options}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="34" />
        <source>A node has one relay: narrow the pattern, or remove the other relay first.</source>
        <translation>Un nœud a un seul relais : resserrez le motif, ou retirez d'abord l'autre relais.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="35" />
        <source>A node named {name} is enrolled already.</source>
        <translation>Un nœud nommé {name} est déjà enrôlé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="36" />
        <source>A playbooks bundle is run, not deployed: `airlock run BUNDLE/PLAYBOOK --limit PATTERN`.</source>
        <translation>Un paquet de playbooks s'exécute, il ne se déploie pas : `airlock run BUNDLE/PLAYBOOK --limit PATTERN`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="37" />
        <source>A published version never changes; ask the publisher for a new version.</source>
        <translation>Une version publiée ne change jamais ; demandez une nouvelle version à l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="38" />
        <source>A reason cannot be required for: {actions}.</source>
        <translation>Une raison ne peut pas être exigée pour : {actions}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="39" />
        <source>A reason is required ({option}).</source>
        <translation>Une raison est requise ({option}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="40" />
        <source>A relay cannot serve every node.</source>
        <translation>Un relais ne peut pas desservir tous les nœuds.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="41" />
        <source>A removed account does not come back; add a new one under another name.</source>
        <translation>Un compte supprimé ne revient pas ; ajoutez-en un nouveau sous un autre nom.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="42" />
        <source>A role may only own its own namespace.</source>
        <translation>Un rôle ne peut posséder que son propre espace de noms.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="43" />
        <source>A rotation must be approved by the current root key holders.</source>
        <translation>Un renouvellement doit être approuvé par les détenteurs actuels des clés racine.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="44" />
        <source>A schedule runs at most once a minute and at least once a year; {duration} is outside that.</source>
        <translation>Une planification s'exécute au plus une fois par minute et au moins une fois par an ; {duration} est en dehors.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="45" />
        <source>A signer key must read 'PRIVATE+KEY+name+keyid+key'.</source>
        <translation>Une clé de signature doit avoir la forme 'PRIVATE+KEY+name+keyid+key'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="46" />
        <source>A stored checkpoint does not verify: {problem}</source>
        <translation>Un point de contrôle enregistré ne se vérifie pas : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="47" />
        <source>A tree hash must be {size} bytes, not {length}.</source>
        <translation>Un hachage d'arbre doit faire {size} octets, pas {length}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="48" />
        <source>A trust root is pinned already.</source>
        <translation>Une racine de confiance est déjà épinglée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="49" />
        <source>A verifier key must read 'name+keyid+key' (three parts joined by '+').</source>
        <translation>Une clé de vérification doit avoir la forme 'name+keyid+key' (trois parties jointes par '+').</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="50" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="51" />
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="52" />
        <source>Acknowledgement note</source>
        <translation>Note d'acquittement</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="53" />
        <source>Actions, newest first</source>
        <translation>Actions, les plus récentes d'abord</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="54" />
        <source>Add or enable another admin first.</source>
        <translation>Ajoutez ou réactivez d'abord un autre admin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="55" />
        <source>Add them to `airlock bundle build`; they are signed with the bundle and shown before every deployment.</source>
        <translation>Ajoutez-les à `airlock bundle build` ; elles sont signées avec le paquet et montrées avant chaque déploiement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="56" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="57" />
        <source>After an upgrade, let the content store's encryption finish (`airlock store reseal`); otherwise run `airlock bundle check-store`.</source>
        <translation>Après une mise à jour, laissez se terminer le chiffrement du magasin de contenu (`airlock store reseal`) ; sinon lancez `airlock bundle check-store`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="58" />
        <source>Airlock only uses passphrase-protected keys.</source>
        <translation>Airlock n'utilise que des clés protégées par une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="59" />
        <source>Airlock refuses older versions; import a newer one.</source>
        <translation>Airlock refuse les versions plus anciennes ; importez-en une plus récente.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="60" />
        <source>Airlock {version} is installed and checked</source>
        <translation>Airlock {version} est installé et vérifié</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="61" />
        <source>Airlock {version} is not newer than the installed {current}: a downgrade is refused.</source>
        <translation>Airlock {version} n'est pas plus récent que la version installée {current} : un retour à une version antérieure est refusé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="62" />
        <source>Airlock {version} needs Debian packages this machine lacks: {packages}.</source>
        <translation>Airlock {version} a besoin de paquets Debian absents de cette machine : {packages}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="63" />
        <source>Airlock {version} runs again</source>
        <translation>Airlock {version} fonctionne de nouveau</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="64" />
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="65" />
        <source>Alarm {alarm} cleared at {when}; there is nothing left to acknowledge.</source>
        <translation>L'alarme {alarm} a disparu à {when} ; il n'y a plus rien à acquitter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="66" />
        <source>Alarm {alarm} was acknowledged by {who} at {when}: {note}</source>
        <translation>L'alarme {alarm} a été acquittée par {who} à {when} : {note}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="67" />
        <source>Alarms and how they were handled</source>
        <translation>Les alarmes et leur traitement</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="68" />
        <source>Alarms, open ones first</source>
        <translation>Alarmes, les ouvertes d'abord</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="69" />
        <source>All {total} rows are in {file}.</source>
        <translation>Les {total} lignes sont dans {file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="70" />
        <source>An account named {name} exists already.</source>
        <translation>Un compte nommé {name} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="71" />
        <source>An admin must check it and run `airlock node repin {node}`.</source>
        <translation>Un admin doit le vérifier et lancer `airlock node repin {node}`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="72" />
        <source>An admin must check the node and run `airlock node repin`.</source>
        <translation>Un admin doit vérifier le nœud et lancer `airlock node repin`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="73" />
        <source>An admin must check the relay and run `airlock node repin {relay}`.</source>
        <translation>Un admin doit vérifier le relais et lancer `airlock node repin {relay}`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="74" />
        <source>An admin must check them and run `airlock node repin`, or leave their nodes out.</source>
        <translation>Un admin doit les vérifier et lancer `airlock node repin`, ou laisser leurs nœuds de côté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="75" />
        <source>An admin must check them and run `airlock node repin`, or leave them out.</source>
        <translation>Un admin doit les vérifier et lancer `airlock node repin`, ou laissez-les de côté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="76" />
        <source>An admin must check them and run `airlock node repin`.</source>
        <translation>Un admin doit les vérifier et lancer `airlock node repin`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="77" />
        <source>An admin must narrow the relays' patterns (`airlock relay list` shows them).</source>
        <translation>Un admin doit resserrer les motifs des relais (`airlock relay list` les affiche).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="78" />
        <source>An admin must re-pin them with `airlock node repin`.</source>
        <translation>Un admin doit les réépingler avec `airlock node repin`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="79" />
        <source>An admin must run `airlock trust init ROOT_JSON --fingerprint SHA256:...` first.</source>
        <translation>Un admin doit d'abord lancer `airlock trust init ROOT_JSON --fingerprint SHA256:...`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="80" />
        <source>An app bundle updates Airlock itself: `airlock app update NAME@VERSION`.</source>
        <translation>Un paquet app met à jour Airlock lui-même : `airlock app update NAME@VERSION`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="81" />
        <source>An audit entry must be written inside the action's transaction.</source>
        <translation>Une entrée d'audit doit être écrite dans la transaction de l'action.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="82" />
        <source>An update of Airlock is in progress.</source>
        <translation>Une mise à jour d'Airlock est en cours.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="83" />
        <source>Another Airlock process is using {path}.</source>
        <translation>Un autre processus Airlock utilise {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="84" />
        <source>Another Airlock session has this vault open.</source>
        <translation>Une autre session Airlock a ce coffre ouvert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="85" />
        <source>Another admin must do it.</source>
        <translation>Un autre admin doit le faire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="86" />
        <source>Another backup is being written to {path} right now.</source>
        <translation>Une autre sauvegarde est en cours d'écriture sur {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="87" />
        <source>Another process is updating Airlock right now.</source>
        <translation>Un autre processus met Airlock à jour en ce moment.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="88" />
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="89" />
        <source>Ask a second operator to approve.</source>
        <translation>Demandez à un second opérateur d'approuver.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="90" />
        <source>Ask an account with the right role to do it.</source>
        <translation>Demandez-le à un compte doté du rôle adéquat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="91" />
        <source>Ask an admin about your account.</source>
        <translation>Interrogez un admin au sujet de votre compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="92" />
        <source>Ask an admin to enable it (`airlock account enable NAME`).</source>
        <translation>Demandez à un admin de le réactiver (`airlock account enable NAME`).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="93" />
        <source>Ask the publisher for a bundle made by `make release`.</source>
        <translation>Demandez à l'éditeur un paquet fait par `make release`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="94" />
        <source>Ask the publisher for a bundle whose playbooks run only on nodes, with ansible-core's builtin modules.</source>
        <translation>Demandez à l'éditeur un paquet dont les playbooks ne s'exécutent que sur les nœuds, avec les modules intégrés d'ansible-core.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="95" />
        <source>Ask the publisher for a bundle with a valid SBOM.</source>
        <translation>Demandez à l'éditeur un paquet avec un SBOM valide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="96" />
        <source>Ask the publisher for a new bundle.</source>
        <translation>Demandez un nouveau paquet à l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="97" />
        <source>Ask the publisher for a re-signed bundle, or check the clock.</source>
        <translation>Demandez à l'éditeur un paquet signé à nouveau, ou vérifiez l'horloge.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="98" />
        <source>Ask the root key holders for a rotated trust root.</source>
        <translation>Demandez aux détenteurs des clés racine une racine de confiance renouvelée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="99" />
        <source>At most {limit} rows; the entries CSV has every one.</source>
        <translation>Au plus {limit} lignes ; le CSV des entrées les contient toutes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="100" />
        <source>Audit entries</source>
        <translation>Entrées d'audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="101" />
        <source>Audit entries written</source>
        <translation>Entrées d'audit écrites</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="102" />
        <source>Audit entry seq {seq} holds a newline; it is not canonical.</source>
        <translation>L'entrée d'audit seq {seq} contient un saut de ligne ; elle n'est pas canonique.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="103" />
        <source>Audit report</source>
        <translation>Rapport d'audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="104" />
        <source>Available from bundles: {playbooks}.</source>
        <translation>Disponibles dans les paquets : {playbooks}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="105" />
        <source>Available: none.</source>
        <translation>Disponibles : aucun.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="106" />
        <source>Available: {playbooks}.</source>
        <translation>Disponibles : {playbooks}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="107" />
        <source>Backing up the database</source>
        <translation>Sauvegarde de la base de données</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="108" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="109" />
        <source>Build it from a flat apt repository (dpkg-scanpackages . &gt; Packages).</source>
        <translation>Construisez-le à partir d'un dépôt apt plat (dpkg-scanpackages . &gt; Packages).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="110" />
        <source>Build it with one version of each package.</source>
        <translation>Construisez-le avec une seule version de chaque paquet apt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="111" />
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="112" />
        <source>Bundle type</source>
        <translation>Type de paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="113" />
        <source>Bundle version</source>
        <translation>Version du paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="114" />
        <source>Bundle {bundle} expired on {day}; import a newer version.</source>
        <translation>Le paquet {bundle} a expiré le {day} ; importez une version plus récente.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="115" />
        <source>Bundle {bundle} expires on {day}; import a newer version before then.</source>
        <translation>Le paquet {bundle} expire le {day} ; importez une version plus récente d'ici là.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="116" />
        <source>Bundles of type {bundle_type} are not deployed to nodes.</source>
        <translation>Les paquets de type {bundle_type} ne se déploient pas sur les nœuds.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="117" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="118" />
        <source>By account</source>
        <translation>Par compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="119" />
        <source>By action</source>
        <translation>Par action</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="120" />
        <source>By classification</source>
        <translation>Par classification</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="121" />
        <source>Cannot back up: {path} is not a folder.</source>
        <translation>Sauvegarde impossible : {path} n'est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="122" />
        <source>Cannot decrypt {path}: wrong passphrase, or not a private key file.</source>
        <translation>Impossible de déchiffrer {path} : phrase secrète erronée, ou pas un fichier de clé privée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="123" />
        <source>Cannot export the audit trail: {path} is not a directory.</source>
        <translation>Impossible d'exporter la piste d'audit : {path} n'est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="124" />
        <source>Cannot open {file} on the medium: {error}.</source>
        <translation>Impossible d'ouvrir {file} sur le support : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="125" />
        <source>Cannot prove tree size {old_size} consistent with the smaller size {new_size}.</source>
        <translation>Impossible de prouver la cohérence de la taille d'arbre {old_size} avec la taille inférieure {new_size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="126" />
        <source>Cannot read root file {path}: {error}.</source>
        <translation>Impossible de lire le fichier racine {path} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="127" />
        <source>Cannot read targets file {path}: {error}.</source>
        <translation>Impossible de lire le fichier des cibles {path} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="128" />
        <source>Cannot read the private key file {path}: {error}.</source>
        <translation>Impossible de lire le fichier de clé privée {path} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="129" />
        <source>Cannot read the public key file {path}: {error}.</source>
        <translation>Impossible de lire le fichier de clé publique {path} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="130" />
        <source>Cannot read {file} of the backup: {error}.</source>
        <translation>Impossible de lire {file} de la sauvegarde : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="131" />
        <source>Cannot write {path}: {folder} is not a folder.</source>
        <translation>Impossible d'écrire {path} : {folder} n'est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="132" />
        <source>Change the node instead (airlock node enroll ... --var).</source>
        <translation>Modifiez plutôt le nœud (airlock node enroll ... --var).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="133" />
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="134" />
        <source>Check `airlock node list` and the --limit pattern.</source>
        <translation>Vérifiez `airlock node list` et le motif --limit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="135" />
        <source>Check both and try again.</source>
        <translation>Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="136" />
        <source>Check its Packages index.</source>
        <translation>Vérifiez son index Packages.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="137" />
        <source>Check that ansible-playbook, ssh-agent and ssh are installed.</source>
        <translation>Vérifiez que ansible-playbook, ssh-agent et ssh sont installés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="138" />
        <source>Check that openssh-client is installed.</source>
        <translation>Vérifiez qu'openssh-client est installé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="139" />
        <source>Check that python3 is installed on the node and its free space; deploy again.</source>
        <translation>Vérifiez que python3 est installé sur le nœud et son espace libre ; déployez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="140" />
        <source>Check that python3 is installed on the node.</source>
        <translation>Vérifiez que python3 est installé sur le nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="141" />
        <source>Check that the address points at an SSH server.</source>
        <translation>Vérifiez que l'adresse désigne un serveur SSH.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="142" />
        <source>Check that the file is complete.</source>
        <translation>Vérifiez que le fichier est complet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="143" />
        <source>Check that the medium is mounted and readable.</source>
        <translation>Vérifiez que le support est monté et lisible.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="144" />
        <source>Check the account and the credential given.</source>
        <translation>Vérifiez le compte et l'authentifiant fourni.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="145" />
        <source>Check the account name and passphrase and try again.</source>
        <translation>Vérifiez le nom du compte et la phrase secrète, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="146" />
        <source>Check the account's shell on the node.</source>
        <translation>Vérifiez le shell du compte sur le nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="147" />
        <source>Check the address, the port and that sshd runs on the node.</source>
        <translation>Vérifiez l'adresse, le port et que sshd tourne sur le nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="148" />
        <source>Check the address, the port and that sshd runs on the node; the relay's sshd must allow TCP forwarding for the management account.</source>
        <translation>Vérifiez l'adresse, le port et que sshd tourne sur le nœud ; le sshd du relais doit permettre la redirection TCP au compte de gestion.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="151" />
        <source>Check the data disk (dmesg), then retry.</source>
        <translation>Vérifiez le disque de données (dmesg), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="152" />
        <source>Check the data disk (dmesg); `airlock bundle check-store` checks every object.</source>
        <translation>Vérifiez le disque de données (dmesg) ; `airlock bundle check-store` vérifie chaque objet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="153" />
        <source>Check the data disk has space and is healthy, then restore again.</source>
        <translation>Vérifiez que le disque de données a de la place et est sain, puis restaurez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="154" />
        <source>Check the file.</source>
        <translation>Vérifiez le fichier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="155" />
        <source>Check the folder is writable and has space.</source>
        <translation>Vérifiez que le dossier est accessible en écriture et qu'il reste de la place.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="156" />
        <source>Check the free space of the installation's disk, then try again.</source>
        <translation>Vérifiez l'espace libre du disque de l'installation, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="157" />
        <source>Check the installation's disk, then try again.</source>
        <translation>Vérifiez le disque de l'installation, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="158" />
        <source>Check the key on the node's console with `ssh-keygen -lf` before re-pinning.</source>
        <translation>Vérifiez la clé sur la console du nœud avec `ssh-keygen -lf` avant de la réépingler.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="159" />
        <source>Check the medium and retry.</source>
        <translation>Vérifiez le support et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="160" />
        <source>Check the medium is mounted and healthy, then back up again.</source>
        <translation>Vérifiez que le support est monté et sain, puis sauvegardez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="161" />
        <source>Check the medium is mounted, writable and has space.</source>
        <translation>Vérifiez que le support est monté, inscriptible et qu'il a de la place.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="162" />
        <source>Check the medium.</source>
        <translation>Vérifiez le support.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="163" />
        <source>Check the node and that it accepts the management key; deploy again to resume.</source>
        <translation>Vérifiez le nœud et qu'il accepte la clé de gestion ; déployez à nouveau pour reprendre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="164" />
        <source>Check the node and the network, then try again.</source>
        <translation>Vérifiez le nœud et le réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="165" />
        <source>Check the node's airlock_root variable.</source>
        <translation>Vérifiez la variable airlock_root du nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="166" />
        <source>Check the node's free space and airlock_root; deploy again to resume.</source>
        <translation>Vérifiez l'espace libre du nœud et airlock_root ; déployez à nouveau pour reprendre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="167" />
        <source>Check the passphrase and the file.</source>
        <translation>Vérifiez la phrase secrète et le fichier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="168" />
        <source>Check the path and the medium.</source>
        <translation>Vérifiez le chemin et le support.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="169" />
        <source>Check the path.</source>
        <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="170" />
        <source>Check the relay (`airlock relay list`); deploy again to resume.</source>
        <translation>Vérifiez le relais (`airlock relay list`) ; déployez à nouveau pour reprendre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="171" />
        <source>Check the relay and that it accepts the management key.</source>
        <translation>Vérifiez le relais et qu'il accepte la clé de gestion.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="172" />
        <source>Check the relay first (`airlock relay list`).</source>
        <translation>Vérifiez d'abord le relais (`airlock relay list`).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="173" />
        <source>Check the vault's management key (`airlock node key`).</source>
        <translation>Vérifiez la clé de gestion du coffre (`airlock node key`).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="174" />
        <source>Checking every file of the backup</source>
        <translation>Vérification de chaque fichier de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="175" />
        <source>Checkpoint text must not hold empty lines.</source>
        <translation>Le texte du point de contrôle ne doit pas contenir de lignes vides.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="176" />
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="177" />
        <source>Choose a longer passphrase.</source>
        <translation>Choisissez une phrase secrète plus longue.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="178" />
        <source>Choose a node the appliance reaches directly.</source>
        <translation>Choisissez un nœud que l'appliance joint directement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="179" />
        <source>Choose a period from 1m to 366d.</source>
        <translation>Choisissez une période de 1m à 366d.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="180" />
        <source>Choose an approver with that role.</source>
        <translation>Choisissez un approbateur doté de ce rôle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="181" />
        <source>Choose an empty data directory.</source>
        <translation>Choisissez un dossier de données vide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="182" />
        <source>Choose another --out; Airlock never overwrites a key.</source>
        <translation>Choisissez un autre --out ; Airlock n'écrase jamais une clé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="183" />
        <source>Choose another directory or remove the old export.</source>
        <translation>Choisissez un autre dossier ou supprimez l'ancien export.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="184" />
        <source>Choose another directory.</source>
        <translation>Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="185" />
        <source>Choose another name, or remove the old node first.</source>
        <translation>Choisissez un autre nom, ou retirez d'abord l'ancien nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="186" />
        <source>Choose another name.</source>
        <translation>Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="187" />
        <source>Choose from: {actions}.</source>
        <translation>Choisissez parmi : {actions}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="188" />
        <source>Choose nodes cleared for {classification} or higher (levels, least sensitive first: {levels}), or have an admin raise a node's clearance label.</source>
        <translation>Choisissez des nœuds habilités pour {classification} ou plus (niveaux, du moins sensible au plus sensible : {levels}), ou faites relever par un admin l'étiquette clearance d'un nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="189" />
        <source>Choose one of at least 8 characters (a few words are best).</source>
        <translation>Choisissez-en une d'au moins 8 caractères (quelques mots, c'est le mieux).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="190" />
        <source>Choose one of: {kinds}.</source>
        <translation>Choisissez parmi : {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="191" />
        <source>Choose one of: {levels}.</source>
        <translation>Choisissez parmi : {levels}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="192" />
        <source>Choose one of: {names}.</source>
        <translation>Choisissez parmi : {names}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="193" />
        <source>Choose one of: {playbooks}.</source>
        <translation>Choisissez parmi : {playbooks}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="194" />
        <source>Choose one of: {roles}.</source>
        <translation>Choisissez parmi : {roles}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="195" />
        <source>Choose text or jsonl.</source>
        <translation>Choisissez text ou jsonl.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="196" />
        <source>Chunk {index} of stored object {object} does not authenticate (altered, moved or from another object).</source>
        <translation>Le bloc {index} de l'objet stocké {object} ne s'authentifie pas (modifié, déplacé ou venu d'un autre objet).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="197" />
        <source>Chunk {seq} of job {job}'s output is missing from the vault.</source>
        <translation>Le morceau {seq} de la sortie de la tâche {job} manque dans le coffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="198" />
        <source>Classification level</source>
        <translation>Niveau de classification</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="199" />
        <source>Classification level {level} is not a valid name.</source>
        <translation>Le niveau de classification {level} n'est pas un nom valide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="200" />
        <source>Clearance</source>
        <translation>Habilitation</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="201" />
        <source>Clearance is the node's clearance label when the report was written. Why is the reason the operator gave.</source>
        <translation>L'habilitation est l'étiquette d'habilitation du nœud au moment où le rapport a été écrit. Pourquoi est la raison donnée par l'opérateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="202" />
        <source>Cleared</source>
        <translation>Levée</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="203" />
        <source>Close the desktop application and other airlock commands on it, then restore again.</source>
        <translation>Fermez l'application de bureau et les autres commandes airlock qui l'utilisent, puis restaurez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="204" />
        <source>Close the desktop application and other airlock commands, then run rekey again.</source>
        <translation>Fermez l'application de bureau et les autres commandes airlock, puis relancez rekey.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="205" />
        <source>Close the desktop application and other airlock commands, then try again.</source>
        <translation>Fermez l'application de bureau et les autres commandes airlock, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="206" />
        <source>Collect the missing signatures.</source>
        <translation>Recueillez les signatures manquantes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="207" />
        <source>Collect the new root key holders' signatures too.</source>
        <translation>Recueillez aussi les signatures des détenteurs des nouvelles clés racine.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="208" />
        <source>Compare it with `ssh-keygen -lf` on the node's console, then confirm or pass --fingerprint.</source>
        <translation>Comparez-la avec `ssh-keygen -lf` sur la console du nœud, puis confirmez ou passez --fingerprint.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="209" />
        <source>Configure the node's sshd with an Ed25519, ECDSA or RSA host key.</source>
        <translation>Configurez le sshd du nœud avec une clé d'hôte Ed25519, ECDSA ou RSA.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="210" />
        <source>Connections to it are stopped; an admin must check the node and run `airlock node repin`.</source>
        <translation>Toute connexion vers lui est arrêtée ; un admin doit vérifier le nœud et lancer `airlock node repin`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="211" />
        <source>Contacting {address}:{port}</source>
        <translation>Connexion à {address}:{port}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="212" />
        <source>Copying the content store</source>
        <translation>Copie du magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="213" />
        <source>Copying the vault</source>
        <translation>Copie du coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="214" />
        <source>Cordoned nodes take no deployment and no job but facts and health: {nodes}.</source>
        <translation>Les nœuds isolés ne reçoivent aucun déploiement et aucune tâche hormis facts et health : {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="215" />
        <source>Cordoned nodes, and nodes reached through a cordoned relay, take no deployment and no job but facts and health: {nodes}.</source>
        <translation>Les nœuds isolés, et ceux atteints par un relais isolé, ne reçoivent aucun déploiement et aucune tâche hormis facts et health : {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="216" />
        <source>Could not disable password login on {node}: exit status {status}.</source>
        <translation>Impossible de désactiver la connexion par mot de passe sur {node} : code de sortie {status}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="217" />
        <source>Could not disable password login on {node}: {output}.</source>
        <translation>Impossible de désactiver la connexion par mot de passe sur {node} : {output}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="218" />
        <source>Could not reach relay {relay} at {address}:{port}: {error}.</source>
        <translation>Impossible de joindre le relais {relay} à {address}:{port} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="219" />
        <source>Could not reach {node} at {address}:{port}: ssh failed.</source>
        <translation>Impossible de joindre {node} à l'adresse {address}:{port} : échec de ssh.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="220" />
        <source>Could not reach {node} at {address}:{port}: {error}.</source>
        <translation>Impossible de joindre {node} à l'adresse {address}:{port} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="221" />
        <source>Could not reach {node} through relay {relay}: {error}</source>
        <translation>Impossible de joindre {node} par le relais {relay} : {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="222" />
        <source>Could not read the bootstrap key {path}: {error}.</source>
        <translation>Impossible de lire la clé d'amorçage {path} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="223" />
        <source>Could not start ssh to {node}.</source>
        <translation>Impossible de lancer ssh vers {node}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="224" />
        <source>Could not write the audit export in {directory}: {error}.</source>
        <translation>Impossible d'écrire l'export d'audit dans {directory} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="225" />
        <source>Could not write the audit export to {path}: {error}.</source>
        <translation>Impossible d'écrire l'export d'audit dans {path} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="226" />
        <source>Could not write the audit export {path}: {error}.</source>
        <translation>Impossible d'écrire l'export d'audit {path} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="227" />
        <source>Could not write {path}: {error}.</source>
        <translation>Impossible d'écrire {path} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="228" />
        <source>Create it (on the signer's own medium), or choose another --out.</source>
        <translation>Créez-le (sur le support du signataire), ou choisissez un autre --out.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="229" />
        <source>DCGM is not installed; dcgmi diag was skipped.</source>
        <translation>DCGM n'est pas installé ; dcgmi diag n'a pas été lancé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="230" />
        <source>Degraded and unhealthy checks in the period</source>
        <translation>Contrôles dégradés et défaillants de la période</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="231" />
        <source>Deploy a model or an update bundle.</source>
        <translation>Déployez un paquet de modèle ou de mise à jour.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="232" />
        <source>Deploy again; the transfer resumes.</source>
        <translation>Déployez à nouveau ; le transfert reprend.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="233" />
        <source>Deploy the older update bundle's packages in a newer bundle instead.</source>
        <translation>Déployez plutôt les paquets logiciels de l'ancien paquet de mise à jour dans un paquet plus récent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="234" />
        <source>Deploy the relay wheelhouse with the relay playbook first: airlock deploy NAME --to {relay} --playbook relay.</source>
        <translation>Déployez d'abord la wheelhouse du relais avec le playbook relay : airlock deploy NOM --to {relay} --playbook relay.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="235" />
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="236" />
        <source>Deployments report</source>
        <translation>Rapport des déploiements</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="237" />
        <source>Did not succeed</source>
        <translation>N'a pas réussi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="238" />
        <source>Disabling password login</source>
        <translation>Désactivation de la connexion par mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="239" />
        <source>Disk space was not measured.</source>
        <translation>L'espace disque n'a pas été mesuré.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="240" />
        <source>Do not enrol it; check on the node's console with `ssh-keygen -lf` which key it has.</source>
        <translation>Ne l'enrôlez pas ; vérifiez sur la console du nœud, avec `ssh-keygen -lf`, quelle clé il possède.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="241" />
        <source>Do not pin it: get the root from its publisher again and compare on paper.</source>
        <translation>Ne l'épinglez pas : récupérez à nouveau la racine auprès de son éditeur et comparez sur papier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="242" />
        <source>Do not restore it; report it to your security officer.</source>
        <translation>Ne la restaurez pas ; signalez-le à votre responsable de la sécurité.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="243" />
        <source>Do not use this bundle; ask the publisher for a new copy.</source>
        <translation>N'utilisez pas ce paquet ; demandez-en une nouvelle copie à l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="244" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="245" />
        <source>Drain the node and have the GPU at {pci} serviced; it needs a reboot at least.</source>
        <translation>Videz le nœud et faites réparer le GPU en {pci} ; il faut au moins redémarrer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="246" />
        <source>Drain the node and reboot it (the GPU at {pci} asks for it).</source>
        <translation>Videz le nœud et redémarrez-le (le GPU en {pci} le demande).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="247" />
        <source>Drain the work from the GPU at {pci}, then reset it (nvidia-smi -r).</source>
        <translation>Videz le GPU en {pci} de son travail, puis réinitialisez-le (nvidia-smi -r).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="248" />
        <source>Either set it or remove it.</source>
        <translation>Définissez-la ou retirez-la, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="249" />
        <source>Encrypting the content store</source>
        <translation>Chiffrement du magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="250" />
        <source>Enrol it without the clearance label, then raise it with `airlock node label {name} clearance={level}` and a second admin's approval.</source>
        <translation>Enrôlez-le sans l'étiquette d'habilitation, puis élevez-la avec `airlock node label {name} clearance={level}` et l'approbation d'un second administrateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="251" />
        <source>Enrol the relay first: airlock node enroll {name} ...</source>
        <translation>Enrôlez d'abord le relais : airlock node enroll {name} ...</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="252" />
        <source>Enrolling {name} with clearance {level} raises its clearance, which is under dual control.</source>
        <translation>Enrôler {name} avec l'habilitation {level} élève son habilitation, ce qui est soumis au double contrôle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="253" />
        <source>Enrolment needs a bootstrap key or a bootstrap password.</source>
        <translation>L'enrôlement exige une clé d'amorçage ou un mot de passe d'amorçage.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="254" />
        <source>Enrolment was cancelled; nothing was changed.</source>
        <translation>L'enrôlement a été annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="255" />
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="256" />
        <source>Every change, in order</source>
        <translation>Chaque changement, dans l'ordre</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="257" />
        <source>Every check in the period found its node healthy.</source>
        <translation>Chaque contrôle de la période a trouvé son nœud sain.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="258" />
        <source>Every entry of the period</source>
        <translation>Chaque entrée de la période</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="259" />
        <source>Every job in the period succeeded.</source>
        <translation>Chaque tâche de la période a réussi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="260" />
        <source>Every node, least healthy first</source>
        <translation>Chaque nœud, le moins sain d'abord</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="261" />
        <source>Every selected node is cordoned.</source>
        <translation>Tous les nœuds sélectionnés sont isolés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="262" />
        <source>Expiry checked against the system clock ({system}), which is not behind the newest signing time already imported ({floor}).</source>
        <translation>Expiration vérifiée par rapport à l'horloge système ({system}), qui n'est pas en retard sur la date de signature la plus récente déjà importée ({floor}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="263" />
        <source>Expiry checked against the system clock ({system}); no earlier import sets a lower bound.</source>
        <translation>Expiration vérifiée par rapport à l'horloge système ({system}) ; aucun import antérieur ne fixe de limite inférieure.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="264" />
        <source>Expiry checked against {floor}, the newest signing time already imported, because the system clock ({system}) is behind it.</source>
        <translation>Expiration vérifiée par rapport à {floor}, la date de signature la plus récente déjà importée, car l'horloge système ({system}) est en retard sur elle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="265" />
        <source>Extra variable {name} holds template syntax ({marker}); Airlock passes values to Ansible as plain text.</source>
        <translation>La variable supplémentaire {name} contient une syntaxe de modèle ({marker}) ; Airlock transmet les valeurs à Ansible comme du texte brut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="266" />
        <source>Extra variable {variable} is longer than {limit} characters.</source>
        <translation>La variable supplémentaire {variable} dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="267" />
        <source>Extra variable {variable} is not KEY=VALUE with a lowercase name.</source>
        <translation>La variable supplémentaire {variable} n'est pas de la forme CLÉ=VALEUR avec un nom en minuscules.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="268" />
        <source>Extra variable {variable} is reserved: Airlock sets it from the inventory.</source>
        <translation>La variable supplémentaire {variable} est réservée : Airlock la définit depuis l'inventaire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="269" />
        <source>Failed or cancelled</source>
        <translation>Échouée ou annulée</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="270" />
        <source>First seen</source>
        <translation>Vue la première fois</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="271" />
        <source>Fix the --role options.</source>
        <translation>Corrigez les options --role.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="272" />
        <source>Fleet report</source>
        <translation>Rapport du parc</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="273" />
        <source>For example --label site=north --label roles=gpu+serving.</source>
        <translation>Par exemple --label site=north --label roles=gpu+serving.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="274" />
        <source>For example --split-size 4G.</source>
        <translation>Par exemple --split-size 4G.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="275" />
        <source>For example -e airlock_root=/srv/airlock.</source>
        <translation>Par exemple -e airlock_root=/srv/airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="276" />
        <source>Forks and timeout must be positive, and the poll interval between 0 and 1 s.</source>
        <translation>Les forks et le délai doivent être positifs, et l'intervalle de scrutation compris entre 0 et 1 s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="277" />
        <source>Free space and retry.</source>
        <translation>Libérez de l'espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="278" />
        <source>Free space in the data directory, then import again.</source>
        <translation>Libérez de l'espace dans le dossier de données, puis relancez l'import.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="279" />
        <source>Free space in the data directory, then try again.</source>
        <translation>Libérez de l'espace dans le répertoire de données, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="280" />
        <source>Free space on that disk (or choose another --data-dir) and run init again: nothing was kept.</source>
        <translation>Libérez de l'espace sur ce disque (ou choisissez un autre --data-dir) et relancez init : rien n'a été conservé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="281" />
        <source>Free space on the data folder's disk and rekey again; the old key is still in force.</source>
        <translation>Libérez de l'espace sur le disque du dossier de données et relancez le changement de clé ; l'ancienne clé reste en vigueur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="282" />
        <source>Free space on the medium (or use a larger one), then back up again.</source>
        <translation>Libérez de la place sur le support (ou prenez-en un plus grand), puis sauvegardez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="283" />
        <source>Free space on the medium (or use a larger one), then back up again; earlier backups on it are as they were.</source>
        <translation>Libérez de la place sur le support (ou prenez-en un plus grand), puis sauvegardez à nouveau ; ses sauvegardes antérieures sont telles qu'elles étaient.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="284" />
        <source>GPU models</source>
        <translation>Modèles de GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="285" />
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="286" />
        <source>Give --account NAME (or set AIRLOCK_ACCOUNT).</source>
        <translation>Indiquez --account NOM (ou définissez AIRLOCK_ACCOUNT).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="287" />
        <source>Give --approver NAME and the approver's passphrase.</source>
        <translation>Indiquez --approver NOM et la phrase secrète de l'approbateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="288" />
        <source>Give --from the earlier day and --to the later one.</source>
        <translation>Donnez à --from le jour le plus tôt et à --to le plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="289" />
        <source>Give --reason TEXT: a change ticket or a sentence saying why.</source>
        <translation>Donnez --reason TEXTE : un ticket de changement ou une phrase qui dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="290" />
        <source>Give --sbom {name} to use the one in SRC_DIR, or rename it.</source>
        <translation>Donnez --sbom {name} pour utiliser celui de SRC_DIR, ou renommez-le.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="291" />
        <source>Give 0 to never warn, or the days a site may go without a backup.</source>
        <translation>Donnez 0 pour ne jamais avertir, ou le nombre de jours qu'un site peut passer sans sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="292" />
        <source>Give KEY=VALUE labels to set, or --remove KEY.</source>
        <translation>Donnez des étiquettes CLÉ=VALEUR à définir, ou --remove CLÉ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="293" />
        <source>Give a change ticket or a sentence saying why, or leave --reason out.</source>
        <translation>Donnez un ticket de changement ou une phrase qui dit pourquoi, ou omettez --reason.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="294" />
        <source>Give a checkpoint from an audit export of this appliance.</source>
        <translation>Donnez un point de contrôle d'un export d'audit de cette appliance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="295" />
        <source>Give a date as YYYY-MM-DD, or a time as YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>Donnez une date sous la forme AAAA-MM-JJ, ou une heure sous la forme AAAA-MM-JJTHH:MM:SSZ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="296" />
        <source>Give a file in an existing folder.</source>
        <translation>Donnez un fichier dans un dossier existant.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="297" />
        <source>Give a number from {low} to {high}.</source>
        <translation>Donnez un nombre de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="298" />
        <source>Give a plain directory name.</source>
        <translation>Indiquez un simple nom de dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="299" />
        <source>Give a version as MAJOR.MINOR.PATCH, for example 1.2.0.</source>
        <translation>Donnez une version sous la forme MAJEUR.MINEUR.CORRECTIF, par exemple 1.2.0.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="300" />
        <source>Give an OpenSSH private key file.</source>
        <translation>Fournissez un fichier de clé privée OpenSSH.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="301" />
        <source>Give an SPDX 2.x or CycloneDX 1.x document in JSON.</source>
        <translation>Donnez un document SPDX 2.x ou CycloneDX 1.x en JSON.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="302" />
        <source>Give an admin's passphrase (--passphrase-file) or --recovery-key-file.</source>
        <translation>Donnez la phrase secrète d'un admin (--passphrase-file) ou --recovery-key-file.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="303" />
        <source>Give an empty folder (or one that does not exist yet) with --data-dir.</source>
        <translation>Donnez un dossier vide (ou qui n'existe pas encore) avec --data-dir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="304" />
        <source>Give at least one public key.</source>
        <translation>Indiquez au moins une clé publique.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="305" />
        <source>Give at most 64 at a time.</source>
        <translation>Donnez-en au plus 64 à la fois.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="306" />
        <source>Give each key once.</source>
        <translation>Indiquez chaque clé une seule fois.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="307" />
        <source>Give it as ssh-keygen -lf prints it: SHA256: followed by 43 base64 characters.</source>
        <translation>Donnez-la telle que ssh-keygen -lf l'affiche : SHA256: suivi de 43 caractères base64.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="308" />
        <source>Give node names or label globs, e.g. gpu-* or site=north.</source>
        <translation>Donnez des noms de nœuds ou des motifs d'étiquettes, ex. gpu-* ou site=north.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="309" />
        <source>Give node-name globs or labels, e.g. --serves rack7-* or --serves site=north.</source>
        <translation>Donnez des motifs de noms de nœuds ou des étiquettes, ex. --serves rack7-* ou --serves site=north.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="310" />
        <source>Give one of: {levels} (least sensitive first).</source>
        <translation>Donnez l'un de : {levels} (du moins sensible au plus sensible).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="311" />
        <source>Give the NAME-VERSION.airlock directory.</source>
        <translation>Indiquez le dossier NOM-VERSION.airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="312" />
        <source>Give the app bundle as NAME@VERSION, for example airlock@1.2.0.</source>
        <translation>Donnez le paquet d'application sous la forme NOM@VERSION, par exemple airlock@1.2.0.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="313" />
        <source>Give the export folder and the verifier key line you pinned.</source>
        <translation>Indiquez le dossier d'export et la ligne de clé de vérification que vous avez épinglée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="314" />
        <source>Give the folder of one backup (airlock-backup-...) on the medium.</source>
        <translation>Donnez le dossier d'une sauvegarde (airlock-backup-...) sur le support.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="315" />
        <source>Give the folder of one backup (airlock-backup-...); `airlock backup list` shows them.</source>
        <translation>Donnez le dossier d'une sauvegarde (airlock-backup-...) ; `airlock backup list` les affiche.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="316" />
        <source>Give the folder on the medium that holds the backups.</source>
        <translation>Donnez le dossier du support qui contient les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="317" />
        <source>Give the key alone, lowercase, e.g. --remove zone.</source>
        <translation>Donnez la clé seule, en minuscules, p. ex. --remove zone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="318" />
        <source>Give the model card's path relative to SRC_DIR, e.g. README.md.</source>
        <translation>Donnez le chemin de la carte du modèle relatif à SRC_DIR, p. ex. README.md.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="319" />
        <source>Give the name and version of an imported app bundle.</source>
        <translation>Donnez le nom et la version d'un paquet d'application importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="320" />
        <source>Give the node account Airlock manages it as, e.g. airlock.</source>
        <translation>Donnez le compte du nœud sous lequel Airlock le gère, ex. airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="321" />
        <source>Give the node's SSH port, 1 to 65535 (usually 22).</source>
        <translation>Donnez le port SSH du nœud, de 1 à 65535 (en général 22).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="322" />
        <source>Give the node's address on the enclave network, e.g. 10.0.4.21 or gpu-a1.lab.</source>
        <translation>Donnez l'adresse du nœud sur le réseau de l'enclave, ex. 10.0.4.21 ou gpu-a1.lab.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="323" />
        <source>Give the node's name with NAME and its labels with --label.</source>
        <translation>Donnez le nom du nœud avec NAME et ses étiquettes avec --label.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="324" />
        <source>Give the path of an SPDX or CycloneDX JSON document.</source>
        <translation>Donnez le chemin d'un document JSON SPDX ou CycloneDX.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="325" />
        <source>Give them least sensitive first, e.g. {example}.</source>
        <translation>Indiquez-les du moins sensible au plus sensible, par ex. {example}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="326" />
        <source>Give {user} passwordless sudo, or enrol without --disable-password-login.</source>
        <translation>Accordez à {user} sudo sans mot de passe, ou enrôlez sans --disable-password-login.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="327" />
        <source>Have more signers run `airlock bundle sign` in turn.</source>
        <translation>Faites exécuter `airlock bundle sign` par d'autres signataires, chacun à son tour.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="328" />
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="329" />
        <source>Health at the end</source>
        <translation>Santé à la fin</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="330" />
        <source>Health of the fleet, by day</source>
        <translation>Santé du parc, par jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="331" />
        <source>Health of the fleet, by month</source>
        <translation>Santé du parc, par mois</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="332" />
        <source>Health problems</source>
        <translation>Problèmes de santé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="333" />
        <source>Host key of {host} is not pinned yet.</source>
        <translation>La clé d'hôte de {host} n'est pas encore épinglée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="334" />
        <source>Host key type {key_type} is not one Airlock pins.</source>
        <translation>Le type de clé d'hôte {key_type} n'est pas de ceux qu'Airlock épingle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="335" />
        <source>Host key {fingerprint} pinned; logging in as {user}</source>
        <translation>Clé d'hôte {fingerprint} épinglée ; connexion en tant que {user}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="336" />
        <source>Import the app bundle first (`airlock bundle import PATH`).</source>
        <translation>Importez d'abord le paquet d'application (`airlock bundle import PATH`).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="337" />
        <source>Install Airlock again from its release medium.</source>
        <translation>Réinstallez Airlock depuis son support de diffusion.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="338" />
        <source>Install it from its release medium with install.sh, which carries them.</source>
        <translation>Installez-le depuis son support de diffusion avec install.sh, qui les contient.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="339" />
        <source>Install that version of Airlock again; downgrading would lose data.</source>
        <translation>Réinstallez cette version d'Airlock ; revenir à une version antérieure ferait perdre des données.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="340" />
        <source>Installing the management key</source>
        <translation>Installation de la clé de gestion</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="341" />
        <source>Invalid checkpoint extension line {line}.</source>
        <translation>Ligne d'extension de point de contrôle invalide {line}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="342" />
        <source>Invalid checkpoint origin {origin}.</source>
        <translation>Origine de point de contrôle invalide {origin}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="343" />
        <source>Invalid checkpoint tree size {size}.</source>
        <translation>Taille d'arbre de point de contrôle invalide {size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="344" />
        <source>Invalid note key name {name}: it must be non-empty, without spaces or '+'.</source>
        <translation>Nom de clé de note invalide {name} : il doit être non vide, sans espaces ni '+'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="345" />
        <source>It is not shown; read it on the node it was deployed to.</source>
        <translation>Il n'est pas affiché ; lisez-le sur le nœud où il a été déployé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="346" />
        <source>It restores the version each node had before; to pick one, deploy NAME@VERSION.</source>
        <translation>Il restaure la version que chaque nœud avait avant ; pour en choisir une, déployez NOM@VERSION.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="347" />
        <source>It stays open until its condition clears.</source>
        <translation>Elle reste ouverte jusqu'à ce que sa cause disparaisse.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="348" />
        <source>It was altered or moved from another row; restore the database from a backup.</source>
        <translation>Elle a été modifiée ou déplacée depuis une autre ligne ; restaurez la base de données depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="350" />
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="351" />
        <source>Job {job} ended while the cancel was asked for.</source>
        <translation>La tâche {job} s'est terminée pendant la demande d'annulation.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="352" />
        <source>Job {job} has no stored output.</source>
        <translation>La tâche {job} n'a pas de sortie conservée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="353" />
        <source>Job {job} is not running: it ended {status}.</source>
        <translation>La tâche {job} ne tourne pas : elle s'est terminée ({status}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="354" />
        <source>Job {job}'s stored output does not match its recorded hash.</source>
        <translation>La sortie conservée de la tâche {job} ne correspond pas à son empreinte enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="355" />
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="356" />
        <source>Jobs by playbook</source>
        <translation>Tâches par playbook</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="357" />
        <source>Jobs that did not succeed</source>
        <translation>Tâches qui n'ont pas réussi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="358" />
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="359" />
        <source>Label value {value} of {key} has characters Airlock does not allow.</source>
        <translation>La valeur d'étiquette {value} de {key} contient des caractères qu'Airlock n'accepte pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="360" />
        <source>Label {key} is both set and removed.</source>
        <translation>L'étiquette {key} est à la fois définie et retirée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="361" />
        <source>Label {label} is not KEY=VALUE with a lowercase key.</source>
        <translation>L'étiquette {label} n'est pas de la forme CLÉ=VALEUR avec une clé en minuscules.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="362" />
        <source>Label {name} holds template syntax ({marker}); Airlock passes values to Ansible as plain text.</source>
        <translation>L'étiquette {name} contient une syntaxe de modèle ({marker}) ; Airlock transmet les valeurs à Ansible comme du texte brut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="363" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="364" />
        <source>Last checked</source>
        <translation>Dernier contrôle</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="365" />
        <source>Last seen</source>
        <translation>Vue la dernière fois</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="366" />
        <source>Last time</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="367" />
        <source>Leaf hash</source>
        <translation>Empreinte de feuille</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="368" />
        <source>Leaf {index} is not in a tree of size {size}.</source>
        <translation>La feuille {index} n'est pas dans un arbre de taille {size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="369" />
        <source>Leave it out to use parts that fit FAT32.</source>
        <translation>Omettez-la pour des parties qui tiennent sur FAT32.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="370" />
        <source>Leave them out of the selection (add {leave_out}), or uncordon the node or relay with `airlock node uncordon NAME --reason TEXT`.</source>
        <translation>Excluez-les de la sélection (ajoutez {leave_out}), ou levez l'isolement du nœud ou du relais avec `airlock node uncordon NAME --reason TEXT`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="371" />
        <source>Leave them out of the selection (add {leave_out}), or uncordon them with `airlock node uncordon NAME --reason TEXT`.</source>
        <translation>Excluez-les de la sélection (ajoutez {leave_out}), ou levez leur isolement avec `airlock node uncordon NAME --reason TEXT`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="372" />
        <source>Leave them out; a node's airlock_root is one of its host variables.</source>
        <translation>Retirez-les ; l'airlock_root d'un nœud est l'une de ses variables d'hôte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="373" />
        <source>Leave those nodes out of the selection.</source>
        <translation>Retirez ces nœuds de la sélection.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="374" />
        <source>Left out, cordoned: {nodes}.</source>
        <translation>Exclus, car isolés : {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="375" />
        <source>List each level once, in order.</source>
        <translation>Indiquez chaque niveau une seule fois, dans l'ordre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="376" />
        <source>Load it into no agent: give an unprotected copy for enrolment, then delete it.</source>
        <translation>Ne la chargez dans aucun agent : fournissez une copie non protégée pour l'enrôlement, puis supprimez-la.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="377" />
        <source>Look at `airlock trust show` and rotate again if still needed.</source>
        <translation>Consultez `airlock trust show` et refaites la rotation si elle est encore nécessaire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="378" />
        <source>Look at them again and repeat the change.</source>
        <translation>Relisez-les et refaites le changement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="379" />
        <source>Lower the threshold or add keys.</source>
        <translation>Abaissez le seuil ou ajoutez des clés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="380" />
        <source>Manifest entry {entry} lies outside the bundle's namespace {namespace}.</source>
        <translation>L'entrée {entry} du manifeste est hors de l'espace de noms du paquet {namespace}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="381" />
        <source>Merge some levels.</source>
        <translation>Fusionnez certains niveaux.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="382" />
        <source>Mount it writable (or unlock its write protection), then back up again.</source>
        <translation>Montez-le en écriture (ou retirez sa protection en écriture), puis sauvegardez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="383" />
        <source>Mount the medium and give a folder on it with --out.</source>
        <translation>Montez le support et indiquez un dossier dessus avec --out.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="384" />
        <source>Mount the share or medium first, then give its folder.</source>
        <translation>Montez d'abord le partage ou le support, puis donnez son dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="385" />
        <source>Name the nodes behind it, e.g. --serves rack7-* or --serves zone=r7.</source>
        <translation>Nommez les nœuds derrière lui, ex. --serves rack7-* ou --serves zone=r7.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="386" />
        <source>No Airlock vault in {path}.</source>
        <translation>Aucun coffre Airlock dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="387" />
        <source>No account named {name}.</source>
        <translation>Aucun compte nommé {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="388" />
        <source>No action in the period carries a reason.</source>
        <translation>Aucune action de la période ne porte de raison.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="389" />
        <source>No action in the period.</source>
        <translation>Aucune action dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="390" />
        <source>No alarm was raised in the period.</source>
        <translation>Aucune alarme n'a été levée dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="391" />
        <source>No bundle {name}@{version} has been imported.</source>
        <translation>Aucun paquet {name}@{version} n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="392" />
        <source>No entry in the period.</source>
        <translation>Aucune entrée dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="393" />
        <source>No entry of the log falls in the period.</source>
        <translation>Aucune entrée du journal ne tombe dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="394" />
        <source>No imported bundle {bundle}.</source>
        <translation>Aucun paquet {bundle} n'est importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="395" />
        <source>No installed version is current in {path}.</source>
        <translation>Aucune version installée n'est en service dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="396" />
        <source>No job ran in the period.</source>
        <translation>Aucune tâche n'a tourné dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="397" />
        <source>No label to change.</source>
        <translation>Aucune étiquette à changer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="398" />
        <source>No node is enrolled.</source>
        <translation>Aucun nœud n'est enrôlé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="399" />
        <source>No passphrase and no recovery key to open the backup with.</source>
        <translation>Aucune phrase secrète ni clé de récupération pour ouvrir la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="400" />
        <source>No previous version of {bundle} is recorded on: {nodes}.</source>
        <translation>Aucune version précédente de {bundle} n'est enregistrée sur : {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="401" />
        <source>No trust root is pinned in this vault.</source>
        <translation>Aucune racine de confiance n'est épinglée dans ce coffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="402" />
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="403" />
        <source>Node unreachable during the health check</source>
        <translation>Nœud injoignable pendant la vérification de santé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="404" />
        <source>Node variable {name} holds template syntax ({marker}); Airlock passes values to Ansible as plain text.</source>
        <translation>La variable de nœud {name} contient une syntaxe de modèle ({marker}) ; Airlock transmet les valeurs à Ansible comme du texte brut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="405" />
        <source>Node variable {variable} is not airlock_NAME=VALUE.</source>
        <translation>La variable de nœud {variable} n'est pas de la forme airlock_NOM=VALEUR.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="406" />
        <source>Node variable {variable} is reserved: Airlock sets it from the node's name and labels.</source>
        <translation>La variable de nœud {variable} est réservée : Airlock la définit à partir du nom et des étiquettes du nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="407" />
        <source>Node {name} enrolled</source>
        <translation>Nœud {name} enrôlé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="408" />
        <source>Node {name} is cordoned already, by {who} at {when}: {reason}</source>
        <translation>Le nœud {name} est déjà isolé, par {who} à {when} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="409" />
        <source>Node {name} is not cordoned.</source>
        <translation>Le nœud {name} n'est pas isolé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="410" />
        <source>Node {name} offers host key {offered}, not {expected}.</source>
        <translation>Le nœud {name} présente la clé d'hôte {offered}, pas {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="411" />
        <source>Node {node} did not offer a host key.</source>
        <translation>Le nœud {node} n'a présenté aucune clé d'hôte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="412" />
        <source>Node {node} did not offer its pinned host key to relay {relay}; nothing was sent.</source>
        <translation>Le nœud {node} n'a pas présenté sa clé d'hôte épinglée au relais {relay} ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="413" />
        <source>Node {node} did not offer its pinned host key; nothing was sent.</source>
        <translation>Le nœud {node} n'a pas présenté sa clé d'hôte épinglée ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="414" />
        <source>Node {node} is blocked: its host key changed.</source>
        <translation>Le nœud {node} est bloqué : sa clé d'hôte a changé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="415" />
        <source>Node {node} is degraded. Open it in Nodes for the reasons and what to do.</source>
        <translation>Le nœud {node} est dégradé. Ouvrez-le dans Nœuds pour les raisons et ce qu'il faut faire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="416" />
        <source>Node {node} is unhealthy and was cordoned automatically: it takes no deployment and no job but facts and health. Open it in Nodes for the reasons.</source>
        <translation>Le nœud {node} est en mauvaise santé et a été isolé automatiquement : il ne reçoit aucun déploiement et aucune tâche hormis facts et health. Ouvrez-le dans Nœuds pour les raisons.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="417" />
        <source>Node {node} is unhealthy. Open it in Nodes for the reasons and what to do.</source>
        <translation>Le nœud {node} est en mauvaise santé. Ouvrez-le dans Nœuds pour les raisons et ce qu'il faut faire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="418" />
        <source>Node {node} offered a host key that is not pinned: every connection to it is stopped. An admin must check the key on its console and re-pin it.</source>
        <translation>Le nœud {node} a présenté une clé d'hôte non épinglée : toute connexion vers lui est arrêtée. Un administrateur doit vérifier la clé sur sa console et l'épingler à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="419" />
        <source>Node {node} offered host key {fingerprint}, not the expected {expected}.</source>
        <translation>Le nœud {node} a présenté la clé d'hôte {fingerprint}, et non celle attendue, {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="420" />
        <source>Node {node} offered host key {fingerprint}, not the pinned one.</source>
        <translation>Le nœud {node} a présenté la clé d'hôte {fingerprint}, et non la clé épinglée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="421" />
        <source>Node {node} refused the login as {user}.</source>
        <translation>Le nœud {node} a refusé la connexion en tant que {user}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="422" />
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="423" />
        <source>Nodes as enrolled when the report was written; health as the last check before the end of the period found it.</source>
        <translation>Les nœuds tels qu'enrôlés au moment où le rapport a été écrit ; la santé telle que l'a trouvée le dernier contrôle avant la fin de la période.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="424" />
        <source>Nodes selected by more than one relay have no path: {nodes}.</source>
        <translation>Les nœuds sélectionnés par plus d'un relais n'ont pas de chemin : {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="425" />
        <source>Nodes whose host key changed cannot receive anything: {nodes}.</source>
        <translation>Les nœuds dont la clé d'hôte a changé ne peuvent rien recevoir : {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="426" />
        <source>Nodes without a valid host key pin cannot receive files: {nodes}.</source>
        <translation>Les nœuds sans clé d'hôte épinglée valide ne peuvent pas recevoir de fichiers : {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="427" />
        <source>Nodes without a valid pin cannot run jobs: {nodes}.</source>
        <translation>Les nœuds sans clé d'hôte épinglée valide ne peuvent pas exécuter de tâches : {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="428" />
        <source>Not done</source>
        <translation>Non faite</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="429" />
        <source>Not healthy</source>
        <translation>Pas sain</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="430" />
        <source>Note text must end with a newline.</source>
        <translation>Le texte de la note doit se terminer par un saut de ligne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="431" />
        <source>Note text must not hold control characters other than newline.</source>
        <translation>Le texte de la note ne doit pas contenir de caractères de contrôle autres que le saut de ligne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="432" />
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="433" />
        <source>Nothing to do; `airlock account enable {name}` lets it in again.</source>
        <translation>Rien à faire ; `airlock account enable {name}` le laisse entrer à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="434" />
        <source>Nothing was deployed by the end of the period.</source>
        <translation>Rien n'était déployé à la fin de la période.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="435" />
        <source>Nothing was deployed in the period.</source>
        <translation>Rien n'a été déployé dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="436" />
        <source>Nothing was refused and nothing failed in the period.</source>
        <translation>Rien n'a été refusé et rien n'a échoué dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="437" />
        <source>On each node at the end of the period</source>
        <translation>Sur chaque nœud à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="438" />
        <source>Only '{role}' keys may sign {type} bundles. Do not use this bundle; ask the publisher for a new copy.</source>
        <translation>Seules les clés du rôle '{role}' peuvent signer les paquets {type}. N'utilisez pas ce paquet ; demandez-en une nouvelle copie à l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="439" />
        <source>Only airlock_ variables are accepted, e.g. airlock_root=/srv/airlock.</source>
        <translation>Seules les variables airlock_ sont acceptées, ex. airlock_root=/srv/airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="440" />
        <source>Only an admin account or the recovery key may restore a backup.</source>
        <translation>Seul un compte admin ou la clé de récupération peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="441" />
        <source>Only jobs that ran to an end since this version of Airlock keep their output; run the playbook again to have it.</source>
        <translation>Seules les tâches menées à leur fin depuis cette version d'Airlock conservent leur sortie ; relancez le playbook pour l'obtenir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="442" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="443" />
        <source>Parameter {name} holds template syntax ({marker}); Airlock passes values to Ansible as plain text.</source>
        <translation>Le paramètre {name} contient une syntaxe de modèle ({marker}) ; Airlock transmet les valeurs à Ansible comme du texte brut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="444" />
        <source>Pass --bootstrap-key FILE or --bootstrap-password-file FILE.</source>
        <translation>Passez --bootstrap-key FICHIER ou --bootstrap-password-file FICHIER.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="445" />
        <source>Payload entry {entry} is a device node; bundles hold plain files only.</source>
        <translation>L'entrée {entry} de la charge utile est un fichier de périphérique ; un paquet ne contient que des fichiers ordinaires.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="446" />
        <source>Payload entry {entry} is a named pipe; bundles hold plain files only.</source>
        <translation>L'entrée {entry} de la charge utile est un tube nommé ; un paquet ne contient que des fichiers ordinaires.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="447" />
        <source>Payload entry {entry} is a socket; bundles hold plain files only.</source>
        <translation>L'entrée {entry} de la charge utile est un socket ; un paquet ne contient que des fichiers ordinaires.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="448" />
        <source>Payload entry {entry} is a symbolic link; bundles hold plain files only.</source>
        <translation>L'entrée {entry} de la charge utile est un lien symbolique ; un paquet ne contient que des fichiers ordinaires.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="449" />
        <source>Payload entry {entry} is not a regular file; bundles hold plain files only.</source>
        <translation>L'entrée {entry} de la charge utile n'est pas un fichier ordinaire ; un paquet ne contient que des fichiers ordinaires.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="450" />
        <source>Payload file {file} is a hard link ({count} names).</source>
        <translation>Le fichier {file} de la charge utile est un lien physique ({count} noms).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="451" />
        <source>Payload names {first} and {second} collide when letter case is ignored.</source>
        <translation>Les noms {first} et {second} de la charge utile se confondent à la casse près.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="452" />
        <source>Period: {period} (UTC, both days included)</source>
        <translation>Période : {period} (UTC, les deux jours inclus)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="453" />
        <source>Permission denied: {account} ({role}) may not {action}.</source>
        <translation>Permission refusée : {account} ({role}) n'a pas le droit d'effectuer {action}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="454" />
        <source>Placement at the end of the period</source>
        <translation>Placement à la fin de la période</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="455" />
        <source>Placement refused: {bundle} is classified {classification}, above the clearance of {refused} of %n target node(s): {nodes}. Nothing was sent.</source>
        <translation>
            <numerusform>Placement refusé : {bundle} est classifié {classification}, au-dessus de l'habilitation de {refused} sur %n nœud cible : {nodes}. Rien n'a été envoyé.</numerusform>
            <numerusform>Placement refusé : {bundle} est classifié {classification}, au-dessus de l'habilitation de {refused} sur %n nœuds cibles : {nodes}. Rien n'a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="456" />
        <source>Playbook run</source>
        <translation>Playbook exécuté</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="457" />
        <source>Playbook {playbook} may not run on a schedule.</source>
        <translation>Le playbook {playbook} ne peut pas s'exécuter selon une planification.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="458" />
        <source>Playbook {playbook} runs only inside a deployment; it cannot be scheduled.</source>
        <translation>Le playbook {playbook} ne s'exécute qu'au sein d'un déploiement ; il ne peut pas être planifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="459" />
        <source>Port {port} is out of range.</source>
        <translation>Le port {port} est hors limites.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="460" />
        <source>Preparing the new key</source>
        <translation>Préparation de la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="461" />
        <source>Proving a login with the management key</source>
        <translation>Vérification d'une connexion avec la clé de gestion</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="462" />
        <source>Publisher keys are made by `airlock publisher keygen`.</source>
        <translation>Les clés d'éditeur se créent avec `airlock publisher keygen`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="463" />
        <source>Publisher roles must be distinct names among {allowed}; got none.</source>
        <translation>Les rôles d'éditeur doivent être des noms distincts parmi {allowed} ; aucun n'a été donné.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="464" />
        <source>Publisher roles must be distinct names among {allowed}; got {given}.</source>
        <translation>Les rôles d'éditeur doivent être des noms distincts parmi {allowed} ; reçu : {given}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="465" />
        <source>Re-encrypting the database</source>
        <translation>Rechiffrement de la base de données</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="466" />
        <source>Re-sign it.</source>
        <translation>Signez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="467" />
        <source>Reading or staging the payload failed: {error}; nothing was imported.</source>
        <translation>La lecture de la charge utile ou sa copie en zone de préparation a échoué : {error} ; rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="468" />
        <source>Reading or staging {file} failed: {error}; nothing was imported.</source>
        <translation>La lecture de {file} ou sa copie en zone de préparation a échoué : {error} ; rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="469" />
        <source>Reading the vault</source>
        <translation>Lecture du coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="470" />
        <source>Reading {file} from the data directory failed: {error}.</source>
        <translation>La lecture de {file} dans le dossier de données a échoué : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="471" />
        <source>Reading {path} failed: {error}; nothing was changed.</source>
        <translation>La lecture de {path} a échoué : {error} ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="472" />
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="473" />
        <source>Reason stated</source>
        <translation>Raison donnée</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="474" />
        <source>Reasons given</source>
        <translation>Raisons données</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="475" />
        <source>Reasons on record</source>
        <translation>Raisons consignées</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="476" />
        <source>Rebuild it with init-trust.</source>
        <translation>Reconstruisez-le avec init-trust.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="477" />
        <source>Rebuild it.</source>
        <translation>Reconstruisez-le.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="478" />
        <source>Rebuild the update bundle with dpkg-scanpackages.</source>
        <translation>Reconstruisez le paquet de mise à jour avec dpkg-scanpackages.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="479" />
        <source>Recording the rekey</source>
        <translation>Enregistrement du changement de clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="480" />
        <source>Refusals and failures</source>
        <translation>Refus et échecs</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="481" />
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="482" />
        <source>Refused and failed actions</source>
        <translation>Actions refusées et échouées</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="483" />
        <source>Refused or failed because</source>
        <translation>Refusée ou échouée parce que</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="484" />
        <source>Reinstall Airlock with its pinned dependencies; refusing to write cleartext.</source>
        <translation>Réinstallez Airlock avec ses dépendances épinglées ; écriture en clair refusée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="485" />
        <source>Relay {relay} cannot run jobs: {error}.</source>
        <translation>Le relais {relay} ne peut pas exécuter de tâches : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="486" />
        <source>Relay {relay} could not reach {node} at {address}:{port}: {error}.</source>
        <translation>Le relais {relay} n'a pas pu joindre {node} à {address}:{port} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="487" />
        <source>Relay {relay} could not send the files to {node}: {error}.</source>
        <translation>Le relais {relay} n'a pas pu envoyer les fichiers à {node} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="488" />
        <source>Relay {relay} did not offer its pinned host key.</source>
        <translation>Le relais {relay} n'a pas présenté sa clé d'hôte épinglée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="489" />
        <source>Relay {relay} of {node} is blocked: its host key changed.</source>
        <translation>Le relais {relay} de {node} est bloqué : sa clé d'hôte a changé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="490" />
        <source>Relay {relay} refused to send the files: {error}.</source>
        <translation>Le relais {relay} a refusé d'envoyer les fichiers : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="491" />
        <source>Relays whose host key changed cannot pass files on: {relays}.</source>
        <translation>Les relais dont la clé d'hôte a changé ne peuvent pas transmettre de fichiers : {relays}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="492" />
        <source>Remote path {path} is not an absolute, normalised path.</source>
        <translation>Le chemin distant {path} n'est pas un chemin absolu et normalisé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="493" />
        <source>Remove it as a relay first: airlock relay remove {node}.</source>
        <translation>Retirez-le d'abord comme relais : airlock relay remove {node}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="494" />
        <source>Remove it first to change what it serves: airlock relay remove {node}.</source>
        <translation>Retirez-le d'abord pour changer ce qu'il dessert : airlock relay remove {node}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="495" />
        <source>Remove the template syntax ({markers}): Airlock uses a value exactly as typed and never evaluates it.</source>
        <translation>Retirez la syntaxe de modèle ({markers}) : Airlock utilise une valeur telle qu'elle est saisie et ne l'évalue jamais.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="496" />
        <source>Rename it before building.</source>
        <translation>Renommez-le avant de construire le bundle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="497" />
        <source>Report this to Airlock's engineers.</source>
        <translation>Signalez-le aux ingénieurs d'Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="498" />
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="499" />
        <source>Restart the application that was using the GPU at {pci}.</source>
        <translation>Redémarrez l'application qui utilisait le GPU en {pci}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="500" />
        <source>Restore a newer backup (one made after that checkpoint).</source>
        <translation>Restaurez une sauvegarde plus récente (faite après ce point de contrôle).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="501" />
        <source>Restore into an empty folder with --data-dir, or move the vault away first.</source>
        <translation>Restaurez dans un dossier vide avec --data-dir, ou déplacez d'abord le coffre ailleurs.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="502" />
        <source>Restore into an empty folder with --data-dir.</source>
        <translation>Restaurez dans un dossier vide avec --data-dir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="503" />
        <source>Restore it from a backup of the data directory.</source>
        <translation>Restaurez-la depuis une sauvegarde du dossier de données.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="504" />
        <source>Restore it with the Airlock version that made it.</source>
        <translation>Restaurez-la avec la version d'Airlock qui l'a faite.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="505" />
        <source>Restore keyslots.json from a backup of this data directory.</source>
        <translation>Restaurez keyslots.json depuis une sauvegarde de ce dossier de données.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="506" />
        <source>Restore onto a larger disk, or free space, then restore again.</source>
        <translation>Restaurez sur un disque plus grand, ou libérez de la place, puis restaurez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="507" />
        <source>Restore the data directory and its vault together from one backup, or import the bundle again.</source>
        <translation>Restaurez le répertoire de données et son coffre ensemble depuis une même sauvegarde, ou importez à nouveau le paquet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="508" />
        <source>Restore the data directory from your own backup.</source>
        <translation>Restaurez le répertoire de données depuis votre propre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="509" />
        <source>Restore the vault from backup.</source>
        <translation>Restaurez le coffre depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="510" />
        <source>Restoring the vault and the content store</source>
        <translation>Restauration du coffre et du magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="511" />
        <source>Rollback of {bundle} failed on: {failures}</source>
        <translation>Le retour en arrière de {bundle} a échoué sur : {failures}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="512" />
        <source>Rollback takes a bundle name without a version.</source>
        <translation>Le retour en arrière prend un nom de paquet sans version.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="513" />
        <source>Rolling back to Airlock {version}</source>
        <translation>Retour à Airlock {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="514" />
        <source>Rolling back would lose what was recorded since the update; stay on {current}.</source>
        <translation>Revenir en arrière perdrait ce qui a été enregistré depuis la mise à jour ; restez sur {current}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="515" />
        <source>Root version {version} is signed by {signed} of the {threshold} keys of the pinned version {pinned} it needs.</source>
        <translation>La racine version {version} n'est signée que par {signed} des {threshold} clés requises de la version épinglée {pinned}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="516" />
        <source>Root version {version} is signed by {signed} of the {threshold} of its own keys it needs.</source>
        <translation>La racine version {version} n'est signée que par {signed} des {threshold} clés requises parmi ses propres clés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="517" />
        <source>Rotate one version at a time: bring version {next}.</source>
        <translation>Renouvelez une version à la fois : apportez la version {next}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="518" />
        <source>Rotate to a root whose targets.json delegates it.</source>
        <translation>Passez à une racine dont le targets.json le délègue.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="519" />
        <source>Run `airlock audit verify` and report it.</source>
        <translation>Lancez `airlock audit verify` et signalez-le.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="520" />
        <source>Run `airlock audit verify` and report it; nothing was exported.</source>
        <translation>Lancez `airlock audit verify` et signalez-le ; rien n'a été exporté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="521" />
        <source>Run `airlock bundle check-store`.</source>
        <translation>Lancez `airlock bundle check-store`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="522" />
        <source>Run `airlock bundle check-store`; import the bundle again if it is damaged.</source>
        <translation>Lancez `airlock bundle check-store` ; importez à nouveau le paquet s'il est endommagé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="523" />
        <source>Run `airlock bundle check-store`; import the bundle again to replace the object.</source>
        <translation>Lancez `airlock bundle check-store` ; importez à nouveau le paquet pour remplacer l'objet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="524" />
        <source>Run `airlock bundle check-store`; import the bundle again.</source>
        <translation>Lancez `airlock bundle check-store` ; importez à nouveau le paquet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="525" />
        <source>Run `airlock init` to create one, or pass the right --data-dir.</source>
        <translation>Lancez `airlock init` pour en créer un, ou passez le bon --data-dir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="526" />
        <source>Run it as root, or as a member of the group {group} (usermod -aG {group} NAME).</source>
        <translation>Lancez-le en tant que root, ou en tant que membre du groupe {group} (usermod -aG {group} NOM).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="527" />
        <source>Run {name} (without a version) or choose it again from the list.</source>
        <translation>Lancez {name} (sans version) ou choisissez-le de nouveau dans la liste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="528" />
        <source>SHA-256 of the period's lines</source>
        <translation>SHA-256 des lignes de la période</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="529" />
        <source>SRC_DIR holds {name} already, and --sbom names another file.</source>
        <translation>SRC_DIR contient déjà {name}, et --sbom désigne un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="530" />
        <source>Say why, for example a change ticket or a sentence: --reason 'disk swap, CHG-1234'.</source>
        <translation>Dites pourquoi, par exemple un ticket de changement ou une phrase : --reason 'disk swap, CHG-1234'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="531" />
        <source>Schedule facts, health or a maintenance playbook; deploy bundles with `airlock deploy`.</source>
        <translation>Planifiez facts, health ou un playbook de maintenance ; déployez les paquets avec `airlock deploy`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="532" />
        <source>Schedule {schedule} ({playbook} on {pattern}) could not start a job: {error}</source>
        <translation>La planification {schedule} ({playbook} sur {pattern}) n'a pas pu lancer de tâche : {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="533" />
        <source>Schedule {schedule} ({playbook} on {pattern}) ran job {job}, which failed. Open it in Jobs.</source>
        <translation>La planification {schedule} ({playbook} sur {pattern}) a lancé la tâche {job}, qui a échoué. Ouvrez-la dans Tâches.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="534" />
        <source>Schedules may run: {playbooks}. An admin can allow more in Settings.</source>
        <translation>Les planifications peuvent exécuter : {playbooks}. Un administrateur peut en autoriser d'autres dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="535" />
        <source>Sealed by checkpoint {size}</source>
        <translation>Scellé par le point de contrôle {size}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="536" />
        <source>See `airlock account list`.</source>
        <translation>Voir `airlock account list`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="537" />
        <source>See `airlock alarms --all` for every alarm.</source>
        <translation>Voir `airlock alarms --all` pour toutes les alarmes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="538" />
        <source>See `airlock alarms` for the open ones.</source>
        <translation>Voir `airlock alarms` pour celles qui sont ouvertes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="539" />
        <source>See `airlock bundle list` for the imported bundles.</source>
        <translation>Voir `airlock bundle list` pour les paquets importés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="540" />
        <source>See `airlock bundle list`; import it first.</source>
        <translation>Voir `airlock bundle list` ; importez-le d'abord.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="541" />
        <source>See `airlock jobs list` for the job; the other nodes were rolled back.</source>
        <translation>Voir `airlock jobs list` pour la tâche ; les autres nœuds sont revenus en arrière.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="542" />
        <source>See `airlock jobs list`.</source>
        <translation>Voir `airlock jobs list`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="543" />
        <source>See `airlock jobs show {job}`.</source>
        <translation>Voir `airlock jobs show {job}`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="544" />
        <source>See `airlock jobs show {job}`; deploy again to resume (nodes that succeeded stay as they are).</source>
        <translation>Voir `airlock jobs show {job}` ; redéployez pour reprendre (les nœuds qui ont réussi restent tels quels).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="545" />
        <source>See `airlock node list` for the cordoned nodes.</source>
        <translation>Voir `airlock node list` pour les nœuds isolés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="546" />
        <source>See `airlock node list` for the enrolled nodes.</source>
        <translation>Voir `airlock node list` pour les nœuds enrôlés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="547" />
        <source>See `airlock node list`.</source>
        <translation>Voir `airlock node list`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="548" />
        <source>See `airlock relay list`.</source>
        <translation>Voir `airlock relay list`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="549" />
        <source>See `airlock schedule list`.</source>
        <translation>Voir `airlock schedule list`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="550" />
        <source>See its labels with `airlock node show NAME`.</source>
        <translation>Voyez ses étiquettes avec `airlock node show NAME`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="551" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="552" />
        <source>Selection {pattern} has no terms.</source>
        <translation>La sélection {pattern} ne contient aucun terme.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="553" />
        <source>Self-check failed: {reason}</source>
        <translation>L'auto-vérification a échoué : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="554" />
        <source>Sending files</source>
        <translation>Envoi des fichiers</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="555" />
        <source>Sending to {node} failed: {error_type}: {error}.</source>
        <translation>L'envoi vers {node} a échoué : {error_type} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="556" />
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="557" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="558" />
        <source>Shorten it, for example to the change ticket's number and title.</source>
        <translation>Raccourcissez-la, par exemple au numéro et au titre du ticket de changement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="559" />
        <source>Shorten it; put long text in the model card.</source>
        <translation>Raccourcissez-le ; mettez un long texte dans la carte du modèle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="560" />
        <source>Shorten it; put the long story in the change ticket and give its number.</source>
        <translation>Raccourcissez-la ; mettez les détails dans le ticket de changement et donnez son numéro.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="561" />
        <source>Showing {shown} of {total} rows; every row is in {file}.</source>
        <translation>{shown} lignes affichées sur {total} ; toutes sont dans {file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="562" />
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="563" />
        <source>Split the bundle.</source>
        <translation>Scindez le paquet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="564" />
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="565" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="566" />
        <source>Stored object {object} does not hash to its name.</source>
        <translation>L'empreinte de l'objet stocké {object} ne correspond pas à son nom.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="567" />
        <source>Stored object {object} has a damaged header.</source>
        <translation>L'objet stocké {object} a un en-tête endommagé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="568" />
        <source>Stored object {object} has a header this version does not read.</source>
        <translation>L'objet stocké {object} a un en-tête que cette version ne sait pas lire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="569" />
        <source>Stored object {object} has another length than the vault records.</source>
        <translation>L'objet stocké {object} n'a pas la longueur que le coffre enregistre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="570" />
        <source>Stored object {object} has the header of another object.</source>
        <translation>L'objet stocké {object} porte l'en-tête d'un autre objet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="571" />
        <source>Stored object {object} has {size} bytes, not the length its header gives (truncated or extended).</source>
        <translation>L'objet stocké {object} fait {size} octets, pas la longueur que donne son en-tête (tronqué ou allongé).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="572" />
        <source>Stored object {object} is cut short.</source>
        <translation>L'objet stocké {object} est tronqué.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="573" />
        <source>Stored object {object} is missing.</source>
        <translation>L'objet stocké {object} est absent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="574" />
        <source>Stored object {object} is not a regular file.</source>
        <translation>L'objet stocké {object} n'est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="575" />
        <source>Stored object {object} is not encrypted (it has no header).</source>
        <translation>L'objet stocké {object} n'est pas chiffré (il n'a pas d'en-tête).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="576" />
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="577" />
        <source>Such a bundle cannot be stored on every medium; ask the publisher to rename.</source>
        <translation>Un tel paquet ne peut pas être stocké sur tous les supports ; demandez à l'éditeur de renommer les fichiers.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="578" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="579" />
        <source>Switching to the new key</source>
        <translation>Passage à la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="580" />
        <source>Switching to version {version}</source>
        <translation>Passage à la version {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="581" />
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="582" />
        <source>The '{role}' role is delegated paths outside '{namespace}'.</source>
        <translation>Le rôle '{role}' a reçu délégation pour des chemins hors de '{namespace}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="583" />
        <source>The '{role}' role is not delegated the bundle '{bundle}' (it may sign {paths}).</source>
        <translation>Le rôle '{role}' n'a pas reçu délégation pour le paquet '{bundle}' (il peut signer {paths}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="584" />
        <source>The NVIDIA driver does not respond: {output}</source>
        <translation>Le pilote NVIDIA ne répond pas : {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="585" />
        <source>The NVIDIA driver is not loaded: {output}</source>
        <translation>Le pilote NVIDIA n'est pas chargé : {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="586" />
        <source>The NVIDIA driver lists no GPU.</source>
        <translation>Le pilote NVIDIA ne liste aucun GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="587" />
        <source>The NVIDIA driver sees no GPU on this node.</source>
        <translation>Le pilote NVIDIA ne voit aucun GPU sur ce nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="588" />
        <source>The NVLink counters could not be read (exit status {status}).</source>
        <translation>Les compteurs NVLink n'ont pas pu être lus (code de sortie {status}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="589" />
        <source>The NVLink counters could not be read: {error}</source>
        <translation>Les compteurs NVLink n'ont pas pu être lus : {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="590" />
        <source>The Packages index names an invalid package {package} {version}.</source>
        <translation>L'index Packages nomme un paquet apt invalide {package} {version}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="591" />
        <source>The SBOM is malformed: {field} must be a list.</source>
        <translation>Le SBOM est mal formé : {field} doit être une liste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="592" />
        <source>The SBOM is malformed: {field} must be a whole number.</source>
        <translation>Le SBOM est mal formé : {field} doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="593" />
        <source>The SBOM is malformed: {field} must be an object.</source>
        <translation>Le SBOM est mal formé : {field} doit être un objet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="594" />
        <source>The SBOM is malformed: {field} must be text of at most {limit} characters.</source>
        <translation>Le SBOM est mal formé : {field} doit être un texte d'au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="595" />
        <source>The SBOM is malformed: {field} must be {value}.</source>
        <translation>Le SBOM est mal formé : {field} doit valoir {value}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="596" />
        <source>The SBOM is malformed: {field} must name at least one creator.</source>
        <translation>Le SBOM est mal formé : {field} doit nommer au moins un auteur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="597" />
        <source>The SBOM is malformed: {field} must start with {prefix}.</source>
        <translation>Le SBOM est mal formé : {field} doit commencer par {prefix}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="598" />
        <source>The SBOM is neither SPDX (spdxVersion) nor CycloneDX (bomFormat) JSON.</source>
        <translation>Le SBOM n'est ni du JSON SPDX (spdxVersion) ni du JSON CycloneDX (bomFormat).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="599" />
        <source>The SBOM is not valid UTF-8 JSON.</source>
        <translation>Le SBOM n'est pas du JSON UTF-8 valide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="600" />
        <source>The SBOM is {found}, but the manifest says {expected}.</source>
        <translation>Le SBOM est au format {found}, mais le manifeste dit {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="601" />
        <source>The SBOM is {size} bytes, above the limit of {limit}.</source>
        <translation>Le SBOM fait {size} octets, au-delà de la limite de {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="602" />
        <source>The SBOM lists more than {limit} components.</source>
        <translation>Le SBOM liste plus de {limit} composants.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="603" />
        <source>The SBOM nests components more than {depth} deep.</source>
        <translation>Le SBOM imbrique des composants sur plus de {depth} niveaux.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="604" />
        <source>The SBOM on the medium is not the one the manifest signs.</source>
        <translation>Le SBOM du support n'est pas celui que signe le manifeste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="605" />
        <source>The SBOM says CycloneDX version {version}; Airlock reads CycloneDX 1.x JSON.</source>
        <translation>Le SBOM annonce CycloneDX version {version} ; Airlock lit le JSON CycloneDX 1.x.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="606" />
        <source>The SBOM says SPDX version {version}; Airlock reads SPDX 2.x JSON.</source>
        <translation>Le SBOM annonce SPDX version {version} ; Airlock lit le JSON SPDX 2.x.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="607" />
        <source>The SQLite library in use has no encryption (SQLCipher is missing).</source>
        <translation>La bibliothèque SQLite utilisée ne chiffre pas (SQLCipher manque).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="608" />
        <source>The account {name} is disabled already (by {admin} on {date}).</source>
        <translation>Le compte {name} est déjà désactivé (par {admin} le {date}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="609" />
        <source>The account {name} is disabled or removed; it no longer acts here.</source>
        <translation>Le compte {name} est désactivé ou supprimé ; il n'agit plus ici.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="610" />
        <source>The account {name} is disabled.</source>
        <translation>Le compte {name} est désactivé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="611" />
        <source>The account {name} is not disabled.</source>
        <translation>Le compte {name} n'est pas désactivé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="612" />
        <source>The account {name} was disabled or removed by an admin; the vault is locked.</source>
        <translation>Le compte {name} a été désactivé ou supprimé par un admin ; le coffre est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="613" />
        <source>The account {name} was removed by {admin} on {date}.</source>
        <translation>Le compte {name} a été supprimé par {admin} le {date}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="614" />
        <source>The approver must be a different account.</source>
        <translation>L'approbateur doit être un autre compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="615" />
        <source>The approver's key slot belongs to another vault.</source>
        <translation>L'emplacement de clé de l'approbateur appartient à un autre coffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="616" />
        <source>The audit entry at position {position} {problem}: the log was changed outside Airlock.</source>
        <translation>L'entrée d'audit à la position {position} : {problem} ; le journal a été modifié hors d'Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="617" />
        <source>The audit entry has the wrong fields (missing: none; unexpected: {unexpected}).</source>
        <translation>L'entrée d'audit n'a pas les bons champs (manquants : aucun ; inattendus : {unexpected}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="618" />
        <source>The audit entry has the wrong fields (missing: {missing}; unexpected: none).</source>
        <translation>L'entrée d'audit n'a pas les bons champs (manquants : {missing} ; inattendus : aucun).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="619" />
        <source>The audit entry has the wrong fields (missing: {missing}; unexpected: {unexpected}).</source>
        <translation>L'entrée d'audit n'a pas les bons champs (manquants : {missing} ; inattendus : {unexpected}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="620" />
        <source>The audit entry holds text that is not valid Unicode (a lone surrogate).</source>
        <translation>L'entrée d'audit contient du texte qui n'est pas de l'Unicode valide (un demi-codet de substitution isolé).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="621" />
        <source>The audit entry holds {constant}, which is not a JSON number.</source>
        <translation>L'entrée d'audit contient {constant}, qui n'est pas un nombre JSON.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="622" />
        <source>The audit entry is a JSON {kind}, not an object.</source>
        <translation>L'entrée d'audit est un {kind} JSON, pas un objet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="623" />
        <source>The audit entry is not valid JSON: {error}.</source>
        <translation>L'entrée d'audit n'est pas du JSON valide : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="624" />
        <source>The audit entry is not valid UTF-8 (byte {offset}).</source>
        <translation>L'entrée d'audit n'est pas de l'UTF-8 valide (octet {offset}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="625" />
        <source>The audit entry seq {seq} is valid JSON but not in canonical form (key order, spacing, escapes or number format differ from what Airlock writes).</source>
        <translation>L'entrée d'audit seq {seq} est du JSON valide mais pas sous forme canonique (l'ordre des clés, les espaces, les échappements ou le format des nombres diffèrent de ce qu'écrit Airlock).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="626" />
        <source>The audit entry seq {seq}: details must be a JSON object.</source>
        <translation>Entrée d'audit seq {seq} : details doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="627" />
        <source>The audit entry seq {seq}: time {time} is not an RFC 3339 UTC time ending in 'Z'.</source>
        <translation>Entrée d'audit seq {seq} : l'heure {time} n'est pas une heure RFC 3339 en UTC terminée par 'Z'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="628" />
        <source>The audit entry seq {seq}: {field} must be text, not {kind}.</source>
        <translation>Entrée d'audit seq {seq} : {field} doit être du texte, pas {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="629" />
        <source>The audit entry's seq must be a non-negative integer, not {seq}.</source>
        <translation>Le seq de l'entrée d'audit doit être un entier positif ou nul, pas {seq}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="630" />
        <source>The audit entry's {where} has a key {key} that is not text.</source>
        <translation>Le champ {where} de l'entrée d'audit a une clé {key} qui n'est pas du texte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="631" />
        <source>The audit entry's {where} holds a {kind}, which JSON cannot represent exactly; convert it to text, a number, a list or an object.</source>
        <translation>Le champ {where} de l'entrée d'audit contient un {kind}, que JSON ne peut pas représenter exactement ; convertissez-le en texte, en nombre, en liste ou en objet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="632" />
        <source>The audit entry's {where} holds {value}; only finite numbers are allowed.</source>
        <translation>Le champ {where} de l'entrée d'audit contient {value} ; seuls les nombres finis sont admis.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="633" />
        <source>The audit entry's {where} is nested deeper than {depth} levels.</source>
        <translation>Le champ {where} de l'entrée d'audit est imbriqué sur plus de {depth} niveaux.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="634" />
        <source>The audit export was cancelled; nothing was changed.</source>
        <translation>L'export d'audit a été annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="635" />
        <source>The audit log has no checkpoint to seal the report with.</source>
        <translation>Le journal d'audit n'a aucun point de contrôle pour sceller le rapport.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="636" />
        <source>The audit trail keeps that name for its actions; choose another name.</source>
        <translation>La piste d'audit garde ce nom pour ses actions ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="637" />
        <source>The audit verifier key cannot be used for an export: {problem}</source>
        <translation>La clé de vérification d'audit ne peut pas servir à un export : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="638" />
        <source>The backup has format version {version}; this Airlock reads version 1.</source>
        <translation>La sauvegarde est au format version {version} ; cet Airlock lit la version 1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="639" />
        <source>The backup is older than the checkpoint you gave: it holds {held} audit entries, the checkpoint covers {covered}. Restoring it would roll the audit history back.</source>
        <translation>La sauvegarde est plus ancienne que le point de contrôle donné : elle contient {held} entrées d'audit, le point de contrôle en couvre {covered}. La restaurer ferait reculer l'historique d'audit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="640" />
        <source>The backup is signed by a key other than the appliance's own audit key: it was forged or altered.</source>
        <translation>La sauvegarde est signée par une autre clé que la clé d'audit de l'appliance : elle a été falsifiée ou modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="641" />
        <source>The backup was cancelled; the medium's earlier backups are as they were.</source>
        <translation>La sauvegarde a été annulée ; les sauvegardes antérieures du support sont telles qu'elles étaient.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="642" />
        <source>The backup's audit log does not extend the checkpoint you gave (tree size {size}): its history differs from the one you saw (a forked log).</source>
        <translation>Le journal d'audit de la sauvegarde ne prolonge pas le point de contrôle donné (taille d'arbre {size}) : son historique diffère de celui que vous avez vu (journal bifurqué).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="643" />
        <source>The bootstrap key {path} is protected by a passphrase.</source>
        <translation>La clé d'amorçage {path} est protégée par une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="644" />
        <source>The bundle is unsafe to import; ask the publisher for a corrected bundle.</source>
        <translation>Ce paquet n'est pas sûr à importer ; demandez un paquet corrigé à l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="645" />
        <source>The bundle lists no file {path}.</source>
        <translation>Le paquet ne liste aucun fichier {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="646" />
        <source>The checkpoint at size {size} does not match the entries: an entry at or before seq {seq} (seq 0..{last_good} match an earlier checkpoint) was changed outside Airlock.</source>
        <translation>Le point de contrôle de taille {size} ne correspond pas aux entrées : une entrée de seq {seq} ou antérieure (les seq 0..{last_good} correspondent à un point de contrôle précédent) a été modifiée hors d'Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="647" />
        <source>The checkpoint at size {size} does not match the entries: an entry at or before seq {seq} was changed outside Airlock.</source>
        <translation>Le point de contrôle de taille {size} ne correspond pas aux entrées : une entrée de seq {seq} ou antérieure a été modifiée hors d'Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="648" />
        <source>The checkpoint has an empty extension line.</source>
        <translation>Le point de contrôle a une ligne d'extension vide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="649" />
        <source>The checkpoint you gave belongs to the log {origin}, not to this backup's.</source>
        <translation>Le point de contrôle donné appartient au journal {origin}, pas à celui de cette sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="650" />
        <source>The checkpoint you gave is not signed by this backup's audit key: {problem}</source>
        <translation>Le point de contrôle donné n'est pas signé par la clé d'audit de cette sauvegarde : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="651" />
        <source>The checkpoint's origin line is empty.</source>
        <translation>La ligne d'origine du point de contrôle est vide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="652" />
        <source>The checkpoint's root {root} is not a base64 SHA-256 hash.</source>
        <translation>La racine {root} du point de contrôle n'est pas un hachage SHA-256 en base64.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="653" />
        <source>The checkpoint's tree size {size} is not a plain decimal number.</source>
        <translation>La taille d'arbre {size} du point de contrôle n'est pas un simple nombre décimal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="654" />
        <source>The classification levels are empty.</source>
        <translation>Les niveaux de classification sont vides.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="655" />
        <source>The connection dropped while running `{command}` on the node: {error}.</source>
        <translation>La connexion a été perdue pendant l'exécution de `{command}` sur le nœud : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="656" />
        <source>The consistency proof does not lead to the new root of size {size}.</source>
        <translation>La preuve de cohérence ne mène pas à la nouvelle racine de taille {size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="657" />
        <source>The consistency proof does not lead to the old root of size {size}.</source>
        <translation>La preuve de cohérence ne mène pas à l'ancienne racine de taille {size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="658" />
        <source>The consistency proof is empty.</source>
        <translation>La preuve de cohérence est vide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="659" />
        <source>The consistency proof is longer than the trees are high.</source>
        <translation>La preuve de cohérence est plus longue que la hauteur des arbres.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="660" />
        <source>The consistency proof is shorter than the trees are high.</source>
        <translation>La preuve de cohérence est plus courte que la hauteur des arbres.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="661" />
        <source>The content store has {free} MiB free; this import needs {needed} MiB.</source>
        <translation>Le magasin de contenu a {free} Mio libres ; cet import en nécessite {needed} Mio.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="662" />
        <source>The content store key {key} is not in this vault (destroyed, or another vault's).</source>
        <translation>La clé {key} du magasin de contenu n'est pas dans ce coffre (détruite, ou celle d'un autre coffre).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="663" />
        <source>The content store ran out of space during the import; nothing was imported.</source>
        <translation>Le magasin de contenu a manqué d'espace pendant l'import ; rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="664" />
        <source>The content store ran out of space while committing the import; nothing was imported.</source>
        <translation>Le magasin de contenu a manqué d'espace pendant la validation de l'import ; rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="665" />
        <source>The content store's disk has only {percent}% free ({free} GiB). Remove old bundles or give it more space before imports fail.</source>
        <translation>Le disque du magasin de contenu n'a que {percent} % de libre ({free} Gio). Supprimez d'anciens paquets ou donnez-lui plus d'espace avant que les importations échouent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="666" />
        <source>The data key does not open this database.</source>
        <translation>La clé de données n'ouvre pas cette base de données.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="667" />
        <source>The data key has the wrong length.</source>
        <translation>La clé de données n'a pas la bonne longueur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="668" />
        <source>The database and keyslots.json do not belong together; restore both from one backup.</source>
        <translation>La base de données et keyslots.json ne vont pas ensemble ; restaurez-les tous deux depuis une même sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="669" />
        <source>The database backup {path} is missing or damaged; the database was left as it is.</source>
        <translation>La sauvegarde de la base de données {path} est absente ou endommagée ; la base de données a été laissée telle quelle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="670" />
        <source>The database could not be backed up: {error}.</source>
        <translation>La base de données n'a pas pu être sauvegardée : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="671" />
        <source>The database is damaged; restore it from a backup.</source>
        <translation>La base de données est endommagée ; restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="672" />
        <source>The database was written by a newer Airlock (schema {area} v{version}).</source>
        <translation>La base de données a été écrite par un Airlock plus récent (schéma {area} v{version}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="673" />
        <source>The database {path} is missing.</source>
        <translation>La base de données {path} est absente.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="674" />
        <source>The database's audit log is not the one the manifest records.</source>
        <translation>Le journal d'audit de la base n'est pas celui qu'enregistre le manifeste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="675" />
        <source>The delegating targets metadata expired on {date}. Expiry checked against the system clock ({system}), which is not behind the newest signing time already imported ({floor}).</source>
        <translation>Les métadonnées de délégation targets.json ont expiré le {date}. Expiration vérifiée par rapport à l'horloge système ({system}), qui n'est pas en retard sur la date de signature la plus récente déjà importée ({floor}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="676" />
        <source>The delegating targets metadata expired on {date}. Expiry checked against the system clock ({system}); no earlier import sets a lower bound.</source>
        <translation>Les métadonnées de délégation targets.json ont expiré le {date}. Expiration vérifiée par rapport à l'horloge système ({system}) ; aucun import antérieur ne fixe de limite inférieure.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="677" />
        <source>The delegating targets metadata expired on {date}. Expiry checked against {floor}, the newest signing time already imported, because the system clock ({system}) is behind it.</source>
        <translation>Les métadonnées de délégation targets.json ont expiré le {date}. Expiration vérifiée par rapport à {floor}, la date de signature la plus récente déjà importée, car l'horloge système ({system}) est en retard sur elle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="678" />
        <source>The deployment was cancelled; nothing was changed.</source>
        <translation>Le déploiement a été annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="679" />
        <source>The file name {name} is not in Unicode NFC form.</source>
        <translation>Le nom de fichier {name} n'est pas en forme Unicode NFC.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="680" />
        <source>The file was altered; use a fresh copy.</source>
        <translation>Le fichier a été modifié ; utilisez une copie intacte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="681" />
        <source>The fleet</source>
        <translation>Le parc</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="682" />
        <source>The folder {folder} holds the manifest of another backup ({name}).</source>
        <translation>Le dossier {folder} contient le manifeste d'une autre sauvegarde ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="683" />
        <source>The folder {path} for the key does not exist.</source>
        <translation>Le dossier {path} de la clé n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="684" />
        <source>The health report could not be read: {error}</source>
        <translation>Le rapport de santé est illisible : {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="685" />
        <source>The host key blob does not hold a {key_type} key.</source>
        <translation>Les données de la clé d'hôte ne contiennent pas de clé {key_type}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="686" />
        <source>The host key is not valid base64.</source>
        <translation>La clé d'hôte n'est pas du base64 valide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="687" />
        <source>The host key {fingerprint} of {node} was not confirmed.</source>
        <translation>La clé d'hôte {fingerprint} de {node} n'a pas été confirmée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="688" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L'import a été annulé ; rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="689" />
        <source>The inclusion proof does not lead to the given root.</source>
        <translation>La preuve d'inclusion ne mène pas à la racine donnée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="690" />
        <source>The inclusion proof is longer than the tree is high.</source>
        <translation>La preuve d'inclusion est plus longue que la hauteur de l'arbre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="691" />
        <source>The inclusion proof is shorter than the tree is high.</source>
        <translation>La preuve d'inclusion est plus courte que la hauteur de l'arbre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="692" />
        <source>The job could not run: {error_type}: {error}.</source>
        <translation>La tâche n'a pas pu s'exécuter : {error_type} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="693" />
        <source>The job directory {path} is too long for SSH control sockets.</source>
        <translation>Le chemin du dossier de tâche {path} est trop long pour les sockets de contrôle SSH.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="694" />
        <source>The kernel log could not be read.</source>
        <translation>Le journal du noyau n'a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="695" />
        <source>The key id in {path} does not match its key.</source>
        <translation>L'identifiant de clé dans {path} ne correspond pas à sa clé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="696" />
        <source>The key passphrase must have at least {count} characters.</source>
        <translation>La phrase secrète de la clé doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="697" />
        <source>The key slot file is damaged (KDF parameters).</source>
        <translation>Le fichier des emplacements de clé est endommagé (paramètres KDF).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="698" />
        <source>The key slot file is damaged (a slot is malformed).</source>
        <translation>Le fichier des emplacements de clé est endommagé (un emplacement est mal formé).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="699" />
        <source>The key slot file is damaged (ephemeral key is missing).</source>
        <translation>Le fichier des emplacements de clé est endommagé (la clé éphémère manque).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="700" />
        <source>The key slot file is damaged (ephemeral key).</source>
        <translation>Le fichier des emplacements de clé est endommagé (clé éphémère).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="701" />
        <source>The key slot file is damaged (name salt is missing).</source>
        <translation>Le fichier des emplacements de clé est endommagé (le sel des noms manque).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="702" />
        <source>The key slot file is damaged (name salt).</source>
        <translation>Le fichier des emplacements de clé est endommagé (sel des noms).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="703" />
        <source>The key slot file is damaged (nonce is missing).</source>
        <translation>Le fichier des emplacements de clé est endommagé (le nonce manque).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="704" />
        <source>The key slot file is damaged (nonce).</source>
        <translation>Le fichier des emplacements de clé est endommagé (nonce).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="705" />
        <source>The key slot file is damaged (public key is missing).</source>
        <translation>Le fichier des emplacements de clé est endommagé (la clé publique manque).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="706" />
        <source>The key slot file is damaged (public key).</source>
        <translation>Le fichier des emplacements de clé est endommagé (clé publique).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="707" />
        <source>The key slot file is damaged (salt is missing).</source>
        <translation>Le fichier des emplacements de clé est endommagé (le sel manque).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="708" />
        <source>The key slot file is damaged (salt).</source>
        <translation>Le fichier des emplacements de clé est endommagé (sel).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="709" />
        <source>The key slot file is damaged (sealed key is missing).</source>
        <translation>Le fichier des emplacements de clé est endommagé (la clé scellée manque).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="710" />
        <source>The key slot file is damaged (sealed key).</source>
        <translation>Le fichier des emplacements de clé est endommagé (clé scellée).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="711" />
        <source>The key slot file is damaged (wrapped key is missing).</source>
        <translation>Le fichier des emplacements de clé est endommagé (la clé enveloppée manque).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="712" />
        <source>The key slot file is damaged (wrapped key).</source>
        <translation>Le fichier des emplacements de clé est endommagé (clé enveloppée).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="713" />
        <source>The key slot file may be damaged.</source>
        <translation>Le fichier des emplacements de clé est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="714" />
        <source>The key slot file names an unknown key derivation.</source>
        <translation>Le fichier des emplacements de clé indique une dérivation de clé inconnue.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="715" />
        <source>The labels of {name} changed while this request was checked.</source>
        <translation>Les étiquettes de {name} ont changé pendant le contrôle de cette demande.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="716" />
        <source>The management key could not be loaded into the transfer's ssh-agent.</source>
        <translation>La clé de gestion n'a pas pu être chargée dans le ssh-agent du transfert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="717" />
        <source>The management key is empty.</source>
        <translation>La clé de gestion est vide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="718" />
        <source>The manifest file name {name} contains '{segment}'.</source>
        <translation>Le nom de fichier {name} du manifeste contient '{segment}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="719" />
        <source>The manifest file name {name} has an overlong segment.</source>
        <translation>Le nom de fichier {name} du manifeste a un segment trop long.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="720" />
        <source>The manifest has a control character in file name {name}.</source>
        <translation>Le manifeste contient un caractère de contrôle dans le nom de fichier {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="721" />
        <source>The manifest has an empty or overlong file name ({name}).</source>
        <translation>Le manifeste contient un nom de fichier vide ou trop long ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="722" />
        <source>The manifest lists no {file}.</source>
        <translation>Le manifeste ne mentionne aucun {file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="723" />
        <source>The manifest names an absolute file name: {name}.</source>
        <translation>Le manifeste contient un nom de fichier absolu : {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="724" />
        <source>The medium {path} has {free} MiB free; this backup needs {needed} MiB.</source>
        <translation>Le support {path} a {free} Mio libres ; cette sauvegarde en demande {needed} Mio.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="725" />
        <source>The medium {path} is full; the backup was not made and earlier backups on it are as they were.</source>
        <translation>Le support {path} est plein ; la sauvegarde n'a pas été faite et ses sauvegardes antérieures sont telles qu'elles étaient.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="726" />
        <source>The medium {path} is read-only.</source>
        <translation>Le support {path} est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="727" />
        <source>The name {name} belonged to an account that {admin} removed on {date}.</source>
        <translation>Le nom {name} appartenait à un compte que {admin} a supprimé le {date}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="728" />
        <source>The new root is version {new}; the pinned root is version {pinned}.</source>
        <translation>La nouvelle racine est en version {new} ; la racine épinglée est en version {pinned}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="729" />
        <source>The new trust root expired on {date}. Expiry checked against the system clock ({system}), which is not behind the newest signing time already imported ({floor}).</source>
        <translation>La nouvelle racine de confiance a expiré le {date}. Expiration vérifiée par rapport à l'horloge système ({system}), qui n'est pas en retard sur la date de signature la plus récente déjà importée ({floor}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="730" />
        <source>The new trust root expired on {date}. Expiry checked against the system clock ({system}); no earlier import sets a lower bound.</source>
        <translation>La nouvelle racine de confiance a expiré le {date}. Expiration vérifiée par rapport à l'horloge système ({system}) ; aucun import antérieur ne fixe de limite inférieure.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="731" />
        <source>The new trust root expired on {date}. Expiry checked against {floor}, the newest signing time already imported, because the system clock ({system}) is behind it.</source>
        <translation>La nouvelle racine de confiance a expiré le {date}. Expiration vérifiée par rapport à {floor}, la date de signature la plus récente déjà importée, car l'horloge système ({system}) est en retard sur elle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="732" />
        <source>The node has no label {labels} to remove.</source>
        <translation>Le nœud n'a pas d'étiquette {labels} à retirer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="733" />
        <source>The note carries no signature by the pinned key {key}.</source>
        <translation>La note ne porte aucune signature de la clé épinglée {key}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="734" />
        <source>The number of days must be between 0 and {most}.</source>
        <translation>Le nombre de jours doit être compris entre 0 et {most}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="735" />
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>L'opération a été annulée ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="736" />
        <source>The package could not be unpacked: {error}</source>
        <translation>Le paquet n'a pas pu être décompressé : {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="737" />
        <source>The part size must be between {least} and {most} bytes.</source>
        <translation>La taille des parties doit être comprise entre {least} et {most} octets.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="738" />
        <source>The passphrase is too short.</source>
        <translation>La phrase secrète est trop courte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="739" />
        <source>The payload file {file} is missing ({location}).</source>
        <translation>Le fichier {file} de la charge utile est absent ({location}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="740" />
        <source>The payload holds more than {count} entries.</source>
        <translation>La charge utile contient plus de {count} entrées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="741" />
        <source>The payload holds {entry}, which the manifest does not list.</source>
        <translation>La charge utile contient {entry}, que le manifeste ne liste pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="742" />
        <source>The payload holds {first} and {second}, equal when case is ignored.</source>
        <translation>La charge utile contient {first} et {second}, identiques à la casse près.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="743" />
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>La période se termine ({last}) avant de commencer ({first}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="744" />
        <source>The pinned root no longer verifies.</source>
        <translation>La racine épinglée ne se vérifie plus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="745" />
        <source>The playbook {playbook} does not apply {bundle_type} bundles.</source>
        <translation>Le playbook {playbook} n'applique pas les paquets {bundle_type}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="746" />
        <source>The previous version runs, as before; try again.</source>
        <translation>La version précédente fonctionne, comme avant ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="747" />
        <source>The previous version was restored; report this to the publisher.</source>
        <translation>La version précédente a été rétablie ; signalez-le à l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="748" />
        <source>The private ssh-agent for the transfer did not start.</source>
        <translation>Le ssh-agent privé du transfert n'a pas démarré.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="749" />
        <source>The reason holds a line break or another control character.</source>
        <translation>La raison contient un saut de ligne ou un autre caractère de contrôle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="750" />
        <source>The reason is empty.</source>
        <translation>La raison est vide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="751" />
        <source>The reason is {length} characters long; at most {limit} are kept.</source>
        <translation>La raison fait {length} caractères ; {limit} au plus sont conservés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="752" />
        <source>The reason must be one line of at most {limit} characters.</source>
        <translation>La raison doit tenir sur une ligne d'au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="753" />
        <source>The rekey could not write the re-encrypted vault: {error}.</source>
        <translation>Le changement de clé n'a pas pu écrire le coffre rechiffré : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="754" />
        <source>The rekey was cancelled; nothing was changed.</source>
        <translation>Le renouvellement de la clé de données a été annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="755" />
        <source>The restore was cancelled; the data directory is as it was.</source>
        <translation>La restauration a été annulée ; le dossier de données est tel qu'il était.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="756" />
        <source>The sealed {column} of {table} {row} does not open here.</source>
        <translation>La colonne scellée {column} de {table} {row} ne s'ouvre pas ici.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="757" />
        <source>The sealed {column} of {table} {row} has an unknown format.</source>
        <translation>La colonne scellée {column} de {table} {row} a un format inconnu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="758" />
        <source>The secrets key does not open.</source>
        <translation>La clé des secrets ne s'ouvre pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="759" />
        <source>The selection is longer than {limit} characters.</source>
        <translation>La sélection dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="760" />
        <source>The selection matches no node that can be reached.</source>
        <translation>La sélection ne désigne aucun nœud joignable.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="761" />
        <source>The selection {selection} matches no node.</source>
        <translation>La sélection {selection} ne correspond à aucun nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="762" />
        <source>The signature by {name} does not verify: the note was altered or forged.</source>
        <translation>La signature de la clé {name} ne se vérifie pas : la note a été altérée ou falsifiée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="763" />
        <source>The signature by {name} is not valid base64 of a key id and a signature.</source>
        <translation>La signature de la clé {name} n'est pas un base64 valide d'un identifiant de clé et d'une signature.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="764" />
        <source>The signed checkpoint for tree size {size} does not match the stored entries 0..{last}: the audit log was altered.</source>
        <translation>Le point de contrôle signé pour la taille d'arbre {size} ne correspond pas aux entrées enregistrées 0..{last} : le journal d'audit a été altéré.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="765" />
        <source>The signed note has more than {count} signatures.</source>
        <translation>La note signée a plus de {count} signatures.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="766" />
        <source>The signed note has no blank line before its signatures.</source>
        <translation>La note signée n'a pas de ligne vide avant ses signatures.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="767" />
        <source>The signed note holds control characters other than newline.</source>
        <translation>La note signée contient des caractères de contrôle autres que le saut de ligne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="768" />
        <source>The signed note is not valid UTF-8 text.</source>
        <translation>La note signée n'est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="769" />
        <source>The signed note is too large.</source>
        <translation>La note signée est trop volumineuse.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="770" />
        <source>The signed note's signature block must end with a newline.</source>
        <translation>Le bloc de signatures de la note signée doit se terminer par un saut de ligne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="771" />
        <source>The signer key for {name} has a key id that does not match its key.</source>
        <translation>La clé de signature de {name} a un identifiant de clé qui ne correspond pas à sa clé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="772" />
        <source>The signer key for {name} is not an Ed25519 note key.</source>
        <translation>La clé de signature de {name} n'est pas une clé de note Ed25519.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="773" />
        <source>The signer key id {key_id} must be 8 lowercase hex digits.</source>
        <translation>L'identifiant de clé de signature {key_id} doit compter 8 chiffres hexadécimaux minuscules.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="774" />
        <source>The split part {index} of {file} is missing ({location}).</source>
        <translation>La partie {index} du fichier découpé {file} est absente ({location}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="775" />
        <source>The state of {service} could not be read.</source>
        <translation>L'état du service {service} n'a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="776" />
        <source>The stored Merkle frontier for size {size} must hold {count} subtree roots; it is damaged.</source>
        <translation>La frontière de Merkle enregistrée pour la taille {size} doit contenir {count} racines de sous-arbres ; elle est endommagée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="777" />
        <source>The stored Merkle frontier has an invalid size {size}.</source>
        <translation>La frontière de Merkle enregistrée a une taille invalide {size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="778" />
        <source>The stored Merkle frontier holds a hash not in lowercase hex: {value}.</source>
        <translation>La frontière de Merkle enregistrée contient un hachage qui n'est pas en hexadécimal minuscule : {value}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="779" />
        <source>The stored Merkle frontier holds an invalid hash {value}.</source>
        <translation>La frontière de Merkle enregistrée contient un hachage invalide {value}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="780" />
        <source>The stored Merkle frontier is not valid JSON: {error}.</source>
        <translation>La frontière de Merkle enregistrée n'est pas du JSON valide : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="781" />
        <source>The stored Merkle frontier must be an object with exactly 'size' and 'nodes'.</source>
        <translation>La frontière de Merkle enregistrée doit être un objet avec exactement 'size' et 'nodes'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="782" />
        <source>The stored object {object} cannot be read: {error}.</source>
        <translation>L'objet stocké {object} ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="783" />
        <source>The stored object {object} does not match its SHA-256.</source>
        <translation>L'objet stocké {object} ne correspond pas à son SHA-256.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="784" />
        <source>The stored object {object} is larger than {limit} bytes.</source>
        <translation>L'objet stocké {object} dépasse {limit} octets.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="785" />
        <source>The stored tree head does not match the entries: the log was changed outside Airlock.</source>
        <translation>La tête d'arbre enregistrée ne correspond pas aux entrées : le journal a été modifié hors d'Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="786" />
        <source>The transfer to {node} stopped (status {status}): no message.</source>
        <translation>Le transfert vers {node} s'est arrêté (code de sortie {status}) : aucun message.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="787" />
        <source>The transfer to {node} stopped (status {status}): {error}.</source>
        <translation>Le transfert vers {node} s'est arrêté (code de sortie {status}) : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="788" />
        <source>The transfer was cancelled; nothing was changed.</source>
        <translation>Le transfert a été annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="789" />
        <source>The trust root (version {version}) expired on {day}: no bundle imports until an admin rotates it.</source>
        <translation>La racine de confiance (version {version}) a expiré le {day} : aucun paquet ne s'importe tant qu'un administrateur ne l'a pas renouvelée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="790" />
        <source>The trust root (version {version}) expires on {day}. Ask the publishers for the next root and rotate it before then.</source>
        <translation>La racine de confiance (version {version}) expire le {day}. Demandez la racine suivante aux éditeurs et renouvelez-la d'ici là.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="791" />
        <source>The trust root does not delegate the publisher role '{role}'.</source>
        <translation>La racine de confiance ne délègue pas le rôle d'éditeur '{role}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="792" />
        <source>The trust root expired on {date}. Expiry checked against the system clock ({system}), which is not behind the newest signing time already imported ({floor}).</source>
        <translation>La racine de confiance a expiré le {date}. Expiration vérifiée par rapport à l'horloge système ({system}), qui n'est pas en retard sur la date de signature la plus récente déjà importée ({floor}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="793" />
        <source>The trust root expired on {date}. Expiry checked against the system clock ({system}); no earlier import sets a lower bound.</source>
        <translation>La racine de confiance a expiré le {date}. Expiration vérifiée par rapport à l'horloge système ({system}) ; aucun import antérieur ne fixe de limite inférieure.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="794" />
        <source>The trust root expired on {date}. Expiry checked against {floor}, the newest signing time already imported, because the system clock ({system}) is behind it.</source>
        <translation>La racine de confiance a expiré le {date}. Expiration vérifiée par rapport à {floor}, la date de signature la plus récente déjà importée, car l'horloge système ({system}) est en retard sur elle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="795" />
        <source>The trust root was rotated by someone else while this rotation was checked.</source>
        <translation>La racine de confiance a été renouvelée par quelqu'un d'autre pendant le contrôle de ce renouvellement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="796" />
        <source>The unpacked version {version} is incomplete.</source>
        <translation>La version décompressée {version} est incomplète.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="797" />
        <source>The update bundle offers several versions of {package}.</source>
        <translation>Le paquet de mise à jour propose plusieurs versions de {package}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="798" />
        <source>The update bundle {bundle} has no {index} index at its top level.</source>
        <translation>Le paquet de mise à jour {bundle} n'a pas d'index {index} à sa racine.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="799" />
        <source>The update bundle {bundle} offers no package.</source>
        <translation>Le paquet de mise à jour {bundle} ne propose aucun paquet apt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="800" />
        <source>The update failed: {error}.</source>
        <translation>La mise à jour a échoué : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="801" />
        <source>The vault could not be created in {path}: {error}.</source>
        <translation>Le coffre n'a pas pu être créé dans {path} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="802" />
        <source>The vault has no audit signing key.</source>
        <translation>Le coffre n'a pas de clé de signature d'audit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="803" />
        <source>The vault has no secrets key.</source>
        <translation>Le coffre n'a pas de clé des secrets.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="804" />
        <source>The vault is being re-keyed by another Airlock process.</source>
        <translation>Un autre processus Airlock renouvelle la clé de données du coffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="805" />
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="806" />
        <source>The vault's journal mode is {mode}; a backup copies it only in DELETE mode.</source>
        <translation>Le mode de journal du coffre est {mode} ; une sauvegarde ne le copie qu'en mode DELETE.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="807" />
        <source>The verifier key for {name} has a key id that does not match its key.</source>
        <translation>La clé de vérification de {name} a un identifiant de clé qui ne correspond pas à sa clé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="808" />
        <source>The verifier key for {name} is not an Ed25519 note key.</source>
        <translation>La clé de vérification de {name} n'est pas une clé de note Ed25519.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="809" />
        <source>The verifier key id {key_id} must be 8 lowercase hex digits.</source>
        <translation>L'identifiant de clé de vérification {key_id} doit compter 8 chiffres hexadécimaux minuscules.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="810" />
        <source>The {index} index of {bundle} is larger than 64 MiB.</source>
        <translation>L'index {index} de {bundle} dépasse 64 Mio.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="811" />
        <source>The {role} role has no keys.</source>
        <translation>Le rôle {role} n'a aucune clé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="812" />
        <source>The {role} role lists a key twice.</source>
        <translation>Le rôle {role} liste une clé deux fois.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="813" />
        <source>The {role} threshold {threshold} is outside 1..{keys} (its number of keys).</source>
        <translation>Le seuil {threshold} du rôle {role} est hors de 1..{keys} (son nombre de clés).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="814" />
        <source>There is no alarm {alarm}.</source>
        <translation>Il n'y a pas d'alarme {alarm}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="815" />
        <source>There is no health threshold named {name}.</source>
        <translation>Il n'y a pas de seuil de santé nommé {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="816" />
        <source>There is no job {job}.</source>
        <translation>Il n'y a aucune tâche {job}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="817" />
        <source>There is no kept previous version to roll back to.</source>
        <translation>Il n'y a pas de version précédente conservée vers laquelle revenir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="818" />
        <source>There is no node named {name}.</source>
        <translation>Il n'y a aucun nœud nommé {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="819" />
        <source>There is no playbook named {name}.</source>
        <translation>Il n'y a aucun playbook nommé {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="820" />
        <source>There is no schedule {schedule}.</source>
        <translation>Il n'y a pas de planification {schedule}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="821" />
        <source>There is no {kind} report.</source>
        <translation>Il n'y a pas de rapport {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="822" />
        <source>These actions cannot be put under dual control: {actions}.</source>
        <translation>Ces actions ne peuvent pas être placées sous double contrôle : {actions}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="823" />
        <source>This Airlock ({version}) runs from a source tree, not from an installation.</source>
        <translation>Cet Airlock ({version}) s'exécute depuis une arborescence de sources, pas depuis une installation.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="824" />
        <source>This account is disabled.</source>
        <translation>Ce compte est désactivé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="825" />
        <source>This account may not change Airlock's installation in {path}.</source>
        <translation>Ce compte ne peut pas modifier l'installation d'Airlock dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="826" />
        <source>This app bundle is not an Airlock release: {reason}.</source>
        <translation>Ce paquet d'application n'est pas une version d'Airlock : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="827" />
        <source>This is not a bundle Airlock can import; ask the publisher.</source>
        <translation>Ce n'est pas un paquet qu'Airlock peut importer ; adressez-vous à l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="828" />
        <source>This playbooks bundle is refused: {file}: {reason}.</source>
        <translation>Ce paquet de playbooks est refusé : {file} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="829" />
        <source>This report is sealed by the signed checkpoint below, over the first {size} entries of the log. Every entry it speaks of is among them.</source>
        <translation>Ce rapport est scellé par le point de contrôle signé ci-dessous, sur les {size} premières entrées du journal. Chaque entrée dont il parle en fait partie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="830" />
        <source>This table is also in {file}.</source>
        <translation>Ce tableau est aussi dans {file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="831" />
        <source>This vault has several accounts; say which one to unlock.</source>
        <translation>Ce coffre a plusieurs comptes ; indiquez lequel déverrouiller.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="832" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="833" />
        <source>To check it against an audit export that holds this checkpoint ({file}): verify the export with the verifier key you pinned, then hash lines {first_line} to {last_line} of entries.jsonl, for example with sed -n '{first_line},{last_line}p' entries.jsonl | sha256sum; the result must be the SHA-256 below. Each entry's leaf hash is in the entries CSV.</source>
        <translation>Pour le vérifier avec un export d'audit qui contient ce point de contrôle ({file}) : vérifiez l'export avec la clé de vérification que vous avez épinglée, puis calculez l'empreinte des lignes {first_line} à {last_line} de entries.jsonl, par exemple avec sed -n '{first_line},{last_line}p' entries.jsonl | sha256sum ; le résultat doit être le SHA-256 ci-dessous. L'empreinte de feuille de chaque entrée est dans le CSV des entrées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="834" />
        <source>Too many label changes in one request.</source>
        <translation>Trop de changements d'étiquettes dans une seule demande.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="835" />
        <source>Tree size {old_size} cannot be a prefix of the smaller size {new_size}.</source>
        <translation>La taille d'arbre {old_size} ne peut pas être un préfixe de la taille inférieure {new_size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="836" />
        <source>Tree size {size} is outside the {count} leaves given.</source>
        <translation>La taille d'arbre {size} dépasse les {count} feuilles fournies.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="837" />
        <source>Try the update again.</source>
        <translation>Relancez la mise à jour.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="838" />
        <source>Two different checkpoints for tree size {size}: the log forked.</source>
        <translation>Deux points de contrôle différents pour la taille d'arbre {size} : le journal a bifurqué.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="839" />
        <source>Two different roots for the same tree size {size}: the history forked.</source>
        <translation>Deux racines différentes pour la même taille d'arbre {size} : l'historique a bifurqué.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="840" />
        <source>Type it as SHA256: followed by 64 hex digits, as init-trust printed it.</source>
        <translation>Tapez-la sous la forme SHA256: suivi de 64 chiffres hexadécimaux, telle qu'init-trust l'a affichée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="841" />
        <source>Uncordon it first to give another reason.</source>
        <translation>Levez d'abord son isolement pour donner une autre raison.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="842" />
        <source>Unexpected line in the signature block: {line}.</source>
        <translation>Ligne inattendue dans le bloc de signatures : {line}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="843" />
        <source>Unknown output format {format}.</source>
        <translation>Format de sortie inconnu {format}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="844" />
        <source>Unknown role {role}.</source>
        <translation>Rôle inconnu : {role}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="845" />
        <source>Unlock it again with your passphrase.</source>
        <translation>Déverrouillez-le à nouveau avec votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="846" />
        <source>Unlock it again.</source>
        <translation>Déverrouillez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="847" />
        <source>Unlock it with an admin's passphrase (--account) or the recovery key.</source>
        <translation>Déverrouillez-la avec la phrase secrète d'un admin (--account) ou la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="848" />
        <source>Unlocking, locking and checkpoints are left out here (at most {limit} rows); the entries CSV has every entry.</source>
        <translation>Les déverrouillages, verrouillages et points de contrôle sont omis ici (au plus {limit} lignes) ; le CSV des entrées contient chaque entrée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="849" />
        <source>Unpacking Airlock {version} from the content store</source>
        <translation>Décompression d'Airlock {version} depuis le magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="850" />
        <source>Updates apply to Airlock installed from a release medium (under /opt/airlock).</source>
        <translation>Les mises à jour s'appliquent à Airlock installé depuis un support de diffusion (sous /opt/airlock).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="851" />
        <source>Use 1-100 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Utilisez 1 à 100 minuscules, chiffres, '.', '_' ou '-', en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="852" />
        <source>Use 1-63 lowercase letters, digits, '.', '-' or '_', starting with a letter.</source>
        <translation>Utilisez de 1 à 63 lettres minuscules, chiffres, '.', '-' ou '_', en commençant par une lettre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="853" />
        <source>Use MAJOR.MINOR.PATCH, e.g. 1.2.0 (a prerelease as 1.2.0-rc.1).</source>
        <translation>Utilisez MAJEUR.MINEUR.CORRECTIF, p. ex. 1.2.0 (une préversion : 1.2.0-rc.1).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="854" />
        <source>Use MAJOR.MINOR.PATCH, for example 1.2.0.</source>
        <translation>Utilisez MAJEUR.MINEUR.CORRECTIF, par exemple 1.2.0.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="855" />
        <source>Use `airlock trust rotate` to replace it.</source>
        <translation>Utilisez `airlock trust rotate` pour la remplacer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="856" />
        <source>Use a shorter prerelease or build part, e.g. 1.2.0-rc.1.</source>
        <translation>Utilisez une préversion ou une partie de build plus courte, par exemple 1.2.0-rc.1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="857" />
        <source>Use another backup, or make a new one from the appliance.</source>
        <translation>Utilisez une autre sauvegarde, ou faites-en une nouvelle depuis l'appliance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="858" />
        <source>Use another backup.</source>
        <translation>Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="859" />
        <source>Use it, or choose another --data-dir.</source>
        <translation>Utilisez-le, ou choisissez un autre --data-dir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="860" />
        <source>Use jobs.job_base_dir() to place it.</source>
        <translation>Utilisez jobs.job_base_dir() pour le placer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="861" />
        <source>Use keygen.</source>
        <translation>Utilisez keygen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="862" />
        <source>Use labels to select many nodes, e.g. site=north.</source>
        <translation>Utilisez des étiquettes pour sélectionner beaucoup de nœuds, par exemple site=north.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="863" />
        <source>Use letters, digits, dots, dashes and underscores (roles: joined with +).</source>
        <translation>Utilisez des lettres, chiffres, points, tirets et tirets bas (roles : joints par +).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="864" />
        <source>Use lowercase letters, digits and dashes (at most 63), starting with a letter or digit.</source>
        <translation>Utilisez des minuscules, des chiffres et des tirets (63 au plus), en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="865" />
        <source>Use lowercase letters, digits and dashes, starting with a letter.</source>
        <translation>Utilisez des lettres minuscules, des chiffres et des tirets, en commençant par une lettre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="866" />
        <source>Use only {roles}.</source>
        <translation>N'utilisez que {roles}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="867" />
        <source>Use the KEYFILE.pub that keygen wrote.</source>
        <translation>Utilisez le KEYFILE.pub écrit par keygen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="868" />
        <source>Use the newest targets.json from the publisher.</source>
        <translation>Utilisez le targets.json le plus récent de l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="869" />
        <source>Variables {variables} are set by Airlock for a deployment.</source>
        <translation>Les variables {variables} sont définies par Airlock lors d'un déploiement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="870" />
        <source>Version {version} cannot open the database as {current} left it (schema {areas}).</source>
        <translation>La version {version} ne peut pas ouvrir la base de données telle que {current} l'a laissée (schéma {areas}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="871" />
        <source>Version {version} checks itself</source>
        <translation>La version {version} se vérifie</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="872" />
        <source>Version {version} did not finish its self-check within {seconds} s.</source>
        <translation>La version {version} n'a pas terminé son auto-vérification en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="873" />
        <source>Version {version} does not start: {error}.</source>
        <translation>La version {version} ne démarre pas : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="874" />
        <source>Version {version} failed its self-check: {reason}</source>
        <translation>La version {version} a échoué à son auto-vérification : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="875" />
        <source>Version {version} is not a semantic version.</source>
        <translation>La version {version} n'est pas une version sémantique.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="876" />
        <source>Version {version} is not installed completely.</source>
        <translation>La version {version} n'est pas installée entièrement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="877" />
        <source>Wait for `airlock rekey` to finish, then try again.</source>
        <translation>Attendez la fin de `airlock rekey`, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="878" />
        <source>Wait for it to finish, then back up again.</source>
        <translation>Attendez qu'elle se termine, puis sauvegardez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="879" />
        <source>Wait for it to finish, then look at `airlock app status`.</source>
        <translation>Attendez qu'il se termine, puis consultez `airlock app status`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="880" />
        <source>What it says</source>
        <translation>Ce qu'elle dit</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="881" />
        <source>What was deployed where</source>
        <translation>Ce qui a été déployé où</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="882" />
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="883" />
        <source>Who did what and why</source>
        <translation>Qui a fait quoi et pourquoi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="884" />
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="885" />
        <source>Why (the last such check)</source>
        <translation>Pourquoi (le dernier contrôle de ce genre)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="886" />
        <source>Write NAME@VERSION, e.g. llama@1.2.0.</source>
        <translation>Écrivez NOM@VERSION, ex. llama@1.2.0.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="887" />
        <source>Write it as days, hours, minutes and seconds, e.g. 15m, 6h, 1d or 1h30m.</source>
        <translation>Écrivez-la en jours, heures, minutes et secondes, par exemple 15m, 6h, 1d ou 1h30m.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="888" />
        <source>Write the day as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>Écrivez le jour sous la forme AAAA-MM-JJ, par exemple 2026-03-01.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="889" />
        <source>Write the reason on one line.</source>
        <translation>Écrivez la raison sur une seule ligne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="890" />
        <source>Writing audit entries</source>
        <translation>Écriture des entrées d'audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="891" />
        <source>Writing the backup to {path} failed: {error}; earlier backups on it are as they were.</source>
        <translation>L'écriture de la sauvegarde sur {path} a échoué : {error} ; ses sauvegardes antérieures sont telles qu'elles étaient.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="892" />
        <source>Writing the content store to disk failed: {error}; nothing was imported.</source>
        <translation>L'écriture du magasin de contenu sur le disque a échoué : {error} ; rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="893" />
        <source>Writing the job's output</source>
        <translation>Écriture de la sortie de la tâche</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="894" />
        <source>Writing the manifest and flushing the medium</source>
        <translation>Écriture du manifeste et vidage vers le support</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="895" />
        <source>Writing the restored vault into {path} failed: {error}.</source>
        <translation>L'écriture du coffre restauré dans {path} a échoué : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="896" />
        <source>Writing to {node} failed: {error}.</source>
        <translation>L'écriture sur {node} a échoué : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="897" />
        <source>Writing {file}</source>
        <translation>Écriture de {file}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="898" />
        <source>Written {time} by {account} on {origin}</source>
        <translation>Écrit le {time} par {account} sur {origin}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="899" />
        <source>Wrong account name or passphrase.</source>
        <translation>Nom de compte ou phrase secrète incorrect.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="900" />
        <source>Wrong approver name or passphrase.</source>
        <translation>Nom ou phrase secrète de l'approbateur incorrect.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="901" />
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="902" />
        <source>You cannot disable, enable or remove your own account ({name}).</source>
        <translation>Vous ne pouvez pas désactiver, réactiver ni supprimer votre propre compte ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="903" />
        <source>`airlock app rollback` returns to the kept previous version.</source>
        <translation>`airlock app rollback` revient à la version précédente conservée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="904" />
        <source>`airlock app status` shows what is installed.</source>
        <translation>`airlock app status` montre ce qui est installé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="905" />
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="906" />
        <source>alarms in the period</source>
        <translation>alarmes dans la période</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="907" />
        <source>bundle.json has {valid} of the {threshold} valid '{role}' signatures it needs.</source>
        <translation>bundle.json ne porte que {valid} des {threshold} signatures valides du rôle '{role}' requises.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="908" />
        <source>bundle.json is malformed: 'created' has no time zone.</source>
        <translation>bundle.json est mal formé : 'created' n'a pas de fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="909" />
        <source>bundle.json is malformed: 'created' is not an ISO 8601 time.</source>
        <translation>bundle.json est mal formé : 'created' n'est pas une date ISO 8601.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="910" />
        <source>bundle.json is malformed: 'model' must be an object of text fields.</source>
        <translation>bundle.json est mal formé : 'model' doit être un objet à champs texte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="911" />
        <source>bundle.json is malformed: 'sbom' must name a payload file and its format (spdx or cyclonedx).</source>
        <translation>bundle.json est mal formé : 'sbom' doit nommer un fichier de la charge utile et son format (spdx ou cyclonedx).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="912" />
        <source>bundle.json is malformed: '{field}' must be text of at most {limit} characters.</source>
        <translation>bundle.json est mal formé : '{field}' doit être un texte d'au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="913" />
        <source>bundle.json is malformed: a bundle manifest may not delegate to other roles.</source>
        <translation>bundle.json est mal formé : un manifeste de paquet ne peut pas déléguer à d'autres rôles.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="914" />
        <source>bundle.json is malformed: a model bundle needs 'model.{field}'.</source>
        <translation>bundle.json est mal formé : un paquet de modèle nécessite 'model.{field}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="915" />
        <source>bundle.json is malformed: classification {classification} is not one of {classifications}.</source>
        <translation>bundle.json est mal formé : la classification {classification} ne fait pas partie de {classifications}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="916" />
        <source>bundle.json is malformed: file name {file} ends like a split part; rename it before building.</source>
        <translation>bundle.json est mal formé : le nom de fichier {file} se termine comme une partie de fichier découpé ; renommez-le avant la construction.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="917" />
        <source>bundle.json is malformed: it carries more than {most} signatures.</source>
        <translation>bundle.json est mal formé : il porte plus de {most} signatures.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="918" />
        <source>bundle.json is malformed: it holds '{type}' metadata, not a bundle's targets.</source>
        <translation>bundle.json est mal formé : il contient des métadonnées '{type}', et non les targets d'un paquet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="919" />
        <source>bundle.json is malformed: it is not valid TUF targets metadata (truncated or altered?).</source>
        <translation>bundle.json est mal formé : ce ne sont pas des métadonnées TUF targets valides (tronqué ou modifié ?).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="920" />
        <source>bundle.json is malformed: it lists no payload files.</source>
        <translation>bundle.json est mal formé : il ne liste aucun fichier de charge utile.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="921" />
        <source>bundle.json is malformed: it lists {count} files, above the limit of {most}.</source>
        <translation>bundle.json est mal formé : il liste {count} fichiers, au-delà de la limite de {most}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="922" />
        <source>bundle.json is malformed: name {name} is not a bundle name (lowercase letters, digits, '.', '_', '-').</source>
        <translation>bundle.json est mal formé : le nom {name} n'est pas un nom de paquet (lettres minuscules, chiffres, '.', '_', '-').</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="923" />
        <source>bundle.json is malformed: part {index} of {file} has a bad length.</source>
        <translation>bundle.json est mal formé : la partie {index} de {file} a une longueur invalide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="924" />
        <source>bundle.json is malformed: part {index} of {file} has a bad sha256.</source>
        <translation>bundle.json est mal formé : la partie {index} de {file} a un sha256 invalide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="925" />
        <source>bundle.json is malformed: part {index} of {file} is not an object.</source>
        <translation>bundle.json est mal formé : la partie {index} de {file} n'est pas un objet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="926" />
        <source>bundle.json is malformed: the 'custom' field with type, name and version is missing.</source>
        <translation>bundle.json est mal formé : le champ 'custom' avec le type, le nom et la version est absent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="927" />
        <source>bundle.json is malformed: the SBOM {sbom} is not one of the payload files.</source>
        <translation>bundle.json est mal formé : le SBOM {sbom} ne fait pas partie des fichiers de la charge utile.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="928" />
        <source>bundle.json is malformed: the model card {card} is not one of the payload files.</source>
        <translation>bundle.json est mal formé : la fiche de modèle {card} ne fait pas partie des fichiers de la charge utile.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="929" />
        <source>bundle.json is malformed: the parts of {file} do not add up to its length.</source>
        <translation>bundle.json est mal formé : la somme des parties de {file} ne correspond pas à sa longueur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="930" />
        <source>bundle.json is malformed: the parts of {file} must be a list of 2 to {most} entries.</source>
        <translation>bundle.json est mal formé : les parties de {file} doivent former une liste de 2 à {most} entrées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="931" />
        <source>bundle.json is malformed: type {type} is not one of {types}.</source>
        <translation>bundle.json est mal formé : le type {type} ne fait pas partie de {types}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="932" />
        <source>bundle.json is malformed: unsupported format {format}; this Airlock reads {supported}.</source>
        <translation>bundle.json est mal formé : format {format} non pris en charge ; cette version d'Airlock lit le format {supported}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="933" />
        <source>bundle.json is malformed: {file} has a length outside 0..{most}.</source>
        <translation>bundle.json est mal formé : {file} a une longueur hors de 0..{most}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="934" />
        <source>bundle.json is malformed: {file} must carry exactly one lowercase hex sha256 hash.</source>
        <translation>bundle.json est mal formé : {file} doit porter exactement une empreinte sha256 en hexadécimal minuscule.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="935" />
        <source>bundle.json is malformed: {name} is both a file and a directory.</source>
        <translation>bundle.json est mal formé : {name} est à la fois un fichier et un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="936" />
        <source>bundle.json is signed only by keys the trust root does not know ({keyids}).</source>
        <translation>bundle.json n'est signé que par des clés inconnues de la racine de confiance ({keyids}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="937" />
        <source>bundle.json is {size} bytes, above the limit of {limit}.</source>
        <translation>bundle.json fait {size} octets, au-delà de la limite de {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="938" />
        <source>bundle.json of a {type} bundle is signed by a key of the '{other_roles}' role, not of '{role}'.</source>
        <translation>Le bundle.json d'un paquet {type} est signé par une clé du rôle '{other_roles}', et non du rôle '{role}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="939" />
        <source>bundle.json of {name} {version} carries no signature.</source>
        <translation>Le bundle.json de {name} {version} ne porte aucune signature.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="940" />
        <source>bundles</source>
        <translation>paquets</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="941" />
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="942" />
        <source>checkpoint tree size</source>
        <translation>taille de l'arbre du point de contrôle</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="943" />
        <source>checkpoint.txt does not verify: {problem}</source>
        <translation>checkpoint.txt ne se vérifie pas : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="944" />
        <source>checkpoint.txt is not the checkpoint the manifest records.</source>
        <translation>checkpoint.txt n'est pas le point de contrôle qu'enregistre le manifeste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="945" />
        <source>cleared</source>
        <translation>levées</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="946" />
        <source>dcgmi diag -r 1 did not run (exit status {status}).</source>
        <translation>dcgmi diag -r 1 n'a pas tourné (code de sortie {status}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="947" />
        <source>dcgmi diag -r 1 failed: {tests}.</source>
        <translation>dcgmi diag -r 1 a échoué : {tests}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="948" />
        <source>dcgmi diag -r 1 warned: {tests}.</source>
        <translation>dcgmi diag -r 1 a averti : {tests}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="949" />
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="950" />
        <source>degraded at the end of the period</source>
        <translation>dégradés à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="951" />
        <source>deployed</source>
        <translation>déployé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="952" />
        <source>deployments to a node</source>
        <translation>déploiements vers un nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="953" />
        <source>did not succeed</source>
        <translation>n'ont pas réussi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="954" />
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="955" />
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="956" />
        <source>entries in the period</source>
        <translation>entrées dans la période</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="957" />
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="958" />
        <source>failed or alarm</source>
        <translation>échec ou alarme</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="959" />
        <source>first entry (seq)</source>
        <translation>première entrée (seq)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="960" />
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="961" />
        <source>healthy at the end of the period</source>
        <translation>sains à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="962" />
        <source>host key changed (blocked)</source>
        <translation>clé d'hôte changée (bloqué)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="963" />
        <source>jobs</source>
        <translation>tâches</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="964" />
        <source>last entry (seq)</source>
        <translation>dernière entrée (seq)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="965" />
        <source>manifest.json does not match its signature: it was altered.</source>
        <translation>manifest.json ne correspond pas à sa signature : il a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="966" />
        <source>manifest.json is malformed ({problem}).</source>
        <translation>manifest.json est mal formé ({problem}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="967" />
        <source>manifest.json is not the manifest of an Airlock backup.</source>
        <translation>manifest.json n'est pas le manifeste d'une sauvegarde Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="968" />
        <source>manifest.json is not valid JSON: the backup is damaged.</source>
        <translation>manifest.json n'est pas du JSON valide : la sauvegarde est endommagée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="969" />
        <source>manifest.json names a malformed signing key: it was altered.</source>
        <translation>manifest.json nomme une clé de signature mal formée : il a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="970" />
        <source>manifest.json names a signing key that is not the audit key of {origin}.</source>
        <translation>manifest.json nomme une clé de signature qui n'est pas la clé d'audit de {origin}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="971" />
        <source>manifest.sig does not verify with the appliance's audit key: it was altered or signed by another key ({problem})</source>
        <translation>manifest.sig ne se vérifie pas avec la clé d'audit de l'appliance : il a été modifié ou signé par une autre clé ({problem})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="972" />
        <source>manifest.sig is not signed by the key you pinned: the backup comes from another appliance or was signed by another key.</source>
        <translation>manifest.sig n'est pas signé par la clé que vous avez épinglée : la sauvegarde vient d'une autre appliance ou a été signée par une autre clé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="973" />
        <source>never checked by then</source>
        <translation>jamais contrôlés jusque-là</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="974" />
        <source>node changes</source>
        <translation>changements de nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="975" />
        <source>nodes (each at its worst that day or month)</source>
        <translation>nœuds (chacun à son pire ce jour ou ce mois)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="976" />
        <source>nodes changed</source>
        <translation>nœuds changés</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="977" />
        <source>nodes enrolled</source>
        <translation>nœuds enrôlés</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="978" />
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="979" />
        <source>nvidia-smi failed with exit status {status}: {output}</source>
        <translation>nvidia-smi a échoué avec le code de sortie {status} : {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="980" />
        <source>nvidia-smi is not installed on this node.</source>
        <translation>nvidia-smi n'est pas installé sur ce nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="981" />
        <source>nvidia-smi was not run.</source>
        <translation>nvidia-smi n'a pas été lancé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="982" />
        <source>open and not acknowledged</source>
        <translation>ouvertes et non acquittées</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="983" />
        <source>payload verified</source>
        <translation>charge utile vérifiée</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="984" />
        <source>reading payload</source>
        <translation>lecture de la charge utile</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="985" />
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="986" />
        <source>relay {relay} unreachable</source>
        <translation>relais {relay} injoignable</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="987" />
        <source>relay {relay} unreachable: it does not answer as an Airlock relay; run the relay playbook on it</source>
        <translation>relais {relay} injoignable : il ne répond pas comme un relais Airlock ; lancez-y le playbook relay</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="988" />
        <source>relay {relay} unreachable: it sent nothing for {seconds} s</source>
        <translation>relais {relay} injoignable : il n'a rien envoyé pendant {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="989" />
        <source>relay {relay} unreachable: its host key changed</source>
        <translation>relais {relay} injoignable : sa clé d'hôte a changé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="990" />
        <source>relay {relay} unreachable: {error}</source>
        <translation>relais {relay} injoignable : {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="991" />
        <source>rollbacks</source>
        <translation>retours arrière</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="992" />
        <source>rolled back</source>
        <translation>revenu en arrière</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="993" />
        <source>root.json defines no '{role}' role.</source>
        <translation>root.json ne définit pas de rôle '{role}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="994" />
        <source>root.json has fingerprint {actual}, not the {typed} you typed.</source>
        <translation>root.json a l'empreinte {actual}, et non {typed} que vous avez tapée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="995" />
        <source>root.json is not signed by its own threshold: {error}.</source>
        <translation>root.json n'est pas signé selon son propre seuil : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="996" />
        <source>still open</source>
        <translation>encore ouvertes</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="997" />
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="998" />
        <source>targets.json delegates '{role}', not a publisher role with path patterns.</source>
        <translation>targets.json délègue '{role}', qui n'est pas un rôle d'éditeur avec des motifs de chemin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="999" />
        <source>targets.json is not signed by the root's targets keys: {error}.</source>
        <translation>targets.json n'est pas signé par les clés targets de la racine : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1000" />
        <source>targets.json is version {version}, older than the pinned version {pinned}.</source>
        <translation>targets.json est en version {version}, plus ancienne que la version épinglée {pinned}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1001" />
        <source>targets.json lists targets itself; only publisher roles may.</source>
        <translation>targets.json liste lui-même des cibles ; seuls les rôles d'éditeur le peuvent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1002" />
        <source>targets.json must delegate to named publisher roles.</source>
        <translation>targets.json doit déléguer à des rôles d'éditeur nommés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1003" />
        <source>unhealthy</source>
        <translation>défaillant</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1004" />
        <source>unhealthy at the end of the period</source>
        <translation>défaillants à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1005" />
        <source>with a reason on record</source>
        <translation>avec une raison consignée</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1006" />
        <source>{action} is under dual control: a second account must approve it.</source>
        <translation>{action} est sous double contrôle : un second compte doit l'approuver.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1007" />
        <source>{action} needs a reason on record, and none was given.</source>
        <translation>{action} exige une raison consignée, et aucune n'a été donnée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1008" />
        <source>{address} is not an IP address or host name.</source>
        <translation>{address} n'est ni une adresse IP ni un nom d'hôte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1009" />
        <source>{approver} ({role}) may not approve {action}.</source>
        <translation>{approver} ({role}) n'a pas le droit d'approuver {action}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1010" />
        <source>{bundle} is a {bundle_type} bundle; only models are rolled back.</source>
        <translation>{bundle} est un paquet {bundle_type} ; seuls les modèles peuvent revenir en arrière.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1011" />
        <source>{bundle} was not deployed on %n node(s): {failures}</source>
        <translation>
            <numerusform>{bundle} n'a pas été déployé sur %n nœud : {failures}</numerusform>
            <numerusform>{bundle} n'a pas été déployé sur %n nœuds : {failures}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1012" />
        <source>{bundle} {version} replaced version {asked}; new jobs run {version}.</source>
        <translation>{bundle} {version} a remplacé la version {asked} ; les nouvelles tâches exécutent {version}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1020" />
        <source>{duration} is not a duration.</source>
        <translation>{duration} n'est pas une durée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1021" />
        <source>{events}: a GPU memory page fault, most often an illegal address used by the application.</source>
        <translation>{events} : un défaut de page de la mémoire du GPU, le plus souvent une adresse illégale utilisée par l'application.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1022" />
        <source>{events}: a contained ECC error; the application using that memory was stopped, others go on.</source>
        <translation>{events} : une erreur ECC contenue ; l'application qui utilisait cette mémoire a été arrêtée, les autres continuent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1023" />
        <source>{events}: a context switch timed out.</source>
        <translation>{events} : un changement de contexte a dépassé son délai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1024" />
        <source>{events}: a double-bit ECC error in GPU memory.</source>
        <translation>{events} : une erreur ECC double bit dans la mémoire du GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1025" />
        <source>{events}: a graphics engine class error.</source>
        <translation>{events} : une erreur de classe du moteur graphique.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1026" />
        <source>{events}: a graphics engine exception, most often an error of the application (an out-of-range access or an illegal instruction).</source>
        <translation>{events} : une exception du moteur graphique, le plus souvent une erreur de l'application (un accès hors limites ou une instruction illégale).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1027" />
        <source>{events}: a high rate of single-bit ECC errors.</source>
        <translation>{events} : un taux élevé d'erreurs ECC simple bit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1028" />
        <source>{events}: a memory row was remapped or a page retired after an ECC error; it takes effect at the next GPU reset.</source>
        <translation>{events} : une rangée de mémoire a été remappée ou une page retirée après une erreur ECC ; cela prend effet à la prochaine réinitialisation du GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1029" />
        <source>{events}: a video decoder (NVDEC) exception.</source>
        <translation>{events} : une exception du décodeur vidéo (NVDEC).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1030" />
        <source>{events}: an NVLink error.</source>
        <translation>{events} : une erreur NVLink.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1031" />
        <source>{events}: an internal micro-controller halted.</source>
        <translation>{events} : un microcontrôleur interne s'est arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1032" />
        <source>{events}: an internal micro-controller stopped at a breakpoint or warning.</source>
        <translation>{events} : un microcontrôleur interne s'est arrêté sur un point d'arrêt ou un avertissement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1033" />
        <source>{events}: an invalid or corrupted push buffer stream.</source>
        <translation>{events} : un flux de tampon de commandes invalide ou corrompu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1034" />
        <source>{events}: an uncontained ECC error; every application on the GPU was affected.</source>
        <translation>{events} : une erreur ECC non contenue ; toutes les applications du GPU ont été touchées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1035" />
        <source>{events}: not in Airlock's copy of NVIDIA's XID catalogue; look it up there.</source>
        <translation>{events} : absent de la copie du catalogue XID de NVIDIA dans Airlock ; cherchez-le dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1036" />
        <source>{events}: recording a row remapping or a page retirement failed.</source>
        <translation>{events} : l'enregistrement d'un remappage de rangée ou d'un retrait de page a échoué.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1037" />
        <source>{events}: the GPU System Processor (GSP) did not answer in time.</source>
        <translation>{events} : le processeur système du GPU (GSP) n'a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1038" />
        <source>{events}: the GPU System Processor (GSP) reported an error.</source>
        <translation>{events} : le processeur système du GPU (GSP) a signalé une erreur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1039" />
        <source>{events}: the GPU failed to initialise.</source>
        <translation>{events} : le GPU n'a pas pu s'initialiser.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1040" />
        <source>{events}: the GPU has fallen off the bus.</source>
        <translation>{events} : le GPU a disparu du bus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1041" />
        <source>{events}: the GPU stopped a channel after an error of the application.</source>
        <translation>{events} : le GPU a arrêté un canal après une erreur de l'application.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1042" />
        <source>{events}: the GPU stopped processing (a channel timed out).</source>
        <translation>{events} : le GPU a cessé de traiter (un canal a dépassé son délai).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1043" />
        <source>{events}: the driver asks for a recovery action.</source>
        <translation>{events} : le pilote demande une action de récupération.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1044" />
        <source>{events}: the driver ended work early after an earlier error (preemptive cleanup).</source>
        <translation>{events} : le pilote a arrêté un travail plus tôt après une erreur antérieure (nettoyage préventif).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1045" />
        <source>{file} belongs to another appliance than the manifest.</source>
        <translation>{file} appartient à une autre appliance que le manifeste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1048" />
        <source>{file} does not match its SHA-256 in the manifest: it was altered or damaged.</source>
        <translation>{file} ne correspond pas à son SHA-256 dans le manifeste : il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1050" />
        <source>{file} does not match the parts the manifest lists.</source>
        <translation>{file} ne correspond pas aux parties que liste le manifeste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1051" />
        <source>{file} does not open with this backup's key: it belongs to another backup or was altered.</source>
        <translation>{file} ne s'ouvre pas avec la clé de cette sauvegarde : il appartient à une autre sauvegarde ou a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1052" />
        <source>{file} ended %n byte(s) early (truncated or medium pulled?).</source>
        <translation>
            <numerusform>{file} s'est terminé %n octet trop tôt (tronqué, ou support retiré ?).</numerusform>
            <numerusform>{file} s'est terminé %n octets trop tôt (tronqué, ou support retiré ?).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1013" />
        <source>{count} classification levels is more than {limit}.</source>
        <translation>{count} niveaux de classification, c'est plus que {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="10" />
        <source>--classification {level} is not a classification.</source>
        <translation>--classification {level} n'est pas une classification.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="11" />
        <source>--model-card {card} is not a file in {src}.</source>
        <translation>--model-card {card} n'est pas un fichier de {src}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="12" />
        <source>--name {name} is not a bundle name.</source>
        <translation>--name {name} n'est pas un nom de paquet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="13" />
        <source>--remove {key} is not a label key.</source>
        <translation>--remove {key} n'est pas une clé d'étiquette.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="14" />
        <source>--sbom {path} cannot be read: {error}.</source>
        <translation>--sbom {path} ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="15" />
        <source>--sbom {path}: {problem}</source>
        <translation>--sbom {path} : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="16" />
        <source>--split-size must be from {low} to {high} bytes.</source>
        <translation>--split-size doit être compris entre {low} et {high} octets.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="17" />
        <source>--version is longer than {limit} characters.</source>
        <translation>--version dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="18" />
        <source>--version {version} is not a semantic version.</source>
        <translation>--version {version} n'est pas une version sémantique.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="149" />
        <source>Check the content store (`airlock bundle check-store`), then deploy again.</source>
        <translation>Vérifiez le magasin de contenu (`airlock bundle check-store`), puis déployez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="150" />
        <source>Check the content store (`airlock bundle check-store`).</source>
        <translation>Vérifiez le magasin de contenu (`airlock bundle check-store`).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="349" />
        <source>Its owner {owner} has no active account here any more.</source>
        <translation>Son propriétaire {owner} n'a plus de compte actif ici.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1014" />
        <source>{directory} cannot be read: {error}.</source>
        <translation>Impossible de lire {directory} : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1015" />
        <source>{directory} has no {payload}/ directory.</source>
        <translation>{directory} n'a pas de dossier {payload}/.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1016" />
        <source>{directory} holds no readable {manifest} ({error}).</source>
        <translation>{directory} ne contient pas de {manifest} lisible ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1017" />
        <source>{directory} holds {entry}, which is not part of a bundle.</source>
        <translation>{directory} contient {entry}, qui ne fait pas partie d'un paquet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1018" />
        <source>{directory} is nested deeper than {depth} levels.</source>
        <translation>{directory} est imbriqué sur plus de {depth} niveaux.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1019" />
        <source>{directory} is not a bundle directory.</source>
        <translation>{directory} n'est pas un dossier de paquet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1046" />
        <source>{file} carries too many signatures.</source>
        <translation>{file} porte trop de signatures.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1047" />
        <source>{file} changed on the medium after it was checked.</source>
        <translation>{file} a changé sur le support après sa vérification.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1049" />
        <source>{file} does not match its signed SHA-256.</source>
        <translation>{file} ne correspond pas à son SHA-256 signé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1053" />
        <source>{file} ends before the length the manifest gives: it was truncated.</source>
        <translation>{file} se termine avant la longueur que donne le manifeste : il a été tronqué.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1054" />
        <source>{file} ends like a split part (.partNNN), an ending bundles keep for the parts of large files.</source>
        <translation>{file} se termine comme une partie découpée (.partNNN), fin que les bundles réservent aux parties des gros fichiers.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1055" />
        <source>{file} has {actual} bytes; the manifest says {expected}.</source>
        <translation>{file} fait {actual} octets ; le manifeste indique {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1056" />
        <source>{file} holds '{found}' metadata, not {expected}.</source>
        <translation>{file} contient des métadonnées '{found}', et non {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1057" />
        <source>{file} in the backup is not a regular file.</source>
        <translation>{file} dans la sauvegarde n'est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1058" />
        <source>{file} is far larger than it can be in a backup.</source>
        <translation>{file} est bien plus grand qu'il ne peut l'être dans une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1059" />
        <source>{file} is in the backup folder but not in its manifest: something was added.</source>
        <translation>{file} est dans le dossier de la sauvegarde mais pas dans son manifeste : quelque chose a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1060" />
        <source>{file} is missing from the backup.</source>
        <translation>{file} manque dans la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1061" />
        <source>{file} is missing from the medium: the backup needs it.</source>
        <translation>{file} manque sur le support : la sauvegarde en a besoin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1062" />
        <source>{file} is not valid TUF metadata.</source>
        <translation>{file} ne contient pas de métadonnées TUF valides.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1063" />
        <source>{file} is {size} bytes, above {limit}.</source>
        <translation>{file} fait {size} octets, au-delà de {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1064" />
        <source>{file} on the medium is longer than the manifest signs.</source>
        <translation>{file} sur le support est plus long que ce que signe le manifeste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1065" />
        <source>{fingerprint} is not an SSH host key fingerprint.</source>
        <translation>{fingerprint} n'est pas une empreinte de clé d'hôte SSH.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1066" />
        <source>{gpu}: %n PCIe replay(s) since the driver loaded (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu} : %n retransmission PCIe depuis le chargement du pilote (seuil {limit}).</numerusform>
            <numerusform>{gpu} : %n retransmissions PCIe depuis le chargement du pilote (seuil {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1067" />
        <source>{gpu}: %n corrected ECC error(s) since the driver loaded (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu} : %n erreur ECC corrigée depuis le chargement du pilote (seuil {limit}).</numerusform>
            <numerusform>{gpu} : %n erreurs ECC corrigées depuis le chargement du pilote (seuil {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1068" />
        <source>{gpu}: %n page(s) retired after double-bit errors.</source>
        <translation>
            <numerusform>{gpu} : %n page retirée après des erreurs double bit.</numerusform>
            <numerusform>{gpu} : %n pages retirées après des erreurs double bit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1069" />
        <source>{gpu}: %n row(s) remapped after uncorrectable errors.</source>
        <translation>
            <numerusform>{gpu} : %n ligne remappée après des erreurs non corrigibles.</numerusform>
            <numerusform>{gpu} : %n lignes remappées après des erreurs non corrigibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1070" />
        <source>{gpu}: %n uncorrectable ECC error(s) in its lifetime.</source>
        <translation>
            <numerusform>{gpu} : %n erreur ECC non corrigible sur sa durée de vie.</numerusform>
            <numerusform>{gpu} : %n erreurs ECC non corrigibles sur sa durée de vie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1071" />
        <source>{gpu}: %n uncorrectable ECC error(s) since the driver loaded.</source>
        <translation>
            <numerusform>{gpu} : %n erreur ECC non corrigible depuis le chargement du pilote.</numerusform>
            <numerusform>{gpu} : %n erreurs ECC non corrigibles depuis le chargement du pilote.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1072" />
        <source>{gpu}: NVLink {links} inactive while its other links are up.</source>
        <translation>{gpu} : NVLink {links} inactif alors que ses autres liens fonctionnent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1073" />
        <source>{gpu}: NVLink {link} has %n CRC error(s) (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu} : NVLink {link} a %n erreur CRC (seuil {limit}).</numerusform>
            <numerusform>{gpu} : NVLink {link} a %n erreurs CRC (seuil {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1074" />
        <source>{gpu}: NVLink {link} has %n recovery error(s) (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu} : NVLink {link} a %n erreur de récupération (seuil {limit}).</numerusform>
            <numerusform>{gpu} : NVLink {link} a %n erreurs de récupération (seuil {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1075" />
        <source>{gpu}: NVLink {link} has %n replay error(s) (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu} : NVLink {link} a %n erreur de retransmission (seuil {limit}).</numerusform>
            <numerusform>{gpu} : NVLink {link} a %n erreurs de retransmission (seuil {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1076" />
        <source>{gpu}: at or past its slowdown threshold (the GPU slows itself down).</source>
        <translation>{gpu} : au seuil de ralentissement ou au-delà (le GPU se ralentit lui-même).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1077" />
        <source>{gpu}: remapped rows wait for a GPU reset.</source>
        <translation>{gpu} : des lignes remappées attendent une réinitialisation du GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1078" />
        <source>{gpu}: retired pages wait for a GPU reset.</source>
        <translation>{gpu} : des pages retirées attendent une réinitialisation du GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1079" />
        <source>{gpu}: row remapping failed; the GPU needs service.</source>
        <translation>{gpu} : le remappage de lignes a échoué ; le GPU doit être réparé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1080" />
        <source>{gpu}: the PCIe link runs at generation {gen} of {maximum} while the GPU is busy.</source>
        <translation>{gpu} : le lien PCIe fonctionne en génération {gen} sur {maximum} alors que le GPU est occupé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1081" />
        <source>{gpu}: the PCIe link runs at x{width} of x{maximum}.</source>
        <translation>{gpu} : le lien PCIe fonctionne en x{width} sur x{maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1082" />
        <source>{gpu}: the slot allows PCIe generation {host}; the GPU could run {device}.</source>
        <translation>{gpu} : l'emplacement permet la génération PCIe {host} ; le GPU pourrait fonctionner en {device}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1083" />
        <source>{gpu}: {celsius} C, at or above the {limit} C threshold.</source>
        <translation>{gpu} : {celsius} C, au seuil de {limit} C ou au-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1084" />
        <source>{gpu}: {celsius} C, at or past its slowdown threshold (the GPU slows itself down).</source>
        <translation>{gpu} : {celsius} °C, au seuil de ralentissement ou au-delà (le GPU se ralentit lui-même).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1085" />
        <source>{host}: {task} changed</source>
        <translation>{host} : {task} modifiée</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1086" />
        <source>{host}: {task} failed</source>
        <translation>{host} : {task} échouée</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1087" />
        <source>{host}: {task} ok</source>
        <translation>{host} : {task} ok</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1088" />
        <source>{host}: {task} skipped</source>
        <translation>{host} : {task} ignorée</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1089" />
        <source>{host}: {task} unreachable</source>
        <translation>{host} : {task} injoignable</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1090" />
        <source>{host}: {task} {status}</source>
        <translation>{host} : {task} {status}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1091" />
        <source>{job} is not a job number.</source>
        <translation>{job} n'est pas un numéro de tâche.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1092" />
        <source>{level} is not a classification level.</source>
        <translation>{level} n'est pas un niveau de classification.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1093" />
        <source>{location} is {size} bytes, longer than the {length} the manifest signs.</source>
        <translation>{location} fait {size} octets, plus que les {length} signés dans le manifeste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1094" />
        <source>{location} is {size} bytes, shorter than the {length} the manifest signs.</source>
        <translation>{location} fait {size} octets, moins que les {length} signés dans le manifeste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1095" />
        <source>{mount}: only {percent}% free.</source>
        <translation>{mount} : seulement {percent} % libre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1096" />
        <source>{name} cannot name an audit export directory.</source>
        <translation>{name} ne peut pas servir de nom à un dossier d'export d'audit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1097" />
        <source>{name} is not a bundle name.</source>
        <translation>{name} n'est pas un nom de paquet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1098" />
        <source>{name} is not a valid account name.</source>
        <translation>{name} n'est pas un nom de compte valide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1099" />
        <source>{name} is not a valid node name.</source>
        <translation>{name} n'est pas un nom de nœud valide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1100" />
        <source>{name} is the last active admin: it can be neither disabled nor removed.</source>
        <translation>{name} est le dernier admin actif : il ne peut être ni désactivé ni supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1101" />
        <source>{name} {version} expired on {date}. Expiry checked against the system clock ({system}), which is not behind the newest signing time already imported ({floor}).</source>
        <translation>{name} {version} a expiré le {date}. Expiration vérifiée par rapport à l'horloge système ({system}), qui n'est pas en retard sur la date de signature la plus récente déjà importée ({floor}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1102" />
        <source>{name} {version} expired on {date}. Expiry checked against the system clock ({system}); no earlier import sets a lower bound.</source>
        <translation>{name} {version} a expiré le {date}. Expiration vérifiée par rapport à l'horloge système ({system}) ; aucun import antérieur ne fixe de limite inférieure.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1103" />
        <source>{name} {version} expired on {date}. Expiry checked against {floor}, the newest signing time already imported, because the system clock ({system}) is behind it.</source>
        <translation>{name} {version} a expiré le {date}. Expiration vérifiée par rapport à {floor}, la date de signature la plus récente déjà importée, car l'horloge système ({system}) est en retard sur elle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1104" />
        <source>{name} {version} is imported already.</source>
        <translation>{name} {version} est déjà importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1105" />
        <source>{name} {version} is not newer than the imported version {imported}.</source>
        <translation>{name} {version} n'est pas plus récent que la version importée {imported}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1106" />
        <source>{name} {version} was imported before with different content.</source>
        <translation>{name} {version} a déjà été importé avec un contenu différent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1107" />
        <source>{name}@{version} is a {type} bundle, not an app bundle.</source>
        <translation>{name}@{version} est un paquet {type}, pas un paquet d'application.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1108" />
        <source>{node} answered about {count} files, not {expected}.</source>
        <translation>{node} a répondu sur {count} fichiers, et non {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1109" />
        <source>{node} answered the transfer with something unreadable.</source>
        <translation>{node} a répondu au transfert par un contenu illisible.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1110" />
        <source>{node} is a relay already, serving {pattern}.</source>
        <translation>{node} est déjà un relais, pour {pattern}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1111" />
        <source>{node} is a relay; its nodes would lose their path.</source>
        <translation>{node} est un relais ; ses nœuds perdraient leur chemin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1112" />
        <source>{node} is blocked: its host key changed.</source>
        <translation>{node} est bloqué : sa clé d'hôte a changé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1113" />
        <source>{node} is not a relay.</source>
        <translation>{node} n'est pas un relais.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1114" />
        <source>{node} is reached through relay {relay}; a relay must be reached directly.</source>
        <translation>{node} est joint par le relais {relay} ; un relais doit être joint directement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1115" />
        <source>{node} refused the transfer: {error}.</source>
        <translation>{node} a refusé le transfert : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1116" />
        <source>{option} is longer than {limit} characters.</source>
        <translation>{option} dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1117" />
        <source>{option} {value} is not a date.</source>
        <translation>{option} {value} n'est pas une date.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1118" />
        <source>{part} does not match its signed SHA-256 (damaged or parts reordered).</source>
        <translation>{part} ne correspond pas à son SHA-256 signé (endommagé, ou parties dans le désordre).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1119" />
        <source>{path} already exists.</source>
        <translation>{path} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1120" />
        <source>{path} already holds an Airlock vault.</source>
        <translation>{path} contient déjà un coffre Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1121" />
        <source>{path} appeared while the export was being written.</source>
        <translation>{path} est apparu pendant l'écriture de l'export.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1122" />
        <source>{path} arrived on {node} with SHA-256 {sha256}, not the one recorded; the node removed it.</source>
        <translation>{path} est arrivé sur {node} avec le SHA-256 {sha256}, et non celui enregistré ; le nœud l'a supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1123" />
        <source>{path} exists already.</source>
        <translation>{path} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1124" />
        <source>{path} has an unknown format.</source>
        <translation>{path} a un format inconnu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1125" />
        <source>{path} has {free} MiB free; the restore needs {needed} MiB.</source>
        <translation>{path} a {free} Mio libres ; la restauration en demande {needed} Mio.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1126" />
        <source>{path} holds a {keytype} key; publisher keys are Ed25519.</source>
        <translation>{path} contient une clé {keytype} ; les clés d'éditeur sont des clés Ed25519.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1127" />
        <source>{path} holds an Airlock vault; a restore never overwrites one.</source>
        <translation>{path} contient un coffre Airlock ; une restauration n'en écrase jamais.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1128" />
        <source>{path} holds no Airlock backup (no manifest.json).</source>
        <translation>{path} ne contient aucune sauvegarde Airlock (pas de manifest.json).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1129" />
        <source>{path} is a device node, not a directory.</source>
        <translation>{path} est un fichier de périphérique, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1130" />
        <source>{path} is a named pipe, not a directory.</source>
        <translation>{path} est un tube nommé, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1131" />
        <source>{path} is a socket, not a directory.</source>
        <translation>{path} est un socket, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1132" />
        <source>{path} is a symbolic link, not a directory.</source>
        <translation>{path} est un lien symbolique, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1133" />
        <source>{path} is damaged.</source>
        <translation>{path} est endommagé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1134" />
        <source>{path} is larger than {limit} bytes; it was not parsed.</source>
        <translation>{path} dépasse {limit} octets ; il n'a pas été analysé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1135" />
        <source>{path} is not a folder.</source>
        <translation>{path} n'est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1136" />
        <source>{path} is not a regular file, not a directory.</source>
        <translation>{path} n'est pas un fichier ordinaire, ni un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1137" />
        <source>{path} is not a regular file.</source>
        <translation>{path} n'est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1138" />
        <source>{path} is not a valid key slot file.</source>
        <translation>{path} n'est pas un fichier d'emplacements de clé valide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1139" />
        <source>{path} is not an Airlock public key file.</source>
        <translation>{path} n'est pas un fichier de clé publique Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1140" />
        <source>{path} is not an Ed25519 key.</source>
        <translation>{path} n'est pas une clé Ed25519.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1141" />
        <source>{path} is not empty (it holds {names}).</source>
        <translation>{path} n'est pas vide (il contient {names}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1142" />
        <source>{path} is not encrypted.</source>
        <translation>{path} n'est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1143" />
        <source>{path} is shorter than its recorded {length} bytes.</source>
        <translation>{path} est plus court que les {length} octets enregistrés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1144" />
        <source>{path} is too large to be a private key file.</source>
        <translation>{path} est trop gros pour être un fichier de clé privée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1145" />
        <source>{path} is too large to be a public key file.</source>
        <translation>{path} est trop gros pour être un fichier de clé publique.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1146" />
        <source>{path} on {node} is incomplete.</source>
        <translation>{path} sur {node} est incomplet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1147" />
        <source>{pattern} is not a selection pattern a relay can serve.</source>
        <translation>{pattern} n'est pas un motif de sélection qu'un relais peut desservir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1148" />
        <source>{pattern} selects nodes another relay serves: {nodes}.</source>
        <translation>{pattern} sélectionne des nœuds qu'un autre relais dessert : {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1149" />
        <source>{ref} is not NAME@VERSION.</source>
        <translation>{ref} n'est pas de la forme NOM@VERSION.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1150" />
        <source>{service} has failed.</source>
        <translation>{service} a échoué.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1151" />
        <source>{service} is not installed on this node.</source>
        <translation>{service} n'est pas installé sur ce nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1152" />
        <source>{service} is not running.</source>
        <translation>{service} ne tourne pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1153" />
        <source>{service} is reloading its configuration.</source>
        <translation>{service} recharge sa configuration.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1154" />
        <source>{service} is starting, not active yet.</source>
        <translation>{service} démarre, pas encore actif.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1155" />
        <source>{service} is stopping.</source>
        <translation>{service} s'arrête.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1156" />
        <source>{service} is {state}, not active.</source>
        <translation>{service} est {state}, pas actif.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1157" />
        <source>{typed} is not a trust root fingerprint.</source>
        <translation>{typed} n'est pas une empreinte de racine de confiance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1158" />
        <source>{user} is not a valid account name.</source>
        <translation>{user} n'est pas un nom de compte valide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1159" />
        <source>{value} is not a date.</source>
        <translation>{value} n'est pas une date.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1160" />
        <source>{value} is not a valid value for the health threshold {name}.</source>
        <translation>{value} n'est pas une valeur valide pour le seuil de santé {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1161" />
        <source>{value} is not a valid value for {name}.</source>
        <translation>{value} n'est pas une valeur valide pour {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1162" />
        <source>{version} is not a bundle version.</source>
        <translation>{version} n'est pas une version de paquet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1163" />
        <source>{version} is not an Airlock version.</source>
        <translation>{version} n'est pas une version d'Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1164" />
        <source>{what} was cancelled; nothing was changed.</source>
        <translation>Annulé : {what} ; rien n'a été modifié.</translation>
    </message>
</context>
</TS>