import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend
} from "./chunk-BUUMJGLV.js";
import "./chunk-E5LO342T.js";
import "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend
};
