import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  info,
  jobContext,
  setOutput,
  storeFromInputs
} from "./chunk-7ZG6EOWO.js";
import "./chunk-SUOMKFCV.js";
import "./chunk-XS2N7JHC.js";
import "./chunk-3BA7G52B.js";
import "./chunk-RXARMASY.js";

// src/actions/dashboard.ts
async function dashboardAction() {
  const input = (name) => getInput(name) || void 0;
  const out = input("out") ?? "_site";
  const store = storeFromInputs();
  const { buildDashboard, writeSiteFolder } = await import("./dashboard-2RNNN3JN.js");
  const site = await buildDashboard(
    {
      historyBranch: input("history-branch"),
      timingsBranch: input("timings-branch"),
      metricsPath: input("metrics-path"),
      failuresDir: input("failures-dir"),
      macosBudget: input("macos-budget"),
      weekStart: input("week-start"),
      platformMap: input("platform-map"),
      latest: input("latest"),
      title: input("title")
    },
    jobContext(store)
  );
  await writeSiteFolder(out, site.files);
  const publishBranch = input("publish-branch");
  if (publishBranch) {
    const { publishSite } = await import("./publish-site-QTFKXXBZ.js");
    const published = await publishSite(jobContext(store), site.files, {
      branch: publishBranch,
      folder: input("publish-folder")
    });
    info(
      published.status === "unchanged" ? `The site on ${published.branch} is already this one: no commit (${published.commit})` : `Site committed to ${published.branch} in ${published.commit}: ${published.written} written, ${published.deleted} deleted`
    );
    setOutput("published", published.status);
    setOutput("commit-sha", published.commit);
  }
  const bytes = site.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  info(
    `Dashboard written to ${out}: ${site.files.length} files, ${bytes} bytes` + (site.batches ? `; ${site.batches.runs} batches from ${site.batches.where}` : "") + (site.timings ? `; ${site.timings.runs} build timing runs from ${site.timings.where}` : "")
  );
  setOutput("site-path", out);
  setOutput("site-files", String(site.files.length));
  setOutput("site-bytes", String(bytes));
  setOutput("batches", String(site.batches?.runs ?? 0));
  setOutput("timing-runs", String(site.timings?.runs ?? 0));
}
export {
  dashboardAction
};
