<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>Informacje o aplikacji PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk %1</source>
        <translation>PartnerDesk %1</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers, clearing what blocks them first.</source>
        <translation>Kończy relacje odsprzedawcy z klientami programu Microsoft CSP, najpierw usuwając wszystko, co to blokuje.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Zbudowano z Qt %1, działa na Qt %2.</translation>
    </message>
    <message>
        <source>PartnerDesk ships with these components, each under its own licence:</source>
        <translation>PartnerDesk zawiera te składniki, każdy na własnej licencji:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a component and its licence</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informacje o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>Sign &amp;in to Partner Center…</source>
        <translation>Za&amp;loguj się do Centrum partnerskiego…</translation>
    </message>
    <message>
        <source>Co&amp;nnection settings…</source>
        <translation>&amp;Ustawienia połączenia…</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <comment>File menu: work on the demo data</comment>
        <translation>Pracuj w &amp;piaskownicy</translation>
    </message>
    <message>
        <source>Work on the demo data on this computer instead of Partner Center; the sign-in is kept</source>
        <translation>Pracuj na danych demonstracyjnych na tym komputerze zamiast w Centrum partnerskim; sesja logowania zostanie zachowana</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj się</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Not signed in</source>
        <translation>Nie zalogowano</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <comment>user name; roles</comment>
        <translation>Zalogowano jako %1 — %2</translation>
    </message>
</context>
<context>
    <name>ActivityCommand</name>
    <message numerus="yes">
        <source>%Ln line(s) of the audit log could not be read and were left out.</source>
        <translation>
            <numerusform>Pominięto %Ln wiersz dziennika inspekcji, którego nie można było odczytać.</numerusform>
            <numerusform>Pominięto %Ln wiersze dziennika inspekcji, których nie można było odczytać.</numerusform>
            <numerusform>Pominięto %Ln wierszy dziennika inspekcji, których nie można było odczytać.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <source>&amp;Customer:</source>
        <comment>activity filter</comment>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Wszyscy klienci</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>activity filter</comment>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Choose a customer, or type part of a company name, a customer ID or a primary domain</source>
        <translation>Wybierz klienta lub wpisz część nazwy firmy, identyfikator klienta albo domenę podstawową</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>activity filter</comment>
        <translation>&amp;Akcja:</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>activity filter</comment>
        <translation>Akcja</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Wszystkie akcje</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <comment>activity filter</comment>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>activity filter</comment>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Wszystkie wyniki</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>activity filter: first day shown</comment>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Pierwszy wyświetlany dzień</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>activity filter: last day shown</comment>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Ostatni wyświetlany dzień</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Wyczyść fi&amp;ltry</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Attempted</source>
        <comment>result of a change in the activity log: sent, answer not yet in</comment>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>result of a change in the activity log</comment>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of a change in the activity log</comment>
        <translation>Nie powiodło się</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>result of a change in the activity log: not sent, refused here</comment>
        <translation>Odmówiono</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>result of a change in the activity log: stopped by the user</comment>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a status change: old → new</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <comment>an error message and its code</comment>
        <translation>%1 (kod %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>column of the activity log</comment>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>column of the activity log</comment>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column of the activity log</comment>
        <translation>Akcja</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>column of the activity log: the subscription or order changed</comment>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column of the activity log: old status → new status</comment>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column of the activity log</comment>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>column of the activity log: the error, if any</comment>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <comment>column of the activity log</comment>
        <translation>Identyfikator korelacji</translation>
    </message>
    <message>
        <source>User</source>
        <comment>column of the activity log: who was signed in</comment>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of a change in the activity log: its answer was lost and reading it back failed; it may or may not have been made</comment>
        <translation>Nieznany wynik</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — PartnerDesk</source>
        <comment>window title</comment>
        <translation>Aktywność — PartnerDesk</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>Every change made from this computer, newest first: what was changed, for which customer, by whom, and what Partner Center answered.</source>
        <translation>Każda zmiana wprowadzona z tego komputera, od najnowszej: co zmieniono, u którego klienta, kto to zrobił i co odpowiedziało Centrum partnerskie.</translation>
    </message>
    <message>
        <source>Search by customer, item, error or ID</source>
        <translation>Szukaj według klienta, pozycji, błędu lub identyfikatora</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Szukaj w aktywności</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Save the entries as currently filtered to a CSV file</source>
        <translation>Zapisz wpisy zgodne z bieżącymi filtrami w pliku CSV</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Otwórz &amp;folder danych</translation>
    </message>
    <message>
        <source>Show the folder that holds the audit log (%1)</source>
        <translation>Pokaż folder z dziennikiem inspekcji (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <comment>in the activity log</comment>
        <translation>
            <numerusform>%Ln wpis</numerusform>
            <numerusform>%Ln wpisy</numerusform>
            <numerusform>%Ln wpisów</numerusform>
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
        <translation>%1, trwa odczyt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the log could not be read and are not shown.</source>
        <translation>
            <numerusform>Nie wyświetlono %Ln wiersza dziennika, którego nie można było odczytać.</numerusform>
            <numerusform>Nie wyświetlono %Ln wierszy dziennika, których nie można było odczytać.</numerusform>
            <numerusform>Nie wyświetlono %Ln wierszy dziennika, których nie można było odczytać.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the activity log…</source>
        <translation>Trwa odczyt dziennika inspekcji…</translation>
    </message>
    <message>
        <source>No entry matches the filters</source>
        <translation>Żaden wpis nie pasuje do filtrów</translation>
    </message>
    <message>
        <source>Search looks at the customer, the item, the error, the user and the IDs.</source>
        <translation>Wyszukiwanie obejmuje klienta, pozycję, błąd, użytkownika i identyfikatory.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Brak aktywności</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes — suspensions, cancellations, removals — is recorded here with its result and correlation ID.</source>
        <translation>Każda zmiana wprowadzona przez PartnerDesk — wstrzymanie, anulowanie, usunięcie — jest tu zapisywana wraz z wynikiem i identyfikatorem korelacji.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s) to %1</source>
        <translation>
            <numerusform>Wyeksportowano %Ln wpis do pliku %1</numerusform>
            <numerusform>Wyeksportowano %Ln wpisy do pliku %1</numerusform>
            <numerusform>Wyeksportowano %Ln wpisów do pliku %1</numerusform>
        </translation>
    </message>
    <message>
        <source>activity.csv</source>
        <comment>default export file name</comment>
        <translation>aktywnosc.csv</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Otwórz folder danych</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Nie można otworzyć folderu %1.</translation>
    </message>
</context>
<context>
    <name>AdminRelationship</name>
    <message>
        <source>Active</source>
        <comment>admin relationship status</comment>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Activating</source>
        <comment>admin relationship status</comment>
        <translation>Aktywowanie</translation>
    </message>
    <message>
        <source>Expiring</source>
        <comment>admin relationship status</comment>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>admin relationship status</comment>
        <translation>Wygasła</translation>
    </message>
    <message>
        <source>Termination requested</source>
        <comment>admin relationship status</comment>
        <translation>Zażądano zakończenia</translation>
    </message>
    <message>
        <source>Terminating</source>
        <comment>admin relationship status</comment>
        <translation>Kończenie</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>admin relationship status</comment>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>admin relationship status</comment>
        <translation>Utworzona</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <comment>admin relationship status</comment>
        <translation>Oczekuje na zatwierdzenie</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>admin relationship status</comment>
        <translation>Zatwierdzona</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipModel</name>
    <message>
        <source>Name</source>
        <comment>name of an admin relationship</comment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of an admin relationship</comment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>Microsoft Entra roles an admin relationship grants</comment>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ends</source>
        <comment>end date of an admin relationship</comment>
        <translation>Kończy się</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsCommand</name>
    <message>
        <source>Relationship ID</source>
        <translation>Identyfikator relacji</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kończy się</translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsSection</name>
    <message>
        <source>Admin relationships</source>
        <translation>Relacje administratora</translation>
    </message>
    <message>
        <source>Granular delegated admin privileges (GDAP) give your organisation admin roles in the customer&apos;s tenant. Removing the reseller relationship does not end them: terminate them here.</source>
        <translation>Szczegółowe delegowane uprawnienia administratora (GDAP) dają Twojej organizacji role administratora w dzierżawie klienta. Usunięcie relacji odsprzedawcy ich nie kończy: zakończ je tutaj.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów próbę</translation>
    </message>
    <message>
        <source>Read the admin relationships again</source>
        <translation>Odczytaj ponownie relacje administratora</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <comment>end the selected admin relationship</comment>
        <translation>Zakończ…</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Zakończ wszystkie…</translation>
    </message>
    <message>
        <source>The admin relationships cannot be read: PartnerDesk is not connected to Microsoft Graph.</source>
        <translation>Nie można odczytać relacji administratora: PartnerDesk nie jest połączony z Microsoft Graph.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read from Microsoft Graph. %1</source>
        <comment>%1 says why</comment>
        <translation>Nie udało się odczytać relacji administratora z Microsoft Graph. %1</translation>
    </message>
    <message>
        <source>The list below is as last read.</source>
        <translation>Poniższa lista pochodzi z ostatniego odczytu.</translation>
    </message>
    <message>
        <source>Reading the admin relationships from Microsoft Graph…</source>
        <translation>Odczytywanie relacji administratora z Microsoft Graph…</translation>
    </message>
    <message>
        <source>No admin relationships: Microsoft Graph lists none with this customer&apos;s tenant.</source>
        <translation>Brak relacji administratora: Microsoft Graph nie wykazuje żadnej z dzierżawą tego klienta.</translation>
    </message>
    <message>
        <source>No admin relationship is active: none gives your organisation admin access any more.</source>
        <translation>Żadna relacja administratora nie jest aktywna: żadna nie daje już Twojej organizacji dostępu administratora.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): on. They end with the reseller relationship.</source>
        <translation>Starsze delegowane uprawnienia administratora (DAP): włączone. Wygasają wraz z relacją odsprzedawcy.</translation>
    </message>
    <message>
        <source>Legacy delegated admin privileges (DAP): off.</source>
        <translation>Starsze delegowane uprawnienia administratora (DAP): wyłączone.</translation>
    </message>
    <message>
        <source>A termination is in progress.</source>
        <translation>Trwa kończenie.</translation>
    </message>
    <message>
        <source>Select an active admin relationship first.</source>
        <translation>Najpierw wybierz aktywną relację administratora.</translation>
    </message>
    <message>
        <source>Only an active admin relationship can be terminated; this one is %1.</source>
        <translation>Zakończyć można tylko aktywną relację administratora; ta ma stan %1.</translation>
    </message>
    <message>
        <source>No admin relationship is active.</source>
        <translation>Żadna relacja administratora nie jest aktywna.</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <translation>Zakończ relację administratora</translation>
    </message>
    <message>
        <source>Terminate the admin relationship “%1” with %2?</source>
        <comment>%1 relationship, %2 company</comment>
        <translation>Zakończyć relację administratora „%1” z klientem %2?</translation>
    </message>
    <message>
        <source>Your organisation loses the roles it grants in the customer&apos;s tenant: %1.</source>
        <translation>Twoja organizacja utraci role, które daje w dzierżawie klienta: %1.</translation>
    </message>
    <message>
        <source>Terminate all admin relationships</source>
        <translation>Zakończ wszystkie relacje administratora</translation>
    </message>
    <message>
        <source>Your organisation loses every role they grant in the customer&apos;s tenant.</source>
        <translation>Twoja organizacja utraci wszystkie role, które dają w dzierżawie klienta.</translation>
    </message>
    <message>
        <source>This cannot be undone: only a new relationship that the customer approves gives the access back.</source>
        <translation>Tej operacji nie można cofnąć: dostęp przywróci tylko nowa relacja zatwierdzona przez klienta.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>confirm ending admin relationships</comment>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>⚠ “%1”: it is not known whether the termination was requested. %2 Check its status above before trying again.</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ „%1”: nie wiadomo, czy zażądano zakończenia. %2 Zanim spróbujesz ponownie, sprawdź jej stan powyżej.</translation>
    </message>
    <message>
        <source>“%1” was not terminated: stopped.</source>
        <translation>Relacja „%1” nie została zakończona: zatrzymano.</translation>
    </message>
    <message>
        <source>✗ “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ Relacja „%1” nie została zakończona. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active admin relationship(s) give your organisation admin access to this customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln aktywna relacja administratora daje Twojej organizacji dostęp administratora do dzierżawy tego klienta.</numerusform>
            <numerusform>%Ln aktywne relacje administratora dają Twojej organizacji dostęp administratora do dzierżawy tego klienta.</numerusform>
            <numerusform>%Ln aktywnych relacji administratora daje Twojej organizacji dostęp administratora do dzierżawy tego klienta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate %Ln admin relationship(s) with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>
            <numerusform>Zakończyć %Ln relację administratora z klientem %1?</numerusform>
            <numerusform>Zakończyć %Ln relacje administratora z klientem %1?</numerusform>
            <numerusform>Zakończyć %Ln relacji administratora z klientem %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requesting the termination of %Ln admin relationship(s)…</source>
        <translation>
            <numerusform>Wysyłanie żądania zakończenia %Ln relacji administratora…</numerusform>
            <numerusform>Wysyłanie żądania zakończenia %Ln relacji administratora…</numerusform>
            <numerusform>Wysyłanie żądania zakończenia %Ln relacji administratora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Termination requested for %Ln admin relationship(s); Microsoft Graph ends them within minutes and the status above follows.</source>
        <translation>
            <numerusform>✓ Zażądano zakończenia %Ln relacji administratora; Microsoft Graph zakończy ją w ciągu kilku minut, a stan powyżej to pokaże.</numerusform>
            <numerusform>✓ Zażądano zakończenia %Ln relacji administratora; Microsoft Graph zakończy je w ciągu kilku minut, a stan powyżej to pokaże.</numerusform>
            <numerusform>✓ Zażądano zakończenia %Ln relacji administratora; Microsoft Graph zakończy je w ciągu kilku minut, a stan powyżej to pokaże.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) being terminated: Microsoft Graph ends them over a few minutes, and the list follows.</source>
        <translation>
            <numerusform>%Ln relacja administratora jest kończona: Microsoft Graph kończy ją w ciągu kilku minut, a lista to pokaże.</numerusform>
            <numerusform>%Ln relacje administratora są kończone: Microsoft Graph kończy je w ciągu kilku minut, a lista to pokaże.</numerusform>
            <numerusform>%Ln relacji administratora jest kończonych: Microsoft Graph kończy je w ciągu kilku minut, a lista to pokaże.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your role does not allow this. Ask a Global admin or an Admin agent.</source>
        <translation>Twoja rola na to nie pozwala. Poproś o pomoc administratora globalnego lub agenta administracyjnego.</translation>
    </message>
    <message>
        <source>An Azure plan cannot be suspended while Azure subscriptions under it are active.</source>
        <translation>Nie można wstrzymać planu platformy Azure, dopóki należące do niego subskrypcje platformy Azure są aktywne.</translation>
    </message>
    <message>
        <source>The cancellation window has passed.</source>
        <translation>Okres anulowania już minął.</translation>
    </message>
    <message>
        <source>There is no relationship between your organization and this customer.</source>
        <translation>Między Twoją organizacją a tym klientem nie ma żadnej relacji.</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Refresh and try again.</source>
        <translation>W międzyczasie ktoś inny zmienił ten element. Odśwież widok i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>A suspended subscription cannot be updated.</source>
        <translation>Nie można zaktualizować wstrzymanej subskrypcji.</translation>
    </message>
    <message>
        <source>An add-on cannot be reactivated while its parent subscription is inactive.</source>
        <translation>Nie można ponownie aktywować dodatku, dopóki jego subskrypcja nadrzędna jest nieaktywna.</translation>
    </message>
    <message>
        <source>Partner Center could not be reached.</source>
        <translation>Nie można nawiązać połączenia z Centrum partnerskim.</translation>
    </message>
    <message>
        <source>Partner Center did not answer in time.</source>
        <translation>Centrum partnerskie nie odpowiedziało na czas.</translation>
    </message>
    <message>
        <source>Partner Center is busy and asked us to slow down. Try again in a minute.</source>
        <translation>Centrum partnerskie jest przeciążone i poprosiło o spowolnienie. Spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <source>Partner Center sent an answer that could not be read.</source>
        <translation>Centrum partnerskie wysłało odpowiedź, której nie można odczytać.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Żądanie zostało anulowane.</translation>
    </message>
    <message>
        <source>Refused to send credentials over an unencrypted connection.</source>
        <translation>Odmówiono wysłania poświadczeń przez nieszyfrowane połączenie.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired. Sign in again.</source>
        <translation>Nie zalogowano lub sesja logowania wygasła. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>Partner Center accepted the request but did not confirm the change.</source>
        <translation>Centrum partnerskie przyjęło żądanie, ale nie potwierdziło zmiany.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Twoja rola na to nie pozwala.</translation>
    </message>
    <message>
        <source>Partner Center does not know this item any more.</source>
        <translation>Ten element już nie istnieje w Centrum partnerskim.</translation>
    </message>
    <message>
        <source>Partner Center refused the change.</source>
        <translation>Centrum partnerskie odrzuciło zmianę.</translation>
    </message>
    <message>
        <source>Partner Center had an internal error.</source>
        <translation>W Centrum partnerskim wystąpił błąd wewnętrzny.</translation>
    </message>
    <message>
        <source>Partner Center refused the request (HTTP %1).</source>
        <translation>Centrum partnerskie odrzuciło żądanie (HTTP %1).</translation>
    </message>
    <message>
        <source>Partner Center said: %1</source>
        <translation>Odpowiedź Centrum partnerskiego: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Identyfikator korelacji: %1</translation>
    </message>
    <message>
        <source>The request was cancelled after it was sent, so it is not known whether the change was made.</source>
        <translation>Żądanie zostało anulowane po wysłaniu, więc nie wiadomo, czy zmiana została wprowadzona.</translation>
    </message>
    <message>
        <source>The answer from Partner Center was lost, so it is not known whether the change was made.</source>
        <translation>Odpowiedź Centrum partnerskiego została utracona, więc nie wiadomo, czy zmiana została wprowadzona.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <comment>technical details of a failure</comment>
        <translation>Szczegóły: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph refused access to the admin relationships. Add the delegated Microsoft Graph permission DelegatedAdminRelationship.ReadWrite.All to the app registration and grant admin consent; your account also needs the Admin agent role.</source>
        <translation>Microsoft Graph odmówił dostępu do relacji administratora. Dodaj do rejestracji aplikacji delegowane uprawnienie Microsoft Graph DelegatedAdminRelationship.ReadWrite.All i udziel zgody administratora; Twoje konto potrzebuje też roli Agent administracyjny.</translation>
    </message>
    <message>
        <source>The answer from Microsoft Graph was lost, so it is not known whether the change was made.</source>
        <translation>Odpowiedź Microsoft Graph została utracona, więc nie wiadomo, czy zmiana została wprowadzona.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached.</source>
        <translation>Nie można nawiązać połączenia z Microsoft Graph.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation>Microsoft Graph nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy and asked us to slow down. Try again in a minute.</source>
        <translation>Microsoft Graph jest przeciążony i poprosił o spowolnienie. Spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer that could not be read.</source>
        <translation>Microsoft Graph wysłał odpowiedź, której nie można odczytać.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know this admin relationship.</source>
        <translation>Microsoft Graph nie zna tej relacji administratora.</translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error.</source>
        <translation>W Microsoft Graph wystąpił błąd wewnętrzny.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (HTTP %1).</source>
        <translation>Microsoft Graph odrzucił żądanie (HTTP %1).</translation>
    </message>
    <message>
        <source>Microsoft Graph said: %1</source>
        <translation>Odpowiedź Microsoft Graph: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph client-request-id: %1</source>
        <translation>client-request-id dla Microsoft Graph: %1</translation>
    </message>
</context>
<context>
    <name>AppConnection</name>
    <message>
        <source>Cannot read the access token file &quot;%1&quot;: %2</source>
        <translation>Nie można odczytać pliku tokenu dostępu „%1”: %2</translation>
    </message>
    <message>
        <source>The access token file &quot;%1&quot; is empty.</source>
        <translation>Plik tokenu dostępu „%1” jest pusty.</translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Nie udało się uruchomić wbudowanej piaskownicy: %1</translation>
    </message>
    <message>
        <source>No Microsoft Graph access token: give --graph-access-token-file or set PARTNERDESK_GRAPH_ACCESS_TOKEN to see and end admin relationships.</source>
        <translation>Brak tokenu dostępu do Microsoft Graph: podaj --graph-access-token-file lub ustaw zmienną PARTNERDESK_GRAPH_ACCESS_TOKEN, aby wyświetlać i kończyć relacje administratora.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Suspend subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Wstrzymaj subskrypcję</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Aktywuj ponownie subskrypcję</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>an action in the activity log</comment>
        <translation>Anuluj subskrypcję</translation>
    </message>
    <message>
        <source>Change subscription status</source>
        <comment>an action in the activity log</comment>
        <translation>Zmień stan subskrypcji</translation>
    </message>
    <message>
        <source>Change auto-renew</source>
        <comment>an action in the activity log</comment>
        <translation>Zmień automatyczne odnawianie</translation>
    </message>
    <message>
        <source>Cancel software purchase</source>
        <comment>an action in the activity log</comment>
        <translation>Anuluj zakup oprogramowania</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Usuń relację odsprzedawcy</translation>
    </message>
    <message>
        <source>Terminate admin relationship</source>
        <comment>an action in the activity log</comment>
        <translation>Zakończ relację administratora</translation>
    </message>
</context>
<context>
    <name>BlockerChecklist</name>
    <message>
        <source>What blocks the removal</source>
        <translation>Co blokuje usunięcie</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and suspend this subscription</comment>
        <translation>Wybierz na stronie Subskrypcje</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and cancel this subscription</comment>
        <translation>Wybierz na stronie Subskrypcje</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Anuluj zamówienie…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów próbę</translation>
    </message>
    <message>
        <source>Show in Purchases</source>
        <comment>go to the purchase that is cancelled elsewhere</comment>
        <translation>Pokaż na stronie Zakupy</translation>
    </message>
    <message>
        <source>Select in Subscriptions</source>
        <comment>go and see this subscription</comment>
        <translation>Wybierz na stronie Subskrypcje</translation>
    </message>
    <message>
        <source>Turn auto-renew off…</source>
        <translation>Wyłącz automatyczne odnawianie…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Otwórz witrynę Azure Portal</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is copied to the clipboard: %1</source>
        <translation>Nie udało się otworzyć przeglądarki internetowej. Adres skopiowano do schowka: %1</translation>
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
        <translation>Identyfikator: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Przeszkoda</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Offboard customers</source>
        <translation>Zakończ współpracę z klientami</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)?</source>
        <translation>
            <numerusform>Zakończyć współpracę z %Ln klientem?</numerusform>
            <numerusform>Zakończyć współpracę z %Ln klientami?</numerusform>
            <numerusform>Zakończyć współpracę z %Ln klientami?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Partner Center will be asked to:</source>
        <translation>Tej operacji nie można cofnąć. Centrum partnerskie zostanie poproszone o:</translation>
    </message>
    <message numerus="yes">
        <source>• remove the reseller relationship with %Ln customer(s): each leaves your customer list, you leave their support contacts, your delegated admin privileges are removed and you can no longer make purchases for them;</source>
        <translation>
            <numerusform>• usunięcie relacji odsprzedawcy z %Ln klientem: zniknie z Twojej listy klientów, Twoja organizacja zostanie usunięta z jego kontaktów pomocy technicznej, Twoje delegowane uprawnienia administratora zostaną usunięte i nie będzie już można dokonywać zakupów w jego imieniu;</numerusform>
            <numerusform>• usunięcie relacji odsprzedawcy z %Ln klientami: każdy zniknie z Twojej listy klientów, Twoja organizacja zostanie usunięta z ich kontaktów pomocy technicznej, Twoje delegowane uprawnienia administratora zostaną usunięte i nie będzie już można dokonywać zakupów w ich imieniu;</numerusform>
            <numerusform>• usunięcie relacji odsprzedawcy z %Ln klientami: każdy zniknie z Twojej listy klientów, Twoja organizacja zostanie usunięta z ich kontaktów pomocy technicznej, Twoje delegowane uprawnienia administratora zostaną usunięte i nie będzie już można dokonywać zakupów w ich imieniu;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• suspend %Ln subscription(s);</source>
        <translation>
            <numerusform>• wstrzymanie %Ln subskrypcji;</numerusform>
            <numerusform>• wstrzymanie %Ln subskrypcji;</numerusform>
            <numerusform>• wstrzymanie %Ln subskrypcji;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• cancel %Ln subscription(s) and software purchase(s);</source>
        <translation>
            <numerusform>• anulowanie %Ln subskrypcji lub zakupu oprogramowania;</numerusform>
            <numerusform>• anulowanie %Ln subskrypcji i zakupów oprogramowania;</numerusform>
            <numerusform>• anulowanie %Ln subskrypcji i zakupów oprogramowania;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• terminate %Ln admin relationship(s);</source>
        <translation>
            <numerusform>• zakończenie %Ln relacji administratora;</numerusform>
            <numerusform>• zakończenie %Ln relacji administratora;</numerusform>
            <numerusform>• zakończenie %Ln relacji administratora;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and prepare %Ln more customer(s) that cannot be removed yet (their changes are counted above).</source>
        <translation>
            <numerusform>• oraz przygotowanie %Ln kolejnego klienta, którego nie można jeszcze usunąć (jego zmiany są policzone powyżej).</numerusform>
            <numerusform>• oraz przygotowanie %Ln kolejnych klientów, których nie można jeszcze usunąć (ich zmiany są policzone powyżej).</numerusform>
            <numerusform>• oraz przygotowanie %Ln kolejnych klientów, których nie można jeszcze usunąć (ich zmiany są policzone powyżej).</numerusform>
        </translation>
    </message>
    <message>
        <source>Also terminate admin relationships (GDAP)</source>
        <translation>Zakończ także relacje administratora (GDAP)</translation>
    </message>
    <message>
        <source>To confirm, type the number of customers that will be removed (%1):</source>
        <translation>Aby potwierdzić, wpisz liczbę klientów, którzy zostaną usunięci (%1):</translation>
    </message>
    <message>
        <source>Number of customers that will be removed</source>
        <translation>Liczba klientów, którzy zostaną usunięci</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)</source>
        <translation>
            <numerusform>Zakończ współpracę z %Ln klientem</numerusform>
            <numerusform>Zakończ współpracę z %Ln klientami</numerusform>
            <numerusform>Zakończ współpracę z %Ln klientami</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of customers that will be removed to enable this button.</source>
        <translation>Wpisz liczbę klientów, którzy zostaną usunięci, aby włączyć ten przycisk.</translation>
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
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Reading…</source>
        <comment>a customer of a bulk run being read</comment>
        <translation>Odczytywanie…</translation>
    </message>
    <message numerus="yes">
        <source>Working… %Ln change(s) made</source>
        <translation>
            <numerusform>W toku… wprowadzono %Ln zmianę</numerusform>
            <numerusform>W toku… wprowadzono %Ln zmiany</numerusform>
            <numerusform>W toku… wprowadzono %Ln zmian</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Domena podstawowa</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of a customer in a bulk plan or run</comment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>column: number of subscriptions to suspend</comment>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>column: number of subscriptions and purchases to cancel</comment>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>column: number of admin relationships to terminate</comment>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Why not removed</source>
        <comment>column: what blocks the removal, or the error</comment>
        <translation>Dlaczego nie usunięto</translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Pliki CSV (*.csv);;Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Zapisano w %1</translation>
    </message>
</context>
<context>
    <name>BulkOffboardCommand</name>
    <message>
        <source>The list names no customer of yours.</source>
        <translation>Lista nie zawiera żadnego z Twoich klientów.</translation>
    </message>
    <message>
        <source>There is no unfinished run for this list in %1.</source>
        <translation>W %1 nie ma niedokończonego przebiegu zbiorczego dla tej listy.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Zaplanowano</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Why not removable / error</source>
        <translation>Dlaczego nie można usunąć / błąd</translation>
    </message>
    <message>
        <source>Nothing was changed. To offboard them, run again with --confirm-count %1.</source>
        <translation>Nic nie zostało zmienione. Aby zakończyć z nimi współpracę, uruchom ponownie z --confirm-count %1.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2</source>
        <translation>Nie można zapisać dziennika przebiegu zbiorczego %1: %2</translation>
    </message>
    <message>
        <source>Run %1. If it is interrupted, continue it with --resume and the same list.</source>
        <translation>Przebieg zbiorczy %1. Jeśli zostanie przerwany, kontynuuj go z --resume i tą samą listą.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>Nie można zapisać dziennika przebiegu zbiorczego (%1); przebieg został zatrzymany.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>Nie można odczytać dziennika przebiegu zbiorczego %1.</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>Nie można zapisać raportu %1: %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>Why / what to do</source>
        <translation>Dlaczego / co zrobić</translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %Ln customer(s) left; each is read again first.</source>
        <translation>
            <numerusform>Wznawianie przebiegu zbiorczego %1: pozostał %Ln klient; każdy jest najpierw ponownie odczytywany.</numerusform>
            <numerusform>Wznawianie przebiegu zbiorczego %1: pozostali %Ln klienci; każdy jest najpierw ponownie odczytywany.</numerusform>
            <numerusform>Wznawianie przebiegu zbiorczego %1: pozostało %Ln klientów; każdy jest najpierw ponownie odczytywany.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln customer(s)…</source>
        <translation>
            <numerusform>Odczytywanie %Ln klienta…</numerusform>
            <numerusform>Odczytywanie %Ln klientów…</numerusform>
            <numerusform>Odczytywanie %Ln klientów…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be removed.</source>
        <translation>
            <numerusform>%Ln klient zostanie usunięty.</numerusform>
            <numerusform>%Ln klienci zostaną usunięci.</numerusform>
            <numerusform>%Ln klientów zostanie usuniętych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be prepared but cannot be removed yet.</source>
        <translation>
            <numerusform>%Ln klient zostanie przygotowany, ale nie można go jeszcze usunąć.</numerusform>
            <numerusform>%Ln klienci zostaną przygotowani, ale nie można ich jeszcze usunąć.</numerusform>
            <numerusform>%Ln klientów zostanie przygotowanych, ale nie można ich jeszcze usunąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read.</source>
        <translation>
            <numerusform>Nie można odczytać %Ln klienta.</numerusform>
            <numerusform>Nie można odczytać %Ln klientów.</numerusform>
            <numerusform>Nie można odczytać %Ln klientów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--confirm-count %1 does not match the plan: %Ln customer(s) would be removed. Nothing was changed.</source>
        <translation>
            <numerusform>--confirm-count %1 nie zgadza się z planem: usunięty zostałby %Ln klient. Nic nie zostało zmienione.</numerusform>
            <numerusform>--confirm-count %1 nie zgadza się z planem: usunięci zostaliby %Ln klienci. Nic nie zostało zmienione.</numerusform>
            <numerusform>--confirm-count %1 nie zgadza się z planem: usuniętych zostałoby %Ln klientów. Nic nie zostało zmienione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>Usunięto %L1 z %Ln klienta.</numerusform>
            <numerusform>Usunięto %L1 z %Ln klientów.</numerusform>
            <numerusform>Usunięto %L1 z %Ln klientów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboardJob</name>
    <message>
        <source>Not every admin relationship was terminated.</source>
        <translation>Nie wszystkie relacje administratora zostały zakończone.</translation>
    </message>
    <message>
        <source>There is no reseller relationship with this customer.</source>
        <translation>Z tym klientem nie ma relacji odsprzedawcy.</translation>
    </message>
    <message>
        <source>It was not among the customers confirmed for removal in this run; offboard it in a new run.</source>
        <translation>Nie był wśród klientów potwierdzonych do usunięcia w tym przebiegu; zakończ z nim współpracę w nowym przebiegu.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change is on the server.</source>
        <translation>Odczytano ponownie po zatrzymaniu przebiegu: zmiana jest na serwerze.</translation>
    </message>
    <message>
        <source>Read back after the run stopped: the change was not made.</source>
        <translation>Odczytano ponownie po zatrzymaniu przebiegu: zmiana nie została wprowadzona.</translation>
    </message>
    <message>
        <source>Not made; read back.</source>
        <translation>Nie wprowadzono; odczytano ponownie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run was cancelled before this customer was done.</source>
        <translation>Przebieg anulowano, zanim ten klient został obsłużony.</translation>
    </message>
</context>
<context>
    <name>BulkOffboardWindow</name>
    <message>
        <source>The run&apos;s journal %1 could not be written: %2. Nothing was changed.</source>
        <translation>Nie można zapisać dziennika przebiegu %1: %2. Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Offboarding not started</source>
        <translation>Nie rozpoczęto zakończenia współpracy</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be written (%1); the run stopped.</source>
        <translation>Nie można zapisać dziennika przebiegu zbiorczego (%1); przebieg został zatrzymany.</translation>
    </message>
    <message>
        <source>The run&apos;s journal %1 could not be read.</source>
        <translation>Nie można odczytać dziennika przebiegu zbiorczego %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %Ln customer(s)… Nothing is changed until you confirm.</source>
        <translation>
            <numerusform>Odczytywanie: %1 z %Ln klienta… Nic nie zostanie zmienione, dopóki nie potwierdzisz.</numerusform>
            <numerusform>Odczytywanie: %1 z %Ln klientów… Nic nie zostanie zmienione, dopóki nie potwierdzisz.</numerusform>
            <numerusform>Odczytywanie: %1 z %Ln klientów… Nic nie zostanie zmienione, dopóki nie potwierdzisz.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be removed. %2 will be prepared but cannot be removed yet. %3 could not be read. Nothing has been changed yet.</source>
        <translation>Do usunięcia: %1. Do przygotowania, jeszcze bez możliwości usunięcia: %2. Nie można odczytać: %3. Jeszcze nic nie zmieniono.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: the changes already sent finish, nothing new starts. %1 of %Ln customer(s) done.</source>
        <translation>
            <numerusform>Anulowanie: wysłane już zmiany zostaną dokończone, nic nowego się nie rozpocznie. Gotowe: %1 z %Ln klienta.</numerusform>
            <numerusform>Anulowanie: wysłane już zmiany zostaną dokończone, nic nowego się nie rozpocznie. Gotowe: %1 z %Ln klientów.</numerusform>
            <numerusform>Anulowanie: wysłane już zmiany zostaną dokończone, nic nowego się nie rozpocznie. Gotowe: %1 z %Ln klientów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboarding: %1 of %Ln customer(s) done, %2 at a time. If the app is closed, the run is offered to be resumed at the next start.</source>
        <translation>
            <numerusform>Zakończenie współpracy: gotowe %1 z %Ln klienta, %2 jednocześnie. Jeśli aplikacja zostanie zamknięta, przy następnym uruchomieniu zaproponuje wznowienie przebiegu.</numerusform>
            <numerusform>Zakończenie współpracy: gotowe %1 z %Ln klientów, %2 jednocześnie. Jeśli aplikacja zostanie zamknięta, przy następnym uruchomieniu zaproponuje wznowienie przebiegu.</numerusform>
            <numerusform>Zakończenie współpracy: gotowe %1 z %Ln klientów, %2 jednocześnie. Jeśli aplikacja zostanie zamknięta, przy następnym uruchomieniu zaproponuje wznowienie przebiegu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Przebieg został anulowany.</translation>
    </message>
    <message>
        <source>The run did not finish; Resume continues it.</source>
        <translation>Przebieg nie został ukończony; Wznów go kontynuuje.</translation>
    </message>
    <message>
        <source>Each customer not removed says why and what to do.</source>
        <translation>Przy każdym nieusuniętym kliencie podano powód i co zrobić.</translation>
    </message>
    <message>
        <source>Offboarding plan — PartnerDesk</source>
        <translation>Plan zakończenia współpracy — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Plan zakończenia współpracy</translation>
    </message>
    <message>
        <source>Offboarding — PartnerDesk</source>
        <translation>Zakończenie współpracy — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding customers</source>
        <translation>Zakończenie współpracy z klientami</translation>
    </message>
    <message>
        <source>Offboarding report — PartnerDesk</source>
        <translation>Raport zakończenia współpracy — PartnerDesk</translation>
    </message>
    <message>
        <source>Offboarding report of %1</source>
        <comment>%1 is when the run started</comment>
        <translation>Raport zakończenia współpracy z %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Eksportuj raport…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>Eksportuj plan…</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)…</source>
        <translation>
            <numerusform>Zakończ współpracę z %Ln klientem…</numerusform>
            <numerusform>Zakończ współpracę z %Ln klientami…</numerusform>
            <numerusform>Zakończ współpracę z %Ln klientami…</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer of the plan can be removed now.</source>
        <translation>Żadnego klienta z planu nie można teraz usunąć.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Wznów przebieg</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Anuluj przebieg</translation>
    </message>
    <message>
        <source>Stop offboarding?</source>
        <translation>Zatrzymać zakończenie współpracy?</translation>
    </message>
    <message>
        <source>The changes already sent finish; no customer is started after them. The report names where each customer ended, and the run can be resumed later.</source>
        <translation>Wysłane już zmiany zostaną dokończone; po nich nie rozpocznie się żaden klient. Raport poda, jak zakończył się każdy klient, a przebieg można później wznowić.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Zatrzymaj i zamknij</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Eksportuj plan</translation>
    </message>
    <message>
        <source>offboarding-%1.csv</source>
        <comment>default file name of a report</comment>
        <translation>zakonczenie-wspolpracy-%1.csv</translation>
    </message>
    <message>
        <source>offboarding-plan.csv</source>
        <comment>default file name of a plan</comment>
        <translation>plan-zakonczenia-wspolpracy.csv</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>Usunięto %L1 z %Ln klienta.</numerusform>
            <numerusform>Usunięto %L1 z %Ln klientów.</numerusform>
            <numerusform>Usunięto %L1 z %Ln klientów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboarding</name>
    <message>
        <source>Offboard customers from a file</source>
        <translation>Zakończ współpracę z klientami z pliku</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt);;All files (*)</source>
        <translation>Listy klientów (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The customer list is still loading. Try again once it has loaded.</source>
        <translation>Lista klientów jest jeszcze wczytywana. Spróbuj ponownie, gdy się wczyta.</translation>
    </message>
    <message numerus="yes">
        <source>The file names no customer of yours: %Ln line(s) left out.</source>
        <translation>
            <numerusform>Plik nie wymienia żadnego Twojego klienta: pominięto %Ln wiersz.</numerusform>
            <numerusform>Plik nie wymienia żadnego Twojego klienta: pominięto %Ln wiersze.</numerusform>
            <numerusform>Plik nie wymienia żadnego Twojego klienta: pominięto %Ln wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>Nie można użyć %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The offboarding run started %1 did not finish: %2 of %Ln customer(s) removed, %3 left. Resume it now? Every customer left is read again first; nothing that took effect is sent again.</source>
        <translation>
            <numerusform>Przebieg zakończenia współpracy rozpoczęty %1 nie został ukończony: usunięto %2 z %Ln klienta, pozostało %3. Wznowić go teraz? Każdy pozostały klient zostanie najpierw ponownie odczytany; nic, co już weszło w życie, nie zostanie wysłane ponownie.</numerusform>
            <numerusform>Przebieg zakończenia współpracy rozpoczęty %1 nie został ukończony: usunięto %2 z %Ln klientów, pozostało %3. Wznowić go teraz? Każdy pozostały klient zostanie najpierw ponownie odczytany; nic, co już weszło w życie, nie zostanie wysłane ponownie.</numerusform>
            <numerusform>Przebieg zakończenia współpracy rozpoczęty %1 nie został ukończony: usunięto %2 z %Ln klientów, pozostało %3. Wznowić go teraz? Każdy pozostały klient zostanie najpierw ponownie odczytany; nic, co już weszło w życie, nie zostanie wysłane ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume offboarding?</source>
        <translation>Wznowić zakończenie współpracy?</translation>
    </message>
    <message>
        <source>Later asks again at the next start. Discard ends the run as it is; its report and the audit log keep everything it did.</source>
        <translation>Później zapyta ponownie przy następnym uruchomieniu. Odrzuć kończy przebieg w obecnym stanie; jego raport i dziennik inspekcji zachowują wszystko, co zrobił.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>The run could not be ended: %1</source>
        <translation>Nie można zakończyć przebiegu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %Ln customer(s) removed</source>
        <comment>a run&apos;s start and result</comment>
        <translation>
            <numerusform>%1 — usunięto %2 z %Ln klienta</numerusform>
            <numerusform>%1 — usunięto %2 z %Ln klientów</numerusform>
            <numerusform>%1 — usunięto %2 z %Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not finished)</source>
        <translation>%1 (nieukończony)</translation>
    </message>
    <message>
        <source>No offboarding run yet</source>
        <translation>Brak przebiegów zakończenia współpracy</translation>
    </message>
    <message>
        <source>Offboard customers from a &amp;file…</source>
        <translation>Zakończ współpracę z klientami z &amp;pliku…</translation>
    </message>
    <message>
        <source>Plan the offboarding of the customers a file lists: primary domains, customer IDs or Microsoft IDs</source>
        <translation>Zaplanuj zakończenie współpracy z klientami wymienionymi w pliku: domeny podstawowe, identyfikatory klientów lub identyfikatory Microsoft</translation>
    </message>
    <message>
        <source>Offboarding &amp;reports</source>
        <translation>&amp;Raporty zakończenia współpracy</translation>
    </message>
</context>
<context>
    <name>BulkPlanPanel</name>
    <message>
        <source>Customers of the plan</source>
        <translation>Klienci w planie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the list left out:</source>
        <translation>
            <numerusform>Pominięto %Ln wiersz listy:</numerusform>
            <numerusform>Pominięto %Ln wiersze listy:</numerusform>
            <numerusform>Pominięto %Ln wierszy listy:</numerusform>
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
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Prepared, not removable yet</source>
        <translation>Przygotowano, jeszcze nie można usunąć</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nie można odczytać</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nie powiodło się</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Wynik nieznany</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Zostanie usunięty</translation>
    </message>
    <message>
        <source>Will be prepared, cannot be removed yet</source>
        <translation>Zostanie przygotowany, jeszcze nie można usunąć</translation>
    </message>
    <message>
        <source>Not known: no answer came, and it was not read back yet</source>
        <translation>Nieznane: nie nadeszła odpowiedź i jeszcze nie odczytano ponownie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Done (answer lost, read back)</source>
        <translation>Wykonano (odpowiedź utracona, odczytano ponownie)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmówiono</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nie rozpoczęto</translation>
    </message>
    <message>
        <source>Resume the run, or offboard it again.</source>
        <translation>Wznów przebieg lub ponownie zakończ współpracę.</translation>
    </message>
    <message>
        <source>Resume the run: it reads the customer back before anything is sent again.</source>
        <translation>Wznów przebieg: klient zostanie ponownie odczytany, zanim cokolwiek zostanie wysłane ponownie.</translation>
    </message>
    <message>
        <source>Offboard it again after %1.</source>
        <translation>Ponownie zakończ współpracę po %1.</translation>
    </message>
    <message>
        <source>Clear what blocks, then offboard it again.</source>
        <translation>Usuń to, co blokuje, a następnie ponownie zakończ współpracę.</translation>
    </message>
    <message>
        <source>Check the error, then offboard it again.</source>
        <translation>Sprawdź błąd, a następnie ponownie zakończ współpracę.</translation>
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
        <translation>Raport</translation>
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
        <translation>Rezerwację platformy Azure „%1” anuluje się w witrynie Azure Portal, a nie tutaj.</translation>
    </message>
    <message>
        <source>The purchase “%1” came without an order ID, so it cannot be cancelled here.</source>
        <comment>%1 is the product name</comment>
        <translation>Zakup „%1” nie ma identyfikatora zamówienia, więc nie można go tutaj anulować.</translation>
    </message>
    <message>
        <source>The purchase “%1” is no longer active (%2), so there is nothing to cancel.</source>
        <comment>%1 is the product name, %2 its status, e.g. Cancelled or Expired</comment>
        <translation>Zakup „%1” nie jest już aktywny (stan: %2), więc nie ma czego anulować.</translation>
    </message>
    <message>
        <source>The purchase “%1” could only be cancelled until %2.</source>
        <comment>%1 is the product name, %2 a date and time</comment>
        <translation>Zakup „%1” można było anulować tylko do %2.</translation>
    </message>
    <message>
        <source>The purchase “%1” has no cancellation window.</source>
        <comment>%1 is the product name</comment>
        <translation>Dla zakupu „%1” nie ma okresu anulowania.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>No customer has the Microsoft ID, customer ID or primary domain &quot;%1&quot;.</source>
        <translation>Żaden klient nie ma identyfikatora Microsoft, identyfikatora klienta ani domeny podstawowej „%1”.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>company name (primary domain)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note: your roles (%1) may not allow this; Partner Center decides.</source>
        <translation>Uwaga: Twoje role (%1) mogą na to nie pozwalać; decyzję podejmie Centrum partnerskie.</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>pęk kluczy nie odpowiedział</translation>
    </message>
    <message>
        <source>No keychain is available here (%1), so partnerdesk-cli cannot keep a Partner Center sign-in from one command to the next. Use --endpoint with --access-token-file instead, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Pęk kluczy jest tu niedostępny (%1), więc partnerdesk-cli nie może zachować sesji logowania do Centrum partnerskiego między poleceniami. Zamiast tego użyj --endpoint z --access-token-file albo polecenia „partnerdesk-cli sign-out”, aby pracować w piaskownicy.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Partner Center API endpoint, e.g. https://api.partnercenter.microsoft.com. Without it, the embedded sandbox (the app&apos;s demo data) is used.</source>
        <translation>Punkt końcowy interfejsu API Centrum partnerskiego, np. https://api.partnercenter.microsoft.com. Bez niego używana jest wbudowana piaskownica (dane demonstracyjne aplikacji).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_ACCESS_TOKEN environment variable works too.</source>
        <translation>Odczytaj token dostępu z pliku PLIK („-” oznacza standardowe wejście). Działa też zmienna środowiskowa PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>Language of messages and of Partner Center&apos;s answers: %1.</source>
        <translation>Język komunikatów i odpowiedzi Centrum partnerskiego: %1.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>JĘZYK</translation>
    </message>
    <message>
        <source>How to print lists: %1 (default: table).</source>
        <translation>Sposób wypisywania list: %1 (domyślnie: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>suspend: every active subscription of the customer.</source>
        <translation>suspend: wszystkie aktywne subskrypcje klienta.</translation>
    </message>
    <message>
        <source>remove-relationship: the customer&apos;s primary domain, typed to confirm.</source>
        <translation>remove-relationship: domena podstawowa klienta wpisana w celu potwierdzenia.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMENA</translation>
    </message>
    <message>
        <source>Ends reseller relationships with Microsoft CSP customers: lists customers and subscriptions, suspends subscriptions, tells what still blocks the removal and removes the relationship.</source>
        <translation>Kończy relacje odsprzedawcy z klientami programu Microsoft CSP: wyświetla klientów i subskrypcje, wstrzymuje subskrypcje, pokazuje, co jeszcze blokuje usunięcie, i usuwa relację.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <source>  customers [--filter TEXT | --domain TEXT]   List customers.</source>
        <translation>  customers [--filter TEKST | --domain TEKST]  Wyświetla listę klientów.</translation>
    </message>
    <message>
        <source>  subscriptions CUSTOMER                      List a customer&apos;s subscriptions.</source>
        <translation>  subscriptions KLIENT                         Wyświetla subskrypcje klienta.</translation>
    </message>
    <message>
        <source>  suspend CUSTOMER (--all | SUBSCRIPTION...)  Suspend subscriptions.</source>
        <translation>  suspend KLIENT (--all | SUBSKRYPCJA...)      Wstrzymuje subskrypcje.</translation>
    </message>
    <message>
        <source>  readiness CUSTOMER                          Tell what blocks the removal.</source>
        <translation>  readiness KLIENT                             Pokazuje, co blokuje usunięcie.</translation>
    </message>
    <message>
        <source>  remove-relationship CUSTOMER --confirm DOMAIN</source>
        <translation>  remove-relationship KLIENT --confirm DOMENA</translation>
    </message>
    <message>
        <source>                                              Remove the reseller relationship.</source>
        <translation>                                               Usuwa relację odsprzedawcy.</translation>
    </message>
    <message>
        <source>  request-link                                Print the invitation link for a new relationship.</source>
        <translation>  request-link                                 Wyświetla link z zaproszeniem do nowej relacji.</translation>
    </message>
    <message>
        <source>CUSTOMER is the Microsoft ID (tenant ID), the customer ID or the primary domain.</source>
        <translation>KLIENT to identyfikator Microsoft (identyfikator dzierżawy), identyfikator klienta lub domena podstawowa.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Jedno z powyższych poleceń.</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS...]</source>
        <translation>POLECENIE [ARGUMENTY...]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nie podano polecenia.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of: %2.</source>
        <translation>Nieznany język „%1”; wybierz jeden z: %2.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose one of: %2.</source>
        <translation>Nieznany format „%1”; wybierz jeden z: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>„%1” nie jest adresem URL http:// ani https://.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer.</source>
        <translation>Nieszyfrowany protokół http:// jest dozwolony tylko dla tego komputera.</translation>
    </message>
    <message>
        <source>--%1 cannot be used with &quot;%2&quot;.</source>
        <translation>Opcji --%1 nie można używać z poleceniem „%2”.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a CUSTOMER: a Microsoft ID or a primary domain.</source>
        <translation>Polecenie „%1” wymaga argumentu KLIENT: identyfikatora Microsoft lub domeny podstawowej.</translation>
    </message>
    <message>
        <source>CUSTOMER must not be empty.</source>
        <translation>KLIENT nie może być pusty.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>Use either --filter or --domain, not both.</source>
        <translation>Użyj --filter albo --domain, nie obu naraz.</translation>
    </message>
    <message>
        <source>Give either --all or the IDs of the subscriptions to suspend.</source>
        <translation>Podaj --all albo identyfikatory subskrypcji do wstrzymania.</translation>
    </message>
    <message>
        <source>Removing the relationship needs --confirm with the customer&apos;s primary domain.</source>
        <translation>Usunięcie relacji wymaga opcji --confirm z domeną podstawową klienta.</translation>
    </message>
    <message>
        <source>sign-in: your partner tenant, as its directory (tenant) ID or a domain.</source>
        <translation>sign-in: dzierżawa partnera podana jako identyfikator katalogu (dzierżawy) lub domena.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>DZIERŻAWA</translation>
    </message>
    <message>
        <source>sign-in: the application (client) ID of your organisation&apos;s app registration.</source>
        <translation>sign-in: identyfikator aplikacji (klienta) z rejestracji aplikacji Twojej organizacji.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>sign-in: the sign-in authority (default: https://login.microsoftonline.com).</source>
        <translation>sign-in: urząd logowania (domyślnie: https://login.microsoftonline.com).</translation>
    </message>
    <message>
        <source>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</source>
        <translation>  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]</translation>
    </message>
    <message>
        <source>                                              Sign in to Partner Center (device code).</source>
        <translation>                                               Loguje użytkownika do Centrum partnerskiego (kodem urządzenia).</translation>
    </message>
    <message>
        <source>  sign-out                                    Sign out; commands use the sandbox again.</source>
        <translation>  sign-out                                     Wylogowuje użytkownika; polecenia znów korzystają z piaskownicy.</translation>
    </message>
    <message>
        <source>  whoami                                      Who is signed in, with which roles.</source>
        <translation>  whoami                                       Pokazuje, kto jest zalogowany i z jakimi rolami.</translation>
    </message>
    <message>
        <source>After sign-in, commands without --endpoint work on Partner Center as the signed-in user.</source>
        <translation>Po zalogowaniu polecenia bez opcji --endpoint działają w Centrum partnerskim jako zalogowany użytkownik.</translation>
    </message>
    <message>
        <source>Microsoft Graph endpoint for admin relationships (default: https://graph.microsoft.com; on a loopback --endpoint, that address).</source>
        <translation>Punkt końcowy Microsoft Graph dla relacji administratora (domyślnie: https://graph.microsoft.com; przy --endpoint na tym komputerze ten sam adres).</translation>
    </message>
    <message>
        <source>Read the Microsoft Graph access token from FILE (&quot;-&quot; reads standard input). The PARTNERDESK_GRAPH_ACCESS_TOKEN environment variable works too.</source>
        <translation>Odczytaj token dostępu do Microsoft Graph z pliku PLIK („-” oznacza standardowe wejście). Działa też zmienna środowiskowa PARTNERDESK_GRAPH_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>  admin-relationships CUSTOMER                List the customer&apos;s admin relationships (GDAP).</source>
        <translation>  admin-relationships CUSTOMER                Wyświetla relacje administratora z klientem (GDAP).</translation>
    </message>
    <message>
        <source>offboard: print the plan and change nothing.</source>
        <translation>offboard: wyświetla plan i niczego nie zmienia.</translation>
    </message>
    <message>
        <source>offboard: leave the admin relationships (GDAP) as they are.</source>
        <translation>offboard: pozostawia relacje administratora (GDAP) bez zmian.</translation>
    </message>
    <message>
        <source>  offboard CUSTOMER --confirm DOMAIN [--dry-run] [--keep-admin-relationships]</source>
        <translation>  offboard KLIENT --confirm DOMENA [--dry-run] [--keep-admin-relationships]</translation>
    </message>
    <message>
        <source>                                              Clear what can be cleared, remove the relationship, terminate the admin relationships.</source>
        <translation>                                              Usuwa to, co można usunąć, usuwa relację i kończy relacje administratora.</translation>
    </message>
    <message>
        <source>Exit status: 0 success (readiness: ready), 1 the operation failed or is blocked, 2 bad usage, 3 a change may or may not have been made (its answer was lost and reading it back failed): check before trying again.</source>
        <translation>Kod wyjścia: 0 – powodzenie (readiness: można usunąć), 1 – operacja nie powiodła się lub jest zablokowana, 2 – nieprawidłowe użycie, 3 – nie wiadomo, czy zmiana została wprowadzona (odpowiedź została utracona, a ponowny odczyt się nie powiódł): sprawdź stan przed ponowną próbą.</translation>
    </message>
    <message>
        <source>activity: only entries from DATE (YYYY-MM-DD, local time) on.</source>
        <translation>activity: tylko wpisy od dnia DATA (RRRR-MM-DD, czas lokalny).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>activity: only entries for CUSTOMER: a customer ID or primary domain, or part of a company name.</source>
        <translation>activity: tylko wpisy klienta KLIENT: identyfikator klienta lub domena podstawowa albo część nazwy firmy.</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>KLIENT</translation>
    </message>
    <message>
        <source>  activity [--since DATE] [--customer CUSTOMER]</source>
        <translation>  activity [--since DATA] [--customer KLIENT]</translation>
    </message>
    <message>
        <source>                                              Print the audit log: every change made from this computer.</source>
        <translation>                                              Wypisz dziennik inspekcji: każdą zmianę wprowadzoną z tego komputera.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; give one as YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>„%1” nie jest datą; podaj ją w postaci RRRR-MM-DD, np. 2026-11-20.</translation>
    </message>
    <message>
        <source>customers: only those whose company name, primary domain or Microsoft ID contains TEXT, ignoring case and accents (as the app&apos;s search).</source>
        <translation>customers: tylko klienci, których nazwa firmy, domena podstawowa lub identyfikator Microsoft zawiera TEKST, bez względu na wielkość liter i znaki diakrytyczne (jak wyszukiwanie w aplikacji).</translation>
    </message>
    <message>
        <source>customers: only those whose primary domain starts with TEXT (Partner Center&apos;s own filter).</source>
        <translation>customers: tylko klienci, których domena podstawowa zaczyna się od tekstu TEKST (własny filtr Centrum partnerskiego).</translation>
    </message>
    <message>
        <source>Run &quot;partnerdesk-cli --help&quot; for the commands and options.</source>
        <translation>Polecenia i opcje wyświetli „partnerdesk-cli --help”.</translation>
    </message>
    <message>
        <source>offboard: the customers to offboard, from FILE: primary domains, customer IDs or Microsoft IDs, one per line or as a CSV file with a header.</source>
        <translation>offboard: klienci, z którymi zakończyć współpracę, z PLIKU: domeny podstawowe, identyfikatory klientów lub identyfikatory Microsoft, jeden w wierszu albo jako plik CSV z nagłówkiem.</translation>
    </message>
    <message>
        <source>offboard --from: the number of customers the plan will remove, typed to confirm; without it the plan is printed and nothing is changed.</source>
        <translation>offboard --from: liczba klientów, których plan usunie, wpisana jako potwierdzenie; bez niej plan jest wypisywany i nic nie jest zmieniane.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>offboard --from: continue the unfinished run for the same list.</source>
        <translation>offboard --from: kontynuuj niedokończony przebieg zbiorczy dla tej samej listy.</translation>
    </message>
    <message>
        <source>offboard --from: also write the report to FILE (JSON for a name ending in .json, else CSV).</source>
        <translation>offboard --from: zapisz raport również do PLIKU (JSON dla nazwy kończącej się na .json, w przeciwnym razie CSV).</translation>
    </message>
    <message>
        <source>  offboard --from FILE [--confirm-count N] [--dry-run] [--resume] [--report FILE]</source>
        <translation>  offboard --from PLIK [--confirm-count N] [--dry-run] [--resume] [--report PLIK]</translation>
    </message>
    <message>
        <source>                                              Offboard every customer of a list: plan, confirm, run, report.</source>
        <translation>                                              Kończy współpracę z każdym klientem z listy: plan, potwierdzenie, przebieg, raport.</translation>
    </message>
    <message>
        <source>--confirm-count needs a number of customers, e.g. 12.</source>
        <translation>--confirm-count wymaga liczby klientów, np. 12.</translation>
    </message>
    <message>
        <source>--%1 needs --from FILE.</source>
        <translation>--%1 wymaga --from PLIK.</translation>
    </message>
    <message>
        <source>--confirm is for one customer; a list is confirmed with --confirm-count.</source>
        <translation>--confirm dotyczy jednego klienta; listę potwierdza się za pomocą --confirm-count.</translation>
    </message>
    <message>
        <source>--format needs --from FILE with &quot;offboard&quot;.</source>
        <translation>--format wymaga --from PLIK w poleceniu „offboard”.</translation>
    </message>
</context>
<context>
    <name>CliStartup</name>
    <message>
        <source>No access token: give --access-token-file or set PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>Brak tokenu dostępu: podaj --access-token-file lub ustaw zmienną PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>You are not signed in to Partner Center. Run &quot;partnerdesk-cli sign-in&quot;, or &quot;partnerdesk-cli sign-out&quot; to work on the sandbox.</source>
        <translation>Nie zalogowano do Centrum partnerskiego. Uruchom „partnerdesk-cli sign-in” albo „partnerdesk-cli sign-out”, aby pracować w piaskownicy.</translation>
    </message>
    <message>
        <source>Your Partner Center sign-in could not be restored: %1
Run &quot;partnerdesk-cli sign-in&quot; again.</source>
        <translation>Nie udało się przywrócić sesji logowania do Centrum partnerskiego: %1
Uruchom ponownie „partnerdesk-cli sign-in”.</translation>
    </message>
</context>
<context>
    <name>ConfirmRemovalDialog</name>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Usuń relację odsprzedawcy</translation>
    </message>
    <message>
        <source>The customer is removed from your customer list.</source>
        <translation>Klient zostanie usunięty z Twojej listy klientów.</translation>
    </message>
    <message>
        <source>You are removed from the customer&apos;s list of available support contacts.</source>
        <translation>Twoja organizacja zostanie usunięta z listy dostępnych kontaktów pomocy technicznej klienta.</translation>
    </message>
    <message>
        <source>You can no longer make purchases for the customer.</source>
        <translation>Nie będzie już można dokonywać zakupów w imieniu klienta.</translation>
    </message>
    <message>
        <source>Type the primary domain to confirm</source>
        <translation>Aby potwierdzić, wpisz domenę podstawową</translation>
    </message>
    <message>
        <source>Type the primary domain above to enable this button.</source>
        <translation>Wpisz powyżej domenę podstawową, aby włączyć ten przycisk.</translation>
    </message>
    <message>
        <source>✓ Matches the primary domain.</source>
        <translation>✓ Zgadza się z domeną podstawową.</translation>
    </message>
    <message>
        <source>Does not match the primary domain yet.</source>
        <translation>Jeszcze nie zgadza się z domeną podstawową.</translation>
    </message>
    <message>
        <source>Remove the reseller relationship with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>Usunąć relację odsprzedawcy z klientem %1?</translation>
    </message>
    <message>
        <source>This has the following consequences:</source>
        <translation>Będzie to miało następujące konsekwencje:</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s primary domain:</source>
        <translation>Aby potwierdzić, wpisz domenę podstawową klienta:</translation>
    </message>
    <message>
        <source>Also terminate the admin relationships</source>
        <translation>Zakończ także relacje administratora</translation>
    </message>
    <message>
        <source>After a successful removal, terminate every active admin relationship with this customer. This cannot be undone.</source>
        <translation>Po udanym usunięciu kończy wszystkie aktywne relacje administratora z tym klientem. Tej operacji nie można cofnąć.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) (GDAP) remain after the removal: they keep giving your organisation admin access to the customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln relacja administratora (GDAP) pozostanie po usunięciu: nadal daje Twojej organizacji dostęp administratora do dzierżawy klienta.</numerusform>
            <numerusform>%Ln relacje administratora (GDAP) pozostaną po usunięciu: nadal dają Twojej organizacji dostęp administratora do dzierżawy klienta.</numerusform>
            <numerusform>%Ln relacji administratora (GDAP) pozostanie po usunięciu: nadal dają Twojej organizacji dostęp administratora do dzierżawy klienta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin relationships (GDAP) could not be read, so they cannot be terminated here. The removal does not end them: terminate them in Partner Center.</source>
        <translation>Nie udało się odczytać relacji administratora (GDAP), więc nie można ich tu zakończyć. Usunięcie ich nie kończy: zakończ je w Centrum partnerskim.</translation>
    </message>
    <message>
        <source>Your legacy delegated admin privileges (DAP) for the customer are removed.</source>
        <translation>Twoje starsze delegowane uprawnienia administratora (DAP) dla klienta zostaną usunięte.</translation>
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
        <translation>%1: adres nie może zawierać nazwy użytkownika, hasła, zapytania ani fragmentu.</translation>
    </message>
    <message>
        <source>Partner Center endpoint</source>
        <translation>Punkt końcowy Centrum partnerskiego</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Urząd logowania</translation>
    </message>
    <message>
        <source>Enter the tenant: your Microsoft ID (a GUID), your domain (e.g. contoso.onmicrosoft.com) or &quot;organizations&quot;.</source>
        <translation>Wprowadź dzierżawę: identyfikator Microsoft (GUID), domenę (np. contoso.onmicrosoft.com) lub „organizations”.</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; is neither a GUID nor a domain name.</source>
        <translation>Dzierżawa „%1” nie jest ani identyfikatorem GUID, ani nazwą domeny.</translation>
    </message>
    <message>
        <source>Enter the application (client) ID of your app registration.</source>
        <translation>Wprowadź identyfikator aplikacji (klienta) z rejestracji aplikacji.</translation>
    </message>
    <message>
        <source>The application (client) ID must be a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>Identyfikator aplikacji (klienta) musi być identyfikatorem GUID, np. 00000000-0000-0000-0000-000000000000.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Ustawienia połączenia</translation>
    </message>
    <message>
        <source>Partner Center &amp;endpoint:</source>
        <translation>&amp;Punkt końcowy Centrum partnerskiego:</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>&amp;Urząd logowania:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <comment>Microsoft Entra tenant (directory)</comment>
        <translation>&amp;Dzierżawa:</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Identyfikator aplikacji (&amp;klienta):</translation>
    </message>
    <message>
        <source>organizations, contoso.onmicrosoft.com or a GUID</source>
        <translation>organizations, contoso.onmicrosoft.com lub identyfikator GUID</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Przywróć do&amp;myślne</translation>
    </message>
    <message>
        <source>Sign in to Partner Center with your own app registration in Microsoft Entra.</source>
        <translation>Zaloguj się do Centrum partnerskiego przy użyciu własnej rejestracji aplikacji w usłudze Microsoft Entra.</translation>
    </message>
    <message>
        <source>How to register PartnerDesk in Microsoft Entra</source>
        <translation>Jak zarejestrować PartnerDesk w usłudze Microsoft Entra</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Sandbox</source>
        <comment>status bar: connected to the embedded sandbox</comment>
        <translation>Piaskownica</translation>
    </message>
    <message>
        <source>Demo data on this computer (%1). Nothing reaches Partner Center.</source>
        <translation>Dane demonstracyjne na tym komputerze (%1). Nic nie trafia do Centrum partnerskiego.</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <comment>status bar, for screen readers</comment>
        <translation>Połączono z: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <comment>user, roles</comment>
        <translation>Zalogowano jako %1 · %2</translation>
    </message>
    <message>
        <source>Signed in with an access token</source>
        <translation>Zalogowano za pomocą tokenu dostępu</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Eksportuj do pliku CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Back to the customer list (Alt+Left)</source>
        <translation>Wróć do listy klientów (Alt+Strzałka w lewo)</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Domena podstawowa:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>Identyfikator Microsoft:</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the primary domain</comment>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy primary domain</source>
        <translation>Kopiuj domenę podstawową</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the Microsoft ID</comment>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy Microsoft ID</source>
        <translation>Kopiuj identyfikator Microsoft</translation>
    </message>
    <message>
        <source>Copied “%1”</source>
        <translation>Skopiowano: „%1”</translation>
    </message>
</context>
<context>
    <name>CustomerListImport</name>
    <message>
        <source>an e-mail address</source>
        <translation>adres e-mail</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>adres internetowy</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a list of customers (%2 MB at most).</source>
        <translation>Plik %1 jest za duży jak na listę klientów (maksymalnie %2 MB).</translation>
    </message>
    <message>
        <source>The first row (%1) names no column of primary domains, customer IDs or Microsoft IDs.</source>
        <translation>Pierwszy wiersz (%1) nie wskazuje kolumny z domenami podstawowymi, identyfikatorami klientów ani identyfikatorami Microsoft.</translation>
    </message>
    <message>
        <source>nothing in the column %1</source>
        <translation>kolumna %1 jest pusta</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>niezamknięty cudzysłów</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Company name</source>
        <translation>Nazwa firmy</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Domena podstawowa</translation>
    </message>
    <message>
        <source>Microsoft ID</source>
        <comment>the customer&apos;s tenant id</comment>
        <translation>Identyfikator Microsoft</translation>
    </message>
    <message>
        <source>Relationship</source>
        <comment>the customer&apos;s relationship to the partner</comment>
        <translation>Relacja</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Search by company, domain or Microsoft ID</source>
        <translation>Szukaj według firmy, domeny lub identyfikatora Microsoft</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Szukaj klientów</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Load the customer list again from Partner Center (F5)</source>
        <translation>Wczytaj ponownie listę klientów z Centrum partnerskiego (F5)</translation>
    </message>
    <message>
        <source>%1, loading…</source>
        <comment>customer count while pages still arrive</comment>
        <translation>%1, wczytywanie…</translation>
    </message>
    <message>
        <source>Not every customer could be loaded. %1</source>
        <translation>Nie udało się wczytać wszystkich klientów. %1</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Wczytywanie klientów…</translation>
    </message>
    <message>
        <source>Customers could not be loaded</source>
        <translation>Nie udało się wczytać klientów</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów próbę</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>Żaden klient nie pasuje do wyszukiwania „%1”</translation>
    </message>
    <message>
        <source>Search looks at the company name, the primary domain and the Microsoft ID.</source>
        <translation>Wyszukiwanie obejmuje nazwę firmy, domenę podstawową i identyfikator Microsoft.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Nie ma jeszcze klientów</translation>
    </message>
    <message>
        <source>Customers you have a reseller relationship with appear here. Use Refresh to load the list again.</source>
        <translation>Tutaj są wyświetlani klienci, z którymi masz relację odsprzedawcy. Użyj przycisku Odśwież, aby ponownie wczytać listę.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
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
            <numerusform>Do tej pory wczytano %Ln klienta.</numerusform>
            <numerusform>Do tej pory wczytano %Ln klientów.</numerusform>
            <numerusform>Do tej pory wczytano %Ln klientów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>customer count before the first page arrives</comment>
        <translation>Wczytywanie…</translation>
    </message>
    <message numerus="yes">
        <source>Off&amp;board %Ln selected…</source>
        <translation>
            <numerusform>Za&amp;kończ współpracę z %Ln wybranym…</numerusform>
            <numerusform>Za&amp;kończ współpracę z %Ln wybranymi…</numerusform>
            <numerusform>Za&amp;kończ współpracę z %Ln wybranymi…</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the offboarding of the selected customers: nothing is changed before you confirm</source>
        <translation>Zaplanuj zakończenie współpracy z wybranymi klientami: nic nie zostanie zmienione, dopóki nie potwierdzisz</translation>
    </message>
    <message>
        <source>Select customers first (Shift-click, Ctrl-click, Ctrl+A)</source>
        <translation>Najpierw wybierz klientów (Shift+kliknięcie, Ctrl+kliknięcie, Ctrl+A)</translation>
    </message>
    <message>
        <source>Off&amp;board selected…</source>
        <translation>Za&amp;kończ współpracę z wybranymi…</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>customer page section</comment>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Sekcje klienta</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Zakupy oprogramowania i rezerwacje platformy Azure</translation>
    </message>
    <message>
        <source>Back to Customers</source>
        <translation>Wróć do strony Klienci</translation>
    </message>
</context>
<context>
    <name>CustomersCommand</name>
    <message>
        <source>Customer ID</source>
        <translation>Identyfikator klienta</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Żaden klient nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>No customer&apos;s primary domain starts with &quot;%1&quot;.</source>
        <translation>Domena podstawowa żadnego klienta nie zaczyna się od „%1”.</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Brak klientów.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kod: %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>Oczekiwanie na zalogowanie…</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <comment>%1 is minutes:seconds</comment>
        <translation>Kod wygaśnie za %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Logowanie do Centrum partnerskiego</translation>
    </message>
    <message>
        <source>Open the page below in a browser, on this or any other device, enter the code and sign in with your Partner Center account.</source>
        <translation>Otwórz poniższą stronę w przeglądarce na tym lub innym urządzeniu, wprowadź kod i zaloguj się przy użyciu konta Centrum partnerskiego.</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Kopiuj kod</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Otwórz przeglądarkę</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Strona logowania</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
</context>
<context>
    <name>DeviceCodeFlow</name>
    <message>
        <source>The sign-in service did not send a usable code.</source>
        <translation>Usługa logowania nie wysłała kodu, którego można użyć.</translation>
    </message>
    <message>
        <source>The sign-in service sent an unsafe address: %1</source>
        <translation>Usługa logowania wysłała niebezpieczny adres: %1</translation>
    </message>
    <message>
        <source>The sign-in service did not send an access token.</source>
        <translation>Usługa logowania nie wysłała tokenu dostępu.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Logowanie zostało odrzucone.</translation>
    </message>
    <message>
        <source>The code has expired before the sign-in was finished. Start again to get a new code.</source>
        <translation>Kod wygasł przed zakończeniem logowania. Zacznij od nowa, aby otrzymać nowy kod.</translation>
    </message>
    <message>
        <source>The sign-in service no longer knows this code. Start again to get a new one.</source>
        <translation>Usługa logowania nie rozpoznaje już tego kodu. Zacznij od nowa, aby otrzymać nowy.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Logowanie zostało anulowane.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached.</source>
        <translation>Nie można nawiązać połączenia z usługą logowania.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>Logowanie nie powiodło się.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Closed on %1</source>
        <comment>a cancellation window that has ended; %1 is when</comment>
        <translation>Termin minął %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln license(s)</source>
        <comment>subscription quantity</comment>
        <translation>
            <numerusform>%Ln licencja</numerusform>
            <numerusform>%Ln licencje</numerusform>
            <numerusform>%Ln licencji</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 (usage-based)</source>
        <comment>subscription quantity of a plan billed by consumption</comment>
        <translation>%L1 (na podstawie użycia)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>None</source>
        <comment>subscription status</comment>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status, as chosen in the status selector</comment>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>subscription status (deleted on the wire)</comment>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>subscription status</comment>
        <translation>Wygasła</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>subscription status</comment>
        <translation>Oczekująca</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>subscription status</comment>
        <translation>Wyłączona</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>subscription status the app does not know; %1 is the raw value</comment>
        <translation>Nieznana (%1)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>billing cycle</comment>
        <translation>Miesięczny</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>billing cycle</comment>
        <translation>Roczny</translation>
    </message>
    <message>
        <source>Every three years</source>
        <comment>billing cycle</comment>
        <translation>Co trzy lata</translation>
    </message>
    <message>
        <source>One time</source>
        <comment>billing cycle</comment>
        <translation>Jednorazowy</translation>
    </message>
    <message>
        <source>None</source>
        <comment>billing cycle</comment>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>billing cycle the app does not know; %1 is the raw value</comment>
        <translation>Nieznany (%1)</translation>
    </message>
    <message>
        <source>Software purchase</source>
        <translation>Zakup oprogramowania</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Rezerwacja platformy Azure</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>entitlement type the app does not know; %1 is the raw value</comment>
        <translation>Nieznany (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>entitlement type</comment>
        <translation>Inny</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a purchase</comment>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a purchase</comment>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>status of a purchase</comment>
        <translation>Wygasła</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>status of a purchase</comment>
        <translation>Nieznana</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>purchase status the app does not know; %1 is the raw value</comment>
        <translation>Nieznana (%1)</translation>
    </message>
    <message>
        <source>Reseller</source>
        <comment>relationship to partner</comment>
        <translation>Odsprzedawca</translation>
    </message>
    <message>
        <source>None</source>
        <comment>relationship to partner</comment>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>relationship to partner</comment>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>relationship to partner</comment>
        <translation>Nieznana</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>relationship the app does not know; %1 is the raw value</comment>
        <translation>Nieznana (%1)</translation>
    </message>
</context>
<context>
    <name>EntitlementModel</name>
    <message>
        <source>Name</source>
        <comment>product name of a purchase</comment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>software purchase or Azure reservation</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status of a purchase</comment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Można anulować do</translation>
    </message>
</context>
<context>
    <name>EntraRoles</name>
    <message>
        <source>Global Administrator</source>
        <translation>Administrator globalny</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Czytelnik globalny</translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation>Czytelnicy katalogów</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Administrator użytkowników</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Administrator pomocy technicznej</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Administrator programu Exchange</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>Administrator programu SharePoint</translation>
    </message>
    <message>
        <source>Teams Administrator</source>
        <translation>Administrator usługi Teams</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Administrator zabezpieczeń</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Czytelnik zabezpieczeń</translation>
    </message>
    <message>
        <source>License Administrator</source>
        <translation>Administrator licencji</translation>
    </message>
    <message>
        <source>Billing Administrator</source>
        <translation>Administrator rozliczeń</translation>
    </message>
    <message>
        <source>Service Support Administrator</source>
        <translation>Administrator pomocy technicznej usług</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Administrator usługi Intune</translation>
    </message>
    <message>
        <source>Cloud Device Administrator</source>
        <translation>Administrator urządzeń w chmurze</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Administrator aplikacji</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Administrator aplikacji w chmurze</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administrator ról uprzywilejowanych</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Administrator uwierzytelniania</translation>
    </message>
    <message>
        <source>Conditional Access Administrator</source>
        <translation>Administrator dostępu warunkowego</translation>
    </message>
    <message>
        <source>Reports Reader</source>
        <translation>Czytelnik raportów</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PartnerDesk guide</source>
        <translation>Przewodnik po aplikacji PartnerDesk</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Przewodnik</translation>
    </message>
    <message>
        <source>Removing a reseller relationship</source>
        <translation>Usuwanie relacji odsprzedawcy</translation>
    </message>
    <message>
        <source>PartnerDesk follows Partner Center: %1 → %2 → %3 → %4.</source>
        <translation>PartnerDesk postępuje tak jak Centrum partnerskie: %1 → %2 → %3 → %4.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Usuń relację odsprzedawcy</translation>
    </message>
    <message>
        <source>%1: find the customer — search looks at the company name, the primary domain and the Microsoft ID — and open it with Enter or a double-click.</source>
        <translation>%1: znajdź klienta (wyszukiwanie obejmuje nazwę firmy, domenę podstawową i identyfikator Microsoft) i otwórz go klawiszem Enter lub dwukrotnym kliknięciem.</translation>
    </message>
    <message>
        <source>%1: select each active subscription, choose %2 and %3, or suspend them all with %4. New-commerce subscriptions keep being billed while suspended: cancel them while their cancellation window is open; after it, turn auto-renew off and wait for the term end.</source>
        <translation>%1: zaznacz każdą aktywną subskrypcję, wybierz %2 i %3 albo wstrzymaj wszystkie naraz za pomocą %4. Za subskrypcje w nowym środowisku handlowym opłaty są naliczane także w czasie wstrzymania: anuluj je, dopóki trwa okres na anulowanie; po nim wyłącz automatyczne odnawianie i poczekaj na koniec okresu.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Prześlij</translation>
    </message>
    <message>
        <source>Suspend all active…</source>
        <translation>Wstrzymaj wszystkie aktywne…</translation>
    </message>
    <message>
        <source>%1: cancel software purchases while their cancellation window is open. Azure reservations are cancelled in the Azure portal.</source>
        <translation>%1: anuluj zakupy oprogramowania, dopóki trwa ich okres na anulowanie. Rezerwacje platformy Azure anuluje się w witrynie Azure Portal.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <comment>customer page section: software and Azure reservations</comment>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>%1: %2 becomes available once nothing blocks it. Type the customer&apos;s primary domain to confirm; right before the removal PartnerDesk reads the customer again from Partner Center.</source>
        <translation>%1: akcja %2 staje się dostępna, gdy nic jej nie blokuje. Aby potwierdzić, wpisz domenę podstawową klienta; tuż przed usunięciem PartnerDesk ponownie wczytuje klienta z Centrum partnerskiego.</translation>
    </message>
    <message>
        <source>%1: get the invitation link to request or re-establish a relationship with the customer later.</source>
        <translation>%1: pobierz link z zaproszeniem, aby później zażądać relacji z klientem lub ponownie ją nawiązać.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Następne kroki</translation>
    </message>
    <message>
        <source>What blocks the removal</source>
        <translation>Co blokuje usunięcie</translation>
    </message>
    <message>
        <source>an active subscription (or one still pending);</source>
        <translation>aktywna subskrypcja (lub taka, która dopiero oczekuje na aktywację);</translation>
    </message>
    <message>
        <source>a new-commerce subscription that has not been cancelled;</source>
        <translation>nieanulowana subskrypcja w nowym środowisku handlowym;</translation>
    </message>
    <message>
        <source>a software purchase that can still be cancelled;</source>
        <translation>zakup oprogramowania, który nadal można anulować;</translation>
    </message>
    <message>
        <source>an Azure reservation.</source>
        <translation>rezerwacja platformy Azure.</translation>
    </message>
    <message>
        <source>The %1 page lists what is left, each with a way to clear it, and enables %2 the moment nothing blocks it.</source>
        <translation>Strona %1 wymienia to, co pozostało, wraz ze sposobem usunięcia każdej pozycji, i włącza akcję %2, gdy tylko nic jej nie blokuje.</translation>
    </message>
    <message>
        <source>The sandbox</source>
        <translation>Piaskownica</translation>
    </message>
    <message>
        <source>Without a Partner Center account PartnerDesk works on its built-in sandbox: demo customers on this computer, served the way Partner Center serves them. Nothing done there reaches Microsoft. Changes are kept between runs; %1 brings the demo data back. The status bar says where PartnerDesk is connected.</source>
        <translation>Bez konta Centrum partnerskiego PartnerDesk pracuje we wbudowanej piaskownicy: z klientami demonstracyjnymi na tym komputerze, udostępnianymi tak samo jak w Centrum partnerskim. Nic, co w niej zrobisz, nie trafia do firmy Microsoft. Zmiany są zachowywane między uruchomieniami; %1 przywraca dane demonstracyjne. Pasek stanu pokazuje, z czym PartnerDesk jest połączony.</translation>
    </message>
    <message>
        <source>Connecting to Partner Center</source>
        <translation>Łączenie z Centrum partnerskim</translation>
    </message>
    <message>
        <source>PartnerDesk signs in through an app registration that your organisation owns, created once in your partner tenant:</source>
        <translation>PartnerDesk loguje się przez rejestrację aplikacji należącą do Twojej organizacji, utworzoną jednorazowo w dzierżawie partnera:</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, register a new application: accounts in this organizational directory only, no redirect URI (&lt;a href=&quot;%1&quot;&gt;Microsoft&apos;s steps&lt;/a&gt;).</source>
        <translation>W centrum administracyjnym Microsoft Entra zarejestruj nową aplikację: tylko konta w tym katalogu organizacyjnym, bez identyfikatora URI przekierowania (&lt;a href=&quot;%1&quot;&gt;instrukcje firmy Microsoft&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Under %1, set %2 to %3.</source>
        <translation>W sekcji %1 ustaw %2 na %3.</translation>
    </message>
    <message>
        <source>Under %1, add the delegated permission %2 of %3 and grant admin consent. No client secret is needed.</source>
        <translation>W sekcji %1 dodaj delegowane uprawnienie %2 dla %3 i udziel zgody administratora. Klucz tajny klienta nie jest potrzebny.</translation>
    </message>
    <message>
        <source>In %1 enter your tenant (its directory ID or domain) and the application (client) ID, then choose %2.</source>
        <translation>W menu %1 wprowadź swoją dzierżawę (identyfikator katalogu lub domenę) i identyfikator aplikacji (klienta), a następnie wybierz %2.</translation>
    </message>
    <message>
        <source>Removing a reseller relationship needs the Admin agent (or Global admin) role in Partner Center. Tokens are kept only in the system&apos;s keychain, never in files.</source>
        <translation>Usunięcie relacji odsprzedawcy wymaga w Centrum partnerskim roli agenta administracyjnego (lub administratora globalnego). Tokeny są przechowywane tylko w systemowym pęku kluczy, nigdy w plikach.</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>Dziennik inspekcji</translation>
    </message>
    <message>
        <source>Every change PartnerDesk makes, attempt and result, is recorded with Partner Center&apos;s correlation ID in the audit log: %1.</source>
        <translation>Każda zmiana wprowadzana przez PartnerDesk (próba i wynik) jest zapisywana wraz z identyfikatorem korelacji Centrum partnerskiego w dzienniku inspekcji: %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Przewodnik</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>Open &amp;audit log</source>
        <translation>Otwórz &amp;dziennik inspekcji</translation>
    </message>
    <message>
        <source>Every change PartnerDesk made, with its result</source>
        <translation>Każda zmiana wprowadzona przez PartnerDesk wraz z wynikiem</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Otwórz &amp;folder danych</translation>
    </message>
    <message>
        <source>The audit log and the sandbox&apos;s data</source>
        <translation>Dziennik inspekcji i dane piaskownicy</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;Informacje o aplikacji PartnerDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informacje o &amp;Qt</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik inspekcji</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. The first change made with PartnerDesk starts the audit log in %1.</source>
        <translation>Nic jeszcze nie zapisano. Pierwsza zmiana wprowadzona w aplikacji PartnerDesk utworzy dziennik inspekcji w pliku %1.</translation>
    </message>
    <message>
        <source>No program could be started to show the audit log. It is a text file, one JSON record per line: %1</source>
        <translation>Nie udało się uruchomić programu, który wyświetliłby dziennik inspekcji. To plik tekstowy z jednym rekordem JSON w każdym wierszu: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <source>No file manager could be started. The data folder is %1</source>
        <translation>Nie udało się uruchomić menedżera plików. Folder danych to %1</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID.</source>
        <translation>Wiersz %1: „%2” nie jest domeną podstawową, identyfikatorem klienta ani identyfikatorem Microsoft.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a primary domain, customer ID or Microsoft ID (%3).</source>
        <translation>Wiersz %1: „%2” nie jest domeną podstawową, identyfikatorem klienta ani identyfikatorem Microsoft (%3).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is listed already on line %3.</source>
        <translation>Wiersz %1: „%2” występuje już w wierszu %3.</translation>
    </message>
    <message>
        <source>Line %1: no customer has the primary domain, customer ID or Microsoft ID “%2”.</source>
        <translation>Wiersz %1: żaden klient nie ma domeny podstawowej, identyfikatora klienta ani identyfikatora Microsoft „%2”.</translation>
    </message>
    <message>
        <source>Line %1: “%2” names %3, already named on line %4.</source>
        <translation>Wiersz %1: „%2” wskazuje klienta %3, wskazanego już w wierszu %4.</translation>
    </message>
</context>
<context>
    <name>IndirectProviders</name>
    <message>
        <source>Your organisation is an indirect reseller: only its indirect provider (%1) can remove the reseller relationship. Ask them to remove it.</source>
        <comment>%1 names the indirect providers</comment>
        <translation>Twoja organizacja jest odsprzedawcą pośrednim: relację odsprzedawcy może usunąć tylko jej dostawca pośredni (%1). Poproś go o usunięcie.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Not started: the run was cancelled before it.</source>
        <translation>Nie rozpoczęto: operację anulowano, zanim doszło do tej subskrypcji.</translation>
    </message>
    <message>
        <source>Changed with its base subscription.</source>
        <translation>Zmieniono razem z subskrypcją podstawową.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>there is no D-Bus session bus to reach a keychain service on</source>
        <translation>brak magistrali sesji D-Bus, przez którą można połączyć się z usługą pęku kluczy</translation>
    </message>
    <message>
        <source>neither the Secret Service (e.g. GNOME Keyring) nor KWallet is running</source>
        <translation>nie działa ani Secret Service (np. GNOME Keyring), ani KWallet</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until PartnerDesk closes; nothing is saved to disk.</source>
        <translation>Pęk kluczy jest niedostępny (%1). Sesja logowania pozostanie aktywna do zamknięcia aplikacji PartnerDesk; nic nie jest zapisywane na dysku.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Pęk kluczy odrzucił żądanie: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>pęk kluczy nie odpowiedział na czas</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
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
        <translation>Klienci — PartnerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Eksportuj do pliku CSV…</translation>
    </message>
    <message>
        <source>Save the customers as currently filtered to a CSV file</source>
        <translation>Zapisz aktualnie przefiltrowanych klientów w pliku CSV</translation>
    </message>
    <message>
        <source>&amp;Reset sandbox…</source>
        <translation>&amp;Resetuj piaskownicę…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <comment>default export file name</comment>
        <translation>klienci.csv</translation>
    </message>
    <message>
        <source>Reset sandbox</source>
        <translation>Resetuj piaskownicę</translation>
    </message>
    <message>
        <source>Put the demo data back as it was? Every change made in the sandbox, removals included, is lost.</source>
        <translation>Przywrócić dane demonstracyjne do stanu początkowego? Wszystkie zmiany wprowadzone w piaskownicy, łącznie z usuniętymi relacjami, zostaną utracone.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Nie można nawiązać połączenia</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <comment>menu item: the audit log as a table</comment>
        <translation>&amp;Aktywność</translation>
    </message>
    <message>
        <source>Every change made from this computer, with search and filters</source>
        <translation>Każda zmiana wprowadzona z tego komputera, z wyszukiwaniem i filtrami</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Wyeksportowano %Ln klienta do pliku %1</numerusform>
            <numerusform>Wyeksportowano %Ln klientów do pliku %1</numerusform>
            <numerusform>Wyeksportowano %Ln klientów do pliku %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search customers</source>
        <comment>menu item: go to the Customers search field</comment>
        <translation>&amp;Szukaj klientów</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Pęk kluczy jest niedostępny.</translation>
    </message>
</context>
<context>
    <name>NextStepsWidget</name>
    <message>
        <source>The invitation link is on the clipboard.</source>
        <translation>Link z zaproszeniem jest w schowku.</translation>
    </message>
    <message>
        <source>Getting the invitation link…</source>
        <translation>Pobieranie linku z zaproszeniem…</translation>
    </message>
    <message>
        <source>The invitation link is not an https:// address.</source>
        <translation>Link z zaproszeniem nie jest adresem https://.</translation>
    </message>
    <message>
        <source>Invitation to a reseller relationship</source>
        <translation>Zaproszenie do relacji odsprzedawcy</translation>
    </message>
    <message>
        <source>Hello,

to let us manage your Microsoft subscriptions as your reseller, please open this link, sign in as a Global admin and accept the invitation:

%1

Thank you.</source>
        <translation>Dzień dobry,

Aby umożliwić nam jako Państwa odsprzedawcy zarządzanie Państwa subskrypcjami Microsoft, prosimy o otwarcie tego linku, zalogowanie się jako administrator globalny i zaakceptowanie zaproszenia:

%1

Dziękujemy.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Następne kroki</translation>
    </message>
    <message>
        <source>Request or re-establish a relationship with a customer</source>
        <translation>Zażądaj lub ponownie nawiąż relację z klientem</translation>
    </message>
    <message>
        <source>Get the invitation link to send to the customer.</source>
        <translation>Pobierz link z zaproszeniem, który wyślesz klientowi.</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Link z zaproszeniem</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the invitation link</comment>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation>Kopiuj link z zaproszeniem</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>Otwórz wiadomość e-mail</translation>
    </message>
    <message>
        <source>Open e-mail with the invitation link</source>
        <translation>Otwórz wiadomość e-mail zawierającą link z zaproszeniem</translation>
    </message>
    <message>
        <source>The invitation link could not be fetched. %1</source>
        <translation>Nie udało się pobrać linku z zaproszeniem. %1</translation>
    </message>
    <message>
        <source>Your e-mail program was asked to open a new message with the invitation link.</source>
        <translation>Program pocztowy otrzymał polecenie otwarcia nowej wiadomości zawierającej link z zaproszeniem.</translation>
    </message>
    <message>
        <source>No e-mail program is set up on this computer, so no message was opened. Copy the link and paste it into a message.</source>
        <translation>Na tym komputerze nie skonfigurowano programu pocztowego, więc nie otwarto wiadomości. Skopiuj link przyciskiem Kopiuj i wklej go do wiadomości.</translation>
    </message>
</context>
<context>
    <name>OAuthReply</name>
    <message>
        <source>HTTP status %1</source>
        <translation>Kod stanu HTTP %1</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>Nie można nawiązać połączenia z usługą logowania: %1</translation>
    </message>
    <message>
        <source>The sign-in service gave an answer PartnerDesk does not understand (%1).</source>
        <translation>Usługa logowania zwróciła odpowiedź, której PartnerDesk nie rozumie (%1).</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Sesja logowania straciła ważność. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The app registration does not allow this sign-in. Check the application (client) ID and that public client flows are allowed. The service said: %1</source>
        <translation>Rejestracja aplikacji nie zezwala na to logowanie. Sprawdź identyfikator aplikacji (klienta) i to, czy przepływy klienta publicznego są dozwolone. Odpowiedź usługi: %1</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1): %2</source>
        <comment>%1 is an OAuth error code</comment>
        <translation>Usługa logowania odrzuciła żądanie (%1): %2</translation>
    </message>
</context>
<context>
    <name>OffboardCommand</name>
    <message>
        <source>Done: %1</source>
        <translation>Wykonano: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
    <message>
        <source>%1 is offboarded: the reseller relationship is removed.</source>
        <translation>Zakończono współpracę z klientem %1: relacja odsprzedawcy została usunięta.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was not removed.</source>
        <translation>Relacja odsprzedawcy z klientem %1 nie została usunięta.</translation>
    </message>
    <message>
        <source>Your roles (%1) do not allow it. Ask a Global admin or an Admin agent.</source>
        <translation>Twoje role (%1) na to nie pozwalają. Poproś administratora globalnego lub agenta administracyjnego.</translation>
    </message>
    <message>
        <source>The admin relationships could not be read; they are left as they are:</source>
        <translation>Nie udało się odczytać relacji administratora; pozostają bez zmian:</translation>
    </message>
    <message>
        <source>Not known whether this was done: %1</source>
        <translation>Nie wiadomo, czy to zostało wykonane: %1</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli readiness %1&quot; before running offboard again.</source>
        <translation>Przed ponownym uruchomieniem offboard sprawdź stan poleceniem „partnerdesk-cli readiness %1”.</translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message>
        <source>You may not remove the reseller relationship.</source>
        <translation>Nie możesz usunąć relacji odsprzedawcy.</translation>
    </message>
    <message>
        <source>A new-commerce subscription past its cancellation window is billed until its term ends.</source>
        <translation>Subskrypcja z nowego środowiska handlowego po upływie okresu anulowania jest rozliczana do końca okresu obowiązywania.</translation>
    </message>
    <message>
        <source>Wait for the term end with auto-renew off; then it expires.</source>
        <translation>Wyłącz automatyczne odnawianie i poczekaj do końca okresu; wtedy subskrypcja wygaśnie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under the Azure plan are active: %1.</source>
        <translation>
            <numerusform>W planie platformy Azure jest aktywna %Ln subskrypcja platformy Azure: %1.</numerusform>
            <numerusform>W planie platformy Azure są aktywne %Ln subskrypcje platformy Azure: %1.</numerusform>
            <numerusform>W planie platformy Azure jest aktywnych %Ln subskrypcji platformy Azure: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable them in the Azure portal (Subscriptions), then suspend the Azure plan.</source>
        <translation>Wyłącz je w witrynie Azure Portal (Subskrypcje), a następnie wstrzymaj plan platformy Azure.</translation>
    </message>
    <message>
        <source>An Azure savings plan is active.</source>
        <translation>Plan oszczędności platformy Azure jest aktywny.</translation>
    </message>
    <message>
        <source>An Azure reservation is active.</source>
        <translation>Rezerwacja platformy Azure jest aktywna.</translation>
    </message>
    <message>
        <source>Cancel it in the Azure portal (Savings plans).</source>
        <translation>Anuluj go w witrynie Azure Portal (Plany oszczędności).</translation>
    </message>
    <message>
        <source>Cancel or exchange it in the Azure portal (Reservations).</source>
        <translation>Anuluj ją lub wymień w witrynie Azure Portal (Rezerwacje).</translation>
    </message>
    <message>
        <source>Suspend &quot;%1&quot;</source>
        <translation>Wstrzymaj „%1”</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;</source>
        <translation>Anuluj „%1”</translation>
    </message>
    <message>
        <source>Turn auto-renew off for &quot;%1&quot;</source>
        <translation>Wyłącz automatyczne odnawianie dla „%1”</translation>
    </message>
    <message>
        <source>Cancel the software purchase &quot;%1&quot;</source>
        <translation>Anuluj zakup oprogramowania „%1”</translation>
    </message>
    <message>
        <source>Remove the reseller relationship</source>
        <translation>Usuń relację odsprzedawcy</translation>
    </message>
    <message>
        <source>Terminate the admin relationship &quot;%1&quot;</source>
        <translation>Zakończ relację administratora „%1”</translation>
    </message>
    <message>
        <source>(with its add-ons: %1)</source>
        <translation>(z dodatkami: %1)</translation>
    </message>
    <message>
        <source>What will be done:</source>
        <translation>Co zostanie wykonane:</translation>
    </message>
    <message>
        <source>What blocks the removal, and what to do:</source>
        <translation>Co blokuje usunięcie i co zrobić:</translation>
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
        <translation>Adres %1 nie jest prawidłowym adresem URL.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback). Use https:// for %1.</source>
        <translation>Nieszyfrowany protokół http:// jest dozwolony tylko dla tego komputera (loopback). Dla %1 użyj https://.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1.</source>
        <translation>Obsługiwane są tylko adresy https://, a nie %1.</translation>
    </message>
    <message>
        <source>The next page is on another server (%1); it was not requested.</source>
        <translation>Następna strona znajduje się na innym serwerze (%1), dlatego nie została pobrana.</translation>
    </message>
    <message>
        <source>The answer says the relationship is &quot;%1&quot;, not &quot;none&quot;.</source>
        <translation>Według odpowiedzi relacja ma wartość „%1”, a nie „none”.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Company profile</source>
        <translation>Profil firmy</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Dane rozliczeniowe</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nazwa firmy:</translation>
    </message>
    <message>
        <source>Primary domain:</source>
        <translation>Domena podstawowa:</translation>
    </message>
    <message>
        <source>Microsoft ID:</source>
        <translation>Identyfikator Microsoft:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Adres e-mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <comment>billing contact person</comment>
        <translation>Osoba kontaktowa:</translation>
    </message>
    <message>
        <source>Language:</source>
        <comment>billing language</comment>
        <translation>Język:</translation>
    </message>
</context>
<context>
    <name>PurchaseDetailsPanel</name>
    <message>
        <source>Cancelling the order in Partner Center…</source>
        <translation>Anulowanie zamówienia w Centrum partnerskim…</translation>
    </message>
    <message>
        <source>✓ Cancelled. The order for %1 is cancelled.</source>
        <comment>%1 is a product name</comment>
        <translation>✓ Anulowano. Zamówienie produktu %1 zostało anulowane.</translation>
    </message>
    <message>
        <source>✗ Not cancelled. %1</source>
        <translation>✗ Nie anulowano. %1</translation>
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
        <translation>Identyfikator zamówienia:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Ilość:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>status of a purchase</comment>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Wygasa:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <comment>last moment a purchase can be cancelled</comment>
        <translation>Można anulować do:</translation>
    </message>
    <message>
        <source>Select a purchase to see its details and whether it can still be cancelled.</source>
        <translation>Wybierz zakup, aby wyświetlić jego szczegóły i sprawdzić, czy można go jeszcze anulować.</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <comment>of a purchase</comment>
        <translation>Anulowanie</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <comment>cancel a software purchase</comment>
        <translation>Anuluj zamówienie…</translation>
    </message>
    <message>
        <source>Open the Azure portal</source>
        <translation>Otwórz witrynę Azure Portal</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled or exchanged in the Azure portal (or through Azure support), not in Partner Center. Once it is cancelled there, use Refresh.</source>
        <translation>Rezerwacje platformy Azure anuluje się lub wymienia w witrynie Azure Portal (albo za pośrednictwem pomocy technicznej platformy Azure), a nie w Centrum partnerskim. Po anulowaniu rezerwacji w tej witrynie użyj przycisku Odśwież.</translation>
    </message>
    <message>
        <source>PartnerDesk does not know this kind of purchase, so it cannot cancel it.</source>
        <translation>PartnerDesk nie zna tego rodzaju zakupu, więc nie może go anulować.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow cancelling purchases. An Admin agent or a Global admin can do it.</source>
        <translation>Twoja rola (%1) nie pozwala na anulowanie zakupów. Może to zrobić agent administracyjny lub administrator globalny.</translation>
    </message>
    <message>
        <source>This purchase can be cancelled until %1. It is refunded according to Microsoft&apos;s cancellation policy; a cancelled order cannot be restored.</source>
        <translation>Ten zakup można anulować do %1. Środki zostaną zwrócone zgodnie z zasadami anulowania firmy Microsoft; anulowanego zamówienia nie można przywrócić.</translation>
    </message>
    <message>
        <source>Purchase details</source>
        <translation>Szczegóły zakupu</translation>
    </message>
    <message>
        <source>The order is being cancelled…</source>
        <translation>Trwa anulowanie zamówienia…</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The order could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Nieznany wynik. %1

Nie udało się też ponownie odczytać zamówienia. Przed ponowną próbą sprawdź jego stan (właśnie jest odczytywany ponownie).</translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message>
        <source>Cancel software order</source>
        <translation>Anuluj zamówienie oprogramowania</translation>
    </message>
    <message>
        <source>Cancel the order for %1? The purchase is refunded according to Microsoft&apos;s cancellation policy and cannot be restored.</source>
        <translation>Anulować zamówienie produktu %1? Środki za zakup zostaną zwrócone zgodnie z zasadami anulowania firmy Microsoft, a zakupu nie będzie można przywrócić.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <comment>confirm cancelling a software order</comment>
        <translation>Anuluj zamówienie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Read this customer&apos;s purchases again from Partner Center</source>
        <translation>Wczytaj ponownie zakupy tego klienta z Centrum partnerskiego</translation>
    </message>
    <message>
        <source>Software purchases and Azure reservations</source>
        <translation>Zakupy oprogramowania i rezerwacje platformy Azure</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Nie udało się wczytać zakupów</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów próbę</translation>
    </message>
    <message>
        <source>Loading purchases…</source>
        <translation>Wczytywanie zakupów…</translation>
    </message>
    <message>
        <source>No software purchases or Azure reservations</source>
        <translation>Brak zakupów oprogramowania i rezerwacji platformy Azure</translation>
    </message>
    <message>
        <source>This customer has bought no software and no Azure reservations through you, so nothing here stands in the way of removing the relationship.</source>
        <translation>Ten klient nie kupił za Twoim pośrednictwem oprogramowania ani rezerwacji platformy Azure, więc nic tutaj nie blokuje usunięcia relacji.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln software purchase(s)</source>
        <translation>
            <numerusform>%Ln zakup oprogramowania</numerusform>
            <numerusform>%Ln zakupy oprogramowania</numerusform>
            <numerusform>%Ln zakupów oprogramowania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure reservation(s)</source>
        <translation>
            <numerusform>%Ln rezerwacja platformy Azure</numerusform>
            <numerusform>%Ln rezerwacje platformy Azure</numerusform>
            <numerusform>%Ln rezerwacji platformy Azure</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchases could not be read again; they are shown as last read. %1</source>
        <translation>Nie udało się ponownie wczytać zakupów; są pokazane tak, jak wczytano je ostatnio. %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Wyświetla pomoc dotyczącą opcji wiersza poleceń.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Wyświetla pomoc wraz z opcjami specyficznymi dla Qt.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Wyświetla tę pomoc.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Wyświetla numer wersji.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Sposób użycia: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opcje]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcje:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenty:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Nieznana opcja &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Nieznane opcje: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Brak wartości po &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Nieoczekiwana wartość po &quot;%1&quot;.</translation>
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
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
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
        <translation>Relację odsprzedawcy z klientem %1 można usunąć.</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet.</source>
        <translation>Relacji odsprzedawcy z klientem %1 nie można jeszcze usunąć.</translation>
    </message>
</context>
<context>
    <name>RecommendedSteps</name>
    <message>
        <source>Recommended before the removal</source>
        <translation>Zalecane przed usunięciem</translation>
    </message>
    <message>
        <source>Recommended: terminate the admin relationships</source>
        <translation>Zalecane: zakończ relacje administratora</translation>
    </message>
    <message>
        <source>Terminate all…</source>
        <comment>end every active admin relationship</comment>
        <translation>Zakończ wszystkie…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) still give your organisation admin access to this customer&apos;s tenant. The removal does not end them, and does not wait for them.</source>
        <translation>
            <numerusform>%Ln relacja administratora nadal daje Twojej organizacji dostęp administratora do dzierżawy tego klienta. Usunięcie jej nie kończy i na nią nie czeka.</numerusform>
            <numerusform>%Ln relacje administratora nadal dają Twojej organizacji dostęp administratora do dzierżawy tego klienta. Usunięcie ich nie kończy i na nie nie czeka.</numerusform>
            <numerusform>%Ln relacji administratora nadal daje Twojej organizacji dostęp administratora do dzierżawy tego klienta. Usunięcie ich nie kończy i na nie nie czeka.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalBlocker</name>
    <message>
        <source>an unknown date</source>
        <comment>in: wait for the term end on %1</comment>
        <translation>nieznana data</translation>
    </message>
    <message>
        <source>Active subscription: %1</source>
        <translation>Aktywna subskrypcja: %1</translation>
    </message>
    <message>
        <source>New-commerce subscription not cancelled: %1</source>
        <translation>Nieanulowana subskrypcja w nowym środowisku handlowym: %1</translation>
    </message>
    <message>
        <source>Azure reservation: %1</source>
        <translation>Rezerwacja platformy Azure: %1</translation>
    </message>
    <message>
        <source>Software purchase still cancellable: %1</source>
        <translation>Zakup oprogramowania, który można jeszcze anulować: %1</translation>
    </message>
    <message>
        <source>Subscriptions not loaded yet</source>
        <translation>Subskrypcje nie zostały jeszcze wczytane</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Nie udało się wczytać subskrypcji</translation>
    </message>
    <message>
        <source>Suspend this subscription.</source>
        <translation>Wstrzymaj tę subskrypcję.</translation>
    </message>
    <message>
        <source>New-commerce subscriptions keep being billed while suspended. Cancel it before %1.</source>
        <translation>Za subskrypcje w nowym środowisku handlowym opłaty są naliczane także w czasie wstrzymania. Anuluj tę subskrypcję przed %1.</translation>
    </message>
    <message>
        <source>Azure reservations are cancelled in the Azure portal or through Azure support, not here.</source>
        <translation>Rezerwacje platformy Azure anuluje się w witrynie Azure Portal lub za pośrednictwem pomocy technicznej platformy Azure, a nie tutaj.</translation>
    </message>
    <message>
        <source>Cancel the order before %1, or wait until then.</source>
        <translation>Anuluj zamówienie przed %1 lub poczekaj do tego czasu.</translation>
    </message>
    <message>
        <source>Whether the relationship can be removed is known once the customer&apos;s subscriptions are loaded.</source>
        <translation>Po wczytaniu subskrypcji klienta będzie wiadomo, czy można usunąć relację.</translation>
    </message>
    <message>
        <source>Without the customer&apos;s subscriptions it is not known whether the relationship can be removed. Try again.</source>
        <translation>Bez subskrypcji klienta nie wiadomo, czy można usunąć relację. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Purchases could not be loaded</source>
        <translation>Nie udało się wczytać zakupów</translation>
    </message>
    <message>
        <source>Without the customer&apos;s software purchases and Azure reservations it is not known whether the relationship can be removed. Try again.</source>
        <translation>Bez zakupów oprogramowania i rezerwacji platformy Azure klienta nie wiadomo, czy można usunąć relację. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Azure savings plan: %1</source>
        <translation>Plan oszczędności platformy Azure: %1</translation>
    </message>
    <message>
        <source>Marketplace subscription: %1</source>
        <translation>Subskrypcja z platformy handlowej: %1</translation>
    </message>
    <message>
        <source>Azure plan with active Azure subscriptions: %1</source>
        <translation>Plan platformy Azure z aktywnymi subskrypcjami platformy Azure: %1</translation>
    </message>
    <message>
        <source>Suspend this subscription. Its add-ons follow it: %1.</source>
        <translation>Wstrzymaj tę subskrypcję. Jej dodatki zostaną wstrzymane razem z nią: %1.</translation>
    </message>
    <message>
        <source>The cancellation window has passed. Turn auto-renew off here; the subscription stays, and is billed, until its term ends on %1.</source>
        <translation>Okres anulowania minął. Wyłącz tutaj automatyczne odnawianie; subskrypcja pozostanie i będzie rozliczana do końca okresu: %1.</translation>
    </message>
    <message>
        <source>The cancellation window has passed and auto-renew is off. The subscription stays, and is billed, until its term ends on %1.</source>
        <translation>Okres anulowania minął, a automatyczne odnawianie jest wyłączone. Subskrypcja pozostanie i będzie rozliczana do końca okresu: %1.</translation>
    </message>
    <message>
        <source>Cancel this marketplace (SaaS) subscription.</source>
        <translation>Anuluj tę subskrypcję z platformy handlowej (SaaS).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under this plan are active: %1. Disable them in the Azure portal; until then Partner Center refuses to suspend the plan (error 900115).</source>
        <translation>
            <numerusform>W tym planie jest aktywna %Ln subskrypcja platformy Azure: %1. Wyłącz ją w witrynie Azure Portal; do tego czasu Centrum partnerskie nie wstrzyma planu (błąd 900115).</numerusform>
            <numerusform>W tym planie są aktywne %Ln subskrypcje platformy Azure: %1. Wyłącz je w witrynie Azure Portal; do tego czasu Centrum partnerskie nie wstrzyma planu (błąd 900115).</numerusform>
            <numerusform>W tym planie jest aktywnych %Ln subskrypcji platformy Azure: %1. Wyłącz je w witrynie Azure Portal; do tego czasu Centrum partnerskie nie wstrzyma planu (błąd 900115).</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure savings plans are cancelled in the Azure portal, not here.</source>
        <translation>Plany oszczędności platformy Azure anuluje się w witrynie Azure Portal, a nie tutaj.</translation>
    </message>
</context>
<context>
    <name>RemovalPanel</name>
    <message>
        <source>Remove reseller relationship</source>
        <translation>Usuń relację odsprzedawcy</translation>
    </message>
    <message>
        <source>Ends your reseller relationship with this customer. You will be asked to confirm.</source>
        <translation>Kończy Twoją relację odsprzedawcy z tym klientem. Przed usunięciem pojawi się prośba o potwierdzenie.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow removing a reseller relationship. An Admin agent, a Sales agent or a Global admin can do it.</source>
        <translation>Twoja rola (%1) nie pozwala na usunięcie relacji odsprzedawcy. Może to zrobić agent administracyjny, agent sprzedaży lub administrator globalny.</translation>
    </message>
    <message>
        <source>No subscription is active and nothing else blocks the removal.</source>
        <translation>Żadna subskrypcja nie jest aktywna i nic innego nie blokuje usunięcia.</translation>
    </message>
</context>
<context>
    <name>RemovalReadiness</name>
    <message>
        <source>If any subscriptions are still active, the Remove reseller relationship action is unavailable.</source>
        <translation>Jeśli jakiekolwiek subskrypcje są nadal aktywne, akcja Usuń relację odsprzedawcy jest niedostępna.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active subscription(s)</source>
        <translation>
            <numerusform>%Ln aktywna subskrypcja</numerusform>
            <numerusform>%Ln aktywne subskrypcje</numerusform>
            <numerusform>%Ln aktywnych subskrypcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) still block the removal.</source>
        <translation>
            <numerusform>%Ln pozycja nadal blokuje usunięcie.</numerusform>
            <numerusform>%Ln pozycje nadal blokują usunięcie.</numerusform>
            <numerusform>%Ln pozycji nadal blokuje usunięcie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalResultDialog</name>
    <message>
        <source>Reseller relationship removed</source>
        <translation>Relacja odsprzedawcy została usunięta</translation>
    </message>
    <message>
        <source>✓ The reseller relationship with %1 (%2) has been removed. The customer is no longer in your customer list.</source>
        <translation>✓ Relacja odsprzedawcy z klientem %1 (%2) została usunięta. Klienta nie ma już na Twojej liście klientów.</translation>
    </message>
    <message>
        <source>✓ Admin relationship “%1”: termination requested; Microsoft Graph ends it within minutes.</source>
        <translation>✓ Relacja administratora „%1”: zażądano zakończenia; Microsoft Graph zakończy ją w ciągu kilku minut.</translation>
    </message>
    <message>
        <source>⚠ Admin relationship “%1”: it is not known whether the termination was requested. %2</source>
        <comment>%1 relationship name, %2 the error</comment>
        <translation>⚠ Relacja administratora „%1”: nie wiadomo, czy zażądano zakończenia. %2</translation>
    </message>
    <message>
        <source>✗ Admin relationship “%1” was not terminated. %2</source>
        <comment>%1 relationship name, %2 why</comment>
        <translation>✗ Relacja administratora „%1” nie została zakończona. %2</translation>
    </message>
    <message>
        <source>The admin relationships could not be read, so none was terminated. Check them in Partner Center.</source>
        <translation>Nie udało się odczytać relacji administratora, więc żadna nie została zakończona. Sprawdź je w Centrum partnerskim.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) with the customer remain active: your organisation keeps admin access to its tenant until they are terminated or end.</source>
        <translation>
            <numerusform>%Ln relacja administratora z klientem pozostaje aktywna: Twoja organizacja zachowa dostęp administratora do jego dzierżawy, dopóki nie zostanie zakończona lub nie wygaśnie.</numerusform>
            <numerusform>%Ln relacje administratora z klientem pozostają aktywne: Twoja organizacja zachowa dostęp administratora do jego dzierżawy, dopóki nie zostaną zakończone lub nie wygasną.</numerusform>
            <numerusform>%Ln relacji administratora z klientem pozostaje aktywnych: Twoja organizacja zachowa dostęp administratora do jego dzierżawy, dopóki nie zostaną zakończone lub nie wygasną.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipCommand</name>
    <message>
        <source>Checking the customer&apos;s subscriptions and purchases…</source>
        <translation>Sprawdzanie subskrypcji i zakupów klienta…</translation>
    </message>
    <message>
        <source>Removing the reseller relationship…</source>
        <translation>Usuwanie relacji odsprzedawcy…</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 cannot be removed yet:</source>
        <translation>Relacji odsprzedawcy z klientem %1 nie można jeszcze usunąć:</translation>
    </message>
    <message>
        <source>The reseller relationship with %1 was removed.</source>
        <translation>Relacja odsprzedawcy z klientem %1 została usunięta.</translation>
    </message>
    <message>
        <source>To work with the customer again, send them the invitation link from &quot;partnerdesk-cli request-link&quot;.</source>
        <translation>Aby ponownie współpracować z klientem, wyślij mu link z zaproszeniem uzyskany poleceniem „partnerdesk-cli request-link”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the primary domain of %2; nothing was changed. Type the primary domain after --confirm.</source>
        <translation>„%1” nie jest domeną podstawową klienta %2; niczego nie zmieniono. Wpisz domenę podstawową po opcji --confirm.</translation>
    </message>
    <message>
        <source>Check with &quot;partnerdesk-cli customers --domain %1&quot; before trying again: if the relationship was removed, the customer is no longer listed or shows no relationship.</source>
        <translation>Przed ponowną próbą sprawdź to poleceniem „partnerdesk-cli customers --domain %1”: jeśli relacja została usunięta, klienta nie ma już na liście albo nie ma on żadnej relacji.</translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipFlow</name>
    <message>
        <source>Checking the subscriptions again…</source>
        <translation>Ponowne sprawdzanie subskrypcji…</translation>
    </message>
    <message>
        <source>Removing the relationship…</source>
        <translation>Usuwanie relacji…</translation>
    </message>
    <message>
        <source>The relationship was not removed</source>
        <translation>Relacja nie została usunięta</translation>
    </message>
    <message>
        <source>The relationship may have been removed</source>
        <translation>Relacja mogła zostać usunięta</translation>
    </message>
    <message>
        <source>%1

The customer could not be read back either. Before trying again, check in the customer list whether the reseller relationship is still there.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>%1

Nie udało się też ponownie odczytać klienta. Przed ponowną próbą sprawdź na liście klientów, czy relacja odsprzedawcy nadal istnieje.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <comment>%1 is the error message with its details</comment>
        <translation>Nie usunięto. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>remove the reseller relationship again after it failed</comment>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Not removed. Partner Center now reports something that blocks the removal, so nothing was sent. The subscriptions have been refreshed.

%1</source>
        <translation>Nie usunięto. Centrum partnerskie zgłasza teraz coś, co blokuje usunięcie, więc nic nie zostało wysłane. Lista subskrypcji została odświeżona.

%1</translation>
    </message>
    <message>
        <source>Terminating the admin relationships…</source>
        <translation>Kończenie relacji administratora…</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>The file is not the journal of a run.</source>
        <translation>Plik nie jest dziennikiem przebiegu zbiorczego.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Dziennik nie jest otwarty.</translation>
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
        <translation>Klient / akcja</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Details and what to do</source>
        <translation>Szczegóły i co zrobić</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Identyfikator korelacji</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Otwórz zaznaczonego klienta</translation>
    </message>
    <message>
        <source>Next section of a customer (Subscriptions, Purchases, Account)</source>
        <translation>Następna sekcja klienta (Subskrypcje, Zakupy, Konto)</translation>
    </message>
    <message>
        <source>Previous section of a customer</source>
        <translation>Poprzednia sekcja klienta</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Wszędzie</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Następna kontrolka</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Poprzednia kontrolka</translation>
    </message>
    <message>
        <source>Open a menu, or use the control whose letter is underlined</source>
        <translation>Otwórz menu lub użyj kontrolki z podkreśloną literą</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <comment>the Alt key with the underlined letter</comment>
        <translation>Alt+litera</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klawisz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2.</source>
        <translation>Aby się zalogować, otwórz w przeglądarce %1 i wprowadź kod %2.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in (the code is valid until %1)…</source>
        <translation>Oczekiwanie na zalogowanie (kod jest ważny do %1)…</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nie zalogowano: %1</translation>
    </message>
    <message>
        <source>Signed in as %1, but the sign-in is lost when this command ends.</source>
        <translation>Zalogowano jako %1, ale sesja logowania zostanie utracona po zakończeniu tego polecenia.</translation>
    </message>
    <message>
        <source>The keychain did not store it.</source>
        <translation>Pęk kluczy go nie zapisał.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>No keychain</source>
        <translation>Brak pęku kluczy</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Wylogowano</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Signed out. Commands use the sandbox again.</source>
        <translation>Wylogowano. Polecenia znów korzystają z piaskownicy.</translation>
    </message>
</context>
<context>
    <name>SignedInTokenSource</name>
    <message>
        <source>You are signed out.</source>
        <translation>Wylogowano.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Sesja logowania wygasła. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Nie zalogowano.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetailsPanel</name>
    <message>
        <source>Select a subscription to see its details and change its status.</source>
        <translation>Wybierz subskrypcję, aby wyświetlić jej szczegóły i zmienić jej stan.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Zmień stan</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>subscription status</comment>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <source>Submit</source>
        <comment>apply the chosen subscription status</comment>
        <translation>Prześlij</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions. An Admin agent or a Global admin can do it.</source>
        <translation>Twoja rola (%1) nie pozwala na zmienianie subskrypcji. Może to zrobić agent administracyjny lub administrator globalny.</translation>
    </message>
    <message>
        <source>A subscription that is %1 cannot be changed any more.</source>
        <comment>%1 is a status such as Expired</comment>
        <translation>Subskrypcji w stanie %1 nie można już zmienić.</translation>
    </message>
    <message>
        <source>Subscription details</source>
        <translation>Szczegóły subskrypcji</translation>
    </message>
    <message>
        <source>On</source>
        <comment>auto-renew</comment>
        <translation>Włączone</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-renew</comment>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>Wysyłanie zmiany…</translation>
    </message>
    <message>
        <source>Choose a status different from the current one.</source>
        <translation>Wybierz stan inny niż obecny.</translation>
    </message>
    <message>
        <source>Sending the change to Partner Center…</source>
        <translation>Wysyłanie zmiany do Centrum partnerskiego…</translation>
    </message>
    <message>
        <source>✓ Done. %1 is now %2.</source>
        <comment>%1 subscription, %2 its status</comment>
        <translation>✓ Gotowe. %1 ma teraz stan %2.</translation>
    </message>
    <message>
        <source>✗ Not changed. %1</source>
        <translation>✗ Nie zmieniono. %1</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown. %1

The subscription could not be read back either. Check its status (read again now) before trying again.</source>
        <comment>%1 is the error message with its details</comment>
        <translation>⚠ Nieznany wynik. %1

Nie udało się też ponownie odczytać subskrypcji. Przed ponowną próbą sprawdź jej stan (właśnie jest odczytywany ponownie).</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Anuluj subskrypcję</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled new-commerce subscription cannot be reactivated. It is refunded according to Microsoft&apos;s cancellation policy.</source>
        <translation>Anulować subskrypcję %1? To ostateczne: anulowanej subskrypcji w nowym środowisku handlowym nie można ponownie aktywować. Zwrot następuje zgodnie z zasadami anulowania firmy Microsoft.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <comment>confirm cancelling a new-commerce subscription</comment>
        <translation>Anuluj subskrypcję</translation>
    </message>
    <message>
        <source>Possible until %1.</source>
        <comment>cancelling a new-commerce subscription</comment>
        <translation>Możliwe do %1.</translation>
    </message>
    <message>
        <source>Auto-renew at the term end</source>
        <translation>Automatyczne odnawianie na koniec okresu</translation>
    </message>
    <message>
        <source>Cancel %1? This is final: a cancelled marketplace subscription cannot be reactivated.</source>
        <translation>Anulować subskrypcję %1? To ostateczne: anulowanej subskrypcji z platformy handlowej nie można ponownie aktywować.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <translation>Wyłącz automatyczne odnawianie</translation>
    </message>
    <message>
        <source>Turn auto-renew off for %1? This stops the renewal, not the bill: the subscription stays, and is billed, until its term ends on %2.</source>
        <translation>Wyłączyć automatyczne odnawianie subskrypcji %1? Zatrzymuje to odnowienie, a nie rozliczanie: subskrypcja pozostanie i będzie rozliczana do końca okresu: %2.</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <comment>confirm</comment>
        <translation>Wyłącz automatyczne odnawianie</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now on for %1.</source>
        <translation>✓ Automatyczne odnawianie subskrypcji %1 jest teraz włączone.</translation>
    </message>
    <message>
        <source>✓ Auto-renew is now off for %1. It stays until its term ends on %2.</source>
        <translation>✓ Automatyczne odnawianie subskrypcji %1 jest teraz wyłączone. Subskrypcja pozostanie do końca okresu: %2.</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Oferta:</translation>
    </message>
    <message>
        <source>Subscription ID:</source>
        <translation>Identyfikator subskrypcji:</translation>
    </message>
    <message>
        <source>Base subscription:</source>
        <comment>the subscription an add-on belongs to</comment>
        <translation>Subskrypcja podstawowa:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Dodatki:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Ilość:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>subscription status</comment>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>Billing cycle:</source>
        <translation>Cykl rozliczeniowy:</translation>
    </message>
    <message>
        <source>Commitment end:</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Koniec zobowiązania:</translation>
    </message>
    <message>
        <source>Cancellable until:</source>
        <translation>Można anulować do:</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>Automatyczne odnawianie:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an add-on&apos;s name and its status</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Suspending it suspends its %Ln active add-on(s) too: %1.</source>
        <translation>
            <numerusform>Wstrzymanie jej wstrzyma też %Ln aktywny dodatek: %1.</numerusform>
            <numerusform>Wstrzymanie jej wstrzyma też %Ln aktywne dodatki: %1.</numerusform>
            <numerusform>Wstrzymanie jej wstrzyma też %Ln aktywnych dodatków: %1.</numerusform>
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
        <translation>%1. Nowe środowisko handlowe: opłaty są naliczane także w czasie wstrzymania; przed usunięciem relacji subskrypcję trzeba anulować lub poczekać do końca jej okresu.</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <comment>subscription name of an add-on</comment>
        <translation>%1 (dodatek)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>subscription status</comment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Cykl rozliczeniowy</translation>
    </message>
    <message>
        <source>Commitment end</source>
        <comment>end date of the subscription&apos;s term</comment>
        <translation>Koniec zobowiązania</translation>
    </message>
    <message>
        <source>Cancellable until</source>
        <comment>last moment a new-commerce subscription can be cancelled</comment>
        <translation>Można anulować do</translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>an add-on&apos;s name, then its base subscription&apos;s</comment>
        <translation>%1 — dodatek do %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionStatusJob</name>
    <message>
        <source>%1 is now %2, with its base subscription.</source>
        <comment>%1 an add-on, %2 its status</comment>
        <translation>%1: stan „%2”, razem z subskrypcją podstawową.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsCommand</name>
    <message>
        <source>Subscription ID</source>
        <translation>Identyfikator subskrypcji</translation>
    </message>
    <message>
        <source>%1 has no subscriptions.</source>
        <translation>Klient %1 nie ma subskrypcji.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>Suspend all active…</source>
        <translation>Wstrzymaj wszystkie aktywne…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Read this customer&apos;s subscriptions again from Partner Center</source>
        <translation>Wczytaj ponownie subskrypcje tego klienta z Centrum partnerskiego</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing subscriptions.</source>
        <translation>Twoja rola (%1) nie pozwala na zmienianie subskrypcji.</translation>
    </message>
    <message>
        <source>The subscriptions are still loading.</source>
        <translation>Subskrypcje są jeszcze wczytywane.</translation>
    </message>
    <message>
        <source>Suspending is already under way.</source>
        <translation>Wstrzymywanie już trwa.</translation>
    </message>
    <message>
        <source>No subscription is active.</source>
        <translation>Żadna subskrypcja nie jest aktywna.</translation>
    </message>
    <message>
        <source>Suspend every active subscription of this customer, with a result for each</source>
        <translation>Wstrzymaj wszystkie aktywne subskrypcje tego klienta i pokaż wynik dla każdej z nich</translation>
    </message>
    <message>
        <source>Subscriptions could not be loaded</source>
        <translation>Nie udało się wczytać subskrypcji</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów próbę</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Wczytywanie subskrypcji…</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>Brak subskrypcji</translation>
    </message>
    <message>
        <source>This customer has no subscriptions with you.</source>
        <translation>Ten klient nie ma u Ciebie żadnych subskrypcji.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln subskrypcja</numerusform>
            <numerusform>%Ln subskrypcje</numerusform>
            <numerusform>%Ln subskrypcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <comment>subscriptions</comment>
        <translation>
            <numerusform>%Ln aktywna</numerusform>
            <numerusform>%Ln aktywne</numerusform>
            <numerusform>%Ln aktywnych</numerusform>
        </translation>
    </message>
    <message>
        <source>The subscriptions could not be read again; they are shown as last read. %1</source>
        <translation>Nie udało się ponownie wczytać subskrypcji; są pokazane tak, jak wczytano je ostatnio. %1</translation>
    </message>
</context>
<context>
    <name>SuspendAllDialog</name>
    <message>
        <source>Suspend all active subscriptions</source>
        <translation>Wstrzymaj wszystkie aktywne subskrypcje</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Ponów nieudane</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Odczytywanie subskrypcji…</translation>
    </message>
    <message>
        <source>No subscription was active. Nothing to do.</source>
        <translation>Żadna subskrypcja nie była aktywna. Nie ma nic do zrobienia.</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed. Retry failed tries again what is still active.</source>
        <translation>Wstrzymano: %1, niepowodzenia: %2. Przycisk Ponów nieudane ponawia próbę dla subskrypcji, które są nadal aktywne.</translation>
    </message>
    <message>
        <source>✓ %1 — suspended</source>
        <translation>✓ %1 — wstrzymano</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>Suspending every active subscription: base subscriptions first, then their add-ons. Partner Center may ask us to slow down; that is handled for you.</source>
        <translation>Wstrzymywanie wszystkich aktywnych subskrypcji: najpierw subskrypcje podstawowe, potem ich dodatki. Centrum partnerskie może poprosić o spowolnienie; aplikacja obsłuży to automatycznie.</translation>
    </message>
    <message>
        <source>%1 suspended, %2 failed, %3 not known. Check the status of those marked ⚠ in the Subscriptions list before trying again.</source>
        <translation>Wstrzymano: %1, niepowodzenia: %2, nieznany wynik: %3. Przed ponowną próbą sprawdź stan subskrypcji oznaczonych ⚠ na liście Subskrypcje.</translation>
    </message>
    <message>
        <source>⚠ %1 — not known whether suspended: %2</source>
        <translation>⚠ %1 — nie wiadomo, czy wstrzymano: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln subscription(s) done…</source>
        <translation>
            <numerusform>Ukończono %1 z %Ln subskrypcji…</numerusform>
            <numerusform>Ukończono %1 z %Ln subskrypcji…</numerusform>
            <numerusform>Ukończono %1 z %Ln subskrypcji…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %Ln subscription(s) suspended; the rest are unchanged.</source>
        <translation>
            <numerusform>Przerwano. Wstrzymano %Ln subskrypcję; pozostałe są bez zmian.</numerusform>
            <numerusform>Przerwano. Wstrzymano %Ln subskrypcje; pozostałe są bez zmian.</numerusform>
            <numerusform>Przerwano. Wstrzymano %Ln subskrypcji; pozostałe są bez zmian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Done: %Ln subscription(s) suspended.</source>
        <translation>
            <numerusform>✓ Gotowe: wstrzymano %Ln subskrypcję.</numerusform>
            <numerusform>✓ Gotowe: wstrzymano %Ln subskrypcje.</numerusform>
            <numerusform>✓ Gotowe: wstrzymano %Ln subskrypcji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln subskrypcja</numerusform>
            <numerusform>%Ln subskrypcje</numerusform>
            <numerusform>%Ln subskrypcji</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — add-on of %2</source>
        <comment>a subscription to be suspended</comment>
        <translation>%1 — dodatek do %2</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln subscription(s)</source>
        <translation>
            <numerusform>Wstrzymaj %Ln subskrypcję</numerusform>
            <numerusform>Wstrzymaj %Ln subskrypcje</numerusform>
            <numerusform>Wstrzymaj %Ln subskrypcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln active subscription(s) will be suspended, base subscriptions first, then their add-ons. New-commerce subscriptions are still billed while suspended.</source>
        <translation>
            <numerusform>Ta %Ln aktywna subskrypcja zostanie wstrzymana, najpierw subskrypcje podstawowe, potem ich dodatki. Subskrypcje w nowym środowisku handlowym są rozliczane także podczas wstrzymania.</numerusform>
            <numerusform>Te %Ln aktywne subskrypcje zostaną wstrzymane, najpierw subskrypcje podstawowe, potem ich dodatki. Subskrypcje w nowym środowisku handlowym są rozliczane także podczas wstrzymania.</numerusform>
            <numerusform>Tych %Ln aktywnych subskrypcji zostanie wstrzymanych, najpierw subskrypcje podstawowe, potem ich dodatki. Subskrypcje w nowym środowisku handlowym są rozliczane także podczas wstrzymania.</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscription is active. Nothing to do.</source>
        <translation>Żadna subskrypcja nie jest aktywna. Nie ma nic do zrobienia.</translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message>
        <source>%1 has no active subscriptions.</source>
        <translation>Klient %1 nie ma aktywnych subskrypcji.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>result of suspending a subscription</comment>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <source>Already suspended</source>
        <translation>Wstrzymano już wcześniej</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>result of suspending a subscription</comment>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <source>%1 (%2) was not suspended:</source>
        <translation>Subskrypcja %1 (%2) nie została wstrzymana:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>The customer has no subscription with this ID.</source>
        <translation>Klient nie ma subskrypcji o tym identyfikatorze.</translation>
    </message>
    <message>
        <source>%1: the customer has no subscription with this ID.</source>
        <translation>%1: klient nie ma subskrypcji o tym identyfikatorze.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Identyfikator subskrypcji</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>subscription name</comment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Suspended %1 of %2.</source>
        <translation>Wstrzymano %1 z %2.</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>result of suspending a subscription: it may or may not have been suspended</comment>
        <translation>Nieznany wynik</translation>
    </message>
    <message>
        <source>%1 (%2) may or may not have been suspended:</source>
        <translation>Nie wiadomo, czy subskrypcja %1 (%2) została wstrzymana:</translation>
    </message>
    <message>
        <source>Check its status with &quot;partnerdesk-cli subscriptions %1&quot; before trying again.</source>
        <translation>Przed ponowną próbą sprawdź jej stan poleceniem „partnerdesk-cli subscriptions %1”.</translation>
    </message>
    <message numerus="yes">
        <source>Suspending %Ln active subscription(s)…</source>
        <translation>
            <numerusform>Wstrzymywanie %Ln aktywnej subskrypcji…</numerusform>
            <numerusform>Wstrzymywanie %Ln aktywnych subskrypcji…</numerusform>
            <numerusform>Wstrzymywanie %Ln aktywnych subskrypcji…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down: %Ln request(s) at a time.</source>
        <translation>
            <numerusform>Centrum partnerskie poprosiło o spowolnienie: %Ln żądanie naraz.</numerusform>
            <numerusform>Centrum partnerskie poprosiło o spowolnienie: %Ln żądania naraz.</numerusform>
            <numerusform>Centrum partnerskie poprosiło o spowolnienie: %Ln żądań naraz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended with its base subscription.</source>
        <translation>Wstrzymano razem z subskrypcją podstawową.</translation>
    </message>
</context>
<context>
    <name>TerminateAdminRelationshipsJob</name>
    <message>
        <source>The admin relationship “%1” is %2: only an active one can be terminated.</source>
        <comment>%1 is the relationship name, %2 its status</comment>
        <translation>Relacja administratora „%1” ma stan %2: zakończyć można tylko aktywną relację.</translation>
    </message>
    <message>
        <source>Microsoft Graph is not connected, so admin relationships cannot be terminated here.</source>
        <translation>Microsoft Graph nie jest połączony, więc nie można tu zakończyć relacji administratora.</translation>
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <source>Global admin</source>
        <comment>Microsoft Entra role</comment>
        <translation>Administrator globalny</translation>
    </message>
    <message>
        <source>Admin agent</source>
        <comment>Partner Center role</comment>
        <translation>Agent administracyjny</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <comment>Partner Center role</comment>
        <translation>Agent sprzedaży</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <comment>Partner Center role</comment>
        <translation>Agent pomocy technicznej</translation>
    </message>
    <message>
        <source>no Partner Center role</source>
        <translation>brak roli w Centrum partnerskim</translation>
    </message>
    <message>
        <source>roles not stated</source>
        <translation>nie podano ról</translation>
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
        <translation>Nieznany: token dostępu nie wskazuje, do kogo należy.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Imię i nazwisko: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Użytkownik: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Punkt końcowy: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ends CSP reseller relationships, clearing the blockers first.</source>
        <translation>Kończy relacje odsprzedawcy z klientami CSP, najpierw usuwając to, co je blokuje.</translation>
    </message>
    <message>
        <source>Partner Center-compatible endpoint for this run (default: the account chosen in the File menu, else the embedded sandbox).</source>
        <translation>Punkt końcowy zgodny z Centrum partnerskim dla tego uruchomienia (domyślnie: konto wybrane w menu Plik, w przeciwnym razie wbudowana piaskownica).</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>File holding an access token (or PARTNERDESK_ACCESS_TOKEN).</source>
        <translation>Plik z tokenem dostępu (lub PARTNERDESK_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command-line value name</comment>
        <translation>plik</translation>
    </message>
    <message>
        <source>UI language: %1.</source>
        <translation>Język interfejsu: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>command-line value name</comment>
        <translation>kod</translation>
    </message>
    <message>
        <source>Print how long the window took to appear, then quit.</source>
        <translation>Wypisuje, po jakim czasie pojawiło się okno, i kończy działanie.</translation>
    </message>
    <message>
        <source>--endpoint needs --access-token-file or PARTNERDESK_ACCESS_TOKEN.</source>
        <translation>--endpoint wymaga --access-token-file lub PARTNERDESK_ACCESS_TOKEN.</translation>
    </message>
</context>
</TS>
