/** The 404 page of the public endpoints: static, so it can never echo the request. */
export const NOT_FOUND_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Link not found</title>
<style>
  :root { color-scheme: light dark; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center;
    font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
    background: #f8fafc; color: #0f172a; }
  main { max-width: 28rem; padding: 2rem; text-align: center; }
  h1 { font-size: 1.25rem; margin: 0 0 .5rem; }
  p { margin: 0; color: #475569; }
  @media (prefers-color-scheme: dark) {
    body { background: #0b1120; color: #e2e8f0; } p { color: #94a3b8; }
  }
</style>
</head>
<body>
<main>
  <h1>This link doesn’t lead anywhere</h1>
  <p>It may have been mistyped, paused or removed. If someone sent it to you, let them know.</p>
</main>
</body>
</html>
`;
