import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  alertSentence,
  alertsMarkdown,
  changesMarkdown,
  failingRecipesMarkdown,
  focusTable,
  headline,
  points,
  sameIdNote,
  sparkline
} from "./chunk-OBSCNP6F.js";
import "./chunk-RXARMASY.js";
export {
  alertSentence,
  alertsMarkdown,
  changesMarkdown,
  failingRecipesMarkdown,
  focusTable,
  headline,
  points,
  sameIdNote,
  sparkline
};
