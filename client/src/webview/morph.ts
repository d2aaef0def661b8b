// Patches the live page to match a new body, touching only what changed
// (morphdom): a cell whose number changed gets new text, the rest of the page
// stays as it is (no re-layout of the whole table, no lost scroll position or
// selection). Elements are matched by their `data-path` (the key path the
// renderer puts on every cell, paragraph and heading), so a row or paragraph
// inserted in the middle adds its own elements and moves nothing after it.
import morphdom from 'morphdom';

function pathKey(node: Node): string | undefined {
  return node.nodeType === Node.ELEMENT_NODE ? ((node as Element).getAttribute('data-path') ?? undefined) : undefined;
}

export interface PatchOptions {
  /** An element left as it is (the cell being edited). */
  frozen?: Element;
  /** Copies the page's own state (selection marks, tabindex) from a live element onto its new version. */
  carry?: (live: Element, wanted: Element) => void;
}

/**
 * Makes the children of `root` those of `body` (HTML), keeping `root` itself
 * and its attributes, and what `options` keeps.
 */
export function patchChildren(root: HTMLElement, body: string, options: PatchOptions = {}): void {
  const next = root.cloneNode(false) as HTMLElement;
  next.innerHTML = body;
  morphdom(root, next, {
    childrenOnly: true,
    getNodeKey: pathKey,
    // An unchanged subtree (most of the page on each keystroke) is left alone without a walk.
    onBeforeElUpdated: (live, wanted) => {
      if (live === options.frozen) return false;
      // Before comparing: a selected cell whose content did not change is left alone (and keeps the focus).
      options.carry?.(live, wanted);
      return !live.isEqualNode(wanted);
    },
  });
}
