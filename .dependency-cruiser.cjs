/**
 * The layers of src/, checked by `npm run arch` (part of `npm test`). From the bottom up:
 *
 *   vocabulary  errors, safe names, what a write reports        imports nothing of ours
 *   files       reading files safely (no links followed) and      vocabulary
 *               splitting JSON values: what readers and writer share
 *   changepoint change-point detection over plain numbers         nothing of ours
 *   domain      timing/, batch/, history/: parsing, aggregation  vocabulary, changepoint
 *               cost/ (prices), objectives/ (error budgets):   the models below them
 *               built on those models, never beside them
 *   report      renderers                                         domain models, vocabulary
 *   export      records → samples, remote-write and OpenMetrics    domain models, vocabulary
 *               encodings (pure; sending is src/jobs/export.ts)
 *   site        the dashboard: history/timing series → site data   domain models, vocabulary
 *               and files (pure); site/page/ is its browser script  site/model.ts only
 *   ledger      the only code that writes                         files, vocabulary
 *   jobs        use cases: read inputs and files, run the         all of the above
 *               wrapped command, call the ledger
 *   actions, cli  thin adapters (inputs/flags → a job → outputs)  jobs, report, domain, vocabulary
 *   entries     bundle entry points                               actions, cli
 *
 * Each rule's comment is what a failing build prints: which rule, and why it exists.
 */
const DOMAIN = '^src/(timing|batch|history|cost|objectives)/';

module.exports = {
  forbidden: [
    {
      name: 'vocabulary-at-the-bottom',
      comment:
        'src/vocabulary/ is the bottom layer every other layer may use; it must not import any other part of src/ (that would make everything depend on it).',
      severity: 'error',
      from: { path: '^src/vocabulary/' },
      to: { path: '^src/', pathNot: '^src/vocabulary/' },
    },
    {
      name: 'files-below-everything-but-vocabulary',
      comment:
        'src/files/ (safe local reads, JSON value splitting) is shared by the readers and the writer, so it may import only src/vocabulary/.',
      severity: 'error',
      from: { path: '^src/files/' },
      to: { path: '^src/', pathNot: '^src/(files|vocabulary)/' },
    },
    {
      name: 'changepoint-pure-math',
      comment:
        'src/changepoint/ (change-point detection) is statistics over plain numbers, used by timing/ and history/ alike: it imports no other part of src/, so one detector serves every series.',
      severity: 'error',
      from: { path: '^src/changepoint/' },
      to: { path: '^src/', pathNot: '^src/changepoint/' },
    },
    {
      name: 'domain-not-ledger',
      comment:
        "Domain code (timing, batch, history) parses and aggregates plain data; writing records is the ledger's job, reached only from src/jobs/. Take shared errors and name checks from src/vocabulary/.",
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: '^src/ledger/' },
    },
    {
      name: 'domain-not-renderers',
      comment:
        'Models never depend on renderers: domain code (including history aggregation) must not import src/report/ or src/site/. Return data; let a job or adapter render it.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: '^src/(report|site)/' },
    },
    {
      name: 'domain-not-shell',
      comment:
        'Domain code must not reach up into the orchestration (src/jobs/), the adapters (src/actions/, src/cli/) or the bundle entries.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: '^src/(jobs|actions|cli|entries)/' },
    },
    {
      name: 'domain-concerns-apart',
      comment:
        'timing/ and batch/ are separate concerns and do not import each other or history/ (history/ may use batch/ models, not the other way round).',
      severity: 'error',
      from: { path: '^src/(timing|batch)/' },
      to: { path: '^src/(timing|batch|history)/', pathNot: '^src/$1/' },
    },
    {
      name: 'model-below-objectives-and-cost',
      comment:
        'timing/, batch/ and history/ are the history model that cost/ and objectives/ build on: they must not import cost/ or objectives/ (that would make the model depend on what is computed from it, and invite a second set of aggregation rules).',
      severity: 'error',
      from: { path: '^src/(timing|batch|history)/' },
      to: { path: '^src/(cost|objectives)/' },
    },
    {
      name: 'cost-below-objectives',
      comment:
        'cost/ prices runs and batches; objectives/ reads the prices from the objectives file and uses cost/. cost/ must not import objectives/.',
      severity: 'error',
      from: { path: '^src/cost/' },
      to: { path: '^src/objectives/' },
    },
    {
      name: 'renderers-only-models',
      comment:
        'Renderers (src/report/) are pure functions of domain models: they must not import the ledger, the jobs or the adapters.',
      severity: 'error',
      from: { path: '^src/report/' },
      to: { path: '^src/(ledger|jobs|actions|cli|entries)/' },
    },
    {
      name: 'export-only-models',
      comment:
        'src/export/ maps domain records to samples and encodes them (pure): it must not import the ledger, the jobs, the renderers or the adapters. Reading the branch and sending to an engine is src/jobs/export.ts.',
      severity: 'error',
      from: { path: '^src/export/' },
      to: { path: '^src/(ledger|jobs|report|actions|cli|entries)/' },
    },
    {
      name: 'export-no-io',
      comment:
        'src/export/ is a pure mapping: no files, sockets or processes (node:fs, node:http(s), node:net, node:child_process). I/O stays at the edge, in src/jobs/export.ts.',
      severity: 'error',
      from: { path: '^src/export/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|http|https|net|child_process)(/|$)' },
    },
    {
      name: 'site-only-models',
      comment:
        "The dashboard builder (src/site/) turns domain models into the site's data and files, purely: it must not read files, write records, or reach the jobs, the adapters or the report renderers (publishing the files is a job's work, through the ledger).",
      severity: 'error',
      from: { path: '^src/site/', pathNot: '^src/site/page/' },
      to: { path: '^src/(ledger|files|jobs|actions|cli|entries|report)/' },
    },
    {
      name: 'site-page-only-site-model',
      comment:
        "src/site/page/ runs in the reader's browser: it may import only the site's data model (src/site/model.ts), never domain or node code — every figure is computed at build time by the history and timing modules, so the page has no aggregation rules of its own.",
      severity: 'error',
      from: { path: '^src/site/page/' },
      to: { path: '^src/', pathNot: '^src/site/(model\\.ts|page/)' },
    },
    {
      name: 'ledger-only-vocabulary',
      comment:
        'The ledger (the only code that writes) depends on nothing of the project but src/vocabulary/ and src/files/, so no domain or rendering change can alter how records are written.',
      severity: 'error',
      from: { path: '^src/ledger/' },
      to: { path: '^src/', pathNot: '^src/(ledger|files|vocabulary|types)/' },
    },
    {
      name: 'jobs-not-adapters',
      comment:
        'Jobs are shared by the actions and the CLI, so they must not import either (or the bundle entries).',
      severity: 'error',
      from: { path: '^src/jobs/' },
      to: { path: '^src/(actions|cli|entries)/' },
    },
    {
      name: 'actions-not-cli',
      comment:
        'The actions and the CLI are sibling adapters over the same jobs; what both need belongs in src/jobs/ or below.',
      severity: 'error',
      from: { path: '^src/actions/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'cli-not-actions',
      comment:
        'The CLI and the actions are sibling adapters over the same jobs; what both need belongs in src/jobs/ or below.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/actions/' },
    },
    {
      name: 'adapters-through-jobs',
      comment:
        'Adapters (src/actions/, src/cli/) reach the ledger only through a job (src/jobs/store-choice.ts offers the store choice), so that every write goes through one orchestration.',
      severity: 'error',
      from: { path: '^src/(actions|cli)/' },
      to: { path: '^src/ledger/' },
    },
    {
      name: 'runner-only-in-actions',
      comment:
        "@actions/core is the runner's interface (inputs, outputs, annotations): only src/actions/ and the entries use it. Jobs and everything below take a log function instead.",
      severity: 'error',
      from: { pathNot: '^src/(actions|entries)/' },
      to: { path: '@actions/core' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes a module impossible to understand, test or load on its own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
