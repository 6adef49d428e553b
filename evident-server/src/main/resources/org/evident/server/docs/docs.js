// Lists the operations of /api/openapi.json. Every text is set with textContent: nothing from the document is
// ever parsed as markup.
(function () {
  'use strict';

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function resolve(doc, item) {
    if (item && item.$ref) {
      var parts = item.$ref.replace(/^#\//, '').split('/');
      var target = doc;
      parts.forEach(function (p) { target = target && target[p]; });
      return target || item;
    }
    return item;
  }

  function schemaText(schema) {
    if (!schema) return '';
    if (schema.$ref) return schema.$ref.split('/').pop();
    var text = schema.type || '';
    if (schema.format) text += ' (' + schema.format + ')';
    if (schema.enum) text += ': ' + schema.enum.join(' | ');
    if (schema.default !== undefined) text += ', default ' + schema.default;
    if (schema.minimum !== undefined || schema.maximum !== undefined) {
      text += ', ' + (schema.minimum !== undefined ? schema.minimum : '…') + '–' +
        (schema.maximum !== undefined ? schema.maximum : '…');
    }
    return text;
  }

  function table(headers, rows) {
    var t = el('table');
    var head = el('tr');
    headers.forEach(function (h) { head.appendChild(el('th', h)); });
    t.appendChild(head);
    rows.forEach(function (r) {
      var tr = el('tr');
      r.forEach(function (cell) { tr.appendChild(el('td', cell)); });
      t.appendChild(tr);
    });
    return t;
  }

  function operation(doc, path, method, op) {
    var id = op.operationId || (method + path);
    var section = el('section');
    section.id = id;
    var title = el('h2');
    title.appendChild(el('span', method.toUpperCase(), 'method ' + method));
    title.appendChild(document.createTextNode(path));
    if (op.security) title.appendChild(el('span', '  (token)', 'lock'));
    section.appendChild(title);
    section.appendChild(el('p', op.summary));
    if (op.description) section.appendChild(el('p', op.description));
    var params = (op.parameters || []).map(function (p) { return resolve(doc, p); });
    if (params.length) {
      section.appendChild(el('h3', 'Parameters'));
      section.appendChild(table(['name', 'in', 'type', 'meaning'], params.map(function (p) {
        return [p.name, p['in'], schemaText(p.schema), p.description || ''];
      })));
    }
    if (op.requestBody) {
      section.appendChild(el('h3', 'Body'));
      var content = op.requestBody.content || {};
      section.appendChild(table(['content type', 'schema'], Object.keys(content).map(function (type) {
        return [type, schemaText(content[type].schema)];
      })));
    }
    section.appendChild(el('h3', 'Responses'));
    var responses = op.responses || {};
    section.appendChild(table(['status', 'meaning', 'schema'], Object.keys(responses).map(function (status) {
      var r = responses[status];
      var content = r.content || {};
      var first = Object.keys(content)[0];
      return [status, r.description || '', first ? first + ' ' + schemaText(content[first].schema) : ''];
    })));
    return section;
  }

  function render(doc) {
    document.getElementById('about').textContent = (doc.info && doc.info.description) || '';
    var toc = document.getElementById('toc');
    var main = document.getElementById('operations');
    Object.keys(doc.paths || {}).forEach(function (path) {
      var item = doc.paths[path];
      ['get', 'post', 'put', 'patch', 'delete'].forEach(function (method) {
        if (!item[method]) return;
        var section = operation(doc, path, method, item[method]);
        main.appendChild(section);
        var li = el('li');
        var a = el('a', method.toUpperCase() + ' ' + path);
        a.href = '#' + section.id;
        li.appendChild(a);
        toc.appendChild(li);
      });
    });
  }

  fetch('/api/openapi.json', { headers: { Accept: 'application/json' } })
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(render)
    .catch(function (e) {
      document.getElementById('about').textContent = 'Cannot load /api/openapi.json: ' + e.message;
    });
})();
