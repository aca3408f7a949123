import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);

// src/jobs/wrap.ts
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { once } from "node:events";
function shellCommand(line) {
  return { file: "bash", args: ["-o", "pipefail", "-c", line] };
}
function wrappedLogName(phase, env, buildId, start) {
  const stamp = start.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${phase}-${env}-${buildId}-${stamp}.log`;
}
async function runAndLog(command, logFile, cwd) {
  const exec = await import("./exec-7EQXPG2M.js");
  await mkdir(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  let signal;
  const ignore = (received) => signal = received;
  process.on("SIGINT", ignore);
  process.on("SIGTERM", ignore);
  const start = /* @__PURE__ */ new Date();
  let exitCode;
  try {
    const code = await exec.exec(command.file, command.args, {
      cwd,
      // The action's own inputs (INPUT_TOKEN among them) are not the command's business: a
      // phase that prints its environment must not put the token into a log file.
      env: Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !name.startsWith("INPUT_"))
      ),
      ignoreReturnCode: true,
      listeners: { stdout: (data) => log.write(data), stderr: (data) => log.write(data) }
    });
    exitCode = code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 137);
  } catch (error) {
    log.write(`ci-ledger: could not start ${command.file}: ${error.message}
`);
    exitCode = 127;
  } finally {
    process.off("SIGINT", ignore);
    process.off("SIGTERM", ignore);
  }
  const end = /* @__PURE__ */ new Date();
  log.end();
  await once(log, "close");
  return { start, end, exitCode };
}

export {
  shellCommand,
  wrappedLogName,
  runAndLog
};
