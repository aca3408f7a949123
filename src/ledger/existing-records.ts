/**
 * The records already in a JSON history file, found the way the readers find them (the same
 * splitter: JSON Lines, pretty-printed objects one after another, a byte order mark), so that
 * a record a report counts is never appended a second time. A value that does not parse is
 * read again line by line: one truncated line must not hide the valid record after it.
 */
import { JsonValueSplitter, type JsonText } from '../files/json-stream.js';

export function existingJsonObjects(text: string): Array<Record<string, unknown>> {
  const objects: Array<Record<string, unknown>> = [];
  const take = (texts: JsonText[], retry: boolean) => {
    for (const { text: value, line } of texts) {
      const parsed = parseObject(value);
      if (parsed !== undefined) {
        if (parsed) objects.push(parsed);
        continue;
      }
      if (!retry) continue;
      const pieces = JsonValueSplitter.splitStrictly(value, line);
      if (pieces.length > 1) take(pieces, false);
      else take(lineByLine(value, line), false);
    }
  };
  const splitter = new JsonValueSplitter();
  take([...splitter.push(text), ...splitter.finish()], true);
  return objects;
}

/** The object a text holds; null for valid JSON that is not an object; undefined if invalid. */
function parseObject(text: string): Record<string, unknown> | null | undefined {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return undefined;
  }
}

function lineByLine(text: string, first: number): JsonText[] {
  return text
    .split('\n')
    .map((line, i) => ({ text: line.replace(/^\uFEFF/, '').trim(), line: first + i }))
    .filter((l) => l.text.startsWith('{'));
}
