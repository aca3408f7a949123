import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);

// src/jobs/wrap.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { constants } from "node:os";
import { dirname } from "node:path";
import { once } from "node:events";
function shellCommand(line) {
  return { file: "bash", args: ["-o", "pipefail", "-c", line] };
}
function wrappedLogName(phase, env, buildId, start) {
  const stamp = start.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${phase}-${env}-${buildId}-${stamp}.log`;
}
function signalExitCode(signal) {
  return 128 + (constants.signals[signal] ?? 9);
}
var FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
async function runAndLog(command, logFile, cwd) {
  await mkdir(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const start = /* @__PURE__ */ new Date();
  let exitCode;
  const ownGroup = process.platform !== "win32";
  const child = spawn(command.file, command.args, {
    cwd,
    // The action's own inputs (INPUT_TOKEN among them) are not the command's business: a
    // phase that prints its environment must not put the token into a log file.
    env: Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith("INPUT_"))
    ),
    // No terminal input: a process group in the background that reads the terminal is stopped.
    stdio: ["ignore", "pipe", "pipe"],
    detached: ownGroup
  });
  const forward = (signal) => {
    try {
      if (ownGroup && child.pid !== void 0) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
    }
  };
  for (const s of FORWARDED) process.on(s, forward);
  const tee = (data, to) => {
    to.write(data);
    log.write(data);
  };
  child.stdout.on("data", (d) => tee(d, process.stdout));
  child.stderr.on("data", (d) => tee(d, process.stderr));
  try {
    const [code, signal] = await Promise.race([
      once(child, "close"),
      once(child, "error").then(([error]) => {
        throw error;
      })
    ]);
    exitCode = code ?? signalExitCode(signal ?? "SIGKILL");
  } catch (error) {
    log.write(`ci-ledger: could not start ${command.file}: ${error.message}
`);
    exitCode = 127;
  } finally {
    for (const s of FORWARDED) process.off(s, forward);
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
