// Konferencebasen – API documentation, generated in the browser from /openapi.json.
// Everything from the contract is inserted as text (textContent), never as HTML.
(function () {
  'use strict';

  const content = document.getElementById('docs-content');
  const toc = document.getElementById('toc');
  const status = document.getElementById('docs-status');
  let spec = null;

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function slug(text) {
    return String(text).toLowerCase().replace(/[{}]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }

  // A JSON pointer such as "#/components/schemas/Hit".
  function resolve(ref) {
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return null;
    let node = spec;
    for (const part of ref.slice(2).split('/')) {
      node = node ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    }
    return node || null;
  }

  function refName(ref) {
    return String(ref).split('/').pop();
  }

  function deref(node) {
    let guard = 0;
    while (node && node.$ref && guard++ < 10) node = resolve(node.$ref);
    return node || {};
  }

  // A short, readable type: "string", "array of integer", "Hit", "object of string → integer".
  function typeText(schema) {
    if (!schema) return '';
    if (schema.$ref) return refName(schema.$ref);
    let text = schema.type || (schema.properties ? 'object' : '');
    if (schema.type === 'array' && schema.items) text = 'array of ' + typeText(schema.items);
    if (schema.type === 'object' && schema.additionalProperties && !schema.properties) {
      text = 'object of string → ' + typeText(schema.additionalProperties);
    }
    if (schema.format) text += ' (' + schema.format + ')';
    if (schema.nullable) text += ' | null';
    return text;
  }

  function constraints(schema) {
    if (!schema) return [];
    const out = [];
    if (schema.enum) out.push('one of: ' + schema.enum.join(', '));
    if (schema.items && schema.items.enum) out.push('values: ' + schema.items.enum.join(', '));
    if (schema.default !== undefined) out.push('default ' + JSON.stringify(schema.default));
    if (schema.minimum !== undefined) out.push('min ' + schema.minimum);
    if (schema.maximum !== undefined) out.push('max ' + schema.maximum);
    if (schema.maxLength !== undefined) out.push('at most ' + schema.maxLength + ' characters');
    return out;
  }

  function table(headers, rows, cls) {
    const wrap = el('div', 'table-wrap');
    const t = el('table', cls);
    const thead = el('thead');
    const tr = el('tr');
    for (const h of headers) {
      const th = el('th', null, h);
      th.scope = 'col';
      tr.append(th);
    }
    thead.append(tr);
    t.append(thead);
    const tbody = el('tbody');
    for (const row of rows) tbody.append(row);
    t.append(tbody);
    wrap.append(t);
    return wrap;
  }

  function cell(content, cls) {
    const td = el('td', cls);
    if (content instanceof Node) td.append(content);
    else if (content !== undefined && content !== null) td.textContent = String(content);
    return td;
  }

  function code(text) {
    return el('code', null, text);
  }

  // -- parameters

  function parametersTable(parameters) {
    const rows = parameters.map((raw) => {
      const p = deref(raw);
      const schema = p.schema || {};
      const tr = el('tr');
      tr.append(cell(code(p.name), 'param-name'));
      tr.append(cell(p.in));
      tr.append(cell(typeText(schema)));
      tr.append(cell(p.required ? 'yes' : 'no', p.required ? 'required' : 'optional'));
      const desc = el('div');
      if (p.description) desc.append(el('p', null, p.description));
      const extra = constraints(schema);
      if (schema.type === 'array' && p.explode !== false && p.in === 'query') {
        extra.push('repeat the parameter for several values (' + p.name + '=a&' + p.name + '=b)');
      }
      if (extra.length) desc.append(el('p', 'constraints', extra.join(' · ')));
      tr.append(cell(desc));
      const example = p.example !== undefined ? p.example : schema.example;
      tr.append(cell(example !== undefined ? code(typeof example === 'string' ? example : JSON.stringify(example)) : ''));
      return tr;
    });
    return table(['Name', 'In', 'Type', 'Required', 'Description', 'Example'], rows, 'params');
  }

  // -- schemas: a flat table of property paths, following $ref (each named schema once per path)

  function schemaRows(schema, prefix, depth, seen, rows) {
    const s = deref(schema);
    if (depth > 6) return rows;
    if (s.type === 'array' && s.items) {
      return schemaRows(s.items, prefix + '[]', depth, seen, rows);
    }
    const required = new Set(s.required || []);
    if (s.properties) {
      for (const [name, propRaw] of Object.entries(s.properties)) {
        const prop = propRaw || {};
        const resolved = deref(prop);
        const path = prefix ? prefix + '.' + name : name;
        const tr = el('tr');
        const nameCell = el('td', 'prop-name');
        if (prefix) nameCell.append(el('span', 'prop-prefix', prefix + '.'));
        nameCell.append(el('code', null, name));
        if (required.has(name)) nameCell.append(el('span', 'req-mark', ' required'));
        tr.append(nameCell);
        tr.append(cell(typeText(prop)));
        const desc = el('div');
        const text = prop.description || resolved.description;
        if (text) desc.append(el('p', null, text));
        const extra = constraints(resolved);
        if (prop.example !== undefined) extra.push('example ' + JSON.stringify(prop.example));
        if (extra.length) desc.append(el('p', 'constraints', extra.join(' · ')));
        tr.append(cell(desc));
        rows.push(tr);
        const ref = prop.$ref || (prop.items && prop.items.$ref);
        if (ref && seen.has(ref)) continue;
        const nextSeen = new Set(seen);
        if (ref) nextSeen.add(ref);
        const inner = resolved.type === 'array' ? deref(resolved.items) : resolved;
        if (inner.properties) {
          schemaRows(resolved, path, depth + 1, nextSeen, rows);
        } else if (inner.additionalProperties && typeof inner.additionalProperties === 'object') {
          const ap = deref(inner.additionalProperties);
          if (ap.properties) schemaRows(ap, path + '.{key}', depth + 1, nextSeen, rows);
        }
      }
    } else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      const ap = deref(s.additionalProperties);
      if (ap.properties) schemaRows(ap, (prefix ? prefix + '.' : '') + '{key}', depth + 1, seen, rows);
    }
    return rows;
  }

  function schemaBlock(schema) {
    const s = deref(schema);
    const box = el('div', 'schema');
    const head = el('p', 'schema-type');
    head.append('Type: ', code(typeText(schema) || 'object'));
    if (schema.$ref) {
      head.append(' ');
      const a = el('a', null, '(schema)');
      a.href = '#schema-' + slug(refName(schema.$ref));
      head.append(a);
    }
    box.append(head);
    if (s.description) box.append(el('p', null, s.description));
    const seen = new Set(schema.$ref ? [schema.$ref] : []);
    const rows = schemaRows(schema, '', 0, seen, []);
    if (rows.length) box.append(table(['Property', 'Type', 'Description'], rows, 'props'));
    return box;
  }

  function responsesBlock(responses) {
    const wrap = el('div', 'responses');
    for (const [statusCode, raw] of Object.entries(responses || {})) {
      const r = deref(raw);
      const item = el('section', 'response');
      const h = el('h4');
      h.append(el('span', 'status status-' + String(statusCode)[0] + 'xx', statusCode), ' ', r.description || '');
      if (raw.$ref) h.append(' ', el('span', 'muted', '(' + refName(raw.$ref) + ')'));
      item.append(h);
      const json = r.content && (r.content['application/json'] || Object.values(r.content)[0]);
      if (json && json.schema) item.append(schemaBlock(json.schema));
      wrap.append(item);
    }
    return wrap;
  }

  // -- examples

  function exampleBlock(command) {
    const box = el('div', 'example');
    const pre = el('pre');
    const c = el('code', null, command);
    pre.append(c);
    box.append(pre);
    const tools = el('p', 'example-tools');
    const copy = el('button', 'secondary copy', 'Copy');
    copy.type = 'button';
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(command);
        copy.textContent = 'Copied';
      } catch (e) {
        const range = document.createRange();
        range.selectNodeContents(c);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        copy.textContent = 'Selected – press Ctrl+C';
      }
      window.setTimeout(() => { copy.textContent = 'Copy'; }, 2000);
    });
    tools.append(copy);
    const m = /'(https?:\/\/[^']+)'/.exec(command);
    if (m) {
      try {
        const url = new URL(m[1]);
        const here = new URL(url.pathname + url.search, location.origin);
        const a = el('a', 'try', 'Open ' + here.pathname + here.search);
        a.href = here.href;
        tools.append(a);
      } catch (e) { /* not a URL: no link */ }
    }
    box.append(tools);
    return box;
  }

  // -- page

  function operationSection(path, method, op) {
    const id = slug(method + ' ' + path);
    const section = el('section', 'operation');
    section.id = id;
    const h2 = el('h2', 'op-title');
    h2.append(el('span', 'method method-' + method, method.toUpperCase()), ' ', el('code', 'path', path));
    section.append(h2);
    if (op.summary) section.append(el('p', 'op-summary', op.summary));
    if (op.description) section.append(el('p', 'op-description', op.description));

    const params = (op.parameters || []);
    section.append(el('h3', null, 'Parameters'));
    if (params.length) section.append(parametersTable(params));
    else section.append(el('p', 'muted', 'None.'));

    section.append(el('h3', null, 'Responses'));
    section.append(responsesBlock(op.responses));

    const examples = op['x-examples'] || [];
    if (examples.length) {
      section.append(el('h3', null, examples.length === 1 ? 'Example' : 'Examples'));
      for (const command of examples) section.append(exampleBlock(command));
    }
    return { id, section };
  }

  function render() {
    content.replaceChildren();
    toc.replaceChildren();
    const info = spec.info || {};
    const intro = el('section', 'intro');
    const h1 = el('h1', null, (info.title || 'API') + (info.version ? ' ' + info.version : ''));
    intro.append(h1);
    if (info.description) intro.append(el('p', 'lead', info.description));
    const base = el('p');
    base.append('Base URL: ', code(location.origin), '. All responses are JSON (UTF-8); the machine-readable contract is at ');
    const a = el('a', null, '/openapi.json');
    a.href = '/openapi.json';
    base.append(a, '.');
    intro.append(base);
    content.append(intro);

    const tocTitle = el('p', 'toc-title', 'Endpoints');
    const list = el('ul');
    toc.append(tocTitle, list);
    const methods = ['get', 'post', 'put', 'patch', 'delete'];
    for (const [path, item] of Object.entries(spec.paths || {})) {
      for (const method of methods) {
        if (!item[method]) continue;
        const { id, section } = operationSection(path, method, item[method]);
        content.append(section);
        const li = el('li');
        const link = el('a');
        link.href = '#' + id;
        link.append(el('span', 'method method-' + method, method.toUpperCase()), ' ', el('span', 'toc-path', path));
        li.append(link);
        list.append(li);
      }
    }

    const schemas = (spec.components && spec.components.schemas) || {};
    if (Object.keys(schemas).length) {
      const section = el('section', 'schemas');
      section.id = 'schemas';
      section.append(el('h2', null, 'Schemas'));
      const schemaList = el('ul');
      for (const [name, schema] of Object.entries(schemas)) {
        const block = el('section', 'schema-section');
        block.id = 'schema-' + slug(name);
        block.append(el('h3', null, name));
        block.append(schemaBlock({ $ref: '#/components/schemas/' + name, description: schema.description }));
        section.append(block);
        const li = el('li');
        const link = el('a', null, name);
        link.href = '#' + block.id;
        li.append(link);
        schemaList.append(li);
      }
      content.append(section);
      toc.append(el('p', 'toc-title', 'Schemas'), schemaList);
    }
    status.textContent = '';
    status.hidden = true;
    if (location.hash) {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) target.scrollIntoView();
    }
  }

  fetch('/openapi.json', { headers: { Accept: 'application/json' } })
    .then((response) => {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then((json) => {
      spec = json;
      render();
    })
    .catch((e) => {
      status.textContent = 'Could not load /openapi.json (' + e.message + '). Is the server running?';
      status.className = 'error-box';
    });
})();
