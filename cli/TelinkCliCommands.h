#pragma once
// The `flashwright-cli telink` verbs that live in their own files; `telink` dispatches to them.

#include "cli/CliContext.h"

namespace fw::cli {

// `telink rescue --port P (--backup F | --read F | --write FW | --restore F) …`: the wired
// rescue over the SWS pad. ctx.args[0] is "flashwright-cli telink rescue", the rest options.
int runTelinkRescue(CliContext &ctx);

}  // namespace fw::cli
