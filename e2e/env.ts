/** Where the end-to-end run's app, target site and database live. */
const port = Number(process.env.E2E_PORT ?? 3200);
const targetPort = port + 1;

export const E2E = {
  port,
  targetPort,
  baseUrl: `http://localhost:${port}`,
  targetUrl: `http://localhost:${targetPort}`,
  databaseUrl: "file:./e2e/.data/e2e.db",
  admin: { email: "admin@e2e.test", password: "e2e-admin-password" },
  // The server's and the CLI's: one secret seals the signing keys and webhook secrets both make.
  authSecret: "e2e-secret-e2e-secret-e2e-secret-e2e",
};
