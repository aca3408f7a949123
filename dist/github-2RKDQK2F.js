import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend
} from "./chunk-H6FS6BAS.js";
import "./chunk-6ODKH6P5.js";
import "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend
};
