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
  parseExitCode,
  parseUtcTime,
  timingRow,
  timingRowLine,
  timingsPath
} from "./chunk-B4JLYFPM.js";
import "./chunk-G3O3EJUW.js";
import "./chunk-E5LO342T.js";
import "./chunk-FXG23WHF.js";
import "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";
export {
  DEFAULT_ENV_DIR_MAP,
  DEFAULT_TIMINGS_BRANCH,
  TIME_SOURCES,
  TIMING_COLUMNS,
  TIMING_KEY,
  isoSeconds,
  parseEnvDirMap,
  parseExitCode,
  parseUtcTime,
  timingRow,
  timingRowLine,
  timingsPath
};
