/** Renders markdown the way GitHub does for job summaries, with Debian's cmark-gfm (the reference GFM implementation). */
import { spawnSync } from 'node:child_process';

export function renderGfm(markdown: string): string {
  const result = spawnSync(
    'cmark-gfm',
    [
      '-e',
      'table',
      '-e',
      'strikethrough',
      '-e',
      'autolink',
      '-e',
      'tagfilter',
      '-e',
      'tasklist',
      '--unsafe',
    ],
    {
      input: markdown,
      encoding: 'utf8',
    },
  );
  if (result.error)
    throw new Error(
      `cmark-gfm is needed for this test (apt-get install cmark-gfm): ${result.error.message}`,
    );
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}

/** The tables of rendered HTML: rows of cell texts (tags stripped, entities kept). */
export function tablesOf(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, body]) =>
    [...body!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) =>
        cell!.replace(/<[^>]+>/g, '').trim(),
      ),
    ),
  );
}

/** Every HTML tag name in the output: what a hostile string must never add to. */
export function tagsOf(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map(([, name]) => name!.toLowerCase()),
  );
}
