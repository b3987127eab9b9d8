/**
 * `/docs`: the API reference rendered in the browser by Scalar (`@scalar/api-reference`, its
 * standalone bundle served from node_modules at `/docs/scalar.js` — no CDN), with try-it. Everything
 * that would reach another host is off: the default fonts, telemetry, the request proxy, the
 * developer toolbar (share, deploy) and the agent; requests from try-it go to this server.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

/** The renderer's standalone bundle, plain and gzipped (3.6 MB, about 1 MB: a phone's download), read once. */
let bundle: { plain: Uint8Array<ArrayBuffer>; gzip: Uint8Array<ArrayBuffer> } | undefined;
export function docsScript(): { plain: Uint8Array<ArrayBuffer>; gzip: Uint8Array<ArrayBuffer> } {
  if (!bundle) {
    const plain = readFileSync(createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js'));
    bundle = { plain: new Uint8Array(plain), gzip: new Uint8Array(gzipSync(plain)) };
  }
  return bundle;
}

/** Scalar's configuration: nothing fetched from outside, and the bearer scheme named for try-it. */
const CONFIG = {
  url: '/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  proxyUrl: '',
  showDeveloperTools: 'never',
  agent: { disabled: true },
  hideClientButton: false,
  documentDownloadType: 'json',
  defaultOpenAllTags: false,
  authentication: { preferredSecurityScheme: 'bearer' },
};

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page: a title, the system CJK fonts (the bundled default fonts are off), and the renderer. */
export function docsPage(title: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<style>
:root{--scalar-font:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;--scalar-font-code:ui-monospace,"Noto Sans Mono CJK SC",monospace}
body{margin:0}
</style>
</head>
<body>
<noscript>此页需要 JavaScript；接口文档的 JSON 见 <a href="/openapi.json">/openapi.json</a>。 This page needs JavaScript; the document is at /openapi.json.</noscript>
<div id="app"></div>
<script src="/docs/scalar.js"></script>
<script>Scalar.createApiReference('#app', ${JSON.stringify(CONFIG)})</script>
</body>
</html>`;
}
