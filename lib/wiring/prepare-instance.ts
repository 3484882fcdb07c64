import { ensureFirstAdmin } from "../users/bootstrap-admin";
import { getAuthSecret } from "../auth/secret";
import type { Config } from "../config";
import { migrate } from "../db/migrate";
import { logger } from "../logger";

/** What must hold before serving, on server.ts's installed parts: the secret readable, schema migrated, an admin account. */
export async function prepareInstance(config: Config): Promise<void> {
  // A missing or short AUTH_SECRET_FILE stops the start rather than the first sign-in; the
  // default file is created here, before the threads that read it start.
  getAuthSecret();
  const applied = await migrate(config.DATABASE_URL);
  if (applied.length) logger.info({ applied }, "database migrations applied");
  const admin = await ensureFirstAdmin(config);
  if (admin?.generatedPassword) {
    // Printed once on purpose: the only time this password exists in clear.
    process.stdout.write(
      `\n  First admin account created\n    email:    ${admin.email}\n    password: ${admin.generatedPassword}\n  It is not shown again. To change it: npm run cli -- set-password --email <email> --password <new>\n\n`,
    );
  } else if (admin) {
    logger.info({ email: admin.email }, "first admin account created from ADMIN_EMAIL");
  }
}
