#!/usr/bin/env bash
# A real demo with no GitHub and no token: a throwaway bare git repository stands in for the
# registry remote, and the built CLI records phase runs and a batch into it, as it would from
# an operator's Makefile.
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
cli() { node "$project/dist/cli/index.js" "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "A throwaway registry remote and an operator's clone of the infra repository"
git init --quiet --bare --initial-branch=main "$tmp/registry.git"
git init --quiet --initial-branch=main "$tmp/infra"
cd "$tmp/infra"
git remote add origin "$tmp/registry.git"
cat > Makefile <<'MAKE'
# Stand-ins for the persistent targets: they print what terraform prints.
_bootstrap-persistent:
	@echo "[$$(date -u +%FT%TZ)] terraform apply (bootstrap v4)"
	@sleep 1
	@printf '\033[0m\033[1m\033[32mApply complete! Resources: 7 added, 2 changed, 0 destroyed.\033[0m\n'
_teardown-persistent:
	@echo "[$$(date -u +%FT%TZ)] terraform destroy"
	@echo "Error: deleting EKS node group: ResourceInUseException" >&2
	@exit 1
MAKE
echo "$tmp/infra (origin: $tmp/registry.git)"

step "ci-ledger record-timing … -- make _bootstrap-persistent"
cli record-timing --env dev --build-id persistent --phase bootstrap-persistent \
  --flags "BOOTSTRAP_VERSION=v4 REGION=eu-west-2" -- make --no-print-directory _bootstrap-persistent

step "ci-ledger record-timing … -- make _teardown-persistent   (fails: recorded, and the status is passed on)"
status=0
cli record-timing --env dev --build-id persistent --phase teardown-persistent \
  -- make --no-print-directory _teardown-persistent || status=$?
echo "exit status passed on: $status"

step "The registry branch now holds both runs"
git --git-dir "$tmp/registry.git" show governance-registry:environments/development/latest/build_timings.csv

step "ci-ledger batch-metrics over the example artifacts in examples/validation-results"
cli batch-metrics --batch-id 2026-01-29-001 --ecosystem cargo --results-dir "$project/examples/validation-results"

step "Re-running the same batch writes nothing"
cli batch-metrics --batch-id 2026-01-29-001 --ecosystem cargo --results-dir "$project/examples/validation-results" | tail -1

step "What landed on main, in one commit"
git --git-dir "$tmp/registry.git" log --oneline --stat main
