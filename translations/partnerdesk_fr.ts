<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>À propos de PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk %1</source>
        <translation>PartnerDesk %1</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers, clearing what blocks them first.</source>
        <translation>Met fin aux relations de revendeur avec les clients Microsoft CSP, après avoir levé tout ce qui s’y oppose.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>PartnerDesk ships with these components, each under its own licence:</source>
        <translation>PartnerDesk est fourni avec les composants suivants, chacun sous sa propre licence&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a component and its licence</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>Sign &amp;in to Partner Center…</source>
        <translation>&amp;Se connecter à l’Espace partenaires…</translation>
    </message>
    <message>
        <source>Co&amp;nnection settings…</source>
        <translation>Paramètres de &amp;connexion…</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <comment>File menu: work on the demo data</comment>
        <translation>Utiliser le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Work on the demo data on this computer instead of Partner Center; the sign-in is kept</source>
        <translation>Travailler sur les données de démonstration de cet ordinateur au lieu de l’Espace partenaires&#xa0;; la connexion est conservée</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <comment>user name; roles</comment>
        <translation>Connecté en tant que %1 — %2</translation>
    </message>
</context>
<context>
    <name>ActivityCommand</name>
    <message numerus="yes">
        <source>%Ln line(s) of the audit log could not be read and were left out.</source>
        <translation>
            <numerusform>%Ln ligne du journal d’audit n’a pas pu être lue et a été ignorée.</numerusform>
            <numerusform>%Ln lignes du journal d’audit n’ont pas pu être lues et ont été ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <source>&amp;Customer:</source>
        <comment>activity filter</comment>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>activity filter</comment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Choose a customer, or type part of a company name, a customer ID or a primary domain</source>
        <translation>Choisissez un client, ou tapez une partie d’un nom de société, un ID client ou un domaine principal</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>activity filter</comment>
        <translation>&amp;Opération&#xa0;:</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>activity filter</comment>
        <translation>Opération</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les opérations</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <comment>activity filter</comment>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>activity filter</comment>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>activity filter: first day shown</comment>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>activity filter: last day shown</comment>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Attempted</source>
        <comment>result of a change in the activity log: sent, answer not yet in</comment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>result of a change in the activity log</comment>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of a change in the activity log</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>result of a change in the activity log: not sent, refused here</comment>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>result of a change in the activity log: stopped by the user</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a status change: old → new</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <comment>an error message and its code</comment>
        <translation>%1 (code d’erreur %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>column of the activity log</comment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>column of the activity log</comment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column of the activity log</comment>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>column of the activity log: the subscription or order changed</comment>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column of the activity log: old status → new status</comment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column of the activity log</comment>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>column of the activity log: the error, if any</comment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <comment>column of the activity log</comment>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>User</source>
        <comment>column of the activity log: who was signed in</comment>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of a change in the activity log: its answer was lost and reading it back failed; it may or may not have been made</comment>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — PartnerDesk</source>
        <comment>window title</comment>
        <translation>Activité — PartnerDesk</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Every change made from this computer, newest first: what was changed, for which customer, by whom, and what Partner Center answered.</source>
        <translation>Chaque modification effectuée depuis cet ordinateur, de la plus récente à la plus ancienne&#xa0;: ce qui a été modifié, pour quel client, par qui, et ce que l’Espace partenaires a répondu.</translation>
    </message>
    <message>
        <source>Search by customer, item, error or ID</source>
        <translation>Rechercher par client, élément, erreur ou ID</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Rechercher dans l’activité</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter au format CSV…</translation>
    </message>
    <message>
        <source>Save the entries as currently filtered to a CSV file</source>
        <translation>Enregistrer les entrées, telles qu’elles sont filtrées, dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Ou&amp;vrir le dossier de données</translation>
    </message>
    <message>
        <source>Show the folder that holds the audit log (%1)</source>
        <translation>Afficher le dossier qui contient le journal d’audit (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <comment>in the activity log</comment>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown entries of all; %1 is &quot;5 entries&quot;</comment>
        <translation>
            <numerusform>%1 sur %Ln</numerusform>
            <numerusform>%1 sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, reading…</source>
        <comment>entry count while the log is still being read</comment>
        <translation>%1, lecture en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the log could not be read and are not shown.</source>
        <translation>
            <numerusform>%Ln ligne du journal n’a pas pu être lue et n’est pas affichée.</numerusform>
            <numerusform>%Ln lignes du journal n’ont pas pu être lues et ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the activity log…</source>
        <translation>Lecture du journal d’activité…</translation>
    </message>
    <message>
        <source>No entry matches the filters</source>
        <translation>Aucune entrée ne correspond aux filtres</translation>
    </message>
    <message>
        <source>Search looks at the customer, the item, the error, the user and the IDs.</source>
        <translation>La recherche porte sur le client, l’élément, l’erreur, l’utilisateur et les ID.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Aucune activité pour l’instant</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes — suspensions, cancellations, removals — is recorded here with its result and correlation ID.</source>
        <translation>Chaque modification effectuée par PartnerDesk — suspensions, annulations, suppressions — est enregistrée ici avec son résultat et son ID de corrélation.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s) to %1</source>
        <translation>
            <numerusform>%Ln entrée exportée vers %1</numerusform>
            <numerusform>%Ln entrées exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>activity.csv</source>
        <comment>default export file name</comment>
        <translation>activite.csv</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Impossible d’ouvrir le dossier %1.</translation>
    </message>
</context>
<context>
    <name>AdminRelationship</name>
    <message>
        <source>Active</source>
        <comment>admin relationship status</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Activating</source>
        <comment>admin relationship status</comment>
        <translation>Activation en cours</translation>
    </message>
    <message>
        <source>Expiring</source>
        <comment>admin relationship status</comment>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>admin relationship status</comment>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Termination requested</source>
        <comment>admin relationship status</comment>
        <translation>Résiliation demandée</translation>
    </message>
    <message>
        <source>Terminating</source>
        <comment>admin relationship status</comment>
        <translation>Résiliation en cours</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>admin relationship status</comment>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>admin relationship status</comment>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <comment>admin relationship status</comment>
        <translation>Approbation en attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>admin relationship status</comment>
        <translation>Approuvé</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipModel</name>
    <message>
        <source>Name</source>
        <comment>name of an admin relationship</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of an admin relationship</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>Microsoft Entra roles an admin relationship grants</comment>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Ends</source>
        <comment>end date of an admin relationship</comment>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsCommand</name>
    <message>
        <source>Relationship ID</source>
        <translation>ID de relation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Se termine le</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsSection</name>
    <message>
        <source>Admin relationships</source>
        <translation>Relations d’administrateur</translation>
    </message>
    <message>
        <source>Granular delegated admin privileges (GDAP) give your organisation admin roles in the customer&apos;s tenant. Removing the reseller relationship does not end them: terminate them here.</source>
        <translation>Les privilèges d’administrateur délégué granulaires (GDAP) donnent à votre organisation des rôles d’administrateur dans le locataire du client. Supprimer la relation de revendeur n’y met pas fin&#xa0;: résiliez-les ici.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Read the admin relationships again</source>
        <translation>Relire les relations d’administrateur</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <comment>end the selected admin relationship</comment>
        <translation>Résilier…</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Tout résilier…</translation>
    </message>
    <message>
        <source>The admin relationships cannot be read: PartnerDesk is not connected to Microsoft Graph.</source>
        <translation>Les relations d’administrateur ne peuvent pas être lues&#xa0;: PartnerDesk n’est pas connecté à Microsoft Graph.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read from Microsoft Graph. %1</source>
        <comment>%1 says why</comment>
        <translation>Les relations d’administrateur n’ont pas pu être lues depuis Microsoft Graph. %1</translation>
    </message>
    <message>
        <source>The list below is as last read.</source>
        <translation>La liste ci-dessous est celle de la dernière lecture.</translation>
    </message>
    <message>
        <source>Reading the admin relationships from Microsoft Graph…</source>
        <translation>Lecture des relations d’administrateur depuis Microsoft Graph…</translation>
    </message>
    <message>
        <source>No admin relationships: Microsoft Graph lists none with this customer&apos;s tenant.</source>
        <translation>Aucune relation d’administrateur&#xa0;: Microsoft Graph n’en indique aucune avec le locataire de ce client.</translation>
    </message>
    <message>
        <source>No admin relationship is active: none gives your organisation admin access any more.</source>
        <translation>Aucune relation d’administrateur n’est active&#xa0;: aucune ne donne plus d’accès administrateur à votre organisation.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): on. They end with the reseller relationship.</source>
        <translation>Anciens privilèges d’administrateur délégué (DAP)&#xa0;: activés. Ils prennent fin avec la relation de revendeur.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): off.</source>
        <translation>Anciens privilèges d’administrateur délégué (DAP)&#xa0;: désactivés.</translation>
    </message>
    <message>
        <source>A termination is in progress.</source>
        <translation>Une résiliation est en cours.</translation>
    </message>
    <message>
        <source>Select an active admin relationship first.</source>
        <translation>Sélectionnez d’abord une relation d’administrateur active.</translation>
    </message>
    <message>
        <source>Only an active admin relationship can be terminated; this one is %1.</source>
        <translation>Seule une relation d’administrateur active peut être résiliée&#xa0;; celle-ci a l’état %1.</translation>
    </message>
    <message>
        <source>No admin relationship is active.</source>
        <translation>Aucune relation d’administrateur n’est active.</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <translation>Mettre fin à la relation d’administrateur</translation>
    </message>
    <message>
        <source>Terminate the admin relationship “%1” with %2?</source>
        <comment>%1 relationship, %2 company</comment>
        <translation>Résilier la relation d’administrateur «&#xa0;%1&#xa0;» avec %2&#xa0;?</translation>
    </message>
    <message>
        <source>Your organisation loses the roles it grants in the customer&apos;s tenant: %1.</source>
        <translation>Votre organisation perd les rôles qu’elle accorde dans le locataire du client&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Terminate all admin relationships</source>
        <translation>Résilier toutes les relations d’administrateur</translation>
    </message>
    <message>
        <source>Your organisation loses every role they grant in the customer&apos;s tenant.</source>
        <translation>Votre organisation perd tous les rôles qu’elles accordent dans le locataire du client.</translation>
    </message>
    <message>
        <source>This cannot be undone: only a new relationship that the customer approves gives the access back.</source>
        <translation>Cette action est irréversible&#xa0;: seule une nouvelle relation approuvée par le client rend l’accès.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>confirm ending admin relationships</comment>
        <translation>Résilier</translation>
    </message>
    <message>
        <source>⚠ “%1”: it is not known whether the termination was requested. %2 Check its status above before trying again.</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ «&#xa0;%1&#xa0;»&#xa0;: on ne sait pas si la résiliation a été demandée. %2 Vérifiez son état ci-dessus avant de réessayer.</translation>
    </message>
    <message>
        <source>“%1” was not terminated: stopped.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été résiliée&#xa0;: arrêté.</translation>
    </message>
    <message>
        <source>✗ “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ «&#xa0;%1&#xa0;» n’a pas été résiliée. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active admin relationship(s) give your organisation admin access to this customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln relation d’administrateur active donne à votre organisation un accès administrateur au locataire de ce client.</numerusform>
            <numerusform>%Ln relations d’administrateur actives donnent à votre organisation un accès administrateur au locataire de ce client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate %Ln admin relationship(s) with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>
            <numerusform>Résilier %Ln relation d’administrateur avec %1&#xa0;?</numerusform>
            <numerusform>Résilier %Ln relations d’administrateur avec %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requesting the termination of %Ln admin relationship(s)…</source>
        <translation>
            <numerusform>Demande de résiliation de %Ln relation d’administrateur…</numerusform>
            <numerusform>Demande de résiliation de %Ln relations d’administrateur…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Termination requested for %Ln admin relationship(s); Microsoft Graph ends them within minutes and the status above follows.</source>
        <translation>
            <numerusform>✓ Résiliation demandée pour %Ln relation d’administrateur&#xa0;; Microsoft Graph y met fin en quelques minutes et l’état ci-dessus suit.</numerusform>
            <numerusform>✓ Résiliation demandée pour %Ln relations d’administrateur&#xa0;; Microsoft Graph y met fin en quelques minutes et l’état ci-dessus suit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) being terminated: Microsoft Graph ends them over a few minutes, and the list follows.</source>
        <translation>
            <numerusform>%Ln relation d’administrateur en cours de résiliation&#xa0;: Microsoft Graph y met fin en quelques minutes et la liste suit.</numerusform>
            <numerusform>%Ln relations d’administrateur en cours de résiliation&#xa0;: Microsoft Graph y met fin en quelques minutes et la liste suit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your role does not allow this. Ask a Global admin or an Admin agent.</source>
        <translation>Votre rôle ne permet pas cette action. Adressez-vous à un administrateur général ou à un agent d’administration.</translation>
    </message>
    <message>
        <source>An Azure plan cannot be suspended while Azure subscriptions under it are active.</source>
        <translation>Un plan Azure ne peut pas être suspendu tant que des abonnements Azure qui en dépendent sont actifs.</translation>
    </message>
    <message>
        <source>The cancellation window has passed.</source>
        <translation>La fenêtre d’annulation est terminée.</translation>
    </message>
    <message>
        <source>There is no relationship between your organization and this customer.</source>
        <translation>Il n’existe aucune relation entre votre organisation et ce client.</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Refresh and try again.</source>
        <translation>Quelqu’un d’autre a modifié cet élément entre-temps. Actualisez, puis réessayez.</translation>
    </message>
    <message>
        <source>A suspended subscription cannot be updated.</source>
        <translation>Un abonnement suspendu ne peut pas être mis à jour.</translation>
    </message>
    <message>
        <source>An add-on cannot be reactivated while its parent subscription is inactive.</source>
        <translation>Un module complémentaire ne peut pas être réactivé tant que son abonnement parent est inactif.</translation>
    </message>
    <message>
        <source>Partner Center could not be reached.</source>
        <translation>Impossible de joindre l’Espace partenaires.</translation>
    </message>
    <message>
        <source>Partner Center did not answer in time.</source>
        <translation>L’Espace partenaires n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Partner Center is busy and asked us to slow down. Try again in a minute.</source>
        <translation>L’Espace partenaires est surchargé et a demandé de ralentir le rythme. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Partner Center sent an answer that could not be read.</source>
        <translation>L’Espace partenaires a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
    <message>
        <source>Refused to send credentials over an unencrypted connection.</source>
        <translation>Les informations d’identification n’ont pas été envoyées, car la connexion n’est pas chiffrée.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired. Sign in again.</source>
        <translation>Vous n’êtes pas connecté ou votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Partner Center accepted the request but did not confirm the change.</source>
        <translation>L’Espace partenaires a accepté la demande, mais n’a pas confirmé la modification.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>Partner Center does not know this item any more.</source>
        <translation>Cet élément n’existe plus dans l’Espace partenaires.</translation>
    </message>
    <message>
        <source>Partner Center refused the change.</source>
        <translation>L’Espace partenaires a refusé la modification.</translation>
    </message>
    <message>
        <source>Partner Center had an internal error.</source>
        <translation>Une erreur interne s’est produite dans l’Espace partenaires.</translation>
    </message>
    <message>
        <source>Partner Center refused the request (HTTP %1).</source>
        <translation>L’Espace partenaires a refusé la demande (HTTP %1).</translation>
    </message>
    <message>
        <source>Partner Center said: %1</source>
        <translation>Réponse de l’Espace partenaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request was cancelled after it was sent, so it is not known whether the change was made.</source>
        <translation>La demande a été annulée après son envoi&#xa0;: on ne sait donc pas si la modification a été effectuée.</translation>
    </message>
    <message>
        <source>The answer from Partner Center was lost, so it is not known whether the change was made.</source>
        <translation>La réponse de l’Espace partenaires a été perdue&#xa0;: on ne sait donc pas si la modification a été effectuée.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <comment>technical details of a failure</comment>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph refused access to the admin relationships. Add the delegated Microsoft Graph permission DelegatedAdminRelationship.ReadWrite.All to the app registration and grant admin consent; your account also needs the Admin agent role.</source>
        <translation>Microsoft Graph a refusé l’accès aux relations d’administrateur. Ajoutez à l’inscription d’application l’autorisation déléguée Microsoft Graph DelegatedAdminRelationship.ReadWrite.All et accordez le consentement administrateur ; votre compte doit aussi avoir le rôle Agent d’administration.</translation>
    </message>
    <message>
        <source>The answer from Microsoft Graph was lost, so it is not known whether the change was made.</source>
        <translation>La réponse de Microsoft Graph a été perdue&#xa0;: on ne sait donc pas si la modification a été effectuée.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached.</source>
        <translation>Impossible de joindre Microsoft Graph.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation>Microsoft Graph n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy and asked us to slow down. Try again in a minute.</source>
        <translation>Microsoft Graph est surchargé et a demandé de ralentir le rythme. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer that could not be read.</source>
        <translation>Microsoft Graph a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know this admin relationship.</source>
        <translation>Microsoft Graph ne connaît pas cette relation d’administrateur.</translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error.</source>
        <translation>Une erreur interne s’est produite dans Microsoft Graph.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (HTTP %1).</source>
        <translation>Microsoft Graph a refusé la demande (HTTP %1).</translation>
    </message>
    <message>
        <source>Microsoft Graph said: %1</source>
        <translation>Réponse de Microsoft Graph&#xa0;: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph client-request-id: %1</source>
        <translation>client-request-id pour Microsoft Graph&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AppConnection</name>
    <message>
        <source>Cannot read the access token file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier de jeton d’accès «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The access token file &quot;%1&quot; is empty.</source>
        <translation>Le fichier de jeton d’accès «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Le bac à sable intégré n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>No Microsoft Graph access token: give --graph-access-token-file or set PARTNERDESK_GRAPH_ACCESS_TOKEN to see and end admin relationships.</source>
        <translation>Aucun jeton d’accès Microsoft Graph&#xa0;: indiquez --graph-access-token-file ou définissez PARTNERDESK_GRAPH_ACCESS_TOKEN pour afficher et résilier les relations d’administrateur.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Suspend subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Suspendre l’abonnement</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Réactiver l’abonnement</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Annuler l’abonnement</translation>
    </message>
    <message>
        <source>Change subscription status</source>
        <comment>an action in the activity log</comment>
        <translation>Modifier l’état de l’abonnement</translation>
    </message>
    <message>
        <source>Change auto-renew</source>
        <comment>an action in the activity log</comment>
        <translation>Modifier le renouvellement automatique</translation>
    </message>
    <message>
        <source>Cancel software purchase</source>
        <comment>an action in the activity log</comment>
        <translation>Annuler l’achat de logiciel</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Supprimer la relation de revendeur</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Mettre fin à la relation d’administrateur</translation>
    </message>
</context>
<context>
    <name>BlockerChecklist</name>
    <message>
        <source>What blocks the removal</source>
        <translation>Ce qui bloque la suppression</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and suspend this subscription</comment>
        <translation>Sélectionner dans Abonnements</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and cancel this subscription</comment>
        <translation>Sélectionner dans Abonnements</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Show in Purchases</source>
        <comment>go to the purchase that is cancelled elsewhere</comment>
        <translation>Afficher dans Achats</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and see this subscription</comment>
        <translation>Sélectionner dans Abonnements</translation>
    </message>
    <message>
        <source>Turn auto-renew off…</source>
        <translation>Désactiver le renouvellement automatique…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Ouvrir le portail Azure</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is copied to the clipboard: %1</source>
        <translation>Aucun navigateur web n’a pu être ouvert. L’adresse est copiée dans le presse-papiers&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BlockerReport</name>
    <message>
        <source>  - %1</source>
        <comment>one item of a bulleted list</comment>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Offboard customers</source>
        <translation>Mettre fin à la relation avec des clients</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)?</source>
        <translation>
            <numerusform>Mettre fin à la relation avec %Ln client ?</numerusform>
            <numerusform>Mettre fin à la relation avec %Ln clients ?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Partner Center will be asked to:</source>
        <translation>Cette action est irréversible. L’Espace partenaires va&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>• remove the reseller relationship with %Ln customer(s): each leaves your customer list, you leave their support contacts, your delegated admin privileges are removed and you can no longer make purchases for them;</source>
        <translation>
            <numerusform>• supprimer la relation de revendeur avec %Ln client&#xa0;: il quitte votre liste de clients, vous quittez ses contacts de support, vos privilèges d’administrateur délégué sont supprimés et vous ne pouvez plus effectuer d’achats pour lui ;</numerusform>
            <numerusform>• supprimer la relation de revendeur avec %Ln clients&#xa0;: chacun quitte votre liste de clients, vous quittez leurs contacts de support, vos privilèges d’administrateur délégué sont supprimés et vous ne pouvez plus effectuer d’achats pour eux ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• suspend %Ln subscription(s);</source>
        <translation>
            <numerusform>• suspendre %Ln abonnement ;</numerusform>
            <numerusform>• suspendre %Ln abonnements ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• cancel %Ln subscription(s) and software purchase(s);</source>
        <translation>
            <numerusform>• annuler %Ln abonnement ou achat de logiciel ;</numerusform>
            <numerusform>• annuler %Ln abonnements et achats de logiciels ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• terminate %Ln admin relationship(s);</source>
        <translation>
            <numerusform>• résilier %Ln relation d’administrateur ;</numerusform>
            <numerusform>• résilier %Ln relations d’administrateur ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and prepare %Ln more customer(s) that cannot be removed yet (their changes are counted above).</source>
        <translation>
            <numerusform>• et préparer %Ln autre client qui ne peut pas encore être supprimé (ses modifications sont comptées ci-dessus).</numerusform>
            <numerusform>• et préparer %Ln autres clients qui ne peuvent pas encore être supprimés (leurs modifications sont comptées ci-dessus).</numerusform>
        </translation>
    </message>
    <message>
        <source>Also terminate admin relationships (GDAP)</source>
        <translation>Résilier aussi les relations d’administrateur (GDAP)</translation>
    </message>
    <message>
        <source>To confirm, type the number of customers that will be removed (%1):</source>
        <translation>Pour confirmer, tapez le nombre de clients qui seront supprimés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Number of customers that will be removed</source>
        <translation>Nombre de clients qui seront supprimés</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)</source>
        <translation>
            <numerusform>Mettre fin à la relation avec %Ln client</numerusform>
            <numerusform>Mettre fin à la relation avec %Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of customers that will be removed to enable this button.</source>
        <translation>Tapez le nombre de clients qui seront supprimés pour activer ce bouton.</translation>
    </message>
</context>
<context>
    <name>BulkCustomer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>BulkCustomerModel</name>
    <message>
        <source>Waiting</source>
        <comment>a customer of a bulk run not started yet</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Reading…</source>
        <comment>a customer of a bulk run being read</comment>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source>Working… %Ln change(s) made</source>
        <translation>
            <numerusform>En cours… %Ln modification faite</numerusform>
            <numerusform>En cours… %Ln modifications faites</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Domaine principal</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of a customer in a bulk plan or run</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>column: number of subscriptions to suspend</comment>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>column: number of subscriptions and purchases to cancel</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>column: number of admin relationships to terminate</comment>
        <translation>Résilier</translation>
    </message>
    <message>
        <source>Why not removed</source>
        <comment>column: what blocks the removal, or the error</comment>
        <translation>Pourquoi non supprimé</translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Impossible d’écrire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>BulkOffboardCommand</name>
    <message>
        <source>The list names no customer of yours.</source>
        <translation>La liste ne nomme aucun de vos clients.</translation>
    </message>
    <message>
        <source>There is no unfinished run for this list in %1.</source>
        <translation>Aucune exécution groupée inachevée pour cette liste dans %1.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Résilier</translation>
    </message>
    <message>
        <source>Why not removable / error</source>
        <translation>Pourquoi non supprimable / erreur</translation>
    </message>
    <message>
        <source>Nothing was changed. To offboard them, run again with --confirm-count %1.</source>
        <translation>Rien n’a été modifié. Pour mettre fin à la relation avec ces clients, relancez avec --confirm-count %1.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2</source>
        <translation>Impossible d’écrire le journal de l’exécution groupée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run %1. If it is interrupted, continue it with --resume and the same list.</source>
        <translation>Exécution groupée %1. Si elle est interrompue, reprenez-la avec --resume et la même liste.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>Impossible d’écrire le journal de l’exécution groupée (%1)&#xa0;; l’exécution s’est arrêtée.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>Impossible de lire le journal de l’exécution groupée %1.</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>Impossible d’écrire le rapport %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Why / what to do</source>
        <translation>Pourquoi / que faire</translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %Ln customer(s) left; each is read again first.</source>
        <translation>
            <numerusform>Reprise de l’exécution groupée %1&#xa0;: %Ln client restant&#xa0;; chacun est d’abord relu.</numerusform>
            <numerusform>Reprise de l’exécution groupée %1&#xa0;: %Ln clients restants&#xa0;; chacun est d’abord relu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln customer(s)…</source>
        <translation>
            <numerusform>Lecture de %Ln client…</numerusform>
            <numerusform>Lecture de %Ln clients…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be removed.</source>
        <translation>
            <numerusform>%Ln client sera supprimé.</numerusform>
            <numerusform>%Ln clients seront supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be prepared but cannot be removed yet.</source>
        <translation>
            <numerusform>%Ln client sera préparé mais ne peut pas encore être supprimé.</numerusform>
            <numerusform>%Ln clients seront préparés mais ne peuvent pas encore être supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read.</source>
        <translation>
            <numerusform>%Ln client n’a pas pu être lu.</numerusform>
            <numerusform>%Ln clients n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--confirm-count %1 does not match the plan: %Ln customer(s) would be removed. Nothing was changed.</source>
        <translation>
            <numerusform>--confirm-count %1 ne correspond pas au plan&#xa0;: %Ln client serait supprimé. Rien n’a été modifié.</numerusform>
            <numerusform>--confirm-count %1 ne correspond pas au plan&#xa0;: %Ln clients seraient supprimés. Rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>%L1 client sur %Ln supprimé.</numerusform>
            <numerusform>%L1 clients sur %Ln supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboardJob</name>
    <message>
        <source>Not every admin relationship was terminated.</source>
        <translation>Toutes les relations d’administrateur n’ont pas été résiliées.</translation>
    </message>
    <message>
        <source>There is no reseller relationship with this customer.</source>
        <translation>Il n’existe aucune relation de revendeur avec ce client.</translation>
    </message>
    <message>
        <source>It was not among the customers confirmed for removal in this run; offboard it in a new run.</source>
        <translation>Ce client ne figurait pas parmi ceux dont la suppression a été confirmée pour cette exécution&#xa0;; traitez-le dans une nouvelle exécution.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change is on the server.</source>
        <translation>Relu après l’arrêt de l’exécution&#xa0;: la modification est sur le serveur.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change was not made.</source>
        <translation>Relu après l’arrêt de l’exécution&#xa0;: la modification n’a pas été faite.</translation>
    </message>
    <message>
        <source>Not made; read back.</source>
        <translation>Non effectuée&#xa0;; relue.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The run was cancelled before this customer was done.</source>
        <translation>L’exécution a été annulée avant que ce client soit terminé.</translation>
    </message>
</context>
<context>
    <name>BulkOffboardWindow</name>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2. Nothing was changed.</source>
        <translation>Le journal de l’exécution %1 n’a pas pu être écrit&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Offboarding not started</source>
        <translation>Fin de la relation client non démarrée</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>Impossible d’écrire le journal de l’exécution groupée (%1)&#xa0;; l’exécution s’est arrêtée.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>Impossible de lire le journal de l’exécution groupée %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %Ln customer(s)… Nothing is changed until you confirm.</source>
        <translation>
            <numerusform>Lecture de %1 client sur %Ln… Rien n’est modifié avant votre confirmation.</numerusform>
            <numerusform>Lecture de %1 clients sur %Ln… Rien n’est modifié avant votre confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be removed. %2 will be prepared but cannot be removed yet. %3 could not be read. Nothing has been changed yet.</source>
        <translation>Seront supprimés&#xa0;: %1. Seront préparés mais pas encore supprimables&#xa0;: %2. Lecture impossible&#xa0;: %3. Rien n’a encore été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: the changes already sent finish, nothing new starts. %1 of %Ln customer(s) done.</source>
        <translation>
            <numerusform>Annulation&#xa0;: les modifications déjà envoyées se terminent, rien de nouveau ne commence. %1 client sur %Ln traité.</numerusform>
            <numerusform>Annulation&#xa0;: les modifications déjà envoyées se terminent, rien de nouveau ne commence. %1 clients sur %Ln traités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboarding: %1 of %Ln customer(s) done, %2 at a time. If the app is closed, the run is offered to be resumed at the next start.</source>
        <translation>
            <numerusform>Fin de la relation client&#xa0;: %1 client sur %Ln traité, %2 à la fois. Si l’application est fermée, elle proposera de reprendre l’exécution au prochain démarrage.</numerusform>
            <numerusform>Fin de la relation client&#xa0;: %1 clients sur %Ln traités, %2 à la fois. Si l’application est fermée, elle proposera de reprendre l’exécution au prochain démarrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L’exécution a été annulée.</translation>
    </message>
    <message>
        <source>The run did not finish; Resume continues it.</source>
        <translation>L’exécution n’est pas terminée ; « Reprendre » la poursuit.</translation>
    </message>
    <message>
        <source>Each customer not removed says why and what to do.</source>
        <translation>Chaque client non supprimé indique pourquoi et que faire.</translation>
    </message>
    <message>
        <source>Offboarding plan — PartnerDesk</source>
        <translation>Plan de fin de la relation client — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Plan de fin de la relation client</translation>
    </message>
    <message>
        <source>Offboarding — PartnerDesk</source>
        <translation>Fin de la relation client — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding customers</source>
        <translation>Fin de la relation avec les clients</translation>
    </message>
    <message>
        <source>Offboarding report — PartnerDesk</source>
        <translation>Rapport de fin de la relation client — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding report of %1</source>
        <comment>%1 is when the run started</comment>
        <translation>Rapport de fin de la relation client du %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>Exporter le plan…</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)…</source>
        <translation>
            <numerusform>Mettre fin à la relation avec %Ln client…</numerusform>
            <numerusform>Mettre fin à la relation avec %Ln clients…</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer of the plan can be removed now.</source>
        <translation>Aucun client du plan ne peut être supprimé maintenant.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Reprendre l’exécution</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>Stop offboarding?</source>
        <translation>Arrêter la fin de la relation client ?</translation>
    </message>
    <message>
        <source>The changes already sent finish; no customer is started after them. The report names where each customer ended, and the run can be resumed later.</source>
        <translation>Les modifications déjà envoyées se terminent ; aucun client n’est commencé après elles. Le rapport indique où chaque client en est resté, et l’exécution pourra être reprise plus tard.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Arrêter et fermer</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>offboarding-%1.csv</source>
        <comment>default file name of a report</comment>
        <translation>fin-relation-client-%1.csv</translation>
    </message>
    <message>
        <source>offboarding-plan.csv</source>
        <comment>default file name of a plan</comment>
        <translation>plan-fin-relation-client.csv</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>%L1 client sur %Ln supprimé.</numerusform>
            <numerusform>%L1 clients sur %Ln supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboarding</name>
    <message>
        <source>Offboard customers from a file</source>
        <translation>Mettre fin à la relation avec des clients d’un fichier</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes de clients (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The customer list is still loading. Try again once it has loaded.</source>
        <translation>La liste des clients est encore en cours de chargement. Réessayez une fois qu’elle est chargée.</translation>
    </message>
    <message numerus="yes">
        <source>The file names no customer of yours: %Ln line(s) left out.</source>
        <translation>
            <numerusform>Le fichier ne nomme aucun de vos clients&#xa0;: %Ln ligne écartée.</numerusform>
            <numerusform>Le fichier ne nomme aucun de vos clients&#xa0;: %Ln lignes écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>%1 n’a pas pu être utilisé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The offboarding run started %1 did not finish: %2 of %Ln customer(s) removed, %3 left. Resume it now? Every customer left is read again first; nothing that took effect is sent again.</source>
        <translation>
            <numerusform>L’exécution de fin de la relation client lancée le %1 n’est pas terminée&#xa0;: %2 client sur %Ln supprimé, %3 restant. La reprendre maintenant ? Chaque client restant est d’abord relu ; rien de ce qui a déjà pris effet n’est renvoyé.</numerusform>
            <numerusform>L’exécution de fin de la relation client lancée le %1 n’est pas terminée&#xa0;: %2 clients sur %Ln supprimés, %3 restants. La reprendre maintenant ? Chaque client restant est d’abord relu ; rien de ce qui a déjà pris effet n’est renvoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume offboarding?</source>
        <translation>Reprendre la fin de la relation client ?</translation>
    </message>
    <message>
        <source>Later asks again at the next start. Discard ends the run as it is; its report and the audit log keep everything it did.</source>
        <translation>« Plus tard » redemande au prochain démarrage. « Abandonner » termine l’exécution en l’état ; son rapport et le journal d’audit conservent tout ce qu’elle a fait.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>The run could not be ended: %1</source>
        <translation>L’exécution n’a pas pu être terminée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %Ln customer(s) removed</source>
        <comment>a run&apos;s start and result</comment>
        <translation>
            <numerusform>%1 — %2 client sur %Ln supprimé</numerusform>
            <numerusform>%1 — %2 clients sur %Ln supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not finished)</source>
        <translation>%1 (non terminée)</translation>
    </message>
    <message>
        <source>No offboarding run yet</source>
        <translation>Aucune exécution de fin de la relation client pour l’instant</translation>
    </message>
    <message>
        <source>Offboard customers from a &amp;file…</source>
        <translation>Mettre fin à la relation avec des clients d’un &amp;fichier…</translation>
    </message>
    <message>
        <source>Plan the offboarding of the customers a file lists: primary domains, customer IDs or Microsoft IDs</source>
        <translation>Planifier la fin de la relation avec les clients listés dans un fichier&#xa0;: domaines principaux, ID de clients ou ID Microsoft</translation>
    </message>
    <message>
        <source>Offboarding &amp;reports</source>
        <translation>&amp;Rapports de fin de la relation client</translation>
    </message>
</context>
<context>
    <name>BulkPlanPanel</name>
    <message>
        <source>Customers of the plan</source>
        <translation>Clients du plan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the list left out:</source>
        <translation>
            <numerusform>%Ln ligne de la liste écartée&#xa0;:</numerusform>
            <numerusform>%Ln lignes de la liste écartées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>customer: why it is not removed</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BulkReport</name>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Prepared, not removable yet</source>
        <translation>Préparé, pas encore supprimable</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Lecture impossible</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Sera supprimé</translation>
    </message>
    <message>
        <source>Will be prepared, cannot be removed yet</source>
        <translation>Sera préparé, pas encore supprimable</translation>
    </message>
    <message>
        <source>Not known: no answer came, and it was not read back yet</source>
        <translation>Inconnu&#xa0;: aucune réponse n’est arrivée, et rien n’a encore été relu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done (answer lost, read back)</source>
        <translation>Terminé (réponse perdue, relu)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Resume the run, or offboard it again.</source>
        <translation>Reprenez l’exécution ou relancez la fin de la relation client.</translation>
    </message>
    <message>
        <source>Resume the run: it reads the customer back before anything is sent again.</source>
        <translation>Reprenez l’exécution&#xa0;: elle relit le client avant de renvoyer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Offboard it again after %1.</source>
        <translation>Relancez la fin de la relation client après le %1.</translation>
    </message>
    <message>
        <source>Clear what blocks, then offboard it again.</source>
        <translation>Levez ce qui bloque, puis relancez la fin de la relation client.</translation>
    </message>
    <message>
        <source>Check the error, then offboard it again.</source>
        <translation>Vérifiez l’erreur, puis relancez la fin de la relation client.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <comment>why a customer is not removed, and until when</comment>
        <translation>%1 (jusqu’au %2)</translation>
    </message>
</context>
<context>
    <name>BulkReportPanel</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>customer or action: its details</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CancelOrderJob</name>
    <message>
        <source>The Azure reservation “%1” is cancelled in the Azure portal, not here.</source>
        <comment>%1 is the reservation name</comment>
        <translation>La réservation Azure «&#xa0;%1&#xa0;» s’annule dans le portail Azure, pas ici.</translation>
    </message>
    <message>
        <source>The purchase “%1” came without an order ID, so it cannot be cancelled here.</source>
        <comment>%1 is the product name</comment>
        <translation>L’achat «&#xa0;%1&#xa0;» n’a pas d’ID de commande&#xa0;; il ne peut donc pas être annulé ici.</translation>
    </message>
    <message>
        <source>The purchase “%1” is no longer active (%2), so there is nothing to cancel.</source>
        <comment>%1 is the product name, %2 its status, e.g. Cancelled or Expired</comment>
        <translation>L’achat «&#xa0;%1&#xa0;» n’est plus actif (état&#xa0;: %2)&#xa0;; il n’y a donc rien à annuler.</translation>
    </message>
    <message>
        <source>The purchase “%1” could only be cancelled until %2.</source>
        <comment>%1 is the product name, %2 a date and time</comment>
        <translation>L’achat «&#xa0;%1&#xa0;» ne pouvait être annulé que jusqu’au %2.</translation>
    </message>
    <message>
        <source>The purchase “%1” has no cancellation window.</source>
        <comment>%1 is the product name</comment>
        <translation>L’achat «&#xa0;%1&#xa0;» n’a pas de fenêtre d’annulation.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>le trousseau n’a pas répondu</translation>
    </message>
    <message>
        <source>No keychain is available here (%1), so partnerdesk-cli cannot keep a Partner Center sign-in from one command to the next. Use --endpoint with --access-token-file instead, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Aucun trousseau n’est disponible ici (%1)&#xa0;; partnerdesk-cli ne peut donc pas conserver une connexion à l’Espace partenaires d’une commande à l’autre. Utilisez plutôt --endpoint avec --access-token-file, ou exécutez «&#xa0;partnerdesk-cli sign-out&#xa0;» pour travailler sur le bac à sable.</translation>
    </message>
    <message>
        <source>No customer has the Microsoft ID, customer ID or primary domain &quot;%1&quot;.</source>
        <translation>Aucun client n’a l’ID Microsoft, l’ID client ou le domaine principal «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Note: your roles (%1) may not allow this; Partner Center decides.</source>
        <translation>Remarque&#xa0;: vos rôles (%1) ne permettent peut-être pas cette action&#xa0;; l’Espace partenaires en décide.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>company name (primary domain)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Partner Center API endpoint, e.g. https://api.partnercenter.microsoft.com. Without it, the embedded sandbox (the app&apos;s demo data) is used.</source>
        <translation>Point de terminaison de l’API de l’Espace partenaires, par ex. https://api.partnercenter.microsoft.com. Sans cette option, le bac à sable intégré (les données de démonstration de l’application) est utilisé.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_ACCESS_TOKEN environment variable works too.</source>
        <translation>Lire le jeton d’accès dans FICHIER («&#xa0;-&#xa0;» lit l’entrée standard). La variable d’environnement PARTNERDESK_ACCESS_TOKEN fonctionne aussi.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Language of messages and of Partner Center&apos;s answers: %1.</source>
        <translation>Langue des messages et des réponses de l’Espace partenaires&#xa0;: %1.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>How to print lists: %1 (default: table).</source>
        <translation>Présentation des listes&#xa0;: %1 (par défaut&#xa0;: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>suspend: every active subscription of the customer.</source>
        <translation>suspend&#xa0;: tous les abonnements actifs du client.</translation>
    </message>
    <message>
        <source>remove-relationship: the customer&apos;s primary domain, typed to confirm.</source>
        <translation>remove-relationship&#xa0;: le domaine principal du client, saisi pour confirmer.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>sign-in: your partner tenant, as its directory (tenant) ID or a domain.</source>
        <translation>sign-in&#xa0;: votre locataire partenaire, sous la forme de son ID d’annuaire (locataire) ou d’un domaine.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>LOCATAIRE</translation>
    </message>
    <message>
        <source>sign-in: the application (client) ID of your organisation&apos;s app registration.</source>
        <translation>sign-in&#xa0;: l’ID d’application (client) de l’inscription d’application de votre organisation.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>sign-in: the sign-in authority (default: https://login.microsoftonline.com).</source>
        <translation>sign-in&#xa0;: l’autorité de connexion (https://login.microsoftonline.com par défaut).</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers: lists customers and subscriptions, suspends subscriptions, tells what still blocks the removal and removes the relationship.</source>
        <translation>Met fin aux relations de revendeur avec des clients Microsoft CSP&#xa0;: liste les clients et les abonnements, suspend les abonnements, indique ce qui bloque encore la suppression et supprime la relation.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>  customers [--filter TEXT | --domain TEXT]   List customers.</source>
        <translation>  customers [--filter TEXTE | --domain TEXTE] Lister les clients.</translation>
    </message>
    <message>
        <source>  subscriptions CUSTOMER                      List a customer&apos;s subscriptions.</source>
        <translation>  subscriptions CLIENT                        Lister les abonnements d’un client.</translation>
    </message>
    <message>
        <source>  suspend CUSTOMER (--all | SUBSCRIPTION...)  Suspend subscriptions.</source>
        <translation>  suspend CLIENT (--all | ABONNEMENT...)      Suspendre des abonnements.</translation>
    </message>
    <message>
        <source>  readiness CUSTOMER                          Tell what blocks the removal.</source>
        <translation>  readiness CLIENT                            Indiquer ce qui bloque la suppression.</translation>
    </message>
    <message>
        <source>  remove-relationship CUSTOMER --confirm DOMAIN</source>
        <translation>  remove-relationship CLIENT --confirm DOMAINE</translation>
    </message>
    <message>
        <source>                                              Remove the reseller relationship.</source>
        <translation>                                              Supprimer la relation de revendeur.</translation>
    </message>
    <message>
        <source>  request-link                                Print the invitation link for a new relationship.</source>
        <translation>  request-link                                Afficher le lien d’invitation pour une nouvelle relation.</translation>
    </message>
    <message>
        <source>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</source>
        <translation>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</translation>
    </message>
    <message>
        <source>                                              Sign in to Partner Center (device code).</source>
        <translation>                                              Se connecter à l’Espace partenaires (code d’appareil).</translation>
    </message>
    <message>
        <source>  sign-out                                    Sign out; commands use the sandbox again.</source>
        <translation>  sign-out                                    Se déconnecter&#xa0;; les commandes utilisent de nouveau le bac à sable.</translation>
    </message>
    <message>
        <source>  whoami                                      Who is signed in, with which roles.</source>
        <translation>  whoami                                      Afficher l’utilisateur connecté et ses rôles.</translation>
    </message>
    <message>
        <source>CUSTOMER is the Microsoft ID (tenant ID), the customer ID or the primary domain.</source>
        <translation>CLIENT est l’ID Microsoft (ID de locataire), l’ID client ou le domaine principal.</translation>
    </message>
    <message>
        <source>After sign-in, commands without --endpoint work on Partner Center as the signed-in user.</source>
        <translation>Après la connexion, les commandes sans --endpoint agissent sur l’Espace partenaires au nom de l’utilisateur connecté.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>L’une des commandes ci-dessus.</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS...]</source>
        <translation>COMMANDE [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of: %2.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;; choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose one of: %2.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;; choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer.</source>
        <translation>Le protocole http:// non chiffré n’est autorisé que vers cet ordinateur.</translation>
    </message>
    <message>
        <source>--%1 cannot be used with &quot;%2&quot;.</source>
        <translation>--%1 ne peut pas être utilisé avec «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a CUSTOMER: a Microsoft ID or a primary domain.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un CLIENT&#xa0;: un ID Microsoft ou un domaine principal.</translation>
    </message>
    <message>
        <source>CUSTOMER must not be empty.</source>
        <translation>CLIENT ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument «&#xa0;%1&#xa0;» inattendu.</translation>
    </message>
    <message>
        <source>Use either --filter or --domain, not both.</source>
        <translation>Utilisez soit --filter, soit --domain, mais pas les deux.</translation>
    </message>
    <message>
        <source>Give either --all or the IDs of the subscriptions to suspend.</source>
        <translation>Indiquez soit --all, soit les ID des abonnements à suspendre.</translation>
    </message>
    <message>
        <source>Removing the relationship needs --confirm with the customer&apos;s primary domain.</source>
        <translation>La suppression de la relation nécessite --confirm suivi du domaine principal du client.</translation>
    </message>
    <message>
        <source>Microsoft Graph endpoint for admin relationships (default: https://graph.microsoft.com; on a loopback --endpoint, that address).</source>
        <translation>Point de terminaison Microsoft Graph pour les relations d’administrateur (par défaut&#xa0;: https://graph.microsoft.com ; avec un --endpoint sur cet ordinateur, la même adresse).</translation>
    </message>
    <message>
        <source>Read the Microsoft Graph access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_GRAPH_ACCESS_TOKEN environment variable works too.</source>
        <translation>Lire le jeton d’accès Microsoft Graph dans FICHIER (« - » lit l’entrée standard). La variable d’environnement PARTNERDESK_GRAPH_ACCESS_TOKEN fonctionne aussi.</translation>
    </message>
    <message>
        <source>offboard: print the plan and change nothing.</source>
        <translation>offboard&#xa0;: afficher le plan sans rien modifier.</translation>
    </message>
    <message>
        <source>offboard: leave the admin relationships (GDAP) as they are.</source>
        <translation>offboard&#xa0;: laisser les relations d’administrateur (GDAP) telles quelles.</translation>
    </message>
    <message>
        <source>  admin-relationships CUSTOMER                List the customer&apos;s admin relationships (GDAP).</source>
        <translation>  admin-relationships CUSTOMER                Répertorier les relations d’administrateur du client (GDAP).</translation>
    </message>
    <message>
        <source>  offboard CUSTOMER --confirm DOMAIN [--dry-run] [--keep-admin-relationships]</source>
        <translation>  offboard CLIENT --confirm DOMAINE [--dry-run] [--keep-admin-relationships]</translation>
    </message>
    <message>
        <source>                                              Clear what can be cleared, remove the relationship, terminate the admin relationships.</source>
        <translation>                                              Lever ce qui peut l’être, supprimer la relation, résilier les relations d’administrateur.</translation>
    </message>
    <message>
        <source>Exit status: 0 success (readiness: ready), 1 the operation failed or is blocked, 2 bad usage, 3 a change may or may not have been made (its answer was lost and reading it back failed): check before trying again.</source>
        <translation>Code de sortie&#xa0;: 0 – succès (readiness&#xa0;: suppression possible), 1 – l’opération a échoué ou est bloquée, 2 – utilisation incorrecte, 3 – une modification a peut-être été effectuée (sa réponse a été perdue et la relecture a échoué)&#xa0;: vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>activity: only entries from DATE (YYYY-MM-DD, local time) on.</source>
        <translation>activity&#xa0;: uniquement les entrées à partir de DATE (AAAA-MM-JJ, heure locale).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>activity: only entries for CUSTOMER: a customer ID or primary domain, or part of a company name.</source>
        <translation>activity&#xa0;: uniquement les entrées de CLIENT&#xa0;: un ID client ou un domaine principal, ou une partie d’un nom de société.</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <source>  activity [--since DATE] [--customer CUSTOMER]</source>
        <translation>  activity [--since DATE] [--customer CLIENT]</translation>
    </message>
    <message>
        <source>                                              Print the audit log: every change made from this computer.</source>
        <translation>                                              Afficher le journal d’audit&#xa0;: chaque modification effectuée depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; give one as YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; indiquez-la au format AAAA-MM-JJ, par exemple 2026-11-20.</translation>
    </message>
    <message>
        <source>customers: only those whose company name, primary domain or Microsoft ID contains TEXT, ignoring case and accents (as the app&apos;s search).</source>
        <translation>customers&#xa0;: uniquement les clients dont le nom de la société, le domaine principal ou l’ID Microsoft contient TEXTE, sans tenir compte de la casse ni des accents (comme la recherche de l’application).</translation>
    </message>
    <message>
        <source>customers: only those whose primary domain starts with TEXT (Partner Center&apos;s own filter).</source>
        <translation>customers&#xa0;: uniquement les clients dont le domaine principal commence par TEXTE (le filtre propre à l’Espace partenaires).</translation>
    </message>
    <message>
        <source>Run &quot;partnerdesk-cli --help&quot; for the commands and options.</source>
        <translation>Exécutez «&#xa0;partnerdesk-cli --help&#xa0;» pour afficher les commandes et les options.</translation>
    </message>
    <message>
        <source>offboard: the customers to offboard, from FILE: primary domains, customer IDs or Microsoft IDs, one per line or as a CSV file with a header.</source>
        <translation>offboard&#xa0;: les clients dont mettre fin à la relation, depuis FICHIER&#xa0;: domaines principaux, ID de client ou ID Microsoft, un par ligne ou en fichier CSV avec en-tête.</translation>
    </message>
    <message>
        <source>offboard --from: the number of customers the plan will remove, typed to confirm; without it the plan is printed and nothing is changed.</source>
        <translation>offboard --from&#xa0;: le nombre de clients que le plan supprimera, saisi pour confirmer&#xa0;; sans lui, le plan est affiché et rien n’est modifié.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>offboard --from: continue the unfinished run for the same list.</source>
        <translation>offboard --from&#xa0;: reprendre l’exécution groupée inachevée pour la même liste.</translation>
    </message>
    <message>
        <source>offboard --from: also write the report to FILE (JSON for a name ending in .json, else CSV).</source>
        <translation>offboard --from&#xa0;: écrire aussi le rapport dans FICHIER (JSON pour un nom se terminant par .json, sinon CSV).</translation>
    </message>
    <message>
        <source>  offboard --from FILE [--confirm-count N] [--dry-run] [--resume] [--report FILE]</source>
        <translation>  offboard --from FICHIER [--confirm-count N] [--dry-run] [--resume] [--report FICHIER]</translation>
    </message>
    <message>
        <source>                                              Offboard every customer of a list: plan, confirm, run, report.</source>
        <translation>                                              Met fin à la relation avec chaque client d’une liste&#xa0;: plan, confirmation, exécution, rapport.</translation>
    </message>
    <message>
        <source>--confirm-count needs a number of customers, e.g. 12.</source>
        <translation>--confirm-count attend un nombre de clients, par exemple 12.</translation>
    </message>
    <message>
        <source>--%1 needs --from FILE.</source>
        <translation>--%1 nécessite --from FICHIER.</translation>
    </message>
    <message>
        <source>--confirm is for one customer; a list is confirmed with --confirm-count.</source>
        <translation>--confirm vaut pour un seul client&#xa0;; une liste se confirme avec --confirm-count.</translation>
    </message>
    <message>
        <source>--format needs --from FILE with &quot;offboard&quot;.</source>
        <translation>--format nécessite --from FICHIER avec «&#xa0;offboard&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CliStartup</name>
    <message>
        <source>No access token: give --access-token-file or set PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>Aucun jeton d’accès&#xa0;: indiquez --access-token-file ou définissez PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>You are not signed in to Partner Center. Run &quot;partnerdesk-cli sign-in&quot;, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Vous n’êtes pas connecté à l’Espace partenaires. Exécutez «&#xa0;partnerdesk-cli sign-in&#xa0;», ou «&#xa0;partnerdesk-cli sign-out&#xa0;» pour travailler sur le bac à sable.</translation>
    </message>
    <message>
        <source>Your Partner Center sign-in could not be restored: %1
Run &quot;partnerdesk-cli sign-in&quot; again.</source>
        <translation>Impossible de restaurer votre connexion à l’Espace partenaires&#xa0;: %1
Exécutez de nouveau «&#xa0;partnerdesk-cli sign-in&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ConfirmRemovalDialog</name>
    <message>
        <source>✓ Matches the primary domain.</source>
        <translation>✓ Correspond au domaine principal.</translation>
    </message>
    <message>
        <source>Does not match the primary domain yet.</source>
        <translation>Ne correspond pas encore au domaine principal.</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Supprimer la relation de revendeur</translation>
    </message>
    <message>
        <source>Remove the reseller relationship with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>Supprimer la relation de revendeur avec %1&#xa0;?</translation>
    </message>
    <message>
        <source>This has the following consequences:</source>
        <translation>Cette opération a les conséquences suivantes&#xa0;:</translation>
    </message>
    <message>
        <source>The customer is removed from your customer list.</source>
        <translation>Le client est supprimé de votre liste de clients.</translation>
    </message>
    <message>
        <source>You are removed from the customer&apos;s list of available support contacts.</source>
        <translation>Votre organisation est retirée de la liste des contacts de support disponibles du client.</translation>
    </message>
    <message>
        <source>You can no longer make purchases for the customer.</source>
        <translation>Vous ne pouvez plus effectuer d’achats pour le client.</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s primary domain:</source>
        <translation>Pour confirmer, saisissez le domaine principal du client&#xa0;:</translation>
    </message>
    <message>
        <source>Type the primary domain to confirm</source>
        <translation>Saisissez le domaine principal pour confirmer</translation>
    </message>
    <message>
        <source>Type the primary domain above to enable this button.</source>
        <translation>Saisissez le domaine principal ci-dessus pour activer ce bouton.</translation>
    </message>
    <message>
        <source>Also terminate the admin relationships</source>
        <translation>Résilier aussi les relations d’administrateur</translation>
    </message>
    <message>
        <source>After a successful removal, terminate every active admin relationship with this customer. This cannot be undone.</source>
        <translation>Après une suppression réussie, résilie chaque relation d’administrateur active avec ce client. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) (GDAP) remain after the removal: they keep giving your organisation admin access to the customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln relation d’administrateur (GDAP) subsiste après la suppression&#xa0;: elle donne toujours à votre organisation un accès administrateur au locataire du client.</numerusform>
            <numerusform>%Ln relations d’administrateur (GDAP) subsistent après la suppression&#xa0;: elles donnent toujours à votre organisation un accès administrateur au locataire du client.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin relationships (GDAP) could not be read, so they cannot be terminated here. The removal does not end them: terminate them in Partner Center.</source>
        <translation>Les relations d’administrateur (GDAP) n’ont pas pu être lues&#xa0;: elles ne peuvent donc pas être résiliées ici. La suppression n’y met pas fin&#xa0;: résiliez-les dans l’Espace partenaires.</translation>
    </message>
    <message>
        <source>Your legacy delegated admin privileges (DAP) for the customer are removed.</source>
        <translation>Vos anciens privilèges d’administrateur délégué (DAP) pour le client sont supprimés.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>%1: %2</source>
        <comment>setting name: problem</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the address must not contain a user name, a password, a query or a fragment.</source>
        <comment>%1 is a setting name</comment>
        <translation>%1&#xa0;: l’adresse ne doit contenir ni nom d’utilisateur, ni mot de passe, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>Partner Center endpoint</source>
        <translation>Point de terminaison de l’Espace partenaires</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Autorité de connexion</translation>
    </message>
    <message>
        <source>Enter the tenant: your Microsoft ID (a GUID), your domain (e.g. contoso.onmicrosoft.com) or &quot;organizations&quot;.</source>
        <translation>Entrez le locataire&#xa0;: votre ID Microsoft (un GUID), votre domaine (par ex. contoso.onmicrosoft.com) ou «&#xa0;organizations&#xa0;».</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; is neither a GUID nor a domain name.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» n’est ni un GUID ni un nom de domaine.</translation>
    </message>
    <message>
        <source>Enter the application (client) ID of your app registration.</source>
        <translation>Entrez l’ID d’application (client) de votre inscription d’application.</translation>
    </message>
    <message>
        <source>The application (client) ID must be a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>L’ID d’application (client) doit être un GUID, par exemple 00000000-0000-0000-0000-000000000000.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <source>Partner Center &amp;endpoint:</source>
        <translation>&amp;Point de terminaison de l’Espace partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>&amp;Autorité de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <comment>Microsoft Entra tenant (directory)</comment>
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>ID d’application (&amp;client)&#xa0;:</translation>
    </message>
    <message>
        <source>organizations, contoso.onmicrosoft.com or a GUID</source>
        <translation>organizations, contoso.onmicrosoft.com ou un GUID</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurer les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Sign in to Partner Center with your own app registration in Microsoft Entra.</source>
        <translation>Connectez-vous à l’Espace partenaires avec votre propre inscription d’application dans Microsoft Entra.</translation>
    </message>
    <message>
        <source>How to register PartnerDesk in Microsoft Entra</source>
        <translation>Comment inscrire PartnerDesk dans Microsoft Entra</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Sandbox</source>
        <comment>status bar: connected to the embedded sandbox</comment>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Demo data on this computer (%1). Nothing reaches Partner Center.</source>
        <translation>Données de démonstration sur cet ordinateur (%1). Rien n’est envoyé à l’Espace partenaires.</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <comment>status bar, for screen readers</comment>
        <translation>Connecté à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <comment>user, roles</comment>
        <translation>Connecté en tant que %1 · %2</translation>
    </message>
    <message>
        <source>Signed in with an access token</source>
        <translation>Connecté avec un jeton d’accès</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter au format CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Impossible d’écrire le fichier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Back to the customer list (Alt+Left)</source>
        <translation>Retour à la liste des clients (Alt+Flèche gauche)</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Domaine principal&#xa0;:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>ID Microsoft&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the primary domain</comment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy primary domain</source>
        <translation>Copier le domaine principal</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the Microsoft ID</comment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy Microsoft ID</source>
        <translation>Copier l’ID Microsoft</translation>
    </message>
    <message>
        <source>Copied “%1”</source>
        <translation>Copié&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CustomerListImport</name>
    <message>
        <source>an e-mail address</source>
        <translation>une adresse e-mail</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>une adresse web</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a list of customers (%2 MB at most).</source>
        <translation>Le fichier %1 est trop volumineux pour une liste de clients (%2 Mo au maximum).</translation>
    </message>
    <message>
        <source>The first row (%1) names no column of primary domains, customer IDs or Microsoft IDs.</source>
        <translation>La première ligne (%1) ne nomme aucune colonne de domaines principaux, d’ID client ou d’ID Microsoft.</translation>
    </message>
    <message>
        <source>nothing in the column %1</source>
        <translation>rien dans la colonne %1</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>un guillemet n’est pas fermé</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Company name</source>
        <translation>Nom de la société</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Domaine principal</translation>
    </message>
    <message>
        <source>Microsoft ID</source>
        <comment>the customer&apos;s tenant id</comment>
        <translation>ID Microsoft</translation>
    </message>
    <message>
        <source>Relationship</source>
        <comment>the customer&apos;s relationship to the partner</comment>
        <translation>Relation</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search by company, domain or Microsoft ID</source>
        <translation>Rechercher par société, domaine ou ID Microsoft</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the customer list again from Partner Center (F5)</source>
        <translation>Recharger la liste des clients depuis l’Espace partenaires (F5)</translation>
    </message>
    <message>
        <source>%1, loading…</source>
        <comment>customer count while pages still arrive</comment>
        <translation>%1, chargement en cours…</translation>
    </message>
    <message>
        <source>Not every customer could be loaded. %1</source>
        <translation>Impossible de charger tous les clients. %1</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <source>Customers could not be loaded</source>
        <translation>Impossible de charger les clients</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Search looks at the company name, the primary domain and the Microsoft ID.</source>
        <translation>La recherche porte sur le nom de la société, le domaine principal et l’ID Microsoft.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Aucun client pour l’instant</translation>
    </message>
    <message>
        <source>Customers you have a reseller relationship with appear here. Use Refresh to load the list again.</source>
        <translation>Les clients avec lesquels vous avez une relation de revendeur apparaissent ici. Utilisez Actualiser pour recharger la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown customers of all loaded; %1 is &quot;5 customers&quot;</comment>
        <translation>
            <numerusform>%1 sur %Ln</numerusform>
            <numerusform>%1 sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) loaded so far.</source>
        <translation>
            <numerusform>%Ln client chargé pour l’instant.</numerusform>
            <numerusform>%Ln clients chargés pour l’instant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>customer count before the first page arrives</comment>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Off&amp;board %Ln selected…</source>
        <translation>
            <numerusform>Mettre &amp;fin à la relation avec %Ln client…</numerusform>
            <numerusform>Mettre &amp;fin à la relation avec %Ln clients…</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the offboarding of the selected customers: nothing is changed before you confirm</source>
        <translation>Planifier la fin de la relation avec les clients sélectionnés&#xa0;: rien n’est modifié avant votre confirmation</translation>
    </message>
    <message>
        <source>Select customers first (Shift-click, Ctrl-click, Ctrl+A)</source>
        <translation>Sélectionnez d’abord des clients (Maj+clic, Ctrl+clic, Ctrl+A)</translation>
    </message>
    <message>
        <source>Off&amp;board selected…</source>
        <translation>Mettre &amp;fin aux relations sélectionnées…</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Achats de logiciels et réservations Azure</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>customer page section</comment>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Sections du client</translation>
    </message>
    <message>
        <source>Back to Customers</source>
        <translation>Retour à la liste des clients</translation>
    </message>
</context>
<context>
    <name>CustomersCommand</name>
    <message>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No customer&apos;s primary domain starts with &quot;%1&quot;.</source>
        <translation>Aucun client n’a de domaine principal commençant par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Aucun client.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>En attente de votre connexion…</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <comment>%1 is minutes:seconds</comment>
        <translation>Le code expire dans %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Connexion à l’Espace partenaires</translation>
    </message>
    <message>
        <source>Open the page below in a browser, on this or any other device, enter the code and sign in with your Partner Center account.</source>
        <translation>Ouvrez la page ci-dessous dans un navigateur, sur cet appareil ou un autre, entrez le code et connectez-vous avec votre compte de l’Espace partenaires.</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Ouvrir le navigateur</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>DeviceCodeFlow</name>
    <message>
        <source>The sign-in service did not send a usable code.</source>
        <translation>Le service de connexion n’a pas envoyé de code utilisable.</translation>
    </message>
    <message>
        <source>The sign-in service sent an unsafe address: %1</source>
        <translation>Le service de connexion a envoyé une adresse non sécurisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in service did not send an access token.</source>
        <translation>Le service de connexion n’a pas envoyé de jeton d’accès.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The code has expired before the sign-in was finished. Start again to get a new code.</source>
        <translation>Le code a expiré avant la fin de la connexion. Recommencez pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>The sign-in service no longer knows this code. Start again to get a new one.</source>
        <translation>Le service de connexion ne reconnaît plus ce code. Recommencez pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached.</source>
        <translation>Impossible de joindre le service de connexion.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Closed on %1</source>
        <comment>a cancellation window that has ended; %1 is when</comment>
        <translation>Terminée le %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln license(s)</source>
        <comment>subscription quantity</comment>
        <translation>
            <numerusform>%Ln licence</numerusform>
            <numerusform>%Ln licences</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 (usage-based)</source>
        <comment>subscription quantity of a plan billed by consumption</comment>
        <translation>%L1 (selon l’utilisation)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>None</source>
        <comment>subscription status</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status, as chosen in the status selector</comment>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>subscription status (deleted on the wire)</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>subscription status</comment>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>subscription status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>subscription status</comment>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>subscription status the app does not know; %1 is the raw value</comment>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>billing cycle</comment>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>billing cycle</comment>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Every three years</source>
        <comment>billing cycle</comment>
        <translation>Tous les trois ans</translation>
    </message>
    <message>
        <source>One time</source>
        <comment>billing cycle</comment>
        <translation>Unique</translation>
    </message>
    <message>
        <source>None</source>
        <comment>billing cycle</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>billing cycle the app does not know; %1 is the raw value</comment>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>Software purchase</source>
        <translation>Achat de logiciel</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Réservation Azure</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>entitlement type the app does not know; %1 is the raw value</comment>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>entitlement type</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a purchase</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a purchase</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>status of a purchase</comment>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>status of a purchase</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>purchase status the app does not know; %1 is the raw value</comment>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>Reseller</source>
        <comment>relationship to partner</comment>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>None</source>
        <comment>relationship to partner</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>relationship to partner</comment>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>relationship to partner</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>relationship the app does not know; %1 is the raw value</comment>
        <translation>Inconnue (%1)</translation>
    </message>
</context>
<context>
    <name>EntitlementModel</name>
    <message>
        <source>Name</source>
        <comment>product name of a purchase</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>software purchase or Azure reservation</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of a purchase</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Annulable jusqu’au</translation>
    </message>
</context>
<context>
    <name>EntraRoles</name>
    <message>
        <source>Global Administrator</source>
        <translation>Administrateur général</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Lecteur général</translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation>Lecteurs de répertoire</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Administrateur d’utilisateurs</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Administrateur du support technique</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Administrateur Exchange</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>Administrateur SharePoint</translation>
    </message>
    <message>
        <source>Teams Administrator</source>
        <translation>Administrateur Teams</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Administrateur de la sécurité</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Lecteur de sécurité</translation>
    </message>
    <message>
        <source>License Administrator</source>
        <translation>Administrateur de licences</translation>
    </message>
    <message>
        <source>Billing Administrator</source>
        <translation>Administrateur de facturation</translation>
    </message>
    <message>
        <source>Service Support Administrator</source>
        <translation>Administrateur du support de service</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Administrateur Intune</translation>
    </message>
    <message>
        <source>Cloud Device Administrator</source>
        <translation>Administrateur d’appareils cloud</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Administrateur d’applications</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Administrateur d’applications cloud</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administrateur de rôle privilégié</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Administrateur d’authentification</translation>
    </message>
    <message>
        <source>Conditional Access Administrator</source>
        <translation>Administrateur de l’accès conditionnel</translation>
    </message>
    <message>
        <source>Reports Reader</source>
        <translation>Lecteur de rapports</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PartnerDesk guide</source>
        <translation>Guide d’utilisation de PartnerDesk</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>Removing a reseller relationship</source>
        <translation>Supprimer une relation de revendeur</translation>
    </message>
    <message>
        <source>PartnerDesk follows Partner Center: %1 → %2 → %3 → %4.</source>
        <translation>PartnerDesk suit le parcours de l’Espace partenaires&#xa0;: %1 → %2 → %3 → %4.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Supprimer la relation de revendeur</translation>
    </message>
    <message>
        <source>%1: find the customer — search looks at the company name, the primary domain and the Microsoft ID — and open it with Enter or a double-click.</source>
        <translation>%1&#xa0;: trouvez le client (la recherche porte sur le nom de la société, le domaine principal et l’ID Microsoft) et ouvrez-le avec Entrée ou par un double-clic.</translation>
    </message>
    <message>
        <source>%1: select each active subscription, choose %2 and %3, or suspend them all with %4. New-commerce subscriptions keep being billed while suspended: cancel them while their cancellation window is open; after it, turn auto-renew off and wait for the term end.</source>
        <translation>%1&#xa0;: sélectionnez chaque abonnement actif, choisissez %2 puis %3, ou suspendez-les tous avec %4. Les abonnements de la nouvelle expérience commerciale restent facturés pendant leur suspension&#xa0;: annulez-les tant que leur fenêtre d’annulation est ouverte&#xa0;; ensuite, désactivez le renouvellement automatique et attendez la fin de l’engagement.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Suspend all active…</source>
        <translation>Suspendre tous les abonnements actifs…</translation>
    </message>
    <message>
        <source>%1: cancel software purchases while their cancellation window is open. Azure reservations are cancelled in the Azure portal.</source>
        <translation>%1&#xa0;: annulez les achats de logiciels tant que leur fenêtre d’annulation est ouverte. Les réservations Azure s’annulent dans le portail Azure.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Achats</translation>
    </message>
    <message>
        <source>%1: %2 becomes available once nothing blocks it. Type the customer&apos;s primary domain to confirm; right before the removal PartnerDesk reads the customer again from Partner Center.</source>
        <translation>%1&#xa0;: %2 devient disponible dès que plus rien ne bloque. Tapez le domaine principal du client pour confirmer&#xa0;; juste avant la suppression, PartnerDesk relit le client dans l’Espace partenaires.</translation>
    </message>
    <message>
        <source>%1: get the invitation link to request or re-establish a relationship with the customer later.</source>
        <translation>%1&#xa0;: obtenez le lien d’invitation qui vous permettra plus tard de demander ou de rétablir une relation avec le client.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <source>What blocks the removal</source>
        <translation>Ce qui bloque la suppression</translation>
    </message>
    <message>
        <source>an active subscription (or one still pending);</source>
        <translation>un abonnement actif (ou encore en attente)&#xa0;;</translation>
    </message>
    <message>
        <source>a new-commerce subscription that has not been cancelled;</source>
        <translation>un abonnement de la nouvelle expérience commerciale qui n’a pas été annulé&#xa0;;</translation>
    </message>
    <message>
        <source>a software purchase that can still be cancelled;</source>
        <translation>un achat de logiciel qui peut encore être annulé&#xa0;;</translation>
    </message>
    <message>
        <source>an Azure reservation.</source>
        <translation>une réservation Azure.</translation>
    </message>
    <message>
        <source>The %1 page lists what is left, each with a way to clear it, and enables %2 the moment nothing blocks it.</source>
        <translation>La page %1 liste ce qui reste, chaque élément avec un moyen de le lever, et active %2 dès que plus rien ne bloque.</translation>
    </message>
    <message>
        <source>The sandbox</source>
        <translation>Le bac à sable</translation>
    </message>
    <message>
        <source>Without a Partner Center account PartnerDesk works on its built-in sandbox: demo customers on this computer, served the way Partner Center serves them. Nothing done there reaches Microsoft. Changes are kept between runs; %1 brings the demo data back. The status bar says where PartnerDesk is connected.</source>
        <translation>Sans compte de l’Espace partenaires, PartnerDesk travaille sur son bac à sable intégré&#xa0;: des clients de démonstration sur cet ordinateur, servis comme l’Espace partenaires les sert. Rien de ce qui y est fait n’atteint Microsoft. Les modifications sont conservées d’une exécution à l’autre&#xa0;; %1 rétablit les données de démonstration. La barre d’état indique à quoi PartnerDesk est connecté.</translation>
    </message>
    <message>
        <source>Connecting to Partner Center</source>
        <translation>Connexion à l’Espace partenaires</translation>
    </message>
    <message>
        <source>PartnerDesk signs in through an app registration that your organisation owns, created once in your partner tenant:</source>
        <translation>PartnerDesk se connecte au moyen d’une inscription d’application qui appartient à votre organisation, créée une seule fois dans votre locataire partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, register a new application: accounts in this organizational directory only, no redirect URI (&lt;a href=&quot;%1&quot;&gt;Microsoft&apos;s steps&lt;/a&gt;).</source>
        <translation>Dans le centre d’administration Microsoft Entra, inscrivez une nouvelle application&#xa0;: comptes dans cet annuaire d’organisation uniquement, sans URI de redirection (&lt;a href=&quot;%1&quot;&gt;la procédure de Microsoft&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Under %1, set %2 to %3.</source>
        <translation>Sous %1, définissez %2 sur %3.</translation>
    </message>
    <message>
        <source>Under %1, add the delegated permission %2 of %3 and grant admin consent. No client secret is needed.</source>
        <translation>Sous %1, ajoutez l’autorisation déléguée %2 de %3 et accordez le consentement administrateur. Aucun secret client n’est nécessaire.</translation>
    </message>
    <message>
        <source>In %1 enter your tenant (its directory ID or domain) and the application (client) ID, then choose %2.</source>
        <translation>Dans %1, entrez votre locataire (son ID d’annuaire ou son domaine) et l’ID d’application (client), puis choisissez %2.</translation>
    </message>
    <message>
        <source>Removing a reseller relationship needs the Admin agent (or Global admin) role in Partner Center. Tokens are kept only in the system&apos;s keychain, never in files.</source>
        <translation>La suppression d’une relation de revendeur nécessite le rôle Agent d’administration (ou Administrateur général) dans l’Espace partenaires. Les jetons sont conservés uniquement dans le trousseau du système, jamais dans des fichiers.</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>Le journal d’audit</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes, attempt and result, is recorded with Partner Center&apos;s correlation ID in the audit log: %1.</source>
        <translation>Chaque modification effectuée par PartnerDesk, tentative et résultat, est enregistrée avec l’ID de corrélation de l’Espace partenaires dans le journal d’audit&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open &amp;audit log</source>
        <translation>Ouvrir le journal d’&amp;audit</translation>
    </message>
    <message>
        <source>Every change PartnerDesk made, with its result</source>
        <translation>Chaque modification effectuée par PartnerDesk, avec son résultat</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le &amp;dossier de données</translation>
    </message>
    <message>
        <source>The audit log and the sandbox&apos;s data</source>
        <translation>Le journal d’audit et les données du bac à sable</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>À &amp;propos de PartnerDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. The first change made with PartnerDesk starts the audit log in %1.</source>
        <translation>Rien n’a encore été enregistré. La première modification effectuée avec PartnerDesk crée le journal d’audit dans %1.</translation>
    </message>
    <message>
        <source>No program could be started to show the audit log. It is a text file, one JSON record per line: %1</source>
        <translation>Aucun programme n’a pu être lancé pour afficher le journal d’audit. C’est un fichier texte, avec un enregistrement JSON par ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>No file manager could be started. The data folder is %1</source>
        <translation>Aucun gestionnaire de fichiers n’a pu être lancé. Le dossier de données est %1</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est ni un domaine principal, ni un ID client, ni un ID Microsoft.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID (%3).</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est ni un domaine principal, ni un ID client, ni un ID Microsoft (%3).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is listed already on line %3.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» figure déjà à la ligne %3.</translation>
    </message>
    <message>
        <source>Line %1: no customer has the primary domain, customer ID or Microsoft ID “%2”.</source>
        <translation>Ligne %1&#xa0;: aucun client n’a le domaine principal, l’ID client ou l’ID Microsoft «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1: “%2” names %3, already named on line %4.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» désigne %3, déjà désigné à la ligne %4.</translation>
    </message>
</context>
<context>
    <name>IndirectProviders</name>
    <message>
        <source>Your organisation is an indirect reseller: only its indirect provider (%1) can remove the reseller relationship. Ask them to remove it.</source>
        <comment>%1 names the indirect providers</comment>
        <translation>Votre organisation est un revendeur indirect&#xa0;: seul son fournisseur indirect (%1) peut supprimer la relation de revendeur. Demandez-lui de la supprimer.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Not started: the run was cancelled before it.</source>
        <translation>Non démarré&#xa0;: l’opération a été annulée avant d’atteindre cet abonnement.</translation>
    </message>
    <message>
        <source>Changed with its base subscription.</source>
        <translation>Modifié avec son abonnement de base.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>there is no D-Bus session bus to reach a keychain service on</source>
        <translation>aucun bus de session D-Bus ne permet de joindre un service de trousseau</translation>
    </message>
    <message>
        <source>neither the Secret Service (e.g. GNOME Keyring) nor KWallet is running</source>
        <translation>ni Secret Service (par ex. GNOME Keyring) ni KWallet n’est en cours d’exécution</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until PartnerDesk closes; nothing is saved to disk.</source>
        <translation>Aucun trousseau n’est disponible (%1). Vous restez connecté jusqu’à la fermeture de PartnerDesk&#xa0;; rien n’est enregistré sur le disque.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Le trousseau a refusé la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>le trousseau n’a pas répondu à temps</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>%1 — PartnerDesk</source>
        <comment>window title: customer — app</comment>
        <translation>%1 — PartnerDesk</translation>
    </message>
    <message>
        <source>Customers — PartnerDesk</source>
        <comment>window title</comment>
        <translation>Clients — PartnerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter au format CSV…</translation>
    </message>
    <message>
        <source>Save the customers as currently filtered to a CSV file</source>
        <translation>Enregistrer les clients, tels qu’ils sont filtrés, dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Reset sandbox…</source>
        <translation>&amp;Réinitialiser le bac à sable…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <comment>default export file name</comment>
        <translation>clients.csv</translation>
    </message>
    <message>
        <source>Reset sandbox</source>
        <translation>Réinitialiser le bac à sable</translation>
    </message>
    <message>
        <source>Put the demo data back as it was? Every change made in the sandbox, removals included, is lost.</source>
        <translation>Rétablir les données de démonstration dans leur état d’origine&#xa0;? Toutes les modifications effectuées dans le bac à sable, suppressions comprises, seront perdues.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <comment>menu item: the audit log as a table</comment>
        <translation>Ac&amp;tivité</translation>
    </message>
    <message>
        <source>Every change made from this computer, with search and filters</source>
        <translation>Chaque modification effectuée depuis cet ordinateur, avec recherche et filtres</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>%Ln client exporté vers %1</numerusform>
            <numerusform>%Ln clients exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search customers</source>
        <comment>menu item: go to the Customers search field</comment>
        <translation>&amp;Rechercher des clients</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau n’est disponible.</translation>
    </message>
</context>
<context>
    <name>NextStepsWidget</name>
    <message>
        <source>The invitation link is on the clipboard.</source>
        <translation>Le lien d’invitation a été copié dans le Presse-papiers.</translation>
    </message>
    <message>
        <source>Your e-mail program was asked to open a new message with the invitation link.</source>
        <translation>Votre programme de messagerie a reçu la demande d’ouvrir un nouveau message contenant le lien d’invitation.</translation>
    </message>
    <message>
        <source>Getting the invitation link…</source>
        <translation>Récupération du lien d’invitation…</translation>
    </message>
    <message>
        <source>The invitation link is not an https:// address.</source>
        <translation>Le lien d’invitation n’est pas une adresse https://.</translation>
    </message>
    <message>
        <source>Invitation to a reseller relationship</source>
        <translation>Invitation à établir une relation de revendeur</translation>
    </message>
    <message>
        <source>Hello,

to let us manage your Microsoft subscriptions as your reseller, please open this link, sign in as a Global admin and accept the invitation:

%1

Thank you.</source>
        <translation>Bonjour,

Afin que nous puissions gérer vos abonnements Microsoft en tant que revendeur, nous vous invitons à ouvrir le lien ci-dessous, à vous connecter en tant qu’administrateur général et à accepter l’invitation&#xa0;:

%1

Nous vous en remercions par avance.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <source>Request or re-establish a relationship with a customer</source>
        <translation>Demander ou rétablir une relation avec un client</translation>
    </message>
    <message>
        <source>Get the invitation link to send to the customer.</source>
        <translation>Obtenez le lien d’invitation à envoyer au client.</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Lien d’invitation</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the invitation link</comment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation>Copier le lien d’invitation</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>Ouvrir un e-mail</translation>
    </message>
    <message>
        <source>Open e-mail with the invitation link</source>
        <translation>Ouvrir un e-mail contenant le lien d’invitation</translation>
    </message>
    <message>
        <source>The invitation link could not be fetched. %1</source>
        <translation>Impossible de récupérer le lien d’invitation. %1</translation>
    </message>
    <message>
        <source>No e-mail program is set up on this computer, so no message was opened. Copy the link and paste it into a message.</source>
        <translation>Aucun programme de messagerie n’est configuré sur cet ordinateur&#xa0;; aucun message n’a donc été ouvert. Copiez le lien et collez-le dans un message.</translation>
    </message>
</context>
<context>
    <name>OAuthReply</name>
    <message>
        <source>HTTP status %1</source>
        <translation>Code d’état HTTP %1</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>Impossible de joindre le service de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in service gave an answer PartnerDesk does not understand (%1).</source>
        <translation>Le service de connexion a renvoyé une réponse que PartnerDesk ne comprend pas (%1).</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Votre connexion n’est plus valide. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The app registration does not allow this sign-in. Check the application (client) ID and that public client flows are allowed. The service said: %1</source>
        <translation>L’inscription d’application n’autorise pas cette connexion. Vérifiez l’ID d’application (client) et assurez-vous que les flux clients publics sont autorisés. Réponse du service&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1): %2</source>
        <comment>%1 is an OAuth error code</comment>
        <translation>Le service de connexion a refusé la demande (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OffboardCommand</name>
    <message>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is offboarded: the reseller relationship is removed.</source>
        <translation>Fin de la relation client avec %1&#xa0;: la relation de revendeur est supprimée.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was not removed.</source>
        <translation>La relation de revendeur avec %1 n’a pas été supprimée.</translation>
    </message>
    <message>
        <source>Your roles (%1) do not allow it. Ask a Global admin or an Admin agent.</source>
        <translation>Vos rôles (%1) ne le permettent pas. Demandez à un administrateur général ou à un agent d’administration.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read; they are left as they are:</source>
        <translation>Les relations d’administrateur n’ont pas pu être lues ; elles restent telles quelles&#xa0;:</translation>
    </message>
    <message>
        <source>Not known whether this was done: %1</source>
        <translation>Impossible de savoir si cela a été fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli readiness %1&quot; before running offboard again.</source>
        <translation>Vérifiez l’état avec «&#xa0;partnerdesk-cli readiness %1&#xa0;» avant de relancer offboard.</translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message>
        <source>You may not remove the reseller relationship.</source>
        <translation>Vous ne pouvez pas supprimer la relation de revendeur.</translation>
    </message>
    <message>
        <source>A new-commerce subscription past its cancellation window is billed until its term ends.</source>
        <translation>Un abonnement de la nouvelle expérience commerciale dont la fenêtre d’annulation est passée est facturé jusqu’à la fin de sa durée.</translation>
    </message>
    <message>
        <source>Wait for the term end with auto-renew off; then it expires.</source>
        <translation>Désactivez le renouvellement automatique et attendez la fin de la durée ; l’abonnement expire alors.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under the Azure plan are active: %1.</source>
        <translation>
            <numerusform>%Ln abonnement Azure du plan Azure est actif&#xa0;: %1.</numerusform>
            <numerusform>%Ln abonnements Azure du plan Azure sont actifs&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable them in the Azure portal (Subscriptions), then suspend the Azure plan.</source>
        <translation>Désactivez-les dans le portail Azure (Abonnements), puis suspendez le plan Azure.</translation>
    </message>
    <message>
        <source>An Azure savings plan is active.</source>
        <translation>Un plan d’économies Azure est actif.</translation>
    </message>
    <message>
        <source>An Azure reservation is active.</source>
        <translation>Une réservation Azure est active.</translation>
    </message>
    <message>
        <source>Cancel it in the Azure portal (Savings plans).</source>
        <translation>Annulez-le dans le portail Azure (Plans d’économies).</translation>
    </message>
    <message>
        <source>Cancel or exchange it in the Azure portal (Reservations).</source>
        <translation>Annulez-la ou échangez-la dans le portail Azure (Réservations).</translation>
    </message>
    <message>
        <source>Suspend &quot;%1&quot;</source>
        <translation>Suspendre « %1 »</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;</source>
        <translation>Annuler « %1 »</translation>
    </message>
    <message>
        <source>Turn auto-renew off for &quot;%1&quot;</source>
        <translation>Désactiver le renouvellement automatique de « %1 »</translation>
    </message>
    <message>
        <source>Cancel the software purchase &quot;%1&quot;</source>
        <translation>Annuler l’achat de logiciel « %1 »</translation>
    </message>
    <message>
        <source>Remove the reseller relationship</source>
        <translation>Supprimer la relation de revendeur</translation>
    </message>
    <message>
        <source>Terminate the admin relationship &quot;%1&quot;</source>
        <translation>Résilier la relation d’administrateur « %1 »</translation>
    </message>
    <message>
        <source>(with its add-ons: %1)</source>
        <translation>(avec ses modules complémentaires&#xa0;: %1)</translation>
    </message>
    <message>
        <source>What will be done:</source>
        <translation>Ce qui sera fait&#xa0;:</translation>
    </message>
    <message>
        <source>What blocks the removal, and what to do:</source>
        <translation>Ce qui bloque la suppression, et que faire&#xa0;:</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(jusqu’au %1)</translation>
    </message>
</context>
<context>
    <name>PartnerCenterClient</name>
    <message>
        <source>The address %1 is not a valid URL.</source>
        <translation>L’adresse %1 n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback). Use https:// for %1.</source>
        <translation>Le protocole http:// non chiffré n’est autorisé que vers cet ordinateur (adresse de bouclage). Utilisez https:// pour %1.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1.</source>
        <translation>Seules les adresses https:// sont prises en charge, pas %1.</translation>
    </message>
    <message>
        <source>The next page is on another server (%1); it was not requested.</source>
        <translation>La page suivante se trouve sur un autre serveur (%1)&#xa0;; elle n’a pas été demandée.</translation>
    </message>
    <message>
        <source>The answer says the relationship is &quot;%1&quot;, not &quot;none&quot;.</source>
        <translation>Selon la réponse, la relation est «&#xa0;%1&#xa0;» et non «&#xa0;none&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Company profile</source>
        <translation>Profil de la société</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Informations de facturation</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nom de la société&#xa0;:</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Domaine principal&#xa0;:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>ID Microsoft&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <comment>billing contact person</comment>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <comment>billing language</comment>
        <translation>Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PurchaseDetailsPanel</name>
    <message>
        <source>Cancelling the order in Partner Center…</source>
        <translation>Annulation de la commande dans l’Espace partenaires…</translation>
    </message>
    <message>
        <source>✓ Cancelled. The order for %1 is cancelled.</source>
        <comment>%1 is a product name</comment>
        <translation>✓ Annulée. La commande de %1 a été annulée.</translation>
    </message>
    <message>
        <source>✗ Not cancelled. %1</source>
        <translation>✗ Non annulée. %1</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>software purchase or Azure reservation</comment>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Product:</source>
        <comment>product and SKU ID</comment>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>ID de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>status of a purchase</comment>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Annulable jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Select a purchase to see its details and whether it can still be cancelled.</source>
        <translation>Sélectionnez un achat pour afficher ses détails et savoir s’il peut encore être annulé.</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <comment>of a purchase</comment>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Ouvrir le portail Azure</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled or exchanged in the Azure portal (or through Azure support), not in Partner Center. Once it is cancelled there, use Refresh.</source>
        <translation>Les réservations Azure s’annulent ou s’échangent dans le portail Azure (ou via le support Azure), pas dans l’Espace partenaires. Une fois la réservation annulée là-bas, utilisez Actualiser.</translation>
    </message>
    <message>
        <source>PartnerDesk does not know this kind of purchase, so it cannot cancel it.</source>
        <translation>PartnerDesk ne connaît pas ce type d’achat et ne peut donc pas l’annuler.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow cancelling purchases. An Admin agent or a Global admin can do it.</source>
        <translation>Votre rôle (%1) ne permet pas d’annuler des achats. Un agent d’administration ou un administrateur général peut le faire.</translation>
    </message>
    <message>
        <source>This purchase can be cancelled until %1. It is refunded according to Microsoft&apos;s cancellation policy; a cancelled order cannot be restored.</source>
        <translation>Cet achat peut être annulé jusqu’au %1. Il est remboursé conformément à la politique d’annulation de Microsoft&#xa0;; une commande annulée ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Purchase details</source>
        <translation>Détails de l’achat</translation>
    </message>
    <message>
        <source>The order is being cancelled…</source>
        <translation>Annulation de la commande en cours…</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The order could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Résultat inconnu. %1

La commande n’a pas pu être relue non plus. Vérifiez son état (relu maintenant) avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message>
        <source>Cancel software order</source>
        <translation>Annuler la commande de logiciel</translation>
    </message>
    <message>
        <source>Cancel the order for %1? The purchase is refunded according to Microsoft&apos;s cancellation policy and cannot be restored.</source>
        <translation>Annuler la commande de %1&#xa0;? L’achat est remboursé conformément à la politique d’annulation de Microsoft et ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <comment>confirm cancelling a software order</comment>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read this customer&apos;s purchases again from Partner Center</source>
        <translation>Recharger les achats de ce client depuis l’Espace partenaires</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Achats de logiciels et réservations Azure</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Impossible de charger les achats</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading purchases…</source>
        <translation>Chargement des achats…</translation>
    </message>
    <message>
        <source>No software purchases or Azure reservations</source>
        <translation>Aucun achat de logiciel ni aucune réservation Azure</translation>
    </message>
    <message>
        <source>This customer has bought no software and no Azure reservations through you, so nothing here stands in the way of removing the relationship.</source>
        <translation>Ce client n’a acheté ni logiciel ni réservation Azure par votre intermédiaire&#xa0;; rien ici n’empêche donc la suppression de la relation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln software purchase(s)</source>
        <translation>
            <numerusform>%Ln achat de logiciel</numerusform>
            <numerusform>%Ln achats de logiciels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure reservation(s)</source>
        <translation>
            <numerusform>%Ln réservation Azure</numerusform>
            <numerusform>%Ln réservations Azure</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchases could not be read again; they are shown as last read. %1</source>
        <translation>Impossible de relire les achats&#xa0;; ils sont affichés tels qu’ils ont été lus la dernière fois. %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Afficher l’aide sur les options de ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Afficher l’aide, y compris les options propres à Qt.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument «&#xa0;%1&#xa0;» inattendu.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Afficher les informations de version.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Option inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Options inconnues : %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valeur inattendue après &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>ReadinessCommand</name>
    <message>
        <source>The reseller relationship with %1 can be removed.</source>
        <translation>La relation de revendeur avec %1 peut être supprimée.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet.</source>
        <translation>La relation de revendeur avec %1 ne peut pas encore être supprimée.</translation>
    </message>
</context>
<context>
    <name>RecommendedSteps</name>
    <message>
        <source>Recommended before the removal</source>
        <translation>Recommandé avant la suppression</translation>
    </message>
    <message>
        <source>Recommended: terminate the admin relationships</source>
        <translation>Recommandé&#xa0;: résiliez les relations d’administrateur</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Tout résilier…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) still give your organisation admin access to this customer&apos;s tenant. The removal does not end them, and does not wait for them.</source>
        <translation>
            <numerusform>%Ln relation d’administrateur donne encore à votre organisation un accès administrateur au locataire de ce client. La suppression n’y met pas fin et ne l’attend pas.</numerusform>
            <numerusform>%Ln relations d’administrateur donnent encore à votre organisation un accès administrateur au locataire de ce client. La suppression n’y met pas fin et ne les attend pas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalBlocker</name>
    <message>
        <source>an unknown date</source>
        <comment>in: wait for the term end on %1</comment>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Active subscription: %1</source>
        <translation>Abonnement actif&#xa0;: %1</translation>
    </message>
    <message>
        <source>New-commerce subscription not cancelled: %1</source>
        <translation>Abonnement non annulé (nouvelle expérience commerciale)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Azure reservation: %1</source>
        <translation>Réservation Azure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Software purchase still cancellable: %1</source>
        <translation>Achat de logiciel encore annulable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subscriptions not loaded yet</source>
        <translation>Abonnements pas encore chargés</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Impossible de charger les abonnements</translation>
    </message>
    <message>
        <source>Suspend this subscription.</source>
        <translation>Suspendez cet abonnement.</translation>
    </message>
    <message>
        <source>New-commerce subscriptions keep being billed while suspended. Cancel it before %1.</source>
        <translation>Les abonnements de la nouvelle expérience commerciale restent facturés pendant leur suspension. Annulez celui-ci avant le %1.</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled in the Azure portal or through Azure support, not here.</source>
        <translation>Les réservations Azure s’annulent dans le portail Azure ou via le support Azure, pas ici.</translation>
    </message>
    <message>
        <source>Cancel the order before %1, or wait until then.</source>
        <translation>Annulez la commande avant le %1, ou attendez cette date.</translation>
    </message>
    <message>
        <source>Whether the relationship can be removed is known once the customer&apos;s subscriptions are loaded.</source>
        <translation>Vous saurez si la relation peut être supprimée une fois les abonnements du client chargés.</translation>
    </message>
    <message>
        <source>Without the customer&apos;s subscriptions it is not known whether the relationship can be removed. Try again.</source>
        <translation>Sans les abonnements du client, impossible de savoir si la relation peut être supprimée. Réessayez.</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Impossible de charger les achats</translation>
    </message>
    <message>
        <source>Without the customer&apos;s software purchases and Azure reservations it is not known whether the relationship can be removed. Try again.</source>
        <translation>Sans les achats de logiciels et les réservations Azure du client, impossible de savoir si la relation peut être supprimée. Réessayez.</translation>
    </message>
    <message>
        <source>Azure savings plan: %1</source>
        <translation>Plan d’économies Azure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marketplace subscription: %1</source>
        <translation>Abonnement de la Place de marché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Azure plan with active Azure subscriptions: %1</source>
        <translation>Plan Azure avec des abonnements Azure actifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suspend this subscription. Its add-ons follow it: %1.</source>
        <translation>Suspendez cet abonnement. Ses modules complémentaires suivent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The cancellation window has passed. Turn auto-renew off here; the subscription stays, and is billed, until its term ends on %1.</source>
        <translation>La fenêtre d’annulation est terminée. Désactivez ici le renouvellement automatique ; l’abonnement reste, et est facturé, jusqu’à la fin de l’engagement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The cancellation window has passed and auto-renew is off. The subscription stays, and is billed, until its term ends on %1.</source>
        <translation>La fenêtre d’annulation est terminée et le renouvellement automatique est désactivé. L’abonnement reste, et est facturé, jusqu’à la fin de l’engagement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cancel this marketplace (SaaS) subscription.</source>
        <translation>Annulez cet abonnement de la Place de marché (SaaS).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under this plan are active: %1. Disable them in the Azure portal; until then Partner Center refuses to suspend the plan (error 900115).</source>
        <translation>
            <numerusform>%Ln abonnement Azure de ce plan est actif&#xa0;: %1. Désactivez-le dans le portail Azure ; d’ici là, l’Espace partenaires refuse de suspendre le plan (erreur 900115).</numerusform>
            <numerusform>%Ln abonnements Azure de ce plan sont actifs&#xa0;: %1. Désactivez-les dans le portail Azure ; d’ici là, l’Espace partenaires refuse de suspendre le plan (erreur 900115).</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure savings plans are cancelled in the Azure portal, not here.</source>
        <translation>Les plans d’économies Azure s’annulent dans le portail Azure, pas ici.</translation>
    </message>
</context>
<context>
    <name>RemovalPanel</name>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Supprimer la relation de revendeur</translation>
    </message>
    <message>
        <source>Ends your reseller relationship with this customer. You will be asked to confirm.</source>
        <translation>Met fin à votre relation de revendeur avec ce client. Une confirmation vous sera demandée.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow removing a reseller relationship. An Admin agent, a Sales agent or a Global admin can do it.</source>
        <translation>Votre rôle (%1) ne permet pas de supprimer une relation de revendeur. Un agent d’administration, un agent commercial ou un administrateur général peut le faire.</translation>
    </message>
    <message>
        <source>No subscription is active and nothing else blocks the removal.</source>
        <translation>Aucun abonnement n’est actif et rien d’autre ne bloque la suppression.</translation>
    </message>
</context>
<context>
    <name>RemovalReadiness</name>
    <message>
        <source>If any subscriptions are still active, the Remove reseller relationship action is unavailable.</source>
        <translation>Si des abonnements sont toujours actifs, l’action Supprimer la relation de revendeur n’est pas disponible.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active subscription(s)</source>
        <translation>
            <numerusform>%Ln abonnement actif</numerusform>
            <numerusform>%Ln abonnements actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) still block the removal.</source>
        <translation>
            <numerusform>%Ln élément bloque encore la suppression.</numerusform>
            <numerusform>%Ln éléments bloquent encore la suppression.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalResultDialog</name>
    <message>
        <source>Reseller relationship removed</source>
        <translation>Relation de revendeur supprimée</translation>
    </message>
    <message>
        <source>✓ The reseller relationship with %1 (%2) has been removed. The customer is no longer in your customer list.</source>
        <translation>✓ La relation de revendeur avec %1 (%2) a été supprimée. Le client ne figure plus dans votre liste de clients.</translation>
    </message>
    <message>
        <source>✓ Admin relationship “%1”: termination requested; Microsoft Graph ends it within minutes.</source>
        <translation>✓ Relation d’administrateur «&#xa0;%1&#xa0;»&#xa0;: résiliation demandée&#xa0;; Microsoft Graph y met fin en quelques minutes.</translation>
    </message>
    <message>
        <source>⚠ Admin relationship “%1”: it is not known whether the termination was requested. %2</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ Relation d’administrateur «&#xa0;%1&#xa0;»&#xa0;: on ne sait pas si la résiliation a été demandée. %2</translation>
    </message>
    <message>
        <source>✗ Admin relationship “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ La relation d’administrateur «&#xa0;%1&#xa0;» n’a pas été résiliée. %2</translation>
    </message>
    <message>
        <source>The admin relationships could not be read, so none was terminated. Check them in Partner Center.</source>
        <translation>Les relations d’administrateur n’ont pas pu être lues, aucune n’a donc été résiliée. Vérifiez-les dans l’Espace partenaires.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) with the customer remain active: your organisation keeps admin access to its tenant until they are terminated or end.</source>
        <translation>
            <numerusform>%Ln relation d’administrateur avec le client reste active&#xa0;: votre organisation garde un accès administrateur à son locataire jusqu’à sa résiliation ou son expiration.</numerusform>
            <numerusform>%Ln relations d’administrateur avec le client restent actives&#xa0;: votre organisation garde un accès administrateur à son locataire jusqu’à leur résiliation ou leur expiration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipCommand</name>
    <message>
        <source>Checking the customer&apos;s subscriptions and purchases…</source>
        <translation>Vérification des abonnements et des achats du client…</translation>
    </message>
    <message>
        <source>Removing the reseller relationship…</source>
        <translation>Suppression de la relation de revendeur…</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet:</source>
        <translation>La relation de revendeur avec %1 ne peut pas encore être supprimée&#xa0;:</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was removed.</source>
        <translation>La relation de revendeur avec %1 a été supprimée.</translation>
    </message>
    <message>
        <source>To work with the customer again, send them the invitation link from &quot;partnerdesk-cli request-link&quot;.</source>
        <translation>Pour travailler de nouveau avec ce client, envoyez-lui le lien d’invitation fourni par «&#xa0;partnerdesk-cli request-link&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the primary domain of %2; nothing was changed. Type the primary domain after --confirm.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le domaine principal de %2&#xa0;; rien n’a été modifié. Saisissez le domaine principal après --confirm.</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli customers --domain %1&quot; before trying again: if the relationship was removed, the customer is no longer listed or shows no relationship.</source>
        <translation>Vérifiez avec «&#xa0;partnerdesk-cli customers --domain %1&#xa0;» avant de réessayer&#xa0;: si la relation a été supprimée, le client n’est plus listé ou n’a plus de relation.</translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipFlow</name>
    <message>
        <source>Checking the subscriptions again…</source>
        <translation>Nouvelle vérification des abonnements…</translation>
    </message>
    <message>
        <source>Removing the relationship…</source>
        <translation>Suppression de la relation…</translation>
    </message>
    <message>
        <source>The relationship was not removed</source>
        <translation>La relation n’a pas été supprimée</translation>
    </message>
    <message>
        <source>The relationship may have been removed</source>
        <translation>La relation a peut-être été supprimée</translation>
    </message>
    <message>
        <source>%1

The customer could not be read back either. Before trying again, check in the customer list whether the reseller relationship is still there.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>%1

Le client n’a pas pu être relu non plus. Avant de réessayer, vérifiez dans la liste des clients si la relation de revendeur existe toujours.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <comment>%1 is the error message with its details</comment>
        <translation>Non supprimée. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>remove the reseller relationship again after it failed</comment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Not removed. Partner Center now reports something that blocks the removal, so nothing was sent. The subscriptions have been refreshed.

%1</source>
        <translation>Non supprimée. L’Espace partenaires signale maintenant un élément qui bloque la suppression&#xa0;; rien n’a donc été envoyé. Les abonnements ont été actualisés.

%1</translation>
    </message>
    <message>
        <source>Terminating the admin relationships…</source>
        <translation>Résiliation des relations d’administrateur…</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>The file is not the journal of a run.</source>
        <translation>Le fichier n’est pas le journal d’une exécution groupée.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Le journal n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>RunReportModel</name>
    <message>
        <source>%1: %2</source>
        <comment>item: the server&apos;s error</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Customer / action</source>
        <translation>Client / action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details and what to do</source>
        <translation>Détails et que faire</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de corrélation</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Ouvrir le client sélectionné</translation>
    </message>
    <message>
        <source>Next section of a customer (Subscriptions, Purchases, Account)</source>
        <translation>Section suivante d’un client (Abonnements, Achats, Compte)</translation>
    </message>
    <message>
        <source>Previous section of a customer</source>
        <translation>Section précédente d’un client</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Contrôle suivant</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Contrôle précédent</translation>
    </message>
    <message>
        <source>Open a menu, or use the control whose letter is underlined</source>
        <translation>Ouvrir un menu ou utiliser le contrôle dont la lettre est soulignée</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <comment>the Alt key with the underlined letter</comment>
        <translation>Alt+lettre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2.</source>
        <translation>Pour vous connecter, ouvrez %1 dans un navigateur et entrez le code %2.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in (the code is valid until %1)…</source>
        <translation>En attente de la connexion (le code est valide jusqu’à %1)…</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1, but the sign-in is lost when this command ends.</source>
        <translation>Connecté en tant que %1, mais la connexion sera perdue à la fin de cette commande.</translation>
    </message>
    <message>
        <source>The keychain did not store it.</source>
        <translation>Le trousseau ne l’a pas enregistrée.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>No keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Signed out. Commands use the sandbox again.</source>
        <translation>Déconnecté. Les commandes utilisent de nouveau le bac à sable.</translation>
    </message>
</context>
<context>
    <name>SignedInTokenSource</name>
    <message>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Votre connexion a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Vous n’êtes pas connecté.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetailsPanel</name>
    <message>
        <source>Select a subscription to see its details and change its status.</source>
        <translation>Sélectionnez un abonnement pour afficher ses détails et modifier son état.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Modifier l’état</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status</comment>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Submit</source>
        <comment>apply the chosen subscription status</comment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions. An Admin agent or a Global admin can do it.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les abonnements. Un agent d’administration ou un administrateur général peut le faire.</translation>
    </message>
    <message>
        <source>A subscription that is %1 cannot be changed any more.</source>
        <comment>%1 is a status such as Expired</comment>
        <translation>Un abonnement à l’état %1 ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Subscription details</source>
        <translation>Détails de l’abonnement</translation>
    </message>
    <message>
        <source>On</source>
        <comment>auto-renew</comment>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-renew</comment>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>Envoi de la modification…</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation>Choisissez un état différent de l’état actuel.</translation>
    </message>
    <message>
        <source>Sending the change to Partner Center…</source>
        <translation>Envoi de la modification à l’Espace partenaires…</translation>
    </message>
    <message>
        <source>✓ Done. %1 is now %2.</source>
        <comment>%1 subscription, %2 its status</comment>
        <translation>✓ Terminé. %1 est désormais à l’état %2.</translation>
    </message>
    <message>
        <source>✗ Not changed. %1</source>
        <translation>✗ Aucune modification. %1</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The subscription could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Résultat inconnu. %1

L’abonnement n’a pas pu être relu non plus. Vérifiez son état (relu maintenant) avant de réessayer.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Annuler l’abonnement</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled new-commerce subscription cannot be reactivated. It is refunded according to Microsoft&apos;s cancellation policy.</source>
        <translation>Annuler %1 ? Cette annulation est définitive&#xa0;: un abonnement annulé de la nouvelle expérience commerciale ne peut pas être réactivé. Il est remboursé selon la politique d’annulation de Microsoft.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>confirm cancelling a new-commerce subscription</comment>
        <translation>Annuler l’abonnement</translation>
    </message>
    <message>
        <source>Possible until %1.</source>
        <comment>cancelling a new-commerce subscription</comment>
        <translation>Possible jusqu’au %1.</translation>
    </message>
    <message>
        <source>Auto-renew at the term end</source>
        <translation>Renouvellement automatique en fin d’engagement</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled marketplace subscription cannot be reactivated.</source>
        <translation>Annuler %1 ? Cette annulation est définitive&#xa0;: un abonnement de la Place de marché annulé ne peut pas être réactivé.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <translation>Désactiver le renouvellement automatique</translation>
    </message>
    <message>
        <source>Turn auto-renew off for %1? This stops the renewal, not the bill: the subscription stays, and is billed, until its term ends on %2.</source>
        <translation>Désactiver le renouvellement automatique de %1 ? Cela arrête le renouvellement, pas la facturation&#xa0;: l’abonnement reste, et est facturé, jusqu’à la fin de l’engagement&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <comment>confirm</comment>
        <translation>Désactiver le renouvellement automatique</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now on for %1.</source>
        <translation>✓ Le renouvellement automatique de %1 est désormais activé.</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now off for %1. It stays until its term ends on %2.</source>
        <translation>✓ Le renouvellement automatique de %1 est désormais désactivé. L’abonnement reste jusqu’à la fin de l’engagement&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Offre&#xa0;:</translation>
    </message>
    <message>
        <source>Subscription ID:</source>
        <translation>ID d’abonnement&#xa0;:</translation>
    </message>
    <message>
        <source>Base subscription:</source>
        <comment>the subscription an add-on belongs to</comment>
        <translation>Abonnement de base&#xa0;:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Modules complémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>subscription status</comment>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Billing cycle:</source>
        <translation>Cycle de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>Commitment end:</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Fin d’engagement&#xa0;:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <translation>Annulable jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>Renouvellement automatique&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an add-on&apos;s name and its status</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Suspending it suspends its %Ln active add-on(s) too: %1.</source>
        <translation>
            <numerusform>Le suspendre suspend aussi %Ln module complémentaire actif&#xa0;: %1.</numerusform>
            <numerusform>Le suspendre suspend aussi ses %Ln modules complémentaires actifs&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SubscriptionModel</name>
    <message>
        <source>%1. New commerce: billed while suspended; it must be cancelled, or run to its term end, before the relationship can be removed.</source>
        <translation>%1. Nouvelle expérience commerciale&#xa0;: l’abonnement reste facturé pendant la suspension&#xa0;; il doit être annulé, ou arriver à la fin de son engagement, avant que la relation puisse être supprimée.</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <comment>subscription name of an add-on</comment>
        <translation>%1 (module complémentaire)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>subscription status</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Cycle de facturation</translation>
    </message>
    <message>
        <source>Commitment end</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Fin d’engagement</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a new-commerce subscription can be cancelled</comment>
        <translation>Annulable jusqu’au</translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>an add-on&apos;s name, then its base subscription&apos;s</comment>
        <translation>%1 — module complémentaire de %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionStatusJob</name>
    <message>
        <source>%1 is now %2, with its base subscription.</source>
        <comment>%1 an add-on, %2 its status</comment>
        <translation>%1 est maintenant %2, avec son abonnement de base.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsCommand</name>
    <message>
        <source>Subscription ID</source>
        <translation>ID d’abonnement</translation>
    </message>
    <message>
        <source>%1 has no subscriptions.</source>
        <translation>%1 n’a aucun abonnement.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>Suspend all active…</source>
        <translation>Suspendre tous les abonnements actifs…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read this customer&apos;s subscriptions again from Partner Center</source>
        <translation>Recharger les abonnements de ce client depuis l’Espace partenaires</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les abonnements.</translation>
    </message>
    <message>
        <source>The subscriptions are still loading.</source>
        <translation>Les abonnements sont encore en cours de chargement.</translation>
    </message>
    <message>
        <source>Suspending is already under way.</source>
        <translation>La suspension est déjà en cours.</translation>
    </message>
    <message>
        <source>No subscription is active.</source>
        <translation>Aucun abonnement n’est actif.</translation>
    </message>
    <message>
        <source>Suspend every active subscription of this customer, with a result for each</source>
        <translation>Suspendre tous les abonnements actifs de ce client, avec un résultat pour chacun</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Impossible de charger les abonnements</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Chargement des abonnements…</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>Aucun abonnement</translation>
    </message>
    <message>
        <source>This customer has no subscriptions with you.</source>
        <translation>Ce client n’a aucun abonnement auprès de vous.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln abonnement</numerusform>
            <numerusform>%Ln abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <comment>subscriptions</comment>
        <translation>
            <numerusform>%Ln actif</numerusform>
            <numerusform>%Ln actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>The subscriptions could not be read again; they are shown as last read. %1</source>
        <translation>Impossible de relire les abonnements&#xa0;; ils sont affichés tels qu’ils ont été lus la dernière fois. %1</translation>
    </message>
</context>
<context>
    <name>SuspendAllDialog</name>
    <message>
        <source>Suspend all active subscriptions</source>
        <translation>Suspendre tous les abonnements actifs</translation>
    </message>
    <message>
        <source>Suspending every active subscription: base subscriptions first, then their add-ons. Partner Center may ask us to slow down; that is handled for you.</source>
        <translation>Suspension de tous les abonnements actifs&#xa0;: d’abord les abonnements de base, puis leurs modules complémentaires. L’Espace partenaires peut demander de ralentir le rythme&#xa0;; PartnerDesk s’en charge pour vous.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Lecture des abonnements…</translation>
    </message>
    <message>
        <source>No subscription was active. Nothing to do.</source>
        <translation>Aucun abonnement n’était actif. Rien à faire.</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed. Retry failed tries again what is still active.</source>
        <translation>Suspension réussie&#xa0;: %1&#xa0;; échec&#xa0;: %2. Le bouton Réessayer les échecs relance ceux qui sont encore actifs.</translation>
    </message>
    <message>
        <source>✓ %1 — suspended</source>
        <translation>✓ %1 — suspendu</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed, %3 not known. Check the status of those marked ⚠ in the Subscriptions list before trying again.</source>
        <translation>Suspension réussie&#xa0;: %1&#xa0;; échec&#xa0;: %2&#xa0;; résultat inconnu&#xa0;: %3. Avant de réessayer, vérifiez l’état de ceux marqués ⚠ dans la liste Abonnements.</translation>
    </message>
    <message>
        <source>⚠ %1 — not known whether suspended: %2</source>
        <translation>⚠ %1 — suspension incertaine&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln subscription(s) done…</source>
        <translation>
            <numerusform>%1 sur %Ln abonnement traité…</numerusform>
            <numerusform>%1 sur %Ln abonnements traités…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %Ln subscription(s) suspended; the rest are unchanged.</source>
        <translation>
            <numerusform>Interrompu. %Ln abonnement suspendu&#xa0;; les autres sont inchangés.</numerusform>
            <numerusform>Interrompu. %Ln abonnements suspendus&#xa0;; les autres sont inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Done: %Ln subscription(s) suspended.</source>
        <translation>
            <numerusform>✓ Terminé&#xa0;: %Ln abonnement suspendu.</numerusform>
            <numerusform>✓ Terminé&#xa0;: %Ln abonnements suspendus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln abonnement</numerusform>
            <numerusform>%Ln abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>a subscription to be suspended</comment>
        <translation>%1 — module complémentaire de %2</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln subscription(s)</source>
        <translation>
            <numerusform>Suspendre %Ln abonnement</numerusform>
            <numerusform>Suspendre %Ln abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln active subscription(s) will be suspended, base subscriptions first, then their add-ons. New-commerce subscriptions are still billed while suspended.</source>
        <translation>
            <numerusform>%Ln abonnement actif sera suspendu, les abonnements de base d’abord, puis leurs modules complémentaires. Les abonnements de la nouvelle expérience commerciale restent facturés pendant la suspension.</numerusform>
            <numerusform>Ces %Ln abonnements actifs seront suspendus, les abonnements de base d’abord, puis leurs modules complémentaires. Les abonnements de la nouvelle expérience commerciale restent facturés pendant la suspension.</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscription is active. Nothing to do.</source>
        <translation>Aucun abonnement n’est actif. Rien à faire.</translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message>
        <source>Suspended %1 of %2.</source>
        <translation>Abonnements suspendus&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 has no active subscriptions.</source>
        <translation>%1 n’a aucun abonnement actif.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>result of suspending a subscription</comment>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Already suspended</source>
        <translation>Déjà suspendu</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of suspending a subscription</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 (%2) was not suspended:</source>
        <translation>L’abonnement %1 (%2) n’a pas été suspendu&#xa0;:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>The customer has no subscription with this ID.</source>
        <translation>Le client n’a aucun abonnement avec cet ID.</translation>
    </message>
    <message>
        <source>%1: the customer has no subscription with this ID.</source>
        <translation>%1&#xa0;: le client n’a aucun abonnement avec cet ID.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>ID d’abonnement</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of suspending a subscription: it may or may not have been suspended</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 (%2) may or may not have been suspended:</source>
        <translation>On ne sait pas si l’abonnement %1 (%2) a été suspendu&#xa0;:</translation>
    </message>
    <message>
        <source>Check its status with &quot;partnerdesk-cli subscriptions %1&quot; before trying again.</source>
        <translation>Vérifiez son état avec «&#xa0;partnerdesk-cli subscriptions %1&#xa0;» avant de réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Suspending %Ln active subscription(s)…</source>
        <translation>
            <numerusform>Suspension de %Ln abonnement actif…</numerusform>
            <numerusform>Suspension de %Ln abonnements actifs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down: %Ln request(s) at a time.</source>
        <translation>
            <numerusform>L’Espace partenaires a demandé de ralentir le rythme&#xa0;: %Ln demande à la fois.</numerusform>
            <numerusform>L’Espace partenaires a demandé de ralentir le rythme&#xa0;: %Ln demandes à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended with its base subscription.</source>
        <translation>Suspendu avec son abonnement de base.</translation>
    </message>
</context>
<context>
    <name>TerminateAdminRelationshipsJob</name>
    <message>
        <source>The admin relationship “%1” is %2: only an active one can be terminated.</source>
        <comment>%1 is the relationship name, %2 its status</comment>
        <translation>La relation d’administrateur « %1 » a l’état %2&#xa0;: seule une relation active peut être résiliée.</translation>
    </message>
    <message>
        <source>Microsoft Graph is not connected, so admin relationships cannot be terminated here.</source>
        <translation>Microsoft Graph n’est pas connecté&#xa0;: les relations d’administrateur ne peuvent donc pas être résiliées ici.</translation>
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <source>Global admin</source>
        <comment>Microsoft Entra role</comment>
        <translation>Administrateur général</translation>
    </message>
    <message>
        <source>Admin agent</source>
        <comment>Partner Center role</comment>
        <translation>Agent d’administration</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <comment>Partner Center role</comment>
        <translation>Agent commercial</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <comment>Partner Center role</comment>
        <translation>Agent du support technique</translation>
    </message>
    <message>
        <source>no Partner Center role</source>
        <translation>aucun rôle dans l’Espace partenaires</translation>
    </message>
    <message>
        <source>roles not stated</source>
        <translation>rôles non indiqués</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (user principal name)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WhoAmICommand</name>
    <message>
        <source>Unknown: the access token does not say who it belongs to.</source>
        <translation>Inconnu&#xa0;: le jeton d’accès n’indique pas à qui il appartient.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Point de terminaison&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ends CSP reseller relationships, clearing the blockers first.</source>
        <translation>Met fin aux relations de revendeur CSP, en levant d’abord les blocages.</translation>
    </message>
    <message>
        <source>Partner Center-compatible endpoint for this run (default: the account chosen in the File menu, else the embedded sandbox).</source>
        <translation>Point de terminaison compatible avec l’Espace partenaires pour cette exécution (par défaut&#xa0;: le compte choisi dans le menu Fichier, sinon le bac à sable intégré).</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>File holding an access token (or PARTNERDESK_ACCESS_TOKEN).</source>
        <translation>Fichier contenant un jeton d’accès (ou PARTNERDESK_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command-line value name</comment>
        <translation>fichier</translation>
    </message>
    <message>
        <source>UI language: %1.</source>
        <translation>Langue de l’interface&#xa0;: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name</comment>
        <translation>code</translation>
    </message>
    <message>
        <source>Print how long the window took to appear, then quit.</source>
        <translation>Affiche le temps mis par la fenêtre pour apparaître, puis quitte.</translation>
    </message>
    <message>
        <source>--endpoint needs --access-token-file or PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>--endpoint nécessite --access-token-file ou PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
</context>
</TS>
