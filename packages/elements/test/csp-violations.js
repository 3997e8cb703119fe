// SPDX-License-Identifier: MIT
// Loaded first on the strict-CSP test page: records every Content-Security-Policy and Trusted
// Types violation, so the test can assert there were none.
window.__apqViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__apqViolations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
  document.dispatchEvent(new CustomEvent('apq-test-violation'));
});
