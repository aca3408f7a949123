import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  DirectoryBackend
} from "./chunk-WIGIXRK2.js";
import "./chunk-RXARMASY.js";
export {
  DirectoryBackend
};
