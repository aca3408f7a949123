import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend,
  GitHubClient,
  assertFetchBounds,
  classify,
  writeFetched
} from "./chunk-XP75WO6X.js";
import "./chunk-HJJNKDAN.js";
import {
  kindOfMode,
  writableEntry
} from "./chunk-Q2KB3NI2.js";
import {
  InputError,
  TransientError
} from "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";

// src/ledger/backends/github-graphql.ts
var foldersOf = (path) => path.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("/"));
function readQuery(fileCount, defaultBranch = false, foldersPerFile = []) {
  const indexes = Array.from({ length: fileCount }, (_, i) => i);
  const folders = indexes.flatMap(
    (i) => Array.from({ length: foldersPerFile[i] ?? 0 }, (_, k) => `${i}_${k}`)
  );
  const paths = indexes.map((i) => `, $path${i}: String!`).join("") + folders.map((f) => `, $dir${f}: String!`).join("");
  const files = [
    ...indexes.map((i) => `
        file${i}: file(path: $path${i}) { ...LedgerFile }`),
    ...folders.map((f) => `
        dir${f}: file(path: $dir${f}) { type mode }`)
  ];
  const fragment = `
fragment LedgerFile on TreeEntry {
  type
  mode
  size
  object { __typename oid ... on Blob { byteSize isBinary isTruncated text } }
}`;
  const [refVariable, ref] = defaultBranch ? ["", "ref: defaultBranchRef"] : [", $ref: String!", "ref(qualifiedName: $ref)"];
  return `query LedgerRead($owner: String!, $name: String!${refVariable}${paths}) {
  repository(owner: $owner, name: $name) {
    ${ref} {
      name
      target {
        __typename
        oid${fileCount > 0 ? `
        ... on Commit {${files.join("")}
        }` : ""}
      }
    }
  }
}${fileCount > 0 ? fragment : ""}`;
}
var BLOBS_PER_QUERY = 100;
function blobsQuery(count) {
  const oids = Array.from({ length: count }, (_, i) => `, $oid${i}: GitObjectID!`).join("");
  const blobs = Array.from(
    { length: count },
    (_, i) => `
    blob${i}: object(oid: $oid${i}) { __typename oid ... on Blob { byteSize isBinary isTruncated text } }`
  ).join("");
  return `query LedgerBlobs($owner: String!, $name: String!${oids}) {
  repository(owner: $owner, name: $name) {${blobs}
  }
}`;
}
var APPEND_MUTATION = `mutation LedgerAppend($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;
function branchEntry(path, json) {
  const mode = json.mode.toString(8);
  return { path, kind: kindOfMode(mode), mode, id: json.object?.oid ?? "", size: json.size };
}
var isGraphqlError = (e) => e instanceof Error && Array.isArray(e.errors);
var GitHubGraphqlBackend = class {
  description;
  client;
  /** Branch creation, empty repositories, whole blobs: what GraphQL cannot do. */
  rest;
  constructor(options) {
    this.client = new GitHubClient(options);
    this.rest = new GitHubBackend(this.client);
    this.description = `${this.client.description} (GraphQL)`;
  }
  defaultBranch() {
    return this.rest.defaultBranch();
  }
  read(branch, paths) {
    return this.readRef(branch, paths);
  }
  /** The default branch's name, head and files in the one query (batch-metrics' default). */
  async readDefaultBranch(paths) {
    return this.readRef(void 0, paths);
  }
  async readRef(branch, paths) {
    const { owner, repo } = this.client;
    const variables = { owner, name: repo };
    if (branch !== void 0) variables.ref = `refs/heads/${branch}`;
    paths.forEach((path, i) => {
      variables[`path${i}`] = path;
      foldersOf(path).forEach((folder, k) => variables[`dir${i}_${k}`] = folder);
    });
    const data = await this.graphql(
      readQuery(
        paths.length,
        branch === void 0,
        paths.map((p) => foldersOf(p).length)
      ),
      variables
    );
    if (!data.repository) throw new Error(`${this.description}: the repository was not found`);
    const ref = data.repository.ref;
    const name = branch ?? ref?.name ?? await this.rest.defaultBranch();
    const target = ref?.target ?? null;
    const files = /* @__PURE__ */ new Map();
    if (!target) {
      for (const path of paths) files.set(path, null);
      return { branch: name, head: null, files };
    }
    if (target.__typename !== "Commit") {
      throw new InputError(`refs/heads/${name} points at a ${target.__typename}, not a commit`);
    }
    const context = {
      place: `on branch ${name}`,
      where: this.description,
      limits: this.client.limits,
      warn: this.client.log
    };
    for (const [i, path] of paths.entries()) {
      const entryAt = (at, json) => json ? { entry: branchEntry(at, json), at } : null;
      const found = foldersOf(path).map((folder, k) => entryAt(folder, target[`dir${i}_${k}`])).find((f) => f !== null && f.entry.kind !== "directory") ?? entryAt(path, target[`file${i}`]);
      writableEntry(path, found ?? null, context);
      files.set(path, await this.contentOf(path, target[`file${i}`]));
    }
    return { branch: name, head: target.oid, files };
  }
  /** Tree listings are REST's (GraphQL would need one query per folder level and page). */
  readFolder(branch, folder) {
    return this.rest.readFolder(branch, folder);
  }
  async publish(base, changes, message) {
    if (!base.head) return this.rest.publish(base, changes, message);
    const replacesOther = "entries" in base && [...changes].some(
      ([path, content]) => content !== null && (base.entries.get(path)?.kind ?? "file") !== "file"
    );
    if (replacesOther || deletionMakesRoom(changes))
      return this.rest.publish(base, changes, message);
    const additions = [];
    const deletions = [];
    for (const [path, content] of changes) {
      if (content === null) deletions.push({ path });
      else additions.push({ path, contents: Buffer.from(content, "utf8").toString("base64") });
    }
    const { owner, repo } = this.client;
    const [headline = "", ...rest] = message.split("\n");
    const body = rest.join("\n").trim();
    const input = {
      branch: { repositoryNameWithOwner: `${owner}/${repo}`, branchName: base.branch },
      expectedHeadOid: base.head,
      message: body ? { headline, body } : { headline },
      fileChanges: deletions.length > 0 ? { additions, deletions } : { additions }
    };
    try {
      const data = await this.graphql(
        APPEND_MUTATION,
        { input, request: { retries: 0 } }
      );
      return { status: "published", head: data.createCommitOnBranch.commit.oid };
    } catch (error) {
      const stale = isGraphqlError(error) ? error.errors.find((e) => e.type === "STALE_DATA") : void 0;
      if (stale) return { status: "conflict", reason: `createCommitOnBranch: ${stale.message}` };
      throw error;
    }
  }
  checkout(branch, prefixes) {
    return this.rest.checkout(branch, prefixes);
  }
  listFiles(branch, prefixes) {
    return this.rest.listFiles(branch, prefixes);
  }
  /**
   * Many small files in few requests: BLOBS_PER_QUERY blobs by oid per GraphQL query (the
   * REST API reads one blob per request). A blob whose text GraphQL cuts (over 512,000 bytes)
   * or withholds (binary) is read whole by REST.
   */
  async fetchFiles(dir, files) {
    assertFetchBounds(files, this.client.limits);
    const { owner, repo } = this.client;
    for (let start = 0; start < files.length; start += BLOBS_PER_QUERY) {
      const group = files.slice(start, start + BLOBS_PER_QUERY);
      const data = await this.graphql(
        blobsQuery(group.length),
        Object.fromEntries([
          ["owner", owner],
          ["name", repo],
          ...group.map((f, i) => [`oid${i}`, f.id])
        ])
      );
      for (const [i, file] of group.entries()) {
        const blob = data.repository?.[`blob${i}`] ?? null;
        if (!blob || blob.__typename !== "Blob")
          throw new Error(`${file.path}: blob ${file.id} is missing from ${this.description}`);
        const text = blob.text ?? null;
        const whole = text !== null && blob.isTruncated === false && Buffer.byteLength(text, "utf8") === blob.byteSize;
        await writeFetched(
          dir,
          file.path,
          whole ? text : await this.rest.blobText(blob.oid, file.path)
        );
      }
    }
  }
  close() {
    return this.rest.close();
  }
  /** A file's content from its tree entry; the REST raw read when Blob.text is not all of it. */
  async contentOf(path, entry) {
    if (!entry) return null;
    const blob = entry.object;
    if (entry.type !== "blob" || !blob || blob.__typename !== "Blob") {
      throw new InputError(`${path} is not a file (it is a ${entry.type})`);
    }
    const text = blob.text ?? null;
    const whole = text !== null && blob.isTruncated === false && Buffer.byteLength(text, "utf8") === blob.byteSize;
    return whole ? text : this.rest.blobText(blob.oid, path);
  }
  /** One GraphQL request; GraphQL errors other than STALE_DATA are reported in GitHub's words. */
  async graphql(query, variables) {
    try {
      return await this.client.octokit.graphql(query, variables);
    } catch (error) {
      if (isGraphqlError(error)) {
        if (error.errors.some((e) => e.type === "STALE_DATA")) throw error;
        throw graphqlProblem(error, this.description);
      }
      throw classify(error, this.description);
    }
  }
};
function deletionMakesRoom(changes) {
  const added = [...changes].filter(([, c]) => c !== null).map(([p]) => p);
  const deleted = [...changes].filter(([, c]) => c === null).map(([p]) => p);
  if (deleted.length === 0) return false;
  const folders = (paths) => new Set(paths.flatMap(foldersOf));
  const addedFolders = folders(added);
  const deletedFolders = folders(deleted);
  return deleted.some((d) => addedFolders.has(d)) || added.some((a) => deletedFolders.has(a));
}
function graphqlProblem(error, target) {
  const said = error.errors.map((e) => e.type ? `${e.type}: ${e.message}` : e.message);
  const text = `${target}: GitHub answered ${said.join("; ")}`;
  if (error.errors.some((e) => e.type === "RATE_LIMITED" || /went wrong/i.test(e.message))) {
    return new TransientError(text);
  }
  if (error.errors.some((e) => e.type === "FORBIDDEN" && /not accessible/i.test(e.message))) {
    return new Error(`${text}; the job needs "permissions: contents: write"`);
  }
  return new Error(text);
}
export {
  APPEND_MUTATION,
  BLOBS_PER_QUERY,
  GitHubGraphqlBackend,
  blobsQuery,
  foldersOf,
  readQuery
};
