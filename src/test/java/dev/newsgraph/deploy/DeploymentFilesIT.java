package dev.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the container and Kubernetes files without Docker or a cluster, after the package phase:
 * the build output they copy exists, ports and environment variables agree with the application's configuration,
 * and the committed Kubernetes manifests are the ones the build generates.
 */
class DeploymentFilesIT {
    private static final Path DOCKER = Path.of("docker");
    private static final Pattern README_ROW = Pattern.compile("^\\| `([a-z0-9.\\-\"]+)` \\| `([A-Z][A-Z0-9_]+)` \\|");

    @Test
    void jvmImageCopiesTheFastJarLayout() throws IOException {
        List<String> sources = copySources(DOCKER.resolve("Dockerfile.jvm"));
        assertEquals(List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/", "target/quarkus-app/quarkus/"), sources);
        for (String source : sources) {
            assertFalse(matches(source).isEmpty(), source + " does not exist after the build");
        }
        assertTrue(Files.exists(Path.of("target/quarkus-app/quarkus-run.jar")));
        assertTrue(read(DOCKER.resolve("Dockerfile.jvm")).contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""));
    }

    @Test
    void nativeImagesCopyTheNativeExecutable() throws IOException {
        Path runner = Path.of(System.getProperty("native.image.path"));
        for (String file : List.of("Dockerfile.native", "Dockerfile.native-micro")) {
            List<String> sources = copySources(DOCKER.resolve(file));
            assertEquals(1, sources.size(), file);
            assertTrue(FileSystems.getDefault().getPathMatcher("glob:" + sources.get(0)).matches(Path.of("target").resolve(runner.getFileName())),
                    file + " copies " + sources.get(0) + ", the native build writes " + runner);
            if ("native".equals(artifact().getProperty("type"))) {
                assertFalse(matches(sources.get(0)).isEmpty(), file + ": " + sources.get(0) + " does not exist after the native build");
            }
        }
    }

    @Test
    void dockerIgnoreLetsEveryCopiedPathIntoTheBuildContext() throws IOException {
        List<String> allowed = read(Path.of(".dockerignore")).lines().filter(line -> line.startsWith("!")).map(line -> line.substring(1)).toList();
        for (String file : List.of("Dockerfile.jvm", "Dockerfile.jvm-cds", "Dockerfile.jvm-aot", "Dockerfile.native", "Dockerfile.native-micro")) {
            for (String source : copySources(DOCKER.resolve(file))) {
                assertTrue(allowed.stream().anyMatch(source::startsWith), file + ": " + source + " is excluded by .dockerignore");
            }
        }
    }

    @Test
    void imagesAndComposeUseTheApplicationPortAndHealthEndpoint() throws IOException {
        String port = applicationProperties().getProperty("quarkus.http.port", "8080");
        for (String file : List.of("Dockerfile.jvm", "Dockerfile.native", "Dockerfile.native-micro")) {
            assertTrue(read(DOCKER.resolve(file)).lines().anyMatch(line -> line.equals("EXPOSE " + port)), file);
        }
        String service = composeService("newsgraph");
        assertTrue(service.contains("- \"" + port + ":" + port + "\""), service);
        assertTrue(service.contains("http://localhost:" + port + "/q/health/ready"), service);
        assertTrue(service.contains("condition: service_healthy"), service);
    }

    @Test
    void composeWiresTheServiceToItsPostgresql() throws IOException {
        String postgres = composeService("postgres");
        assertTrue(postgres.contains("healthcheck:") && postgres.contains("pg_isready"), postgres);
        assertTrue(postgres.contains("- pgdata:/var/lib/postgresql/data"), postgres);
        assertTrue(read(DOCKER.resolve("compose.yaml")).contains("\nvolumes:\n  pgdata:"), "named volume pgdata is declared");

        Map<String, String> env = environment(composeService("newsgraph"));
        Map<String, String> db = environment(postgres);
        assertEquals("jdbc:postgresql://postgres:5432/" + db.get("POSTGRES_DB"), env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(db.get("POSTGRES_USER"), env.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(db.get("POSTGRES_PASSWORD"), env.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals("${NEWSGRAPH_SAMPLE_DATA:-false}", env.get("NEWSGRAPH_SAMPLE_DATA"));
    }

    @Test
    void everyEnvironmentVariableOfTheDeploymentFilesIsADocumentedSetting() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        read(Path.of("README.md")).lines().map(README_ROW::matcher).filter(Matcher::find)
                .forEach(row -> documented.put(row.group(2), row.group(1)));
        documented.forEach((env, property) -> assertEquals(envName(property), env, "README row of " + property));
        Properties application = applicationProperties();
        documented.values().stream().filter(property -> property.startsWith("newsgraph."))
                .forEach(property -> assertTrue(application.containsKey(property), property + " is not in application.properties"));

        List<String> used = new ArrayList<>(environment(composeService("newsgraph")).keySet());
        for (String file : List.of("Dockerfile.jvm", "Dockerfile.native", "Dockerfile.native-micro")) {
            Matcher option = Pattern.compile("-e ([A-Z0-9_]+)=").matcher(read(DOCKER.resolve(file)));
            while (option.find()) {
                used.add(option.group(1));
            }
        }
        used.remove("JAVA_OPTS_APPEND");
        assertFalse(used.isEmpty());
        for (String variable : used) {
            assertTrue(documented.containsKey(variable), variable + " is not in the README configuration table");
        }
    }

    @Test
    void committedKubernetesManifestsAreTheGeneratedOnes() throws IOException {
        String generated = read(Path.of("target/kubernetes/kubernetes.yml"));
        // Same lines, in any order: the generator does not keep the order of labels from one build to the next. It
        // also stamps the Git commit when it builds from a Git clone, which no setting turns off; that line is not compared.
        assertEquals(sortedLines(generated), sortedLines(read(Path.of("deploy/kubernetes/kubernetes.yml"))),
                "deploy/kubernetes/kubernetes.yml is stale: cp target/kubernetes/kubernetes.yml deploy/kubernetes/");
        for (String expected : List.of("path: /q/health/ready", "path: /q/health/live", "name: newsgraph\n", "limits:", "requests:")) {
            assertTrue(generated.contains(expected), expected);
        }
    }

    private static List<String> sortedLines(String text) {
        return text.lines().filter(line -> !line.contains("app.quarkus.io/commit-id:")).sorted().toList();
    }

    private static List<String> copySources(Path dockerfile) throws IOException {
        List<String> sources = new ArrayList<>();
        // COPY --from copies from another stage of the build, not from the build context.
        for (String line : read(dockerfile).lines().filter(line -> line.startsWith("COPY ") && !line.contains("--from=")).toList()) {
            List<String> arguments = Stream.of(line.substring(5).trim().split("\\s+")).filter(argument -> !argument.startsWith("--")).toList();
            sources.addAll(arguments.subList(0, arguments.size() - 1));
        }
        return sources;
    }

    private static List<Path> matches(String source) throws IOException {
        if (!source.contains("*")) {
            return Files.exists(Path.of(source)) ? List.of(Path.of(source)) : List.of();
        }
        Path directory = Path.of(source.substring(0, source.lastIndexOf('/')));
        var matcher = FileSystems.getDefault().getPathMatcher("glob:" + source);
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(matcher::matches).toList();
        }
    }

    /** The lines of one service in compose.yaml, up to the next service or top-level key. */
    private static String composeService(String name) throws IOException {
        String compose = read(DOCKER.resolve("compose.yaml"));
        int start = compose.indexOf("\n  " + name + ":\n");
        assertTrue(start >= 0, "service " + name);
        Matcher next = Pattern.compile("\n(  )?[a-z]").matcher(compose);
        return next.find(start + name.length() + 5) ? compose.substring(start, next.start()) : compose.substring(start);
    }

    private static Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        Matcher variable = Pattern.compile("\n      ([A-Z0-9_]+): (.+)").matcher(service);
        while (variable.find()) {
            env.put(variable.group(1), variable.group(2).trim());
        }
        return env;
    }

    private static String envName(String property) {
        return property.replace("\"", "").toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    private static Properties applicationProperties() throws IOException {
        return load(Path.of("src/main/resources/application.properties"));
    }

    private static Properties artifact() throws IOException {
        return load(Path.of("target/quarkus-artifact.properties"));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
