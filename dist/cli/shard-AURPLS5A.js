import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  storeFromArgs,
  storeHelp,
  storeOptions
} from "./chunk-FFMGCVIG.js";
import {
  parseOptions
} from "./chunk-AZM2U62R.js";
import {
  folderOf,
  placeOf
} from "./chunk-MFUEGSJT.js";
import "./chunk-EONKB2LE.js";
import {
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH
} from "./chunk-AAX545PN.js";
import "./chunk-Y2ZIECC3.js";
import {
  JsonValueSplitter,
  appendOptionsOf,
  backoffDelayMs,
  defaultRetryPolicy,
  isTimeShardName,
  monthOf,
  shardPath,
  withStore
} from "./chunk-QZTMOEK6.js";
import {
  checkFileSizes,
  fileLimitsFromEnv
} from "./chunk-HJJNKDAN.js";
import {
  InputError,
  TransientError,
  WriteError,
  assertSafeBranch,
  messageOf
} from "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";

// src/ledger/relay.ts
function splitIntoMonths(path, text, timeField = "timestamp") {
  const byShard = /* @__PURE__ */ new Map();
  const kept = [];
  const place = (value, parsed) => {
    const month = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? monthOf(parsed[timeField]) : void 0;
    if (!month) {
      kept.push(value);
      return;
    }
    const shard = shardPath(path, month);
    let lines = byShard.get(shard);
    if (!lines) byShard.set(shard, lines = []);
    lines.push(JSON.stringify(parsed));
  };
  const handle = (texts, retry) => {
    for (const { text: value, line } of texts) {
      try {
        place(value, JSON.parse(value));
      } catch {
        const pieces = retry ? JsonValueSplitter.splitStrictly(value, line) : [];
        if (pieces.length > 1) handle(pieces, false);
        else kept.push(value);
      }
    }
  };
  const splitter = new JsonValueSplitter();
  handle([...splitter.push(text), ...splitter.finish()], true);
  return { byShard, kept };
}
function shardsOf(path, text) {
  return text === null ? [] : [...splitIntoMonths(path, text).byShard.keys()];
}
function planRelay(current, paths) {
  const changes = /* @__PURE__ */ new Map();
  const files = [];
  for (const path of paths) {
    const text = current.get(path) ?? null;
    if (text === null) continue;
    const { byShard, kept } = splitIntoMonths(path, text);
    const outcome = {
      path,
      moved: 0,
      alreadyThere: 0,
      kept: kept.length,
      shards: /* @__PURE__ */ new Map(),
      removed: false
    };
    for (const [shard, lines] of byShard) {
      const existing = changes.get(shard) ?? current.get(shard) ?? "";
      const present = new Set(identities(existing));
      const added = [];
      for (const line of lines) {
        if (present.has(line)) outcome.alreadyThere++;
        else added.push(line);
      }
      if (added.length === 0) continue;
      const base = existing === "" || existing.endsWith("\n") ? existing : existing + "\n";
      changes.set(shard, base + added.join("\n") + "\n");
      outcome.moved += added.length;
      outcome.shards.set(shard, added.length);
    }
    if (byShard.size === 0) continue;
    if (kept.length === 0) {
      changes.set(path, null);
      outcome.removed = true;
    } else {
      changes.set(path, kept.join("\n") + "\n");
    }
    files.push(outcome);
  }
  return { changes, files };
}
function identities(text) {
  const splitter = new JsonValueSplitter();
  const out = [];
  for (const { text: value } of [...splitter.push(text), ...splitter.finish()]) {
    try {
      out.push(JSON.stringify(JSON.parse(value.replace(/^\uFEFF/, ""))));
    } catch {
    }
  }
  return out;
}
async function relayHistory(backend, branch, paths, message, options2 = {}) {
  const { retry = defaultRetryPolicy, log = () => {
  } } = options2;
  const sleep = options2.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const limits = options2.fileLimits ?? fileLimitsFromEnv();
  let lastProblem = "";
  const started = Date.now();
  let uncertain;
  for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
    let retryAfter;
    let lostRace = false;
    try {
      let snapshot = await backend.read(branch, paths);
      const targets = paths.flatMap((p) => shardsOf(p, snapshot.files.get(p) ?? null));
      if (targets.length > 0) {
        const first = snapshot;
        snapshot = await backend.read(branch, [...paths, ...targets]);
        const moved = paths.some((p) => snapshot.files.get(p) !== first.files.get(p));
        if (moved) throw new TransientError("the branch moved between two reads");
      }
      const plan = planRelay(snapshot.files, paths);
      checkFileSizes(plan.changes, limits).forEach((w) => log(`Warning: ${w}`));
      if (plan.changes.size === 0) {
        if (uncertain)
          return {
            status: "relaid",
            branch,
            head: snapshot.head,
            files: uncertain.files,
            attempts: attempt
          };
        return {
          status: "nothing-to-do",
          branch,
          head: snapshot.head,
          files: plan.files,
          attempts: attempt
        };
      }
      uncertain = plan;
      const published = await backend.publish(snapshot, plan.changes, message);
      uncertain = void 0;
      if (published.status === "published")
        return {
          status: "relaid",
          branch,
          head: published.head,
          files: plan.files,
          attempts: attempt
        };
      lastProblem = published.reason;
      lostRace = true;
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      lastProblem = error.message;
      retryAfter = error.retryAfterSeconds;
    }
    if (attempt < retry.maxAttempts) {
      const delay = backoffDelayMs(attempt, retry, retryAfter);
      const spent = Date.now() - started;
      if (!lostRace && spent + delay > retry.maxTotalMs)
        throw new WriteError(
          `Could not re-lay ${paths.join(", ")} on ${backend.description}: gave up after ${attempt} attempt(s) in ${Math.round(spent / 1e3)} s (the retry budget is ${retry.maxTotalMs / 1e3} s, CI_LEDGER_MAX_RETRY_SECONDS); last problem: ${lastProblem}`
        );
      log(
        `Attempt ${attempt}/${retry.maxAttempts} did not land (${lastProblem}); retrying in ${delay} ms.`
      );
      await sleep(delay);
    }
  }
  throw new WriteError(
    `Could not re-lay ${paths.join(", ")} on ${backend.description}: gave up after ${retry.maxAttempts} attempts; last problem: ${messageOf(lastProblem)}`
  );
}

// src/jobs/shard-history.ts
async function shardHistory(inputs, context) {
  if (inputs.branch) assertSafeBranch(inputs.branch);
  const metricsPath = inputs.metricsPath || DEFAULT_METRICS_PATH;
  const failuresDir = (inputs.failuresDir || DEFAULT_FAILURES_DIR).replace(/\/+$/, "");
  return withStore(context, async (backend) => {
    const branch = inputs.branch || await backend.defaultBranch();
    const names = await fileNames(backend, branch, [folderOf(metricsPath), failuresDir]);
    if (names === null)
      throw new InputError(
        `Branch ${branch} does not exist in ${backend.description}: nothing to re-lay`
      );
    const failureFiles = names.filter(
      (n) => n.startsWith(`${failuresDir}/`) && !n.slice(failuresDir.length + 1).includes("/") && n.endsWith(".jsonl") && !isTimeShardName(n)
    );
    const paths = [...names.includes(metricsPath) ? [metricsPath] : [], ...failureFiles];
    const where = placeOf(context.store, backend, branch);
    const store = context.store.kind;
    if (paths.length === 0)
      return { status: "nothing-to-do", branch, head: null, files: [], attempts: 0, where, store };
    const { log, retry, fileLimits } = appendOptionsOf(context);
    const result = await relayHistory(
      backend,
      branch,
      paths,
      `ci-ledger shard: ${paths.join(", ")} into monthly shards`,
      { log, retry, fileLimits }
    );
    return { ...result, where, store };
  });
}
async function fileNames(backend, branch, prefixes) {
  if (backend.listFiles) {
    const listed = await backend.listFiles(branch, prefixes);
    return listed && listed.map((e) => e.path);
  }
  const root = await backend.checkout(branch, prefixes);
  if (root === null) return null;
  const { readdir } = await import("node:fs/promises");
  const names = [];
  for (const prefix of prefixes) {
    const found = await readdir(`${root}/${prefix}`, { recursive: true }).catch(() => []);
    names.push(...found.map((n) => `${prefix}/${String(n)}`));
  }
  return names;
}

// src/cli/commands/shard.ts
var options = {
  branch: { type: "string" },
  "metrics-path": { type: "string" },
  "failures-dir": { type: "string" },
  ...storeOptions
};
var shardCommand = {
  name: "shard",
  help: `Usage: ci-ledger shard [--branch B] [--metrics-path P] [--failures-dir D] [STORE]

Re-lays a batch history into monthly shards, in one commit: every record of the metrics file
and of each <failures-dir>/<ecosystem>.jsonl moves to the shard of its own month beside it
(batch-runs-2026-11.jsonl, cargo-2026-11.jsonl), as one JSON line. Nothing is lost: what has no
time (or does not parse) stays in its file, which is removed only when empty. Nothing is
duplicated: a record already in its shard is not added again, so running it twice changes
nothing. Files whose names carry a time already are left as they are. Reports read the same
records before and after. Write later batches with batch-metrics --shard monthly.

Options:
  --branch B            default: the repository's default branch
  --metrics-path P      default ${DEFAULT_METRICS_PATH}
  --failures-dir D      default ${DEFAULT_FAILURES_DIR}

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, options);
    const result = await shardHistory(
      {
        branch: values.branch,
        metricsPath: values["metrics-path"],
        failuresDir: values["failures-dir"]
      },
      { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd }
    );
    const lines = [];
    for (const file of result.files) {
      const shards = [...file.shards].map(([path, n]) => `${path} (+${n})`);
      lines.push(
        `${file.path}: ${file.moved} record(s) moved into ${file.shards.size} shard(s)` + (file.alreadyThere ? `, ${file.alreadyThere} already there` : "") + (file.kept ? `, ${file.kept} value(s) without a time kept in it` : "") + (file.removed ? "; removed" : "") + (shards.length ? `
  ${shards.join("\n  ")}` : "")
      );
    }
    lines.push(
      result.status === "relaid" ? result.store === "directory" ? `Re-laid in one write (files replaced under a lock, removals last) in ${result.where}.` : `Re-laid in one commit ${result.head} on ${result.where}.` : `Nothing to re-lay on ${result.where}: no configured history file holds records with a time.`
    );
    io.stdout(lines.join("\n"));
    return 0;
  }
};
export {
  shardCommand
};
