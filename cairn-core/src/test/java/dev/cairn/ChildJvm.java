package dev.cairn;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a real JVM running a test class's main method with this test run's classes, in a chosen folder. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Class<?> main, Path workingDirectory, Map<String, String> environment, List<String> jvmArgs,
            String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CAIRN_") || name.startsWith("LOG_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The test run's class path plus the module path Surefire puts the module under test on. */
    private static String classPath() {
        String modulePath = System.getProperty("jdk.module.path");
        String classPath = System.getProperty("java.class.path");
        return modulePath == null ? classPath : classPath + File.pathSeparator + modulePath;
    }
}
