/**
 * `/docs`: a self-contained API reference rendered on the server from the OpenAPI document — one
 * HTML page, inline CSS, no scripts, nothing fetched from a CDN.
 */
type Obj = Record<string, unknown>;

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const para = (s: unknown) =>
  s
    ? `<p>${esc(s)
        .replace(/\n/g, '<br>')
        .replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`
    : '';

const anchor = (name: string) => `schema-${name.replace(/[^\w-]/g, '_')}`;

function typeLabel(s: Obj | undefined): string {
  if (!s) return '';
  if (typeof s.$ref === 'string') {
    const name = s.$ref.split('/').pop()!;
    return `<a href="#${anchor(name)}">${esc(name)}</a>`;
  }
  if (Array.isArray(s.oneOf ?? s.anyOf)) return ((s.oneOf ?? s.anyOf) as Obj[]).map(typeLabel).join(' | ');
  if (s.type === 'array') return `${typeLabel(s.items as Obj)}[]`;
  const t = Array.isArray(s.type) ? s.type.join(' | ') : String(s.type ?? 'any');
  return esc(s.enum ? `${t}: ${(s.enum as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` : t);
}

function propertiesTable(s: Obj): string {
  const props = (s.properties ?? {}) as Record<string, Obj>;
  const required = new Set((s.required ?? []) as string[]);
  const rows = Object.entries(props).map(
    ([name, p]) =>
      `<tr><td><code>${esc(name)}</code>${required.has(name) ? ' <b>*</b>' : ''}</td><td>${typeLabel(p)}</td><td>${esc(p.description ?? '')}</td></tr>`,
  );
  return rows.length
    ? `<table><tr><th>字段 field</th><th>类型 type</th><th>说明 description</th></tr>${rows.join('')}</table>`
    : '';
}

function operation(path: string, method: string, op: Obj, shared: Record<string, Obj>): string {
  const params = ((op.parameters ?? []) as Obj[]).map(
    (p) =>
      `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${typeLabel(p.schema as Obj)}</td><td>${esc(p.description ?? '')}</td></tr>`,
  );
  const body = op.requestBody as Obj | undefined;
  const content = (body?.content ?? {}) as Record<string, Obj>;
  const bodies = Object.entries(content).map(
    ([type, c]) => `<li><code>${esc(type)}</code>: ${typeLabel(c.schema as Obj)}</li>`,
  );
  const responses = Object.entries((op.responses ?? {}) as Record<string, Obj>).map(([code, r]) => {
    const res = typeof r.$ref === 'string' ? (shared[r.$ref.split('/').pop()!] ?? r) : r;
    const json = ((res.content as Obj | undefined)?.['application/json'] as Obj | undefined)?.schema as Obj | undefined;
    return `<li><b>${esc(code)}</b> ${esc(res.description)} ${json ? typeLabel(json) : ''}</li>`;
  });
  const id = `${method}-${path}`.replace(/[^\w-]/g, '_');
  return `<section class="op" id="${id}"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code>${op.security ? ' 🔒' : ''}</h3>
<p class="sum">${esc(op.summary)}</p>${para(op.description)}
${params.length ? `<h4>参数 parameters</h4><table><tr><th>name</th><th>in</th><th>type</th><th></th></tr>${params.join('')}</table>` : ''}
${bodies.length ? `<h4>请求体 body</h4><ul>${bodies.join('')}</ul>` : ''}
<h4>响应 responses</h4><ul>${responses.join('')}</ul></section>`;
}

export function docsPage(doc: Obj): string {
  const info = doc.info as Obj;
  const shared = ((doc.components as Obj).responses ?? {}) as Record<string, Obj>;
  const ops: string[] = [];
  const nav: string[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Obj>>)) {
    for (const [method, op] of Object.entries(item)) {
      ops.push(operation(path, method, op, shared));
      nav.push(
        `<li><a href="#${`${method}-${path}`.replace(/[^\w-]/g, '_')}"><span class="m ${method}">${method.toUpperCase()}</span> ${esc(path)}</a></li>`,
      );
    }
  }
  const schemas = Object.entries((doc.components as Obj).schemas as Record<string, Obj>).map(
    ([name, s]) =>
      `<section class="schema" id="${anchor(name)}"><h3>${esc(name)}</h3>${para(s.title)}${para(s.description)}${propertiesTable(s)}${s.properties ? '' : `<p>${typeLabel(s)}</p>`}</section>`,
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(info.title)}</title><style>
body{font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;display:flex;color:#1d2330}
nav{width:300px;flex:none;height:100vh;overflow:auto;position:sticky;top:0;background:#f4f6f9;padding:1em;box-sizing:border-box;font-size:13px}
nav ul{list-style:none;padding:0}nav a{color:inherit;text-decoration:none}main{padding:1em 2em;max-width:980px}
.m{display:inline-block;min-width:3.6em;text-align:center;border-radius:3px;color:#fff;font-size:12px;font-weight:600}
.get{background:#2f7d32}.post{background:#1f5fbf}.delete{background:#b3261e}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #d5dae3;padding:3px 8px;text-align:left;vertical-align:top;font-size:13px}
.op,.schema{border-top:1px solid #d5dae3;padding-top:.5em}code{background:#f0f2f5;padding:0 3px;border-radius:3px}.sum{font-weight:600}
</style></head><body><nav><b>${esc(info.title)}</b><p>v${esc(info.version)} · <a href="/openapi.json">openapi.json</a></p><ul>${nav.join('')}</ul><p><a href="#schemas">Schemas</a></p></nav>
<main><h1>${esc(info.title)}</h1>${para(info.description)}<h2>接口 Operations</h2>${ops.join('\n')}<h2 id="schemas">模式 Schemas</h2>${schemas.join('\n')}</main></body></html>`;
}
