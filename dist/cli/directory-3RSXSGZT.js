import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  DirectoryBackend
} from "./chunk-UPK2MM4J.js";
import "./chunk-CHFOTRHE.js";
import "./chunk-IRV3MLP3.js";
import "./chunk-6LV7MLTM.js";
import "./chunk-RXARMASY.js";
export {
  DirectoryBackend
};
