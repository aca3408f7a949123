/** What every action reads the same way: the store (token, repository) and the failure path. */
import * as core from '@actions/core';
import type { JobContext } from '../jobs/context.js';
import { githubStore, type StoreSpec } from '../jobs/store-choice.js';
import { messageSafe } from '../report/markdown.js';
import { InputError, WriteError, messageOf } from '../vocabulary/index.js';

/** The GitHub API store for the `repository` input, with the token masked before any use. */
export function storeFromInputs(env: NodeJS.ProcessEnv = process.env): StoreSpec {
  const token = core.getInput('token') || env.GITHUB_TOKEN || '';
  if (token) core.setSecret(token);
  const repository = core.getInput('repository') || env.GITHUB_REPOSITORY || '';
  if (!repository)
    throw new InputError(
      "No repository: set the repository input (default: the workflow's repository)",
    );
  return githubStore(repository, token, env);
}

/** What an action hands its job: the store, the step's log, and the runner's process. */
export function jobContext(store: StoreSpec): JobContext {
  return { store, log: core.info, env: process.env, cwd: process.cwd() };
}

/** Runs an action body; any failure becomes one clear error annotation and a failed step. */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const known = error instanceof InputError || error instanceof WriteError;
    if (!known && error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(messageSafe(messageOf(error)));
  }
}
