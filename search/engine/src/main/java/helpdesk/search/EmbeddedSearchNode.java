package helpdesk.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Runs a single OpenSearch 2.19 node inside this JVM, for development and tests.
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) helpdesk.search.EmbeddedSearchNode \
 *      [--port 9200] [--data .data/search] [--cluster-name helpdesk-dev] [--exit-on-stdin-eof]
 * </pre>
 *
 * Port and data directory fall back to the env variables SEARCH_PORT and SEARCH_DATA_DIR.
 * While the node runs, {data}/search.pid holds {"pid":…,"port":…}; it is removed on a clean shutdown.
 * SIGTERM (or SIGINT) closes the node cleanly through a shutdown hook.
 */
public final class EmbeddedSearchNode {

    /**
     * Modules are not discovered from the class path: a distribution loads them from its modules/ folder.
     * We hand them to the node as "classpath plugins" instead.
     */
    static final List<Class<? extends Plugin>> MODULES = List.of(
        Netty4Plugin.class,         // HTTP + transport layer (http.type / transport.type "netty4")
        CommonAnalysisPlugin.class, // edge_ngram, stemmers, stop, mapping char filter, snowball, ...
        MapperExtrasPlugin.class    // search_as_you_type, scaled_float, rank_feature, token_count
    );

    /** Node's constructor that accepts classpath plugins is protected (the test framework's MockNode subclasses it too). */
    static final class PluginNode extends Node {
        PluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            // third argument: forbidPrivateIndexSettings (true = same as a normal node)
            super(environment, plugins, true);
        }
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Map<String, String> opts = parseArgs(args);
        int port = Integer.parseInt(opts.getOrDefault("port", envOr("SEARCH_PORT", "9200")));
        Path dataDir = Paths.get(opts.getOrDefault("data", envOr("SEARCH_DATA_DIR", ".data/search"))).toAbsolutePath().normalize();
        String clusterName = opts.getOrDefault("cluster-name", "helpdesk-search");
        long pid = ProcessHandle.current().pid();
        Files.createDirectories(dataDir);

        Settings settings = Settings.builder()
            .put("path.home", dataDir.toString())
            .put("path.data", dataDir.resolve("data").toString())
            .put("path.logs", dataDir.resolve("logs").toString())
            .put("cluster.name", clusterName)
            // the node name carries the pid, so a client can tell "our node" from any other on the port
            .put("node.name", "helpdesk-search-" + pid)
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            // a single node can never allocate replicas: default to none so new indices turn green
            .put("cluster.default_number_of_replicas", 0)
            // dev machines run with nearly full disks: never stop allocating or make indices read-only
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // the real-memory breaker trips spuriously on small heaps; count reserved bytes instead
            .put("indices.breaker.total.use_real_memory", false)
            .build();

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), dataDir.resolve("config"), () -> "helpdesk-search-" + pid);

        final Node node;
        try {
            node = new PluginNode(environment, MODULES); // also takes the data-dir lock
        } catch (Exception e) {
            System.err.println("search node: cannot create the node: " + e);
            if (e.getMessage() != null && e.getMessage().contains("lock")) {
                System.err.println("search node: is another node running with data dir " + dataDir + "?");
            }
            System.exit(1);
            return;
        }

        Path pidFile = dataDir.resolve("search.pid");
        String pidJson = "{\"pid\":" + pid + ",\"port\":" + port + "}\n";
        Files.writeString(pidFile, pidJson, StandardCharsets.UTF_8);

        // OpenSearch's threads are daemons: like its Bootstrap, keep one non-daemon thread (main) alive.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                if (!node.awaitClose(15, TimeUnit.SECONDS)) {
                    System.err.println("search node: close did not finish within 15 s");
                }
            } catch (IOException | InterruptedException e) {
                System.err.println("search node: error while closing: " + e);
            } finally {
                deleteOwnPidFile(pidFile, pidJson);
                System.out.println("search node: stopped");
                System.out.flush();
                stopped.countDown();
            }
        }, "search-node-shutdown"));

        try {
            node.start();
        } catch (Exception e) {
            System.err.println("search node: start failed: " + e);
            e.printStackTrace();
            System.exit(1); // runs the shutdown hook: closes the node and removes the pid file
            return;
        }

        System.out.printf("search node: started http://127.0.0.1:%d (pid %d, data %s) in %d ms%n",
            port, pid, dataDir, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        System.out.flush();

        if (opts.containsKey("exit-on-stdin-eof")) {
            // Started as a child of a Node.js process: when that process dies, our stdin pipe closes; follow it.
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    byte[] buf = new byte[256];
                    while (in.read(buf) >= 0) { /* ignore input */ }
                } catch (IOException ignored) {
                    // treat as EOF
                }
                System.exit(0);
            }, "search-node-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static void deleteOwnPidFile(Path pidFile, String pidJson) {
        try {
            if (Files.exists(pidFile) && Files.readString(pidFile, StandardCharsets.UTF_8).equals(pidJson)) {
                Files.delete(pidFile);
            }
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) throw new IllegalArgumentException("unexpected argument: " + a);
            String key = a.substring(2);
            int eq = key.indexOf('=');
            if (eq >= 0) {
                out.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (key.equals("exit-on-stdin-eof")) {
                out.put(key, "true");
            } else if (i + 1 < args.length) {
                out.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("missing value for " + a);
            }
        }
        return out;
    }
}
