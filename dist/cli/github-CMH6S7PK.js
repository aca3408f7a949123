import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend
} from "./chunk-ULUKWX3A.js";
import "./chunk-CHFOTRHE.js";
import "./chunk-47X4X74Z.js";
import "./chunk-6LV7MLTM.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend
};
