<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>A PartnerDesk névjegye</translation>
    </message>
    <message>
        <source>PartnerDesk %1</source>
        <translation>PartnerDesk %1</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers, clearing what blocks them first.</source>
        <translation>Megszünteti a viszonteladói kapcsolatot a Microsoft CSP-ügyfelekkel, miután elhárította, ami ezt akadályozza.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 verzióval készült, Qt %2 verzión fut.</translation>
    </message>
    <message>
        <source>PartnerDesk ships with these components, each under its own licence:</source>
        <translation>A PartnerDesk a következő összetevőket tartalmazza, mindegyiket a saját licencével:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a component and its licence</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>A &amp;Qt névjegye</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>Sign &amp;in to Partner Center…</source>
        <translation>&amp;Bejelentkezés a Partnerközpontba…</translation>
    </message>
    <message>
        <source>Co&amp;nnection settings…</source>
        <translation>Kapcs&amp;olati beállítások…</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <comment>File menu: work on the demo data</comment>
        <translation>&amp;Tesztkörnyezet használata</translation>
    </message>
    <message>
        <source>Work on the demo data on this computer instead of Partner Center; the sign-in is kept</source>
        <translation>Munka a Partnerközpont helyett a számítógépen tárolt bemutatóadatokkal; a bejelentkezés megmarad</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Kijelentke&amp;zés</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Not signed in</source>
        <translation>Nincs bejelentkezve</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <comment>user name; roles</comment>
        <translation>Bejelentkezve: %1 — %2</translation>
    </message>
</context>
<context>
    <name>ActivityCommand</name>
    <message numerus="yes">
        <source>%Ln line(s) of the audit log could not be read and were left out.</source>
        <translation>
            <numerusform>Az auditnapló %Ln sora nem volt olvasható, ezért kimaradt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <source>&amp;Customer:</source>
        <comment>activity filter</comment>
        <translation>Ügy&amp;fél:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Minden ügyfél</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>activity filter</comment>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Choose a customer, or type part of a company name, a customer ID or a primary domain</source>
        <translation>Válasszon ügyfelet, vagy írja be egy vállalatnév részét, egy ügyfél-azonosítót vagy egy elsődleges tartományt</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>activity filter</comment>
        <translation>&amp;Művelet:</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>activity filter</comment>
        <translation>Művelet</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Minden művelet</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <comment>activity filter</comment>
        <translation>&amp;Eredmény:</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>activity filter</comment>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Minden eredmény</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>activity filter: first day shown</comment>
        <translation>Ettő&amp;l</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Az első megjelenített nap</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>activity filter: last day shown</comment>
        <translation>Edd&amp;ig</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Az utolsó megjelenített nap</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Szűrők &amp;törlése</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Attempted</source>
        <comment>result of a change in the activity log: sent, answer not yet in</comment>
        <translation>Elküldve</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>result of a change in the activity log</comment>
        <translation>Sikeres</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of a change in the activity log</comment>
        <translation>Sikertelen</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>result of a change in the activity log: not sent, refused here</comment>
        <translation>Elutasítva</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>result of a change in the activity log: stopped by the user</comment>
        <translation>Megszakítva</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a status change: old → new</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <comment>an error message and its code</comment>
        <translation>%1 (kód: %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>column of the activity log</comment>
        <translation>Idő</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>column of the activity log</comment>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column of the activity log</comment>
        <translation>Művelet</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>column of the activity log: the subscription or order changed</comment>
        <translation>Elem</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column of the activity log: old status → new status</comment>
        <translation>Változás</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column of the activity log</comment>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>column of the activity log: the error, if any</comment>
        <translation>Részletek</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <comment>column of the activity log</comment>
        <translation>Korrelációs azonosító</translation>
    </message>
    <message>
        <source>User</source>
        <comment>column of the activity log: who was signed in</comment>
        <translation>Felhasználó</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of a change in the activity log: its answer was lost and reading it back failed; it may or may not have been made</comment>
        <translation>Ismeretlen</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — PartnerDesk</source>
        <comment>window title</comment>
        <translation>Tevékenység — PartnerDesk</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tevékenység</translation>
    </message>
    <message>
        <source>Every change made from this computer, newest first: what was changed, for which customer, by whom, and what Partner Center answered.</source>
        <translation>Az erről a számítógépről végzett összes módosítás, a legújabbal kezdve: mi módosult, melyik ügyfélnél, ki végezte, és mit válaszolt a Partnerközpont.</translation>
    </message>
    <message>
        <source>Search by customer, item, error or ID</source>
        <translation>Keresés ügyfél, elem, hiba vagy azonosító szerint</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Keresés a tevékenységben</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportálása…</translation>
    </message>
    <message>
        <source>Save the entries as currently filtered to a CSV file</source>
        <translation>A jelenleg szűrt bejegyzések mentése CSV-fájlba</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Adatmappa megnyitása</translation>
    </message>
    <message>
        <source>Show the folder that holds the audit log (%1)</source>
        <translation>Az auditnaplót tartalmazó mappa megjelenítése (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <comment>in the activity log</comment>
        <translation>
            <numerusform>%Ln bejegyzés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown entries of all; %1 is &quot;5 entries&quot;</comment>
        <translation>
            <numerusform>%Ln közül %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, reading…</source>
        <comment>entry count while the log is still being read</comment>
        <translation>%1, olvasás folyamatban…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the log could not be read and are not shown.</source>
        <translation>
            <numerusform>A napló %Ln sora nem volt olvasható, ezért nem jelenik meg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the activity log…</source>
        <translation>A tevékenységnapló olvasása…</translation>
    </message>
    <message>
        <source>No entry matches the filters</source>
        <translation>Egyetlen bejegyzés sem felel meg a szűrőknek</translation>
    </message>
    <message>
        <source>Search looks at the customer, the item, the error, the user and the IDs.</source>
        <translation>A keresés az ügyfélre, az elemre, a hibára, a felhasználóra és az azonosítókra terjed ki.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Szűrők törlése</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Még nincs tevékenység</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes — suspensions, cancellations, removals — is recorded here with its result and correlation ID.</source>
        <translation>A PartnerDesk minden módosítását — felfüggesztést, lemondást, eltávolítást — itt rögzíti az eredménnyel és a korrelációs azonosítóval együtt.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s) to %1</source>
        <translation>
            <numerusform>%Ln bejegyzés exportálva ide: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>activity.csv</source>
        <comment>default export file name</comment>
        <translation>tevekenyseg.csv</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Adatmappa megnyitása</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Nem sikerült megnyitni a mappát (%1).</translation>
    </message>
</context>
<context>
    <name>AdminRelationship</name>
    <message>
        <source>Active</source>
        <comment>admin relationship status</comment>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Activating</source>
        <comment>admin relationship status</comment>
        <translation>Aktiválás alatt</translation>
    </message>
    <message>
        <source>Expiring</source>
        <comment>admin relationship status</comment>
        <translation>Hamarosan lejár</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>admin relationship status</comment>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Termination requested</source>
        <comment>admin relationship status</comment>
        <translation>Megszüntetés kérve</translation>
    </message>
    <message>
        <source>Terminating</source>
        <comment>admin relationship status</comment>
        <translation>Megszüntetés alatt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>admin relationship status</comment>
        <translation>Megszüntetve</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>admin relationship status</comment>
        <translation>Létrehozva</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <comment>admin relationship status</comment>
        <translation>Jóváhagyásra vár</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>admin relationship status</comment>
        <translation>Jóváhagyva</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipModel</name>
    <message>
        <source>Name</source>
        <comment>name of an admin relationship</comment>
        <translation>Név</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of an admin relationship</comment>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>Microsoft Entra roles an admin relationship grants</comment>
        <translation>Szerepkörök</translation>
    </message>
    <message>
        <source>Ends</source>
        <comment>end date of an admin relationship</comment>
        <translation>Lejárat</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsCommand</name>
    <message>
        <source>Relationship ID</source>
        <translation>Kapcsolatazonosító</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Szerepkörök</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Lejárat</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsSection</name>
    <message>
        <source>Admin relationships</source>
        <translation>Rendszergazdai kapcsolatok</translation>
    </message>
    <message>
        <source>Granular delegated admin privileges (GDAP) give your organisation admin roles in the customer&apos;s tenant. Removing the reseller relationship does not end them: terminate them here.</source>
        <translation>A részletes delegált rendszergazdai jogosultságok (GDAP) rendszergazdai szerepköröket adnak a szervezetének az ügyfél bérlőjében. A viszonteladói kapcsolat eltávolítása nem szünteti meg őket: itt szüntesse meg őket.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Read the admin relationships again</source>
        <translation>A rendszergazdai kapcsolatok újraolvasása</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <comment>end the selected admin relationship</comment>
        <translation>Megszüntetés…</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Összes megszüntetése…</translation>
    </message>
    <message>
        <source>The admin relationships cannot be read: PartnerDesk is not connected to Microsoft Graph.</source>
        <translation>A rendszergazdai kapcsolatok nem olvashatók: a PartnerDesk nem csatlakozik a Microsoft Graphhoz.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read from Microsoft Graph. %1</source>
        <comment>%1 says why</comment>
        <translation>A rendszergazdai kapcsolatokat nem sikerült beolvasni a Microsoft Graphból. %1</translation>
    </message>
    <message>
        <source>The list below is as last read.</source>
        <translation>Az alábbi lista a legutóbbi beolvasás állapota.</translation>
    </message>
    <message>
        <source>Reading the admin relationships from Microsoft Graph…</source>
        <translation>A rendszergazdai kapcsolatok beolvasása a Microsoft Graphból…</translation>
    </message>
    <message>
        <source>No admin relationships: Microsoft Graph lists none with this customer&apos;s tenant.</source>
        <translation>Nincs rendszergazdai kapcsolat: a Microsoft Graph egyet sem tart nyilván az ügyfél bérlőjével.</translation>
    </message>
    <message>
        <source>No admin relationship is active: none gives your organisation admin access any more.</source>
        <translation>Egyik rendszergazdai kapcsolat sem aktív: már egyik sem ad rendszergazdai hozzáférést a szervezetének.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): on. They end with the reseller relationship.</source>
        <translation>Régi delegált rendszergazdai jogosultságok (DAP): bekapcsolva. A viszonteladói kapcsolattal együtt megszűnnek.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): off.</source>
        <translation>Régi delegált rendszergazdai jogosultságok (DAP): kikapcsolva.</translation>
    </message>
    <message>
        <source>A termination is in progress.</source>
        <translation>Megszüntetés van folyamatban.</translation>
    </message>
    <message>
        <source>Select an active admin relationship first.</source>
        <translation>Először jelöljön ki egy aktív rendszergazdai kapcsolatot.</translation>
    </message>
    <message>
        <source>Only an active admin relationship can be terminated; this one is %1.</source>
        <translation>Csak aktív rendszergazdai kapcsolat szüntethető meg; ennek állapota: %1.</translation>
    </message>
    <message>
        <source>No admin relationship is active.</source>
        <translation>Egyik rendszergazdai kapcsolat sem aktív.</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <translation>Rendszergazdai kapcsolat megszüntetése</translation>
    </message>
    <message>
        <source>Terminate the admin relationship “%1” with %2?</source>
        <comment>%1 relationship, %2 company</comment>
        <translation>Megszünteti a(z) „%1” rendszergazdai kapcsolatot ezzel az ügyféllel: %2?</translation>
    </message>
    <message>
        <source>Your organisation loses the roles it grants in the customer&apos;s tenant: %1.</source>
        <translation>A szervezete elveszíti az általa adott szerepköröket az ügyfél bérlőjében: %1.</translation>
    </message>
    <message>
        <source>Terminate all admin relationships</source>
        <translation>Az összes rendszergazdai kapcsolat megszüntetése</translation>
    </message>
    <message>
        <source>Your organisation loses every role they grant in the customer&apos;s tenant.</source>
        <translation>A szervezete elveszíti az általuk adott összes szerepkört az ügyfél bérlőjében.</translation>
    </message>
    <message>
        <source>This cannot be undone: only a new relationship that the customer approves gives the access back.</source>
        <translation>Ez nem vonható vissza: a hozzáférést csak egy új, az ügyfél által jóváhagyott kapcsolat adja vissza.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>confirm ending admin relationships</comment>
        <translation>Megszüntetés</translation>
    </message>
    <message>
        <source>⚠ “%1”: it is not known whether the termination was requested. %2 Check its status above before trying again.</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ „%1”: nem tudható, hogy a megszüntetést kérték-e. %2 Újrapróbálás előtt ellenőrizze a fenti állapotát.</translation>
    </message>
    <message>
        <source>“%1” was not terminated: stopped.</source>
        <translation>„%1” nem szűnt meg: leállítva.</translation>
    </message>
    <message>
        <source>✗ “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ „%1” nem szűnt meg. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active admin relationship(s) give your organisation admin access to this customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln aktív rendszergazdai kapcsolat ad rendszergazdai hozzáférést a szervezetének az ügyfél bérlőjéhez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate %Ln admin relationship(s) with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>
            <numerusform>Megszünteti ezzel az ügyféllel a(z) %Ln rendszergazdai kapcsolatot: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requesting the termination of %Ln admin relationship(s)…</source>
        <translation>
            <numerusform>%Ln rendszergazdai kapcsolat megszüntetésének kérése…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Termination requested for %Ln admin relationship(s); Microsoft Graph ends them within minutes and the status above follows.</source>
        <translation>
            <numerusform>✓ Megszüntetés kérve %Ln rendszergazdai kapcsolatra; a Microsoft Graph néhány percen belül megszünteti, a fenti állapot ezt követi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) being terminated: Microsoft Graph ends them over a few minutes, and the list follows.</source>
        <translation>
            <numerusform>%Ln rendszergazdai kapcsolat megszüntetése folyamatban: a Microsoft Graph néhány percen belül megszünteti, a lista ezt követi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your role does not allow this. Ask a Global admin or an Admin agent.</source>
        <translation>A szerepköre ezt nem engedélyezi. Forduljon egy globális rendszergazdához vagy egy rendszergazdai ügynökhöz.</translation>
    </message>
    <message>
        <source>An Azure plan cannot be suspended while Azure subscriptions under it are active.</source>
        <translation>Az Azure-csomag nem függeszthető fel, amíg a hozzá tartozó Azure-előfizetések aktívak.</translation>
    </message>
    <message>
        <source>The cancellation window has passed.</source>
        <translation>A lemondási időszak lejárt.</translation>
    </message>
    <message>
        <source>There is no relationship between your organization and this customer.</source>
        <translation>A szervezete és az ügyfél között nincs kapcsolat.</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Refresh and try again.</source>
        <translation>Ezt az elemet közben valaki más módosította. Frissítse, és próbálja újra.</translation>
    </message>
    <message>
        <source>A suspended subscription cannot be updated.</source>
        <translation>Felfüggesztett előfizetés nem frissíthető.</translation>
    </message>
    <message>
        <source>An add-on cannot be reactivated while its parent subscription is inactive.</source>
        <translation>A bővítmény nem aktiválható újra, amíg az alapelőfizetése nem aktív.</translation>
    </message>
    <message>
        <source>Partner Center could not be reached.</source>
        <translation>A Partnerközpont nem érhető el.</translation>
    </message>
    <message>
        <source>Partner Center did not answer in time.</source>
        <translation>A Partnerközpont nem válaszolt időben.</translation>
    </message>
    <message>
        <source>Partner Center is busy and asked us to slow down. Try again in a minute.</source>
        <translation>A Partnerközpont túlterhelt, és lassítást kért. Próbálja újra egy perc múlva.</translation>
    </message>
    <message>
        <source>Partner Center sent an answer that could not be read.</source>
        <translation>A Partnerközpont olvashatatlan választ küldött.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A kérést megszakították.</translation>
    </message>
    <message>
        <source>Refused to send credentials over an unencrypted connection.</source>
        <translation>A hitelesítő adatok titkosítatlan kapcsolaton nem küldhetők el.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired. Sign in again.</source>
        <translation>Nincs bejelentkezve, vagy a munkamenete lejárt. Jelentkezzen be újra.</translation>
    </message>
    <message>
        <source>Partner Center accepted the request but did not confirm the change.</source>
        <translation>A Partnerközpont fogadta a kérést, de nem erősítette meg a módosítást.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>A szerepköre ezt nem engedélyezi.</translation>
    </message>
    <message>
        <source>Partner Center does not know this item any more.</source>
        <translation>A Partnerközpont már nem ismeri ezt az elemet.</translation>
    </message>
    <message>
        <source>Partner Center refused the change.</source>
        <translation>A Partnerközpont elutasította a módosítást.</translation>
    </message>
    <message>
        <source>Partner Center had an internal error.</source>
        <translation>Belső hiba történt a Partnerközpontban.</translation>
    </message>
    <message>
        <source>Partner Center refused the request (HTTP %1).</source>
        <translation>A Partnerközpont elutasította a kérést (HTTP %1).</translation>
    </message>
    <message>
        <source>Partner Center said: %1</source>
        <translation>A Partnerközpont válasza: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelációs azonosító: %1</translation>
    </message>
    <message>
        <source>The request was cancelled after it was sent, so it is not known whether the change was made.</source>
        <translation>A kérést csak az elküldése után szakították meg, ezért nem tudható, hogy a módosítás megtörtént-e.</translation>
    </message>
    <message>
        <source>The answer from Partner Center was lost, so it is not known whether the change was made.</source>
        <translation>A Partnerközpont válasza elveszett, ezért nem tudható, hogy a módosítás megtörtént-e.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <comment>technical details of a failure</comment>
        <translation>Részletek: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph refused access to the admin relationships. Add the delegated Microsoft Graph permission DelegatedAdminRelationship.ReadWrite.All to the app registration and grant admin consent; your account also needs the Admin agent role.</source>
        <translation>A Microsoft Graph megtagadta a hozzáférést a rendszergazdai kapcsolatokhoz. Adja hozzá az alkalmazásregisztrációhoz a Microsoft Graph DelegatedAdminRelationship.ReadWrite.All delegált engedélyét, és adjon rendszergazdai jóváhagyást; a fiókjának a Rendszergazdai ügynök szerepkörre is szüksége van.</translation>
    </message>
    <message>
        <source>The answer from Microsoft Graph was lost, so it is not known whether the change was made.</source>
        <translation>A Microsoft Graph válasza elveszett, ezért nem tudható, hogy a módosítás megtörtént-e.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached.</source>
        <translation>A Microsoft Graph nem érhető el.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation>A Microsoft Graph nem válaszolt időben.</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy and asked us to slow down. Try again in a minute.</source>
        <translation>A Microsoft Graph túlterhelt, és lassítást kért. Próbálja újra egy perc múlva.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer that could not be read.</source>
        <translation>A Microsoft Graph olvashatatlan választ küldött.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know this admin relationship.</source>
        <translation>A Microsoft Graph nem ismeri ezt a rendszergazdai kapcsolatot.</translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error.</source>
        <translation>Belső hiba történt a Microsoft Graphban.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (HTTP %1).</source>
        <translation>A Microsoft Graph elutasította a kérést (HTTP %1).</translation>
    </message>
    <message>
        <source>Microsoft Graph said: %1</source>
        <translation>A Microsoft Graph válasza: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph client-request-id: %1</source>
        <translation>A Microsoft Graph client-request-id azonosítója: %1</translation>
    </message>
</context>
<context>
    <name>AppConnection</name>
    <message>
        <source>Cannot read the access token file &quot;%1&quot;: %2</source>
        <translation>Nem olvasható a hozzáférési jogkivonatot tartalmazó fájl („%1”): %2</translation>
    </message>
    <message>
        <source>The access token file &quot;%1&quot; is empty.</source>
        <translation>A hozzáférési jogkivonatot tartalmazó fájl („%1”) üres.</translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>A beépített tesztkörnyezet nem indult el: %1</translation>
    </message>
    <message>
        <source>No Microsoft Graph access token: give --graph-access-token-file or set PARTNERDESK_GRAPH_ACCESS_TOKEN to see and end admin relationships.</source>
        <translation>Nincs Microsoft Graph hozzáférési jogkivonat: adja meg a --graph-access-token-file kapcsolót, vagy állítsa be a PARTNERDESK_GRAPH_ACCESS_TOKEN változót a rendszergazdai kapcsolatok megtekintéséhez és megszüntetéséhez.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Suspend subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Előfizetés felfüggesztése</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Előfizetés újraaktiválása</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Előfizetés lemondása</translation>
    </message>
    <message>
        <source>Change subscription status</source>
        <comment>an action in the activity log</comment>
        <translation>Előfizetés állapotának módosítása</translation>
    </message>
    <message>
        <source>Change auto-renew</source>
        <comment>an action in the activity log</comment>
        <translation>Automatikus megújítás módosítása</translation>
    </message>
    <message>
        <source>Cancel software purchase</source>
        <comment>an action in the activity log</comment>
        <translation>Szoftvervásárlás lemondása</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Viszonteladói kapcsolat eltávolítása</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Rendszergazdai kapcsolat megszüntetése</translation>
    </message>
</context>
<context>
    <name>BlockerChecklist</name>
    <message>
        <source>What blocks the removal</source>
        <translation>Az eltávolítás akadályai</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and suspend this subscription</comment>
        <translation>Kijelölés az Előfizetésekben</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and cancel this subscription</comment>
        <translation>Kijelölés az Előfizetésekben</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Rendelés lemondása…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Show in Purchases</source>
        <comment>go to the purchase that is cancelled elsewhere</comment>
        <translation>Megjelenítés a Vásárlásokban</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and see this subscription</comment>
        <translation>Kijelölés az Előfizetésekben</translation>
    </message>
    <message>
        <source>Turn auto-renew off…</source>
        <translation>Automatikus megújítás kikapcsolása…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Az Azure Portal megnyitása</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is copied to the clipboard: %1</source>
        <translation>Nem sikerült webböngészőt megnyitni. A cím a vágólapra került: %1</translation>
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
        <translation>Azonosító: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Azonosító</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Akadály</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Teendő</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Határidő</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Offboard customers</source>
        <translation>Ügyfélkapcsolatok megszüntetése</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)?</source>
        <translation>
            <numerusform>Megszünteti a kapcsolatot %Ln ügyféllel?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Partner Center will be asked to:</source>
        <translation>Ez nem vonható vissza. A Partnerközpont a következőket hajtja végre:</translation>
    </message>
    <message numerus="yes">
        <source>• remove the reseller relationship with %Ln customer(s): each leaves your customer list, you leave their support contacts, your delegated admin privileges are removed and you can no longer make purchases for them;</source>
        <translation>
            <numerusform>• eltávolítja a viszonteladói kapcsolatot %Ln ügyféllel: mindegyik kikerül az ügyféllistájából, Ön kikerül a támogatási kapcsolattartóik közül, a delegált rendszergazdai jogosultságai megszűnnek, és többé nem vásárolhat a nevükben;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• suspend %Ln subscription(s);</source>
        <translation>
            <numerusform>• felfüggeszt %Ln előfizetést;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• cancel %Ln subscription(s) and software purchase(s);</source>
        <translation>
            <numerusform>• lemond %Ln előfizetést és szoftvervásárlást;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• terminate %Ln admin relationship(s);</source>
        <translation>
            <numerusform>• megszüntet %Ln rendszergazdai kapcsolatot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and prepare %Ln more customer(s) that cannot be removed yet (their changes are counted above).</source>
        <translation>
            <numerusform>• valamint előkészít további %Ln ügyfelet, amely még nem távolítható el (a módosításaik fent szerepelnek).</numerusform>
        </translation>
    </message>
    <message>
        <source>Also terminate admin relationships (GDAP)</source>
        <translation>A rendszergazdai kapcsolatok (GDAP) megszüntetése is</translation>
    </message>
    <message>
        <source>To confirm, type the number of customers that will be removed (%1):</source>
        <translation>A megerősítéshez írja be az eltávolítandó ügyfelek számát (%1):</translation>
    </message>
    <message>
        <source>Number of customers that will be removed</source>
        <translation>Az eltávolítandó ügyfelek száma</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)</source>
        <translation>
            <numerusform>Kapcsolat megszüntetése %Ln ügyféllel</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of customers that will be removed to enable this button.</source>
        <translation>A gomb engedélyezéséhez írja be az eltávolítandó ügyfelek számát.</translation>
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
        <translation>Várakozik</translation>
    </message>
    <message>
        <source>Reading…</source>
        <comment>a customer of a bulk run being read</comment>
        <translation>Beolvasás…</translation>
    </message>
    <message numerus="yes">
        <source>Working… %Ln change(s) made</source>
        <translation>
            <numerusform>Folyamatban… %Ln módosítás kész</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Elsődleges tartomány</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of a customer in a bulk plan or run</comment>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>column: number of subscriptions to suspend</comment>
        <translation>Felfüggesztés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>column: number of subscriptions and purchases to cancel</comment>
        <translation>Lemondás</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>column: number of admin relationships to terminate</comment>
        <translation>Megszüntetés</translation>
    </message>
    <message>
        <source>Why not removed</source>
        <comment>column: what blocks the removal, or the error</comment>
        <translation>Indok</translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-fájlok (*.csv);;JSON-fájlok (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Sikertelen exportálás</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Nem sikerült írni a fájlt (%1): %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Mentve ide: %1</translation>
    </message>
</context>
<context>
    <name>BulkOffboardCommand</name>
    <message>
        <source>The list names no customer of yours.</source>
        <translation>A lista egyetlen ügyfelét sem tartalmazza.</translation>
    </message>
    <message>
        <source>There is no unfinished run for this list in %1.</source>
        <translation>Ehhez a listához nincs befejezetlen tömeges futtatás itt: %1.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Terv</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Felfüggesztés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Lemondás</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Megszüntetés</translation>
    </message>
    <message>
        <source>Why not removable / error</source>
        <translation>Miért nem távolítható el / hiba</translation>
    </message>
    <message>
        <source>Nothing was changed. To offboard them, run again with --confirm-count %1.</source>
        <translation>Semmi sem változott. Az ügyfélkapcsolatok megszüntetéséhez futtassa újra a --confirm-count %1 kapcsolóval.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2</source>
        <translation>A tömeges futtatás naplója (%1) nem írható: %2</translation>
    </message>
    <message>
        <source>Run %1. If it is interrupted, continue it with --resume and the same list.</source>
        <translation>Tömeges futtatás: %1. Ha megszakad, folytassa a --resume kapcsolóval és ugyanazzal a listával.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>A tömeges futtatás naplója nem írható (%1); a futtatás leállt.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>A tömeges futtatás naplója (%1) nem olvasható.</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>A jelentés (%1) nem írható: %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Módosítások</translation>
    </message>
    <message>
        <source>Why / what to do</source>
        <translation>Miért / teendő</translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %Ln customer(s) left; each is read again first.</source>
        <translation>
            <numerusform>A tömeges futtatás (%1) folytatódik: %Ln ügyfél van hátra; mindegyiket először újra beolvassa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln customer(s)…</source>
        <translation>
            <numerusform>%Ln ügyfél beolvasása…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be removed.</source>
        <translation>
            <numerusform>%Ln ügyfél lesz eltávolítva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be prepared but cannot be removed yet.</source>
        <translation>
            <numerusform>%Ln ügyfél elő lesz készítve, de még nem távolítható el.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read.</source>
        <translation>
            <numerusform>%Ln ügyfél nem olvasható be.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--confirm-count %1 does not match the plan: %Ln customer(s) would be removed. Nothing was changed.</source>
        <translation>
            <numerusform>A --confirm-count %1 nem egyezik a tervvel: %Ln ügyfél lenne eltávolítva. Semmi sem változott.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>%Ln ügyfélből %L1 eltávolítva.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboardJob</name>
    <message>
        <source>Not every admin relationship was terminated.</source>
        <translation>Nem minden rendszergazdai kapcsolat szűnt meg.</translation>
    </message>
    <message>
        <source>There is no reseller relationship with this customer.</source>
        <translation>Ezzel az ügyféllel nincs viszonteladói kapcsolat.</translation>
    </message>
    <message>
        <source>It was not among the customers confirmed for removal in this run; offboard it in a new run.</source>
        <translation>Nem volt a futtatásban eltávolításra jóváhagyott ügyfelek között; szüntesse meg a kapcsolatot egy új futtatásban.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change is on the server.</source>
        <translation>A futtatás leállása után újra beolvasva: a módosítás megtörtént a kiszolgálón.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change was not made.</source>
        <translation>A futtatás leállása után újra beolvasva: a módosítás nem történt meg.</translation>
    </message>
    <message>
        <source>Not made; read back.</source>
        <translation>Nem történt meg; újra beolvasva.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run was cancelled before this customer was done.</source>
        <translation>A futtatás megszakadt, mielőtt ez az ügyfél elkészült volna.</translation>
    </message>
</context>
<context>
    <name>BulkOffboardWindow</name>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2. Nothing was changed.</source>
        <translation>A futtatás naplója (%1) nem írható: %2. Semmi sem változott.</translation>
    </message>
    <message>
        <source>Offboarding not started</source>
        <translation>Az ügyfélkapcsolat megszüntetése nem indult el</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>A tömeges futtatás naplója nem írható (%1); a futtatás leállt.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>A tömeges futtatás naplója (%1) nem olvasható.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %Ln customer(s)… Nothing is changed until you confirm.</source>
        <translation>
            <numerusform>Beolvasás: %1 / %Ln ügyfél… A megerősítésig semmi sem változik.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be removed. %2 will be prepared but cannot be removed yet. %3 could not be read. Nothing has been changed yet.</source>
        <translation>Eltávolításra kerül: %1. Előkészítésre kerül, de még nem távolítható el: %2. Nem olvasható be: %3. Még semmi sem változott.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln ügyfél</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: the changes already sent finish, nothing new starts. %1 of %Ln customer(s) done.</source>
        <translation>
            <numerusform>Megszakítás: az elküldött módosítások befejeződnek, új nem indul. Kész: %1 / %Ln ügyfél.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboarding: %1 of %Ln customer(s) done, %2 at a time. If the app is closed, the run is offered to be resumed at the next start.</source>
        <translation>
            <numerusform>Ügyfélkapcsolat megszüntetése: kész %1 / %Ln ügyfél, egyszerre %2. Ha bezárja az alkalmazást, a következő indításkor felajánlja a futtatás folytatását.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>A futtatás megszakadt.</translation>
    </message>
    <message>
        <source>The run did not finish; Resume continues it.</source>
        <translation>A futtatás nem fejeződött be; a Futtatás folytatása gombbal folytatható.</translation>
    </message>
    <message>
        <source>Each customer not removed says why and what to do.</source>
        <translation>Minden el nem távolított ügyfélnél szerepel az ok és a teendő.</translation>
    </message>
    <message>
        <source>Offboarding plan — PartnerDesk</source>
        <translation>Az ügyfélkapcsolat megszüntetésének terve — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Az ügyfélkapcsolat megszüntetésének terve</translation>
    </message>
    <message>
        <source>Offboarding — PartnerDesk</source>
        <translation>Ügyfélkapcsolat megszüntetése — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding customers</source>
        <translation>Ügyfélkapcsolatok megszüntetése</translation>
    </message>
    <message>
        <source>Offboarding report — PartnerDesk</source>
        <translation>Jelentés az ügyfélkapcsolat megszüntetéséről — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding report of %1</source>
        <comment>%1 is when the run started</comment>
        <translation>Jelentés az ügyfélkapcsolat megszüntetéséről (%1)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Előrehaladás</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Jelentés exportálása…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>Terv exportálása…</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)…</source>
        <translation>
            <numerusform>Kapcsolat megszüntetése %Ln ügyféllel…</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer of the plan can be removed now.</source>
        <translation>A terv egyetlen ügyfele sem távolítható el most.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Futtatás folytatása</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Futtatás megszakítása</translation>
    </message>
    <message>
        <source>Stop offboarding?</source>
        <translation>Leállítja az ügyfélkapcsolat megszüntetését?</translation>
    </message>
    <message>
        <source>The changes already sent finish; no customer is started after them. The report names where each customer ended, and the run can be resumed later.</source>
        <translation>Az elküldött módosítások befejeződnek; utánuk nem indul újabb ügyfél. A jelentés megmutatja, hol tart az egyes ügyfelek megszüntetése, és a futtatás később folytatható.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Leállítás és bezárás</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Jelentés exportálása</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Terv exportálása</translation>
    </message>
    <message>
        <source>offboarding-%1.csv</source>
        <comment>default file name of a report</comment>
        <translation>ugyfelkapcsolat-megszuntetes-%1.csv</translation>
    </message>
    <message>
        <source>offboarding-plan.csv</source>
        <comment>default file name of a plan</comment>
        <translation>ugyfelkapcsolat-megszuntetes-terv.csv</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>%Ln ügyfélből %L1 eltávolítva.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboarding</name>
    <message>
        <source>Offboard customers from a file</source>
        <translation>Ügyfélkapcsolatok megszüntetése fájlból</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt);;All files (*)</source>
        <translation>Ügyféllisták (*.csv *.txt);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>The customer list is still loading. Try again once it has loaded.</source>
        <translation>Az ügyféllista még töltődik. Próbálja újra, ha betöltődött.</translation>
    </message>
    <message numerus="yes">
        <source>The file names no customer of yours: %Ln line(s) left out.</source>
        <translation>
            <numerusform>A fájl egyetlen ügyfelét sem nevezi meg: %Ln sor kimaradt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>A(z) %1 nem használható: %2</translation>
    </message>
    <message numerus="yes">
        <source>The offboarding run started %1 did not finish: %2 of %Ln customer(s) removed, %3 left. Resume it now? Every customer left is read again first; nothing that took effect is sent again.</source>
        <translation>
            <numerusform>A(z) %1 időpontban indított ügyfélkapcsolat-megszüntetési futtatás nem fejeződött be: %2 / %Ln ügyfél eltávolítva, %3 maradt. Folytatja most? Minden megmaradt ügyfél előbb újra beolvasásra kerül; semmi, ami már érvénybe lépett, nem lesz újra elküldve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume offboarding?</source>
        <translation>Folytatja az ügyfélkapcsolat megszüntetését?</translation>
    </message>
    <message>
        <source>Later asks again at the next start. Discard ends the run as it is; its report and the audit log keep everything it did.</source>
        <translation>A Később a következő indításkor újra rákérdez. Az Elvetés a jelenlegi állapotában lezárja a futtatást; a jelentése és az auditnapló mindent megőriz, amit végzett.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Folytatás</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Később</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Elvetés</translation>
    </message>
    <message>
        <source>The run could not be ended: %1</source>
        <translation>A futtatás nem zárható le: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %Ln customer(s) removed</source>
        <comment>a run&apos;s start and result</comment>
        <translation>
            <numerusform>%1 — %2 / %Ln ügyfél eltávolítva</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not finished)</source>
        <translation>%1 (nem fejeződött be)</translation>
    </message>
    <message>
        <source>No offboarding run yet</source>
        <translation>Még nem volt ügyfélkapcsolat-megszüntetési futtatás</translation>
    </message>
    <message>
        <source>Offboard customers from a &amp;file…</source>
        <translation>Ügyfélkapcsolatok megszüntetése &amp;fájlból…</translation>
    </message>
    <message>
        <source>Plan the offboarding of the customers a file lists: primary domains, customer IDs or Microsoft IDs</source>
        <translation>A fájlban felsorolt ügyfelek kapcsolatmegszüntetésének megtervezése: elsődleges tartományok, ügyfél-azonosítók vagy Microsoft-azonosítók</translation>
    </message>
    <message>
        <source>Offboarding &amp;reports</source>
        <translation>Kapcsolatmegszüntetési &amp;jelentések</translation>
    </message>
</context>
<context>
    <name>BulkPlanPanel</name>
    <message>
        <source>Customers of the plan</source>
        <translation>A terv ügyfelei</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the list left out:</source>
        <translation>
            <numerusform>A lista %Ln sora kimaradt:</numerusform>
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
        <translation>Eltávolítva</translation>
    </message>
    <message>
        <source>Prepared, not removable yet</source>
        <translation>Előkészítve, még nem távolítható el</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nem olvasható be</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Sikertelen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Megszakítva</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Az eredmény ismeretlen</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>El lesz távolítva</translation>
    </message>
    <message>
        <source>Will be prepared, cannot be removed yet</source>
        <translation>Elő lesz készítve, még nem távolítható el</translation>
    </message>
    <message>
        <source>Not known: no answer came, and it was not read back yet</source>
        <translation>Ismeretlen: nem jött válasz, és még nem lett újra beolvasva</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Done (answer lost, read back)</source>
        <translation>Kész (a válasz elveszett, újra beolvasva)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Elutasítva</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nem indult el</translation>
    </message>
    <message>
        <source>Resume the run, or offboard it again.</source>
        <translation>Folytassa a futtatást, vagy szüntesse meg újra a kapcsolatot.</translation>
    </message>
    <message>
        <source>Resume the run: it reads the customer back before anything is sent again.</source>
        <translation>Folytassa a futtatást: újra beolvassa az ügyfelet, mielőtt bármit ismét elküldene.</translation>
    </message>
    <message>
        <source>Offboard it again after %1.</source>
        <translation>Szüntesse meg újra a kapcsolatot ezután: %1.</translation>
    </message>
    <message>
        <source>Clear what blocks, then offboard it again.</source>
        <translation>Hárítsa el, ami akadályoz, majd szüntesse meg újra a kapcsolatot.</translation>
    </message>
    <message>
        <source>Check the error, then offboard it again.</source>
        <translation>Ellenőrizze a hibát, majd szüntesse meg újra a kapcsolatot.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <comment>why a customer is not removed, and until when</comment>
        <translation>%1 (eddig: %2)</translation>
    </message>
</context>
<context>
    <name>BulkReportPanel</name>
    <message>
        <source>Report</source>
        <translation>Jelentés</translation>
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
        <translation>Az Azure-foglalás („%1”) lemondása az Azure Portalon történik, nem itt.</translation>
    </message>
    <message>
        <source>The purchase “%1” came without an order ID, so it cannot be cancelled here.</source>
        <comment>%1 is the product name</comment>
        <translation>A vásárláshoz („%1”) nem tartozik rendelésazonosító, ezért itt nem mondható le.</translation>
    </message>
    <message>
        <source>The purchase “%1” is no longer active (%2), so there is nothing to cancel.</source>
        <comment>%1 is the product name, %2 its status, e.g. Cancelled or Expired</comment>
        <translation>A vásárlás („%1”) már nem aktív (állapot: %2), így nincs mit lemondani.</translation>
    </message>
    <message>
        <source>The purchase “%1” could only be cancelled until %2.</source>
        <comment>%1 is the product name, %2 a date and time</comment>
        <translation>A vásárlás („%1”) csak eddig volt lemondható: %2.</translation>
    </message>
    <message>
        <source>The purchase “%1” has no cancellation window.</source>
        <comment>%1 is the product name</comment>
        <translation>A vásárláshoz („%1”) nem tartozik lemondási időszak.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>a kulcstartó nem válaszolt</translation>
    </message>
    <message>
        <source>No keychain is available here (%1), so partnerdesk-cli cannot keep a Partner Center sign-in from one command to the next. Use --endpoint with --access-token-file instead, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Itt nem érhető el kulcstartó (%1), ezért a partnerdesk-cli nem tudja megőrizni a Partnerközpont-bejelentkezést egyik parancstól a másikig. Használja helyette a --endpoint és a --access-token-file kapcsolót, vagy a tesztkörnyezettel való munkához futtassa a „partnerdesk-cli sign-out” parancsot.</translation>
    </message>
    <message>
        <source>No customer has the Microsoft ID, customer ID or primary domain &quot;%1&quot;.</source>
        <translation>Egyetlen ügyfélnek sem ez a Microsoft-azonosítója, ügyfél-azonosítója vagy elsődleges tartománya: „%1”.</translation>
    </message>
    <message>
        <source>Note: your roles (%1) may not allow this; Partner Center decides.</source>
        <translation>Megjegyzés: előfordulhat, hogy a szerepkörei (%1) ezt nem engedélyezik; a Partnerközpont dönt.</translation>
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
        <translation>A Partnerközpont API-végpontja, pl. https://api.partnercenter.microsoft.com. Megadása nélkül a program a beépített tesztkörnyezetet (az alkalmazás bemutatóadatait) használja.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_ACCESS_TOKEN environment variable works too.</source>
        <translation>A hozzáférési jogkivonatot a FÁJL-ból olvassa be (a „-” a standard bemenetet jelenti). A PARTNERDESK_ACCESS_TOKEN környezeti változó is használható.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FÁJL</translation>
    </message>
    <message>
        <source>Language of messages and of Partner Center&apos;s answers: %1.</source>
        <translation>Az üzenetek és a Partnerközpont válaszainak nyelve: %1.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>NYELV</translation>
    </message>
    <message>
        <source>How to print lists: %1 (default: table).</source>
        <translation>A listák kiírási formátuma: %1 (alapértelmezés: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMÁTUM</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>SZÖVEG</translation>
    </message>
    <message>
        <source>suspend: every active subscription of the customer.</source>
        <translation>suspend: az ügyfél összes aktív előfizetése.</translation>
    </message>
    <message>
        <source>remove-relationship: the customer&apos;s primary domain, typed to confirm.</source>
        <translation>remove-relationship: az ügyfél elsődleges tartománya, megerősítésként begépelve.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>TARTOMÁNY</translation>
    </message>
    <message>
        <source>sign-in: your partner tenant, as its directory (tenant) ID or a domain.</source>
        <translation>sign-in: a partnerbérlője, a címtár (bérlő) azonosítójával vagy egy tartománnyal megadva.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>BÉRLŐ</translation>
    </message>
    <message>
        <source>sign-in: the application (client) ID of your organisation&apos;s app registration.</source>
        <translation>sign-in: a szervezete alkalmazásregisztrációjának alkalmazás (ügyfél) azonosítója.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>sign-in: the sign-in authority (default: https://login.microsoftonline.com).</source>
        <translation>sign-in: a bejelentkezési szolgáltató (alapértelmezés: https://login.microsoftonline.com).</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers: lists customers and subscriptions, suspends subscriptions, tells what still blocks the removal and removes the relationship.</source>
        <translation>Megszünteti a viszonteladói kapcsolatokat a Microsoft CSP-ügyfelekkel: listázza az ügyfeleket és előfizetéseiket, felfüggeszti az előfizetéseket, megmutatja, mi akadályozza még az eltávolítást, és eltávolítja a kapcsolatot.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Parancsok:</translation>
    </message>
    <message>
        <source>  customers [--filter TEXT | --domain TEXT]   List customers.</source>
        <translation>  customers [--filter SZÖVEG | --domain SZÖVEG]   Listázza az ügyfeleket.</translation>
    </message>
    <message>
        <source>  subscriptions CUSTOMER                      List a customer&apos;s subscriptions.</source>
        <translation>  subscriptions ÜGYFÉL                            Listázza egy ügyfél előfizetéseit.</translation>
    </message>
    <message>
        <source>  suspend CUSTOMER (--all | SUBSCRIPTION...)  Suspend subscriptions.</source>
        <translation>  suspend ÜGYFÉL (--all | ELŐFIZETÉS...)          Felfüggeszti az előfizetéseket.</translation>
    </message>
    <message>
        <source>  readiness CUSTOMER                          Tell what blocks the removal.</source>
        <translation>  readiness ÜGYFÉL                                Megmutatja, mi akadályozza az eltávolítást.</translation>
    </message>
    <message>
        <source>  remove-relationship CUSTOMER --confirm DOMAIN</source>
        <translation>  remove-relationship ÜGYFÉL --confirm TARTOMÁNY</translation>
    </message>
    <message>
        <source>                                              Remove the reseller relationship.</source>
        <translation>                                                  Eltávolítja a viszonteladói kapcsolatot.</translation>
    </message>
    <message>
        <source>  request-link                                Print the invitation link for a new relationship.</source>
        <translation>  request-link                                    Kiírja az új kapcsolathoz szükséges meghívási hivatkozást.</translation>
    </message>
    <message>
        <source>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</source>
        <translation>  sign-in [--tenant B] [--client-id ID] [--authority URL] [--endpoint URL]</translation>
    </message>
    <message>
        <source>                                              Sign in to Partner Center (device code).</source>
        <translation>                                                  Bejelentkezik a Partnerközpontba (eszközkóddal).</translation>
    </message>
    <message>
        <source>  sign-out                                    Sign out; commands use the sandbox again.</source>
        <translation>  sign-out                                        Kijelentkezik; a parancsok ismét a tesztkörnyezetet használják.</translation>
    </message>
    <message>
        <source>  whoami                                      Who is signed in, with which roles.</source>
        <translation>  whoami                                          Megmutatja, ki van bejelentkezve, és milyen szerepkörökkel.</translation>
    </message>
    <message>
        <source>CUSTOMER is the Microsoft ID (tenant ID), the customer ID or the primary domain.</source>
        <translation>Az ÜGYFÉL a Microsoft-azonosító (bérlőazonosító), az ügyfél-azonosító vagy az elsődleges tartomány.</translation>
    </message>
    <message>
        <source>After sign-in, commands without --endpoint work on Partner Center as the signed-in user.</source>
        <translation>Bejelentkezés után a --endpoint nélküli parancsok a bejelentkezett felhasználóként dolgoznak a Partnerközpontban.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>A fenti parancsok egyike.</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS...]</source>
        <translation>PARANCS [ARGUMENTUMOK...]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nincs megadva parancs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>„%1” nem http:// vagy https:// kezdetű URL.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of: %2.</source>
        <translation>Ismeretlen nyelv: „%1”. Válasszon a következők közül: %2.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose one of: %2.</source>
        <translation>Ismeretlen formátum: „%1”. Válasszon a következők közül: %2.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer.</source>
        <translation>Titkosítatlan http:// kapcsolat csak ehhez a számítógéphez engedélyezett.</translation>
    </message>
    <message>
        <source>--%1 cannot be used with &quot;%2&quot;.</source>
        <translation>--%1 nem használható együtt ezzel: „%2”.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Ismeretlen parancs: „%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a CUSTOMER: a Microsoft ID or a primary domain.</source>
        <translation>„%1”: meg kell adni az ÜGYFÉL értékét (Microsoft-azonosító vagy elsődleges tartomány).</translation>
    </message>
    <message>
        <source>CUSTOMER must not be empty.</source>
        <translation>Az ÜGYFÉL nem lehet üres.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Váratlan argumentum: „%1”.</translation>
    </message>
    <message>
        <source>Use either --filter or --domain, not both.</source>
        <translation>Vagy a --filter, vagy a --domain kapcsolót használja, ne mindkettőt.</translation>
    </message>
    <message>
        <source>Give either --all or the IDs of the subscriptions to suspend.</source>
        <translation>Adja meg a felfüggesztendő előfizetések azonosítóit, vagy használja a --all kapcsolót.</translation>
    </message>
    <message>
        <source>Removing the relationship needs --confirm with the customer&apos;s primary domain.</source>
        <translation>A kapcsolat eltávolításához meg kell adni a --confirm kapcsolót az ügyfél elsődleges tartományával.</translation>
    </message>
    <message>
        <source>Microsoft Graph endpoint for admin relationships (default: https://graph.microsoft.com; on a loopback --endpoint, that address).</source>
        <translation>Microsoft Graph-végpont a rendszergazdai kapcsolatokhoz (alapértelmezés: https://graph.microsoft.com; ezen a számítógépen futó --endpoint esetén ugyanaz a cím).</translation>
    </message>
    <message>
        <source>Read the Microsoft Graph access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_GRAPH_ACCESS_TOKEN environment variable works too.</source>
        <translation>A Microsoft Graph hozzáférési jogkivonatát a FÁJL-ból olvassa be (a „-” a standard bemenetet jelenti). A PARTNERDESK_GRAPH_ACCESS_TOKEN környezeti változó is használható.</translation>
    </message>
    <message>
        <source>offboard: print the plan and change nothing.</source>
        <translation>offboard: a terv kiírása, módosítás nélkül.</translation>
    </message>
    <message>
        <source>offboard: leave the admin relationships (GDAP) as they are.</source>
        <translation>offboard: a rendszergazdai kapcsolatok (GDAP) változatlanul hagyása.</translation>
    </message>
    <message>
        <source>  admin-relationships CUSTOMER                List the customer&apos;s admin relationships (GDAP).</source>
        <translation>  admin-relationships ÜGYFÉL                      Listázza az ügyfél rendszergazdai kapcsolatait (GDAP).</translation>
    </message>
    <message>
        <source>  offboard CUSTOMER --confirm DOMAIN [--dry-run] [--keep-admin-relationships]</source>
        <translation>  offboard ÜGYFÉL --confirm TARTOMÁNY [--dry-run] [--keep-admin-relationships]</translation>
    </message>
    <message>
        <source>                                              Clear what can be cleared, remove the relationship, terminate the admin relationships.</source>
        <translation>                                                  Elhárítja, ami elhárítható, eltávolítja a kapcsolatot, és megszünteti a rendszergazdai kapcsolatokat.</translation>
    </message>
    <message>
        <source>Exit status: 0 success (readiness: ready), 1 the operation failed or is blocked, 2 bad usage, 3 a change may or may not have been made (its answer was lost and reading it back failed): check before trying again.</source>
        <translation>Kilépési kód: 0 – siker (readiness: eltávolítható), 1 – a művelet sikertelen vagy akadályba ütközött, 2 – hibás használat, 3 – egy módosítás vagy megtörtént, vagy nem (a válasz elveszett, és az újraolvasás is sikertelen volt): új próbálkozás előtt ellenőrizze.</translation>
    </message>
    <message>
        <source>activity: only entries from DATE (YYYY-MM-DD, local time) on.</source>
        <translation>activity: csak a DÁTUM napjától kezdődő bejegyzések (ÉÉÉÉ-HH-NN, helyi idő).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DÁTUM</translation>
    </message>
    <message>
        <source>activity: only entries for CUSTOMER: a customer ID or primary domain, or part of a company name.</source>
        <translation>activity: csak az ÜGYFÉL bejegyzései: ügyfél-azonosító vagy elsődleges tartomány, illetve egy vállalatnév része.</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>ÜGYFÉL</translation>
    </message>
    <message>
        <source>  activity [--since DATE] [--customer CUSTOMER]</source>
        <translation>  activity [--since DÁTUM] [--customer ÜGYFÉL]</translation>
    </message>
    <message>
        <source>                                              Print the audit log: every change made from this computer.</source>
        <translation>                                                  Kiírja az auditnaplót: az erről a számítógépről végzett összes módosítást.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; give one as YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>„%1” nem dátum; ÉÉÉÉ-HH-NN formában adja meg, például 2026-11-20.</translation>
    </message>
    <message>
        <source>customers: only those whose company name, primary domain or Microsoft ID contains TEXT, ignoring case and accents (as the app&apos;s search).</source>
        <translation>customers: csak azok az ügyfelek, amelyek vállalatneve, elsődleges tartománya vagy Microsoft-azonosítója tartalmazza a SZÖVEG-et, a kis- és nagybetűk és az ékezetek figyelmen kívül hagyásával (mint az alkalmazás keresése).</translation>
    </message>
    <message>
        <source>customers: only those whose primary domain starts with TEXT (Partner Center&apos;s own filter).</source>
        <translation>customers: csak azok az ügyfelek, amelyek elsődleges tartománya SZÖVEG-gel kezdődik (a Partnerközpont saját szűrője).</translation>
    </message>
    <message>
        <source>Run &quot;partnerdesk-cli --help&quot; for the commands and options.</source>
        <translation>A parancsokat és a kapcsolókat a „partnerdesk-cli --help” sorolja fel.</translation>
    </message>
    <message>
        <source>offboard: the customers to offboard, from FILE: primary domains, customer IDs or Microsoft IDs, one per line or as a CSV file with a header.</source>
        <translation>offboard: a megszüntetendő ügyfélkapcsolatok a FÁJL-ból: elsődleges tartományok, ügyfél-azonosítók vagy Microsoft-azonosítók, soronként egy, vagy fejléces CSV-fájlként.</translation>
    </message>
    <message>
        <source>offboard --from: the number of customers the plan will remove, typed to confirm; without it the plan is printed and nothing is changed.</source>
        <translation>offboard --from: a terv szerint eltávolítandó ügyfelek száma megerősítésként beírva; nélküle csak a terv jelenik meg, és semmi sem változik.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>offboard --from: continue the unfinished run for the same list.</source>
        <translation>offboard --from: az ugyanahhoz a listához tartozó befejezetlen tömeges futtatás folytatása.</translation>
    </message>
    <message>
        <source>offboard --from: also write the report to FILE (JSON for a name ending in .json, else CSV).</source>
        <translation>offboard --from: a jelentés kiírása a FÁJL-ba is (.json végű névnél JSON, egyébként CSV).</translation>
    </message>
    <message>
        <source>  offboard --from FILE [--confirm-count N] [--dry-run] [--resume] [--report FILE]</source>
        <translation>  offboard --from FÁJL [--confirm-count N] [--dry-run] [--resume] [--report FÁJL]</translation>
    </message>
    <message>
        <source>                                              Offboard every customer of a list: plan, confirm, run, report.</source>
        <translation>                                                  Megszünteti egy lista összes ügyfélkapcsolatát: terv, megerősítés, futtatás, jelentés.</translation>
    </message>
    <message>
        <source>--confirm-count needs a number of customers, e.g. 12.</source>
        <translation>A --confirm-count kapcsolónak az ügyfelek száma kell, pl. 12.</translation>
    </message>
    <message>
        <source>--%1 needs --from FILE.</source>
        <translation>A --%1 kapcsolóhoz --from FÁJL kell.</translation>
    </message>
    <message>
        <source>--confirm is for one customer; a list is confirmed with --confirm-count.</source>
        <translation>A --confirm egy ügyfélhez való; egy listát a --confirm-count kapcsolóval kell megerősíteni.</translation>
    </message>
    <message>
        <source>--format needs --from FILE with &quot;offboard&quot;.</source>
        <translation>A --format kapcsolóhoz az „offboard” parancsnál --from FÁJL kell.</translation>
    </message>
</context>
<context>
    <name>CliStartup</name>
    <message>
        <source>No access token: give --access-token-file or set PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>Nincs hozzáférési jogkivonat: adja meg a --access-token-file kapcsolót, vagy állítsa be a PARTNERDESK_ACCESS_TOKEN változót.</translation>
    </message>
    <message>
        <source>You are not signed in to Partner Center. Run &quot;partnerdesk-cli sign-in&quot;, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Nincs bejelentkezve a Partnerközpontba. Futtassa a „partnerdesk-cli sign-in” parancsot, vagy a tesztkörnyezettel való munkához a „partnerdesk-cli sign-out” parancsot.</translation>
    </message>
    <message>
        <source>Your Partner Center sign-in could not be restored: %1
Run &quot;partnerdesk-cli sign-in&quot; again.</source>
        <translation>A Partnerközpont-bejelentkezés nem állítható vissza: %1
Futtassa újra a „partnerdesk-cli sign-in” parancsot.</translation>
    </message>
</context>
<context>
    <name>ConfirmRemovalDialog</name>
    <message>
        <source>✓ Matches the primary domain.</source>
        <translation>✓ Egyezik az elsődleges tartománnyal.</translation>
    </message>
    <message>
        <source>Does not match the primary domain yet.</source>
        <translation>Még nem egyezik az elsődleges tartománnyal.</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Viszonteladói kapcsolat eltávolítása</translation>
    </message>
    <message>
        <source>Remove the reseller relationship with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>Eltávolítja a viszonteladói kapcsolatot ezzel az ügyféllel: %1?</translation>
    </message>
    <message>
        <source>This has the following consequences:</source>
        <translation>Ez a következőkkel jár:</translation>
    </message>
    <message>
        <source>The customer is removed from your customer list.</source>
        <translation>Az ügyfél lekerül az ügyféllistájáról.</translation>
    </message>
    <message>
        <source>You are removed from the customer&apos;s list of available support contacts.</source>
        <translation>Ön lekerül az ügyfél elérhető támogatási kapcsolattartóinak listájáról.</translation>
    </message>
    <message>
        <source>You can no longer make purchases for the customer.</source>
        <translation>A továbbiakban nem vásárolhat az ügyfél nevében.</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s primary domain:</source>
        <translation>A megerősítéshez írja be az ügyfél elsődleges tartományát:</translation>
    </message>
    <message>
        <source>Type the primary domain to confirm</source>
        <translation>A megerősítéshez írja be az elsődleges tartományt</translation>
    </message>
    <message>
        <source>Type the primary domain above to enable this button.</source>
        <translation>A gomb engedélyezéséhez írja be fent az elsődleges tartományt.</translation>
    </message>
    <message>
        <source>Also terminate the admin relationships</source>
        <translation>A rendszergazdai kapcsolatok megszüntetése is</translation>
    </message>
    <message>
        <source>After a successful removal, terminate every active admin relationship with this customer. This cannot be undone.</source>
        <translation>Sikeres eltávolítás után megszünteti az ügyféllel fennálló összes aktív rendszergazdai kapcsolatot. Ez nem vonható vissza.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) (GDAP) remain after the removal: they keep giving your organisation admin access to the customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln rendszergazdai kapcsolat (GDAP) megmarad az eltávolítás után: továbbra is rendszergazdai hozzáférést ad a szervezetének az ügyfél bérlőjéhez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin relationships (GDAP) could not be read, so they cannot be terminated here. The removal does not end them: terminate them in Partner Center.</source>
        <translation>A rendszergazdai kapcsolatokat (GDAP) nem sikerült beolvasni, ezért itt nem szüntethetők meg. Az eltávolítás nem szünteti meg őket: szüntesse meg őket a Partnerközpontban.</translation>
    </message>
    <message>
        <source>Your legacy delegated admin privileges (DAP) for the customer are removed.</source>
        <translation>Az ügyfélre vonatkozó régi delegált rendszergazdai jogosultságai (DAP) megszűnnek.</translation>
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
        <translation>%1: a cím nem tartalmazhat felhasználónevet, jelszót, lekérdezést vagy töredéket.</translation>
    </message>
    <message>
        <source>Partner Center endpoint</source>
        <translation>Partnerközpont-végpont</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Bejelentkezési szolgáltató</translation>
    </message>
    <message>
        <source>Enter the tenant: your Microsoft ID (a GUID), your domain (e.g. contoso.onmicrosoft.com) or &quot;organizations&quot;.</source>
        <translation>Adja meg a bérlőt: a Microsoft-azonosítóját (GUID), a tartományát (pl. contoso.onmicrosoft.com) vagy az „organizations” értéket.</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; is neither a GUID nor a domain name.</source>
        <translation>A megadott bérlő („%1”) nem GUID és nem is tartománynév.</translation>
    </message>
    <message>
        <source>Enter the application (client) ID of your app registration.</source>
        <translation>Adja meg az alkalmazásregisztráció alkalmazás (ügyfél) azonosítóját.</translation>
    </message>
    <message>
        <source>The application (client) ID must be a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>Az alkalmazás (ügyfél) azonosítójának GUID-nak kell lennie, például 00000000-0000-0000-0000-000000000000.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Kapcsolati beállítások</translation>
    </message>
    <message>
        <source>Partner Center &amp;endpoint:</source>
        <translation>Partnerközpont-vé&amp;gpont:</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>Bejelentkezési &amp;szolgáltató:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <comment>Microsoft Entra tenant (directory)</comment>
        <translation>&amp;Bérlő:</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>&amp;Alkalmazás (ügyfél) azonosítója:</translation>
    </message>
    <message>
        <source>organizations, contoso.onmicrosoft.com or a GUID</source>
        <translation>organizations, contoso.onmicrosoft.com vagy egy GUID</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Alapértelmezések &amp;visszaállítása</translation>
    </message>
    <message>
        <source>Sign in to Partner Center with your own app registration in Microsoft Entra.</source>
        <translation>Jelentkezzen be a Partnerközpontba a saját Microsoft Entra-beli alkalmazásregisztrációjával.</translation>
    </message>
    <message>
        <source>How to register PartnerDesk in Microsoft Entra</source>
        <translation>A PartnerDesk regisztrálása a Microsoft Entrában</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Sandbox</source>
        <comment>status bar: connected to the embedded sandbox</comment>
        <translation>Tesztkörnyezet</translation>
    </message>
    <message>
        <source>Demo data on this computer (%1). Nothing reaches Partner Center.</source>
        <translation>Bemutatóadatok ezen a számítógépen (%1). Semmi sem jut el a Partnerközpontba.</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <comment>status bar, for screen readers</comment>
        <translation>Csatlakozva: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <comment>user, roles</comment>
        <translation>Bejelentkezve: %1 · %2</translation>
    </message>
    <message>
        <source>Signed in with an access token</source>
        <translation>Bejelentkezve hozzáférési jogkivonattal</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exportálás CSV-fájlba</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-fájlok (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Sikertelen exportálás</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Nem sikerült írni a fájlt (%1): %2</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Customers</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <source>Back to the customer list (Alt+Left)</source>
        <translation>Vissza az ügyféllistához (Alt+Balra nyíl)</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Elsődleges tartomány:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>Microsoft-azonosító:</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the primary domain</comment>
        <translation>Másolás</translation>
    </message>
    <message>
        <source>Copy primary domain</source>
        <translation>Elsődleges tartomány másolása</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the Microsoft ID</comment>
        <translation>Másolás</translation>
    </message>
    <message>
        <source>Copy Microsoft ID</source>
        <translation>Microsoft-azonosító másolása</translation>
    </message>
    <message>
        <source>Copied “%1”</source>
        <translation>Vágólapra másolva: „%1”</translation>
    </message>
</context>
<context>
    <name>CustomerListImport</name>
    <message>
        <source>an e-mail address</source>
        <translation>egy e-mail-cím</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>egy webcím</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Nem sikerült olvasni a fájlt (%1): %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a list of customers (%2 MB at most).</source>
        <translation>A fájl (%1) túl nagy egy ügyféllistához (legfeljebb %2 MB lehet).</translation>
    </message>
    <message>
        <source>The first row (%1) names no column of primary domains, customer IDs or Microsoft IDs.</source>
        <translation>Az első sor (%1) nem nevez meg elsődleges tartományokat, ügyfél-azonosítókat vagy Microsoft-azonosítókat tartalmazó oszlopot.</translation>
    </message>
    <message>
        <source>nothing in the column %1</source>
        <translation>a(z) %1 oszlop üres</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>egy idézőjel nincs lezárva</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Company name</source>
        <translation>Vállalat neve</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Elsődleges tartomány</translation>
    </message>
    <message>
        <source>Microsoft ID</source>
        <comment>the customer&apos;s tenant id</comment>
        <translation>Microsoft-azonosító</translation>
    </message>
    <message>
        <source>Relationship</source>
        <comment>the customer&apos;s relationship to the partner</comment>
        <translation>Kapcsolat</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <source>Search by company, domain or Microsoft ID</source>
        <translation>Keresés vállalat, tartomány vagy Microsoft-azonosító alapján</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Ügyfelek keresése</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>Load the customer list again from Partner Center (F5)</source>
        <translation>Az ügyféllista újbóli betöltése a Partnerközpontból (F5)</translation>
    </message>
    <message>
        <source>%1, loading…</source>
        <comment>customer count while pages still arrive</comment>
        <translation>%1, betöltés folyamatban…</translation>
    </message>
    <message>
        <source>Not every customer could be loaded. %1</source>
        <translation>Nem sikerült minden ügyfelet betölteni. %1</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Ügyfelek betöltése…</translation>
    </message>
    <message>
        <source>Customers could not be loaded</source>
        <translation>Nem sikerült betölteni az ügyfeleket</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>Nincs a keresésnek megfelelő ügyfél: „%1”</translation>
    </message>
    <message>
        <source>Search looks at the company name, the primary domain and the Microsoft ID.</source>
        <translation>A keresés a vállalat nevét, az elsődleges tartományt és a Microsoft-azonosítót vizsgálja.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Keresés törlése</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Még nincsenek ügyfelek</translation>
    </message>
    <message>
        <source>Customers you have a reseller relationship with appear here. Use Refresh to load the list again.</source>
        <translation>Itt jelennek meg azok az ügyfelek, akikkel viszonteladói kapcsolatban áll. A lista újbóli betöltéséhez használja a Frissítés gombot.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln ügyfél</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown customers of all loaded; %1 is &quot;5 customers&quot;</comment>
        <translation>
            <numerusform>%Ln közül %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) loaded so far.</source>
        <translation>
            <numerusform>Eddig betöltött ügyfelek: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>customer count before the first page arrives</comment>
        <translation>Betöltés…</translation>
    </message>
    <message numerus="yes">
        <source>Off&amp;board %Ln selected…</source>
        <translation>
            <numerusform>Kapcsolat me&amp;gszüntetése %Ln kijelölt ügyféllel…</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the offboarding of the selected customers: nothing is changed before you confirm</source>
        <translation>A kijelölt ügyfelek kapcsolatmegszüntetésének megtervezése: a megerősítésig semmi sem változik</translation>
    </message>
    <message>
        <source>Select customers first (Shift-click, Ctrl-click, Ctrl+A)</source>
        <translation>Először jelöljön ki ügyfeleket (Shift+kattintás, Ctrl+kattintás, Ctrl+A)</translation>
    </message>
    <message>
        <source>Off&amp;board selected…</source>
        <translation>Kapcsolat me&amp;gszüntetése a kijelölt ügyfelekkel…</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Előfizetések</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Vásárlások</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Szoftvervásárlások és Azure-foglalások</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>customer page section</comment>
        <translation>Fiók</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Az ügyfél szakaszai</translation>
    </message>
    <message>
        <source>Back to Customers</source>
        <translation>Vissza az Ügyfelekhez</translation>
    </message>
</context>
<context>
    <name>CustomersCommand</name>
    <message>
        <source>Customer ID</source>
        <translation>Ügyfél-azonosító</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Egyetlen ügyfél sem felel meg a következőnek: „%1”.</translation>
    </message>
    <message>
        <source>No customer&apos;s primary domain starts with &quot;%1&quot;.</source>
        <translation>Egyetlen ügyfél elsődleges tartománya sem kezdődik így: „%1”.</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Nincsenek ügyfelek.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kód: %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>Várakozás a bejelentkezésre…</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <comment>%1 is minutes:seconds</comment>
        <translation>A kód lejáratáig hátralévő idő: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Bejelentkezés a Partnerközpontba</translation>
    </message>
    <message>
        <source>Open the page below in a browser, on this or any other device, enter the code and sign in with your Partner Center account.</source>
        <translation>Nyissa meg az alábbi oldalt egy böngészőben ezen vagy bármely más eszközön, írja be a kódot, és jelentkezzen be a Partnerközpont-fiókjával.</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Kód &amp;másolása</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Böngésző megnyitása</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Ú&amp;jra</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Bejelentkezési oldal</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Hátralévő idő</translation>
    </message>
</context>
<context>
    <name>DeviceCodeFlow</name>
    <message>
        <source>The sign-in service did not send a usable code.</source>
        <translation>A bejelentkezési szolgáltatás nem küldött használható kódot.</translation>
    </message>
    <message>
        <source>The sign-in service sent an unsafe address: %1</source>
        <translation>A bejelentkezési szolgáltatás nem biztonságos címet küldött: %1</translation>
    </message>
    <message>
        <source>The sign-in service did not send an access token.</source>
        <translation>A bejelentkezési szolgáltatás nem küldött hozzáférési jogkivonatot.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>A bejelentkezést elutasították.</translation>
    </message>
    <message>
        <source>The code has expired before the sign-in was finished. Start again to get a new code.</source>
        <translation>A kód lejárt, mielőtt a bejelentkezés befejeződött. Új kódért kezdje újra.</translation>
    </message>
    <message>
        <source>The sign-in service no longer knows this code. Start again to get a new one.</source>
        <translation>A bejelentkezési szolgáltatás már nem ismeri ezt a kódot. Új kódért kezdje újra.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>A bejelentkezést megszakították.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached.</source>
        <translation>A bejelentkezési szolgáltatás nem érhető el.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>A bejelentkezés sikertelen.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Closed on %1</source>
        <comment>a cancellation window that has ended; %1 is when</comment>
        <translation>Lejárt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln license(s)</source>
        <comment>subscription quantity</comment>
        <translation>
            <numerusform>%Ln licenc</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 (usage-based)</source>
        <comment>subscription quantity of a plan billed by consumption</comment>
        <translation>%L1 (használatalapú)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>None</source>
        <comment>subscription status</comment>
        <translation>Nincs</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status, as chosen in the status selector</comment>
        <translation>Felfüggesztve</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>subscription status (deleted on the wire)</comment>
        <translation>Lemondva</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>subscription status</comment>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>subscription status</comment>
        <translation>Függőben</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>subscription status</comment>
        <translation>Letiltva</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>subscription status the app does not know; %1 is the raw value</comment>
        <translation>Ismeretlen (%1)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>billing cycle</comment>
        <translation>Havi</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>billing cycle</comment>
        <translation>Éves</translation>
    </message>
    <message>
        <source>Every three years</source>
        <comment>billing cycle</comment>
        <translation>Háromévente</translation>
    </message>
    <message>
        <source>One time</source>
        <comment>billing cycle</comment>
        <translation>Egyszeri</translation>
    </message>
    <message>
        <source>None</source>
        <comment>billing cycle</comment>
        <translation>Nincs</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>billing cycle the app does not know; %1 is the raw value</comment>
        <translation>Ismeretlen (%1)</translation>
    </message>
    <message>
        <source>Software purchase</source>
        <translation>Szoftvervásárlás</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Azure-foglalás</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>entitlement type the app does not know; %1 is the raw value</comment>
        <translation>Ismeretlen (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>entitlement type</comment>
        <translation>Egyéb</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a purchase</comment>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a purchase</comment>
        <translation>Lemondva</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>status of a purchase</comment>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>status of a purchase</comment>
        <translation>Ismeretlen</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>purchase status the app does not know; %1 is the raw value</comment>
        <translation>Ismeretlen (%1)</translation>
    </message>
    <message>
        <source>Reseller</source>
        <comment>relationship to partner</comment>
        <translation>Viszonteladó</translation>
    </message>
    <message>
        <source>None</source>
        <comment>relationship to partner</comment>
        <translation>Nincs</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>relationship to partner</comment>
        <translation>Tanácsadó</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>relationship to partner</comment>
        <translation>Ismeretlen</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>relationship the app does not know; %1 is the raw value</comment>
        <translation>Ismeretlen (%1)</translation>
    </message>
</context>
<context>
    <name>EntitlementModel</name>
    <message>
        <source>Name</source>
        <comment>product name of a purchase</comment>
        <translation>Név</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>software purchase or Azure reservation</comment>
        <translation>Típus</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rendelés</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of a purchase</comment>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Lejárat</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Lemondási határidő</translation>
    </message>
</context>
<context>
    <name>EntraRoles</name>
    <message>
        <source>Global Administrator</source>
        <translation>Globális rendszergazda</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Globális olvasó</translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation>Címtárolvasók</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Felhasználói rendszergazda</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Ügyfélszolgálati rendszergazda</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Exchange-rendszergazda</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>SharePoint-rendszergazda</translation>
    </message>
    <message>
        <source>Teams Administrator</source>
        <translation>Teams-rendszergazda</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Biztonsági rendszergazda</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Biztonsági olvasó</translation>
    </message>
    <message>
        <source>License Administrator</source>
        <translation>Licencrendszergazda</translation>
    </message>
    <message>
        <source>Billing Administrator</source>
        <translation>Számlázási rendszergazda</translation>
    </message>
    <message>
        <source>Service Support Administrator</source>
        <translation>Szolgáltatástámogatási rendszergazda</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Intune-rendszergazda</translation>
    </message>
    <message>
        <source>Cloud Device Administrator</source>
        <translation>Felhőalapú eszközök rendszergazdája</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Alkalmazás-rendszergazda</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Felhőalkalmazás-rendszergazda</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Kiemelt szerepkörű rendszergazda</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Hitelesítési rendszergazda</translation>
    </message>
    <message>
        <source>Conditional Access Administrator</source>
        <translation>Feltételes hozzáférési rendszergazda</translation>
    </message>
    <message>
        <source>Reports Reader</source>
        <translation>Jelentésolvasó</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PartnerDesk guide</source>
        <translation>PartnerDesk – útmutató</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Útmutató</translation>
    </message>
    <message>
        <source>Removing a reseller relationship</source>
        <translation>Viszonteladói kapcsolat eltávolítása</translation>
    </message>
    <message>
        <source>PartnerDesk follows Partner Center: %1 → %2 → %3 → %4.</source>
        <translation>A PartnerDesk a Partnerközpont lépéseit követi: %1 → %2 → %3 → %4.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Előfizetések</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Fiók</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Viszonteladói kapcsolat eltávolítása</translation>
    </message>
    <message>
        <source>%1: find the customer — search looks at the company name, the primary domain and the Microsoft ID — and open it with Enter or a double-click.</source>
        <translation>%1: keresse meg az ügyfelet (a keresés a vállalat nevét, az elsődleges tartományt és a Microsoft-azonosítót vizsgálja), és nyissa meg Enterrel vagy dupla kattintással.</translation>
    </message>
    <message>
        <source>%1: select each active subscription, choose %2 and %3, or suspend them all with %4. New-commerce subscriptions keep being billed while suspended: cancel them while their cancellation window is open; after it, turn auto-renew off and wait for the term end.</source>
        <translation>%1: jelölje ki az egyes aktív előfizetéseket, és válassza a(z) %2, majd a(z) %3 lehetőséget, vagy függessze fel az összeset a(z) %4 paranccsal. Az új kereskedelmi élményben vásárolt előfizetések felfüggesztve is számlázódnak: mondja le őket, amíg a lemondási időszak tart; utána kapcsolja ki az automatikus megújítást, és várja meg a futamidő végét.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Felfüggesztve</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Küldés</translation>
    </message>
    <message>
        <source>Suspend all active…</source>
        <translation>Az összes aktív előfizetés felfüggesztése…</translation>
    </message>
    <message>
        <source>%1: cancel software purchases while their cancellation window is open. Azure reservations are cancelled in the Azure portal.</source>
        <translation>%1: a szoftvervásárlásokat a lemondási időszakuk alatt mondja le. Az Azure-foglalások lemondása az Azure Portalon történik.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Vásárlások</translation>
    </message>
    <message>
        <source>%1: %2 becomes available once nothing blocks it. Type the customer&apos;s primary domain to confirm; right before the removal PartnerDesk reads the customer again from Partner Center.</source>
        <translation>%1: a(z) %2 művelet akkor válik elérhetővé, ha már semmi sem akadályozza. A megerősítéshez írja be az ügyfél elsődleges tartományát; közvetlenül az eltávolítás előtt a PartnerDesk újra lekéri az ügyfelet a Partnerközpontból.</translation>
    </message>
    <message>
        <source>%1: get the invitation link to request or re-establish a relationship with the customer later.</source>
        <translation>%1: kérje le a meghívási hivatkozást, amellyel később ügyfélkapcsolatot kérhet vagy hozhat létre újra.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Következő lépések</translation>
    </message>
    <message>
        <source>What blocks the removal</source>
        <translation>Az eltávolítás akadályai</translation>
    </message>
    <message>
        <source>an active subscription (or one still pending);</source>
        <translation>aktív (vagy még függőben lévő) előfizetés;</translation>
    </message>
    <message>
        <source>a new-commerce subscription that has not been cancelled;</source>
        <translation>le nem mondott, új kereskedelmi élményben vásárolt előfizetés;</translation>
    </message>
    <message>
        <source>a software purchase that can still be cancelled;</source>
        <translation>még lemondható szoftvervásárlás;</translation>
    </message>
    <message>
        <source>an Azure reservation.</source>
        <translation>Azure-foglalás.</translation>
    </message>
    <message>
        <source>The %1 page lists what is left, each with a way to clear it, and enables %2 the moment nothing blocks it.</source>
        <translation>A(z) %1 lap felsorolja, mi van még hátra, mindegyiknél azzal, hogyan hárítható el, és a(z) %2 műveletet abban a pillanatban elérhetővé teszi, amikor már semmi sem akadályozza.</translation>
    </message>
    <message>
        <source>The sandbox</source>
        <translation>A tesztkörnyezet</translation>
    </message>
    <message>
        <source>Without a Partner Center account PartnerDesk works on its built-in sandbox: demo customers on this computer, served the way Partner Center serves them. Nothing done there reaches Microsoft. Changes are kept between runs; %1 brings the demo data back. The status bar says where PartnerDesk is connected.</source>
        <translation>Partnerközpont-fiók nélkül a PartnerDesk a beépített tesztkörnyezettel dolgozik: bemutató ügyfelekkel ezen a számítógépen, amelyeket úgy szolgál ki, ahogy a Partnerközpont. Semmi sem jut el belőle a Microsofthoz. A módosítások az indítások között megmaradnak; a(z) %1 visszaállítja a bemutató adatokat. Az állapotsor mutatja, hová csatlakozik a PartnerDesk.</translation>
    </message>
    <message>
        <source>Connecting to Partner Center</source>
        <translation>Csatlakozás a Partnerközponthoz</translation>
    </message>
    <message>
        <source>PartnerDesk signs in through an app registration that your organisation owns, created once in your partner tenant:</source>
        <translation>A PartnerDesk egy, a szervezete tulajdonában lévő alkalmazásregisztráción keresztül jelentkezik be, amelyet egyszer kell létrehozni a partnerbérlőjében:</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, register a new application: accounts in this organizational directory only, no redirect URI (&lt;a href=&quot;%1&quot;&gt;Microsoft&apos;s steps&lt;/a&gt;).</source>
        <translation>A Microsoft Entra Felügyeleti központban regisztráljon egy új alkalmazást: csak az ebben a szervezeti címtárban lévő fiókok, átirányítási URI nélkül (&lt;a href=&quot;%1&quot;&gt;a Microsoft útmutatója&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Under %1, set %2 to %3.</source>
        <translation>A(z) %1 területen állítsa a(z) %2 beállítást erre: %3.</translation>
    </message>
    <message>
        <source>Under %1, add the delegated permission %2 of %3 and grant admin consent. No client secret is needed.</source>
        <translation>A(z) %1 területen adja hozzá a(z) %3 delegált %2 engedélyét, és adja meg a rendszergazdai hozzájárulást. Ügyfélkulcsra nincs szükség.</translation>
    </message>
    <message>
        <source>In %1 enter your tenant (its directory ID or domain) and the application (client) ID, then choose %2.</source>
        <translation>A(z) %1 ablakban adja meg a bérlőjét (a címtár azonosítóját vagy a tartományát) és az alkalmazás (ügyfél) azonosítóját, majd válassza a(z) %2 lehetőséget.</translation>
    </message>
    <message>
        <source>Removing a reseller relationship needs the Admin agent (or Global admin) role in Partner Center. Tokens are kept only in the system&apos;s keychain, never in files.</source>
        <translation>A viszonteladói kapcsolat eltávolításához rendszergazdai ügynök (vagy globális rendszergazda) szerepkör szükséges a Partnerközpontban. A tokenek csak a rendszer kulcstartójába kerülnek, fájlba soha.</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>Az auditnapló</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes, attempt and result, is recorded with Partner Center&apos;s correlation ID in the audit log: %1.</source>
        <translation>A PartnerDesk minden módosítását (a kísérletet és az eredményt is) a Partnerközpont korrelációs azonosítójával együtt rögzíti az auditnaplóban: %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>Ú&amp;tmutató</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Billentyűparancsok</translation>
    </message>
    <message>
        <source>Open &amp;audit log</source>
        <translation>&amp;Auditnapló megnyitása</translation>
    </message>
    <message>
        <source>Every change PartnerDesk made, with its result</source>
        <translation>A PartnerDesk minden módosítása az eredményével</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Adat&amp;mappa megnyitása</translation>
    </message>
    <message>
        <source>The audit log and the sandbox&apos;s data</source>
        <translation>Az auditnapló és a tesztkörnyezet adatai</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>A PartnerDesk &amp;névjegye</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>A &amp;Qt névjegye</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditnapló</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. The first change made with PartnerDesk starts the audit log in %1.</source>
        <translation>Még nincs rögzített módosítás. A PartnerDesk első módosítása hozza létre az auditnaplót itt: %1.</translation>
    </message>
    <message>
        <source>No program could be started to show the audit log. It is a text file, one JSON record per line: %1</source>
        <translation>Nem sikerült programot indítani az auditnapló megjelenítéséhez. Ez egy szövegfájl, soronként egy JSON-rekorddal: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Adatmappa</translation>
    </message>
    <message>
        <source>No file manager could be started. The data folder is %1</source>
        <translation>Nem sikerült fájlkezelőt indítani. Az adatmappa: %1</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID.</source>
        <translation>%1. sor: „%2” nem elsődleges tartomány, ügyfél-azonosító vagy Microsoft-azonosító.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID (%3).</source>
        <translation>%1. sor: „%2” nem elsődleges tartomány, ügyfél-azonosító vagy Microsoft-azonosító (%3).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is listed already on line %3.</source>
        <translation>%1. sor: „%2” már szerepel a(z) %3. sorban.</translation>
    </message>
    <message>
        <source>Line %1: no customer has the primary domain, customer ID or Microsoft ID “%2”.</source>
        <translation>%1. sor: egyetlen ügyfélnek sem ez az elsődleges tartománya, ügyfél-azonosítója vagy Microsoft-azonosítója: „%2”.</translation>
    </message>
    <message>
        <source>Line %1: “%2” names %3, already named on line %4.</source>
        <translation>%1. sor: „%2” a következőt jelöli: %3, amely már szerepel a(z) %4. sorban.</translation>
    </message>
</context>
<context>
    <name>IndirectProviders</name>
    <message>
        <source>Your organisation is an indirect reseller: only its indirect provider (%1) can remove the reseller relationship. Ask them to remove it.</source>
        <comment>%1 names the indirect providers</comment>
        <translation>A szervezete közvetett viszonteladó: a viszonteladói kapcsolatot csak a közvetett szolgáltatója (%1) távolíthatja el. Kérje meg rá.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Not started: the run was cancelled before it.</source>
        <translation>Nem indult el: a futtatást még előtte megszakították.</translation>
    </message>
    <message>
        <source>Changed with its base subscription.</source>
        <translation>Az alapelőfizetéssel együtt módosult.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>there is no D-Bus session bus to reach a keychain service on</source>
        <translation>nincs D-Bus munkamenetbusz, amelyen keresztül egy kulcstartó-szolgáltatás elérhető volna</translation>
    </message>
    <message>
        <source>neither the Secret Service (e.g. GNOME Keyring) nor KWallet is running</source>
        <translation>sem a Secret Service (pl. GNOME Keyring), sem a KWallet nem fut</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until PartnerDesk closes; nothing is saved to disk.</source>
        <translation>Nem érhető el kulcstartó (%1). A PartnerDesk bezárásáig bejelentkezve marad; semmi sem kerül lemezre.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>A kulcstartó elutasította a kérést: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>a kulcstartó nem válaszolt időben</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Nyelv</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot connect</source>
        <translation>Nem sikerült csatlakozni</translation>
    </message>
    <message>
        <source>%1 — PartnerDesk</source>
        <comment>window title: customer — app</comment>
        <translation>%1 — PartnerDesk</translation>
    </message>
    <message>
        <source>Customers — PartnerDesk</source>
        <comment>window title</comment>
        <translation>Ügyfelek — PartnerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportálás CSV-fájlba…</translation>
    </message>
    <message>
        <source>Save the customers as currently filtered to a CSV file</source>
        <translation>A jelenleg szűrt ügyfelek mentése CSV-fájlba</translation>
    </message>
    <message>
        <source>&amp;Reset sandbox…</source>
        <translation>Tesztkörnyezet &amp;alaphelyzetbe állítása…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Frissítés</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <comment>default export file name</comment>
        <translation>ugyfelek.csv</translation>
    </message>
    <message>
        <source>Reset sandbox</source>
        <translation>Tesztkörnyezet alaphelyzetbe állítása</translation>
    </message>
    <message>
        <source>Put the demo data back as it was? Every change made in the sandbox, removals included, is lost.</source>
        <translation>Visszaállítja a bemutatóadatok eredeti állapotát? A tesztkörnyezetben végzett összes módosítás – az eltávolításokat is beleértve – elvész.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <comment>menu item: the audit log as a table</comment>
        <translation>&amp;Tevékenység</translation>
    </message>
    <message>
        <source>Every change made from this computer, with search and filters</source>
        <translation>Az erről a számítógépről végzett összes módosítás, kereséssel és szűrőkkel</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>%Ln ügyfél exportálva ide: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search customers</source>
        <comment>menu item: go to the Customers search field</comment>
        <translation>Ügyfelek &amp;keresése</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Nem érhető el kulcstartó.</translation>
    </message>
</context>
<context>
    <name>NextStepsWidget</name>
    <message>
        <source>The invitation link is on the clipboard.</source>
        <translation>A meghívási hivatkozás a vágólapra került.</translation>
    </message>
    <message>
        <source>Your e-mail program was asked to open a new message with the invitation link.</source>
        <translation>A levelezőprogram kérést kapott egy új, a meghívási hivatkozást tartalmazó üzenet megnyitására.</translation>
    </message>
    <message>
        <source>Getting the invitation link…</source>
        <translation>A meghívási hivatkozás lekérése…</translation>
    </message>
    <message>
        <source>The invitation link is not an https:// address.</source>
        <translation>A meghívási hivatkozás nem https:// cím.</translation>
    </message>
    <message>
        <source>Invitation to a reseller relationship</source>
        <translation>Meghívás viszonteladói kapcsolatra</translation>
    </message>
    <message>
        <source>Hello,

to let us manage your Microsoft subscriptions as your reseller, please open this link, sign in as a Global admin and accept the invitation:

%1

Thank you.</source>
        <translation>Tisztelt Ügyfelünk!

Ahhoz, hogy viszonteladóként kezelhessük Microsoft-előfizetéseit, kérjük, nyissa meg az alábbi hivatkozást, jelentkezzen be globális rendszergazdaként, és fogadja el a meghívást:

%1

Köszönjük együttműködését.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Következő lépések</translation>
    </message>
    <message>
        <source>Request or re-establish a relationship with a customer</source>
        <translation>Ügyfélkapcsolat kérése vagy újbóli létrehozása</translation>
    </message>
    <message>
        <source>Get the invitation link to send to the customer.</source>
        <translation>Kérje le az ügyfélnek küldendő meghívási hivatkozást.</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Meghívási hivatkozás</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the invitation link</comment>
        <translation>Másolás</translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation>Meghívási hivatkozás másolása</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>E-mail megnyitása</translation>
    </message>
    <message>
        <source>Open e-mail with the invitation link</source>
        <translation>E-mail megnyitása a meghívási hivatkozással</translation>
    </message>
    <message>
        <source>The invitation link could not be fetched. %1</source>
        <translation>Nem sikerült lekérni a meghívási hivatkozást. %1</translation>
    </message>
    <message>
        <source>No e-mail program is set up on this computer, so no message was opened. Copy the link and paste it into a message.</source>
        <translation>Ezen a számítógépen nincs beállítva levelezőprogram, ezért nem nyílt meg üzenet. Másolja ki a hivatkozást a Másolás gombbal, és illessze be egy üzenetbe.</translation>
    </message>
</context>
<context>
    <name>OAuthReply</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-állapotkód: %1</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>A bejelentkezési szolgáltatás nem érhető el: %1</translation>
    </message>
    <message>
        <source>The sign-in service gave an answer PartnerDesk does not understand (%1).</source>
        <translation>A bejelentkezési szolgáltatás a PartnerDesk számára érthetetlen választ adott (%1).</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>A bejelentkezése már nem érvényes. Jelentkezzen be újra.</translation>
    </message>
    <message>
        <source>The app registration does not allow this sign-in. Check the application (client) ID and that public client flows are allowed. The service said: %1</source>
        <translation>Az alkalmazásregisztráció nem engedélyezi ezt a bejelentkezést. Ellenőrizze az alkalmazás (ügyfél) azonosítóját, és azt, hogy a nyilvános ügyfélfolyamatok engedélyezve vannak-e. A szolgáltatás válasza: %1</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1): %2</source>
        <comment>%1 is an OAuth error code</comment>
        <translation>A bejelentkezési szolgáltatás elutasította a kérést (%1): %2</translation>
    </message>
</context>
<context>
    <name>OffboardCommand</name>
    <message>
        <source>Done: %1</source>
        <translation>Kész: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Sikertelen: %1</translation>
    </message>
    <message>
        <source>%1 is offboarded: the reseller relationship is removed.</source>
        <translation>%1: az ügyfélkapcsolat megszüntetése kész, a viszonteladói kapcsolat eltávolítva.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was not removed.</source>
        <translation>A(z) %1 ügyféllel fennálló viszonteladói kapcsolat nem lett eltávolítva.</translation>
    </message>
    <message>
        <source>Your roles (%1) do not allow it. Ask a Global admin or an Admin agent.</source>
        <translation>A szerepkörei (%1) ezt nem engedik. Kérjen meg egy globális rendszergazdát vagy egy rendszergazdai ügynököt.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read; they are left as they are:</source>
        <translation>A rendszergazdai kapcsolatokat nem sikerült beolvasni; változatlanok maradnak:</translation>
    </message>
    <message>
        <source>Not known whether this was done: %1</source>
        <translation>Nem tudható, hogy megtörtént-e: %1</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli readiness %1&quot; before running offboard again.</source>
        <translation>Mielőtt újra futtatja az offboard parancsot, ellenőrizze az állapotot ezzel: „partnerdesk-cli readiness %1”.</translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message>
        <source>You may not remove the reseller relationship.</source>
        <translation>Ön nem távolíthatja el a viszonteladói kapcsolatot.</translation>
    </message>
    <message>
        <source>A new-commerce subscription past its cancellation window is billed until its term ends.</source>
        <translation>Az új kereskedelmi élményben vásárolt előfizetést a lemondási időszak lejárta után a futamidő végéig számlázzák.</translation>
    </message>
    <message>
        <source>Wait for the term end with auto-renew off; then it expires.</source>
        <translation>Kapcsolja ki az automatikus megújítást, és várja meg a futamidő végét; ekkor az előfizetés lejár.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under the Azure plan are active: %1.</source>
        <translation>
            <numerusform>Az Azure-csomagban %Ln Azure-előfizetés aktív: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable them in the Azure portal (Subscriptions), then suspend the Azure plan.</source>
        <translation>Tiltsa le őket az Azure Portalon (Előfizetések), majd függessze fel az Azure-csomagot.</translation>
    </message>
    <message>
        <source>An Azure savings plan is active.</source>
        <translation>Egy Azure-megtakarítási csomag aktív.</translation>
    </message>
    <message>
        <source>An Azure reservation is active.</source>
        <translation>Egy Azure-foglalás aktív.</translation>
    </message>
    <message>
        <source>Cancel it in the Azure portal (Savings plans).</source>
        <translation>Mondja le az Azure Portalon (Megtakarítási csomagok).</translation>
    </message>
    <message>
        <source>Cancel or exchange it in the Azure portal (Reservations).</source>
        <translation>Mondja le vagy cserélje le az Azure Portalon (Foglalások).</translation>
    </message>
    <message>
        <source>Suspend &quot;%1&quot;</source>
        <translation>„%1” felfüggesztése</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;</source>
        <translation>„%1” lemondása</translation>
    </message>
    <message>
        <source>Turn auto-renew off for &quot;%1&quot;</source>
        <translation>Az automatikus megújítás kikapcsolása: „%1”</translation>
    </message>
    <message>
        <source>Cancel the software purchase &quot;%1&quot;</source>
        <translation>A(z) „%1” szoftvervásárlás lemondása</translation>
    </message>
    <message>
        <source>Remove the reseller relationship</source>
        <translation>A viszonteladói kapcsolat eltávolítása</translation>
    </message>
    <message>
        <source>Terminate the admin relationship &quot;%1&quot;</source>
        <translation>A(z) „%1” rendszergazdai kapcsolat megszüntetése</translation>
    </message>
    <message>
        <source>(with its add-ons: %1)</source>
        <translation>(a bővítményeivel együtt: %1)</translation>
    </message>
    <message>
        <source>What will be done:</source>
        <translation>Végrehajtandó műveletek:</translation>
    </message>
    <message>
        <source>What blocks the removal, and what to do:</source>
        <translation>Az eltávolítás akadályai és a teendők:</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(eddig: %1)</translation>
    </message>
</context>
<context>
    <name>PartnerCenterClient</name>
    <message>
        <source>The address %1 is not a valid URL.</source>
        <translation>A megadott cím (%1) nem érvényes URL.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback). Use https:// for %1.</source>
        <translation>Titkosítatlan http:// kapcsolat csak ehhez a számítógéphez (visszacsatolási cím) engedélyezett. A következőhöz használjon https:// címet: %1.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1.</source>
        <translation>Csak https:// címek támogatottak, ez nem az: %1.</translation>
    </message>
    <message>
        <source>The next page is on another server (%1); it was not requested.</source>
        <translation>A következő oldal egy másik kiszolgálón van (%1), ezért a PartnerDesk nem kérte le.</translation>
    </message>
    <message>
        <source>The answer says the relationship is &quot;%1&quot;, not &quot;none&quot;.</source>
        <translation>A válasz szerint a kapcsolat „%1”, nem „none”.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Company profile</source>
        <translation>Vállalati profil</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Számlázási adatok</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Vállalat neve:</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Elsődleges tartomány:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>Microsoft-azonosító:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Cím:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <comment>billing contact person</comment>
        <translation>Kapcsolattartó:</translation>
    </message>
    <message>
        <source>Language:</source>
        <comment>billing language</comment>
        <translation>Nyelv:</translation>
    </message>
</context>
<context>
    <name>PurchaseDetailsPanel</name>
    <message>
        <source>Cancelling the order in Partner Center…</source>
        <translation>A rendelés lemondása a Partnerközpontban…</translation>
    </message>
    <message>
        <source>✓ Cancelled. The order for %1 is cancelled.</source>
        <comment>%1 is a product name</comment>
        <translation>✓ Lemondva. A következő termék rendelése lemondva: %1.</translation>
    </message>
    <message>
        <source>✗ Not cancelled. %1</source>
        <translation>✗ A lemondás nem sikerült. %1</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>software purchase or Azure reservation</comment>
        <translation>Típus:</translation>
    </message>
    <message>
        <source>Product:</source>
        <comment>product and SKU ID</comment>
        <translation>Termék:</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>Rendelésazonosító:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Mennyiség:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>status of a purchase</comment>
        <translation>Állapot:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Lejárat:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Lemondási határidő:</translation>
    </message>
    <message>
        <source>Select a purchase to see its details and whether it can still be cancelled.</source>
        <translation>Válasszon ki egy vásárlást: megjelennek a részletei, és az is, hogy lemondható-e még.</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <comment>of a purchase</comment>
        <translation>Lemondás</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Rendelés lemondása…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Az Azure Portal megnyitása</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled or exchanged in the Azure portal (or through Azure support), not in Partner Center. Once it is cancelled there, use Refresh.</source>
        <translation>Az Azure-foglalások lemondása vagy cseréje az Azure Portalon (vagy az Azure-támogatáson keresztül) történik, nem a Partnerközpontban. Ha ott lemondta, használja a Frissítés gombot.</translation>
    </message>
    <message>
        <source>PartnerDesk does not know this kind of purchase, so it cannot cancel it.</source>
        <translation>A PartnerDesk nem ismeri ezt a vásárlástípust, ezért nem tudja lemondani.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow cancelling purchases. An Admin agent or a Global admin can do it.</source>
        <translation>A szerepköre (%1) nem teszi lehetővé vásárlások lemondását. Ezt egy rendszergazdai ügynök vagy egy globális rendszergazda teheti meg.</translation>
    </message>
    <message>
        <source>This purchase can be cancelled until %1. It is refunded according to Microsoft&apos;s cancellation policy; a cancelled order cannot be restored.</source>
        <translation>Ez a vásárlás a következő időpontig mondható le: %1. A visszatérítés a Microsoft lemondási szabályzata szerint történik; a lemondott rendelés nem állítható vissza.</translation>
    </message>
    <message>
        <source>Purchase details</source>
        <translation>Vásárlás részletei</translation>
    </message>
    <message>
        <source>The order is being cancelled…</source>
        <translation>A rendelés lemondása folyamatban…</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The order could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Ismeretlen eredmény. %1

A rendelést sem sikerült újra beolvasni. Új próbálkozás előtt ellenőrizze az állapotát (most újra beolvassuk).</translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message>
        <source>Cancel software order</source>
        <translation>Szoftverrendelés lemondása</translation>
    </message>
    <message>
        <source>Cancel the order for %1? The purchase is refunded according to Microsoft&apos;s cancellation policy and cannot be restored.</source>
        <translation>Lemondja ezt a rendelést: %1? A vásárlás visszatérítése a Microsoft lemondási szabályzata szerint történik, és a rendelés nem állítható vissza.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <comment>confirm cancelling a software order</comment>
        <translation>Rendelés lemondása</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>Read this customer&apos;s purchases again from Partner Center</source>
        <translation>Az ügyfél vásárlásainak újbóli beolvasása a Partnerközpontból</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Szoftvervásárlások és Azure-foglalások</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Nem sikerült betölteni a vásárlásokat</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Loading purchases…</source>
        <translation>Vásárlások betöltése…</translation>
    </message>
    <message>
        <source>No software purchases or Azure reservations</source>
        <translation>Nincsenek szoftvervásárlások vagy Azure-foglalások</translation>
    </message>
    <message>
        <source>This customer has bought no software and no Azure reservations through you, so nothing here stands in the way of removing the relationship.</source>
        <translation>Az ügyfél nem vásárolt Önön keresztül sem szoftvert, sem Azure-foglalást, így itt semmi sem akadályozza a kapcsolat eltávolítását.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln software purchase(s)</source>
        <translation>
            <numerusform>%Ln szoftvervásárlás</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure reservation(s)</source>
        <translation>
            <numerusform>%Ln Azure-foglalás</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchases could not be read again; they are shown as last read. %1</source>
        <translation>Nem sikerült újra beolvasni a vásárlásokat; a legutóbb beolvasott állapotukban látszanak. %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Megjeleníti a parancssori kapcsolók súgóját.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Megjeleníti a súgót a Qt-specifikus kapcsolókkal együtt.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Váratlan argumentum: „%1”.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Megjeleníti ezt a súgót.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Megjeleníti a verzióinformációkat.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Használat: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[kapcsolók]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Kapcsolók:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentumok:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Ismeretlen kapcsoló: „%1”.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Ismeretlen kapcsolók: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Hiányzó érték ez után: „%1”.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Váratlan érték ez után: „%1”.</translation>
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
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Igen</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nem</translation>
    </message>
</context>
<context>
    <name>ReadinessCommand</name>
    <message>
        <source>The reseller relationship with %1 can be removed.</source>
        <translation>Az ügyféllel (%1) fennálló viszonteladói kapcsolat eltávolítható.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet.</source>
        <translation>Az ügyféllel (%1) fennálló viszonteladói kapcsolat még nem távolítható el.</translation>
    </message>
</context>
<context>
    <name>RecommendedSteps</name>
    <message>
        <source>Recommended before the removal</source>
        <translation>Az eltávolítás előtt ajánlott</translation>
    </message>
    <message>
        <source>Recommended: terminate the admin relationships</source>
        <translation>Ajánlott: szüntesse meg a rendszergazdai kapcsolatokat</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Összes megszüntetése…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) still give your organisation admin access to this customer&apos;s tenant. The removal does not end them, and does not wait for them.</source>
        <translation>
            <numerusform>%Ln rendszergazdai kapcsolat még mindig rendszergazdai hozzáférést ad a szervezetének az ügyfél bérlőjéhez. Az eltávolítás nem szünteti meg őket, és nem is vár rájuk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalBlocker</name>
    <message>
        <source>an unknown date</source>
        <comment>in: wait for the term end on %1</comment>
        <translation>ismeretlen dátum</translation>
    </message>
    <message>
        <source>Active subscription: %1</source>
        <translation>Aktív előfizetés: %1</translation>
    </message>
    <message>
        <source>New-commerce subscription not cancelled: %1</source>
        <translation>Nem lemondott előfizetés (új kereskedelmi élmény): %1</translation>
    </message>
    <message>
        <source>Azure reservation: %1</source>
        <translation>Azure-foglalás: %1</translation>
    </message>
    <message>
        <source>Software purchase still cancellable: %1</source>
        <translation>Még lemondható szoftvervásárlás: %1</translation>
    </message>
    <message>
        <source>Subscriptions not loaded yet</source>
        <translation>Az előfizetések még nincsenek betöltve</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Nem sikerült betölteni az előfizetéseket</translation>
    </message>
    <message>
        <source>Suspend this subscription.</source>
        <translation>Függessze fel ezt az előfizetést.</translation>
    </message>
    <message>
        <source>New-commerce subscriptions keep being billed while suspended. Cancel it before %1.</source>
        <translation>Az új kereskedelmi élmény előfizetéseinek számlázása felfüggesztés alatt is folytatódik. Mondja le a következő időpont előtt: %1.</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled in the Azure portal or through Azure support, not here.</source>
        <translation>Az Azure-foglalások lemondása az Azure Portalon vagy az Azure-támogatáson keresztül történik, nem itt.</translation>
    </message>
    <message>
        <source>Cancel the order before %1, or wait until then.</source>
        <translation>Mondja le a rendelést, vagy várjon a következő időpontig: %1.</translation>
    </message>
    <message>
        <source>Whether the relationship can be removed is known once the customer&apos;s subscriptions are loaded.</source>
        <translation>Az, hogy a kapcsolat eltávolítható-e, az ügyfél előfizetéseinek betöltése után derül ki.</translation>
    </message>
    <message>
        <source>Without the customer&apos;s subscriptions it is not known whether the relationship can be removed. Try again.</source>
        <translation>Az ügyfél előfizetései nélkül nem tudható, hogy a kapcsolat eltávolítható-e. Próbálja újra.</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Nem sikerült betölteni a vásárlásokat</translation>
    </message>
    <message>
        <source>Without the customer&apos;s software purchases and Azure reservations it is not known whether the relationship can be removed. Try again.</source>
        <translation>Az ügyfél szoftvervásárlásai és Azure-foglalásai nélkül nem tudható, hogy a kapcsolat eltávolítható-e. Próbálja újra.</translation>
    </message>
    <message>
        <source>Azure savings plan: %1</source>
        <translation>Azure-megtakarítási csomag: %1</translation>
    </message>
    <message>
        <source>Marketplace subscription: %1</source>
        <translation>Piactéri előfizetés: %1</translation>
    </message>
    <message>
        <source>Azure plan with active Azure subscriptions: %1</source>
        <translation>Azure-csomag aktív Azure-előfizetésekkel: %1</translation>
    </message>
    <message>
        <source>Suspend this subscription. Its add-ons follow it: %1.</source>
        <translation>Függessze fel ezt az előfizetést. A bővítményei vele együtt változnak: %1.</translation>
    </message>
    <message>
        <source>The cancellation window has passed. Turn auto-renew off here; the subscription stays, and is billed, until its term ends on %1.</source>
        <translation>A lemondási időszak lejárt. Kapcsolja ki itt az automatikus megújítást; az előfizetés a futamidő végéig megmarad, és addig számlázzák (%1).</translation>
    </message>
    <message>
        <source>The cancellation window has passed and auto-renew is off. The subscription stays, and is billed, until its term ends on %1.</source>
        <translation>A lemondási időszak lejárt, és az automatikus megújítás ki van kapcsolva. Az előfizetés a futamidő végéig megmarad, és addig számlázzák (%1).</translation>
    </message>
    <message>
        <source>Cancel this marketplace (SaaS) subscription.</source>
        <translation>Mondja le ezt a piactéri előfizetést (SaaS).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under this plan are active: %1. Disable them in the Azure portal; until then Partner Center refuses to suspend the plan (error 900115).</source>
        <translation>
            <numerusform>Ebben a csomagban %Ln Azure-előfizetés aktív: %1. Tiltsa le őket az Azure Portalon; addig a Partnerközpont nem függeszti fel a csomagot (900115-ös hiba).</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure savings plans are cancelled in the Azure portal, not here.</source>
        <translation>Az Azure-megtakarítási csomagok lemondása az Azure Portalon történik, nem itt.</translation>
    </message>
</context>
<context>
    <name>RemovalPanel</name>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Viszonteladói kapcsolat eltávolítása</translation>
    </message>
    <message>
        <source>Ends your reseller relationship with this customer. You will be asked to confirm.</source>
        <translation>Megszünteti a viszonteladói kapcsolatát ezzel az ügyféllel. A művelethez megerősítés szükséges.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow removing a reseller relationship. An Admin agent, a Sales agent or a Global admin can do it.</source>
        <translation>A szerepköre (%1) nem teszi lehetővé viszonteladói kapcsolat eltávolítását. Ezt egy rendszergazdai ügynök, egy értékesítési ügynök vagy egy globális rendszergazda teheti meg.</translation>
    </message>
    <message>
        <source>No subscription is active and nothing else blocks the removal.</source>
        <translation>Nincs aktív előfizetés, és semmi más sem akadályozza az eltávolítást.</translation>
    </message>
</context>
<context>
    <name>RemovalReadiness</name>
    <message>
        <source>If any subscriptions are still active, the Remove reseller relationship action is unavailable.</source>
        <translation>Ha valamelyik előfizetés még aktív, a Viszonteladói kapcsolat eltávolítása művelet nem érhető el.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active subscription(s)</source>
        <translation>
            <numerusform>%Ln aktív előfizetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) still block the removal.</source>
        <translation>
            <numerusform>%Ln tétel akadályozza még az eltávolítást.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalResultDialog</name>
    <message>
        <source>Reseller relationship removed</source>
        <translation>Viszonteladói kapcsolat eltávolítva</translation>
    </message>
    <message>
        <source>✓ The reseller relationship with %1 (%2) has been removed. The customer is no longer in your customer list.</source>
        <translation>✓ A viszonteladói kapcsolat eltávolítva: %1 (%2). Az ügyfél már nem szerepel az ügyféllistájában.</translation>
    </message>
    <message>
        <source>✓ Admin relationship “%1”: termination requested; Microsoft Graph ends it within minutes.</source>
        <translation>✓ „%1” rendszergazdai kapcsolat: megszüntetés kérve; a Microsoft Graph néhány percen belül megszünteti.</translation>
    </message>
    <message>
        <source>⚠ Admin relationship “%1”: it is not known whether the termination was requested. %2</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ „%1” rendszergazdai kapcsolat: nem tudható, hogy a megszüntetést kérték-e. %2</translation>
    </message>
    <message>
        <source>✗ Admin relationship “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ A(z) „%1” rendszergazdai kapcsolat nem szűnt meg. %2</translation>
    </message>
    <message>
        <source>The admin relationships could not be read, so none was terminated. Check them in Partner Center.</source>
        <translation>A rendszergazdai kapcsolatokat nem sikerült beolvasni, ezért egyik sem szűnt meg. Ellenőrizze őket a Partnerközpontban.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) with the customer remain active: your organisation keeps admin access to its tenant until they are terminated or end.</source>
        <translation>
            <numerusform>%Ln rendszergazdai kapcsolat aktív marad az ügyféllel: a szervezete megtartja a rendszergazdai hozzáférést a bérlőjéhez, amíg meg nem szüntetik, vagy le nem jár.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipCommand</name>
    <message>
        <source>Checking the customer&apos;s subscriptions and purchases…</source>
        <translation>Az ügyfél előfizetéseinek és vásárlásainak ellenőrzése…</translation>
    </message>
    <message>
        <source>Removing the reseller relationship…</source>
        <translation>A viszonteladói kapcsolat eltávolítása…</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet:</source>
        <translation>Az ügyféllel (%1) fennálló viszonteladói kapcsolat még nem távolítható el:</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was removed.</source>
        <translation>Az ügyféllel (%1) fennálló viszonteladói kapcsolat eltávolítva.</translation>
    </message>
    <message>
        <source>To work with the customer again, send them the invitation link from &quot;partnerdesk-cli request-link&quot;.</source>
        <translation>Ha ismét együtt szeretne működni az ügyféllel, küldje el neki a „partnerdesk-cli request-link” paranccsal kapott meghívási hivatkozást.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the primary domain of %2; nothing was changed. Type the primary domain after --confirm.</source>
        <translation>„%1” nem az ügyfél (%2) elsődleges tartománya; semmi sem változott. A --confirm után az elsődleges tartományt írja be.</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli customers --domain %1&quot; before trying again: if the relationship was removed, the customer is no longer listed or shows no relationship.</source>
        <translation>Új próbálkozás előtt ellenőrizze a „partnerdesk-cli customers --domain %1” paranccsal: ha a kapcsolat eltávolítása megtörtént, az ügyfél már nem szerepel a listában, vagy nincs kapcsolata.</translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipFlow</name>
    <message>
        <source>Checking the subscriptions again…</source>
        <translation>Az előfizetések ismételt ellenőrzése…</translation>
    </message>
    <message>
        <source>Removing the relationship…</source>
        <translation>A kapcsolat eltávolítása…</translation>
    </message>
    <message>
        <source>The relationship was not removed</source>
        <translation>A kapcsolat eltávolítása nem történt meg</translation>
    </message>
    <message>
        <source>The relationship may have been removed</source>
        <translation>Lehet, hogy a kapcsolat eltávolítása megtörtént</translation>
    </message>
    <message>
        <source>%1

The customer could not be read back either. Before trying again, check in the customer list whether the reseller relationship is still there.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>%1

Az ügyfelet sem sikerült újra beolvasni. Új próbálkozás előtt ellenőrizze az ügyféllistában, hogy a viszonteladói kapcsolat megvan-e még.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <comment>%1 is the error message with its details</comment>
        <translation>Nem történt eltávolítás. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>remove the reseller relationship again after it failed</comment>
        <translation>Újrapróbálkozás</translation>
    </message>
    <message>
        <source>Not removed. Partner Center now reports something that blocks the removal, so nothing was sent. The subscriptions have been refreshed.

%1</source>
        <translation>Nem történt eltávolítás. A Partnerközpont most az eltávolítást akadályozó tételt jelez, ezért a PartnerDesk nem küldött semmit. Az előfizetések listája frissült.

%1</translation>
    </message>
    <message>
        <source>Terminating the admin relationships…</source>
        <translation>A rendszergazdai kapcsolatok megszüntetése…</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>The file is not the journal of a run.</source>
        <translation>A fájl nem egy tömeges futtatás naplója.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>A napló nincs megnyitva.</translation>
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
        <translation>Ügyfél / művelet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>Details and what to do</source>
        <translation>Részletek és teendők</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelációs azonosító</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Pages</source>
        <translation>Lapok</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>A kijelölt ügyfél megnyitása</translation>
    </message>
    <message>
        <source>Next section of a customer (Subscriptions, Purchases, Account)</source>
        <translation>Az ügyfél következő része (Előfizetések, Vásárlások, Fiók)</translation>
    </message>
    <message>
        <source>Previous section of a customer</source>
        <translation>Az ügyfél előző része</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Mindenhol</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Következő vezérlő</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Előző vezérlő</translation>
    </message>
    <message>
        <source>Open a menu, or use the control whose letter is underlined</source>
        <translation>Menü megnyitása vagy az aláhúzott betűjű vezérlő használata</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <comment>the Alt key with the underlined letter</comment>
        <translation>Alt+betű</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Billentyűparancsok</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Billentyű</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Művelet</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2.</source>
        <translation>A bejelentkezéshez nyissa meg böngészőben a következő címet: %1, és írja be ezt a kódot: %2.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in (the code is valid until %1)…</source>
        <translation>Várakozás a bejelentkezésre (a kód eddig érvényes: %1)…</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nincs bejelentkezve: %1</translation>
    </message>
    <message>
        <source>Signed in as %1, but the sign-in is lost when this command ends.</source>
        <translation>Bejelentkezve: %1, de a bejelentkezés a parancs befejeződésekor elvész.</translation>
    </message>
    <message>
        <source>The keychain did not store it.</source>
        <translation>A kulcstartó nem tárolta el.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>No keychain</source>
        <translation>Nincs kulcstartó</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Kijelentkezve</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Signed out. Commands use the sandbox again.</source>
        <translation>Kijelentkezve. A parancsok ismét a tesztkörnyezetet használják.</translation>
    </message>
</context>
<context>
    <name>SignedInTokenSource</name>
    <message>
        <source>You are signed out.</source>
        <translation>Ön kijelentkezett.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>A bejelentkezése lejárt. Jelentkezzen be újra.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Nincs bejelentkezve.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetailsPanel</name>
    <message>
        <source>Select a subscription to see its details and change its status.</source>
        <translation>Válasszon ki egy előfizetést a részletek megtekintéséhez és az állapot módosításához.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Állapot módosítása</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status</comment>
        <translation>Felfüggesztve</translation>
    </message>
    <message>
        <source>Submit</source>
        <comment>apply the chosen subscription status</comment>
        <translation>Küldés</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions. An Admin agent or a Global admin can do it.</source>
        <translation>A szerepköre (%1) nem teszi lehetővé előfizetések módosítását. Ezt egy rendszergazdai ügynök vagy egy globális rendszergazda teheti meg.</translation>
    </message>
    <message>
        <source>A subscription that is %1 cannot be changed any more.</source>
        <comment>%1 is a status such as Expired</comment>
        <translation>Ez az előfizetés már nem módosítható (állapota: %1).</translation>
    </message>
    <message>
        <source>Subscription details</source>
        <translation>Előfizetés részletei</translation>
    </message>
    <message>
        <source>On</source>
        <comment>auto-renew</comment>
        <translation>Be</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-renew</comment>
        <translation>Ki</translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>A módosítás küldése…</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation>Válasszon a jelenlegitől eltérő állapotot.</translation>
    </message>
    <message>
        <source>Sending the change to Partner Center…</source>
        <translation>A módosítás küldése a Partnerközpontba…</translation>
    </message>
    <message>
        <source>✓ Done. %1 is now %2.</source>
        <comment>%1 subscription, %2 its status</comment>
        <translation>✓ Kész. %1 új állapota: %2.</translation>
    </message>
    <message>
        <source>✗ Not changed. %1</source>
        <translation>✗ Nem történt módosítás. %1</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The subscription could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Ismeretlen eredmény. %1

Az előfizetést sem sikerült újra beolvasni. Új próbálkozás előtt ellenőrizze az állapotát (most újra beolvassuk).</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Előfizetés lemondása</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled new-commerce subscription cannot be reactivated. It is refunded according to Microsoft&apos;s cancellation policy.</source>
        <translation>Lemondja a(z) %1 előfizetést? Ez végleges: a lemondott, új kereskedelmi élményben vásárolt előfizetés nem aktiválható újra. A visszatérítés a Microsoft lemondási szabályzata szerint történik.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>confirm cancelling a new-commerce subscription</comment>
        <translation>Előfizetés lemondása</translation>
    </message>
    <message>
        <source>Possible until %1.</source>
        <comment>cancelling a new-commerce subscription</comment>
        <translation>Határidő: %1.</translation>
    </message>
    <message>
        <source>Auto-renew at the term end</source>
        <translation>Automatikus megújítás a futamidő végén</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled marketplace subscription cannot be reactivated.</source>
        <translation>Lemondja a(z) %1 előfizetést? Ez végleges: a lemondott piactéri előfizetés nem aktiválható újra.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <translation>Automatikus megújítás kikapcsolása</translation>
    </message>
    <message>
        <source>Turn auto-renew off for %1? This stops the renewal, not the bill: the subscription stays, and is billed, until its term ends on %2.</source>
        <translation>Kikapcsolja a(z) %1 automatikus megújítását? Ez a megújítást állítja le, nem a számlázást: az előfizetés a futamidő végéig megmarad, és addig számlázzák (%2).</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <comment>confirm</comment>
        <translation>Automatikus megújítás kikapcsolása</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now on for %1.</source>
        <translation>✓ A(z) %1 automatikus megújítása most be van kapcsolva.</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now off for %1. It stays until its term ends on %2.</source>
        <translation>✓ A(z) %1 automatikus megújítása most ki van kapcsolva. Az előfizetés a futamidő végéig megmarad (%2).</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Ajánlat:</translation>
    </message>
    <message>
        <source>Subscription ID:</source>
        <translation>Előfizetés azonosítója:</translation>
    </message>
    <message>
        <source>Base subscription:</source>
        <comment>the subscription an add-on belongs to</comment>
        <translation>Alapelőfizetés:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Bővítmények:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Mennyiség:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>subscription status</comment>
        <translation>Állapot:</translation>
    </message>
    <message>
        <source>Billing cycle:</source>
        <translation>Számlázási ciklus:</translation>
    </message>
    <message>
        <source>Commitment end:</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Futamidő vége:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <translation>Lemondási határidő:</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>Automatikus megújítás:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an add-on&apos;s name and its status</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Suspending it suspends its %Ln active add-on(s) too: %1.</source>
        <translation>
            <numerusform>Ha felfüggeszti, %Ln aktív bővítménye is felfüggesztésre kerül: %1.</numerusform>
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
        <translation>%1. Új kereskedelmi élmény: felfüggesztve is számlázzák; a kapcsolat eltávolítása előtt le kell mondani, vagy meg kell várni a futamidő végét.</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <comment>subscription name of an add-on</comment>
        <translation>%1 (bővítmény)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Név</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ajánlat</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>subscription status</comment>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Számlázási ciklus</translation>
    </message>
    <message>
        <source>Commitment end</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Futamidő vége</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a new-commerce subscription can be cancelled</comment>
        <translation>Lemondási határidő</translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>an add-on&apos;s name, then its base subscription&apos;s</comment>
        <translation>%1 – a(z) %2 bővítménye</translation>
    </message>
</context>
<context>
    <name>SubscriptionStatusJob</name>
    <message>
        <source>%1 is now %2, with its base subscription.</source>
        <comment>%1 an add-on, %2 its status</comment>
        <translation>%1 állapota most %2, az alapelőfizetésével együtt.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsCommand</name>
    <message>
        <source>Subscription ID</source>
        <translation>Előfizetés azonosítója</translation>
    </message>
    <message>
        <source>%1 has no subscriptions.</source>
        <translation>A(z) %1 ügyfélnek nincs előfizetése.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>Suspend all active…</source>
        <translation>Az összes aktív előfizetés felfüggesztése…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>Read this customer&apos;s subscriptions again from Partner Center</source>
        <translation>Az ügyfél előfizetéseinek újbóli beolvasása a Partnerközpontból</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Előfizetések</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions.</source>
        <translation>A szerepköre (%1) nem teszi lehetővé előfizetések módosítását.</translation>
    </message>
    <message>
        <source>The subscriptions are still loading.</source>
        <translation>Az előfizetések betöltése még folyamatban van.</translation>
    </message>
    <message>
        <source>Suspending is already under way.</source>
        <translation>A felfüggesztés már folyamatban van.</translation>
    </message>
    <message>
        <source>No subscription is active.</source>
        <translation>Nincs aktív előfizetés.</translation>
    </message>
    <message>
        <source>Suspend every active subscription of this customer, with a result for each</source>
        <translation>Az ügyfél összes aktív előfizetésének felfüggesztése, mindegyikhez külön eredménnyel</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Nem sikerült betölteni az előfizetéseket</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Előfizetések betöltése…</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>Nincsenek előfizetések</translation>
    </message>
    <message>
        <source>This customer has no subscriptions with you.</source>
        <translation>Az ügyfélnek nincs Önnél előfizetése.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln előfizetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <comment>subscriptions</comment>
        <translation>
            <numerusform>%Ln aktív</numerusform>
        </translation>
    </message>
    <message>
        <source>The subscriptions could not be read again; they are shown as last read. %1</source>
        <translation>Nem sikerült újra beolvasni az előfizetéseket; a legutóbb beolvasott állapotukban látszanak. %1</translation>
    </message>
</context>
<context>
    <name>SuspendAllDialog</name>
    <message>
        <source>Suspend all active subscriptions</source>
        <translation>Az összes aktív előfizetés felfüggesztése</translation>
    </message>
    <message>
        <source>Suspending every active subscription: base subscriptions first, then their add-ons. Partner Center may ask us to slow down; that is handled for you.</source>
        <translation>Az összes aktív előfizetés felfüggesztése: először az alapelőfizetések, majd a bővítményeik. A Partnerközpont lassítást kérhet; ezt a PartnerDesk automatikusan kezeli.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Előrehaladás</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Sikertelenek újrapróbálása</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Az előfizetések beolvasása…</translation>
    </message>
    <message>
        <source>No subscription was active. Nothing to do.</source>
        <translation>Nem volt aktív előfizetés. Nincs teendő.</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed. Retry failed tries again what is still active.</source>
        <translation>Felfüggesztve: %1, sikertelen: %2. A „Sikertelenek újrapróbálása” újra megkísérli a még aktívakat.</translation>
    </message>
    <message>
        <source>✓ %1 — suspended</source>
        <translation>✓ %1 — felfüggesztve</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed, %3 not known. Check the status of those marked ⚠ in the Subscriptions list before trying again.</source>
        <translation>Felfüggesztve: %1, sikertelen: %2, ismeretlen eredmény: %3. Új próbálkozás előtt ellenőrizze a ⚠ jellel megjelöltek állapotát az Előfizetések listában.</translation>
    </message>
    <message>
        <source>⚠ %1 — not known whether suspended: %2</source>
        <translation>⚠ %1 — nem tudható, hogy felfüggesztették-e: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln subscription(s) done…</source>
        <translation>
            <numerusform>%Ln előfizetésből %1 kész…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %Ln subscription(s) suspended; the rest are unchanged.</source>
        <translation>
            <numerusform>Megszakítva. %Ln előfizetés felfüggesztve; a többi változatlan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Done: %Ln subscription(s) suspended.</source>
        <translation>
            <numerusform>✓ Kész: %Ln előfizetés felfüggesztve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln előfizetés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>a subscription to be suspended</comment>
        <translation>%1 – a(z) %2 bővítménye</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln előfizetés felfüggesztése</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln active subscription(s) will be suspended, base subscriptions first, then their add-ons. New-commerce subscriptions are still billed while suspended.</source>
        <translation>
            <numerusform>A következő %Ln aktív előfizetés felfüggesztésre kerül, először az alapelőfizetések, utána a bővítményeik. Az új kereskedelmi élményben vásárolt előfizetések felfüggesztve is számlázódnak.</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscription is active. Nothing to do.</source>
        <translation>Egyetlen előfizetés sem aktív. Nincs teendő.</translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message>
        <source>Suspended %1 of %2.</source>
        <translation>%2 közül %1 felfüggesztve.</translation>
    </message>
    <message>
        <source>%1 has no active subscriptions.</source>
        <translation>Az ügyfélnek (%1) nincs aktív előfizetése.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>result of suspending a subscription</comment>
        <translation>Felfüggesztve</translation>
    </message>
    <message>
        <source>Already suspended</source>
        <translation>Már felfüggesztve</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of suspending a subscription</comment>
        <translation>Sikertelen</translation>
    </message>
    <message>
        <source>%1 (%2) was not suspended:</source>
        <translation>%1 (%2) felfüggesztése nem sikerült:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nem található</translation>
    </message>
    <message>
        <source>The customer has no subscription with this ID.</source>
        <translation>Az ügyfélnek nincs ilyen azonosítójú előfizetése.</translation>
    </message>
    <message>
        <source>%1: the customer has no subscription with this ID.</source>
        <translation>%1: az ügyfélnek nincs ilyen azonosítójú előfizetése.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Előfizetés azonosítója</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Név</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Üzenet</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of suspending a subscription: it may or may not have been suspended</comment>
        <translation>Ismeretlen</translation>
    </message>
    <message>
        <source>%1 (%2) may or may not have been suspended:</source>
        <translation>Nem tudható, hogy %1 (%2) felfüggesztése megtörtént-e:</translation>
    </message>
    <message>
        <source>Check its status with &quot;partnerdesk-cli subscriptions %1&quot; before trying again.</source>
        <translation>Új próbálkozás előtt ellenőrizze az állapotát a „partnerdesk-cli subscriptions %1” paranccsal.</translation>
    </message>
    <message numerus="yes">
        <source>Suspending %Ln active subscription(s)…</source>
        <translation>
            <numerusform>%Ln aktív előfizetés felfüggesztése…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down: %Ln request(s) at a time.</source>
        <translation>
            <numerusform>A Partnerközpont lassítást kért: egyszerre %Ln kérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended with its base subscription.</source>
        <translation>Az alapelőfizetéssel együtt felfüggesztve.</translation>
    </message>
</context>
<context>
    <name>TerminateAdminRelationshipsJob</name>
    <message>
        <source>The admin relationship “%1” is %2: only an active one can be terminated.</source>
        <comment>%1 is the relationship name, %2 its status</comment>
        <translation>A(z) „%1” rendszergazdai kapcsolat állapota: %2. Csak aktív kapcsolat szüntethető meg.</translation>
    </message>
    <message>
        <source>Microsoft Graph is not connected, so admin relationships cannot be terminated here.</source>
        <translation>A Microsoft Graph nincs csatlakoztatva, ezért a rendszergazdai kapcsolatok itt nem szüntethetők meg.</translation>
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <source>Global admin</source>
        <comment>Microsoft Entra role</comment>
        <translation>Globális rendszergazda</translation>
    </message>
    <message>
        <source>Admin agent</source>
        <comment>Partner Center role</comment>
        <translation>Rendszergazdai ügynök</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <comment>Partner Center role</comment>
        <translation>Értékesítési ügynök</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <comment>Partner Center role</comment>
        <translation>Ügyfélszolgálati ügynök</translation>
    </message>
    <message>
        <source>no Partner Center role</source>
        <translation>nincs Partnerközpont-szerepkör</translation>
    </message>
    <message>
        <source>roles not stated</source>
        <translation>a szerepkörök nincsenek megadva</translation>
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
        <translation>Ismeretlen: a hozzáférési jogkivonatból nem derül ki, kié.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Név: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Felhasználó: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Szerepkörök: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Végpont: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ends CSP reseller relationships, clearing the blockers first.</source>
        <translation>Megszünteti a CSP-viszonteladói kapcsolatokat, előbb elhárítva az akadályokat.</translation>
    </message>
    <message>
        <source>Partner Center-compatible endpoint for this run (default: the account chosen in the File menu, else the embedded sandbox).</source>
        <translation>A Partnerközponttal kompatibilis végpont ehhez a futtatáshoz (alapértelmezés: a Fájl menüben választott fiók, ennek hiányában a beépített tesztkörnyezet).</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>File holding an access token (or PARTNERDESK_ACCESS_TOKEN).</source>
        <translation>Hozzáférési jogkivonatot tartalmazó fájl (vagy PARTNERDESK_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command-line value name</comment>
        <translation>fájl</translation>
    </message>
    <message>
        <source>UI language: %1.</source>
        <translation>A felhasználói felület nyelve: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name</comment>
        <translation>kód</translation>
    </message>
    <message>
        <source>Print how long the window took to appear, then quit.</source>
        <translation>Kiírja, mennyi idő alatt jelent meg az ablak, majd kilép.</translation>
    </message>
    <message>
        <source>--endpoint needs --access-token-file or PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>A --endpoint használatához meg kell adni a --access-token-file kapcsolót vagy a PARTNERDESK_ACCESS_TOKEN változót.</translation>
    </message>
</context>
</TS>
