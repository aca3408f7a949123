#!/usr/bin/env node
/**
 * Extracts from GitHub's OpenAPI description the part that the GitHub API test server
 * (__tests__/support/github-api-server.ts) emulates: for each operation its request body
 * schema, its response schemas by status and media type, and every components/schemas entry
 * they reference, transitively. The full description is 13 MB inside a ~400 MB package, too
 * big to keep in the project; the subset is committed and the test validates against it.
 *
 * Usage (the package goes to a temp dir, never into the project):
 *   npm i --prefix /tmp/octokit-openapi @octokit/openapi@23 --no-save
 *   node scripts/extract-github-openapi.mjs \
 *     /tmp/octokit-openapi/node_modules/@octokit/openapi/generated/api.github.com.json [out.json]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The operations the server implements: [method, path template]. */
const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/git/ref/{ref}'],
  ['get', '/repos/{owner}/{repo}/git/commits/{commit_sha}'],
  ['get', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  ['get', '/repos/{owner}/{repo}/git/blobs/{file_sha}'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['post', '/repos/{owner}/{repo}/git/blobs'],
  ['post', '/repos/{owner}/{repo}/git/trees'],
  ['post', '/repos/{owner}/{repo}/git/commits'],
  ['post', '/repos/{owner}/{repo}/git/refs'],
  ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
  ['put', '/repos/{owner}/{repo}/contents/{path}'],
];

const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;
const RESPONSE_REF = /^#\/components\/responses\/([^/]+)$/;

function main() {
  const [input, output] = process.argv.slice(2);
  if (!input) {
    console.error('usage: extract-github-openapi.mjs <api.github.com.json> [out.json]');
    process.exit(2);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(
    output ?? join(here, '..', '__tests__', 'fixtures', 'github-openapi', 'subset.json'),
  );
  const doc = JSON.parse(readFileSync(input, 'utf8'));

  const operations = {};
  for (const [method, path] of OPERATIONS) {
    const op = doc.paths?.[path]?.[method];
    if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in ${input}`);
    operations[`${method} ${path}`] = extractOperation(doc, op);
  }
  const schemas = collectSchemas(doc, operations);

  const subset = {
    source: { ...packageOf(input), openapi: doc.openapi, file: 'generated/api.github.com.json' },
    operations,
    components: { schemas },
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(subset, null, 2)}\n`);
  console.log(
    `${out}: ${Object.keys(operations).length} operations, ${Object.keys(schemas).length} schemas`,
  );
}

/** The parts of an operation a response check needs; examples and prose are left out. */
function extractOperation(doc, op) {
  const responses = {};
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const resolved = resolveResponse(doc, response);
    const content = {};
    for (const [mediaType, media] of Object.entries(resolved.content ?? {})) {
      if (media.schema) content[mediaType] = media.schema;
    }
    responses[status] = { description: resolved.description, content };
  }
  const requestBody = op.requestBody?.content?.['application/json']?.schema ?? null;
  return {
    operationId: op.operationId,
    documentation_url: op.externalDocs?.url ?? null,
    requestBody,
    responses,
  };
}

function resolveResponse(doc, response) {
  const match = typeof response.$ref === 'string' ? RESPONSE_REF.exec(response.$ref) : null;
  if (!match) return response;
  const target = doc.components?.responses?.[match[1]];
  if (!target) throw new Error(`unresolved ${response.$ref}`);
  return resolveResponse(doc, target);
}

/** Every components/schemas entry reachable from the operations, sorted by name. */
function collectSchemas(doc, operations) {
  const found = new Map();
  const pending = [...refsIn(operations)];
  while (pending.length > 0) {
    const name = pending.pop();
    if (found.has(name)) continue;
    const schema = doc.components?.schemas?.[name];
    if (!schema) throw new Error(`unresolved #/components/schemas/${name}`);
    found.set(name, schema);
    pending.push(...refsIn(schema));
  }
  return Object.fromEntries([...found].sort(([a], [b]) => a.localeCompare(b)));
}

function refsIn(value, names = new Set()) {
  if (Array.isArray(value)) {
    for (const item of value) refsIn(item, names);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const match = key === '$ref' && typeof child === 'string' ? SCHEMA_REF.exec(child) : null;
      if (match) names.add(match[1]);
      else refsIn(child, names);
    }
  }
  return names;
}

/** The npm package the file came from (…/@octokit/openapi/generated/x.json), when it is one. */
function packageOf(input) {
  const manifest = join(dirname(resolve(input)), '..', 'package.json');
  if (!existsSync(manifest)) return { package: null, version: null };
  const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'));
  return { package: name, version };
}

main();
