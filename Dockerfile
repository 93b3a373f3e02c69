# The auditbot image, built from this repository: docker compose up -d --build

# ---- build: package the bot with Maven ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# The poms first, so that the downloaded dependencies stay cached until a pom changes.
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY nlp-models/pom.xml nlp-models/
COPY bot/pom.xml bot/
RUN mvn -B -q dependency:go-offline

COPY nlp-models/src/ nlp-models/src/
COPY bot/src/ bot/src/
COPY dialogs/ dialogs/
# Tests run in CI (./mvnw verify), not in the image build.
RUN mvn -B -DskipTests package \
    && cp bot/target/bot-*.jar /build/auditbot.jar

# ---- runtime: a JRE on Ubuntu 22.04 (glibc 2.35; the Matrix encryption library, vodozemac, needs >= 2.34) ----
FROM eclipse-temurin:17-jre-jammy

RUN groupadd --system --gid 10001 auditbot \
    && useradd --system --uid 10001 --gid auditbot --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin auditbot

WORKDIR /app
# The jar extracted (the application jar and lib/, which start faster than the nested fat jar) ...
COPY --from=build /build/auditbot.jar /tmp/auditbot.jar
RUN java -Djarmode=tools -jar /tmp/auditbot.jar extract --destination /app \
    && rm /tmp/auditbot.jar

# Default JVM memory flags, chosen with the load benchmark (README, "Load benchmark"): resident memory
# about 360 MB after 50 concurrent audits, with the same CPU per turn as larger heaps. Replace them with `-e JAVA_TOOL_OPTIONS="..."`,
# e.g. "-XX:MaxRAMPercentage=75" to size the heap by the container's memory. The live heap under
# load is about 90 MB, so a smaller -Xmx makes the collector run nearly all the time. MALLOC_ARENA_MAX
# keeps glibc from giving every thread its own malloc arena, and TrimNativeHeapInterval gives the C
# heap the JIT compiler and the store used back to the system every 5 s.
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xmx160m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=5000" \
    MALLOC_ARENA_MAX=2

# ... and a class-data-sharing archive of the classes a start loads, made by a training start that
# exits once the application context is up (spring.context.exit=onRefresh: no port is opened, the
# throw-away store in /tmp is removed). It belongs to exactly this JVM and these jars, so it is made
# here, at image build time; the start-up then takes about half as long (README).
RUN java -XX:ArchiveClassesAtExit=/app/auditbot.jsa -Dspring.context.exit=onRefresh \
         -jar /app/auditbot.jar --auditbot.store.path=/tmp/cds-training/auditbot.mv.db \
    && rm -rf /tmp/cds-training

# The embedded store writes ./data/ when no MONGODB_URI is set, and the Matrix channel keeps its
# device keys in ./data/matrix/; owned by the bot's user so that a new volume mounted here inherits
# the ownership.
RUN mkdir -p /app/data && chown auditbot:auditbot /app/data

USER auditbot
VOLUME ["/app/data"]
EXPOSE 8080

# The base image ships curl. /actuator/health includes the store, so this also says whether MongoDB answers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${PORT:-8080}/actuator/health" > /dev/null || exit 1

# Extra JVM options: JAVA_TOOL_OPTIONS (above). Without the archive (another JVM, changed jars) the
# JVM warns and starts the slow way.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/auditbot.jsa", "-jar", "/app/auditbot.jar"]
