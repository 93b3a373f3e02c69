#!/usr/bin/env sh
# Starts the packaged bot the fast way, as the Docker image does: from the extracted jar with a
# class-data-sharing (CDS) archive, and with the image's memory flags. The first start after a new
# build extracts the jar to bot/target/fast/ and makes the archive with a training start that stops
# once the application context is up (about as long as one normal start).
#
#   ./mvnw -B -pl bot -am package -DskipTests && bot/run-fast.sh [--server.port=8081 ...]
#
# Extra JVM options: JAVA_TOOL_OPTIONS (e.g. -Xmx256m to override the heap below).
set -eu

bot=$(cd "$(dirname "$0")" && pwd)
jar=$(ls "$bot"/target/bot-*.jar | grep -v -- '-plain\.jar$' | head -n 1)
fast="$bot/target/fast"
app="$fast/$(basename "$jar")"
# The same memory flags as the Dockerfile's JAVA_TOOL_OPTIONS (about 360 MB resident after load, see README).
flags="-XX:+UseSerialGC -Xmx160m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=5000"
# Java 17 before 17.0.9 does not know the periodic trim of the C heap: start without it there.
java $flags -version > /dev/null 2>&1 || flags="${flags% -XX:TrimNativeHeapInterval=5000}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

if [ ! -f "$fast/auditbot.jsa" ] || [ "$jar" -nt "$fast/auditbot.jsa" ]; then
  echo "Preparing the fast start in $fast (once per build) ..."
  rm -rf "$fast"
  java -Djarmode=tools -jar "$jar" extract --destination "$fast"
  training=$(mktemp -d)
  # The training start uses a throw-away store and no port; it exits after the context refresh.
  java $flags -XX:ArchiveClassesAtExit="$fast/auditbot.jsa" -Dspring.context.exit=onRefresh \
    -jar "$app" --auditbot.store.path="$training/auditbot.mv.db" > "$fast/training.log" 2>&1
  rm -rf "$training"
fi

exec java $flags -XX:SharedArchiveFile="$fast/auditbot.jsa" -jar "$app" "$@"
