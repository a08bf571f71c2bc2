<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActivityCommand</name>
    <message numerus="yes">
        <source>%n line(s) of the audit log could not be read and were left out.</source>
        <translation>
            <numerusform>%n line of the audit log could not be read and was left out.</numerusform>
            <numerusform>%n lines of the audit log could not be read and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <comment>in the activity log</comment>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <comment>shown entries of all; %1 is &quot;5 entries&quot;</comment>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the log could not be read and are not shown.</source>
        <translation>
            <numerusform>%n line of the log could not be read and is not shown.</numerusform>
            <numerusform>%n lines of the log could not be read and are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1</source>
        <translation>
            <numerusform>Exported %n entry to %1</numerusform>
            <numerusform>Exported %n entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <comment>shown customers of all loaded; %1 is &quot;5 customers&quot;</comment>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) loaded so far.</source>
        <translation>
            <numerusform>%n customer loaded so far.</numerusform>
            <numerusform>%n customers loaded so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1</source>
        <translation>
            <numerusform>Exported %n customer to %1</numerusform>
            <numerusform>Exported %n customers to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message numerus="yes">
        <source>%n Azure subscription(s) under the Azure plan are active: %1.</source>
        <translation>
            <numerusform>%n Azure subscription under the Azure plan is active: %1.</numerusform>
            <numerusform>%n Azure subscriptions under the Azure plan are active: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message numerus="yes">
        <source>%n software purchase(s)</source>
        <translation>
            <numerusform>%n software purchase</numerusform>
            <numerusform>%n software purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Azure reservation(s)</source>
        <translation>
            <numerusform>%n Azure reservation</numerusform>
            <numerusform>%n Azure reservations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalReadiness</name>
    <message numerus="yes">
        <source>%n active subscription(s)</source>
        <translation>
            <numerusform>%n active subscription</numerusform>
            <numerusform>%n active subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still block the removal.</source>
        <translation>
            <numerusform>%n item still blocks the removal.</numerusform>
            <numerusform>%n items still block the removal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <comment>subscriptions</comment>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuspendAllDialog</name>
    <message numerus="yes">
        <source>%1 of %n subscription(s) done…</source>
        <translation>
            <numerusform>%1 of %n subscription done…</numerusform>
            <numerusform>%1 of %n subscriptions done…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n subscription(s) suspended; the rest are unchanged.</source>
        <translation>
            <numerusform>Stopped. %n subscription suspended; the rest are unchanged.</numerusform>
            <numerusform>Stopped. %n subscriptions suspended; the rest are unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Done: %n subscription(s) suspended.</source>
        <translation>
            <numerusform>✓ Done: %n subscription suspended.</numerusform>
            <numerusform>✓ Done: %n subscriptions suspended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message numerus="yes">
        <source>Partner Center asked to slow down: %n request(s) at a time.</source>
        <translation>
            <numerusform>Partner Center asked to slow down: %n request at a time.</numerusform>
            <numerusform>Partner Center asked to slow down: %n requests at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspending %n active subscription(s)…</source>
        <translation>
            <numerusform>Suspending %n active subscription…</numerusform>
            <numerusform>Suspending %n active subscriptions…</numerusform>
        </translation>
    </message>
</context>
</TS>
