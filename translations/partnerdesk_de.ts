<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>Über PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk %1</source>
        <translation>PartnerDesk %1</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers, clearing what blocks them first.</source>
        <translation>Beendet Resellerbeziehungen zu Kunden im Microsoft CSP-Programm und beseitigt zuvor alles, was dem im Weg steht.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, ausgeführt mit Qt %2.</translation>
    </message>
    <message>
        <source>PartnerDesk ships with these components, each under its own licence:</source>
        <translation>PartnerDesk enthält diese Komponenten, jeweils unter ihrer eigenen Lizenz:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a component and its licence</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>Sign &amp;in to Partner Center…</source>
        <translation>Bei Partner Center &amp;anmelden…</translation>
    </message>
    <message>
        <source>Co&amp;nnection settings…</source>
        <translation>&amp;Verbindungseinstellungen…</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <comment>File menu: work on the demo data</comment>
        <translation>&amp;Sandbox verwenden</translation>
    </message>
    <message>
        <source>Work on the demo data on this computer instead of Partner Center; the sign-in is kept</source>
        <translation>Mit den Demodaten auf diesem Computer statt mit Partner Center arbeiten; die Anmeldung bleibt erhalten</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <comment>user name; roles</comment>
        <translation>Angemeldet als %1 — %2</translation>
    </message>
</context>
<context>
    <name>ActivityCommand</name>
    <message numerus="yes">
        <source>%Ln line(s) of the audit log could not be read and were left out.</source>
        <translation>
            <numerusform>%Ln Zeile des Überwachungsprotokolls konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>%Ln Zeilen des Überwachungsprotokolls konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <source>&amp;Customer:</source>
        <comment>activity filter</comment>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>activity filter</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Choose a customer, or type part of a company name, a customer ID or a primary domain</source>
        <translation>Wählen Sie einen Kunden aus, oder geben Sie einen Teil eines Firmennamens, eine Kunden-ID oder eine primäre Domäne ein</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>activity filter</comment>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>activity filter</comment>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <comment>activity filter</comment>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>activity filter</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>activity filter: first day shown</comment>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>activity filter: last day shown</comment>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Attempted</source>
        <comment>result of a change in the activity log: sent, answer not yet in</comment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>result of a change in the activity log</comment>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of a change in the activity log</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>result of a change in the activity log: not sent, refused here</comment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>result of a change in the activity log: stopped by the user</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a status change: old → new</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <comment>an error message and its code</comment>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>column of the activity log</comment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>column of the activity log</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column of the activity log</comment>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>column of the activity log: the subscription or order changed</comment>
        <translation>Element</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column of the activity log: old status → new status</comment>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column of the activity log</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>column of the activity log: the error, if any</comment>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <comment>column of the activity log</comment>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>User</source>
        <comment>column of the activity log: who was signed in</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of a change in the activity log: its answer was lost and reading it back failed; it may or may not have been made</comment>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — PartnerDesk</source>
        <comment>window title</comment>
        <translation>Aktivität — PartnerDesk</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Every change made from this computer, newest first: what was changed, for which customer, by whom, and what Partner Center answered.</source>
        <translation>Jede Änderung, die von diesem Computer aus vorgenommen wurde, die neueste zuerst: was geändert wurde, für welchen Kunden, von wem und was Partner Center geantwortet hat.</translation>
    </message>
    <message>
        <source>Search by customer, item, error or ID</source>
        <translation>Nach Kunde, Element, Fehler oder ID suchen</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Aktivität durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the entries as currently filtered to a CSV file</source>
        <translation>Die Einträge mit den aktuellen Filtern in einer CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder that holds the audit log (%1)</source>
        <translation>Den Ordner mit dem Überwachungsprotokoll anzeigen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <comment>in the activity log</comment>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown entries of all; %1 is &quot;5 entries&quot;</comment>
        <translation>
            <numerusform>%1 von %Ln</numerusform>
            <numerusform>%1 von %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, reading…</source>
        <comment>entry count while the log is still being read</comment>
        <translation>%1, wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the log could not be read and are not shown.</source>
        <translation>
            <numerusform>%Ln Zeile des Protokolls konnte nicht gelesen werden und wird nicht angezeigt.</numerusform>
            <numerusform>%Ln Zeilen des Protokolls konnten nicht gelesen werden und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the activity log…</source>
        <translation>Das Aktivitätsprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>No entry matches the filters</source>
        <translation>Kein Eintrag entspricht den Filtern</translation>
    </message>
    <message>
        <source>Search looks at the customer, the item, the error, the user and the IDs.</source>
        <translation>Die Suche berücksichtigt den Kunden, das Element, den Fehler, den Benutzer und die IDs.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Noch keine Aktivität</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes — suspensions, cancellations, removals — is recorded here with its result and correlation ID.</source>
        <translation>Jede Änderung, die PartnerDesk vornimmt — Anhalten, Kündigungen, Entfernungen —, wird hier mit ihrem Ergebnis und ihrer Korrelations-ID festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s) to %1</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>activity.csv</source>
        <comment>default export file name</comment>
        <translation>aktivitaet.csv</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>AdminRelationship</name>
    <message>
        <source>Active</source>
        <comment>admin relationship status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Activating</source>
        <comment>admin relationship status</comment>
        <translation>Wird aktiviert</translation>
    </message>
    <message>
        <source>Expiring</source>
        <comment>admin relationship status</comment>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>admin relationship status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Termination requested</source>
        <comment>admin relationship status</comment>
        <translation>Beendigung angefordert</translation>
    </message>
    <message>
        <source>Terminating</source>
        <comment>admin relationship status</comment>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>admin relationship status</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>admin relationship status</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <comment>admin relationship status</comment>
        <translation>Genehmigung ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>admin relationship status</comment>
        <translation>Genehmigt</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipModel</name>
    <message>
        <source>Name</source>
        <comment>name of an admin relationship</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of an admin relationship</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>Microsoft Entra roles an admin relationship grants</comment>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Ends</source>
        <comment>end date of an admin relationship</comment>
        <translation>Endet</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsCommand</name>
    <message>
        <source>Relationship ID</source>
        <translation>Beziehungs-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsSection</name>
    <message>
        <source>Admin relationships</source>
        <translation>Administratorbeziehungen</translation>
    </message>
    <message>
        <source>Granular delegated admin privileges (GDAP) give your organisation admin roles in the customer&apos;s tenant. Removing the reseller relationship does not end them: terminate them here.</source>
        <translation>Differenzierte delegierte Administratorrechte (GDAP) geben Ihrer Organisation Administratorrollen im Mandanten des Kunden. Das Entfernen der Resellerbeziehung beendet sie nicht: Beenden Sie sie hier.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Read the admin relationships again</source>
        <translation>Die Administratorbeziehungen erneut lesen</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <comment>end the selected admin relationship</comment>
        <translation>Beenden…</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Alle beenden…</translation>
    </message>
    <message>
        <source>The admin relationships cannot be read: PartnerDesk is not connected to Microsoft Graph.</source>
        <translation>Die Administratorbeziehungen können nicht gelesen werden: PartnerDesk ist nicht mit Microsoft Graph verbunden.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read from Microsoft Graph. %1</source>
        <comment>%1 says why</comment>
        <translation>Die Administratorbeziehungen konnten nicht aus Microsoft Graph gelesen werden. %1</translation>
    </message>
    <message>
        <source>The list below is as last read.</source>
        <translation>Die Liste unten ist der Stand des letzten Lesens.</translation>
    </message>
    <message>
        <source>Reading the admin relationships from Microsoft Graph…</source>
        <translation>Administratorbeziehungen werden aus Microsoft Graph gelesen…</translation>
    </message>
    <message>
        <source>No admin relationships: Microsoft Graph lists none with this customer&apos;s tenant.</source>
        <translation>Keine Administratorbeziehungen: Microsoft Graph führt keine mit dem Mandanten dieses Kunden.</translation>
    </message>
    <message>
        <source>No admin relationship is active: none gives your organisation admin access any more.</source>
        <translation>Keine Administratorbeziehung ist aktiv: Keine gibt Ihrer Organisation noch Administratorzugriff.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): on. They end with the reseller relationship.</source>
        <translation>Ältere delegierte Administratorrechte (DAP): aktiviert. Sie enden mit der Resellerbeziehung.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): off.</source>
        <translation>Ältere delegierte Administratorrechte (DAP): deaktiviert.</translation>
    </message>
    <message>
        <source>A termination is in progress.</source>
        <translation>Eine Beendigung läuft.</translation>
    </message>
    <message>
        <source>Select an active admin relationship first.</source>
        <translation>Wählen Sie zuerst eine aktive Administratorbeziehung aus.</translation>
    </message>
    <message>
        <source>Only an active admin relationship can be terminated; this one is %1.</source>
        <translation>Nur eine aktive Administratorbeziehung kann beendet werden; diese hat den Status %1.</translation>
    </message>
    <message>
        <source>No admin relationship is active.</source>
        <translation>Keine Administratorbeziehung ist aktiv.</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <translation>Administratorbeziehung beenden</translation>
    </message>
    <message>
        <source>Terminate the admin relationship “%1” with %2?</source>
        <comment>%1 relationship, %2 company</comment>
        <translation>Die Administratorbeziehung „%1“ mit %2 beenden?</translation>
    </message>
    <message>
        <source>Your organisation loses the roles it grants in the customer&apos;s tenant: %1.</source>
        <translation>Ihre Organisation verliert die Rollen, die sie im Mandanten des Kunden gewährt: %1.</translation>
    </message>
    <message>
        <source>Terminate all admin relationships</source>
        <translation>Alle Administratorbeziehungen beenden</translation>
    </message>
    <message>
        <source>Your organisation loses every role they grant in the customer&apos;s tenant.</source>
        <translation>Ihre Organisation verliert jede Rolle, die sie im Mandanten des Kunden gewähren.</translation>
    </message>
    <message>
        <source>This cannot be undone: only a new relationship that the customer approves gives the access back.</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Nur eine neue Beziehung, die der Kunde genehmigt, gibt den Zugriff zurück.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>confirm ending admin relationships</comment>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>⚠ “%1”: it is not known whether the termination was requested. %2 Check its status above before trying again.</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ „%1“: Es ist nicht bekannt, ob die Beendigung angefordert wurde. %2 Prüfen Sie den Status oben, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>“%1” was not terminated: stopped.</source>
        <translation>„%1“ wurde nicht beendet: angehalten.</translation>
    </message>
    <message>
        <source>✗ “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ „%1“ wurde nicht beendet. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active admin relationship(s) give your organisation admin access to this customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln aktive Administratorbeziehung gibt Ihrer Organisation Administratorzugriff auf den Mandanten dieses Kunden.</numerusform>
            <numerusform>%Ln aktive Administratorbeziehungen geben Ihrer Organisation Administratorzugriff auf den Mandanten dieses Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate %Ln admin relationship(s) with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>
            <numerusform>%Ln Administratorbeziehung mit %1 beenden?</numerusform>
            <numerusform>%Ln Administratorbeziehungen mit %1 beenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requesting the termination of %Ln admin relationship(s)…</source>
        <translation>
            <numerusform>Beendigung von %Ln Administratorbeziehung wird angefordert…</numerusform>
            <numerusform>Beendigung von %Ln Administratorbeziehungen wird angefordert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Termination requested for %Ln admin relationship(s); Microsoft Graph ends them within minutes and the status above follows.</source>
        <translation>
            <numerusform>✓ Beendigung für %Ln Administratorbeziehung angefordert; Microsoft Graph beendet sie binnen Minuten, der Status oben folgt.</numerusform>
            <numerusform>✓ Beendigung für %Ln Administratorbeziehungen angefordert; Microsoft Graph beendet sie binnen Minuten, der Status oben folgt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) being terminated: Microsoft Graph ends them over a few minutes, and the list follows.</source>
        <translation>
            <numerusform>%Ln Administratorbeziehung wird beendet: Microsoft Graph beendet sie binnen Minuten, die Liste folgt.</numerusform>
            <numerusform>%Ln Administratorbeziehungen werden beendet: Microsoft Graph beendet sie binnen Minuten, die Liste folgt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your role does not allow this. Ask a Global admin or an Admin agent.</source>
        <translation>Ihre Rolle lässt dies nicht zu. Wenden Sie sich an einen globalen Administrator oder einen Administrator-Agenten.</translation>
    </message>
    <message>
        <source>An Azure plan cannot be suspended while Azure subscriptions under it are active.</source>
        <translation>Ein Azure-Plan kann nicht angehalten werden, solange zugehörige Azure-Abonnements aktiv sind.</translation>
    </message>
    <message>
        <source>The cancellation window has passed.</source>
        <translation>Die Kündigungsfrist ist abgelaufen.</translation>
    </message>
    <message>
        <source>There is no relationship between your organization and this customer.</source>
        <translation>Zwischen Ihrer Organisation und diesem Kunden besteht keine Beziehung.</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Refresh and try again.</source>
        <translation>Jemand anderes hat dieses Element inzwischen geändert. Aktualisieren Sie die Ansicht, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>A suspended subscription cannot be updated.</source>
        <translation>Ein angehaltenes Abonnement kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>An add-on cannot be reactivated while its parent subscription is inactive.</source>
        <translation>Ein Add-On kann nicht reaktiviert werden, solange sein Basisabonnement inaktiv ist.</translation>
    </message>
    <message>
        <source>Partner Center could not be reached.</source>
        <translation>Partner Center war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Partner Center did not answer in time.</source>
        <translation>Partner Center hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Partner Center is busy and asked us to slow down. Try again in a minute.</source>
        <translation>Partner Center ist ausgelastet und bittet darum, weniger Anforderungen zu senden. Versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
    <message>
        <source>Partner Center sent an answer that could not be read.</source>
        <translation>Partner Center hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anforderung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Refused to send credentials over an unencrypted connection.</source>
        <translation>Das Senden von Anmeldeinformationen über eine unverschlüsselte Verbindung wurde verweigert.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired. Sign in again.</source>
        <translation>Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Partner Center accepted the request but did not confirm the change.</source>
        <translation>Partner Center hat die Anforderung angenommen, die Änderung aber nicht bestätigt.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle lässt dies nicht zu.</translation>
    </message>
    <message>
        <source>Partner Center does not know this item any more.</source>
        <translation>Partner Center kennt dieses Element nicht mehr.</translation>
    </message>
    <message>
        <source>Partner Center refused the change.</source>
        <translation>Partner Center hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Partner Center had an internal error.</source>
        <translation>Bei Partner Center ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Partner Center refused the request (HTTP %1).</source>
        <translation>Partner Center hat die Anforderung abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Partner Center said: %1</source>
        <translation>Antwort von Partner Center: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>The request was cancelled after it was sent, so it is not known whether the change was made.</source>
        <translation>Die Anforderung wurde erst nach dem Senden abgebrochen; es ist daher nicht bekannt, ob die Änderung vorgenommen wurde.</translation>
    </message>
    <message>
        <source>The answer from Partner Center was lost, so it is not known whether the change was made.</source>
        <translation>Die Antwort von Partner Center ist verloren gegangen; es ist daher nicht bekannt, ob die Änderung vorgenommen wurde.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <comment>technical details of a failure</comment>
        <translation>Einzelheiten: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph refused access to the admin relationships. Add the delegated Microsoft Graph permission DelegatedAdminRelationship.ReadWrite.All to the app registration and grant admin consent; your account also needs the Admin agent role.</source>
        <translation>Microsoft Graph hat den Zugriff auf die Administratorbeziehungen verweigert. Fügen Sie der App-Registrierung die delegierte Microsoft Graph-Berechtigung DelegatedAdminRelationship.ReadWrite.All hinzu, und erteilen Sie die Administratorzustimmung; Ihr Konto benötigt außerdem die Rolle Administrator-Agent.</translation>
    </message>
    <message>
        <source>The answer from Microsoft Graph was lost, so it is not known whether the change was made.</source>
        <translation>Die Antwort von Microsoft Graph ist verloren gegangen; es ist daher nicht bekannt, ob die Änderung vorgenommen wurde.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached.</source>
        <translation>Microsoft Graph war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation>Microsoft Graph hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy and asked us to slow down. Try again in a minute.</source>
        <translation>Microsoft Graph ist ausgelastet und bittet darum, weniger Anforderungen zu senden. Versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer that could not be read.</source>
        <translation>Microsoft Graph hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know this admin relationship.</source>
        <translation>Microsoft Graph kennt diese Administratorbeziehung nicht.</translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error.</source>
        <translation>Bei Microsoft Graph ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (HTTP %1).</source>
        <translation>Microsoft Graph hat die Anforderung abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Microsoft Graph said: %1</source>
        <translation>Antwort von Microsoft Graph: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph client-request-id: %1</source>
        <translation>client-request-id für Microsoft Graph: %1</translation>
    </message>
</context>
<context>
    <name>AppConnection</name>
    <message>
        <source>Cannot read the access token file &quot;%1&quot;: %2</source>
        <translation>Die Zugriffstokendatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The access token file &quot;%1&quot; is empty.</source>
        <translation>Die Zugriffstokendatei „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Die eingebettete Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>No Microsoft Graph access token: give --graph-access-token-file or set PARTNERDESK_GRAPH_ACCESS_TOKEN to see and end admin relationships.</source>
        <translation>Kein Zugriffstoken für Microsoft Graph: Geben Sie --graph-access-token-file an, oder legen Sie PARTNERDESK_GRAPH_ACCESS_TOKEN fest, um Administratorbeziehungen anzuzeigen und zu beenden.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Suspend subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Abonnement anhalten</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Abonnement reaktivieren</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Abonnement kündigen</translation>
    </message>
    <message>
        <source>Change subscription status</source>
        <comment>an action in the activity log</comment>
        <translation>Abonnementstatus ändern</translation>
    </message>
    <message>
        <source>Change auto-renew</source>
        <comment>an action in the activity log</comment>
        <translation>Automatische Verlängerung ändern</translation>
    </message>
    <message>
        <source>Cancel software purchase</source>
        <comment>an action in the activity log</comment>
        <translation>Softwarekauf stornieren</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Resellerbeziehung entfernen</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Administratorbeziehung beenden</translation>
    </message>
</context>
<context>
    <name>BlockerChecklist</name>
    <message>
        <source>What blocks the removal</source>
        <translation>Was das Entfernen verhindert</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and suspend this subscription</comment>
        <translation>In den Abonnements auswählen</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and cancel this subscription</comment>
        <translation>In den Abonnements auswählen</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Bestellung stornieren…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Show in Purchases</source>
        <comment>go to the purchase that is cancelled elsewhere</comment>
        <translation>In den Käufen anzeigen</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and see this subscription</comment>
        <translation>In den Abonnements auswählen</translation>
    </message>
    <message>
        <source>Turn auto-renew off…</source>
        <translation>Automatische Verlängerung ausschalten…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Azure-Portal öffnen</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is copied to the clipboard: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Die Adresse wurde in die Zwischenablage kopiert: %1</translation>
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
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Offboard customers</source>
        <translation>Offboarding von Kunden</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)?</source>
        <translation>
            <numerusform>Offboarding für %Ln Kunden starten?</numerusform>
            <numerusform>Offboarding für %Ln Kunden starten?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Partner Center will be asked to:</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Partner Center wird aufgefordert:</translation>
    </message>
    <message numerus="yes">
        <source>• remove the reseller relationship with %Ln customer(s): each leaves your customer list, you leave their support contacts, your delegated admin privileges are removed and you can no longer make purchases for them;</source>
        <translation>
            <numerusform>• die Resellerbeziehung mit %Ln Kunden zu entfernen: Er verschwindet aus Ihrer Kundenliste, Sie werden aus seinen Supportkontakten entfernt, Ihre delegierten Administratorrechte werden entfernt und Sie können keine Käufe mehr für ihn tätigen;</numerusform>
            <numerusform>• die Resellerbeziehung mit %Ln Kunden zu entfernen: Jeder verschwindet aus Ihrer Kundenliste, Sie werden aus ihren Supportkontakten entfernt, Ihre delegierten Administratorrechte werden entfernt und Sie können keine Käufe mehr für sie tätigen;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• suspend %Ln subscription(s);</source>
        <translation>
            <numerusform>• %Ln Abonnement anzuhalten;</numerusform>
            <numerusform>• %Ln Abonnements anzuhalten;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• cancel %Ln subscription(s) and software purchase(s);</source>
        <translation>
            <numerusform>• %Ln Abonnement oder Softwarekauf zu kündigen;</numerusform>
            <numerusform>• %Ln Abonnements und Softwarekäufe zu kündigen;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• terminate %Ln admin relationship(s);</source>
        <translation>
            <numerusform>• %Ln Administratorbeziehung zu beenden;</numerusform>
            <numerusform>• %Ln Administratorbeziehungen zu beenden;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and prepare %Ln more customer(s) that cannot be removed yet (their changes are counted above).</source>
        <translation>
            <numerusform>• und %Ln weiteren Kunden vorzubereiten, der noch nicht entfernt werden kann (seine Änderungen sind oben mitgezählt).</numerusform>
            <numerusform>• und %Ln weitere Kunden vorzubereiten, die noch nicht entfernt werden können (ihre Änderungen sind oben mitgezählt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Also terminate admin relationships (GDAP)</source>
        <translation>Auch Administratorbeziehungen (GDAP) beenden</translation>
    </message>
    <message>
        <source>To confirm, type the number of customers that will be removed (%1):</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Kunden ein, die entfernt werden (%1):</translation>
    </message>
    <message>
        <source>Number of customers that will be removed</source>
        <translation>Anzahl der Kunden, die entfernt werden</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)</source>
        <translation>
            <numerusform>Offboarding für %Ln Kunden</numerusform>
            <numerusform>Offboarding für %Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of customers that will be removed to enable this button.</source>
        <translation>Geben Sie die Anzahl der Kunden ein, die entfernt werden, um diese Schaltfläche zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>BulkCustomer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Reading…</source>
        <comment>a customer of a bulk run being read</comment>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Working… %Ln change(s) made</source>
        <translation>
            <numerusform>In Arbeit… %Ln Änderung vorgenommen</numerusform>
            <numerusform>In Arbeit… %Ln Änderungen vorgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Primäre Domäne</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of a customer in a bulk plan or run</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>column: number of subscriptions to suspend</comment>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>column: number of subscriptions and purchases to cancel</comment>
        <translation>Kündigen</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>column: number of admin relationships to terminate</comment>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Why not removed</source>
        <comment>column: what blocks the removal, or the error</comment>
        <translation>Warum nicht entfernt</translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>BulkOffboardCommand</name>
    <message>
        <source>The list names no customer of yours.</source>
        <translation>Die Liste nennt keinen Ihrer Kunden.</translation>
    </message>
    <message>
        <source>There is no unfinished run for this list in %1.</source>
        <translation>In %1 gibt es keinen unvollendeten Sammellauf für diese Liste.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kündigen</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Why not removable / error</source>
        <translation>Warum nicht entfernbar / Fehler</translation>
    </message>
    <message>
        <source>Nothing was changed. To offboard them, run again with --confirm-count %1.</source>
        <translation>Es wurde nichts geändert. Für das Offboarding führen Sie den Befehl erneut mit --confirm-count %1 aus.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2</source>
        <translation>Das Journal des Sammellaufs %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Run %1. If it is interrupted, continue it with --resume and the same list.</source>
        <translation>Sammellauf %1. Wird er unterbrochen, setzen Sie ihn mit --resume und derselben Liste fort.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>Das Journal des Sammellaufs konnte nicht geschrieben werden (%1); der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>Das Journal des Sammellaufs %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Why / what to do</source>
        <translation>Warum / was zu tun ist</translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %Ln customer(s) left; each is read again first.</source>
        <translation>
            <numerusform>Sammellauf %1 wird fortgesetzt: %Ln Kunde übrig; jeder wird zuerst erneut gelesen.</numerusform>
            <numerusform>Sammellauf %1 wird fortgesetzt: %Ln Kunden übrig; jeder wird zuerst erneut gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln customer(s)…</source>
        <translation>
            <numerusform>%Ln Kunde wird gelesen…</numerusform>
            <numerusform>%Ln Kunden werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be removed.</source>
        <translation>
            <numerusform>%Ln Kunde wird entfernt.</numerusform>
            <numerusform>%Ln Kunden werden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be prepared but cannot be removed yet.</source>
        <translation>
            <numerusform>%Ln Kunde wird vorbereitet, kann aber noch nicht entfernt werden.</numerusform>
            <numerusform>%Ln Kunden werden vorbereitet, können aber noch nicht entfernt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read.</source>
        <translation>
            <numerusform>%Ln Kunde konnte nicht gelesen werden.</numerusform>
            <numerusform>%Ln Kunden konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--confirm-count %1 does not match the plan: %Ln customer(s) would be removed. Nothing was changed.</source>
        <translation>
            <numerusform>--confirm-count %1 passt nicht zum Plan: %Ln Kunde würde entfernt. Es wurde nichts geändert.</numerusform>
            <numerusform>--confirm-count %1 passt nicht zum Plan: %Ln Kunden würden entfernt. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>%L1 von %Ln Kunde entfernt.</numerusform>
            <numerusform>%L1 von %Ln Kunden entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboardJob</name>
    <message>
        <source>Not every admin relationship was terminated.</source>
        <translation>Nicht jede Administratorbeziehung wurde beendet.</translation>
    </message>
    <message>
        <source>There is no reseller relationship with this customer.</source>
        <translation>Mit diesem Kunden besteht keine Resellerbeziehung.</translation>
    </message>
    <message>
        <source>It was not among the customers confirmed for removal in this run; offboard it in a new run.</source>
        <translation>Er gehörte nicht zu den für diesen Lauf zum Entfernen bestätigten Kunden; führen Sie das Offboarding in einem neuen Lauf durch.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change is on the server.</source>
        <translation>Nach dem Anhalten des Laufs erneut gelesen: Die Änderung ist auf dem Server.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change was not made.</source>
        <translation>Nach dem Anhalten des Laufs erneut gelesen: Die Änderung wurde nicht vorgenommen.</translation>
    </message>
    <message>
        <source>Not made; read back.</source>
        <translation>Nicht vorgenommen; erneut gelesen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run was cancelled before this customer was done.</source>
        <translation>Der Lauf wurde abgebrochen, bevor dieser Kunde fertig war.</translation>
    </message>
</context>
<context>
    <name>BulkOffboardWindow</name>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2. Nothing was changed.</source>
        <translation>Das Journal des Laufs %1 konnte nicht geschrieben werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Offboarding not started</source>
        <translation>Offboarding nicht gestartet</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>Das Journal des Sammellaufs konnte nicht geschrieben werden (%1); der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>Das Journal des Sammellaufs %1 konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %Ln customer(s)… Nothing is changed until you confirm.</source>
        <translation>
            <numerusform>%1 von %Ln Kunden wird gelesen… Bis zu Ihrer Bestätigung wird nichts geändert.</numerusform>
            <numerusform>%1 von %Ln Kunden werden gelesen… Bis zu Ihrer Bestätigung wird nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be removed. %2 will be prepared but cannot be removed yet. %3 could not be read. Nothing has been changed yet.</source>
        <translation>Entfernt werden: %1. Vorbereitet, aber noch nicht entfernbar: %2. Nicht lesbar: %3. Noch wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: the changes already sent finish, nothing new starts. %1 of %Ln customer(s) done.</source>
        <translation>
            <numerusform>Wird abgebrochen: Bereits gesendete Änderungen werden abgeschlossen, nichts Neues beginnt. %1 von %Ln Kunden erledigt.</numerusform>
            <numerusform>Wird abgebrochen: Bereits gesendete Änderungen werden abgeschlossen, nichts Neues beginnt. %1 von %Ln Kunden erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboarding: %1 of %Ln customer(s) done, %2 at a time. If the app is closed, the run is offered to be resumed at the next start.</source>
        <translation>
            <numerusform>Offboarding: %1 von %Ln Kunden erledigt, %2 gleichzeitig. Wird die App geschlossen, bietet sie beim nächsten Start an, den Lauf fortzusetzen.</numerusform>
            <numerusform>Offboarding: %1 von %Ln Kunden erledigt, %2 gleichzeitig. Wird die App geschlossen, bietet sie beim nächsten Start an, den Lauf fortzusetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The run did not finish; Resume continues it.</source>
        <translation>Der Lauf wurde nicht beendet; „Fortsetzen“ setzt ihn fort.</translation>
    </message>
    <message>
        <source>Each customer not removed says why and what to do.</source>
        <translation>Bei jedem nicht entfernten Kunden steht, warum und was zu tun ist.</translation>
    </message>
    <message>
        <source>Offboarding plan — PartnerDesk</source>
        <translation>Offboarding-Plan — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Offboarding-Plan</translation>
    </message>
    <message>
        <source>Offboarding — PartnerDesk</source>
        <translation>Offboarding läuft — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding customers</source>
        <translation>Offboarding von Kunden</translation>
    </message>
    <message>
        <source>Offboarding report — PartnerDesk</source>
        <translation>Offboarding-Bericht — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding report of %1</source>
        <comment>%1 is when the run started</comment>
        <translation>Offboarding-Bericht vom %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>Plan exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)…</source>
        <translation>
            <numerusform>Offboarding für %Ln Kunden…</numerusform>
            <numerusform>Offboarding für %Ln Kunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer of the plan can be removed now.</source>
        <translation>Kein Kunde des Plans kann jetzt entfernt werden.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Stop offboarding?</source>
        <translation>Offboarding anhalten?</translation>
    </message>
    <message>
        <source>The changes already sent finish; no customer is started after them. The report names where each customer ended, and the run can be resumed later.</source>
        <translation>Bereits gesendete Änderungen werden abgeschlossen; danach wird kein Kunde mehr begonnen. Der Bericht nennt, wo jeder Kunde endete, und der Lauf kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>offboarding-%1.csv</source>
        <comment>default file name of a report</comment>
        <translation>offboarding-bericht-%1.csv</translation>
    </message>
    <message>
        <source>offboarding-plan.csv</source>
        <comment>default file name of a plan</comment>
        <translation>offboarding-planung.csv</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>%L1 von %Ln Kunde entfernt.</numerusform>
            <numerusform>%L1 von %Ln Kunden entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboarding</name>
    <message>
        <source>Offboard customers from a file</source>
        <translation>Offboarding von Kunden aus einer Datei</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt);;All files (*)</source>
        <translation>Kundenlisten (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The customer list is still loading. Try again once it has loaded.</source>
        <translation>Die Kundenliste wird noch geladen. Versuchen Sie es erneut, sobald sie geladen ist.</translation>
    </message>
    <message numerus="yes">
        <source>The file names no customer of yours: %Ln line(s) left out.</source>
        <translation>
            <numerusform>Die Datei nennt keinen Ihrer Kunden: %Ln Zeile ausgelassen.</numerusform>
            <numerusform>Die Datei nennt keinen Ihrer Kunden: %Ln Zeilen ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>%1 konnte nicht verwendet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The offboarding run started %1 did not finish: %2 of %Ln customer(s) removed, %3 left. Resume it now? Every customer left is read again first; nothing that took effect is sent again.</source>
        <translation>
            <numerusform>Der am %1 gestartete Offboarding-Lauf wurde nicht beendet: %2 von %Ln Kunden entfernt, %3 übrig. Jetzt fortsetzen? Jeder übrige Kunde wird zuerst neu gelesen; nichts, was bereits wirksam wurde, wird erneut gesendet.</numerusform>
            <numerusform>Der am %1 gestartete Offboarding-Lauf wurde nicht beendet: %2 von %Ln Kunden entfernt, %3 übrig. Jetzt fortsetzen? Jeder übrige Kunde wird zuerst neu gelesen; nichts, was bereits wirksam wurde, wird erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume offboarding?</source>
        <translation>Offboarding fortsetzen?</translation>
    </message>
    <message>
        <source>Later asks again at the next start. Discard ends the run as it is; its report and the audit log keep everything it did.</source>
        <translation>„Später“ fragt beim nächsten Start erneut. „Verwerfen“ beendet den Lauf so, wie er ist; sein Bericht und das Überwachungsprotokoll behalten alles, was er getan hat.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The run could not be ended: %1</source>
        <translation>Der Lauf konnte nicht beendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %Ln customer(s) removed</source>
        <comment>a run&apos;s start and result</comment>
        <translation>
            <numerusform>%1 — %2 von %Ln Kunden entfernt</numerusform>
            <numerusform>%1 — %2 von %Ln Kunden entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not finished)</source>
        <translation>%1 (nicht beendet)</translation>
    </message>
    <message>
        <source>No offboarding run yet</source>
        <translation>Noch kein Offboarding-Lauf</translation>
    </message>
    <message>
        <source>Offboard customers from a &amp;file…</source>
        <translation>Offboarding von Kunden aus einer &amp;Datei…</translation>
    </message>
    <message>
        <source>Plan the offboarding of the customers a file lists: primary domains, customer IDs or Microsoft IDs</source>
        <translation>Das Offboarding der Kunden planen, die eine Datei nennt: primäre Domänen, Kunden-IDs oder Microsoft-IDs</translation>
    </message>
    <message>
        <source>Offboarding &amp;reports</source>
        <translation>Offboarding-&amp;Berichte</translation>
    </message>
</context>
<context>
    <name>BulkPlanPanel</name>
    <message>
        <source>Customers of the plan</source>
        <translation>Kunden des Plans</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the list left out:</source>
        <translation>
            <numerusform>%Ln Zeile der Liste ausgelassen:</numerusform>
            <numerusform>%Ln Zeilen der Liste ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>customer: why it is not removed</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BulkReport</name>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Prepared, not removable yet</source>
        <translation>Vorbereitet, noch nicht entfernbar</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>Will be prepared, cannot be removed yet</source>
        <translation>Wird vorbereitet, noch nicht entfernbar</translation>
    </message>
    <message>
        <source>Not known: no answer came, and it was not read back yet</source>
        <translation>Unbekannt: Keine Antwort kam, und es wurde noch nicht erneut gelesen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done (answer lost, read back)</source>
        <translation>Erledigt (Antwort verloren, erneut gelesen)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Resume the run, or offboard it again.</source>
        <translation>Setzen Sie den Lauf fort oder starten Sie das Offboarding erneut.</translation>
    </message>
    <message>
        <source>Resume the run: it reads the customer back before anything is sent again.</source>
        <translation>Setzen Sie den Lauf fort: Er liest den Kunden erneut, bevor etwas erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Offboard it again after %1.</source>
        <translation>Starten Sie das Offboarding nach %1 erneut.</translation>
    </message>
    <message>
        <source>Clear what blocks, then offboard it again.</source>
        <translation>Beseitigen Sie, was blockiert, und starten Sie das Offboarding dann erneut.</translation>
    </message>
    <message>
        <source>Check the error, then offboard it again.</source>
        <translation>Prüfen Sie den Fehler und starten Sie das Offboarding dann erneut.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <comment>why a customer is not removed, and until when</comment>
        <translation>%1 (bis %2)</translation>
    </message>
</context>
<context>
    <name>BulkReportPanel</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>customer or action: its details</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CancelOrderJob</name>
    <message>
        <source>The Azure reservation “%1” is cancelled in the Azure portal, not here.</source>
        <comment>%1 is the reservation name</comment>
        <translation>Die Azure-Reservierung „%1“ wird im Azure-Portal storniert, nicht hier.</translation>
    </message>
    <message>
        <source>The purchase “%1” came without an order ID, so it cannot be cancelled here.</source>
        <comment>%1 is the product name</comment>
        <translation>Der Kauf „%1“ hat keine Bestell-ID und kann daher hier nicht storniert werden.</translation>
    </message>
    <message>
        <source>The purchase “%1” is no longer active (%2), so there is nothing to cancel.</source>
        <comment>%1 is the product name, %2 its status, e.g. Cancelled or Expired</comment>
        <translation>Der Kauf „%1“ ist nicht mehr aktiv (Status: %2), daher gibt es nichts zu stornieren.</translation>
    </message>
    <message>
        <source>The purchase “%1” could only be cancelled until %2.</source>
        <comment>%1 is the product name, %2 a date and time</comment>
        <translation>Der Kauf „%1“ konnte nur bis %2 storniert werden.</translation>
    </message>
    <message>
        <source>The purchase “%1” has no cancellation window.</source>
        <comment>%1 is the product name</comment>
        <translation>Für den Kauf „%1“ ist keine Stornierung vorgesehen.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>No keychain is available here (%1), so partnerdesk-cli cannot keep a Partner Center sign-in from one command to the next. Use --endpoint with --access-token-file instead, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar (%1), daher kann partnerdesk-cli eine Anmeldung bei Partner Center nicht von einem Befehl zum nächsten behalten. Verwenden Sie stattdessen --endpoint mit --access-token-file, oder führen Sie „partnerdesk-cli sign-out“ aus, um mit der Sandbox zu arbeiten.</translation>
    </message>
    <message>
        <source>No customer has the Microsoft ID, customer ID or primary domain &quot;%1&quot;.</source>
        <translation>Kein Kunde hat die Microsoft-ID, Kunden-ID oder primäre Domäne „%1“.</translation>
    </message>
    <message>
        <source>Note: your roles (%1) may not allow this; Partner Center decides.</source>
        <translation>Hinweis: Ihre Rollen (%1) lassen dies möglicherweise nicht zu; Partner Center entscheidet.</translation>
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
        <translation>Endpunkt der Partner Center-API, z. B. https://api.partnercenter.microsoft.com. Ohne ihn wird die eingebettete Sandbox (die Demodaten der App) verwendet.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_ACCESS_TOKEN environment variable works too.</source>
        <translation>Liest das Zugriffstoken aus DATEI („-“ liest die Standardeingabe). Die Umgebungsvariable PARTNERDESK_ACCESS_TOKEN funktioniert ebenfalls.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Language of messages and of Partner Center&apos;s answers: %1.</source>
        <translation>Sprache der Meldungen und der Antworten von Partner Center: %1.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>How to print lists: %1 (default: table).</source>
        <translation>Ausgabeformat für Listen: %1 (Standard: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>suspend: every active subscription of the customer.</source>
        <translation>suspend: alle aktiven Abonnements des Kunden.</translation>
    </message>
    <message>
        <source>remove-relationship: the customer&apos;s primary domain, typed to confirm.</source>
        <translation>remove-relationship: die primäre Domäne des Kunden, zur Bestätigung eingegeben.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÄNE</translation>
    </message>
    <message>
        <source>sign-in: your partner tenant, as its directory (tenant) ID or a domain.</source>
        <translation>sign-in: Ihr Partnermandant, angegeben als Verzeichnis-ID (Mandant) oder als Domäne.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>sign-in: the application (client) ID of your organisation&apos;s app registration.</source>
        <translation>sign-in: die Anwendungs-ID (Client) der App-Registrierung Ihrer Organisation.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>sign-in: the sign-in authority (default: https://login.microsoftonline.com).</source>
        <translation>sign-in: die Anmeldeautorität (Standard: https://login.microsoftonline.com).</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers: lists customers and subscriptions, suspends subscriptions, tells what still blocks the removal and removes the relationship.</source>
        <translation>Beendet Resellerbeziehungen mit Kunden im Microsoft CSP-Programm: listet Kunden und Abonnements auf, hält Abonnements an, zeigt, was das Entfernen noch verhindert, und entfernt die Beziehung.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>  customers [--filter TEXT | --domain TEXT]   List customers.</source>
        <translation>  customers [--filter TEXT | --domain TEXT]   Listet die Kunden auf.</translation>
    </message>
    <message>
        <source>  subscriptions CUSTOMER                      List a customer&apos;s subscriptions.</source>
        <translation>  subscriptions KUNDE                         Listet die Abonnements eines Kunden auf.</translation>
    </message>
    <message>
        <source>  suspend CUSTOMER (--all | SUBSCRIPTION...)  Suspend subscriptions.</source>
        <translation>  suspend KUNDE (--all | ABONNEMENT...)       Hält Abonnements an.</translation>
    </message>
    <message>
        <source>  readiness CUSTOMER                          Tell what blocks the removal.</source>
        <translation>  readiness KUNDE                             Zeigt, was das Entfernen verhindert.</translation>
    </message>
    <message>
        <source>  remove-relationship CUSTOMER --confirm DOMAIN</source>
        <translation>  remove-relationship KUNDE --confirm DOMÄNE</translation>
    </message>
    <message>
        <source>                                              Remove the reseller relationship.</source>
        <translation>                                              Entfernt die Resellerbeziehung.</translation>
    </message>
    <message>
        <source>  request-link                                Print the invitation link for a new relationship.</source>
        <translation>  request-link                                Gibt den Einladungslink für eine neue Beziehung aus.</translation>
    </message>
    <message>
        <source>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</source>
        <translation>  sign-in [--tenant M] [--client-id ID] [--authority URL] [--endpoint URL]</translation>
    </message>
    <message>
        <source>                                              Sign in to Partner Center (device code).</source>
        <translation>                                              Meldet sich bei Partner Center an (mit Gerätecode).</translation>
    </message>
    <message>
        <source>  sign-out                                    Sign out; commands use the sandbox again.</source>
        <translation>  sign-out                                    Meldet sich ab; Befehle verwenden wieder die Sandbox.</translation>
    </message>
    <message>
        <source>  whoami                                      Who is signed in, with which roles.</source>
        <translation>  whoami                                      Zeigt, wer mit welchen Rollen angemeldet ist.</translation>
    </message>
    <message>
        <source>CUSTOMER is the Microsoft ID (tenant ID), the customer ID or the primary domain.</source>
        <translation>KUNDE ist die Microsoft-ID (Mandanten-ID), die Kunden-ID oder die primäre Domäne.</translation>
    </message>
    <message>
        <source>After sign-in, commands without --endpoint work on Partner Center as the signed-in user.</source>
        <translation>Nach der Anmeldung arbeiten Befehle ohne --endpoint als angemeldeter Benutzer mit Partner Center.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Einer der oben genannten Befehle.</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS...]</source>
        <translation>BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unbekannte Sprache „%1“; wählen Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unbekanntes Format „%1“; wählen Sie eines der folgenden: %2.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer.</source>
        <translation>Unverschlüsseltes http:// ist nur für Verbindungen zu diesem Computer zulässig.</translation>
    </message>
    <message>
        <source>--%1 cannot be used with &quot;%2&quot;.</source>
        <translation>--%1 kann nicht mit „%2“ verwendet werden.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a CUSTOMER: a Microsoft ID or a primary domain.</source>
        <translation>„%1“ benötigt das Argument KUNDE: eine Microsoft-ID oder eine primäre Domäne.</translation>
    </message>
    <message>
        <source>CUSTOMER must not be empty.</source>
        <translation>KUNDE darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Use either --filter or --domain, not both.</source>
        <translation>Verwenden Sie entweder --filter oder --domain, nicht beide.</translation>
    </message>
    <message>
        <source>Give either --all or the IDs of the subscriptions to suspend.</source>
        <translation>Geben Sie entweder --all oder die IDs der anzuhaltenden Abonnements an.</translation>
    </message>
    <message>
        <source>Removing the relationship needs --confirm with the customer&apos;s primary domain.</source>
        <translation>Zum Entfernen der Beziehung ist --confirm mit der primären Domäne des Kunden erforderlich.</translation>
    </message>
    <message>
        <source>Microsoft Graph endpoint for admin relationships (default: https://graph.microsoft.com; on a loopback --endpoint, that address).</source>
        <translation>Microsoft Graph-Endpunkt für Administratorbeziehungen (Standard: https://graph.microsoft.com; bei einem --endpoint auf diesem Computer dieselbe Adresse).</translation>
    </message>
    <message>
        <source>Read the Microsoft Graph access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_GRAPH_ACCESS_TOKEN environment variable works too.</source>
        <translation>Liest das Zugriffstoken für Microsoft Graph aus DATEI („-“ liest die Standardeingabe). Die Umgebungsvariable PARTNERDESK_GRAPH_ACCESS_TOKEN funktioniert ebenfalls.</translation>
    </message>
    <message>
        <source>  admin-relationships CUSTOMER                List the customer&apos;s admin relationships (GDAP).</source>
        <translation>  admin-relationships CUSTOMER                Listet die Administratorbeziehungen des Kunden auf (GDAP).</translation>
    </message>
    <message>
        <source>offboard: print the plan and change nothing.</source>
        <translation>offboard: gibt den Plan aus und ändert nichts.</translation>
    </message>
    <message>
        <source>offboard: leave the admin relationships (GDAP) as they are.</source>
        <translation>offboard: lässt die Administratorbeziehungen (GDAP) unverändert.</translation>
    </message>
    <message>
        <source>  offboard CUSTOMER --confirm DOMAIN [--dry-run] [--keep-admin-relationships]</source>
        <translation>  offboard KUNDE --confirm DOMÄNE [--dry-run] [--keep-admin-relationships]</translation>
    </message>
    <message>
        <source>                                              Clear what can be cleared, remove the relationship, terminate the admin relationships.</source>
        <translation>                                              Räumt aus dem Weg, was möglich ist, entfernt die Beziehung und beendet die Administratorbeziehungen.</translation>
    </message>
    <message>
        <source>Exit status: 0 success (readiness: ready), 1 the operation failed or is blocked, 2 bad usage, 3 a change may or may not have been made (its answer was lost and reading it back failed): check before trying again.</source>
        <translation>Rückgabewert: 0 Erfolg (readiness: bereit), 1 Vorgang fehlgeschlagen oder blockiert, 2 falscher Aufruf, 3 eine Änderung wurde vielleicht vorgenommen, vielleicht nicht (ihre Antwort ging verloren und das erneute Lesen schlug fehl): vor einem neuen Versuch prüfen.</translation>
    </message>
    <message>
        <source>activity: only entries from DATE (YYYY-MM-DD, local time) on.</source>
        <translation>activity: nur Einträge ab DATUM (JJJJ-MM-TT, Ortszeit).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>activity: only entries for CUSTOMER: a customer ID or primary domain, or part of a company name.</source>
        <translation>activity: nur Einträge für KUNDE: eine Kunden-ID oder primäre Domäne oder ein Teil eines Firmennamens.</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>  activity [--since DATE] [--customer CUSTOMER]</source>
        <translation>  activity [--since DATUM] [--customer KUNDE]</translation>
    </message>
    <message>
        <source>                                              Print the audit log: every change made from this computer.</source>
        <translation>                                              Gibt das Überwachungsprotokoll aus: jede Änderung, die von diesem Computer aus vorgenommen wurde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; give one as YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>„%1“ ist kein Datum; geben Sie es als JJJJ-MM-TT an, z. B. 2026-11-20.</translation>
    </message>
    <message>
        <source>customers: only those whose company name, primary domain or Microsoft ID contains TEXT, ignoring case and accents (as the app&apos;s search).</source>
        <translation>customers: nur Kunden, deren Firmenname, primäre Domäne oder Microsoft-ID TEXT enthält, ohne Berücksichtigung von Groß-/Kleinschreibung und Akzenten (wie die Suche in der App).</translation>
    </message>
    <message>
        <source>customers: only those whose primary domain starts with TEXT (Partner Center&apos;s own filter).</source>
        <translation>customers: nur Kunden, deren primäre Domäne mit TEXT beginnt (der eigene Filter von Partner Center).</translation>
    </message>
    <message>
        <source>Run &quot;partnerdesk-cli --help&quot; for the commands and options.</source>
        <translation>Führen Sie „partnerdesk-cli --help“ aus, um die Befehle und Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>offboard: the customers to offboard, from FILE: primary domains, customer IDs or Microsoft IDs, one per line or as a CSV file with a header.</source>
        <translation>offboard: die Kunden für das Offboarding aus DATEI: primäre Domänen, Kunden-IDs oder Microsoft-IDs, eine pro Zeile oder als CSV-Datei mit Kopfzeile.</translation>
    </message>
    <message>
        <source>offboard --from: the number of customers the plan will remove, typed to confirm; without it the plan is printed and nothing is changed.</source>
        <translation>offboard --from: die Anzahl der Kunden, die der Plan entfernt, zur Bestätigung eingegeben; ohne sie wird der Plan ausgegeben und nichts geändert.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>offboard --from: continue the unfinished run for the same list.</source>
        <translation>offboard --from: den unvollendeten Sammellauf für dieselbe Liste fortsetzen.</translation>
    </message>
    <message>
        <source>offboard --from: also write the report to FILE (JSON for a name ending in .json, else CSV).</source>
        <translation>offboard --from: den Bericht auch in DATEI schreiben (JSON bei einem Namen auf .json, sonst CSV).</translation>
    </message>
    <message>
        <source>  offboard --from FILE [--confirm-count N] [--dry-run] [--resume] [--report FILE]</source>
        <translation>  offboard --from DATEI [--confirm-count N] [--dry-run] [--resume] [--report DATEI]</translation>
    </message>
    <message>
        <source>                                              Offboard every customer of a list: plan, confirm, run, report.</source>
        <translation>                                              Offboarding für jeden Kunden einer Liste: Plan, Bestätigung, Lauf, Bericht.</translation>
    </message>
    <message>
        <source>--confirm-count needs a number of customers, e.g. 12.</source>
        <translation>--confirm-count erwartet eine Anzahl von Kunden, z. B. 12.</translation>
    </message>
    <message>
        <source>--%1 needs --from FILE.</source>
        <translation>--%1 erfordert --from DATEI.</translation>
    </message>
    <message>
        <source>--confirm is for one customer; a list is confirmed with --confirm-count.</source>
        <translation>--confirm gilt für einen Kunden; eine Liste wird mit --confirm-count bestätigt.</translation>
    </message>
    <message>
        <source>--format needs --from FILE with &quot;offboard&quot;.</source>
        <translation>--format erfordert bei „offboard“ --from DATEI.</translation>
    </message>
</context>
<context>
    <name>CliStartup</name>
    <message>
        <source>No access token: give --access-token-file or set PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>Kein Zugriffstoken: Geben Sie --access-token-file an, oder legen Sie PARTNERDESK_ACCESS_TOKEN fest.</translation>
    </message>
    <message>
        <source>You are not signed in to Partner Center. Run &quot;partnerdesk-cli sign-in&quot;, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Sie sind nicht bei Partner Center angemeldet. Führen Sie „partnerdesk-cli sign-in“ aus, oder führen Sie „partnerdesk-cli sign-out“ aus, um mit der Sandbox zu arbeiten.</translation>
    </message>
    <message>
        <source>Your Partner Center sign-in could not be restored: %1
Run &quot;partnerdesk-cli sign-in&quot; again.</source>
        <translation>Ihre Anmeldung bei Partner Center konnte nicht wiederhergestellt werden: %1
Führen Sie „partnerdesk-cli sign-in“ erneut aus.</translation>
    </message>
</context>
<context>
    <name>ConfirmRemovalDialog</name>
    <message>
        <source>✓ Matches the primary domain.</source>
        <translation>✓ Stimmt mit der primären Domäne überein.</translation>
    </message>
    <message>
        <source>Does not match the primary domain yet.</source>
        <translation>Stimmt noch nicht mit der primären Domäne überein.</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Resellerbeziehung entfernen</translation>
    </message>
    <message>
        <source>Remove the reseller relationship with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>Resellerbeziehung mit %1 entfernen?</translation>
    </message>
    <message>
        <source>This has the following consequences:</source>
        <translation>Das hat folgende Auswirkungen:</translation>
    </message>
    <message>
        <source>The customer is removed from your customer list.</source>
        <translation>Der Kunde wird aus Ihrer Kundenliste entfernt.</translation>
    </message>
    <message>
        <source>You are removed from the customer&apos;s list of available support contacts.</source>
        <translation>Sie werden aus der Liste der verfügbaren Supportkontakte des Kunden entfernt.</translation>
    </message>
    <message>
        <source>You can no longer make purchases for the customer.</source>
        <translation>Sie können keine Käufe mehr für den Kunden tätigen.</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s primary domain:</source>
        <translation>Geben Sie zur Bestätigung die primäre Domäne des Kunden ein:</translation>
    </message>
    <message>
        <source>Type the primary domain to confirm</source>
        <translation>Primäre Domäne zur Bestätigung eingeben</translation>
    </message>
    <message>
        <source>Type the primary domain above to enable this button.</source>
        <translation>Geben Sie oben die primäre Domäne ein, um diese Schaltfläche zu aktivieren.</translation>
    </message>
    <message>
        <source>Also terminate the admin relationships</source>
        <translation>Auch die Administratorbeziehungen beenden</translation>
    </message>
    <message>
        <source>After a successful removal, terminate every active admin relationship with this customer. This cannot be undone.</source>
        <translation>Beendet nach erfolgreichem Entfernen jede aktive Administratorbeziehung mit diesem Kunden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) (GDAP) remain after the removal: they keep giving your organisation admin access to the customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln Administratorbeziehung (GDAP) bleibt nach dem Entfernen bestehen: Sie gibt Ihrer Organisation weiter Administratorzugriff auf den Mandanten des Kunden.</numerusform>
            <numerusform>%Ln Administratorbeziehungen (GDAP) bleiben nach dem Entfernen bestehen: Sie geben Ihrer Organisation weiter Administratorzugriff auf den Mandanten des Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin relationships (GDAP) could not be read, so they cannot be terminated here. The removal does not end them: terminate them in Partner Center.</source>
        <translation>Die Administratorbeziehungen (GDAP) konnten nicht gelesen werden und lassen sich daher hier nicht beenden. Das Entfernen beendet sie nicht: Beenden Sie sie im Partner Center.</translation>
    </message>
    <message>
        <source>Your legacy delegated admin privileges (DAP) for the customer are removed.</source>
        <translation>Ihre älteren delegierten Administratorrechte (DAP) für den Kunden werden entfernt.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>%1: %2</source>
        <comment>setting name: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the address must not contain a user name, a password, a query or a fragment.</source>
        <comment>%1 is a setting name</comment>
        <translation>%1: Die Adresse darf keinen Benutzernamen, kein Kennwort, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Partner Center endpoint</source>
        <translation>Partner Center-Endpunkt</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Anmeldeautorität</translation>
    </message>
    <message>
        <source>Enter the tenant: your Microsoft ID (a GUID), your domain (e.g. contoso.onmicrosoft.com) or &quot;organizations&quot;.</source>
        <translation>Geben Sie den Mandanten ein: Ihre Microsoft-ID (eine GUID), Ihre Domäne (z. B. contoso.onmicrosoft.com) oder „organizations“.</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; is neither a GUID nor a domain name.</source>
        <translation>Der Mandant „%1“ ist weder eine GUID noch ein Domänenname.</translation>
    </message>
    <message>
        <source>Enter the application (client) ID of your app registration.</source>
        <translation>Geben Sie die Anwendungs-ID (Client) Ihrer App-Registrierung ein.</translation>
    </message>
    <message>
        <source>The application (client) ID must be a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>Die Anwendungs-ID (Client) muss eine GUID wie 00000000-0000-0000-0000-000000000000 sein.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Partner Center &amp;endpoint:</source>
        <translation>Partner Center-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>&amp;Anmeldeautorität:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <comment>Microsoft Entra tenant (directory)</comment>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Anwendungs-ID (&amp;Client):</translation>
    </message>
    <message>
        <source>organizations, contoso.onmicrosoft.com or a GUID</source>
        <translation>organizations, contoso.onmicrosoft.com oder eine GUID</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Sign in to Partner Center with your own app registration in Microsoft Entra.</source>
        <translation>Melden Sie sich mit Ihrer eigenen App-Registrierung in Microsoft Entra bei Partner Center an.</translation>
    </message>
    <message>
        <source>How to register PartnerDesk in Microsoft Entra</source>
        <translation>So registrieren Sie PartnerDesk in Microsoft Entra</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Sandbox</source>
        <comment>status bar: connected to the embedded sandbox</comment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Demo data on this computer (%1). Nothing reaches Partner Center.</source>
        <translation>Demodaten auf diesem Computer (%1). Nichts wird an Partner Center gesendet.</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <comment>status bar, for screen readers</comment>
        <translation>Verbunden mit: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <comment>user, roles</comment>
        <translation>Angemeldet als %1 · %2</translation>
    </message>
    <message>
        <source>Signed in with an access token</source>
        <translation>Mit einem Zugriffstoken angemeldet</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Nach CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Back to the customer list (Alt+Left)</source>
        <translation>Zurück zur Kundenliste (Alt+Links)</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Primäre Domäne:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>Microsoft-ID:</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the primary domain</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy primary domain</source>
        <translation>Primäre Domäne kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the Microsoft ID</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy Microsoft ID</source>
        <translation>Microsoft-ID kopieren</translation>
    </message>
    <message>
        <source>Copied “%1”</source>
        <translation>„%1“ kopiert</translation>
    </message>
</context>
<context>
    <name>CustomerListImport</name>
    <message>
        <source>an e-mail address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>eine Webadresse</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Die Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a list of customers (%2 MB at most).</source>
        <translation>Die Datei %1 ist für eine Kundenliste zu groß (höchstens %2 MB).</translation>
    </message>
    <message>
        <source>The first row (%1) names no column of primary domains, customer IDs or Microsoft IDs.</source>
        <translation>Die erste Zeile (%1) nennt keine Spalte mit primären Domänen, Kunden-IDs oder Microsoft-IDs.</translation>
    </message>
    <message>
        <source>nothing in the column %1</source>
        <translation>nichts in der Spalte %1</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Primäre Domäne</translation>
    </message>
    <message>
        <source>Microsoft ID</source>
        <comment>the customer&apos;s tenant id</comment>
        <translation>Microsoft-ID</translation>
    </message>
    <message>
        <source>Relationship</source>
        <comment>the customer&apos;s relationship to the partner</comment>
        <translation>Beziehung</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search by company, domain or Microsoft ID</source>
        <translation>Nach Firma, Domäne oder Microsoft-ID suchen</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden durchsuchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the customer list again from Partner Center (F5)</source>
        <translation>Kundenliste erneut aus Partner Center laden (F5)</translation>
    </message>
    <message>
        <source>%1, loading…</source>
        <comment>customer count while pages still arrive</comment>
        <translation>%1, weitere werden geladen…</translation>
    </message>
    <message>
        <source>Not every customer could be loaded. %1</source>
        <translation>Nicht alle Kunden konnten geladen werden. %1</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <source>Customers could not be loaded</source>
        <translation>Kunden konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>Kein Kunde passt zu „%1“</translation>
    </message>
    <message>
        <source>Search looks at the company name, the primary domain and the Microsoft ID.</source>
        <translation>Die Suche berücksichtigt den Firmennamen, die primäre Domäne und die Microsoft-ID.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>Customers you have a reseller relationship with appear here. Use Refresh to load the list again.</source>
        <translation>Hier werden die Kunden angezeigt, mit denen Sie eine Resellerbeziehung haben. Mit „Aktualisieren“ laden Sie die Liste erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown customers of all loaded; %1 is &quot;5 customers&quot;</comment>
        <translation>
            <numerusform>%1 von %Ln</numerusform>
            <numerusform>%1 von %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) loaded so far.</source>
        <translation>
            <numerusform>Bisher %Ln Kunde geladen.</numerusform>
            <numerusform>Bisher %Ln Kunden geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>customer count before the first page arrives</comment>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Off&amp;board %Ln selected…</source>
        <translation>
            <numerusform>Off&amp;boarding für %Ln ausgewählten…</numerusform>
            <numerusform>Off&amp;boarding für %Ln ausgewählte…</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the offboarding of the selected customers: nothing is changed before you confirm</source>
        <translation>Das Offboarding der ausgewählten Kunden planen: Bis zu Ihrer Bestätigung wird nichts geändert</translation>
    </message>
    <message>
        <source>Select customers first (Shift-click, Ctrl-click, Ctrl+A)</source>
        <translation>Wählen Sie zuerst Kunden aus (Umschalt+Klick, Strg+Klick, Strg+A)</translation>
    </message>
    <message>
        <source>Off&amp;board selected…</source>
        <translation>Off&amp;boarding für ausgewählte…</translation>
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
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Softwarekäufe und Azure-Reservierungen</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>customer page section</comment>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Kundenbereiche</translation>
    </message>
    <message>
        <source>Back to Customers</source>
        <translation>Zurück zur Kundenliste</translation>
    </message>
</context>
<context>
    <name>CustomersCommand</name>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>No customer&apos;s primary domain starts with &quot;%1&quot;.</source>
        <translation>Die primäre Domäne keines Kunden beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Keine Kunden.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>Warten auf Ihre Anmeldung…</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <comment>%1 is minutes:seconds</comment>
        <translation>Der Code läuft in %1 ab.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Bei Partner Center anmelden</translation>
    </message>
    <message>
        <source>Open the page below in a browser, on this or any other device, enter the code and sign in with your Partner Center account.</source>
        <translation>Öffnen Sie die unten angegebene Seite in einem Browser auf diesem oder einem anderen Gerät, geben Sie den Code ein, und melden Sie sich mit Ihrem Partner Center-Konto an.</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>DeviceCodeFlow</name>
    <message>
        <source>The sign-in service did not send a usable code.</source>
        <translation>Der Anmeldedienst hat keinen verwendbaren Code gesendet.</translation>
    </message>
    <message>
        <source>The sign-in service sent an unsafe address: %1</source>
        <translation>Der Anmeldedienst hat eine unsichere Adresse gesendet: %1</translation>
    </message>
    <message>
        <source>The sign-in service did not send an access token.</source>
        <translation>Der Anmeldedienst hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The code has expired before the sign-in was finished. Start again to get a new code.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung abgeschlossen war. Beginnen Sie von vorn, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>The sign-in service no longer knows this code. Start again to get a new one.</source>
        <translation>Der Anmeldedienst kennt diesen Code nicht mehr. Beginnen Sie von vorn, um einen neuen zu erhalten.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached.</source>
        <translation>Der Anmeldedienst war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Closed on %1</source>
        <comment>a cancellation window that has ended; %1 is when</comment>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln license(s)</source>
        <comment>subscription quantity</comment>
        <translation>
            <numerusform>%Ln Lizenz</numerusform>
            <numerusform>%Ln Lizenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 (usage-based)</source>
        <comment>subscription quantity of a plan billed by consumption</comment>
        <translation>%L1 (nutzungsbasiert)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>None</source>
        <comment>subscription status</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status, as chosen in the status selector</comment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>subscription status (deleted on the wire)</comment>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>subscription status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>subscription status</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>subscription status</comment>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>subscription status the app does not know; %1 is the raw value</comment>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>billing cycle</comment>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>billing cycle</comment>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Every three years</source>
        <comment>billing cycle</comment>
        <translation>Alle drei Jahre</translation>
    </message>
    <message>
        <source>One time</source>
        <comment>billing cycle</comment>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>None</source>
        <comment>billing cycle</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>billing cycle the app does not know; %1 is the raw value</comment>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Software purchase</source>
        <translation>Softwarekauf</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Azure-Reservierung</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>entitlement type the app does not know; %1 is the raw value</comment>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>entitlement type</comment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a purchase</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a purchase</comment>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>status of a purchase</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>status of a purchase</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>purchase status the app does not know; %1 is the raw value</comment>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Reseller</source>
        <comment>relationship to partner</comment>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>None</source>
        <comment>relationship to partner</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>relationship to partner</comment>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>relationship to partner</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>relationship the app does not know; %1 is the raw value</comment>
        <translation>Unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>EntitlementModel</name>
    <message>
        <source>Name</source>
        <comment>product name of a purchase</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>software purchase or Azure reservation</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of a purchase</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Stornierbar bis</translation>
    </message>
</context>
<context>
    <name>EntraRoles</name>
    <message>
        <source>Global Administrator</source>
        <translation>Globaler Administrator</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Globaler Leser</translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation>Verzeichnisleseberechtigte</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Benutzeradministrator</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Helpdeskadministrator</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Exchange-Administrator</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>SharePoint-Administrator</translation>
    </message>
    <message>
        <source>Teams Administrator</source>
        <translation>Teams-Administrator</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Sicherheitsadministrator</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Sicherheitsleseberechtigter</translation>
    </message>
    <message>
        <source>License Administrator</source>
        <translation>Lizenzadministrator</translation>
    </message>
    <message>
        <source>Billing Administrator</source>
        <translation>Abrechnungsadministrator</translation>
    </message>
    <message>
        <source>Service Support Administrator</source>
        <translation>Dienstsupportadministrator</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Intune-Administrator</translation>
    </message>
    <message>
        <source>Cloud Device Administrator</source>
        <translation>Cloudgeräteadministrator</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Anwendungsadministrator</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Cloudanwendungsadministrator</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administrator für privilegierte Rollen</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Authentifizierungsadministrator</translation>
    </message>
    <message>
        <source>Conditional Access Administrator</source>
        <translation>Administrator für bedingten Zugriff</translation>
    </message>
    <message>
        <source>Reports Reader</source>
        <translation>Berichtsleser</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PartnerDesk guide</source>
        <translation>PartnerDesk-Anleitung</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Removing a reseller relationship</source>
        <translation>Eine Resellerbeziehung entfernen</translation>
    </message>
    <message>
        <source>PartnerDesk follows Partner Center: %1 → %2 → %3 → %4.</source>
        <translation>PartnerDesk folgt dem Ablauf in Partner Center: %1 → %2 → %3 → %4.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Resellerbeziehung entfernen</translation>
    </message>
    <message>
        <source>%1: find the customer — search looks at the company name, the primary domain and the Microsoft ID — and open it with Enter or a double-click.</source>
        <translation>%1: Suchen Sie den Kunden (die Suche berücksichtigt den Firmennamen, die primäre Domäne und die Microsoft-ID), und öffnen Sie ihn mit der Eingabetaste oder per Doppelklick.</translation>
    </message>
    <message>
        <source>%1: select each active subscription, choose %2 and %3, or suspend them all with %4. New-commerce subscriptions keep being billed while suspended: cancel them while their cancellation window is open; after it, turn auto-renew off and wait for the term end.</source>
        <translation>%1: Markieren Sie jedes aktive Abonnement, wählen Sie %2 und dann %3, oder halten Sie alle auf einmal mit %4 an. Abonnements der neuen Commerce-Umgebung werden auch im angehaltenen Zustand abgerechnet: Kündigen Sie sie, solange ihre Kündigungsfrist läuft; danach deaktivieren Sie die automatische Verlängerung und warten das Laufzeitende ab.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Übermitteln</translation>
    </message>
    <message>
        <source>Suspend all active…</source>
        <translation>Alle aktiven anhalten…</translation>
    </message>
    <message>
        <source>%1: cancel software purchases while their cancellation window is open. Azure reservations are cancelled in the Azure portal.</source>
        <translation>%1: Stornieren Sie Softwarekäufe, solange sie noch storniert werden können. Azure-Reservierungen werden im Azure-Portal storniert.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>%1: %2 becomes available once nothing blocks it. Type the customer&apos;s primary domain to confirm; right before the removal PartnerDesk reads the customer again from Partner Center.</source>
        <translation>%1: %2 wird verfügbar, sobald nichts mehr im Weg steht. Geben Sie zur Bestätigung die primäre Domäne des Kunden ein; unmittelbar vor dem Entfernen liest PartnerDesk den Kunden erneut aus Partner Center.</translation>
    </message>
    <message>
        <source>%1: get the invitation link to request or re-establish a relationship with the customer later.</source>
        <translation>%1: Rufen Sie den Einladungslink ab, mit dem Sie später eine Beziehung mit dem Kunden anfordern oder erneut herstellen können.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>What blocks the removal</source>
        <translation>Was das Entfernen verhindert</translation>
    </message>
    <message>
        <source>an active subscription (or one still pending);</source>
        <translation>ein aktives Abonnement (oder eines, das noch aussteht);</translation>
    </message>
    <message>
        <source>a new-commerce subscription that has not been cancelled;</source>
        <translation>ein Abonnement der neuen Commerce-Umgebung, das nicht gekündigt wurde;</translation>
    </message>
    <message>
        <source>a software purchase that can still be cancelled;</source>
        <translation>ein Softwarekauf, der noch storniert werden kann;</translation>
    </message>
    <message>
        <source>an Azure reservation.</source>
        <translation>eine Azure-Reservierung.</translation>
    </message>
    <message>
        <source>The %1 page lists what is left, each with a way to clear it, and enables %2 the moment nothing blocks it.</source>
        <translation>Die Seite %1 listet auf, was noch übrig ist, jeweils mit einem Weg, es zu beheben, und aktiviert %2, sobald nichts mehr im Weg steht.</translation>
    </message>
    <message>
        <source>The sandbox</source>
        <translation>Die Sandbox</translation>
    </message>
    <message>
        <source>Without a Partner Center account PartnerDesk works on its built-in sandbox: demo customers on this computer, served the way Partner Center serves them. Nothing done there reaches Microsoft. Changes are kept between runs; %1 brings the demo data back. The status bar says where PartnerDesk is connected.</source>
        <translation>Ohne Partner Center-Konto arbeitet PartnerDesk mit seiner eingebetteten Sandbox: Demokunden auf diesem Computer, bereitgestellt so, wie Partner Center sie bereitstellt. Nichts, was dort geschieht, erreicht Microsoft. Änderungen bleiben zwischen den Programmstarts erhalten; %1 stellt die Demodaten wieder her. Die Statusleiste zeigt, womit PartnerDesk verbunden ist.</translation>
    </message>
    <message>
        <source>Connecting to Partner Center</source>
        <translation>Verbindung mit Partner Center</translation>
    </message>
    <message>
        <source>PartnerDesk signs in through an app registration that your organisation owns, created once in your partner tenant:</source>
        <translation>PartnerDesk meldet sich über eine App-Registrierung an, die Ihrer Organisation gehört und einmalig in Ihrem Partnermandanten erstellt wird:</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, register a new application: accounts in this organizational directory only, no redirect URI (&lt;a href=&quot;%1&quot;&gt;Microsoft&apos;s steps&lt;/a&gt;).</source>
        <translation>Registrieren Sie im Microsoft Entra Admin Center eine neue Anwendung: nur Konten in diesem Organisationsverzeichnis, kein Umleitungs-URI (&lt;a href=&quot;%1&quot;&gt;die Schritte bei Microsoft&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Under %1, set %2 to %3.</source>
        <translation>Setzen Sie unter %1 die Option %2 auf %3.</translation>
    </message>
    <message>
        <source>Under %1, add the delegated permission %2 of %3 and grant admin consent. No client secret is needed.</source>
        <translation>Fügen Sie unter %1 die delegierte Berechtigung %2 von %3 hinzu, und erteilen Sie die Administratoreinwilligung. Ein geheimer Clientschlüssel ist nicht erforderlich.</translation>
    </message>
    <message>
        <source>In %1 enter your tenant (its directory ID or domain) and the application (client) ID, then choose %2.</source>
        <translation>Geben Sie unter %1 Ihren Mandanten (seine Verzeichnis-ID oder Domäne) und die Anwendungs-ID (Client) ein, und wählen Sie dann %2.</translation>
    </message>
    <message>
        <source>Removing a reseller relationship needs the Admin agent (or Global admin) role in Partner Center. Tokens are kept only in the system&apos;s keychain, never in files.</source>
        <translation>Zum Entfernen einer Resellerbeziehung ist in Partner Center die Rolle Administrator-Agent (oder Globaler Administrator) erforderlich. Token werden nur im Schlüsselbund des Systems gespeichert, nie in Dateien.</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>Das Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes, attempt and result, is recorded with Partner Center&apos;s correlation ID in the audit log: %1.</source>
        <translation>Jede Änderung, die PartnerDesk vornimmt (Versuch und Ergebnis), wird mit der Korrelations-ID von Partner Center im Überwachungsprotokoll festgehalten: %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>Open &amp;audit log</source>
        <translation>Überwachungs&amp;protokoll öffnen</translation>
    </message>
    <message>
        <source>Every change PartnerDesk made, with its result</source>
        <translation>Jede Änderung, die PartnerDesk vorgenommen hat, mit ihrem Ergebnis</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>The audit log and the sandbox&apos;s data</source>
        <translation>Das Überwachungsprotokoll und die Daten der Sandbox</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>Ü&amp;ber PartnerDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. The first change made with PartnerDesk starts the audit log in %1.</source>
        <translation>Es wurde noch nichts aufgezeichnet. Die erste Änderung mit PartnerDesk legt das Überwachungsprotokoll in %1 an.</translation>
    </message>
    <message>
        <source>No program could be started to show the audit log. It is a text file, one JSON record per line: %1</source>
        <translation>Es konnte kein Programm gestartet werden, um das Überwachungsprotokoll anzuzeigen. Es ist eine Textdatei mit einem JSON-Datensatz pro Zeile: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>No file manager could be started. The data folder is %1</source>
        <translation>Es konnte kein Dateimanager gestartet werden. Der Datenordner ist %1</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID.</source>
        <translation>Zeile %1: „%2“ ist weder eine primäre Domäne noch eine Kunden-ID oder Microsoft-ID.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID (%3).</source>
        <translation>Zeile %1: „%2“ ist weder eine primäre Domäne noch eine Kunden-ID oder Microsoft-ID (%3).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is listed already on line %3.</source>
        <translation>Zeile %1: „%2“ steht bereits in Zeile %3.</translation>
    </message>
    <message>
        <source>Line %1: no customer has the primary domain, customer ID or Microsoft ID “%2”.</source>
        <translation>Zeile %1: Kein Kunde hat die primäre Domäne, Kunden-ID oder Microsoft-ID „%2“.</translation>
    </message>
    <message>
        <source>Line %1: “%2” names %3, already named on line %4.</source>
        <translation>Zeile %1: „%2“ bezeichnet %3, bereits genannt in Zeile %4.</translation>
    </message>
</context>
<context>
    <name>IndirectProviders</name>
    <message>
        <source>Your organisation is an indirect reseller: only its indirect provider (%1) can remove the reseller relationship. Ask them to remove it.</source>
        <comment>%1 names the indirect providers</comment>
        <translation>Ihre Organisation ist ein indirekter Reseller: Nur ihr indirekter Anbieter (%1) kann die Resellerbeziehung entfernen. Bitten Sie ihn darum.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Not started: the run was cancelled before it.</source>
        <translation>Nicht gestartet: Der Vorgang wurde vorher abgebrochen.</translation>
    </message>
    <message>
        <source>Changed with its base subscription.</source>
        <translation>Zusammen mit dem Basisabonnement geändert.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>there is no D-Bus session bus to reach a keychain service on</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus, über den ein Schlüsselbunddienst erreichbar wäre</translation>
    </message>
    <message>
        <source>neither the Secret Service (e.g. GNOME Keyring) nor KWallet is running</source>
        <translation>weder der Secret Service (z. B. GNOME Keyring) noch KWallet wird ausgeführt</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until PartnerDesk closes; nothing is saved to disk.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Sie bleiben angemeldet, bis PartnerDesk geschlossen wird; auf dem Datenträger wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat die Anforderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>%1 — PartnerDesk</source>
        <comment>window title: customer — app</comment>
        <translation>%1 — PartnerDesk</translation>
    </message>
    <message>
        <source>Customers — PartnerDesk</source>
        <comment>window title</comment>
        <translation>Kunden — PartnerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Nach CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the customers as currently filtered to a CSV file</source>
        <translation>Die Kunden mit dem aktuellen Filter in einer CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Reset sandbox…</source>
        <translation>Sandbox &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <comment>default export file name</comment>
        <translation>kunden.csv</translation>
    </message>
    <message>
        <source>Reset sandbox</source>
        <translation>Sandbox zurücksetzen</translation>
    </message>
    <message>
        <source>Put the demo data back as it was? Every change made in the sandbox, removals included, is lost.</source>
        <translation>Die Demodaten in den ursprünglichen Zustand zurückversetzen? Alle Änderungen in der Sandbox, auch entfernte Beziehungen, gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <comment>menu item: the audit log as a table</comment>
        <translation>Akti&amp;vität</translation>
    </message>
    <message>
        <source>Every change made from this computer, with search and filters</source>
        <translation>Jede Änderung, die von diesem Computer aus vorgenommen wurde, mit Suche und Filtern</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>%Ln Kunde nach %1 exportiert</numerusform>
            <numerusform>%Ln Kunden nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search customers</source>
        <comment>menu item: go to the Customers search field</comment>
        <translation>Kunden &amp;durchsuchen</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>NextStepsWidget</name>
    <message>
        <source>The invitation link is on the clipboard.</source>
        <translation>Der Einladungslink ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Your e-mail program was asked to open a new message with the invitation link.</source>
        <translation>Ihr E-Mail-Programm wurde aufgefordert, eine neue Nachricht mit dem Einladungslink zu öffnen.</translation>
    </message>
    <message>
        <source>Getting the invitation link…</source>
        <translation>Einladungslink wird abgerufen…</translation>
    </message>
    <message>
        <source>The invitation link is not an https:// address.</source>
        <translation>Der Einladungslink ist keine https://-Adresse.</translation>
    </message>
    <message>
        <source>Invitation to a reseller relationship</source>
        <translation>Einladung zu einer Resellerbeziehung</translation>
    </message>
    <message>
        <source>Hello,

to let us manage your Microsoft subscriptions as your reseller, please open this link, sign in as a Global admin and accept the invitation:

%1

Thank you.</source>
        <translation>Sehr geehrte Damen und Herren,

damit wir als Ihr Reseller Ihre Microsoft-Abonnements für Sie verwalten können, öffnen Sie bitte den folgenden Link, melden Sie sich als globaler Administrator an und nehmen Sie die Einladung an:

%1

Vielen Dank.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Request or re-establish a relationship with a customer</source>
        <translation>Beziehung mit einem Kunden anfordern oder erneut herstellen</translation>
    </message>
    <message>
        <source>Get the invitation link to send to the customer.</source>
        <translation>Rufen Sie den Einladungslink ab, den Sie an den Kunden senden.</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Einladungslink</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the invitation link</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation>Einladungslink kopieren</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>E-Mail öffnen</translation>
    </message>
    <message>
        <source>Open e-mail with the invitation link</source>
        <translation>E-Mail mit dem Einladungslink öffnen</translation>
    </message>
    <message>
        <source>The invitation link could not be fetched. %1</source>
        <translation>Der Einladungslink konnte nicht abgerufen werden. %1</translation>
    </message>
    <message>
        <source>No e-mail program is set up on this computer, so no message was opened. Copy the link and paste it into a message.</source>
        <translation>Auf diesem Computer ist kein E-Mail-Programm eingerichtet, daher wurde keine Nachricht geöffnet. Kopieren Sie den Link, und fügen Sie ihn in eine Nachricht ein.</translation>
    </message>
</context>
<context>
    <name>OAuthReply</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>Der Anmeldedienst war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The sign-in service gave an answer PartnerDesk does not understand (%1).</source>
        <translation>Der Anmeldedienst hat eine Antwort gegeben, die PartnerDesk nicht versteht (%1).</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The app registration does not allow this sign-in. Check the application (client) ID and that public client flows are allowed. The service said: %1</source>
        <translation>Die App-Registrierung lässt diese Anmeldung nicht zu. Prüfen Sie die Anwendungs-ID (Client) und ob öffentliche Clientflows zugelassen sind. Antwort des Diensts: %1</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1): %2</source>
        <comment>%1 is an OAuth error code</comment>
        <translation>Der Anmeldedienst hat die Anforderung abgelehnt (%1): %2</translation>
    </message>
</context>
<context>
    <name>OffboardCommand</name>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is offboarded: the reseller relationship is removed.</source>
        <translation>Offboarding von %1 abgeschlossen: Die Resellerbeziehung ist entfernt.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was not removed.</source>
        <translation>Die Resellerbeziehung mit %1 wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>Your roles (%1) do not allow it. Ask a Global admin or an Admin agent.</source>
        <translation>Ihre Rollen (%1) erlauben das nicht. Wenden Sie sich an einen globalen Administrator oder einen Administrator-Agent.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read; they are left as they are:</source>
        <translation>Die Administratorbeziehungen konnten nicht gelesen werden; sie bleiben unverändert:</translation>
    </message>
    <message>
        <source>Not known whether this was done: %1</source>
        <translation>Nicht bekannt, ob dies ausgeführt wurde: %1</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli readiness %1&quot; before running offboard again.</source>
        <translation>Prüfen Sie den Stand mit „partnerdesk-cli readiness %1“, bevor Sie offboard erneut ausführen.</translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message>
        <source>You may not remove the reseller relationship.</source>
        <translation>Sie dürfen die Resellerbeziehung nicht entfernen.</translation>
    </message>
    <message>
        <source>A new-commerce subscription past its cancellation window is billed until its term ends.</source>
        <translation>Ein Abonnement der neuen Commerce-Umgebung nach Ablauf der Kündigungsfrist wird bis zum Ende der Laufzeit abgerechnet.</translation>
    </message>
    <message>
        <source>Wait for the term end with auto-renew off; then it expires.</source>
        <translation>Schalten Sie die automatische Verlängerung aus, und warten Sie das Laufzeitende ab; dann läuft das Abonnement ab.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under the Azure plan are active: %1.</source>
        <translation>
            <numerusform>Unter dem Azure-Plan ist %Ln Azure-Abonnement aktiv: %1.</numerusform>
            <numerusform>Unter dem Azure-Plan sind %Ln Azure-Abonnements aktiv: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable them in the Azure portal (Subscriptions), then suspend the Azure plan.</source>
        <translation>Deaktivieren Sie sie im Azure-Portal (Abonnements), und halten Sie dann den Azure-Plan an.</translation>
    </message>
    <message>
        <source>An Azure savings plan is active.</source>
        <translation>Ein Azure-Sparplan ist aktiv.</translation>
    </message>
    <message>
        <source>An Azure reservation is active.</source>
        <translation>Eine Azure-Reservierung ist aktiv.</translation>
    </message>
    <message>
        <source>Cancel it in the Azure portal (Savings plans).</source>
        <translation>Kündigen Sie ihn im Azure-Portal (Sparpläne).</translation>
    </message>
    <message>
        <source>Cancel or exchange it in the Azure portal (Reservations).</source>
        <translation>Kündigen oder tauschen Sie sie im Azure-Portal (Reservierungen).</translation>
    </message>
    <message>
        <source>Suspend &quot;%1&quot;</source>
        <translation>„%1“ anhalten</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;</source>
        <translation>„%1“ kündigen</translation>
    </message>
    <message>
        <source>Turn auto-renew off for &quot;%1&quot;</source>
        <translation>Automatische Verlängerung für „%1“ ausschalten</translation>
    </message>
    <message>
        <source>Cancel the software purchase &quot;%1&quot;</source>
        <translation>Softwarekauf „%1“ stornieren</translation>
    </message>
    <message>
        <source>Remove the reseller relationship</source>
        <translation>Resellerbeziehung entfernen</translation>
    </message>
    <message>
        <source>Terminate the admin relationship &quot;%1&quot;</source>
        <translation>Administratorbeziehung „%1“ beenden</translation>
    </message>
    <message>
        <source>(with its add-ons: %1)</source>
        <translation>(mit den Add-Ons: %1)</translation>
    </message>
    <message>
        <source>What will be done:</source>
        <translation>Was ausgeführt wird:</translation>
    </message>
    <message>
        <source>What blocks the removal, and what to do:</source>
        <translation>Was das Entfernen verhindert und was zu tun ist:</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(bis %1)</translation>
    </message>
</context>
<context>
    <name>PartnerCenterClient</name>
    <message>
        <source>The address %1 is not a valid URL.</source>
        <translation>Die Adresse %1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback). Use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur für Verbindungen zu diesem Computer (Loopback) zulässig. Verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1.</source>
        <translation>Nur https://-Adressen werden unterstützt, nicht %1.</translation>
    </message>
    <message>
        <source>The next page is on another server (%1); it was not requested.</source>
        <translation>Die nächste Seite liegt auf einem anderen Server (%1); sie wurde nicht angefordert.</translation>
    </message>
    <message>
        <source>The answer says the relationship is &quot;%1&quot;, not &quot;none&quot;.</source>
        <translation>Laut der Antwort ist die Beziehung „%1“, nicht „none“.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Company profile</source>
        <translation>Unternehmensprofil</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Rechnungsdetails</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Firmenname:</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Primäre Domäne:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>Microsoft-ID:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <comment>billing contact person</comment>
        <translation>Ansprechpartner:</translation>
    </message>
    <message>
        <source>Language:</source>
        <comment>billing language</comment>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>PurchaseDetailsPanel</name>
    <message>
        <source>Cancelling the order in Partner Center…</source>
        <translation>Bestellung wird in Partner Center storniert…</translation>
    </message>
    <message>
        <source>✓ Cancelled. The order for %1 is cancelled.</source>
        <comment>%1 is a product name</comment>
        <translation>✓ Storniert. Die Bestellung für %1 wurde storniert.</translation>
    </message>
    <message>
        <source>✗ Not cancelled. %1</source>
        <translation>✗ Nicht storniert. %1</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>software purchase or Azure reservation</comment>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Product:</source>
        <comment>product and SKU ID</comment>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>Bestell-ID:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>status of a purchase</comment>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Ablaufdatum:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Stornierbar bis:</translation>
    </message>
    <message>
        <source>Select a purchase to see its details and whether it can still be cancelled.</source>
        <translation>Wählen Sie einen Kauf aus, um die Details anzuzeigen und zu sehen, ob er noch storniert werden kann.</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <comment>of a purchase</comment>
        <translation>Stornierung</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Bestellung stornieren…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Azure-Portal öffnen</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled or exchanged in the Azure portal (or through Azure support), not in Partner Center. Once it is cancelled there, use Refresh.</source>
        <translation>Azure-Reservierungen werden im Azure-Portal (oder über den Azure-Support) storniert oder umgetauscht, nicht in Partner Center. Sobald die Reservierung dort storniert ist, klicken Sie auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>PartnerDesk does not know this kind of purchase, so it cannot cancel it.</source>
        <translation>PartnerDesk kennt diese Art von Kauf nicht und kann ihn daher nicht stornieren.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow cancelling purchases. An Admin agent or a Global admin can do it.</source>
        <translation>Ihre Rolle (%1) lässt das Stornieren von Käufen nicht zu. Ein Administrator-Agent oder ein globaler Administrator kann dies tun.</translation>
    </message>
    <message>
        <source>This purchase can be cancelled until %1. It is refunded according to Microsoft&apos;s cancellation policy; a cancelled order cannot be restored.</source>
        <translation>Dieser Kauf kann bis %1 storniert werden. Die Erstattung erfolgt gemäß der Stornierungsrichtlinie von Microsoft; eine stornierte Bestellung kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Purchase details</source>
        <translation>Kaufdetails</translation>
    </message>
    <message>
        <source>The order is being cancelled…</source>
        <translation>Die Bestellung wird storniert…</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The order could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Ergebnis unbekannt. %1

Auch die Bestellung konnte nicht erneut gelesen werden. Prüfen Sie ihren Status (wird jetzt neu gelesen), bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message>
        <source>Cancel software order</source>
        <translation>Softwarebestellung stornieren</translation>
    </message>
    <message>
        <source>Cancel the order for %1? The purchase is refunded according to Microsoft&apos;s cancellation policy and cannot be restored.</source>
        <translation>Bestellung für %1 stornieren? Der Kauf wird gemäß der Stornierungsrichtlinie von Microsoft erstattet und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <comment>confirm cancelling a software order</comment>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read this customer&apos;s purchases again from Partner Center</source>
        <translation>Käufe dieses Kunden erneut aus Partner Center laden</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Softwarekäufe und Azure-Reservierungen</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Käufe konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Loading purchases…</source>
        <translation>Käufe werden geladen…</translation>
    </message>
    <message>
        <source>No software purchases or Azure reservations</source>
        <translation>Keine Softwarekäufe oder Azure-Reservierungen</translation>
    </message>
    <message>
        <source>This customer has bought no software and no Azure reservations through you, so nothing here stands in the way of removing the relationship.</source>
        <translation>Dieser Kunde hat über Sie weder Software noch Azure-Reservierungen gekauft, daher steht hier nichts dem Entfernen der Beziehung im Weg.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln software purchase(s)</source>
        <translation>
            <numerusform>%Ln Softwarekauf</numerusform>
            <numerusform>%Ln Softwarekäufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure reservation(s)</source>
        <translation>
            <numerusform>%Ln Azure-Reservierung</numerusform>
            <numerusform>%Ln Azure-Reservierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchases could not be read again; they are shown as last read. %1</source>
        <translation>Die Käufe konnten nicht erneut gelesen werden; sie werden wie zuletzt gelesen angezeigt. %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt Hilfe einschließlich Qt-spezifischer Optionen an.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformation an.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Nach &apos;%1&apos; fehlt der Wert.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Wert unerwartet nach &apos;%1&apos;.</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
</context>
<context>
    <name>ReadinessCommand</name>
    <message>
        <source>The reseller relationship with %1 can be removed.</source>
        <translation>Die Resellerbeziehung mit %1 kann entfernt werden.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet.</source>
        <translation>Die Resellerbeziehung mit %1 kann noch nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>RecommendedSteps</name>
    <message>
        <source>Recommended before the removal</source>
        <translation>Vor dem Entfernen empfohlen</translation>
    </message>
    <message>
        <source>Recommended: terminate the admin relationships</source>
        <translation>Empfohlen: Administratorbeziehungen beenden</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Alle beenden…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) still give your organisation admin access to this customer&apos;s tenant. The removal does not end them, and does not wait for them.</source>
        <translation>
            <numerusform>%Ln Administratorbeziehung gibt Ihrer Organisation noch Administratorzugriff auf den Mandanten dieses Kunden. Das Entfernen beendet sie nicht und wartet nicht auf sie.</numerusform>
            <numerusform>%Ln Administratorbeziehungen geben Ihrer Organisation noch Administratorzugriff auf den Mandanten dieses Kunden. Das Entfernen beendet sie nicht und wartet nicht auf sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalBlocker</name>
    <message>
        <source>an unknown date</source>
        <comment>in: wait for the term end on %1</comment>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>Active subscription: %1</source>
        <translation>Aktives Abonnement: %1</translation>
    </message>
    <message>
        <source>New-commerce subscription not cancelled: %1</source>
        <translation>Abonnement der neuen Commerce-Umgebung nicht gekündigt: %1</translation>
    </message>
    <message>
        <source>Azure reservation: %1</source>
        <translation>Azure-Reservierung: %1</translation>
    </message>
    <message>
        <source>Software purchase still cancellable: %1</source>
        <translation>Noch stornierbarer Softwarekauf: %1</translation>
    </message>
    <message>
        <source>Subscriptions not loaded yet</source>
        <translation>Abonnements noch nicht geladen</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Abonnements konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Suspend this subscription.</source>
        <translation>Halten Sie dieses Abonnement an.</translation>
    </message>
    <message>
        <source>New-commerce subscriptions keep being billed while suspended. Cancel it before %1.</source>
        <translation>Abonnements der neuen Commerce-Umgebung werden auch im angehaltenen Zustand weiter abgerechnet. Kündigen Sie dieses Abonnement vor Fristablauf (%1).</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled in the Azure portal or through Azure support, not here.</source>
        <translation>Azure-Reservierungen werden im Azure-Portal oder über den Azure-Support storniert, nicht hier.</translation>
    </message>
    <message>
        <source>Cancel the order before %1, or wait until then.</source>
        <translation>Stornieren Sie die Bestellung vor Fristablauf (%1), oder warten Sie, bis die Frist abgelaufen ist.</translation>
    </message>
    <message>
        <source>Whether the relationship can be removed is known once the customer&apos;s subscriptions are loaded.</source>
        <translation>Ob die Beziehung entfernt werden kann, steht fest, sobald die Abonnements des Kunden geladen sind.</translation>
    </message>
    <message>
        <source>Without the customer&apos;s subscriptions it is not known whether the relationship can be removed. Try again.</source>
        <translation>Ohne die Abonnements des Kunden ist nicht bekannt, ob die Beziehung entfernt werden kann. Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Käufe konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Without the customer&apos;s software purchases and Azure reservations it is not known whether the relationship can be removed. Try again.</source>
        <translation>Ohne die Softwarekäufe und Azure-Reservierungen des Kunden ist nicht bekannt, ob die Beziehung entfernt werden kann. Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Azure savings plan: %1</source>
        <translation>Azure-Sparplan: %1</translation>
    </message>
    <message>
        <source>Marketplace subscription: %1</source>
        <translation>Marketplace-Abonnement: %1</translation>
    </message>
    <message>
        <source>Azure plan with active Azure subscriptions: %1</source>
        <translation>Azure-Plan mit aktiven Azure-Abonnements: %1</translation>
    </message>
    <message>
        <source>Suspend this subscription. Its add-ons follow it: %1.</source>
        <translation>Halten Sie dieses Abonnement an. Seine Add-Ons folgen ihm: %1.</translation>
    </message>
    <message>
        <source>The cancellation window has passed. Turn auto-renew off here; the subscription stays, and is billed, until its term ends on %1.</source>
        <translation>Die Kündigungsfrist ist abgelaufen. Deaktivieren Sie hier die automatische Verlängerung; das Abonnement bleibt bis zum Laufzeitende bestehen und wird bis dahin abgerechnet (%1).</translation>
    </message>
    <message>
        <source>The cancellation window has passed and auto-renew is off. The subscription stays, and is billed, until its term ends on %1.</source>
        <translation>Die Kündigungsfrist ist abgelaufen, und die automatische Verlängerung ist deaktiviert. Das Abonnement bleibt bis zum Laufzeitende bestehen und wird bis dahin abgerechnet (%1).</translation>
    </message>
    <message>
        <source>Cancel this marketplace (SaaS) subscription.</source>
        <translation>Kündigen Sie dieses Marketplace-Abonnement (SaaS).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under this plan are active: %1. Disable them in the Azure portal; until then Partner Center refuses to suspend the plan (error 900115).</source>
        <translation>
            <numerusform>Unter diesem Plan ist %Ln Azure-Abonnement aktiv: %1. Deaktivieren Sie es im Azure-Portal; bis dahin lehnt Partner Center das Anhalten des Plans ab (Fehler 900115).</numerusform>
            <numerusform>Unter diesem Plan sind %Ln Azure-Abonnements aktiv: %1. Deaktivieren Sie sie im Azure-Portal; bis dahin lehnt Partner Center das Anhalten des Plans ab (Fehler 900115).</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure savings plans are cancelled in the Azure portal, not here.</source>
        <translation>Azure-Sparpläne werden im Azure-Portal gekündigt, nicht hier.</translation>
    </message>
</context>
<context>
    <name>RemovalPanel</name>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Resellerbeziehung entfernen</translation>
    </message>
    <message>
        <source>Ends your reseller relationship with this customer. You will be asked to confirm.</source>
        <translation>Beendet Ihre Resellerbeziehung mit diesem Kunden. Sie werden um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow removing a reseller relationship. An Admin agent, a Sales agent or a Global admin can do it.</source>
        <translation>Ihre Rolle (%1) lässt das Entfernen einer Resellerbeziehung nicht zu. Ein Administrator-Agent, ein Vertriebs-Agent oder ein globaler Administrator kann dies tun.</translation>
    </message>
    <message>
        <source>No subscription is active and nothing else blocks the removal.</source>
        <translation>Kein Abonnement ist aktiv, und nichts anderes verhindert das Entfernen.</translation>
    </message>
</context>
<context>
    <name>RemovalReadiness</name>
    <message>
        <source>If any subscriptions are still active, the Remove reseller relationship action is unavailable.</source>
        <translation>Wenn noch Abonnements aktiv sind, ist die Aktion „Resellerbeziehung entfernen“ nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active subscription(s)</source>
        <translation>
            <numerusform>%Ln aktives Abonnement</numerusform>
            <numerusform>%Ln aktive Abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) still block the removal.</source>
        <translation>
            <numerusform>%Ln Element verhindert noch das Entfernen.</numerusform>
            <numerusform>%Ln Elemente verhindern noch das Entfernen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalResultDialog</name>
    <message>
        <source>Reseller relationship removed</source>
        <translation>Resellerbeziehung entfernt</translation>
    </message>
    <message>
        <source>✓ The reseller relationship with %1 (%2) has been removed. The customer is no longer in your customer list.</source>
        <translation>✓ Die Resellerbeziehung mit %1 (%2) wurde entfernt. Der Kunde ist nicht mehr in Ihrer Kundenliste.</translation>
    </message>
    <message>
        <source>✓ Admin relationship “%1”: termination requested; Microsoft Graph ends it within minutes.</source>
        <translation>✓ Administratorbeziehung „%1“: Beendigung angefordert; Microsoft Graph beendet sie binnen Minuten.</translation>
    </message>
    <message>
        <source>⚠ Admin relationship “%1”: it is not known whether the termination was requested. %2</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ Administratorbeziehung „%1“: Es ist nicht bekannt, ob die Beendigung angefordert wurde. %2</translation>
    </message>
    <message>
        <source>✗ Admin relationship “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ Administratorbeziehung „%1“ wurde nicht beendet. %2</translation>
    </message>
    <message>
        <source>The admin relationships could not be read, so none was terminated. Check them in Partner Center.</source>
        <translation>Die Administratorbeziehungen konnten nicht gelesen werden, daher wurde keine beendet. Prüfen Sie sie im Partner Center.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) with the customer remain active: your organisation keeps admin access to its tenant until they are terminated or end.</source>
        <translation>
            <numerusform>%Ln Administratorbeziehung mit dem Kunden bleibt aktiv: Ihre Organisation behält Administratorzugriff auf seinen Mandanten, bis sie beendet wird oder abläuft.</numerusform>
            <numerusform>%Ln Administratorbeziehungen mit dem Kunden bleiben aktiv: Ihre Organisation behält Administratorzugriff auf seinen Mandanten, bis sie beendet werden oder ablaufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipCommand</name>
    <message>
        <source>Checking the customer&apos;s subscriptions and purchases…</source>
        <translation>Abonnements und Käufe des Kunden werden geprüft…</translation>
    </message>
    <message>
        <source>Removing the reseller relationship…</source>
        <translation>Resellerbeziehung wird entfernt…</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet:</source>
        <translation>Die Resellerbeziehung mit %1 kann noch nicht entfernt werden:</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was removed.</source>
        <translation>Die Resellerbeziehung mit %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>To work with the customer again, send them the invitation link from &quot;partnerdesk-cli request-link&quot;.</source>
        <translation>Um wieder mit dem Kunden zu arbeiten, senden Sie ihm den Einladungslink aus „partnerdesk-cli request-link“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the primary domain of %2; nothing was changed. Type the primary domain after --confirm.</source>
        <translation>„%1“ ist nicht die primäre Domäne von %2; es wurde nichts geändert. Geben Sie nach --confirm die primäre Domäne ein.</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli customers --domain %1&quot; before trying again: if the relationship was removed, the customer is no longer listed or shows no relationship.</source>
        <translation>Prüfen Sie es vor einem neuen Versuch mit „partnerdesk-cli customers --domain %1“: Wurde die Beziehung entfernt, ist der Kunde nicht mehr aufgeführt oder hat keine Beziehung mehr.</translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipFlow</name>
    <message>
        <source>Checking the subscriptions again…</source>
        <translation>Abonnements werden erneut geprüft…</translation>
    </message>
    <message>
        <source>Removing the relationship…</source>
        <translation>Beziehung wird entfernt…</translation>
    </message>
    <message>
        <source>The relationship was not removed</source>
        <translation>Die Beziehung wurde nicht entfernt</translation>
    </message>
    <message>
        <source>The relationship may have been removed</source>
        <translation>Die Beziehung wurde möglicherweise entfernt</translation>
    </message>
    <message>
        <source>%1

The customer could not be read back either. Before trying again, check in the customer list whether the reseller relationship is still there.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>%1

Auch der Kunde konnte nicht erneut gelesen werden. Prüfen Sie vor einem neuen Versuch in der Kundenliste, ob die Resellerbeziehung noch besteht.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <comment>%1 is the error message with its details</comment>
        <translation>Nicht entfernt. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>remove the reseller relationship again after it failed</comment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Not removed. Partner Center now reports something that blocks the removal, so nothing was sent. The subscriptions have been refreshed.

%1</source>
        <translation>Nicht entfernt. Partner Center meldet jetzt etwas, das das Entfernen verhindert, daher wurde nichts gesendet. Die Abonnements wurden aktualisiert.

%1</translation>
    </message>
    <message>
        <source>Terminating the admin relationships…</source>
        <translation>Administratorbeziehungen werden beendet…</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>The file is not the journal of a run.</source>
        <translation>Die Datei ist nicht das Journal eines Sammellaufs.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Journal ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>RunReportModel</name>
    <message>
        <source>%1: %2</source>
        <comment>item: the server&apos;s error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Customer / action</source>
        <translation>Kunde / Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details and what to do</source>
        <translation>Details und was zu tun ist</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Ausgewählten Kunden öffnen</translation>
    </message>
    <message>
        <source>Next section of a customer (Subscriptions, Purchases, Account)</source>
        <translation>Nächster Bereich eines Kunden (Abonnements, Käufe, Konto)</translation>
    </message>
    <message>
        <source>Previous section of a customer</source>
        <translation>Vorheriger Bereich eines Kunden</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Nächstes Steuerelement</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Vorheriges Steuerelement</translation>
    </message>
    <message>
        <source>Open a menu, or use the control whose letter is underlined</source>
        <translation>Menü öffnen oder das Steuerelement mit dem unterstrichenen Buchstaben verwenden</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <comment>the Alt key with the underlined letter</comment>
        <translation>Alt+Buchstabe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2.</source>
        <translation>Öffnen Sie zum Anmelden %1 in einem Browser, und geben Sie den Code %2 ein.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in (the code is valid until %1)…</source>
        <translation>Warten auf die Anmeldung (der Code ist bis %1 gültig)…</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>Signed in as %1, but the sign-in is lost when this command ends.</source>
        <translation>Angemeldet als %1, aber die Anmeldung geht verloren, wenn dieser Befehl endet.</translation>
    </message>
    <message>
        <source>The keychain did not store it.</source>
        <translation>Der Schlüsselbund hat sie nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Signed out. Commands use the sandbox again.</source>
        <translation>Abgemeldet. Befehle verwenden wieder die Sandbox.</translation>
    </message>
</context>
<context>
    <name>SignedInTokenSource</name>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetailsPanel</name>
    <message>
        <source>Select a subscription to see its details and change its status.</source>
        <translation>Wählen Sie ein Abonnement aus, um die Details anzuzeigen und den Status zu ändern.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status</comment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Submit</source>
        <comment>apply the chosen subscription status</comment>
        <translation>Übermitteln</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions. An Admin agent or a Global admin can do it.</source>
        <translation>Ihre Rolle (%1) lässt das Ändern von Abonnements nicht zu. Ein Administrator-Agent oder ein globaler Administrator kann dies tun.</translation>
    </message>
    <message>
        <source>A subscription that is %1 cannot be changed any more.</source>
        <comment>%1 is a status such as Expired</comment>
        <translation>Ein Abonnement, das %1 ist, kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Subscription details</source>
        <translation>Abonnementdetails</translation>
    </message>
    <message>
        <source>On</source>
        <comment>auto-renew</comment>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-renew</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>Änderung wird gesendet…</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation>Wählen Sie einen anderen Status als den aktuellen.</translation>
    </message>
    <message>
        <source>Sending the change to Partner Center…</source>
        <translation>Änderung wird an Partner Center gesendet…</translation>
    </message>
    <message>
        <source>✓ Done. %1 is now %2.</source>
        <comment>%1 subscription, %2 its status</comment>
        <translation>✓ Fertig. %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>✗ Not changed. %1</source>
        <translation>✗ Nicht geändert. %1</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The subscription could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Ergebnis unbekannt. %1

Auch das Abonnement konnte nicht erneut gelesen werden. Prüfen Sie seinen Status (wird jetzt neu gelesen), bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Abonnement kündigen</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled new-commerce subscription cannot be reactivated. It is refunded according to Microsoft&apos;s cancellation policy.</source>
        <translation>%1 kündigen? Dies ist endgültig: Ein gekündigtes Abonnement der neuen Commerce-Umgebung kann nicht wieder aktiviert werden. Die Erstattung erfolgt nach den Kündigungsrichtlinien von Microsoft.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>confirm cancelling a new-commerce subscription</comment>
        <translation>Abonnement kündigen</translation>
    </message>
    <message>
        <source>Possible until %1.</source>
        <comment>cancelling a new-commerce subscription</comment>
        <translation>Bis %1 möglich.</translation>
    </message>
    <message>
        <source>Auto-renew at the term end</source>
        <translation>Automatische Verlängerung am Laufzeitende</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled marketplace subscription cannot be reactivated.</source>
        <translation>%1 kündigen? Dies ist endgültig: Ein gekündigtes Marketplace-Abonnement kann nicht wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <translation>Automatische Verlängerung ausschalten</translation>
    </message>
    <message>
        <source>Turn auto-renew off for %1? This stops the renewal, not the bill: the subscription stays, and is billed, until its term ends on %2.</source>
        <translation>Automatische Verlängerung für %1 ausschalten? Das beendet die Verlängerung, nicht die Abrechnung: Das Abonnement bleibt bis zum Laufzeitende bestehen und wird bis dahin abgerechnet (%2).</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <comment>confirm</comment>
        <translation>Automatische Verlängerung ausschalten</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now on for %1.</source>
        <translation>✓ Die automatische Verlängerung ist für %1 jetzt aktiviert.</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now off for %1. It stays until its term ends on %2.</source>
        <translation>✓ Die automatische Verlängerung ist für %1 jetzt deaktiviert. Das Abonnement bleibt bis zum Laufzeitende bestehen (%2).</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Angebot:</translation>
    </message>
    <message>
        <source>Subscription ID:</source>
        <translation>Abonnement-ID:</translation>
    </message>
    <message>
        <source>Base subscription:</source>
        <comment>the subscription an add-on belongs to</comment>
        <translation>Basisabonnement:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Add-Ons:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>subscription status</comment>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Billing cycle:</source>
        <translation>Abrechnungszyklus:</translation>
    </message>
    <message>
        <source>Commitment end:</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Laufzeitende:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <translation>Kündbar bis:</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>Automatische Verlängerung:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an add-on&apos;s name and its status</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Suspending it suspends its %Ln active add-on(s) too: %1.</source>
        <translation>
            <numerusform>Wenn Sie es anhalten, wird auch %Ln aktives Add-On angehalten: %1.</numerusform>
            <numerusform>Wenn Sie es anhalten, werden auch %Ln aktive Add-Ons angehalten: %1.</numerusform>
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
        <translation>%1. Neue Commerce-Umgebung: wird auch im angehaltenen Zustand abgerechnet; vor dem Entfernen der Beziehung muss das Abonnement gekündigt werden oder bis zum Laufzeitende laufen.</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <comment>subscription name of an add-on</comment>
        <translation>%1 (Add-On)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>subscription status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Abrechnungszyklus</translation>
    </message>
    <message>
        <source>Commitment end</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Laufzeitende</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a new-commerce subscription can be cancelled</comment>
        <translation>Kündbar bis</translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>an add-on&apos;s name, then its base subscription&apos;s</comment>
        <translation>%1 — Add-On zu %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionStatusJob</name>
    <message>
        <source>%1 is now %2, with its base subscription.</source>
        <comment>%1 an add-on, %2 its status</comment>
        <translation>%1 ist jetzt zusammen mit dem Basisabonnement %2.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsCommand</name>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <source>%1 has no subscriptions.</source>
        <translation>%1 hat keine Abonnements.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>Suspend all active…</source>
        <translation>Alle aktiven anhalten…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read this customer&apos;s subscriptions again from Partner Center</source>
        <translation>Abonnements dieses Kunden erneut aus Partner Center laden</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions.</source>
        <translation>Ihre Rolle (%1) lässt das Ändern von Abonnements nicht zu.</translation>
    </message>
    <message>
        <source>The subscriptions are still loading.</source>
        <translation>Die Abonnements werden noch geladen.</translation>
    </message>
    <message>
        <source>Suspending is already under way.</source>
        <translation>Das Anhalten läuft bereits.</translation>
    </message>
    <message>
        <source>No subscription is active.</source>
        <translation>Kein Abonnement ist aktiv.</translation>
    </message>
    <message>
        <source>Suspend every active subscription of this customer, with a result for each</source>
        <translation>Alle aktiven Abonnements dieses Kunden anhalten und für jedes das Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Abonnements konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Abonnements werden geladen…</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>Keine Abonnements</translation>
    </message>
    <message>
        <source>This customer has no subscriptions with you.</source>
        <translation>Dieser Kunde hat keine Abonnements bei Ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln Abonnement</numerusform>
            <numerusform>%Ln Abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <comment>subscriptions</comment>
        <translation>
            <numerusform>%Ln aktiv</numerusform>
            <numerusform>%Ln aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>The subscriptions could not be read again; they are shown as last read. %1</source>
        <translation>Die Abonnements konnten nicht erneut gelesen werden; sie werden wie zuletzt gelesen angezeigt. %1</translation>
    </message>
</context>
<context>
    <name>SuspendAllDialog</name>
    <message>
        <source>Suspend all active subscriptions</source>
        <translation>Alle aktiven Abonnements anhalten</translation>
    </message>
    <message>
        <source>Suspending every active subscription: base subscriptions first, then their add-ons. Partner Center may ask us to slow down; that is handled for you.</source>
        <translation>Alle aktiven Abonnements werden angehalten: zuerst die Basisabonnements, dann ihre Add-Ons. Falls Partner Center um weniger Anforderungen bittet, wird das automatisch berücksichtigt.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Abonnements werden abgerufen…</translation>
    </message>
    <message>
        <source>No subscription was active. Nothing to do.</source>
        <translation>Kein Abonnement war aktiv. Nichts zu tun.</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed. Retry failed tries again what is still active.</source>
        <translation>%1 angehalten, bei %2 fehlgeschlagen. „Fehlgeschlagene wiederholen“ versucht es bei allen, die noch aktiv sind, erneut.</translation>
    </message>
    <message>
        <source>✓ %1 — suspended</source>
        <translation>✓ %1 — angehalten</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed, %3 not known. Check the status of those marked ⚠ in the Subscriptions list before trying again.</source>
        <translation>%1 angehalten, bei %2 fehlgeschlagen, bei %3 unbekannt. Prüfen Sie vor einem neuen Versuch den Status der mit ⚠ markierten in der Liste „Abonnements“.</translation>
    </message>
    <message>
        <source>⚠ %1 — not known whether suspended: %2</source>
        <translation>⚠ %1 — nicht bekannt, ob angehalten: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln subscription(s) done…</source>
        <translation>
            <numerusform>%1 von %Ln Abonnement erledigt…</numerusform>
            <numerusform>%1 von %Ln Abonnements erledigt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %Ln subscription(s) suspended; the rest are unchanged.</source>
        <translation>
            <numerusform>Abgebrochen. %Ln Abonnement angehalten; die übrigen sind unverändert.</numerusform>
            <numerusform>Abgebrochen. %Ln Abonnements angehalten; die übrigen sind unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Done: %Ln subscription(s) suspended.</source>
        <translation>
            <numerusform>✓ Fertig: %Ln Abonnement angehalten.</numerusform>
            <numerusform>✓ Fertig: %Ln Abonnements angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln Abonnement</numerusform>
            <numerusform>%Ln Abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>a subscription to be suspended</comment>
        <translation>%1 — Add-On zu %2</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln Abonnement anhalten</numerusform>
            <numerusform>%Ln Abonnements anhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln active subscription(s) will be suspended, base subscriptions first, then their add-ons. New-commerce subscriptions are still billed while suspended.</source>
        <translation>
            <numerusform>Dieses %Ln aktive Abonnement wird angehalten, zuerst Basisabonnements, dann ihre Add-Ons. Abonnements der neuen Commerce-Umgebung werden auch angehalten weiter abgerechnet.</numerusform>
            <numerusform>Diese %Ln aktiven Abonnements werden angehalten, zuerst Basisabonnements, dann ihre Add-Ons. Abonnements der neuen Commerce-Umgebung werden auch angehalten weiter abgerechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscription is active. Nothing to do.</source>
        <translation>Kein Abonnement ist aktiv. Nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message>
        <source>Suspended %1 of %2.</source>
        <translation>%1 von %2 angehalten.</translation>
    </message>
    <message>
        <source>%1 has no active subscriptions.</source>
        <translation>%1 hat keine aktiven Abonnements.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>result of suspending a subscription</comment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Already suspended</source>
        <translation>Bereits angehalten</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of suspending a subscription</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2) was not suspended:</source>
        <translation>%1 (%2) wurde nicht angehalten:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The customer has no subscription with this ID.</source>
        <translation>Der Kunde hat kein Abonnement mit dieser ID.</translation>
    </message>
    <message>
        <source>%1: the customer has no subscription with this ID.</source>
        <translation>%1: Der Kunde hat kein Abonnement mit dieser ID.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of suspending a subscription: it may or may not have been suspended</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2) may or may not have been suspended:</source>
        <translation>Ob %1 (%2) angehalten wurde, ist nicht bekannt:</translation>
    </message>
    <message>
        <source>Check its status with &quot;partnerdesk-cli subscriptions %1&quot; before trying again.</source>
        <translation>Prüfen Sie den Status vor einem neuen Versuch mit „partnerdesk-cli subscriptions %1“.</translation>
    </message>
    <message numerus="yes">
        <source>Suspending %Ln active subscription(s)…</source>
        <translation>
            <numerusform>%Ln aktives Abonnement wird angehalten…</numerusform>
            <numerusform>%Ln aktive Abonnements werden angehalten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down: %Ln request(s) at a time.</source>
        <translation>
            <numerusform>Partner Center hat um weniger Anforderungen gebeten: %Ln Anforderung gleichzeitig.</numerusform>
            <numerusform>Partner Center hat um weniger Anforderungen gebeten: %Ln Anforderungen gleichzeitig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended with its base subscription.</source>
        <translation>Zusammen mit dem Basisabonnement angehalten.</translation>
    </message>
</context>
<context>
    <name>TerminateAdminRelationshipsJob</name>
    <message>
        <source>The admin relationship “%1” is %2: only an active one can be terminated.</source>
        <comment>%1 is the relationship name, %2 its status</comment>
        <translation>Die Administratorbeziehung „%1“ hat den Status %2: Nur eine aktive kann beendet werden.</translation>
    </message>
    <message>
        <source>Microsoft Graph is not connected, so admin relationships cannot be terminated here.</source>
        <translation>Microsoft Graph ist nicht verbunden, daher können Administratorbeziehungen hier nicht beendet werden.</translation>
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <source>Global admin</source>
        <comment>Microsoft Entra role</comment>
        <translation>Globaler Administrator</translation>
    </message>
    <message>
        <source>Admin agent</source>
        <comment>Partner Center role</comment>
        <translation>Administrator-Agent</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <comment>Partner Center role</comment>
        <translation>Vertriebs-Agent</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <comment>Partner Center role</comment>
        <translation>Helpdesk-Agent</translation>
    </message>
    <message>
        <source>no Partner Center role</source>
        <translation>keine Partner Center-Rolle</translation>
    </message>
    <message>
        <source>roles not stated</source>
        <translation>Rollen nicht angegeben</translation>
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
        <translation>Unbekannt: Das Zugriffstoken gibt nicht an, wem es gehört.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ends CSP reseller relationships, clearing the blockers first.</source>
        <translation>Beendet CSP-Resellerbeziehungen und beseitigt vorher, was sie blockiert.</translation>
    </message>
    <message>
        <source>Partner Center-compatible endpoint for this run (default: the account chosen in the File menu, else the embedded sandbox).</source>
        <translation>Partner Center-kompatibler Endpunkt für diesen Aufruf (Standard: das im Menü „Datei“ gewählte Konto, sonst die eingebettete Sandbox).</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>File holding an access token (or PARTNERDESK_ACCESS_TOKEN).</source>
        <translation>Datei mit einem Zugriffstoken (oder PARTNERDESK_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command-line value name</comment>
        <translation>datei</translation>
    </message>
    <message>
        <source>UI language: %1.</source>
        <translation>Sprache der Oberfläche: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name</comment>
        <translation>sprache</translation>
    </message>
    <message>
        <source>Print how long the window took to appear, then quit.</source>
        <translation>Gibt aus, wie lange das Fenster zum Erscheinen brauchte, und beendet sich.</translation>
    </message>
    <message>
        <source>--endpoint needs --access-token-file or PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>--endpoint erfordert --access-token-file oder PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
</context>
</TS>
