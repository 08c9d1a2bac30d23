#!/usr/bin/env bash
# Usage: infra/scripts/classpath.sh kafka|cassandra
#
# Prints the runtime classpath of the Kafka broker or the Cassandra node, resolved from Maven
# Central with the throwaway pom infra/deps/<server>/pom.xml and the versions of
# infra/versions.env. The result is cached in .parley/cp/<server>-<version>.txt and only
# re-resolved when that file is missing, when versions.env or the pom changed, or when a jar it
# lists has disappeared from the local Maven repository. Needs only Java and Maven (./mvnw).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

server="${1:-}"
case "$server" in
  kafka)
    version="$KAFKA_VERSION"
    props=(
      "-Dkafka.version=$KAFKA_VERSION"
      "-Dkafka.scala.version=$KAFKA_SCALA_VERSION"
      "-Dlog4j.version=$LOG4J_VERSION"
    )
    ;;
  cassandra)
    version="$CASSANDRA_VERSION"
    props=("-Dcassandra.version=$CASSANDRA_VERSION")
    ;;
  *)
    echo "usage: $0 kafka|cassandra" >&2
    exit 2
    ;;
esac
props+=("-Dmaven-dependency-plugin.version=$MAVEN_DEPENDENCY_PLUGIN_VERSION")

pom="$INFRA_DIR/deps/$server/pom.xml"
cp_file="$CP_DIR/$server-$version.txt"
key_file="$CP_DIR/$server-$version.key"
key="$(cat "$pom" "$INFRA_DIR/versions.env" | cksum)"

cache_valid() {
  local jar entries
  [[ -s "$cp_file" && -f "$key_file" && "$(<"$key_file")" == "$key" ]] || return 1
  IFS=: read -r -a entries <"$cp_file"
  for jar in "${entries[@]}"; do
    [[ -f "$jar" ]] || return 1
  done
}

if ! cache_valid; then
  mkdir -p "$CP_DIR"
  tmp="$cp_file.tmp.$$"
  trap 'rm -f "$tmp"' EXIT
  echo "[$PARLEY_INSTANCE] resolving the $server $version classpath with Maven (first run only) ..." >&2
  t0=$SECONDS
  (cd "$PARLEY_ROOT" && ./mvnw -q -B -f "$pom" "${props[@]}" \
    dependency:build-classpath -Dmdep.outputFile="$tmp" -Dmdep.includeScope=runtime) >&2 ||
    die "could not resolve the $server classpath (see the Maven output above)"
  [[ -s "$tmp" ]] || die "Maven wrote an empty $server classpath"
  mv -f "$tmp" "$cp_file"
  printf '%s\n' "$key" >"$key_file"
  echo "[$PARLEY_INSTANCE] $server classpath: $(tr ':' '\n' <"$cp_file" | wc -l) jars in $((SECONDS - t0))s -> $(rel "$cp_file")" >&2
fi

cat "$cp_file"
