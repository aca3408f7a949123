import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-W5AV5XJ3.js";
import "./chunk-RXARMASY.js";
export default require_ajv();
