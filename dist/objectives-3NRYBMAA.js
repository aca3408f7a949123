import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  batchCostLines,
  batchCostMarkdown,
  batchObjectivesMarkdown,
  batchObjectivesText,
  batchObjectivesTop,
  budgetLeftWords,
  costSentence,
  money,
  platformAlerts,
  runObjectivesMarkdown,
  runObjectivesText,
  runObjectivesTop,
  statusWord,
  timingAlerts,
  timingsObjectivesMarkdown,
  timingsObjectivesText,
  weeklyCostTable
} from "./chunk-CS5QD7YP.js";
import "./chunk-SUOMKFCV.js";
import "./chunk-RXARMASY.js";
export {
  batchCostLines,
  batchCostMarkdown,
  batchObjectivesMarkdown,
  batchObjectivesText,
  batchObjectivesTop,
  budgetLeftWords,
  costSentence,
  money,
  platformAlerts,
  runObjectivesMarkdown,
  runObjectivesText,
  runObjectivesTop,
  statusWord,
  timingAlerts,
  timingsObjectivesMarkdown,
  timingsObjectivesText,
  weeklyCostTable
};
