/**
 * Where records live, as adapters choose it from flags or inputs. Adapters reach the ledger only
 * through jobs; this is the one piece of it they name, kept apart from the job context so that
 * choosing a store loads nothing else of the ledger (actions read their inputs before loading).
 */
export { chooseStore, githubStore, type StoreChoice, type StoreSpec } from '../ledger/store.js';
