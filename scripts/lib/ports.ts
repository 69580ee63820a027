import net from "node:net";

/** Throws a message a person can act on when a port the demo needs is taken. */
export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "0.0.0.0", () => server.close(() => resolve(true)));
  });
  if (!free) throw new Error(`Port ${port} for ${what} is taken: stop what uses it, or set ${variable} to a free port`);
}
