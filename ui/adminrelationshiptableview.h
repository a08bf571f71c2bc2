#pragma once

#include "core/domain/adminrelationship.h"
#include "ui/sortedtableview.h"

class AdminRelationshipModel;

// The customer's admin relationships, sortable on the raw values, as tall as its rows (it sits
// in the Account page's scroll area). Speaks relationships, not indexes.
class AdminRelationshipTableView : public SortedTableView
{
    Q_OBJECT

public:
    explicit AdminRelationshipTableView(AdminRelationshipModel *model, QWidget *parent = nullptr);

    // nullptr when nothing is selected; valid until the model changes.
    const AdminRelationship *currentRelationship() const;
    bool selectRelationship(const QString &id);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

private:
    AdminRelationshipModel *m_model;
};
