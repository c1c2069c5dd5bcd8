# Production-like image of the LifeOS app (used by docker-compose.yml).
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
# The build's inputs only, never ./data (keys of an embedded run) or a .env: see .dockerignore, which also keeps
# target/ and node_modules/ of any module out. A new module needs its line here.
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY api api
COPY command-side command-side
COPY projections projections
COPY query-side query-side
COPY app app
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/app/target/lifeos.jar /app/lifeos.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/lifeos.jar"]
