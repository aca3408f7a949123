/**
 * The objectives file (default `.github/ci-ledger.yml`): YAML checked against the shipped JSON
 * Schema (schemas/objectives.schema.json), every error naming the file and its LINE, and
 * turned into plain settings with the defaults filled in. Parsing is pure given the compiled
 * schema (`objectivesParser` loads Ajv once); reading the file is the job's.
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import schema from '../../schemas/objectives.schema.json' with { type: 'json' };
import { globToRegExp } from '../batch/glob.js';
import { DEFAULT_PRICES, type PriceTable, type RunnerKind } from '../cost/prices.js';
import { InputError } from '../vocabulary/index.js';

/** A window of the latest runs, or of the runs that started in the last N days. */
export interface RunWindow {
  count: number;
  unit: 'runs' | 'days';
}

export interface SuccessObjective {
  /** The share of runs that must succeed (exit code 0). */
  objective: number;
  over: RunWindow;
}

export interface DurationObjective {
  /** e.g. 95: p95 ≤ max, i.e. 95% of the successful runs take at most maxSeconds. */
  percentile: number;
  maxSeconds: number;
  over: RunWindow;
}

export interface TimingObjective {
  /** ENV/PHASE, shell globs. */
  match: string;
  success?: SuccessObjective;
  duration?: DurationObjective;
  /** The runner whose per-minute price a run of the phase costs ('none': self-hosted, a laptop). */
  runner: RunnerKind | 'none';
}

export interface PlatformObjective {
  match: string;
  passRate: { objective: number; overBatches: number };
}

export interface BurnSettings {
  /** Windows of the multi-window alert, in runs or batches; undefined: derived from each objective's window. */
  long?: number;
  short?: number;
  /** A burn rate at or over this in both windows is "burning fast". */
  fast: number;
}

export interface Objectives {
  /** The file read, or undefined for the defaults. */
  file?: string;
  timings: TimingObjective[];
  platforms: PlatformObjective[];
  burn: BurnSettings;
  budget: { macosMinutes?: number; dollars?: number };
  prices: PriceTable;
}

/** Where the team keeps the file, relative to the repository root. */
export const DEFAULT_OBJECTIVES_PATH = '.github/ci-ledger.yml';

/** Without a file: every phase 90% successful over its last 30 runs, every platform passing
 * 90% of its tests over the last 10 batches, a fast burn at 2× the sustainable rate. */
export const DEFAULT_OBJECTIVES: Objectives = {
  timings: [
    {
      match: '*/*',
      success: { objective: 0.9, over: { count: 30, unit: 'runs' } },
      runner: 'linux',
    },
  ],
  platforms: [{ match: '*', passRate: { objective: 0.9, overBatches: 10 } }],
  burn: { fast: 2 },
  budget: {},
  prices: DEFAULT_PRICES,
};

const DEFAULT_WINDOW: RunWindow = { count: 30, unit: 'runs' };
const DEFAULT_BATCHES = 10;

export type ObjectivesParser = (text: string, file: string) => Objectives;

type Yaml = typeof import('yaml');

let loaded: Promise<{ validate: ValidateFunction; yaml: Yaml }> | undefined;

/**
 * The YAML parser, Ajv and the compiled schema, loaded once when an objectives file is read
 * (not at start: without a file, reports pay nothing for them).
 */
export async function objectivesParser(): Promise<ObjectivesParser> {
  loaded ??= Promise.all([import('ajv'), import('yaml')]).then(
    ([{ default: ajvModule }, loadedYaml]) => {
      // The bundles see yaml as CommonJS (its exports under `default`); jest sees ES exports.
      const yaml = (loadedYaml as Yaml & { default?: Yaml }).default ?? loadedYaml;
      const ajv: Ajv = new ajvModule.Ajv({ allErrors: false, strict: true, verbose: true });
      return { validate: ajv.compile(schema), yaml };
    },
  );
  const { validate, yaml } = await loaded;
  return (text, file) => parseObjectives(text, file, validate, yaml);
}

export function parseObjectives(
  text: string,
  file: string,
  validate: ValidateFunction,
  yaml: Yaml,
): Objectives {
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const syntax = doc.errors[0];
  if (syntax) {
    // An error found at the end of the text (an unclosed bracket) is on its last line.
    const last = text.replace(/\n+$/, '').split('\n').length;
    const line = Math.min(lines.linePos(syntax.pos[0]).line, last);
    throw new InputError(`${file} line ${line}: not valid YAML (${firstLine(syntax.message)})`);
  }
  const value: unknown = doc.toJS() ?? {};
  if (!validate(value)) {
    // Of a failed anyOf, Ajv lists each branch's error first: the anyOf says what was meant.
    const errors = validate.errors!;
    const error =
      errors.find((e) => e.keyword === 'anyOf' && e.instancePath === errors[0]!.instancePath) ??
      errors[0]!;
    throw new InputError(`${file} line ${lineOf(doc, lines, error, yaml)}: ${describe(error)}`);
  }
  return fromValid(value as RawObjectives, file, (pointer, message) => {
    throw new InputError(`${file} line ${lineAt(doc, lines, pointer)}: ${message}`);
  });
}

const firstLine = (message: string) => message.split('\n')[0]!.replace(/ at line \d+.*$/, '');

function describe(e: ErrorObject): string {
  const where = e.instancePath || '(the top level)';
  switch (e.keyword) {
    case 'additionalProperty':
    case 'additionalProperties':
      return `${where}: unknown key ${JSON.stringify(e.params.additionalProperty)}`;
    case 'required':
      return `${where}: missing ${JSON.stringify(e.params.missingProperty)}`;
    case 'enum':
      return `${where} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'anyOf':
      return `${where} must be ${(e.parentSchema as { description?: string }).description ?? 'one of the allowed forms'}`;
    case 'pattern':
      return `${where} must look like ${(e.parentSchema as { description?: string }).description ?? e.params.pattern}`;
    default:
      return `${where} ${e.message}`;
  }
}

/** The line of the node an Ajv error points at (for an unknown key: the key itself). */
function lineOf(doc: Document, lines: LineCounter, e: ErrorObject, yaml: Yaml): number {
  if (e.keyword === 'additionalProperties') {
    const parent = nodeAt(doc, segments(e.instancePath));
    if (yaml.isMap(parent)) {
      const pair = parent.items.find(
        (p) =>
          yaml.isPair(p) && yaml.isScalar(p.key) && p.key.value === e.params.additionalProperty,
      );
      const range = yaml.isScalar(pair?.key) ? pair.key.range : undefined;
      if (range) return lines.linePos(range[0]).line;
    }
  }
  return lineAt(doc, lines, e.instancePath);
}

function lineAt(doc: Document, lines: LineCounter, pointer: string): number {
  const path = segments(pointer);
  // The nearest node that exists (a missing key is reported at its parent).
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(doc, path.slice(0, n));
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return 1;
}

function nodeAt(doc: Document, path: Array<string | number>): unknown {
  return path.length === 0 ? doc.contents : doc.getIn(path, true);
}

/** A JSON pointer's segments: "/timings/0/success" → ['timings', 0, 'success']. */
function segments(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

interface RawObjectives {
  timings?: Array<{
    match: string;
    success?: { objective: number | string; over?: string };
    duration?: { percentile: number; max: number | string; over?: string };
    runner?: RunnerKind | 'none';
  }>;
  platforms?: Array<{ match: string; 'pass-rate': { objective: number | string; over?: string } }>;
  burn?: { long?: number; short?: number; fast?: number };
  budget?: { 'macos-minutes'?: number; dollars?: number };
  prices?: {
    'per-minute'?: Partial<Record<RunnerKind, number>>;
    'infrastructure-per-hour'?: Record<string, number>;
  };
}

/** What the schema cannot say: a 0% objective, a short window not shorter than the long one. */
function fromValid(
  raw: RawObjectives,
  file: string,
  fail: (pointer: string, message: string) => never,
): Objectives {
  const d = DEFAULT_OBJECTIVES;
  const timings = raw.timings?.map((t, i): TimingObjective => {
    const at = `/timings/${i}`;
    return {
      match: t.match,
      success: t.success && {
        objective: ratio(t.success.objective, `${at}/success/objective`, fail),
        over: runWindow(t.success.over),
      },
      duration: t.duration && {
        percentile: t.duration.percentile,
        maxSeconds: positiveSeconds(t.duration.max, `${at}/duration/max`, fail),
        over: runWindow(t.duration.over),
      },
      runner: t.runner ?? 'linux',
    };
  });
  const platforms = raw.platforms?.map((p, i): PlatformObjective => ({
    match: p.match,
    passRate: {
      objective: ratio(p['pass-rate'].objective, `/platforms/${i}/pass-rate/objective`, fail),
      overBatches: p['pass-rate'].over ? parseInt(p['pass-rate'].over, 10) : DEFAULT_BATCHES,
    },
  }));
  const burn = { ...d.burn, ...raw.burn };
  if (burn.long !== undefined && burn.short !== undefined && burn.short >= burn.long)
    fail('/burn/short', `burn.short (${burn.short}) must be shorter than burn.long (${burn.long})`);
  return {
    file,
    timings: timings ?? d.timings,
    platforms: platforms ?? d.platforms,
    burn,
    budget: { macosMinutes: raw.budget?.['macos-minutes'], dollars: raw.budget?.dollars },
    prices: {
      perMinute: { ...d.prices.perMinute, ...raw.prices?.['per-minute'] },
      infrastructurePerHour: Object.entries(raw.prices?.['infrastructure-per-hour'] ?? {}),
    },
  };
}

function ratio(
  value: number | string,
  pointer: string,
  fail: (pointer: string, message: string) => never,
): number {
  const n = typeof value === 'number' ? value : Number(value.slice(0, -1)) / 100;
  if (!(n > 0))
    fail(pointer, `${pointer.slice(1)} must be above 0 (an objective of 0 allows anything)`);
  return n;
}

function runWindow(over: string | undefined): RunWindow {
  if (!over) return DEFAULT_WINDOW;
  const [count, unit] = over.split(' ') as [string, string];
  return { count: Number(count), unit: unit.startsWith('day') ? 'days' : 'runs' };
}

/** 2400, "40m", "1h30m", "90s" → seconds. */
function positiveSeconds(
  value: number | string,
  pointer: string,
  fail: (pointer: string, message: string) => never,
): number {
  if (typeof value === 'number') return value;
  const part = (unit: string) => Number(new RegExp(`(\\d+)${unit}`).exec(value)?.[1] ?? 0);
  const total = part('h') * 3600 + part('m') * 60 + part('s');
  if (total <= 0) fail(pointer, `${pointer.slice(1)} must be longer than 0 seconds`);
  return total;
}

/** The first objective of a phase whose ENV/PHASE glob matches, if any. */
export function timingObjectiveFor(
  objectives: Objectives,
  env: string,
  phase: string,
): TimingObjective | undefined {
  return objectives.timings.find((t) => globToRegExp(t.match).test(`${env}/${phase}`));
}

export function platformObjectiveFor(
  objectives: Objectives,
  platform: string,
): PlatformObjective | undefined {
  return objectives.platforms.find((p) => globToRegExp(p.match).test(platform));
}
