#pragma once

// EnglishPlurals: resolves the source strings' "(s)" plural markers ("%n LAN(s)")
// when no translation provides the numerus forms, so English reads "1 LAN", "2 LANs".
// Installed first, it is consulted last: a real translation always wins.

#include <QTranslator>

namespace p2pvpn {

class EnglishPlurals : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace p2pvpn
