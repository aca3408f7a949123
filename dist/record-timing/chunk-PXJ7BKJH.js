import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);

// src/objectives/budget.ts
var EPSILON = 1e-9;
function burnWindows(windowUnits, given) {
  const long = given.long ?? Math.max(2, Math.ceil(windowUnits / 4));
  const short = given.short ?? Math.max(1, Math.ceil(long / 4));
  return { long, short: Math.min(short, long) };
}
function errorBudget(outcomes, objective, windows, fast) {
  const all = burnOver(outcomes, objective);
  const allowed = (1 - objective) * all.events;
  const budgetLeft = all.events === 0 ? 1 : 1 - all.bad / allowed;
  const long = burnOver(outcomes.slice(-windows.long), objective);
  const short = burnOver(outcomes.slice(-windows.short), objective);
  const status = all.events === 0 ? "no-data" : budgetLeft <= EPSILON ? "exhausted" : long.rate >= fast - EPSILON && short.rate >= fast - EPSILON ? "at-risk" : "met";
  return {
    objective,
    units: all.units,
    events: all.events,
    bad: all.bad,
    allowed,
    budgetLeft,
    long,
    short,
    fast,
    status
  };
}
function burnOver(outcomes, objective) {
  let events = 0;
  let good = 0;
  for (const o of outcomes) {
    events += o.total;
    good += o.good;
  }
  const bad = events - good;
  return { units: outcomes.length, events, bad, rate: events ? bad / events / (1 - objective) : 0 };
}
function worstStatus(statuses) {
  const order = ["no-data", "met", "at-risk", "exhausted"];
  let worst = "no-data";
  for (const s of statuses) if (order.indexOf(s) > order.indexOf(worst)) worst = s;
  return worst;
}
function failsOn(status, failOn) {
  if (failOn === "never") return false;
  if (failOn === "exhausted") return status === "exhausted";
  return status === "exhausted" || status === "at-risk";
}

export {
  burnWindows,
  errorBudget,
  worstStatus,
  failsOn
};
