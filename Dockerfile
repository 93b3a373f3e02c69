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
COPY --from=build /build/auditbot.jar /app/auditbot.jar
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

# Extra JVM options: set JAVA_TOOL_OPTIONS, the JVM reads it by itself.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/auditbot.jar"]
