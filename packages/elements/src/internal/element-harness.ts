// SPDX-License-Identifier: MIT
// What every element's test harness needs: its shadow root, queries inside it, what has focus,
// and text as a person reads it. Each element's harness extends this with its own actions.

/** Text as a person reads it: whitespace collapsed, trimmed. */
export function textOf(node: Node | string | null | undefined): string {
  const text = typeof node === 'string' ? node : (node?.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

export class ElementHarness<E extends HTMLElement> {
  readonly element: E;

  constructor(element: E) {
    this.element = element;
  }

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('the element has no shadow root yet');
    return root;
  }

  query<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  queryAll<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** The element that has focus inside the shadow root. */
  get focused(): Element | null {
    return this.root.activeElement;
  }
}
