#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Plain records held by SandboxStore. Field names follow the Partner Center wire format so the
// JSON (de)serialisation stays a mechanical mapping.

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
    // Azure plan only: Azure subscriptions still running under the plan (blocks suspension).
    int activeAzureSubscriptions = 0;

    bool isNce() const
    {
        return productTypeId == QLatin1StringView("OnlineServicesNCE") || offerId.count(u':') == 2;
    }
    bool isAzurePlan() const { return productTypeId == QLatin1StringView("Azure"); }
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

    bool canChangeSubscriptions() const
    {
        return globalAdmin || roles.contains(QLatin1StringView("AdminAgent"));
    }
    bool canRemoveRelationship() const
    {
        return canChangeSubscriptions() || roles.contains(QLatin1StringView("SalesAgent"));
    }
};
