#pragma once

// Icons: the designer's SVG icon set (resources/icons), looked up by name.

#include <QIcon>

namespace p2pvpn {

namespace Icons {
// `name` is the file's base name in resources/icons, e.g. "add-lan".
QIcon get(const char *name);
// Registers the compiled-in resources (icons, bundled example); safe to call repeatedly.
void initResources();
} // namespace Icons

} // namespace p2pvpn
