/** The dashboard action: build the static site from the ledger into a folder (for Pages). */
import * as core from '@actions/core';
import { jobContext, storeFromInputs } from './inputs.js';

export async function dashboardAction(): Promise<void> {
  const input = (name: string) => core.getInput(name) || undefined;
  const out = input('out') ?? '_site';
  const store = storeFromInputs();
  const { buildDashboard, writeSiteFolder } = await import('../jobs/dashboard.js');
  const site = await buildDashboard(
    {
      historyBranch: input('history-branch'),
      timingsBranch: input('timings-branch'),
      metricsPath: input('metrics-path'),
      failuresDir: input('failures-dir'),
      macosBudget: input('macos-budget'),
      weekStart: input('week-start'),
      platformMap: input('platform-map'),
      latest: input('latest'),
      title: input('title'),
    },
    jobContext(store),
  );
  await writeSiteFolder(out, site.files);
  const publishBranch = input('publish-branch');
  if (publishBranch) {
    const { publishSite } = await import('../jobs/publish-site.js');
    const published = await publishSite(jobContext(store), site.files, {
      branch: publishBranch,
      folder: input('publish-folder'),
    });
    core.info(
      published.status === 'unchanged'
        ? `The site on ${published.branch} is already this one: no commit (${published.commit})`
        : `Site committed to ${published.branch} in ${published.commit}: ${published.written} written, ${published.deleted} deleted`,
    );
    core.setOutput('published', published.status);
    core.setOutput('commit-sha', published.commit);
  }
  const bytes = site.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  core.info(
    `Dashboard written to ${out}: ${site.files.length} files, ${bytes} bytes` +
      (site.batches ? `; ${site.batches.runs} batches from ${site.batches.where}` : '') +
      (site.timings ? `; ${site.timings.runs} build timing runs from ${site.timings.where}` : ''),
  );
  core.setOutput('site-path', out);
  core.setOutput('site-files', String(site.files.length));
  core.setOutput('site-bytes', String(bytes));
  core.setOutput('batches', String(site.batches?.runs ?? 0));
  core.setOutput('timing-runs', String(site.timings?.runs ?? 0));
}
