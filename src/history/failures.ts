/**
 * What the failure records of a window say: categories per platform (counts and shares), and
 * per platform the category whose fixing would unlock most recipes that fail only there. Pure.
 */
import { emptyDict } from '../vocabulary/index.js';
import { platformOrder } from '../batch/maps.js';
import type { CategoryCount, HistoryReport } from './model.js';

/** platform → category → failure count */
export type CategoryCounts = Map<string, Map<string, number>>;

/**
 * Whether a failure counts for an ecosystem's report: records that name no ecosystem (per-recipe
 * lines) count for every ecosystem, as the batch they belong to is known only by its time.
 */
export const failureOfEcosystem = (failure: { ecosystem?: string }, ecosystem: string): boolean =>
  failure.ecosystem === undefined || failure.ecosystem === ecosystem;

export function countCategory(counts: CategoryCounts, platform: string, category: string): void {
  const cats = counts.get(platform) ?? new Map<string, number>();
  cats.set(category, (cats.get(category) ?? 0) + 1);
  counts.set(platform, cats);
}

export function categoryShares(counts: CategoryCounts): Record<string, CategoryCount[]> {
  const out = emptyDict<CategoryCount[]>();
  for (const platform of [...counts.keys()].sort(platformOrder)) {
    const cats = counts.get(platform)!;
    const total = [...cats.values()].reduce((a, b) => a + b, 0);
    out[platform] = [...cats]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([category, count]) => ({ category, count, share: count / total }));
  }
  return out;
}

/** recipe → platform → its newest failure in the window (any reading order gives the same) */
export type RecipeFailures = Map<string, Map<string, { category: string; timestamp: string }>>;

export function noteRecipeFailure(
  recipes: RecipeFailures,
  failure: { recipe: string; category: string; timestamp?: string },
  platform: string,
): void {
  let perPlatform = recipes.get(failure.recipe);
  if (!perPlatform) recipes.set(failure.recipe, (perPlatform = new Map()));
  const seen = perPlatform.get(platform);
  const timestamp = failure.timestamp ?? '';
  if (!seen) perPlatform.set(platform, { category: failure.category, timestamp });
  else if (
    timestamp > seen.timestamp ||
    (timestamp === seen.timestamp && failure.category > seen.category)
  ) {
    seen.category = failure.category;
    seen.timestamp = timestamp;
  }
}

/** Per platform, the category whose fixing would unlock most recipes that fail only there. */
export function unlockInsight(recipes: RecipeFailures): HistoryReport['insights']['unlock'] {
  const perPlatform = new Map<string, Map<string, string[]>>();
  for (const [recipe, platforms] of recipes) {
    if (platforms.size !== 1) continue;
    const [platform, { category }] = [...platforms][0]!;
    const cats = perPlatform.get(platform) ?? new Map<string, string[]>();
    cats.set(category, [...(cats.get(category) ?? []), recipe]);
    perPlatform.set(platform, cats);
  }
  return [...perPlatform]
    .sort(([a], [b]) => platformOrder(a, b))
    .map(([platform, cats]) => {
      const [category, recipes] = [...cats].sort(
        (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
      )[0]!;
      return {
        platform,
        category,
        recipes: recipes.length,
        examples: [...recipes].sort().slice(0, 5),
      };
    });
}
