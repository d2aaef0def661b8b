// Patches a live DOM tree to match a new one, touching only what changed: a
// cell whose number changed gets new text, the rest of the page stays as it
// is (no re-layout of the whole table, no lost scroll position or selection).

function sameKind(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  if (a.nodeType !== Node.ELEMENT_NODE) return true;
  const ea = a as Element;
  const eb = b as Element;
  return ea.tagName === eb.tagName && ea.getAttribute('data-path') === eb.getAttribute('data-path');
}

function syncAttributes(live: Element, next: Element): void {
  for (const attr of Array.from(live.attributes)) {
    if (!next.hasAttribute(attr.name)) live.removeAttribute(attr.name);
  }
  for (const attr of Array.from(next.attributes)) {
    if (live.getAttribute(attr.name) !== attr.value) live.setAttribute(attr.name, attr.value);
  }
}

export function morph(live: Node, next: Node): void {
  if (live.nodeType === Node.TEXT_NODE || live.nodeType === Node.COMMENT_NODE) {
    if (live.nodeValue !== next.nodeValue) live.nodeValue = next.nodeValue;
    return;
  }
  if (live.nodeType === Node.ELEMENT_NODE) syncAttributes(live as Element, next as Element);
  const liveChildren = Array.from(live.childNodes);
  const nextChildren = Array.from(next.childNodes);
  nextChildren.forEach((child, i) => {
    const current = liveChildren[i];
    if (!current) live.appendChild(child);
    else if (sameKind(current, child)) morph(current, child);
    else live.replaceChild(child, current);
  });
  for (let i = nextChildren.length; i < liveChildren.length; i++) live.removeChild(liveChildren[i]!);
}
