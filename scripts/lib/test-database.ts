import postgres from "postgres";

/** Creates a database of its own for one test run on the server of `baseUrl`, and drops it afterwards. */
export async function createTestDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `helpdesk_test_${Date.now()}_${process.pid}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    await admin.end();
    throw new Error(
      `Could not create a test database on ${redact(baseUrl)}: ${(error as Error).message}. Is PostgreSQL running and DATABASE_URL right?`,
    );
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

function redact(url: string): string {
  return url.replace(/:\/\/([^:@]+):[^@]+@/, "://$1:***@");
}
