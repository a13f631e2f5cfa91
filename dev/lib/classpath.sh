# Sourced by the dev/ scripts. seamless_classpath prints the class path of the dev-tools module (the local run, the
# demo, token minting, publishing, the benchmark). It builds dev-tools and the modules it needs in one reactor build
# when their sources or poms are newer than the last build, so the project's own modules come from this checkout's
# target/ directories and never from ~/.m2 (a fresh machine has none of them there).
seamless_classpath() {
  local root classpath_file
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  classpath_file="$root/dev-tools/target/classpath.txt"
  if [[ ! -f "$classpath_file" ]] || [[ -n "$(find "$root/pom.xml" "$root"/{common-events,test-support,dev-tools}/pom.xml \
      "$root"/{common-events,test-support,dev-tools}/src -newer "$classpath_file" -type f -print -quit)" ]]; then
    echo "[seamless] building the dev tools (./mvnw package -pl dev-tools -am -DskipTests) ..." >&2
    if ! (cd "$root" && ./mvnw -B -q package -pl dev-tools -am -DskipTests >&2); then
      echo "[seamless] the dev tools did not build: see Maven's output above" >&2
      return 1
    fi
    touch "$classpath_file" # the plugin leaves an unchanged class path file as it was
  fi
  echo "$root/dev-tools/target/classes:$(cat "$classpath_file")"
}
