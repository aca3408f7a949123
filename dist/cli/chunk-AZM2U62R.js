import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);

// src/cli/command.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  name = "UsageError";
};
function parseOptions(args, options, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, Object.keys(options)));
  }
}
function usageMessage(error, known) {
  const option = /'(-{1,2}[^' <]+)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const near = closest(option.replace(/^-+/, ""), known);
    return `unknown option ${option}${near ? `; did you mean --${near}?` : ""}`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /ambiguous/.test(error.message) ? `${option} needs a value, and one starting with "-" is not taken as one (write ${option}=VALUE if you mean it)` : `${option} needs a value`;
  }
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return `unexpected argument ${/'([^']*)'/.exec(error.message)?.[1] ?? ""}: options take the form --name VALUE`;
  return error.message;
}
function closest(word, candidates) {
  let best;
  for (const name of candidates) {
    const cost = name.startsWith(word) && word.length >= 3 ? 1 : editDistance(word, name);
    if (cost <= 2 && (!best || cost < best.cost)) best = { name, cost };
  }
  return best?.name;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j] + 1,
        row[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    previous = row;
  }
  return previous[b.length];
}

export {
  UsageError,
  parseOptions,
  closest
};
