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
} from "./chunk-X2I4R354.js";
import "./chunk-X4K2GLCU.js";
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
