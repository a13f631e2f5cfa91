# Sourced by the dev/ scripts. seamless_classpath prints the class path of the local-run tools (test-support and
# what it needs), packaging common-events and test-support first when their sources are newer than their jars.
seamless_classpath() {
  local root version cache
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  version="0.1.0-SNAPSHOT"
  cache="$root/.run/test-support.classpath"
  mkdir -p "$root/.run"
  local events_jar="$root/common-events/target/common-events-$version.jar"
  local support_jar="$root/test-support/target/test-support-$version.jar"
  if [[ ! -f "$support_jar" || ! -f "$events_jar" ]] \
      || [[ -n "$(find "$root/test-support/src" "$root/common-events/src" -newer "$support_jar" -type f -print -quit)" ]]; then
    echo "[seamless] packaging common-events and test-support ..." >&2
    (cd "$root" && ./mvnw -B -q package -pl common-events,test-support -DskipTests >&2)
  fi
  if [[ ! -f "$cache" || "$root/test-support/pom.xml" -nt "$cache" || "$root/pom.xml" -nt "$cache" ]]; then
    (cd "$root" && ./mvnw -B -q -pl test-support dependency:build-classpath -Dmdep.outputFile="$cache" >&2)
  fi
  # the project's own modules come from this checkout, not from whatever was last installed in ~/.m2
  echo "$support_jar:$events_jar:$(tr ':' '\n' < "$cache" | grep -v "/dev/seamless/" | paste -sd:)"
}
