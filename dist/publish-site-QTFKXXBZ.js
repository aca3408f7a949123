import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  appendOptionsOf,
  backoffDelayMs,
  defaultRetryPolicy,
  withStore
} from "./chunk-24YXAUME.js";
import "./chunk-XS2N7JHC.js";
import {
  assertValidFolderSet,
  planFolder,
  underFolder
} from "./chunk-ZNPSIMCW.js";
import {
  checkFileSizes,
  fileLimitsFromEnv,
  siteWording
} from "./chunk-HWW3FAXZ.js";
import {
  InputError,
  TransientError,
  WriteError,
  assertSafeBranch,
  messageOf
} from "./chunk-3BA7G52B.js";
import "./chunk-RXARMASY.js";

// src/ledger/replace-folder.ts
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function replaceFolder(backend, request, options = {}) {
  assertSafeBranch(request.branch);
  assertValidFolderSet(request.folder, request.files);
  const { retry = defaultRetryPolicy, log = () => {
  }, sleep = defaultSleep } = options;
  const fileLimits = options.fileLimits ?? fileLimitsFromEnv();
  const warn = options.warn ?? ((line) => log(`Warning: ${line}`));
  const { branch, folder, files, message } = request;
  const where = `${folder ? `${folder}/ on ` : ""}branch ${branch} (${backend.description})`;
  for (const warning of checkFileSizes(
    new Map(files.map((f) => [underFolder(folder, f.path), f.content])),
    fileLimits,
    siteWording
  ))
    warn(warning);
  const started = Date.now();
  let lastProblem = "no attempt was made";
  let publishOutcomeUnknown = false;
  for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
    let retryAfter;
    let lostRace = false;
    try {
      const snapshot = await backend.readFolder(branch, folder);
      const plan = planFolder(snapshot.entries, folder, files);
      if (plan.changes.size === 0) {
        if (publishOutcomeUnknown) log("An earlier attempt landed although its response was lost.");
        return {
          status: publishOutcomeUnknown ? "published" : "unchanged",
          branch,
          head: snapshot.head ?? "",
          written: [],
          deleted: [],
          attempts: attempt
        };
      }
      try {
        const published = await backend.publish(snapshot, plan.changes, message);
        if (published.status === "published") {
          return {
            status: "published",
            branch,
            head: published.head,
            written: plan.written,
            deleted: plan.deleted,
            attempts: attempt
          };
        }
        lastProblem = published.reason;
        lostRace = true;
      } catch (error) {
        if (error instanceof TransientError) publishOutcomeUnknown = true;
        throw error;
      }
    } catch (error) {
      if (error instanceof InputError) {
        error.message += ` (${where})`;
        throw error;
      }
      if (!(error instanceof TransientError)) throw giveUp(where, messageOf(error));
      lastProblem = error.message;
      retryAfter = error.retryAfterSeconds;
    }
    if (attempt < retry.maxAttempts) {
      const delay = backoffDelayMs(attempt, retry, retryAfter);
      const spent = Date.now() - started;
      if (!lostRace && spent + delay > retry.maxTotalMs) {
        throw giveUp(
          where,
          `gave up after ${attempt} attempt(s) in ${Math.round(spent / 1e3)} s (the retry budget is ${retry.maxTotalMs / 1e3} s, CI_LEDGER_MAX_RETRY_SECONDS); last problem: ${lastProblem}`
        );
      }
      log(
        `Attempt ${attempt}/${retry.maxAttempts} did not land (${lastProblem}); retrying in ${delay} ms.`
      );
      await sleep(delay);
    }
  }
  throw giveUp(where, `gave up after ${retry.maxAttempts} attempts; last problem: ${lastProblem}`);
}
function giveUp(where, why) {
  return new WriteError(
    `Could not publish the site to ${where}: ${why}. No record is lost (the site is built from the ledger): run the publish again.`
  );
}

// src/jobs/publish-site.ts
var DEFAULT_SITE_BRANCH = "gh-pages";
var NO_JEKYLL = ".nojekyll";
function siteWithNoJekyll(files) {
  return files.some((f) => f.path === NO_JEKYLL) ? [...files] : [...files, { path: NO_JEKYLL, content: "" }];
}
async function publishSite(context, files, options = {}) {
  const branch = options.branch || DEFAULT_SITE_BRANCH;
  const folder = (options.folder ?? "").replace(/\/+$/, "");
  const site = siteWithNoJekyll(files);
  const message = options.message || `dashboard: publish the site (${site.length} files)`;
  const { log, retry, fileLimits } = appendOptionsOf(context);
  const result = await withStore(
    context,
    (backend) => replaceFolder(backend, { branch, folder, files: site, message }, { log, retry, fileLimits })
  );
  const place = `${folder ? `${folder}/ on ` : ""}${branch}`;
  context.log(
    result.status === "published" ? `Published the site to ${place}: ${result.written.length} file(s) written, ${result.deleted.length} deleted, commit ${result.head}.` : `The site on ${place} is unchanged (commit ${result.head}): nothing was committed.`
  );
  return {
    status: result.status,
    commit: result.head,
    branch,
    folder,
    written: result.written,
    deleted: result.deleted
  };
}
export {
  DEFAULT_SITE_BRANCH,
  NO_JEKYLL,
  publishSite,
  siteWithNoJekyll
};
