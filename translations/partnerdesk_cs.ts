<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>O aplikaci PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk %1</source>
        <translation>PartnerDesk %1</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers, clearing what blocks them first.</source>
        <translation>Ukončuje vztahy prodejce se zákazníky programu Microsoft CSP a nejdřív odstraní vše, co tomu brání.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Sestaveno s Qt %1, běží na Qt %2.</translation>
    </message>
    <message>
        <source>PartnerDesk ships with these components, each under its own licence:</source>
        <translation>PartnerDesk obsahuje tyto komponenty, každou pod vlastní licencí:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a component and its licence</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>Sign &amp;in to Partner Center…</source>
        <translation>&amp;Přihlásit se do Partnerského centra…</translation>
    </message>
    <message>
        <source>Co&amp;nnection settings…</source>
        <translation>&amp;Nastavení připojení…</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <comment>File menu: work on the demo data</comment>
        <translation>Pracovat v &amp;sandboxu</translation>
    </message>
    <message>
        <source>Work on the demo data on this computer instead of Partner Center; the sign-in is kept</source>
        <translation>Pracovat s ukázkovými daty na tomto počítači místo Partnerského centra; přihlášení zůstane zachováno</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Odhlásit se</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Not signed in</source>
        <translation>Nepřihlášeno</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <comment>user name; roles</comment>
        <translation>Přihlášeno jako %1 — %2</translation>
    </message>
</context>
<context>
    <name>ActivityCommand</name>
    <message numerus="yes">
        <source>%Ln line(s) of the audit log could not be read and were left out.</source>
        <translation>
            <numerusform>%Ln řádek protokolu auditu nešel přečíst a byl vynechán.</numerusform>
            <numerusform>%Ln řádky protokolu auditu nešly přečíst a byly vynechány.</numerusform>
            <numerusform>%Ln řádků protokolu auditu nešlo přečíst a bylo vynecháno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <source>&amp;Customer:</source>
        <comment>activity filter</comment>
        <translation>&amp;Zákazník:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Všichni zákazníci</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>activity filter</comment>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Choose a customer, or type part of a company name, a customer ID or a primary domain</source>
        <translation>Vyberte zákazníka, nebo zadejte část názvu společnosti, ID zákazníka či primární doménu</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>activity filter</comment>
        <translation>&amp;Akce:</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>activity filter</comment>
        <translation>Akce</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Všechny akce</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <comment>activity filter</comment>
        <translation>&amp;Výsledek:</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>activity filter</comment>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Všechny výsledky</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>activity filter: first day shown</comment>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>První zobrazený den</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>activity filter: last day shown</comment>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Poslední zobrazený den</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Vymazat &amp;filtry</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Attempted</source>
        <comment>result of a change in the activity log: sent, answer not yet in</comment>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>result of a change in the activity log</comment>
        <translation>Provedeno</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of a change in the activity log</comment>
        <translation>Nezdařilo se</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>result of a change in the activity log: not sent, refused here</comment>
        <translation>Odmítnuto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>result of a change in the activity log: stopped by the user</comment>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a status change: old → new</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <comment>an error message and its code</comment>
        <translation>%1 (kód %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>column of the activity log</comment>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>column of the activity log</comment>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column of the activity log</comment>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>column of the activity log: the subscription or order changed</comment>
        <translation>Položka</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column of the activity log: old status → new status</comment>
        <translation>Změna</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column of the activity log</comment>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>column of the activity log: the error, if any</comment>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <comment>column of the activity log</comment>
        <translation>ID korelace</translation>
    </message>
    <message>
        <source>User</source>
        <comment>column of the activity log: who was signed in</comment>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of a change in the activity log: its answer was lost and reading it back failed; it may or may not have been made</comment>
        <translation>Výsledek neznámý</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — PartnerDesk</source>
        <comment>window title</comment>
        <translation>Aktivita — PartnerDesk</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivita</translation>
    </message>
    <message>
        <source>Every change made from this computer, newest first: what was changed, for which customer, by whom, and what Partner Center answered.</source>
        <translation>Každá změna provedená z tohoto počítače, od nejnovější: co se změnilo, u kterého zákazníka, kdo změnu provedl a co odpovědělo Partnerské centrum.</translation>
    </message>
    <message>
        <source>Search by customer, item, error or ID</source>
        <translation>Hledat podle zákazníka, položky, chyby nebo ID</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Hledat v aktivitě</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportovat CSV…</translation>
    </message>
    <message>
        <source>Save the entries as currently filtered to a CSV file</source>
        <translation>Uložit záznamy podle aktuálních filtrů do souboru CSV</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Otevřít &amp;složku dat</translation>
    </message>
    <message>
        <source>Show the folder that holds the audit log (%1)</source>
        <translation>Zobrazit složku s protokolem auditu (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <comment>in the activity log</comment>
        <translation>
            <numerusform>%Ln záznam</numerusform>
            <numerusform>%Ln záznamy</numerusform>
            <numerusform>%Ln záznamů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown entries of all; %1 is &quot;5 entries&quot;</comment>
        <translation>
            <numerusform>%1 z %Ln</numerusform>
            <numerusform>%1 z %Ln</numerusform>
            <numerusform>%1 z %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, reading…</source>
        <comment>entry count while the log is still being read</comment>
        <translation>%1, načítá se…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the log could not be read and are not shown.</source>
        <translation>
            <numerusform>%Ln řádek protokolu nešel přečíst a není zobrazen.</numerusform>
            <numerusform>%Ln řádky protokolu nešly přečíst a nejsou zobrazeny.</numerusform>
            <numerusform>%Ln řádků protokolu nešlo přečíst a nejsou zobrazeny.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the activity log…</source>
        <translation>Načítá se protokol auditu…</translation>
    </message>
    <message>
        <source>No entry matches the filters</source>
        <translation>Filtrům neodpovídá žádný záznam</translation>
    </message>
    <message>
        <source>Search looks at the customer, the item, the error, the user and the IDs.</source>
        <translation>Hledá se v zákazníkovi, položce, chybě, uživateli a v ID.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Vymazat filtry</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Zatím žádná aktivita</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes — suspensions, cancellations, removals — is recorded here with its result and correlation ID.</source>
        <translation>Každá změna, kterou PartnerDesk provede — pozastavení, zrušení, odebrání —, se sem zapíše s výsledkem a ID korelace.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s) to %1</source>
        <translation>
            <numerusform>Do souboru %1 byl exportován %Ln záznam</numerusform>
            <numerusform>Do souboru %1 byly exportovány %Ln záznamy</numerusform>
            <numerusform>Do souboru %1 bylo exportováno %Ln záznamů</numerusform>
        </translation>
    </message>
    <message>
        <source>activity.csv</source>
        <comment>default export file name</comment>
        <translation>aktivita.csv</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Otevřít složku dat</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Složku %1 nelze otevřít.</translation>
    </message>
</context>
<context>
    <name>AdminRelationship</name>
    <message>
        <source>Active</source>
        <comment>admin relationship status</comment>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Activating</source>
        <comment>admin relationship status</comment>
        <translation>Aktivuje se</translation>
    </message>
    <message>
        <source>Expiring</source>
        <comment>admin relationship status</comment>
        <translation>Brzy vyprší</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>admin relationship status</comment>
        <translation>Platnost vypršela</translation>
    </message>
    <message>
        <source>Termination requested</source>
        <comment>admin relationship status</comment>
        <translation>Ukončení vyžádáno</translation>
    </message>
    <message>
        <source>Terminating</source>
        <comment>admin relationship status</comment>
        <translation>Ukončuje se</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>admin relationship status</comment>
        <translation>Ukončeno</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>admin relationship status</comment>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <comment>admin relationship status</comment>
        <translation>Čeká na schválení</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>admin relationship status</comment>
        <translation>Schváleno</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipModel</name>
    <message>
        <source>Name</source>
        <comment>name of an admin relationship</comment>
        <translation>Název</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of an admin relationship</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>Microsoft Entra roles an admin relationship grants</comment>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ends</source>
        <comment>end date of an admin relationship</comment>
        <translation>Končí</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsCommand</name>
    <message>
        <source>Relationship ID</source>
        <translation>ID vztahu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Končí</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsSection</name>
    <message>
        <source>Admin relationships</source>
        <translation>Vztahy správce</translation>
    </message>
    <message>
        <source>Granular delegated admin privileges (GDAP) give your organisation admin roles in the customer&apos;s tenant. Removing the reseller relationship does not end them: terminate them here.</source>
        <translation>Podrobná delegovaná oprávnění správce (GDAP) dávají vaší organizaci role správce v tenantovi zákazníka. Odebrání vztahu prodejce je neukončí: ukončete je zde.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Read the admin relationships again</source>
        <translation>Znovu načíst vztahy správce</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <comment>end the selected admin relationship</comment>
        <translation>Ukončit…</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Ukončit všechny…</translation>
    </message>
    <message>
        <source>The admin relationships cannot be read: PartnerDesk is not connected to Microsoft Graph.</source>
        <translation>Vztahy správce nelze načíst: PartnerDesk není připojen k Microsoft Graph.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read from Microsoft Graph. %1</source>
        <comment>%1 says why</comment>
        <translation>Vztahy správce se z Microsoft Graph nepodařilo načíst. %1</translation>
    </message>
    <message>
        <source>The list below is as last read.</source>
        <translation>Seznam níže je z posledního načtení.</translation>
    </message>
    <message>
        <source>Reading the admin relationships from Microsoft Graph…</source>
        <translation>Načítání vztahů správce z Microsoft Graph…</translation>
    </message>
    <message>
        <source>No admin relationships: Microsoft Graph lists none with this customer&apos;s tenant.</source>
        <translation>Žádné vztahy správce: Microsoft Graph s tenantem tohoto zákazníka žádný neuvádí.</translation>
    </message>
    <message>
        <source>No admin relationship is active: none gives your organisation admin access any more.</source>
        <translation>Žádný vztah správce není aktivní: žádný už vaší organizaci nedává přístup správce.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): on. They end with the reseller relationship.</source>
        <translation>Starší delegovaná oprávnění správce (DAP): zapnuta. Skončí spolu se vztahem prodejce.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): off.</source>
        <translation>Starší delegovaná oprávnění správce (DAP): vypnuta.</translation>
    </message>
    <message>
        <source>A termination is in progress.</source>
        <translation>Probíhá ukončování.</translation>
    </message>
    <message>
        <source>Select an active admin relationship first.</source>
        <translation>Nejprve vyberte aktivní vztah správce.</translation>
    </message>
    <message>
        <source>Only an active admin relationship can be terminated; this one is %1.</source>
        <translation>Ukončit lze jen aktivní vztah správce; tento má stav %1.</translation>
    </message>
    <message>
        <source>No admin relationship is active.</source>
        <translation>Žádný vztah správce není aktivní.</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <translation>Ukončit vztah správce</translation>
    </message>
    <message>
        <source>Terminate the admin relationship “%1” with %2?</source>
        <comment>%1 relationship, %2 company</comment>
        <translation>Ukončit vztah správce „%1“ se zákazníkem %2?</translation>
    </message>
    <message>
        <source>Your organisation loses the roles it grants in the customer&apos;s tenant: %1.</source>
        <translation>Vaše organizace ztratí role, které dává v tenantovi zákazníka: %1.</translation>
    </message>
    <message>
        <source>Terminate all admin relationships</source>
        <translation>Ukončit všechny vztahy správce</translation>
    </message>
    <message>
        <source>Your organisation loses every role they grant in the customer&apos;s tenant.</source>
        <translation>Vaše organizace ztratí všechny role, které dávají v tenantovi zákazníka.</translation>
    </message>
    <message>
        <source>This cannot be undone: only a new relationship that the customer approves gives the access back.</source>
        <translation>Tuto akci nelze vrátit zpět: přístup vrátí jen nový vztah, který zákazník schválí.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>confirm ending admin relationships</comment>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>⚠ “%1”: it is not known whether the termination was requested. %2 Check its status above before trying again.</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ „%1“: není známo, zda bylo ukončení vyžádáno. %2 Než to zkusíte znovu, zkontrolujte jeho stav výše.</translation>
    </message>
    <message>
        <source>“%1” was not terminated: stopped.</source>
        <translation>„%1“ nebyl ukončen: zastaveno.</translation>
    </message>
    <message>
        <source>✗ “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ „%1“ nebyl ukončen. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active admin relationship(s) give your organisation admin access to this customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln aktivní vztah správce dává vaší organizaci přístup správce k tenantovi tohoto zákazníka.</numerusform>
            <numerusform>%Ln aktivní vztahy správce dávají vaší organizaci přístup správce k tenantovi tohoto zákazníka.</numerusform>
            <numerusform>%Ln aktivních vztahů správce dává vaší organizaci přístup správce k tenantovi tohoto zákazníka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate %Ln admin relationship(s) with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>
            <numerusform>Ukončit %Ln vztah správce se zákazníkem %1?</numerusform>
            <numerusform>Ukončit %Ln vztahy správce se zákazníkem %1?</numerusform>
            <numerusform>Ukončit %Ln vztahů správce se zákazníkem %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requesting the termination of %Ln admin relationship(s)…</source>
        <translation>
            <numerusform>Žádá se o ukončení %Ln vztahu správce…</numerusform>
            <numerusform>Žádá se o ukončení %Ln vztahů správce…</numerusform>
            <numerusform>Žádá se o ukončení %Ln vztahů správce…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Termination requested for %Ln admin relationship(s); Microsoft Graph ends them within minutes and the status above follows.</source>
        <translation>
            <numerusform>✓ Ukončení vyžádáno pro %Ln vztah správce; Microsoft Graph jej ukončí během několika minut a stav výše to ukáže.</numerusform>
            <numerusform>✓ Ukončení vyžádáno pro %Ln vztahy správce; Microsoft Graph je ukončí během několika minut a stav výše to ukáže.</numerusform>
            <numerusform>✓ Ukončení vyžádáno pro %Ln vztahů správce; Microsoft Graph je ukončí během několika minut a stav výše to ukáže.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) being terminated: Microsoft Graph ends them over a few minutes, and the list follows.</source>
        <translation>
            <numerusform>%Ln vztah správce se ukončuje: Microsoft Graph ho ukončí během několika minut a seznam to ukáže.</numerusform>
            <numerusform>%Ln vztahy správce se ukončují: Microsoft Graph je ukončí během několika minut a seznam to ukáže.</numerusform>
            <numerusform>%Ln vztahů správce se ukončuje: Microsoft Graph je ukončí během několika minut a seznam to ukáže.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your role does not allow this. Ask a Global admin or an Admin agent.</source>
        <translation>Vaše role tuto akci neumožňuje. Požádejte globálního správce nebo agenta pro správu.</translation>
    </message>
    <message>
        <source>An Azure plan cannot be suspended while Azure subscriptions under it are active.</source>
        <translation>Plán Azure nelze pozastavit, dokud jsou aktivní předplatná Azure, která pod něj patří.</translation>
    </message>
    <message>
        <source>The cancellation window has passed.</source>
        <translation>Lhůta pro zrušení už uplynula.</translation>
    </message>
    <message>
        <source>There is no relationship between your organization and this customer.</source>
        <translation>Mezi vaší organizací a tímto zákazníkem neexistuje žádný vztah.</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Refresh and try again.</source>
        <translation>Tuto položku mezitím změnil někdo jiný. Obnovte zobrazení a zkuste to znovu.</translation>
    </message>
    <message>
        <source>A suspended subscription cannot be updated.</source>
        <translation>Pozastavené předplatné nelze aktualizovat.</translation>
    </message>
    <message>
        <source>An add-on cannot be reactivated while its parent subscription is inactive.</source>
        <translation>Doplněk nelze znovu aktivovat, dokud je jeho nadřazené předplatné neaktivní.</translation>
    </message>
    <message>
        <source>Partner Center could not be reached.</source>
        <translation>Nepodařilo se spojit s Partnerským centrem.</translation>
    </message>
    <message>
        <source>Partner Center did not answer in time.</source>
        <translation>Partnerské centrum neodpovědělo včas.</translation>
    </message>
    <message>
        <source>Partner Center is busy and asked us to slow down. Try again in a minute.</source>
        <translation>Partnerské centrum je přetížené a požádalo o zpomalení. Zkuste to znovu za minutu.</translation>
    </message>
    <message>
        <source>Partner Center sent an answer that could not be read.</source>
        <translation>Partnerské centrum poslalo odpověď, kterou nelze přečíst.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Požadavek byl zrušen.</translation>
    </message>
    <message>
        <source>Refused to send credentials over an unencrypted connection.</source>
        <translation>Přihlašovací údaje nebyly odeslány, protože připojení není šifrované.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired. Sign in again.</source>
        <translation>Nejste přihlášeni nebo vypršela platnost vaší relace. Přihlaste se znovu.</translation>
    </message>
    <message>
        <source>Partner Center accepted the request but did not confirm the change.</source>
        <translation>Partnerské centrum požadavek přijalo, ale změnu nepotvrdilo.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Vaše role tuto akci neumožňuje.</translation>
    </message>
    <message>
        <source>Partner Center does not know this item any more.</source>
        <translation>Tato položka už v Partnerském centru neexistuje.</translation>
    </message>
    <message>
        <source>Partner Center refused the change.</source>
        <translation>Partnerské centrum změnu odmítlo.</translation>
    </message>
    <message>
        <source>Partner Center had an internal error.</source>
        <translation>V Partnerském centru došlo k interní chybě.</translation>
    </message>
    <message>
        <source>Partner Center refused the request (HTTP %1).</source>
        <translation>Partnerské centrum požadavek odmítlo (HTTP %1).</translation>
    </message>
    <message>
        <source>Partner Center said: %1</source>
        <translation>Odpověď Partnerského centra: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID korelace: %1</translation>
    </message>
    <message>
        <source>The request was cancelled after it was sent, so it is not known whether the change was made.</source>
        <translation>Požadavek byl zrušen až po odeslání, takže není známo, zda byla změna provedena.</translation>
    </message>
    <message>
        <source>The answer from Partner Center was lost, so it is not known whether the change was made.</source>
        <translation>Odpověď Partnerského centra se ztratila, takže není známo, zda byla změna provedena.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <comment>technical details of a failure</comment>
        <translation>Podrobnosti: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph refused access to the admin relationships. Add the delegated Microsoft Graph permission DelegatedAdminRelationship.ReadWrite.All to the app registration and grant admin consent; your account also needs the Admin agent role.</source>
        <translation>Microsoft Graph odepřel přístup ke vztahům správce. Přidejte registraci aplikace delegované oprávnění Microsoft Graph DelegatedAdminRelationship.ReadWrite.All a udělte souhlas správce; váš účet navíc potřebuje roli Agent pro správu.</translation>
    </message>
    <message>
        <source>The answer from Microsoft Graph was lost, so it is not known whether the change was made.</source>
        <translation>Odpověď Microsoft Graph se ztratila, takže není známo, zda byla změna provedena.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached.</source>
        <translation>Nepodařilo se spojit s Microsoft Graph.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation>Microsoft Graph neodpověděl včas.</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy and asked us to slow down. Try again in a minute.</source>
        <translation>Microsoft Graph je přetížený a požádal o zpomalení. Zkuste to znovu za minutu.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer that could not be read.</source>
        <translation>Microsoft Graph poslal odpověď, kterou nelze přečíst.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know this admin relationship.</source>
        <translation>Microsoft Graph tento vztah správce nezná.</translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error.</source>
        <translation>V Microsoft Graph došlo k interní chybě.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (HTTP %1).</source>
        <translation>Microsoft Graph požadavek odmítl (HTTP %1).</translation>
    </message>
    <message>
        <source>Microsoft Graph said: %1</source>
        <translation>Odpověď Microsoft Graph: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph client-request-id: %1</source>
        <translation>client-request-id pro Microsoft Graph: %1</translation>
    </message>
</context>
<context>
    <name>AppConnection</name>
    <message>
        <source>Cannot read the access token file &quot;%1&quot;: %2</source>
        <translation>Soubor s přístupovým tokenem „%1“ nelze přečíst: %2</translation>
    </message>
    <message>
        <source>The access token file &quot;%1&quot; is empty.</source>
        <translation>Soubor s přístupovým tokenem „%1“ je prázdný.</translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Vestavěný sandbox se nepodařilo spustit: %1</translation>
    </message>
    <message>
        <source>No Microsoft Graph access token: give --graph-access-token-file or set PARTNERDESK_GRAPH_ACCESS_TOKEN to see and end admin relationships.</source>
        <translation>Chybí přístupový token pro Microsoft Graph: zadejte --graph-access-token-file nebo nastavte PARTNERDESK_GRAPH_ACCESS_TOKEN, abyste mohli zobrazit a ukončit vztahy správce.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Suspend subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Pozastavit předplatné</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Znovu aktivovat předplatné</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Zrušit předplatné</translation>
    </message>
    <message>
        <source>Change subscription status</source>
        <comment>an action in the activity log</comment>
        <translation>Změnit stav předplatného</translation>
    </message>
    <message>
        <source>Change auto-renew</source>
        <comment>an action in the activity log</comment>
        <translation>Změnit automatické prodlužování</translation>
    </message>
    <message>
        <source>Cancel software purchase</source>
        <comment>an action in the activity log</comment>
        <translation>Zrušit nákup softwaru</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Odebrat vztah prodejce</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Ukončit vztah správce</translation>
    </message>
</context>
<context>
    <name>BlockerChecklist</name>
    <message>
        <source>What blocks the removal</source>
        <translation>Co brání odebrání</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and suspend this subscription</comment>
        <translation>Vybrat na stránce Předplatná</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and cancel this subscription</comment>
        <translation>Vybrat na stránce Předplatná</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Zrušit objednávku…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Show in Purchases</source>
        <comment>go to the purchase that is cancelled elsewhere</comment>
        <translation>Zobrazit na stránce Nákupy</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and see this subscription</comment>
        <translation>Vybrat na stránce Předplatná</translation>
    </message>
    <message>
        <source>Turn auto-renew off…</source>
        <translation>Vypnout automatické prodlužování…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Otevřít Azure Portal</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is copied to the clipboard: %1</source>
        <translation>Nepodařilo se otevřít webový prohlížeč. Adresa je zkopírovaná do schránky: %1</translation>
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
        <translation>Druh</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Překážka</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co udělat</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termín</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Offboard customers</source>
        <translation>Ukončit spolupráci se zákazníky</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)?</source>
        <translation>
            <numerusform>Ukončit spolupráci s %Ln zákazníkem?</numerusform>
            <numerusform>Ukončit spolupráci s %Ln zákazníky?</numerusform>
            <numerusform>Ukončit spolupráci s %Ln zákazníky?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Partner Center will be asked to:</source>
        <translation>Tuto akci nelze vrátit zpět. Partnerské centrum bude požádáno, aby:</translation>
    </message>
    <message numerus="yes">
        <source>• remove the reseller relationship with %Ln customer(s): each leaves your customer list, you leave their support contacts, your delegated admin privileges are removed and you can no longer make purchases for them;</source>
        <translation>
            <numerusform>• odebral vztah prodejce s %Ln zákazníkem: zmizí z vašeho seznamu zákazníků, budete odebráni z jeho kontaktů podpory, vaše delegovaná oprávnění správce budou odebrána a už pro něj nebudete moct provádět nákupy;</numerusform>
            <numerusform>• odebral vztah prodejce s %Ln zákazníky: každý zmizí z vašeho seznamu zákazníků, budete odebráni z jejich kontaktů podpory, vaše delegovaná oprávnění správce budou odebrána a už pro ně nebudete moct provádět nákupy;</numerusform>
            <numerusform>• odebral vztah prodejce s %Ln zákazníky: každý zmizí z vašeho seznamu zákazníků, budete odebráni z jejich kontaktů podpory, vaše delegovaná oprávnění správce budou odebrána a už pro ně nebudete moct provádět nákupy;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• suspend %Ln subscription(s);</source>
        <translation>
            <numerusform>• pozastavil %Ln předplatné;</numerusform>
            <numerusform>• pozastavil %Ln předplatná;</numerusform>
            <numerusform>• pozastavil %Ln předplatných;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• cancel %Ln subscription(s) and software purchase(s);</source>
        <translation>
            <numerusform>• zrušil %Ln předplatné nebo nákup softwaru;</numerusform>
            <numerusform>• zrušil %Ln předplatná a nákupy softwaru;</numerusform>
            <numerusform>• zrušil %Ln předplatných a nákupů softwaru;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• terminate %Ln admin relationship(s);</source>
        <translation>
            <numerusform>• ukončil %Ln vztah správce;</numerusform>
            <numerusform>• ukončil %Ln vztahy správce;</numerusform>
            <numerusform>• ukončil %Ln vztahů správce;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and prepare %Ln more customer(s) that cannot be removed yet (their changes are counted above).</source>
        <translation>
            <numerusform>• a připravil %Ln dalšího zákazníka, kterého zatím nelze odebrat (jeho změny jsou započteny výše).</numerusform>
            <numerusform>• a připravil %Ln další zákazníky, které zatím nelze odebrat (jejich změny jsou započteny výše).</numerusform>
            <numerusform>• a připravil %Ln dalších zákazníků, které zatím nelze odebrat (jejich změny jsou započteny výše).</numerusform>
        </translation>
    </message>
    <message>
        <source>Also terminate admin relationships (GDAP)</source>
        <translation>Ukončit také vztahy správce (GDAP)</translation>
    </message>
    <message>
        <source>To confirm, type the number of customers that will be removed (%1):</source>
        <translation>Pro potvrzení zadejte počet zákazníků, kteří budou odebráni (%1):</translation>
    </message>
    <message>
        <source>Number of customers that will be removed</source>
        <translation>Počet zákazníků, kteří budou odebráni</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)</source>
        <translation>
            <numerusform>Ukončit spolupráci s %Ln zákazníkem</numerusform>
            <numerusform>Ukončit spolupráci s %Ln zákazníky</numerusform>
            <numerusform>Ukončit spolupráci s %Ln zákazníky</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of customers that will be removed to enable this button.</source>
        <translation>Toto tlačítko se zpřístupní po zadání počtu zákazníků, kteří budou odebráni.</translation>
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
        <translation>Čeká</translation>
    </message>
    <message>
        <source>Reading…</source>
        <comment>a customer of a bulk run being read</comment>
        <translation>Načítá se…</translation>
    </message>
    <message numerus="yes">
        <source>Working… %Ln change(s) made</source>
        <translation>
            <numerusform>Probíhá… %Ln změna provedena</numerusform>
            <numerusform>Probíhá… %Ln změny provedeny</numerusform>
            <numerusform>Probíhá… provedeno %Ln změn</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Primární doména</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of a customer in a bulk plan or run</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>column: number of subscriptions to suspend</comment>
        <translation>Pozastavit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>column: number of subscriptions and purchases to cancel</comment>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>column: number of admin relationships to terminate</comment>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>Why not removed</source>
        <comment>column: what blocks the removal, or the error</comment>
        <translation>Proč neodebráno</translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Soubory CSV (*.csv);;Soubory JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export se nezdařil</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Uloženo do %1</translation>
    </message>
</context>
<context>
    <name>BulkOffboardCommand</name>
    <message>
        <source>The list names no customer of yours.</source>
        <translation>Seznam neuvádí žádného z vašich zákazníků.</translation>
    </message>
    <message>
        <source>There is no unfinished run for this list in %1.</source>
        <translation>Pro tento seznam není v %1 žádný nedokončený hromadný běh.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plán</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Pozastavit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>Why not removable / error</source>
        <translation>Proč nelze odebrat / chyba</translation>
    </message>
    <message>
        <source>Nothing was changed. To offboard them, run again with --confirm-count %1.</source>
        <translation>Nic se nezměnilo. Chcete-li s nimi ukončit spolupráci, spusťte příkaz znovu s --confirm-count %1.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2</source>
        <translation>Deník hromadného běhu %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>Run %1. If it is interrupted, continue it with --resume and the same list.</source>
        <translation>Hromadný běh %1. Pokud bude přerušen, pokračujte v něm pomocí --resume se stejným seznamem.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>Deník hromadného běhu nelze zapsat (%1); běh se zastavil.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>Deník hromadného běhu %1 nelze přečíst.</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>Sestavu %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Změny</translation>
    </message>
    <message>
        <source>Why / what to do</source>
        <translation>Proč / co dělat</translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %Ln customer(s) left; each is read again first.</source>
        <translation>
            <numerusform>Pokračuje hromadný běh %1: zbývá %Ln zákazník; každý se nejprve znovu načte.</numerusform>
            <numerusform>Pokračuje hromadný běh %1: zbývají %Ln zákazníci; každý se nejprve znovu načte.</numerusform>
            <numerusform>Pokračuje hromadný běh %1: zbývá %Ln zákazníků; každý se nejprve znovu načte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln customer(s)…</source>
        <translation>
            <numerusform>Načítá se %Ln zákazník…</numerusform>
            <numerusform>Načítají se %Ln zákazníci…</numerusform>
            <numerusform>Načítá se %Ln zákazníků…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be removed.</source>
        <translation>
            <numerusform>%Ln zákazník bude odebrán.</numerusform>
            <numerusform>%Ln zákazníci budou odebráni.</numerusform>
            <numerusform>%Ln zákazníků bude odebráno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be prepared but cannot be removed yet.</source>
        <translation>
            <numerusform>%Ln zákazník bude připraven, ale zatím ho nelze odebrat.</numerusform>
            <numerusform>%Ln zákazníci budou připraveni, ale zatím je nelze odebrat.</numerusform>
            <numerusform>%Ln zákazníků bude připraveno, ale zatím je nelze odebrat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read.</source>
        <translation>
            <numerusform>%Ln zákazníka nelze načíst.</numerusform>
            <numerusform>%Ln zákazníky nelze načíst.</numerusform>
            <numerusform>%Ln zákazníků nelze načíst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--confirm-count %1 does not match the plan: %Ln customer(s) would be removed. Nothing was changed.</source>
        <translation>
            <numerusform>--confirm-count %1 neodpovídá plánu: odebrán by byl %Ln zákazník. Nic se nezměnilo.</numerusform>
            <numerusform>--confirm-count %1 neodpovídá plánu: odebráni by byli %Ln zákazníci. Nic se nezměnilo.</numerusform>
            <numerusform>--confirm-count %1 neodpovídá plánu: odebráno by bylo %Ln zákazníků. Nic se nezměnilo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>Odebráno %L1 z %Ln zákazníka.</numerusform>
            <numerusform>Odebráno %L1 z %Ln zákazníků.</numerusform>
            <numerusform>Odebráno %L1 z %Ln zákazníků.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboardJob</name>
    <message>
        <source>Not every admin relationship was terminated.</source>
        <translation>Ne všechny vztahy správce byly ukončeny.</translation>
    </message>
    <message>
        <source>There is no reseller relationship with this customer.</source>
        <translation>S tímto zákazníkem neexistuje žádný vztah prodejce.</translation>
    </message>
    <message>
        <source>It was not among the customers confirmed for removal in this run; offboard it in a new run.</source>
        <translation>Nebyl mezi zákazníky potvrzenými k odebrání v tomto hromadném běhu; ukončete s ním spolupráci v novém běhu.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change is on the server.</source>
        <translation>Znovu načteno po zastavení běhu: změna na serveru je.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change was not made.</source>
        <translation>Znovu načteno po zastavení běhu: změna provedena nebyla.</translation>
    </message>
    <message>
        <source>Not made; read back.</source>
        <translation>Neprovedeno; znovu načteno.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run was cancelled before this customer was done.</source>
        <translation>Běh byl zrušen dřív, než byl tento zákazník hotov.</translation>
    </message>
</context>
<context>
    <name>BulkOffboardWindow</name>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2. Nothing was changed.</source>
        <translation>Deník běhu %1 nelze zapsat: %2. Nic se nezměnilo.</translation>
    </message>
    <message>
        <source>Offboarding not started</source>
        <translation>Ukončení spolupráce nebylo zahájeno</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>Deník hromadného běhu nelze zapsat (%1); běh se zastavil.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>Deník hromadného běhu %1 nelze přečíst.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %Ln customer(s)… Nothing is changed until you confirm.</source>
        <translation>
            <numerusform>Načítá se %1 z %Ln zákazníka… Dokud nepotvrdíte, nic se nezmění.</numerusform>
            <numerusform>Načítá se %1 z %Ln zákazníků… Dokud nepotvrdíte, nic se nezmění.</numerusform>
            <numerusform>Načítá se %1 z %Ln zákazníků… Dokud nepotvrdíte, nic se nezmění.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be removed. %2 will be prepared but cannot be removed yet. %3 could not be read. Nothing has been changed yet.</source>
        <translation>Odebrání: %1. Připravení, zatím bez možnosti odebrání: %2. Nelze načíst: %3. Zatím se nic nezměnilo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln zákazník</numerusform>
            <numerusform>%Ln zákazníci</numerusform>
            <numerusform>%Ln zákazníků</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: the changes already sent finish, nothing new starts. %1 of %Ln customer(s) done.</source>
        <translation>
            <numerusform>Ruší se: již odeslané změny se dokončí, nic nového nezačne. Hotovo %1 z %Ln zákazníka.</numerusform>
            <numerusform>Ruší se: již odeslané změny se dokončí, nic nového nezačne. Hotovo %1 z %Ln zákazníků.</numerusform>
            <numerusform>Ruší se: již odeslané změny se dokončí, nic nového nezačne. Hotovo %1 z %Ln zákazníků.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboarding: %1 of %Ln customer(s) done, %2 at a time. If the app is closed, the run is offered to be resumed at the next start.</source>
        <translation>
            <numerusform>Ukončení spolupráce: hotovo %1 z %Ln zákazníka, %2 současně. Pokud aplikaci zavřete, při dalším spuštění nabídne pokračování v běhu.</numerusform>
            <numerusform>Ukončení spolupráce: hotovo %1 z %Ln zákazníků, %2 současně. Pokud aplikaci zavřete, při dalším spuštění nabídne pokračování v běhu.</numerusform>
            <numerusform>Ukončení spolupráce: hotovo %1 z %Ln zákazníků, %2 současně. Pokud aplikaci zavřete, při dalším spuštění nabídne pokračování v běhu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Běh byl zrušen.</translation>
    </message>
    <message>
        <source>The run did not finish; Resume continues it.</source>
        <translation>Běh nebyl dokončen; Pokračovat v něm pokračuje.</translation>
    </message>
    <message>
        <source>Each customer not removed says why and what to do.</source>
        <translation>U každého neodebraného zákazníka je uvedeno proč a co dělat.</translation>
    </message>
    <message>
        <source>Offboarding plan — PartnerDesk</source>
        <translation>Plán ukončení spolupráce — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Plán ukončení spolupráce</translation>
    </message>
    <message>
        <source>Offboarding — PartnerDesk</source>
        <translation>Ukončení spolupráce — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding customers</source>
        <translation>Ukončení spolupráce se zákazníky</translation>
    </message>
    <message>
        <source>Offboarding report — PartnerDesk</source>
        <translation>Sestava ukončení spolupráce — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding report of %1</source>
        <comment>%1 is when the run started</comment>
        <translation>Sestava ukončení spolupráce z %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Průběh</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportovat sestavu…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>Exportovat plán…</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)…</source>
        <translation>
            <numerusform>Ukončit spolupráci s %Ln zákazníkem…</numerusform>
            <numerusform>Ukončit spolupráci s %Ln zákazníky…</numerusform>
            <numerusform>Ukončit spolupráci s %Ln zákazníky…</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer of the plan can be removed now.</source>
        <translation>Žádného zákazníka z plánu teď nelze odebrat.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Pokračovat v běhu</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Zrušit běh</translation>
    </message>
    <message>
        <source>Stop offboarding?</source>
        <translation>Zastavit ukončování spolupráce?</translation>
    </message>
    <message>
        <source>The changes already sent finish; no customer is started after them. The report names where each customer ended, and the run can be resumed later.</source>
        <translation>Již odeslané změny se dokončí; po nich se nezačne žádný další zákazník. Sestava uvede, jak každý zákazník skončil, a v běhu lze později pokračovat.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Zastavit a zavřít</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportovat sestavu</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exportovat plán</translation>
    </message>
    <message>
        <source>offboarding-%1.csv</source>
        <comment>default file name of a report</comment>
        <translation>ukonceni-spoluprace-%1.csv</translation>
    </message>
    <message>
        <source>offboarding-plan.csv</source>
        <comment>default file name of a plan</comment>
        <translation>plan-ukonceni-spoluprace.csv</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>Odebráno %L1 z %Ln zákazníka.</numerusform>
            <numerusform>Odebráno %L1 z %Ln zákazníků.</numerusform>
            <numerusform>Odebráno %L1 z %Ln zákazníků.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboarding</name>
    <message>
        <source>Offboard customers from a file</source>
        <translation>Ukončit spolupráci se zákazníky ze souboru</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt);;All files (*)</source>
        <translation>Seznamy zákazníků (*.csv *.txt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>The customer list is still loading. Try again once it has loaded.</source>
        <translation>Seznam zákazníků se ještě načítá. Zkuste to znovu, až se načte.</translation>
    </message>
    <message numerus="yes">
        <source>The file names no customer of yours: %Ln line(s) left out.</source>
        <translation>
            <numerusform>Soubor neuvádí žádného vašeho zákazníka: %Ln řádek vynechán.</numerusform>
            <numerusform>Soubor neuvádí žádného vašeho zákazníka: %Ln řádky vynechány.</numerusform>
            <numerusform>Soubor neuvádí žádného vašeho zákazníka: %Ln řádků vynecháno.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>%1 nelze použít: %2</translation>
    </message>
    <message numerus="yes">
        <source>The offboarding run started %1 did not finish: %2 of %Ln customer(s) removed, %3 left. Resume it now? Every customer left is read again first; nothing that took effect is sent again.</source>
        <translation>
            <numerusform>Běh ukončení spolupráce spuštěný %1 nebyl dokončen: odebráno %2 z %Ln zákazníka, zbývá %3. Pokračovat v něm hned? Každý zbývající zákazník se nejdřív znovu načte; nic, co už proběhlo, se znovu neodešle.</numerusform>
            <numerusform>Běh ukončení spolupráce spuštěný %1 nebyl dokončen: odebráno %2 z %Ln zákazníků, zbývá %3. Pokračovat v něm hned? Každý zbývající zákazník se nejdřív znovu načte; nic, co už proběhlo, se znovu neodešle.</numerusform>
            <numerusform>Běh ukončení spolupráce spuštěný %1 nebyl dokončen: odebráno %2 z %Ln zákazníků, zbývá %3. Pokračovat v něm hned? Každý zbývající zákazník se nejdřív znovu načte; nic, co už proběhlo, se znovu neodešle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume offboarding?</source>
        <translation>Pokračovat v ukončení spolupráce?</translation>
    </message>
    <message>
        <source>Later asks again at the next start. Discard ends the run as it is; its report and the audit log keep everything it did.</source>
        <translation>Později se zeptá znovu při dalším spuštění. Zahodit ukončí běh tak, jak je; jeho sestava a protokol auditu zachovají vše, co udělal.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Pokračovat</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Později</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
    <message>
        <source>The run could not be ended: %1</source>
        <translation>Běh nelze ukončit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %Ln customer(s) removed</source>
        <comment>a run&apos;s start and result</comment>
        <translation>
            <numerusform>%1 — odebráno %2 z %Ln zákazníka</numerusform>
            <numerusform>%1 — odebráno %2 z %Ln zákazníků</numerusform>
            <numerusform>%1 — odebráno %2 z %Ln zákazníků</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not finished)</source>
        <translation>%1 (nedokončeno)</translation>
    </message>
    <message>
        <source>No offboarding run yet</source>
        <translation>Zatím žádný běh ukončení spolupráce</translation>
    </message>
    <message>
        <source>Offboard customers from a &amp;file…</source>
        <translation>Ukončit spolupráci se zákazníky ze &amp;souboru…</translation>
    </message>
    <message>
        <source>Plan the offboarding of the customers a file lists: primary domains, customer IDs or Microsoft IDs</source>
        <translation>Naplánovat ukončení spolupráce se zákazníky uvedenými v souboru: primární domény, ID zákazníků nebo ID Microsoftu</translation>
    </message>
    <message>
        <source>Offboarding &amp;reports</source>
        <translation>Sestavy ukončení spolupráce (&amp;R)</translation>
    </message>
</context>
<context>
    <name>BulkPlanPanel</name>
    <message>
        <source>Customers of the plan</source>
        <translation>Zákazníci v plánu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the list left out:</source>
        <translation>
            <numerusform>%Ln řádek seznamu vynechán:</numerusform>
            <numerusform>%Ln řádky seznamu vynechány:</numerusform>
            <numerusform>%Ln řádků seznamu vynecháno:</numerusform>
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
        <translation>Odebráno</translation>
    </message>
    <message>
        <source>Prepared, not removable yet</source>
        <translation>Připraveno, zatím nelze odebrat</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nelze načíst</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nezdařilo se</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Výsledek neznámý</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Bude odebrán</translation>
    </message>
    <message>
        <source>Will be prepared, cannot be removed yet</source>
        <translation>Bude připraven, zatím nelze odebrat</translation>
    </message>
    <message>
        <source>Not known: no answer came, and it was not read back yet</source>
        <translation>Neznámé: nepřišla odpověď a zatím se znovu nenačetlo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Done (answer lost, read back)</source>
        <translation>Hotovo (odpověď se ztratila, znovu načteno)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmítnuto</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nezahájeno</translation>
    </message>
    <message>
        <source>Resume the run, or offboard it again.</source>
        <translation>Pokračujte v běhu, nebo ukončete spolupráci znovu.</translation>
    </message>
    <message>
        <source>Resume the run: it reads the customer back before anything is sent again.</source>
        <translation>Pokračujte v běhu: zákazník se znovu načte dřív, než se cokoli odešle znovu.</translation>
    </message>
    <message>
        <source>Offboard it again after %1.</source>
        <translation>Ukončete spolupráci znovu po %1.</translation>
    </message>
    <message>
        <source>Clear what blocks, then offboard it again.</source>
        <translation>Odstraňte, co brání, a pak ukončete spolupráci znovu.</translation>
    </message>
    <message>
        <source>Check the error, then offboard it again.</source>
        <translation>Zkontrolujte chybu a pak ukončete spolupráci znovu.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <comment>why a customer is not removed, and until when</comment>
        <translation>%1 (do %2)</translation>
    </message>
</context>
<context>
    <name>BulkReportPanel</name>
    <message>
        <source>Report</source>
        <translation>Sestava</translation>
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
        <translation>Rezervace Azure „%1“ se ruší na webu Azure Portal, ne zde.</translation>
    </message>
    <message>
        <source>The purchase “%1” came without an order ID, so it cannot be cancelled here.</source>
        <comment>%1 is the product name</comment>
        <translation>Nákup „%1“ nemá ID objednávky, proto ho zde nelze zrušit.</translation>
    </message>
    <message>
        <source>The purchase “%1” is no longer active (%2), so there is nothing to cancel.</source>
        <comment>%1 is the product name, %2 its status, e.g. Cancelled or Expired</comment>
        <translation>Nákup „%1“ už není aktivní (stav: %2), takže není co rušit.</translation>
    </message>
    <message>
        <source>The purchase “%1” could only be cancelled until %2.</source>
        <comment>%1 is the product name, %2 a date and time</comment>
        <translation>Nákup „%1“ bylo možné zrušit jen do %2.</translation>
    </message>
    <message>
        <source>The purchase “%1” has no cancellation window.</source>
        <comment>%1 is the product name</comment>
        <translation>Nákup „%1“ nemá lhůtu pro zrušení.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>No customer has the Microsoft ID, customer ID or primary domain &quot;%1&quot;.</source>
        <translation>Žádný zákazník nemá ID Microsoftu, ID zákazníka ani primární doménu „%1“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>company name (primary domain)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note: your roles (%1) may not allow this; Partner Center decides.</source>
        <translation>Poznámka: vaše role (%1) to možná neumožňují; rozhodne Partnerské centrum.</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>klíčenka neodpověděla</translation>
    </message>
    <message>
        <source>No keychain is available here (%1), so partnerdesk-cli cannot keep a Partner Center sign-in from one command to the next. Use --endpoint with --access-token-file instead, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Klíčenka tu není k dispozici (%1), takže partnerdesk-cli nemůže přihlášení do Partnerského centra uchovat mezi jednotlivými příkazy. Použijte místo toho --endpoint s --access-token-file, nebo pro práci se sandboxem spusťte „partnerdesk-cli sign-out“.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Partner Center API endpoint, e.g. https://api.partnercenter.microsoft.com. Without it, the embedded sandbox (the app&apos;s demo data) is used.</source>
        <translation>Koncový bod rozhraní API Partnerského centra, např. https://api.partnercenter.microsoft.com. Bez něj se použije vestavěný sandbox (ukázková data aplikace).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_ACCESS_TOKEN environment variable works too.</source>
        <translation>Načíst přístupový token ze souboru SOUBOR („-“ znamená standardní vstup). Funguje i proměnná prostředí PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>SOUBOR</translation>
    </message>
    <message>
        <source>Language of messages and of Partner Center&apos;s answers: %1.</source>
        <translation>Jazyk zpráv a odpovědí Partnerského centra: %1.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>JAZYK</translation>
    </message>
    <message>
        <source>How to print lists: %1 (default: table).</source>
        <translation>Formát výpisu seznamů: %1 (výchozí: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMÁT</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>suspend: every active subscription of the customer.</source>
        <translation>suspend: všechna aktivní předplatná zákazníka.</translation>
    </message>
    <message>
        <source>remove-relationship: the customer&apos;s primary domain, typed to confirm.</source>
        <translation>remove-relationship: primární doména zákazníka zadaná pro potvrzení.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÉNA</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers: lists customers and subscriptions, suspends subscriptions, tells what still blocks the removal and removes the relationship.</source>
        <translation>Ukončuje vztahy prodejce se zákazníky programu Microsoft CSP: vypisuje zákazníky a předplatná, pozastavuje předplatná, ukazuje, co ještě brání odebrání, a odebírá vztah.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Příkazy:</translation>
    </message>
    <message>
        <source>  customers [--filter TEXT | --domain TEXT]   List customers.</source>
        <translation>  customers [--filter TEXT | --domain TEXT]   Vypíše zákazníky.</translation>
    </message>
    <message>
        <source>  subscriptions CUSTOMER                      List a customer&apos;s subscriptions.</source>
        <translation>  subscriptions ZÁKAZNÍK                      Vypíše předplatná zákazníka.</translation>
    </message>
    <message>
        <source>  suspend CUSTOMER (--all | SUBSCRIPTION...)  Suspend subscriptions.</source>
        <translation>  suspend ZÁKAZNÍK (--all | PŘEDPLATNÉ...)    Pozastaví předplatná.</translation>
    </message>
    <message>
        <source>  readiness CUSTOMER                          Tell what blocks the removal.</source>
        <translation>  readiness ZÁKAZNÍK                          Ukáže, co brání odebrání.</translation>
    </message>
    <message>
        <source>  remove-relationship CUSTOMER --confirm DOMAIN</source>
        <translation>  remove-relationship ZÁKAZNÍK --confirm DOMÉNA</translation>
    </message>
    <message>
        <source>                                              Remove the reseller relationship.</source>
        <translation>                                              Odebere vztah prodejce.</translation>
    </message>
    <message>
        <source>  request-link                                Print the invitation link for a new relationship.</source>
        <translation>  request-link                                Vypíše odkaz s pozvánkou k novému vztahu.</translation>
    </message>
    <message>
        <source>CUSTOMER is the Microsoft ID (tenant ID), the customer ID or the primary domain.</source>
        <translation>ZÁKAZNÍK je ID Microsoftu (ID tenanta), ID zákazníka nebo primární doména.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Jeden z výše uvedených příkazů.</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS...]</source>
        <translation>PŘÍKAZ [ARGUMENTY...]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nebyl zadán žádný příkaz.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of: %2.</source>
        <translation>Neznámý jazyk „%1“; zvolte jeden z těchto: %2.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose one of: %2.</source>
        <translation>Neznámý formát „%1“; zvolte jeden z těchto: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>„%1“ není adresa URL http:// ani https://.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer.</source>
        <translation>Nešifrované http:// je povoleno jen pro tento počítač.</translation>
    </message>
    <message>
        <source>--%1 cannot be used with &quot;%2&quot;.</source>
        <translation>--%1 nelze použít s příkazem „%2“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Neznámý příkaz „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a CUSTOMER: a Microsoft ID or a primary domain.</source>
        <translation>Příkaz „%1“ vyžaduje argument ZÁKAZNÍK: ID Microsoftu nebo primární doménu.</translation>
    </message>
    <message>
        <source>CUSTOMER must not be empty.</source>
        <translation>ZÁKAZNÍK nesmí být prázdný.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Neočekávaný argument „%1“.</translation>
    </message>
    <message>
        <source>Use either --filter or --domain, not both.</source>
        <translation>Použijte buď --filter, nebo --domain, ne obojí.</translation>
    </message>
    <message>
        <source>Give either --all or the IDs of the subscriptions to suspend.</source>
        <translation>Zadejte buď --all, nebo ID předplatných, která se mají pozastavit.</translation>
    </message>
    <message>
        <source>Removing the relationship needs --confirm with the customer&apos;s primary domain.</source>
        <translation>Odebrání vztahu vyžaduje --confirm s primární doménou zákazníka.</translation>
    </message>
    <message>
        <source>sign-in: your partner tenant, as its directory (tenant) ID or a domain.</source>
        <translation>sign-in: váš partnerský tenant, zadaný jako ID adresáře (tenanta) nebo doména.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>TENANT</translation>
    </message>
    <message>
        <source>sign-in: the application (client) ID of your organisation&apos;s app registration.</source>
        <translation>sign-in: ID aplikace (klienta) z registrace aplikace vaší organizace.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>sign-in: the sign-in authority (default: https://login.microsoftonline.com).</source>
        <translation>sign-in: přihlašovací autorita (výchozí: https://login.microsoftonline.com).</translation>
    </message>
    <message>
        <source>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</source>
        <translation>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</translation>
    </message>
    <message>
        <source>                                              Sign in to Partner Center (device code).</source>
        <translation>                                              Přihlásí se do Partnerského centra (kódem zařízení).</translation>
    </message>
    <message>
        <source>  sign-out                                    Sign out; commands use the sandbox again.</source>
        <translation>  sign-out                                    Odhlásí se; příkazy znovu pracují se sandboxem.</translation>
    </message>
    <message>
        <source>  whoami                                      Who is signed in, with which roles.</source>
        <translation>  whoami                                      Ukáže, kdo je přihlášen a s jakými rolemi.</translation>
    </message>
    <message>
        <source>After sign-in, commands without --endpoint work on Partner Center as the signed-in user.</source>
        <translation>Po přihlášení pracují příkazy bez --endpoint s Partnerským centrem jako přihlášený uživatel.</translation>
    </message>
    <message>
        <source>Microsoft Graph endpoint for admin relationships (default: https://graph.microsoft.com; on a loopback --endpoint, that address).</source>
        <translation>Koncový bod Microsoft Graph pro vztahy správce (výchozí: https://graph.microsoft.com; u --endpoint na tomto počítači tatáž adresa).</translation>
    </message>
    <message>
        <source>Read the Microsoft Graph access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_GRAPH_ACCESS_TOKEN environment variable works too.</source>
        <translation>Načíst přístupový token pro Microsoft Graph ze souboru SOUBOR („-“ znamená standardní vstup). Funguje i proměnná prostředí PARTNERDESK_GRAPH_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>  admin-relationships CUSTOMER                List the customer&apos;s admin relationships (GDAP).</source>
        <translation>  admin-relationships CUSTOMER                Vypíše vztahy správce se zákazníkem (GDAP).</translation>
    </message>
    <message>
        <source>offboard: print the plan and change nothing.</source>
        <translation>offboard: vypíše plán a nic nezmění.</translation>
    </message>
    <message>
        <source>offboard: leave the admin relationships (GDAP) as they are.</source>
        <translation>offboard: ponechá vztahy správce (GDAP), jak jsou.</translation>
    </message>
    <message>
        <source>  offboard CUSTOMER --confirm DOMAIN [--dry-run] [--keep-admin-relationships]</source>
        <translation>  offboard ZÁKAZNÍK --confirm DOMÉNA [--dry-run] [--keep-admin-relationships]</translation>
    </message>
    <message>
        <source>                                              Clear what can be cleared, remove the relationship, terminate the admin relationships.</source>
        <translation>                                              Odstraní, co lze odstranit, odebere vztah a ukončí vztahy správce.</translation>
    </message>
    <message>
        <source>Exit status: 0 success (readiness: ready), 1 the operation failed or is blocked, 2 bad usage, 3 a change may or may not have been made (its answer was lost and reading it back failed): check before trying again.</source>
        <translation>Návratový kód: 0 – úspěch (readiness: lze odebrat), 1 – operace selhala nebo je blokovaná, 2 – chybné použití, 3 – změna možná byla a možná nebyla provedena (odpověď se ztratila a zpětné načtení selhalo): před dalším pokusem ověřte stav.</translation>
    </message>
    <message>
        <source>activity: only entries from DATE (YYYY-MM-DD, local time) on.</source>
        <translation>activity: jen záznamy ode dne DATUM (RRRR-MM-DD, místní čas).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>activity: only entries for CUSTOMER: a customer ID or primary domain, or part of a company name.</source>
        <translation>activity: jen záznamy zákazníka ZÁKAZNÍK: ID zákazníka nebo primární doména, nebo část názvu společnosti.</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>ZÁKAZNÍK</translation>
    </message>
    <message>
        <source>  activity [--since DATE] [--customer CUSTOMER]</source>
        <translation>  activity [--since DATUM] [--customer ZÁKAZNÍK]</translation>
    </message>
    <message>
        <source>                                              Print the audit log: every change made from this computer.</source>
        <translation>                                              Vypsat protokol auditu: každou změnu provedenou z tohoto počítače.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; give one as YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>„%1“ není datum; zadejte ho ve tvaru RRRR-MM-DD, např. 2026-11-20.</translation>
    </message>
    <message>
        <source>customers: only those whose company name, primary domain or Microsoft ID contains TEXT, ignoring case and accents (as the app&apos;s search).</source>
        <translation>customers: jen zákazníci, jejichž název společnosti, primární doména nebo ID Microsoftu obsahuje TEXT, bez ohledu na velikost písmen a diakritiku (jako hledání v aplikaci).</translation>
    </message>
    <message>
        <source>customers: only those whose primary domain starts with TEXT (Partner Center&apos;s own filter).</source>
        <translation>customers: jen zákazníci, jejichž primární doména začíná textem TEXT (vlastní filtr Partnerského centra).</translation>
    </message>
    <message>
        <source>Run &quot;partnerdesk-cli --help&quot; for the commands and options.</source>
        <translation>Příkazy a možnosti vypíše „partnerdesk-cli --help“.</translation>
    </message>
    <message>
        <source>offboard: the customers to offboard, from FILE: primary domains, customer IDs or Microsoft IDs, one per line or as a CSV file with a header.</source>
        <translation>offboard: zákazníci, se kterými ukončit spolupráci, ze SOUBORU: primární domény, ID zákazníků nebo ID Microsoftu, jeden na řádek nebo jako soubor CSV se záhlavím.</translation>
    </message>
    <message>
        <source>offboard --from: the number of customers the plan will remove, typed to confirm; without it the plan is printed and nothing is changed.</source>
        <translation>offboard --from: počet zákazníků, které plán odebere, zadaný pro potvrzení; bez něj se vypíše plán a nic se nezmění.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>offboard --from: continue the unfinished run for the same list.</source>
        <translation>offboard --from: pokračovat v nedokončeném hromadném běhu pro stejný seznam.</translation>
    </message>
    <message>
        <source>offboard --from: also write the report to FILE (JSON for a name ending in .json, else CSV).</source>
        <translation>offboard --from: zapsat sestavu také do SOUBORU (JSON pro název končící na .json, jinak CSV).</translation>
    </message>
    <message>
        <source>  offboard --from FILE [--confirm-count N] [--dry-run] [--resume] [--report FILE]</source>
        <translation>  offboard --from SOUBOR [--confirm-count N] [--dry-run] [--resume] [--report SOUBOR]</translation>
    </message>
    <message>
        <source>                                              Offboard every customer of a list: plan, confirm, run, report.</source>
        <translation>                                              Ukončí spolupráci se všemi zákazníky seznamu: plán, potvrzení, běh, sestava.</translation>
    </message>
    <message>
        <source>--confirm-count needs a number of customers, e.g. 12.</source>
        <translation>--confirm-count vyžaduje počet zákazníků, např. 12.</translation>
    </message>
    <message>
        <source>--%1 needs --from FILE.</source>
        <translation>--%1 vyžaduje --from SOUBOR.</translation>
    </message>
    <message>
        <source>--confirm is for one customer; a list is confirmed with --confirm-count.</source>
        <translation>--confirm je pro jednoho zákazníka; seznam se potvrzuje pomocí --confirm-count.</translation>
    </message>
    <message>
        <source>--format needs --from FILE with &quot;offboard&quot;.</source>
        <translation>--format vyžaduje u příkazu „offboard“ --from SOUBOR.</translation>
    </message>
</context>
<context>
    <name>CliStartup</name>
    <message>
        <source>No access token: give --access-token-file or set PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>Chybí přístupový token: zadejte --access-token-file nebo nastavte PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>You are not signed in to Partner Center. Run &quot;partnerdesk-cli sign-in&quot;, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Nejste přihlášeni do Partnerského centra. Spusťte „partnerdesk-cli sign-in“, nebo pro práci se sandboxem „partnerdesk-cli sign-out“.</translation>
    </message>
    <message>
        <source>Your Partner Center sign-in could not be restored: %1
Run &quot;partnerdesk-cli sign-in&quot; again.</source>
        <translation>Přihlášení do Partnerského centra se nepodařilo obnovit: %1
Spusťte znovu „partnerdesk-cli sign-in“.</translation>
    </message>
</context>
<context>
    <name>ConfirmRemovalDialog</name>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Odebrat vztah prodejce</translation>
    </message>
    <message>
        <source>The customer is removed from your customer list.</source>
        <translation>Zákazník bude odebrán z vašeho seznamu zákazníků.</translation>
    </message>
    <message>
        <source>You are removed from the customer&apos;s list of available support contacts.</source>
        <translation>Budete odebráni ze seznamu dostupných kontaktů podpory zákazníka.</translation>
    </message>
    <message>
        <source>You can no longer make purchases for the customer.</source>
        <translation>Pro zákazníka už nebudete moct provádět nákupy.</translation>
    </message>
    <message>
        <source>Type the primary domain to confirm</source>
        <translation>Pro potvrzení zadejte primární doménu</translation>
    </message>
    <message>
        <source>Type the primary domain above to enable this button.</source>
        <translation>Tlačítko se zpřístupní po zadání primární domény výše.</translation>
    </message>
    <message>
        <source>✓ Matches the primary domain.</source>
        <translation>✓ Odpovídá primární doméně.</translation>
    </message>
    <message>
        <source>Does not match the primary domain yet.</source>
        <translation>Zatím neodpovídá primární doméně.</translation>
    </message>
    <message>
        <source>Remove the reseller relationship with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>Odebrat vztah prodejce se zákazníkem %1?</translation>
    </message>
    <message>
        <source>This has the following consequences:</source>
        <translation>Bude to mít tyto důsledky:</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s primary domain:</source>
        <translation>Pro potvrzení zadejte primární doménu zákazníka:</translation>
    </message>
    <message>
        <source>Also terminate the admin relationships</source>
        <translation>Ukončit také vztahy správce</translation>
    </message>
    <message>
        <source>After a successful removal, terminate every active admin relationship with this customer. This cannot be undone.</source>
        <translation>Po úspěšném odebrání ukončí všechny aktivní vztahy správce s tímto zákazníkem. Tuto akci nelze vrátit zpět.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) (GDAP) remain after the removal: they keep giving your organisation admin access to the customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln vztah správce (GDAP) po odebrání zůstane: dál dává vaší organizaci přístup správce k tenantovi zákazníka.</numerusform>
            <numerusform>%Ln vztahy správce (GDAP) po odebrání zůstanou: dál dávají vaší organizaci přístup správce k tenantovi zákazníka.</numerusform>
            <numerusform>%Ln vztahů správce (GDAP) po odebrání zůstane: dál dávají vaší organizaci přístup správce k tenantovi zákazníka.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin relationships (GDAP) could not be read, so they cannot be terminated here. The removal does not end them: terminate them in Partner Center.</source>
        <translation>Vztahy správce (GDAP) se nepodařilo načíst, takže je zde nelze ukončit. Odebrání je neukončí: ukončete je v Partnerském centru.</translation>
    </message>
    <message>
        <source>Your legacy delegated admin privileges (DAP) for the customer are removed.</source>
        <translation>Vaše starší delegovaná oprávnění správce (DAP) pro zákazníka budou odebrána.</translation>
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
        <translation>%1: adresa nesmí obsahovat uživatelské jméno, heslo, dotaz ani fragment.</translation>
    </message>
    <message>
        <source>Partner Center endpoint</source>
        <translation>Koncový bod Partnerského centra</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Přihlašovací autorita</translation>
    </message>
    <message>
        <source>Enter the tenant: your Microsoft ID (a GUID), your domain (e.g. contoso.onmicrosoft.com) or &quot;organizations&quot;.</source>
        <translation>Zadejte tenanta: vaše ID Microsoftu (GUID), vaši doménu (např. contoso.onmicrosoft.com) nebo „organizations“.</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; is neither a GUID nor a domain name.</source>
        <translation>Tenant „%1“ není GUID ani název domény.</translation>
    </message>
    <message>
        <source>Enter the application (client) ID of your app registration.</source>
        <translation>Zadejte ID aplikace (klienta) z registrace vaší aplikace.</translation>
    </message>
    <message>
        <source>The application (client) ID must be a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>ID aplikace (klienta) musí být GUID, například 00000000-0000-0000-0000-000000000000.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Nastavení připojení</translation>
    </message>
    <message>
        <source>Partner Center &amp;endpoint:</source>
        <translation>Koncový &amp;bod Partnerského centra:</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>Přihlašovací &amp;autorita:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <comment>Microsoft Entra tenant (directory)</comment>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>ID aplikace (&amp;klienta):</translation>
    </message>
    <message>
        <source>organizations, contoso.onmicrosoft.com or a GUID</source>
        <translation>organizations, contoso.onmicrosoft.com nebo GUID</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Obnovit &amp;výchozí</translation>
    </message>
    <message>
        <source>Sign in to Partner Center with your own app registration in Microsoft Entra.</source>
        <translation>Přihlaste se do Partnerského centra pomocí vlastní registrace aplikace v Microsoft Entra.</translation>
    </message>
    <message>
        <source>How to register PartnerDesk in Microsoft Entra</source>
        <translation>Jak zaregistrovat PartnerDesk v Microsoft Entra</translation>
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
        <translation>Ukázková data na tomto počítači (%1). Do Partnerského centra se nic neodesílá.</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <comment>status bar, for screen readers</comment>
        <translation>Připojeno k: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <comment>user, roles</comment>
        <translation>Přihlášeno jako %1 · %2</translation>
    </message>
    <message>
        <source>Signed in with an access token</source>
        <translation>Přihlášeno přístupovým tokenem</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exportovat do CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export se nezdařil</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Back to the customer list (Alt+Left)</source>
        <translation>Zpět na seznam zákazníků (Alt+šipka vlevo)</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Primární doména:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>ID Microsoftu:</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the primary domain</comment>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy primary domain</source>
        <translation>Kopírovat primární doménu</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the Microsoft ID</comment>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy Microsoft ID</source>
        <translation>Kopírovat ID Microsoftu</translation>
    </message>
    <message>
        <source>Copied “%1”</source>
        <translation>Zkopírováno: „%1“</translation>
    </message>
</context>
<context>
    <name>CustomerListImport</name>
    <message>
        <source>an e-mail address</source>
        <translation>e-mailová adresa</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>webová adresa</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Soubor %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a list of customers (%2 MB at most).</source>
        <translation>Soubor %1 je na seznam zákazníků příliš velký (nejvýše %2 MB).</translation>
    </message>
    <message>
        <source>The first row (%1) names no column of primary domains, customer IDs or Microsoft IDs.</source>
        <translation>První řádek (%1) neuvádí žádný sloupec s primárními doménami, ID zákazníků ani ID Microsoftu.</translation>
    </message>
    <message>
        <source>nothing in the column %1</source>
        <translation>ve sloupci %1 nic není</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>neuzavřené uvozovky</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Company name</source>
        <translation>Název společnosti</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Primární doména</translation>
    </message>
    <message>
        <source>Microsoft ID</source>
        <comment>the customer&apos;s tenant id</comment>
        <translation>ID Microsoftu</translation>
    </message>
    <message>
        <source>Relationship</source>
        <comment>the customer&apos;s relationship to the partner</comment>
        <translation>Vztah</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Search by company, domain or Microsoft ID</source>
        <translation>Hledat podle společnosti, domény nebo ID Microsoftu</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Hledat zákazníky</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Load the customer list again from Partner Center (F5)</source>
        <translation>Znovu načíst seznam zákazníků z Partnerského centra (F5)</translation>
    </message>
    <message>
        <source>%1, loading…</source>
        <comment>customer count while pages still arrive</comment>
        <translation>%1, načítání…</translation>
    </message>
    <message>
        <source>Not every customer could be loaded. %1</source>
        <translation>Nepodařilo se načíst všechny zákazníky. %1</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Načítání zákazníků…</translation>
    </message>
    <message>
        <source>Customers could not be loaded</source>
        <translation>Zákazníky se nepodařilo načíst</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>Hledanému výrazu „%1“ neodpovídá žádný zákazník</translation>
    </message>
    <message>
        <source>Search looks at the company name, the primary domain and the Microsoft ID.</source>
        <translation>Hledá se v názvu společnosti, primární doméně a ID Microsoftu.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Vymazat hledání</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Zatím žádní zákazníci</translation>
    </message>
    <message>
        <source>Customers you have a reseller relationship with appear here. Use Refresh to load the list again.</source>
        <translation>Zde se zobrazí zákazníci, se kterými máte vztah prodejce. Tlačítkem Obnovit seznam znovu načtete.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln zákazník</numerusform>
            <numerusform>%Ln zákazníci</numerusform>
            <numerusform>%Ln zákazníků</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown customers of all loaded; %1 is &quot;5 customers&quot;</comment>
        <translation>
            <numerusform>%1 z %Ln</numerusform>
            <numerusform>%1 z %Ln</numerusform>
            <numerusform>%1 z %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) loaded so far.</source>
        <translation>
            <numerusform>Zatím načten %Ln zákazník.</numerusform>
            <numerusform>Zatím načteni %Ln zákazníci.</numerusform>
            <numerusform>Zatím načteno %Ln zákazníků.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>customer count before the first page arrives</comment>
        <translation>Načítání…</translation>
    </message>
    <message numerus="yes">
        <source>Off&amp;board %Ln selected…</source>
        <translation>
            <numerusform>U&amp;končit spolupráci s %Ln vybraným…</numerusform>
            <numerusform>U&amp;končit spolupráci s %Ln vybranými…</numerusform>
            <numerusform>U&amp;končit spolupráci s %Ln vybranými…</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the offboarding of the selected customers: nothing is changed before you confirm</source>
        <translation>Naplánovat ukončení spolupráce s vybranými zákazníky: dokud nepotvrdíte, nic se nezmění</translation>
    </message>
    <message>
        <source>Select customers first (Shift-click, Ctrl-click, Ctrl+A)</source>
        <translation>Nejdřív vyberte zákazníky (Shift+kliknutí, Ctrl+kliknutí, Ctrl+A)</translation>
    </message>
    <message>
        <source>Off&amp;board selected…</source>
        <translation>U&amp;končit spolupráci s vybranými…</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Předplatná</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>customer page section</comment>
        <translation>Účet</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Oddíly zákazníka</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Nákupy</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Nákupy softwaru a rezervace Azure</translation>
    </message>
    <message>
        <source>Back to Customers</source>
        <translation>Zpět na Zákazníky</translation>
    </message>
</context>
<context>
    <name>CustomersCommand</name>
    <message>
        <source>Customer ID</source>
        <translation>ID zákazníka</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Hledanému „%1“ neodpovídá žádný zákazník.</translation>
    </message>
    <message>
        <source>No customer&apos;s primary domain starts with &quot;%1&quot;.</source>
        <translation>Primární doména žádného zákazníka nezačíná na „%1“.</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Žádní zákazníci.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kód: %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>Čeká se na vaše přihlášení…</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <comment>%1 is minutes:seconds</comment>
        <translation>Platnost kódu vyprší za %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Přihlášení do Partnerského centra</translation>
    </message>
    <message>
        <source>Open the page below in a browser, on this or any other device, enter the code and sign in with your Partner Center account.</source>
        <translation>Otevřete níže uvedenou stránku v prohlížeči na tomto nebo jiném zařízení, zadejte kód a přihlaste se účtem Partnerského centra.</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Kopírovat kód</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Otevřít prohlížeč</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Zkusit znovu</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Přihlašovací stránka</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Zbývající čas</translation>
    </message>
</context>
<context>
    <name>DeviceCodeFlow</name>
    <message>
        <source>The sign-in service did not send a usable code.</source>
        <translation>Přihlašovací služba neposlala použitelný kód.</translation>
    </message>
    <message>
        <source>The sign-in service sent an unsafe address: %1</source>
        <translation>Přihlašovací služba poslala nebezpečnou adresu: %1</translation>
    </message>
    <message>
        <source>The sign-in service did not send an access token.</source>
        <translation>Přihlašovací služba neposlala přístupový token.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Přihlášení bylo odmítnuto.</translation>
    </message>
    <message>
        <source>The code has expired before the sign-in was finished. Start again to get a new code.</source>
        <translation>Platnost kódu vypršela dřív, než bylo přihlášení dokončeno. Začněte znovu a získáte nový kód.</translation>
    </message>
    <message>
        <source>The sign-in service no longer knows this code. Start again to get a new one.</source>
        <translation>Přihlašovací služba už tento kód nezná. Začněte znovu a získáte nový.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Přihlášení bylo zrušeno.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached.</source>
        <translation>Nepodařilo se spojit s přihlašovací službou.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>Přihlášení se nezdařilo.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Closed on %1</source>
        <comment>a cancellation window that has ended; %1 is when</comment>
        <translation>Lhůta skončila %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln license(s)</source>
        <comment>subscription quantity</comment>
        <translation>
            <numerusform>%Ln licence</numerusform>
            <numerusform>%Ln licence</numerusform>
            <numerusform>%Ln licencí</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 (usage-based)</source>
        <comment>subscription quantity of a plan billed by consumption</comment>
        <translation>%L1 (podle využití)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>None</source>
        <comment>subscription status</comment>
        <translation>Žádný</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status, as chosen in the status selector</comment>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>subscription status (deleted on the wire)</comment>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>subscription status</comment>
        <translation>Platnost vypršela</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>subscription status</comment>
        <translation>Čeká na zpracování</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>subscription status</comment>
        <translation>Zakázáno</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>subscription status the app does not know; %1 is the raw value</comment>
        <translation>Neznámý (%1)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>billing cycle</comment>
        <translation>Měsíční</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>billing cycle</comment>
        <translation>Roční</translation>
    </message>
    <message>
        <source>Every three years</source>
        <comment>billing cycle</comment>
        <translation>Každé tři roky</translation>
    </message>
    <message>
        <source>One time</source>
        <comment>billing cycle</comment>
        <translation>Jednorázový</translation>
    </message>
    <message>
        <source>None</source>
        <comment>billing cycle</comment>
        <translation>Žádný</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>billing cycle the app does not know; %1 is the raw value</comment>
        <translation>Neznámý (%1)</translation>
    </message>
    <message>
        <source>Software purchase</source>
        <translation>Nákup softwaru</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Rezervace Azure</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>entitlement type the app does not know; %1 is the raw value</comment>
        <translation>Neznámý (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>entitlement type</comment>
        <translation>Jiný</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a purchase</comment>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a purchase</comment>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>status of a purchase</comment>
        <translation>Platnost vypršela</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>status of a purchase</comment>
        <translation>Neznámý</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>purchase status the app does not know; %1 is the raw value</comment>
        <translation>Neznámý (%1)</translation>
    </message>
    <message>
        <source>Reseller</source>
        <comment>relationship to partner</comment>
        <translation>Prodejce</translation>
    </message>
    <message>
        <source>None</source>
        <comment>relationship to partner</comment>
        <translation>Žádný</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>relationship to partner</comment>
        <translation>Poradce</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>relationship to partner</comment>
        <translation>Neznámý</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>relationship the app does not know; %1 is the raw value</comment>
        <translation>Neznámý (%1)</translation>
    </message>
</context>
<context>
    <name>EntitlementModel</name>
    <message>
        <source>Name</source>
        <comment>product name of a purchase</comment>
        <translation>Název</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>software purchase or Azure reservation</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Množství</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of a purchase</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vyprší</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Zrušit lze do</translation>
    </message>
</context>
<context>
    <name>EntraRoles</name>
    <message>
        <source>Global Administrator</source>
        <translation>Globální správce</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Globální čtenář</translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation>Čtenáři adresářů</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Správce uživatelů</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Správce helpdesku</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Správce Exchange</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>Správce SharePointu</translation>
    </message>
    <message>
        <source>Teams Administrator</source>
        <translation>Správce Teams</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Správce zabezpečení</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Čtenář zabezpečení</translation>
    </message>
    <message>
        <source>License Administrator</source>
        <translation>Správce licencí</translation>
    </message>
    <message>
        <source>Billing Administrator</source>
        <translation>Správce fakturace</translation>
    </message>
    <message>
        <source>Service Support Administrator</source>
        <translation>Správce podpory služeb</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Správce Intune</translation>
    </message>
    <message>
        <source>Cloud Device Administrator</source>
        <translation>Správce cloudových zařízení</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Správce aplikací</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Správce cloudových aplikací</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Správce privilegovaných rolí</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Správce ověřování</translation>
    </message>
    <message>
        <source>Conditional Access Administrator</source>
        <translation>Správce podmíněného přístupu</translation>
    </message>
    <message>
        <source>Reports Reader</source>
        <translation>Čtenář sestav</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PartnerDesk guide</source>
        <translation>Průvodce aplikací PartnerDesk</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Průvodce</translation>
    </message>
    <message>
        <source>Removing a reseller relationship</source>
        <translation>Odebrání vztahu prodejce</translation>
    </message>
    <message>
        <source>PartnerDesk follows Partner Center: %1 → %2 → %3 → %4.</source>
        <translation>PartnerDesk postupuje jako Partnerské centrum: %1 → %2 → %3 → %4.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Předplatná</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Odebrat vztah prodejce</translation>
    </message>
    <message>
        <source>%1: find the customer — search looks at the company name, the primary domain and the Microsoft ID — and open it with Enter or a double-click.</source>
        <translation>%1: najděte zákazníka (hledá se v názvu společnosti, primární doméně a ID Microsoftu) a otevřete ho klávesou Enter nebo dvojitým kliknutím.</translation>
    </message>
    <message>
        <source>%1: select each active subscription, choose %2 and %3, or suspend them all with %4. New-commerce subscriptions keep being billed while suspended: cancel them while their cancellation window is open; after it, turn auto-renew off and wait for the term end.</source>
        <translation>%1: vyberte každé aktivní předplatné, zvolte %2 a %3, nebo je pozastavte všechna pomocí %4. Předplatná v novém obchodním prostředí se účtují i během pozastavení: zrušte je, dokud trvá lhůta pro zrušení; po ní vypněte automatické prodlužování a počkejte na konec období.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Odeslat</translation>
    </message>
    <message>
        <source>Suspend all active…</source>
        <translation>Pozastavit všechna aktivní…</translation>
    </message>
    <message>
        <source>%1: cancel software purchases while their cancellation window is open. Azure reservations are cancelled in the Azure portal.</source>
        <translation>%1: zrušte nákupy softwaru, dokud trvá jejich lhůta pro zrušení. Rezervace Azure se ruší na webu Azure Portal.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Nákupy</translation>
    </message>
    <message>
        <source>%1: %2 becomes available once nothing blocks it. Type the customer&apos;s primary domain to confirm; right before the removal PartnerDesk reads the customer again from Partner Center.</source>
        <translation>%1: akce %2 je dostupná, jakmile jí nic nebrání. Pro potvrzení zadejte primární doménu zákazníka; těsně před odebráním PartnerDesk znovu načte zákazníka z Partnerského centra.</translation>
    </message>
    <message>
        <source>%1: get the invitation link to request or re-establish a relationship with the customer later.</source>
        <translation>%1: získejte odkaz s pozvánkou, kterým si později vyžádáte nebo obnovíte vztah se zákazníkem.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Další kroky</translation>
    </message>
    <message>
        <source>What blocks the removal</source>
        <translation>Co brání odebrání</translation>
    </message>
    <message>
        <source>an active subscription (or one still pending);</source>
        <translation>aktivní předplatné (nebo předplatné, které teprve čeká na aktivaci);</translation>
    </message>
    <message>
        <source>a new-commerce subscription that has not been cancelled;</source>
        <translation>nezrušené předplatné v novém obchodním prostředí;</translation>
    </message>
    <message>
        <source>a software purchase that can still be cancelled;</source>
        <translation>nákup softwaru, který lze ještě zrušit;</translation>
    </message>
    <message>
        <source>an Azure reservation.</source>
        <translation>rezervace Azure.</translation>
    </message>
    <message>
        <source>The %1 page lists what is left, each with a way to clear it, and enables %2 the moment nothing blocks it.</source>
        <translation>Stránka %1 uvádí, co zbývá, u každé položky i způsob, jak ji odstranit, a akci %2 zpřístupní, jakmile jí nic nebrání.</translation>
    </message>
    <message>
        <source>The sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Without a Partner Center account PartnerDesk works on its built-in sandbox: demo customers on this computer, served the way Partner Center serves them. Nothing done there reaches Microsoft. Changes are kept between runs; %1 brings the demo data back. The status bar says where PartnerDesk is connected.</source>
        <translation>Bez účtu Partnerského centra pracuje PartnerDesk s vestavěným sandboxem: s ukázkovými zákazníky na tomto počítači, které poskytuje stejně jako Partnerské centrum. Nic z toho, co v něm uděláte, se do Microsoftu nedostane. Změny se uchovávají mezi spuštěními; %1 vrátí ukázková data. Stavový řádek ukazuje, kam je PartnerDesk připojen.</translation>
    </message>
    <message>
        <source>Connecting to Partner Center</source>
        <translation>Připojení k Partnerskému centru</translation>
    </message>
    <message>
        <source>PartnerDesk signs in through an app registration that your organisation owns, created once in your partner tenant:</source>
        <translation>PartnerDesk se přihlašuje přes registraci aplikace, kterou vlastní vaše organizace a která se jednou vytvoří ve vašem partnerském tenantovi:</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, register a new application: accounts in this organizational directory only, no redirect URI (&lt;a href=&quot;%1&quot;&gt;Microsoft&apos;s steps&lt;/a&gt;).</source>
        <translation>V Centru pro správu Microsoft Entra zaregistrujte novou aplikaci: jen účty v tomto organizačním adresáři, bez identifikátoru URI pro přesměrování (&lt;a href=&quot;%1&quot;&gt;postup od Microsoftu&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Under %1, set %2 to %3.</source>
        <translation>V části %1 nastavte %2 na %3.</translation>
    </message>
    <message>
        <source>Under %1, add the delegated permission %2 of %3 and grant admin consent. No client secret is needed.</source>
        <translation>V části %1 přidejte delegované oprávnění %2 pro %3 a udělte souhlas správce. Tajný klíč klienta není potřeba.</translation>
    </message>
    <message>
        <source>In %1 enter your tenant (its directory ID or domain) and the application (client) ID, then choose %2.</source>
        <translation>V nabídce %1 zadejte svého tenanta (ID adresáře nebo doménu) a ID aplikace (klienta), pak zvolte %2.</translation>
    </message>
    <message>
        <source>Removing a reseller relationship needs the Admin agent (or Global admin) role in Partner Center. Tokens are kept only in the system&apos;s keychain, never in files.</source>
        <translation>Odebrání vztahu prodejce vyžaduje v Partnerském centru roli agenta pro správu (nebo globálního správce). Tokeny se ukládají jen do systémové klíčenky, nikdy do souborů.</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>Protokol auditu</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes, attempt and result, is recorded with Partner Center&apos;s correlation ID in the audit log: %1.</source>
        <translation>Každá změna, kterou PartnerDesk provede (pokus i výsledek), se zaznamená s ID korelace z Partnerského centra do protokolu auditu: %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Průvodce</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klávesové zkratky</translation>
    </message>
    <message>
        <source>Open &amp;audit log</source>
        <translation>Otevřít protokol &amp;auditu</translation>
    </message>
    <message>
        <source>Every change PartnerDesk made, with its result</source>
        <translation>Každá změna provedená aplikací PartnerDesk a její výsledek</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Otevřít složku s &amp;daty</translation>
    </message>
    <message>
        <source>The audit log and the sandbox&apos;s data</source>
        <translation>Protokol auditu a data sandboxu</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;O aplikaci PartnerDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokol auditu</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. The first change made with PartnerDesk starts the audit log in %1.</source>
        <translation>Zatím nebylo nic zaznamenáno. První změna provedená aplikací PartnerDesk založí protokol auditu v souboru %1.</translation>
    </message>
    <message>
        <source>No program could be started to show the audit log. It is a text file, one JSON record per line: %1</source>
        <translation>Nepodařilo se spustit žádný program, který by protokol auditu zobrazil. Je to textový soubor s jedním záznamem JSON na řádek: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Složka s daty</translation>
    </message>
    <message>
        <source>No file manager could be started. The data folder is %1</source>
        <translation>Nepodařilo se spustit správce souborů. Složka s daty je %1</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID.</source>
        <translation>Řádek %1: „%2“ není primární doména, ID zákazníka ani ID Microsoftu.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID (%3).</source>
        <translation>Řádek %1: „%2“ není primární doména, ID zákazníka ani ID Microsoftu (%3).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is listed already on line %3.</source>
        <translation>Řádek %1: „%2“ už je uveden na řádku %3.</translation>
    </message>
    <message>
        <source>Line %1: no customer has the primary domain, customer ID or Microsoft ID “%2”.</source>
        <translation>Řádek %1: žádný zákazník nemá primární doménu, ID zákazníka ani ID Microsoftu „%2“.</translation>
    </message>
    <message>
        <source>Line %1: “%2” names %3, already named on line %4.</source>
        <translation>Řádek %1: „%2“ označuje zákazníka %3, kterého už uvádí řádek %4.</translation>
    </message>
</context>
<context>
    <name>IndirectProviders</name>
    <message>
        <source>Your organisation is an indirect reseller: only its indirect provider (%1) can remove the reseller relationship. Ask them to remove it.</source>
        <comment>%1 names the indirect providers</comment>
        <translation>Vaše organizace je nepřímý prodejce: vztah prodejce může odebrat jen její nepřímý poskytovatel (%1). Požádejte ho o odebrání.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Not started: the run was cancelled before it.</source>
        <translation>Nezahájeno: akce byla zrušena dřív, než na toto předplatné došla řada.</translation>
    </message>
    <message>
        <source>Changed with its base subscription.</source>
        <translation>Změněno spolu se základním předplatným.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>there is no D-Bus session bus to reach a keychain service on</source>
        <translation>není k dispozici relační sběrnice D-Bus, přes kterou by byla dostupná služba klíčenky</translation>
    </message>
    <message>
        <source>neither the Secret Service (e.g. GNOME Keyring) nor KWallet is running</source>
        <translation>neběží Secret Service (např. GNOME Keyring) ani KWallet</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until PartnerDesk closes; nothing is saved to disk.</source>
        <translation>Klíčenka není k dispozici (%1). Zůstanete přihlášeni, dokud PartnerDesk nezavřete; na disk se nic neukládá.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Klíčenka požadavek odmítla: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>klíčenka neodpověděla včas</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — PartnerDesk</source>
        <comment>window title: customer — app</comment>
        <translation>%1 — PartnerDesk</translation>
    </message>
    <message>
        <source>Customers — PartnerDesk</source>
        <comment>window title</comment>
        <translation>Zákazníci — PartnerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportovat do CSV…</translation>
    </message>
    <message>
        <source>Save the customers as currently filtered to a CSV file</source>
        <translation>Uložit aktuálně vyfiltrované zákazníky do souboru CSV</translation>
    </message>
    <message>
        <source>&amp;Reset sandbox…</source>
        <translation>&amp;Resetovat sandbox…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <comment>default export file name</comment>
        <translation>zakaznici.csv</translation>
    </message>
    <message>
        <source>Reset sandbox</source>
        <translation>Resetovat sandbox</translation>
    </message>
    <message>
        <source>Put the demo data back as it was? Every change made in the sandbox, removals included, is lost.</source>
        <translation>Vrátit ukázková data do původního stavu? Všechny změny provedené v sandboxu, včetně odebraných vztahů, budou ztraceny.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Nelze se připojit</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <comment>menu item: the audit log as a table</comment>
        <translation>&amp;Aktivita</translation>
    </message>
    <message>
        <source>Every change made from this computer, with search and filters</source>
        <translation>Každá změna provedená z tohoto počítače, s hledáním a filtry</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Do souboru %1 byl exportován %Ln zákazník</numerusform>
            <numerusform>Do souboru %1 byli exportováni %Ln zákazníci</numerusform>
            <numerusform>Do souboru %1 bylo exportováno %Ln zákazníků</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search customers</source>
        <comment>menu item: go to the Customers search field</comment>
        <translation>&amp;Hledat zákazníky</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Klíčenka není k dispozici.</translation>
    </message>
</context>
<context>
    <name>NextStepsWidget</name>
    <message>
        <source>The invitation link is on the clipboard.</source>
        <translation>Odkaz s pozvánkou je ve schránce.</translation>
    </message>
    <message>
        <source>Getting the invitation link…</source>
        <translation>Získávání odkazu s pozvánkou…</translation>
    </message>
    <message>
        <source>The invitation link is not an https:// address.</source>
        <translation>Odkaz s pozvánkou není adresa https://.</translation>
    </message>
    <message>
        <source>Invitation to a reseller relationship</source>
        <translation>Pozvánka ke vztahu prodejce</translation>
    </message>
    <message>
        <source>Hello,

to let us manage your Microsoft subscriptions as your reseller, please open this link, sign in as a Global admin and accept the invitation:

%1

Thank you.</source>
        <translation>Dobrý den,

abychom mohli jako váš prodejce spravovat vaše předplatná Microsoftu, otevřete prosím tento odkaz, přihlaste se jako globální správce a přijměte pozvánku:

%1

Děkujeme.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Další kroky</translation>
    </message>
    <message>
        <source>Request or re-establish a relationship with a customer</source>
        <translation>Vyžádat nebo obnovit vztah se zákazníkem</translation>
    </message>
    <message>
        <source>Get the invitation link to send to the customer.</source>
        <translation>Získejte odkaz s pozvánkou, který zákazníkovi pošlete.</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Odkaz s pozvánkou</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the invitation link</comment>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation>Kopírovat odkaz s pozvánkou</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>Otevřít e-mail</translation>
    </message>
    <message>
        <source>Open e-mail with the invitation link</source>
        <translation>Otevřít e-mail obsahující odkaz s pozvánkou</translation>
    </message>
    <message>
        <source>The invitation link could not be fetched. %1</source>
        <translation>Odkaz s pozvánkou se nepodařilo získat. %1</translation>
    </message>
    <message>
        <source>Your e-mail program was asked to open a new message with the invitation link.</source>
        <translation>Váš e-mailový program byl požádán, aby otevřel novou zprávu, která obsahuje odkaz s pozvánkou.</translation>
    </message>
    <message>
        <source>No e-mail program is set up on this computer, so no message was opened. Copy the link and paste it into a message.</source>
        <translation>Na tomto počítači není nastaven žádný e-mailový program, proto se zpráva neotevřela. Zkopírujte odkaz tlačítkem Kopírovat a vložte ho do zprávy.</translation>
    </message>
</context>
<context>
    <name>OAuthReply</name>
    <message>
        <source>HTTP status %1</source>
        <translation>Stavový kód HTTP %1</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>Nepodařilo se spojit s přihlašovací službou: %1</translation>
    </message>
    <message>
        <source>The sign-in service gave an answer PartnerDesk does not understand (%1).</source>
        <translation>Přihlašovací služba vrátila odpověď, které PartnerDesk nerozumí (%1).</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Vaše přihlášení už není platné. Přihlaste se prosím znovu.</translation>
    </message>
    <message>
        <source>The app registration does not allow this sign-in. Check the application (client) ID and that public client flows are allowed. The service said: %1</source>
        <translation>Registrace aplikace toto přihlášení neumožňuje. Zkontrolujte ID aplikace (klienta) a to, zda jsou povoleny toky veřejných klientů. Odpověď služby: %1</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1): %2</source>
        <comment>%1 is an OAuth error code</comment>
        <translation>Přihlašovací služba požadavek odmítla (%1): %2</translation>
    </message>
</context>
<context>
    <name>OffboardCommand</name>
    <message>
        <source>Done: %1</source>
        <translation>Hotovo: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Nezdařilo se: %1</translation>
    </message>
    <message>
        <source>%1 is offboarded: the reseller relationship is removed.</source>
        <translation>Spolupráce se zákazníkem %1 je ukončena: vztah prodejce je odebrán.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was not removed.</source>
        <translation>Vztah prodejce se zákazníkem %1 nebyl odebrán.</translation>
    </message>
    <message>
        <source>Your roles (%1) do not allow it. Ask a Global admin or an Admin agent.</source>
        <translation>Vaše role (%1) to neumožňují. Požádejte globálního správce nebo agenta pro správu.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read; they are left as they are:</source>
        <translation>Vztahy správce se nepodařilo načíst; zůstávají, jak jsou:</translation>
    </message>
    <message>
        <source>Not known whether this was done: %1</source>
        <translation>Nelze zjistit, zda se to provedlo: %1</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli readiness %1&quot; before running offboard again.</source>
        <translation>Než offboard spustíte znovu, ověřte stav příkazem „partnerdesk-cli readiness %1“.</translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message>
        <source>You may not remove the reseller relationship.</source>
        <translation>Vztah prodejce nemůžete odebrat.</translation>
    </message>
    <message>
        <source>A new-commerce subscription past its cancellation window is billed until its term ends.</source>
        <translation>Předplatné nového obchodního prostředí po uplynutí lhůty pro zrušení se účtuje až do konce období.</translation>
    </message>
    <message>
        <source>Wait for the term end with auto-renew off; then it expires.</source>
        <translation>Vypněte automatické prodlužování a počkejte na konec období; pak předplatné vyprší.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under the Azure plan are active: %1.</source>
        <translation>
            <numerusform>Pod plánem Azure je aktivní %Ln předplatné Azure: %1.</numerusform>
            <numerusform>Pod plánem Azure jsou aktivní %Ln předplatná Azure: %1.</numerusform>
            <numerusform>Pod plánem Azure je aktivních %Ln předplatných Azure: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable them in the Azure portal (Subscriptions), then suspend the Azure plan.</source>
        <translation>Zakažte je na webu Azure Portal (Předplatná) a pak pozastavte plán Azure.</translation>
    </message>
    <message>
        <source>An Azure savings plan is active.</source>
        <translation>Úsporný plán Azure je aktivní.</translation>
    </message>
    <message>
        <source>An Azure reservation is active.</source>
        <translation>Rezervace Azure je aktivní.</translation>
    </message>
    <message>
        <source>Cancel it in the Azure portal (Savings plans).</source>
        <translation>Zrušte ho na webu Azure Portal (Úsporné plány).</translation>
    </message>
    <message>
        <source>Cancel or exchange it in the Azure portal (Reservations).</source>
        <translation>Zrušte ji nebo vyměňte na webu Azure Portal (Rezervace).</translation>
    </message>
    <message>
        <source>Suspend &quot;%1&quot;</source>
        <translation>Pozastavit „%1“</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;</source>
        <translation>Zrušit „%1“</translation>
    </message>
    <message>
        <source>Turn auto-renew off for &quot;%1&quot;</source>
        <translation>Vypnout automatické prodlužování u „%1“</translation>
    </message>
    <message>
        <source>Cancel the software purchase &quot;%1&quot;</source>
        <translation>Zrušit nákup softwaru „%1“</translation>
    </message>
    <message>
        <source>Remove the reseller relationship</source>
        <translation>Odebrat vztah prodejce</translation>
    </message>
    <message>
        <source>Terminate the admin relationship &quot;%1&quot;</source>
        <translation>Ukončit vztah správce „%1“</translation>
    </message>
    <message>
        <source>(with its add-ons: %1)</source>
        <translation>(s doplňky: %1)</translation>
    </message>
    <message>
        <source>What will be done:</source>
        <translation>Co se provede:</translation>
    </message>
    <message>
        <source>What blocks the removal, and what to do:</source>
        <translation>Co brání odebrání a co udělat:</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(do %1)</translation>
    </message>
</context>
<context>
    <name>PartnerCenterClient</name>
    <message>
        <source>The address %1 is not a valid URL.</source>
        <translation>Adresa %1 není platná adresa URL.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback). Use https:// for %1.</source>
        <translation>Nešifrované http:// je povoleno jen pro tento počítač (loopback). Pro %1 použijte https://.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1.</source>
        <translation>Podporovány jsou jen adresy https://, ne %1.</translation>
    </message>
    <message>
        <source>The next page is on another server (%1); it was not requested.</source>
        <translation>Další stránka je na jiném serveru (%1), proto nebyla vyžádána.</translation>
    </message>
    <message>
        <source>The answer says the relationship is &quot;%1&quot;, not &quot;none&quot;.</source>
        <translation>Podle odpovědi je vztah „%1“, nikoli „none“.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Company profile</source>
        <translation>Profil společnosti</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Fakturační údaje</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Název společnosti:</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Primární doména:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>ID Microsoftu:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <comment>billing contact person</comment>
        <translation>Kontaktní osoba:</translation>
    </message>
    <message>
        <source>Language:</source>
        <comment>billing language</comment>
        <translation>Jazyk:</translation>
    </message>
</context>
<context>
    <name>PurchaseDetailsPanel</name>
    <message>
        <source>Cancelling the order in Partner Center…</source>
        <translation>Rušení objednávky v Partnerském centru…</translation>
    </message>
    <message>
        <source>✓ Cancelled. The order for %1 is cancelled.</source>
        <comment>%1 is a product name</comment>
        <translation>✓ Zrušeno. Objednávka produktu %1 je zrušena.</translation>
    </message>
    <message>
        <source>✗ Not cancelled. %1</source>
        <translation>✗ Nezrušeno. %1</translation>
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
        <translation>ID objednávky:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Množství:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>status of a purchase</comment>
        <translation>Stav:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Vyprší:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Zrušit lze do:</translation>
    </message>
    <message>
        <source>Select a purchase to see its details and whether it can still be cancelled.</source>
        <translation>Vyberte nákup, chcete-li zobrazit jeho podrobnosti a zjistit, zda ho lze ještě zrušit.</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <comment>of a purchase</comment>
        <translation>Zrušení</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Zrušit objednávku…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Otevřít Azure Portal</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled or exchanged in the Azure portal (or through Azure support), not in Partner Center. Once it is cancelled there, use Refresh.</source>
        <translation>Rezervace Azure se ruší nebo vyměňují na webu Azure Portal (nebo prostřednictvím podpory Azure), ne v Partnerském centru. Až ji tam zrušíte, použijte Obnovit.</translation>
    </message>
    <message>
        <source>PartnerDesk does not know this kind of purchase, so it cannot cancel it.</source>
        <translation>PartnerDesk tento druh nákupu nezná, a proto ho nemůže zrušit.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow cancelling purchases. An Admin agent or a Global admin can do it.</source>
        <translation>Vaše role (%1) neumožňuje rušit nákupy. Může to udělat agent pro správu nebo globální správce.</translation>
    </message>
    <message>
        <source>This purchase can be cancelled until %1. It is refunded according to Microsoft&apos;s cancellation policy; a cancelled order cannot be restored.</source>
        <translation>Tento nákup lze zrušit do %1. Platba bude vrácena podle zásad Microsoftu pro zrušení; zrušenou objednávku nelze obnovit.</translation>
    </message>
    <message>
        <source>Purchase details</source>
        <translation>Podrobnosti nákupu</translation>
    </message>
    <message>
        <source>The order is being cancelled…</source>
        <translation>Objednávka se ruší…</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The order could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Výsledek neznámý. %1

Objednávku se nepodařilo ani znovu načíst. Před dalším pokusem ověřte její stav (právě se načítá znovu).</translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message>
        <source>Cancel software order</source>
        <translation>Zrušit objednávku softwaru</translation>
    </message>
    <message>
        <source>Cancel the order for %1? The purchase is refunded according to Microsoft&apos;s cancellation policy and cannot be restored.</source>
        <translation>Zrušit objednávku produktu %1? Platba za nákup bude vrácena podle zásad Microsoftu pro zrušení a nákup už nepůjde obnovit.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <comment>confirm cancelling a software order</comment>
        <translation>Zrušit objednávku</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Read this customer&apos;s purchases again from Partner Center</source>
        <translation>Znovu načíst nákupy tohoto zákazníka z Partnerského centra</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Nákupy softwaru a rezervace Azure</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Nákupy se nepodařilo načíst</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Loading purchases…</source>
        <translation>Načítání nákupů…</translation>
    </message>
    <message>
        <source>No software purchases or Azure reservations</source>
        <translation>Žádné nákupy softwaru ani rezervace Azure</translation>
    </message>
    <message>
        <source>This customer has bought no software and no Azure reservations through you, so nothing here stands in the way of removing the relationship.</source>
        <translation>Tento zákazník přes vás nekoupil žádný software ani rezervace Azure, takže nic z toho odebrání vztahu nebrání.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln software purchase(s)</source>
        <translation>
            <numerusform>%Ln nákup softwaru</numerusform>
            <numerusform>%Ln nákupy softwaru</numerusform>
            <numerusform>%Ln nákupů softwaru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure reservation(s)</source>
        <translation>
            <numerusform>%Ln rezervace Azure</numerusform>
            <numerusform>%Ln rezervace Azure</numerusform>
            <numerusform>%Ln rezervací Azure</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchases could not be read again; they are shown as last read. %1</source>
        <translation>Nákupy se nepodařilo znovu načíst; zobrazují se tak, jak byly načteny naposledy. %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zobrazit nápovědu k volbám příkazového řádku.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zobrazit nápovědu včetně voleb specifických pro Qt.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Neočekávaný argument „%1“.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zobrazit tuto nápovědu.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zobrazit informace o verzi.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Použití: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[volby]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Volby:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenty:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Neznámá volba &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Neznámé volby: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Chybějící hodnota po &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Neočekávaná hodnota po &apos;%1&apos;.</translation>
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
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
</context>
<context>
    <name>ReadinessCommand</name>
    <message>
        <source>The reseller relationship with %1 can be removed.</source>
        <translation>Vztah prodejce se zákazníkem %1 lze odebrat.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet.</source>
        <translation>Vztah prodejce se zákazníkem %1 zatím nelze odebrat.</translation>
    </message>
</context>
<context>
    <name>RecommendedSteps</name>
    <message>
        <source>Recommended before the removal</source>
        <translation>Doporučeno před odebráním</translation>
    </message>
    <message>
        <source>Recommended: terminate the admin relationships</source>
        <translation>Doporučeno: ukončete vztahy správce</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Ukončit všechny…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) still give your organisation admin access to this customer&apos;s tenant. The removal does not end them, and does not wait for them.</source>
        <translation>
            <numerusform>%Ln vztah správce stále dává vaší organizaci přístup správce k tenantovi tohoto zákazníka. Odebrání jej neukončí a nečeká na něj.</numerusform>
            <numerusform>%Ln vztahy správce stále dávají vaší organizaci přístup správce k tenantovi tohoto zákazníka. Odebrání je neukončí a nečeká na ně.</numerusform>
            <numerusform>%Ln vztahů správce stále dává vaší organizaci přístup správce k tenantovi tohoto zákazníka. Odebrání je neukončí a nečeká na ně.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalBlocker</name>
    <message>
        <source>an unknown date</source>
        <comment>in: wait for the term end on %1</comment>
        <translation>neznámé datum</translation>
    </message>
    <message>
        <source>Active subscription: %1</source>
        <translation>Aktivní předplatné: %1</translation>
    </message>
    <message>
        <source>New-commerce subscription not cancelled: %1</source>
        <translation>Nezrušené předplatné v novém obchodním prostředí: %1</translation>
    </message>
    <message>
        <source>Azure reservation: %1</source>
        <translation>Rezervace Azure: %1</translation>
    </message>
    <message>
        <source>Software purchase still cancellable: %1</source>
        <translation>Nákup softwaru, který lze ještě zrušit: %1</translation>
    </message>
    <message>
        <source>Subscriptions not loaded yet</source>
        <translation>Předplatná ještě nejsou načtená</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Předplatná se nepodařilo načíst</translation>
    </message>
    <message>
        <source>Suspend this subscription.</source>
        <translation>Pozastavte toto předplatné.</translation>
    </message>
    <message>
        <source>New-commerce subscriptions keep being billed while suspended. Cancel it before %1.</source>
        <translation>Předplatná v novém obchodním prostředí se účtují i během pozastavení. Toto předplatné zrušte do %1.</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled in the Azure portal or through Azure support, not here.</source>
        <translation>Rezervace Azure se ruší na webu Azure Portal nebo prostřednictvím podpory Azure, ne zde.</translation>
    </message>
    <message>
        <source>Cancel the order before %1, or wait until then.</source>
        <translation>Zrušte objednávku do %1, nebo počkejte, až tato lhůta uplyne.</translation>
    </message>
    <message>
        <source>Whether the relationship can be removed is known once the customer&apos;s subscriptions are loaded.</source>
        <translation>Zda lze vztah odebrat, bude známo po načtení předplatných zákazníka.</translation>
    </message>
    <message>
        <source>Without the customer&apos;s subscriptions it is not known whether the relationship can be removed. Try again.</source>
        <translation>Bez předplatných zákazníka nelze určit, zda je možné vztah odebrat. Zkuste to znovu.</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Nákupy se nepodařilo načíst</translation>
    </message>
    <message>
        <source>Without the customer&apos;s software purchases and Azure reservations it is not known whether the relationship can be removed. Try again.</source>
        <translation>Bez nákupů softwaru a rezervací Azure zákazníka nelze určit, zda je možné vztah odebrat. Zkuste to znovu.</translation>
    </message>
    <message>
        <source>Azure savings plan: %1</source>
        <translation>Úsporný plán Azure: %1</translation>
    </message>
    <message>
        <source>Marketplace subscription: %1</source>
        <translation>Předplatné z marketplace: %1</translation>
    </message>
    <message>
        <source>Azure plan with active Azure subscriptions: %1</source>
        <translation>Plán Azure s aktivními předplatnými Azure: %1</translation>
    </message>
    <message>
        <source>Suspend this subscription. Its add-ons follow it: %1.</source>
        <translation>Pozastavte toto předplatné. Jeho doplňky se pozastaví s ním: %1.</translation>
    </message>
    <message>
        <source>The cancellation window has passed. Turn auto-renew off here; the subscription stays, and is billed, until its term ends on %1.</source>
        <translation>Lhůta pro zrušení uplynula. Vypněte zde automatické prodlužování; předplatné zůstane a bude se účtovat až do konce období: %1.</translation>
    </message>
    <message>
        <source>The cancellation window has passed and auto-renew is off. The subscription stays, and is billed, until its term ends on %1.</source>
        <translation>Lhůta pro zrušení uplynula a automatické prodlužování je vypnuté. Předplatné zůstane a bude se účtovat až do konce období: %1.</translation>
    </message>
    <message>
        <source>Cancel this marketplace (SaaS) subscription.</source>
        <translation>Zrušte toto předplatné z marketplace (SaaS).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under this plan are active: %1. Disable them in the Azure portal; until then Partner Center refuses to suspend the plan (error 900115).</source>
        <translation>
            <numerusform>Pod tímto plánem je aktivní %Ln předplatné Azure: %1. Zakažte ho na webu Azure Portal; do té doby Partnerské centrum plán nepozastaví (chyba 900115).</numerusform>
            <numerusform>Pod tímto plánem jsou aktivní %Ln předplatná Azure: %1. Zakažte je na webu Azure Portal; do té doby Partnerské centrum plán nepozastaví (chyba 900115).</numerusform>
            <numerusform>Pod tímto plánem je aktivních %Ln předplatných Azure: %1. Zakažte je na webu Azure Portal; do té doby Partnerské centrum plán nepozastaví (chyba 900115).</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure savings plans are cancelled in the Azure portal, not here.</source>
        <translation>Úsporné plány Azure se ruší na webu Azure Portal, ne zde.</translation>
    </message>
</context>
<context>
    <name>RemovalPanel</name>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Odebrat vztah prodejce</translation>
    </message>
    <message>
        <source>Ends your reseller relationship with this customer. You will be asked to confirm.</source>
        <translation>Ukončí váš vztah prodejce s tímto zákazníkem. Budete požádáni o potvrzení.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow removing a reseller relationship. An Admin agent, a Sales agent or a Global admin can do it.</source>
        <translation>Vaše role (%1) neumožňuje odebrat vztah prodejce. Může to udělat agent pro správu, agent prodeje nebo globální správce.</translation>
    </message>
    <message>
        <source>No subscription is active and nothing else blocks the removal.</source>
        <translation>Žádné předplatné není aktivní a odebrání nic jiného nebrání.</translation>
    </message>
</context>
<context>
    <name>RemovalReadiness</name>
    <message>
        <source>If any subscriptions are still active, the Remove reseller relationship action is unavailable.</source>
        <translation>Pokud jsou některá předplatná stále aktivní, akce Odebrat vztah prodejce není dostupná.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active subscription(s)</source>
        <translation>
            <numerusform>%Ln aktivní předplatné</numerusform>
            <numerusform>%Ln aktivní předplatná</numerusform>
            <numerusform>%Ln aktivních předplatných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) still block the removal.</source>
        <translation>
            <numerusform>%Ln položka stále blokuje odebrání.</numerusform>
            <numerusform>%Ln položky stále blokují odebrání.</numerusform>
            <numerusform>%Ln položek stále blokuje odebrání.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalResultDialog</name>
    <message>
        <source>Reseller relationship removed</source>
        <translation>Vztah prodejce byl odebrán</translation>
    </message>
    <message>
        <source>✓ The reseller relationship with %1 (%2) has been removed. The customer is no longer in your customer list.</source>
        <translation>✓ Vztah prodejce se zákazníkem %1 (%2) byl odebrán. Zákazník už není ve vašem seznamu zákazníků.</translation>
    </message>
    <message>
        <source>✓ Admin relationship “%1”: termination requested; Microsoft Graph ends it within minutes.</source>
        <translation>✓ Vztah správce „%1“: ukončení vyžádáno; Microsoft Graph jej ukončí během několika minut.</translation>
    </message>
    <message>
        <source>⚠ Admin relationship “%1”: it is not known whether the termination was requested. %2</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ Vztah správce „%1“: není známo, zda bylo ukončení vyžádáno. %2</translation>
    </message>
    <message>
        <source>✗ Admin relationship “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ Vztah správce „%1“ nebyl ukončen. %2</translation>
    </message>
    <message>
        <source>The admin relationships could not be read, so none was terminated. Check them in Partner Center.</source>
        <translation>Vztahy správce se nepodařilo načíst, takže žádný nebyl ukončen. Zkontrolujte je v Partnerském centru.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) with the customer remain active: your organisation keeps admin access to its tenant until they are terminated or end.</source>
        <translation>
            <numerusform>%Ln vztah správce se zákazníkem zůstává aktivní: vaše organizace si ponechá přístup správce k jeho tenantovi, dokud nebude ukončen nebo nevyprší.</numerusform>
            <numerusform>%Ln vztahy správce se zákazníkem zůstávají aktivní: vaše organizace si ponechá přístup správce k jeho tenantovi, dokud nebudou ukončeny nebo nevyprší.</numerusform>
            <numerusform>%Ln vztahů správce se zákazníkem zůstává aktivních: vaše organizace si ponechá přístup správce k jeho tenantovi, dokud nebudou ukončeny nebo nevyprší.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipCommand</name>
    <message>
        <source>Checking the customer&apos;s subscriptions and purchases…</source>
        <translation>Kontrola předplatných a nákupů zákazníka…</translation>
    </message>
    <message>
        <source>Removing the reseller relationship…</source>
        <translation>Odebírání vztahu prodejce…</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet:</source>
        <translation>Vztah prodejce se zákazníkem %1 zatím nelze odebrat:</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was removed.</source>
        <translation>Vztah prodejce se zákazníkem %1 byl odebrán.</translation>
    </message>
    <message>
        <source>To work with the customer again, send them the invitation link from &quot;partnerdesk-cli request-link&quot;.</source>
        <translation>Pokud chcete se zákazníkem znovu spolupracovat, pošlete mu odkaz s pozvánkou z příkazu „partnerdesk-cli request-link“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the primary domain of %2; nothing was changed. Type the primary domain after --confirm.</source>
        <translation>„%1“ není primární doména zákazníka %2; nic se nezměnilo. Za --confirm zadejte primární doménu.</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli customers --domain %1&quot; before trying again: if the relationship was removed, the customer is no longer listed or shows no relationship.</source>
        <translation>Před dalším pokusem to ověřte příkazem „partnerdesk-cli customers --domain %1“: pokud byl vztah odebrán, zákazník už v seznamu není nebo nemá žádný vztah.</translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipFlow</name>
    <message>
        <source>Checking the subscriptions again…</source>
        <translation>Opětovná kontrola předplatných…</translation>
    </message>
    <message>
        <source>Removing the relationship…</source>
        <translation>Odebírání vztahu…</translation>
    </message>
    <message>
        <source>The relationship was not removed</source>
        <translation>Vztah nebyl odebrán</translation>
    </message>
    <message>
        <source>The relationship may have been removed</source>
        <translation>Vztah možná byl odebrán</translation>
    </message>
    <message>
        <source>%1

The customer could not be read back either. Before trying again, check in the customer list whether the reseller relationship is still there.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>%1

Zákazníka se nepodařilo ani znovu načíst. Před dalším pokusem ověřte v seznamu zákazníků, zda vztah prodejce stále trvá.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <comment>%1 is the error message with its details</comment>
        <translation>Neodebráno. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>remove the reseller relationship again after it failed</comment>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Not removed. Partner Center now reports something that blocks the removal, so nothing was sent. The subscriptions have been refreshed.

%1</source>
        <translation>Neodebráno. Partnerské centrum nyní hlásí něco, co brání odebrání, proto se nic neodeslalo. Seznam předplatných byl aktualizován.

%1</translation>
    </message>
    <message>
        <source>Terminating the admin relationships…</source>
        <translation>Ukončování vztahů správce…</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>The file is not the journal of a run.</source>
        <translation>Soubor není deníkem hromadného běhu.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Deník není otevřený.</translation>
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
        <translation>Zákazník / akce</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Details and what to do</source>
        <translation>Podrobnosti a co dělat</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID korelace</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Pages</source>
        <translation>Stránky</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Otevřít vybraného zákazníka</translation>
    </message>
    <message>
        <source>Next section of a customer (Subscriptions, Purchases, Account)</source>
        <translation>Další část zákazníka (Předplatná, Nákupy, Účet)</translation>
    </message>
    <message>
        <source>Previous section of a customer</source>
        <translation>Předchozí část zákazníka</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Všude</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Další ovládací prvek</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Předchozí ovládací prvek</translation>
    </message>
    <message>
        <source>Open a menu, or use the control whose letter is underlined</source>
        <translation>Otevřít nabídku nebo použít ovládací prvek s podtrženým písmenem</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <comment>the Alt key with the underlined letter</comment>
        <translation>Alt+písmeno</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové zkratky</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klávesa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2.</source>
        <translation>Chcete-li se přihlásit, otevřete v prohlížeči %1 a zadejte kód %2.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in (the code is valid until %1)…</source>
        <translation>Čeká se na přihlášení (kód platí do %1)…</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nepřihlášeno: %1</translation>
    </message>
    <message>
        <source>Signed in as %1, but the sign-in is lost when this command ends.</source>
        <translation>Přihlášeno jako %1, ale po skončení tohoto příkazu přihlášení zanikne.</translation>
    </message>
    <message>
        <source>The keychain did not store it.</source>
        <translation>Klíčenka ho neuložila.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>No keychain</source>
        <translation>Bez klíčenky</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Odhlášeno</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Signed out. Commands use the sandbox again.</source>
        <translation>Odhlášeno. Příkazy znovu pracují se sandboxem.</translation>
    </message>
</context>
<context>
    <name>SignedInTokenSource</name>
    <message>
        <source>You are signed out.</source>
        <translation>Jste odhlášeni.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Platnost vašeho přihlášení vypršela. Přihlaste se prosím znovu.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Nejste přihlášeni.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetailsPanel</name>
    <message>
        <source>Select a subscription to see its details and change its status.</source>
        <translation>Vyberte předplatné, chcete-li zobrazit jeho podrobnosti a změnit jeho stav.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Změnit stav</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status</comment>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>Submit</source>
        <comment>apply the chosen subscription status</comment>
        <translation>Odeslat</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions. An Admin agent or a Global admin can do it.</source>
        <translation>Vaše role (%1) neumožňuje měnit předplatná. Může to udělat agent pro správu nebo globální správce.</translation>
    </message>
    <message>
        <source>A subscription that is %1 cannot be changed any more.</source>
        <comment>%1 is a status such as Expired</comment>
        <translation>Předplatné ve stavu %1 už nelze měnit.</translation>
    </message>
    <message>
        <source>Subscription details</source>
        <translation>Podrobnosti předplatného</translation>
    </message>
    <message>
        <source>On</source>
        <comment>auto-renew</comment>
        <translation>Zapnuto</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-renew</comment>
        <translation>Vypnuto</translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>Odesílání změny…</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation>Zvolte jiný stav, než je aktuální.</translation>
    </message>
    <message>
        <source>Sending the change to Partner Center…</source>
        <translation>Odesílání změny do Partnerského centra…</translation>
    </message>
    <message>
        <source>✓ Done. %1 is now %2.</source>
        <comment>%1 subscription, %2 its status</comment>
        <translation>✓ Hotovo. %1 má nyní stav %2.</translation>
    </message>
    <message>
        <source>✗ Not changed. %1</source>
        <translation>✗ Beze změny. %1</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The subscription could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Výsledek neznámý. %1

Předplatné se nepodařilo ani znovu načíst. Před dalším pokusem ověřte jeho stav (právě se načítá znovu).</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Zrušit předplatné</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled new-commerce subscription cannot be reactivated. It is refunded according to Microsoft&apos;s cancellation policy.</source>
        <translation>Zrušit předplatné %1? Zrušení je konečné: zrušené předplatné v novém obchodním prostředí nelze znovu aktivovat. Peníze se vracejí podle zásad Microsoftu pro zrušení.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>confirm cancelling a new-commerce subscription</comment>
        <translation>Zrušit předplatné</translation>
    </message>
    <message>
        <source>Possible until %1.</source>
        <comment>cancelling a new-commerce subscription</comment>
        <translation>Možné do %1.</translation>
    </message>
    <message>
        <source>Auto-renew at the term end</source>
        <translation>Automatické prodlužování na konci období</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled marketplace subscription cannot be reactivated.</source>
        <translation>Zrušit předplatné %1? Zrušení je konečné: zrušené předplatné z marketplace nelze znovu aktivovat.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <translation>Vypnout automatické prodlužování</translation>
    </message>
    <message>
        <source>Turn auto-renew off for %1? This stops the renewal, not the bill: the subscription stays, and is billed, until its term ends on %2.</source>
        <translation>Vypnout automatické prodlužování u předplatného %1? Zastaví se tím prodloužení, ne účtování: předplatné zůstane a bude se účtovat až do konce období: %2.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <comment>confirm</comment>
        <translation>Vypnout automatické prodlužování</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now on for %1.</source>
        <translation>✓ Automatické prodlužování je u předplatného %1 zapnuté.</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now off for %1. It stays until its term ends on %2.</source>
        <translation>✓ Automatické prodlužování je u předplatného %1 vypnuté. Předplatné zůstane do konce období: %2.</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Nabídka:</translation>
    </message>
    <message>
        <source>Subscription ID:</source>
        <translation>ID předplatného:</translation>
    </message>
    <message>
        <source>Base subscription:</source>
        <comment>the subscription an add-on belongs to</comment>
        <translation>Základní předplatné:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Doplňky:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Množství:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>subscription status</comment>
        <translation>Stav:</translation>
    </message>
    <message>
        <source>Billing cycle:</source>
        <translation>Fakturační cyklus:</translation>
    </message>
    <message>
        <source>Commitment end:</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Konec závazku:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <translation>Zrušit lze do:</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>Automatické prodlužování:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an add-on&apos;s name and its status</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Suspending it suspends its %Ln active add-on(s) too: %1.</source>
        <translation>
            <numerusform>Jeho pozastavením se pozastaví i %Ln aktivní doplněk: %1.</numerusform>
            <numerusform>Jeho pozastavením se pozastaví i %Ln aktivní doplňky: %1.</numerusform>
            <numerusform>Jeho pozastavením se pozastaví i %Ln aktivních doplňků: %1.</numerusform>
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
        <translation>%1. Nové obchodní prostředí: účtuje se i během pozastavení; před odebráním vztahu je nutné předplatné zrušit nebo nechat doběhnout do konce období.</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <comment>subscription name of an add-on</comment>
        <translation>%1 (doplněk)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Název</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Nabídka</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Množství</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>subscription status</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Fakturační cyklus</translation>
    </message>
    <message>
        <source>Commitment end</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Konec závazku</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a new-commerce subscription can be cancelled</comment>
        <translation>Zrušit lze do</translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>an add-on&apos;s name, then its base subscription&apos;s</comment>
        <translation>%1 — doplněk k %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionStatusJob</name>
    <message>
        <source>%1 is now %2, with its base subscription.</source>
        <comment>%1 an add-on, %2 its status</comment>
        <translation>%1 je nyní ve stavu %2 spolu se základním předplatným.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsCommand</name>
    <message>
        <source>Subscription ID</source>
        <translation>ID předplatného</translation>
    </message>
    <message>
        <source>%1 has no subscriptions.</source>
        <translation>Zákazník %1 nemá žádná předplatná.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>Suspend all active…</source>
        <translation>Pozastavit všechna aktivní…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Read this customer&apos;s subscriptions again from Partner Center</source>
        <translation>Znovu načíst předplatná tohoto zákazníka z Partnerského centra</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Předplatná</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions.</source>
        <translation>Vaše role (%1) neumožňuje měnit předplatná.</translation>
    </message>
    <message>
        <source>The subscriptions are still loading.</source>
        <translation>Předplatná se ještě načítají.</translation>
    </message>
    <message>
        <source>Suspending is already under way.</source>
        <translation>Pozastavování už probíhá.</translation>
    </message>
    <message>
        <source>No subscription is active.</source>
        <translation>Žádné předplatné není aktivní.</translation>
    </message>
    <message>
        <source>Suspend every active subscription of this customer, with a result for each</source>
        <translation>Pozastavit všechna aktivní předplatná tohoto zákazníka a u každého zobrazit výsledek</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Předplatná se nepodařilo načíst</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Načítání předplatných…</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>Žádná předplatná</translation>
    </message>
    <message>
        <source>This customer has no subscriptions with you.</source>
        <translation>Tento zákazník u vás nemá žádná předplatná.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln předplatné</numerusform>
            <numerusform>%Ln předplatná</numerusform>
            <numerusform>%Ln předplatných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <comment>subscriptions</comment>
        <translation>
            <numerusform>%Ln aktivní</numerusform>
            <numerusform>%Ln aktivní</numerusform>
            <numerusform>%Ln aktivních</numerusform>
        </translation>
    </message>
    <message>
        <source>The subscriptions could not be read again; they are shown as last read. %1</source>
        <translation>Předplatná se nepodařilo znovu načíst; zobrazují se tak, jak byla načtena naposledy. %1</translation>
    </message>
</context>
<context>
    <name>SuspendAllDialog</name>
    <message>
        <source>Suspend all active subscriptions</source>
        <translation>Pozastavit všechna aktivní předplatná</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Průběh</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Zopakovat neúspěšné</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Načítání předplatných…</translation>
    </message>
    <message>
        <source>No subscription was active. Nothing to do.</source>
        <translation>Žádné předplatné nebylo aktivní. Není co dělat.</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed. Retry failed tries again what is still active.</source>
        <translation>Pozastaveno: %1, nezdařilo se: %2. Tlačítko Zopakovat neúspěšné zkusí znovu ta předplatná, která jsou stále aktivní.</translation>
    </message>
    <message>
        <source>✓ %1 — suspended</source>
        <translation>✓ %1 — pozastaveno</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>Suspending every active subscription: base subscriptions first, then their add-ons. Partner Center may ask us to slow down; that is handled for you.</source>
        <translation>Pozastavují se všechna aktivní předplatná: nejdřív základní předplatná, potom jejich doplňky. Partnerské centrum může požádat o zpomalení; o to se aplikace postará sama.</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed, %3 not known. Check the status of those marked ⚠ in the Subscriptions list before trying again.</source>
        <translation>Pozastaveno: %1, nezdařilo se: %2, neznámý výsledek: %3. Před dalším pokusem ověřte stav předplatných označených ⚠ v seznamu Předplatná.</translation>
    </message>
    <message>
        <source>⚠ %1 — not known whether suspended: %2</source>
        <translation>⚠ %1 — není známo, zda bylo pozastaveno: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln subscription(s) done…</source>
        <translation>
            <numerusform>Hotovo %1 z %Ln předplatného…</numerusform>
            <numerusform>Hotovo %1 z %Ln předplatných…</numerusform>
            <numerusform>Hotovo %1 z %Ln předplatných…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %Ln subscription(s) suspended; the rest are unchanged.</source>
        <translation>
            <numerusform>Přerušeno. %Ln předplatné bylo pozastaveno, ostatní zůstala beze změny.</numerusform>
            <numerusform>Přerušeno. %Ln předplatná byla pozastavena, ostatní zůstala beze změny.</numerusform>
            <numerusform>Přerušeno. %Ln předplatných bylo pozastaveno, ostatní zůstala beze změny.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Done: %Ln subscription(s) suspended.</source>
        <translation>
            <numerusform>✓ Hotovo: %Ln předplatné bylo pozastaveno.</numerusform>
            <numerusform>✓ Hotovo: %Ln předplatná byla pozastavena.</numerusform>
            <numerusform>✓ Hotovo: %Ln předplatných bylo pozastaveno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln předplatné</numerusform>
            <numerusform>%Ln předplatná</numerusform>
            <numerusform>%Ln předplatných</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>a subscription to be suspended</comment>
        <translation>%1 — doplněk k %2</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln subscription(s)</source>
        <translation>
            <numerusform>Pozastavit %Ln předplatné</numerusform>
            <numerusform>Pozastavit %Ln předplatná</numerusform>
            <numerusform>Pozastavit %Ln předplatných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln active subscription(s) will be suspended, base subscriptions first, then their add-ons. New-commerce subscriptions are still billed while suspended.</source>
        <translation>
            <numerusform>Pozastaví se toto %Ln aktivní předplatné, nejdřív základní předplatná, pak jejich doplňky. Předplatná v novém obchodním prostředí se účtují i během pozastavení.</numerusform>
            <numerusform>Pozastaví se tato %Ln aktivní předplatná, nejdřív základní předplatná, pak jejich doplňky. Předplatná v novém obchodním prostředí se účtují i během pozastavení.</numerusform>
            <numerusform>Pozastaví se těchto %Ln aktivních předplatných, nejdřív základní předplatná, pak jejich doplňky. Předplatná v novém obchodním prostředí se účtují i během pozastavení.</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscription is active. Nothing to do.</source>
        <translation>Žádné předplatné není aktivní. Není co dělat.</translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message>
        <source>%1 has no active subscriptions.</source>
        <translation>Zákazník %1 nemá žádná aktivní předplatná.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>result of suspending a subscription</comment>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>Already suspended</source>
        <translation>Už pozastaveno</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of suspending a subscription</comment>
        <translation>Nezdařilo se</translation>
    </message>
    <message>
        <source>%1 (%2) was not suspended:</source>
        <translation>Předplatné %1 (%2) nebylo pozastaveno:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nenalezeno</translation>
    </message>
    <message>
        <source>The customer has no subscription with this ID.</source>
        <translation>Zákazník nemá žádné předplatné s tímto ID.</translation>
    </message>
    <message>
        <source>%1: the customer has no subscription with this ID.</source>
        <translation>%1: zákazník nemá žádné předplatné s tímto ID.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>ID předplatného</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Název</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Suspended %1 of %2.</source>
        <translation>Pozastaveno %1 z %2.</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of suspending a subscription: it may or may not have been suspended</comment>
        <translation>Výsledek neznámý</translation>
    </message>
    <message>
        <source>%1 (%2) may or may not have been suspended:</source>
        <translation>Není známo, zda bylo předplatné %1 (%2) pozastaveno:</translation>
    </message>
    <message>
        <source>Check its status with &quot;partnerdesk-cli subscriptions %1&quot; before trying again.</source>
        <translation>Před dalším pokusem ověřte jeho stav příkazem „partnerdesk-cli subscriptions %1“.</translation>
    </message>
    <message numerus="yes">
        <source>Suspending %Ln active subscription(s)…</source>
        <translation>
            <numerusform>Pozastavuje se %Ln aktivní předplatné…</numerusform>
            <numerusform>Pozastavují se %Ln aktivní předplatná…</numerusform>
            <numerusform>Pozastavuje se %Ln aktivních předplatných…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down: %Ln request(s) at a time.</source>
        <translation>
            <numerusform>Partnerské centrum požádalo o zpomalení: %Ln požadavek najednou.</numerusform>
            <numerusform>Partnerské centrum požádalo o zpomalení: %Ln požadavky najednou.</numerusform>
            <numerusform>Partnerské centrum požádalo o zpomalení: %Ln požadavků najednou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended with its base subscription.</source>
        <translation>Pozastaveno spolu se základním předplatným.</translation>
    </message>
</context>
<context>
    <name>TerminateAdminRelationshipsJob</name>
    <message>
        <source>The admin relationship “%1” is %2: only an active one can be terminated.</source>
        <comment>%1 is the relationship name, %2 its status</comment>
        <translation>Vztah správce „%1“ má stav %2: ukončit lze jen aktivní vztah.</translation>
    </message>
    <message>
        <source>Microsoft Graph is not connected, so admin relationships cannot be terminated here.</source>
        <translation>Microsoft Graph není připojen, proto zde vztahy správce nelze ukončit.</translation>
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <source>Global admin</source>
        <comment>Microsoft Entra role</comment>
        <translation>Globální správce</translation>
    </message>
    <message>
        <source>Admin agent</source>
        <comment>Partner Center role</comment>
        <translation>Agent pro správu</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <comment>Partner Center role</comment>
        <translation>Agent prodeje</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <comment>Partner Center role</comment>
        <translation>Agent helpdesku</translation>
    </message>
    <message>
        <source>no Partner Center role</source>
        <translation>žádná role v Partnerském centru</translation>
    </message>
    <message>
        <source>roles not stated</source>
        <translation>role nejsou uvedeny</translation>
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
        <translation>Neznámý: přístupový token neuvádí, komu patří.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Jméno: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Uživatel: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Koncový bod: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ends CSP reseller relationships, clearing the blockers first.</source>
        <translation>Ukončuje vztahy prodejce se zákazníky CSP a nejdřív odstraní to, co tomu brání.</translation>
    </message>
    <message>
        <source>Partner Center-compatible endpoint for this run (default: the account chosen in the File menu, else the embedded sandbox).</source>
        <translation>Koncový bod kompatibilní s Partnerským centrem pro toto spuštění (výchozí: účet zvolený v nabídce Soubor, jinak vestavěný sandbox).</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>File holding an access token (or PARTNERDESK_ACCESS_TOKEN).</source>
        <translation>Soubor s přístupovým tokenem (nebo PARTNERDESK_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command-line value name</comment>
        <translation>soubor</translation>
    </message>
    <message>
        <source>UI language: %1.</source>
        <translation>Jazyk rozhraní: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name</comment>
        <translation>kód</translation>
    </message>
    <message>
        <source>Print how long the window took to appear, then quit.</source>
        <translation>Vypíše, za jak dlouho se okno zobrazilo, a skončí.</translation>
    </message>
    <message>
        <source>--endpoint needs --access-token-file or PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>--endpoint vyžaduje --access-token-file nebo PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
</context>
</TS>
