import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// A secret the desk must give back to another server (a mailbox's password) cannot be hashed like a person's
// password; it is sealed with AES-256-GCM under a key derived from AUTH_SECRET, so the database alone (a
// backup, a replica) does not give it away. Changing AUTH_SECRET makes sealed secrets unreadable: the admin
// page then asks for the password again.

function key(purpose: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: secrets cannot be sealed or opened");
  return Buffer.from(hkdfSync("sha256", secret, "service-desk", `secret-box:${purpose}`, 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url; the purpose binds it to one use (a mailbox password is no other secret). */
export function sealSecret(plain: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The sealed secret, or an error when it was sealed under another AUTH_SECRET (or tampered with). */
export function openSecret(sealed: string, purpose: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", key(purpose), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("the stored password cannot be read (was AUTH_SECRET changed?): enter it again");
  }
}
