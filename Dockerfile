# Production-like image of the LifeOS app (used by docker-compose.yml).
# The build stage is Debian 13: its own packages give the JDK, and the node (20.19) and npm that build the web app
# (web/pom.xml calls them; Vite needs node 20.19 or newer, which the Ubuntu under the Temurin images does not package).
FROM debian:trixie-slim AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-21-jdk-headless nodejs npm curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The build's inputs only, never ./data (keys of an embedded run) or a .env: see .dockerignore, which also keeps
# target/ and node_modules/ of any module out. A new module needs its line here.
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY api api
COPY command-side command-side
COPY projections projections
COPY query-side query-side
# the web app's API types are generated from the committed API document
COPY docs/openapi.json docs/openapi.json
COPY web web
COPY app app
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/app/target/lifeos.jar /app/lifeos.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/lifeos.jar"]
