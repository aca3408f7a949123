import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  githubStore
} from "./chunk-QNPYOMH3.js";
import {
  InputError,
  WriteError,
  messageOf
} from "./chunk-EYMVGCMB.js";
import "./chunk-RXARMASY.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os3 from "os";
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os3.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os3.EOL);
}

// src/report/markdown.ts
var INVISIBLE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var visibleControls = (value) => value.replace(
  INVISIBLE,
  (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
);
function messageSafe(value) {
  return visibleControls(value).replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
}

// src/actions/inputs.ts
function storeFromInputs(env = process.env) {
  const token = getInput("token") || env.GITHUB_TOKEN || "";
  if (token) setSecret(token);
  const repository = getInput("repository") || env.GITHUB_REPOSITORY || "";
  if (!repository)
    throw new InputError(
      "No repository: set the repository input (default: the workflow's repository)"
    );
  return githubStore(repository, token, env);
}
function jobContext(store) {
  return { store, log: info, env: process.env, cwd: process.cwd() };
}
async function runAction(body) {
  try {
    await body();
  } catch (error2) {
    const known = error2 instanceof InputError || error2 instanceof WriteError;
    if (!known && error2 instanceof Error && error2.stack) debug(error2.stack);
    setFailed(messageSafe(messageOf(error2)));
  }
}

// src/actions/dashboard.ts
async function dashboardAction() {
  const input = (name) => getInput(name) || void 0;
  const out = input("out") ?? "_site";
  const store = storeFromInputs();
  const { buildDashboard, writeSiteFolder } = await import("./dashboard-7PA7UREW.js");
  const site = await buildDashboard(
    {
      historyBranch: input("history-branch"),
      timingsBranch: input("timings-branch"),
      metricsPath: input("metrics-path"),
      failuresDir: input("failures-dir"),
      macosBudget: input("macos-budget"),
      weekStart: input("week-start"),
      platformMap: input("platform-map"),
      latest: input("latest"),
      title: input("title")
    },
    jobContext(store)
  );
  await writeSiteFolder(out, site.files);
  const publishBranch = input("publish-branch");
  if (publishBranch) {
    const { publishSite } = await import("./publish-site-7GRBAYE7.js");
    const published = await publishSite(jobContext(store), site.files, {
      branch: publishBranch,
      folder: input("publish-folder")
    });
    info(
      published.status === "unchanged" ? `The site on ${published.branch} is already this one: no commit (${published.commit})` : `Site committed to ${published.branch} in ${published.commit}: ${published.written} written, ${published.deleted} deleted`
    );
    setOutput("published", published.status);
    setOutput("commit-sha", published.commit);
  }
  const bytes = site.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  info(
    `Dashboard written to ${out}: ${site.files.length} files, ${bytes} bytes` + (site.batches ? `; ${site.batches.runs} batches from ${site.batches.where}` : "") + (site.timings ? `; ${site.timings.runs} build timing runs from ${site.timings.where}` : "")
  );
  setOutput("site-path", out);
  setOutput("site-files", String(site.files.length));
  setOutput("site-bytes", String(bytes));
  setOutput("batches", String(site.batches?.runs ?? 0));
  setOutput("timing-runs", String(site.timings?.runs ?? 0));
}

// src/entries/dashboard.ts
await runAction(dashboardAction);
