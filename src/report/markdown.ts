/**
 * Markdown building blocks for job summaries. Text that came from data (names, messages,
 * flags) is escaped so it shows as text: no HTML, no formatting, no broken table cells.
 * core.summary escapes nothing, so everything goes through here.
 */

/**
 * Escape for inline text and table cells: HTML specials, markdown punctuation, pipes, newlines,
 * and the "://" and "www." that GFM would turn into links (an attacker-chosen link in a summary is
 * formatting too). E-mail addresses still become mailto: links: no escape stops that.
 */
export function text(value: unknown): string {
  return String(value ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** Inline code for a value such as a path or branch; backticks inside are not possible to escape, so they are dropped. */
export function code(value: unknown): string {
  const clean = String(value ?? '').replace(/[\r\n`|]/g, ' ');
  return clean.trim() === '' ? '' : `\`${clean}\``;
}

export type Align = 'left' | 'right' | 'center';

/** A GFM table; cells must already be escaped (use `text`). */
export function table(headers: string[], rows: string[][], align: Align[] = []): string {
  const rule = headers.map(
    (_, i) => ({ left: '---', right: '--:', center: ':-:' })[align[i] ?? 'left'],
  );
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(rule), ...rows.map(line)].join('\n');
}

export function percent(ratio: number | undefined, digits = 0): string {
  return ratio === undefined || !Number.isFinite(ratio) ? '–' : `${(ratio * 100).toFixed(digits)}%`;
}

/** 3725 → "1h 02m 05s"; 65 → "1m 05s"; 7 → "7s". */
export function duration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '–';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}h ${pad(m)}m ${pad(r)}s` : m > 0 ? `${m}m ${pad(r)}s` : `${r}s`;
}

/** For terminal output: control characters from data (escape sequences, carriage returns) become "?". */
export function terminalSafe(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  return value.replace(/[\x00-\x09\x0b-\x1f\x7f\x9b]/g, '?');
}

/** A p-value as a reader takes it in: two significant digits, "p < 0.0001" below that. */
export function pValue(p: number): string {
  return p < 0.0001 ? 'p < 0.0001' : `p ${Number(p.toPrecision(2))}`;
}
