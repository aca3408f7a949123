import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend
} from "./chunk-Y3VJSX3B.js";
import "./chunk-4336GFNR.js";
import "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend
};
