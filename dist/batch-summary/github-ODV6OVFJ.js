import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend
} from "./chunk-77G7BENR.js";
import "./chunk-FSQVDEFJ.js";
import "./chunk-WGNK5VN6.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend
};
