import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  alertSentence,
  alertsMarkdown,
  changesMarkdown,
  failingRecipesMarkdown,
  focusTable,
  headline,
  headlineParts,
  points,
  sameIdNote,
  sparkline
} from "./chunk-HX3AYC5G.js";
import "./chunk-SUOMKFCV.js";
import "./chunk-RXARMASY.js";
export {
  alertSentence,
  alertsMarkdown,
  changesMarkdown,
  failingRecipesMarkdown,
  focusTable,
  headline,
  headlineParts,
  points,
  sameIdNote,
  sparkline
};
