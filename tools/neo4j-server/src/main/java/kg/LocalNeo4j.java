// Runs Neo4j Community in this JVM with Bolt (and, when asked, HTTP with Neo4j Browser) on 127.0.0.1 and authentication on, until it is stopped.
package kg;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.server.configuration.ServerSettings;

public final class LocalNeo4j {
    private LocalNeo4j() {}

    /**
     * Usage: LocalNeo4j HOME_DIR BOLT_PORT PASSWORD [HTTP_PORT]. HOME_DIR keeps data across restarts (the kill test needs
     * that). With HTTP_PORT the web server also runs and serves Neo4j Browser at /browser/ (from the neo4j-browser jar on
     * the class path); without it there is no HTTP port at all.
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: LocalNeo4j HOME_DIR BOLT_PORT PASSWORD [HTTP_PORT]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = args[2];
        Integer httpPort = args.length == 4 ? Integer.valueOf(args[3]) : null;

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, httpPort != null)
                // A development server: the Browser sends no product analytics from it.
                .setConfig(ServerSettings.allow_telemetry, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true);
        if (httpPort != null) {
            // The Browser asks this address's discovery document for the Bolt URI, so it offers the right one to connect to.
            builder.setConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", httpPort))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress("127.0.0.1", httpPort));
        }
        DatabaseManagementService dbms = builder.build();

        // Registered before anything else can fail, so SIGTERM always shuts the stores down cleanly (no recovery on the next start).
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }));

        // The initial user is neo4j/neo4j with a forced change; set the known password so clients can log in at once.
        // On a restart the home already has it, and Neo4j refuses to "change" a password to itself: that is fine.
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                System.err.println("cannot set the neo4j user's password: " + e.getMessage());
                System.exit(1);
            }
        }
        System.out.println("neo4j ready bolt://127.0.0.1:" + port
                + (httpPort != null ? " browser http://127.0.0.1:" + httpPort + "/browser/" : ""));
        stopped.await();
    }
}
