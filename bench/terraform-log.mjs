/**
 * A synthetic Terraform/OpenTofu apply log of any size, written streaming (a few MiB at a time,
 * never the whole log in memory), and the facts a correct parser must find in it.
 *
 * The log is a long CI run: coloured text output with `[2026-…Z]` timestamps ("Creating…",
 * "Still creating… [10s elapsed]", "Creation complete after …"), plans, and a resource summary
 * at the end of every apply — `Apply complete! Resources: N added, N changed, N destroyed.`,
 * sometimes `Destroy complete! Resources: N destroyed.`, sometimes `No changes.` — plus
 * sections run with `terraform apply -json`, whose `change_summary` records carry the numbers
 * (their plan's change_summary, operation "plan", must not count).
 *
 *   node bench/terraform-log.mjs FILE [MiB]    writes the log and prints its facts as JSON
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ESC = '\x1b';
const bold = (s) => `${ESC}[0m${ESC}[1m${s}${ESC}[0m`;
const green = (s) => `${ESC}[0m${ESC}[1m${ESC}[32m${s}${ESC}[0m`;
const START = Date.parse('2026-01-24T08:00:00Z');
/** One second of log time per this many lines. */
const LINES_PER_SECOND = 50;

const RESOURCES = [
  'module.eks.aws_eks_node_group.workers',
  'module.vpc.aws_subnet.private',
  'module.vpc.aws_route_table_association.private',
  'aws_iam_role_policy_attachment.node',
  'helm_release.argocd',
  'kubernetes_namespace.apps',
  'aws_security_group_rule.ingress',
  'module.rds.aws_db_instance.main',
];

/** A small deterministic PRNG (mulberry32), so a log of a given size is always the same log. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes about `bytes` bytes of log to `path`, with `sections` apply runs (each ending in a
 * summary). Returns the facts: first/last timestamp, resource sums, summaries, lines, bytes.
 */
export function writeTerraformLog(path, bytes, { sections = 40, seed = 2026 } = {}) {
  const random = prng(seed);
  const fd = openSync(path, 'w');
  const facts = { added: 0, changed: 0, destroyed: 0, summaries: 0, lines: 0, bytes: 0 };
  let line = 0;
  const stamp = () => {
    const iso = new Date(START + Math.floor(line / LINES_PER_SECOND) * 1000).toISOString();
    return `${iso.slice(0, 19)}Z`;
  };
  let chunk = [];
  let chunkBytes = 0;
  const flush = () => {
    const text = chunk.join('');
    facts.bytes += writeSync(fd, text, null, 'latin1');
    chunk = [];
    chunkBytes = 0;
  };
  const emit = (text) => {
    chunk.push(text, '\n');
    chunkBytes += text.length + 1;
    line++;
    if (chunkBytes >= 4 << 20) flush();
  };
  const ts = () => `[${stamp()}]`;

  facts.first = stamp();
  const perSection = Math.floor(bytes / sections);
  for (let s = 0; s < sections; s++) {
    const json = s % 5 === 3; // every fifth apply ran with -json
    const destroy = s % 7 === 6;
    const noChanges = s % 11 === 10;
    const [add, change, remove] = noChanges
      ? [0, 0, 0]
      : destroy
        ? [0, 0, 1 + Math.floor(random() * 40)]
        : [Math.floor(random() * 30), Math.floor(random() * 10), Math.floor(random() * 5)];
    const target = facts.bytes + chunkBytes + perSection;
    emit(`${ts()} ${bold(`Terraform will perform the following actions (run ${s + 1}):`)}`);
    if (json) {
      emit(
        `{"@level":"info","@message":"Plan: ${add} to add, ${change} to change, ${remove} to destroy.","@module":"terraform.ui","@timestamp":"${stamp()}","changes":{"add":${add},"change":${change},"import":0,"remove":${remove},"operation":"plan"},"type":"change_summary"}`,
      );
    } else {
      emit(`${ts()} ${bold(`Plan:`)} ${add} to add, ${change} to change, ${remove} to destroy.`);
    }
    let n = 0;
    while (facts.bytes + chunkBytes < target) {
      const resource = `${RESOURCES[n % RESOURCES.length]}[${n % 97}]`;
      const elapsed = 10 * (1 + (n % 30));
      if (json) {
        emit(
          `{"@level":"info","@message":"${resource}: Still creating... [${elapsed}s elapsed]","@module":"terraform.ui","@timestamp":"${stamp()}","hook":{"resource":{"addr":"${resource}","module":"","resource":"${resource}","implied_provider":"aws","resource_type":"aws_instance","resource_name":"x","resource_key":null},"action":"create","elapsed_seconds":${elapsed}},"type":"apply_progress"}`,
        );
      } else {
        switch (n % 4) {
          case 0:
            emit(`${ts()} ${bold(`${resource}: Creating...`)}`);
            break;
          case 3:
            emit(
              `${ts()} ${bold(`${resource}: Creation complete after ${elapsed}s [id=i-0${(n * 2654435761) % 4294967296}]`)}`,
            );
            break;
          default:
            emit(`${ts()} ${bold(`${resource}: Still creating... [${elapsed}s elapsed]`)}`);
        }
      }
      n++;
    }
    if (noChanges) {
      emit(`${ts()} ${green('No changes.')} Your infrastructure matches the configuration.`);
    } else if (json) {
      const verb = destroy ? 'Destroy' : 'Apply';
      const message = destroy
        ? `Destroy complete! Resources: ${remove} destroyed.`
        : `Apply complete! Resources: ${add} added, ${change} changed, ${remove} destroyed.`;
      emit(
        `{"@level":"info","@message":"${message}","@module":"terraform.ui","@timestamp":"${stamp()}","changes":{"add":${add},"change":${change},"import":0,"remove":${remove},"operation":"${verb.toLowerCase()}"},"type":"change_summary"}`,
      );
      facts.summaries++;
    } else if (destroy) {
      emit(`${ts()} ${green(`Destroy complete! Resources: ${remove} destroyed.`)}`);
      facts.summaries++;
    } else {
      emit(
        `${ts()} ${green(`Apply complete! Resources: ${add} added, ${change} changed, ${remove} destroyed.`)}`,
      );
      facts.summaries++;
    }
    facts.added += add;
    facts.changed += change;
    facts.destroyed += remove;
  }
  facts.last = stamp();
  emit(`${ts()} make: Leaving directory '/work/infra'`);
  flush();
  closeSync(fd);
  facts.lines = line;
  return facts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, mib = '64'] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node bench/terraform-log.mjs FILE [MiB]');
    process.exit(2);
  }
  console.log(JSON.stringify(writeTerraformLog(file, Number(mib) * 1024 * 1024)));
}
