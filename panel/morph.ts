/**
 * Redraws only what changed: a section builds its new content as usual, and `morph` walks it
 * beside what is on screen, changing text and attributes in place and adding or removing only the
 * nodes that differ. A keystroke that moves one figure touches that figure's text node; layout and
 * the screen reader's view of the rest stay as they were. A `<details>` the user opened stays open.
 */
function morphNode(current: Node, next: Node): void {
  if (current.nodeType === Node.TEXT_NODE) {
    if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
    return;
  }
  const a = current as Element;
  const b = next as Element;
  for (const attr of Array.from(a.attributes)) {
    if (!b.hasAttribute(attr.name) && !(attr.name === 'open' && a.tagName === 'DETAILS')) a.removeAttribute(attr.name);
  }
  for (const attr of Array.from(b.attributes)) {
    if (a.getAttribute(attr.name) === attr.value) continue;
    // style goes through the CSSOM: a CSP without 'unsafe-inline' refuses setAttribute('style')
    if (attr.name === 'style') (a as HTMLElement).style.cssText = (b as HTMLElement).style.cssText;
    else a.setAttribute(attr.name, attr.value);
  }
  morph(a, b);
}

const same = (a: Node, b: Node): boolean => a.nodeType === b.nodeType && a.nodeName === b.nodeName;

/** Makes the children of `target` match the children of `source` (which is left empty of use). */
export function morph(target: Element, source: Element): void {
  const next = Array.from(source.childNodes);
  let current = target.firstChild;
  for (const node of next) {
    if (current && same(current, node)) {
      morphNode(current, node);
      current = current.nextSibling;
    } else if (current) {
      const replaced = current;
      current = current.nextSibling;
      target.replaceChild(node, replaced);
    } else {
      target.appendChild(node);
    }
  }
  while (current) {
    const surplus = current;
    current = current.nextSibling;
    target.removeChild(surplus);
  }
}
