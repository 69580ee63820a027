// A real IMAP server for the tests: Debian's dovecot (apt `dovecot-imapd`), configured in a folder of its own
// on a free port, with one test user in a passwd-file, mail kept in the same folder, plaintext login on
// 127.0.0.1 only. Started once by scripts/test.ts; the mail-in tests reach it through TEST_IMAP_DIR (and can
// stop and start it, to see the desk survive a mailbox that goes away).
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { ImapFlow } from "imapflow";
import { freePort } from "./free-port";

export type ImapServer = {
  dir: string;
  host: string;
  port: number;
  user: string;
  password: string;
  /** imap://user:password@127.0.0.1:port/INBOX, the form MAILIN_IMAP_URL takes. */
  url: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
};

const dovecotBin = () => process.env.DOVECOT_BIN ?? (existsSync("/usr/sbin/dovecot") ? "/usr/sbin/dovecot" : "dovecot");
const idOf = (flag: "-u" | "-g", name: string) => Number(execFileSync("id", [flag, name]).toString().trim());

/**
 * Dovecot will not run its login or mail processes as root. Run by root (a CI container), it uses the system
 * users the package made; run by anyone else, everything runs as that person.
 */
function accounts() {
  if (process.getuid?.() === 0) {
    return {
      login: "dovenull",
      internal: "dovecot",
      internalGroup: "dovecot",
      mailUid: idOf("-u", "dovecot"),
      mailGid: idOf("-g", "dovecot"),
    };
  }
  const me = userInfo();
  const group = execFileSync("id", ["-gn"]).toString().trim();
  return { login: me.username, internal: me.username, internalGroup: group, mailUid: me.uid, mailGid: me.gid };
}

function configText(dir: string, port: number, a: ReturnType<typeof accounts>): string {
  return `# Written by scripts/lib/imap-server.ts for the tests; everything lives in this folder.
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = ${a.login}
default_internal_user = ${a.internal}
default_internal_group = ${a.internalGroup}
first_valid_uid = 1
service imap-login {
  chroot =
  inet_listener imap {
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${a.mailUid} gid=${a.mailGid} home=${dir}/mail/%u
}
mail_location = maildir:~/Maildir
`;
}

/** True once the server greets on the port. */
function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once("data", (chunk) => done(chunk.toString().startsWith("* OK")));
    socket.once("error", () => done(false));
    socket.setTimeout(2000, () => done(false));
  });
}

async function masterPid(dir: string): Promise<number | null> {
  const text = await readFile(path.join(dir, "run", "master.pid"), "utf8").catch(() => "");
  const pid = Number(text.trim());
  return pid > 0 ? pid : null;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The controls of the server whose folder this is (the tests get the folder from TEST_IMAP_DIR). */
export async function imapServerAt(dir: string): Promise<ImapServer> {
  const { port, user, password } = JSON.parse(await readFile(path.join(dir, "server.json"), "utf8")) as {
    port: number;
    user: string;
    password: string;
  };
  const config = path.join(dir, "dovecot.conf");
  const stop = async () => {
    const pid = await masterPid(dir);
    if (!pid || !alive(pid)) return;
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    // The listener goes with the master; wait until the port no longer greets.
    for (let i = 0; i < 50 && (await greets(port)); i++) await new Promise((r) => setTimeout(r, 100));
  };
  const start = async () => {
    // dovecot forks into the background once its master runs; the port answers a moment later.
    await new Promise<void>((resolve, reject) => {
      const child = spawn(dovecotBin(), ["-c", config], { stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("error", (error) => reject(new Error(`dovecot could not start (${error.message}): install dovecot-imapd (.ci/run does)`)));
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`dovecot exited with ${code}: ${stderr.trim()}`))));
    });
    for (let i = 0; i < 100; i++) {
      if (await greets(port)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`dovecot did not answer on port ${port}; see ${dir}/dovecot.log`);
  };
  return { dir, host: "127.0.0.1", port, user, password, url: `imap://${user}:${password}@127.0.0.1:${port}/INBOX`, start, stop };
}

/** Writes a fresh configuration in a new temporary folder and starts dovecot on a free port. */
export async function startImapServer(
  options: { port?: number; user?: string; password?: string } = {},
): Promise<ImapServer & { remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "helpdesk-imap-"));
  const port = options.port ?? (await freePort());
  const user = options.user ?? "desk";
  const password = options.password ?? "desk-test-password";
  const a = accounts();
  // The login and mail processes run as other users when root started us: they must reach their folders.
  await chmod(dir, 0o755);
  for (const sub of ["run", "state", "mail"]) await mkdir(path.join(dir, sub), { recursive: true });
  if (process.getuid?.() === 0) await chown(path.join(dir, "mail"), a.mailUid, a.mailGid);
  await writeFile(path.join(dir, "passwd"), `${user}:{PLAIN}${password}\n`, { mode: 0o644 });
  await writeFile(path.join(dir, "dovecot.conf"), configText(dir, port, a));
  await writeFile(path.join(dir, "server.json"), JSON.stringify({ port, user, password }));
  const server = await imapServerAt(dir);
  await server.start();
  const remove = async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
  return { ...server, remove };
}

/** One IMAP session as the test user (to deliver mail or make a folder), logged out afterwards. */
export async function withImapClient<T>(server: ImapServer, work: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    auth: { user: server.user, pass: server.password },
    logger: false,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout();
  }
}
