/**
 * Markdown building blocks for job summaries. Text that came from data (names, messages,
 * flags) is escaped so it shows as text: no HTML, no formatting, no broken table cells.
 * core.summary escapes nothing, so everything goes through here.
 */

/**
 * Bidirectional controls (U+202E turns "exe.txt" into "txt.exe" on screen) and other invisible
 * format characters: shown by name, so what is read is what the data says.
 */
const INVISIBLE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const visibleControls = (value: string): string =>
  value.replace(
    INVISIBLE,
    (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );

/**
 * Escape for inline text and table cells: HTML specials, markdown punctuation, pipes, newlines,
 * the "://" and "www." that GFM would turn into links (an attacker-chosen link in a summary is
 * formatting too), and bidi controls (shown by name). Every "@" gets a zero-width space after it
 * (written as the entity &#8203;, the way Renovate and Dependabot neutralise names): GitHub
 * neither notifies "@octocat" nor links "ops@example.com" as mailto:, and the text still reads
 * the same. Backslash-escaping "@" would not help: mentions are found after markdown is rendered.
 */
export function text(value: unknown): string {
  return visibleControls(String(value ?? ''))
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '@&#8203;');
}

/** Inline code for a value such as a path or branch; backticks inside are not possible to escape, so they are dropped. */
export function code(value: unknown): string {
  // Code spans are never mentions or links; bidi controls are still shown by name.
  const clean = visibleControls(String(value ?? '')).replace(/[\r\n`|]/g, ' ');
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

/**
 * For an error message: a file name or value holding escape sequences must not reach the
 * terminal (or the job log) as commands. Control characters are written as \xNN, bidi controls
 * by name; line breaks between the message's own lines stay.
 */
export function messageSafe(value: string): string {
  return visibleControls(value).replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** For terminal output: control characters from data (escape sequences, carriage returns) become "?", bidi controls are shown by name. */
export function terminalSafe(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  return visibleControls(value).replace(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/g, '?');
}

/** A p-value as a reader takes it in: two significant digits, "p < 0.0001" below that. */
export function pValue(p: number): string {
  return p < 0.0001 ? 'p < 0.0001' : `p ${Number(p.toPrecision(2))}`;
}
