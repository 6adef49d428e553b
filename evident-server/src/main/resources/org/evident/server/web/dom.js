// Safe DOM building: every text goes in through textContent / createTextNode, never through HTML parsing.

/**
 * Creates an element. `props` may hold: class (string or array), text, attrs (object of attribute values),
 * on (object of event listeners), dataset (object). Children are nodes or strings (strings become text nodes).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  return build(node, props, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Like el(), in the SVG namespace. */
export function svg(tag, props = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), props, children);
}

function build(node, props, children) {
  if (props.class) {
    const names = (Array.isArray(props.class) ? props.class : [props.class]).flatMap(n => String(n || '').split(/\s+/));
    for (const name of names) if (name) node.classList.add(name);
  }
  if (props.text !== undefined && props.text !== null) node.textContent = String(props.text);
  for (const [key, value] of Object.entries(props.attrs || {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(key, String(value));
  }
  for (const [key, value] of Object.entries(props.dataset || {})) node.dataset[key] = String(value);
  for (const [type, listener] of Object.entries(props.on || {})) node.addEventListener(type, listener);
  append(node, children);
  return node;
}

/** Appends nodes and strings (as text) to `parent`, skipping null and false. */
export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of `node`, then appends `children`. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** A number with thousands separators, or an en dash for none. */
export function num(value) {
  return value === null || value === undefined ? '–' : Number(value).toLocaleString('en');
}

/** A date range "2017-01-01" or "2017-01-01 – 2017-01-03". */
export function dateRange(earliest, latest) {
  if (!earliest && !latest) return 'undated';
  if (!latest || earliest === latest) return earliest || latest;
  return `${earliest} – ${latest}`;
}

/** A keydown listener that makes Space follow a link, as Enter does (buttons do both by themselves). */
export function pressOnSpace(key) {
  if (key.key === ' ' && !key.repeat) {
    key.preventDefault();
    key.currentTarget.click();
  }
}
