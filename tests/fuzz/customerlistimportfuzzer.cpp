// A list of customers to offboard as CustomerListImport reads it (any encoding, CSV or one entry
// a line), then matched against a small directory; every issue's message is built.
#include "core/bulk/customerdirectory.h"
#include "core/bulk/customerlistimport.h"

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CustomerDirectory directory = [] {
        Customer customer;
        customer.id = u"4d3cd3b0-8a62-4c0d-9b52-0c8ea6a6a0d1"_s;
        customer.companyProfile.tenantId = u"6f1b1e4c-0a9c-4e4b-8d1e-3f0b7e2c9a11"_s;
        customer.companyProfile.domain = u"contoso.onmicrosoft.com"_s;
        customer.companyProfile.companyName = u"Contoso"_s;
        return CustomerDirectory({customer});
    }();
    const CustomerListImport import = CustomerListImport::fromData(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!import.error().isEmpty() && (!import.entries().isEmpty() || !import.issues().isEmpty()))
        std::abort();
    const ImportResolution resolution = directory.resolve(import);
    if (resolution.customers.size() > import.entries().size())
        std::abort();
    for (const ImportIssue &issue : resolution.issues)
        (void)issue.message();
    return 0;
}
