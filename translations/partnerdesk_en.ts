<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActivityCommand</name>
    <message numerus="yes">
        <source>%Ln line(s) of the audit log could not be read and were left out.</source>
        <translation>
            <numerusform>%Ln line of the audit log could not be read and was left out.</numerusform>
            <numerusform>%Ln lines of the audit log could not be read and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <comment>in the activity log</comment>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown entries of all; %1 is &quot;5 entries&quot;</comment>
        <translation>
            <numerusform>%1 of %Ln</numerusform>
            <numerusform>%1 of %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the log could not be read and are not shown.</source>
        <translation>
            <numerusform>%Ln line of the log could not be read and is not shown.</numerusform>
            <numerusform>%Ln lines of the log could not be read and are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln entry to %1</numerusform>
            <numerusform>Exported %Ln entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminRelationshipsSection</name>
    <message numerus="yes">
        <source>%Ln active admin relationship(s) give your organisation admin access to this customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln active admin relationship gives your organisation admin access to this customer&apos;s tenant.</numerusform>
            <numerusform>%Ln active admin relationships give your organisation admin access to this customer&apos;s tenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate %Ln admin relationship(s) with %1?</source>
        <comment>%1 is the company name</comment>
        <translation>
            <numerusform>Terminate %Ln admin relationship with %1?</numerusform>
            <numerusform>Terminate %Ln admin relationships with %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requesting the termination of %Ln admin relationship(s)…</source>
        <translation>
            <numerusform>Requesting the termination of %Ln admin relationship…</numerusform>
            <numerusform>Requesting the termination of %Ln admin relationships…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Termination requested for %Ln admin relationship(s); Microsoft Graph ends them within minutes and the status above follows.</source>
        <translation>
            <numerusform>✓ Termination requested for %Ln admin relationship; Microsoft Graph ends it within minutes and the status above follows.</numerusform>
            <numerusform>✓ Termination requested for %Ln admin relationships; Microsoft Graph ends them within minutes and the status above follows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln admin relationship(s) being terminated: Microsoft Graph ends them over a few minutes, and the list follows.</source>
        <translation>
            <numerusform>%Ln admin relationship being terminated: Microsoft Graph ends it over a few minutes, and the list follows.</numerusform>
            <numerusform>%Ln admin relationships being terminated: Microsoft Graph ends them over a few minutes, and the list follows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)?</source>
        <translation>
            <numerusform>Offboard %Ln customer?</numerusform>
            <numerusform>Offboard %Ln customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• remove the reseller relationship with %Ln customer(s): each leaves your customer list, you leave their support contacts, your delegated admin privileges are removed and you can no longer make purchases for them;</source>
        <translation>
            <numerusform>• remove the reseller relationship with %Ln customer: it leaves your customer list, you leave their support contacts, your delegated admin privileges are removed and you can no longer make purchases for them;</numerusform>
            <numerusform>• remove the reseller relationship with %Ln customers: each leaves your customer list, you leave their support contacts, your delegated admin privileges are removed and you can no longer make purchases for them;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• suspend %Ln subscription(s);</source>
        <translation>
            <numerusform>• suspend %Ln subscription;</numerusform>
            <numerusform>• suspend %Ln subscriptions;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• cancel %Ln subscription(s) and software purchase(s);</source>
        <translation>
            <numerusform>• cancel %Ln subscription or software purchase;</numerusform>
            <numerusform>• cancel %Ln subscriptions and software purchases;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• terminate %Ln admin relationship(s);</source>
        <translation>
            <numerusform>• terminate %Ln admin relationship;</numerusform>
            <numerusform>• terminate %Ln admin relationships;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and prepare %Ln more customer(s) that cannot be removed yet (their changes are counted above).</source>
        <translation>
            <numerusform>• and prepare %Ln more customer that cannot be removed yet (their changes are counted above).</numerusform>
            <numerusform>• and prepare %Ln more customers that cannot be removed yet (their changes are counted above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)</source>
        <translation>
            <numerusform>Offboard %Ln customer</numerusform>
            <numerusform>Offboard %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkCustomerModel</name>
    <message numerus="yes">
        <source>Working… %Ln change(s) made</source>
        <translation>
            <numerusform>Working… %Ln change made</numerusform>
            <numerusform>Working… %Ln changes made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboardCommand</name>
    <message numerus="yes">
        <source>Resuming run %1: %Ln customer(s) left; each is read again first.</source>
        <translation>
            <numerusform>Resuming run %1: %Ln customer left; it is read again first.</numerusform>
            <numerusform>Resuming run %1: %Ln customers left; each is read again first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln customer(s)…</source>
        <translation>
            <numerusform>Reading %Ln customer…</numerusform>
            <numerusform>Reading %Ln customers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be removed.</source>
        <translation>
            <numerusform>%Ln customer will be removed.</numerusform>
            <numerusform>%Ln customers will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be prepared but cannot be removed yet.</source>
        <translation>
            <numerusform>%Ln customer will be prepared but cannot be removed yet.</numerusform>
            <numerusform>%Ln customers will be prepared but cannot be removed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read.</source>
        <translation>
            <numerusform>%Ln customer could not be read.</numerusform>
            <numerusform>%Ln customers could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--confirm-count %1 does not match the plan: %Ln customer(s) would be removed. Nothing was changed.</source>
        <translation>
            <numerusform>--confirm-count %1 does not match the plan: %Ln customer would be removed. Nothing was changed.</numerusform>
            <numerusform>--confirm-count %1 does not match the plan: %Ln customers would be removed. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>%L1 of %Ln customer removed.</numerusform>
            <numerusform>%L1 of %Ln customers removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboardWindow</name>
    <message numerus="yes">
        <source>Reading %1 of %Ln customer(s)… Nothing is changed until you confirm.</source>
        <translation>
            <numerusform>Reading %1 of %Ln customer… Nothing is changed until you confirm.</numerusform>
            <numerusform>Reading %1 of %Ln customers… Nothing is changed until you confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: the changes already sent finish, nothing new starts. %1 of %Ln customer(s) done.</source>
        <translation>
            <numerusform>Cancelling: the changes already sent finish, nothing new starts. %1 of %Ln customer done.</numerusform>
            <numerusform>Cancelling: the changes already sent finish, nothing new starts. %1 of %Ln customers done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboarding: %1 of %Ln customer(s) done, %2 at a time. If the app is closed, the run is offered to be resumed at the next start.</source>
        <translation>
            <numerusform>Offboarding: %1 of %Ln customer done, %2 at a time. If the app is closed, the run is offered to be resumed at the next start.</numerusform>
            <numerusform>Offboarding: %1 of %Ln customers done, %2 at a time. If the app is closed, the run is offered to be resumed at the next start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) removed.</source>
        <translation>
            <numerusform>%L1 of %Ln customer removed.</numerusform>
            <numerusform>%L1 of %Ln customers removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboard %Ln customer(s)…</source>
        <translation>
            <numerusform>Offboard %Ln customer…</numerusform>
            <numerusform>Offboard %Ln customers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOffboarding</name>
    <message numerus="yes">
        <source>The file names no customer of yours: %Ln line(s) left out.</source>
        <translation>
            <numerusform>The file names no customer of yours: %Ln line left out.</numerusform>
            <numerusform>The file names no customer of yours: %Ln lines left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The offboarding run started %1 did not finish: %2 of %Ln customer(s) removed, %3 left. Resume it now? Every customer left is read again first; nothing that took effect is sent again.</source>
        <translation>
            <numerusform>The offboarding run started %1 did not finish: %2 of %Ln customer removed, %3 left. Resume it now? Every customer left is read again first; nothing that took effect is sent again.</numerusform>
            <numerusform>The offboarding run started %1 did not finish: %2 of %Ln customers removed, %3 left. Resume it now? Every customer left is read again first; nothing that took effect is sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %Ln customer(s) removed</source>
        <comment>a run&apos;s start and result</comment>
        <translation>
            <numerusform>%1 — %2 of %Ln customer removed</numerusform>
            <numerusform>%1 — %2 of %Ln customers removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPlanPanel</name>
    <message numerus="yes">
        <source>%Ln line(s) of the list left out:</source>
        <translation>
            <numerusform>%Ln line of the list left out:</numerusform>
            <numerusform>%Ln lines of the list left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmRemovalDialog</name>
    <message numerus="yes">
        <source>%Ln admin relationship(s) (GDAP) remain after the removal: they keep giving your organisation admin access to the customer&apos;s tenant.</source>
        <translation>
            <numerusform>%Ln admin relationship (GDAP) remains after the removal: it keeps giving your organisation admin access to the customer&apos;s tenant.</numerusform>
            <numerusform>%Ln admin relationships (GDAP) remain after the removal: they keep giving your organisation admin access to the customer&apos;s tenant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>shown customers of all loaded; %1 is &quot;5 customers&quot;</comment>
        <translation>
            <numerusform>%1 of %Ln</numerusform>
            <numerusform>%1 of %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) loaded so far.</source>
        <translation>
            <numerusform>%Ln customer loaded so far.</numerusform>
            <numerusform>%Ln customers loaded so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Off&amp;board %Ln selected…</source>
        <translation>
            <numerusform>Off&amp;board %Ln selected…</numerusform>
            <numerusform>Off&amp;board %Ln selected…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%Ln license(s)</source>
        <comment>subscription quantity</comment>
        <translation>
            <numerusform>%Ln license</numerusform>
            <numerusform>%Ln licenses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln customer to %1</numerusform>
            <numerusform>Exported %Ln customers to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under the Azure plan are active: %1.</source>
        <translation>
            <numerusform>%Ln Azure subscription under the Azure plan is active: %1.</numerusform>
            <numerusform>%Ln Azure subscriptions under the Azure plan are active: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message numerus="yes">
        <source>%Ln software purchase(s)</source>
        <translation>
            <numerusform>%Ln software purchase</numerusform>
            <numerusform>%Ln software purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Azure reservation(s)</source>
        <translation>
            <numerusform>%Ln Azure reservation</numerusform>
            <numerusform>%Ln Azure reservations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendedSteps</name>
    <message numerus="yes">
        <source>%Ln admin relationship(s) still give your organisation admin access to this customer&apos;s tenant. The removal does not end them, and does not wait for them.</source>
        <translation>
            <numerusform>%Ln admin relationship still gives your organisation admin access to this customer&apos;s tenant. The removal does not end it, and does not wait for it.</numerusform>
            <numerusform>%Ln admin relationships still give your organisation admin access to this customer&apos;s tenant. The removal does not end them, and does not wait for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalBlocker</name>
    <message numerus="yes">
        <source>%Ln Azure subscription(s) under this plan are active: %1. Disable them in the Azure portal; until then Partner Center refuses to suspend the plan (error 900115).</source>
        <translation>
            <numerusform>%Ln Azure subscription under this plan is active: %1. Disable it in the Azure portal; until then Partner Center refuses to suspend the plan (error 900115).</numerusform>
            <numerusform>%Ln Azure subscriptions under this plan are active: %1. Disable them in the Azure portal; until then Partner Center refuses to suspend the plan (error 900115).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalReadiness</name>
    <message numerus="yes">
        <source>%Ln active subscription(s)</source>
        <translation>
            <numerusform>%Ln active subscription</numerusform>
            <numerusform>%Ln active subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) still block the removal.</source>
        <translation>
            <numerusform>%Ln item still blocks the removal.</numerusform>
            <numerusform>%Ln items still block the removal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalResultDialog</name>
    <message numerus="yes">
        <source>%Ln admin relationship(s) with the customer remain active: your organisation keeps admin access to its tenant until they are terminated or end.</source>
        <translation>
            <numerusform>%Ln admin relationship with the customer remains active: your organisation keeps admin access to its tenant until it is terminated or ends.</numerusform>
            <numerusform>%Ln admin relationships with the customer remain active: your organisation keeps admin access to its tenant until they are terminated or end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionDetailsPanel</name>
    <message numerus="yes">
        <source>Suspending it suspends its %Ln active add-on(s) too: %1.</source>
        <translation>
            <numerusform>Suspending it suspends its %Ln active add-on too: %1.</numerusform>
            <numerusform>Suspending it suspends its %Ln active add-ons too: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln subscription</numerusform>
            <numerusform>%Ln subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <comment>subscriptions</comment>
        <translation>
            <numerusform>%Ln active</numerusform>
            <numerusform>%Ln active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuspendAllDialog</name>
    <message numerus="yes">
        <source>%1 of %Ln subscription(s) done…</source>
        <translation>
            <numerusform>%1 of %Ln subscription done…</numerusform>
            <numerusform>%1 of %Ln subscriptions done…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %Ln subscription(s) suspended; the rest are unchanged.</source>
        <translation>
            <numerusform>Stopped. %Ln subscription suspended; the rest are unchanged.</numerusform>
            <numerusform>Stopped. %Ln subscriptions suspended; the rest are unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln subscription</numerusform>
            <numerusform>%Ln subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Done: %Ln subscription(s) suspended.</source>
        <translation>
            <numerusform>✓ Done: %Ln subscription suspended.</numerusform>
            <numerusform>✓ Done: %Ln subscriptions suspended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln subscription(s)</source>
        <translation>
            <numerusform>Suspend %Ln subscription</numerusform>
            <numerusform>Suspend %Ln subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln active subscription(s) will be suspended, base subscriptions first, then their add-ons. New-commerce subscriptions are still billed while suspended.</source>
        <translation>
            <numerusform>%Ln active subscription will be suspended, base subscriptions first, then their add-ons. New-commerce subscriptions are still billed while suspended.</numerusform>
            <numerusform>These %Ln active subscriptions will be suspended, base subscriptions first, then their add-ons. New-commerce subscriptions are still billed while suspended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message numerus="yes">
        <source>Partner Center asked to slow down: %Ln request(s) at a time.</source>
        <translation>
            <numerusform>Partner Center asked to slow down: %Ln request at a time.</numerusform>
            <numerusform>Partner Center asked to slow down: %Ln requests at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspending %Ln active subscription(s)…</source>
        <translation>
            <numerusform>Suspending %Ln active subscription…</numerusform>
            <numerusform>Suspending %Ln active subscriptions…</numerusform>
        </translation>
    </message>
</context>
</TS>
