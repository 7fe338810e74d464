# dpa-lint as a container image, for CI systems other than GitHub (GitLab CI, Jenkins, Buildkite…).
# It holds the committed standalone CLI (packages/cli/standalone: one bundled script with the
# built-in policies, no npm dependencies) on Node 20, and needs no network when it runs.
#
#   docker build -t dpa-lint .
#   docker run --rm --network none -v "$PWD:/src:ro" dpa-lint lint vendors/
#
# NODE_IMAGE may name any image with Node 20 or newer (a mirror, a pinned digest).
ARG NODE_IMAGE=node:20-bookworm-slim
FROM ${NODE_IMAGE}

# git: `--changed-since` and `--only-included` ask git which files changed. The slim Node images
# lack it; an image that has it (as the test's offline base does) skips the install.
RUN command -v git >/dev/null 2>&1 || { \
      apt-get update && apt-get install -y --no-install-recommends git ca-certificates \
      && rm -rf /var/lib/apt/lists/*; }

COPY packages/cli/standalone /opt/dpa-lint

# The repository is mounted from the host and owned by another user: git refuses such a
# directory ("dubious ownership") unless it is named safe. git reads safe.directory only from
# protected configuration (system, global, command line); GIT_CONFIG_* counts as command line, and
# nothing in the mounted repository can set it. dpa-lint runs only read-only git commands.
ENV GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0=*
# Each container starts with an empty home: a V8 code cache would be written on every run and read
# on none.
ENV DPA_LINT_COMPILE_CACHE=off

WORKDIR /src
ENTRYPOINT ["node", "/opt/dpa-lint/dpa-lint.js"]
CMD ["lint", "--help"]
