#include "sandboxmessages.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Texts
{
    const char16_t *en;
    const char16_t *cs;
    const char16_t *pl;
};

using M = SandboxMessages::Message;

// Indexed by SandboxMessages::Message.
constexpr std::array<Texts, int(M::InternalError) + 1> table{{
    {u"The request is not authorized: the access token is missing or was not issued by this "
     u"server.",
     u"Požadavek není autorizován: přístupový token chybí nebo ho nevydal tento server.",
     u"Żądanie nie jest autoryzowane: brak tokenu dostępu lub nie został on wydany przez ten "
     u"serwer."},
    {u"The access token has expired. Sign in again.",
     u"Platnost přístupového tokenu vypršela. Přihlaste se znovu.",
     u"Token dostępu wygasł. Zaloguj się ponownie."},
    {u"The resource %1 does not exist.", u"Prostředek %1 neexistuje.", u"Zasób %1 nie istnieje."},
    {u"The method %1 is not allowed for %2.", u"Metoda %1 není pro %2 povolena.",
     u"Metoda %1 nie jest dozwolona dla %2."},
    {u"Customer %1 was not found.", u"Zákazník %1 nebyl nalezen.", u"Nie znaleziono klienta %1."},
    {u"There is no relationship between the partner and customer %1.",
     u"Mezi partnerem a zákazníkem %1 neexistuje žádný vztah.",
     u"Między partnerem a klientem %1 nie istnieje żadna relacja."},
    {u"Subscription %1 was not found.", u"Předplatné %1 nebylo nalezeno.",
     u"Nie znaleziono subskrypcji %1."},
    {u"Order %1 was not found.", u"Objednávka %1 nebyla nalezena.",
     u"Nie znaleziono zamówienia %1."},
    {u"The request body is not valid JSON: %1", u"Tělo požadavku není platný JSON: %1",
     u"Treść żądania nie jest prawidłowym dokumentem JSON: %1"},
    {u"The parameter %1 is not valid: %2", u"Parametr %1 není platný: %2",
     u"Parametr %1 jest nieprawidłowy: %2"},
    {u"The filter is not supported. Use the field CompanyName or Domain with the operator "
     u"starts_with.",
     u"Filtr není podporován. Použijte pole CompanyName nebo Domain s operátorem starts_with.",
     u"Filtr nie jest obsługiwany. Użyj pola CompanyName lub Domain z operatorem starts_with."},
    {u"The continuation token is not valid.", u"Token pokračování není platný.",
     u"Token kontynuacji jest nieprawidłowy."},
    {u"The user's role does not have the rights to perform this operation.",
     u"Role uživatele nemá oprávnění k provedení této operace.",
     u"Rola użytkownika nie ma uprawnień do wykonania tej operacji."},
    {u"The subscription was changed by someone else (the ETag does not match). Reload it and "
     u"try again.",
     u"Předplatné mezitím změnil někdo jiný (ETag nesouhlasí). Načtěte ho znovu a akci "
     u"zopakujte.",
     u"Subskrypcja została w międzyczasie zmieniona przez kogoś innego (ETag się nie zgadza). "
     u"Wczytaj ją ponownie i spróbuj jeszcze raz."},
    {u"A suspended subscription cannot be updated; only its status can be changed.",
     u"Pozastavené předplatné nelze upravit; změnit lze pouze jeho stav.",
     u"Wstrzymanej subskrypcji nie można zaktualizować; można zmienić tylko jej stan."},
    {u"The add-on cannot be activated because its base subscription %1 is not active.",
     u"Doplněk nelze aktivovat, protože jeho základní předplatné %1 není aktivní.",
     u"Nie można aktywować dodatku, ponieważ jego subskrypcja podstawowa %1 nie jest aktywna."},
    {u"The cancellation window ended on %1. Turn off auto-renew and let the subscription end "
     u"with its term.",
     u"Lhůta pro zrušení skončila %1. Vypněte automatické obnovení a nechte předplatné skončit "
     u"s koncem období.",
     u"Okres na anulowanie zakończył się %1. Wyłącz automatyczne odnawianie i pozwól "
     u"subskrypcji wygasnąć z końcem okresu."},
    {u"The order can no longer be cancelled: the cancellation window ended on %1.",
     u"Objednávku už nelze zrušit: lhůta pro zrušení skončila %1.",
     u"Zamówienia nie można już anulować: okres na anulowanie zakończył się %1."},
    {u"Only new-commerce subscriptions can be cancelled; suspend this subscription instead.",
     u"Zrušit lze pouze předplatná nového obchodního prostředí (NCE); toto předplatné místo "
     u"toho pozastavte.",
     u"Anulować można tylko subskrypcje nowego środowiska handlowego (NCE); zamiast tego "
     u"wstrzymaj tę subskrypcję."},
    {u"The Azure plan cannot be suspended while Azure subscriptions under it are still active "
     u"(count: %1). Disable them first.",
     u"Plán Azure nelze pozastavit, dokud jsou pod ním aktivní předplatná Azure (počet: %1). "
     u"Nejprve je zakažte.",
     u"Nie można wstrzymać planu platformy Azure, dopóki są w nim aktywne subskrypcje "
     u"platformy Azure (liczba: %1). Najpierw je wyłącz."},
    {u"A subscription in status %1 cannot be changed.", u"Předplatné ve stavu %1 nelze změnit.",
     u"Nie można zmienić subskrypcji w stanie %1."},
    {u"The status cannot change from %1 to %2.", u"Stav nelze změnit z %1 na %2.",
     u"Nie można zmienić stanu z %1 na %2."},
    {u"The request body must contain \"status\".", u"Tělo požadavku musí obsahovat \"status\".",
     u"Treść żądania musi zawierać pole \"status\"."},
    {u"The reseller relationship cannot be removed yet: %1",
     u"Vztah prodejce zatím nelze odebrat: %1",
     u"Relacji odsprzedawcy nie można jeszcze usunąć: %1"},
    {u"subscription \"%1\" is still active", u"předplatné „%1“ je stále aktivní",
     u"subskrypcja „%1” jest nadal aktywna"},
    {u"subscription \"%1\" is pending", u"předplatné „%1“ čeká na aktivaci",
     u"subskrypcja „%1” oczekuje na aktywację"},
    {u"new-commerce subscription \"%1\" is suspended but not cancelled, so it is still billed",
     u"předplatné NCE „%1“ je pozastavené, ale nezrušené, takže se stále účtuje",
     u"subskrypcja NCE „%1” jest wstrzymana, ale nie anulowana, więc nadal jest rozliczana"},
    {u"Azure reservation \"%1\" is active", u"rezervace Azure „%1“ je aktivní",
     u"rezerwacja platformy Azure „%1” jest aktywna"},
    {u"software purchase \"%1\" can still be cancelled until %2",
     u"nákup softwaru „%1“ lze ještě zrušit do %2",
     u"zakup oprogramowania „%1” można jeszcze anulować do %2"},
    {u"Only \"relationshipToPartner\": \"none\" is supported.",
     u"Podporována je pouze hodnota \"relationshipToPartner\": \"none\".",
     u"Obsługiwana jest tylko wartość \"relationshipToPartner\": \"none\"."},
    {u"Order %1 is already %2.", u"Objednávka %1 už je ve stavu %2.",
     u"Zamówienie %1 ma już stan %2."},
    {u"Only \"status\": \"cancelled\" is supported for orders.",
     u"U objednávek je podporována pouze hodnota \"status\": \"cancelled\".",
     u"W przypadku zamówień obsługiwana jest tylko wartość \"status\": \"cancelled\"."},
    {u"An internal error occurred. Try again later.",
     u"Došlo k interní chybě. Zkuste to znovu později.",
     u"Wystąpił błąd wewnętrzny. Spróbuj ponownie później."},
}};

} // namespace

QString SandboxMessages::text(Message message, const QString &locale, const QStringList &args)
{
    const Texts &texts = table.at(std::size_t(message));
    const char16_t *chosen = texts.en;
    if (locale.startsWith(u"cs", Qt::CaseInsensitive))
        chosen = texts.cs;
    else if (locale.startsWith(u"pl", Qt::CaseInsensitive))
        chosen = texts.pl;
    QString result = QString::fromUtf16(chosen);
    for (const QString &arg : args)
        result = result.arg(arg);
    return result;
}
