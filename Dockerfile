# One image for the producer and the streams processor: `docker run IMAGE process` / `IMAGE produce ...`.
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests install \
 && ./mvnw -B -q -pl cli dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=/app/lib \
 && cp -r cli/target/classes /app/classes \
 && cp -r samples /app/samples

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 wirestream
COPY --from=build /app /app
USER wirestream
WORKDIR /app
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-cp", "/app/classes:/app/lib/*", "io.wirestream.cli.WirestreamCli"]
CMD ["--help"]
