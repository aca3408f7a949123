import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);

// src/report/markdown.ts
var INVISIBLE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var visibleControls = (value) => value.replace(
  INVISIBLE,
  (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
);
function text(value) {
  return visibleControls(String(value ?? "")).replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1").replace(/:\/\//g, "\\://").replace(/\b(www)\./gi, "$1\\.").replace(/@/g, "@&#8203;");
}
function code(value) {
  const clean = visibleControls(String(value ?? "")).replace(/[\r\n`|]/g, " ");
  return clean.trim() === "" ? "" : `\`${clean}\``;
}
function table(headers, rows, align = []) {
  const rule = headers.map(
    (_, i) => ({ left: "---", right: "--:", center: ":-:" })[align[i] ?? "left"]
  );
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(rule), ...rows.map(line)].join("\n");
}
function percent(ratio, digits = 0) {
  return ratio === void 0 || !Number.isFinite(ratio) ? "\u2013" : `${(ratio * 100).toFixed(digits)}%`;
}
function duration(seconds) {
  if (seconds === void 0 || !Number.isFinite(seconds)) return "\u2013";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const r = s % 60;
  const pad = (n) => String(n).padStart(2, "0");
  return h > 0 ? `${h}h ${pad(m)}m ${pad(r)}s` : m > 0 ? `${m}m ${pad(r)}s` : `${r}s`;
}
function messageSafe(value) {
  return visibleControls(value).replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
}
function terminalSafe(value) {
  return visibleControls(value).replace(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/g, "?");
}
function pValue(p) {
  return p < 1e-4 ? "p < 0.0001" : `p ${Number(p.toPrecision(2))}`;
}

export {
  text,
  code,
  table,
  percent,
  duration,
  messageSafe,
  terminalSafe,
  pValue
};
