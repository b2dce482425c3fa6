<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="68" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="69" />
        <location filename="../../app/gui/sections/settings.py" line="84" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="70" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="74" />
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="81" />
        <source>New account name</source>
        <translation>Nom du nouveau compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="90" />
        <source>Initial passphrase</source>
        <translation>Phrase secrète initiale</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="91" />
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="102" />
        <source>New passphrase for your account</source>
        <translation>Nouvelle phrase secrète de votre compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="103" />
        <source>&amp;Change my passphrase</source>
        <translation>&amp;Changer ma phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="106" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="107" />
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="108" />
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="110" />
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="111" />
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="118" />
        <source>Roles: admin manages accounts, trust and policy; operator runs nodes, imports and jobs; auditor reads everything and exports the audit trail.</source>
        <translation>Rôles : admin gère comptes, confiance et politique ; operator gère nœuds, imports et tâches ; auditor lit tout et exporte la piste d'audit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="130" />
        <source>Add the {0} account {1}.</source>
        <translation>Ajouter le compte {0} {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="145" />
        <source>Added {0} account {1}.</source>
        <translation>Compte {0} {1} ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="135" />
        <location filename="../../app/gui/sections/settings.py" line="151" />
        <source>The account was not added</source>
        <translation>Le compte n'a pas été ajouté</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="160" />
        <source>Your passphrase was changed.</source>
        <translation>Votre phrase secrète a été changée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="161" />
        <source>The passphrase was not changed</source>
        <translation>La phrase secrète n'a pas été changée</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="50" />
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="51" />
        <source>Everything Airlock knows is kept encrypted in {0}.</source>
        <translation>Tout ce que sait Airlock est chiffré dans {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="54" />
        <source>Admin account name</source>
        <translation>Nom du compte admin</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="58" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="59" />
        <source>At least 8 characters; a few unrelated words are best.</source>
        <translation>Au moins 8 caractères ; quelques mots sans rapport sont l'idéal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="63" />
        <source>Passphrase again</source>
        <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="66" />
        <source>Admin &amp;name:</source>
        <translation>&amp;Nom de l'admin :</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="67" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="68" />
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="77" />
        <source>The passphrase needs at least 8 characters.</source>
        <translation>La phrase secrète doit compter au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="79" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="81" />
        <source>Nobody can recover this passphrase for you: only the recovery key can.</source>
        <translation>Personne ne peut retrouver cette phrase secrète pour vous : seule la clé de récupération le peut.</translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="436" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="437" />
        <location filename="../../app/gui/sections/settings.py" line="444" />
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="437" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="438" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="443" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="451" />
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="452" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="453" />
        <source>These are kept on this machine, outside the vault; they hold no secret.</source>
        <translation>Ces réglages restent sur cette machine, hors du coffre ; ils ne contiennent aucun secret.</translation>
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
        <location filename="../../app/gui/approval.py" line="174" />
        <source>Dual control</source>
        <translation>Double contrôle</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="223" />
        <source>Filter: actor, action, target, outcome…</source>
        <translation>Filtrer : acteur, action, cible, résultat…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="227" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="228" />
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="232" />
        <source>&amp;Verify now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="234" />
        <source>Recompute the Merkle tree and check every signed checkpoint</source>
        <translation>Recalculer l'arbre de Merkle et vérifier chaque point de contrôle signé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="236" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="238" />
        <source>Write an audit bundle with a standalone verifier to a medium</source>
        <translation>Écrire un paquet d'audit avec un vérificateur autonome sur un support</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="246" />
        <source>Audit entries</source>
        <translation>Entrées d'audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="260" />
        <source>Entry details</source>
        <translation>Détails de l'entrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="279" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="294" />
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="301" />
        <source>The log verifies: {0}, {1}, {2}.</source>
        <translation>Le journal se vérifie : {0}, {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="302" />
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="302" />
        <source>%n signed checkpoint(s)</source>
        <translation>
            <numerusform>%n point de contrôle signé</numerusform>
            <numerusform>%n points de contrôle signés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="303" />
        <source>%n entry(s) not yet sealed by a checkpoint</source>
        <translation>
            <numerusform>%n entrée pas encore scellée par un point de contrôle</numerusform>
            <numerusform>%n entrées pas encore scellées par un point de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="306" />
        <source>The log does NOT verify: {0} Export it and report it to your auditor.</source>
        <translation>Le journal NE se vérifie PAS : {0} Exportez-le et signalez-le à votre auditeur.</translation>
    </message>
</context>
<context>
    <name>BundlesSection</name>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="176" />
        <source>Filter bundles: name, type, classification, signer…</source>
        <translation>Filtrer les paquets : nom, type, classification, signataire…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="178" />
        <source>&amp;Import folder…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="180" />
        <source>Verify and import a bundle directory (NAME-VERSION.airlock)</source>
        <translation>Vérifier et importer un dossier de paquet (NOM-VERSION.airlock)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="185" />
        <source>Bundles in the content store</source>
        <translation>Paquets du magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="196" />
        <source>Bundle details</source>
        <translation>Détails du paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="197" />
        <source>No bundles imported. Insert a medium or use Import folder…</source>
        <translation>Aucun paquet importé. Insérez un support ou utilisez Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="203" />
        <source>Select a bundle to see its signers, classification, license and model card.</source>
        <translation>Sélectionnez un paquet pour voir ses signataires, sa classification, sa licence et sa fiche de modèle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="205" />
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="207" />
        <source>Deploy the selected model or update bundle to nodes (Ctrl+D)</source>
        <translation>Déployer le paquet de modèle ou de mise à jour sélectionné sur des nœuds (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="238" />
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="260" />
        <source>No trust root is pinned: no bundle can be imported until an admin pins one in Settings → Trust roots.</source>
        <translation>Aucune racine de confiance épinglée : aucun paquet ne peut être importé avant qu'un admin en épingle une dans Paramètres → Racines de confiance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="295" />
        <source>Choose a bundle folder</source>
        <translation>Choisir un dossier de paquet</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="42" />
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="43" />
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="44" />
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="45" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="46" />
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="47" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="74" />
        <location filename="../../app/gui/sections/nodes.py" line="64" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="75" />
        <location filename="../../app/gui/sections/bundles.py" line="334" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="76" />
        <location filename="../../app/gui/sections/bundles.py" line="333" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="77" />
        <location filename="../../app/gui/sections/bundles.py" line="335" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="78" />
        <location filename="../../app/gui/sections/bundles.py" line="336" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="79" />
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="80" />
        <location filename="../../app/gui/sections/bundles.py" line="340" />
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="337" />
        <source>{0} in {1} files</source>
        <translation>{0} en {1} fichiers</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="338" />
        <source>Signed by role</source>
        <translation>Signé par le rôle</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="339" />
        <source>Signers (key ids)</source>
        <translation>Signataires (identifiants de clé)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="341" />
        <source>{0} by {1}</source>
        <translation>{0} par {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="342" />
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="346" />
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="347" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="348" />
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="349" />
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="353" />
        <source>No description.</source>
        <translation>Pas de description.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="354" />
        <source>Model card</source>
        <translation>Carte du modèle</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="43" />
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="44" />
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="45" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="46" />
        <location filename="../../app/gui/sections/nodes.py" line="66" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="47" />
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="65" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="67" />
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="69" />
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
        <location filename="../../app/gui/sections/nodes.py" line="81" />
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="82" />
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="83" />
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="84" />
        <source>unhealthy</source>
        <translation>défaillant</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="94" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="95" />
        <source>no GPU</source>
        <translation>pas de GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="96" />
        <source>driver not loaded</source>
        <translation>pilote non chargé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="97" />
        <source>GPU not responding</source>
        <translation>GPU muet</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="98" />
        <source>nvidia-smi failed</source>
        <translation>échec de nvidia-smi</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="71" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="72" />
        <source>Host key</source>
        <translation>Clé d'hôte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="73" />
        <source>The pinned host key fingerprint</source>
        <translation>L'empreinte de la clé d'hôte épinglée</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="97" />
        <location filename="../../app/gui/first_run.py" line="105" />
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="98" />
        <source>Tuning the key derivation to this machine; this takes a few seconds.</source>
        <translation>Réglage de la dérivation de clé pour cette machine ; cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="118" />
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="130" />
        <source>The vault is ready.</source>
        <translation>Le coffre est prêt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="140" />
        <source>The vault was not created: {0}
What to do: {1} Go back to change it.</source>
        <translation>Le coffre n'a pas été créé : {0}
Que faire : {1} Revenez en arrière pour corriger.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="71" />
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="72" />
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="73" />
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="74" />
        <source>Audit entries</source>
        <translation>Entrées d'audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="81" />
        <source>GPU model</source>
        <translation>Modèle de GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="81" />
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="84" />
        <location filename="../../app/gui/sections/dashboard.py" line="95" />
        <source>GPU totals by model</source>
        <translation>GPU par modèle</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="86" />
        <source>No GPU facts yet. Enrol nodes and run the facts playbook.</source>
        <translation>Pas encore de faits GPU. Enrôlez des nœuds et lancez le playbook facts.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="90" />
        <location filename="../../app/gui/sections/dashboard.py" line="96" />
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="91" />
        <source>No alarms: no changed host keys, no unhealthy GPUs, no failed jobs.</source>
        <translation>Aucune alarme : pas de clé d'hôte changée, pas de GPU défaillant, pas de tâche échouée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="111" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="120" />
        <source>{0}, {1}, {2}</source>
        <comment>three counts</comment>
        <translation>{0}, {1}, {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="121" />
        <source>%n healthy</source>
        <translation>
            <numerusform>%n sain</numerusform>
            <numerusform>%n sains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="121" />
        <source>%n degraded</source>
        <translation>
            <numerusform>%n dégradé</numerusform>
            <numerusform>%n dégradés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="122" />
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n défaillant</numerusform>
            <numerusform>%n défaillants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="127" />
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="126" />
        <source>No nodes enrolled yet.</source>
        <translation>Aucun nœud enrôlé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="128" />
        <source>in the content store</source>
        <translation>dans le magasin de contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="129" />
        <source>entries in the tamper-evident log</source>
        <translation>entrées dans le journal infalsifiable</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="140" />
        <source>Node {0} offered a changed host key: every connection to it is stopped. An admin must check the key on the console and re-pin it.</source>
        <translation>Le nœud {0} a présenté une clé d'hôte changée : toute connexion vers lui est arrêtée. Un admin doit vérifier la clé sur la console et la réépingler.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="142" />
        <source>Node {0} has an unhealthy or unresponsive GPU. Open it in Nodes for the reasons.</source>
        <translation>Le nœud {0} a un GPU défaillant ou muet. Ouvrez-le dans Nœuds pour les raisons.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="143" />
        <source>Job {0} failed. Open it in Jobs to see which hosts and tasks.</source>
        <translation>La tâche {0} a échoué. Ouvrez-la dans Tâches pour voir quels hôtes et tâches.</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="155" />
        <source>Deploy a bundle</source>
        <translation>Déployer un paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="170" />
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="172" />
        <source>Send the files, let each node verify them, then switch it over</source>
        <translation>Envoyer les fichiers, les faire vérifier par chaque nœud, puis le basculer</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="186" />
        <source>Loading bundles and nodes…</source>
        <translation>Chargement des paquets et des nœuds…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="192" />
        <source>Bundle to deploy</source>
        <translation>Paquet à déployer</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="200" />
        <source>Playbook that applies the update</source>
        <translation>Playbook qui applique la mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="202" />
        <source>apply_update installs the packages; gpu_driver and baseline apply the driver or the baseline from the same bundle</source>
        <translation>apply_update installe les paquets logiciels ; gpu_driver et baseline appliquent le pilote ou la base du même paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="204" />
        <source>Hash every file in &amp;full on the node</source>
        <translation>Hacher chaque fichier en &amp;entier sur le nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="206" />
        <source>Also re-read files the node already hashed as they arrived (slower)</source>
        <translation>Relire aussi les fichiers que le nœud a hachés à leur arrivée (plus lent)</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="208" />
        <source>&amp;Bundle:</source>
        <translation>&amp;Paquet :</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="210" />
        <source>&amp;Playbook:</source>
        <translation>&amp;Playbook :</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="221" />
        <source>Filter nodes: name, label, clearance…</source>
        <translation>Filtrer les nœuds : nom, étiquette, habilitation…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="228" />
        <source>Target nodes</source>
        <translation>Nœuds cibles</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="240" />
        <source>&amp;Target nodes (select one or more):</source>
        <translation>Nœuds &amp;cibles (sélectionnez-en un ou plusieurs) :</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="252" />
        <location filename="../../app/gui/deploy.py" line="446" />
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="253" />
        <location filename="../../app/gui/deploy.py" line="446" />
        <source>Clearance</source>
        <translation>Habilitation</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="254" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="255" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="256" />
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="274" />
        <source>A bundle goes only to nodes cleared for its classification or higher. Levels, least sensitive first: {0}. A node's clearance is its clearance label.</source>
        <translation>Un paquet ne va que sur des nœuds habilités pour sa classification ou plus. Niveaux, du moins sensible au plus sensible : {0}. L'habilitation d'un nœud est son étiquette clearance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="282" />
        <source>{0} {1} ({2}, {3})</source>
        <translation>{0} {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="290" />
        <source>No model or update bundle is imported. Import one in Bundles first.</source>
        <translation>Aucun paquet de modèle ou de mise à jour n'est importé. Importez-en un d'abord dans Paquets.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="292" />
        <source>No node is enrolled. Enrol one in Nodes first.</source>
        <translation>Aucun nœud n'est enrôlé. Enrôlez-en un d'abord dans Nœuds.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="299" />
        <source>Bundles and nodes could not be read: {0}
What to do: {1}</source>
        <translation>Impossible de lire les paquets et les nœuds : {0}
Que faire : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="320" />
        <source>{0} bundle, classified {1}, {2}; signed by the {3} role.</source>
        <translation>Paquet {0}, classifié {1}, {2} ; signé par le rôle {3}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="331" />
        <source>{0} (no clearance label)</source>
        <translation>{0} (pas d'étiquette clearance)</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="339" />
        <source>blocked: its host key changed</source>
        <translation>bloqué : sa clé d'hôte a changé</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="341" />
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="342" />
        <source>refused: {0}</source>
        <translation>refusé : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="347" />
        <source>classification {0} is not a configured level</source>
        <translation>la classification {0} n'est pas un niveau configuré</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="349" />
        <source>clearance {0} is not a configured level</source>
        <translation>l'habilitation {0} n'est pas un niveau configuré</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="350" />
        <source>cleared for {0}, below {1}</source>
        <translation>habilité pour {0}, en dessous de {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="374" />
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>%n nœud sélectionné</numerusform>
            <numerusform>%n nœuds sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="376" />
        <source>%n node(s) refused by policy</source>
        <translation>
            <numerusform>%n nœud refusé par la politique</numerusform>
            <numerusform>%n nœuds refusés par la politique</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="388" />
        <source>Deploy {0} {1} ({2}, {3}) to {4}: {5}.</source>
        <translation>Déployer {0} {1} ({2}, {3}) sur {4} : {5}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="389" />
        <location filename="../../app/gui/deploy.py" line="412" />
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="411" />
        <source>Deploying {0} {1} to {2}…</source>
        <translation>Déploiement de {0} {1} sur {2}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="385" />
        <source>Choose a bundle and at least one node.</source>
        <translation>Choisissez un paquet et au moins un nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="415" />
        <source>Deployed {0}.</source>
        <translation>{0} déployé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="417" />
        <source>Switched over: {0}.</source>
        <translation>Basculés : {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="419" />
        <source>Already current (nothing sent): {0}.</source>
        <translation>Déjà à jour (rien n'a été envoyé) : {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="429" />
        <source>Cancelled. The nodes keep the version they had; files already sent are resumed by the next deploy.</source>
        <translation>Annulé. Les nœuds gardent leur version ; les fichiers déjà envoyés seront repris au prochain déploiement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="434" />
        <source>Not deployed: {0}
What to do: {1}</source>
        <translation>Non déployé : {0}
Que faire : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="444" />
        <source>Placement refused: nothing was sent. {0} is classified {1}; these nodes are not cleared for it:</source>
        <translation>Placement refusé : rien n'a été envoyé. {0} est classifié {1} ; ces nœuds ne sont pas habilités pour lui :</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="446" />
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="451" />
        <source>What to do: {0}</source>
        <translation>Que faire : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="457" />
        <source>Refused by placement policy.</source>
        <translation>Refusé par la politique de placement.</translation>
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="222" />
        <source>Bundles deployed on this node</source>
        <translation>Paquets déployés sur ce nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="223" />
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="223" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="223" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="224" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="224" />
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="225" />
        <source>Deployed</source>
        <translation>Déployé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="225" />
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="233" />
        <source>No bundles deployed on this node. Use Deploy… to send a model or an update to it.</source>
        <translation>Aucun paquet déployé sur ce nœud. Utilisez Déployer… pour lui envoyer un modèle ou une mise à jour.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="235" />
        <source>Roll &amp;back…</source>
        <translation>&amp;Revenir en arrière…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="237" />
        <location filename="../../app/gui/sections/nodes.py" line="286" />
        <source>Switch the selected model back to the version deployed before it</source>
        <translation>Ramener le modèle sélectionné à la version déployée avant lui</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="240" />
        <source>&amp;Deploy to this node…</source>
        <translation>&amp;Déployer sur ce nœud…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="242" />
        <source>Deploy an imported model or update bundle to this node</source>
        <translation>Déployer sur ce nœud un paquet de modèle ou de mise à jour importé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="283" />
        <source>Only a model with a previous version recorded can be rolled back</source>
        <translation>Seul un modèle dont une version précédente est enregistrée peut revenir en arrière</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="54" />
        <source>Where to write the export</source>
        <translation>Où écrire l'export</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="55" />
        <source>Choose a folder on the removable medium that leaves the enclave. A new folder is created inside it.</source>
        <translation>Choisissez un dossier sur le support amovible qui quitte l'enclave. Un nouveau dossier y est créé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="59" />
        <source>Export folder</source>
        <translation>Dossier d'export</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="60" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="66" />
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="70" />
        <source>Choose the medium</source>
        <translation>Choisir le support</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/gui/enrol.py" line="71" />
        <source>Enrol a node</source>
        <translation>Enrôler un nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="87" />
        <source>Bootstrap &amp;key file</source>
        <translation>Fichier de &amp;clé d'amorçage</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="89" />
        <source>Bootstrap pass&amp;word</source>
        <translation>&amp;Mot de passe d'amorçage</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="95" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="103" />
        <source>KEY=VALUE pairs separated by spaces.</source>
        <translation>Paires CLÉ=VALEUR séparées par des espaces.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="107" />
        <source>Host variables for the playbooks, airlock_NAME=VALUE separated by spaces.</source>
        <translation>Variables d'hôte des playbooks, airlock_NOM=VALEUR séparées par des espaces.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="108" />
        <source>Node name</source>
        <translation>Nom du nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="108" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="109" />
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="109" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="110" />
        <source>Bootstrap key file</source>
        <translation>Fichier de clé d'amorçage</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="111" />
        <source>Bootstrap password</source>
        <translation>Mot de passe d'amorçage</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="111" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="112" />
        <source>Host variables</source>
        <translation>Variables d'hôte</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="119" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="120" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="121" />
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="122" />
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="125" />
        <source>&amp;Labels:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="126" />
        <source>&amp;Variables:</source>
        <translation>&amp;Variables :</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="131" />
        <source>The node presents this host key. Compare it with the fingerprint read on the node's console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</source>
        <translation>Le nœud présente cette clé d'hôte. Comparez-la à l'empreinte lue sur la console du nœud (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="137" />
        <source>Host key fingerprint</source>
        <translation>Empreinte de la clé d'hôte</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="138" />
        <source>It &amp;matches: pin this key</source>
        <translation>Elle &amp;correspond : épingler cette clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="140" />
        <source>It &amp;differs: stop</source>
        <translation>Elle &amp;diffère : arrêter</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="161" />
        <source>&amp;Enrol</source>
        <translation>&amp;Enrôler</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="174" />
        <source>Choose the bootstrap private key</source>
        <translation>Choisir la clé privée d'amorçage</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="181" />
        <source>Choose the bootstrap key file, or use a bootstrap password.</source>
        <translation>Choisissez le fichier de clé d'amorçage, ou utilisez un mot de passe d'amorçage.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="197" />
        <source>Contacting {0}…</source>
        <translation>Connexion à {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="213" />
        <source>Node {0} is enrolled; its host key is pinned.</source>
        <translation>Le nœud {0} est enrôlé ; sa clé d'hôte est épinglée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="222" />
        <source>Not enrolled: {0}
What to do: {1}</source>
        <translation>Non enrôlé : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/gui/errors.py" line="14" />
        <source>Check the details above, correct them and try again.</source>
        <translation>Vérifiez les détails ci-dessus, corrigez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="18" />
        <source>The system refused a file or device operation: {0}.</source>
        <translation>Le système a refusé une opération sur un fichier ou un périphérique : {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="20" />
        <source>Check that the medium is inserted and writable and that the disk has space, then retry.</source>
        <translation>Vérifiez que le support est inséré et inscriptible et que le disque a de la place, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="22" />
        <source>An unexpected error stopped the operation ({0}).</source>
        <translation>Une erreur inattendue a arrêté l'opération ({0}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="24" />
        <source>Nothing was changed. Try again; if it happens again, export the audit log and report it.</source>
        <translation>Rien n'a été modifié. Réessayez ; si cela se reproduit, exportez le journal d'audit et signalez-le.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="35" />
        <source>What to do: {0}</source>
        <translation>Que faire : {0}</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="198" />
        <source>Export the audit trail</source>
        <translation>Exporter la piste d'audit</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="311" />
        <source>Welcome to Airlock</source>
        <translation>Bienvenue dans Airlock</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="127" />
        <location filename="../../app/gui/sections/nodes.py" line="139" />
        <source>Health history</source>
        <translation>Historique de santé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="158" />
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="159" />
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="160" />
        <source>unhealthy</source>
        <translation>défaillant</translation>
    </message>
</context>
<context>
    <name>HealthPane</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="189" />
        <source>Latest health check</source>
        <translation>Dernière vérification de santé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="199" />
        <source>Not checked yet. Run the health playbook on this node.</source>
        <translation>Pas encore vérifié. Lancez le playbook health sur ce nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="202" />
        <source>Latest check {0}: {1}</source>
        <translation>Dernière vérification {0} : {1}</translation>
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
    <name>JobsSection</name>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="65" />
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="68" />
        <source>all nodes; or names, globs, label=value</source>
        <translation>tous les nœuds ; ou noms, motifs, étiquette=valeur</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="69" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="70" />
        <source>Which nodes: comma-separated names or patterns, e.g. gpu-0*,site=a</source>
        <translation>Quels nœuds : noms ou motifs séparés par des virgules, ex. gpu-0*,site=a</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="74" />
        <source>Extra variables</source>
        <translation>Variables supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="75" />
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="77" />
        <source>Run the playbook on the selection (Ctrl+R)</source>
        <translation>Lancer le playbook sur la sélection (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="81" />
        <source>&amp;Cancel job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="83" />
        <source>Stop Ansible; results so far are kept</source>
        <translation>Arrêter Ansible ; les résultats obtenus sont conservés</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="91" />
        <source>&amp;Playbook:</source>
        <translation>&amp;Playbook :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="92" />
        <source>&amp;Nodes:</source>
        <translation>&amp;Nœuds :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="93" />
        <source>&amp;Variables:</source>
        <translation>&amp;Variables :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="102" />
        <location filename="../../app/gui/sections/jobs.py" line="141" />
        <source>Hosts and tasks</source>
        <translation>Hôtes et tâches</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="111" />
        <source>Job log</source>
        <translation>Journal de la tâche</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="124" />
        <location filename="../../app/gui/sections/jobs.py" line="138" />
        <source>Recent jobs</source>
        <translation>Tâches récentes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="122" />
        <source>No jobs yet. Choose a playbook and nodes, then Run.</source>
        <translation>Aucune tâche. Choisissez un playbook et des nœuds, puis Lancer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="100" />
        <source>Run a playbook, or choose a job under Recent jobs, to see each host's tasks and the log here.</source>
        <translation>Lancez un playbook, ou choisissez une tâche dans Tâches récentes, pour voir ici les étapes de chaque hôte et le journal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="142" />
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="153" />
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="185" />
        <source>Choose a playbook first.</source>
        <translation>Choisissez d'abord un playbook.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="200" />
        <source>Running {0} on {1}…</source>
        <translation>Exécution de {0} sur {1}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="200" />
        <source>all nodes</source>
        <translation>tous les nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="214" />
        <source>Cancelling: stopping Ansible…</source>
        <translation>Annulation : arrêt d'Ansible…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="225" />
        <source>Job {0} ended: {1}.</source>
        <translation>Tâche {0} terminée : {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="227" />
        <source>Not contacted (changed host key): {0}.</source>
        <translation>Non contactés (clé d'hôte changée) : {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="237" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="239" />
        <source>The job did not run to its end: {0}
What to do: {1}</source>
        <translation>La tâche n'est pas allée à son terme : {0}
Que faire : {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="258" />
        <source>Job {0}: {1} on {2}, {3}.</source>
        <translation>Tâche {0} : {1} sur {2}, {3}.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="85" />
        <source>The verifier key</source>
        <translation>La clé de vérification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="86" />
        <source>Auditors check the export against this key. Read its fingerprint to them, or compare it with the one on their paper.</source>
        <translation>Les auditeurs vérifient l'export avec cette clé. Lisez-leur son empreinte, ou comparez-la à celle de leur papier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="93" />
        <source>Verifier key fingerprint</source>
        <translation>Empreinte de la clé de vérification</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="49" />
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="64" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="69" />
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="87" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="89" />
        <source>Unlocked account</source>
        <translation>Compte déverrouillé</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="100" />
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="101" />
        <source>&amp;Import bundle folder…</source>
        <translation>&amp;Importer un dossier de paquet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="103" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="104" />
        <source>Lock the vault now; unlock with your passphrase</source>
        <translation>Verrouiller le coffre maintenant ; déverrouiller avec votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="105" />
        <source>&amp;Switch account…</source>
        <translation>&amp;Changer de compte…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="108" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="109" />
        <source>V&amp;iew</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="113" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="114" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="115" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="116" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="162" />
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166" />
        <source>Go to a section</source>
        <translation>Aller à une section</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166" />
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="167" />
        <source>Switch account</source>
        <translation>Changer de compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="167" />
        <source>Import a bundle folder</source>
        <translation>Importer un dossier de paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="168" />
        <source>Filter the current list</source>
        <translation>Filtrer la liste affichée</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="168" />
        <source>Run the job</source>
        <translation>Lancer la tâche</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="169" />
        <source>Deploy the selected bundle or to the selected nodes</source>
        <translation>Déployer le paquet sélectionné, ou sur les nœuds sélectionnés</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="170" />
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="170" />
        <source>Remove the selected node</source>
        <translation>Retirer le nœud sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="171" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="171" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="175" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="197" />
        <source>Nothing to import: drop a bundle folder (NAME-VERSION.airlock).</source>
        <translation>Rien à importer : déposez un dossier de paquet (NOM-VERSION.airlock).</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="94" />
        <source>Bundles on media</source>
        <translation>Paquets sur les supports</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="96" />
        <location filename="../../app/gui/sections/bundles.py" line="150" />
        <source>No medium with bundles. Insert a USB stick or disc with .airlock bundles, or drop a bundle folder on this window.</source>
        <translation>Aucun support avec des paquets. Insérez une clé USB ou un disque avec des paquets .airlock, ou déposez un dossier de paquet sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="98" />
        <source>Import &amp;selected</source>
        <translation>Importer la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="101" />
        <source>Verify and import the bundles selected in this list</source>
        <translation>Vérifier et importer les paquets sélectionnés dans cette liste</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="104" />
        <source>Media</source>
        <translation>Supports</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="147" />
        <source>Media could not be scanned: {0}</source>
        <translation>Les supports n'ont pas pu être analysés : {0}</translation>
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
        <location filename="../../app/gui/sections/nodes.py" line="308" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="312" />
        <source>Temperature (°C)</source>
        <translation>Température (°C)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="307" />
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="307" />
        <source>Index nvidia-smi gives the GPU</source>
        <translation>Index que nvidia-smi donne au GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="309" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="310" />
        <source>Memory used / total (MiB)</source>
        <translation>Mémoire utilisée / totale (Mio)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="310" />
        <source>Memory (MiB)</source>
        <translation>Mémoire (Mio)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="311" />
        <source>MIG</source>
        <translation>MIG</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="311" />
        <source>Multi-Instance GPU mode</source>
        <translation>Mode GPU multi-instance (MIG)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="312" />
        <source>Now, and where the GPU slows itself down</source>
        <translation>Actuelle, et celle où le GPU ralentit de lui-même</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="313" />
        <source>Power draw / limit (W)</source>
        <translation>Puissance consommée / limite (W)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="313" />
        <source>Power (W)</source>
        <translation>Puissance (W)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="314" />
        <source>Uncorrected ECC (boot / lifetime)</source>
        <translation>ECC non corrigées (démarrage / durée de vie)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="314" />
        <source>Uncorrected ECC</source>
        <translation>ECC non corrigées</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="315" />
        <source>Reset pending</source>
        <translation>Réinitialisation attendue</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="315" />
        <source>Retired pages or remapped rows wait for a GPU reset</source>
        <translation>Des pages retirées ou des lignes remappées attendent une réinitialisation du GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="319" />
        <source>GPUs of this node</source>
        <translation>GPU de ce nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="336" />
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="337" />
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="338" />
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="339" />
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="340" />
        <source>Deployed bundles</source>
        <translation>Paquets déployés</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="347" />
        <source>{0} ({1} before slowdown)</source>
        <translation>{0} ({1} avant ralentissement)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="359" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="359" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="368" />
        <source>Address: {0}:{1}, user {2}</source>
        <translation>Adresse : {0}:{1}, utilisateur {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="369" />
        <source>Status: {0}</source>
        <translation>État : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="370" />
        <source>Pinned host key: {0}</source>
        <translation>Clé d'hôte épinglée : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="371" />
        <source>Labels: {0}</source>
        <translation>Étiquettes : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="372" />
        <source>Enrolled {0} by {1}</source>
        <translation>Enrôlé le {0} par {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="373" />
        <source>Driver {0}, CUDA {1}, GPU state {2}</source>
        <translation>Pilote {0}, CUDA {1}, état GPU {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="378" />
        <source>The node offered a changed host key. Every connection to it is stopped until an admin re-pins it.</source>
        <translation>Le nœud a présenté une clé d'hôte changée. Toute connexion est arrêtée jusqu'à ce qu'un admin la réépingle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="388" />
        <source>No facts collected yet. Run the facts playbook on this node.</source>
        <translation>Aucun fait collecté. Lancez le playbook facts sur ce nœud.</translation>
    </message>
</context>
<context>
    <name>NodesSection</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="400" />
        <source>Filter nodes: name, address, label, status…</source>
        <translation>Filtrer les nœuds : nom, adresse, étiquette, état…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="403" />
        <source>&amp;Enrol node…</source>
        <translation>&amp;Enrôler un nœud…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="405" />
        <source>Contact a new node, confirm its host key and install the management key</source>
        <translation>Contacter un nouveau nœud, confirmer sa clé d'hôte et installer la clé de gestion</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="409" />
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="410" />
        <source>Deploy a model or update bundle to the selected nodes (Ctrl+D)</source>
        <translation>Déployer un paquet de modèle ou de mise à jour sur les nœuds sélectionnés (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="412" />
        <source>Re-&amp;pin host key…</source>
        <translation>Réé&amp;pingler la clé d'hôte…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="413" />
        <source>Admin: pin the new host key of the selected node, after reading it on its console</source>
        <translation>Admin : épingler la nouvelle clé d'hôte du nœud sélectionné, après l'avoir lue sur sa console</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="415" />
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="416" />
        <source>Forget the selected node (Delete)</source>
        <translation>Oublier le nœud sélectionné (Suppr)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="422" />
        <location filename="../../app/gui/sections/nodes.py" line="466" />
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="443" />
        <source>No nodes enrolled yet. Use Enrol node… to add the first one.</source>
        <translation>Aucun nœud enrôlé. Utilisez Enrôler un nœud… pour ajouter le premier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="521" />
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="600" />
        <source>Enrolled {0}.</source>
        <translation>{0} enrôlé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="662" />
        <source>Re-pinned the host key of {0}.</source>
        <translation>Clé d'hôte de {0} réépinglée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="669" />
        <source>Removed {0}.</source>
        <translation>{0} retiré.</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="61" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="72" />
        <location filename="../../app/gui/deploy.py" line="83" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="85" />
        <source>Stop; what was already done on a node stays recorded</source>
        <translation>Arrêter ; ce qui est déjà fait sur un nœud reste enregistré</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="109" />
        <source>{0}: {1} of {2}</source>
        <translation>{0} : {1} sur {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="118" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="132" />
        <source>Cancelling: the nodes keep the version they have; files already sent are resumed by the next deploy.</source>
        <translation>Annulation : les nœuds gardent leur version ; les fichiers déjà envoyés seront repris au prochain déploiement.</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="251" />
        <source>Classification levels</source>
        <translation>Niveaux de classification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="252" />
        <source>Least sensitive first, separated by commas</source>
        <translation>Du moins sensible au plus sensible, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="257" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="258" />
        <source>Lock after idle seconds</source>
        <translation>Verrouiller après secondes d'inactivité</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="259" />
        <source>0 never locks on idle (not recommended)</source>
        <translation>0 ne verrouille jamais (déconseillé)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="260" />
        <source>&amp;Save policy</source>
        <translation>&amp;Enregistrer la politique</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="264" />
        <source>Classification levels:</source>
        <translation>Niveaux de classification :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="268" />
        <source>Needs a second account's approval</source>
        <translation>Exige l'approbation d'un second compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="270" />
        <source>Dual control:</source>
        <translation>Double contrôle :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="271" />
        <source>Lock when idle for:</source>
        <translation>Verrouiller après une inactivité de :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="273" />
        <source>A bundle may go only to nodes whose clearance label is at least its classification.</source>
        <translation>Un paquet ne peut aller que sur des nœuds dont l'habilitation vaut au moins sa classification.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="303" />
        <source>Save the classification levels, dual control and idle lock settings.</source>
        <translation>Enregistrer les niveaux de classification, le double contrôle et le verrouillage sur inactivité.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="309" />
        <source>The policy was not saved</source>
        <translation>La politique n'a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>PrintableRecovery</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="156" />
        <source>Recovery key - printable view</source>
        <translation>Clé de récupération - version imprimable</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="158" />
        <source>Airlock recovery key</source>
        <translation>Clé de récupération Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="159" />
        <source>Keep this sheet in a safe. Anyone holding it can open the vault as an admin.</source>
        <translation>Gardez cette feuille dans un coffre. Quiconque la détient peut ouvrir le coffre en admin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="160" />
        <source>Vault: {0}</source>
        <translation>Coffre : {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="168" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="189" />
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="190" />
        <source>Shown once. Write it on paper or print it, and keep it in a safe.</source>
        <translation>Affichée une seule fois. Notez-la sur papier ou imprimez-la, et gardez-la dans un coffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="195" />
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="197" />
        <source>Printable &amp;view…</source>
        <translation>&amp;Version imprimable…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="200" />
        <source>I have written down or printed the recovery key</source>
        <translation>J'ai noté ou imprimé la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="209" />
        <source>Airlock does not keep it: after this page it cannot be shown again.</source>
        <translation>Airlock ne la conserve pas : après cette page, elle ne peut plus être affichée.</translation>
    </message>
</context>
<context>
    <name>RemoveNodeDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="195" />
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="197" />
        <source>Remove the node {0}?</source>
        <translation>Retirer le nœud {0} ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="199" />
        <source>Airlock forgets it: its pinned host key, facts and health history are deleted from the vault, and jobs and deployments no longer reach it. Nothing is changed on the node itself; to use it again, enrol it again.</source>
        <translation>Airlock l'oublie : sa clé d'hôte épinglée, ses faits et son historique de santé sont supprimés du coffre, et les tâches et déploiements ne l'atteignent plus. Rien ne change sur le nœud lui-même ; pour le réutiliser, enrôlez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="203" />
        <source>&amp;Remove {0}</source>
        <translation>&amp;Retirer {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="206" />
        <source>Forget this node (audited)</source>
        <translation>Oublier ce nœud (audité)</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="218" />
        <source>Remove the node {0}.</source>
        <translation>Retirer le nœud {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="226" />
        <source>Removing {0}…</source>
        <translation>Retrait de {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="237" />
        <source>Not removed</source>
        <translation>Non retiré</translation>
    </message>
</context>
<context>
    <name>RepinDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="82" />
        <source>Re-pin the host key of {0}</source>
        <translation>Réépingler la clé d'hôte de {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="84" />
        <source>{0} ({1}:{2}) is pinned to the host key below. Re-pin only a key you read on the node's own console, for example with ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub. Airlock then contacts the node and pins the key it offers only if it matches what you typed.</source>
        <translation>{0} ({1}:{2}) est épinglé à la clé d'hôte ci-dessous. Ne réépinglez qu'une clé lue sur la console même du nœud, par exemple avec ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub. Airlock contacte alors le nœud et n'épingle la clé qu'il présente que si elle correspond à ce que vous avez tapé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="91" />
        <source>(no key pinned)</source>
        <translation>(aucune clé épinglée)</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="95" />
        <source>Pinned host key fingerprint</source>
        <translation>Empreinte de la clé d'hôte épinglée</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="99" />
        <source>New host key fingerprint</source>
        <translation>Empreinte de la nouvelle clé d'hôte</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="103" />
        <source>New host key fingerprint, again</source>
        <translation>Empreinte de la nouvelle clé d'hôte, à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="104" />
        <source>Type it a second time, from the console, not by copying the first field</source>
        <translation>Tapez-la une seconde fois, depuis la console, sans copier le premier champ</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="106" />
        <source>Pinned now:</source>
        <translation>Épinglée maintenant :</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="107" />
        <source>&amp;New fingerprint:</source>
        <translation>&amp;Nouvelle empreinte :</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="109" />
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="113" />
        <source>&amp;Re-pin</source>
        <translation>&amp;Réépingler</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="115" />
        <source>Contact the node and pin its key if it matches</source>
        <translation>Contacter le nœud et épingler sa clé si elle correspond</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="133" />
        <source>The two fingerprints differ.</source>
        <translation>Les deux empreintes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="144" />
        <source>Re-pin the host key of {0} to {1}.</source>
        <translation>Réépingler la clé d'hôte de {0} sur {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="148" />
        <location filename="../../app/gui/node_actions.py" line="183" />
        <source>Not re-pinned</source>
        <translation>Non réépinglée</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="165" />
        <source>Contacting {0} to read the key it offers…</source>
        <translation>Connexion à {0} pour lire la clé qu'il présente…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="178" />
        <source>Not re-pinned: re-pinning is under dual control, and this version of Airlock cannot pass a second approval for it.
What to do: an admin can take node.repin out of dual control in Settings → Classification and policy, re-pin, then put it back.</source>
        <translation>Non réépinglée : le réépinglage est sous double contrôle, et cette version d'Airlock ne sait pas lui transmettre une seconde approbation.
Que faire : un admin peut retirer node.repin du double contrôle dans Paramètres → Classification et politique, réépingler, puis l'y remettre.</translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="471" />
        <source>Roll back {0}</source>
        <translation>Revenir en arrière sur {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="473" />
        <source>Switch {0} back to the version each node had before. The node keeps both versions; only its current link changes, and the model is restarted.</source>
        <translation>Ramener {0} à la version que chaque nœud avait avant. Le nœud garde les deux versions ; seul son lien current change, et le modèle est redémarré.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="476" />
        <source>{0}: {1} → back to {2}</source>
        <translation>{0} : {1} → retour à {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="482" />
        <source>&amp;Roll back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="484" />
        <source>Run the rollback playbook on these nodes</source>
        <translation>Lancer le playbook de retour en arrière sur ces nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="495" />
        <source>Roll back {0} on {1}.</source>
        <translation>Revenir en arrière sur {0} sur {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="508" />
        <source>Rolling back {0}…</source>
        <translation>Retour en arrière de {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="511" />
        <source>Rolled back {0} on: {1}.</source>
        <translation>Retour en arrière de {0} sur : {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="518" />
        <source>Cancelled. Nodes already switched back stay recorded as such.</source>
        <translation>Annulé. Les nœuds déjà revenus en arrière restent enregistrés comme tels.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="520" />
        <source>Not rolled back: {0}
What to do: {1}</source>
        <translation>Pas de retour en arrière : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="46" />
        <source>Deploying an update bundle</source>
        <translation>Déploiement d'un paquet de mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="47" />
        <source>Removing a node</source>
        <translation>Retrait d'un nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="48" />
        <source>Re-pinning a node's host key</source>
        <translation>Réépinglage de la clé d'hôte d'un nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="49" />
        <source>Rotating the trust root</source>
        <translation>Renouvellement de la racine de confiance</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="50" />
        <source>Adding an account</source>
        <translation>Ajout d'un compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="51" />
        <source>Changing settings and policy</source>
        <translation>Modification des paramètres et de la politique</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="466" />
        <source>Accounts and roles</source>
        <translation>Comptes et rôles</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="467" />
        <source>Trust roots</source>
        <translation>Racines de confiance</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="469" />
        <source>Classification and policy</source>
        <translation>Classification et politique</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="470" />
        <source>Vault key</source>
        <translation>Clé du coffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="471" />
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="477" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="240" />
        <source>Pin the trust root</source>
        <translation>Épingler la racine de confiance</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="241" />
        <source>Bundles are accepted only when they chain to this root. Type its fingerprint from the paper your publisher gave you.</source>
        <translation>Les paquets ne sont acceptés que s'ils remontent à cette racine. Tapez son empreinte depuis le papier remis par votre éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="245" />
        <source>Root file</source>
        <translation>Fichier racine</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="246" />
        <source>…/root.json</source>
        <translation>…/root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="247" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="251" />
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="253" />
        <source>SHA256: followed by 64 hex digits, as `publisher init-trust` printed it.</source>
        <translation>SHA256: suivi de 64 chiffres hexadécimaux, tel qu'affiché par `publisher init-trust`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="254" />
        <source>P&amp;in this root</source>
        <translation>Épi&amp;ngler cette racine</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="264" />
        <source>Root &amp;file:</source>
        <translation>&amp;Fichier racine :</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="265" />
        <source>Finger&amp;print:</source>
        <translation>Em&amp;preinte :</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="268" />
        <source>You may finish without it and pin the root later in Settings; until then no bundle can be imported.</source>
        <translation>Vous pouvez terminer sans elle et l'épingler plus tard dans Paramètres ; d'ici là aucun paquet ne peut être importé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="272" />
        <source>Choose root.json</source>
        <translation>Choisir root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="273" />
        <source>Trust root (root.json)</source>
        <translation>Racine de confiance (root.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="282" />
        <source>Choose the root file and type its fingerprint first.</source>
        <translation>Choisissez d'abord le fichier racine et tapez son empreinte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="285" />
        <source>Checking the root…</source>
        <translation>Vérification de la racine…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="291" />
        <source>Pinned root version {0}, fingerprint {1}.</source>
        <translation>Racine version {0} épinglée, empreinte {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="299" />
        <source>Not pinned: {0}
What to do: {1}</source>
        <translation>Non épinglée : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="170" />
        <source>Pinned trust root</source>
        <translation>Racine de confiance épinglée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="173" />
        <source>…/root.json</source>
        <translation>…/root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="174" />
        <source>Root file</source>
        <translation>Fichier racine</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="177" />
        <source>SHA256:… typed from paper (first root only)</source>
        <translation>SHA256:… tapé depuis le papier (première racine seulement)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="178" />
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="179" />
        <source>&amp;Pin first root</source>
        <translation>&amp;Épingler la première racine</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="182" />
        <source>&amp;Rotate to this root</source>
        <translation>&amp;Passer à cette racine</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="184" />
        <source>Accept root N+1, signed by the thresholds of both N and N+1</source>
        <translation>Accepter la racine N+1, signée selon les seuils de N et de N+1</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="190" />
        <source>Root file:</source>
        <translation>Fichier racine :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="191" />
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="218" />
        <source>Root version {0}</source>
        <translation>Racine version {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="219" />
        <source>Expires {0}</source>
        <translation>Expire le {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="220" />
        <source>Publishers</source>
        <translation>Éditeurs</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="221" />
        <source>Every root version kept</source>
        <translation>Toutes les versions de racine conservées</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="230" />
        <source>The root was not pinned</source>
        <translation>La racine n'a pas été épinglée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="234" />
        <source>Rotate the trust root to {0}.</source>
        <translation>Renouveler la racine de confiance vers {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="236" />
        <location filename="../../app/gui/sections/settings.py" line="241" />
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
    <name>VaultTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="342" />
        <source>The data key encrypts the whole vault. Rotating it re-encrypts the database under a new key and rewraps every key slot: passphrases and the recovery key stay the same. A crash during the rotation leaves either the old or the new key working. Close other Airlock sessions (airlock commands) first: the rotation needs the vault to itself.</source>
        <translation>La clé de données chiffre tout le coffre. La renouveler rechiffre la base sous une nouvelle clé et réenveloppe chaque emplacement de clé : les phrases secrètes et la clé de récupération restent les mêmes. Une panne pendant le renouvellement laisse l'ancienne ou la nouvelle clé fonctionnelle. Fermez d'abord les autres sessions Airlock (commandes airlock) : le renouvellement a besoin du coffre pour lui seul.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="346" />
        <source>&amp;Rotate the data key</source>
        <translation>&amp;Renouveler la clé de données</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="348" />
        <source>Admin: re-encrypt the vault under a new data key (audited)</source>
        <translation>Admin : rechiffrer le coffre sous une nouvelle clé de données (audité)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="351" />
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="353" />
        <source>Stop before the new key is switched in; the old key stays</source>
        <translation>Arrêter avant la bascule vers la nouvelle clé ; l'ancienne clé reste</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="358" />
        <source>Data key rotation progress</source>
        <translation>Progression du renouvellement de la clé de données</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="368" />
        <source>Data key</source>
        <translation>Clé de données</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="390" />
        <source>Rotating the data key…</source>
        <translation>Renouvellement de la clé de données…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="415" />
        <source>The data key was rotated. Every passphrase and the recovery key still open the vault.</source>
        <translation>La clé de données a été renouvelée. Chaque phrase secrète et la clé de récupération ouvrent toujours le coffre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="421" />
        <source>Stopped. The vault keeps its old data key.</source>
        <translation>Arrêté. Le coffre garde son ancienne clé de données.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="424" />
        <source>The data key was not rotated: {0}
What to do: {1}</source>
        <translation>La clé de données n'a pas été renouvelée : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="137" />
        <source>Writing the export</source>
        <translation>Écriture de l'export</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="140" />
        <source>Export progress</source>
        <translation>Progression de l'export</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="157" />
        <source>Sealing a fresh checkpoint and writing entries…</source>
        <translation>Scellement d'un nouveau point de contrôle et écriture des entrées…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="175" />
        <source>Wrote {0} and {1} to {2}.
Verifier key fingerprint: {3}</source>
        <translation>{0} et {1} écrits dans {2}.
Empreinte de la clé de vérification : {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="176" />
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="177" />
        <source>%n checkpoint(s)</source>
        <translation>
            <numerusform>%n point de contrôle</numerusform>
            <numerusform>%n points de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="186" />
        <source>The export was not written: {0}
What to do: {1}</source>
        <translation>L'export n'a pas été écrit : {0}
Que faire : {1}</translation>
    </message>
</context>
<context>
    <name>_NodeDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="50" />
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="63" />
        <source>{0}: {1}
What to do: {2}</source>
        <translation>{0} : {1}
Que faire : {2}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="9" />
        <source>DCGM is not installed; dcgmi diag was skipped.</source>
        <translation>DCGM n'est pas installé ; dcgmi diag n'a pas été lancé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="10" />
        <source>Disk space was not measured.</source>
        <translation>L'espace disque n'a pas été mesuré.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="11" />
        <source>Kernel log has GPU errors (XID {events}).</source>
        <translation>Le journal du noyau contient des erreurs GPU (XID {events}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="12" />
        <source>Kernel log has fatal GPU errors (XID {events}).</source>
        <translation>Le journal du noyau contient des erreurs GPU fatales (XID {events}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="13" />
        <source>Node unreachable during the health check</source>
        <translation>Nœud injoignable pendant la vérification de santé</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="14" />
        <source>The NVIDIA driver does not respond: {output}</source>
        <translation>Le pilote NVIDIA ne répond pas : {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="15" />
        <source>The NVIDIA driver is not loaded: {output}</source>
        <translation>Le pilote NVIDIA n'est pas chargé : {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="16" />
        <source>The NVIDIA driver lists no GPU.</source>
        <translation>Le pilote NVIDIA ne liste aucun GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="17" />
        <source>The NVIDIA driver sees no GPU on this node.</source>
        <translation>Le pilote NVIDIA ne voit aucun GPU sur ce nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="18" />
        <source>The health report could not be read: {error}</source>
        <translation>Le rapport de santé est illisible : {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="19" />
        <source>The kernel log could not be read.</source>
        <translation>Le journal du noyau n'a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="20" />
        <source>dcgmi diag -r 1 did not run (exit status {status}).</source>
        <translation>dcgmi diag -r 1 n'a pas tourné (code de sortie {status}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="21" />
        <source>dcgmi diag -r 1 failed: {tests}.</source>
        <translation>dcgmi diag -r 1 a échoué : {tests}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="22" />
        <source>dcgmi diag -r 1 warned: {tests}.</source>
        <translation>dcgmi diag -r 1 a averti : {tests}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="23" />
        <source>nvidia-smi failed with exit status {status}: {output}</source>
        <translation>nvidia-smi a échoué avec le code de sortie {status} : {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="24" />
        <source>nvidia-smi is not installed on this node.</source>
        <translation>nvidia-smi n'est pas installé sur ce nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="25" />
        <source>nvidia-smi was not run.</source>
        <translation>nvidia-smi n'a pas été lancé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="26" />
        <source>{gpu}: at or past its slowdown threshold (the GPU slows itself down).</source>
        <translation>{gpu} : au seuil de ralentissement ou au-delà (le GPU se ralentit lui-même).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="27" />
        <source>{gpu}: remapped rows wait for a GPU reset.</source>
        <translation>{gpu} : des lignes remappées attendent une réinitialisation du GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="28" />
        <source>{gpu}: retired pages wait for a GPU reset.</source>
        <translation>{gpu} : des pages retirées attendent une réinitialisation du GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="29" />
        <source>{gpu}: row remapping failed; the GPU needs service.</source>
        <translation>{gpu} : le remappage de lignes a échoué ; le GPU doit être réparé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="30" />
        <source>{gpu}: {celsius} C, at or past its slowdown threshold (the GPU slows itself down).</source>
        <translation>{gpu} : {celsius} °C, au seuil de ralentissement ou au-delà (le GPU se ralentit lui-même).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="31" />
        <source>{gpu}: {count} pages retired after double-bit errors.</source>
        <translation>{gpu} : {count} pages retirées après des erreurs double bit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="32" />
        <source>{gpu}: {count} rows remapped after uncorrectable errors.</source>
        <translation>{gpu} : {count} lignes remappées après des erreurs non corrigibles.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="33" />
        <source>{gpu}: {count} uncorrectable ECC errors in its lifetime.</source>
        <translation>{gpu} : {count} erreurs ECC non corrigibles sur sa durée de vie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="34" />
        <source>{gpu}: {count} uncorrectable ECC errors since the driver loaded.</source>
        <translation>{gpu} : {count} erreurs ECC non corrigibles depuis le chargement du pilote.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="35" />
        <source>{mount}: only {percent}% free.</source>
        <translation>{mount} : seulement {percent} % libre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="36" />
        <source>{service} is {state}, not active.</source>
        <translation>{service} est {state}, pas actif.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="37" />
        <source>{service}: state {state}.</source>
        <translation>{service} : état {state}.</translation>
    </message>
</context>
</TS>