/**
 * What the summary says of its batch beyond the counts: its failing recipes per platform, the
 * ones not failing in the previous batch of its ecosystem, the platforms it has no record of,
 * and its weakest platform. Failure records are fed as the accumulator places them. Pure.
 */
import { weakestPlatform } from '../batch/aggregate.js';
import { platformOrder } from '../batch/maps.js';
import { FOCUS_FAILURE_LIMIT, type FocusDetail, type FocusFailure } from './model.js';
import type { BatchRun, Failure } from './records.js';

const cell = (recipe: string, platform: string) => `${platform}\0${recipe}`;

export class FocusFailures {
  /** (platform, recipe) → the failure; one per cell, the newest record wins. */
  private readonly current = new Map<string, FocusFailure & { timestamp: string }>();
  private readonly previous = new Set<string>();

  addFocus(failure: Failure, platform: string): void {
    const key = cell(failure.recipe, platform);
    const timestamp = failure.timestamp ?? '';
    const seen = this.current.get(key);
    if (seen && seen.timestamp > timestamp) return;
    this.current.set(key, {
      recipe: failure.recipe,
      platform,
      category: failure.category,
      exitCode: failure.exitCode,
      message: failure.message,
      timestamp,
    });
  }

  addPrevious(failure: Failure, platform: string): void {
    this.previous.add(cell(failure.recipe, platform));
  }

  detail(
    focus: BatchRun,
    previous: BatchRun | undefined,
    sameId: string[],
    keepPlatform: (platform: string) => boolean,
  ): FocusDetail {
    const all = [...this.current.values()]
      .filter((f) => keepPlatform(f.platform))
      .sort(
        (a, b) =>
          platformOrder(a.platform, b.platform) ||
          (a.recipe < b.recipe ? -1 : a.recipe > b.recipe ? 1 : 0),
      );
    const failures = all
      .slice(0, FOCUS_FAILURE_LIMIT)
      .map(({ timestamp: _t, ...failure }) => failure);
    const tested = (run: BatchRun) =>
      Object.entries(run.platforms).filter(([name, c]) => c.tested > 0 && keepPlatform(name));
    return {
      sameId: [...sameId].sort(),
      previous: previous
        ? {
            batchId: previous.batchId,
            timestamp: previous.timestamp,
            platforms: previous.platforms,
          }
        : undefined,
      weakestPlatform: weakestPlatform(Object.fromEntries(tested(focus))),
      missingPlatforms: previous
        ? tested(previous)
            .map(([name]) => name)
            .filter((name) => !(name in focus.platforms))
        : [],
      failures,
      failureCount: all.length,
      // Only meaningful when the previous batch's failure records were read (a previous exists).
      newlyFailing: previous
        ? all
            .filter((f) => !this.previous.has(cell(f.recipe, f.platform)))
            .map(({ recipe, platform }) => ({ recipe, platform }))
        : [],
    };
  }
}
