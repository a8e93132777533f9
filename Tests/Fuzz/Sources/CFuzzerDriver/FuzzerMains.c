// SwiftPM links each executable with `main` defined as `<Target>_main` (its renamed Swift
// entry point). The fuzz targets have no Swift entry point (`-parse-as-library`), so these
// functions take that place and hand over to libFuzzer's driver, which calls the target's
// `LLVMFuzzerTestOneInput`. Each executable links only the one its `main` names.
#include "CFuzzerDriver.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_MAIN(target) \
    int target##_main(int argc, char **argv) { return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput); }

FUZZ_MAIN(FuzzTemplateParser)
FUZZ_MAIN(FuzzYAMLReader)
FUZZ_MAIN(FuzzJSONReader)
FUZZ_MAIN(FuzzSetFlags)
FUZZ_MAIN(FuzzChartArchive)
