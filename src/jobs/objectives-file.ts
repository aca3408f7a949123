/**
 * Reading the objectives file at the edge: the path given (`objectives` input, `--objectives`),
 * else `.github/ci-ledger.yml` under the repository folder when it is there, else the defaults.
 * A file that was named and is missing, a link, or invalid is one error naming it (and its line).
 */
import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readRegularFile } from '../files/local-tree.js';
import { historyOptions, type HistoryInputs, type HistoryOptions } from '../history/options.js';
import { batchesNeeded } from '../objectives/platforms.js';
import {
  DEFAULT_OBJECTIVES,
  DEFAULT_OBJECTIVES_PATH,
  objectivesParser,
  type Objectives,
} from '../objectives/spec.js';
import { InputError } from '../vocabulary/index.js';

/** A team's objectives file is a few kilobytes; this only stops an accident. */
const MAX_OBJECTIVES_BYTES = 1024 * 1024;

export async function readObjectives(given: string | undefined, root: string): Promise<Objectives> {
  const shown = given || DEFAULT_OBJECTIVES_PATH;
  const file = resolve(root, shown);
  if (!given) {
    const there = await lstat(file).then(
      () => true,
      () => false,
    );
    if (!there) return DEFAULT_OBJECTIVES;
  }
  const text = await readRegularFile(file, MAX_OBJECTIVES_BYTES, `The objectives file ${shown}`);
  const parse = await objectivesParser();
  return parse(text.toString('utf8'), shown);
}

/** `fail-on`: never, exhausted or at-risk. */
export function parseFailOn(value: string | undefined): 'never' | 'exhausted' | 'at-risk' {
  const v = (value ?? '').trim() || 'never';
  if (v === 'never' || v === 'exhausted' || v === 'at-risk') return v;
  throw new InputError(`fail-on ${JSON.stringify(value)} is not one of never, exhausted, at-risk`);
}

/**
 * The history options with what the objectives add: the macOS budget of the file unless one was
 * given, and enough batches kept for the longest pass-rate window.
 */
export function objectiveHistoryOptions(
  inputs: HistoryInputs,
  objectives: Objectives,
): HistoryOptions {
  const fromFile = objectives.budget.macosMinutes;
  const options = historyOptions({
    ...inputs,
    macosBudget: inputs.macosBudget || (fromFile === undefined ? undefined : String(fromFile)),
  });
  return { ...options, keepRuns: batchesNeeded(objectives) };
}
