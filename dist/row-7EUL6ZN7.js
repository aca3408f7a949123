import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  DEFAULT_ENV_DIR_MAP,
  DEFAULT_TIMINGS_BRANCH,
  TIME_SOURCES,
  TIMING_COLUMNS,
  TIMING_KEY,
  isoSeconds,
  parseEnvDirMap,
  timingRow,
  timingRowLine,
  timingsPath
} from "./chunk-7KPXO4AA.js";
import "./chunk-2E3GCFBA.js";
import "./chunk-3BA7G52B.js";
import "./chunk-RXARMASY.js";
export {
  DEFAULT_ENV_DIR_MAP,
  DEFAULT_TIMINGS_BRANCH,
  TIME_SOURCES,
  TIMING_COLUMNS,
  TIMING_KEY,
  isoSeconds,
  parseEnvDirMap,
  timingRow,
  timingRowLine,
  timingsPath
};
