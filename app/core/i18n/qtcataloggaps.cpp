// Strings of Qt itself that Qt's own Czech and Polish catalogs (qtbase_cs, qtbase_pl, Qt 6.4)
// do not translate, and that PartnerDesk shows: listed here so lupdate puts them into the
// app's catalogs, which QCoreApplication consults besides Qt's. The contexts are Qt's.
#include <QtGlobal>

[[maybe_unused]] static const char *const qtCatalogGaps[] = {
    // partnerdesk-cli --help, partnerdesk --help
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected argument '%1'."),
};
