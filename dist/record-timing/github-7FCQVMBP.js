import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend
} from "./chunk-T55EMHE7.js";
import "./chunk-OWJ74Q7S.js";
import "./chunk-EPRYSMN3.js";
import "./chunk-CMNREZAP.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend
};
