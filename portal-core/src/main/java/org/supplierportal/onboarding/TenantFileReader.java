package org.supplierportal.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the {@code *.yaml} files of the tenants directory, turning syntax and type errors into problems. */
final class TenantFileReader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private TenantFileReader() {
    }

    /** Parsed files by their name relative to the directory's parent, e.g. {@code tenants/acme-metals.yaml}. */
    record Parsed(Map<String, TenantFile> files, List<TenantFileProblem> problems) {
    }

    static Parsed readDirectory(Path directory) {
        Map<String, TenantFile> files = new TreeMap<>();
        List<TenantFileProblem> problems = new ArrayList<>();
        for (Path path : yamlFiles(directory)) {
            String name = displayName(directory, path);
            try {
                files.put(name, parse(Files.readString(path)));
            } catch (JacksonException e) {
                problems.add(problem(name, e, "YAML"));
            } catch (IOException e) {
                problems.add(new TenantFileProblem(name, "", "cannot be read: " + e.getMessage()));
            }
        }
        return new Parsed(files, problems);
    }

    static TenantFile parse(String yaml) {
        return YAML.readValue(yaml, TenantFile.class);
    }

    /** What is wrong with a file's text ({@code format}: YAML, JSON), at the field where the parser stopped. */
    static TenantFileProblem problem(String file, JacksonException e, String format) {
        return new TenantFileProblem(file, fieldPath(e), describe(e, format));
    }

    private static List<Path> yamlFiles(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".yaml") || path.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the tenants directory " + directory.toAbsolutePath(), e);
        }
    }

    private static String displayName(Path directory, Path file) {
        Path dirName = directory.toAbsolutePath().normalize().getFileName();
        return (dirName == null ? "" : dirName + "/") + file.getFileName();
    }

    /** The path of the field in the file's terms: {@code users[1].role}. */
    static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(JacksonException e, String format) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'; known fields here are " + unknown.getKnownPropertyIds();
        }
        String message = e.getOriginalMessage();
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        if (e.getPath().isEmpty()) {
            return "is not valid " + format + where + ": " + firstLine(message);
        }
        return "has a value of the wrong kind" + where + ": " + firstLine(message);
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }
}
