import net from "node:net";

/**
 * A TCP proxy in front of the machine's PostgreSQL: the app and the worker reach their database only through it,
 * so the suite can take PostgreSQL away from them — every connection cut at once, new ones refused — and give it
 * back, without stopping a server other people use. To the app this is what a restart looks like: in-flight
 * transactions are aborted by the server (their client is gone), connections fail with ECONNRESET, reconnects
 * with ECONNREFUSED until it is back.
 */
export async function startDbProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await listen();

  return {
    get port() {
      return port;
    },
    /** PostgreSQL goes away: the listener closes (new connections refused) and every open one is reset. */
    async cut(): Promise<number> {
      const open = sockets.size;
      const closing = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      for (const socket of sockets) socket.resetAndDestroy();
      await closing;
      server = null;
      return open / 2;
    },
    /** PostgreSQL is back on the same port. */
    restore: listen,
    async stop(): Promise<void> {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}

export type DbProxy = Awaited<ReturnType<typeof startDbProxy>>;
