import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  chooseStore,
  githubStore,
  openStore
} from "./chunk-KY52Q5SV.js";
import "./chunk-VQNEH2RB.js";
export {
  chooseStore,
  githubStore,
  openStore
};
