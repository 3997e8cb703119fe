// SPDX-License-Identifier: MIT
// The area page's own code: which aggregate, period and group, from the address
// (?src=…&period=2026-summer&group=use:self-evaluation), and a note in the console on any failure.
const params = new URLSearchParams(location.search);
const overview = document.getElementById('overview');
for (const name of ['src', 'period', 'group']) {
  if (params.has(name)) overview.setAttribute(name, params.get(name));
}
overview.addEventListener('apq-error', (event) => console.warn('area overview:', event.detail.message, event.detail.problems ?? []));
