import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";

/**
 * A local SMTP server that keeps every message it receives as an .eml file: the demo's mail server when no
 * SMTP_URL is set, and the real SMTP peer of the tests. Admins read the kept mail in the app.
 */
export async function startMailSink(port: number, dir: string): Promise<{ stop: () => Promise<void> }> {
  await mkdir(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const name = `${Date.now()}-${session.id}.eml`;
        writeFile(join(dir, name), Buffer.concat(chunks)).then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} for the mail sink is taken: set SMTP_SINK_PORT to a free port, or SMTP_URL to a real SMTP server`)
          : error,
      ),
    );
    server.listen(port, "127.0.0.1", resolve);
  });
  // A client that drops its connection (a worker killed mid-send, a test ending) is that conversation's end, not the
  // sink's: without a listener, the 'error' event would end the whole process.
  server.on("error", (error: NodeJS.ErrnoException) => console.error(`mail sink: ${error.code ?? error.message}`));
  return { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
