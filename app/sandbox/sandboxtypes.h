#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

// Plain records held by SandboxStore. Field names follow the Partner Center wire format so the
// JSON (de)serialisation stays a mechanical mapping.

// An Azure subscription under an Azure plan, as Partner Center's azureEntitlements lists it.
struct SandboxAzureEntitlement
{
    QString id;
    QString friendlyName;
    QString status = QStringLiteral("active"); // active, disabled, deleted
};

struct SandboxSubscription
{
    QString id;
    QString offerId;
    QString offerName;
    QString friendlyName;
    int quantity = 1;
    QString unitType = QStringLiteral("Licenses");
    QString parentSubscriptionId;
    QDateTime creationDate;
    QDateTime effectiveStartDate;
    QDateTime commitmentEndDate;
    QDateTime cancellationAllowedUntilDate;
    QString status = QStringLiteral("active");
    bool autoRenewEnabled = true;
    QString billingType = QStringLiteral("license");
    QString billingCycle = QStringLiteral("monthly");
    bool isTrial = false;
    QString termDuration = QStringLiteral("P1M");
    QString orderId;
    QString productTypeId;
    QString productTypeName;
    QString etag;
    // Azure plan only: its Azure subscriptions; an active one blocks suspension (900115).
    QList<SandboxAzureEntitlement> azureEntitlements;

    int activeAzureSubscriptions() const
    {
        return int(std::count_if(azureEntitlements.cbegin(), azureEntitlements.cend(),
                                 [](const SandboxAzureEntitlement &e) {
                                     return e.status.compare(QLatin1StringView("active"),
                                                             Qt::CaseInsensitive) == 0;
                                 }));
    }

    bool isNce() const
    {
        return productTypeId == QLatin1StringView("OnlineServicesNCE") || offerId.count(u':') == 2;
    }
    bool isAzurePlan() const { return productTypeId == QLatin1StringView("Azure"); }
    // A commercial marketplace (SaaS) subscription: cancelled with status "deleted".
    bool isMarketplace() const { return productTypeId == QLatin1StringView("SaaS"); }
    bool isAddOn() const { return !parentSubscriptionId.isEmpty(); }
};

struct SandboxEntitlement
{
    QString entitlementType = QStringLiteral("software"); // or "reservedInstance"
    QString productId;
    QString skuId;
    int quantity = 1;
    QString orderId;
    QDateTime expiryDate;
    QString fulfillmentState = QStringLiteral("fulfilled");
    QString friendlyName;
    QDateTime cancellationAllowedUntilDate;
    QString status = QStringLiteral("active"); // active, cancelled, expired
};

struct SandboxOrderLine
{
    int lineItemNumber = 0;
    QString offerId;
    int quantity = 1;
};

struct SandboxOrder
{
    QString id;
    QString status = QStringLiteral("completed");
    QDateTime creationDate;
    QList<SandboxOrderLine> lineItems;
};

struct SandboxAddress
{
    QString country;
    QString city;
    QString state;
    QString addressLine1;
    QString postalCode;
    QString phoneNumber;
};

// A granular delegated admin (GDAP) relationship, Microsoft Graph's delegatedAdminRelationship.
// Its status moves on by itself after a termination request (see SandboxGraph::statusAt).
struct SandboxAdminRelationship
{
    QString id; // "<relationship guid>-<customer tenant id>", as Graph's ids are
    QString displayName;
    QString status = QStringLiteral("active");
    QStringList roleDefinitionIds; // Microsoft Entra built-in role template ids
    QString duration = QStringLiteral("P730D");
    QString autoExtendDuration = QStringLiteral("PT0S");
    QDateTime createdDateTime;
    QDateTime activatedDateTime;
    QDateTime endDateTime;
    QDateTime terminationRequestedDateTime; // set by a terminate request
    QString terminationRequestId;
};

struct SandboxCustomer
{
    QString id;
    QString commerceId;
    QString tenantId;
    QString domain;
    QString companyName;
    QString email;
    SandboxAddress address;
    QString billingId;
    QString firstName;
    QString lastName;
    QString culture = QStringLiteral("en-US");
    QString language = QStringLiteral("en");
    QString relationship = QStringLiteral("reseller");
    bool allowDelegatedAccess = true;
    QStringList customDomains;
    QList<SandboxSubscription> subscriptions;
    QList<SandboxEntitlement> entitlements;
    QList<SandboxOrder> orders;
    // Graph's, not Partner Center's: they outlive the reseller relationship.
    QList<SandboxAdminRelationship> adminRelationships;

    bool isListed() const { return relationship != QLatin1StringView("none"); }
};

struct SandboxUser
{
    QString login; // admin, sales, helpdesk
    QString name;
    QString upn;
    QString oid;
    QStringList roles; // AdminAgent, SalesAgent, HelpdeskAgent
    bool globalAdmin = false;
    // A user of an indirect reseller: Partner Center lets only the indirect provider remove
    // the relationship.
    bool indirectReseller = false;

    bool canChangeSubscriptions() const
    {
        return globalAdmin || roles.contains(QLatin1StringView("AdminAgent"));
    }
    bool canRemoveRelationship() const
    {
        if (indirectReseller)
            return false;
        return canChangeSubscriptions() || roles.contains(QLatin1StringView("SalesAgent"));
    }
};
