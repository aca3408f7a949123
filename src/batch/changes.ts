/**
 * What changed since the previous batch of an ecosystem, as only the merge job can know it: it
 * holds this batch's result for every recipe and platform (passes included, with attempts),
 * and the failures file holds the previous batch's failure records. Pure.
 */
import { JsonValueSplitter } from '../files/json-stream.js';

export interface RecipeCell {
  recipe: string;
  platform: string;
}

export interface BatchChanges {
  /** The batch compared with, when the failures file holds an earlier one. */
  previous?: { batchId: string; timestamp: string };
  /** Failing now, not in the previous batch's failure records. */
  newlyFailing: RecipeCell[];
  /** In the previous batch's failure records, passing now. */
  newlyFixed: RecipeCell[];
  /** Passing now, after more than one attempt. */
  flaky: Array<RecipeCell & { attempts: number }>;
}

interface FailureLine {
  batchId: string;
  timestamp: string;
  recipe: string;
  environment: string;
}

/** Our own failure records in a failures file's text; lines of other shapes are passed over. */
export function failureLines(content: string): FailureLine[] {
  const splitter = new JsonValueSplitter();
  const out: FailureLine[] = [];
  for (const { text } of [...splitter.push(content), ...splitter.finish()]) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    const o = value as Record<string, unknown>;
    const fields = [o?.batch_id, o?.timestamp, o?.recipe, o?.environment];
    if (fields.every((f) => typeof f === 'string'))
      out.push({
        batchId: o.batch_id as string,
        timestamp: o.timestamp as string,
        recipe: o.recipe as string,
        environment: o.environment as string,
      });
  }
  return out;
}

const key = (c: RecipeCell) => `${c.platform}\0${c.recipe}`;

export function changesSincePrevious(
  current: {
    batchId: string;
    timestamp: string;
    results: Array<RecipeCell & { status: string; attempts?: number }>;
  },
  failuresFile: string,
): BatchChanges {
  const earlier = failureLines(failuresFile).filter(
    (f) => f.batchId !== current.batchId && f.timestamp <= current.timestamp,
  );
  // The previous batch: the one whose failure records are the latest before this batch.
  const last = earlier.reduce<FailureLine | undefined>(
    (a, f) => (!a || f.timestamp > a.timestamp ? f : a),
    undefined,
  );
  const before = new Set(
    earlier
      .filter((f) => last && f.batchId === last.batchId)
      .map((f) => key({ recipe: f.recipe, platform: f.environment })),
  );
  const byCell = new Map(current.results.map((r) => [key(r), r]));
  const cell = ({ recipe, platform }: RecipeCell) => ({ recipe, platform });
  return {
    previous: last ? { batchId: last.batchId, timestamp: last.timestamp } : undefined,
    newlyFailing: last
      ? current.results.filter((r) => r.status === 'failed' && !before.has(key(r))).map(cell)
      : [],
    newlyFixed: [...before]
      .map((k) => byCell.get(k))
      .filter((r): r is NonNullable<typeof r> => r?.status === 'passed')
      .map(cell),
    flaky: current.results
      .filter((r) => r.status === 'passed' && (r.attempts ?? 1) > 1)
      .map((r) => ({ ...cell(r), attempts: r.attempts! })),
  };
}
