import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  chooseStore,
  githubStore,
  openStore
} from "./chunk-A2QG2BQB.js";
import "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";
export {
  chooseStore,
  githubStore,
  openStore
};
