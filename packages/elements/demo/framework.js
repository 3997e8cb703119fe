// SPDX-License-Identifier: MIT
// The framework page's own code: which framework, version and comparison, from the address.
const params = new URLSearchParams(location.search);
const view = document.getElementById('view');
for (const name of ['framework', 'version', 'compare-to', 'use']) {
  if (params.has(name)) view.setAttribute(name, params.get(name));
}
