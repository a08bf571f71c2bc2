<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>O aplikácii PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk %1</source>
        <translation>PartnerDesk %1</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers, clearing what blocks them first.</source>
        <translation>Ukončuje vzťahy predajcu so zákazníkmi programu Microsoft CSP a najprv odstráni všetko, čo tomu bráni.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Zostavené s Qt %1, spustené na Qt %2.</translation>
    </message>
    <message>
        <source>PartnerDesk ships with these components, each under its own licence:</source>
        <translation>PartnerDesk obsahuje tieto komponenty, každý s vlastnou licenciou:</translation>
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
        <translation>&amp;Prihlásiť sa do Partnerského centra…</translation>
    </message>
    <message>
        <source>Co&amp;nnection settings…</source>
        <translation>&amp;Nastavenia pripojenia…</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <comment>File menu: work on the demo data</comment>
        <translation>Pracovať v &amp;sandboxe</translation>
    </message>
    <message>
        <source>Work on the demo data on this computer instead of Partner Center; the sign-in is kept</source>
        <translation>Pracovať s ukážkovými údajmi na tomto počítači namiesto Partnerského centra; prihlásenie zostane zachované</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Odhlásiť sa</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Not signed in</source>
        <translation>Neprihlásené</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <comment>user name; roles</comment>
        <translation>Prihlásené ako %1 — %2</translation>
    </message>
</context>
<context>
    <name>ActivityCommand</name>
    <message numerus="yes">
        <source>%Ln line(s) of the audit log could not be read and were left out.</source>
        <translation>
            <numerusform>%Ln riadok denníka auditu sa nepodarilo prečítať a bol vynechaný.</numerusform>
            <numerusform>%Ln riadky denníka auditu sa nepodarilo prečítať a boli vynechané.</numerusform>
            <numerusform>%Ln riadkov denníka auditu sa nepodarilo prečítať a boli vynechané.</numerusform>
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
        <translation>Všetci zákazníci</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>activity filter</comment>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Choose a customer, or type part of a company name, a customer ID or a primary domain</source>
        <translation>Vyberte zákazníka alebo zadajte časť názvu spoločnosti, ID zákazníka či primárnu doménu</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>activity filter</comment>
        <translation>&amp;Akcia:</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>activity filter</comment>
        <translation>Akcia</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Všetky akcie</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <comment>activity filter</comment>
        <translation>&amp;Výsledok:</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>activity filter</comment>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Všetky výsledky</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>activity filter: first day shown</comment>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Prvý zobrazený deň</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>activity filter: last day shown</comment>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Posledný zobrazený deň</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Vymazať &amp;filtre</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Attempted</source>
        <comment>result of a change in the activity log: sent, answer not yet in</comment>
        <translation>Odoslané</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>result of a change in the activity log</comment>
        <translation>Úspešné</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of a change in the activity log</comment>
        <translation>Neúspešné</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>result of a change in the activity log: not sent, refused here</comment>
        <translation>Odmietnuté</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>result of a change in the activity log: stopped by the user</comment>
        <translation>Prerušené</translation>
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
        <translation>Akcia</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>column of the activity log: the subscription or order changed</comment>
        <translation>Položka</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column of the activity log: old status → new status</comment>
        <translation>Zmena</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column of the activity log</comment>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>column of the activity log: the error, if any</comment>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <comment>column of the activity log</comment>
        <translation>ID korelácie</translation>
    </message>
    <message>
        <source>User</source>
        <comment>column of the activity log: who was signed in</comment>
        <translation>Používateľ</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of a change in the activity log: its answer was lost and reading it back failed; it may or may not have been made</comment>
        <translation>Neznáme</translation>
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
        <translation>Každá zmena vykonaná z tohto počítača, od najnovšej: čo sa zmenilo, u ktorého zákazníka, kto zmenu vykonal a čo odpovedalo Partnerské centrum.</translation>
    </message>
    <message>
        <source>Search by customer, item, error or ID</source>
        <translation>Hľadať podľa zákazníka, položky, chyby alebo ID</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Hľadať v aktivite</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportovať CSV…</translation>
    </message>
    <message>
        <source>Save the entries as currently filtered to a CSV file</source>
        <translation>Uložiť záznamy podľa aktuálnych filtrov do súboru CSV</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Otvoriť &amp;priečinok údajov</translation>
    </message>
    <message>
        <source>Show the folder that holds the audit log (%1)</source>
        <translation>Zobraziť priečinok s denníkom auditu (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <comment>in the activity log</comment>
        <translation>
            <numerusform>%Ln záznam</numerusform>
            <numerusform>%Ln záznamy</numerusform>
            <numerusform>%Ln záznamov</numerusform>
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
        <translation>%1, načítava sa…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the log could not be read and are not shown.</source>
        <translation>
            <numerusform>%Ln riadok denníka sa nepodarilo prečítať a nie je zobrazený.</numerusform>
            <numerusform>%Ln riadky denníka sa nepodarilo prečítať a nie sú zobrazené.</numerusform>
            <numerusform>%Ln riadkov denníka sa nepodarilo prečítať a nie sú zobrazené.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the activity log…</source>
        <translation>Načítava sa denník aktivít…</translation>
    </message>
    <message>
        <source>No entry matches the filters</source>
        <translation>Filtrom nezodpovedá žiadny záznam</translation>
    </message>
    <message>
        <source>Search looks at the customer, the item, the error, the user and the IDs.</source>
        <translation>Vyhľadáva sa podľa zákazníka, položky, chyby, používateľa a ID.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Vymazať filtre</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Zatiaľ žiadna aktivita</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes — suspensions, cancellations, removals — is recorded here with its result and correlation ID.</source>
        <translation>Každá zmena, ktorú PartnerDesk vykoná — pozastavenie, zrušenie, odstránenie —, sa sem zapíše s výsledkom a ID korelácie.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s) to %1</source>
        <translation>
            <numerusform>Do súboru %1 bol exportovaný %Ln záznam</numerusform>
            <numerusform>Do súboru %1 boli exportované %Ln záznamy</numerusform>
            <numerusform>Do súboru %1 bolo exportovaných %Ln záznamov</numerusform>
        </translation>
    </message>
    <message>
        <source>activity.csv</source>
        <comment>default export file name</comment>
        <translation>aktivita.csv</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Otvoriť priečinok údajov</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Priečinok %1 sa nepodarilo otvoriť.</translation>
    </message>
</context>
<context>
    <name>AdminRelationship</name>
    <message>
        <source>Active</source>
        <comment>admin relationship status</comment>
        <translation>Aktívne</translation>
    </message>
    <message>
        <source>Activating</source>
        <comment>admin relationship status</comment>
        <translation>Aktivuje sa</translation>
    </message>
    <message>
        <source>Expiring</source>
        <comment>admin relationship status</comment>
        <translation>Čoskoro vyprší</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>admin relationship status</comment>
        <translation>Platnosť vypršala</translation>
    </message>
    <message>
        <source>Termination requested</source>
        <comment>admin relationship status</comment>
        <translation>Ukončenie vyžiadané</translation>
    </message>
    <message>
        <source>Terminating</source>
        <comment>admin relationship status</comment>
        <translation>Ukončuje sa</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>admin relationship status</comment>
        <translation>Ukončené</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>admin relationship status</comment>
        <translation>Vytvorené</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <comment>admin relationship status</comment>
        <translation>Čaká na schválenie</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>admin relationship status</comment>
        <translation>Schválené</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipModel</name>
    <message>
        <source>Name</source>
        <comment>name of an admin relationship</comment>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of an admin relationship</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>Microsoft Entra roles an admin relationship grants</comment>
        <translation>Roly</translation>
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
        <translation>ID vzťahu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roly</translation>
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
        <translation>Vzťahy správcu</translation>
    </message>
    <message>
        <source>Granular delegated admin privileges (GDAP) give your organisation admin roles in the customer&apos;s tenant. Removing the reseller relationship does not end them: terminate them here.</source>
        <translation>Podrobné delegované oprávnenia správcu (GDAP) dávajú vašej organizácii roly správcu v nájomníkovi zákazníka. Odstránenie vzťahu predajcu ich neukončí: ukončite ich tu.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>Read the admin relationships again</source>
        <translation>Znova načítať vzťahy správcu</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <comment>end the selected admin relationship</comment>
        <translation>Ukončiť…</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Ukončiť všetky…</translation>
    </message>
    <message>
        <source>The admin relationships cannot be read: PartnerDesk is not connected to Microsoft Graph.</source>
        <translation>Vzťahy správcu nemožno načítať: PartnerDesk nie je pripojený k Microsoft Graph.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read from Microsoft Graph. %1</source>
        <comment>%1 says why</comment>
        <translation>Vzťahy správcu sa z Microsoft Graph nepodarilo načítať. %1</translation>
    </message>
    <message>
        <source>The list below is as last read.</source>
        <translation>Zoznam nižšie je z posledného načítania.</translation>
    </message>
    <message>
        <source>Reading the admin relationships from Microsoft Graph…</source>
        <translation>Načítavajú sa vzťahy správcu z Microsoft Graph…</translation>
    </message>
    <message>
        <source>No admin relationships: Microsoft Graph lists none with this customer&apos;s tenant.</source>
        <translation>Žiadne vzťahy správcu: Microsoft Graph s nájomníkom tohto zákazníka žiadny neuvádza.</translation>
    </message>
    <message>
        <source>No admin relationship is active: none gives your organisation admin access any more.</source>
        <translation>Žiadny vzťah správcu nie je aktívny: žiadny už vašej organizácii nedáva prístup správcu.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): on. They end with the reseller relationship.</source>
        <translation>Staršie delegované oprávnenia správcu (DAP): zapnuté. Skončia spolu so vzťahom predajcu.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): off.</source>
        <translation>Staršie delegované oprávnenia správcu (DAP): vypnuté.</translation>
    </message>
    <message>
        <source>A termination is in progress.</source>
        <translation>Prebieha ukončovanie.</translation>
    </message>
    <message>
        <source>Select an active admin relationship first.</source>
        <translation>Najprv vyberte aktívny vzťah správcu.</translation>
    </message>
    <message>
        <source>Only an active admin relationship can be terminated; this one is %1.</source>
        <translation>Ukončiť možno len aktívny vzťah správcu; tento má stav %1.</translation>
    </message>
    <message>
        <source>No admin relationship is active.</source>
        <translation>Žiadny vzťah správcu nie je aktívny.</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <translation>Ukončiť vzťah správcu</translation>
    </message>
    <message>
        <source>Terminate the admin relationship “%1” with %2?</source>
        <comment>%1 relationship, %2 company</comment>
        <translation>Ukončiť vzťah správcu „%1“ so zákazníkom %2?</translation>
    </message>
    <message>
        <source>Your organisation loses the roles it grants in the customer&apos;s tenant: %1.</source>
        <translation>Vaša organizácia stratí roly, ktoré dáva v nájomníkovi zákazníka: %1.</translation>
    </message>
    <message>
        <source>Terminate all admin relationships</source>
        <translation>Ukončiť všetky vzťahy správcu</translation>
    </message>
    <message>
        <source>Your organisation loses every role they grant in the customer&apos;s tenant.</source>
        <translation>Vaša organizácia stratí všetky roly, ktoré dávajú v nájomníkovi zákazníka.</translation>
    </message>
    <message>
        <source>This cannot be undone: only a new relationship that the customer approves gives the access back.</source>
        <translation>Túto akciu nemožno vrátiť späť: prístup vráti len nový vzťah, ktorý zákazník schváli.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>confirm ending admin relationships</comment>
        <translation>Ukončiť</translation>
    </message>
    <message>
        <source>⚠ “%1”: it is not known whether the termination was requested. %2 Check its status above before trying again.</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ „%1“: nie je známe, či bolo ukončenie vyžiadané. %2 Skôr než to skúsite znova, skontrolujte jeho stav vyššie.</translation>
    </message>
    <message>
        <source>“%1” was not terminated: stopped.</source>
        <translation>„%1“ nebol ukončený: zastavené.</translation>
    </message>
    <message>
        <source>✗ “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ „%1“ nebol ukončený. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active admin relationship(s) give your organisation admin access to this customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln aktívny vzťah správcu dáva vašej organizácii prístup správcu k nájomníkovi tohto zákazníka.</numerusform>
            <numerusform>%Ln aktívne vzťahy správcu dávajú vašej organizácii prístup správcu k nájomníkovi tohto zákazníka.</numerusform>
            <numerusform>%Ln aktívnych vzťahov správcu dáva vašej organizácii prístup správcu k nájomníkovi tohto zákazníka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate %Ln admin relationship(s) with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>
            <numerusform>Ukončiť %Ln vzťah správcu so zákazníkom %1?</numerusform>
            <numerusform>Ukončiť %Ln vzťahy správcu so zákazníkom %1?</numerusform>
            <numerusform>Ukončiť %Ln vzťahov správcu so zákazníkom %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requesting the termination of %Ln admin relationship(s)…</source>
        <translation>
            <numerusform>Žiada sa o ukončenie %Ln vzťahu správcu…</numerusform>
            <numerusform>Žiada sa o ukončenie %Ln vzťahov správcu…</numerusform>
            <numerusform>Žiada sa o ukončenie %Ln vzťahov správcu…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Termination requested for %Ln admin relationship(s); Microsoft Graph ends them within minutes and the status above follows.</source>
        <translation>
            <numerusform>✓ Ukončenie vyžiadané pre %Ln vzťah správcu; Microsoft Graph ho ukončí do niekoľkých minút a stav vyššie to ukáže.</numerusform>
            <numerusform>✓ Ukončenie vyžiadané pre %Ln vzťahy správcu; Microsoft Graph ich ukončí do niekoľkých minút a stav vyššie to ukáže.</numerusform>
            <numerusform>✓ Ukončenie vyžiadané pre %Ln vzťahov správcu; Microsoft Graph ich ukončí do niekoľkých minút a stav vyššie to ukáže.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) being terminated: Microsoft Graph ends them over a few minutes, and the list follows.</source>
        <translation>
            <numerusform>%Ln vzťah správcu sa ukončuje: Microsoft Graph ho ukončí do niekoľkých minút a zoznam to ukáže.</numerusform>
            <numerusform>%Ln vzťahy správcu sa ukončujú: Microsoft Graph ich ukončí do niekoľkých minút a zoznam to ukáže.</numerusform>
            <numerusform>%Ln vzťahov správcu sa ukončuje: Microsoft Graph ich ukončí do niekoľkých minút a zoznam to ukáže.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your role does not allow this. Ask a Global admin or an Admin agent.</source>
        <translation>Vaša rola to neumožňuje. Požiadajte globálneho správcu alebo agenta správcu.</translation>
    </message>
    <message>
        <source>An Azure plan cannot be suspended while Azure subscriptions under it are active.</source>
        <translation>Plán Azure nemožno pozastaviť, kým sú aktívne predplatné Azure, ktoré k nemu patria.</translation>
    </message>
    <message>
        <source>The cancellation window has passed.</source>
        <translation>Lehota na zrušenie už uplynula.</translation>
    </message>
    <message>
        <source>There is no relationship between your organization and this customer.</source>
        <translation>Medzi vašou organizáciou a týmto zákazníkom neexistuje žiadny vzťah.</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Refresh and try again.</source>
        <translation>Túto položku medzitým zmenil niekto iný. Obnovte zobrazenie a skúste to znova.</translation>
    </message>
    <message>
        <source>A suspended subscription cannot be updated.</source>
        <translation>Pozastavené predplatné nemožno aktualizovať.</translation>
    </message>
    <message>
        <source>An add-on cannot be reactivated while its parent subscription is inactive.</source>
        <translation>Doplnok nemožno znova aktivovať, kým je jeho nadradené predplatné neaktívne.</translation>
    </message>
    <message>
        <source>Partner Center could not be reached.</source>
        <translation>Nepodarilo sa spojiť s Partnerským centrom.</translation>
    </message>
    <message>
        <source>Partner Center did not answer in time.</source>
        <translation>Partnerské centrum neodpovedalo včas.</translation>
    </message>
    <message>
        <source>Partner Center is busy and asked us to slow down. Try again in a minute.</source>
        <translation>Partnerské centrum je preťažené a požiadalo o spomalenie. Skúste to znova o minútu.</translation>
    </message>
    <message>
        <source>Partner Center sent an answer that could not be read.</source>
        <translation>Partnerské centrum poslalo odpoveď, ktorú nemožno prečítať.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Požiadavka bola zrušená.</translation>
    </message>
    <message>
        <source>Refused to send credentials over an unencrypted connection.</source>
        <translation>Prihlasovacie údaje sa neodoslali, pretože pripojenie nie je šifrované.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired. Sign in again.</source>
        <translation>Nie ste prihlásení alebo platnosť vašej relácie vypršala. Prihláste sa znova.</translation>
    </message>
    <message>
        <source>Partner Center accepted the request but did not confirm the change.</source>
        <translation>Partnerské centrum požiadavku prijalo, ale zmenu nepotvrdilo.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Vaša rola to neumožňuje.</translation>
    </message>
    <message>
        <source>Partner Center does not know this item any more.</source>
        <translation>Táto položka už v Partnerskom centre neexistuje.</translation>
    </message>
    <message>
        <source>Partner Center refused the change.</source>
        <translation>Partnerské centrum zmenu odmietlo.</translation>
    </message>
    <message>
        <source>Partner Center had an internal error.</source>
        <translation>V Partnerskom centre sa vyskytla interná chyba.</translation>
    </message>
    <message>
        <source>Partner Center refused the request (HTTP %1).</source>
        <translation>Partnerské centrum požiadavku odmietlo (HTTP %1).</translation>
    </message>
    <message>
        <source>Partner Center said: %1</source>
        <translation>Odpoveď Partnerského centra: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID korelácie: %1</translation>
    </message>
    <message>
        <source>The request was cancelled after it was sent, so it is not known whether the change was made.</source>
        <translation>Požiadavka bola zrušená až po odoslaní, preto nie je známe, či sa zmena vykonala.</translation>
    </message>
    <message>
        <source>The answer from Partner Center was lost, so it is not known whether the change was made.</source>
        <translation>Odpoveď Partnerského centra sa stratila, preto nie je známe, či sa zmena vykonala.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <comment>technical details of a failure</comment>
        <translation>Podrobnosti: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph refused access to the admin relationships. Add the delegated Microsoft Graph permission DelegatedAdminRelationship.ReadWrite.All to the app registration and grant admin consent; your account also needs the Admin agent role.</source>
        <translation>Microsoft Graph odmietol prístup k vzťahom správcu. Pridajte do registrácie aplikácie delegované povolenie Microsoft Graph DelegatedAdminRelationship.ReadWrite.All a udeľte súhlas správcu; vaše konto navyše potrebuje rolu agenta správcu.</translation>
    </message>
    <message>
        <source>The answer from Microsoft Graph was lost, so it is not known whether the change was made.</source>
        <translation>Odpoveď Microsoft Graph sa stratila, takže nie je známe, či sa zmena vykonala.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached.</source>
        <translation>Nepodarilo sa spojiť s Microsoft Graph.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation>Microsoft Graph neodpovedal včas.</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy and asked us to slow down. Try again in a minute.</source>
        <translation>Microsoft Graph je preťažený a požiadal o spomalenie. Skúste to znova o minútu.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer that could not be read.</source>
        <translation>Microsoft Graph poslal odpoveď, ktorú nemožno prečítať.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know this admin relationship.</source>
        <translation>Microsoft Graph tento vzťah správcu nepozná.</translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error.</source>
        <translation>V Microsoft Graph došlo k internej chybe.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (HTTP %1).</source>
        <translation>Microsoft Graph požiadavku odmietol (HTTP %1).</translation>
    </message>
    <message>
        <source>Microsoft Graph said: %1</source>
        <translation>Odpoveď Microsoft Graph: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph client-request-id: %1</source>
        <translation>client-request-id pre Microsoft Graph: %1</translation>
    </message>
</context>
<context>
    <name>AppConnection</name>
    <message>
        <source>Cannot read the access token file &quot;%1&quot;: %2</source>
        <translation>Súbor s prístupovým tokenom „%1“ nemožno prečítať: %2</translation>
    </message>
    <message>
        <source>The access token file &quot;%1&quot; is empty.</source>
        <translation>Súbor s prístupovým tokenom „%1“ je prázdny.</translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Vstavaný sandbox sa nepodarilo spustiť: %1</translation>
    </message>
    <message>
        <source>No Microsoft Graph access token: give --graph-access-token-file or set PARTNERDESK_GRAPH_ACCESS_TOKEN to see and end admin relationships.</source>
        <translation>Chýba prístupový token pre Microsoft Graph: zadajte --graph-access-token-file alebo nastavte PARTNERDESK_GRAPH_ACCESS_TOKEN, aby ste mohli zobraziť a ukončiť vzťahy správcu.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Suspend subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Pozastaviť predplatné</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Znova aktivovať predplatné</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Zrušiť predplatné</translation>
    </message>
    <message>
        <source>Change subscription status</source>
        <comment>an action in the activity log</comment>
        <translation>Zmeniť stav predplatného</translation>
    </message>
    <message>
        <source>Change auto-renew</source>
        <comment>an action in the activity log</comment>
        <translation>Zmeniť automatické obnovenie</translation>
    </message>
    <message>
        <source>Cancel software purchase</source>
        <comment>an action in the activity log</comment>
        <translation>Zrušiť nákup softvéru</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Odstrániť vzťah predajcu</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Ukončiť vzťah správcu</translation>
    </message>
</context>
<context>
    <name>BlockerChecklist</name>
    <message>
        <source>What blocks the removal</source>
        <translation>Čo bráni odstráneniu</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and suspend this subscription</comment>
        <translation>Vybrať na stránke Predplatné</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and cancel this subscription</comment>
        <translation>Vybrať na stránke Predplatné</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Zrušiť objednávku…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>Show in Purchases</source>
        <comment>go to the purchase that is cancelled elsewhere</comment>
        <translation>Zobraziť na stránke Nákupy</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and see this subscription</comment>
        <translation>Vybrať na stránke Predplatné</translation>
    </message>
    <message>
        <source>Turn auto-renew off…</source>
        <translation>Vypnúť automatické obnovenie…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Otvoriť portál Azure</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is copied to the clipboard: %1</source>
        <translation>Nepodarilo sa otvoriť webový prehliadač. Adresa je skopírovaná do schránky: %1</translation>
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
        <translation>Názov</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Prekážka</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Čo urobiť</translation>
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
        <translation>Ukončiť spoluprácu so zákazníkmi</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)?</source>
        <translation>
            <numerusform>Ukončiť spoluprácu s %Ln zákazníkom?</numerusform>
            <numerusform>Ukončiť spoluprácu s %Ln zákazníkmi?</numerusform>
            <numerusform>Ukončiť spoluprácu s %Ln zákazníkmi?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Partner Center will be asked to:</source>
        <translation>Túto akciu nemožno vrátiť späť. Partnerské centrum bude požiadané, aby:</translation>
    </message>
    <message numerus="yes">
        <source>• remove the reseller relationship with %Ln customer(s): each leaves your customer list, you leave their support contacts, your delegated admin privileges are removed and you can no longer make purchases for them;</source>
        <translation>
            <numerusform>• odstránilo vzťah predajcu s %Ln zákazníkom: zmizne z vášho zoznamu zákazníkov, budete odstránení z jeho kontaktov podpory, vaše delegované oprávnenia správcu budú odstránené a už preň nebudete môcť nakupovať;</numerusform>
            <numerusform>• odstránilo vzťah predajcu s %Ln zákazníkmi: každý zmizne z vášho zoznamu zákazníkov, budete odstránení z ich kontaktov podpory, vaše delegované oprávnenia správcu budú odstránené a už pre nich nebudete môcť nakupovať;</numerusform>
            <numerusform>• odstránilo vzťah predajcu s %Ln zákazníkmi: každý zmizne z vášho zoznamu zákazníkov, budete odstránení z ich kontaktov podpory, vaše delegované oprávnenia správcu budú odstránené a už pre nich nebudete môcť nakupovať;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• suspend %Ln subscription(s);</source>
        <translation>
            <numerusform>• pozastavilo %Ln predplatné;</numerusform>
            <numerusform>• pozastavilo %Ln predplatné;</numerusform>
            <numerusform>• pozastavilo %Ln predplatných;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• cancel %Ln subscription(s) and software purchase(s);</source>
        <translation>
            <numerusform>• zrušilo %Ln predplatné alebo nákup softvéru;</numerusform>
            <numerusform>• zrušilo %Ln predplatné a nákupy softvéru;</numerusform>
            <numerusform>• zrušilo %Ln predplatných a nákupov softvéru;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• terminate %Ln admin relationship(s);</source>
        <translation>
            <numerusform>• ukončilo %Ln vzťah správcu;</numerusform>
            <numerusform>• ukončilo %Ln vzťahy správcu;</numerusform>
            <numerusform>• ukončilo %Ln vzťahov správcu;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and prepare %Ln more customer(s) that cannot be removed yet (their changes are counted above).</source>
        <translation>
            <numerusform>• a pripravilo %Ln ďalšieho zákazníka, ktorého zatiaľ nemožno odstrániť (jeho zmeny sú započítané vyššie).</numerusform>
            <numerusform>• a pripravilo %Ln ďalších zákazníkov, ktorých zatiaľ nemožno odstrániť (ich zmeny sú započítané vyššie).</numerusform>
            <numerusform>• a pripravilo %Ln ďalších zákazníkov, ktorých zatiaľ nemožno odstrániť (ich zmeny sú započítané vyššie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Also terminate admin relationships (GDAP)</source>
        <translation>Ukončiť aj vzťahy správcu (GDAP)</translation>
    </message>
    <message>
        <source>To confirm, type the number of customers that will be removed (%1):</source>
        <translation>Na potvrdenie zadajte počet zákazníkov, ktorí budú odstránení (%1):</translation>
    </message>
    <message>
        <source>Number of customers that will be removed</source>
        <translation>Počet zákazníkov, ktorí budú odstránení</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)</source>
        <translation>
            <numerusform>Ukončiť spoluprácu s %Ln zákazníkom</numerusform>
            <numerusform>Ukončiť spoluprácu s %Ln zákazníkmi</numerusform>
            <numerusform>Ukončiť spoluprácu s %Ln zákazníkmi</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of customers that will be removed to enable this button.</source>
        <translation>Toto tlačidlo sa sprístupní po zadaní počtu zákazníkov, ktorí budú odstránení.</translation>
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
        <translation>Čaká</translation>
    </message>
    <message>
        <source>Reading…</source>
        <comment>a customer of a bulk run being read</comment>
        <translation>Načítava sa…</translation>
    </message>
    <message numerus="yes">
        <source>Working… %Ln change(s) made</source>
        <translation>
            <numerusform>Prebieha… %Ln zmena vykonaná</numerusform>
            <numerusform>Prebieha… %Ln zmeny vykonané</numerusform>
            <numerusform>Prebieha… vykonaných %Ln zmien</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Primárna doména</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of a customer in a bulk plan or run</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>column: number of subscriptions to suspend</comment>
        <translation>Pozastaviť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>column: number of subscriptions and purchases to cancel</comment>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>column: number of admin relationships to terminate</comment>
        <translation>Ukončiť</translation>
    </message>
    <message>
        <source>Why not removed</source>
        <comment>column: what blocks the removal, or the error</comment>
        <translation>Prečo neodstránené</translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Súbory CSV (*.csv);;Súbory JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export sa nepodaril</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Súbor %1 sa nepodarilo zapísať: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Uložené do %1</translation>
    </message>
</context>
<context>
    <name>BulkOffboardCommand</name>
    <message>
        <source>The list names no customer of yours.</source>
        <translation>Zoznam neuvádza žiadneho z vašich zákazníkov.</translation>
    </message>
    <message>
        <source>There is no unfinished run for this list in %1.</source>
        <translation>Pre tento zoznam nie je v %1 žiadne nedokončené hromadné spustenie.</translation>
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
        <translation>Pozastaviť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Ukončiť</translation>
    </message>
    <message>
        <source>Why not removable / error</source>
        <translation>Prečo sa nedá odstrániť / chyba</translation>
    </message>
    <message>
        <source>Nothing was changed. To offboard them, run again with --confirm-count %1.</source>
        <translation>Nič sa nezmenilo. Ak s nimi chcete ukončiť spoluprácu, spustite príkaz znova s --confirm-count %1.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2</source>
        <translation>Denník hromadného spustenia %1 sa nedá zapísať: %2</translation>
    </message>
    <message>
        <source>Run %1. If it is interrupted, continue it with --resume and the same list.</source>
        <translation>Hromadné spustenie %1. Ak sa preruší, pokračujte v ňom pomocou --resume s rovnakým zoznamom.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>Denník hromadného spustenia sa nedá zapísať (%1); spustenie sa zastavilo.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>Denník hromadného spustenia %1 sa nedá prečítať.</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>Správu %1 sa nepodarilo zapísať: %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmeny</translation>
    </message>
    <message>
        <source>Why / what to do</source>
        <translation>Prečo / čo robiť</translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %Ln customer(s) left; each is read again first.</source>
        <translation>
            <numerusform>Pokračuje hromadné spustenie %1: zostáva %Ln zákazník; každý sa najprv znova načíta.</numerusform>
            <numerusform>Pokračuje hromadné spustenie %1: zostávajú %Ln zákazníci; každý sa najprv znova načíta.</numerusform>
            <numerusform>Pokračuje hromadné spustenie %1: zostáva %Ln zákazníkov; každý sa najprv znova načíta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln customer(s)…</source>
        <translation>
            <numerusform>Načítava sa %Ln zákazník…</numerusform>
            <numerusform>Načítavajú sa %Ln zákazníci…</numerusform>
            <numerusform>Načítava sa %Ln zákazníkov…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be removed.</source>
        <translation>
            <numerusform>%Ln zákazník bude odstránený.</numerusform>
            <numerusform>%Ln zákazníci budú odstránení.</numerusform>
            <numerusform>%Ln zákazníkov bude odstránených.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be prepared but cannot be removed yet.</source>
        <translation>
            <numerusform>%Ln zákazník bude pripravený, ale zatiaľ ho nemožno odstrániť.</numerusform>
            <numerusform>%Ln zákazníci budú pripravení, ale zatiaľ ich nemožno odstrániť.</numerusform>
            <numerusform>%Ln zákazníkov bude pripravených, ale zatiaľ ich nemožno odstrániť.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read.</source>
        <translation>
            <numerusform>%Ln zákazníka sa nepodarilo načítať.</numerusform>
            <numerusform>%Ln zákazníkov sa nepodarilo načítať.</numerusform>
            <numerusform>%Ln zákazníkov sa nepodarilo načítať.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--confirm-count %1 does not match the plan: %Ln customer(s) would be removed. Nothing was changed.</source>
        <translation>
            <numerusform>--confirm-count %1 nezodpovedá plánu: odstránený by bol %Ln zákazník. Nič sa nezmenilo.</numerusform>
            <numerusform>--confirm-count %1 nezodpovedá plánu: odstránení by boli %Ln zákazníci. Nič sa nezmenilo.</numerusform>
            <numerusform>--confirm-count %1 nezodpovedá plánu: odstránených by bolo %Ln zákazníkov. Nič sa nezmenilo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>Odstránené: %L1 z %Ln zákazníka.</numerusform>
            <numerusform>Odstránené: %L1 z %Ln zákazníkov.</numerusform>
            <numerusform>Odstránené: %L1 z %Ln zákazníkov.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboardJob</name>
    <message>
        <source>Not every admin relationship was terminated.</source>
        <translation>Nie všetky vzťahy správcu boli ukončené.</translation>
    </message>
    <message>
        <source>There is no reseller relationship with this customer.</source>
        <translation>S týmto zákazníkom neexistuje žiadny vzťah predajcu.</translation>
    </message>
    <message>
        <source>It was not among the customers confirmed for removal in this run; offboard it in a new run.</source>
        <translation>Nebol medzi zákazníkmi potvrdenými na odstránenie v tomto spustení; ukončite s ním spoluprácu v novom spustení.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change is on the server.</source>
        <translation>Znova načítané po zastavení spustenia: zmena sa na serveri vykonala.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change was not made.</source>
        <translation>Znova načítané po zastavení spustenia: zmena sa nevykonala.</translation>
    </message>
    <message>
        <source>Not made; read back.</source>
        <translation>Nevykonané; znova načítané.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run was cancelled before this customer was done.</source>
        <translation>Spustenie bolo zrušené skôr, než bol tento zákazník hotový.</translation>
    </message>
</context>
<context>
    <name>BulkOffboardWindow</name>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2. Nothing was changed.</source>
        <translation>Denník spustenia %1 sa nepodarilo zapísať: %2. Nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>Offboarding not started</source>
        <translation>Ukončenie spolupráce sa nezačalo</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>Denník hromadného spustenia sa nedá zapísať (%1); spustenie sa zastavilo.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>Denník hromadného spustenia %1 sa nedá prečítať.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %Ln customer(s)… Nothing is changed until you confirm.</source>
        <translation>
            <numerusform>Načítava sa %1 z %Ln zákazníka… Kým nepotvrdíte, nič sa nezmení.</numerusform>
            <numerusform>Načítava sa %1 z %Ln zákazníkov… Kým nepotvrdíte, nič sa nezmení.</numerusform>
            <numerusform>Načítava sa %1 z %Ln zákazníkov… Kým nepotvrdíte, nič sa nezmení.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be removed. %2 will be prepared but cannot be removed yet. %3 could not be read. Nothing has been changed yet.</source>
        <translation>Odstránenie: %1. Príprava, zatiaľ bez možnosti odstránenia: %2. Nedá sa načítať: %3. Zatiaľ sa nič nezmenilo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln zákazník</numerusform>
            <numerusform>%Ln zákazníci</numerusform>
            <numerusform>%Ln zákazníkov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: the changes already sent finish, nothing new starts. %1 of %Ln customer(s) done.</source>
        <translation>
            <numerusform>Ruší sa: už odoslané zmeny sa dokončia, nič nové nezačne. Hotovo %1 z %Ln zákazníka.</numerusform>
            <numerusform>Ruší sa: už odoslané zmeny sa dokončia, nič nové nezačne. Hotovo %1 z %Ln zákazníkov.</numerusform>
            <numerusform>Ruší sa: už odoslané zmeny sa dokončia, nič nové nezačne. Hotovo %1 z %Ln zákazníkov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboarding: %1 of %Ln customer(s) done, %2 at a time. If the app is closed, the run is offered to be resumed at the next start.</source>
        <translation>
            <numerusform>Ukončenie spolupráce: hotovo %1 z %Ln zákazníka, %2 naraz. Ak aplikáciu zavriete, pri ďalšom spustení ponúkne pokračovanie.</numerusform>
            <numerusform>Ukončenie spolupráce: hotovo %1 z %Ln zákazníkov, %2 naraz. Ak aplikáciu zavriete, pri ďalšom spustení ponúkne pokračovanie.</numerusform>
            <numerusform>Ukončenie spolupráce: hotovo %1 z %Ln zákazníkov, %2 naraz. Ak aplikáciu zavriete, pri ďalšom spustení ponúkne pokračovanie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Spustenie bolo zrušené.</translation>
    </message>
    <message>
        <source>The run did not finish; Resume continues it.</source>
        <translation>Spustenie sa nedokončilo; pokračovať v ňom môžete tlačidlom Pokračovať v spustení.</translation>
    </message>
    <message>
        <source>Each customer not removed says why and what to do.</source>
        <translation>Pri každom neodstránenom zákazníkovi je uvedené prečo a čo robiť.</translation>
    </message>
    <message>
        <source>Offboarding plan — PartnerDesk</source>
        <translation>Plán ukončenia spolupráce — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Plán ukončenia spolupráce</translation>
    </message>
    <message>
        <source>Offboarding — PartnerDesk</source>
        <translation>Ukončenie spolupráce — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding customers</source>
        <translation>Ukončenie spolupráce so zákazníkmi</translation>
    </message>
    <message>
        <source>Offboarding report — PartnerDesk</source>
        <translation>Správa o ukončení spolupráce — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding report of %1</source>
        <comment>%1 is when the run started</comment>
        <translation>Správa o ukončení spolupráce z %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Priebeh</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportovať správu…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>Exportovať plán…</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)…</source>
        <translation>
            <numerusform>Ukončiť spoluprácu s %Ln zákazníkom…</numerusform>
            <numerusform>Ukončiť spoluprácu s %Ln zákazníkmi…</numerusform>
            <numerusform>Ukončiť spoluprácu s %Ln zákazníkmi…</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer of the plan can be removed now.</source>
        <translation>Žiadneho zákazníka z plánu teraz nemožno odstrániť.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Pokračovať v spustení</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Zrušiť spustenie</translation>
    </message>
    <message>
        <source>Stop offboarding?</source>
        <translation>Zastaviť ukončovanie spolupráce?</translation>
    </message>
    <message>
        <source>The changes already sent finish; no customer is started after them. The report names where each customer ended, and the run can be resumed later.</source>
        <translation>Už odoslané zmeny sa dokončia; potom sa nezačne žiadny ďalší zákazník. Správa uvedie, ako každý zákazník skončil, a v spustení možno neskôr pokračovať.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Zastaviť a zavrieť</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportovať správu</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exportovať plán</translation>
    </message>
    <message>
        <source>offboarding-%1.csv</source>
        <comment>default file name of a report</comment>
        <translation>ukoncenie-spoluprace-%1.csv</translation>
    </message>
    <message>
        <source>offboarding-plan.csv</source>
        <comment>default file name of a plan</comment>
        <translation>plan-ukoncenia-spoluprace.csv</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>Odstránené: %L1 z %Ln zákazníka.</numerusform>
            <numerusform>Odstránené: %L1 z %Ln zákazníkov.</numerusform>
            <numerusform>Odstránené: %L1 z %Ln zákazníkov.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboarding</name>
    <message>
        <source>Offboard customers from a file</source>
        <translation>Ukončiť spoluprácu so zákazníkmi zo súboru</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt);;All files (*)</source>
        <translation>Zoznamy zákazníkov (*.csv *.txt);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>The customer list is still loading. Try again once it has loaded.</source>
        <translation>Zoznam zákazníkov sa ešte načítava. Skúste to znova, keď sa načíta.</translation>
    </message>
    <message numerus="yes">
        <source>The file names no customer of yours: %Ln line(s) left out.</source>
        <translation>
            <numerusform>Súbor neuvádza žiadneho vášho zákazníka: %Ln riadok vynechaný.</numerusform>
            <numerusform>Súbor neuvádza žiadneho vášho zákazníka: %Ln riadky vynechané.</numerusform>
            <numerusform>Súbor neuvádza žiadneho vášho zákazníka: %Ln riadkov vynechaných.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>%1 sa nedá použiť: %2</translation>
    </message>
    <message numerus="yes">
        <source>The offboarding run started %1 did not finish: %2 of %Ln customer(s) removed, %3 left. Resume it now? Every customer left is read again first; nothing that took effect is sent again.</source>
        <translation>
            <numerusform>Spustenie ukončenia spolupráce z %1 sa nedokončilo: odstránených %2 z %Ln zákazníka, zostáva %3. Pokračovať teraz? Každý zostávajúci zákazník sa najprv znova načíta; nič, čo už prebehlo, sa znova neodošle.</numerusform>
            <numerusform>Spustenie ukončenia spolupráce z %1 sa nedokončilo: odstránených %2 z %Ln zákazníkov, zostáva %3. Pokračovať teraz? Každý zostávajúci zákazník sa najprv znova načíta; nič, čo už prebehlo, sa znova neodošle.</numerusform>
            <numerusform>Spustenie ukončenia spolupráce z %1 sa nedokončilo: odstránených %2 z %Ln zákazníkov, zostáva %3. Pokračovať teraz? Každý zostávajúci zákazník sa najprv znova načíta; nič, čo už prebehlo, sa znova neodošle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume offboarding?</source>
        <translation>Pokračovať v ukončení spolupráce?</translation>
    </message>
    <message>
        <source>Later asks again at the next start. Discard ends the run as it is; its report and the audit log keep everything it did.</source>
        <translation>Neskôr sa opýta znova pri ďalšom spustení. Zahodiť ukončí spustenie tak, ako je; jeho správa a denník auditu zachovajú všetko, čo urobilo.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Pokračovať</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Neskôr</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodiť</translation>
    </message>
    <message>
        <source>The run could not be ended: %1</source>
        <translation>Spustenie sa nepodarilo ukončiť: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %Ln customer(s) removed</source>
        <comment>a run&apos;s start and result</comment>
        <translation>
            <numerusform>%1 — odstránených %2 z %Ln zákazníka</numerusform>
            <numerusform>%1 — odstránených %2 z %Ln zákazníkov</numerusform>
            <numerusform>%1 — odstránených %2 z %Ln zákazníkov</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not finished)</source>
        <translation>%1 (nedokončené)</translation>
    </message>
    <message>
        <source>No offboarding run yet</source>
        <translation>Zatiaľ žiadne spustenie ukončenia spolupráce</translation>
    </message>
    <message>
        <source>Offboard customers from a &amp;file…</source>
        <translation>Ukončiť spoluprácu so zákazníkmi &amp;zo súboru…</translation>
    </message>
    <message>
        <source>Plan the offboarding of the customers a file lists: primary domains, customer IDs or Microsoft IDs</source>
        <translation>Naplánovať ukončenie spolupráce so zákazníkmi uvedenými v súbore: primárne domény, ID zákazníkov alebo ID Microsoftu</translation>
    </message>
    <message>
        <source>Offboarding &amp;reports</source>
        <translation>&amp;Správy o ukončení spolupráce</translation>
    </message>
</context>
<context>
    <name>BulkPlanPanel</name>
    <message>
        <source>Customers of the plan</source>
        <translation>Zákazníci v pláne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the list left out:</source>
        <translation>
            <numerusform>%Ln riadok zoznamu vynechaný:</numerusform>
            <numerusform>%Ln riadky zoznamu vynechané:</numerusform>
            <numerusform>%Ln riadkov zoznamu vynechaných:</numerusform>
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
        <translation>Odstránené</translation>
    </message>
    <message>
        <source>Prepared, not removable yet</source>
        <translation>Pripravené, zatiaľ sa nedá odstrániť</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nedá sa načítať</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neúspešné</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Prerušené</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Výsledok neznámy</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Bude odstránený</translation>
    </message>
    <message>
        <source>Will be prepared, cannot be removed yet</source>
        <translation>Bude pripravený, zatiaľ sa nedá odstrániť</translation>
    </message>
    <message>
        <source>Not known: no answer came, and it was not read back yet</source>
        <translation>Neznáme: neprišla odpoveď a zatiaľ sa znova nenačítalo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Done (answer lost, read back)</source>
        <translation>Hotovo (odpoveď sa stratila, znova načítané)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmietnuté</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nezačaté</translation>
    </message>
    <message>
        <source>Resume the run, or offboard it again.</source>
        <translation>Pokračujte v spustení alebo znova ukončite spoluprácu.</translation>
    </message>
    <message>
        <source>Resume the run: it reads the customer back before anything is sent again.</source>
        <translation>Pokračujte v spustení: zákazník sa znova načíta skôr, než sa čokoľvek odošle znova.</translation>
    </message>
    <message>
        <source>Offboard it again after %1.</source>
        <translation>Znova ukončite spoluprácu po %1.</translation>
    </message>
    <message>
        <source>Clear what blocks, then offboard it again.</source>
        <translation>Odstráňte, čo bráni, a potom znova ukončite spoluprácu.</translation>
    </message>
    <message>
        <source>Check the error, then offboard it again.</source>
        <translation>Skontrolujte chybu a potom znova ukončite spoluprácu.</translation>
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
        <translation>Správa</translation>
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
        <translation>Rezervácia Azure „%1“ sa ruší na portáli Azure, nie tu.</translation>
    </message>
    <message>
        <source>The purchase “%1” came without an order ID, so it cannot be cancelled here.</source>
        <comment>%1 is the product name</comment>
        <translation>Nákup „%1“ nemá ID objednávky, preto ho tu nemožno zrušiť.</translation>
    </message>
    <message>
        <source>The purchase “%1” is no longer active (%2), so there is nothing to cancel.</source>
        <comment>%1 is the product name, %2 its status, e.g. Cancelled or Expired</comment>
        <translation>Nákup „%1“ už nie je aktívny (stav: %2), takže nie je čo rušiť.</translation>
    </message>
    <message>
        <source>The purchase “%1” could only be cancelled until %2.</source>
        <comment>%1 is the product name, %2 a date and time</comment>
        <translation>Nákup „%1“ bolo možné zrušiť len do %2.</translation>
    </message>
    <message>
        <source>The purchase “%1” has no cancellation window.</source>
        <comment>%1 is the product name</comment>
        <translation>Nákup „%1“ nemá lehotu na zrušenie.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>kľúčenka neodpovedala</translation>
    </message>
    <message>
        <source>No keychain is available here (%1), so partnerdesk-cli cannot keep a Partner Center sign-in from one command to the next. Use --endpoint with --access-token-file instead, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Kľúčenka tu nie je k dispozícii (%1), preto partnerdesk-cli nemôže uchovať prihlásenie do Partnerského centra medzi jednotlivými príkazmi. Použite namiesto toho --endpoint s --access-token-file alebo na prácu so sandboxom spustite „partnerdesk-cli sign-out“.</translation>
    </message>
    <message>
        <source>No customer has the Microsoft ID, customer ID or primary domain &quot;%1&quot;.</source>
        <translation>Žiadny zákazník nemá ID Microsoftu, ID zákazníka ani primárnu doménu „%1“.</translation>
    </message>
    <message>
        <source>Note: your roles (%1) may not allow this; Partner Center decides.</source>
        <translation>Poznámka: vaše roly (%1) to možno neumožňujú; rozhodne Partnerské centrum.</translation>
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
        <translation>Koncový bod rozhrania API Partnerského centra, napr. https://api.partnercenter.microsoft.com. Bez neho sa použije vstavaný sandbox (ukážkové údaje aplikácie).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_ACCESS_TOKEN environment variable works too.</source>
        <translation>Načíta prístupový token zo súboru SÚBOR („-“ znamená štandardný vstup). Funguje aj premenná prostredia PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>SÚBOR</translation>
    </message>
    <message>
        <source>Language of messages and of Partner Center&apos;s answers: %1.</source>
        <translation>Jazyk správ a odpovedí Partnerského centra: %1.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>JAZYK</translation>
    </message>
    <message>
        <source>How to print lists: %1 (default: table).</source>
        <translation>Formát výpisu zoznamov: %1 (predvolený: table).</translation>
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
        <translation>suspend: všetky aktívne predplatné zákazníka.</translation>
    </message>
    <message>
        <source>remove-relationship: the customer&apos;s primary domain, typed to confirm.</source>
        <translation>remove-relationship: primárna doména zákazníka zadaná na potvrdenie.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÉNA</translation>
    </message>
    <message>
        <source>sign-in: your partner tenant, as its directory (tenant) ID or a domain.</source>
        <translation>sign-in: váš partnerský nájomník zadaný ako ID adresára (nájomníka) alebo doména.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>NÁJOMNÍK</translation>
    </message>
    <message>
        <source>sign-in: the application (client) ID of your organisation&apos;s app registration.</source>
        <translation>sign-in: ID aplikácie (klienta) z registrácie aplikácie vašej organizácie.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>sign-in: the sign-in authority (default: https://login.microsoftonline.com).</source>
        <translation>sign-in: autorita prihlásenia (predvolená: https://login.microsoftonline.com).</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers: lists customers and subscriptions, suspends subscriptions, tells what still blocks the removal and removes the relationship.</source>
        <translation>Ukončuje vzťahy predajcu so zákazníkmi programu Microsoft CSP: vypisuje zákazníkov a predplatné, pozastavuje predplatné, ukazuje, čo ešte bráni odstráneniu, a odstraňuje vzťah.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Príkazy:</translation>
    </message>
    <message>
        <source>  customers [--filter TEXT | --domain TEXT]   List customers.</source>
        <translation>  customers [--filter TEXT | --domain TEXT]   Vypíše zákazníkov.</translation>
    </message>
    <message>
        <source>  subscriptions CUSTOMER                      List a customer&apos;s subscriptions.</source>
        <translation>  subscriptions ZÁKAZNÍK                      Vypíše predplatné zákazníka.</translation>
    </message>
    <message>
        <source>  suspend CUSTOMER (--all | SUBSCRIPTION...)  Suspend subscriptions.</source>
        <translation>  suspend ZÁKAZNÍK (--all | PREDPLATNÉ...)    Pozastaví predplatné.</translation>
    </message>
    <message>
        <source>  readiness CUSTOMER                          Tell what blocks the removal.</source>
        <translation>  readiness ZÁKAZNÍK                          Ukáže, čo bráni odstráneniu.</translation>
    </message>
    <message>
        <source>  remove-relationship CUSTOMER --confirm DOMAIN</source>
        <translation>  remove-relationship ZÁKAZNÍK --confirm DOMÉNA</translation>
    </message>
    <message>
        <source>                                              Remove the reseller relationship.</source>
        <translation>                                              Odstráni vzťah predajcu.</translation>
    </message>
    <message>
        <source>  request-link                                Print the invitation link for a new relationship.</source>
        <translation>  request-link                                Vypíše odkaz s pozvánkou na nový vzťah.</translation>
    </message>
    <message>
        <source>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</source>
        <translation>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</translation>
    </message>
    <message>
        <source>                                              Sign in to Partner Center (device code).</source>
        <translation>                                              Prihlási sa do Partnerského centra (kódom zariadenia).</translation>
    </message>
    <message>
        <source>  sign-out                                    Sign out; commands use the sandbox again.</source>
        <translation>  sign-out                                    Odhlási sa; príkazy znova pracujú so sandboxom.</translation>
    </message>
    <message>
        <source>  whoami                                      Who is signed in, with which roles.</source>
        <translation>  whoami                                      Ukáže, kto je prihlásený a s akými rolami.</translation>
    </message>
    <message>
        <source>CUSTOMER is the Microsoft ID (tenant ID), the customer ID or the primary domain.</source>
        <translation>ZÁKAZNÍK je ID Microsoftu (ID nájomníka), ID zákazníka alebo primárna doména.</translation>
    </message>
    <message>
        <source>After sign-in, commands without --endpoint work on Partner Center as the signed-in user.</source>
        <translation>Po prihlásení pracujú príkazy bez --endpoint s Partnerským centrom ako prihlásený používateľ.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Jeden z vyššie uvedených príkazov.</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS...]</source>
        <translation>PRÍKAZ [ARGUMENTY...]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nebol zadaný žiadny príkaz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>„%1“ nie je adresa URL http:// ani https://.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of: %2.</source>
        <translation>Neznámy jazyk „%1“; vyberte jeden z týchto: %2.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose one of: %2.</source>
        <translation>Neznámy formát „%1“; vyberte jeden z týchto: %2.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer.</source>
        <translation>Nešifrované http:// je povolené len pre tento počítač.</translation>
    </message>
    <message>
        <source>--%1 cannot be used with &quot;%2&quot;.</source>
        <translation>--%1 nemožno použiť s príkazom „%2“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Neznámy príkaz „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a CUSTOMER: a Microsoft ID or a primary domain.</source>
        <translation>Príkaz „%1“ vyžaduje argument ZÁKAZNÍK: ID Microsoftu alebo primárnu doménu.</translation>
    </message>
    <message>
        <source>CUSTOMER must not be empty.</source>
        <translation>ZÁKAZNÍK nesmie byť prázdny.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Neočakávaný argument „%1“.</translation>
    </message>
    <message>
        <source>Use either --filter or --domain, not both.</source>
        <translation>Použite buď --filter, alebo --domain, nie oboje.</translation>
    </message>
    <message>
        <source>Give either --all or the IDs of the subscriptions to suspend.</source>
        <translation>Zadajte buď --all, alebo ID predplatných, ktoré sa majú pozastaviť.</translation>
    </message>
    <message>
        <source>Removing the relationship needs --confirm with the customer&apos;s primary domain.</source>
        <translation>Odstránenie vzťahu vyžaduje --confirm s primárnou doménou zákazníka.</translation>
    </message>
    <message>
        <source>Microsoft Graph endpoint for admin relationships (default: https://graph.microsoft.com; on a loopback --endpoint, that address).</source>
        <translation>Koncový bod Microsoft Graph pre vzťahy správcu (predvolený: https://graph.microsoft.com; pri --endpoint na tomto počítači tá istá adresa).</translation>
    </message>
    <message>
        <source>Read the Microsoft Graph access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_GRAPH_ACCESS_TOKEN environment variable works too.</source>
        <translation>Načíta prístupový token pre Microsoft Graph zo súboru SÚBOR („-“ znamená štandardný vstup). Funguje aj premenná prostredia PARTNERDESK_GRAPH_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>offboard: print the plan and change nothing.</source>
        <translation>offboard: vypíše plán a nič nezmení.</translation>
    </message>
    <message>
        <source>offboard: leave the admin relationships (GDAP) as they are.</source>
        <translation>offboard: ponechá vzťahy správcu (GDAP) bez zmeny.</translation>
    </message>
    <message>
        <source>  admin-relationships CUSTOMER                List the customer&apos;s admin relationships (GDAP).</source>
        <translation>  admin-relationships ZÁKAZNÍK                Vypíše vzťahy správcu so zákazníkom (GDAP).</translation>
    </message>
    <message>
        <source>  offboard CUSTOMER --confirm DOMAIN [--dry-run] [--keep-admin-relationships]</source>
        <translation>  offboard ZÁKAZNÍK --confirm DOMÉNA [--dry-run] [--keep-admin-relationships]</translation>
    </message>
    <message>
        <source>                                              Clear what can be cleared, remove the relationship, terminate the admin relationships.</source>
        <translation>                                              Odstráni, čo sa dá, odstráni vzťah a ukončí vzťahy správcu.</translation>
    </message>
    <message>
        <source>Exit status: 0 success (readiness: ready), 1 the operation failed or is blocked, 2 bad usage, 3 a change may or may not have been made (its answer was lost and reading it back failed): check before trying again.</source>
        <translation>Návratový kód: 0 – úspech (readiness: možno odstrániť), 1 – operácia zlyhala alebo je blokovaná, 2 – nesprávne použitie, 3 – zmena sa možno vykonala, možno nie (odpoveď sa stratila a opätovné načítanie zlyhalo): pred ďalším pokusom to overte.</translation>
    </message>
    <message>
        <source>activity: only entries from DATE (YYYY-MM-DD, local time) on.</source>
        <translation>activity: len záznamy odo dňa DÁTUM (RRRR-MM-DD, miestny čas).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DÁTUM</translation>
    </message>
    <message>
        <source>activity: only entries for CUSTOMER: a customer ID or primary domain, or part of a company name.</source>
        <translation>activity: len záznamy zákazníka ZÁKAZNÍK: ID zákazníka alebo primárna doména, alebo časť názvu spoločnosti.</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>ZÁKAZNÍK</translation>
    </message>
    <message>
        <source>  activity [--since DATE] [--customer CUSTOMER]</source>
        <translation>  activity [--since DÁTUM] [--customer ZÁKAZNÍK]</translation>
    </message>
    <message>
        <source>                                              Print the audit log: every change made from this computer.</source>
        <translation>                                              Vypíše denník auditu: každú zmenu vykonanú z tohto počítača.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; give one as YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>„%1“ nie je dátum; zadajte ho v tvare RRRR-MM-DD, napr. 2026-11-20.</translation>
    </message>
    <message>
        <source>customers: only those whose company name, primary domain or Microsoft ID contains TEXT, ignoring case and accents (as the app&apos;s search).</source>
        <translation>customers: len zákazníci, ktorých názov spoločnosti, primárna doména alebo ID Microsoftu obsahuje TEXT, bez ohľadu na veľkosť písmen a diakritiku (ako hľadanie v aplikácii).</translation>
    </message>
    <message>
        <source>customers: only those whose primary domain starts with TEXT (Partner Center&apos;s own filter).</source>
        <translation>customers: len zákazníci, ktorých primárna doména začína textom TEXT (vlastný filter Partnerského centra).</translation>
    </message>
    <message>
        <source>Run &quot;partnerdesk-cli --help&quot; for the commands and options.</source>
        <translation>Príkazy a možnosti vypíše „partnerdesk-cli --help“.</translation>
    </message>
    <message>
        <source>offboard: the customers to offboard, from FILE: primary domains, customer IDs or Microsoft IDs, one per line or as a CSV file with a header.</source>
        <translation>offboard: zákazníci, s ktorými ukončiť spoluprácu, zo SÚBORU: primárne domény, ID zákazníkov alebo ID Microsoftu, jeden na riadok alebo ako súbor CSV s hlavičkou.</translation>
    </message>
    <message>
        <source>offboard --from: the number of customers the plan will remove, typed to confirm; without it the plan is printed and nothing is changed.</source>
        <translation>offboard --from: počet zákazníkov, ktorých plán odstráni, zadaný na potvrdenie; bez neho sa vypíše plán a nič sa nezmení.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>offboard --from: continue the unfinished run for the same list.</source>
        <translation>offboard --from: pokračuje v nedokončenom hromadnom spustení pre rovnaký zoznam.</translation>
    </message>
    <message>
        <source>offboard --from: also write the report to FILE (JSON for a name ending in .json, else CSV).</source>
        <translation>offboard --from: zapíše správu aj do SÚBORU (JSON pre názov končiaci na .json, inak CSV).</translation>
    </message>
    <message>
        <source>  offboard --from FILE [--confirm-count N] [--dry-run] [--resume] [--report FILE]</source>
        <translation>  offboard --from SÚBOR [--confirm-count N] [--dry-run] [--resume] [--report SÚBOR]</translation>
    </message>
    <message>
        <source>                                              Offboard every customer of a list: plan, confirm, run, report.</source>
        <translation>                                              Ukončí spoluprácu so všetkými zákazníkmi zoznamu: plán, potvrdenie, spustenie, správa.</translation>
    </message>
    <message>
        <source>--confirm-count needs a number of customers, e.g. 12.</source>
        <translation>--confirm-count vyžaduje počet zákazníkov, napr. 12.</translation>
    </message>
    <message>
        <source>--%1 needs --from FILE.</source>
        <translation>--%1 vyžaduje --from SÚBOR.</translation>
    </message>
    <message>
        <source>--confirm is for one customer; a list is confirmed with --confirm-count.</source>
        <translation>--confirm je pre jedného zákazníka; zoznam sa potvrdzuje pomocou --confirm-count.</translation>
    </message>
    <message>
        <source>--format needs --from FILE with &quot;offboard&quot;.</source>
        <translation>--format vyžaduje pri príkaze „offboard“ --from SÚBOR.</translation>
    </message>
</context>
<context>
    <name>CliStartup</name>
    <message>
        <source>No access token: give --access-token-file or set PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>Chýba prístupový token: zadajte --access-token-file alebo nastavte PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>You are not signed in to Partner Center. Run &quot;partnerdesk-cli sign-in&quot;, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Nie ste prihlásení do Partnerského centra. Spustite „partnerdesk-cli sign-in“, alebo ak chcete pracovať so sandboxom, spustite „partnerdesk-cli sign-out“.</translation>
    </message>
    <message>
        <source>Your Partner Center sign-in could not be restored: %1
Run &quot;partnerdesk-cli sign-in&quot; again.</source>
        <translation>Prihlásenie do Partnerského centra sa nepodarilo obnoviť: %1
Spustite znova „partnerdesk-cli sign-in“.</translation>
    </message>
</context>
<context>
    <name>ConfirmRemovalDialog</name>
    <message>
        <source>✓ Matches the primary domain.</source>
        <translation>✓ Zodpovedá primárnej doméne.</translation>
    </message>
    <message>
        <source>Does not match the primary domain yet.</source>
        <translation>Zatiaľ nezodpovedá primárnej doméne.</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Odstrániť vzťah predajcu</translation>
    </message>
    <message>
        <source>Remove the reseller relationship with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>Odstrániť vzťah predajcu so zákazníkom %1?</translation>
    </message>
    <message>
        <source>This has the following consequences:</source>
        <translation>Bude to mať tieto dôsledky:</translation>
    </message>
    <message>
        <source>The customer is removed from your customer list.</source>
        <translation>Zákazník bude odstránený z vášho zoznamu zákazníkov.</translation>
    </message>
    <message>
        <source>You are removed from the customer&apos;s list of available support contacts.</source>
        <translation>Budete odstránení zo zoznamu dostupných kontaktov podpory zákazníka.</translation>
    </message>
    <message>
        <source>You can no longer make purchases for the customer.</source>
        <translation>Pre zákazníka už nebudete môcť vykonávať nákupy.</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s primary domain:</source>
        <translation>Na potvrdenie zadajte primárnu doménu zákazníka:</translation>
    </message>
    <message>
        <source>Type the primary domain to confirm</source>
        <translation>Na potvrdenie zadajte primárnu doménu</translation>
    </message>
    <message>
        <source>Type the primary domain above to enable this button.</source>
        <translation>Tlačidlo sa sprístupní po zadaní primárnej domény vyššie.</translation>
    </message>
    <message>
        <source>Also terminate the admin relationships</source>
        <translation>Ukončiť aj vzťahy správcu</translation>
    </message>
    <message>
        <source>After a successful removal, terminate every active admin relationship with this customer. This cannot be undone.</source>
        <translation>Po úspešnom odstránení ukončí všetky aktívne vzťahy správcu s týmto zákazníkom. Túto akciu nemožno vrátiť späť.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) (GDAP) remain after the removal: they keep giving your organisation admin access to the customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln vzťah správcu (GDAP) po odstránení zostane: naďalej dáva vašej organizácii prístup správcu k nájomníkovi zákazníka.</numerusform>
            <numerusform>%Ln vzťahy správcu (GDAP) po odstránení zostanú: naďalej dávajú vašej organizácii prístup správcu k nájomníkovi zákazníka.</numerusform>
            <numerusform>%Ln vzťahov správcu (GDAP) po odstránení zostane: naďalej dávajú vašej organizácii prístup správcu k nájomníkovi zákazníka.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin relationships (GDAP) could not be read, so they cannot be terminated here. The removal does not end them: terminate them in Partner Center.</source>
        <translation>Vzťahy správcu (GDAP) sa nepodarilo načítať, preto ich tu nemožno ukončiť. Odstránenie ich neukončí: ukončite ich v Partnerskom centre.</translation>
    </message>
    <message>
        <source>Your legacy delegated admin privileges (DAP) for the customer are removed.</source>
        <translation>Vaše staršie delegované oprávnenia správcu (DAP) pre zákazníka budú odstránené.</translation>
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
        <translation>%1: adresa nesmie obsahovať meno používateľa, heslo, dotaz ani fragment.</translation>
    </message>
    <message>
        <source>Partner Center endpoint</source>
        <translation>Koncový bod Partnerského centra</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Autorita prihlásenia</translation>
    </message>
    <message>
        <source>Enter the tenant: your Microsoft ID (a GUID), your domain (e.g. contoso.onmicrosoft.com) or &quot;organizations&quot;.</source>
        <translation>Zadajte nájomníka: vaše ID Microsoftu (GUID), vašu doménu (napr. contoso.onmicrosoft.com) alebo „organizations“.</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; is neither a GUID nor a domain name.</source>
        <translation>Nájomník „%1“ nie je GUID ani názov domény.</translation>
    </message>
    <message>
        <source>Enter the application (client) ID of your app registration.</source>
        <translation>Zadajte ID aplikácie (klienta) z registrácie vašej aplikácie.</translation>
    </message>
    <message>
        <source>The application (client) ID must be a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>ID aplikácie (klienta) musí byť GUID, napríklad 00000000-0000-0000-0000-000000000000.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Nastavenia pripojenia</translation>
    </message>
    <message>
        <source>Partner Center &amp;endpoint:</source>
        <translation>Koncový &amp;bod Partnerského centra:</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>&amp;Autorita prihlásenia:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <comment>Microsoft Entra tenant (directory)</comment>
        <translation>&amp;Nájomník:</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>ID aplikácie (&amp;klienta):</translation>
    </message>
    <message>
        <source>organizations, contoso.onmicrosoft.com or a GUID</source>
        <translation>organizations, contoso.onmicrosoft.com alebo GUID</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Obnoviť &amp;predvolené</translation>
    </message>
    <message>
        <source>Sign in to Partner Center with your own app registration in Microsoft Entra.</source>
        <translation>Prihláste sa do Partnerského centra pomocou vlastnej registrácie aplikácie v Microsoft Entra.</translation>
    </message>
    <message>
        <source>How to register PartnerDesk in Microsoft Entra</source>
        <translation>Ako zaregistrovať PartnerDesk v Microsoft Entra</translation>
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
        <translation>Ukážkové údaje na tomto počítači (%1). Do Partnerského centra sa nič neodosiela.</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <comment>status bar, for screen readers</comment>
        <translation>Pripojené k: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <comment>user, roles</comment>
        <translation>Prihlásené ako %1 · %2</translation>
    </message>
    <message>
        <source>Signed in with an access token</source>
        <translation>Prihlásené prístupovým tokenom</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exportovať do CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Súbory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export sa nepodaril</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Súbor %1 sa nepodarilo zapísať: %2</translation>
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
        <translation>Späť na zoznam zákazníkov (Alt+šípka doľava)</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Primárna doména:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>ID Microsoftu:</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the primary domain</comment>
        <translation>Kopírovať</translation>
    </message>
    <message>
        <source>Copy primary domain</source>
        <translation>Kopírovať primárnu doménu</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the Microsoft ID</comment>
        <translation>Kopírovať</translation>
    </message>
    <message>
        <source>Copy Microsoft ID</source>
        <translation>Kopírovať ID Microsoftu</translation>
    </message>
    <message>
        <source>Copied “%1”</source>
        <translation>Skopírované: „%1“</translation>
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
        <translation>Súbor %1 sa nepodarilo prečítať: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a list of customers (%2 MB at most).</source>
        <translation>Súbor %1 je na zoznam zákazníkov príliš veľký (najviac %2 MB).</translation>
    </message>
    <message>
        <source>The first row (%1) names no column of primary domains, customer IDs or Microsoft IDs.</source>
        <translation>Prvý riadok (%1) neuvádza žiadny stĺpec s primárnymi doménami, ID zákazníkov ani ID Microsoftu.</translation>
    </message>
    <message>
        <source>nothing in the column %1</source>
        <translation>v stĺpci %1 nič nie je</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>neuzavreté úvodzovky</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Company name</source>
        <translation>Názov spoločnosti</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Primárna doména</translation>
    </message>
    <message>
        <source>Microsoft ID</source>
        <comment>the customer&apos;s tenant id</comment>
        <translation>ID Microsoftu</translation>
    </message>
    <message>
        <source>Relationship</source>
        <comment>the customer&apos;s relationship to the partner</comment>
        <translation>Vzťah</translation>
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
        <translation>Hľadať podľa spoločnosti, domény alebo ID Microsoftu</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Hľadať zákazníkov</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>Load the customer list again from Partner Center (F5)</source>
        <translation>Znova načítať zoznam zákazníkov z Partnerského centra (F5)</translation>
    </message>
    <message>
        <source>%1, loading…</source>
        <comment>customer count while pages still arrive</comment>
        <translation>%1, načítavanie…</translation>
    </message>
    <message>
        <source>Not every customer could be loaded. %1</source>
        <translation>Nepodarilo sa načítať všetkých zákazníkov. %1</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Načítavajú sa zákazníci…</translation>
    </message>
    <message>
        <source>Customers could not be loaded</source>
        <translation>Zákazníkov sa nepodarilo načítať</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>Hľadanému výrazu „%1“ nezodpovedá žiadny zákazník</translation>
    </message>
    <message>
        <source>Search looks at the company name, the primary domain and the Microsoft ID.</source>
        <translation>Hľadá sa v názve spoločnosti, primárnej doméne a ID Microsoftu.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Vymazať hľadanie</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Zatiaľ žiadni zákazníci</translation>
    </message>
    <message>
        <source>Customers you have a reseller relationship with appear here. Use Refresh to load the list again.</source>
        <translation>Tu sa zobrazia zákazníci, s ktorými máte vzťah predajcu. Tlačidlom Obnoviť zoznam znova načítate.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln zákazník</numerusform>
            <numerusform>%Ln zákazníci</numerusform>
            <numerusform>%Ln zákazníkov</numerusform>
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
            <numerusform>Zatiaľ bol načítaný %Ln zákazník.</numerusform>
            <numerusform>Zatiaľ boli načítaní %Ln zákazníci.</numerusform>
            <numerusform>Zatiaľ bolo načítaných %Ln zákazníkov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>customer count before the first page arrives</comment>
        <translation>Načítava sa…</translation>
    </message>
    <message numerus="yes">
        <source>Off&amp;board %Ln selected…</source>
        <translation>
            <numerusform>U&amp;končiť spoluprácu s %Ln vybraným…</numerusform>
            <numerusform>U&amp;končiť spoluprácu s %Ln vybranými…</numerusform>
            <numerusform>U&amp;končiť spoluprácu s %Ln vybranými…</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the offboarding of the selected customers: nothing is changed before you confirm</source>
        <translation>Naplánovať ukončenie spolupráce s vybranými zákazníkmi: kým nepotvrdíte, nič sa nezmení</translation>
    </message>
    <message>
        <source>Select customers first (Shift-click, Ctrl-click, Ctrl+A)</source>
        <translation>Najprv vyberte zákazníkov (Shift+kliknutie, Ctrl+kliknutie, Ctrl+A)</translation>
    </message>
    <message>
        <source>Off&amp;board selected…</source>
        <translation>U&amp;končiť spoluprácu s vybranými…</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Predplatné</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Nákupy</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Nákupy softvéru a rezervácie Azure</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>customer page section</comment>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Sekcie zákazníka</translation>
    </message>
    <message>
        <source>Back to Customers</source>
        <translation>Späť na stránku Zákazníci</translation>
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
        <translation>Hľadanému výrazu „%1“ nezodpovedá žiadny zákazník.</translation>
    </message>
    <message>
        <source>No customer&apos;s primary domain starts with &quot;%1&quot;.</source>
        <translation>Primárna doména žiadneho zákazníka nezačína na „%1“.</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Žiadni zákazníci.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kód: %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>Čaká sa na vaše prihlásenie…</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <comment>%1 is minutes:seconds</comment>
        <translation>Platnosť kódu vyprší o %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Prihlásenie do Partnerského centra</translation>
    </message>
    <message>
        <source>Open the page below in a browser, on this or any other device, enter the code and sign in with your Partner Center account.</source>
        <translation>Otvorte nižšie uvedenú stránku v prehliadači na tomto alebo inom zariadení, zadajte kód a prihláste sa pomocou konta Partnerského centra.</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Kopírovať kód</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Otvoriť prehliadač</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Skúsiť znova</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Prihlasovacia stránka</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Zostávajúci čas</translation>
    </message>
</context>
<context>
    <name>DeviceCodeFlow</name>
    <message>
        <source>The sign-in service did not send a usable code.</source>
        <translation>Prihlasovacia služba neposlala použiteľný kód.</translation>
    </message>
    <message>
        <source>The sign-in service sent an unsafe address: %1</source>
        <translation>Prihlasovacia služba poslala nebezpečnú adresu: %1</translation>
    </message>
    <message>
        <source>The sign-in service did not send an access token.</source>
        <translation>Prihlasovacia služba neposlala prístupový token.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Prihlásenie bolo odmietnuté.</translation>
    </message>
    <message>
        <source>The code has expired before the sign-in was finished. Start again to get a new code.</source>
        <translation>Platnosť kódu vypršala skôr, ako sa prihlásenie dokončilo. Začnite znova a získate nový kód.</translation>
    </message>
    <message>
        <source>The sign-in service no longer knows this code. Start again to get a new one.</source>
        <translation>Prihlasovacia služba už tento kód nepozná. Začnite znova a získate nový.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Prihlásenie bolo zrušené.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached.</source>
        <translation>Nepodarilo sa spojiť s prihlasovacou službou.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>Prihlásenie zlyhalo.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Closed on %1</source>
        <comment>a cancellation window that has ended; %1 is when</comment>
        <translation>Lehota uplynula %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln license(s)</source>
        <comment>subscription quantity</comment>
        <translation>
            <numerusform>%Ln licencia</numerusform>
            <numerusform>%Ln licencie</numerusform>
            <numerusform>%Ln licencií</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 (usage-based)</source>
        <comment>subscription quantity of a plan billed by consumption</comment>
        <translation>%L1 (podľa využitia)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>None</source>
        <comment>subscription status</comment>
        <translation>Žiadne</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktívne</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status, as chosen in the status selector</comment>
        <translation>Pozastavené</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>subscription status (deleted on the wire)</comment>
        <translation>Zrušené</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>subscription status</comment>
        <translation>Platnosť vypršala</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>subscription status</comment>
        <translation>Čaká na spracovanie</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>subscription status</comment>
        <translation>Zakázané</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>subscription status the app does not know; %1 is the raw value</comment>
        <translation>Neznáme (%1)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>billing cycle</comment>
        <translation>Mesačný</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>billing cycle</comment>
        <translation>Ročný</translation>
    </message>
    <message>
        <source>Every three years</source>
        <comment>billing cycle</comment>
        <translation>Každé tri roky</translation>
    </message>
    <message>
        <source>One time</source>
        <comment>billing cycle</comment>
        <translation>Jednorazový</translation>
    </message>
    <message>
        <source>None</source>
        <comment>billing cycle</comment>
        <translation>Žiadny</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>billing cycle the app does not know; %1 is the raw value</comment>
        <translation>Neznámy (%1)</translation>
    </message>
    <message>
        <source>Software purchase</source>
        <translation>Nákup softvéru</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Rezervácia Azure</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>entitlement type the app does not know; %1 is the raw value</comment>
        <translation>Neznámy (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>entitlement type</comment>
        <translation>Iný</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a purchase</comment>
        <translation>Aktívne</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a purchase</comment>
        <translation>Zrušené</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>status of a purchase</comment>
        <translation>Platnosť vypršala</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>status of a purchase</comment>
        <translation>Neznáme</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>purchase status the app does not know; %1 is the raw value</comment>
        <translation>Neznáme (%1)</translation>
    </message>
    <message>
        <source>Reseller</source>
        <comment>relationship to partner</comment>
        <translation>Predajca</translation>
    </message>
    <message>
        <source>None</source>
        <comment>relationship to partner</comment>
        <translation>Žiadny</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>relationship to partner</comment>
        <translation>Poradca</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>relationship to partner</comment>
        <translation>Neznámy</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>relationship the app does not know; %1 is the raw value</comment>
        <translation>Neznámy (%1)</translation>
    </message>
</context>
<context>
    <name>EntitlementModel</name>
    <message>
        <source>Name</source>
        <comment>product name of a purchase</comment>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>software purchase or Azure reservation</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Množstvo</translation>
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
        <translation>Platnosť do</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Zrušiť možno do</translation>
    </message>
</context>
<context>
    <name>EntraRoles</name>
    <message>
        <source>Global Administrator</source>
        <translation>Globálny správca</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Globálny čitateľ</translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation>Čitatelia adresára</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Správca používateľov</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Správca technickej podpory</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Správca Exchange</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>Správca SharePointu</translation>
    </message>
    <message>
        <source>Teams Administrator</source>
        <translation>Správca Teams</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Správca zabezpečenia</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Čitateľ zabezpečenia</translation>
    </message>
    <message>
        <source>License Administrator</source>
        <translation>Správca licencií</translation>
    </message>
    <message>
        <source>Billing Administrator</source>
        <translation>Správca fakturácie</translation>
    </message>
    <message>
        <source>Service Support Administrator</source>
        <translation>Správca podpory služieb</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Správca Intune</translation>
    </message>
    <message>
        <source>Cloud Device Administrator</source>
        <translation>Správca cloudových zariadení</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Správca aplikácií</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Správca cloudových aplikácií</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Správca privilegovaných rolí</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Správca overovania</translation>
    </message>
    <message>
        <source>Conditional Access Administrator</source>
        <translation>Správca podmieneného prístupu</translation>
    </message>
    <message>
        <source>Reports Reader</source>
        <translation>Čitateľ zostáv</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PartnerDesk guide</source>
        <translation>Sprievodca aplikáciou PartnerDesk</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Sprievodca</translation>
    </message>
    <message>
        <source>Removing a reseller relationship</source>
        <translation>Odstránenie vzťahu predajcu</translation>
    </message>
    <message>
        <source>PartnerDesk follows Partner Center: %1 → %2 → %3 → %4.</source>
        <translation>PartnerDesk postupuje ako Partnerské centrum: %1 → %2 → %3 → %4.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Predplatné</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Odstrániť vzťah predajcu</translation>
    </message>
    <message>
        <source>%1: find the customer — search looks at the company name, the primary domain and the Microsoft ID — and open it with Enter or a double-click.</source>
        <translation>%1: nájdite zákazníka (hľadá sa v názve spoločnosti, primárnej doméne a ID Microsoftu) a otvorte ho klávesom Enter alebo dvojitým kliknutím.</translation>
    </message>
    <message>
        <source>%1: select each active subscription, choose %2 and %3, or suspend them all with %4. New-commerce subscriptions keep being billed while suspended: cancel them while their cancellation window is open; after it, turn auto-renew off and wait for the term end.</source>
        <translation>%1: vyberte každé aktívne predplatné, zvoľte %2 a %3 alebo ich pozastavte všetky pomocou %4. Predplatné v novom obchodnom prostredí sa fakturuje aj počas pozastavenia: zrušte ho, kým trvá lehota na zrušenie; po nej vypnite automatické obnovenie a počkajte na koniec obdobia.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Pozastavené</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Odoslať</translation>
    </message>
    <message>
        <source>Suspend all active…</source>
        <translation>Pozastaviť všetky aktívne…</translation>
    </message>
    <message>
        <source>%1: cancel software purchases while their cancellation window is open. Azure reservations are cancelled in the Azure portal.</source>
        <translation>%1: zrušte nákupy softvéru, kým trvá ich lehota na zrušenie. Rezervácie Azure sa rušia na portáli Azure.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Nákupy</translation>
    </message>
    <message>
        <source>%1: %2 becomes available once nothing blocks it. Type the customer&apos;s primary domain to confirm; right before the removal PartnerDesk reads the customer again from Partner Center.</source>
        <translation>%1: akcia %2 je k dispozícii, keď jej nič nebráni. Na potvrdenie zadajte primárnu doménu zákazníka; tesne pred odstránením PartnerDesk znova načíta zákazníka z Partnerského centra.</translation>
    </message>
    <message>
        <source>%1: get the invitation link to request or re-establish a relationship with the customer later.</source>
        <translation>%1: získajte odkaz s pozvánkou, ktorým neskôr požiadate o vzťah so zákazníkom alebo ho obnovíte.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Ďalšie kroky</translation>
    </message>
    <message>
        <source>What blocks the removal</source>
        <translation>Čo bráni odstráneniu</translation>
    </message>
    <message>
        <source>an active subscription (or one still pending);</source>
        <translation>aktívne predplatné (alebo predplatné, ktoré ešte čaká na aktiváciu);</translation>
    </message>
    <message>
        <source>a new-commerce subscription that has not been cancelled;</source>
        <translation>nezrušené predplatné v novom obchodnom prostredí;</translation>
    </message>
    <message>
        <source>a software purchase that can still be cancelled;</source>
        <translation>nákup softvéru, ktorý sa ešte dá zrušiť;</translation>
    </message>
    <message>
        <source>an Azure reservation.</source>
        <translation>rezervácia Azure.</translation>
    </message>
    <message>
        <source>The %1 page lists what is left, each with a way to clear it, and enables %2 the moment nothing blocks it.</source>
        <translation>Stránka %1 uvádza, čo zostáva, pri každej položke aj spôsob, ako ju odstrániť, a akciu %2 sprístupní, hneď ako jej nič nebráni.</translation>
    </message>
    <message>
        <source>The sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Without a Partner Center account PartnerDesk works on its built-in sandbox: demo customers on this computer, served the way Partner Center serves them. Nothing done there reaches Microsoft. Changes are kept between runs; %1 brings the demo data back. The status bar says where PartnerDesk is connected.</source>
        <translation>Bez konta Partnerského centra pracuje PartnerDesk so vstavaným sandboxom: s ukážkovými zákazníkmi na tomto počítači, ktorých poskytuje rovnako ako Partnerské centrum. Nič, čo v ňom urobíte, sa do Microsoftu nedostane. Zmeny sa uchovávajú medzi spusteniami; %1 vráti ukážkové údaje. Stavový riadok ukazuje, kam je PartnerDesk pripojený.</translation>
    </message>
    <message>
        <source>Connecting to Partner Center</source>
        <translation>Pripojenie k Partnerskému centru</translation>
    </message>
    <message>
        <source>PartnerDesk signs in through an app registration that your organisation owns, created once in your partner tenant:</source>
        <translation>PartnerDesk sa prihlasuje cez registráciu aplikácie, ktorú vlastní vaša organizácia a ktorá sa raz vytvorí vo vašom partnerskom nájomníkovi:</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, register a new application: accounts in this organizational directory only, no redirect URI (&lt;a href=&quot;%1&quot;&gt;Microsoft&apos;s steps&lt;/a&gt;).</source>
        <translation>V Centre spravovania Microsoft Entra zaregistrujte novú aplikáciu: len kontá v tomto organizačnom adresári, bez URI presmerovania (&lt;a href=&quot;%1&quot;&gt;postup od Microsoftu&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Under %1, set %2 to %3.</source>
        <translation>V časti %1 nastavte %2 na %3.</translation>
    </message>
    <message>
        <source>Under %1, add the delegated permission %2 of %3 and grant admin consent. No client secret is needed.</source>
        <translation>V časti %1 pridajte delegované povolenie %2 pre %3 a udeľte súhlas správcu. Tajný kľúč klienta nie je potrebný.</translation>
    </message>
    <message>
        <source>In %1 enter your tenant (its directory ID or domain) and the application (client) ID, then choose %2.</source>
        <translation>V ponuke %1 zadajte svojho nájomníka (ID adresára alebo doménu) a ID aplikácie (klienta), potom zvoľte %2.</translation>
    </message>
    <message>
        <source>Removing a reseller relationship needs the Admin agent (or Global admin) role in Partner Center. Tokens are kept only in the system&apos;s keychain, never in files.</source>
        <translation>Odstránenie vzťahu predajcu vyžaduje v Partnerskom centre rolu agenta správcu (alebo globálneho správcu). Tokeny sa ukladajú len do systémovej kľúčenky, nikdy do súborov.</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>Denník auditu</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes, attempt and result, is recorded with Partner Center&apos;s correlation ID in the audit log: %1.</source>
        <translation>Každá zmena, ktorú PartnerDesk vykoná (pokus aj výsledok), sa zaznamená s ID korelácie z Partnerského centra do denníka auditu: %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Sprievodca</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klávesové skratky</translation>
    </message>
    <message>
        <source>Open &amp;audit log</source>
        <translation>Otvoriť denník &amp;auditu</translation>
    </message>
    <message>
        <source>Every change PartnerDesk made, with its result</source>
        <translation>Každá zmena vykonaná aplikáciou PartnerDesk a jej výsledok</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Otvoriť priečinok s ú&amp;dajmi</translation>
    </message>
    <message>
        <source>The audit log and the sandbox&apos;s data</source>
        <translation>Denník auditu a údaje sandboxu</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;O aplikácii PartnerDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Denník auditu</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. The first change made with PartnerDesk starts the audit log in %1.</source>
        <translation>Zatiaľ sa nič nezaznamenalo. Prvá zmena vykonaná aplikáciou PartnerDesk založí denník auditu v súbore %1.</translation>
    </message>
    <message>
        <source>No program could be started to show the audit log. It is a text file, one JSON record per line: %1</source>
        <translation>Nepodarilo sa spustiť žiadny program, ktorý by denník auditu zobrazil. Je to textový súbor s jedným záznamom JSON na riadok: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Priečinok s údajmi</translation>
    </message>
    <message>
        <source>No file manager could be started. The data folder is %1</source>
        <translation>Nepodarilo sa spustiť správcu súborov. Priečinok s údajmi je %1</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID.</source>
        <translation>Riadok %1: „%2“ nie je primárna doména, ID zákazníka ani ID Microsoftu.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID (%3).</source>
        <translation>Riadok %1: „%2“ nie je primárna doména, ID zákazníka ani ID Microsoftu (%3).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is listed already on line %3.</source>
        <translation>Riadok %1: „%2“ je už uvedený na riadku %3.</translation>
    </message>
    <message>
        <source>Line %1: no customer has the primary domain, customer ID or Microsoft ID “%2”.</source>
        <translation>Riadok %1: žiadny zákazník nemá primárnu doménu, ID zákazníka ani ID Microsoftu „%2“.</translation>
    </message>
    <message>
        <source>Line %1: “%2” names %3, already named on line %4.</source>
        <translation>Riadok %1: „%2“ označuje zákazníka %3, ktorého už uvádza riadok %4.</translation>
    </message>
</context>
<context>
    <name>IndirectProviders</name>
    <message>
        <source>Your organisation is an indirect reseller: only its indirect provider (%1) can remove the reseller relationship. Ask them to remove it.</source>
        <comment>%1 names the indirect providers</comment>
        <translation>Vaša organizácia je nepriamy predajca: vzťah predajcu môže odstrániť len jej nepriamy poskytovateľ (%1). Požiadajte ho o odstránenie.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Not started: the run was cancelled before it.</source>
        <translation>Nezačaté: spustenie bolo zrušené skôr, ako prišlo na rad.</translation>
    </message>
    <message>
        <source>Changed with its base subscription.</source>
        <translation>Zmenené spolu so základným predplatným.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>there is no D-Bus session bus to reach a keychain service on</source>
        <translation>nie je k dispozícii zbernica relácie D-Bus, cez ktorú by bola dostupná služba kľúčenky</translation>
    </message>
    <message>
        <source>neither the Secret Service (e.g. GNOME Keyring) nor KWallet is running</source>
        <translation>nie je spustená služba Secret Service (napr. GNOME Keyring) ani KWallet</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until PartnerDesk closes; nothing is saved to disk.</source>
        <translation>Kľúčenka nie je k dispozícii (%1). Zostanete prihlásení, kým PartnerDesk nezavriete; na disk sa nič neukladá.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Kľúčenka požiadavku odmietla: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>kľúčenka neodpovedala včas</translation>
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
        <source>Cannot connect</source>
        <translation>Nedá sa pripojiť</translation>
    </message>
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
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportovať do CSV…</translation>
    </message>
    <message>
        <source>Save the customers as currently filtered to a CSV file</source>
        <translation>Uložiť aktuálne vyfiltrovaných zákazníkov do súboru CSV</translation>
    </message>
    <message>
        <source>&amp;Reset sandbox…</source>
        <translation>&amp;Resetovať sandbox…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončiť</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobraziť</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnoviť</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <comment>default export file name</comment>
        <translation>zakaznici.csv</translation>
    </message>
    <message>
        <source>Reset sandbox</source>
        <translation>Resetovať sandbox</translation>
    </message>
    <message>
        <source>Put the demo data back as it was? Every change made in the sandbox, removals included, is lost.</source>
        <translation>Vrátiť ukážkové údaje do pôvodného stavu? Všetky zmeny vykonané v sandboxe vrátane odstránených vzťahov sa stratia.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <comment>menu item: the audit log as a table</comment>
        <translation>&amp;Aktivita</translation>
    </message>
    <message>
        <source>Every change made from this computer, with search and filters</source>
        <translation>Každá zmena vykonaná z tohto počítača, s hľadaním a filtrami</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Do súboru %1 bol exportovaný %Ln zákazník</numerusform>
            <numerusform>Do súboru %1 boli exportovaní %Ln zákazníci</numerusform>
            <numerusform>Do súboru %1 bolo exportovaných %Ln zákazníkov</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search customers</source>
        <comment>menu item: go to the Customers search field</comment>
        <translation>&amp;Hľadať zákazníkov</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Kľúčenka nie je k dispozícii.</translation>
    </message>
</context>
<context>
    <name>NextStepsWidget</name>
    <message>
        <source>The invitation link is on the clipboard.</source>
        <translation>Odkaz s pozvánkou je v schránke.</translation>
    </message>
    <message>
        <source>Your e-mail program was asked to open a new message with the invitation link.</source>
        <translation>Váš e-mailový program bol požiadaný, aby otvoril novú správu obsahujúcu odkaz s pozvánkou.</translation>
    </message>
    <message>
        <source>Getting the invitation link…</source>
        <translation>Získava sa odkaz s pozvánkou…</translation>
    </message>
    <message>
        <source>The invitation link is not an https:// address.</source>
        <translation>Odkaz s pozvánkou nie je adresa https://.</translation>
    </message>
    <message>
        <source>Invitation to a reseller relationship</source>
        <translation>Pozvánka na vzťah predajcu</translation>
    </message>
    <message>
        <source>Hello,

to let us manage your Microsoft subscriptions as your reseller, please open this link, sign in as a Global admin and accept the invitation:

%1

Thank you.</source>
        <translation>Dobrý deň,

aby sme ako Váš predajca mohli spravovať Vaše predplatné služieb Microsoft, otvorte, prosím, tento odkaz, prihláste sa ako globálny správca a prijmite pozvánku:

%1

Ďakujeme.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Ďalšie kroky</translation>
    </message>
    <message>
        <source>Request or re-establish a relationship with a customer</source>
        <translation>Požiadať o vzťah so zákazníkom alebo ho obnoviť</translation>
    </message>
    <message>
        <source>Get the invitation link to send to the customer.</source>
        <translation>Získajte odkaz s pozvánkou, ktorý pošlete zákazníkovi.</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Odkaz s pozvánkou</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the invitation link</comment>
        <translation>Kopírovať</translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation>Kopírovať odkaz s pozvánkou</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>Otvoriť e-mail</translation>
    </message>
    <message>
        <source>Open e-mail with the invitation link</source>
        <translation>Otvoriť e-mail obsahujúci odkaz s pozvánkou</translation>
    </message>
    <message>
        <source>The invitation link could not be fetched. %1</source>
        <translation>Odkaz s pozvánkou sa nepodarilo získať. %1</translation>
    </message>
    <message>
        <source>No e-mail program is set up on this computer, so no message was opened. Copy the link and paste it into a message.</source>
        <translation>Na tomto počítači nie je nastavený žiadny e-mailový program, preto sa správa neotvorila. Skopírujte odkaz tlačidlom Kopírovať a vložte ho do správy.</translation>
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
        <translation>Nepodarilo sa spojiť s prihlasovacou službou: %1</translation>
    </message>
    <message>
        <source>The sign-in service gave an answer PartnerDesk does not understand (%1).</source>
        <translation>Prihlasovacia služba vrátila odpoveď, ktorej PartnerDesk nerozumie (%1).</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Vaše prihlásenie už nie je platné. Prihláste sa, prosím, znova.</translation>
    </message>
    <message>
        <source>The app registration does not allow this sign-in. Check the application (client) ID and that public client flows are allowed. The service said: %1</source>
        <translation>Registrácia aplikácie toto prihlásenie neumožňuje. Skontrolujte ID aplikácie (klienta) a to, či sú povolené toky verejných klientov. Odpoveď služby: %1</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1): %2</source>
        <comment>%1 is an OAuth error code</comment>
        <translation>Prihlasovacia služba požiadavku odmietla (%1): %2</translation>
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
        <translation>Nepodarilo sa: %1</translation>
    </message>
    <message>
        <source>%1 is offboarded: the reseller relationship is removed.</source>
        <translation>Spolupráca so zákazníkom %1 je ukončená: vzťah predajcu je odstránený.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was not removed.</source>
        <translation>Vzťah predajcu so zákazníkom %1 nebol odstránený.</translation>
    </message>
    <message>
        <source>Your roles (%1) do not allow it. Ask a Global admin or an Admin agent.</source>
        <translation>Vaše roly (%1) to neumožňujú. Požiadajte globálneho správcu alebo agenta správcu.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read; they are left as they are:</source>
        <translation>Vzťahy správcu sa nepodarilo načítať; zostávajú bez zmeny:</translation>
    </message>
    <message>
        <source>Not known whether this was done: %1</source>
        <translation>Nedá sa zistiť, či sa to vykonalo: %1</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli readiness %1&quot; before running offboard again.</source>
        <translation>Pred opätovným spustením offboard overte stav príkazom „partnerdesk-cli readiness %1“.</translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message>
        <source>You may not remove the reseller relationship.</source>
        <translation>Vzťah predajcu nemôžete odstrániť.</translation>
    </message>
    <message>
        <source>A new-commerce subscription past its cancellation window is billed until its term ends.</source>
        <translation>Predplatné v novom obchodnom prostredí sa po uplynutí lehoty na zrušenie fakturuje až do konca obdobia.</translation>
    </message>
    <message>
        <source>Wait for the term end with auto-renew off; then it expires.</source>
        <translation>Vypnite automatické obnovenie a počkajte na koniec obdobia; potom predplatné vyprší.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under the Azure plan are active: %1.</source>
        <translation>
            <numerusform>V pláne Azure je aktívne %Ln predplatné Azure: %1.</numerusform>
            <numerusform>V pláne Azure sú aktívne %Ln predplatné Azure: %1.</numerusform>
            <numerusform>V pláne Azure je aktívnych %Ln predplatných Azure: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable them in the Azure portal (Subscriptions), then suspend the Azure plan.</source>
        <translation>Zakážte ich na portáli Azure (Predplatné) a potom pozastavte plán Azure.</translation>
    </message>
    <message>
        <source>An Azure savings plan is active.</source>
        <translation>Úsporný plán Azure je aktívny.</translation>
    </message>
    <message>
        <source>An Azure reservation is active.</source>
        <translation>Rezervácia Azure je aktívna.</translation>
    </message>
    <message>
        <source>Cancel it in the Azure portal (Savings plans).</source>
        <translation>Zrušte ho na portáli Azure (Úsporné plány).</translation>
    </message>
    <message>
        <source>Cancel or exchange it in the Azure portal (Reservations).</source>
        <translation>Zrušte ju alebo vymeňte na portáli Azure (Rezervácie).</translation>
    </message>
    <message>
        <source>Suspend &quot;%1&quot;</source>
        <translation>Pozastaviť „%1“</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;</source>
        <translation>Zrušiť „%1“</translation>
    </message>
    <message>
        <source>Turn auto-renew off for &quot;%1&quot;</source>
        <translation>Vypnúť automatické obnovenie pre „%1“</translation>
    </message>
    <message>
        <source>Cancel the software purchase &quot;%1&quot;</source>
        <translation>Zrušiť nákup softvéru „%1“</translation>
    </message>
    <message>
        <source>Remove the reseller relationship</source>
        <translation>Odstrániť vzťah predajcu</translation>
    </message>
    <message>
        <source>Terminate the admin relationship &quot;%1&quot;</source>
        <translation>Ukončiť vzťah správcu „%1“</translation>
    </message>
    <message>
        <source>(with its add-ons: %1)</source>
        <translation>(s doplnkami: %1)</translation>
    </message>
    <message>
        <source>What will be done:</source>
        <translation>Čo sa vykoná:</translation>
    </message>
    <message>
        <source>What blocks the removal, and what to do:</source>
        <translation>Čo bráni odstráneniu a čo urobiť:</translation>
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
        <translation>Adresa %1 nie je platná adresa URL.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback). Use https:// for %1.</source>
        <translation>Nešifrované http:// je povolené len pre tento počítač (loopback). Pre %1 použite https://.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1.</source>
        <translation>Podporované sú len adresy https://, nie %1.</translation>
    </message>
    <message>
        <source>The next page is on another server (%1); it was not requested.</source>
        <translation>Ďalšia stránka je na inom serveri (%1), preto sa nevyžiadala.</translation>
    </message>
    <message>
        <source>The answer says the relationship is &quot;%1&quot;, not &quot;none&quot;.</source>
        <translation>Podľa odpovede je vzťah „%1“, nie „none“.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Company profile</source>
        <translation>Profil spoločnosti</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Fakturačné údaje</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Názov spoločnosti:</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Primárna doména:</translation>
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
        <translation>Kontaktná osoba:</translation>
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
        <translation>Objednávka sa ruší v Partnerskom centre…</translation>
    </message>
    <message>
        <source>✓ Cancelled. The order for %1 is cancelled.</source>
        <comment>%1 is a product name</comment>
        <translation>✓ Zrušené. Objednávka produktu %1 je zrušená.</translation>
    </message>
    <message>
        <source>✗ Not cancelled. %1</source>
        <translation>✗ Nezrušené. %1</translation>
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
        <translation>Množstvo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>status of a purchase</comment>
        <translation>Stav:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Platnosť do:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Zrušiť možno do:</translation>
    </message>
    <message>
        <source>Select a purchase to see its details and whether it can still be cancelled.</source>
        <translation>Vyberte nákup, ak chcete zobraziť jeho podrobnosti a zistiť, či ho ešte možno zrušiť.</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <comment>of a purchase</comment>
        <translation>Zrušenie</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Zrušiť objednávku…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Otvoriť portál Azure</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled or exchanged in the Azure portal (or through Azure support), not in Partner Center. Once it is cancelled there, use Refresh.</source>
        <translation>Rezervácie Azure sa rušia alebo vymieňajú na portáli Azure (alebo prostredníctvom podpory Azure), nie v Partnerskom centre. Keď ju tam zrušíte, použite Obnoviť.</translation>
    </message>
    <message>
        <source>PartnerDesk does not know this kind of purchase, so it cannot cancel it.</source>
        <translation>PartnerDesk tento druh nákupu nepozná, a preto ho nemôže zrušiť.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow cancelling purchases. An Admin agent or a Global admin can do it.</source>
        <translation>Vaša rola (%1) neumožňuje rušiť nákupy. Môže to urobiť agent správcu alebo globálny správca.</translation>
    </message>
    <message>
        <source>This purchase can be cancelled until %1. It is refunded according to Microsoft&apos;s cancellation policy; a cancelled order cannot be restored.</source>
        <translation>Tento nákup možno zrušiť do %1. Platba sa vráti podľa zásad zrušenia spoločnosti Microsoft; zrušenú objednávku nemožno obnoviť.</translation>
    </message>
    <message>
        <source>Purchase details</source>
        <translation>Podrobnosti nákupu</translation>
    </message>
    <message>
        <source>The order is being cancelled…</source>
        <translation>Objednávka sa ruší…</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The order could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Výsledok neznámy. %1

Objednávku sa nepodarilo ani znova načítať. Pred ďalším pokusom overte jej stav (práve sa načítava znova).</translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message>
        <source>Cancel software order</source>
        <translation>Zrušiť objednávku softvéru</translation>
    </message>
    <message>
        <source>Cancel the order for %1? The purchase is refunded according to Microsoft&apos;s cancellation policy and cannot be restored.</source>
        <translation>Zrušiť objednávku produktu %1? Platba za nákup sa vráti podľa zásad zrušenia spoločnosti Microsoft a nákup už nebude možné obnoviť.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <comment>confirm cancelling a software order</comment>
        <translation>Zrušiť objednávku</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>Read this customer&apos;s purchases again from Partner Center</source>
        <translation>Znova načítať nákupy tohto zákazníka z Partnerského centra</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Nákupy softvéru a rezervácie Azure</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Nákupy sa nepodarilo načítať</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>Loading purchases…</source>
        <translation>Načítavajú sa nákupy…</translation>
    </message>
    <message>
        <source>No software purchases or Azure reservations</source>
        <translation>Žiadne nákupy softvéru ani rezervácie Azure</translation>
    </message>
    <message>
        <source>This customer has bought no software and no Azure reservations through you, so nothing here stands in the way of removing the relationship.</source>
        <translation>Tento zákazník cez vás nekúpil žiadny softvér ani rezervácie Azure, takže nič z toho nebráni odstráneniu vzťahu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln software purchase(s)</source>
        <translation>
            <numerusform>%Ln nákup softvéru</numerusform>
            <numerusform>%Ln nákupy softvéru</numerusform>
            <numerusform>%Ln nákupov softvéru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure reservation(s)</source>
        <translation>
            <numerusform>%Ln rezervácia Azure</numerusform>
            <numerusform>%Ln rezervácie Azure</numerusform>
            <numerusform>%Ln rezervácií Azure</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchases could not be read again; they are shown as last read. %1</source>
        <translation>Nákupy sa nepodarilo znova načítať; zobrazujú sa tak, ako boli načítané naposledy. %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zobrazí pomocníka k možnostiam príkazového riadka.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zobrazí pomocníka vrátane možností špecifických pre Qt.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Neočakávaný argument „%1“.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zobrazí tohto pomocníka.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zobrazí informácie o verzii.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Použitie: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[možnosti]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Možnosti:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenty:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Neznáma možnosť „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Neznáme možnosti: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Chýba hodnota za „%1“.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Neočakávaná hodnota za „%1“.</translation>
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
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>Án&amp;o</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
</context>
<context>
    <name>ReadinessCommand</name>
    <message>
        <source>The reseller relationship with %1 can be removed.</source>
        <translation>Vzťah predajcu so zákazníkom %1 možno odstrániť.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet.</source>
        <translation>Vzťah predajcu so zákazníkom %1 zatiaľ nemožno odstrániť.</translation>
    </message>
</context>
<context>
    <name>RecommendedSteps</name>
    <message>
        <source>Recommended before the removal</source>
        <translation>Odporúčané pred odstránením</translation>
    </message>
    <message>
        <source>Recommended: terminate the admin relationships</source>
        <translation>Odporúčané: ukončite vzťahy správcu</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Ukončiť všetky…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) still give your organisation admin access to this customer&apos;s tenant. The removal does not end them, and does not wait for them.</source>
        <translation>
            <numerusform>%Ln vzťah správcu stále dáva vašej organizácii prístup správcu k nájomníkovi tohto zákazníka. Odstránenie ho neukončí a nečaká naň.</numerusform>
            <numerusform>%Ln vzťahy správcu stále dávajú vašej organizácii prístup správcu k nájomníkovi tohto zákazníka. Odstránenie ich neukončí a nečaká na ne.</numerusform>
            <numerusform>%Ln vzťahov správcu stále dáva vašej organizácii prístup správcu k nájomníkovi tohto zákazníka. Odstránenie ich neukončí a nečaká na ne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalBlocker</name>
    <message>
        <source>an unknown date</source>
        <comment>in: wait for the term end on %1</comment>
        <translation>neznámy dátum</translation>
    </message>
    <message>
        <source>Active subscription: %1</source>
        <translation>Aktívne predplatné: %1</translation>
    </message>
    <message>
        <source>New-commerce subscription not cancelled: %1</source>
        <translation>Nezrušené predplatné v novom obchodnom prostredí: %1</translation>
    </message>
    <message>
        <source>Azure reservation: %1</source>
        <translation>Rezervácia Azure: %1</translation>
    </message>
    <message>
        <source>Software purchase still cancellable: %1</source>
        <translation>Nákup softvéru, ktorý možno ešte zrušiť: %1</translation>
    </message>
    <message>
        <source>Subscriptions not loaded yet</source>
        <translation>Predplatné ešte nie sú načítané</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Predplatné sa nepodarilo načítať</translation>
    </message>
    <message>
        <source>Suspend this subscription.</source>
        <translation>Pozastavte toto predplatné.</translation>
    </message>
    <message>
        <source>New-commerce subscriptions keep being billed while suspended. Cancel it before %1.</source>
        <translation>Predplatné v novom obchodnom prostredí sa fakturujú aj počas pozastavenia. Toto predplatné zrušte do %1.</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled in the Azure portal or through Azure support, not here.</source>
        <translation>Rezervácie Azure sa rušia na portáli Azure alebo prostredníctvom podpory Azure, nie tu.</translation>
    </message>
    <message>
        <source>Cancel the order before %1, or wait until then.</source>
        <translation>Zrušte objednávku do %1 alebo počkajte, kým táto lehota uplynie.</translation>
    </message>
    <message>
        <source>Whether the relationship can be removed is known once the customer&apos;s subscriptions are loaded.</source>
        <translation>Či možno vzťah odstrániť, bude známe po načítaní predplatných zákazníka.</translation>
    </message>
    <message>
        <source>Without the customer&apos;s subscriptions it is not known whether the relationship can be removed. Try again.</source>
        <translation>Bez predplatných zákazníka nemožno určiť, či je možné vzťah odstrániť. Skúste to znova.</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Nákupy sa nepodarilo načítať</translation>
    </message>
    <message>
        <source>Without the customer&apos;s software purchases and Azure reservations it is not known whether the relationship can be removed. Try again.</source>
        <translation>Bez nákupov softvéru a rezervácií Azure zákazníka nemožno určiť, či je možné vzťah odstrániť. Skúste to znova.</translation>
    </message>
    <message>
        <source>Azure savings plan: %1</source>
        <translation>Úsporný plán Azure: %1</translation>
    </message>
    <message>
        <source>Marketplace subscription: %1</source>
        <translation>Predplatné z Marketplace: %1</translation>
    </message>
    <message>
        <source>Azure plan with active Azure subscriptions: %1</source>
        <translation>Plán Azure s aktívnymi predplatnými Azure: %1</translation>
    </message>
    <message>
        <source>Suspend this subscription. Its add-ons follow it: %1.</source>
        <translation>Pozastavte toto predplatné. Jeho doplnky sa pozastavia s ním: %1.</translation>
    </message>
    <message>
        <source>The cancellation window has passed. Turn auto-renew off here; the subscription stays, and is billed, until its term ends on %1.</source>
        <translation>Lehota na zrušenie uplynula. Vypnite tu automatické obnovenie; predplatné zostane a bude sa fakturovať až do konca obdobia: %1.</translation>
    </message>
    <message>
        <source>The cancellation window has passed and auto-renew is off. The subscription stays, and is billed, until its term ends on %1.</source>
        <translation>Lehota na zrušenie uplynula a automatické obnovenie je vypnuté. Predplatné zostane a bude sa fakturovať až do konca obdobia: %1.</translation>
    </message>
    <message>
        <source>Cancel this marketplace (SaaS) subscription.</source>
        <translation>Zrušte toto predplatné z Marketplace (SaaS).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under this plan are active: %1. Disable them in the Azure portal; until then Partner Center refuses to suspend the plan (error 900115).</source>
        <translation>
            <numerusform>V tomto pláne je aktívne %Ln predplatné Azure: %1. Zakážte ho na portáli Azure; dovtedy Partnerské centrum plán nepozastaví (chyba 900115).</numerusform>
            <numerusform>V tomto pláne sú aktívne %Ln predplatné Azure: %1. Zakážte ich na portáli Azure; dovtedy Partnerské centrum plán nepozastaví (chyba 900115).</numerusform>
            <numerusform>V tomto pláne je aktívnych %Ln predplatných Azure: %1. Zakážte ich na portáli Azure; dovtedy Partnerské centrum plán nepozastaví (chyba 900115).</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure savings plans are cancelled in the Azure portal, not here.</source>
        <translation>Úsporné plány Azure sa rušia na portáli Azure, nie tu.</translation>
    </message>
</context>
<context>
    <name>RemovalPanel</name>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Odstrániť vzťah predajcu</translation>
    </message>
    <message>
        <source>Ends your reseller relationship with this customer. You will be asked to confirm.</source>
        <translation>Ukončí váš vzťah predajcu s týmto zákazníkom. Budete požiadaní o potvrdenie.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow removing a reseller relationship. An Admin agent, a Sales agent or a Global admin can do it.</source>
        <translation>Vaša rola (%1) neumožňuje odstrániť vzťah predajcu. Môže to urobiť agent správcu, obchodný agent alebo globálny správca.</translation>
    </message>
    <message>
        <source>No subscription is active and nothing else blocks the removal.</source>
        <translation>Žiadne predplatné nie je aktívne a odstráneniu nič iné nebráni.</translation>
    </message>
</context>
<context>
    <name>RemovalReadiness</name>
    <message>
        <source>If any subscriptions are still active, the Remove reseller relationship action is unavailable.</source>
        <translation>Ak sú niektoré predplatné stále aktívne, akcia Odstrániť vzťah predajcu nie je k dispozícii.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active subscription(s)</source>
        <translation>
            <numerusform>%Ln aktívne predplatné</numerusform>
            <numerusform>%Ln aktívne predplatné</numerusform>
            <numerusform>%Ln aktívnych predplatných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) still block the removal.</source>
        <translation>
            <numerusform>%Ln položka stále bráni odstráneniu.</numerusform>
            <numerusform>%Ln položky stále bránia odstráneniu.</numerusform>
            <numerusform>%Ln položiek stále bráni odstráneniu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalResultDialog</name>
    <message>
        <source>Reseller relationship removed</source>
        <translation>Vzťah predajcu bol odstránený</translation>
    </message>
    <message>
        <source>✓ The reseller relationship with %1 (%2) has been removed. The customer is no longer in your customer list.</source>
        <translation>✓ Vzťah predajcu so zákazníkom %1 (%2) bol odstránený. Zákazník už nie je vo vašom zozname zákazníkov.</translation>
    </message>
    <message>
        <source>✓ Admin relationship “%1”: termination requested; Microsoft Graph ends it within minutes.</source>
        <translation>✓ Vzťah správcu „%1“: ukončenie vyžiadané; Microsoft Graph ho ukončí do niekoľkých minút.</translation>
    </message>
    <message>
        <source>⚠ Admin relationship “%1”: it is not known whether the termination was requested. %2</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ Vzťah správcu „%1“: nie je známe, či bolo ukončenie vyžiadané. %2</translation>
    </message>
    <message>
        <source>✗ Admin relationship “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ Vzťah správcu „%1“ nebol ukončený. %2</translation>
    </message>
    <message>
        <source>The admin relationships could not be read, so none was terminated. Check them in Partner Center.</source>
        <translation>Vzťahy správcu sa nepodarilo načítať, preto žiadny nebol ukončený. Skontrolujte ich v Partnerskom centre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) with the customer remain active: your organisation keeps admin access to its tenant until they are terminated or end.</source>
        <translation>
            <numerusform>%Ln vzťah správcu so zákazníkom zostáva aktívny: vaša organizácia si ponechá prístup správcu k jeho nájomníkovi, kým nebude ukončený alebo nevyprší.</numerusform>
            <numerusform>%Ln vzťahy správcu so zákazníkom zostávajú aktívne: vaša organizácia si ponechá prístup správcu k jeho nájomníkovi, kým nebudú ukončené alebo nevypršia.</numerusform>
            <numerusform>%Ln vzťahov správcu so zákazníkom zostáva aktívnych: vaša organizácia si ponechá prístup správcu k jeho nájomníkovi, kým nebudú ukončené alebo nevypršia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipCommand</name>
    <message>
        <source>Checking the customer&apos;s subscriptions and purchases…</source>
        <translation>Kontrolujú sa predplatné a nákupy zákazníka…</translation>
    </message>
    <message>
        <source>Removing the reseller relationship…</source>
        <translation>Odstraňuje sa vzťah predajcu…</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet:</source>
        <translation>Vzťah predajcu so zákazníkom %1 zatiaľ nemožno odstrániť:</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was removed.</source>
        <translation>Vzťah predajcu so zákazníkom %1 bol odstránený.</translation>
    </message>
    <message>
        <source>To work with the customer again, send them the invitation link from &quot;partnerdesk-cli request-link&quot;.</source>
        <translation>Ak chcete so zákazníkom znova spolupracovať, pošlite mu odkaz s pozvánkou z príkazu „partnerdesk-cli request-link“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the primary domain of %2; nothing was changed. Type the primary domain after --confirm.</source>
        <translation>„%1“ nie je primárna doména zákazníka %2; nič sa nezmenilo. Za --confirm zadajte primárnu doménu.</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli customers --domain %1&quot; before trying again: if the relationship was removed, the customer is no longer listed or shows no relationship.</source>
        <translation>Pred ďalším pokusom to overte príkazom „partnerdesk-cli customers --domain %1“: ak bol vzťah odstránený, zákazník už v zozname nie je alebo nemá žiadny vzťah.</translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipFlow</name>
    <message>
        <source>Checking the subscriptions again…</source>
        <translation>Predplatné sa znova kontrolujú…</translation>
    </message>
    <message>
        <source>Removing the relationship…</source>
        <translation>Odstraňuje sa vzťah…</translation>
    </message>
    <message>
        <source>The relationship was not removed</source>
        <translation>Vzťah nebol odstránený</translation>
    </message>
    <message>
        <source>The relationship may have been removed</source>
        <translation>Vzťah možno bol odstránený</translation>
    </message>
    <message>
        <source>%1

The customer could not be read back either. Before trying again, check in the customer list whether the reseller relationship is still there.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>%1

Zákazníka sa nepodarilo ani znova načítať. Pred ďalším pokusom overte v zozname zákazníkov, či vzťah predajcu stále trvá.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <comment>%1 is the error message with its details</comment>
        <translation>Neodstránené. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>remove the reseller relationship again after it failed</comment>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>Not removed. Partner Center now reports something that blocks the removal, so nothing was sent. The subscriptions have been refreshed.

%1</source>
        <translation>Neodstránené. Partnerské centrum teraz hlási niečo, čo bráni odstráneniu, preto sa nič neodoslalo. Zoznam predplatných sa aktualizoval.

%1</translation>
    </message>
    <message>
        <source>Terminating the admin relationships…</source>
        <translation>Ukončujú sa vzťahy správcu…</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>The file is not the journal of a run.</source>
        <translation>Súbor nie je denníkom hromadného spustenia.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Denník nie je otvorený.</translation>
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
        <translation>Zákazník / akcia</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Details and what to do</source>
        <translation>Podrobnosti a čo robiť</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID korelácie</translation>
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
        <translation>Otvoriť vybratého zákazníka</translation>
    </message>
    <message>
        <source>Next section of a customer (Subscriptions, Purchases, Account)</source>
        <translation>Ďalšia časť zákazníka (Predplatné, Nákupy, Konto)</translation>
    </message>
    <message>
        <source>Previous section of a customer</source>
        <translation>Predchádzajúca časť zákazníka</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Všade</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Ďalší ovládací prvok</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Predchádzajúci ovládací prvok</translation>
    </message>
    <message>
        <source>Open a menu, or use the control whose letter is underlined</source>
        <translation>Otvoriť ponuku alebo použiť ovládací prvok s podčiarknutým písmenom</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <comment>the Alt key with the underlined letter</comment>
        <translation>Alt+písmeno</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové skratky</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kláves</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcia</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2.</source>
        <translation>Ak sa chcete prihlásiť, otvorte v prehliadači %1 a zadajte kód %2.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in (the code is valid until %1)…</source>
        <translation>Čaká sa na prihlásenie (kód platí do %1)…</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Neprihlásené: %1</translation>
    </message>
    <message>
        <source>Signed in as %1, but the sign-in is lost when this command ends.</source>
        <translation>Prihlásené ako %1, ale po skončení tohto príkazu sa prihlásenie stratí.</translation>
    </message>
    <message>
        <source>The keychain did not store it.</source>
        <translation>Kľúčenka ho neuložila.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>No keychain</source>
        <translation>Bez kľúčenky</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Odhlásené</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Signed out. Commands use the sandbox again.</source>
        <translation>Odhlásené. Príkazy znova pracujú so sandboxom.</translation>
    </message>
</context>
<context>
    <name>SignedInTokenSource</name>
    <message>
        <source>You are signed out.</source>
        <translation>Ste odhlásení.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Platnosť vášho prihlásenia vypršala. Prihláste sa, prosím, znova.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Nie ste prihlásení.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetailsPanel</name>
    <message>
        <source>Select a subscription to see its details and change its status.</source>
        <translation>Vyberte predplatné, ak chcete zobraziť jeho podrobnosti a zmeniť jeho stav.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Zmeniť stav</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktívne</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status</comment>
        <translation>Pozastavené</translation>
    </message>
    <message>
        <source>Submit</source>
        <comment>apply the chosen subscription status</comment>
        <translation>Odoslať</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions. An Admin agent or a Global admin can do it.</source>
        <translation>Vaša rola (%1) neumožňuje meniť predplatné. Môže to urobiť agent správcu alebo globálny správca.</translation>
    </message>
    <message>
        <source>A subscription that is %1 cannot be changed any more.</source>
        <comment>%1 is a status such as Expired</comment>
        <translation>Predplatné v stave „%1“ už nemožno meniť.</translation>
    </message>
    <message>
        <source>Subscription details</source>
        <translation>Podrobnosti predplatného</translation>
    </message>
    <message>
        <source>On</source>
        <comment>auto-renew</comment>
        <translation>Zapnuté</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-renew</comment>
        <translation>Vypnuté</translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>Odosiela sa zmena…</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation>Vyberte iný stav, než je aktuálny.</translation>
    </message>
    <message>
        <source>Sending the change to Partner Center…</source>
        <translation>Zmena sa odosiela do Partnerského centra…</translation>
    </message>
    <message>
        <source>✓ Done. %1 is now %2.</source>
        <comment>%1 subscription, %2 its status</comment>
        <translation>✓ Hotovo. Predplatné %1 má teraz stav „%2“.</translation>
    </message>
    <message>
        <source>✗ Not changed. %1</source>
        <translation>✗ Bez zmeny. %1</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The subscription could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Výsledok neznámy. %1

Predplatné sa nepodarilo ani znova načítať. Pred ďalším pokusom overte jeho stav (práve sa načítava znova).</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Zrušiť predplatné</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled new-commerce subscription cannot be reactivated. It is refunded according to Microsoft&apos;s cancellation policy.</source>
        <translation>Zrušiť predplatné %1? Zrušenie je konečné: zrušené predplatné v novom obchodnom prostredí nemožno znova aktivovať. Peniaze sa vracajú podľa zásad zrušenia od Microsoftu.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>confirm cancelling a new-commerce subscription</comment>
        <translation>Zrušiť predplatné</translation>
    </message>
    <message>
        <source>Possible until %1.</source>
        <comment>cancelling a new-commerce subscription</comment>
        <translation>Možné do %1.</translation>
    </message>
    <message>
        <source>Auto-renew at the term end</source>
        <translation>Automatické obnovenie na konci obdobia</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled marketplace subscription cannot be reactivated.</source>
        <translation>Zrušiť predplatné %1? Zrušenie je konečné: zrušené predplatné z Marketplace nemožno znova aktivovať.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <translation>Vypnúť automatické obnovenie</translation>
    </message>
    <message>
        <source>Turn auto-renew off for %1? This stops the renewal, not the bill: the subscription stays, and is billed, until its term ends on %2.</source>
        <translation>Vypnúť automatické obnovenie predplatného %1? Zastaví sa tým obnovenie, nie fakturácia: predplatné zostane a bude sa fakturovať až do konca obdobia: %2.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <comment>confirm</comment>
        <translation>Vypnúť automatické obnovenie</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now on for %1.</source>
        <translation>✓ Automatické obnovenie predplatného %1 je zapnuté.</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now off for %1. It stays until its term ends on %2.</source>
        <translation>✓ Automatické obnovenie predplatného %1 je vypnuté. Predplatné zostane do konca obdobia: %2.</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Ponuka:</translation>
    </message>
    <message>
        <source>Subscription ID:</source>
        <translation>ID predplatného:</translation>
    </message>
    <message>
        <source>Base subscription:</source>
        <comment>the subscription an add-on belongs to</comment>
        <translation>Základné predplatné:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Doplnky:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Množstvo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>subscription status</comment>
        <translation>Stav:</translation>
    </message>
    <message>
        <source>Billing cycle:</source>
        <translation>Fakturačný cyklus:</translation>
    </message>
    <message>
        <source>Commitment end:</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Koniec záväzku:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <translation>Zrušiť možno do:</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>Automatické obnovenie:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an add-on&apos;s name and its status</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Suspending it suspends its %Ln active add-on(s) too: %1.</source>
        <translation>
            <numerusform>Jeho pozastavením sa pozastaví aj %Ln aktívny doplnok: %1.</numerusform>
            <numerusform>Jeho pozastavením sa pozastavia aj %Ln aktívne doplnky: %1.</numerusform>
            <numerusform>Jeho pozastavením sa pozastaví aj %Ln aktívnych doplnkov: %1.</numerusform>
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
        <translation>%1. Nové obchodné prostredie: fakturuje sa aj počas pozastavenia; pred odstránením vzťahu treba predplatné zrušiť alebo nechať dobehnúť do konca obdobia.</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <comment>subscription name of an add-on</comment>
        <translation>%1 (doplnok)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ponuka</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Množstvo</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>subscription status</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Fakturačný cyklus</translation>
    </message>
    <message>
        <source>Commitment end</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Koniec záväzku</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a new-commerce subscription can be cancelled</comment>
        <translation>Zrušiť možno do</translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>an add-on&apos;s name, then its base subscription&apos;s</comment>
        <translation>%1 — doplnok k %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionStatusJob</name>
    <message>
        <source>%1 is now %2, with its base subscription.</source>
        <comment>%1 an add-on, %2 its status</comment>
        <translation>%1 je teraz v stave %2 spolu so základným predplatným.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsCommand</name>
    <message>
        <source>Subscription ID</source>
        <translation>ID predplatného</translation>
    </message>
    <message>
        <source>%1 has no subscriptions.</source>
        <translation>Zákazník %1 nemá žiadne predplatné.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>Suspend all active…</source>
        <translation>Pozastaviť všetky aktívne…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>Read this customer&apos;s subscriptions again from Partner Center</source>
        <translation>Znova načítať predplatné tohto zákazníka z Partnerského centra</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Predplatné</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions.</source>
        <translation>Vaša rola (%1) neumožňuje meniť predplatné.</translation>
    </message>
    <message>
        <source>The subscriptions are still loading.</source>
        <translation>Predplatné sa ešte načítavajú.</translation>
    </message>
    <message>
        <source>Suspending is already under way.</source>
        <translation>Pozastavovanie už prebieha.</translation>
    </message>
    <message>
        <source>No subscription is active.</source>
        <translation>Žiadne predplatné nie je aktívne.</translation>
    </message>
    <message>
        <source>Suspend every active subscription of this customer, with a result for each</source>
        <translation>Pozastaviť všetky aktívne predplatné tohto zákazníka a pri každom zobraziť výsledok</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Predplatné sa nepodarilo načítať</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Načítavajú sa predplatné…</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>Žiadne predplatné</translation>
    </message>
    <message>
        <source>This customer has no subscriptions with you.</source>
        <translation>Tento zákazník u vás nemá žiadne predplatné.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln predplatné</numerusform>
            <numerusform>%Ln predplatné</numerusform>
            <numerusform>%Ln predplatných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <comment>subscriptions</comment>
        <translation>
            <numerusform>%Ln aktívne</numerusform>
            <numerusform>%Ln aktívne</numerusform>
            <numerusform>%Ln aktívnych</numerusform>
        </translation>
    </message>
    <message>
        <source>The subscriptions could not be read again; they are shown as last read. %1</source>
        <translation>Predplatné sa nepodarilo znova načítať; zobrazujú sa tak, ako boli načítané naposledy. %1</translation>
    </message>
</context>
<context>
    <name>SuspendAllDialog</name>
    <message>
        <source>Suspend all active subscriptions</source>
        <translation>Pozastaviť všetky aktívne predplatné</translation>
    </message>
    <message>
        <source>Suspending every active subscription: base subscriptions first, then their add-ons. Partner Center may ask us to slow down; that is handled for you.</source>
        <translation>Pozastavujú sa všetky aktívne predplatné: najprv základné predplatné, potom ich doplnky. Partnerské centrum môže požiadať o spomalenie; o to sa aplikácia postará sama.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Priebeh</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Zopakovať neúspešné</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Načítavajú sa predplatné…</translation>
    </message>
    <message>
        <source>No subscription was active. Nothing to do.</source>
        <translation>Žiadne predplatné nebolo aktívne. Nie je čo robiť.</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed. Retry failed tries again what is still active.</source>
        <translation>Pozastavené: %1, zlyhalo: %2. Tlačidlo Zopakovať neúspešné skúsi znova tie predplatné, ktoré sú stále aktívne.</translation>
    </message>
    <message>
        <source>✓ %1 — suspended</source>
        <translation>✓ %1 — pozastavené</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed, %3 not known. Check the status of those marked ⚠ in the Subscriptions list before trying again.</source>
        <translation>Pozastavené: %1, zlyhalo: %2, neznámy výsledok: %3. Pred ďalším pokusom overte stav predplatných označených ⚠ v zozname Predplatné.</translation>
    </message>
    <message>
        <source>⚠ %1 — not known whether suspended: %2</source>
        <translation>⚠ %1 — nie je známe, či bolo pozastavené: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln subscription(s) done…</source>
        <translation>
            <numerusform>Hotovo: %1 z %Ln predplatného…</numerusform>
            <numerusform>Hotovo: %1 z %Ln predplatných…</numerusform>
            <numerusform>Hotovo: %1 z %Ln predplatných…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %Ln subscription(s) suspended; the rest are unchanged.</source>
        <translation>
            <numerusform>Prerušené. %Ln predplatné bolo pozastavené, ostatné zostali bez zmeny.</numerusform>
            <numerusform>Prerušené. %Ln predplatné boli pozastavené, ostatné zostali bez zmeny.</numerusform>
            <numerusform>Prerušené. %Ln predplatných bolo pozastavených, ostatné zostali bez zmeny.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Done: %Ln subscription(s) suspended.</source>
        <translation>
            <numerusform>✓ Hotovo: %Ln predplatné bolo pozastavené.</numerusform>
            <numerusform>✓ Hotovo: %Ln predplatné boli pozastavené.</numerusform>
            <numerusform>✓ Hotovo: %Ln predplatných bolo pozastavených.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln predplatné</numerusform>
            <numerusform>%Ln predplatné</numerusform>
            <numerusform>%Ln predplatných</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>a subscription to be suspended</comment>
        <translation>%1 — doplnok k %2</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln subscription(s)</source>
        <translation>
            <numerusform>Pozastaviť %Ln predplatné</numerusform>
            <numerusform>Pozastaviť %Ln predplatné</numerusform>
            <numerusform>Pozastaviť %Ln predplatných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln active subscription(s) will be suspended, base subscriptions first, then their add-ons. New-commerce subscriptions are still billed while suspended.</source>
        <translation>
            <numerusform>Pozastaví sa toto %Ln aktívne predplatné, najprv základné predplatné, potom ich doplnky. Predplatné v novom obchodnom prostredí sa fakturuje aj počas pozastavenia.</numerusform>
            <numerusform>Pozastavia sa tieto %Ln aktívne predplatné, najprv základné predplatné, potom ich doplnky. Predplatné v novom obchodnom prostredí sa fakturuje aj počas pozastavenia.</numerusform>
            <numerusform>Pozastaví sa týchto %Ln aktívnych predplatných, najprv základné predplatné, potom ich doplnky. Predplatné v novom obchodnom prostredí sa fakturuje aj počas pozastavenia.</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscription is active. Nothing to do.</source>
        <translation>Žiadne predplatné nie je aktívne. Nie je čo robiť.</translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message>
        <source>Suspended %1 of %2.</source>
        <translation>Pozastavené: %1 z %2.</translation>
    </message>
    <message>
        <source>%1 has no active subscriptions.</source>
        <translation>Zákazník %1 nemá žiadne aktívne predplatné.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>result of suspending a subscription</comment>
        <translation>Pozastavené</translation>
    </message>
    <message>
        <source>Already suspended</source>
        <translation>Už pozastavené</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of suspending a subscription</comment>
        <translation>Zlyhalo</translation>
    </message>
    <message>
        <source>%1 (%2) was not suspended:</source>
        <translation>Predplatné %1 (%2) nebolo pozastavené:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nenašlo sa</translation>
    </message>
    <message>
        <source>The customer has no subscription with this ID.</source>
        <translation>Zákazník nemá žiadne predplatné s týmto ID.</translation>
    </message>
    <message>
        <source>%1: the customer has no subscription with this ID.</source>
        <translation>%1: zákazník nemá žiadne predplatné s týmto ID.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>ID predplatného</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of suspending a subscription: it may or may not have been suspended</comment>
        <translation>Výsledok neznámy</translation>
    </message>
    <message>
        <source>%1 (%2) may or may not have been suspended:</source>
        <translation>Nie je známe, či bolo predplatné %1 (%2) pozastavené:</translation>
    </message>
    <message>
        <source>Check its status with &quot;partnerdesk-cli subscriptions %1&quot; before trying again.</source>
        <translation>Pred ďalším pokusom overte jeho stav príkazom „partnerdesk-cli subscriptions %1“.</translation>
    </message>
    <message numerus="yes">
        <source>Suspending %Ln active subscription(s)…</source>
        <translation>
            <numerusform>Pozastavuje sa %Ln aktívne predplatné…</numerusform>
            <numerusform>Pozastavujú sa %Ln aktívne predplatné…</numerusform>
            <numerusform>Pozastavuje sa %Ln aktívnych predplatných…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down: %Ln request(s) at a time.</source>
        <translation>
            <numerusform>Partnerské centrum požiadalo o spomalenie: %Ln požiadavka naraz.</numerusform>
            <numerusform>Partnerské centrum požiadalo o spomalenie: %Ln požiadavky naraz.</numerusform>
            <numerusform>Partnerské centrum požiadalo o spomalenie: %Ln požiadaviek naraz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended with its base subscription.</source>
        <translation>Pozastavené spolu so základným predplatným.</translation>
    </message>
</context>
<context>
    <name>TerminateAdminRelationshipsJob</name>
    <message>
        <source>The admin relationship “%1” is %2: only an active one can be terminated.</source>
        <comment>%1 is the relationship name, %2 its status</comment>
        <translation>Vzťah správcu „%1“ má stav %2: ukončiť možno len aktívny vzťah.</translation>
    </message>
    <message>
        <source>Microsoft Graph is not connected, so admin relationships cannot be terminated here.</source>
        <translation>Microsoft Graph nie je pripojený, preto tu vzťahy správcu nemožno ukončiť.</translation>
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <source>Global admin</source>
        <comment>Microsoft Entra role</comment>
        <translation>Globálny správca</translation>
    </message>
    <message>
        <source>Admin agent</source>
        <comment>Partner Center role</comment>
        <translation>Agent správcu</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <comment>Partner Center role</comment>
        <translation>Obchodný agent</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <comment>Partner Center role</comment>
        <translation>Agent helpdesku</translation>
    </message>
    <message>
        <source>no Partner Center role</source>
        <translation>žiadna rola v Partnerskom centre</translation>
    </message>
    <message>
        <source>roles not stated</source>
        <translation>roly nie sú uvedené</translation>
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
        <translation>Neznámy: prístupový token neuvádza, komu patrí.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Meno: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Používateľ: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roly: %1</translation>
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
        <translation>Ukončuje vzťahy predajcu so zákazníkmi CSP a najprv odstráni to, čo tomu bráni.</translation>
    </message>
    <message>
        <source>Partner Center-compatible endpoint for this run (default: the account chosen in the File menu, else the embedded sandbox).</source>
        <translation>Koncový bod kompatibilný s Partnerským centrom pre toto spustenie (predvolený: konto zvolené v ponuke Súbor, inak vstavaný sandbox).</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>File holding an access token (or PARTNERDESK_ACCESS_TOKEN).</source>
        <translation>Súbor s prístupovým tokenom (alebo PARTNERDESK_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command-line value name</comment>
        <translation>súbor</translation>
    </message>
    <message>
        <source>UI language: %1.</source>
        <translation>Jazyk rozhrania: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name</comment>
        <translation>kód</translation>
    </message>
    <message>
        <source>Print how long the window took to appear, then quit.</source>
        <translation>Vypíše, ako dlho trvalo, kým sa okno zobrazilo, a skončí.</translation>
    </message>
    <message>
        <source>--endpoint needs --access-token-file or PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>--endpoint vyžaduje --access-token-file alebo PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
</context>
</TS>
